"""One converter (cattrs) for every value shownotes returns: dicts, JSON, and back.

Times become seconds (``46`` or ``65.92``: ``ms / 1000``, exact both ways); the episode's date
becomes ISO 8601 text; ``metadata`` is kept as given in dicts and written as JSON with dates as
ISO 8601 text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any, TypeVar

import cattrs

from shownotes.model.chapters import Chapter, Chapters
from shownotes.model.timestamps import Timestamp

__all__ = ["converter", "dumps", "schema", "structure", "unstructure"]

_T = TypeVar("_T")

converter = cattrs.Converter(omit_if_default=False)


def _seconds(t: Timestamp) -> int | float:
    whole, ms = divmod(t.ms, 1000)
    return t.ms / 1000 if ms else whole


def _timestamp(value: object, _type: object) -> Timestamp:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"a time must be a number of seconds, not {value!r}")
    return Timestamp.from_seconds(value)


def _datetime(value: object, _type: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        raise TypeError(f"a date must be ISO 8601 text, not {value!r}")
    return dt.datetime.fromisoformat(value)


def _is_metadata(cls: object) -> bool:
    return cls == Mapping[str, object]


def _structure_chapters(value: object, _type: object) -> Chapters:
    if isinstance(value, Chapters):
        return value
    if not isinstance(value, list | tuple):
        raise TypeError(f"chapters must be a list, not {type(value).__name__}")
    return Chapters(tuple(converter.structure(item, Chapter) for item in value))


converter.register_unstructure_hook(Timestamp, _seconds)
converter.register_structure_hook(Timestamp, _timestamp)
converter.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
converter.register_structure_hook(dt.datetime, _datetime)
converter.register_unstructure_hook(
    Chapters, lambda cs: [converter.unstructure(c, Chapter) for c in cs]
)
converter.register_structure_hook(Chapters, _structure_chapters)
converter.register_unstructure_hook_func(_is_metadata, dict)
converter.register_structure_hook_func(_is_metadata, lambda v, _t: dict(v))


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`to_json` writes, shipped in the package.

    >>> schema()["title"]
    'shownotes output'
    """
    from importlib.resources import files

    text = files("shownotes").joinpath("schema/shownotes.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def unstructure(value: object) -> dict[str, Any]:
    """``value`` (an attrs class of :mod:`shownotes.model`) as a dict of plain values;
    :func:`structure` reverses it exactly."""
    data: dict[str, Any] = converter.unstructure(value, type(value))
    return data


def structure(data: Mapping[str, Any], cls: type[_T]) -> _T:
    """The ``cls`` value (an attrs class of :mod:`shownotes.model`) that ``data`` describes."""
    return converter.structure(dict(data), cls)


def _json_default(value: object) -> object:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(data: object, *, indent: int | None = None) -> str:
    """JSON text of plain data as :func:`to_dict` returns it (dates and datetimes in
    ``metadata`` as ISO 8601, non-ASCII kept): for wrapping a dict in a larger document."""
    return json.dumps(data, default=_json_default, ensure_ascii=False, indent=indent)
