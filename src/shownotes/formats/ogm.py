"""OGM chapters, the "simple" chapter file of mkvmerge: ``CHAPTER01=00:00:00.000`` then
``CHAPTER01NAME=Intro`` for each chapter (as ``mkvmerge --chapters`` reads and
``mkvextract chapters --simple`` writes them).

Precision: 1 ms. Kept: start and title (on one line: line breaks become spaces, outer white
space goes). Numbers have two digits, three from the hundredth chapter on; hours may pass 99,
as mkvmerge reads them. Chapters are read in order of their number. mkvmerge names an untitled
chapter ``Chapter NN`` itself. Not expressible: end, url, image, toc, location.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(46_500), "A=B")]))
>>> print(text)
CHAPTER01=00:00:00.000
CHAPTER01NAME=Intro
CHAPTER02=00:00:46.500
CHAPTER02NAME=A=B
<BLANKLINE>
>>> loads(text)[1].title
'A=B'
"""

from __future__ import annotations

from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.formats import _keyvalue
from shownotes.formats._common import check, check_range

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "ogm"
EXTENSION: Final = ".ogm.txt"
BINARY: Final = False
PRECISION: Final = "1 ms; start and title (one line) are kept"


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as OGM chapters keep them: start and one-line title."""
    return Chapters(tuple(Chapter(c.start, _keyvalue.title(c.title)) for c in check(chapters)))


def dumps(chapters: Chapters) -> str:
    """``chapters`` as mkvmerge's simple chapter lines."""
    return _keyvalue.dumps(check_range(normalize(chapters), "OGM"), digits=2, urls=False)


def loads(data: str | bytes) -> Chapters:
    """The chapters of OGM chapter lines; blank lines are skipped.

    :class:`~shownotes.errors.FormatError` names the line of anything else, a bad time, or a
    chapter with a name but no time.

    >>> loads("CHAPTER01=0:00:05.000\\nCHAPTER01NAME=Late\\nTITLE=x")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: OGM: not a CHAPTER line: 'TITLE=x' (line 3, column 1)
    """
    return _keyvalue.loads(data, "OGM", others=False)
