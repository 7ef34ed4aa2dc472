"""The exceptions shownotes raises and the :class:`Problem` it reports (public path).

The code lives in :mod:`shownotes.model.errors`; this module is its public name.
"""

from __future__ import annotations

from shownotes.model.errors import (
    ChapterError,
    EpisodeError,
    FeedError,
    FormatError,
    FrontMatterError,
    LinkError,
    ParseError,
    Problem,
    ShowNotesError,
    ShowNotesErrorGroup,
    TimestampError,
    UnknownFormatError,
)

__all__ = [
    "ChapterError",
    "EpisodeError",
    "FeedError",
    "FormatError",
    "FrontMatterError",
    "LinkError",
    "ParseError",
    "Problem",
    "ShowNotesError",
    "ShowNotesErrorGroup",
    "TimestampError",
    "UnknownFormatError",
]
