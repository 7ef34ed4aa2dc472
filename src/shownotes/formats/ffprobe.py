"""ffprobe's chapters as JSON: the output of ``ffprobe -show_chapters -of json FILE``, which
reads the chapters of any media file FFmpeg knows (MP4/M4B, Matroska, MP3, Ogg…).

Each chapter has ``time_base``, integer ``start`` and ``end`` in that time base (and the same
times as ``start_time``/``end_time`` seconds) and ``tags.title``. Precision: 1 ms (times are
read from ``start``/``end`` and the time base, exactly, then rounded to the millisecond, halves
to even; ``dumps`` writes a time base of 1/1000). Kept: start, end (FFmpeg gives every chapter
one, so a missing end is written as the next chapter's start and the last one's as its own
start, which reads back as no end) and title. Not expressible: url, image, toc, location. The
JSON Schema shipped as :func:`schema` was written from ffprobe's output schema (ffprobe.xsd).

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Intro", Timestamp(46_500))]), indent=None)
>>> text  # doctest: +ELLIPSIS
'{"chapters": [{"id": 0, "time_base": "1/1000", "start": 0, "start_time": "0.000000", ...}]}'
>>> loads(text)[0].end
Timestamp(ms=46500)
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _json
from shownotes.formats._common import check, check_range, end_or_none, fill_ends
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize", "schema"]

NAME: Final = "ffprobe"
EXTENSION: Final = ".ffprobe.json"
BINARY: Final = False
PRECISION: Final = "1 ms; start, end (always written) and title are kept"

_TIME_BASE: Final = re.compile(r"(\d{1,18})/(\d{1,18})")


def normalize(chapters: Chapters, *, duration: Timestamp | None = None) -> Chapters:
    """``chapters`` as ffprobe JSON keeps them: start, end (filled as written), title."""
    return Chapters(
        tuple(Chapter(c.start, c.title, c.end) for c in fill_ends(check(chapters), duration))
    )


def dumps(chapters: Chapters, *, duration: Timestamp | None = None, indent: int | None = 4) -> str:
    """``chapters`` as ffprobe writes them (``-show_chapters -of json``)."""
    items = []
    chapters = check_range(normalize(chapters, duration=duration), "ffprobe JSON")
    for number, chapter in enumerate(chapters):
        end = chapter.end if chapter.end is not None else chapter.start
        items.append(
            {
                "id": number,
                "time_base": "1/1000",
                "start": chapter.start.ms,
                "start_time": f"{chapter.start.ms / 1000:.6f}",
                "end": end.ms,
                "end_time": f"{end.ms / 1000:.6f}",
                "tags": {"title": chapter.title},
            }
        )
    return _json.dump({"chapters": items}, indent)


def _time(item: dict[str, Any], key: str, base: Fraction | None, where: str) -> Timestamp | None:
    if base is not None and item.get(key) is not None:
        return _json.ticks(item[key], base, f"{where}.{key}")
    if item.get(f"{key}_time") is not None:
        return _json.seconds(item[f"{key}_time"], f"{where}.{key}_time")
    return None


def loads(data: str | bytes) -> Chapters:
    """The chapters of ffprobe's JSON output, in file order (other sections are ignored).

    >>> loads('{"chapters": [{"time_base": "1/0", "start": 5}]}')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: ffprobe JSON: chapters[0].time_base is not a fraction ...: '1/0'
    """
    document = _json.load(data, "ffprobe JSON")
    chapters = []
    try:
        if not isinstance(document, dict):
            raise FormatError("the document must be an object")
        for i, item in enumerate(_json.objects(document.get("chapters", []), "chapters")):
            where = f"chapters[{i}]"
            base = None
            if item.get("time_base") is not None:
                text = _json.text(item, "time_base", where) or ""
                match = _TIME_BASE.fullmatch(text)
                if match is None or 0 in (int(match.group(1)), int(match.group(2))):
                    raise FormatError(
                        f"{where}.time_base is not a fraction such as 1/1000: {text[:40]!r}"
                    )
                base = Fraction(int(match.group(1)), int(match.group(2)))
            start = _time(item, "start", base, where)
            if start is None:
                raise FormatError(f"{where} has no start")
            end = _time(item, "end", base, where)
            tags = item.get("tags")
            tags = {} if tags is None else tags
            if not isinstance(tags, dict):
                raise FormatError(f"{where}.tags must be an object")
            title = _json.text(tags, "title", f"{where}.tags") or ""
            chapters.append(Chapter(start, title, end_or_none(start, end)))
    except FormatError as exc:
        raise FormatError(f"ffprobe JSON: {exc.msg}") from None
    return Chapters(tuple(chapters))


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ffprobe's chapters output, as shipped."""
    return _json.schema(NAME)
