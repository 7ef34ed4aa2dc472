"""Sections of show notes and what each holds (public path).

The outline is read in :mod:`shownotes.read.sections`, a heading's kind in
:mod:`shownotes.read.kinds`, and the show's own links in :mod:`shownotes.links.own`.
"""

from __future__ import annotations

from shownotes.links.own import own_links, platforms, profile_handle
from shownotes.model.sections import KINDS, Kind, Section
from shownotes.read.kinds import classify
from shownotes.read.sections import LEAD_IN, find, format_sections, kinds_by_line, section_of

#: The outline as readable text; the same function as :func:`format_sections`.
render = format_sections

__all__ = [
    "KINDS",
    "LEAD_IN",
    "Kind",
    "Section",
    "classify",
    "find",
    "kinds_by_line",
    "own_links",
    "platforms",
    "profile_handle",
    "render",
    "section_of",
]
