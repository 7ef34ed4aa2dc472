"""Links: every URL in show notes as a :class:`Link`, classified to a platform with its ids."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from shownotes.lines import Line

__all__ = ["Link", "classify", "find"]


@attrs.frozen
class Link:
    """A URL found in show notes, with what is known of it.

    ``platform`` is the snake_case platform name (``"youtube"``, ``"apple_podcasts"``) and
    ``kind`` what the URL points at (``"video"``, ``"show"``, ``"episode"``, …); ``id`` is the
    platform's id readable from the URL alone. Each is ``None`` when not known.
    """

    url: str
    text: str | None = None
    platform: str | None = None
    kind: str | None = None
    id: str | None = None


def classify(url: str) -> Link:
    """The :class:`Link` for one URL, classified where its platform is known."""
    if not isinstance(url, str):
        raise TypeError(f"classify() takes a str, not {type(url).__name__}")
    return Link(url)


def find(text_or_lines: str | Sequence[Line]) -> tuple[Link, ...]:
    """Every link in ``text_or_lines``, once each, in order."""
    if not isinstance(text_or_lines, str | Sequence):
        raise TypeError(f"find() takes a str or Lines, not {type(text_or_lines).__name__}")
    return ()
