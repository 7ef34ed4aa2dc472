"""One feed item (an RSS ``<item>`` or an Atom ``<entry>``) as an :class:`Item`."""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

import attrs

from shownotes.chapters import Chapters, Location
from shownotes.errors import FormatError, Problem
from shownotes.feeds._source import key
from shownotes.feeds.values import Enclosure, Item, Person, Soundbite, TranscriptLink
from shownotes.metadata import episode_from
from shownotes.timestamps import Timestamp, from_value

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["duration", "explicit", "item_of", "text_of"]

# The notes fields, best first when equally rich: the full HTML notes, the RSS description,
# iTunes' summary; Atom's content and summary; YouTube's media:description.
_NOTES_FIELDS: Final = (
    "content:encoded",
    "description",
    "itunes:summary",
    "atom:content",
    "atom:summary",
    "media:description",
)
_LINKISH: Final = re.compile(r"https?://|www\.", re.IGNORECASE)
_ESCAPED_TAG: Final = re.compile(r"&lt;/?[a-zA-Z][a-zA-Z0-9]{0,10}[\s/&]", re.ASCII)
_TIME_TOKEN: Final = re.compile(r"\d{1,7}(?::\d{1,2}){0,2}(?:[.,]\d{1,6})?")
_MINUTES: Final = re.compile(r"^(\d{1,5})\s*(?:min|mins|minutes|m)\.?$", re.IGNORECASE)
_TRUE: Final = frozenset({"yes", "true", "explicit", "1"})
_FALSE: Final = frozenset({"no", "false", "clean", "0"})


