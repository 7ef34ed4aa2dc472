"""scenecut-extractor JSON: the scene cuts ``scenecut_extractor`` finds with FFmpeg's scene
score, an array of ``{"frame", "pts", "pts_time", "score"}`` objects; each cut starts a chapter.

Precision: 1 ms (``pts_time``, seconds). Kept: start only; cuts have no titles. ``frame`` and
``pts`` are written for a frame rate of ``fps`` (25 by default; ``pts`` in frames, as
scenecut-extractor writes for a 1/fps time base) and ``score`` as 1.0, a certain cut; reading
uses ``pts_time``. Not expressible: title, end, url, image, toc, location. The JSON Schema
shipped as :func:`schema` was written from scenecut-extractor's README.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> dumps(Chapters([Chapter(Timestamp(3_800), "Cut")]), fps=30, indent=None)
'[{"frame": 114, "pts": 114, "pts_time": 3.8, "score": 1.0}]'
>>> loads('[{"frame": 114, "pts": 114.0, "pts_time": 3.8, "score": 0.445904}]')[0].start
Timestamp(ms=3800)
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _json
from shownotes.formats._common import check, check_range, nearest

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize", "schema"]

NAME: Final = "scenecut"
EXTENSION: Final = ".scenecut.json"
BINARY: Final = False
PRECISION: Final = "1 ms; start only (scene cuts have no titles)"


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as scene cuts keep them: their starts."""
    return Chapters(tuple(Chapter(c.start, "") for c in check(chapters)))


def frame_rate(fps: object) -> Fraction:
    """``fps`` as a positive fraction (``25``, ``29.97``, ``Fraction(30000, 1001)``)."""
    if isinstance(fps, bool) or not isinstance(fps, int | float | Fraction):
        raise TypeError(f"fps must be a number, not {type(fps).__name__}")
    rate = Fraction(fps).limit_denominator(1001) if isinstance(fps, float) else Fraction(fps)
    if not 0 < rate <= 1000:
        raise ValueError(f"fps must be above 0 and at most 1000, not {fps!r}")
    return rate


def dumps(chapters: Chapters, *, fps: float | Fraction = 25, indent: int | None = 2) -> str:
    """``chapters`` as scene cuts of a video at ``fps`` frames per second."""
    rate = frame_rate(fps)
    items = []
    for chapter in check_range(normalize(chapters), "scenecut JSON"):
        exact = chapter.start.ms * rate / 1000
        frame = nearest(exact.numerator, exact.denominator)
        items.append(
            {
                "frame": frame,
                "pts": frame,
                "pts_time": _json.seconds_value(chapter.start),
                "score": 1.0,
            }
        )
    return _json.dump(items, indent)


def loads(data: str | bytes) -> Chapters:
    """The scene cuts of a scenecut-extractor array as untitled chapters, in file order.

    >>> loads('[{"frame": 3}]')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: scenecut JSON: [0] has no pts_time
    """
    document = _json.load(data, "scenecut JSON")
    chapters = []
    try:
        for i, item in enumerate(_json.objects(document, "the document")):
            if item.get("pts_time") is None:
                raise FormatError(f"[{i}] has no pts_time")
            chapters.append(Chapter(_json.seconds(item["pts_time"], f"[{i}].pts_time"), ""))
    except FormatError as exc:
        raise FormatError(f"scenecut JSON: {exc.msg}") from None
    return Chapters(tuple(chapters))


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a scenecut-extractor array, as shipped."""
    return _json.schema(NAME)
