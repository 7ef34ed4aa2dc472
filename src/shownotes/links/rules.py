"""The small language the platform tables (:mod:`shownotes.links.tables.audio`,
:mod:`shownotes.links.tables.web`) are written in.

A :class:`Platform` has host names and an ordered tuple of :class:`Rule`. A rule is a regular
expression matched against the whole URL path (a trailing ``/`` is always allowed) and says what
the URL is: its ``kind``, the named group ``id`` holding the platform's id, other named groups
kept as extra ids (``show_id``, ``playlist_id``, …), and query parameters read as ids too.
For hosts registered with ``capture=True`` the subject starts with the sub-domain
(``oxide-and-friends/episodes/x`` for ``oxide-and-friends.transistor.fm/episodes/x``).

Every pattern uses ``[^/]``-bounded segments or a final ``.*``: matching is linear.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

__all__ = ["Platform", "Rule", "platform", "rule"]

#: Named groups with a meaning of their own (everything else is an extra id).
SPECIAL_GROUPS: Final = frozenset({"id", "kind", "variant", "time"})


@attrs.frozen
class Rule:
    """One URL shape of a platform (see the module docstring)."""

    regex: re.Pattern[str]
    kind: str
    query: tuple[tuple[str, str, re.Pattern[str] | None], ...] = ()
    need: bool = False
    decode: bool = False
    last_dash: bool = False
    canon: str | None = None
    #: Another platform this shape belongs to (``itunes.apple.com/app/…`` is the App Store).
    other: str | None = None
    #: The pattern reads ``path#fragment`` rather than the path alone.
    fragment: bool = False


@attrs.frozen
class Platform:
    """A platform: its snake_case ``name``, the hosts it answers on and its rules in order.
    ``strip`` names query parameters that only track clicks on this platform."""

    name: str
    hosts: tuple[str, ...]
    rules: tuple[Rule, ...]
    capture: bool = False
    strip: frozenset[str] = frozenset()
    #: The host serves much else: a URL no rule matches is not this platform's.
    strict: bool = False


def rule(
    pattern: str,
    kind: str,
    *query: str,
    need: bool = False,
    decode: bool = False,
    last_dash: bool = False,
    canon: str | None = None,
    other: str | None = None,
    ignore_case: bool = False,
) -> Rule:
    """A :class:`Rule`. ``kind`` is a kind, or ``<group>`` to take it from that group.

    Each ``query`` item is ``"param>name"`` or ``"param>name~regex"``: the parameter's value
    (its start matching ``regex``, or that match's group 1 if it has one) becomes the id when
    ``name`` is ``id``, else an extra id.
    ``need``: the rule applies only when an id was found. ``decode``: percent-decode the id.
    ``last_dash``: the id is what follows the group's last ``-``. ``canon``: a template for
    the normalised URL, filled from the groups and ``{id}``. ``other``: the URL shape belongs
    to that platform instead. A pattern with a literal ``#`` reads ``path#fragment``.
    """
    specs = []
    for item in query:
        param, _, rest = item.partition(">")
        name, _, regex = rest.partition("~")
        specs.append((param, name, re.compile(regex) if regex else None))
    flags = re.IGNORECASE if ignore_case else 0
    return Rule(
        re.compile(f"(?:{pattern})/?", flags),
        kind,
        tuple(specs),
        need,
        decode,
        last_dash,
        canon,
        other,
        "#" in pattern,
    )


def platform(
    name: str,
    hosts: str,
    *rules: Rule,
    capture: bool = False,
    strip: str = "",
    strict: bool = False,
) -> Platform:
    """A :class:`Platform`; ``hosts`` and ``strip`` are space-separated lists."""
    return Platform(name, tuple(hosts.split()), rules, capture, frozenset(strip.split()), strict)
