"""mp4chaps text: one ``HH:MM:SS.mmm Title <url>`` line per chapter (mp4v2, Podlove).

Precision: 1 ms. Kept: start, title and url (a trailing ``<url>``, the Podlove extension).
Not expressible, so dropped by :func:`normalize`: end, image, toc and location. A title is
written on one line: line breaks become spaces and outer white space is dropped. A title that
itself ends in `` <something>`` reads back as a url, so without a url such a tail is moved
there by :func:`normalize`; white space inside a url is percent-encoded. A line with a time
alone is read as an untitled chapter, but Podlove's parser drops such lines, so an empty title
is written as ``Chapter N`` (its place in the list, from 1).

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Intro"),
...                        Chapter(Timestamp(119_500), "Podlove", url="https://podlove.org/")]))
>>> print(text)
00:00:00.000 Intro
00:01:59.500 Podlove <https://podlove.org/>
<BLANKLINE>
>>> [(str(c.start), c.title, c.url) for c in loads(text)]
[('0:00', 'Intro', None), ('1:59.500', 'Podlove', 'https://podlove.org/')]
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError, TimestampError
from shownotes.formats._common import (
    as_text,
    check,
    check_range,
    one_line,
    percent_encode,
    split_lines,
)
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "mp4chaps"
EXTENSION: Final = ".chapters.txt"
BINARY: Final = False
PRECISION: Final = "1 ms; start, title (one line) and url are kept"

# A time, then optional white space and the rest. Bounded repeats: linear on any line.
_LINE: Final = re.compile(r"(\d{1,6}(?::\d{1,2}){0,2}(?:[.,]\d{1,9})?)(?:[ \t]+(.*))?")
_NOT_IN_URL: Final = re.compile(r"[\s<>]+")


def _split(rest: str) -> tuple[str, str | None]:
    """``(title, url)`` of a line's text: a url is a trailing ``<…>`` without white space,
    at the start or after a space or tab. String scans only: linear on any input."""
    rest = rest.strip()
    if rest.endswith(">"):
        opening = rest.rfind("<")
        url = rest[opening + 1 : -1]
        after_space = opening == 0 or (opening > 0 and rest[opening - 1] in " \t")
        if after_space and url and not _NOT_IN_URL.search(url):
            return rest[:opening].strip(), url
    return rest, None


def _url(url: str) -> str:
    return percent_encode(url, _NOT_IN_URL)


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as mp4chaps keeps them: start, one-line title (``Chapter N`` when empty),
    url."""
    out = []
    for number, chapter in enumerate(check(chapters), start=1):
        title = one_line(chapter.title)
        url = None if chapter.url is None else _url(chapter.url)
        if url == "":
            url = None
        if url is None:
            title, url = _split(title)
        out.append(Chapter(chapter.start, title or f"Chapter {number}", url=url))
    return Chapters(tuple(out))


def dumps(chapters: Chapters) -> str:
    """``chapters`` as mp4chaps lines (each ends with a line break)."""
    lines = []
    for chapter in check_range(normalize(chapters), "mp4chaps"):
        line = f"{chapter.start:hh:mm:ss.mmm} {chapter.title}"
        if chapter.url is not None:
            line += f" <{chapter.url}>"
        lines.append(line + "\n")
    return "".join(lines)


def loads(data: str | bytes) -> Chapters:
    """The chapters of mp4chaps text; blank lines and ``#`` comment lines are skipped.

    Any time :meth:`Timestamp.parse <shownotes.timestamps.Timestamp.parse>` reads in clock
    form is accepted (``0:46``, ``01:02:03``, ``1:02:03.5``). :class:`~shownotes.errors.FormatError`
    names the line of anything else.

    >>> loads("0:00 Intro\\nIntro")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: mp4chaps: each line begins with a time: 'Intro' (line 2, column 1)
    """
    text = as_text(data, "mp4chaps")
    chapters = []
    for line, offset in split_lines(text):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if stripped and not stripped.startswith("#"):
            match = _LINE.fullmatch(stripped)
            if match is None:
                raise FormatError(
                    f"mp4chaps: each line begins with a time: {stripped[:60]!r}",
                    text,
                    offset + indent,
                )
            try:
                start = Timestamp.parse(match.group(1))
            except TimestampError as exc:
                raise FormatError(f"mp4chaps: {exc.msg}", text, offset + indent) from None
            title, url = _split(match.group(2) or "")
            chapters.append(Chapter(start, title, url=url))
    return Chapters(tuple(chapters))