def text_of(element: etree._Element | None) -> str | None:
    """The text of an element, stripped; an element holding markup (XHTML written into the
    feed unescaped) gives that markup as text. ``None`` when empty."""
    if element is None:
        return None
    text = element.text or ""
    if len(element):
        from lxml import etree

        text += "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in element
        )
    text = text.strip()
    return text or None


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
    (Apple's podcast RSS guide lists both spellings), else ``None``."""
    if value is None:
        return None
    word = value.strip().casefold()
    return True if word in _TRUE else False if word in _FALSE else None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def _richest(fields: dict[str, str]) -> tuple[str | None, str]:
    """The notes field with the most links, then the longest; ties go to the earlier field."""
    best: tuple[str | None, str] = (None, "")
    best_score = (-1, -1)
    for name in _NOTES_FIELDS:
        text = fields.get(name)
        if not text:
            continue
        score = (len(_LINKISH.findall(text)), len(text))
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


def _seconds(value: str | None) -> Timestamp | None:
    return from_value(_float(value))


def _float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


def _person(element: etree._Element) -> Person | None:
    name = text_of(element)
    if name is None:
        return None
    role, group = element.get("role"), element.get("group")
    return Person(
        " ".join(name.split()),
        role.strip().casefold() if role else None,
        group.strip().casefold() if group else None,
        element.get("href") or None,
        element.get("img") or None,
    )


def _fallback_guid(title: str | None, date: str | None) -> str:
    """A stable id for an item with neither guid nor enclosure: ``sha256:`` and the first 32
    hex digits of the SHA-256 of its title and date text (as written in the feed)."""
    seed = f"{title or ''}\x1f{date or ''}".encode("utf-8", "replace")
    return "sha256:" + hashlib.sha256(seed).hexdigest()[:32]


class _Acc:
    """What one pass over an item's children collects."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.title: str | None = None
        self.link: str | None = None
        self.guid: str | None = None
        self.date: str | None = None
        self.duration: str | None = None
        self.number: str | None = None
        self.season: str | None = None
        self.episode_type: str | None = None
        self.explicit: str | None = None
        self.image: str | None = None
        self.summary: str | None = None
        self.enclosure: Enclosure | None = None
        self.chapters_url: str | None = None
        self.chapters_type: str | None = None
        self.persons: list[Person] = []
        self.transcripts: list[TranscriptLink] = []
        self.soundbites: list[Soundbite] = []
        self.location: Location | None = None
        self.psc: etree._Element | None = None


def _read_children(element: etree._Element, acc: _Acc) -> None:
    for child in element:
        name = key(child.tag)
        if not name:
            continue
        if name in _NOTES_FIELDS:
            text = text_of(child)
            if text and name not in acc.fields:
                acc.fields[name] = text
        elif name in ("title", "atom:title", "media:title"):
            acc.title = acc.title or text_of(child)
        elif name == "itunes:title":
            acc.fields.setdefault("itunes:title", text_of(child) or "")
        elif name in ("link", "atom:link"):
            href = child.get("href") if name == "atom:link" else text_of(child)
            if href and (name == "link" or child.get("rel", "alternate") == "alternate"):
                acc.link = acc.link or href.strip()
        elif name in ("guid", "atom:id"):
            acc.guid = acc.guid or text_of(child)
        elif name in ("pubDate", "atom:published", "dc:date"):
            acc.date = acc.date or text_of(child)
        elif name == "atom:updated":
            acc.fields.setdefault("atom:updated", text_of(child) or "")
        elif name == "enclosure" or (name == "media:content" and acc.enclosure is None):
            url = child.get("url")
            if url and acc.enclosure is None:
                acc.enclosure = Enclosure(
                    url.strip(), child.get("type") or None, _int(child.get("length"))
                )
        elif name == "itunes:duration":
            acc.duration = text_of(child)
        elif name in ("itunes:episode", "podcast:episode"):
            acc.number = acc.number or text_of(child)
        elif name in ("itunes:season", "podcast:season"):
            acc.season = acc.season or text_of(child)
        elif name == "itunes:episodeType":
            value = text_of(child)
            acc.episode_type = value.casefold() if value else None
        elif name == "itunes:explicit":
            acc.explicit = text_of(child)
        elif name == "itunes:image":
            acc.image = acc.image or child.get("href") or text_of(child)
        elif name == "media:thumbnail":
            acc.image = acc.image or child.get("url")
        elif name == "itunes:subtitle":
            acc.summary = text_of(child)
        elif name == "podcast:chapters":
            acc.chapters_url = child.get("url") or None
            acc.chapters_type = child.get("type") or None
        elif name == "podcast:transcript":
            url = child.get("url")
            if url:
                acc.transcripts.append(
                    TranscriptLink(
                        url.strip(),
                        child.get("type") or None,
                        child.get("language") or None,
                        child.get("rel") or None,
                    )
                )
        elif name == "podcast:person":
            person = _person(child)
            if person is not None:
                acc.persons.append(person)
        elif name == "podcast:soundbite":
            start = _seconds(child.get("startTime"))
            length = _seconds(child.get("duration"))
            if start is not None and length is not None:
                acc.soundbites.append(Soundbite(start, length, text_of(child)))
        elif name == "podcast:location":
            place = text_of(child)
            if place:
                acc.location = Location(
                    " ".join(place.split()), child.get("geo") or None, child.get("osm") or None
                )
        elif name == "psc:chapters":
            acc.psc = child
        elif name == "media:group":
            _read_children(child, acc)  # YouTube: title, description, thumbnail inside


def _names(persons: Iterable[Person], *roles: str | None) -> tuple[str, ...]:
    return tuple(p.name for p in persons if p.role in roles)


def item_of(element: etree._Element, show: str | None) -> Item:
    """The :class:`Item` an ``<item>`` or ``<entry>`` element holds; ``show`` is the feed's
    title (each episode's ``show``)."""
    acc = _Acc()
    _read_children(element, acc)
    problems: list[Problem] = []
    line = element.sourceline if isinstance(element.sourceline, int) else None
    field, notes = _richest(acc.fields)
    notes = _unescaped(notes)
    title = acc.title or acc.fields.get("itunes:title") or None
    date = acc.date or acc.fields.get("atom:updated") or None
    meta: dict[str, object] = {"title": title, "date": date, "show": show}
    if acc.number is not None:
        meta["episode"] = acc.number
    if acc.season is not None:
        meta["season"] = acc.season
    if acc.summary or acc.fields.get("itunes:summary"):
        meta["description"] = acc.summary or acc.fields.get("itunes:summary")
    if acc.enclosure is not None:
        meta["enclosure"] = acc.enclosure.url
    if acc.image:
        meta["image"] = acc.image
    episode = episode_from(meta, problems)
    length = None
    if acc.duration is not None:
        length = duration(acc.duration)
        if length is None:
            problems.append(
                Problem("item-duration", f"unreadable itunes:duration {acc.duration[:40]!r}")
            )
    guid = acc.guid or (acc.enclosure.url if acc.enclosure else None)
    guests = _names(acc.persons, "guest") or episode.guests
    hosts = _names(acc.persons, "host", None) or episode.hosts
    episode = attrs.evolve(
        episode,
        guests=guests,
        hosts=hosts,
        duration=length,
        guid=guid or _fallback_guid(title, date),
        link=acc.link,
        enclosure=acc.enclosure,
        explicit=explicit(acc.explicit),
        episode_type=acc.episode_type,
        chapters_url=acc.chapters_url,
        chapters_type=acc.chapters_type,
        transcripts=tuple(acc.transcripts),
        persons=tuple(acc.persons),
        soundbites=tuple(acc.soundbites),
        location=acc.location,
    )
    chapters = _psc(acc.psc, problems) if acc.psc is not None else Chapters()
    located = tuple(
        attrs.evolve(p, line=line) if p.line is None and line is not None else p for p in problems
    )
    return Item(episode, notes, field, chapters, located, line)
