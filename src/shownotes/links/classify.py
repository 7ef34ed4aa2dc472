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

from shownotes.links import urls as _urls
from shownotes.links.hosts import HOSTS, KIND_ALIASES, Match, match, strip_params
from shownotes.model.links import Link
from shownotes.model.timestamps import Timestamp

__all__ = ["PLATFORMS", "classify", "isbn13"]

#: The names of every platform :func:`classify` knows.
PLATFORMS: Final = frozenset({entry.name for entry in HOSTS.values()} | {"mastodon"})


_URI_SCHEMES: Final = frozenset({"spotify", "at", "instagram", "doi", "arxiv"})
_SPOTIFY_URI: Final = re.compile(
    r"spotify:(?P<kind>show|episode|playlist|album|track|artist|user):(?P<id>[0-9A-Za-z]{1,64})",
    re.IGNORECASE,
)
_AT_URI: Final = re.compile(
    r"at://(?P<handle>[^/\s]{1,256})/app\.bsky\.feed\.post/(?P<id>\w{1,64})"
)
_DOI_URI: Final = re.compile(r"doi:\s?(?P<id>10\.\d{4,9}/\S{1,500})", re.IGNORECASE)
_ARXIV_URI: Final = re.compile(r"arxiv:\s?(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)", re.IGNORECASE)
_INSTAGRAM_URI: Final = re.compile(r"instagram://media\?id=(?P<id>\d{1,30})")


def _from_uri(url: str, text: str | None) -> Link:
    """A ``spotify:``, ``at://``, ``doi:``, ``arxiv:`` or ``instagram://`` URI."""
    uri = url.strip()
    found = _SPOTIFY_URI.fullmatch(uri)
    if found:
        raw = found.group("kind").lower()
        kind = KIND_ALIASES.get(raw, raw)
        ident = found.group("id")
        canon = f"https://open.spotify.com/{raw}/{ident}"
        return Link(url, text, "spotify", kind, ident, canon)
    found = _AT_URI.fullmatch(uri)
    if found:
        handle, ident = found["handle"], found["id"]
        canon = f"https://bsky.app/profile/{handle}/post/{ident}"
        return Link(url, text, "bluesky", "post", ident, canon, ids=(("handle", handle),))
    found = _DOI_URI.fullmatch(uri)
    if found:
        return Link(url, text, "doi", "paper", found["id"], f"https://doi.org/{found['id']}")
    found = _ARXIV_URI.fullmatch(uri)
    if found:
        return Link(
            url, text, "arxiv", "paper", found["id"], f"https://arxiv.org/abs/{found['id']}"
        )
    found = _INSTAGRAM_URI.fullmatch(uri)
    if found:
        return Link(url, text, "instagram", "post", found["id"], uri)
    return Link(url, text)


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
    link = _classify(url)
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
def _classify(url: str) -> Link:
    stripped = url.strip()
    scheme = _urls.scheme_of(stripped)
    if scheme in _URI_SCHEMES and len(stripped) <= _urls.MAX_URL:
        return _from_uri(url, None)
    parts = _urls.split(stripped)
    if parts is None:
        return Link(url)
    parts, prefix = _urls.unwrap(parts)
    parts = _urls.hash_route(parts)
    params = _urls.query_params(parts.query)
    found = match(parts, params)
    if found is None and prefix is not None:
        found = Match(prefix, "media")
    # A platform's own tracking parameters (X's `t`, Apple's `at`) are not times.
    tracking = strip_params(parts.host)
    time = _time(found, {k: v for k, v in params.items() if k not in tracking}, parts.fragment)
    if found is None:
        return Link(url, normalized=_normalized(parts, None, None))
    ids = found.ids
    if found.kind == "book" and found.id is not None and _ISBN10.fullmatch(found.id):
        ids += (("isbn13", isbn13(found.id)),)
    return Link(
        url,
        None,
        found.platform,
        found.kind,
        found.id,
        _normalized(parts, found, time),
        time,
        ids,
        found.variant,
    )


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


def _time(found: Match | None, params: dict[str, str], fragment: str) -> Timestamp | None:
    if found is not None and found.time:
        return _urls.read_time(found.time)
    return _urls.time_of(params, fragment)


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
