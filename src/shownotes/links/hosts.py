"""The platform table: host → :class:`~shownotes.links.rules.Platform`, and matching a URL's parts
against the platform's rules.

Looking a host up is a dict access per label (``a.b.example.com`` tries ``a.b.example.com``,
``b.example.com``, ``example.com``); only the found platform's few rules are tried.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import unquote

import attrs

from shownotes.links.rules import SPECIAL_GROUPS, Platform, Rule, platform, rule
from shownotes.links.tables.audio import AUDIO
from shownotes.links.tables.music import MUSIC
from shownotes.links.tables.video import VIDEO
from shownotes.links.tables.web import WEB
from shownotes.links.urls import PREFIX_HOSTS, Parts

__all__ = ["HOSTS", "Match", "lookup", "match"]

#: Paths longer than this are not matched against rules (no real platform path is this long).
MAX_PATH: Final = 1024
_MAX_LABELS: Final = 8

#: Kinds named as the platform names them, mapped to shownotes' kinds.
KIND_ALIASES: Final = {
    "artist": "profile",
    "user": "profile",
    "podcast": "show",
    "song": "track",
    "music-video": "video",
}


def _table(platforms: tuple[Platform, ...]) -> dict[str, Platform]:
    hosts: dict[str, Platform] = {}
    for entry in platforms:
        for host in entry.hosts:
            if host in hosts:  # pragma: no cover - a table error, caught by the tests
                raise ValueError(f"host {host} is claimed twice")
            hosts[host] = entry
    return hosts


#: Every known host (without ``www.``) and its platform.
HOSTS: Final = _table(
    AUDIO
    + MUSIC
    + VIDEO
    + WEB
    # Measurement services, from the same table that unwraps their prefixes.
    + tuple(
        platform(name, " ".join(hosts), rule(r"/.*", "media"))
        for name, hosts in PREFIX_HOSTS.items()
    )
)

# Mastodon and other fediverse servers: ``/@user``, ``/@user@home.server``, ``/@user/123``.
_FEDIVERSE: Final = re.compile(
    r"/@(?P<user>[\w.]{1,64})(?:@(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}))?"
    r"(?:/(?P<post>\d{1,24})|/(?:with_replies|media|following|followers|tagged/[\w-]{1,64}))?/?"
)


# Sub-domains that serve a platform's own pages: mobile and app hosts, language and country
# codes, players and old/new front ends.
_MIRROR: Final = re.compile(
    r"(?:m|mobile|touch|web|amp|open|play|player|go|old|new|np|nm|beta|listen|music|gaming"
    r"|smile|shows|embed|api|app|geo|l|lm|[a-z]{2}(?:[-_][a-z]{2,4})?)(?:\.(?:m|mobile))?"
)


@attrs.frozen
class Match:
    """What the rules say of one URL."""

    platform: str
    kind: str | None = None
    id: str | None = None
    ids: tuple[tuple[str, str], ...] = ()
    variant: str | None = None
    time: str | None = None
    canon: str | None = None


def lookup(host: str) -> tuple[Platform, str] | None:
    """The platform serving ``host`` and, for platforms that read it, the sub-domain."""
    found = HOSTS.get(host)
    if found is not None:
        return found, ""
    pos = host.find(".")
    for _ in range(_MAX_LABELS):
        if pos == -1:
            return None
        found = HOSTS.get(host[pos + 1 :])
        if found is not None:
            if found.capture:
                return found, host[:pos]
            # ``m.``, ``mobile.``, ``es-la.`` serve the same site; ``docs.``, ``aws.``,
            # ``developers.`` are other sites of the same company.
            return (found, "") if _MIRROR.fullmatch(host[:pos]) else None
        pos = host.find(".", pos + 1)
    return None


def _apply(entry: Rule, subject: str, params: dict[str, str], platform: str) -> Match | None:
    found = entry.regex.fullmatch(subject)
    if found is None:
        return None
    groups = {k: v for k, v in found.groupdict().items() if v}
    ident = groups.get("id")
    extra = [(k, v) for k, v in groups.items() if k not in SPECIAL_GROUPS]
    for param, name, check in entry.query:
        value = params.get(param, "")
        if value and check is not None:
            valid = check.match(value)
            value = (valid.group(1) if check.groups else valid.group()) if valid else ""
        if not value:
            continue
        if name == "id":
            ident = ident or value
        else:
            extra.append((name, value))
    if entry.need and not ident:
        return None
    raw = ident
    if ident is not None:
        if entry.decode:
            ident = unquote(ident)
        if entry.last_dash:
            ident = ident.rpartition("-")[2]
    kind = entry.kind
    if kind.startswith("<"):
        kind = groups.get(kind[1:-1], "")
    kind = KIND_ALIASES.get(kind, kind)
    canon = None
    if entry.canon is not None and ident is not None:
        canon = entry.canon.format_map({**groups, "id": raw})
    return Match(
        entry.other or platform,
        kind or None,
        ident,
        tuple(extra),
        groups.get("variant"),
        groups.get("time"),
        canon,
    )


def match(parts: Parts, params: dict[str, str]) -> Match | None:
    """The platform, kind and ids of the URL in ``parts`` (with its query ``params``), or
    ``None`` when no platform is known for its host."""
    found = lookup(parts.host)
    if found is None:
        return _fediverse(parts)
    entry, sub = found
    path = parts.path
    if len(path) > MAX_PATH:
        return Match(entry.name)
    subject = sub + path
    for candidate in entry.rules:
        text = f"{subject}#{parts.fragment}" if candidate.fragment else subject
        result = _apply(candidate, text, params, entry.name)
        if result is not None:
            return result
    return None if entry.strict else Match(entry.name)


def _fediverse(parts: Parts) -> Match | None:
    if not parts.path.startswith("/@") or len(parts.path) > MAX_PATH:
        return None
    found = _FEDIVERSE.fullmatch(parts.path)
    if found is None:
        return None
    user = found.group("user")
    handle = f"{user}@{found.group('domain') or parts.host}"
    post = found.group("post")
    if post:
        return Match("mastodon", "post", post, (("handle", handle),))
    return Match("mastodon", "profile", handle)


def strip_params(host: str) -> frozenset[str]:
    """The tracking parameters particular to the platform serving ``host``."""
    found = lookup(host)
    return found[0].strip if found else frozenset()
