"""Chapters as values: :class:`Chapter`, the :class:`Chapters` list, and a chapter's
:class:`Location`.

>>> chapters = Chapters((Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(46_000), "AI")))
>>> chapters[1]
Chapter(start=Timestamp(ms=46000), title='AI', end=None, url=None, image=None, toc=True,
        location=None)
>>> [str(c.end) for c in chapters.with_ends(Timestamp(60_000))]
['0:46', '1:00']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

import attrs

from shownotes.model import display
from shownotes.model.errors import Problem
from shownotes.model.timestamps import Timestamp

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "Chapter", "Chapters", "Location"]

#: The fields of a chapter that tables and DataFrames show, in order.
COLUMNS = ("start", "end", "title", "url")


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

    def _repr_html_(self) -> str:
        """The chapters as a numbered HTML table (start, end, title, url), text escaped."""
        rows = [[getattr(c, column) for column in COLUMNS] for c in self.items]
        return display.html_table(COLUMNS, rows)

    def to_pandas(self) -> pandas.DataFrame:
        """The chapters as a DataFrame: ``start`` and ``end`` in seconds (floats; a missing
        end is ``NaN``), ``title``, ``url`` (``NaN`` when none). Needs the ``pandas`` extra.

        >>> chapters = Chapters((Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(46_500), "AI")))
        >>> chapters.to_pandas()  # doctest: +SKIP
           start  end  title  url
        0    0.0  NaN  Intro  NaN
        1   46.5  NaN     AI  NaN
        """
        return display.frame(self.items, COLUMNS)

    def plot(self, ax: Any = None, *, duration: Timestamp | None = None) -> Any:
        """A timeline of the chapters: one bar each along the episode, drawn with matplotlib on
        ``ax`` (a new figure's by default), the last one to ``duration`` when it has no end.
        Returns the matplotlib Axes. Needs the ``plot`` extra: ``pip install
        'shownotes[plot]'``."""
        from shownotes.model.plot import timeline

        return timeline(self.items, ax, duration=duration)
