"""Podlove chapters JSON: the array of ``{"start", "title", "href", "image"}`` objects that
Podlove's chapters library writes and the Podlove Web Player takes, with Normal Play Time
starts as in Podlove Simple Chapters.

Precision: 1 ms. Starts are written as ``HH:MM:SS.mmm``; any NPT form is read (``1:02:03.5``,
``62:03``, ``3723.5``). Kept: start, title, href (the chapter's url) and image. Not expressible:
end, toc, location. The JSON Schema shipped as :func:`schema` was written from Podlove's
chapters library and Simple Chapters spec.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> chapters = Chapters([Chapter(Timestamp(119_000), "Podlove", url="http://podlove.org/")])
>>> dumps(chapters, indent=None)
'[{"start": "00:01:59.000", "title": "Podlove", "href": "http://podlove.org/"}]'
>>> loads(dumps(chapters)) == chapters
True
"""

from __future__ import annotations

from typing import Any, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError, TimestampError
from shownotes.formats import _json
from shownotes.formats._common import check, check_range
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize", "schema"]

NAME: Final = "podlovejson"
EXTENSION: Final = ".podlove.json"
BINARY: Final = False
PRECISION: Final = "1 ms; start, title, href (url) and image are kept"


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as Podlove JSON keeps them: start, title, url, image."""
    return Chapters(
        tuple(Chapter(c.start, c.title, url=c.url, image=c.image) for c in check(chapters))
    )


def dumps(chapters: Chapters, *, indent: int | None = 2) -> str:
    """``chapters`` as a Podlove chapters array."""
    items = []
    for chapter in check_range(normalize(chapters), "Podlove JSON"):
        item: dict[str, Any] = {"start": f"{chapter.start:hh:mm:ss.mmm}", "title": chapter.title}
        if chapter.url is not None:
            item["href"] = chapter.url
        if chapter.image is not None:
            item["image"] = chapter.image
        items.append(item)
    return _json.dump(items, indent)


def loads(data: str | bytes) -> Chapters:
    """The chapters of a Podlove chapters array, in file order.

    :class:`~shownotes.errors.FormatError` when the document is not JSON, not an array of
    objects, or a chapter has no usable ``start``.

    >>> loads('[{"title": "Intro"}]')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: Podlove JSON: [0] has no start
    """
    document = _json.load(data, "Podlove JSON")
    chapters = []
    try:
        for i, item in enumerate(_json.objects(document, "the document")):
            where = f"[{i}]"
            value = item.get("start")
            if value is None:
                raise FormatError(f"{where} has no start")
            if not isinstance(value, str):
                start = _json.seconds(value, f"{where}.start")
            else:
                try:
                    start = Timestamp.parse(value)
                except TimestampError as exc:
                    raise FormatError(f"{where}.start: {exc.msg}") from None
            chapters.append(
                Chapter(
                    start,
                    _json.text(item, "title", where) or "",
                    url=_json.text(item, "href", where),
                    image=_json.text(item, "image", where),
                )
            )
    except FormatError as exc:
        raise FormatError(f"Podlove JSON: {exc.msg}") from None
    return Chapters(tuple(chapters))


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a Podlove chapters array, as shipped."""
    return _json.schema(NAME)
