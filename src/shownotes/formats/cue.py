"""CUE sheets: one ``TRACK`` per chapter with its ``TITLE`` and ``INDEX 01 MM:SS:FF``.

Precision: 1/75 s (a CD frame, about 13.3 ms). Starts are written as the nearest frame,
halves to even, and frames read back as the nearest millisecond; :func:`normalize` applies
the same two roundings, so ``loads(dumps(c)) == normalize(c)``. Kept: start and title. A title
is written on one line (line breaks become spaces) between double quotes; quotes inside it are
kept as they are, since a reader takes everything between the first and the last quote. Minutes
pass 99 when needed and tracks pass 99 when there are more chapters, which CD burners refuse
but players accept. Not expressible: end, url, image, toc, location.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(46_020), "AI")]))
>>> print(text)
FILE "episode.mp3" MP3
  TRACK 01 AUDIO
    TITLE "Intro"
    INDEX 01 00:00:00
  TRACK 02 AUDIO
    TITLE "AI"
    INDEX 01 00:46:02
<BLANKLINE>
>>> [str(c.start) for c in loads(text)]
['0:00', '0:46.027']
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import LINE_BREAK, as_text, check, nearest, split_lines
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "FRAMES_PER_SECOND", "NAME", "PRECISION", "dumps", "loads"]
__all__ += ["normalize"]

NAME: Final = "cue"
EXTENSION: Final = ".cue"
BINARY: Final = False
PRECISION: Final = "1/75 s (a CD frame); start and title (one line) are kept"
#: CD frames per second: the unit of CUE ``INDEX`` times.
FRAMES_PER_SECOND: Final = 75

_COMMAND: Final = re.compile(r"[ \t]*([A-Za-z]{1,20})(?:[ \t]+(.*))?")
_INDEX: Final = re.compile(r"(\d{1,3})[ \t]+(\d{1,7}):(\d{2}):(\d{2})")
_TRACK: Final = re.compile(r"(\d{1,4})(?:[ \t]+\S.*)?")


def _frames(t: Timestamp) -> int:
    return nearest(t.ms * FRAMES_PER_SECOND, 1000)


def _ms(frames: int) -> Timestamp:
    return Timestamp(nearest(frames * 1000, FRAMES_PER_SECOND))


def _title(title: str) -> str:
    return LINE_BREAK.sub(" ", title)


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as a CUE sheet keeps them: the start to the frame, a one-line title."""
    return Chapters(tuple(Chapter(_ms(_frames(c.start)), _title(c.title)) for c in check(chapters)))


def _quote(value: str) -> str:
    return f'"{value}"'


def dumps(
    chapters: Chapters,
    *,
    file: str = "episode.mp3",
    file_type: str = "MP3",
    title: str | None = None,
    performer: str | None = None,
) -> str:
    """``chapters`` as a CUE sheet for one audio ``file`` (``file_type`` is ``MP3``, ``WAVE``,
    ``AIFF``…); ``title`` and ``performer`` describe the whole episode."""
    out = []
    if performer is not None:
        out.append(f"PERFORMER {_quote(_title(performer))}")
    if title is not None:
        out.append(f"TITLE {_quote(_title(title))}")
    out.append(f"FILE {_quote(_title(file))} {file_type}")
    for number, chapter in enumerate(check(chapters), start=1):
        minutes, rest = divmod(_frames(chapter.start), 60 * FRAMES_PER_SECOND)
        seconds, frames = divmod(rest, FRAMES_PER_SECOND)
        out.append(f"  TRACK {number:02d} AUDIO")
        out.append(f"    TITLE {_quote(_title(chapter.title))}")
        out.append(f"    INDEX 01 {minutes:02d}:{seconds:02d}:{frames:02d}")
    return "\n".join(out) + "\n"


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return value[1:-1]
    return value


def loads(data: str | bytes) -> Chapters:
    """The tracks of a one-file CUE sheet as chapters: each track's ``TITLE`` and its
    ``INDEX 01`` time (``INDEX 00``, the pregap, is skipped).

    :class:`~shownotes.errors.FormatError` names the line of a bad ``INDEX`` time, a track
    without ``INDEX 01``, or a second ``FILE`` (times restart in each file, so they cannot be
    placed in one episode without the files' lengths).

    >>> loads('FILE "a.mp3" MP3\\nTRACK 01 AUDIO\\nINDEX 01 00:61:00\\n')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: CUE: seconds out of range in '00:61:00' (line 3, column 1)
    """
    text = as_text(data, "CUE")
    chapters: list[Chapter] = []
    track: tuple[int, str, Timestamp | None] | None = None  # position, title, start
    files = 0

    def close() -> None:
        if track is not None:
            pos, title, start = track
            if start is None:
                raise FormatError("CUE: a track has no INDEX 01", text, pos)
            chapters.append(Chapter(start, title))

    for line, pos in split_lines(text):
        match = _COMMAND.fullmatch(line)
        if match is None:
            continue
        command, argument = match.group(1).upper(), (match.group(2) or "").rstrip(" \t")
        if command == "FILE":
            files += 1
            if files > 1:
                raise FormatError("CUE: only one FILE per sheet is supported", text, pos)
        elif command == "TRACK":
            close()
            if _TRACK.fullmatch(argument) is None:
                raise FormatError(f"CUE: bad TRACK {argument[:40]!r}", text, pos)
            track = (pos, "", None)
        elif command == "TITLE" and track is not None:
            track = (track[0], _unquote(argument), track[2])
        elif command == "INDEX" and track is not None:
            index = _INDEX.fullmatch(argument)
            if index is None:
                raise FormatError(f"CUE: bad INDEX {argument[:40]!r}", text, pos)
            number, minutes, seconds, frames = (int(g) for g in index.groups())
            if seconds >= 60 or frames >= FRAMES_PER_SECOND:
                field = "seconds" if seconds >= 60 else "frames"
                raise FormatError(
                    f"CUE: {field} out of range in {argument.split()[-1]!r}", text, pos
                )
            if number == 1:
                total = (minutes * 60 + seconds) * FRAMES_PER_SECOND + frames
                track = (track[0], track[1], _ms(total))
    close()
    return Chapters(tuple(chapters))
