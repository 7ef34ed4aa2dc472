"""Transcript files: the four Podcasting 2.0 ``podcast:transcript`` formats behind one
``loads``/``dumps``/``normalize``, named by a short name or by the tag's MIME ``type``."""

from __future__ import annotations

from typing import Final, Literal

from shownotes.errors import FormatError
from shownotes.transcripts import _html, _json, _srt, _vtt
from shownotes.transcripts._cues import MAX_MS
from shownotes.transcripts.values import Transcript

Format = Literal["srt", "vtt", "json", "html"]

#: Every name a format goes by: ours, and the MIME types ``<podcast:transcript type=…>`` uses.
FORMATS: Final[dict[str, Format]] = {
    "srt": "srt",
    "subrip": "srt",
    "application/x-subrip": "srt",
    "application/srt": "srt",
    "text/srt": "srt",
    "vtt": "vtt",
    "webvtt": "vtt",
    "text/vtt": "vtt",
    "json": "json",
    "application/json": "json",
    "html": "html",
    "text/html": "html",
}
_READERS: Final = {"srt": _srt.loads, "vtt": _vtt.loads, "json": _json.loads, "html": _html.loads}
_WRITERS: Final = {"srt": _srt.dumps, "vtt": _vtt.dumps, "json": _json.dumps}
_NORMALIZERS: Final = {"srt": _srt.normalize, "vtt": _vtt.normalize, "json": _json.normalize}


def format_of(name: str, writing: bool = False) -> Format:
    """The format ``name`` stands for; :class:`ValueError` for one we do not read (or write)."""
    if not isinstance(name, str):
        raise TypeError(f"format must be a str, not {type(name).__name__}")
    found = FORMATS.get(name.strip().lower())
    if found is None or (writing and found not in _WRITERS):
        known = sorted(_WRITERS if writing else _READERS)
        raise ValueError(f"unknown transcript format {name!r}; known: {', '.join(known)}")
    return found


def _text(data: str | bytes) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            column = exc.start - raw.rfind(b"\n", 0, exc.start)
            message = f"not UTF-8: byte {raw[exc.start]:#04x}"
            raise FormatError(message, pos=exc.start, lineno=line, colno=column) from None
    raise TypeError(f"loads() takes str or bytes, not {type(data).__name__}")


def _transcript(transcript: object) -> Transcript:
    if not isinstance(transcript, Transcript):
        raise TypeError(f"expected a Transcript, not {type(transcript).__name__}")
    for turn in transcript:
        late_start = turn.start is not None and turn.start.ms >= MAX_MS
        if late_start or (turn.end is not None and turn.end.ms > MAX_MS):
            raise ValueError(f"{turn.start} to {turn.end} is past what transcript files hold")
    return transcript


def loads(data: str | bytes, format: str) -> Transcript:
    fmt = format_of(format)
    return _READERS[fmt](_text(data))


def dumps(transcript: Transcript, format: str) -> str:
    return _WRITERS[format_of(format, writing=True)](_transcript(transcript))


def normalize(transcript: Transcript, format: str) -> Transcript:
    return _NORMALIZERS[format_of(format, writing=True)](_transcript(transcript))
