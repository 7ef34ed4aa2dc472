"""The small language the platform tables (:mod:`shownotes.links.tables`) are written in.

A :class:`Platform` is one row of hosts (``youtube.com m.youtube.com …``) and the ordered
:class:`Rule` rows that read their paths. A rule is a regular expression matched against the
whole URL path (a trailing ``/`` is always allowed) and says what the URL is: its ``kind``, the
named group ``id`` holding the platform's id, other named groups kept as extra ids
(``show_id``, ``playlist_id``, …), and query parameters read as ids too. For hosts registered
with ``capture=True`` the subject starts with the sub-domain (``oxide-and-friends/episodes/x``
for ``oxide-and-friends.transistor.fm/episodes/x``).

Every rule has an id (``youtube.video.watch``: platform, kind, shape), the file and line it is
written on (for :func:`shownotes.links.explain`), a ``purpose`` (see
:mod:`shownotes.links.purpose`) and its own example URLs with the kind and id each must give;
one parametrised test checks every example of every row.

Every pattern uses ``[^/]``-bounded segments or a final ``.*``: matching is linear. The tables
are imported, and their patterns compiled, on the first :func:`~shownotes.links.classify`, not
on ``import shownotes``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import PurePath
from typing import Final

import attrs

__all__ = ["Example", "Platform", "Rule", "platform", "rule"]

#: Named groups with a meaning of their own (everything else is an extra id).
SPECIAL_GROUPS: Final = frozenset({"id", "kind", "variant", "time"})

#: Kinds named as the platform names them, mapped to shownotes' kinds.
KIND_ALIASES: Final = {
    "artist": "profile",
    "user": "profile",
    "podcast": "show",
    "song": "track",
    "music-video": "video",
}

#: The purpose a row has unless it says otherwise: what a URL of that kind is for
#: (documented in :mod:`shownotes.links.purpose`).
KIND_PURPOSE: Final = {
    "profile": "social",
    "channel": "social",
    "company": "social",
    "group": "social",
    "invite": "social",
    "show": "subscribe",
    "feed": "subscribe",
}

#: The purposes a row may name.
PURPOSES: Final = frozenset(
    {"donation", "membership", "merch", "store", "affiliate", "social", "subscribe", "contact"}
)

QuerySpec = tuple[str, str, "re.Pattern[str] | None"]


@attrs.frozen
class Example:
    """An example URL of a row and what it must give: its ``kind`` and ``id``."""

    url: str
    kind: str | None
    id: str | None


def _where(depth: int) -> tuple[str, int]:
    """The file (from ``shownotes/`` on) and line of the table code ``depth`` frames up."""
    frame = sys._getframe(depth + 1)
    parts = PurePath(frame.f_code.co_filename).parts
    start = max((i for i, part in enumerate(parts) if part == "shownotes"), default=0)
    return "/".join(parts[start:]), frame.f_lineno


class _Located:
    """A table row that knows where it is written: ``where`` is its ``file:line``."""

    __slots__ = ()
    file: str
    line: int

    @property
    def where(self) -> str:
        """``file:line`` of the row."""
        return f"{self.file}:{self.line}"


@attrs.frozen
class Rule(_Located):
    """One URL shape of a platform (see the module docstring)."""

    id: str
    regex: re.Pattern[str]
    kind: str
    query: tuple[QuerySpec, ...] = ()
    need: bool = False
    decode: bool = False
    last_dash: bool = False
    canon: str | None = None
    #: Another platform this shape belongs to (``itunes.apple.com/app/…`` is the App Store).
    other: str | None = None
    #: The pattern reads ``path#fragment`` rather than the path alone.
    fragment: bool = False
    #: The ids the platform compares case-insensitively (``id``, ``handle``): case-folded.
    fold: frozenset[str] = frozenset()
    #: Templates for ids built from groups (``{user}@{domain}``); ``{host}`` is the URL's host.
    templates: tuple[tuple[str, str], ...] = ()
    #: What the URL is for (:mod:`shownotes.links.purpose`), or ``None``.
    purpose: str | None = None
    examples: tuple[Example, ...] = ()
    file: str = ""
    line: int = 0


_NO_PURPOSE: Final = ""
#: The purpose of a row whose kind comes from the URL: the purpose of that kind.
BY_KIND: Final = "<kind>"


def rule(
    name: str,
    pattern: str,
    kind: str,
    *query: str,
    eg: Mapping[str, str | tuple[str, str | None] | None],
    purpose: str | None = None,
    need: bool = False,
    decode: bool = False,
    last_dash: bool = False,
    canon: str | None = None,
    other: str | None = None,
    ignore_case: bool = False,
    fold: str = "",
    templates: Mapping[str, str] | None = None,
) -> Rule:
    """A :class:`Rule` named ``name`` (its id is ``<platform>.<name>``).

    ``kind`` is a kind, or ``<group>`` to take it from that group. Each ``query`` item is
    ``"param>name"`` or ``"param>name~regex"``: the parameter's value (its start matching
    ``regex``, or that match's group 1 if it has one) becomes the id when ``name`` is ``id``,
    else an extra id. ``eg`` maps each example URL to the id it gives (or to ``(kind, id)``
    when the kind comes from a group). ``purpose``: what the URL is for; by default the one
    of its kind (``profile`` → ``social``, ``show`` → ``subscribe``), ``""`` for none.
    ``need``: the rule applies only when an id was found. ``decode``: percent-decode the id.
    ``last_dash``: the id is what follows the group's last ``-``. ``canon``: a template for
    the normalised URL, filled from the groups and ``{id}``. ``other``: the URL shape belongs
    to that platform instead. ``fold``: the ids to case-fold (``"id handle"``). A pattern
    with a literal ``#``
    reads ``path#fragment``.
    """
    specs = []
    for item in query:
        param, _, rest = item.partition(">")
        target, _, regex = rest.partition("~")
        specs.append((param, target, re.compile(regex) if regex else None))
    examples = []
    for url, expected in eg.items():
        given_kind, ident = expected if isinstance(expected, tuple) else (None, expected)
        examples.append(Example(url, given_kind or KIND_ALIASES.get(kind, kind), ident))
    if purpose is None:
        # A kind read from the URL gives its purpose when the URL is read (``<kind>``).
        purpose = (
            BY_KIND if kind.startswith("<") else KIND_PURPOSE.get(KIND_ALIASES.get(kind, kind))
        )
    if purpose not in (None, _NO_PURPOSE, BY_KIND) and purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")  # pragma: no cover - a table error
    file, line = _where(1)
    return Rule(
        id=name,
        regex=re.compile(f"(?:{pattern})/?", re.IGNORECASE if ignore_case else 0),
        kind=kind,
        query=tuple(specs),
        need=need,
        decode=decode,
        last_dash=last_dash,
        canon=canon,
        other=other,
        fragment="#" in pattern,
        fold=frozenset(fold.split()),
        templates=tuple((templates or {}).items()),
        purpose=purpose or None,
        examples=tuple(examples),
        file=file,
        line=line,
    )


@attrs.frozen
class Platform(_Located):
    """A row of hosts: the platform's snake_case ``name``, the hosts it answers on and its
    rules in order. ``strip`` names query parameters that only track clicks on this
    platform; ``purposes`` maps a query parameter to the purpose its presence gives the URL
    (Amazon's ``tag`` → ``affiliate``)."""

    name: str
    hosts: tuple[str, ...]
    rules: tuple[Rule, ...]
    capture: bool = False
    strip: frozenset[str] = frozenset()
    #: The host serves much else: a URL no rule matches is not this platform's.
    strict: bool = False
    purposes: tuple[tuple[str, str], ...] = ()
    #: The purpose of a URL of these hosts that no rule reads (``None``: none).
    purpose: str | None = None
    file: str = ""
    line: int = 0


def platform(
    name: str,
    hosts: str,
    *rules: Rule,
    capture: bool = False,
    strip: str = "",
    strict: bool = False,
    purposes: str = "",
    purpose: str | None = None,
) -> Platform:
    """A :class:`Platform`; ``hosts`` and ``strip`` are space-separated lists, ``purposes``
    space-separated ``param=purpose`` pairs (``"sub_confirmation=subscribe"``). Each rule's id
    becomes ``<name>.<rule name>``."""
    file, line = _where(1)
    pairs = tuple(tuple(item.split("=", 1)) for item in purposes.split())
    for _param, given in pairs:
        if given not in PURPOSES:  # pragma: no cover - a table error
            raise ValueError(f"unknown purpose {given!r}")
    named = tuple(attrs.evolve(item, id=f"{name}.{item.id}") for item in rules)
    return Platform(
        name,
        tuple(hosts.split()),
        named,
        capture,
        frozenset(strip.split()),
        strict,
        pairs,  # type: ignore[arg-type]
        purpose,
        file,
        line,
    )


# ---------------------------------------------------------------------------------------------
# Rows that lead from one URL to another (:mod:`shownotes.links.tables.shorteners` and
# :mod:`shownotes.links.tables.uris`). Each example maps a URL to the URL it leads to.


@attrs.frozen
class Prefix(_Located):
    """A measurement service: ``host/prefix/`` followed by the real URL without its scheme
    (``dts.podtrac.com/redirect.mp3/example.org/ep1.mp3``)."""

    id: str
    platform: str
    hosts: tuple[str, ...]
    regex: re.Pattern[str]
    examples: tuple[tuple[str, str | None], ...]
    file: str
    line: int


@attrs.frozen
class Wrapper(_Located):
    """A redirect wrapper: the real URL is a query parameter (``google.com/url?q=…``).
    With ``same_site``, the parameter may also be a path on the wrapper's own site."""

    id: str
    hosts: tuple[str, ...]
    paths: tuple[str, ...]
    params: tuple[str, ...]
    same_site: bool
    examples: tuple[tuple[str, str | None], ...]
    file: str
    line: int


@attrs.frozen
class Uri(_Located):
    """A URI of an app's own scheme (``spotify:episode:…``). With ``to``, it stands for that
    web URL (filled from the pattern's groups) and is read as it; else it is ``platform``'s
    ``kind`` with the group ``id`` as its id and ``canon`` as its normalised URL."""

    id: str
    scheme: str
    regex: re.Pattern[str]
    to: str | None
    platform: str | None
    kind: str | None
    canon: str | None
    examples: tuple[tuple[str, str | None], ...]
    file: str
    line: int


def prefix(name: str, hosts: str, pattern: str, *, eg: Mapping[str, str | None]) -> Prefix:
    """A :class:`Prefix` of the measurement platform ``name`` (its id is ``name.prefix``)."""
    file, line = _where(1)
    regex = re.compile(pattern, re.IGNORECASE)
    return Prefix(
        f"{name}.prefix", name, tuple(hosts.split()), regex, tuple(eg.items()), file, line
    )


def wrapper(
    name: str,
    hosts: str,
    path: str,
    params: str,
    *,
    eg: Mapping[str, str | None],
    same_site: bool = False,
) -> Wrapper:
    """A :class:`Wrapper` named ``name``; ``hosts``, ``path`` (path prefixes) and ``params``
    are space-separated."""
    file, line = _where(1)
    return Wrapper(
        name, tuple(hosts.split()), tuple(path.split()), tuple(params.split()), same_site,
        tuple(eg.items()),
        file, line,
    )  # fmt: skip


def uri(
    name: str,
    pattern: str,
    *,
    eg: Mapping[str, str | None],
    to: str | None = None,
    platform: str | None = None,
    kind: str | None = None,
    canon: str | None = None,
) -> Uri:
    """A :class:`Uri` row named ``name``; its scheme is what ``pattern`` starts with."""
    file, line = _where(1)
    scheme = re.sub(r"\\(.)", r"\1", pattern.partition(":")[0]).lower()
    regex = re.compile(pattern, re.IGNORECASE)
    return Uri(name, scheme, regex, to, platform, kind, canon, tuple(eg.items()), file, line)
