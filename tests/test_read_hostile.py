"""The read stage on hostile and odd input (issue 9): each reproducer parses, at its cause.

Growth is tested by counting work (events the Markdown engine hands us) or by comparing the CPU
time of an input with one four times its size (linear: about 4x; quadratic: 16x), with wide
margins and retries: never by wall-clock budgets.
"""

from __future__ import annotations

import codecs
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import shownotes
from shownotes.document import split
from shownotes.errors import FormatError
from shownotes.formats import matroska, psc
from shownotes.markup import to_lines
from shownotes.read import commonmark
from shownotes.read.breaks import Positions
from shownotes.read.decode import decode
from shownotes.read.head import html_head
from shownotes.read.inline import unescape
from shownotes.read.linebuilder import trim_url
from shownotes.read.source import MAX_NESTING


def _cpu(func: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        func()
        best = min(best, time.process_time() - started)
    return best


def assert_linear(func: Callable[[str], object], make: Callable[[int], str], size: int) -> None:
    """``func`` on ``make(4 * size)`` costs less than 8x ``make(size)`` (quadratic: 16x)."""
    small, large = make(size), make(4 * size)
    ratios = []
    for _ in range(3):  # a busy machine can stall one measurement, not three
        ratio = _cpu(lambda: func(large)) / max(_cpu(lambda: func(small)), 1e-4)
        if ratio < 8:
            return
        ratios.append(ratio)
    pytest.fail(f"work grows faster than the input: x4 input took {ratios} times as long")


class _CountingParser:
    """The Markdown engine, counting the events it hands to the reader."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser
        self.events = 0

    def events_with_range(self, text: str, **options: Any) -> Iterator[Any]:
        for event in self.parser.events_with_range(text, **options):
            self.events += 1
            yield event


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> _CountingParser:
    counter = _CountingParser(commonmark._parser())
    monkeypatch.setattr(commonmark, "_parser", lambda: counter)
    return counter


@pytest.mark.parametrize(
    "text",
    [
        ">" * 400_000,
        "> " * 200_000 + "0:00 Intro",
        "- " * 200_000 + "x",
        "1. " * 200_000 + "x",
        "> - " * 100_000 + "x",
    ],
    ids=["quotes", "quotes-text", "bullets", "numbers", "mixed"],
)
def test_deep_nesting_on_one_line_is_bounded(counting: _CountingParser, text: str) -> None:
    to_lines(text, markup="markdown")
    # One pass that stops at the bound, then one over the text with the excess markers blanked:
    # a few events per container, not two per marker.
    assert counting.events < 20 * MAX_NESTING


def test_text_under_deep_nesting_is_kept() -> None:
    assert [line.text for line in to_lines("> " * 100 + "0:00 Intro", markup="markdown")] == [
        "0:00 Intro"
    ]


def test_nesting_built_over_many_lines_is_read_whole() -> None:
    text = "".join(" " * (2 * depth) + f"- item {depth}\n" for depth in range(60))
    lines = to_lines(text, markup="markdown")
    assert [line.list_depth for line in lines] == list(range(1, 61))


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "[`" * n + "`][]" * n,
        lambda n: "[a]: /u\n" + "[" * n + "a" + "][a]" * n,
        lambda n: "[" * n + "]" * n,
        lambda n: "**_" * n,
        lambda n: "<a href='https://a.example'>" * n,
    ],
    ids=["code-in-collapsed-refs", "nested-refs", "brackets", "emphasis", "anchors"],
)
def test_markdown_inline_nesting_is_linear(make: Callable[[int], str]) -> None:
    assert_linear(lambda text: to_lines(text, markup="markdown"), make, 20_000)


def test_trailing_brackets_after_a_url_are_linear() -> None:
    assert trim_url("https://a.bc/" + ")" * 10) == "https://a.bc/"
    assert_linear(trim_url, lambda n: "https://a.bc/" + ")" * n, 50_000)
    assert_linear(to_lines, lambda n: "see https://a.bc/" + ")" * n, 50_000)


def test_long_meta_attribute_names_are_linear() -> None:
    def page(n: int) -> str:
        return "<html><head>" + ("<meta " + "a" * 1990 + ">") * n + "</head></html>"

    assert_linear(html_head, page, 100)


def test_meta_tags_are_read() -> None:
    head = html_head(
        '<head><title>A &amp; B</title><meta property="og:title" content="Ep &#8217;7">'
        "<meta name=description content=plain></head>"
    )
    assert head == {"html:title": "A & B", "og:title": "Ep \u20197", "description": "plain"}


@pytest.mark.parametrize(
    "text",
    ["&#" + "1" * 4301, "see &#" + "1" * 5000 + "; now", "&#" + "0" * 5000 + "65;"],
)
def test_a_huge_character_reference_is_no_error(text: str) -> None:
    shownotes.parse(text)
    shownotes.parse(f"<p>{text}</p>")
    shownotes.parse(f"<html><head><title>{text}</title></head></html>")


def test_unescape_maps_out_of_range_references_to_the_replacement_character() -> None:
    assert unescape("&#" + "1" * 4301 + ";") == "\ufffd"
    assert unescape("&#00000065; &#128512; &#1114112;") == "A \U0001f600 \ufffd"


@pytest.mark.parametrize(
    "text",
    [
        "x\n\n<html>",
        "<!-- saved -->\n<!DOCTYPE html><html><body><p>0:00 a</p></body></html>",
        "Intro\n\n<!DOCTYPE html>\n<html><body><p>0:00 Intro</p><p>1:00 Tea</p></body></html>",
        "<html><html><body><body>x",
        "<p>a</p><html><head><title>t</title></head></html>",
    ],
)
def test_a_page_after_text_or_a_comment_is_read(text: str) -> None:
    notes = shownotes.parse(text)
    assert notes.problems == ()


def test_a_page_after_text_keeps_its_chapters() -> None:
    text = "Intro\n\n<!DOCTYPE html>\n<html><body><p>0:00 Intro</p><p>1:00 Tea</p></body></html>"
    assert [chapter.title for chapter in shownotes.parse(text).chapters] == ["Intro", "Tea"]


@pytest.mark.parametrize("depth", [300, 3000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    body = "<div>" * depth + "0:00 Intro<br>1:00 Tea<br><a href='https://t.example'>Tea</a>"
    for text in (body, "<!DOCTYPE html><html><body>" + body):
        lines = to_lines(text)
        assert [line.text for line in lines] == ["0:00 Intro", "1:00 Tea", "Tea"]
        assert lines[2].links[0].url == "https://t.example"


@pytest.mark.parametrize("newline", ["\r", "\u2028", "\u2029", "\x85", "\r\n"])
def test_every_line_break_counts(newline: str) -> None:
    text = newline.join(
        ["---", "title: Tea", "---", "Intro", "0:00 A", "5:00 B", "2:00 C", "8:00 D"]
    )
    notes = shownotes.parse(text)
    assert notes.metadata == {"title": "Tea"}
    assert len(notes.chapters) == 4
    assert [(p.code, p.line, p.column) for p in notes.problems] == [("chapter-order", 7, 1)]
    lines = to_lines(text[text.index("Intro") :], text.index("Intro"))
    assert [text[slice(*line.span)] for line in lines] == [
        "Intro",
        "0:00 A",
        "5:00 B",
        "2:00 C",
        "8:00 D",
    ]


def test_positions_count_lines_as_the_reader_does() -> None:
    positions = Positions("a\rb\r\nc\u2028d\n")
    assert [positions.line_col(pos) for pos in (0, 2, 5, 7, 9)] == [
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 1),
        (5, 1),
    ]


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE psc:chapters{pad}[<!ATTLIST psc:chapter title CDATA "Injected">]>',
        '<!DOCTYPE psc:chapters SYSTEM "a>b" [<!ATTLIST psc:chapter title CDATA "Injected">]>',
        '<!-- <!DOCTYPE x> --><!DOCTYPE psc:chapters [<!ATTLIST psc:chapter title CDATA "I">]>',
    ],
)
@pytest.mark.parametrize("pad", [" ", " " * 1200, "\n" * 5000])
def test_an_internal_dtd_subset_is_refused_however_padded(doctype: str, pad: str) -> None:
    chapters = (
        '<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">'
        '<psc:chapter start="0"/><psc:chapter start="00:01:00" title="b"/></psc:chapters>'
    )
    text = '<?xml version="1.0"?>\n' + doctype.format(pad=pad) + chapters
    with pytest.raises(FormatError, match="internal DTD subset"):
        psc.loads(text)
    with pytest.raises(FormatError):
        matroska.loads(text)


def test_a_plain_doctype_is_still_read() -> None:
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE psc SYSTEM "psc.dtd">\n'
        '<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">'
        '<psc:chapter start="0" title="a"/></psc:chapters>'
    )
    assert [chapter.title for chapter in psc.loads(text)] == ["a"]


NOTES = "0:00 Intro\n1:30 Café ☕ talk\n12:00 Outro — bye\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_byte_order_mark(encoding: str) -> None:
    data = NOTES.encode(encoding)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert decode(data) == NOTES
    assert [c.title for c in shownotes.parse(data).chapters] == [
        "Intro",
        "Café ☕ talk",
        "Outro — bye",
    ]


@pytest.mark.parametrize("data", [b"plain ascii\x00 with a NUL", "Grüße".encode(), b"a\x00b"])
def test_narrow_text_is_not_taken_for_wide(data: bytes) -> None:
    assert decode(data) == data.decode("utf-8")


def test_peak_memory_is_bounded_by_the_input() -> None:
    block = (
        "## Links\n\n"
        "- [Tokio](https://tokio.rs) - an asynchronous runtime for the Rust programming language\n"
        "- <https://serde.rs>, a framework for serializing and deserializing Rust data structures\n"
        "\nIn this episode we talk about *async* Rust, why `await` points matter, and what the\n"
        "runtime does between them &amp; how to debug it when it goes wrong.\n\n"
        "0:00 Intro and the news of the week\n12:05 Coffee &amp; tea with our guest\n\n"
        "<p>Produced by <b>Quiet Room</b><br>Music by Lee</p>\n\n"
    )
    text = block * (400_000 // len(block))
    tracemalloc.start()
    try:
        shownotes.parse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(text.encode("utf-8"))


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"
PAGES = (
    sorted(p for p in CORPUS.rglob("*.html") if b"<html" in p.read_bytes()[:4000].lower())
    if CORPUS.is_dir()
    else []
)


@pytest.mark.skipif(not PAGES, reason="../shared/corpus is absent")
@pytest.mark.parametrize("prefix", ["Saved from the web\n\n", "<!-- saved -->\n", "\u2028"])
def test_real_pages_read_the_same_after_a_line_of_text_or_a_comment(prefix: str) -> None:
    for path in PAGES:
        page = path.read_text(encoding="utf-8", errors="replace")
        body = split(page).body
        alone = shownotes.parse(body)
        prefixed = shownotes.parse(prefix + body)
        assert prefixed.problems == alone.problems, path
        assert prefixed.chapters == alone.chapters, path
