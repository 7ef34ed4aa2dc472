"""One feed item (an RSS ``<item>`` or an Atom ``<entry>``) as an :class:`Item`."""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

import attrs

from shownotes.episode import episode_from, parse_date
from shownotes.feeds._children import NOTES_FIELDS, Collected, collect
from shownotes.model.chapters import Chapters
from shownotes.model.episode import Enclosure, Episode, Person
from shownotes.model.errors import FormatError, Problem
from shownotes.model.feeds import Item
from shownotes.model.timestamps import Timestamp, from_value

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["duration", "explicit", "item_of", "with_title_facts"]

_ESCAPED_TAG: Final = re.compile(r"&lt;/?[a-zA-Z][a-zA-Z0-9]{0,10}[\s/&]", re.ASCII)
_TIME_TOKEN: Final = re.compile(r"\d{1,7}(?::\d{1,2}){0,2}(?:[.,]\d{1,6})?")
_MINUTES: Final = re.compile(r"^(\d{1,5})\s*(?:min|mins|minutes|m)\.?$", re.IGNORECASE)
_AUDIO_SUFFIX: Final = re.compile(r"\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac)(?:[?#]|$)", re.I)
_NO_CHAPTERS: Final = Chapters()
_TRUE: Final = frozenset({"yes", "true", "explicit", "1"})
_FALSE: Final = frozenset({"no", "false", "clean", "0"})


def duration(value: str) -> Timestamp | None:
    """``itunes:duration`` in any form feeds write it: seconds (``3723``, ``3723.5``),
    ``MM:SS`` (minutes may pass 59), ``H:MM:SS``, with stray text (``"1:02:03 "``,
    ``"01:02:03.000"``, ``"45 min"``). ``None`` when it holds no time.

    >>> [str(duration(v)) for v in ("3723", "62:03", "1:02:03", " 01:02:03.000 ", "45 min")]
    ['1:02:03', '1:02:03', '1:02:03', '1:02:03', '45:00']
    >>> duration("unknown") is None
    True
    """
    text = value.strip()
    if text.isdigit() and len(text) <= 9:  # whole seconds, the form Apple asks for
        return Timestamp(int(text) * 1000)
    found = from_value(text)
    if found is not None:
        return found
    minutes = _MINUTES.match(text)
    if minutes:
        return Timestamp(int(minutes.group(1)) * 60_000)
    token = _TIME_TOKEN.search(text)
    return from_value(token.group()) if token else None


def explicit(value: str | None) -> bool | None:
    """``itunes:explicit`` as a bool: ``yes``/``true``/``explicit`` or ``no``/``false``/``clean``
    (Apple's podcast RSS guide has used both spellings), else ``None``."""
    if value is None:
        return None
    word = value.strip().casefold()
    return True if word in _TRUE else False if word in _FALSE else None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        number = int(value.strip())
    except ValueError:
        return None
    return number if number >= 0 else None


def _richest(fields: dict[str, str]) -> tuple[str | None, str]:
    """The notes field with the most links, then the longest; ties go to the earlier field."""
    best: tuple[str | None, str] = (None, "")
    best_score = (-1, -1)
    for name in NOTES_FIELDS:
        text = fields.get(name)
        if not text:
            continue
        score = (text.count("http"), len(text))  # links, then length: cheap and telling
        if score > best_score:
            best, best_score = (name, text), score
    return best


def _unescaped(text: str) -> str:
    """Notes whose HTML was escaped twice (``&lt;p&gt;`` left after XML decoding) as HTML."""
    if "<" not in text and _ESCAPED_TAG.search(text):
        return html.unescape(text)
    return text


def _psc(element: etree._Element, problems: list[Problem]) -> Chapters:
    from lxml import etree

    from shownotes.formats import psc

    try:
        return psc.loads(etree.tostring(element, encoding="unicode"))
    except FormatError as exc:
        line = element.sourceline if isinstance(element.sourceline, int) else None
        problems.append(Problem("item-psc-chapters", exc.msg, None, line))
        return Chapters()


def _fallback_guid(title: str | None, date: str | None) -> str:
    """A stable id for an item with neither guid nor enclosure: ``sha256:`` and the first 32
    hex digits of the SHA-256 of its title and date text (as written in the feed)."""
    seed = f"{title or ''}\x1f{date or ''}".encode("utf-8", "replace")
    return "sha256:" + hashlib.sha256(seed).hexdigest()[:32]


# The blanks before the zone are taken whole (`*+`): split between the two runs around a
# missing zone, a long run failed every way (quadratic; the ReDoS audit's input).
_RFC822: Final = re.compile(
    r"(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*+(?:([+-])(\d{2}):?(\d{2})|(GMT|UTC?|Z))?\s*$"
)
_MONTHS: Final = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ZONES: dict[tuple[str, str, str], dt.timezone] = {}


