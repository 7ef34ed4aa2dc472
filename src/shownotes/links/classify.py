"""Links: every URL in show notes as a :class:`Link`, classified to a platform with its ids.

:func:`classify` reads one URL; :func:`find` returns every link of a document once, in order;
:func:`from_metadata` reads the URLs of front matter. Nothing here touches the network: the
platform, kind and ids are what the URL alone tells.

>>> link = classify("https://youtu.be/dQw4w9WgXcQ?t=42&si=AbCdEf")
>>> link.platform, link.kind, link.id, str(link.time)
('youtube', 'video', 'dQw4w9WgXcQ', '0:42')
>>> link.normalized
'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s'
>>> classify("spotify:episode:3dN0oKrWiGjNunFo7sWAz5").kind
'episode'
>>> classify("javascript:alert(1)").platform is None
True
"""

from __future__ import annotations

import functools
import re
from typing import Final
from urllib.parse import quote

import attrs

from shownotes.links import urls as _urls
from shownotes.links.hosts import Match, match, strip_params, tables
from shownotes.links.rules import Rule, Uri
from shownotes.links.unwrap import Hop, unwrap
from shownotes.model.links import Link
from shownotes.model.timestamps import Timestamp

__all__ = ["classify", "isbn13", "platforms"]


def platforms() -> frozenset[str]:
    """The names of every platform :func:`classify` knows."""
    return tables().platforms


@attrs.frozen
class Resolution:
    """How a URL was read: the :class:`Link` and the trace :func:`~shownotes.links.explain`
    and :func:`~shownotes.links.purpose` report."""

    link: Link
    hops: tuple[Hop, ...] = ()
    host: str | None = None
    match: Match | None = None
    uri: Uri | None = None
    dropped: tuple[str, ...] = ()
    time_source: str | None = None
    params: tuple[tuple[str, str], ...] = ()
    reason: str | None = None

    @property
    def rule(self) -> Rule | None:
        """The platform row's rule that matched, if one did."""
        return self.match.rule if self.match is not None else None


def classify(url: str, text: str | None = None) -> Link:
    """The :class:`Link` for one URL, classified where its platform is known.

    Never raises on a ``str``: a malformed URL, or a ``javascript:``/``data:`` one, gives a
    Link whose ``platform``, ``kind``, ``id`` and ``normalized`` are ``None``. ``text`` is the
    link's visible text, kept as given.

    >>> link = classify("https://podcasts.apple.com/us/podcast/x/id1535?i=1000482&mt=2")
    >>> link.platform, link.kind, link.id, link.ids
    ('apple_podcasts', 'episode', '1000482', (('country', 'us'), ('show_id', '1535')))
    >>> link = classify("https://dts.podtrac.com/redirect.mp3/traffic.megaphone.fm/ABC1.mp3")
    >>> link.platform, link.kind, link.normalized
    ('megaphone', 'media', 'https://traffic.megaphone.fm/ABC1.mp3')
    >>> classify("https://fosstodon.org/@orhun").id
    'orhun@fosstodon.org'
    """
    if not isinstance(url, str):
        raise TypeError(f"classify() takes a str, not {type(url).__name__}")
    if text is not None and not isinstance(text, str):
        raise TypeError(f"text must be a str or None, not {type(text).__name__}")
    link = resolve(url).link
    if text is None:
        return link
    # Positional, not attrs.evolve: this runs once per link of every document.
    return Link(
        link.url, text, link.platform, link.kind, link.id, link.normalized, link.time,
        link.ids, link.variant,
    )  # fmt: skip


