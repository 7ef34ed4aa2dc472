"""FFmpeg scene info: what FFmpeg's ``metadata=print`` filter writes for the frames its scene
detection selects, as chaptertool asks of it::

    ffmpeg -i video.mp4 -vf "select='gt(scene,0.4)',metadata=print:file=scenes.txt" -f null -

Each selected frame is a ``frame:N    pts:P    pts_time:S`` line followed by its metadata
(``lavfi.scene_score=0.445904``); each frame starts a chapter. Precision: 1 ms (``pts_time``,
seconds; FFmpeg itself prints six significant digits, so its starts past 1000 s are coarser).
Kept: start only. ``dumps`` writes frames numbered from 0, ``pts`` in milliseconds (a 1/1000
time base) and a scene score of 1. Not expressible: title, end, url, image, toc, location.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> print(dumps(Chapters([Chapter(Timestamp(3_800), "Cut")])))
frame:0    pts:3800    pts_time:3.8
lavfi.scene_score=1.000000
<BLANKLINE>
>>> loads("frame:0    pts:25600   pts_time:2\\nlavfi.scene_score=0.400000\\n")[0].start
Timestamp(ms=2000)
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _json
from shownotes.formats._common import as_text, check, check_range, split_lines

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "ffscenes"
EXTENSION: Final = ".scenes.txt"
BINARY: Final = False
PRECISION: Final = "1 ms; start only (scene changes have no titles)"

_FRAME: Final = re.compile(
    r"frame:\s{0,20}(\d{1,18})\s{1,20}pts:\s{0,20}(-?\d{1,20}|NOPTS)"
    r"\s{1,20}pts_time:\s{0,20}(\S{1,40})\s*"
)
# A metadata line of the frame: key=value, the key without white space.
_METADATA: Final = re.compile(r"[^\s=]{1,200}=.*")


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as scene info keeps them: their starts."""
    return Chapters(tuple(Chapter(c.start, "") for c in check(chapters)))


def dumps(chapters: Chapters) -> str:
    """``chapters`` as the lines FFmpeg's ``metadata=print`` writes for selected frames."""
    lines = []
    for number, chapter in enumerate(check_range(normalize(chapters), "FFmpeg scene info")):
        pts_time = _json.seconds_value(chapter.start)
        lines.append(f"frame:{number:<4} pts:{chapter.start.ms:<7} pts_time:{pts_time}\n")
        lines.append("lavfi.scene_score=1.000000\n")
    return "".join(lines)


def loads(data: str | bytes) -> Chapters:
    """The selected frames of FFmpeg's scene info as untitled chapters, in file order.

    Blank lines and each frame's ``key=value`` metadata are skipped;
    :class:`~shownotes.errors.FormatError` names the line of anything else.

    >>> loads("frame:0 pts:1 pts_time:soon")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: FFmpeg scene info: pts_time is not a number: 'soon' (line 1, ...)
    """
    text = as_text(data, "FFmpeg scene info")
    chapters: list[Chapter] = []
    for line, pos in split_lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        frame = _FRAME.fullmatch(stripped)
        if frame is None:
            if chapters and _METADATA.fullmatch(stripped):
                continue
            raise FormatError(
                f"FFmpeg scene info: expected 'frame:N pts:P pts_time:S', got {stripped[:60]!r}",
                text,
                pos,
            )
        try:
            chapters.append(Chapter(_json.seconds(frame.group(3), "pts_time"), ""))
        except FormatError as exc:
            raise FormatError(f"FFmpeg scene info: {exc.msg}", text, pos) from None
    return Chapters(tuple(chapters))
