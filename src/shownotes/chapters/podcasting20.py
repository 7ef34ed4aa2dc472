"""A Podcasting 2.0 chapter item, read once for both places it is met.

The item is ``{"startTime", "endTime", "title", "img", "url", "toc", "location"}`` as the
Podcasting 2.0 JSON chapters spec (1.2.0) writes it. A chapters file is read strictly (the
spec's keys; a bad field is a :class:`~shownotes.errors.FormatError` that names it): see
:mod:`shownotes.formats.podcasting20`. Front matter that holds the same items (inline JSON,
``podcast_chapters`` in Jekyll and Hugo themes) is read leniently: the other key names sites
write too, a bad optional field is left out, and an item without a start or a title is ``None``.

>>> item = {"startTime": 65.5, "title": "News", "img": "https://example.org/n.png", "toc": False}
>>> chapter = read_item(item, "chapters[1]", strict=True)
>>> str(chapter.start), chapter.title, chapter.image, chapter.toc
('1:05.500', 'News', 'https://example.org/n.png', False)
>>> read_item({"start": "1:05", "name": " News ", "toc": "no"}, "chapters[1]", strict=False)
... # doctest: +ELLIPSIS
Chapter(start=Timestamp(ms=65000), title='News', end=None, url=None, image=None, toc=True, ...)
>>> read_item({"title": "News"}, "chapters[1]", strict=True)
Traceback (most recent call last):
  ...
shownotes.errors.FormatError: chapters[1] has no startTime
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Final, Literal, TypeVar, overload

import attrs

from shownotes.model.chapters import Chapter, Location
from shownotes.model.errors import FormatError, TimestampError
from shownotes.model.timestamps import Timestamp, from_value

__all__ = ["LENIENT", "STRICT", "Keys", "read_item"]

_T = TypeVar("_T")


@attrs.frozen
class Keys:
    """The key names of an item's fields, each tried in order."""

    start: tuple[str, ...]
    end: tuple[str, ...]
    title: tuple[str, ...]
    image: tuple[str, ...]


#: The spec's key names: what a chapters file holds.
STRICT: Final = Keys(start=("startTime",), end=("endTime",), title=("title",), image=("img",))
#: The spec's names first, then what front matter writes as well (Jekyll and Hugo podcast
#: themes' ``start``/``start_time``, ``name``, ``image``; hand-written lists' ``time``).
LENIENT: Final = Keys(
    start=("startTime", "start", "start_time", "time", "timestamp", "offset"),
    end=("endTime", "end", "end_time"),
    title=("title", "name", "text"),
    image=("img", "image"),
)


def _first(item: Mapping[str, object], keys: Sequence[str]) -> tuple[str, object]:
    """The first of ``keys`` that ``item`` has, and its value; ``keys[0]`` and None if none."""
    for key in keys:
        if key in item:
            return key, item[key]
    return keys[0], None


def _field(strict: bool, read: Callable[[], _T]) -> _T | None:
    """``read()``; when lenient, a field it refuses is left out (None) instead of raising."""
    if strict:
        return read()
    try:
        return read()
    except FormatError:
        return None


def _time(
    item: Mapping[str, object], keys: Sequence[str], where: str, strict: bool
) -> Timestamp | None:
    key, value = _first(item, keys)
    if value is None:
        return None
    if not strict:  # front matter also writes times as text: "2:05", "01:02:03"
        found = from_value(value)
        if found is None:
            raise FormatError(f"{where}.{key} is not a time: {value!r}")
        return found
    if isinstance(value, str):  # some feeds quote their numbers: "94.5"
        try:
            value = float(value)
        except ValueError:
            raise FormatError(f"{where}.{key} is not a number: {value!r}") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise FormatError(f"{where}.{key} is not a number: {value!r}")
    if value < 0:
        raise FormatError(f"{where}.{key} is negative: {value!r}")
    try:
        return Timestamp.from_seconds(value)
    except TimestampError as exc:
        raise FormatError(f"{where}.{key}: {exc.msg}") from None


def _text(item: Mapping[str, object], keys: Sequence[str], where: str, strict: bool) -> str | None:
    """A text field: kept as written in a file; in front matter an empty one is no value."""
    key, value = _first(item, keys)
    if value is None or isinstance(value, str):
        return value if strict or value else None
    raise FormatError(f"{where}.{key} must be a string, not {type(value).__name__}")


def _end(start: Timestamp, end: Timestamp | None) -> Timestamp | None:
    """An end equal to the start means "no end"; one before the start is refused."""
    if end is None or end.ms == start.ms:
        return None
    if end.ms < start.ms:
        raise FormatError(f"chapter ends ({end}) before it starts ({start})")
    return end


def _toc(item: Mapping[str, object], where: str) -> bool:
    toc = item.get("toc", True)
    if not isinstance(toc, bool):
        raise FormatError(f"{where}.toc must be true or false, not {toc!r}")
    return toc


def _location(item: Mapping[str, object], where: str, strict: bool) -> Location | None:
    value = item.get("location")
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise FormatError(f"{where}.location must be an object")
    at = f"{where}.location"
    name = _text(value, ("name",), at, strict)
    if name is None or not (strict or name.strip()):
        raise FormatError(f"{at} has no name")
    geo = _field(strict, lambda: _text(value, ("geo",), at, strict))
    osm = _field(strict, lambda: _text(value, ("osm",), at, strict))
    return Location(name if strict else name.strip(), geo, osm)


@overload
def read_item(item: object, where: str, *, strict: Literal[True]) -> Chapter: ...
@overload
def read_item(item: object, where: str, *, strict: bool) -> Chapter | None: ...
def read_item(item: object, where: str, *, strict: bool) -> Chapter | None:
    """The :class:`~shownotes.chapters.Chapter` a Podcasting 2.0 chapter ``item`` describes;
    ``where`` names it in error messages (``"chapters[3]"``).

    ``strict`` (a chapters file): the :data:`STRICT` keys; a missing ``startTime`` or any
    field of the wrong type or out of range is a :class:`~shownotes.errors.FormatError`; a
    missing title is ``""``; text is kept as written. Lenient (front matter): the
    :data:`LENIENT` keys; times may be text (``"2:05"``); ``None`` for an item with no
    readable start or no title; a bad optional field is left out; text is stripped.
    """
    keys = STRICT if strict else LENIENT
    if not isinstance(item, Mapping):
        if strict:
            raise FormatError(f"{where} must be an object, not {type(item).__name__}")
        return None
    start = _field(strict, lambda: _time(item, keys.start, where, strict))
    if start is None:
        if strict:
            raise FormatError(f"{where} has no {keys.start[0]}")
        return None
    toc = _field(strict, lambda: _toc(item, where))
    try:
        end = _field(strict, lambda: _end(start, _time(item, keys.end, where, strict)))
    except FormatError as exc:
        raise FormatError(f"{where}: {exc.msg}") from None
    title = _field(strict, lambda: _text(item, keys.title, where, strict))
    if not strict:
        if not (title and title.strip()):
            return None
        title = title.strip()
    return Chapter(
        start,
        title or "",
        end,
        url=_field(strict, lambda: _text(item, ("url",), where, strict)),
        image=_field(strict, lambda: _text(item, keys.image, where, strict)),
        toc=True if toc is None else toc,
        location=_field(strict, lambda: _location(item, where, strict)),
    )
