"""WebVTT chapters: the cues of a ``<track kind="chapters">`` file.

Precision: 1 ms (``HH:MM:SS.mmm``). Kept: start, end and title. Every cue needs an end, so a
missing end is written as the next chapter's start and the last one's as its own start; an end
equal to the start reads back as no end (as :func:`normalize` fills them). A title may span
lines, but a cue cannot hold an empty line or ``-->``: :func:`normalize` drops empty lines,
writes line breaks as ``\\n``, ``-->`` as ``--`` and U+203A, and NUL as U+FFFD (as the WebVTT
parser does). Chapter titles are plain text (not cue markup), so ``&`` and ``<`` are written
as they are. Not expressible: url, image, toc, location.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Intro"),
...                        Chapter(Timestamp(46_000), "Q&A", Timestamp(60_000))]))
>>> print(text)
WEBVTT
<BLANKLINE>
00:00:00.000 --> 00:00:46.000
Intro
<BLANKLINE>
00:00:46.000 --> 00:01:00.000
Q&A
<BLANKLINE>
>>> [(str(c.start), str(c.end), c.title) for c in loads(text)]
[('0:00', '0:46', 'Intro'), ('0:46', '1:00', 'Q&A')]
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import (
    LINE_BREAK,
    as_text,
    check,
    check_range,
    end_or_none,
    fill_ends,
    split_lines,
)
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "webvtt"
EXTENSION: Final = ".chapters.vtt"
BINARY: Final = False
PRECISION: Final = "1 ms; start, end (always written) and title are kept"

# The fraction is required by the WebVTT spec but left out by some players' files (vidstack's
# demo chapters, "00:00 --> 00:24"), so it is optional when reading.
_TIME: Final = r"(?:(\d{2,9}):)?([0-5]\d):([0-5]\d)(?:\.(\d{3}))?"
_TIMING: Final = re.compile(rf"{_TIME}[ \t]+-->[ \t]+{_TIME}(?:[ \t].*)?")
_HEADER: Final = re.compile(r"WEBVTT(?:[ \t].*)?")


def _title(title: str) -> str:
    lines = [line for line in LINE_BREAK.split(title.replace("\x00", "\ufffd")) if line]
    return "\n".join(lines).replace("-->", "--\u203a")


def normalize(chapters: Chapters, *, duration: Timestamp | None = None) -> Chapters:
    """``chapters`` as WebVTT keeps them: start, end (filled as written), title."""
    return Chapters(
        tuple(
            Chapter(c.start, _title(c.title), c.end) for c in fill_ends(check(chapters), duration)
        )
    )


def dumps(chapters: Chapters, *, duration: Timestamp | None = None, ids: bool = False) -> str:
    """``chapters`` as a WebVTT file of chapter cues.

    ``duration``, the episode's length, ends the last chapter (otherwise it is written as
    ending where it starts, which reads back as no end). ``ids=True`` gives each cue an
    identifier line, its number from 1, which some chapter readers (chaptertool) need.
    """
    out = ["WEBVTT\n"]
    chapters = check_range(normalize(chapters, duration=duration), "WebVTT")
    for number, chapter in enumerate(chapters, start=1):
        end = chapter.end if chapter.end is not None else chapter.start
        text = f"{chapter.title}\n" if chapter.title else ""
        identifier = f"{number}\n" if ids else ""
        out.append(f"\n{identifier}{chapter.start:hh:mm:ss.mmm} --> {end:hh:mm:ss.mmm}\n{text}")
    return "".join(out)


def _stamp(hours: str | None, minutes: str, seconds: str, millis: str | None) -> Timestamp:
    return Timestamp(
        ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis or 0)
    )


def loads(data: str | bytes) -> Chapters:
    """The cues of a WebVTT file as chapters, in file order (NOTE, STYLE and REGION blocks and
    cue identifiers are skipped; a cue's lines joined with ``\\n`` are its title).

    :class:`~shownotes.errors.FormatError` names the line of a missing ``WEBVTT`` header, a
    malformed timing line, or a cue that ends before it starts.

    Times without milliseconds (``00:00 --> 00:24``), which some players write, are read too.

    >>> loads("WEBVTT\\n\\n00:00.000 --> 0:46\\nIntro\\n")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: WebVTT: bad cue timing '00:00.000 --> 0:46' (line 3, column 1)
    """
    text = as_text(data, "WebVTT")
    lines = list(split_lines(text))
    if not lines or not _HEADER.fullmatch(lines[0][0]):
        raise FormatError("WebVTT: the file must begin with 'WEBVTT'", text, 0)
    chapters = []
    i = 1
    while i < len(lines):
        # One block: the lines up to the next empty line.
        j = i
        while j < len(lines) and lines[j][0]:
            j += 1
        block = lines[i:j]
        i = j + 1
        if not block:
            continue
        first = block[0][0]
        if first.startswith(("NOTE", "STYLE", "REGION")) and "-->" not in first:
            continue
        timing_at = 0 if "-->" in first else 1
        if timing_at >= len(block):
            raise FormatError(f"WebVTT: a cue without timing: {first[:40]!r}", text, block[0][1])
        line, pos = block[timing_at]
        match = _TIMING.fullmatch(line)
        if match is None:
            raise FormatError(f"WebVTT: bad cue timing {line[:60]!r}", text, pos)
        start = _stamp(*match.group(1, 2, 3, 4))
        end = end_or_none(start, _stamp(*match.group(5, 6, 7, 8)), text, pos)
        title = "\n".join(line for line, _ in block[timing_at + 1 :])
        chapters.append(Chapter(start, title, end))
    return Chapters(tuple(chapters))
