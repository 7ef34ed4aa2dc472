"""Times within an episode (public path): :class:`Timestamp`, :func:`parse`, :func:`find`.

The code lives in :mod:`shownotes.model.timestamps`; this module is its public name.

>>> parse("1:02:03.5"), str(Timestamp(46_000))
(Timestamp(ms=3723500), '0:46')
"""

from __future__ import annotations

from shownotes.model.timestamps import (
    FULL_WIDTH,
    MAX_SECONDS,
    SPECS,
    Timestamp,
    TimestampMention,
    at_edge,
    find,
    format_time,
    from_value,
    parse,
)

#: The earlier name of :func:`format_time`, kept out of ``__all__`` so that a star import
#: does not shadow the built-in ``format``.
format = format_time

__all__ = [
    "FULL_WIDTH",
    "MAX_SECONDS",
    "SPECS",
    "Timestamp",
    "TimestampMention",
    "at_edge",
    "find",
    "format_time",
    "from_value",
    "parse",
]
