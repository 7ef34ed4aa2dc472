"""Podigee chapter marks JSON: the array of ``{"title", "start_time", "url", "image"}``
objects that Podigee's API (``ChapterMark``) takes and returns.

Precision: 1 ms. ``start_time`` is ``HH:MM:SS``, with ``.mmm`` written only when the start has
milliseconds (Podigee's own marks are whole seconds); numbers of seconds are read too. Kept:
start, title, url and image. Not expressible: end, toc, location. The JSON Schema shipped as
:func:`schema` was written from Podigee's API documentation.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(112_000), "Diskettenlyrik")]), indent=None)
>>> text
'[{"title": "Diskettenlyrik", "start_time": "00:01:52"}]'
>>> loads(text)[0].start
Timestamp(ms=112000)
"""

from __future__ import annotations

from typing import Any, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _json
from shownotes.formats._common import check, check_range

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize", "schema"]

NAME: Final = "podigee"
EXTENSION: Final = ".podigee.json"
BINARY: Final = False
PRECISION: Final = "1 ms; start, title, url and image are kept"


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as Podigee JSON keeps them: start, title, url, image."""
    return Chapters(
        tuple(Chapter(c.start, c.title, url=c.url, image=c.image) for c in check(chapters))
    )


def dumps(chapters: Chapters, *, indent: int | None = 2) -> str:
    """``chapters`` as a Podigee chapter-marks array."""
    items = []
    for chapter in check_range(normalize(chapters), "Podigee JSON"):
        item: dict[str, Any] = {"title": chapter.title, "start_time": f"{chapter.start:hh:mm:ss}"}
        if chapter.url is not None:
            item["url"] = chapter.url
        if chapter.image is not None:
            item["image"] = chapter.image
        items.append(item)
    return _json.dump(items, indent)


def loads(data: str | bytes) -> Chapters:
    """The chapter marks of a Podigee array, in file order.

    :class:`~shownotes.errors.FormatError` when the document is not JSON, not an array of
    objects, or a mark has no usable ``start_time``.

    >>> loads('[{"title": "Intro", "start_time": "0:61"}]')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: Podigee JSON: [0].start_time is not a time such as ...: '0:61'
    """
    document = _json.load(data, "Podigee JSON")
    chapters = []
    try:
        for i, item in enumerate(_json.objects(document, "the document")):
            where = f"[{i}]"
            value = item.get("start_time")
            if value is None:
                raise FormatError(f"{where} has no start_time")
            if isinstance(value, str):
                start = _json.clock(value, f"{where}.start_time")
            else:
                start = _json.seconds(value, f"{where}.start_time")
            chapters.append(
                Chapter(
                    start,
                    _json.text(item, "title", where) or "",
                    url=_json.text(item, "url", where),
                    image=_json.text(item, "image", where),
                )
            )
    except FormatError as exc:
        raise FormatError(f"Podigee JSON: {exc.msg}") from None
    return Chapters(tuple(chapters))


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a Podigee chapter-marks array, as shipped."""
    return _json.schema(NAME)
