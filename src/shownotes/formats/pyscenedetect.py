"""PySceneDetect scene lists: the CSV ``scenedetect list-scenes`` writes, one row per scene
with its start and end as frame, timecode and seconds, after an optional ``Timecode List:``
row of the cuts.

Precision: 1 ms (``Start Time (seconds)`` with three decimals; the timecode columns are read
when the seconds are missing). Kept: start and end. Scenes follow each other, so a missing end
is written as the next chapter's start and the last one's as its own start, which reads back
as no end (:func:`normalize` fills them the same way). Frame columns are written for a frame
rate of ``fps`` (25 by default; frames count from 1, as PySceneDetect's do). Not expressible:
title, url, image, toc, location.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), ""), Chapter(Timestamp(3_333), "")]), fps=30)
>>> lines = text.splitlines()
>>> print(lines[0], lines[1][:39], lines[2], sep="\\n")
Timecode List:,00:00:03.333
Scene Number,Start Frame,Start Timecode
1,1,00:00:00.000,0.000,100,00:00:03.333,3.333,100,00:00:03.333,3.333
>>> [(str(c.start), str(c.end)) for c in loads(text)]
[('0:00', '0:03.333'), ('0:03.333', 'None')]
"""

from __future__ import annotations

import csv
import io
import re
from fractions import Fraction
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _json
from shownotes.formats._common import (
    as_text,
    check,
    check_range,
    end_or_none,
    fill_ends,
    nearest,
    split_lines,
)
from shownotes.formats.scenecut import frame_rate
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "pyscenedetect"
EXTENSION: Final = ".scenes.csv"
BINARY: Final = False
PRECISION: Final = "1 ms; start and end (always written) are kept"

HEADER: Final = (
    "Scene Number",
    "Start Frame",
    "Start Timecode",
    "Start Time (seconds)",
    "End Frame",
    "End Timecode",
    "End Time (seconds)",
    "Length (frames)",
    "Length (timecode)",
    "Length (seconds)",
)
_SECONDS: Final = re.compile(r"\s*\d{1,12}(?:\.\d{1,9})?\s*")
# A row holds ten short fields; a longer one is not a scene list (and stays cheap to refuse).
_MAX_FIELD: Final = 64


def normalize(chapters: Chapters, *, duration: Timestamp | None = None) -> Chapters:
    """``chapters`` as a scene list keeps them: start and end (filled as written)."""
    return Chapters(
        tuple(Chapter(c.start, "", c.end) for c in fill_ends(check(chapters), duration))
    )


def _frame(t: Timestamp, rate: Fraction) -> int:
    exact = t.ms * rate / 1000
    return nearest(exact.numerator, exact.denominator)


def dumps(
    chapters: Chapters, *, fps: float | Fraction = 25, duration: Timestamp | None = None
) -> str:
    """``chapters`` as a PySceneDetect scene list for a video at ``fps`` frames per second;
    ``duration``, the video's length, ends the last scene."""
    rate = frame_rate(fps)
    scenes = check_range(normalize(chapters, duration=duration), "PySceneDetect CSV")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Timecode List:", *(f"{c.start:hh:mm:ss.mmm}" for c in scenes[1:])])
    writer.writerow(HEADER)
    for number, scene in enumerate(scenes, start=1):
        end = scene.end if scene.end is not None else scene.start
        length = Timestamp(end.ms - scene.start.ms)
        first, last = _frame(scene.start, rate) + 1, _frame(end, rate)
        writer.writerow(
            [
                number,
                first,
                f"{scene.start:hh:mm:ss.mmm}",
                f"{scene.start.ms / 1000:.3f}",
                last,
                f"{end:hh:mm:ss.mmm}",
                f"{end.ms / 1000:.3f}",
                max(last - first + 1, 0),
                f"{length:hh:mm:ss.mmm}",
                f"{length.ms / 1000:.3f}",
            ]
        )
    return out.getvalue()


def _time(row: dict[str, str], name: str, where: str) -> Timestamp:
    seconds = row.get(f"{name} Time (seconds)")
    if seconds and _SECONDS.fullmatch(seconds):
        return _json.seconds(seconds, f"{where}: {name} Time (seconds)")
    timecode = row.get(f"{name} Timecode")
    if timecode:
        return _json.clock(timecode, f"{where}: {name} Timecode")
    raise FormatError(f"{where} has no {name.lower()} time")


def loads(data: str | bytes) -> Chapters:
    """The scenes of a PySceneDetect scene list as untitled chapters, in file order.

    :class:`~shownotes.errors.FormatError` names the line of a missing header or a row
    without a usable start.

    >>> loads("Scene Number,Start Time (seconds)\\n1,soon\\n")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: PySceneDetect CSV: row 2 has no start time (line 2, column 1)
    """
    text = as_text(data, "PySceneDetect CSV")
    lines = [(line, pos) for line, pos in split_lines(text) if line.strip()]
    if lines and lines[0][0].startswith("Timecode List:"):
        lines = lines[1:]
    if not lines or not lines[0][0].startswith("Scene Number"):
        raise FormatError("PySceneDetect CSV: the header row 'Scene Number,…' is missing", text, 0)
    header = _row(lines[0][0], text, lines[0][1])
    chapters = []
    for number, (line, pos) in enumerate(lines[1:], start=2):
        fields = _row(line, text, pos)
        row = dict(zip(header, fields, strict=False))
        try:
            start = _time(row, "Start", f"row {number}")
            end = None
            if row.get("End Time (seconds)") or row.get("End Timecode"):
                end = end_or_none(start, _time(row, "End", f"row {number}"))
        except FormatError as exc:
            raise FormatError(f"PySceneDetect CSV: {exc.msg}", text, pos) from None
        chapters.append(Chapter(start, "", end))
    return Chapters(tuple(chapters))


def _row(line: str, text: str, pos: int) -> list[str]:
    fields = next(csv.reader([line]), [])
    if len(fields) > 2 * len(HEADER) or any(len(f) > _MAX_FIELD for f in fields):
        raise FormatError("PySceneDetect CSV: not a scene-list row", text, pos)
    return [field.strip() for field in fields]
