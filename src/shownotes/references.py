"""References: the entries of the lists that point listeners to what an episode mentions."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from shownotes.lines import Line

__all__ = ["Reference", "find"]


@attrs.frozen
class Reference:
    """One entry of a reference list: its ``title`` (the link text, or the item's text), its
    first link's ``url``, and a ``note`` (what follows a separator after a link)."""

    title: str
    url: str | None = None
    note: str | None = None


def find(text_or_lines: str | Sequence[Line]) -> tuple[Reference, ...]:
    """The entries of the reference-like lists in ``text_or_lines``, in order, once each."""
    if not isinstance(text_or_lines, str | Sequence):
        raise TypeError(f"find() takes a str or Lines, not {type(text_or_lines).__name__}")
    return ()
