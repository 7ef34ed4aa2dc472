"""shownotes: podcast and video show notes as typed data.

>>> import shownotes
>>> notes = shownotes.parse("0:00 Intro\\n2:05 Main topic\\n1:02:03 Wrap up\\n")
>>> type(notes).__name__
'ShowNotes'

``import shownotes`` is cheap: lxml and beautifulsoup4 load only when HTML is met.
"""

from __future__ import annotations

from shownotes import (
    chapters,
    document,
    formats,
    links,
    markup,
    references,
    sections,
    timestamps,
)
from shownotes._parse import parse, parse_file
from shownotes._version import __version__
from shownotes.batch import Failure, parse_many
from shownotes.model import (
    Chapter,
    Chapters,
    Episode,
    FormatError,
    FrontMatterError,
    Line,
    LineLink,
    Link,
    ParseError,
    Problem,
    Reference,
    Section,
    ShowNotes,
    ShowNotesError,
    ShowNotesErrorGroup,
    Timestamp,
    TimestampError,
)
from shownotes.read import decode

__all__ = [
    "Chapter",
    "Chapters",
    "Episode",
    "Failure",
    "FormatError",
    "FrontMatterError",
    "Line",
    "LineLink",
    "Link",
    "ParseError",
    "Problem",
    "Reference",
    "Section",
    "ShowNotes",
    "ShowNotesError",
    "ShowNotesErrorGroup",
    "Timestamp",
    "TimestampError",
    "__version__",
    "chapters",
    "decode",
    "document",
    "formats",
    "links",
    "markup",
    "parse",
    "parse_file",
    "parse_many",
    "references",
    "sections",
    "timestamps",
]
