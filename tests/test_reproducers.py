"""The reproducers of issue 9, kept as a regression table.

Each row either must run to an answer (a result, or ShowNotesError/FormatError; never another
exception) and meet its check, or must grow linearly with its input (``assert_linear``; no
wall-clock budget anywhere).
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from typing import NamedTuple

import pytest

import shownotes
from growth import assert_linear
from shownotes import Chapter, Chapters, FormatError, ShowNotes, ShowNotesError, Timestamp, formats
from shownotes.formats._common import MAX_MS


class Answer(NamedTuple):
    """``run()`` returns (or raises ShowNotesError) and ``check`` holds of what it returned."""

    run: Callable[[], object]
    check: Callable[[object], bool] = lambda _: True


def _notes(text: str | bytes) -> ShowNotes:
    return shownotes.parse(text)


def _written(notes: object) -> bool:
    assert isinstance(notes, ShowNotes)
    json.loads(notes.to_json())
    return pickle.loads(pickle.dumps(notes)) == notes


def _reads_back(name: str, *starts_ms: int) -> Callable[[], object]:
    """A writer writes only what its reader reads back (or refuses with FormatError)."""

    def run() -> object:
        fmt = formats.get(name)
        for ms in starts_ms:
            chapters = Chapters((Chapter(Timestamp(0), "a"), Chapter(Timestamp(ms), "b")))
            try:
                data = fmt.dumps(chapters)
            except FormatError:
                continue
            assert fmt.loads(data) == fmt.normalize(chapters), ms
        return True

    return run


_ALIAS_BOMB = "---\nhosts:\n  - &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"  - &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdef", "bcdefg", strict=True)
)
_SURROGATE_TITLE = Chapters((Chapter(Timestamp(0), "Intro \ud800"),))
_PADDED_DOCTYPE = (
    '<?xml version="1.0"?><!DOCTYPE' + " " * 1200 + "psc:chapters "
    '[<!ATTLIST psc:chapter title CDATA "Injected">]>'
    '<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">'
    '<psc:chapter start="00:00:00"/><psc:chapter start="00:01:00" title="b"/></psc:chapters>'
)
_THREE = "0:00 Intro\n2:05 Talk\n3:00 End\n"
_DEEP_FRONT_MATTER = "---\nx: " + "[" * 999 + "]" * 999 + "\n---\n"


def _in_html(depth: int) -> str:
    body = "0:00 Intro<br>2:05 Talk<br>3:00 End"
    return f"<html><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>"


def _found_or_reported(notes: object) -> bool:
    assert isinstance(notes, ShowNotes)
    return len(notes.chapters) == 3 or bool(notes.problems)


ANSWERS = {
    # Exceptions that escaped parse and loads.
    "html-page-after-a-line": Answer(lambda: _notes("x\n\n<html>")),
    "surrogate-in-a-url": Answer(lambda: _notes("https://a.bc/?x=\ud800")),
    "psc-surrogate": Answer(lambda: formats.psc.loads("\ud800")),
    "matroska-surrogate": Answer(lambda: formats.matroska.loads("\ud800")),
    "id3-surrogate-title": Answer(
        lambda: formats.id3.loads(formats.id3.dumps(_SURROGATE_TITLE)),
        lambda got: got == formats.id3.normalize(_SURROGATE_TITLE),
    ),
    "yaml-huge-duration": Answer(
        lambda: _notes("---\nduration: 1.0e+306\n---\n"),
        lambda notes: notes.episode.duration is None,  # type: ignore[attr-defined]
    ),
    "toml-huge-duration": Answer(lambda: _notes("+++\nduration = 1.0e+306\n+++\n"), _written),
    "json-huge-duration": Answer(lambda: _notes('{\n"duration": 1.0e+306\n}\nHi'), _written),
    "front-matter-chapter-huge-start": Answer(
        lambda: _notes("---\nchapters:\n  - {startTime: 1.0e+306, title: x}\n---\n"), _written
    ),
    "podcasting20-huge-start": Answer(
        lambda: formats.podcasting20.loads('{"chapters":[{"startTime":1e306}]}')
    ),
    "yaml-list-holds-itself": Answer(
        lambda: _notes("---\nguests: &a [*a]\n---\n"),
        lambda notes: notes.episode.guests == (),  # type: ignore[attr-defined]
    ),
    "yaml-list-holds-itself-written-out": Answer(
        lambda: _notes("---\nguests: &a [*a]\n---\n"), _written
    ),
    "front-matter-deep-brackets": Answer(lambda: _notes("---\nx: " + "[" * 4000 + "\n---\n")),
    "front-matter-999-deep-written-out": Answer(lambda: _notes(_DEEP_FRONT_MATTER), _written),
    "entity-with-4301-digits": Answer(lambda: _notes("&#" + "1" * 4301)),
    # Silent wrong answers.
    "utf-16-without-bom": Answer(lambda: _notes(_THREE.encode("utf-16-le")), _found_or_reported),
    "utf-32-without-bom": Answer(lambda: _notes(_THREE.encode("utf-32-be")), _found_or_reported),
    "html-nested-300-deep": Answer(lambda: _notes(_in_html(300)), _found_or_reported),
    "cr-only-line-breaks": Answer(
        lambda: _notes("---\rtitle: T\r---\r0:00 a\r1:00 b\r1:00 c\r3:00 d\r"),
        lambda n: n.metadata == {"title": "T"} and n.problems[0].line == 6,  # type: ignore[attr-defined]
    ),
    "u2028-line-breaks": Answer(
        lambda: _notes(
            "---\u2028title: T\u2028---\u20280:00 a\u20281:00 b\u20281:00 c\u20283:00 d"
        ),
        lambda n: n.metadata == {"title": "T"} and n.problems[0].line == 6,  # type: ignore[attr-defined]
    ),
    "padded-doctype-internal-subset": Answer(
        lambda: formats.psc.loads(_PADDED_DOCTYPE),
        lambda _: False,  # must raise
    ),
    "ffmetadata-timebase-zero": Answer(
        lambda: formats.ffmetadata.loads(";FFMETADATA1\n[CHAPTER]\nTIMEBASE=0/1\nSTART=0\n"),
        lambda _: False,  # must raise FormatError
    ),
    "mp4chaps-writes-what-it-reads": Answer(
        _reads_back("mp4chaps", 1, 359_999_999, 360_000_000, MAX_MS, MAX_MS + 1)
    ),
    "cue-writes-what-it-reads": Answer(
        _reads_back("cue", 1, 5_999_999, 6_000_000, 359_999_999, MAX_MS, MAX_MS + 1)
    ),
    "id3-normalize-idempotent": Answer(
        lambda: formats.id3.normalize(
            Chapters((Chapter(Timestamp(5000), "b"), Chapter(Timestamp(0), "a")))
        ),
        lambda once: formats.id3.normalize(once) == once,  # type: ignore[arg-type]
    ),
    "yaml-alias-bomb-refused": Answer(
        lambda: _notes(_ALIAS_BOMB + "---\nHi\n"),
        lambda n: [p.code for p in n.problems] == ["front-matter"],  # type: ignore[attr-defined]
    ),
}


@pytest.mark.parametrize("answer", ANSWERS.values(), ids=ANSWERS.keys())
def test_reproducer_runs_to_an_answer(answer: Answer) -> None:
    try:
        got = answer.run()
    except ShowNotesError:
        return
    assert answer.check(got)


def _same_title_lines(n: int) -> str:
    return "".join(f"{i // 3600}:{i // 60 % 60:02d}:{i % 60:02d} Same title\n" for i in range(n))


GROWTH = {
    # Time that was not linear (the sizes in comments).
    "repeated-chapter-titles": (_same_title_lines, 500),  # 13,800 lines: 13.6 s
    "guest-in-front-matter-title": (lambda n: f"---\ntitle: 'with {'A' * n}!'\n---\n", 200),
    "guest-in-html-title": (lambda n: f"<html><head><title>with {'A' * n}!</title></head>", 200),
    "commas-before-a-time": (lambda n: "a" + "," * n + "x 1:00", 8000),  # 32,768: 5.7 s
    "parentheses-after-a-url": (
        lambda n: "see https://a.bc/" + ")" * n,  # 65,536: 3.0 s
        8000,
    ),
    "quote-markers": (
        lambda n: ">" * n,  # 1,000,000: 19.8 s
        20_000,
    ),
    # 28 s/MB: slow but linear (the growth tests cannot see a constant factor).
    "long-meta-attribute-names": (
        lambda n: "<html><head>" + f"<meta {'a' * 2000}=1>" * n + "</head></html>",
        20,
    ),
    "code-spans-in-reference-links": (
        lambda n: "[`" * n + "x" + "`][]" * n,
        500,
    ),
}


@pytest.mark.parametrize(("build", "size"), GROWTH.values(), ids=GROWTH.keys())
def test_reproducer_grows_linearly(build: Callable[[int], str], size: int) -> None:
    assert_linear(build, shownotes.parse, size)
