"""A reference as a value: :class:`Reference`, one entry of a reference list."""

from __future__ import annotations

import attrs

__all__ = ["Reference"]


@attrs.frozen
class Reference:
    """One entry of a reference list: its ``title`` (the link text, or the item's text), its
    first link's ``url``, and a ``note`` (what follows a separator after a link)."""

    title: str
    url: str | None = None
    note: str | None = None
