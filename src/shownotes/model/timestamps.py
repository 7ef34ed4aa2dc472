"""Times within an episode: :class:`Timestamp`, its parser, its formats, and a finder for prose.

A :class:`Timestamp` is a whole number of milliseconds, so every round trip is exact.

>>> t = Timestamp.parse("1:01:46")
>>> t
Timestamp(ms=3706000)
>>> str(t), t.seconds
('1:01:46', 3706.0)
>>> format(t, "hms"), format(Timestamp.parse("12m34s"), "hh:mm:ss.mmm")
('1h1m46s', '00:12:34.000')
"""

from __future__ import annotations

import math
import re
from typing import Final

import attrs

from shownotes.model.errors import TimestampError

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

#: Full-width digits, colon, full stop and comma (U+FF10-FF19, FF1A, FF0E, FF0C) as ASCII.
FULL_WIDTH: Final = str.maketrans(
    {**{0xFF10 + d: str(d) for d in range(10)}, 0xFF1A: ":", 0xFF0E: ".", 0xFF0C: ","}
)

# Every pattern is anchored and uses only bounded or non-overlapping repeats: linear time.
_CLOCK: Final = re.compile(r"(\d+)(?::(\d+))?(?::(\d+))?(?:[.,](\d+))?")
_UNITS: Final = re.compile(
    r"(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)(?:[.,](\d+))?s)?(?:(\d+)ms)?", re.IGNORECASE
)
_PREFIX: Final = re.compile(r"^(?:#?t=|npt[:=]|#)", re.IGNORECASE)

_MS_PER_S: Final = 1000
_MS_PER_MIN: Final = 60_000
_MS_PER_H: Final = 3_600_000
#: The largest number of seconds :meth:`Timestamp.from_seconds` and :func:`from_value` take
#: (about 31,700 years): beyond it a float's milliseconds overflow or lose their meaning.
MAX_SECONDS: Final = 10**12


def _non_negative(_inst: object, _attr: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Timestamp ms must be >= 0, got {value}")


@attrs.frozen(order=True)
class Timestamp:
    """An offset into an episode, in whole milliseconds (``ms >= 0``).

    Ordered and hashable; ``str()`` gives the canonical ``M:SS`` or ``H:MM:SS`` form, with
    ``.mmm`` only when there are milliseconds. See :func:`format_time` for the other forms.

    >>> Timestamp(125_000), str(Timestamp(125_000)), str(Timestamp(3_723_500))
    (Timestamp(ms=125000), '2:05', '1:02:03.500')
    >>> Timestamp.from_seconds(65.92)
    Timestamp(ms=65920)
    """

    ms: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])

    @property
    def seconds(self) -> float:
        """The offset in seconds, as a float (``ms / 1000``)."""
        return self.ms / _MS_PER_S

    @classmethod
    def from_seconds(cls, seconds: float) -> Timestamp:
        """The timestamp nearest to ``seconds`` (rounded to the millisecond, halves to even).

        ``seconds`` must lie between 0 and :data:`MAX_SECONDS`; anything else, or a value that
        is not finite, is a :class:`~shownotes.errors.TimestampError`.
        """
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise TypeError(f"seconds must be a number, not {type(seconds).__name__}")
        if not math.isfinite(seconds):
            raise TimestampError(f"seconds must be finite, got {seconds!r}")
        if seconds < 0:
            raise TimestampError(f"seconds must be >= 0, got {seconds!r}")
        if seconds > MAX_SECONDS:
            raise TimestampError(f"seconds must be at most {MAX_SECONDS:.0e}, got {seconds!r}")
        return cls(round(seconds * _MS_PER_S))

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        """Read a time in any form show notes and players use; see :func:`parse`."""
        return parse(text)

    def __str__(self) -> str:
        return format_time(self, "")

    def __format__(self, spec: str) -> str:
        return format_time(self, spec)


def _fraction_ms(digits: str | None, text: str) -> int:
    if not digits:
        return 0
    if len(digits) > 9:
        raise TimestampError(f"too many fraction digits in {text!r}")
    # Rounded to the millisecond: .0005 and finer cannot be stored.
    exact: float = int(digits) * _MS_PER_S / 10 ** len(digits)
    return round(exact)


def _check(value: int, field: str, text: str) -> int:
    if value >= 60:
        raise TimestampError(f"{field} out of range (0-59) in {text!r}: {value}")
    return value


