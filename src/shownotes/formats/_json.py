"""Reading helpers the JSON chapter formats share: JSON that raises only FormatError, seconds and
clock strings as timestamps, typed fields, and the shipped JSON Schemas."""

from __future__ import annotations

import json
import math
import re
from fractions import Fraction
from typing import Any, Final

from shownotes.errors import FormatError, TimestampError
from shownotes.formats._common import as_text, nearest
from shownotes.timestamps import MAX_SECONDS, Timestamp

# HH:MM:SS with an optional fraction; hours may pass 99 (bounded repeats: linear time).
_CLOCK: Final = re.compile(r"\s*(\d{1,9}):([0-5]\d):([0-5]\d)(?:[.,](\d{1,9}))?\s*")


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def load(data: str | bytes, what: str) -> Any:
    """``data`` parsed as JSON; :class:`FormatError` (with line and column for syntax errors)
    for anything that is not JSON, NaN and Infinity included."""
    text = as_text(data, what)
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise FormatError(f"{what}: {exc.msg}", text, exc.pos) from None
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"{what}: {exc}") from None


def dump(document: object, indent: int | None) -> str:
    """``document`` as JSON text, UTF-8 (not ASCII-escaped)."""
    return json.dumps(document, ensure_ascii=False, indent=indent)


def seconds_value(t: Timestamp) -> int | float:
    """``t`` in seconds as JSON writes it: an integer when whole, else ``ms / 1000``."""
    whole, ms = divmod(t.ms, 1000)
    return t.ms / 1000 if ms else whole


def seconds(value: object, where: str) -> Timestamp:
    """A number of seconds (or a quoted one) as a timestamp."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise FormatError(f"{where} is not a number: {str(value)[:40]!r}") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FormatError(f"{where} is not a number: {type(value).__name__}")
    if not math.isfinite(value) or value < 0:
        raise FormatError(f"{where} must be a finite number >= 0, not {value!r}")
    try:
        return Timestamp.from_seconds(value)
    except TimestampError as exc:
        raise FormatError(f"{where}: {exc.msg}") from None


def milliseconds(value: object, where: str) -> Timestamp:
    """A whole number of milliseconds as a timestamp."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(f"{where} is not a whole number of milliseconds: {value!r}"[:120])
    if not 0 <= value <= MAX_SECONDS * 1000:
        raise FormatError(f"{where} is out of range: {value}")
    return Timestamp(value)


def ticks(value: object, base: Fraction, where: str) -> Timestamp:
    """A whole number of ``base`` seconds as a timestamp, to the nearest millisecond."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(f"{where} is not a whole number: {value!r}"[:120])
    if value < 0 or value * base > MAX_SECONDS:
        raise FormatError(f"{where} is out of range: {value}")
    exact = value * base * 1000
    return Timestamp(nearest(exact.numerator, exact.denominator))


def clock(value: object, where: str) -> Timestamp:
    """``HH:MM:SS`` with an optional fraction, as a timestamp (nearest millisecond)."""
    if not isinstance(value, str):
        raise FormatError(f"{where} must be a time string such as '00:01:02', not {value!r}"[:120])
    match = _CLOCK.fullmatch(value)
    if match is None:
        raise FormatError(f"{where} is not a time such as '00:01:02.500': {value[:40]!r}")
    hours, minutes, secs, fraction = match.groups()
    digits = fraction or ""
    whole = ((int(hours) * 60 + int(minutes)) * 60 + int(secs)) * 1000
    return Timestamp(whole + nearest(int(digits or 0) * 1000, 10 ** len(digits)))


def text(item: dict[str, Any], key: str, where: str) -> str | None:
    """``item[key]`` when it is a string, ``None`` when absent or null."""
    value = item.get(key)
    if value is None or isinstance(value, str):
        return value
    raise FormatError(f"{where}.{key} must be a string, not {type(value).__name__}")


def objects(value: object, where: str) -> list[dict[str, Any]]:
    """``value`` as a list of JSON objects."""
    if not isinstance(value, list):
        raise FormatError(f"{where} must be an array, not {type(value).__name__}")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise FormatError(f"{where}[{i}] must be an object, not {type(item).__name__}")
    return value


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema shipped as ``shownotes/formats/schemas/{name}.schema.json``."""
    from importlib.resources import files

    path = files("shownotes.formats").joinpath("schemas", f"{name}.schema.json")
    loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return loaded
