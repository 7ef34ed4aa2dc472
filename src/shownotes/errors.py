"""The exceptions shownotes raises and the :class:`Problem` it reports (public path).

The code lives in :mod:`shownotes.model.errors`; this module is its public name.
"""

from __future__ import annotations

from shownotes.model.errors import (
    FormatError,
    FrontMatterError,
    ParseError,
    Problem,
    ShowNotesError,
    ShowNotesErrorGroup,
    TimestampError,
)

__all__ = [
    "FormatError",
    "FrontMatterError",
    "ParseError",
    "Problem",
    "ShowNotesError",
    "ShowNotesErrorGroup",
    "TimestampError",
]
