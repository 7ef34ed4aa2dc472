"""Transcripts: speaker turns found in show notes, and the Podcasting 2.0 transcript files.

In show notes, :func:`find` reads the transcript a page carries (``[00:00:05] **Ana:** …``,
``Ana (00:09)`` with the words below, ``NL: …``) and :func:`turn_lines` says which lines it
uses, so that the chapter finder can leave them alone: a transcript's turn times are not
chapters, while the outline above it (``[00:00:22] Topic``, ``## [00:01:14] Intro``) is.

>>> notes = '''## Transcript
...
... [00:00:05] **Ana:** Welcome back to the show.
...
... [00:00:09] **Ben:** Thanks, glad to be here.
... '''
>>> for turn in find(notes):
...     print(turn.start, turn.speaker, "|", turn.text)
0:05 Ana | Welcome back to the show.
0:09 Ben | Thanks, glad to be here.

Files (``<podcast:transcript>``): :func:`loads` reads SRT, WebVTT, JSON and HTML; :func:`dumps`
writes SRT, WebVTT and JSON, and ``loads(dumps(t, f), f) == normalize(t, f)``.

>>> print(dumps(find(notes), "vtt"))
WEBVTT
<BLANKLINE>
00:00:05.000 --> 00:00:09.000
<v Ana>Welcome back to the show.
<BLANKLINE>
00:00:09.000 --> 00:00:10.000
<v Ben>Thanks, glad to be here.
<BLANKLINE>
"""

from __future__ import annotations

from collections.abc import Sequence

from shownotes.model.lines import Line
from shownotes.model.transcripts import Transcript, Turn
from shownotes.read.lines import as_lines
from shownotes.transcripts._files import FORMATS, dumps, loads, normalize
from shownotes.transcripts._notes import find_in_notes
from shownotes.transcripts._notes import scan as _scan

__all__ = [
    "FORMATS",
    "Transcript",
    "Turn",
    "dumps",
    "find",
    "loads",
    "normalize",
    "scan",
    "turn_lines",
]


def _read(
    text_or_lines: str | Sequence[Line], source: str | None, what: str
) -> tuple[Sequence[Line], str | None]:
    if source is not None and not isinstance(source, str):
        raise TypeError(f"source must be a str, not {type(source).__name__}")
    if isinstance(text_or_lines, str) and source is None:
        source = text_or_lines
    return as_lines(text_or_lines, what), source


def find(text_or_lines: str | Sequence[Line], *, source: str | None = None) -> Transcript | None:
    """The transcript in show notes (a body, or its Lines), or ``None`` when there is none.

    ``source`` is the document the Lines' spans point into (given text is its own source);
    with it, a bold name without a colon (``**Ana** Welcome``) reads as a speaker too.
    See the transcripts guide for the shapes read and what makes a transcript.

    >>> find("00:00 Intro\\n04:12 Why Rust\\n17:40 Wrap up") is None
    True
    """
    lines, source = _read(text_or_lines, source, "find()")
    return find_in_notes(lines, source)


def turn_lines(text_or_lines: str | Sequence[Line], *, source: str | None = None) -> frozenset[int]:
    """The indexes of the lines a transcript uses: each turn's head, the line holding only its
    time above it, and the paragraphs of its words. Headings between turns are not included.

    >>> sorted(turn_lines("Chapters:\\n00:00 Intro\\n\\nAna: Hi there, and welcome.\\n"
    ...                   "Ben: Hello!\\nAna: Let's start.\\nBen: Sure.\\n\\nThe words of a turn."))
    [2, 3, 4, 5, 6]
    """
    lines, source = _read(text_or_lines, source, "turn_lines()")
    return _scan(lines, source)[1]


def scan(
    text_or_lines: str | Sequence[Line], *, source: str | None = None
) -> tuple[Transcript | None, frozenset[int]]:
    """:func:`find` and :func:`turn_lines` in one pass (what :func:`shownotes.parse` uses).

    >>> notes = "## Transcript\\nAna: Hi there, and welcome.\\nBen: Hello!\\nAna: Right.\\n"
    >>> transcript, held = scan(notes)
    >>> transcript.speakers, sorted(held)
    (('Ana', 'Ben'), [1, 2, 3])
    """
    lines, source = _read(text_or_lines, source, "scan()")
    turns, held = _scan(lines, source)
    return (Transcript(tuple(turns)) if turns else None), held
