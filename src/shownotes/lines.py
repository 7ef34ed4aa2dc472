"""The Line hub every extractor reads (public path): :class:`Line` and :class:`LineLink`.

The values live in :mod:`shownotes.model.lines`; :func:`shownotes.read.to_lines` makes them.
"""

from __future__ import annotations

from shownotes.model.lines import Line, LineLink, Source

__all__ = ["Line", "LineLink", "Source"]
