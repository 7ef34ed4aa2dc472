"""The pipeline behind :func:`shownotes.parse`: document → Lines → extractors → ShowNotes."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from shownotes import chapters as _chapters
from shownotes import links as _links
from shownotes import references as _references
from shownotes import sections as _sections
from shownotes.document import split
from shownotes.errors import (
    ParseError,
    Problem,
    ShowNotesError,
    ShowNotesErrorGroup,
)
from shownotes.markup import to_lines
from shownotes.metadata import episode_from, html_head
from shownotes.notes import ShowNotes
from shownotes.timestamps import Timestamp

if TYPE_CHECKING:
    from shownotes.boilerplate import Boilerplate

__all__ = ["decode", "parse", "parse_file"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """Text from bytes in any common encoding; never raises ``UnicodeDecodeError``.

    A byte-order mark wins; then UTF-8; then UTF-16 without a mark (told by its zero bytes);
    then what beautifulsoup4's ``UnicodeDammit`` detects (declared charsets included); and
    last Windows-1252, with undecodable bytes replaced.

    >>> decode("Café".encode("utf-16")), decode("Café".encode("latin-1"))
    ('Café', 'Café')
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        return data.decode("utf-16-be" if even_zeros > odd_zeros else "utf-16-le", "replace")
    from bs4.dammit import UnicodeDammit

    guess = UnicodeDammit(data, ["utf-8", "windows-1252"])
    if guess.unicode_markup is not None:
        return guess.unicode_markup
    return data.decode("windows-1252", errors="replace")  # pragma: no cover - dammit decides


def _duration(value: object) -> Timestamp | None:
    if value is None or isinstance(value, Timestamp):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"duration must be a Timestamp or seconds, not {type(value).__name__}")
    return Timestamp.from_seconds(value)


def _located(problem: Problem, text: str) -> Problem:
    """``problem`` with the line and column of its span's start, when it has a span only."""
    if problem.span is None or problem.line is not None:
        return problem
    pos = max(0, min(problem.span[0], len(text)))
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return attrs.evolve(problem, line=line, column=column)


def _as_error(problem: Problem) -> ShowNotesError:
    return ParseError(
        f"{problem.code}: {problem.message}", lineno=problem.line, colno=problem.column
    )


def parse(
    text: str | bytes,
    *,
    duration: Timestamp | float | None = None,
    strict: bool = False,
    boilerplate: Boilerplate | None = None,
) -> ShowNotes:
    """Parse one show-notes document: front matter, then a body in HTML, Markdown or text.

    ``duration`` (a :class:`~shownotes.timestamps.Timestamp` or seconds; by default the front
    matter's, if any) bounds the chapters. Lenient by default: what is odd is reported in
    ``problems``. With ``strict=True``, broken front matter raises
    :class:`~shownotes.errors.FrontMatterError` and any other problems are raised together as
    a :class:`~shownotes.errors.ShowNotesErrorGroup`. ``boilerplate`` (what
    :func:`shownotes.boilerplate.find` learnt from the show's other notes) keeps the links of
    the show's repeated blocks out of ``references``.

    >>> notes = parse("---\\ntitle: 'Ep. 7: Tea'\\n---\\n0:00 Hello\\n2:05 Tea\\n")
    >>> notes.episode.title, notes.episode.number
    ('Ep. 7: Tea', 7)
    """
    if isinstance(text, bytes | bytearray):
        text = decode(bytes(text))
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str or bytes, not {type(text).__name__}")
    limit = _duration(duration)
    problems: list[Problem] = []
    doc = split(text)
    if doc.error is not None:
        if strict:
            raise doc.error
        problems.append(
            Problem("front-matter", doc.error.msg, None, doc.error.lineno, doc.error.colno)
        )
    metadata = dict(doc.metadata)
    head = html_head(doc.body) if "<head" in doc.body[:5000].lower() else {}
    episode = episode_from({**head, **metadata}, problems)
    if limit is None:
        limit = episode.duration
    lines = to_lines(doc.body, doc.offset)
    sections = _sections.find(lines, show=episode.show)
    chapters = _chapters.merge(
        _chapters.from_metadata(metadata), _chapters.find(lines, duration=limit)
    )
    problems.extend(_located(problem, text) for problem in chapters.problems)
    references = _references.find(lines, metadata=metadata, show=episode.show, sections=sections)
    if boilerplate is not None:
        references = boilerplate.filter(references, lines)
    notes = ShowNotes(
        metadata=metadata,
        episode=episode,
        chapters=chapters,
        references=references,
        links=_links.merge(_links.find(lines), _links.from_metadata(metadata)),
        problems=tuple(problems),
        sections=sections,
        platforms=_sections.platforms(lines, sections, metadata),
    )
    if strict and problems:
        raise ShowNotesErrorGroup(
            f"{len(problems)} problem(s) in show notes", [_as_error(p) for p in problems]
        )
    return notes


def parse_file(
    path: str | os.PathLike[str],
    *,
    duration: Timestamp | float | None = None,
    strict: bool = False,
) -> ShowNotes:
    """:func:`parse` the file at ``path``; its bytes are decoded with :func:`decode`."""
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"parse_file() takes a path, not {type(path).__name__}")
    data = Path(path).read_bytes()
    return parse(decode(data), duration=duration, strict=strict)