# A document classifies the same URL several times (its links, its sections' own links, its
# platforms) and a corpus repeats a show's URLs in every episode. The result depends on the
# URL alone, so a bounded memo is safe: it changes speed, never a result.
@functools.lru_cache(maxsize=4096)
def resolve(url: str) -> Resolution:
    """How ``url`` is read (the :class:`Resolution` behind :func:`classify`)."""
    stripped = url.strip()
    hops: tuple[Hop, ...] = ()
    rows = tables().uris.get(_urls.scheme_of(stripped) or "")
    if rows is not None and len(stripped) <= _urls.MAX_URL:
        found = _from_uri(url, stripped, rows)
        if isinstance(found, Resolution):
            return found
        stripped, hops = found[0], (found[1],)
    parts = _urls.split_or_why(stripped)
    if isinstance(parts, str):
        return Resolution(Link(url), hops, reason=parts)
    parts, prefix, more = unwrap(parts)
    hops += more
    params = _urls.query_params(parts.query)
    found_match = match(parts, params)
    if found_match is None and prefix is not None:
        found_match = Match(prefix, "media")
    # A platform's own tracking parameters (X's `t`, Apple's `at`) are not times.
    tracking = strip_params(parts.host)
    untracked = {k: v for k, v in params.items() if k not in tracking}
    time, source = _time(found_match, untracked, parts.fragment)
    trace = Resolution(
        Link(url),
        hops,
        parts.host,
        found_match,
        dropped=_urls.dropped_params(parts.query, tracking),
        time_source=source,
        params=tuple(params.items()),
    )
    if found_match is None:
        link = Link(url, normalized=_normalized(parts, None, None))
        return attrs.evolve(trace, link=link, reason=_no_platform(parts))
    ids = found_match.ids
    if found_match.kind == "book" and found_match.id and _ISBN10.fullmatch(found_match.id):
        ids += (("isbn13", isbn13(found_match.id)),)
    link = Link(
        url,
        None,
        found_match.platform,
        found_match.kind,
        found_match.id,
        _normalized(parts, found_match, time),
        time,
        ids,
        found_match.variant,
    )
    reason = None
    if found_match.rule is None and found_match.entry is not None:
        reason = f"no {found_match.platform} row reads the path {parts.path[:80]!r}"
    return attrs.evolve(trace, link=link, reason=reason)


def _no_platform(parts: _urls.Parts) -> str:
    if "." in parts.host:
        return f"no platform row claims the host {parts.host!r}"
    return f"{parts.host!r} is no public host"  # pragma: no cover - split() refuses these


def _from_uri(url: str, uri: str, rows: tuple[Uri, ...]) -> Resolution | tuple[str, Hop]:
    """A URI of an app's scheme: its web URL and the hop to it, or its Resolution."""
    for row in rows:
        found = row.regex.fullmatch(uri)
        if found is None:
            continue
        groups = found.groupdict()
        if row.to is not None:
            safe = "/:@!$&'()*+,;=-._~"
            fill = {k: quote(v or "", safe, errors="surrogatepass") for k, v in groups.items()}
            target = row.to.format_map(fill)
            return target, Hop("uri", row.id, row.where, target)
        link = Link(url, None, row.platform, row.kind, groups.get("id"), row.canon or uri)
        return Resolution(link, uri=row)
    scheme = _urls.scheme_of(uri)
    return Resolution(Link(url), reason=f"no {scheme}: row reads this URI")


_ISBN10: Final = re.compile(r"\d{9}[\dX]")


def isbn13(isbn10: str) -> str:
    """The ISBN-13 of an ISBN-10 (an Amazon ASIN of a printed book is its ISBN-10).

    >>> isbn13("081298160X")
    '9780812981605'

    Raises :class:`ValueError` for anything but nine digits and a digit or ``X``.
    """
    if not isinstance(isbn10, str):
        raise TypeError(f"isbn13() takes a str, not {type(isbn10).__name__}")
    if not _ISBN10.fullmatch(isbn10):
        raise ValueError(f"not an ISBN-10: {isbn10[:40]!r}")
    digits = "978" + isbn10[:9]
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    return digits + str(-total % 10)


def _time(
    found: Match | None, params: dict[str, str], fragment: str
) -> tuple[Timestamp | None, str | None]:
    if found is not None and found.time:
        return _urls.read_time(found.time), "path"
    return _urls.time_and_source(params, fragment)


def _normalized(parts: _urls.Parts, found: Match | None, time: Timestamp | None) -> str:
    if found is not None and found.canon is not None:
        canon = found.canon
        playlist = dict(found.ids).get("playlist_id")
        if playlist and found.platform == "youtube":
            canon += f"&list={playlist}"
        if time is not None and found.platform == "youtube":
            canon += f"&t={time.ms // 1000}s"
        return canon
    query = _urls.clean_query(parts.query, strip_params(parts.host))
    return parts.geturl(query)
