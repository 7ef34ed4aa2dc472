"""WebVTT (``.vtt``) transcripts, as the Podcasting 2.0 transcript spec uses them.

``WEBVTT``, then cues: an optional identifier, ``[HH:]MM:SS.mmm --> [HH:]MM:SS.mmm`` (cue
settings after it are ignored) and the payload. The speaker is a voice span ``<v Name>`` at the
start of the payload (W3C WebVTT) or, as in the spec's own example file, a ``Name:`` prefix;
a cue with neither is spoken by the speaker before it. Tags are dropped and character
references decoded when reading; ``&``, ``<`` and ``>`` are escaped when writing. ``NOTE``,
``STYLE`` and ``REGION`` blocks are skipped.
"""

from __future__ import annotations

import html
import re
from typing import Final

from shownotes.model.errors import FormatError
from shownotes.model.timestamps import Timestamp
from shownotes.model.transcripts import Transcript, Turn
from shownotes.transcripts import _cues
from shownotes.transcripts._cues import blocks, clock, cue_ms, speaker_of
from shownotes.transcripts._names import fold

_STAMP: Final = r"(?:(\d{2,9}):)?(\d{2}):(\d{2})\.(\d{3})"
_TIMING: Final = re.compile(rf"(?P<a>{_STAMP})[ \t]+-->[ \t]+(?P<b>{_STAMP})(?:[ \t].*)?")
_HEADER: Final = re.compile(r"\ufeff?WEBVTT(?:[ \t].*)?")
_SKIPPED: Final = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?")
# The blanks after the tag name are taken whole (`++`): the name's class takes blanks too,
# and an unclosed tag tried every split of them (quadratic; the ReDoS audit's input).
_VOICE: Final = re.compile(r"<v(?:\.[^ \t>]*)?[ \t]++([^>]*)>")
# A tag holds no "<": each try stops at the next one, so a run of "<" is read in linear time.
_TAG: Final = re.compile(r"<[^<>]*>")


def loads(text: str) -> Transcript:
    found = blocks(text)
    if not found or not _HEADER.fullmatch(found[0][0][0]) or found[0][0][1] != 0:
        raise FormatError("a WebVTT file starts with 'WEBVTT'", text, 0)
    for line, pos in found[0]:
        if "-->" in line:
            raise FormatError("a blank line must end the WEBVTT header before the cues", text, pos)
    turns: list[Turn] = []
    speaker: str | None = None
    for block in found[1:]:
        first, pos = block[0]
        if _SKIPPED.fullmatch(first):
            continue
        at = 0 if "-->" in first else 1
        timing = _TIMING.fullmatch(block[at][0]) if at < len(block) else None
        if timing is None:
            where = block[at][1] if at < len(block) else pos
            raise FormatError(
                "expected a cue time line '00:00:00.000 --> 00:00:05.000'", text, where
            )
        pos = block[at][1]
        start = cue_ms(timing.groups()[1:5], text, pos)
        end = cue_ms(timing.groups()[6:], text, pos + timing.start("b"))
        if end < start:
            raise FormatError("the cue ends before it starts", text, pos + timing.start("b"))
        payload = "\n".join(line for line, _ in block[at + 1 :])
        voice = _VOICE.match(payload)
        words = fold(html.unescape(_TAG.sub("", payload)))
        if not words:
            continue  # an empty cue says nothing
        if voice is not None and fold(html.unescape(voice.group(1))):
            speaker = fold(html.unescape(voice.group(1)))
        else:
            speaker, words = speaker_of(words, speaker)
        turns.append(
            Turn(Timestamp(start), speaker, words, Timestamp(end) if end > start else None)
        )
    return Transcript(tuple(turns))


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def dumps(transcript: Transcript) -> str:
    written = ["WEBVTT\n"]
    for start, end, turn in _cues.cues(transcript, "vtt"):
        voice = f"<v {_escape(turn.speaker)}>" if turn.speaker is not None else ""
        written.append(f"{clock(start, '.')} --> {clock(end, '.')}\n{voice}{_escape(turn.text)}\n")
    return "\n".join(written)


def normalize(transcript: Transcript) -> Transcript:
    """``transcript`` as this format holds it (see :func:`shownotes.transcripts.normalize`)."""
    return _cues.normalize(transcript, "vtt")
