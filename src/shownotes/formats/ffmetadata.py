"""FFmpeg metadata (``;FFMETADATA1``): ``[CHAPTER]`` sections with ``TIMEBASE``, ``START``, ``END``
and ``title``, as ``ffmpeg -i audio -i chapters.txt -map_metadata 1`` reads them.

Precision: 1 ms (``TIMEBASE=1/1000`` is written). Any time base is read; times are rounded to
the nearest millisecond, halves to even. Chapters are written in order of their start (FFmpeg's
Matroska muxer drops chapters that come out of order). Kept: start, end and title (``= ; # \\``
and line breaks are escaped with a backslash, both ways). FFmpeg needs an end for every chapter,
so a missing end is written as the next chapter's start and the last one's as its own start; an
end equal to the start reads back as no end (:func:`normalize` fills the ends the same way). Not
expressible: url, image, toc, location. NUL characters are dropped.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Intro; 1=1"), Chapter(Timestamp(46_000), "AI")]))
>>> print(text)
;FFMETADATA1
<BLANKLINE>
[CHAPTER]
TIMEBASE=1/1000
START=0
END=46000
title=Intro\\; 1\\=1
<BLANKLINE>
[CHAPTER]
TIMEBASE=1/1000
START=46000
END=46000
title=AI
<BLANKLINE>
>>> [(str(c.start), str(c.end), c.title) for c in loads(text)]
[('0:00', '0:46', 'Intro; 1=1'), ('0:46', 'None', 'AI')]
"""

from __future__ import annotations

import operator
import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import (
    as_text,
    check,
    check_range,
    end_or_none,
    fill_ends,
    nearest,
)
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "ffmetadata"
EXTENSION: Final = ".ffmetadata.txt"
BINARY: Final = False
PRECISION: Final = "1 ms; start, end (always written) and title are kept"

_ESCAPE: Final = re.compile(r"[=;#\\\n\r]")
_UNESCAPE: Final = re.compile(r"\\(.)", re.DOTALL)
# A logical line ends at a line break not preceded by an escaping backslash: runs of ordinary
# characters and escape pairs, matched possessively (linear time, no backtracking).
_LOGICAL_LINE: Final = re.compile(r"(?:[^\\\r\n]++|\\[\s\S])*+")
_KEEP: Final = operator.itemgetter(1)
_START: Final = operator.attrgetter("start")
_KEY: Final = re.compile(r"((?:[^\\=]++|\\[\s\S])*+)=")
_TIMEBASE: Final = re.compile(r"\s*(\d{1,18})\s*/\s*(\d{1,18})\s*")
_INTEGER: Final = re.compile(r"\s*([+-]?\d{1,30})\s*")


def _escape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\\" + m.group(), value.replace("\x00", ""))


def normalize(chapters: Chapters, *, duration: Timestamp | None = None) -> Chapters:
    """``chapters`` as FFMETADATA keeps them: in order of start, with start, end (filled as
    written) and title."""
    ordered = sorted(check(chapters), key=_START)
    return Chapters(
        tuple(
            Chapter(c.start, c.title.replace("\x00", ""), c.end)
            for c in fill_ends(Chapters(tuple(ordered)), duration)
        )
    )


def dumps(chapters: Chapters, *, duration: Timestamp | None = None) -> str:
    """``chapters`` as an FFMETADATA1 file, one ``[CHAPTER]`` section each.

    ``duration``, the episode's length, ends the last chapter (otherwise it is written as
    ending where it starts, which reads back as no end).
    """
    out = [";FFMETADATA1\n"]
    for chapter in check_range(normalize(chapters, duration=duration), "FFMETADATA"):
        end = chapter.end if chapter.end is not None else chapter.start
        out.append(
            f"\n[CHAPTER]\nTIMEBASE=1/1000\nSTART={chapter.start.ms}\nEND={end.ms}\n"
            f"title={_escape(chapter.title)}\n"
        )
    return "".join(out)


