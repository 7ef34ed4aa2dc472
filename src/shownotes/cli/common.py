"""What every ``shownotes`` subcommand shares: exit statuses, the usage error, the parser class,
the folder walk's file endings and the text summary of one document."""

from __future__ import annotations

import argparse
from typing import NoReturn

from shownotes.model.notes import ShowNotes
from shownotes.read.sections import format_sections
from shownotes.references import format_references

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "NOTE_SUFFIXES",
    "Parser",
    "UsageError",
    "format_text",
]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: File name endings the ``parse`` command reads when it walks a folder.
NOTE_SUFFIXES = frozenset({".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".xml", ""})


class UsageError(Exception):
    """A bad command line or a missing file: reported in one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


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
