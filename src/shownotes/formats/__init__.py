"""Chapter file formats: read and write every format podcast and video tools use.

Each format is a module with the same small interface (see :class:`Format`):
``dumps(chapters) -> str`` (``bytes`` for binary formats), ``loads(data) -> Chapters``, and
``normalize(chapters)``, which says exactly what the format can express:
``loads(dumps(c)) == normalize(c)`` for every chapter list ``c``.

>>> from shownotes import formats
>>> formats.names()  # doctest: +NORMALIZE_WHITESPACE
('podcasting20', 'psc', 'mp4chaps', 'ffmetadata', 'webvtt', 'matroska', 'cue', 'description',
 'id3')
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

Modules load on first use: ``import shownotes.formats`` imports none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Final, Protocol

if TYPE_CHECKING:
    from types import ModuleType

    from shownotes.chapters import Chapters

__all__ = ["Format", "get", "names"]

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
    >>> get("srt")
    Traceback (most recent call last):
      ...
    KeyError: "unknown chapter format 'srt'; known: podcasting20, psc, ..."
    """
    if not isinstance(name, str):
        raise TypeError(f"a format name is a str, not {type(name).__name__}")
    if name not in _NAMES:
        raise KeyError(f"unknown chapter format {name!r}; known: {', '.join(_NAMES)}")
    module: Format = importlib.import_module(f"{__name__}.{name}")
    return module


def __getattr__(name: str) -> ModuleType:
    if name in _NAMES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted((*globals(), *_NAMES))
