"""The inputs of a ``shownotes`` command: files and standard input, and the bytes that are
no show notes (media, images, archives) told apart from text.

>>> what_binary(b"ID3\\x04\\x00"), what_binary(b"%PDF-1.7"), what_binary("0:00 Intro".encode())
('an MP3 file', 'a PDF document', None)
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Final, TextIO

from shownotes.cli.common import FileFailure

__all__ = ["MEDIA", "NOTE_SUFFIXES", "read_bytes", "read_text", "what_binary"]

#: File name endings a folder walk takes as show notes. Feeds (``.xml``, ``.rss``) are read
#: only when asked for; anything else (images, audio, chapter files) is no show notes.
NOTE_SUFFIXES: Final = frozenset({".md", ".markdown", ".mdx", ".html", ".htm", ".txt"})

# The first bytes of the binary files people point the command at, and what to call them.
_MAGIC: Final = (
    (b"ID3", "an MP3 file"),
    (b"\xff\xfb", "an MP3 file"),
    (b"\xff\xf3", "an MP3 file"),
    (b"\xff\xf2", "an MP3 file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska or WebM file"),
    (b"OggS", "an Ogg file"),
    (b"fLaC", "a FLAC file"),
    (b"RIFF", "a RIFF file (WAV, AVI or WebP)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
)
#: The kinds of :func:`what_binary` that hold audio or video (their chapters are read with
#: :mod:`shownotes.formats.media`).
MEDIA: Final = frozenset(
    {"an MP3 file", "an MP4 file", "a Matroska or WebM file", "an Ogg file", "a FLAC file"}
)
# Text has few control characters; binary data many (NUL above all).
_CONTROL: Final = frozenset(chr(c) for c in (*range(9), *range(14, 32), 127))
_SAMPLE: Final = 8192
_MOST_CONTROL: Final = 0.05


def what_binary(data: bytes) -> str | None:
    """What ``data`` is when it is no text (``"an MP3 file"``, ``"binary data"``), from its
    first bytes; ``None`` for text in any encoding :func:`shownotes.decode` reads."""
    from shownotes.read.decode import decode

    head = data[:16]
    if head[4:8] == b"ftyp":
        return "an MP4 file"
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    sample = decode(data[:_SAMPLE])
    if not sample:
        return None
    control = sum(1 for ch in sample if ch in _CONTROL)
    return "binary data" if control > _MOST_CONTROL * len(sample) else None


def read_bytes(name: str, stdin: TextIO) -> bytes:
    """The bytes of the file ``name`` (``-``: standard input); :class:`FileFailure` when it
    cannot be read."""
    if name == "-":
        buffer: BinaryIO | None = getattr(stdin, "buffer", None)
        return buffer.read() if buffer is not None else stdin.read().encode("utf-8")
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise FileFailure(name, "no such file or directory") from None
    except OSError as exc:
        raise FileFailure(name, f"cannot read it: {exc.strerror or exc}") from None


def read_text(name: str, stdin: TextIO) -> str:
    """The show notes in the file ``name`` as text; :class:`FileFailure` for a file that
    cannot be read or holds no text (media, images, archives, binary data)."""
    if name == "-" and not hasattr(stdin, "buffer"):
        return stdin.read()
    from shownotes.read.decode import decode

    data = read_bytes(name, stdin)
    kind = what_binary(data)
    if kind is None:
        return decode(data)
    hint = ""
    if kind in MEDIA:
        hint = f"; its chapters: shownotes convert {name} --to FORMAT"
    raise FileFailure(name, f"{kind}, not show notes{hint}")
