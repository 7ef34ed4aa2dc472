"""CUE sheets: one ``TRACK`` per chapter with its ``TITLE`` and ``INDEX 01 MM:SS:FF``.

Precision: 1/75 s (a CD frame, about 13.3 ms). Starts are written as the nearest frame,
halves to even, and frames read back as the nearest millisecond; :func:`normalize` applies
the same two roundings, so ``loads(dumps(c)) == normalize(c)``. Kept: start and title. A title
is written on one line (line breaks become spaces) between double quotes; quotes inside it are
kept as they are, since a reader takes everything between the first and the last quote. Not
expressible: end, url, image, toc, location.

A CD holds 99 tracks and 99:59:74, and libcue (the cue reader of most Linux players) refuses
anything past that: it drops an ``INDEX`` with minutes above 99 and a track numbered above 99.
mkvmerge and foobar2000 read three-digit minutes and track numbers. So ``dumps`` keeps to the
CD's limits and raises :class:`~shownotes.errors.FormatError` past them; ``cd=False`` writes
the longer sheet that mkvmerge reads.

Reading is lenient where real sheets are: bytes that are not UTF-8 are decoded with
:func:`shownotes.decode` (Windows-1251 and -1252 sheets are common), a track with only
``INDEX 00`` starts there (as libcue reads it), and a sheet of several ``FILE`` s is one
timeline when ``lengths`` gives each file's duration.

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
from collections.abc import Sequence
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import LINE_BREAK, check, check_range, nearest, split_lines
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "FRAMES_PER_SECOND", "NAME", "PRECISION", "dumps", "loads"]
__all__ += ["normalize"]

NAME: Final = "cue"
EXTENSION: Final = ".cue"
BINARY: Final = False
PRECISION: Final = "1/75 s (a CD frame); start and title (one line) are kept"
#: CD frames per second: the unit of CUE ``INDEX`` times.
FRAMES_PER_SECOND: Final = 75
#: The most tracks, and the latest ``INDEX`` (99:59:74, in frames), a CD cue sheet holds.
CD_TRACKS: Final = 99
CD_FRAMES: Final = (99 * 60 + 59) * FRAMES_PER_SECOND + 74

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
    cd: bool = True,
) -> str:
    """``chapters`` as a CUE sheet for one audio ``file`` (``file_type`` is ``MP3``, ``WAVE``,
    ``AIFF``…); ``title`` and ``performer`` describe the whole episode.

    With ``cd=True`` (the default) more than 99 chapters, or a start at 100 minutes or later,
    is a :class:`~shownotes.errors.FormatError`, since libcue would drop them; ``cd=False``
    writes them as mkvmerge reads them (``INDEX 01 101:29:00``, ``TRACK 100``).
    """
    chapters = check_range(check(chapters), "CUE")
    if cd:
        _check_cd(chapters)
    out = []
    if performer is not None:
        out.append(f"PERFORMER {_quote(_title(performer))}")
    if title is not None:
        out.append(f"TITLE {_quote(_title(title))}")
    out.append(f"FILE {_quote(_title(file))} {file_type}")
    for number, chapter in enumerate(chapters, start=1):
        minutes, rest = divmod(_frames(chapter.start), 60 * FRAMES_PER_SECOND)
        seconds, frames = divmod(rest, FRAMES_PER_SECOND)
        out.append(f"  TRACK {number:02d} AUDIO")
        out.append(f"    TITLE {_quote(_title(chapter.title))}")
        out.append(f"    INDEX 01 {minutes:02d}:{seconds:02d}:{frames:02d}")
    return "\n".join(out) + "\n"


def _check_cd(chapters: Chapters) -> None:
    if len(chapters) > CD_TRACKS:
        raise FormatError(
            f"CUE: {len(chapters)} chapters, but a CD cue sheet holds {CD_TRACKS} tracks "
            "(libcue stops there); dumps(..., cd=False) writes more, which mkvmerge reads"
        )
    for number, chapter in enumerate(chapters, start=1):
        if _frames(chapter.start) > CD_FRAMES:
            raise FormatError(
                f"CUE: chapter {number} starts at {chapter.start}, but a CD cue sheet stops at "
                "99:59:74 (libcue drops later starts); dumps(..., cd=False) writes minutes "
                "past 99, which mkvmerge reads"
            )


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if isinstance(data, bytes | bytearray | memoryview):
        from shownotes import decode

        return decode(bytes(data)).removeprefix("\ufeff")
    raise TypeError(f"loads() takes str or bytes, not {type(data).__name__}")


def _offsets(lengths: Sequence[Timestamp] | None) -> list[int]:
    """Where each FILE starts on the one timeline, in ms (from the files' lengths)."""
    if lengths is None:
        return [0]
    if isinstance(lengths, str | bytes) or not isinstance(lengths, Sequence):
        raise TypeError("lengths must be a sequence of Timestamp, one per FILE")
    offsets = [0]
    for length in lengths:
        if not isinstance(length, Timestamp):
            raise TypeError(f"lengths must hold Timestamp values, not {type(length).__name__}")
        offsets.append(offsets[-1] + length.ms)
    return offsets


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return value[1:-1]
    return value


def loads(data: str | bytes, *, lengths: Sequence[Timestamp] | None = None) -> Chapters:
    """The tracks of a CUE sheet as chapters: each track's ``TITLE`` and its ``INDEX 01`` time
    (``INDEX 00``, the pregap, only when the track has no ``INDEX 01``).

    Times restart in each ``FILE``, so a sheet of several files is read as one timeline only
    with ``lengths``, the duration of each file in order (the last one may be left out).
    :class:`~shownotes.errors.FormatError` names the line of a bad ``INDEX`` time, a track
    without an index, or a second ``FILE`` whose offset ``lengths`` does not give.

    >>> loads('FILE "a.mp3" MP3\\nTRACK 01 AUDIO\\nINDEX 01 00:61:00\\n')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: CUE: seconds out of range in '00:61:00' (line 3, column 1)
    >>> two = 'FILE "a.wav" WAVE\\nTRACK 01 AUDIO\\nINDEX 01 00:00:00\\n'
    >>> two += 'FILE "b.wav" WAVE\\nTRACK 02 AUDIO\\nINDEX 01 00:10:00\\n'
    >>> [str(c.start) for c in loads(two, lengths=[Timestamp(300_000)])]
    ['0:00', '5:10']
    """
    text = _decode(data)
    offsets = _offsets(lengths)
    chapters: list[Chapter] = []
    # position, title, INDEX 01 frames, INDEX 00 frames, offset (ms) of its FILE
    track: tuple[int, str, int | None, int | None, int] | None = None
    files = 0

    def close() -> None:
        if track is not None:
            pos, title, first, pregap, offset = track
            frames = first if first is not None else pregap
            if frames is None:
                raise FormatError("CUE: a track has no INDEX 01", text, pos)
            chapters.append(Chapter(Timestamp(offset + _ms(frames).ms), title))

    for line, pos in split_lines(text):
        match = _COMMAND.fullmatch(line)
        if match is None:
            continue
        command, argument = match.group(1).upper(), (match.group(2) or "").rstrip(" \t")
        if command == "FILE":
            files += 1
            if files > len(offsets):
                given = "" if lengths is None else f" (lengths gives {len(offsets) - 1})"
                raise FormatError(
                    f"CUE: FILE number {files}: times restart in each file, so several FILEs "
                    f"are one timeline only with loads(..., lengths=[...]){given}",
                    text,
                    pos,
                )
        elif command == "TRACK":
            close()
            if _TRACK.fullmatch(argument) is None:
                raise FormatError(f"CUE: bad TRACK {argument[:40]!r}", text, pos)
            track = (pos, "", None, None, offsets[max(files, 1) - 1])
        elif command == "TITLE" and track is not None:
            track = (track[0], _unquote(argument), *track[2:])
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
            total = (minutes * 60 + seconds) * FRAMES_PER_SECOND + frames
            if number == 1:
                track = (track[0], track[1], total, track[3], track[4])
            elif number == 0:
                track = (track[0], track[1], track[2], total, track[4])
    close()
    return Chapters(tuple(chapters))
