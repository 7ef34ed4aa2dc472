"""The pipeline behind :func:`shownotes.parse`: document → Lines → extractors → ShowNotes."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from shownotes import chapters as _chapters
from shownotes import links as _links
from shownotes import references as _references
from shownotes.chapters.find import chapters_of, judged
from shownotes.chapters.frontmatter import KEYS as CHAPTER_KEYS
from shownotes.chapters.frontmatter import from_metadata as front_chapters
from shownotes.chapters.rules import RULES, Rules
from shownotes.episode import read_episode
from shownotes.links.own import platforms
from shownotes.links.urls import key
from shownotes.model.chapters import Chapters
from shownotes.model.errors import ParseError, Problem, ShowNotesErrorGroup
from shownotes.model.lines import Line
from shownotes.model.links import Link, Role
from shownotes.model.notes import ShowNotes
from shownotes.model.timestamps import Timestamp
from shownotes.read import sections as _sections
from shownotes.read.breaks import Positions
from shownotes.read.decode import decode
from shownotes.read.frontmatter import split
from shownotes.read.head import html_head
from shownotes.read.lines import Markup, to_lines
from shownotes.transcripts import scan

if TYPE_CHECKING:
    import bs4

    from shownotes.boilerplate import Boilerplate

__all__ = ["decode", "parse", "parse_file"]


def _duration(value: object) -> Timestamp | None:
    if value is None or isinstance(value, Timestamp):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"duration must be a Timestamp or seconds, not {type(value).__name__}")
    return Timestamp.from_seconds(value)


def _soup_html(value: object) -> str | None:
    """The HTML of a beautifulsoup4 ``BeautifulSoup`` or ``Tag`` as a whole page (a fragment
    is put in ``<html><body>``, so it is read as HTML, never as Markdown or front matter);
    ``None`` for anything else. bs4 is looked up, not imported: holding a soup means the caller
    imported it, and ``import shownotes`` stays cheap."""
    bs4 = sys.modules.get("bs4")
    if bs4 is None or not isinstance(value, bs4.Tag):
        return None
    root = value if value.name == "html" else None
    if isinstance(value, bs4.BeautifulSoup):
        root = value.find("html", recursive=False)
    if root is not None:
        return str(root)
    return f"<html><body>{value}</body></html>"


def _located(problem: Problem, positions: Positions) -> Problem:
    """``problem`` with the line and column of its span's start, when it has a span only."""
    if problem.span is None or problem.line is not None:
        return problem
    line, column = positions.line_col(problem.span[0])
    return attrs.evolve(problem, line=line, column=column)


def _body_chapters(
    lines: Sequence[Line],
    given: Timestamp | None,
    stated: Timestamp | None,
    exclude: frozenset[int],
    rules: Rules = RULES,
) -> Chapters:
    """The body's chapters, bounded by the caller's duration (``given``) when there is one.

    A duration the front matter states is a hint: front matter is often stale or counts
    something else (Jekyll posts whose ``duration`` is shorter than the chapter list under
    it). So a list refused only for running past it is kept, with an ``episode-duration``
    problem that says so; the caller's own duration is a hard bound.
    """

    def find(duration: Timestamp | None) -> Chapters:
        return chapters_of(lines, judged(lines, duration, rules, exclude))

    if given is not None or stated is None:
        return find(given)
    bounded = find(stated)
    if bounded or not any(p.code == "chapter-duration" for p in bounded.problems):
        return bounded
    loose = find(None)
    past = [p for p in bounded.problems if p.code == "chapter-duration"]
    note = Problem(
        "episode-duration",
        f"the chapters run past the front matter's duration ({stated}); kept",
        past[0].span,
    )
    return Chapters(loose.items, (*loose.problems, note))


def _rules_for(metadata: Mapping[str, object]) -> Rules:
    """The chapter rules for notes whose front matter says they have chapters (a
    ``chapters`` key with no list in it: a flag, or the URL of a chapters file): there a lone
    timed line is the list."""
    if any(metadata.get(key) and not front_chapters(metadata) for key in CHAPTER_KEYS):
        return attrs.evolve(RULES, min_entries=1)
    return RULES


def _with_role(link: Link, roles: Mapping[str, Role]) -> Link:
    role = roles.get(key(link.url))
    return link if role is None else attrs.evolve(link, role=role)


