"""Front matter split from the body (public path): :func:`split` and :class:`Document`.

The code lives in :mod:`shownotes.read.frontmatter`.
"""

from __future__ import annotations

from shownotes.read.frontmatter import Document, FrontMatterFormat, split

__all__ = ["Document", "FrontMatterFormat", "split"]
