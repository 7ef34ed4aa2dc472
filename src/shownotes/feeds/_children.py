"""One pass over an item's child elements, collecting what each one says.

A table maps each element (by its :func:`~shownotes.feeds._source.key`) to what it fills:
most elements of a real item (``itunes:keywords``, ``podcast:value``, …) fill nothing and cost
one dictionary look-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from shownotes.feeds._source import KEYS, key
from shownotes.model.chapters import Location
from shownotes.model.episode import Enclosure, Person, Soundbite, TranscriptLink
from shownotes.model.timestamps import Timestamp, from_value

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["NOTES_FIELDS", "Collected", "collect", "person", "text_of"]

# The notes fields, best first when equally rich: the full HTML notes, the RSS description,
# iTunes' summary; Atom's content and summary; YouTube's media:description.
NOTES_FIELDS: Final = (
    "content:encoded",
    "description",
    "itunes:summary",
    "atom:content",
    "atom:summary",
    "media:description",
)
_NOTES: Final = frozenset(NOTES_FIELDS) | {"itunes:title", "atom:updated"}

# Elements whose text fills a slot; the first one met wins (``<title>`` before
# ``media:title``, ``itunes:episode`` before ``podcast:episode`` when both are there).
_FIRST_TEXT: Final = {
    "title": "title",
    "atom:title": "title",
    "media:title": "title",
    "guid": "guid",
    "atom:id": "guid",
    "pubDate": "date",
    "atom:published": "date",
    "dc:date": "date",
    "itunes:episode": "number",
    "podcast:episode": "number",
    "itunes:season": "season",
    "podcast:season": "season",
    "itunes:duration": "duration",
    "itunes:explicit": "explicit",
    "itunes:subtitle": "summary",
    "itunes:episodeType": "episode_type",
    "link": "link",
}


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


def _seconds(value: str | None) -> Timestamp | None:
    if value is None:
        return None
    try:
        return from_value(float(value.strip()))
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def person(element: etree._Element) -> Person | None:
    """A ``podcast:person`` element as a :class:`Person` (``None`` without a name)."""
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


class Collected:
    """What one pass over an item's children found: ``text`` (slot -> first text),
    ``fields`` (notes field -> text), and the values of the repeatable elements."""

    __slots__ = (
        "chapters_type",
        "chapters_url",
        "enclosure",
        "fields",
        "image",
        "location",
        "persons",
        "psc",
        "soundbites",
        "text",
        "transcripts",
    )

    def __init__(self) -> None:
        self.text: dict[str, str] = {}
        self.fields: dict[str, str] = {}
        self.enclosure: Enclosure | None = None
        self.image: str | None = None
        self.chapters_url: str | None = None
        self.chapters_type: str | None = None
        self.persons: list[Person] = []
        self.transcripts: list[TranscriptLink] = []
        self.soundbites: list[Soundbite] = []
        self.location: Location | None = None
        self.psc: etree._Element | None = None


def _atom_link(child: etree._Element, found: Collected) -> None:
    href = child.get("href")
    if href and child.get("rel", "alternate") == "alternate":
        found.text.setdefault("link", href.strip())


def _media_content(child: etree._Element, found: Collected) -> None:
    if _is_media(child):  # not a picture, nor YouTube's Flash player
        _enclosure(child, found)


def _enclosure(child: etree._Element, found: Collected) -> None:
    url = child.get("url")
    if url and found.enclosure is None:
        found.enclosure = Enclosure(
            url.strip(), child.get("type") or None, _int(child.get("length"))
        )


def _is_media(child: etree._Element) -> bool:
    kind = (child.get("type") or child.get("medium") or "").casefold()
    return kind.startswith(("audio", "video"))


def _itunes_image(child: etree._Element, found: Collected) -> None:
    found.image = found.image or child.get("href") or text_of(child)


def _thumbnail(child: etree._Element, found: Collected) -> None:
    found.image = found.image or child.get("url")


def _chapters(child: etree._Element, found: Collected) -> None:
    found.chapters_url = child.get("url") or None
    found.chapters_type = child.get("type") or None


def _transcript(child: etree._Element, found: Collected) -> None:
    url = child.get("url")
    if url:
        found.transcripts.append(
            TranscriptLink(
                url.strip(),
                child.get("type") or None,
                child.get("language") or None,
                child.get("rel") or None,
            )
        )


def _person(child: etree._Element, found: Collected) -> None:
    value = person(child)
    if value is not None:
        found.persons.append(value)


def _soundbite(child: etree._Element, found: Collected) -> None:
    start, length = _seconds(child.get("startTime")), _seconds(child.get("duration"))
    if start is not None and length is not None:
        found.soundbites.append(Soundbite(start, length, text_of(child)))


def _location(child: etree._Element, found: Collected) -> None:
    place = text_of(child)
    if place:
        found.location = Location(
            " ".join(place.split()), child.get("geo") or None, child.get("osm") or None
        )


def _psc(child: etree._Element, found: Collected) -> None:
    found.psc = child


def _group(child: etree._Element, found: Collected) -> None:
    collect(child, found)  # YouTube's media:group: title, description, thumbnail inside


_Handler = Callable[["etree._Element", Collected], None]
_HANDLERS: Final[dict[str, _Handler]] = {
    "atom:link": _atom_link,
    "enclosure": _enclosure,
    "media:content": _media_content,  # after <enclosure>: the first one wins
    "itunes:image": _itunes_image,
    "media:thumbnail": _thumbnail,
    "podcast:chapters": _chapters,
    "podcast:transcript": _transcript,
    "podcast:person": _person,
    "podcast:soundbite": _soundbite,
    "podcast:location": _location,
    "psc:chapters": _psc,
    "media:group": _group,
}


_SLOT, _FIELD, _HANDLE = 1, 2, 3
# Tag -> what its element fills, decided once per tag met (a feed repeats a few dozen tags).
_ACTIONS: dict[object, tuple[int, object] | None] = {}


def _action(tag: object) -> tuple[int, object] | None:
    name = KEYS.get(tag) if isinstance(tag, str) else ""
    if name is None:
        name = key(tag)
    slot = _FIRST_TEXT.get(name)
    found: tuple[int, object] | None = None
    if slot is not None:
        found = (_SLOT, slot)
    elif name in _NOTES:
        found = (_FIELD, name)
    elif name in _HANDLERS:
        found = (_HANDLE, _HANDLERS[name])
    if len(_ACTIONS) < 10_000:  # a hostile feed's endless new tags are not kept
        _ACTIONS[tag] = found
    return found


def collect(element: etree._Element, found: Collected) -> Collected:
    """``found`` filled from the children of ``element`` (an item or entry)."""
    text, fields = found.text, found.fields
    actions = _ACTIONS
    for child in element:
        tag = child.tag
        action = actions[tag] if tag in actions else _action(tag)
        if action is None:
            continue
        kind, what = action
        if kind == _SLOT:
            if what not in text:
                # Inlined text_of: this loop runs for every element of every item.
                value = child.text
                value = text_of(child) if value is None or len(child) else value.strip()
                if value:
                    text[what] = value  # type: ignore[index]
        elif kind == _FIELD:
            if what not in fields:
                value = text_of(child)
                if value is not None:
                    fields[what] = value  # type: ignore[index]
        else:
            what(child, found)  # type: ignore[operator]
    return found
