"""shownotes: podcast and video show notes as typed data.

>>> import shownotes
>>> notes = shownotes.parse("0:00 Intro\\n2:05 Main topic\\n1:02:03 Wrap up\\n")
>>> type(notes).__name__
'ShowNotes'

``import shownotes`` is cheap: its names load on first use (``shownotes.parse`` loads the
pipeline), lxml and beautifulsoup4 only when HTML is met, PyYAML only for YAML front matter.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from shownotes._version import __version__

if TYPE_CHECKING:
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

# Where each public name lives (the classes of __all__: in shownotes.model). Each is imported
# on first use (PEP 562), so that ``import shownotes`` costs a few milliseconds and a program
# pays only for the parts it touches; ``from shownotes import parse`` loads the pipeline.
_SUBMODULES = frozenset(
    {"chapters", "document", "formats", "links", "markup", "references", "sections", "timestamps"}
)
_HOMES = {
    "parse": "shownotes._parse",
    "parse_file": "shownotes._parse",
    "Failure": "shownotes.batch",
    "parse_many": "shownotes.batch",
    "decode": "shownotes.read",
}


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        value: object = importlib.import_module(f"shownotes.{name}")
    elif name in __all__:
        value = getattr(importlib.import_module(_HOMES.get(name, "shownotes.model")), name)
    else:
        raise AttributeError(f"module 'shownotes' has no attribute {name!r}")
    globals()[name] = value  # the next look-up is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
