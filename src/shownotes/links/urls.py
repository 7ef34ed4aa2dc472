"""URL plumbing for :mod:`shownotes.links`: splitting (with :func:`urllib.parse.urlsplit`),
unwrapping measurement prefixes and redirect wrappers, tracking parameters, time parameters.

Everything here is a pure function of a string, linear in its length, and never raises on a
``str``: what cannot be read gives ``None``.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import SplitResult, parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import attrs

from shownotes.model.timestamps import Timestamp
from shownotes.model.timestamps import parse as parse_time

__all__ = [
    "MAX_URL",
    "Parts",
    "clean_query",
    "split",
    "time_of",
    "unwrap",
]

#: URLs longer than this are not classified (no real link is this long; hostile input is).
MAX_URL: Final = 16_384
_MAX_QUERY: Final = 4096
_MAX_HOPS: Final = 8

# Schemes whose URLs are never links to anything that can be classified.
_DEAD_SCHEMES: Final = frozenset({"javascript", "data", "vbscript", "file", "about", "blob"})
_SCHEME: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,19}):")
# A host name: labels of letters (any script), digits and hyphens; an IPv4 address fits too.
_HOST: Final = re.compile(r"(?:[^\W_](?:[\w-]{0,62}[^\W_])?\.){1,10}[^\W\d_][\w-]{0,62}|localhost")
# A bare domain at the start of a scheme-less URL ("doi.org/10.1/x", "twitter.com/#!/x").
_BARE_DOMAIN: Final = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,6}[a-z]{2,24}(?=/|$)"
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
    text = url.strip()
    if not text or len(text) > MAX_URL or any(ch in text for ch in " \t\r\n\x00"):
        return None
    scheme = scheme_of(text)
    if text.startswith("//"):
        text = "https:" + text
    elif scheme not in ("http", "https"):
        # No scheme, or a "scheme" that is really a host and port (example.com:8080/x).
        if not _BARE_DOMAIN.match(text.lower()):
            return None
        text = "https://" + text
    try:
        parts: SplitResult = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return None
    if not host or not _HOST.fullmatch(host.rstrip(".")):
        return None
    host = host.rstrip(".")
    try:
        port = parts.port
    except ValueError:
        return None
    netloc = f"{host}:{port}" if port is not None else host
    host = host.removeprefix("www.")
    return Parts(parts.scheme.lower(), host, parts.path, parts.query, parts.fragment, netloc)


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
# Measurement prefixes: a host, then a path prefix, then the real URL without its scheme.
# (platform name, path prefix pattern). Hosts are matched without ``www.``.
_PREFIX_TABLE: Final[tuple[tuple[str, tuple[str, ...], str], ...]] = (
    ("podtrac", ("dts.podtrac.com",), r"/redirect\.[a-z0-9]{2,4}/"),
    ("podtrac", ("podtrac.com",), r"/pts/redirect\.[a-z0-9]{2,4}/"),
    ("podtrac", ("play.podtrac.com",), r"/[^/]{1,200}/"),
    ("chartable", ("chtbl.com", "chrt.fm"), r"/track/(?:[^/.]{1,200}/)?"),
    ("podsights", ("pdst.fm",), r"/e/"),
    ("op3", ("op3.dev",), r"/e(?:,[^/]{0,300})?/(?:[a-z]{1,10}=[^/]{0,200}/)?"),
    ("podscribe", ("pscrb.fm", "verifi.podscribe.com"), r"/rss/p/"),
    ("magellan", ("mgln.ai",), r"/e/[^/]{1,200}/"),
    ("artsai", ("arttrk.com",), r"/p/[^/]{1,200}/"),
    ("claritas", ("claritaspod.com",), r"/measure/"),
    ("podroll", ("pdrl.fm",), r"/[^/]{1,200}/"),
    ("gumball", ("gum.fm", "2.gum.fm"), r"/"),
    ("spotify_ad_analytics", ("prfx.byspotify.com",), r"/e/"),
    ("podcorn", ("pdcn.co",), r"/e/"),
    ("veritone", ("pfx.vpixl.com",), r"/[^/]{1,200}/"),
    ("swap", ("tracking.swap.fm",), r"/track/[^/]{1,200}/"),
    ("blubrry", ("media.blubrry.com",), r"/[^/]{1,200}/(?:p/)?"),
)
_PREFIXES: Final[dict[str, tuple[str, re.Pattern[str]]]] = {
    host: (name, re.compile(prefix, re.IGNORECASE))
    for name, hosts, prefix in _PREFIX_TABLE
    for host in hosts
}
#: Every measurement service and its hosts: classified as that platform's ``media``.
PREFIX_HOSTS: Final[dict[str, tuple[str, ...]]] = {}
for _name, _hosts, _ in _PREFIX_TABLE:
    PREFIX_HOSTS[_name] = PREFIX_HOSTS.get(_name, ()) + _hosts
# Redirect wrappers: the real URL is a query parameter. host -> (path prefix, parameter names).
_WRAPPERS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "google.com": ("/url", ("q", "url")),
    "facebook.com": ("/flx/warn", ("u",)),
    "l.facebook.com": ("/l.php", ("u",)),
    "lm.facebook.com": ("/l.php", ("u",)),
    "l.instagram.com": ("/", ("u",)),
    "youtube.com": ("/redirect", ("q",)),
    "w.soundcloud.com": ("/player", ("url",)),
    "t.umblr.com": ("/redirect", ("z",)),
    "safelinks.protection.outlook.com": ("/", ("url",)),
    "linkedin.com": ("/redir/redirect", ("url",)),
}
# Wrappers whose parameter is a path on the same site (``/watch?v=…``) or a full URL.
_SAME_SITE: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("youtube.com", "/attribution_link"): ("u",),
    ("youtube.com", "/signin"): ("next", "continue"),
    ("facebook.com", "/plugins/video.php"): ("href",),
    ("facebook.com", "/plugins/post.php"): ("href",),
}
_SCHEME_GLUE: Final = re.compile(r"(?:https?:/{1,3}|https?%3A%2F%2F)", re.IGNORECASE)


def _unprefix(parts: Parts) -> str | None:
    rule = _PREFIXES.get(parts.host)
    if rule is None:
        return None
    _name, prefix = rule
    match = prefix.match(parts.path)
    if match:
        rest = parts.path[match.end() :]
        glue = _SCHEME_GLUE.match(rest)
        scheme = "https"
        if glue:
            scheme = "http" if glue.group().lower().startswith("http:") else "https"
            rest = rest[glue.end() :]
        if not rest:
            return None
        return f"{scheme}://{rest}" + (f"?{parts.query}" if parts.query else "")
    # Old podtrac style: the whole target is the query (``redirect.mp3?http://host/x.mp3``).
    if parts.query and _SCHEME_GLUE.match(parts.query) and parts.path.count("/") <= 3:
        return parts.query
    return None


def _unwrap_param(parts: Parts) -> str | None:
    same = None
    for (host, path), names in _SAME_SITE.items():
        if parts.host.endswith(host) and parts.path.startswith(path):
            same = (host, names)
            break
    if same is not None:
        params = query_params(parts.query)
        for name in same[1]:
            value = params.get(name, "")
            if value.startswith("/"):
                return f"https://{same[0]}{value}"
            if _SCHEME_GLUE.match(value):
                return value
        return None
    host = parts.host
    wrapper = _WRAPPERS.get(host)
    if wrapper is None and "." in host:
        wrapper = _WRAPPERS.get(host.split(".", 1)[1]) if host.endswith(".google.com") else None
        if wrapper is None and host.startswith("google."):
            wrapper = _WRAPPERS["google.com"]
    if wrapper is None or not parts.path.startswith(wrapper[0]):
        return None
    params = query_params(parts.query)
    for name in wrapper[1]:
        value = params.get(name, "")
        if _SCHEME_GLUE.match(value):
            return value
    return None


def unwrap(parts: Parts) -> tuple[Parts, str | None]:
    """The URL behind measurement prefixes and redirect wrappers, and the platform name of
    the outermost measurement prefix (``"podtrac"``, ``"op3"``, …) or ``None``."""
    prefix_name: str | None = None
    for _ in range(_MAX_HOPS):
        inner = _unprefix(parts)
        if inner is not None:
            if prefix_name is None:
                prefix_name = _PREFIXES[parts.host][0]
        else:
            inner = _unwrap_param(parts)
        if inner is None:
            break
        nxt = split(inner)
        if nxt is None:
            break
        parts = nxt
    return parts, prefix_name


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
    """``query`` without tracking parameters (order of the rest kept)."""
    if not query:
        return ""
    params = parse_qsl(_unamp(query[:_MAX_QUERY]), keep_blank_values=True)
    return urlencode([(k, v) for k, v in params if not is_tracking(k, extra)])


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
    for name in _TIME_PARAMS:
        if name in params:
            found = read_time(params[name])
            if found is not None:
                return found
    if "=" in fragment:
        frag = query_params(fragment)
        for name in _TIME_PARAMS:
            if name in frag:
                return read_time(frag[name])
    return None


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
