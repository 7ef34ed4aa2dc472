"""URL plumbing for :mod:`shownotes.links`: splitting (with :func:`urllib.parse.urlsplit`), URL
identity (:func:`key`), tracking parameters, time parameters, hash routes.

Everything here is a pure function of a string, linear in its length, and never raises on a
``str``: what cannot be read gives ``None``.
"""

from __future__ import annotations

import functools
import re
from typing import Final
from urllib.parse import SplitResult, parse_qsl, unquote, unquote_plus, urlsplit, urlunsplit

import attrs

from shownotes.model.timestamps import Timestamp
from shownotes.model.timestamps import parse as parse_time

__all__ = [
    "MAX_URL",
    "Parts",
    "clean_query",
    "key",
    "split",
    "time_of",
]

#: URLs longer than this are not classified (no real link is this long; hostile input is).
MAX_URL: Final = 16_384
_MAX_QUERY: Final = 4096

# Schemes whose URLs are never links to anything that can be classified.
_DEAD_SCHEMES: Final = frozenset({"javascript", "data", "vbscript", "file", "about", "blob"})
_SCHEME: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,19}):")
# A host name: labels of letters (any script), digits and hyphens; an IPv4 address fits too.
_HOST: Final = re.compile(r"(?:[^\W_](?:[\w-]{0,62}[^\W_])?\.){1,10}[^\W\d_][\w-]{0,62}|localhost")
# A bare domain at the start of a scheme-less URL ("doi.org/10.1/x", "twitter.com/#!/x").
_BARE_DOMAIN: Final = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,6}[a-z]{2,24}(?=[/?#:]|$)"
)


@attrs.frozen
class Parts:
    """A URL taken apart: ``host`` lower-case without ``www.``, ``path``, raw ``query`` and
    ``fragment``, the ``scheme`` (``https`` for a scheme-less URL), and ``netloc``: the host as
    written (lower-case, ``www.`` kept) with its port."""

    scheme: str
    host: str
    path: str
    query: str
    fragment: str
    netloc: str

    def geturl(self, query: str | None = None) -> str:
        """The URL these parts make, with ``query`` in place of the original when given."""
        query = self.query if query is None else query
        return urlunsplit((self.scheme, self.netloc, self.path or "/", query, self.fragment))


def scheme_of(url: str) -> str | None:
    """The lower-case scheme of ``url`` (``"https"``, ``"spotify"``), or ``None``."""
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def is_dead(url: str) -> bool:
    """Whether ``url`` uses a scheme that never names a resource (``javascript:``, ``data:``)."""
    return scheme_of(url.lstrip()) in _DEAD_SCHEMES


def split(url: str) -> Parts | None:
    """``url`` as :class:`Parts`, or ``None`` when it is not a well-formed web URL.

    A protocol-relative (``//host/x``) or scheme-less (``doi.org/10.1/x``) URL counts as https.
    """
    parts = split_or_why(url)
    return parts if isinstance(parts, Parts) else None


# A document names the same URL many times (its links, their keys, its sections' and
# references' links: 6-7 look-ups per distinct URL on the corpus), and a show repeats its URLs
# in every episode. The result depends on the string alone and is immutable, so a bounded
# memo is safe: it changes speed, never a result (as links.classify.resolve's).
@functools.lru_cache(maxsize=4096)
def split_or_why(url: str) -> Parts | str:
    """:func:`split`, or why ``url`` is not a well-formed web URL (a sentence)."""
    text = url.strip()
    if not text:
        return "the URL is empty"
    if len(text) > MAX_URL:
        return f"the URL is longer than {MAX_URL} characters"
    if any(ch in text for ch in " \t\r\n\x00"):
        return "the URL has white space or a NUL inside"
    scheme = scheme_of(text)
    if text.startswith("//"):
        text = "https:" + text
    elif scheme not in ("http", "https"):
        # No scheme, or a "scheme" that is really a host and port (example.com:8080/x).
        if not _BARE_DOMAIN.match(text.lower()):
            if scheme in _DEAD_SCHEMES:
                return f"{scheme}: URLs lead to no resource"
            return f"{scheme}: is not a web URL scheme" if scheme else "no scheme and no domain"
        text = "https://" + text
    try:
        parts: SplitResult = urlsplit(text)
        host = parts.hostname
        port = parts.port
    except ValueError as error:
        return f"the URL cannot be split: {error}"
    if not host or not _HOST.fullmatch(host.rstrip(".")):
        return f"{host or 'the empty host'!r} is not a host name"[:200]
    host = host.rstrip(".")
    netloc = f"{host}:{port}" if port is not None else host
    host = host.removeprefix("www.")
    return Parts(parts.scheme.lower(), host, parts.path, parts.query, parts.fragment, netloc)


_DEFAULT_PORTS: Final = (":80", ":443")


@functools.lru_cache(maxsize=4096)
def key(url: str) -> str:
    """The identity of ``url``: two URLs with the same key are the same link.

    The scheme (``http``/``https``/none) and a leading ``www.`` are ignored, the host is
    case-folded (host names are case-insensitive, RFC 3986 §3.2.2) and its default port
    dropped, a trailing ``/`` and an empty ``?`` are ignored; the path and query keep their
    case and order (servers may treat them case-sensitively). The fragment is dropped (it
    names a place in the same page) unless it is a route (``#!/…``, ``#/…``), which names
    another page. A string that is no web URL is its own key, stripped.

    >>> key("https://www.Example.com/Tea/?q=1#top") == key("http://example.com/Tea?q=1")
    True
    >>> key("https://example.com/Tea") == key("https://example.com/tea")
    False
    >>> key("HTTPS://Twitter.com/#!/tea/status/1")
    'twitter.com/#!/tea/status/1'
    """
    parts = split(url)
    if parts is None:
        return url.strip()
    netloc = parts.netloc.casefold().removeprefix("www.")
    for port in _DEFAULT_PORTS:
        netloc = netloc.removesuffix(port)
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    route = parts.fragment if parts.fragment.startswith(("!/", "/")) else ""
    return f"{netloc}{path}{query}" + (f"/#{route}" if route else "")


# "&amp;" and "&amp;amp;…": a URL escaped once or more for HTML, undone in one pass.
_AMP: Final = re.compile(r"&(?:amp;)+")


def _unamp(query: str) -> str:
    return _AMP.sub("&", query) if "&amp;" in query else query


def query_params(query: str) -> dict[str, str]:
    """The query's parameters (first value of each name wins); ``&amp;`` debris undone."""
    if not query:
        return {}
    params: dict[str, str] = {}
    for key, value in parse_qsl(_unamp(query[:_MAX_QUERY]), keep_blank_values=True):
        params.setdefault(key, value)
    return params


# ---------------------------------------------------------------------------------------------
# Tracking parameters: dropped from the normalised URL, never used to classify.
TRACKING: Final = frozenset(
    {
        "si", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "igsh", "mc_cid", "mc_eid", "mkt_tok", "_hsenc", "_hsmi", "ref_src", "ref_url",
        "sender_device", "sender_web_id", "share_app_id", "share_link_id",
        "__s", "s_cid", "cmpid", "oly_enc_id", "oly_anon_id", "vero_id", "wickedid",
        "sr_share", "source", "ref",
    }
)  # fmt: skip
_TRACKING_PREFIXES: Final = ("utm_", "pf_rd_", "mc_", "_hs", "hsa_", "at_")


def is_tracking(name: str, extra: frozenset[str] = frozenset()) -> bool:
    """Whether the query parameter ``name`` only tracks the click."""
    low = name.lower()
    return low in TRACKING or low in extra or low.startswith(_TRACKING_PREFIXES)


def clean_query(query: str, extra: frozenset[str] = frozenset()) -> str:
    """``query`` without tracking parameters: the other parameters kept as written, in order
    (``&amp;`` debris undone)."""
    return "&".join(piece for piece in _unamp(query[:_MAX_QUERY]).split("&")
                    if piece and not is_tracking(_name(piece), extra))  # fmt: skip


def dropped_params(query: str, extra: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The names of the tracking parameters :func:`clean_query` drops from ``query``."""
    names = (_name(piece) for piece in _unamp(query[:_MAX_QUERY]).split("&") if piece)
    return tuple(dict.fromkeys(name for name in names if is_tracking(name, extra)))


def _name(piece: str) -> str:
    return unquote_plus(piece.partition("=")[0])


# ---------------------------------------------------------------------------------------------
_TIME_PARAMS: Final = ("t", "start", "time_continue", "time", "at")
_TIME_VALUE: Final = re.compile(r"\d{1,6}(?:\.\d{1,3})?s?|(?:\d{1,3}h)?(?:\d{1,4}m)?(?:\d{1,6}s?)?")
_CLOCK_VALUE: Final = re.compile(r"\d{1,3}(?::\d\d){1,2}(?:\.\d{1,3})?")


def read_time(value: str) -> Timestamp | None:
    """A time parameter's value (``90``, ``1m30s``, ``1m40``, ``1:27:57``) as a Timestamp."""
    value = value.strip().lower()
    if not value or len(value) > 24:
        return None
    if _TIME_VALUE.fullmatch(value):
        if value[-1].isdigit() and ("m" in value or "h" in value):
            value += "s"  # ``1m40`` is YouTube's shorthand for ``1m40s``
    elif not _CLOCK_VALUE.fullmatch(value):
        return None
    try:
        return parse_time(value)
    except ValueError:
        return None


def time_of(params: dict[str, str], fragment: str) -> Timestamp | None:
    """The start time a URL carries: ``t=``/``start=`` in the query or ``#t=`` in the fragment."""
    return time_and_source(params, fragment)[0]


def time_and_source(params: dict[str, str], fragment: str) -> tuple[Timestamp | None, str | None]:
    """:func:`time_of` and where it was read (``"t"``, ``"#t"``), or ``(None, None)``."""
    for name in _TIME_PARAMS:
        if name in params:
            found = read_time(params[name])
            if found is not None:
                return found, name
    if "=" in fragment:
        frag = query_params(fragment)
        for name in _TIME_PARAMS:
            if name in frag:
                found = read_time(frag[name])
                return found, (f"#{name}" if found is not None else None)
    return None, None


def hash_route(parts: Parts) -> Parts:
    """A single-page-app URL (``/#!/user/status/1``, ``/#/watch?v=x``) with the route in the
    fragment turned into its path and query."""
    if parts.path not in ("", "/") or not parts.fragment:
        return parts
    frag = (
        unquote(parts.fragment[:_MAX_QUERY])
        if parts.fragment[:3].upper() == "%2F"
        else parts.fragment
    )
    if frag.startswith("!/"):
        frag = frag[1:]
    if not frag.startswith("/"):
        return parts
    path, _, query = frag.partition("?")
    return attrs.evolve(parts, path=path, query=query, fragment="")
