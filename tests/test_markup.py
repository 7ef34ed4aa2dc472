"""markup.to_lines: the Line hub from Markdown, HTML and their mixes."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from growth import assert_linear
from shownotes.lines import Line, LineLink
from shownotes.markup import PSEUDO_HEADING, to_lines


def texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def test_atx_and_setext_headings_set_the_section() -> None:
    lines = to_lines("# Title #\nintro\n\nLinks\n-----\n- one\n\nMore\n====\ntext")
    assert [(line.text, line.heading, line.section) for line in lines] == [
        ("Title", 1, None),
        ("intro", 0, "Title"),
        ("Links", 2, "Title"),
        ("one", 0, "Links"),
        ("More", 1, "Links"),
        ("text", 0, "More"),
    ]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("**Resources**\n\n- a", "Resources"),
        ("__Resources__\n\n- a", "Resources"),
        ("<p><strong>Resources</strong></p><ul><li>a</li></ul>", "Resources"),
        ("Resources:\n- a", "Resources"),
        ("Resources\n\n- a", "Resources"),
        ("Links from the episode\n* a", "Links from the episode"),
    ],
)
def test_pseudo_headings(text: str, heading: str) -> None:
    lines = to_lines(text)
    assert lines[0].heading == PSEUDO_HEADING
    assert lines[-1].section == heading
    assert lines[-1].text == "a"


@pytest.mark.parametrize(
    "text",
    [
        "A whole sentence that ends with a full stop.\n- a",
        "3:30\n\n- a",  # a lone time is a chapter start, not a heading
        "**Bold** words inside a longer sentence that goes on and on here\n- a",
    ],
)
def test_lines_that_are_not_headings(text: str) -> None:
    assert to_lines(text)[0].heading == 0


def test_nested_markdown_lists_give_depth_and_marker() -> None:
    lines = to_lines("- top\n  - nested\n    - deeper\n- back\n1. numbered\n2) also")
    assert [(line.text, line.list_depth, line.marker) for line in lines] == [
        ("top", 1, "-"),
        ("nested", 2, "-"),
        ("deeper", 3, "-"),
        ("back", 1, "-"),
        ("numbered", 1, "1."),
        ("also", 1, "2)"),
    ]


def test_nested_html_lists_give_depth() -> None:
    lines = to_lines("<ul><li>top<ul><li>nested</li></ul></li><li>back</li></ul>")
    assert [(line.text, line.list_depth, line.source) for line in lines] == [
        ("top", 1, "html"),
        ("nested", 2, "html"),
        ("back", 1, "html"),
    ]


@pytest.mark.parametrize(
    ("text", "line_text", "links"),
    [
        (
            "[attrs](https://attrs.org) - classes",
            "attrs - classes",
            (LineLink("attrs", "https://attrs.org", 0, 5),),
        ),
        ('[a](https://x.org/a_(b) "t")', "a", (LineLink("a", "https://x.org/a_(b)", 0, 1),)),
        (
            "see <https://x.org/p>",
            "see https://x.org/p",
            (LineLink("https://x.org/p", "https://x.org/p", 4, 19),),
        ),
        (
            "at https://x.org/p). Then",
            "at https://x.org/p). Then",
            (LineLink("https://x.org/p", "https://x.org/p", 3, 18),),
        ),
        (
            '<a href="https://x.org/?a=1&amp;b=2">X &amp; Y</a>',
            "X & Y",
            (LineLink("X & Y", "https://x.org/?a=1&b=2", 0, 5),),
        ),
        (
            "**[Bold link](https://b.org)**",
            "Bold link",
            (LineLink("Bold link", "https://b.org", 0, 9),),
        ),
        (
            "[ref link][r1]\n\n[r1]: https://ref.org",
            "ref link",
            (LineLink("ref link", "https://ref.org", 0, 8),),
        ),
        ("![logo](https://img.org/x.png) Caption", "Caption", ()),
        ("plain [12:34] text", "plain [12:34] text", ()),
    ],
)
def test_links_keep_text_url_and_offsets(
    text: str, line_text: str, links: tuple[LineLink, ...]
) -> None:
    line = to_lines(text)[0]
    assert line.text == line_text
    assert line.links == links
    for link in line.links:
        assert line.text[link.start : link.end] == link.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom &amp; Jerry &mdash; &#8220;hi&#8221;", ["Tom & Jerry \u2014 \u201chi\u201d"]),
        ("a *b* _c_ **d** `e` ~~f~~ snake_case_name", ["a b c d e f snake_case_name"]),
        ("one<br>two<br/>three", ["one", "two", "three"]),
        ("<!-- hidden -->visible", ["visible"]),
        ("{/* MDX comment */}\nvisible", ["visible"]),
        ("before\n```\n00:00 code\n```\nafter", ["before", "00:00 code", "after"]),
        ("> quoted line", ["quoted line"]),
        ("Escaped \\*stars\\* and \\[brackets\\]", ["Escaped *stars* and [brackets]"]),
        ("a\n\n---\n\nb", ["a", "b"]),
        ("<script>var x = 1;</script>shown", ["shown"]),
    ],
)
def test_visible_text(text: str, expected: list[str]) -> None:
    assert texts(to_lines(text)) == expected


def test_fenced_code_is_marked() -> None:
    lines = to_lines("```\n00:00 code\n```\n")
    assert lines[0].code


def test_whole_html_page_skips_head_and_marks_landmarks() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>"
        "<nav><a href='/'>Home</a></nav><main><h2>Links</h2><p>x</p></main>"
        "<footer>Footer text</footer></body></html>"
    )
    lines = to_lines(page)
    assert [(line.text, line.landmark, line.heading) for line in lines] == [
        ("Home", "nav", 0),
        ("Links", None, 2),
        ("x", None, 0),
        ("Footer text", "footer", 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Write &amp;lt;b&amp;gt; for bold</p></body></html>",
        "<p>Write &amp;lt;b&amp;gt; for bold</p>",
        "Write &amp;lt;b&amp;gt; for bold",
    ],
)
def test_entities_are_decoded_once(text: str) -> None:
    assert texts(to_lines(text)) == ["Write &lt;b&gt; for bold"]


def test_html_comments_and_processing_instructions_keep_the_text_after_them() -> None:
    page = "<!DOCTYPE html><html><body>a<!-- c -->tail<p>x<?pi y?>z</p></body></html>"
    assert texts(to_lines(page)) == ["atail", "xz"]
    assert to_lines("<!DOCTYPE html>") == ()


def test_spans_point_into_the_whole_document() -> None:
    text = "---\ntitle: x\n---\nfirst\n\n- [a](https://a.org)\n"
    body_start = text.index("first")
    lines = to_lines(text[body_start:], body_start)
    assert [text[slice(*line.span)] for line in lines] == ["first", "- [a](https://a.org)"]


def test_html_block_lines_point_at_their_source_line() -> None:
    text = "intro\n\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
    lines = to_lines(text)
    assert [text[slice(*line.span)] for line in lines[1:]] == ["<li>one</li>", "<li>two</li>"]


def test_paragraph_ids_group_lines() -> None:
    lines = to_lines("a\nb\n\nc")
    assert lines[0].paragraph == lines[1].paragraph != lines[2].paragraph


def test_broken_html_is_read_best_effort() -> None:
    lines = to_lines("<p>open <b>bold <a href='x'>link</p> tail </div></div>")
    assert "link" in " ".join(texts(lines))


def test_to_lines_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        to_lines(None)  # type: ignore[arg-type]


@given(st.text(alphabet=st.sampled_from("<>[]()!*_`#-:/\\&;ap \n\t=\"'1htps.w{}")))
def test_to_lines_never_raises_on_markup_soup(text: str) -> None:
    for line in to_lines(text):
        assert "\n" not in line.text
        assert line.text == line.text.strip()
        for link in line.links:
            assert line.text[link.start : link.end] == link.text


@given(st.text())
def test_to_lines_never_raises(text: str) -> None:
    to_lines(text)


@pytest.mark.parametrize(
    "piece",
    [
        *["[", "]", "[a](", "<", "<a ", "<!--", "{/*", "**_", "- ", "#", "<p>", "`", "\\", "a\n"],
        pytest.param(">", marks=pytest.mark.xfail(strict=True, reason="quoted lines: quadratic")),
    ],
)
def test_hostile_input_takes_linear_time(piece: str) -> None:
    assert_linear(lambda n: piece * (n // len(piece)), to_lines, 50_000)


def test_a_long_url_takes_linear_time() -> None:
    assert_linear(lambda n: "http://" + "a" * n, to_lines, 100_000)


@given(
    st.sampled_from(["x", "**Host:** ", "__Bold__ ", "_a_ ", "`x` ", "~~x~~ "]),
    st.text(alphabet=st.sampled_from("ab _*~`.:1\t")),
)
def test_the_emphasis_fast_path_reads_as_the_inline_grammar(head: str, tail: str) -> None:
    from shownotes.read.inline import render_inline
    from shownotes.read.linebuilder import LineBuilder
    from shownotes.read.markdown import _HR, markdown_lines

    line = head + tail
    assume(not _HR.fullmatch(line.strip()))
    raws = markdown_lines(line, 0)
    assume(not any(r.heading or r.list_depth for r in raws))
    builder = LineBuilder()
    expected: list[tuple[str, bool]] = []

    def sink(_tag: str = "") -> None:
        strong = bool(builder.strong_only)
        text, _links = builder.finish()
        if text:
            expected.append((text, strong))

    render_inline(line.strip(), builder, {}, sink)
    sink()
    assert [(r.text, r.strong_only) for r in raws] == expected
