"""One converter (cattrs) for every value shownotes returns: dicts, JSON, and back.

Times become seconds (``46`` or ``65.92``: ``ms / 1000``, exact both ways); the episode's date
becomes ISO 8601 text; ``metadata`` is kept as given in dicts and written as JSON with dates as
ISO 8601 text.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
from collections.abc import Mapping
from typing import Any, TypeVar

import cattrs

from shownotes.model.chapters import Chapter, Chapters
from shownotes.model.timestamps import Timestamp
from shownotes.model.transcripts import Transcript, Turn

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


def _structure_transcript(value: object, _type: object) -> Transcript:
    if isinstance(value, Transcript):
        return value
    if not isinstance(value, list | tuple):
        raise TypeError(f"a transcript must be a list of turns, not {type(value).__name__}")
    return Transcript(tuple(converter.structure(item, Turn) for item in value))


converter.register_unstructure_hook(
    Transcript, lambda t: [converter.unstructure(turn, Turn) for turn in t]
)
converter.register_structure_hook(Transcript, _structure_transcript)
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
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _json_key(key: object) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, dt.date | dt.time):
        return key.isoformat()
    if isinstance(key, bytes):
        return base64.b64encode(key).decode("ascii")
    return json.dumps(key) if key is None or isinstance(key, bool | int | float) else str(key)


def _json_ready(data: object) -> object:
    """``data`` with what JSON cannot hold as given made JSON: keys that are not text (YAML
    reads ``2024-01-01:`` as a date key) as text, NaN and infinities as ``None``.

    Iterative, so front matter nested as deep as its loader allows does not exhaust the stack;
    a container that holds itself is a ``ValueError``, as in :func:`json.dumps`.
    """
    done = object()  # marks where a container's children end: its id leaves the path
    path: set[int] = set()  # the containers being filled
    top: list[object] = [None]
    stack: list[tuple[object, Any, Any]] = [(data, top, 0)]
    while stack:
        value, into, slot = stack.pop()
        if value is done:
            path.discard(slot)
            continue
        children: list[tuple[object, Any, Any]]
        if isinstance(value, Mapping):
            out: dict[str, object] = dict.fromkeys(map(_json_key, value))
            children = [(v, out, _json_key(k)) for k, v in value.items()]
        elif isinstance(value, list | tuple | set | frozenset):
            items = list(value)
            out_list: list[object] = [None] * len(items)
            children = [(v, out_list, i) for i, v in enumerate(items)]
            into[slot] = out_list
        elif isinstance(value, float) and not math.isfinite(value):
            into[slot] = None
            continue
        else:
            into[slot] = value
            continue
        if isinstance(value, Mapping):
            into[slot] = out
        if id(value) in path:
            raise ValueError("Circular reference detected")
        path.add(id(value))
        stack.append((done, None, id(value)))
        stack.extend(reversed(children))
    return top[0]


def dumps(data: object, *, indent: int | None = None) -> str:
    """JSON text of plain data as :func:`to_dict` returns it (dates and datetimes in
    ``metadata`` as ISO 8601, non-ASCII kept): for wrapping a dict in a larger document.

    Always JSON: front-matter values JSON has no form for are written as text (dates, YAML
    ``!!binary`` as base64, keys that are not text) or ``null`` (NaN, infinities).

    >>> dumps({"metadata": {dt.date(2024, 1, 2): float("nan"), "cover": b"GIF8"}})
    '{"metadata": {"2024-01-02": null, "cover": "R0lGOA=="}}'
    """
    try:
        return json.dumps(
            data, default=_json_default, ensure_ascii=False, indent=indent, allow_nan=False
        )
    except (TypeError, ValueError):  # a key that is not text, NaN: the slow path
        return json.dumps(
            _json_ready(data), default=_json_default, ensure_ascii=False, indent=indent
        )
