"""A feed as values: :class:`Item` (an item as read) and :class:`Feed` (the channel and its
items). The parts of an item's episode (:class:`~shownotes.model.episode.Enclosure`, …) live
with :class:`~shownotes.model.episode.Episode`."""

from __future__ import annotations

import attrs

from shownotes.model.chapters import Chapters
from shownotes.model.episode import Episode, Funding, Person
from shownotes.model.errors import Problem
from shownotes.model.links import Link
from shownotes.model.notes import ShowNotes

__all__ = ["Feed", "Item"]


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
