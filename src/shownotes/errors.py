"""The exceptions shownotes raises and the :class:`Problem` it reports (public path).

The code lives in :mod:`shownotes.model.errors`; this module is its public name.
"""

from __future__ import annotations

from shownotes.model.errors import (
    FeedError,
    FormatError,
    FrontMatterError,
    ParseError,
    Problem,
    ShowNotesError,
    ShowNotesErrorGroup,
    TimestampError,
)

__all__ = [
    "FeedError",
    "FormatError",
    "FrontMatterError",
    "ParseError",
    "Problem",
    "ShowNotesError",
    "ShowNotesErrorGroup",
    "TimestampError",
]
