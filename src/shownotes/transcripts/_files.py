"""Transcript files: the four Podcasting 2.0 ``podcast:transcript`` formats behind one
``loads``/``dumps``/``normalize``, named by a short name or by the tag's MIME ``type``."""

from __future__ import annotations

from typing import Final, Literal

from shownotes.model.errors import FormatError, UnknownFormatError
from shownotes.model.transcripts import Transcript
from shownotes.transcripts import _html, _json, _srt, _vtt
from shownotes.transcripts._cues import MAX_MS

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
    """The format ``name`` stands for; :class:`~shownotes.errors.UnknownFormatError` (a
    :class:`ValueError` and a :class:`KeyError`) for one we do not read (or write)."""
    if not isinstance(name, str):
        raise TypeError(f"format must be a str, not {type(name).__name__}")
    found = FORMATS.get(name.strip().lower())
    if found is None or (writing and found not in _WRITERS):
        known = sorted(_WRITERS if writing else _READERS)
        raise UnknownFormatError(name, known, "transcript format")
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
    """The transcript in ``data``, a transcript file in ``format``: ``"srt"``, ``"vtt"``,
    ``"json"`` or ``"html"``, or the MIME type of its ``<podcast:transcript>`` tag (see
    :data:`FORMATS`). Bytes are read as UTF-8 (a byte-order mark is dropped).

    Raises :class:`~shownotes.errors.FormatError`, with a line and a column, for a file that
    does not follow its format, and nothing else for any text; :class:`ValueError` for a
    format it does not read.

    >>> loads('{"segments": [{"speaker": "Ana", "startTime": 1.5, "body": "Hi!"}]}', "json")[0]
    Turn(start=Timestamp(ms=1500), speaker='Ana', text='Hi!', end=None)
    >>> loads("WEBVTT\\n\\n00:01.500 --> 00:03.000\\n<v Ana>Hi!", "text/vtt")[0].end
    Timestamp(ms=3000)
    """
    fmt = format_of(format)
    return _READERS[fmt](_text(data))


def dumps(transcript: Transcript, format: str) -> str:
    """``transcript`` as a file in ``format`` (``"srt"``, ``"vtt"`` or ``"json"``), which
    :func:`loads` reads back as ``normalize(transcript, format)``.

    Raises :class:`ValueError` when the format cannot hold it: a turn with words but no start
    in SRT or WebVTT, a time past 10**15 ms (about 31,700 years).

    >>> from shownotes.model.timestamps import Timestamp
    >>> from shownotes.transcripts import Turn
    >>> print(dumps(Transcript((Turn(Timestamp(1500), "Ana", "Hi!"),)), "srt"))
    1
    00:00:01,500 --> 00:00:02,500
    Ana: Hi!
    <BLANKLINE>
    """
    return _WRITERS[format_of(format, writing=True)](_transcript(transcript))


def normalize(transcript: Transcript, format: str) -> Transcript:
    """``transcript`` as ``format`` holds it: ``loads(dumps(t, f), f) == normalize(t, f)``.

    JSON keeps every field. SRT and WebVTT drop turns without words, fold white space, end a
    turn where the next one starts (or a second later), give a turn without a speaker the
    speaker before it (or the ``Name:`` its text starts with); SRT keeps only speakers that
    read as names, WebVTT orders turns by start. See the transcripts guide.

    >>> from shownotes.model.timestamps import Timestamp
    >>> from shownotes.transcripts import Turn
    >>> t = Transcript((Turn(Timestamp(0), "Ana", "Hi,\\n Ben."), Turn(Timestamp(900), None, "No")))
    >>> [(turn.speaker, turn.text, str(turn.end)) for turn in normalize(t, "srt")]
    [('Ana', 'Hi, Ben.', '0:00.900'), ('Ana', 'No', '0:01.900')]
    """
    return _NORMALIZERS[format_of(format, writing=True)](_transcript(transcript))
