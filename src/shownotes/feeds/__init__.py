"""Podcast and video feeds (RSS 2.0, Atom) read item by item into :class:`ShowNotes`.

>>> feed = parse(b'''<rss version="2.0"><channel><title>Tea Time</title>
... <item><title>Ep. 1: Green</title><guid>tt-1</guid>
... <description>0:00 Hello&lt;br&gt;2:05 Sencha</description></item>
... </channel></rss>''')
>>> feed.title, len(feed.items)
('Tea Time', 1)
>>> notes = feed.items[0]
>>> notes.episode.guid, notes.episode.show, [c.title for c in notes.chapters]
('tt-1', 'Tea Time', ['Hello', 'Sencha'])

Nothing is fetched: a ``podcast:chapters`` or ``podcast:transcript`` URL is kept as a URL.
The XML is read with lxml, with no entity expansion, no DTD and no network; a feed that is not
well-formed is read again with recovery, and a feed whose declared encoding is wrong is
decoded with :func:`shownotes.decode` — each such step a :class:`~shownotes.errors.Problem`
in :attr:`Feed.problems`. :class:`FeedError` is raised only when no feed can be read at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from shownotes.model import (
    Enclosure,
    Feed,
    FeedError,
    Funding,
    Item,
    Person,
    Soundbite,
    TranscriptLink,
)

if TYPE_CHECKING:
    from shownotes.boilerplate import Boilerplate
    from shownotes.model import ShowNotes

__all__ = [
    "Enclosure",
    "Feed",
    "FeedError",
    "Funding",
    "Item",
    "Person",
    "Soundbite",
    "TranscriptLink",
    "is_feed",
    "iter_items",
    "iter_raw_items",
    "parse",
]

Source = bytes | str | os.PathLike[str]


def parse(data: Source, *, boilerplate: bool = True) -> Feed:
    """The :class:`Feed` in ``data``: bytes of a feed, its text (a ``str`` that starts with
    ``<``), or a path (an ``os.PathLike``, or a ``str`` that does not start with ``<``).

    Each item becomes a :class:`~shownotes.notes.ShowNotes` of its richest notes field, its
    duration bounding the chapters. With ``boilerplate=True`` the blocks the show repeats in
    its items (:func:`shownotes.boilerplate.find`) give no references.
    """
    from shownotes.feeds._reader import read_feed

    return read_feed(data, boilerplate=boilerplate)


def iter_items(data: Source, *, boilerplate: Boilerplate | bool = True) -> Iterator[ShowNotes]:
    """The items of the feed in ``data`` as :class:`~shownotes.notes.ShowNotes`, one at a
    time, in flat memory (a 100 MB feed is never held whole).

    ``boilerplate=True`` learns the show's boilerplate from its first 64 items (held while
    learning); give a :class:`~shownotes.boilerplate.Boilerplate` to use one found
    elsewhere, or ``False`` for none. Problems with the feed as a whole (recovered XML, a
    wrong encoding) are reported on the items read after them.
    """
    from shownotes.feeds._reader import iter_notes

    return iter_notes(data, boilerplate=boilerplate)


def iter_raw_items(data: Source) -> Iterator[Item]:
    """The items of the feed in ``data`` as read, before extraction (:class:`Item`: episode
    metadata, notes text, inline chapters), one at a time in flat memory. The fastest way
    through a feed when only its metadata is wanted."""
    from shownotes.feeds._reader import iter_raw

    return iter_raw(data)


def is_feed(head: bytes | str) -> bool:
    """Whether a document that starts with ``head`` (its first kilobytes) is an RSS or Atom
    feed: its root element is ``<rss>``, ``<feed>`` or ``<rdf:RDF>``.

    >>> is_feed(b'<?xml version="1.0"?>\\n<rss version="2.0">'), is_feed("<html><body>")
    (True, False)
    """
    from shownotes.feeds._source import root_name

    return root_name(head) in {"rss", "feed", "rdf:RDF", "RDF"}
