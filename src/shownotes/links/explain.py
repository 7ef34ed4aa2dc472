"""Why a URL was classified as it was: :func:`explain`."""

from __future__ import annotations

import attrs

from shownotes.links.classify import resolve
from shownotes.links.purpose import purpose_of
from shownotes.links.unwrap import Hop
from shownotes.model.links import Link
from shownotes.model.timestamps import Timestamp

__all__ = ["Explanation", "explain"]


@attrs.frozen
class Explanation:
    """How :func:`~shownotes.links.classify` read one URL.

    - ``link``: the :class:`Link` it gave.
    - ``hops``: each step from the URL to the one classified (an app URI's web URL, a
      measurement prefix, a redirect wrapper, a hash route), with the row that took it.
    - ``host``: the host looked up; ``hosts``: the row of hosts that claimed it, ``None``
      when none did, with ``hosts_at`` its ``file:line``.
    - ``rule``: the id of the row that read the URL (``"youtube.video.watch"``), with
      ``rule_at`` its ``file:line``; ``None`` when no row did.
    - ``dropped``: the tracking parameters left out of ``link.normalized``.
    - ``time``: the start time read, and ``time_from`` where (``"t"``, ``"#t"``, ``"path"``).
    - ``purpose``: what the URL is for (:func:`~shownotes.links.purpose`).
    - ``reason``: why nothing (or only the platform) was recognised, else ``None``.
    """

    link: Link
    hops: tuple[Hop, ...] = ()
    host: str | None = None
    hosts: str | None = None
    hosts_at: str | None = None
    rule: str | None = None
    rule_at: str | None = None
    dropped: tuple[str, ...] = ()
    time: Timestamp | None = None
    time_from: str | None = None
    purpose: str | None = None
    reason: str | None = None

    def __str__(self) -> str:
        link = self.link
        lines = [f"url: {link.url}"]
        lines += [f"hop: {hop}" for hop in self.hops]
        if self.host is not None:
            claimed = f" — row {self.hosts} ({self.hosts_at})" if self.hosts else ""
            lines.append(f"host: {self.host}{claimed}")
        if self.rule is not None:
            lines.append(f"rule: {self.rule} ({self.rule_at})")
        lines.append(f"result: platform={link.platform} kind={link.kind} id={link.id}")
        if self.dropped:
            lines.append(f"dropped: {' '.join(self.dropped)}")
        if self.time is not None:
            lines.append(f"time: {self.time} (from {self.time_from})")
        if self.purpose is not None:
            lines.append(f"purpose: {self.purpose}")
        if self.reason is not None:
            lines.append(f"why not: {self.reason}")
        return "\n".join(lines)


def explain(url: str) -> Explanation:
    """Why ``url`` is classified as it is: the hops that unwrapped it, the rows that read it
    (with their file and line), the tracking parameters dropped, the time read, and why
    nothing matched when nothing did.

    >>> print(explain("https://dts.podtrac.com/redirect.mp3/youtu.be/dQw4w9WgXcQ?t=42&si=x"))
    url: https://dts.podtrac.com/redirect.mp3/youtu.be/dQw4w9WgXcQ?t=42&si=x
    hop: prefix (podtrac.prefix, shownotes/links/tables/shorteners.py:...) → https://youtu.be/...
    host: youtu.be — row youtube: youtu.be vid.plus (shownotes/links/tables/video.py:...)
    rule: youtube.video.short (shownotes/links/tables/video.py:...)
    result: platform=youtube kind=video id=dQw4w9WgXcQ
    dropped: si
    time: 0:42 (from t)
    >>> explain("https://www.youtube.com/watch?v=dQw4w9WgXcQ").rule
    'youtube.video.watch'
    >>> explain("https://example.org/tea").reason
    "no platform row claims the host 'example.org'"
    >>> explain("mailto:tea@example.org").purpose
    'contact'
    """
    if not isinstance(url, str):
        raise TypeError(f"explain() takes a str, not {type(url).__name__}")
    found = resolve(url)
    hosts = hosts_at = rule = rule_at = None
    match = found.match
    if match is not None and match.entry is not None:
        hosts = f"{match.entry.name}: {' '.join(match.entry.hosts)}"
        hosts_at = match.entry.where
    if found.rule is not None:
        rule, rule_at = found.rule.id, found.rule.where
    elif found.uri is not None:
        rule, rule_at = found.uri.id, found.uri.where
    elif match is not None and match.entry is None and found.hops:
        # A measurement prefix whose target is on no known platform.
        rule, rule_at = found.hops[0].row, found.hops[0].where
    return Explanation(
        found.link,
        found.hops,
        found.host,
        hosts,
        hosts_at,
        rule,
        rule_at,
        found.dropped,
        found.link.time,
        found.time_source if found.link.time is not None else None,
        purpose_of(found),
        found.reason,
    )
