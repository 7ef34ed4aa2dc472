"""Chapters inside media files: MP3 (ID3), MP4/M4A/M4B (Nero ``chpl`` and QuickTime chapter
tracks) and Matroska/WebM, read with :func:`read` and written with :func:`write`.

What reads what:

- MP3: the ID3 ``CHAP`` frames, through :mod:`shownotes.formats.id3` (mutagen, the ``id3``
  extra).
- MP4, M4A, M4B: mutagen reads Nero chapters (``chpl``, which FFmpeg, mp4v2 and most audiobook
  tools write); a file without them, such as one whose chapters are only a QuickTime chapter
  track, is read with ``ffprobe``.
- Matroska, WebM, Ogg, FLAC and anything else: ``ffprobe -show_chapters`` (no Python library
  reads Matroska chapters), parsed by :mod:`shownotes.formats.ffprobe`.

``ffprobe`` and ``ffmpeg`` come with FFmpeg (``apt-get install ffmpeg``, ``brew install
ffmpeg``); they are optional, and a file that needs them when they are missing raises
:class:`ToolNotFoundError` saying so.

:func:`write` puts chapters into an MP3 with mutagen (the audio is untouched). Into any other
file it runs FFmpeg without re-encoding, the command the CLI runs for you::

    ffmpeg -i episode.m4b -i chapters.ffmetadata.txt -map 0 -map -0:d? -map_metadata 0 \\
        -map_chapters 1 -c copy episode.new.m4b

(the chapters as :mod:`~shownotes.formats.ffmetadata`, the last one ending at the file's
duration), then replaces the file with the result. Data streams are left out: an MP4's old
QuickTime chapter track is one, and FFmpeg writes a new one from the chapters. Chapter ends
are kept as MP4 and Matroska hold them; Nero chapters hold starts only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import check
from shownotes.timestamps import Timestamp

__all__ = ["ToolNotFoundError", "kind", "read", "write"]

# ffprobe and ffmpeg read local files quickly; a minute means something is wrong.
_TIMEOUT: Final = 120
_MP4_BRANDS: Final = (b"ftyp",)
_EBML: Final = b"\x1a\x45\xdf\xa3"


class ToolNotFoundError(RuntimeError):
    """An external tool (``ffprobe``, ``ffmpeg``) that reading or writing this file needs is
    not installed."""


def kind(path: str | os.PathLike[str]) -> str:
    """What ``path`` holds, from its first bytes: ``"mp3"``, ``"mp4"``, ``"matroska"`` or
    ``"other"``."""
    with open(path, "rb") as file:
        head = file.read(12)
    if head[4:8] in _MP4_BRANDS:
        return "mp4"
    if head.startswith(_EBML):
        return "matroska"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    return "other"


def _tool(name: str, why: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ToolNotFoundError(
            f"{name} is needed to {why}; install FFmpeg (e.g. apt-get install ffmpeg)"
        )
    return found


def _run(args: list[str]) -> str:
    done = subprocess.run(  # noqa: S603 - a fixed tool with a file name, no shell
        args, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=_TIMEOUT, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        message = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise FormatError(f"{Path(args[0]).name} failed on the file: {message[:200]}")
    return done.stdout


def _probe(path: str) -> Chapters:
    from shownotes.formats import ffprobe

    tool = _tool("ffprobe", "read chapters from this file")
    return ffprobe.loads(_run([tool, "-v", "error", "-show_chapters", "-of", "json", path]))


def _nero(path: str) -> Chapters | None:
    """The Nero chapters of an MP4 file (``None`` when it has none or mutagen is absent)."""
    try:
        from mutagen import MutagenError
        from mutagen.mp4 import MP4
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    try:
        found = MP4(path).chapters  # type: ignore[no-untyped-call]
    except (MutagenError, ValueError, EOFError):
        return None
    if not found:
        return None
    return Chapters(tuple(Chapter(Timestamp.from_seconds(c.start), c.title) for c in found))


def read(path: str | os.PathLike[str]) -> Chapters:
    """The chapters of the media file at ``path`` (see the module's description).

    :class:`ToolNotFoundError` when the file needs ``ffprobe`` and it is not installed;
    :class:`~shownotes.errors.FormatError` when the file cannot be read.
    """
    name = os.fspath(path)
    what = kind(name)
    if what == "mp3":
        from shownotes.formats import id3

        return id3.read(name)
    if what == "mp4":
        nero = _nero(name)
        if nero is not None:
            return nero
    return _probe(name)


def _duration(path: str) -> Timestamp | None:
    tool = _tool("ffprobe", "read the file's duration")
    out = _run([tool, "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path])
    try:
        seconds = float(out.strip())
    except ValueError:
        return None
    return Timestamp.from_seconds(seconds) if 0 <= seconds < 1e9 else None


def write(path: str | os.PathLike[str], chapters: Chapters) -> None:
    """Put ``chapters`` into the media file at ``path``, replacing its chapters and keeping
    its audio, video and other metadata (see the module's description).

    :class:`ToolNotFoundError` when the file needs ``ffmpeg`` and it is not installed.
    """
    chapters = check(chapters)
    name = os.fspath(path)
    if kind(name) == "mp3":
        from shownotes.formats import id3

        id3.write(name, chapters)
        return
    from shownotes.formats import ffmetadata

    ffmpeg = _tool("ffmpeg", "write chapters into this file")
    duration = _duration(name)
    last = max((c.start for c in chapters), default=None)
    if duration is not None and last is not None and duration <= last:
        duration = None
    target = Path(name)
    with tempfile.TemporaryDirectory(dir=target.parent) as folder:
        meta = Path(folder) / "chapters.ffmetadata.txt"
        meta.write_text(ffmetadata.dumps(chapters, duration=duration), "utf-8")
        out = Path(folder) / f"out{target.suffix}"
        _run(
            [ffmpeg, "-nostdin", "-v", "error", "-i", name, "-i", str(meta),
             "-map", "0", "-map", "-0:d?", "-map_metadata", "0", "-map_chapters", "1",
             "-c", "copy", str(out)]
        )  # fmt: skip
        os.replace(out, target)
