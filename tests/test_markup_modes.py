"""markup="auto"|"markdown"|"html"|"text": the rule "auto" follows, on self-written samples in
each style show notes come in, and what each reader makes of them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shownotes.lines import LineLink
from shownotes.markup import to_lines
from shownotes.read.detect import detect

YOUTUBE = """\
Brewing at home? This week we taste three coffees & answer your mail.

0:00 Intro
0:46 Q&A <now> with *NEW* listeners
3:10 snake_case_names & why we use them
12:05 The end :)

FOLLOW US
---------
• Mastodon: https://social.example/@brew
• Shop: www.brew.example/shop

#coffee #podcast
"""

JEKYLL = """\
In this episode we talk about **async Rust** with our guest.

## Links

- [Tokio] - the runtime
- [Serde][serde] for serialisation
- `cargo add tokio`

## Chapters

00:00 Welcome
04:12 Why async?

[Tokio]: https://tokio.rs
[serde]: https://serde.rs
"""

RSS_ITEM = """\
<p>Xana and Bo talk about <a href="https://tea.example/oolong">oolong</a> &amp; more.</p>
<ul>
<li>(00:00) Hello</li>
<li>(02:30) Oolong</li>
</ul>
<p>Music: Quiet Room<br/>Art: Lee</p>"""

MDX = """\
{/* TAB: SHOW NOTES */}

<Player id="ep42" />

This week we talk with Ana about building a compiler.

- https://ana.example
- https://github.com/ana/compiler

{/* TAB: CHAPTERS */}

[00:00:00] Introduction
[00:03:12] Parsing
"""


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        (YOUTUBE, "text"),
        (JEKYLL, "markdown"),
        (RSS_ITEM, "html"),
        (MDX, "markdown"),
        ("<!-- saved page -->\n<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<h1>Title</h1>\n\nA paragraph the way WordPress writes them.", "markdown"),
        ("Line one<br>\n0:00 Intro", "markdown"),
        ("Tom &amp; Jerry", "markdown"),
        ("See the [docs](https://d.example)", "markdown"),
        ("Run `make`", "markdown"),
        ("Escaped \\*stars\\*", "markdown"),
        ("__Resources__\n- a", "markdown"),
        ("Call __init__.py and 2 * 3 * 4", "text"),
        ("A > B and C < D, #1 fan", "text"),
        ("- item one\n- item two", "text"),
        ("", "text"),
    ],
)
def test_auto_decides_from_structure(text: str, reader: str) -> None:
    assert detect(text) == reader


def test_a_youtube_description_is_plain_text() -> None:
    lines = to_lines(YOUTUBE)
    texts = [line.text for line in lines]
    assert "0:46 Q&A <now> with *NEW* listeners" in texts
    assert "3:10 snake_case_names & why we use them" in texts
    follow = texts.index("FOLLOW US")
    assert lines[follow].heading == 2  # underlined: a heading, as in setext
    assert [
        (line.text, line.list_depth, line.section) for line in lines[follow + 1 : follow + 3]
    ] == [
        ("Mastodon: https://social.example/@brew", 1, "FOLLOW US"),
        ("Shop: www.brew.example/shop", 1, "FOLLOW US"),
    ]
    assert lines[follow + 2].links == (
        LineLink("www.brew.example/shop", "www.brew.example/shop", 6, 27),
    )
    assert "---------" not in texts  # a rule holds no text


def test_a_jekyll_post_is_commonmark() -> None:
    lines = to_lines(JEKYLL)
    assert lines[0].text == "In this episode we talk about async Rust with our guest."
    assert [(link.text, link.url) for line in lines for link in line.links] == [
        ("Tokio", "https://tokio.rs"),
        ("Serde", "https://serde.rs"),
    ]
    assert [(line.text, line.section) for line in lines if line.section == "Chapters"] == [
        ("00:00 Welcome", "Chapters"),
        ("04:12 Why async?", "Chapters"),
    ]


def test_an_rss_item_is_html() -> None:
    lines = to_lines(RSS_ITEM)
    assert [(line.text, line.list_depth, line.source) for line in lines] == [
        ("Xana and Bo talk about oolong & more.", 0, "html"),
        ("(00:00) Hello", 1, "html"),
        ("(02:30) Oolong", 1, "html"),
        ("Music: Quiet Room", 0, "html"),
        ("Art: Lee", 0, "html"),
    ]


def test_an_mdx_page_skips_comments_and_components() -> None:
    texts = [line.text for line in to_lines(MDX)]
    assert texts == [
        "This week we talk with Ana about building a compiler.",
        "https://ana.example",
        "https://github.com/ana/compiler",
        "[00:00:00] Introduction",
        "[00:03:12] Parsing",
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("text", ["Q&amp;A <b>now</b> *bold*"]),
        ("markdown", ["Q&A now bold"]),
        ("html", ["Q&A now *bold*"]),
    ],
)
def test_each_reader_on_the_same_text(markup: str, expected: list[str]) -> None:
    lines = to_lines("Q&amp;A <b>now</b> *bold*", markup=markup)  # type: ignore[arg-type]
    assert [line.text for line in lines] == expected


def test_text_reads_every_line_and_keeps_offsets() -> None:
    text = "  - indented item\r\n\tplain <tag>\r\n\r\n10. ten\n"
    lines = to_lines(text, markup="text")
    assert [(line.text, line.list_depth, line.marker) for line in lines] == [
        ("indented item", 1, "-"),
        ("plain <tag>", 0, None),
        ("ten", 1, "10."),
    ]
    assert [text[slice(*line.span)] for line in lines] == [
        "  - indented item",
        "\tplain <tag>",
        "10. ten",
    ]
    assert lines[0].paragraph == lines[1].paragraph != lines[2].paragraph


def test_a_url_line_above_a_rule_is_no_heading() -> None:
    lines = to_lines("https://a.example/story\n------\nMore", markup="text")
    assert [(line.text, line.heading) for line in lines] == [
        ("https://a.example/story", 0),
        ("More", 0),
    ]


def test_html_reads_a_fragment_without_its_line_breaks() -> None:
    lines = to_lines("<p>one\ntwo</p>\n\n    <p>indented, not code</p>", markup="html")
    assert [(line.text, line.code) for line in lines] == [
        ("one two", False),
        ("indented, not code", False),
    ]


def test_markup_must_be_a_known_reader() -> None:
    with pytest.raises(ValueError, match="markup"):
        to_lines("x", markup="rst")  # type: ignore[arg-type]


@given(st.text(), st.sampled_from(["auto", "markdown", "html", "text"]))
def test_every_reader_is_total(text: str, markup: str) -> None:
    for line in to_lines(text, markup=markup):  # type: ignore[arg-type]
        assert line.text
        assert line.text == line.text.strip()
        assert 0 <= line.span[0] <= line.span[1] <= len(text)


@pytest.mark.parametrize("markup", ["auto", "markdown", "html"])
def test_glyph_bullets_make_items_in_html_too(markup: str) -> None:
    lines = to_lines("<p>Links:<br>• <a href='https://a.example'>A</a><br>• B</p>", markup=markup)  # type: ignore[arg-type]
    assert [(line.text, line.list_depth, line.marker) for line in lines] == [
        ("Links:", 0, None),
        ("A", 1, "•"),
        ("B", 1, "•"),
    ]
    assert lines[1].links == (LineLink("A", "https://a.example", 0, 1),)
