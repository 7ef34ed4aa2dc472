"""Chapters: the :class:`Chapter` value, the :class:`Chapters` list, and finding them in notes.

:func:`find` reads a document's chapter list and :func:`explain` says why each block of timed
lines was taken or not; :func:`render` writes a list back (the inverse of find);
:func:`from_metadata` reads chapters held in front matter; :func:`validate` checks a list
against a platform's rules; :func:`merge` joins lists.

>>> chapters = find("0:00 Intro\\n2:05 Tea\\n1:02:03 Wrap up")
>>> [(str(c.start), c.title) for c in chapters]
[('0:00', 'Intro'), ('2:05', 'Tea'), ('1:02:03', 'Wrap up')]
>>> print(render(chapters, style="bracketed"), end="")
[0:00] Intro
[2:05] Tea
[1:02:03] Wrap up
"""

from __future__ import annotations

from shownotes.chapters.explain import BlockReport, Explanation, explain
from shownotes.chapters.find import find, merge
from shownotes.chapters.frontmatter import from_metadata
from shownotes.chapters.render import STYLES, render
from shownotes.chapters.rules import RULES, Rules
from shownotes.chapters.validate import PLATFORMS, validate
from shownotes.model.chapters import Chapter, Chapters, Location
from shownotes.model.timestamps import Timestamp

__all__ = [
    "PLATFORMS",
    "RULES",
    "STYLES",
    "BlockReport",
    "Chapter",
    "Chapters",
    "Explanation",
    "Location",
    "Rules",
    "Timestamp",
    "explain",
    "find",
    "from_metadata",
    "merge",
    "render",
    "validate",
]
