"""SubRip (``.srt``) transcripts, as the Podcasting 2.0 transcript spec uses them.

A cue is an index line, ``HH:MM:SS,mmm --> HH:MM:SS,mmm`` and its text; a speaker's name and a
colon start the cue where the speaker changes (``Sarah: In today's episode,``). The lines of a
cue are display wraps (the spec caps them at 32 characters): they are read as one line of text.
Formatting tags (``<i>``) are kept as text: SRT has no escapes, so they round-trip as written.
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.model.errors import FormatError
from shownotes.model.timestamps import Timestamp
from shownotes.model.transcripts import Transcript, Turn
from shownotes.transcripts import _cues
from shownotes.transcripts._cues import blocks, clock, cue_ms, speaker_of
from shownotes.transcripts._names import fold

_STAMP: Final = r"(\d{1,9}):(\d{2}):(\d{2})[,.](\d{1,3})"
_TIMING: Final = re.compile(rf"[ \t]*(?P<a>{_STAMP})[ \t]*-->[ \t]*(?P<b>{_STAMP})(?:[ \t].*)?")


def loads(text: str) -> Transcript:
    turns: list[Turn] = []
    speaker: str | None = None
    for block in blocks(text):
        first, pos = block[0]
        timing = _TIMING.fullmatch(first)
        rest = block[1:]
        if timing is None and first.strip().isdigit() and rest:
            timing = _TIMING.fullmatch(rest[0][0])
            first, pos = rest[0]
            rest = rest[1:]
        if timing is None:
            raise FormatError("expected a time line 'HH:MM:SS,mmm --> HH:MM:SS,mmm'", text, pos)
        start = cue_ms(timing.groups()[1:5], text, pos + timing.start("a"))
        end = cue_ms(timing.groups()[6:], text, pos + timing.start("b"))
        if end < start:
            raise FormatError("the cue ends before it starts", text, pos + timing.start("b"))
        words = fold(" ".join(line for line, _ in rest))
        if not words:
            continue  # an empty cue says nothing
        speaker, words = speaker_of(words, speaker)
        turns.append(
            Turn(Timestamp(start), speaker, words, Timestamp(end) if end > start else None)
        )
    return Transcript(tuple(turns))


def dumps(transcript: Transcript) -> str:
    written = []
    for number, (start, end, turn) in enumerate(_cues.cues(transcript, "srt"), start=1):
        prefix = f"{turn.speaker}: " if turn.speaker is not None else ""
        written.append(
            f"{number}\n{clock(start, ',')} --> {clock(end, ',')}\n{prefix}{turn.text}\n"
        )
    return "\n".join(written)


def normalize(transcript: Transcript) -> Transcript:
    """``transcript`` as this format holds it (see :func:`shownotes.transcripts.normalize`)."""
    return _cues.normalize(transcript, "srt")
