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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

import attrs

from shownotes import _urls
from shownotes._platforms import HOSTS, KIND_ALIASES, Match, match, strip_params
from shownotes.lines import Line, LineLink
from shownotes.markup import as_lines
from shownotes.timestamps import Timestamp

__all__ = ["PLATFORMS", "Link", "classify", "find", "from_metadata", "isbn13", "merge"]

#: The names of every platform :func:`classify` knows.
PLATFORMS: Final = frozenset({entry.name for entry in HOSTS.values()} | {"mastodon"})


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


# ---------------------------------------------------------------------------------------------
def find(text_or_lines: str | Sequence[Line]) -> tuple[Link, ...]:
    """Every link in ``text_or_lines`` (a document body, or its Lines), once each, in order.

    HTML anchors, Markdown links and autolinks, and bare URLs in text all count; a URL that
    appears again is skipped (the first occurrence's text is kept). ``javascript:``,
    ``data:`` and in-page ``#anchor`` links are left out: they lead nowhere.

    >>> for link in find("Read [the paper](https://arxiv.org/abs/2107.05580v1), "
    ...                  "or https://github.com/attrs/attrs."):
    ...     print(link.text, link.platform, link.kind, link.id)
    the paper arxiv paper 2107.05580v1
    None github repo attrs/attrs
    """
    return tuple(_line_links(as_lines(text_or_lines)))


def _line_links(lines: Sequence[Line]) -> Iterator[Link]:
    seen: set[str] = set()
    for line in lines:
        for found in line.links:
            key = found.url.strip()
            if key in seen or _leads_nowhere(key):
                continue
            seen.add(key)
            yield of_line_link(found)


def of_line_link(found: LineLink) -> Link:
    """The :class:`Link` a line's link stands for; a bare URL (its text is its URL) has no
    text."""
    return classify(found.url, None if found.text == found.url else found.text)


def _leads_nowhere(url: str) -> bool:
    return not url or url.startswith("#") or _urls.is_dead(url)


def merge(*groups: Iterable[Link]) -> tuple[Link, ...]:
    """The links of ``groups`` in order, each URL once (the first occurrence wins).

    >>> a, b = classify("https://x.com/a"), classify("https://x.com/b")
    >>> merge([a, b], [classify("https://x.com/a", "A")]) == (a, b)
    True
    """
    seen: set[str] = set()
    out: list[Link] = []
    for group in groups:
        for link in group:
            key = link.url.strip()
            if key not in seen:
                seen.add(key)
                out.append(link)
    return tuple(out)


# ---------------------------------------------------------------------------------------------
_MAX_DEPTH: Final = 12
_MAX_ITEMS: Final = 10_000
_URL_KEYS: Final = ("url", "href", "link", "uri")
_TEXT_KEYS: Final = ("name", "title", "text", "label")
_URL_LIKE: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,16000}", re.IGNORECASE)


def from_metadata(metadata: Mapping[str, object]) -> tuple[Link, ...]:
    """The links in front matter: every string value that is a URL, at any depth, in order.
    A mapping with a ``url``/``href``/``link`` key and a ``name``/``title``/``text`` key (as in
    ``links: [{name, url}]``) gives a link with that text.

    >>> meta = {"title": "Ep 1", "youtube": "https://youtu.be/dQw4w9WgXcQ",
    ...         "links": [{"name": "attrs", "url": "https://github.com/python-attrs/attrs"}]}
    >>> [(link.text, link.platform, link.id) for link in from_metadata(meta)]
    [(None, 'youtube', 'dQw4w9WgXcQ'), ('attrs', 'github', 'python-attrs/attrs')]
    """
    if not isinstance(metadata, Mapping):
        raise TypeError(f"from_metadata() takes a mapping, not {type(metadata).__name__}")
    budget = [_MAX_ITEMS]
    return merge(_walk(metadata, 0, budget))


def _walk(value: object, depth: int, budget: list[int]) -> Iterator[Link]:
    budget[0] -= 1
    if budget[0] < 0 or depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        candidate = value.strip()
        if _URL_LIKE.fullmatch(candidate):
            yield classify(candidate)
    elif isinstance(value, Mapping):
        url = next((value[k] for k in _URL_KEYS if isinstance(value.get(k), str)), None)
        text = next((value[k] for k in _TEXT_KEYS if isinstance(value.get(k), str)), None)
        if isinstance(url, str) and _URL_LIKE.fullmatch(url.strip()):
            yield classify(url.strip(), text.strip() if isinstance(text, str) else None)
        for item in value.values():
            yield from _walk(item, depth + 1, budget)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _walk(item, depth + 1, budget)
