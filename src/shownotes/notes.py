"""The result of :func:`shownotes.parse` (public path): :class:`ShowNotes`.

The value lives in :mod:`shownotes.model.notes`.
"""

from __future__ import annotations

from shownotes.model.notes import ShowNotes

__all__ = ["ShowNotes"]
