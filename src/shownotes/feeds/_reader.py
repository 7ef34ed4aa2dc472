"""Feeds read item by item: raw items, then each item's notes through :func:`shownotes.parse`."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Final

import attrs

from shownotes import boilerplate as _boilerplate
from shownotes import chapters as _chapters
from shownotes._parse import parse
from shownotes.feeds._channel import feed_of, title_of
from shownotes.feeds._item import item_of, with_title_facts
from shownotes.feeds._source import elements, key, open_source
from shownotes.model.feeds import Feed, Item

if TYPE_CHECKING:
    from shownotes.boilerplate import Boilerplate
    from shownotes.model.errors import Problem
    from shownotes.model.notes import ShowNotes

__all__ = ["iter_notes", "iter_raw", "read_feed", "to_notes"]

#: How many items :func:`iter_notes` holds to learn a feed's boilerplate from.
LEARNING_WINDOW: Final = 64


def _read(data: object, problems: list[Problem], *, feed: bool = True) -> Iterator[Item | Feed]:
    """Each item as read, then (with ``feed``) the feed's own fields, a :class:`Feed` without
    items."""
    source = open_source(data)
    show: str | None = None
    first = True
    for what, element in elements(source, problems):
        if what == "item":
            if first:
                show, first = title_of(element.getparent()), False
            yield item_of(element, show)
        elif feed:
            kind = "atom" if key(element.tag) == "atom:feed" else "rss"
            yield feed_of(element, kind, problems)


def iter_raw(data: object) -> Iterator[Item]:
    """The items of a feed, unextracted (see :func:`shownotes.feeds.iter_raw_items`)."""
    problems: list[Problem] = []
    reported = 0
    for value in _read(data, problems, feed=False):
        if not isinstance(value, Item):
            continue
        if len(problems) > reported:  # the feed needed recovery before this item
            yield attrs.evolve(value, problems=(*problems[reported:], *value.problems))
            reported = len(problems)
        else:
            yield value


def to_notes(item: Item, boilerplate: Boilerplate | None = None) -> ShowNotes:
    """The :class:`~shownotes.notes.ShowNotes` of one :class:`Item`: its notes parsed with
    its duration bounding the chapters, its inline chapters first, its episode from the feed
    (and from its title where the feed leaves a number, the show or a guest out)."""
    notes = parse(item.notes, duration=item.episode.duration, boilerplate=boilerplate)
    found = _chapters.merge(item.chapters, notes.chapters) if item.chapters else notes.chapters
    return attrs.evolve(
        notes,
        episode=with_title_facts(item.episode),
        chapters=found,
        problems=(*item.problems, *notes.problems),
    )


def _learn(items: list[Item]) -> Boilerplate | None:
    if len(items) < _boilerplate.MIN_DOCUMENTS:
        return None
    return _boilerplate.find(item.notes for item in items)


def read_feed(data: object, *, boilerplate: bool = True) -> Feed:
    """The whole feed with every item's notes extracted (see :func:`shownotes.feeds.parse`)."""
    problems: list[Problem] = []
    items: list[Item] = []
    feed = Feed()
    for value in _read(data, problems):
        if isinstance(value, Item):
            items.append(value)
        else:
            feed = value
    found = _learn(items) if boilerplate else None
    return attrs.evolve(feed, items=tuple(to_notes(item, found) for item in items))


def iter_notes(data: object, *, boilerplate: Boilerplate | bool = True) -> Iterator[ShowNotes]:
    """Each item's notes, streamed (see :func:`shownotes.feeds.iter_items`)."""
    raw = iter_raw(data)
    if boilerplate is True:
        window = list(islice(raw, LEARNING_WINDOW))
        found = _learn(window)
        raw = chain(window, raw)
    else:
        found = boilerplate or None
    for item in raw:
        yield to_notes(item, found)
