"""Podcasting 2.0 JSON transcripts: ``{"version": "1.0.0", "segments": [...]}``.

Each segment has a ``body`` (required), and optionally a ``speaker``, a ``startTime`` and an
``endTime`` in seconds. Every :class:`~shownotes.transcripts.Turn` field is kept: times are
written as ``ms / 1000`` and read exactly (as decimals), rounded to the millisecond, halves to
even. A segment whose ``endTime`` equals its ``startTime`` (word-level speech recognition
writes these) has no known end: its ``end`` is ``None``.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Final

from shownotes.model.errors import FormatError
from shownotes.model.timestamps import Timestamp
from shownotes.model.transcripts import Transcript, Turn
from shownotes.transcripts._cues import MAX_MS

#: The version of the JSON transcript format this module writes.
VERSION: Final = "1.0.0"
# The writers' bound, which keeps hostile numbers (1e999999999) from becoming huge ints.
_MAX_SECONDS: Final = Decimal(MAX_MS) / 1000


def _seconds(t: Timestamp) -> int | float:
    whole, ms = divmod(t.ms, 1000)
    return t.ms / 1000 if ms else whole


def dumps(transcript: Transcript) -> str:
    segments = []
    for turn in transcript:
        segment: dict[str, Any] = {}
        if turn.speaker is not None:
            segment["speaker"] = turn.speaker
        if turn.start is not None:
            segment["startTime"] = _seconds(turn.start)
        if turn.end is not None:
            segment["endTime"] = _seconds(turn.end)
        segment["body"] = turn.text
        segments.append(segment)
    return json.dumps({"version": VERSION, "segments": segments}, ensure_ascii=False, indent=2)


def normalize(transcript: Transcript) -> Transcript:
    """``transcript`` as it is: this format keeps every field."""
    return transcript


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n\r":
        pos += 1
    return pos


def _segment_offsets(text: str) -> list[int]:
    """Where each element of the top-level ``segments`` array starts in ``text`` (valid JSON):
    error messages point at the segment that is wrong."""
    decoder = json.JSONDecoder(parse_float=Decimal, parse_int=Decimal)
    offsets: list[int] = []
    pos = _skip(text, 0) + 1  # past "{"
    while not text.startswith("}", pos := _skip(text, pos)):
        key, pos = decoder.raw_decode(text, pos)
        pos = _skip(text, _skip(text, pos) + 1)  # past ":"
        if key == "segments" and text.startswith("[", pos):
            offsets = []  # the last "segments" is the one json.loads keeps
            pos = _skip(text, pos + 1)
            while not text.startswith("]", pos):
                offsets.append(pos)
                pos = _skip(text, decoder.raw_decode(text, pos)[1])
                pos = _skip(text, pos + 1) if text.startswith(",", pos) else pos
            pos += 1
        else:
            pos = decoder.raw_decode(text, pos)[1]
        pos = _skip(text, pos)
        pos += text.startswith(",", pos)
    return offsets


def _time(value: object, key: str) -> Timestamp | None:
    if value is None:
        return None
    if isinstance(value, float) or not isinstance(value, Decimal):  # NaN, Infinity, text
        raise ValueError(f"{key} must be a number of seconds, not {value!r}")
    if value < 0 or value > _MAX_SECONDS:
        raise ValueError(f"{key} is out of range: {value}")
    return Timestamp(int((value * 1000).to_integral_value(ROUND_HALF_EVEN)))


def _turn(item: object) -> Turn:
    if not isinstance(item, dict):
        raise ValueError(f"a segment must be an object, not {type(item).__name__}")
    body = item.get("body")
    if not isinstance(body, str):
        raise ValueError("a segment needs a 'body' string")
    speaker = item.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise ValueError(f"'speaker' must be a string, not {speaker!r}")
    start = _time(item.get("startTime"), "startTime")
    end = _time(item.get("endTime"), "endTime")
    if start is not None and end is not None and end <= start:
        if end < start:
            raise ValueError(f"endTime {end} is before startTime {start}")
        end = None  # a zero-length segment: no known end
    return Turn(start, speaker, body, end)


def loads(text: str) -> Transcript:
    try:
        document = json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as exc:
        raise FormatError(f"not JSON: {exc.msg}", text, exc.pos) from None
    except RecursionError:
        raise FormatError("JSON nested too deeply", text, 0) from None
    if not isinstance(document, dict) or not isinstance(document.get("segments"), list):
        raise FormatError("a JSON transcript is an object with a 'segments' list", text, 0)
    turns = []
    for number, item in enumerate(document["segments"]):
        try:
            turns.append(_turn(item))
        except ValueError as exc:
            pos = _segment_offsets(text)[number]
            raise FormatError(f"segment {number}: {exc}", text, pos) from None
    return Transcript(tuple(turns))
