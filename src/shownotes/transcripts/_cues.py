"""What SRT and WebVTT share: cue times, the speaker a cue carries, and what they can hold.

The Podcasting 2.0 transcript spec starts a new SRT card "when the speaker changes" with the
speaker's name and a colon, and its WebVTT example writes a ``<v Name>`` span only where the
speaker changes: a cue without a name is spoken by the speaker of the cue before it. Both
readers follow that, and :func:`normalize` says exactly what survives a round trip.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final, Literal

from shownotes.model.errors import FormatError
from shownotes.model.timestamps import Timestamp
from shownotes.model.transcripts import Transcript, Turn
from shownotes.transcripts._names import fold, split_prefix

CueFormat = Literal["srt", "vtt"]

#: How long a cue lasts when its turn has no end and no later turn starts after it.
LAST_CUE_MS: Final = 1000
#: Where times in transcript files end (about 31,700 years): a start comes before it, an end
#: at the latest on it. JSON writes seconds, exact below 2**52 ms; SRT and WebVTT readers take
#: up to 9 digits of hours.
MAX_MS: Final = 10**15
_MS_PER_HOUR: Final = 3_600_000
_LINE: Final = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def clock(t: Timestamp, separator: str) -> str:
    """``HH:MM:SS<separator>mmm``: SubRip writes ``,``, WebVTT ``.``."""
    hours, rest = divmod(t.ms, _MS_PER_HOUR)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def cue_ms(fields: Sequence[str | None], text: str, pos: int) -> int:
    """The milliseconds of a cue time read as hours (or ``None``), minutes, seconds and a
    fraction; :class:`FormatError` at ``pos`` for minutes or seconds out of range."""
    hours, minutes, seconds = (int(field or 0) for field in fields[:3])
    if minutes >= 60 or seconds >= 60:
        raise FormatError("minutes and seconds must be below 60", text, pos)
    millis = int((fields[3] or "0").ljust(3, "0"))
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def speaker_of(text: str, carried: str | None) -> tuple[str | None, str]:
    """The speaker and words of a cue with no voice span: its ``Name:`` prefix, or the
    speaker carried over from the cues before it."""
    prefix = split_prefix(text)
    if prefix is not None:
        return prefix
    return carried, text


def blocks(text: str) -> list[list[tuple[str, int]]]:
    """The blank-line separated blocks of ``text``: each line with its offset."""
    found: list[list[tuple[str, int]]] = [[]]
    for match in _LINE.finditer(text):
        if not match.group():
            continue  # the empty match at the end
        line = match.group().rstrip("\r\n")
        if line.strip():
            found[-1].append((line, match.start()))
        elif found[-1]:
            found.append([])
    return [block for block in found if block]


def _fits_srt(name: str) -> bool:
    return split_prefix(f"{name}: x") == (name, "x")


def _fits_vtt(name: str) -> bool:
    return bool(name)


_FITS: Final[dict[str, Callable[[str], bool]]] = {"srt": _fits_srt, "vtt": _fits_vtt}


def normalize(transcript: Transcript, fmt: CueFormat) -> Transcript:
    """``transcript`` as an SRT or WebVTT file holds it (see :func:`shownotes.transcripts.
    normalize`). Raises :class:`ValueError` when a turn with words has no start time."""
    kept = [turn for turn in transcript if fold(turn.text)]
    for at, turn in enumerate(kept):
        if turn.start is None:
            raise ValueError(f"{fmt} needs a start time for every turn; turn {at} has none")
    if fmt == "vtt":  # WebVTT orders its cues by start time
        kept.sort(key=lambda turn: turn.start.ms if turn.start is not None else 0)
    fits = _FITS[fmt]
    out: list[Turn] = []
    carried: str | None = None
    for at, turn in enumerate(kept):
        assert turn.start is not None  # checked above
        text = fold(turn.text)
        speaker = fold(turn.speaker) if turn.speaker is not None else None
        if speaker is None or not fits(speaker):
            speaker, text = speaker_of(text, carried)
        carried = speaker
        end = turn.end
        if end is None:
            later = kept[at + 1].start if at + 1 < len(kept) else None
            if later is not None and later > turn.start:
                end = later
            else:
                end = Timestamp(min(turn.start.ms + LAST_CUE_MS, MAX_MS))
        out.append(Turn(turn.start, speaker, text, end))
    return Transcript(tuple(out))


def cues(transcript: Transcript, fmt: CueFormat) -> list[tuple[Timestamp, Timestamp, Turn]]:
    """The cues a writer writes: each turn of ``normalize(transcript, fmt)`` with its times."""
    found = []
    for turn in normalize(transcript, fmt):
        if turn.start is not None and turn.end is not None:  # normalize fills both
            found.append((turn.start, turn.end, turn))
    return found
