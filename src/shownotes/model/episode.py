"""The episode behind the notes as a value: :class:`Episode`, and the parts a feed item adds
to it (:class:`Enclosure`, :class:`TranscriptLink`, :class:`Person`, :class:`Soundbite`) or
the feed itself has (:class:`Funding`).

>>> Enclosure("https://example.com/ep1.mp3", "audio/mpeg", 43_200_000)
Enclosure(url='https://example.com/ep1.mp3', type='audio/mpeg', length=43200000)
>>> Person("Ada Lovelace", role="guest")
Person(name='Ada Lovelace', role='guest', group=None, href=None, img=None)
"""

from __future__ import annotations

import datetime as dt

import attrs

from shownotes.model import display
from shownotes.model.chapters import Location
from shownotes.model.timestamps import Timestamp

__all__ = ["Enclosure", "Episode", "Funding", "Person", "Soundbite", "TranscriptLink"]


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
class Episode:
    """What the notes say of their episode; every field is ``None`` (or empty) when unknown.

    ``date`` is always timezone-aware (naive dates are taken as UTC); ``guests`` and ``hosts``
    are names; ``duration`` is a :class:`~shownotes.model.timestamps.Timestamp`.

    The fields after ``image`` come from a feed item (:mod:`shownotes.feeds`): its ``guid``
    (an item without one gets its enclosure URL, else ``sha256:`` and 32 hex digits of the
    SHA-256 of its title and date), ``link``, ``enclosure``, ``explicit``, ``episode_type``
    (``full``, ``trailer``, ``bonus``), the ``podcast:chapters`` file's ``chapters_url`` and
    ``chapters_type`` (never fetched), ``transcripts``, ``persons``, ``soundbites`` and
    ``location`` (Podcasting 2.0).
    """

    title: str | None = None
    date: dt.datetime | None = None
    number: int | None = None
    season: int | None = None
    show: str | None = None
    guests: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    duration: Timestamp | None = None
    description: str | None = None
    audio_url: str | None = None
    image: str | None = None
    guid: str | None = None
    link: str | None = None
    enclosure: Enclosure | None = None
    explicit: bool | None = None
    episode_type: str | None = None
    chapters_url: str | None = None
    chapters_type: str | None = None
    transcripts: tuple[TranscriptLink, ...] = ()
    persons: tuple[Person, ...] = ()
    soundbites: tuple[Soundbite, ...] = ()
    location: Location | None = None

    def _repr_html_(self) -> str:
        """The fields that are known, as a two-column HTML table, text escaped."""
        rows = [
            (field.name, getattr(self, field.name))
            for field in attrs.fields(Episode)
            if getattr(self, field.name) not in (None, ())
        ]
        if not rows:
            return "<p><em>Nothing is known of the episode.</em></p>"
        return display.html_table(("field", "value"), rows, numbered=False)
