"""The CommonMark reader: golden tests on self-written Markdown in the shapes show notes use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shownotes.lines import Line, LineLink
from shownotes.markup import to_lines


def md(text: str) -> tuple[Line, ...]:
    return to_lines(text, markup="markdown")


def shape(lines: tuple[Line, ...]) -> list[tuple[str, int, int, str | None, bool]]:
    return [(line.text, line.heading, line.list_depth, line.marker, line.code) for line in lines]


def links(lines: tuple[Line, ...]) -> list[tuple[str, str]]:
    return [(link.text, link.url) for line in lines for link in line.links]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shortcut, full and collapsed references; labels match case-insensitively
        (
            "Built on [Tokio] and [the runtime][rt], see [Serde][].\n\n"
            "[tokio]: https://tokio.rs\n[RT]: https://rt.example 'Runtime'\n"
            "[serde]: <https://serde.rs>\n",
            [
                ("Tokio", "https://tokio.rs"),
                ("the runtime", "https://rt.example"),
                ("Serde", "https://serde.rs"),
            ],
        ),
        # an undefined reference stays text, brackets and all
        ("A [missing] ref and [timestamps][00:01]", []),
        # inline links, with a title and with parentheses in the URL
        (
            '[Rust](https://www.rust-lang.org "Rust") and [Foo](https://en.wikipedia.org/wiki/Foo_(bar))',
            [
                ("Rust", "https://www.rust-lang.org"),
                ("Foo", "https://en.wikipedia.org/wiki/Foo_(bar)"),
            ],
        ),
        # autolinks, an e-mail autolink, a bare URL
        (
            "<https://example.org/a> <hosts@example.org> and https://example.net/b.",
            [
                ("https://example.org/a", "https://example.org/a"),
                ("hosts@example.org", "mailto:hosts@example.org"),
                ("https://example.net/b", "https://example.net/b"),
            ],
        ),
        # a link CommonMark refuses (quotes inside a quoted title) is still the link it shows
        (
            '* [The "Best" Episode ](https://example.org/best "The "Best" Episode ") - notes',
            [('The "Best" Episode', "https://example.org/best")],
        ),
        # a link whose text wraps onto the next line is one link
        (
            "Highlights from [Issue\n444](https://example.org/444). More",
            [("Issue 444", "https://example.org/444")],
        ),
    ],
)
def test_links(text: str, expected: list[tuple[str, str]]) -> None:
    lines = md(text)
    assert links(lines) == expected
    for line in lines:
        for link in line.links:
            assert line.text[link.start : link.end] == link.text


def test_an_undefined_reference_stays_literal() -> None:
    assert [line.text for line in md("A [missing] ref")] == ["A [missing] ref"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Run `curl https://example.org | sh` today", "Run curl https://example.org | sh today"),
        ("Use `<details>` and `&amp;` as written", "Use <details> and &amp; as written"),
        ("A `[link](https://x.example)` in code", "A [link](https://x.example) in code"),
    ],
)
def test_code_spans_are_text_never_links(text: str, expected: str) -> None:
    (line,) = md(text)
    assert line.text == expected
    assert line.links == ()


def test_indented_and_fenced_code_are_code_lines() -> None:
    text = (
        "Chapters below.\n\n"
        "    00:00 not a chapter\n"
        "    01:00 still code\n\n"
        "```text\n"
        "02:00 fenced\n"
        "```\n"
        "~~~\n"
        "03:00 tilde fence\n"
        "~~~\n"
        "After."
    )
    lines = md(text)
    assert [(line.text, line.code) for line in lines] == [
        ("Chapters below.", False),
        ("00:00 not a chapter", True),
        ("01:00 still code", True),
        ("02:00 fenced", True),
        ("03:00 tilde fence", True),
        ("After.", False),
    ]
    for line in lines:
        assert text[slice(*line.span)].strip() == line.text


def test_an_indented_line_inside_a_paragraph_is_not_code() -> None:
    assert shape(md("Paragraph\n    goes on"))[1] == ("goes on", 0, 0, None, False)


def test_atx_and_setext_headings() -> None:
    text = "# Episode 12 #\nIntro\n\nShow notes\n==========\n\nLinks\n-----\n- one\n\n### Sub"
    assert [(line.text, line.heading, line.section) for line in md(text)] == [
        ("Episode 12", 1, None),
        ("Intro", 0, "Episode 12"),
        ("Show notes", 1, "Episode 12"),
        ("Links", 2, "Show notes"),
        ("one", 0, "Links"),
        ("Sub", 3, "Links"),
    ]


def test_a_rule_after_a_blank_line_is_no_heading() -> None:
    assert shape(md("Intro\n\n---\n\nMore")) == [
        ("Intro", 0, 0, None, False),
        ("More", 0, 0, None, False),
    ]


def test_html_blocks_go_to_lxml_with_true_spans() -> None:
    text = (
        "Notes:\n\n<ul>\n  <li><a href='https://a.example'>A</a></li>\n"
        "  <li>B &amp; C</li>\n</ul>\n\nEnd"
    )
    lines = md(text)
    assert [(line.text, line.source, line.list_depth) for line in lines] == [
        ("Notes:", "markdown", 0),
        ("A", "html", 1),
        ("B & C", "html", 1),
        ("End", "markdown", 0),
    ]
    assert [text[slice(*line.span)] for line in lines[1:3]] == [
        "  <li><a href='https://a.example'>A</a></li>",
        "  <li>B &amp; C</li>",
    ]
    assert lines[1].links == (LineLink("A", "https://a.example", 0, 1),)


def test_markdown_inside_an_html_block_after_a_blank_line_is_markdown() -> None:
    text = "<details>\n<summary>Transcript</summary>\n\n**Ana:** hello\n\n</details>"
    assert [(line.text, line.source) for line in md(text)] == [
        ("Transcript", "html"),
        ("Ana: hello", "markdown"),
    ]


def test_nested_lists_with_markers() -> None:
    text = "- top\n  - nested\n    * deeper\n- back\n\n3. third\n4) fourth\n\n1. a\n   1. a.i"
    assert [(t, depth, marker) for t, _, depth, marker, _ in shape(md(text))] == [
        ("top", 1, "-"),
        ("nested", 2, "-"),
        ("deeper", 3, "*"),
        ("back", 1, "-"),
        ("third", 1, "3."),
        ("fourth", 1, "4)"),
        ("a", 1, "1."),
        ("a.i", 2, "1."),
    ]


def test_a_tab_indented_item_gets_its_marker_and_span() -> None:
    text = "* [A](https://a.example)\n\t- [B](https://b.example)\n"
    lines = md(text)
    assert [(line.list_depth, line.marker) for line in lines] == [(1, "*"), (2, "-")]
    assert text[slice(*lines[1].span)] == "\t- [B](https://b.example)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item is one entry however its source wraps (indented or lazily, mid-sentence)
        (
            "- [Tokio](https://tokio.rs) - an asynchronous runtime\n"
            "  for Rust, with timers\nand more",
            [("Tokio - an asynchronous runtime for Rust, with timers and more", 1)],
        ),
        # a lazy line that starts a sentence ends the list, as it reads
        ("- Listener mail\nSee you next week!", [("Listener mail", 1), ("See you next week!", 0)]),
        # a line under an item that is a timed entry is a line of its own
        (
            "- Chapters:\n  00:00 Intro\n  01:30 News",
            [("Chapters:", 1), ("00:00 Intro", 0), ("01:30 News", 0)],
        ),
        # a paragraph's lines are lines: a chapter is a line
        (
            "0:00 Intro\n1:05 Coffee\n2:10 Mail",
            [("0:00 Intro", 0), ("1:05 Coffee", 0), ("2:10 Mail", 0)],
        ),
    ],
)
def test_line_breaks_and_lazy_continuation(text: str, expected: list[tuple[str, int]]) -> None:
    lines = md(text)
    assert [(line.text, line.list_depth) for line in lines] == expected


def test_continuation_lines_share_the_item_paragraph() -> None:
    first, second = md("- Chapters:\n  00:00 Intro")
    assert first.paragraph == second.paragraph
    assert (first.list_depth, second.list_depth) == (1, 0)


@pytest.mark.parametrize("text", ["one  \ntwo", "one\\\ntwo", "one<br>two", "one<br/>\ntwo"])
def test_hard_breaks_end_a_line(text: str) -> None:
    assert [line.text for line in md(text)] == ["one", "two"]


def test_a_hard_break_ends_a_line_inside_a_list_item() -> None:
    assert [line.text for line in md("- one  \n  two")] == ["one", "two"]


def test_block_quotes_are_flattened() -> None:
    assert shape(md("> A quoted intro.\n> - a point\n>\n> > nested")) == [
        ("A quoted intro.", 0, 0, None, False),
        ("a point", 0, 1, "-", False),
        ("nested", 0, 0, None, False),
    ]


def test_tables_give_one_line_per_row() -> None:
    text = "| Time | Topic |\n|---|---|\n| 00:00 | Intro |\n| 05:10 | [News](https://n.example) |"
    lines = md(text)
    assert [line.text for line in lines] == ["Time | Topic", "00:00 | Intro", "05:10 | News"]
    assert lines[2].links == (LineLink("News", "https://n.example", 8, 12),)


def test_images_are_skipped_and_a_linked_image_leaves_no_link() -> None:
    lines = md(
        "![Cover](https://img.example/c.png) Episode art\n\n[![Badge](b.svg)](https://ci.example)"
    )
    assert [line.text for line in lines] == ["Episode art"]
    assert links(lines) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom &amp; Jerry &mdash; &#8220;hi&#8221; &#x1F600;",
            "Tom & Jerry \u2014 \u201chi\u201d \U0001f600",
        ),
        ("a *b* _c_ **d** ~~e~~ snake_case_name", "a b c d e snake_case_name"),
        ("Escaped \\*stars\\* and \\[brackets\\]", "Escaped *stars* and [brackets]"),
        ("<span>inline</span> <em>tags</em>", "inline tags"),
        ("shown<script>hidden()</script> too", "shown too"),
        ("before<!-- a comment -->after", "before after"),  # a comment reads as a space
        ("{/* an MDX comment */}\nvisible", "visible"),
    ],
)
def test_visible_text(text: str, expected: str) -> None:
    assert " ".join(line.text for line in md(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["**Resources**\n\n- a", "<strong>Resources</strong>\n\n- a", "<b>Resources</b>\n- a"],
)
def test_a_line_in_bold_is_a_pseudo_heading(text: str) -> None:
    lines = md(text)
    assert (lines[0].text, lines[0].heading, lines[-1].section) == ("Resources", 6, "Resources")


def test_inline_anchor_tags_make_links() -> None:
    (line,) = md('Read <a href="https://x.example/?a=1&amp;b=2">the <b>post</b></a> now')
    assert line.text == "Read the post now"
    assert line.links == (LineLink("the post", "https://x.example/?a=1&b=2", 5, 13),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• one\n• two\n  • two.a\n• three", [("one", 1), ("two", 1), ("two.a", 2), ("three", 1)]),
        ("Topics\n▪ Tea\n► Coffee", [("Topics", 0), ("Tea", 1), ("Coffee", 1)]),
        # CommonMark makes no list of a tab-indented run under a paragraph; its readers do
        ("You know when:\n\t1. one\n\t2. two", [("You know when:", 0), ("one", 1), ("two", 1)]),
    ],
)
def test_bullets_commonmark_does_not_know(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(line.text, line.list_depth) for line in md(text)] == expected


def test_a_glyph_bullet_keeps_its_link_offsets() -> None:
    (line,) = md("• [Tea](https://tea.example) - green")
    assert line.text == "Tea - green"
    assert line.links == (LineLink("Tea", "https://tea.example", 0, 3),)


def test_a_whole_page_after_markdown_is_read_as_a_page() -> None:
    text = (
        "A note first\n\n<!DOCTYPE html>\n<html><head><title>T</title></head>\n"
        "<body><h2>Links</h2>\n<p>x</p></body></html>"
    )
    lines = md(text)
    assert [(line.text, line.heading, line.source) for line in lines] == [
        ("A note first", 0, "markdown"),
        ("Links", 2, "html"),
        ("x", 0, "html"),
    ]
    assert text[slice(*lines[1].span)] == "<body><h2>Links</h2>"


@pytest.mark.parametrize("text", ["é ü\n- [Café](https://c.example) — 日本\n\n## Ünïcode 😀\nlast"])
def test_spans_are_character_offsets_in_non_ascii_text(text: str) -> None:
    for line in md(text):
        source = text[slice(*line.span)]
        assert line.text.split()[-1] in source


markdown_soup = st.lists(
    st.sampled_from([*"ab \n\t*_`[]()<>!#-+>|:/\\&;.1é😀", "https://x.io", "\n\n", "    ", "<p>"]),
    max_size=80,
).map("".join)


@given(markdown_soup)
def test_lines_hold_their_invariants_on_any_markdown(text: str) -> None:
    for line in md(text):
        assert line.text == line.text.strip()
        assert "\n" not in line.text
        assert 0 <= line.span[0] <= line.span[1] <= len(text)
        for link in line.links:
            assert line.text[link.start : link.end] == link.text
