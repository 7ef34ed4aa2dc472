"""Hypothesis strategies for hostile show notes: the inputs a fuzzer, a scraper's worst page or
a malicious feed hand to :func:`shownotes.parse`.

Documents are built from pieces that each stress one part of the pipeline (front matter with
huge numbers, aliases and deep nesting; HTML soup; Markdown punctuation; chapter lines with odd
times; URLs with lone surrogates), joined by every line break Python and the readers know
(LF, CR, CRLF, U+2028, U+2029, NEL, VT, FF) and sometimes NULs, plus giant lines and deep
nesting. Bytes are those documents in many encodings, with and without a byte-order mark, or
arbitrary bytes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Final

from hypothesis import strategies as st

__all__ = [
    "FUZZ",
    "documents",
    "documents_as_bytes",
    "fuzz_parse",
    "hostile_text",
]


def _load_fuzz_target() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_parse", FUZZ / "fuzz_parse.py")
    if spec is None or spec.loader is None:  # pragma: no cover
        raise ImportError(f"cannot load {FUZZ / 'fuzz_parse.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: The fuzzing target (``fuzz/fuzz_parse.py``), whose :func:`check` the tests also run.
FUZZ = Path(__file__).resolve().parents[1] / "fuzz"
fuzz_parse = _load_fuzz_target()


BREAKS: Final = ("\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\n\n", "\x00\n")

_SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
# Every code point, lone surrogates included (hypothesis leaves them out by default).
_ANY_CHAR = st.characters(codec=None) | _SURROGATES
_WORD = st.text(st.sampled_from("aZ09 -_.:/#&;<>[](){}*`'\"|!?,\t"), max_size=12)
_ANY_TEXT = st.text(_ANY_CHAR, max_size=40)

_HUGE_NUMBERS: Final = (
    "1.0e+306", "-1e306", "1e999", ".inf", "-.inf", ".nan", "NaN", "Infinity", "-0",
    "9" * 400, "9" * 4301, "0x" + "f" * 60, "1_000_000_000_000_000", "99999999999999999999",
)  # fmt: skip
_YAML: Final = (
    "title: &a [*a]", "guests: &a [*a]", "hosts: &a {x: *a}", "title: !!binary AAAA",
    "x: !!python/object/apply:os.system ['true']", "? [a, b]\n: c", "2024-01-01: date key",
    "date: 9999-12-31 23:59:59 +14:00", "date: 0001-01-01", "title: |\n  a\n   b",
    "podcast_chapters:\n  chapters:\n  - startTime: 1e306\n    title: x",
    "chapters:\n  - start: '99999999:59:59'\n    title: y\n  - start: -1\n    title: z",
    "links:\n  - {name: x, url: 'https://a.bc/\ud800'}", "title: 'with " + "A" * 60 + "!'",
    "hosts:\n  - &a [x, x, x, x, x, x, x, x, x]\n  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]"
    "\n  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
    "<<: {title: merged}", "title: *undefined", "%YAML 1.1", "--- !!set\n? a",
)  # fmt: skip
_TOML: Final = (
    "duration = 1e999", "duration = nan", "date = 1979-05-27T07:32:00Z", "t = 07:32:00",
    "[[chapters]]\nstartTime = 1e306\ntitle = 'x'", "title = '''\nmulti'''", 'x = "\\ud800"',
    "[extra]\nepisode = -1", "a.b.c.d = 1",
)  # fmt: skip
_JSON: Final = (
    '"chapters": [{"startTime": 1e306, "title": "x"}]', '"duration": NaN', '"date": 1e300',
    '"title": "\\ud800"', '"x": {"x": {"x": {}}}', '"guests": [[["a"]]]', '"episode": true',
)  # fmt: skip
_HTML: Final = (
    "<html>", "<!DOCTYPE html>", "<!DOCTYPE html [<!ENTITY a 'b'>]>",
    "<!DOCTYPE" + " " * 1200 + "html [<!ATTLIST title x CDATA 'y'>]>", "<head>", "<title>",
    "</title>", "<body>", "<meta property='og:title' content='x'>", "<![CDATA[", "]]>",
    "<!--", "-->", "<script>", "</script>", "<style>", "<pre>", "</pre>", "<br>", "<p>", "</p>",
    "<ul><li>", "</li></ul>", "<a href='https://a.bc/?t=1:00'>", "</a>", "<a href=javascript:x>",
    "<h2>Links</h2>", "<b>", "</b>", "&#", "&#x110000;", "&#0;", "&#99999999999;", "&amp;",
    "&nbsp;", "&bogus;", "<?xml version='1.0'?>", "<svg><foreignObject>", "<table><tr><td>",
    "<template>", "<noscript>", "<math>", "<plaintext>", "<xmp>", "<textarea>", "<iframe>",
)  # fmt: skip
_MARKDOWN: Final = (
    "# Chapters", "## Links", "**Links**", "Links:", "- ", "* ", "1. ", "    ", "```", "~~~",
    "> ", "[", "]", "](", "[x][]", "[x]: https://a.bc", "<https://a.bc>", "![img](x.png)",
    "`", "``", "*", "_", "~~", "|a|b|\n|-|-|", "---", "+++", "***", "\\", "[^1]", "{#id}",
    "<details><summary>Chapters</summary>", "</details>",
)  # fmt: skip
_TIMES: Final = (
    "0:00", "00:00", "0:00:00", "1:02:03.456", "12:75", "99:99", "99999999:59:59", "1h2m3s",
    "\uff10:\uff10\uff10", "1\uff1a02", "(0:00)", "[00:00]", "0:00 -", "0:00\u20131:00", "T+0:00",
    "0:00:00,000", "1.2.3", "24:00", "-1:00", "1:00 PM", "10:30am", "1:00:00:00", "0:60", "1e3:00",
)  # fmt: skip
_URLS: Final = (
    "https://a.bc/", "https://youtu.be/dQw4w9WgXcQ?t=", "https://www.youtube.com/watch?v=",
    "http://[::1", "https://a.bc/?x=\ud800", "https://a.bc/" + ")" * 40, "mailto:", "//a.bc",
    "https://open.spotify.com/episode/", "https://podcasts.apple.com/us/podcast/x/id",
    "https://xn--", "https://a.bc/#t=", "https://doi.org/10.", "www.", "ftp://", "data:,",
)  # fmt: skip


def _repeated(pieces: tuple[str, ...], most: int) -> st.SearchStrategy[str]:
    """One piece repeated up to ``most`` times: deep nesting and giant lines."""
    return st.builds(lambda p, n: p * n, st.sampled_from(pieces), st.integers(1, most))


_DEEP = _repeated(("<div>", "<b>", "[", "{", ">", "> ", "- ", "  - ", "(", "`", "*", "[`"), 3000)
_GIANT = _repeated(("a", " ", ",", ")", "A", "9", ":", "\t", "\ufffd", "é", "&#1"), 20_000)


def _chapter_line() -> st.SearchStrategy[str]:
    time = st.sampled_from(_TIMES)
    title = _WORD | _ANY_TEXT
    return st.one_of(
        st.builds(lambda t, s, x: f"{t}{s}{x}", time, st.sampled_from(" -\u2013|."), title),
        st.builds(lambda x, t: f"{x} {t}", title, time),
        st.builds(lambda t, x, u: f"[{t}]({u}{t}) {x}", time, title, st.sampled_from(_URLS)),
    )


def _piece() -> st.SearchStrategy[str]:
    return st.one_of(
        _chapter_line(),
        st.sampled_from(_HTML),
        st.sampled_from(_MARKDOWN),
        st.builds(lambda u, x: u + x, st.sampled_from(_URLS), _WORD | _ANY_TEXT),
        st.sampled_from(_HUGE_NUMBERS),
        _WORD,
        _ANY_TEXT,
        _DEEP,
        _GIANT,
    )


def _front_matter() -> st.SearchStrategy[str]:
    def block(opening: str, closing: str, lines: list[str], brk: str) -> str:
        return brk.join([opening, *lines, closing]) + brk

    yaml = st.lists(st.sampled_from(_YAML) | _ANY_TEXT, max_size=4)
    toml = st.lists(st.sampled_from(_TOML), max_size=3)
    json = st.lists(st.sampled_from(_JSON), max_size=3).map(lambda xs: [",\n".join(xs)])
    brk = st.sampled_from(BREAKS)
    return st.one_of(
        st.builds(block, st.just("---"), st.sampled_from(("---", "...", "")), yaml, brk),
        st.builds(block, st.just("+++"), st.just("+++"), toml, brk),
        st.builds(block, st.just("{"), st.just("}"), json, brk),
        st.builds(lambda n: "---\nx: " + "[" * n + "]" * n + "\n---\n", st.integers(1, 1200)),
        st.builds(lambda n: "+++\nx = " + "[" * n + "]" * n + "\n+++\n", st.integers(1, 1200)),
        st.builds(lambda n: '{\n"x": ' + "[" * n + "]" * n + "\n}\n", st.integers(1, 1200)),
    )


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A hostile show-notes document: optional front matter, then pieces on lines."""
    head = draw(st.none() | _front_matter()) or ""
    pieces = draw(st.lists(_piece(), max_size=25))
    breaks = draw(st.lists(st.sampled_from(BREAKS), min_size=1, max_size=3))
    glue = draw(st.sampled_from(("", " ", *breaks)))
    body = ""
    for i, piece in enumerate(pieces):
        body += piece + (breaks[i % len(breaks)] if draw(st.booleans()) else glue)
    return head + body


def hostile_text() -> st.SearchStrategy[str]:
    """Any text (lone surrogates and NULs included) or a hostile document."""
    return st.text(_ANY_CHAR, max_size=200) | documents()


_ENCODINGS: Final = (
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
    "utf-32-be", "cp1252", "cp1251", "latin-1", "shift_jis", "gb18030",
)  # fmt: skip


def _encode(text: str, encoding: str) -> bytes:
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    return text.encode(encoding, errors)


def documents_as_bytes() -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, or a hostile document in one of many encodings (lone surrogates
    encoded as the invalid sequences they make), sometimes cut short."""
    encoded = st.builds(_encode, hostile_text(), st.sampled_from(_ENCODINGS))
    cut = st.builds(lambda b, n: b[: max(0, len(b) - n)], encoded, st.integers(0, 3))
    return st.binary(max_size=300) | encoded | cut