def parse(text: str) -> Timestamp:
    """Read ``text`` as a :class:`Timestamp`.

    Accepted: ``H:MM:SS``, ``HH:MM:SS``, ``MM:SS``, ``M:SS`` (two parts are always
    minutes:seconds, and the minutes may pass 59), each with a ``.mmm`` or ``,mmm`` fraction;
    ``1h2m3s``, ``2m3s``, ``45s``, ``1500ms``; plain seconds (``754``, ``10.5``) as in
    YouTube ``t=`` values and NPT; a ``t=``, ``#t=`` or ``npt:`` prefix; full-width digits and
    colons. Surrounding white space is ignored.

    >>> [parse(s).ms for s in ("0:46", "61:08", "1:02:03.5", "12m34s", "#t=754")]
    [46000, 3668000, 3723500, 754000, 754000]
    >>> parse("\\uff11\\uff12\\uff1a\\uff13\\uff14")  # full-width 12:34
    Timestamp(ms=754000)
    >>> parse("1:75")
    Traceback (most recent call last):
      ...
    shownotes.errors.TimestampError: seconds out of range (0-59) in '1:75': 75

    Raises :class:`~shownotes.errors.TimestampError` for anything else, naming the field
    that is out of range, and for a time past :data:`MAX_SECONDS` (the range every reader of
    shownotes keeps to, so what one reads another can read back); :class:`TypeError` when
    ``text`` is not a ``str``.

    >>> parse("277777778:00:00")
    Traceback (most recent call last):
      ...
    shownotes.errors.TimestampError: '277777778:00:00' is past the latest time (1e+12 seconds)
    """
    if not isinstance(text, str):
        raise TypeError(f"Timestamp.parse() takes a str, not {type(text).__name__}")
    found = _parse(text)
    if found.ms > MAX_SECONDS * _MS_PER_S:
        raise TimestampError(f"{text!r} is past the latest time ({MAX_SECONDS:.0e} seconds)")
    return found


def _parse(text: str) -> Timestamp:
    if len(text) > 64:
        raise TimestampError(f"not a time (too long): {text[:40]!r}…")
    cleaned = text.strip().translate(FULL_WIDTH)
    cleaned = _PREFIX.sub("", cleaned, count=1).strip()
    if not cleaned:
        raise TimestampError(f"not a time: {text!r}")
    clock = _CLOCK.fullmatch(cleaned)
    if clock:
        first, second, third, fraction = clock.groups()
        ms = _fraction_ms(fraction, text)
        if third is not None:  # H:MM:SS
            if len(second) != 2 or len(third) != 2:
                raise TimestampError(f"minutes and seconds need two digits in {text!r}")
            minutes = _check(int(second), "minutes", text)
            seconds = _check(int(third), "seconds", text)
            return Timestamp(int(first) * _MS_PER_H + minutes * _MS_PER_MIN + seconds * 1000 + ms)
        if second is not None:  # M:SS
            if len(second) != 2:
                raise TimestampError(f"seconds need two digits in {text!r}")
            seconds = _check(int(second), "seconds", text)
            return Timestamp(int(first) * _MS_PER_MIN + seconds * _MS_PER_S + ms)
        return Timestamp(int(first) * _MS_PER_S + ms)  # plain seconds
    units = _UNITS.fullmatch(cleaned)
    if units and any(units.groups()):
        hours, minutes_s, seconds_s, fraction, millis = units.groups()
        ms = _fraction_ms(fraction, text) + (int(millis) if millis else 0)
        minutes = int(minutes_s or 0)
        seconds = int(seconds_s or 0)
        if hours:
            _check(minutes, "minutes", text)
        if hours or minutes_s:
            _check(seconds, "seconds", text)
        return Timestamp(
            int(hours or 0) * _MS_PER_H + minutes * _MS_PER_MIN + seconds * _MS_PER_S + ms
        )
    raise TimestampError(f"not a time: {text!r}")


