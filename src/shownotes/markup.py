"""A document body as the Line hub (public path): :func:`to_lines` and :func:`as_lines`.

The code lives in :mod:`shownotes.read.lines`.
"""

from __future__ import annotations

from shownotes.read.lines import PSEUDO_HEADING, as_lines, to_lines

__all__ = ["PSEUDO_HEADING", "as_lines", "to_lines"]
