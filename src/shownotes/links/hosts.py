"""The platform tables, gathered: host → :class:`~shownotes.links.rules.Platform`, and matching a
URL's parts against the found platform's rules.

The tables are imported and compiled by :func:`tables` on first use, not on ``import
shownotes``. Looking a host up is a dict access per label (``a.b.example.com`` tries
``a.b.example.com``, ``b.example.com``, ``example.com``); only the found platform's few rules
are tried.
"""

from __future__ import annotations

import functools
import re
from typing import Final
from urllib.parse import unquote

import attrs

from shownotes.links.rules import (
    KIND_ALIASES,
    SPECIAL_GROUPS,
    Platform,
    Prefix,
    Rule,
    Uri,
    Wrapper,
    platform,
    rule,
)
from shownotes.links.urls import Parts

__all__ = ["Match", "Tables", "lookup", "match", "tables"]

#: Paths (with the fragment, for rules that read it) longer than this are not matched against
#: rules: no real platform path is this long.
MAX_PATH: Final = 1024
_MAX_LABELS: Final = 8

# Sub-domains that serve a platform's own pages: mobile and app hosts, language and country
# codes, players and old/new front ends, API hosts.
_MIRROR: Final = re.compile(
    r"(?:m|mobile|mbasic|touch|web|amp|open|play|player|go|old|new|np|nm|beta|listen|music"
    r"|gaming|smile|shows|embed|api|app|geo|l|lm|[a-z]{2}(?:[-_][a-z]{2,4})?)(?:\.(?:m|mobile))?"
)


@attrs.frozen
class Tables:
    """Every table, indexed for lookup."""

    hosts: dict[str, Platform]
    #: Platforms that answer on any host no other row claims (the fediverse).
    anywhere: tuple[Platform, ...]
    prefixes: dict[str, Prefix]
    wrappers: dict[str, tuple[Wrapper, ...]]
    uris: dict[str, tuple[Uri, ...]]
    platforms: frozenset[str]


def _media_row(name: str, hosts: list[str]) -> Platform:
    """A measurement service's own hosts: a URL that does not unwrap is its ``media``."""
    return platform(
        name, " ".join(hosts), rule("media.any", r"/.*", "media", eg={f"https://{hosts[0]}/": None})
    )


@functools.cache
def tables() -> Tables:
    """The platform tables (imported and compiled once, on first use)."""
    from shownotes.links.tables import (
        code_papers_books,
        music,
        podcast_hosts,
        podcasts,
        shorteners,
        social,
        support,
        uris,
        video,
    )

    rows = (
        podcasts.PODCASTS
        + podcast_hosts.PODCAST_HOSTS
        + video.VIDEO
        + music.MUSIC
        + social.SOCIAL
        + code_papers_books.CODE_PAPERS_BOOKS
        + support.SUPPORT
        + shorteners.SHORTENERS
    )
    prefixes: dict[str, Prefix] = {}
    services: dict[str, list[str]] = {}
    for service in shorteners.PREFIXES:
        for host in service.hosts:
            prefixes[host] = service
            services.setdefault(service.platform, []).append(host)
    media = {name: _media_row(name, hosts) for name, hosts in services.items()}
    hosts: dict[str, Platform] = {}
    anywhere: list[Platform] = []
    for entry in rows + tuple(media.values()):
        if entry.hosts == ("*",):
            anywhere.append(entry)
            continue
        for host in entry.hosts:
            if host in hosts:  # pragma: no cover - a table error, caught by the tests
                raise ValueError(f"host {host} is claimed twice")
            hosts[host] = entry
    wrappers: dict[str, tuple[Wrapper, ...]] = {}
    for item in shorteners.WRAPPERS:
        for host in item.hosts:
            wrappers[host] = (*wrappers.get(host, ()), item)
    schemes: dict[str, tuple[Uri, ...]] = {}
    for row in uris.URIS:
        schemes[row.scheme] = (*schemes.get(row.scheme, ()), row)
    names = {entry.name for entry in rows} | set(services)
    names |= {row.other for entry in rows for row in entry.rules if row.other}
    return Tables(hosts, tuple(anywhere), prefixes, wrappers, schemes, frozenset(names))


@attrs.frozen
class Match:
    """What the rules say of one URL, and which rows said it."""

    platform: str
    kind: str | None = None
    id: str | None = None
    ids: tuple[tuple[str, str], ...] = ()
    variant: str | None = None
    time: str | None = None
    canon: str | None = None
    entry: Platform | None = None
    rule: Rule | None = None


def lookup(host: str) -> tuple[Platform, str] | None:
    """The platform serving ``host`` and, for platforms that read it, the sub-domain."""
    table = tables().hosts
    found = table.get(host)
    if found is not None:
        return found, ""
    pos = host.find(".")
    for _ in range(_MAX_LABELS):
        if pos == -1:
            return None
        found = table.get(host[pos + 1 :])
        if found is not None:
            if found.capture:
                return found, host[:pos]
            # ``m.``, ``mobile.``, ``es-la.`` serve the same site; ``docs.``, ``aws.``,
            # ``developers.`` are other sites of the same company.
            return (found, "") if _MIRROR.fullmatch(host[:pos]) else None
        pos = host.find(".", pos + 1)
    return None


def _fold(value: str, name: str, entry: Rule) -> str:
    return value.casefold() if name in entry.fold else value


def _apply(
    entry: Rule, subject: str, params: dict[str, str], platform: str, host: str
) -> Match | None:
    found = entry.regex.fullmatch(subject)
    if found is None:
        return None
    groups = {k: v for k, v in found.groupdict().items() if v}
    ident = groups.get("id")
    # Groups that only fill a template (``{user}@{domain}``) are not ids of their own.
    used = {k for k in groups for _, template in entry.templates if f"{{{k}}}" in template}
    extra = [(k, _fold(v, k, entry)) for k, v in groups.items()
             if k not in SPECIAL_GROUPS and k not in used]  # fmt: skip
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
    if entry.templates:
        fill = {"host": host, "domain": host, **groups}
        for name, template in entry.templates:
            value = _fold(template.format_map(fill), name, entry)
            if name == "id":
                ident = value
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
        ident = _fold(ident, "id", entry)
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
        None,
        entry,
    )


def _run(entry: Platform, subject: str, parts: Parts, params: dict[str, str]) -> Match | None:
    for candidate in entry.rules:
        text = subject
        if candidate.fragment:
            if len(subject) + len(parts.fragment) > MAX_PATH:
                continue
            text = f"{subject}#{parts.fragment}"
        result = _apply(candidate, text, params, entry.name, parts.host)
        if result is not None:
            return attrs.evolve(result, entry=entry)
    return None


def match(parts: Parts, params: dict[str, str]) -> Match | None:
    """The platform, kind and ids of the URL in ``parts`` (with its query ``params``), or
    ``None`` when no platform is known for its host."""
    found = lookup(parts.host)
    if found is None:
        if len(parts.path) > MAX_PATH:
            return None
        for entry in tables().anywhere:
            result = _run(entry, parts.path, parts, params)
            if result is not None:
                return result
        return None
    entry, sub = found
    if len(parts.path) > MAX_PATH:
        return Match(entry.name, entry=entry)
    result = _run(entry, sub + parts.path, parts, params)
    if result is not None:
        return result
    return None if entry.strict else Match(entry.name, entry=entry)


def strip_params(host: str) -> frozenset[str]:
    """The tracking parameters particular to the platform serving ``host``."""
    found = lookup(host)
    return found[0].strip if found else frozenset()
