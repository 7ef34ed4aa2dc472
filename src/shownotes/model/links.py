"""A link as a value: :class:`Link`, a URL with what is known of it."""

from __future__ import annotations

from typing import Final, Literal, get_args

import attrs

from shownotes.model.timestamps import Timestamp

__all__ = ["ROLES", "Link", "Role"]

#: Who a link belongs to in the notes: a ``reference`` (what the episode mentions), the show's
#: ``own`` (subscribe, follow, support, membership, merch, gear and storefronts, contact, the
#: hosts' pages), a ``sponsor``'s, a ``credit`` (music, art, editing) or page ``navigation``.
Role = Literal["reference", "own", "sponsor", "credit", "navigation"]
#: Every :data:`Role`.
ROLES: Final[tuple[str, ...]] = get_args(Role)


@attrs.frozen
class Link:
    """A URL found in show notes, with what is known of it.

    ``platform`` is the snake_case platform name (``"youtube"``, ``"apple_podcasts"``) and
    ``kind`` what the URL points at (``"video"``, ``"show"``, ``"episode"``, …); ``id`` is the
    platform's id readable from the URL alone. Each is ``None`` when not known.

    - ``url``: the URL as written (never changed); ``text``: the link's visible text, ``None``
      for a bare URL.
    - ``normalized``: the URL with measurement prefixes and redirect wrappers removed, tracking
      parameters dropped, and for YouTube videos, Spotify items, DOIs and arXiv papers the
      canonical form;
      ``None`` when the URL could not be read.
    - ``time``: the start time the URL carries (``t=``, ``start=``, ``#t=``, Overcast's
      ``/1:27:57``), else ``None``.
    - ``ids``: further ids as ``(name, value)`` pairs: ``show_id``, ``show_slug``,
      ``playlist_id``, ``handle``, ``publication``, ``country``, …
    - ``variant``: the URL shape when the kind alone does not say it (``"shorts"``,
      ``"live"``, ``"embed"`` for YouTube videos).
    - ``role``: who the link belongs to in the notes (see :data:`Role`), as
      :func:`shownotes.parse` decides it from the section, the words around it, the platform
      and the front matter; ``None`` for a link in running prose and for a link classified on
      its own (:func:`shownotes.links.classify` knows only the URL).
    """

    url: str
    text: str | None = None
    platform: str | None = None
    kind: str | None = None
    id: str | None = None
    normalized: str | None = None
    time: Timestamp | None = None
    ids: tuple[tuple[str, str], ...] = ()
    variant: str | None = None
    role: Role | None = None
