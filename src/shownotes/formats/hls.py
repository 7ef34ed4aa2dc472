"""Apple HLS chapters JSON: the chapter list an HLS playlist points to with
``EXT-X-SESSION-DATA`` (Apple's "Providing JavaScript Object Notation (JSON) chapters").

An array of chapters, each with ``start-time`` (seconds), an optional ``duration``, ``titles``
(one per language), ``images`` and ``metadata``. Precision: 1 ms. Kept: start, end (as
``duration``), title (written in ``language``; the first title is read) and image (the first
``images`` url, written with ``image-category`` ``chapter``). Not expressible: url, toc,
location. The JSON Schema shipped as :func:`schema` was written from Apple's description.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Birth", Timestamp(500_100))]), indent=1)
>>> print(text)
[
 {
  "chapter": 1,
  "start-time": 0,
  "duration": 500.1,
  "titles": [
   {
    "language": "und",
    "title": "Birth"
   }
  ]
 }
]
>>> loads(text)[0].end
Timestamp(ms=500100)
"""

from __future__ import annotations

import re
from typing import Any, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _json
from shownotes.formats._common import check, check_range, end_or_none
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize", "schema"]

NAME: Final = "hls"
EXTENSION: Final = ".hls-chapters.json"
BINARY: Final = False
PRECISION: Final = "1 ms; start, end (duration), title and image are kept"

# A BCP 47 language tag, roughly: letters, digits and hyphens.
_LANGUAGE: Final = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,8}")


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as HLS JSON keeps them: start, end, title, image."""
    return Chapters(tuple(Chapter(c.start, c.title, c.end, image=c.image) for c in check(chapters)))


def dumps(chapters: Chapters, *, language: str = "und", indent: int | None = 2) -> str:
    """``chapters`` as an HLS chapters array; ``language`` is the BCP 47 tag of the titles
    (``und``, undetermined, by default)."""
    if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
        raise ValueError(f"language must be a BCP 47 tag such as 'en' or 'und', not {language!r}")
    items = []
    for number, chapter in enumerate(check_range(normalize(chapters), "HLS JSON"), start=1):
        item: dict[str, Any] = {"chapter": number, "start-time": _json.seconds_value(chapter.start)}
        if chapter.end is not None:
            item["duration"] = _json.seconds_value(Timestamp(chapter.end.ms - chapter.start.ms))
        if chapter.title:
            item["titles"] = [{"language": language, "title": chapter.title}]
        if chapter.image is not None:
            item["images"] = [{"image-category": "chapter", "url": chapter.image}]
        items.append(item)
    return _json.dump(items, indent)


def _first(item: dict[str, Any], key: str, field: str, where: str) -> str | None:
    entries = item.get(key)
    if entries is None:
        return None
    for i, entry in enumerate(_json.objects(entries, f"{where}.{key}")):
        value = _json.text(entry, field, f"{where}.{key}[{i}]")
        if value is not None:
            return value
    return None


def loads(data: str | bytes) -> Chapters:
    """The chapters of an HLS chapters array, in file order.

    :class:`~shownotes.errors.FormatError` when the document is not JSON, not an array of
    objects, or a chapter has no usable ``start-time``.

    >>> loads('[{"chapter": 1}]')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: HLS JSON: [0] has no start-time
    """
    document = _json.load(data, "HLS JSON")
    chapters = []
    try:
        for i, item in enumerate(_json.objects(document, "the document")):
            where = f"[{i}]"
            if item.get("start-time") is None:
                raise FormatError(f"{where} has no start-time")
            start = _json.seconds(item["start-time"], f"{where}.start-time")
            end = None
            if item.get("duration") is not None:
                length = _json.seconds(item["duration"], f"{where}.duration")
                end = end_or_none(start, Timestamp(start.ms + length.ms))
            title = _first(item, "titles", "title", where) or ""
            chapters.append(Chapter(start, title, end, image=_first(item, "images", "url", where)))
    except FormatError as exc:
        raise FormatError(f"HLS JSON: {exc.msg}") from None
    return Chapters(tuple(chapters))


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an HLS chapters array, as shipped.

    >>> sorted(schema()["items"]["properties"])
    ['chapter', 'duration', 'images', 'metadata', 'start-time', 'titles']
    """
    return _json.schema(NAME)
