"""Vorbis-comment chapters (the Xiph "Chapter Extension"): ``CHAPTER001=00:00:00.000``,
``CHAPTER001NAME=Intro`` and ``CHAPTER001URL=…`` fields, as Ogg, Opus and FLAC files carry
them and FFmpeg reads and writes them.

Precision: 1 ms. Kept: start, title (on one line) and url. Numbers have three digits, from 001
(the extension's own example); it allows 000 to 999, so more than 999 chapters are a
:class:`~shownotes.errors.FormatError`, and so is a start past 99:59:59.999, since FFmpeg reads
two-digit hours. Reading skips the other fields of a comment dump (``TITLE=``, ``ARTIST=``…)
and puts chapters in order of their number. Not expressible: end, image, toc, location.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> print(dumps(Chapters([Chapter(Timestamp(0), "Intro", url="https://example.org/")])))
CHAPTER001=00:00:00.000
CHAPTER001NAME=Intro
CHAPTER001URL=https://example.org/
<BLANKLINE>
>>> loads("TITLE=Episode 7\\nCHAPTER001=00:01:02.500\\nCHAPTER001NAME=Tea")[0].start
Timestamp(ms=62500)
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _keyvalue
from shownotes.formats._common import check, check_range, percent_encode

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "vorbis"
EXTENSION: Final = ".vorbis.txt"
BINARY: Final = False
PRECISION: Final = "1 ms; start, title (one line) and url are kept"
#: The latest start FFmpeg reads from a Vorbis comment (two-digit hours), in ms.
MAX_MS: Final = 100 * 3_600_000 - 1
#: The most chapters the extension numbers (000 to 999).
MAX_CHAPTERS: Final = 999

_LINE_BREAKS: Final = re.compile(r"[\r\n]+")


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as Vorbis comments keep them: start, one-line title, url (line breaks in
    it percent-encoded)."""
    return Chapters(
        tuple(
            Chapter(
                c.start,
                _keyvalue.title(c.title),
                url=None if c.url is None else percent_encode(c.url, _LINE_BREAKS),
            )
            for c in check(chapters)
        )
    )


def dumps(chapters: Chapters) -> str:
    """``chapters`` as Vorbis comment fields, one per line (as ``vorbiscomment -w`` takes)."""
    chapters = check_range(normalize(chapters), "Vorbis comments", MAX_MS)
    if len(chapters) > MAX_CHAPTERS:
        raise FormatError(
            f"Vorbis comments: {len(chapters)} chapters; the chapter extension numbers "
            f"{MAX_CHAPTERS}"
        )
    return _keyvalue.dumps(chapters, digits=3, urls=True)


def loads(data: str | bytes) -> Chapters:
    """The chapters in Vorbis comment fields (other fields are skipped).

    :class:`~shownotes.errors.FormatError` names the line of a bad time, a chapter with a
    name but no time, or a line that is not a field.
    """
    return _keyvalue.loads(data, "Vorbis comments", others=True)
