"""Chapters as description text: the ``0:00 Intro`` lines of YouTube and podcast show notes.

``dumps`` is :func:`shownotes.chapters.render` (any style in
:data:`shownotes.chapters.STYLES`; ``"plain"`` by default) and ``loads`` is
:func:`shownotes.chapters.find`, so a description can hold other text around its chapters.

Precision: 1 ms (times are written as ``2:05``, ``1:02:03`` or ``2:05.250``). Kept: start,
title (on one line: line breaks become spaces, outer white space goes; an empty title is
written ``Chapter N``) and url (``<url>`` after
the title; white space, control characters and the characters RFC 3986 leaves out of URLs
percent-encoded, and a
``&`` that starts a character reference such as ``&amp;`` read as one, as in any show notes);
ends only in the ``range`` style. The ``youtube`` style keeps to what YouTube reads as chapters:
whole seconds (rounded down), no urls, and lists YouTube accepts (see :func:`dumps`). Not
expressible: image, toc, location. ``loads``
finds a chapter list the way it finds one in show notes: at least two chapters with increasing
starts, so a single chapter, or titles that look like prose, may not come back.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> chapters = Chapters([Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(46_000), "AI")])
>>> print(dumps(chapters, style="dash"))
0:00 - Intro
0:46 - AI
<BLANKLINE>
>>> loads("Today's episode.\\n\\n0:00 Intro\\n0:46 AI\\n\\nThanks for listening!") == chapters
True
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import as_text, check, check_range, one_line, percent_encode
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

# A url written after its title must stay one token of show-notes text: white space, controls,
# and the characters RFC 3986 leaves out of URLs (angle and curly brackets, which also open
# tags and MDX comments, and | \ ^ ` ") are percent-encoded.
_NOT_IN_URL: Final = re.compile(r'[^\x21-\x7e]+|[<>{}|\\^`"]+')
NAME: Final = "description"
EXTENSION: Final = ".txt"
BINARY: Final = False
PRECISION: Final = "1 ms; start, title (one line) and url are kept; ends in the range style"
# The chapter grammar reads at most three digits of hours (999:59:59.999): a later time would
# be written as a line that loads() does not take for a chapter.
_LATEST_MS: Final = 1000 * 3_600_000 - 1


def _title(chapter: Chapter, number: int) -> str:
    # A time alone on its line takes the next line as its title when read back: an untitled
    # chapter is written by its place in the list, as mp4chaps writes it.
    return one_line(chapter.title) or f"Chapter {number}"


def normalize(chapters: Chapters, style: str = "plain") -> Chapters:
    """``chapters`` as description text keeps them in ``style`` (an empty title is written
    ``Chapter N``, N its place in the list from 1)."""
    if style == "youtube":
        return Chapters(
            tuple(
                Chapter(Timestamp(c.start.ms - c.start.ms % 1000), _title(c, n))
                for n, c in enumerate(check(chapters), 1)
            )
        )
    keep_end = style == "range"
    return Chapters(
        tuple(
            Chapter(
                c.start,
                _title(c, n),
                c.end if keep_end else None,
                url=percent_encode(c.url, _NOT_IN_URL) or None if c.url is not None else None,
            )
            for n, c in enumerate(check(chapters), 1)
        )
    )


def dumps(chapters: Chapters, style: str = "plain") -> str:
    """``chapters`` as description lines in ``style`` (a line break ends the text).

    ``style="youtube"`` writes what YouTube reads as chapters: starts in whole seconds
    (rounded down), no urls; chapters YouTube would still refuse (fewer than three, the first
    not at 0:00, one shorter than 10 s) are a :class:`~shownotes.errors.FormatError` listing
    what :func:`shownotes.chapters.validate` finds.
    """
    from shownotes.chapters import render, validate

    kept = check_range(normalize(chapters, style), "description", _LATEST_MS)
    if style == "youtube":
        problems = validate(kept, "youtube")
        if problems:
            found = "; ".join(problem.message for problem in problems)
            raise FormatError(f"description: YouTube would not read these chapters: {found}")
        style = "plain"
    return render(kept, style) + "\n"


# What the markdown-link and HTML styles write; anything else is plain text, where "<", "&"
# and "*" are characters ("0:46 Q&A <now>", as YouTube shows it).
_MARKED_UP: Final = re.compile(r"\]\(#t=|^<(?:p|li|ul)>", re.MULTILINE)


def loads(data: str | bytes) -> Chapters:
    """The chapter list found in description text (empty when there is none): plain text,
    unless it is written in the ``markdown-link`` or an HTML style."""
    from shownotes.chapters import find

    text = as_text(data, "description")
    return find(text, markup="auto" if _MARKED_UP.search(text) else "text")