def _rfc822(text: str) -> dt.datetime | None:
    """The common shapes of RFC 822 dates, read directly (``email.utils`` is slower by half
    and the date is read for every item); anything else is left to it."""
    found = _RFC822.match(text)
    if found is None:
        return None
    day, month, year, hour, minute, second, sign, hh, mm, _utc = found.groups()
    number = _MONTHS.get(month.casefold())
    if number is None:
        return None
    zone = dt.UTC
    if sign is not None:
        zone = _ZONES.get((sign, hh, mm)) or _ZONES.setdefault(
            (sign, hh, mm),
            dt.timezone((-1 if sign == "-" else 1) * dt.timedelta(hours=int(hh), minutes=int(mm))),
        )
    try:
        return dt.datetime(
            int(year), number, int(day), int(hour), int(minute), int(second or 0), tzinfo=zone
        )
    except ValueError:
        return None


def _date(text: str) -> dt.datetime | None:
    # RSS 2.0 dates are RFC 822 ("Fri, 09 Oct 2020 04:30:38 GMT"): read them as such first;
    # anything else (ISO 8601 in Atom, epoch seconds) as front matter's dates are read.
    if text[:1].isalpha() or (text[:1].isdigit() and " " in text[:3]):
        quick = _rfc822(text.strip())
        if quick is not None:
            return quick
        try:
            found = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
        else:
            return found if found.tzinfo is not None else found.replace(tzinfo=dt.UTC)
    return parse_date(text)


def _names(persons: Iterable[Person], *roles: str | None) -> tuple[str, ...]:
    return tuple(p.name for p in persons if p.role in roles)


def _is_audio(enclosure: Enclosure) -> bool:
    if enclosure.type:
        return enclosure.type.casefold().startswith("audio/")
    return _AUDIO_SUFFIX.search(enclosure.url) is not None


def item_of(element: etree._Element, show: str | None) -> Item:
    """The :class:`Item` an ``<item>`` or ``<entry>`` element holds; ``show`` is the feed's
    title (each episode's ``show``)."""
    found = collect(element, Collected())
    text = found.text
    problems: list[Problem] = []
    line = element.sourceline if isinstance(element.sourceline, int) else None
    field, notes = _richest(found.fields)
    title = text.get("title") or found.fields.get("itunes:title")
    if title and "&" in title:
        # An HTML entity XML does not define (&nbsp;), kept as text by recovery, or a title
        # escaped twice: feeds mean the character.
        title = html.unescape(title)
    title = " ".join(title.split()) if title else None
    date_text = text.get("date") or found.fields.get("atom:updated")
    date = _date(date_text) if date_text else None
    if date_text and date is None:
        problems.append(Problem("episode-date", f"unreadable date {date_text[:40]!r}"))
    length = None
    if "duration" in text:
        length = duration(text["duration"])
        if length is None:
            problems.append(
                Problem("item-duration", f"unreadable itunes:duration {text['duration'][:40]!r}")
            )
    enclosure = found.enclosure
    summary = text.get("summary") or found.fields.get("itunes:summary")
    episode_type = text.get("episode_type")
    guid = text.get("guid") or (enclosure.url if enclosure else None)
    persons = found.persons
    # Positional, in Episode's field order: this runs for every item, and keywords cost more.
    episode = Episode(
        title,
        date,
        _int(text.get("number")),
        _int(text.get("season")),
        show,
        _names(persons, "guest") if persons else (),
        _names(persons, "host", None) if persons else (),
        length,
        " ".join(summary.split()) if summary else None,
        enclosure.url if enclosure and _is_audio(enclosure) else None,
        found.image,
        guid or _fallback_guid(title, date_text),
        text.get("link"),
        enclosure,
        explicit(text.get("explicit")),
        episode_type.casefold() if episode_type else None,
        found.chapters_url,
        found.chapters_type,
        tuple(found.transcripts),
        tuple(persons),
        tuple(found.soundbites),
        found.location,
    )
    chapters = _psc(found.psc, problems) if found.psc is not None else _NO_CHAPTERS
    located = (
        tuple(
            attrs.evolve(p, line=line) if p.line is None and line is not None else p
            for p in problems
        )
        if problems
        else ()
    )
    return Item(episode, _unescaped(notes), field, chapters, located, line)


def with_title_facts(episode: Episode) -> Episode:
    """``episode`` with what its title tells (an episode number, the show, a guest) where the
    feed left those out: the same reading :func:`shownotes.metadata.episode_from` gives."""
    if episode.title is None or (
        episode.number is not None and episode.show is not None and episode.guests
    ):
        return episode
    told = episode_from({"title": episode.title})
    return attrs.evolve(
        episode,
        number=episode.number if episode.number is not None else told.number,
        show=episode.show or told.show,
        guests=episode.guests or told.guests,
    )