def parse(
    text: str | bytes | bs4.Tag,
    *,
    duration: Timestamp | float | None = None,
    strict: bool = False,
    boilerplate: Boilerplate | None = None,
    markup: Markup = "auto",
) -> ShowNotes:
    """Parse one show-notes document: front matter, then a body in HTML, Markdown or text.

    ``text`` may also be a beautifulsoup4 ``BeautifulSoup`` or ``Tag`` (a scraped episode page,
    or one element of it), read as HTML; problem positions then count in ``str(soup)``, or in
    ``<html><body>`` followed by it for an element.

    ``duration`` (a :class:`~shownotes.model.timestamps.Timestamp` or seconds; by default the front
    matter's, if any) bounds the chapters. Lenient by default: what is odd is reported in
    ``problems``. With ``strict=True``, broken front matter raises
    :class:`~shownotes.errors.FrontMatterError` and any other problems are raised together as
    a :class:`~shownotes.errors.ShowNotesErrorGroup` of one error per problem, each of the class
    its code names (:meth:`~shownotes.errors.ParseError.from_problem`). ``boilerplate`` (what
    :func:`shownotes.boilerplate.find` learnt from the show's other notes) keeps the links of
    the show's repeated blocks out of ``references``. ``markup`` says how to read the body:
    ``"auto"`` (decided from what it shows), ``"markdown"``, ``"html"`` or ``"text"`` (a
    YouTube description: ``<``, ``&`` and ``*`` are characters).

    >>> notes = parse("---\\ntitle: 'Ep. 7: Tea'\\n---\\n0:00 Hello\\n2:05 Tea\\n")
    >>> notes.episode.title, notes.episode.number
    ('Ep. 7: Tea', 7)
    """
    if isinstance(text, bytes | bytearray):
        text = decode(bytes(text))
    elif not isinstance(text, str):
        soup = _soup_html(text)
        if soup is None:
            raise TypeError(
                f"parse() takes a str or bytes (or a bs4 soup), not {type(text).__name__}"
            )
        text = soup
    limit = _duration(duration)
    problems: list[Problem] = []
    doc = split(text)
    if doc.error is not None:
        if strict:
            raise doc.error
        problems.append(doc.error.problem)
    metadata = dict(doc.metadata)
    head = html_head(doc.body) if "<head" in doc.body[:5000].lower() else {}
    episode, episode_problems = read_episode({**head, **metadata})
    problems.extend(episode_problems)
    lines = to_lines(doc.body, doc.offset, markup=markup)
    sections = _sections.find(lines, show=episode.show, source=text)
    transcript, turn_lines = scan(lines, source=text)
    chapters = _chapters.merge(
        _chapters.from_metadata(metadata),
        _body_chapters(lines, limit, episode.duration, turn_lines, _rules_for(metadata)),
    )
    if chapters.problems:
        positions = Positions(text)  # lines as the reader counts them (CR, U+2028 too)
        problems.extend(_located(problem, positions) for problem in chapters.problems)
    reading = _references.read(
        lines,
        metadata=metadata,
        show=episode.show,
        sections=sections,
        guests=episode.guests,
        hosts=episode.hosts,
    )
    references, roles = reading.references, reading.roles
    if reading.problems:
        positions = Positions(text)
        problems.extend(_located(problem, positions) for problem in reading.problems)
    if boilerplate is not None:  # the show's repeated block: its links are its own
        owned: dict[str, Role] = {key(url): "own" for url in boilerplate.own_urls(lines)}
        references, roles = boilerplate.filter(references, lines), {**roles, **owned}
    links = _links.merge(_links.find(lines), _links.from_metadata(metadata))
    notes = ShowNotes(
        metadata=metadata,
        episode=episode,
        chapters=chapters,
        references=references,
        links=tuple(_with_role(link, roles) for link in links),
        problems=tuple(problems),
        sections=sections,
        platforms=platforms(lines, sections, metadata),
        transcript=transcript,
    )
    if strict and problems:
        raise ShowNotesErrorGroup(
            f"{len(problems)} problem(s) in show notes",
            [ParseError.from_problem(p) for p in problems],
        )
    return notes


def parse_file(
    path: str | os.PathLike[str],
    *,
    duration: Timestamp | float | None = None,
    strict: bool = False,
    markup: Markup = "auto",
) -> ShowNotes:
    """:func:`parse` the file at ``path``; its bytes are decoded with :func:`decode`."""
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"parse_file() takes a path, not {type(path).__name__}")
    data = Path(path).read_bytes()
    return parse(decode(data), duration=duration, strict=strict, markup=markup)
