"""What the ``shownotes`` commands print: one problem as a compiler would, one document as a
summary a person can read."""

from __future__ import annotations

from shownotes.model.errors import Problem
from shownotes.model.notes import ShowNotes
from shownotes.read.sections import format_sections
from shownotes.references import format_references

__all__ = ["format_problem", "format_text"]


def format_problem(name: str, problem: Problem) -> str:
    """``name:line:col: code: message``, as compilers write it (line and column where known).

    >>> format_problem("ep.md", Problem("chapter-order", "0:30 comes after 1:00", None, 7, 1))
    'ep.md:7:1: chapter-order: 0:30 comes after 1:00'
    """
    where = name
    if problem.line is not None:
        where += f":{problem.line}"
        if problem.column is not None:
            where += f":{problem.column}"
    return f"{where}: {problem.code}: {problem.message}"


def format_text(name: str, notes: ShowNotes) -> str:
    """The human-readable summary ``shownotes parse --format text`` prints for one document."""
    ep = notes.episode
    out = [f"== {name}"]
    for label, value in (
        ("title", ep.title),
        ("date", ep.date.isoformat() if ep.date else None),
        ("number", ep.number),
        ("show", ep.show),
        ("guests", ", ".join(ep.guests) or None),
    ):
        if value is not None:
            out.append(f"{label}: {value}")
    if notes.chapters:
        out.append(f"chapters ({len(notes.chapters)}):")
        out.extend(f"  {chapter.start}  {chapter.title}" for chapter in notes.chapters)
    if notes.references:
        out.append(f"references ({len(notes.references)}):")
        out.extend(f"  {row}" for row in format_references(notes.references).splitlines())
    if notes.sections:
        out.append(f"sections ({len(notes.sections)}):")
        out.extend(f"  {row}" for row in format_sections(notes.sections).splitlines())
    if notes.platforms:
        out.append(f"platforms ({len(notes.platforms)}):")
        out.extend(f"  {link.platform}: {link.url}" for link in notes.platforms)
    if notes.links:
        out.append(f"links ({len(notes.links)}):")
        for link in notes.links:
            where = "/".join(p for p in (link.platform, link.kind, link.id) if p)
            out.append(f"  {link.url}" + (f"  [{where}]" if where else ""))
    for problem in notes.problems:
        out.append(f"problem: {problem.code}: {problem.message}")
    return "\n".join(out)
