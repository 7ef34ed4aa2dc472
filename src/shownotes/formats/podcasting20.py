"""Podcasting 2.0 JSON chapters, version 1.2.0 (``application/json+chapters``).

Precision: 1 ms, exactly. Times are written as seconds, ``ms / 1000`` (whole seconds as
integers); when reading, seconds are rounded to the nearest millisecond, halves to even.
Every :class:`~shownotes.chapters.Chapter` field is kept: ``startTime``, ``endTime``,
``title`` (an untitled chapter has no ``title`` key and reads back as ``""``), ``img``,
``url``, ``toc`` (written only when false) and ``location``.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(94_500), "Q&A")]))
>>> print(text)
{
  "version": "1.2.0",
  "chapters": [
    {
      "startTime": 0,
      "title": "Intro"
    },
    {
      "startTime": 94.5,
      "title": "Q&A"
    }
  ]
}
>>> [(str(c.start), c.title) for c in loads(text)]
[('0:00', 'Intro'), ('1:34.500', 'Q&A')]
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.chapters.podcasting20 import read_item
from shownotes.errors import FormatError
from shownotes.formats._common import as_text, check, check_range
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize", "schema"]

NAME: Final = "podcasting20"
EXTENSION: Final = ".chapters.json"
BINARY: Final = False
PRECISION: Final = "1 ms; every field is kept (start, end, title, url, image, toc, location)"
#: The version of the JSON chapters format this module writes.
VERSION: Final = "1.2.0"

_HEADER_KEYS: Final = (
    ("title", "title"),
    ("author", "author"),
    ("podcast_name", "podcastName"),
    ("description", "description"),
    ("file_name", "fileName"),
)


def _seconds(t: Timestamp) -> int | float:
    whole, ms = divmod(t.ms, 1000)
    return t.ms / 1000 if ms else whole


def _chapter(chapter: Chapter) -> dict[str, Any]:
    item: dict[str, Any] = {"startTime": _seconds(chapter.start)}
    if chapter.end is not None:
        item["endTime"] = _seconds(chapter.end)
    if chapter.title:
        item["title"] = chapter.title
    if chapter.image is not None:
        item["img"] = chapter.image
    if chapter.url is not None:
        item["url"] = chapter.url
    if not chapter.toc:
        item["toc"] = False
    if chapter.location is not None:
        place: dict[str, str] = {"name": chapter.location.name}
        if chapter.location.geo is not None:
            place["geo"] = chapter.location.geo
        if chapter.location.osm is not None:
            place["osm"] = chapter.location.osm
        item["location"] = place
    return item


def dumps(
    chapters: Chapters,
    *,
    title: str | None = None,
    author: str | None = None,
    podcast_name: str | None = None,
    description: str | None = None,
    file_name: str | None = None,
    waypoints: bool | None = None,
    indent: int | None = 2,
) -> str:
    """``chapters`` as a Podcasting 2.0 JSON chapters document (UTF-8 text, not ASCII-escaped).

    The keyword arguments fill the optional top-level fields (``podcastName``, ``fileName``…);
    ``indent=None`` writes one line.
    """
    chapters = check_range(check(chapters), "Podcasting 2.0 JSON")
    document: dict[str, Any] = {"version": VERSION}
    given = {"title": title, "author": author, "podcast_name": podcast_name}
    given |= {"description": description, "file_name": file_name}
    for arg, key in _HEADER_KEYS:
        value = given[arg]
        if value is not None:
            document[key] = value
    if waypoints is not None:
        document["waypoints"] = waypoints
    document["chapters"] = [_chapter(c) for c in chapters]
    return json.dumps(document, ensure_ascii=False, indent=indent)


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as they are: this format keeps every field."""
    return check(chapters)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def loads(data: str | bytes) -> Chapters:
    """The chapters of a Podcasting 2.0 JSON chapters document, in file order.

    Lenient where feeds are: ``version`` may be missing, numbers may be quoted, unknown keys
    are ignored. :class:`~shownotes.errors.FormatError` (with line and column for JSON syntax
    errors) when the document is not JSON or a chapter has no usable ``startTime``.

    >>> loads('{"version": "1.2.0", "chapters": [{"startTime": 1.0005}]}')[0].start
    Timestamp(ms=1000)
    >>> loads('{"chapters": [\\n  {"startTime": 1 "title": "Intro"}]}')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: Podcasting 2.0 JSON: Expecting ',' delimiter (line 2, column 19)
    >>> loads('{"chapters": [{"title": "Intro"}]}')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: ...: chapters[0] has no startTime (line 1, column 15)
    """
    text = as_text(data, "Podcasting 2.0 JSON")
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise FormatError(f"Podcasting 2.0 JSON: {exc.msg}", text, exc.pos) from None
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"Podcasting 2.0 JSON: {exc}") from None
    if not isinstance(document, dict):
        raise FormatError("Podcasting 2.0 JSON: the document must be an object", text, 0)
    items = document.get("chapters")
    if not isinstance(items, list):
        raise FormatError("Podcasting 2.0 JSON: the document has no chapters array", text, 0)
    chapters = []
    for i, item in enumerate(items):
        try:
            chapters.append(read_item(item, f"chapters[{i}]", strict=True))
        except FormatError as exc:
            where = _item_positions(text)
            pos = where[i] if i < len(where) else None
            raise FormatError(f"Podcasting 2.0 JSON: {exc.msg}", text, pos) from None
    return Chapters(tuple(chapters))


_SPACE: Final = re.compile(r"[ \t\n\r]*")


def _item_positions(text: str) -> list[int]:
    """Where each item of the top-level ``chapters`` array starts in ``text`` (valid JSON),
    found by stepping over values with the JSON decoder: for error messages only."""
    decoder = json.JSONDecoder()

    def skip(pos: int) -> int:
        match = _SPACE.match(text, pos)
        return match.end() if match else pos

    positions: list[int] = []
    pos = skip(0)
    if not text.startswith("{", pos):
        return positions
    pos = skip(pos + 1)
    while pos < len(text) and text[pos] == '"':
        key, pos = decoder.raw_decode(text, pos)
        pos = skip(skip(pos) + 1)  # the colon
        if key == "chapters" and text.startswith("[", pos):
            positions = []  # the last "chapters" key wins, as in json.loads
            pos = skip(pos + 1)
            while pos < len(text) and text[pos] != "]":
                positions.append(pos)
                _, pos = decoder.raw_decode(text, pos)
                pos = skip(pos)
                if text.startswith(",", pos):
                    pos = skip(pos + 1)
            pos += 1
        else:
            _, pos = decoder.raw_decode(text, pos)
        pos = skip(pos)
        if text.startswith(",", pos):
            pos = skip(pos + 1)
    return positions


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a Podcasting 2.0 chapters document, as shipped.

    >>> sorted(schema()["properties"]["chapters"]["items"]["properties"])
    ['endTime', 'img', 'location', 'startTime', 'title', 'toc', 'url']
    """
    from importlib.resources import files

    text = files(__package__ or "shownotes.formats").joinpath("podcasting20.schema.json")
    loaded: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return loaded
