"""``CHAPTERnn=time`` / ``CHAPTERnnNAME=title`` lines, shared by the OGM (mkvmerge simple) and
Vorbis-comment chapter formats."""

from __future__ import annotations

import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import as_text, nearest, one_line, split_lines
from shownotes.timestamps import Timestamp

# KEY=VALUE with a chapter key: the number, then NAME, URL or nothing (bounded: linear time).
_CHAPTER_KEY: Final = re.compile(r"CHAPTER(\d{1,9})(NAME|URL)?", re.IGNORECASE)
_TIME: Final = re.compile(r"\s*(\d{1,9}):([0-5]\d):([0-5]\d)(?:\.(\d{1,9}))?\s*")
# A Vorbis comment field name: printable ASCII but '=' (Vorbis I spec, section 5.2.3).
_FIELD: Final = re.compile(r"[\x20-\x3c\x3e-\x7d]{1,255}")


def title(text: str) -> str:
    """A title on one line, as a ``KEY=VALUE`` line holds it."""
    return one_line(text)


def dumps(chapters: Chapters, *, digits: int, urls: bool) -> str:
    """The lines: ``CHAPTERnn=HH:MM:SS.mmm``, ``CHAPTERnnNAME=title`` (and ``…URL=``)."""
    lines = []
    for number, chapter in enumerate(chapters, start=1):
        key = f"CHAPTER{number:0{digits}d}"
        lines.append(f"{key}={chapter.start:hh:mm:ss.mmm}\n{key}NAME={chapter.title}\n")
        if urls and chapter.url is not None:
            lines.append(f"{key}URL={chapter.url}\n")
    return "".join(lines)


def loads(data: str | bytes, what: str, *, others: bool) -> Chapters:
    """The chapters of ``CHAPTER`` lines, in order of their number. ``others`` allows other
    ``KEY=VALUE`` fields (a Vorbis comment dump has TITLE, ARTIST…), which are skipped."""
    text = as_text(data, what)
    found: dict[int, dict[str, tuple[str, int]]] = {}
    for line, pos in split_lines(text):
        if not line.strip():
            continue
        key, equals, value = line.partition("=")
        match = _CHAPTER_KEY.fullmatch(key.strip())
        if match is None:
            if others and equals and _FIELD.fullmatch(key):
                continue
            raise FormatError(f"{what}: not a CHAPTER line: {line[:60]!r}", text, pos)
        if not equals:
            raise FormatError(f"{what}: a CHAPTER line needs '=': {line[:60]!r}", text, pos)
        field = (match.group(2) or "").upper()
        found.setdefault(int(match.group(1)), {}).setdefault(field, (value, pos))
    chapters = []
    for number in sorted(found):
        fields = found[number]
        if "" not in fields:
            pos = min(p for _, p in fields.values())
            raise FormatError(f"{what}: CHAPTER{number} has a name but no time", text, pos)
        value, pos = fields[""]
        stamp = _TIME.fullmatch(value)
        if stamp is None:
            raise FormatError(f"{what}: bad time {value[:40]!r}", text, pos)
        hours, minutes, seconds, fraction = stamp.groups()
        digits = fraction or ""
        ms = ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000
        ms += nearest(int(digits or 0) * 1000, 10 ** len(digits))
        url = fields.get("URL", (None, 0))[0]
        chapters.append(Chapter(Timestamp(ms), fields.get("NAME", ("", 0))[0], url=url))
    return Chapters(tuple(chapters))
