"""The URL behind measurement prefixes, redirect wrappers and hash routes, one hop at a time
(the rows are in :mod:`shownotes.links.tables.shorteners`)."""

from __future__ import annotations

import re
from typing import Final

import attrs

from shownotes.links.hosts import tables
from shownotes.links.rules import Wrapper
from shownotes.links.urls import Parts, hash_route, query_params, split

__all__ = ["Hop", "unwrap"]

_MAX_HOPS: Final = 8
_SCHEME_GLUE: Final = re.compile(r"(?:https?:/{1,3}|https?%3A%2F%2F)", re.IGNORECASE)


@attrs.frozen
class Hop:
    """One step from a URL to the URL it stands for: ``kind`` is ``"uri"``, ``"prefix"``,
    ``"wrapper"`` or ``"hash route"``; ``row`` the table row that took it (``"podtrac.prefix"``)
    and ``where`` its ``file:line``; ``url`` the URL it leads to."""

    kind: str
    row: str
    where: str
    url: str

    def __str__(self) -> str:
        by = f" ({self.row}, {self.where})" if self.row else ""
        return f"{self.kind}{by} → {self.url}"


def _unprefix(parts: Parts) -> tuple[str, str] | None:
    """The URL behind a measurement prefix, and the prefix row's id."""
    row = tables().prefixes.get(parts.host)
    if row is None:
        return None
    found = row.regex.match(parts.path)
    if found:
        rest = parts.path[found.end() :]
        glue = _SCHEME_GLUE.match(rest)
        scheme = "https"
        if glue:
            scheme = "http" if glue.group().lower().startswith("http:") else "https"
            rest = rest[glue.end() :]
        if not rest:
            return None
        return f"{scheme}://{rest}" + (f"?{parts.query}" if parts.query else ""), row.id
    # Old podtrac style: the whole target is the query (``redirect.mp3?http://host/x.mp3``).
    if parts.query and _SCHEME_GLUE.match(parts.query) and parts.path.count("/") <= 3:
        return parts.query, row.id
    return None


def _wrapper_rows(host: str) -> tuple[str, tuple[Wrapper, ...]]:
    table = tables().wrappers
    rows = table.get(host)
    if rows:
        return host, rows
    # Country and service sub-domains of Google (google.co.uk, news.google.com) and the
    # regional Outlook hosts (eur01.safelinks.protection.outlook.com) wrap alike.
    parent = host.split(".", 1)[1] if "." in host else ""
    if parent in table:
        return parent, table[parent]
    if host.startswith("google."):
        return "google.com", table["google.com"]
    return host, ()


def _unwrap_param(parts: Parts) -> tuple[str, str, str] | None:
    """The URL a redirect wrapper holds, the wrapper row's id and its ``file:line``."""
    site, rows = _wrapper_rows(parts.host)
    for row in rows:
        if not any(parts.path.startswith(path) for path in row.paths):
            continue
        params = query_params(parts.query)
        for name in row.params:
            value = params.get(name, "")
            if row.same_site and value.startswith("/"):
                return f"https://{site}{value}", row.id, row.where
            if _SCHEME_GLUE.match(value):
                return value, row.id, row.where
        return None
    return None


def unwrap(parts: Parts) -> tuple[Parts, str | None, tuple[Hop, ...]]:
    """The URL behind measurement prefixes, redirect wrappers and a hash route; the platform
    name of the outermost measurement prefix (``"podtrac"``, ``"op3"``, …) or ``None``; and
    the hops taken."""
    prefix_name: str | None = None
    hops: list[Hop] = []
    for _ in range(_MAX_HOPS):
        inner = _unprefix(parts)
        if inner is not None:
            row = tables().prefixes[parts.host]
            if prefix_name is None:
                prefix_name = row.platform
            target, hop = inner[0], Hop("prefix", row.id, row.where, inner[0])
        else:
            wrapped = _unwrap_param(parts)
            if wrapped is None:
                break
            target, hop = wrapped[0], Hop("wrapper", wrapped[1], wrapped[2], wrapped[0])
        nxt = split(target)
        if nxt is None:
            break
        hops.append(hop)
        parts = nxt
    routed = hash_route(parts)
    if routed is not parts:
        hops.append(Hop("hash route", "", "", routed.geturl()))
    return routed, prefix_name, tuple(hops)
