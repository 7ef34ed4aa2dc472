"""The show's own links: where the show itself lives (its channel, podcast pages, socials),
told apart from the links to what an episode mentions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from shownotes.links.classify import classify as _classify_url
from shownotes.links.find import of_line_link
from shownotes.links.urls import key
from shownotes.model.lines import Line, LineLink
from shownotes.model.links import Link
from shownotes.model.sections import Section
from shownotes.read.kinds import classify
from shownotes.read.sections import find, kinds_by_line

__all__ = ["own_links", "platforms", "profile_handle"]


def own_links(lines: Sequence[Line], found: Sequence[Section]) -> tuple[LineLink, ...]:
    """The links to the show's own pages: those in ``platforms`` sections, and those on lines
    that invite listeners to subscribe, follow or find the show (``Find us on Twitter at …``).
    Page navigation and footers are not counted."""
    own: list[LineLink] = []
    for line, kind in zip(lines, kinds_by_line(lines, found), strict=True):
        if not line.links or line.landmark is not None:
            continue
        if kind == "platforms" or classify(_around_links(line)) == "platforms":
            own.extend(line.links)
    return tuple(own)


_PROFILE_KINDS: Final = frozenset({"profile", "channel"})
_MAX_TAIL_WORDS: Final = 6


def profile_handle(url: str) -> str | None:
    """The handle of a social profile or channel URL (``"syntaxfm"`` for both
    ``twitter.com/SyntaxFM`` and ``youtube.com/@syntaxfm``), else ``None``."""
    link = _classify_url(url)
    if link.platform is None or link.kind not in _PROFILE_KINDS or not link.id:
        return None
    return link.id.lstrip("@").casefold()


def _around_links(line: Line) -> str:
    """The words before a line's first link ("Find us on Twitter at"), or, when a link leads
    the line, the words after its last one ("… - subscribe!"). A description that follows a
    link ("[x] — my setup for …") says what the link is, not whose."""
    first, last = line.links[0], line.links[-1]
    if line.text[: first.start].strip():
        return line.text[: first.start][:200]
    after = line.text[last.end :]
    return after[:200] if len(after.split()) <= _MAX_TAIL_WORDS else ""


def platforms(
    lines: Sequence[Line],
    found: Sequence[Section] | None = None,
    metadata: Mapping[str, object] | None = None,
) -> tuple[Link, ...]:
    """The show's own platform links (its YouTube channel, Spotify and Apple pages, socials),
    classified with :func:`shownotes.links.classify`, once each, in the order found: URLs in
    the front matter's top-level fields first, then :func:`own_links` of the body; each has
    the role ``"own"``. Only links whose platform is known are kept;
    ``{link.platform: link for link in …}`` gives one per platform.
    """
    if found is None:
        found = find(lines)
    candidates = [
        _classify_url(value.strip())
        for value in (metadata or {}).values()
        if isinstance(value, str) and value.startswith(("https://", "http://"))
    ]
    candidates.extend(of_line_link(link) for link in own_links(lines, found))
    seen: set[str] = set()
    out = []
    for link in candidates:
        identity = key(link.normalized or link.url)
        if link.platform is None or identity in seen:
            continue
        seen.add(identity)
        out.append(attrs.evolve(link, role="own"))
    return tuple(out)
