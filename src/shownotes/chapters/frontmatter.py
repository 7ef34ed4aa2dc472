"""Chapters held in front matter: ``podcast_chapters``, Podcasting 2.0 JSON, plain lists.

Each item is read by :func:`shownotes.chapters.podcasting20.read_item`, leniently: the one
reading of a Podcasting 2.0 chapter item, which JSON chapter files use strictly."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Final

from shownotes.chapters.find import find
from shownotes.chapters.podcasting20 import read_item
from shownotes.model.chapters import Chapters
from shownotes.model.errors import Problem

__all__ = ["from_metadata"]

#: Front-matter keys that hold chapters, in the order they are tried.
KEYS: Final = ("podcast_chapters", "chapters", "podcast:chapters", "episode_chapters")
_MAX_JSON: Final = 2_000_000


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
            chapter = read_item(item, f"chapter {number} of {key}", strict=False)
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
