"""The result of :func:`shownotes.parse`: :class:`ShowNotes`, a frozen value of plain parts."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from shownotes.model import display
from shownotes.model.chapters import Chapters
from shownotes.model.episode import Episode
from shownotes.model.errors import Problem
from shownotes.model.links import Link
from shownotes.model.references import Reference
from shownotes.model.sections import Section
from shownotes.model.transcripts import Transcript

if TYPE_CHECKING:
    import pandas

__all__ = [
    "LINK_COLUMNS",
    "REFERENCE_COLUMNS",
    "ShowNotes",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

#: The fields :meth:`ShowNotes.references_table` shows, in order.
REFERENCE_COLUMNS = ("title", "url", "note")
#: The fields :meth:`ShowNotes.links_table` shows, in order.
LINK_COLUMNS = ("url", "text", "platform", "kind", "id", "time")


@attrs.frozen(hash=False)
class ShowNotes:
    """Everything :func:`shownotes.parse` found in one document.

    - ``metadata``: the front matter as given (a ``dict``; YAML and TOML dates as ``datetime``).
    - ``episode``: title, date, number, show, guests, … derived from it; all optional.
    - ``chapters``: the chapter list (:class:`~shownotes.chapters.Chapters`), empty when none.
    - ``references``: the entries of reference lists.
    - ``links``: every link, classified where its platform is known.
    - ``problems``: what was odd (broken front matter, an out-of-order chapter, …).
    - ``sections``: the notes' sections (:class:`~shownotes.sections.Section`): heading, kind
      (``chapters``, ``references``, ``platforms``, ``sponsors``, ``credits``, ``transcript``,
      ``other``) and line range.
    - ``platforms``: the show's own platform links (its channel, podcast pages, socials) as
      classified :class:`~shownotes.links.Link` values, once each, in the order found;
      ``{link.platform: link for link in notes.platforms}`` gives one per platform.
    - ``transcript``: the speaker turns of a transcript the notes carry
      (:class:`~shownotes.Transcript`), or ``None``; its lines are never chapters.

    Not hashable (``metadata`` is a dict); compare with ``==``. Picklable.
    """

    metadata: Mapping[str, object] = attrs.field(factory=dict)
    episode: Episode = attrs.field(factory=Episode)
    chapters: Chapters = attrs.field(factory=Chapters)
    references: tuple[Reference, ...] = ()
    links: tuple[Link, ...] = ()
    problems: tuple[Problem, ...] = ()
    sections: tuple[Section, ...] = ()
    platforms: tuple[Link, ...] = ()
    transcript: Transcript | None = None

    def to_dict(self) -> dict[str, Any]:
        """A dict of plain values (``from_dict`` reverses it exactly). Times are seconds
        (``46`` or ``65.92``); the episode's date is ISO 8601 text; ``metadata`` is as given."""
        from shownotes.model import serialize  # cattrs on first use: a cheap import

        return serialize.unstructure(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON text of :meth:`to_dict`; dates and datetimes in ``metadata`` as ISO 8601."""
        from shownotes.model import serialize  # cattrs on first use: a cheap import

        return serialize.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShowNotes:
        """The :class:`ShowNotes` that :meth:`to_dict` described."""
        from shownotes.model import serialize  # cattrs on first use: a cheap import

        return serialize.structure(data, cls)

    @classmethod
    def from_json(cls, text: str) -> ShowNotes:
        """The :class:`ShowNotes` that :meth:`to_json` wrote (dates in ``metadata`` stay text)."""
        return cls.from_dict(json.loads(text))

    def to_pandas(self) -> pandas.DataFrame:
        """The chapters as a DataFrame (:meth:`Chapters.to_pandas
        <shownotes.chapters.Chapters.to_pandas>`: ``start``, ``end`` in seconds, ``NaN`` when
        missing, ``title``, ``url``). Needs the ``pandas`` extra: ``pip install
        'shownotes[pandas]'``."""
        return self.chapters.to_pandas()

    def references_table(self) -> display.Table[Reference]:
        """The references as a :class:`~shownotes.model.display.Table`: a notebook shows it as
        one table (title, url, note), ``.to_pandas()`` gives it as a DataFrame.

        ``references`` itself stays a plain tuple, equal to any tuple of the same references:
        the table is a view for people, not another type for programs.
        """
        return display.Table(self.references, REFERENCE_COLUMNS)

    def links_table(self) -> display.Table[Link]:
        """Every link as a :class:`~shownotes.model.display.Table` (url, text, platform, kind,
        id, time in seconds), for notebooks and ``.to_pandas()``."""
        return display.Table(self.links, LINK_COLUMNS)

    def _repr_html_(self) -> str:
        """The notes in a notebook: the episode, the chapters, references and links as tables,
        the problems as a list; every piece of document text is escaped."""
        esc = html.escape
        parts = [f"<div class='shownotes'><h4>{esc(self.episode.title or 'Show notes')}</h4>"]
        ep = self.episode
        facts = [
            f"<b>{esc(label)}</b>: {esc(str(value))}"
            for label, value in (
                ("date", ep.date.date().isoformat() if ep.date else None),
                ("number", ep.number),
                ("show", ep.show),
                ("guests", ", ".join(ep.guests) or None),
            )
            if value is not None
        ]
        if facts:
            parts.append("<p>" + " · ".join(facts) + "</p>")
        for name, table in (
            ("chapters", self.chapters),
            ("references", self.references_table()),
            ("links", self.links_table()),
        ):
            if table:
                parts.append(f"<h5>{len(table)} {name}</h5>{table._repr_html_()}")
        if self.problems:
            items = "".join(
                f"<li><code>{esc(p.code)}</code> {esc(p.message)}"
                + (f" (line {p.line})" if p.line is not None else "")
                + "</li>"
                for p in self.problems
            )
            parts.append(f"<h5>{len(self.problems)} problems</h5><ul>{items}</ul>")
        counts = (
            f"{len(self.chapters)} chapters, {len(self.references)} references, "
            f"{len(self.links)} links, {len(self.problems)} problems"
        )
        parts.append(f"<p><small>{counts}</small></p></div>")
        return "".join(parts)


def from_dict(data: Mapping[str, Any]) -> ShowNotes:
    """The :class:`ShowNotes` a :meth:`ShowNotes.to_dict` dict describes."""
    return ShowNotes.from_dict(data)


def from_json(text: str) -> ShowNotes:
    """The :class:`ShowNotes` that :meth:`ShowNotes.to_json` wrote."""
    return ShowNotes.from_json(text)


def to_dict(notes: ShowNotes) -> dict[str, Any]:
    """``notes`` as a dict of plain values (:meth:`ShowNotes.to_dict`)."""
    return notes.to_dict()


def to_json(notes: ShowNotes, *, indent: int | None = None) -> str:
    """``notes`` as JSON text (:meth:`ShowNotes.to_json`)."""
    return notes.to_json(indent=indent)
