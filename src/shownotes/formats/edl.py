"""Shutter EDL: the CMX 3600 edit decision list Shutter Encoder's scene detection saves, one
event per scene on each of its tracks (``V``, ``A``, ``A2``), which editors (Premiere, Resolve,
OpenTimelineIO) import.

An event line is ``number reel channels C source-in source-out record-in record-out``, times as
``HH:MM:SS:FF`` timecodes at the video's frame rate; the chapter is the record (timeline) in and
out. Precision: one frame at ``fps`` (25 by default: 40 ms; timecodes are non-drop, so a
29.97 fps video is written at its nominal 30). Kept: start, end (every event has one, so a
missing end is written as the next chapter's start and the last one's as its own start, which
reads back as no end) and title, written as the event's ``* FROM CLIP NAME:`` comment and read
from it, or from the reel name when there is none (Shutter Encoder names the reel after the
file). Timecodes stop at 23:59:59:FF. Not expressible: url, image, toc, location.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> print(dumps(Chapters([Chapter(Timestamp(0), "Intro", Timestamp(46_000))])))
TITLE: Chapters
FCM: NON-DROP FRAME
<BLANKLINE>
000001  AX V     C        00:00:00:00 00:00:46:00 00:00:00:00 00:00:46:00
* FROM CLIP NAME: Intro
000002  AX A     C        00:00:00:00 00:00:46:00 00:00:00:00 00:00:46:00
000003  AX A2    C        00:00:00:00 00:00:46:00 00:00:00:00 00:00:46:00
<BLANKLINE>
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import (
    as_text,
    check,
    end_or_none,
    fill_ends,
    nearest,
    one_line,
    split_lines,
)
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "edl"
EXTENSION: Final = ".edl"
BINARY: Final = False
PRECISION: Final = "1 frame (40 ms at 25 fps); start, end (always written) and title are kept"

_TC: Final = r"(\d{2}):(\d{2}):(\d{2})[:;.](\d{2,3})"
# number, reel, channels, transition (C, or D/W/K with a duration), then four timecodes.
_EVENT: Final = re.compile(
    rf"\s*(\d{{1,8}})\s+(\S{{1,128}})\s+(\S{{1,8}})\s+(?:C|[DWK]\S{{0,8}}\s+\d{{1,4}})"
    rf"\s+{_TC}\s+{_TC}\s+{_TC}\s+{_TC}\s*"
)
_CLIP_NAME: Final = re.compile(r"\*\s*FROM CLIP NAME\s*:(.*)", re.IGNORECASE)
_TRACKS: Final = ("V", "A", "A2")


def _rate(fps: object) -> int:
    if isinstance(fps, bool) or not isinstance(fps, int) or not 1 <= fps <= 1000:
        raise ValueError(f"fps must be a whole number of frames per second (1-1000), not {fps!r}")
    return fps


def _frames(t: Timestamp, fps: int) -> int:
    return nearest(t.ms * fps, 1000)


def _snap(t: Timestamp | None, fps: int) -> Timestamp | None:
    return None if t is None else Timestamp(nearest(_frames(t, fps) * 1000, fps))


def normalize(chapters: Chapters, *, fps: int = 25, duration: Timestamp | None = None) -> Chapters:
    """``chapters`` as an EDL at ``fps`` keeps them: start and end to the frame (ends then
    filled as written), one-line title."""
    rate = _rate(fps)
    snapped = []
    for c in check(chapters):
        start, end = _snap(c.start, rate), _snap(c.end, rate)
        assert start is not None
        snapped.append(Chapter(start, one_line(c.title), end if end and end > start else None))
    return fill_ends(Chapters(tuple(snapped)), duration and _snap(duration, rate))


def _timecode(t: Timestamp, fps: int) -> str:
    frames = _frames(t, fps)
    if frames >= 24 * 3600 * fps:
        raise FormatError(f"EDL: {t} is past 23:59:59, where timecodes stop")
    seconds, frame = divmod(frames, fps)
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}:{frame:02d}"


def dumps(
    chapters: Chapters, *, fps: int = 25, title: str = "Chapters", duration: Timestamp | None = None
) -> str:
    """``chapters`` as a Shutter-style EDL for a video at ``fps`` (whole) frames per second;
    ``title`` names the list, ``duration`` ends the last chapter."""
    rate = _rate(fps)
    lines = [f"TITLE: {one_line(title)}", "FCM: NON-DROP FRAME", ""]
    number = 0
    for chapter in normalize(chapters, fps=rate, duration=duration):
        end = chapter.end if chapter.end is not None else chapter.start
        times = f"{_timecode(chapter.start, rate)} {_timecode(end, rate)}"
        for track in _TRACKS:
            number += 1
            lines.append(f"{number:06d}  AX {track:<5} C        {times} {times}")
            if track == "V":
                lines.append(f"* FROM CLIP NAME: {chapter.title}")
    return "\n".join(lines) + "\n"


def _time(groups: tuple[str | None, ...], fps: int, text: str, pos: int) -> Timestamp:
    hours, minutes, seconds, frames = (int(g or 0) for g in groups)
    if minutes >= 60 or seconds >= 60 or frames >= fps:
        raise FormatError(f"EDL: timecode out of range at {fps} fps", text, pos)
    total = ((hours * 60 + minutes) * 60 + seconds) * fps + frames
    return Timestamp(nearest(total * 1000, fps))


def loads(data: str | bytes, *, fps: int = 25) -> Chapters:
    """The chapters of an EDL at ``fps`` frames per second, in file order: one per video event,
    and one per audio event that does not repeat the range of the event before it (Shutter
    Encoder writes each scene on ``V``, ``A`` and ``A2``).

    :class:`~shownotes.errors.FormatError` names the line of an event that is not
    ``number reel channels C in out in out`` or a timecode out of range.

    >>> loads("TITLE: x\\n001  AX V  C  00:00:00:00 00:00:01:30 00:00:00:00 00:00:01:30\\n")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: EDL: timecode out of range at 25 fps (line 2, column 1)
    """
    rate = _rate(fps)
    text = as_text(data, "EDL")
    groups: list[tuple[Timestamp, Timestamp, str, str | None]] = []  # in, out, reel, name
    for line, pos in split_lines(text):
        stripped = line.strip()
        if not stripped or stripped.upper().startswith(("TITLE", "FCM")):
            continue
        if stripped.startswith("*"):
            name = _CLIP_NAME.fullmatch(stripped)
            if name and groups and groups[-1][3] is None:
                start, end, reel, _ = groups[-1]
                groups[-1] = (start, end, reel, name.group(1).strip())
            continue
        event = _EVENT.fullmatch(line)
        if event is None:
            if stripped[0].isdigit():
                raise FormatError(f"EDL: bad event {stripped[:60]!r}", text, pos)
            continue  # other notes (M2 speed lines, >>> SOURCE, SPLIT) say nothing of chapters
        record_in = _time(event.groups()[11:15], rate, text, pos)
        record_out = _time(event.groups()[15:19], rate, text, pos)
        for times in (event.groups()[3:7], event.groups()[7:11]):
            _time(times, rate, text, pos)
        if record_out < record_in:
            raise FormatError("EDL: an event ends before it starts", text, pos)
        video = event.group(3).upper().startswith("V")
        if groups and not video and groups[-1][:2] == (record_in, record_out):
            continue  # the same scene on an audio track, after its video event
        groups.append((record_in, record_out, event.group(2), None))
    return Chapters(
        tuple(
            Chapter(start, name if name is not None else reel, end_or_none(start, end))
            for start, end, reel, name in groups
        )
    )
