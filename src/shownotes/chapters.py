"""Chapters: the :class:`Chapter` value, the :class:`Chapters` list, and finding them in notes.

>>> chapters = Chapters((Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(46_000), "AI")))
>>> chapters[1]
Chapter(start=Timestamp(ms=46000), title='AI', end=None, url=None, image=None, toc=True,
        location=None)
>>> [str(c.end) for c in chapters.with_ends(Timestamp(60_000))]
['0:46', '1:00']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

import attrs

from shownotes.errors import Problem
from shownotes.lines import Line
from shownotes.markup import as_lines
from shownotes.timestamps import Timestamp

__all__ = [
    "PLATFORMS",
    "STYLES",
    "Chapter",
    "Chapters",
    "Location",
    "find",
    "from_metadata",
    "merge",
    "render",
    "validate",
]


def _end_after_start(inst: Chapter, _attr: attrs.Attribute[Timestamp | None], end: object) -> None:
    if end is not None and end <= inst.start:  # type: ignore[operator]
        raise ValueError(f"chapter end {end} must be after its start {inst.start}")


@attrs.frozen
class Location:
    """A place a chapter is about (Podcasting 2.0 ``location``): a human-readable ``name``,
    a ``geo`` URI (RFC 5870, ``geo:48.8584,2.2945``) and optionally an OpenStreetMap
    ``osm`` id (``R7444``)."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    geo: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    osm: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )


@attrs.frozen
class Chapter:
    """One chapter: where it starts, its title, and optionally where it ends, a URL about it,
    an image and whether it belongs in a table of contents (Podcasting 2.0's ``toc``)."""

    start: Timestamp = attrs.field(validator=attrs.validators.instance_of(Timestamp))
    title: str = attrs.field(validator=attrs.validators.instance_of(str))
    end: Timestamp | None = attrs.field(
        default=None,
        validator=[
            attrs.validators.optional(attrs.validators.instance_of(Timestamp)),
            _end_after_start,
        ],
    )
    url: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    image: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    toc: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    location: Location | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Location))
    )


def _to_chapter_tuple(items: Sequence[Chapter]) -> tuple[Chapter, ...]:
    return tuple(items)


@attrs.frozen
class Chapters(Sequence[Chapter]):
    """An immutable list of :class:`Chapter`, in the order found.

    Equality compares the chapters only; ``problems`` carries what was odd about the list
    (an out-of-order slip, a start past the duration) when it came from :func:`find`.
    """

    items: tuple[Chapter, ...] = attrs.field(default=(), converter=_to_chapter_tuple)
    problems: tuple[Problem, ...] = attrs.field(default=(), eq=False, repr=False)

    @overload
    def __getitem__(self, index: int) -> Chapter: ...
    @overload
    def __getitem__(self, index: slice) -> Chapters: ...
    def __getitem__(self, index: int | slice) -> Chapter | Chapters:
        if isinstance(index, slice):
            return Chapters(self.items[index])
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Chapter]:
        return iter(self.items)

    def with_ends(self, duration: Timestamp | None = None) -> Chapters:
        """A copy where each chapter without an ``end`` ends where the next one starts, and the
        last one at ``duration`` (when given and after its start)."""
        filled = []
        for i, chapter in enumerate(self.items):
            end = chapter.end
            if end is None:
                nxt = self.items[i + 1].start if i + 1 < len(self.items) else duration
                if nxt is not None and nxt > chapter.start:
                    end = nxt
            filled.append(attrs.evolve(chapter, end=end))
        return Chapters(tuple(filled), self.problems)


def find(
    text_or_lines: str | Sequence[Line],
    *,
    duration: Timestamp | None = None,
    exclude: frozenset[int] = frozenset(),
) -> Chapters:
    """The chapter list in ``text_or_lines`` (a document body, or its Lines); empty when none.

    Reads every common chapter-line style (see the chapters guide): time first or title first,
    bracketed, bulleted or numbered, any separator, a time that is a link, ranges. Lone times in
    prose, clock times, dates, verses, logs and transcript turns are not chapters. What was odd
    (an out-of-order slip, a link whose target disagrees) is in ``problems``. Lines at the
    indexes in ``exclude`` (such as :func:`shownotes.transcripts.turn_lines`) are left alone.

    >>> text = "Chapters:\\n(00:00) Intro\\n(02:05) - Tea, & more\\n[1:02:03] Wrap up\\n"
    >>> [(str(c.start), c.title) for c in find(text)]
    [('0:00', 'Intro'), ('2:05', 'Tea, & more'), ('1:02:03', 'Wrap up')]
    >>> find("We meet at 10:30 and leave at 12:00.")
    Chapters(items=())
    """
    lines = as_lines(text_or_lines)
    if duration is not None and not isinstance(duration, Timestamp):
        raise TypeError(f"duration must be a Timestamp, not {type(duration).__name__}")
    if exclude:
        # HOOK (transcripts branch; the lead integrates it properly): lines at ``exclude``
        # (``shownotes.transcripts.turn_lines``) are read as empty, keeping every index.
        lines = [_blank(line) if at in exclude else line for at, line in enumerate(lines)]
    from shownotes._chapter_blocks import find_chapters

    entries, problems = find_chapters(lines, duration)
    found = [Chapter(e.start, e.title, e.end, e.url) for e in entries]
    return Chapters(tuple(_unique(found)), tuple(problems))


def _blank(line: Line) -> Line:  # HOOK (transcripts): an excluded line reads as empty
    return attrs.evolve(line, text="", links=())


_SAME_START_MS = 1000


def _words(title: str) -> str:
    return "".join(ch for ch in title.casefold() if ch.isalnum())


def _unique(chapters: Sequence[Chapter]) -> list[Chapter]:
    """``chapters`` without repeats: the same words starting less than a second apart."""
    seen: dict[str, list[int]] = {}
    out = []
    for chapter in chapters:
        starts = seen.setdefault(_words(chapter.title), [])
        if all(abs(chapter.start.ms - ms) >= _SAME_START_MS for ms in starts):
            starts.append(chapter.start.ms)
            out.append(chapter)
    return out


def merge(first: Chapters, second: Chapters) -> Chapters:
    """``first`` then the chapters of ``second`` it does not already have; problems of both.

    This is how :func:`shownotes.parse` joins front-matter chapters and body chapters.

    >>> a = Chapters((Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(60_000), "Tea")))
    >>> b = Chapters((Chapter(Timestamp(60_400), "tea"),))
    >>> len(merge(a, b))
    2
    """
    items = _unique((*first.items, *second.items))
    return Chapters(tuple(items), first.problems + second.problems)


# The rest of the chapters API lives in private modules that import the classes above.
from shownotes._chapter_meta import from_metadata  # noqa: E402
from shownotes._chapter_render import STYLES, render  # noqa: E402
from shownotes._chapter_validate import PLATFORMS, validate  # noqa: E402
