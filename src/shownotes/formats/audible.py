"""Audible chapter JSON: the ``chapter_info`` of Audible's content metadata, as its web player
receives it and audible-cli saves it (``…-chapters.json``).

Chapters carry ``start_offset_ms``, ``length_ms`` and ``title`` (and ``start_offset_sec``, the
start in whole seconds); books in parts nest chapters inside chapters, which are read in
document order, each part before its own chapters. The document is ``{"content_metadata":
{"chapter_info": …}}``; the ``content_license`` wrapper of the license response is read too.

Precision: 1 ms. Kept: start, end (as ``length_ms``) and title. Audible gives every chapter a
length, so a missing end is written as the next chapter's start and the last one's as a length
of 0, which reads back as no end (:func:`normalize` fills them the same way). Not expressible:
url, image, toc, location. The JSON Schema shipped as :func:`schema` was written from the
documents Audible serves (as Mtillmann's chapters library describes them).

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Opening Credits"),
...                        Chapter(Timestamp(15_154), "Introduction", Timestamp(3_466_042))]))
>>> [(c.start.ms, c.end.ms if c.end else None) for c in loads(text)]
[(0, 15154), (15154, 3466042)]
"""

from __future__ import annotations

from typing import Any, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _json
from shownotes.formats._common import check, check_range, end_or_none, fill_ends
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize", "schema"]

NAME: Final = "audible"
EXTENSION: Final = ".audible.json"
BINARY: Final = False
PRECISION: Final = "1 ms; start, end (length, always written) and title are kept"
# Parts hold chapters, which may hold chapters: far deeper than any book, far below recursion.
_MAX_DEPTH: Final = 32


def normalize(chapters: Chapters, *, duration: Timestamp | None = None) -> Chapters:
    """``chapters`` as Audible JSON keeps them: start, end (filled as written), title."""
    return Chapters(
        tuple(Chapter(c.start, c.title, c.end) for c in fill_ends(check(chapters), duration))
    )


def dumps(chapters: Chapters, *, duration: Timestamp | None = None, indent: int | None = 2) -> str:
    """``chapters`` as an Audible content-metadata document; ``duration``, the book's length,
    ends the last chapter and is the ``runtime_length_ms``."""
    items = []
    for chapter in check_range(normalize(chapters, duration=duration), "Audible JSON"):
        end = chapter.end if chapter.end is not None else chapter.start
        items.append(
            {
                "length_ms": end.ms - chapter.start.ms,
                "start_offset_ms": chapter.start.ms,
                "start_offset_sec": round(chapter.start.ms / 1000),
                "title": chapter.title,
            }
        )
    info: dict[str, Any] = {"chapters": items, "is_accurate": True}
    if duration is not None:
        info["runtime_length_ms"] = duration.ms
        info["runtime_length_sec"] = round(duration.ms / 1000)
    return _json.dump({"content_metadata": {"chapter_info": info}}, indent)


def _chapter_info(document: object) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise FormatError("the document must be an object")
    for wrapper in ("content_license", "content_metadata"):
        inner = document.get(wrapper)
        if isinstance(inner, dict):
            return _chapter_info(inner)
    info = document.get("chapter_info")
    if not isinstance(info, dict):
        raise FormatError("no content_metadata.chapter_info object")
    return info


def _flatten_level(items: object, where: str, depth: int) -> list[tuple[dict[str, Any], str]]:
    if depth > _MAX_DEPTH:
        raise FormatError(f"{where}: chapters nested deeper than {_MAX_DEPTH}")
    out: list[tuple[dict[str, Any], str]] = []
    for i, item in enumerate(_json.objects(items, where)):
        out.append((item, f"{where}[{i}]"))
        if item.get("chapters") is not None:
            out.extend(_flatten_level(item["chapters"], f"{where}[{i}].chapters", depth + 1))
    return out


def loads(data: str | bytes) -> Chapters:
    """The chapters of an Audible chapter document, parts before their chapters.

    :class:`~shownotes.errors.FormatError` when it is not JSON, has no ``chapter_info``, or a
    chapter has no usable ``start_offset_ms``.

    >>> loads('{"content_metadata": {"chapter_info": {"chapters": [{"title": "x"}]}}}')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: Audible JSON: chapters[0] has no start_offset_ms
    """
    document = _json.load(data, "Audible JSON")
    chapters = []
    try:
        info = _chapter_info(document)
        for item, where in _flatten_level(info.get("chapters"), "chapters", 0):
            if item.get("start_offset_ms") is None:
                raise FormatError(f"{where} has no start_offset_ms")
            start = _json.milliseconds(item["start_offset_ms"], f"{where}.start_offset_ms")
            end = None
            if item.get("length_ms") is not None:
                length = _json.milliseconds(item["length_ms"], f"{where}.length_ms")
                end = end_or_none(start, Timestamp(start.ms + length.ms))
            chapters.append(Chapter(start, _json.text(item, "title", where) or "", end))
    except FormatError as exc:
        raise FormatError(f"Audible JSON: {exc.msg}") from None
    return Chapters(tuple(chapters))


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an Audible chapter document, as shipped."""
    return _json.schema(NAME)
