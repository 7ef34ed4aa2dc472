"""Chapters held in front matter: ``podcast_chapters``, Podcasting 2.0 JSON, plain lists."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Final

from shownotes.chapters.find import find
from shownotes.model.chapters import Chapter, Chapters, Location
from shownotes.model.errors import Problem
from shownotes.model.timestamps import from_value

__all__ = ["from_metadata"]

#: Front-matter keys that hold chapters, in the order they are tried.
KEYS: Final = ("podcast_chapters", "chapters", "podcast:chapters", "episode_chapters")
_START_KEYS: Final = ("startTime", "start", "start_time", "time", "timestamp", "offset")
_TITLE_KEYS: Final = ("title", "name", "text")
_MAX_JSON: Final = 2_000_000


def _first(item: Mapping[str, object], keys: Sequence[str]) -> object:
    for key in keys:
        if key in item:
            return item[key]
    return None


def _chapter(item: object) -> Chapter | None:
    if not isinstance(item, Mapping):
        return None
    start = from_value(_first(item, _START_KEYS))
    title = _first(item, _TITLE_KEYS)
    if start is None or not isinstance(title, str) or not title.strip():
        return None
    end = from_value(_first(item, ("endTime", "end", "end_time")))
    url = item.get("url")
    image = _first(item, ("img", "image"))
    toc = item.get("toc")
    return Chapter(
        start,
        title.strip(),
        end if end is not None and end > start else None,
        url if isinstance(url, str) and url else None,
        image if isinstance(image, str) and image else None,
        toc if isinstance(toc, bool) else True,
        _location(item.get("location")),
    )


def _location(value: object) -> Location | None:
    """A Podcasting 2.0 ``location`` read leniently (front matter is lenient): a name is
    needed, ``geo`` and ``osm`` are kept when they are text."""
    if not isinstance(value, Mapping):
        return None
    name, geo, osm = (value.get(key) for key in ("name", "geo", "osm"))
    if not isinstance(name, str) or not name.strip():
        return None
    return Location(
        name.strip(), geo if isinstance(geo, str) else None, osm if isinstance(osm, str) else None
    )


def _items(value: object) -> tuple[object, ...] | str | None:
    """The list of chapter items ``value`` holds, text to read as a chapter list, or None."""
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in ("{", "[") and len(text) <= _MAX_JSON:
            try:
                value = json.loads(text)
            except ValueError:
                return text
        else:
            return text
    if isinstance(value, Mapping):
        value = value.get("chapters")
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return tuple(value)
    return None


def from_metadata(metadata: Mapping[str, object]) -> Chapters:
    """The chapters in front matter: a Podcasting 2.0 chapters object (inline, or as JSON
    text) or a list of ``{start|startTime, title}`` under ``podcast_chapters`` or
    ``chapters``, or a chapter list written as text. Items that cannot be read are skipped
    and reported in ``problems``.

    >>> meta = {"podcast_chapters": {"version": "1.2.0", "chapters": [
    ...     {"startTime": 0, "title": "Intro"}, {"startTime": 65.92, "title": "News"}]}}
    >>> [(str(c.start), c.title) for c in from_metadata(meta)]
    [('0:00', 'Intro'), ('1:05.920', 'News')]
    >>> found = from_metadata({"chapters": [{"start": "2:05", "title": "Tea"}, {"title": "?"}]})
    >>> [c.title for c in found], [p.message for p in found.problems]
    (['Tea'], ['chapter 2 of chapters has no start or title'])
    """
    if not isinstance(metadata, Mapping):
        raise TypeError(f"from_metadata() takes a mapping, not {type(metadata).__name__}")
    for key in KEYS:
        items = _items(metadata.get(key))
        if items is None:
            continue
        if isinstance(items, str):
            found = find(items)
            if found:
                return found
            continue
        chapters = []
        problems = []
        for number, item in enumerate(items, 1):
            chapter = _chapter(item)
            if chapter is None:
                problems.append(
                    Problem(
                        "front-matter-chapters", f"chapter {number} of {key} has no start or title"
                    )
                )
            else:
                chapters.append(chapter)
        if chapters or problems:
            return Chapters(tuple(chapters), tuple(problems))
    return Chapters()