def from_value(value: object) -> Timestamp | None:
    """A :class:`Timestamp` from a data value (front matter, JSON): a number of seconds or a
    time in any form :func:`parse` reads; ``None`` for anything else, unreadable, negative or
    not finite. For reading data that may hold anything; :func:`parse` raises instead.

    >>> [from_value(v) for v in (65.92, "1:05", "soon", -1, True, None)]
    [Timestamp(ms=65920), Timestamp(ms=65000), None, None, None, None]
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if not math.isfinite(value) or not 0 <= value <= MAX_SECONDS:
            return None
        return Timestamp.from_seconds(value)
    if isinstance(value, str):
        try:
            return parse(value)
        except TimestampError:
            return None
    return None


#: The format specs :func:`format_time` (and the built-in ``format``) accept, with an example of
#: each for ``1:02:03.450``.
SPECS: Final = {
    "": "1:02:03.450 (canonical; 2:05 under an hour; no fraction when whole)",
    "hh:mm:ss": "01:02:03.450 (fraction only when not whole)",
    "mm:ss": "62:03.450 (minutes past 59; fraction only when not whole)",
    "hh:mm:ss.mmm": "01:02:03.450",
    "hh:mm:ss,mmm": "01:02:03,450 (SubRip)",
    "npt": "1:02:03.450 (Normal Play Time, always with milliseconds)",
    "hms": "1h2m3.45s",
    "seconds": "3723.45",
}


def format_time(t: Timestamp, spec: str = "") -> str:
    """Write ``t`` in the form named by ``spec`` (see :data:`SPECS`).

    >>> t = Timestamp(3_723_450)
    >>> [format(t, s) for s in SPECS]  # doctest: +NORMALIZE_WHITESPACE
    ['1:02:03.450', '01:02:03.450', '62:03.450', '01:02:03.450', '01:02:03,450',
     '1:02:03.450', '1h2m3.45s', '3723.45']
    >>> format(Timestamp(5000), "hms"), format(Timestamp(0), "hms"), format(Timestamp(0))
    ('5s', '0s', '0:00')
    """
    if not isinstance(t, Timestamp):
        raise TypeError(f"format_time() takes a Timestamp, not {type(t).__name__}")
    hours, rest = divmod(t.ms, _MS_PER_H)
    minutes, rest = divmod(rest, _MS_PER_MIN)
    seconds, millis = divmod(rest, _MS_PER_S)
    frac = f".{millis:03d}" if millis else ""
    if spec == "":
        if hours:
            return f"{hours}:{minutes:02d}:{seconds:02d}{frac}"
        return f"{minutes}:{seconds:02d}{frac}"
    if spec == "hh:mm:ss":
        return f"{hours:02d}:{minutes:02d}:{seconds:02d}{frac}"
    if spec == "mm:ss":
        return f"{hours * 60 + minutes:02d}:{seconds:02d}{frac}"
    if spec == "hh:mm:ss.mmm":
        return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"
    if spec == "hh:mm:ss,mmm":
        return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"
    if spec == "npt":
        return f"{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"
    if spec == "hms":
        sec = f"{seconds}.{millis:03d}".rstrip("0") if millis else str(seconds)
        parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else ""]
        tail = f"{sec}s" if (seconds or millis or not (hours or minutes)) else ""
        return "".join(parts) + tail
    if spec == "seconds":
        whole, millis = divmod(t.ms, _MS_PER_S)
        return f"{whole}.{millis:03d}".rstrip("0") if millis else str(whole)
    raise ValueError(f"unknown timestamp format spec {spec!r}; known: {sorted(SPECS)}")


@attrs.frozen
class TimestampMention:
    """A time found in text by :func:`find`: the time, where it stands, and as written."""

    start: Timestamp
    span: tuple[int, int]
    text: str


# A colon time not glued to other digits, Latin letters, colons or decimal points (so no
# dates, versions, IPs or ratios such as 3:2:1); CJK text writes times right against its
# characters, so those may touch. Bounded repeats only: linear on any input.
_MENTION: Final = re.compile(
    r"(?<![A-Za-z0-9_:.,/])(\d{1,3}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)(?![A-Za-z0-9_:]|[.,]\d)"
    r"|(?<![A-Za-z0-9_.])(\d{1,2}h(?:\d{1,2}m)?(?:\d{1,2}s)?|\d{1,3}m\d{1,2}s)(?![A-Za-z0-9_])",
    re.IGNORECASE,
)


def find(text: str) -> tuple[TimestampMention, ...]:
    """Every time mentioned in ``text``, with its span; fields out of range are skipped.

    These are mentions, not chapters: ``"around 12:28 Darcy says"`` yields one.

    >>> [(str(m.start), m.span) for m in find("We talk at 12:28 and again at 1:02:03.")]
    [('12:28', (11, 16)), ('1:02:03', (30, 37))]
    >>> find("On 2024-01-02 at v1.2:30 the ratio was 16:9:4")
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"find() takes a str, not {type(text).__name__}")
    normal = text.translate(FULL_WIDTH)  # one character for one: spans stay valid
    found = []
    for match in _MENTION.finditer(normal):
        try:
            stamp = parse(match.group())
        except TimestampError:
            continue
        found.append(TimestampMention(stamp, match.span(), text[match.start() : match.end()]))
    return tuple(found)


# What may stand before a time that starts a label, or after one that ends it: brackets,
# bullets, separators.
_EDGE_LEAD: Final = "[(@ -–—•*#>"  # noqa: RUF001
_EDGE_TAIL: Final = ")] .-–—:|"  # noqa: RUF001


def at_edge(text: str) -> bool:
    """Whether a time stands at the start or the end of ``text``, beside words: a timed label
    (``03:49 - By resources``, ``[@05:10] Highlights``, ``Intro (0:46)``), not a lone time.

    >>> at_edge("03:49 - By resources"), at_edge("Intro (0:46)"), at_edge("At 12:30 we eat")
    (True, True, False)
    """
    head = text.lstrip(_EDGE_LEAD)
    tail = text.rstrip(_EDGE_TAIL)
    last = tail[-1:]
    # A time at the end ends in a digit, or in h/m/s right after one ("45s", "1h2m"): most
    # lines end in a word, and plural words end in "s".
    if not (head[:1].isdigit() or last.isdigit() or (last in "hms" and tail[-2:-1].isdigit())):
        return False  # no time can stand at either edge
    for mention in find(text[:40]):
        if mention.span[0] == len(text) - len(head):
            rest = text[mention.span[1] :]
            return not rest[:1].isalnum() and _titled(rest)  # "0Hµ" is a word, not a time
    if len(tail) > 40:
        offset = len(tail) - 40
        mentions = find(tail[offset:])
    else:
        offset, mentions = 0, find(tail)
    if not mentions or mentions[-1].span[1] + offset != len(tail):
        return False
    before = tail[: mentions[-1].span[0] + offset]
    return not before[-1:].isalnum() and _titled(before)


def _titled(rest: str) -> bool:
    """Whether what stands beside a time names something (a chapter has a title)."""
    return any(ch.isalpha() for ch in rest)
