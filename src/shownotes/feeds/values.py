"""The values a feed adds to an episode (enclosure, people, transcripts, soundbites) and the
:class:`Feed` itself. Frozen, hashable where their parts are, picklable.

>>> Enclosure("https://example.com/ep1.mp3", "audio/mpeg", 43_200_000)
Enclosure(url='https://example.com/ep1.mp3', type='audio/mpeg', length=43200000)
>>> Person("Ada Lovelace", role="guest")
Person(name='Ada Lovelace', role='guest', group=None, href=None, img=None)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from shownotes.chapters import Chapters
from shownotes.errors import Problem
from shownotes.timestamps import Timestamp

if TYPE_CHECKING:
    from shownotes.links import Link
    from shownotes.metadata import Episode
    from shownotes.notes import ShowNotes

__all__ = ["Enclosure", "Feed", "Funding", "Item", "Person", "Soundbite", "TranscriptLink"]


@attrs.frozen
class Enclosure:
    """An item's media file (RSS ``<enclosure>``): its ``url``, MIME ``type`` and ``length``
    in bytes as the feed states them (``None`` when absent or not a whole number)."""

    url: str
    type: str | None = None
    length: int | None = None


@attrs.frozen
class TranscriptLink:
    """A ``podcast:transcript``: where the transcript is (never fetched), its MIME ``type``
    (``text/vtt``, ``application/x-subrip``, ``application/json``, ``text/html``, …), its
    ``language`` and ``rel`` (``"captions"`` for closed captions)."""

    url: str
    type: str | None = None
    language: str | None = None
    rel: str | None = None


@attrs.frozen
class Person:
    """A ``podcast:person``: a ``name``, the ``role`` and ``group`` of the Podcast Taxonomy
    (``host``, ``guest``, …; the feed's own words, lower-cased), a page (``href``) and a
    picture (``img``) of them."""

    name: str
    role: str | None = None
    group: str | None = None
    href: str | None = None
    img: str | None = None


@attrs.frozen
class Soundbite:
    """A ``podcast:soundbite``: a clip of the episode worth sharing, from ``start`` for
    ``duration``, with an optional ``title``."""

    start: Timestamp
    duration: Timestamp
    title: str | None = None


@attrs.frozen
class Funding:
    """A ``podcast:funding`` link: where listeners can support the show, and its label."""

    url: str
    text: str | None = None


@attrs.frozen
class Item:
    """One feed item as read, before its notes are extracted.

    - ``episode``: the item's metadata (an :class:`~shownotes.metadata.Episode`).
    - ``notes``: the richest notes field (``content:encoded``, ``description``,
      ``itunes:summary``, or Atom's ``content``/``media:description``), as HTML or text.
    - ``notes_field``: which field that was (``"content:encoded"``, …), ``None`` when none.
    - ``chapters``: inline Podlove Simple Chapters (``psc:chapters``), empty when none.
    - ``problems``: what was odd in the item (an unreadable duration, a broken psc block).
    - ``line``: the line of the feed the item ends on, when known.
    """

    episode: Episode
    notes: str = ""
    notes_field: str | None = None
    chapters: Chapters = attrs.field(factory=Chapters)
    problems: tuple[Problem, ...] = ()
    line: int | None = None


@attrs.frozen(hash=False)
class Feed:
    """A podcast or video feed (RSS 2.0 or Atom) and its items, each a
    :class:`~shownotes.notes.ShowNotes` whose ``episode`` carries the item's metadata.

    - ``kind``: ``"rss"`` or ``"atom"``.
    - ``title``, ``link``, ``description``, ``language``, ``image``, ``author``: the
      channel's own, ``None`` when absent.
    - ``categories``: ``itunes:category`` texts (a sub-category as ``"News/Tech News"``) and
      RSS ``<category>`` texts, once each, in order.
    - ``explicit``: ``itunes:explicit`` as a bool (``"clean"`` is ``False``), else ``None``.
    - ``guid``: ``podcast:guid``; ``persons``: ``podcast:person`` of the channel;
      ``funding``: ``podcast:funding`` links; ``locked``: ``podcast:locked`` as a bool.
    - ``links``: the feed's own links that name a platform (its site, its pages elsewhere,
      links in its description), classified with :func:`shownotes.links.classify`.
    - ``problems``: how the feed had to be read (recovered XML, a wrong declared encoding).
    - ``items``: the items in feed order.
    """

    kind: str = "rss"
    title: str | None = None
    link: str | None = None
    description: str | None = None
    language: str | None = None
    image: str | None = None
    author: str | None = None
    categories: tuple[str, ...] = ()
    explicit: bool | None = None
    guid: str | None = None
    persons: tuple[Person, ...] = ()
    funding: tuple[Funding, ...] = ()
    locked: bool | None = None
    links: tuple[Link, ...] = ()
    problems: tuple[Problem, ...] = ()
    items: tuple[ShowNotes, ...] = ()
