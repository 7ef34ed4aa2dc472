"""Chapter file formats: read and write every format podcast and video tools use.

Each format is a module with the same small interface (see :class:`Format`):
``dumps(chapters) -> str`` (``bytes`` for binary formats), ``loads(data) -> Chapters``, and
``normalize(chapters)``, which says exactly what the format can express:
``loads(dumps(c)) == normalize(c)`` for every chapter list ``c``.

>>> from shownotes import formats
>>> formats.names()  # doctest: +NORMALIZE_WHITESPACE
('podcasting20', 'psc', 'mp4chaps', 'ffmetadata', 'webvtt', 'matroska', 'cue', 'description',
 'id3', 'ogm', 'vorbis', 'apple', 'hls', 'audible', 'podigee', 'podlovejson', 'pyscenedetect',
 'scenecut', 'edl', 'ffscenes', 'ffprobe')
>>> mp4chaps = formats.get("mp4chaps")
>>> chapters = mp4chaps.loads("00:00:00.000 Intro\\n00:00:46.500 Early days <https://example.org>")
>>> print(formats.get("webvtt").dumps(chapters))
WEBVTT
<BLANKLINE>
00:00:00.000 --> 00:00:46.500
Intro
<BLANKLINE>
00:00:46.500 --> 00:00:46.500
Early days
<BLANKLINE>

Chapters inside media files (MP3, MP4/M4B, Matroska) are read and written by
:mod:`shownotes.formats.media`. Modules load on first use: ``import shownotes.formats`` imports
none of them.
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING, Final, Protocol

from shownotes.model.errors import UnknownFormatError

if TYPE_CHECKING:
    from types import ModuleType

    from shownotes.chapters import Chapters

__all__ = ["Format", "get", "guess", "names"]

_NAMES: Final = (
    "podcasting20",
    "psc",
    "mp4chaps",
    "ffmetadata",
    "webvtt",
    "matroska",
    "cue",
    "description",
    "id3",
    "ogm",
    "vorbis",
    "apple",
    "hls",
    "audible",
    "podigee",
    "podlovejson",
    "pyscenedetect",
    "scenecut",
    "edl",
    "ffscenes",
    "ffprobe",
)


class Format(Protocol):
    """What every format module offers (a module satisfies this protocol)."""

    #: The registry name, e.g. ``"psc"``.
    NAME: str
    #: The usual file name ending, e.g. ``".psc.xml"``.
    EXTENSION: str
    #: ``True`` when ``dumps`` returns ``bytes`` (ID3).
    BINARY: bool
    #: What the format keeps, in one sentence (times, fields).
    PRECISION: str

    def dumps(self, chapters: Chapters, /) -> str | bytes:
        """The chapters in this format."""

    def loads(self, data: str | bytes, /) -> Chapters:
        """The chapters in ``data``; :class:`~shownotes.errors.FormatError` when broken."""

    def normalize(self, chapters: Chapters, /) -> Chapters:
        """``chapters`` reduced to what this format can express."""


def names() -> tuple[str, ...]:
    """The names :func:`get` knows, in a stable order."""
    return _NAMES


def get(name: str) -> Format:
    """The format module called ``name`` (one of :func:`names`).

    >>> get("psc").PRECISION
    '1 ms; start, title, href (url) and image are kept'

    A name it does not know is an :class:`~shownotes.errors.UnknownFormatError`, which is
    both a :class:`KeyError` and a :class:`~shownotes.errors.FormatError`:

    >>> get("srt")
    Traceback (most recent call last):
      ...
    shownotes.errors.UnknownFormatError: unknown chapter format 'srt'; known: podcasting20, ...
    """
    if not isinstance(name, str):
        raise TypeError(f"a format name is a str, not {type(name).__name__}")
    if name not in _NAMES:
        raise UnknownFormatError(name, _NAMES, "chapter format")
    module: Format = importlib.import_module(f"{__name__}.{name}")
    return module


_SNIFF: Final = 4096
# mp4chaps as tools write it: HH:MM:SS(.mmm). Looser times ("0:00 Intro") read as a description.
_MP4CHAPS_LINE: Final = re.compile(r"\d{2,3}:\d{2}:\d{2}(?:\.\d{1,3})?(?:[ \t]|$)")
_CUE_COMMAND: Final = re.compile(r"(?m)^[ \t]*(?:FILE|TRACK)[ \t]")
# A key of a JSON object: after "{" or "," (inside a string a quote is always escaped, so
# '{"' or ',"' cannot occur there). Bounded: linear time.
_JSON_KEY: Final = re.compile(r'[{,]\s{0,100}"([A-Za-z_-]{1,40})"\s{0,100}:')
# The keys that tell the JSON formats apart, most telling first.
_OBJECT_KEYS: Final = (
    ("audible", ("content_license", "content_metadata", "chapter_info", "start_offset_ms")),
    ("ffprobe", ("time_base",)),
)
_ARRAY_KEYS: Final = (
    ("scenecut", ("pts_time",)),
    ("hls", ("start-time",)),
    ("podigee", ("start_time",)),
    ("podlovejson", ("start",)),
)
_CHAPTER_LINE: Final = re.compile(r"CHAPTER(\d{1,9})(?:NAME|URL)?=", re.IGNORECASE)
_FIELD_LINE: Final = re.compile(r"[\x20-\x3c\x3e-\x7d]{1,255}=")
_EDL_EVENT: Final = re.compile(r"(?m)^\s*\d{1,8}\s+\S{1,128}\s+\S{1,8}\s+C\s+\d{2}:\d{2}:\d{2}[:;]")


def guess(data: str | bytes) -> str:
    """The name of the format ``data`` most likely is, from its first bytes and lines; text
    that is none of the file formats is ``"description"``.

    >>> guess(";FFMETADATA1\\n"), guess('{"version": "1.2.0", "chapters": []}')
    ('ffmetadata', 'podcasting20')
    >>> guess("00:00:00.000 Intro\\n00:01:59.000 Podlove\\n"), guess("Hi!\\n0:00 Intro\\n2:05 Talk")
    ('mp4chaps', 'description')
    """
    truncated = len(data) > _SNIFF
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data[:_SNIFF])
        if raw.startswith(b"ID3"):
            return "id3"
        head = raw.decode("utf-8", "replace")
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            head = raw.decode("utf-16", "replace")
    elif isinstance(data, str):
        head = data[:_SNIFF]
    else:
        raise TypeError(f"guess() takes str or bytes, not {type(data).__name__}")
    head = head.lstrip("\ufeff \t\r\n")
    if head.startswith(";FFMETADATA"):
        return "ffmetadata"
    if head.startswith("WEBVTT"):
        return "webvtt"
    if head.startswith(("{", "[")):
        return _json_format(head)
    if head.startswith("<"):
        if "<Chapters" in head or "<EditionEntry" in head:
            return "matroska"
        return "apple" if "<TextStream" in head else "psc"
    if head.startswith("frame:"):
        return "ffscenes"
    if head.startswith(("Scene Number,", "Timecode List:")):
        return "pyscenedetect"
    if head.startswith("TITLE:") and _EDL_EVENT.search(head):
        return "edl"
    if _CUE_COMMAND.search(head):
        return "cue"
    lines = head.splitlines()
    lines = [line.strip() for line in (lines[:-1] if truncated else lines)]
    lines = [line for line in lines if line and not line.startswith("#")]
    chapter = _chapter_fields(lines)
    if chapter is not None:
        return chapter
    if lines and all(_MP4CHAPS_LINE.match(line) for line in lines):
        return "mp4chaps"
    return "description"


def _json_format(head: str) -> str:
    """Which JSON chapter format ``head`` begins, from the keys of its objects."""
    keys = {match.group(1) for match in _JSON_KEY.finditer(head)}
    for name, telling in _OBJECT_KEYS if head.startswith("{") else _ARRAY_KEYS:
        if keys.intersection(telling):
            return name
    return "podcasting20"


def _chapter_fields(lines: list[str]) -> str | None:
    """``"ogm"`` or ``"vorbis"`` when every line is a ``KEY=VALUE`` field and some are
    ``CHAPTERnn`` ones: two-digit numbers are mkvmerge's, three-digit ones the Vorbis
    extension's (as are other fields such as ``TITLE=``)."""
    numbers = [match.group(1) for match in map(_CHAPTER_LINE.match, lines) if match]
    if not numbers or not all(_FIELD_LINE.match(line) for line in lines):
        return None
    others = len(numbers) < len(lines)
    return "vorbis" if others or len(numbers[0]) >= 3 else "ogm"


def __getattr__(name: str) -> ModuleType:
    if name in _NAMES or name == "media":
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted((*globals(), *_NAMES, "media"))