class _Section:
    """The chapter section being read: its key/value lines, first one wins."""

    def __init__(self, pos: int) -> None:
        self.pos = pos
        self.values: dict[str, tuple[str, int]] = {}


def _unescape(value: str) -> str:
    return _UNESCAPE.sub(_KEEP, value) if "\\" in value else value


def _split_key(line: str) -> tuple[str, str] | None:
    if "\\" not in line:
        key, equals, value = line.partition("=")
        return (key, value) if equals else None
    # Up to the first '=' that is not escaped (possessive: linear on any line).
    match = _KEY.match(line)
    if match is None:
        return None
    return _unescape(match.group(1)), _unescape(line[match.end() :])


def _time(section: _Section, key: str, base: tuple[int, int], text: str) -> Timestamp | None:
    found = section.values.get(key)
    if found is None:
        return None
    value, pos = found
    match = _INTEGER.fullmatch(value)
    if match is None:
        raise FormatError(f"FFMETADATA: {key.upper()} is not an integer: {value[:40]!r}", text, pos)
    numerator, denominator = base
    ticks = int(match.group(1))
    if ticks < 0:
        raise FormatError(f"FFMETADATA: {key.upper()} is negative", text, pos)
    return Timestamp(nearest(ticks * numerator * 1000, denominator))


def _chapter(section: _Section, text: str) -> Chapter:
    base = (1, 1_000_000_000)  # FFmpeg's default chapter time base: nanoseconds
    if "timebase" in section.values:
        value, pos = section.values["timebase"]
        match = _TIMEBASE.fullmatch(value)
        if match is None or int(match.group(1)) == 0 or int(match.group(2)) == 0:
            raise FormatError(
                f"FFMETADATA: TIMEBASE must be a positive fraction such as 1/1000, "
                f"not {value[:40]!r}",
                text,
                pos,
            )
        base = (int(match.group(1)), int(match.group(2)))
    start = _time(section, "start", base, text)
    if start is None:
        raise FormatError("FFMETADATA: a chapter has no START", text, section.pos)
    pos = section.values.get("end", ("", section.pos))[1]
    end = end_or_none(start, _time(section, "end", base, text), text, pos)
    return Chapter(start, section.values.get("title", ("", 0))[0], end)


def loads(data: str | bytes) -> Chapters:
    """The chapters of an FFMETADATA1 file, in file order (other sections are skipped).

    Keys are matched without regard to case; a missing ``TIMEBASE`` means nanoseconds, as in
    FFmpeg. :class:`~shownotes.errors.FormatError` names the line of a missing header, a
    chapter without ``START`` or a time that is not an integer. Linear time in the input.

    >>> loads(";FFMETADATA1\\n[CHAPTER]\\nTIMEBASE=1/1000\\nSTART=soon\\n")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: FFMETADATA: START is not an integer: 'soon' (line 4, column 1)
    """
    text = as_text(data, "FFMETADATA")
    if not text.startswith(";FFMETADATA"):
        raise FormatError("FFMETADATA: the file must begin with ';FFMETADATA1'", text, 0)
    chapters = []
    section: _Section | None = None
    pos = 0
    size = len(text)
    while pos <= size:
        match = _LOGICAL_LINE.match(text, pos)
        assert match is not None  # the pattern matches the empty string
        line, start = match.group(), pos
        pos = match.end()
        pos += 2 if text.startswith("\r\n", pos) else 1
        if not line or line[0] in ";#":
            continue
        if line[0] == "[":
            if section is not None:
                chapters.append(_chapter(section, text))
            section = _Section(start) if line.rstrip() == "[CHAPTER]" else None
            continue
        if section is not None:
            pair = _split_key(line)
            if pair is not None:
                section.values.setdefault(pair[0].lower(), (pair[1], start))
    if section is not None:
        chapters.append(_chapter(section, text))
    return Chapters(tuple(chapters))
