"""The values shownotes returns, and nothing else: every stage above builds these.

This package imports nothing of shownotes' outside it (a test checks the import direction).

>>> from shownotes.model import Chapter, Chapters, Timestamp
>>> Chapters((Chapter(Timestamp(0), "Intro"),))[0].title
'Intro'
"""

from __future__ import annotations

from shownotes.model.chapters import Chapter, Chapters, Location
from shownotes.model.episode import (
    Enclosure,
    Episode,
    Funding,
    Person,
    Soundbite,
    TranscriptLink,
)
from shownotes.model.errors import (
    FeedError,
    FormatError,
    FrontMatterError,
    ParseError,
    Problem,
    ShowNotesError,
    ShowNotesErrorGroup,
    TimestampError,
)
from shownotes.model.feeds import Feed, Item
from shownotes.model.lines import Line, LineLink, Source
from shownotes.model.links import ROLES, Link, Role
from shownotes.model.notes import ShowNotes
from shownotes.model.references import Reference
from shownotes.model.sections import KINDS, Kind, Section
from shownotes.model.timestamps import Timestamp
from shownotes.model.transcripts import Transcript, Turn

__all__ = [
    "KINDS",
    "ROLES",
    "Chapter",
    "Chapters",
    "Enclosure",
    "Episode",
    "Feed",
    "FeedError",
    "FormatError",
    "FrontMatterError",
    "Funding",
    "Item",
    "Kind",
    "Line",
    "LineLink",
    "Link",
    "Location",
    "ParseError",
    "Person",
    "Problem",
    "Reference",
    "Role",
    "Section",
    "ShowNotes",
    "ShowNotesError",
    "ShowNotesErrorGroup",
    "Soundbite",
    "Source",
    "Timestamp",
    "TimestampError",
    "Transcript",
    "TranscriptLink",
    "Turn",
]
