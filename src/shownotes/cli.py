"""The ``shownotes`` command: parse show notes from files, folders or standard input.

    shownotes parse FILE... [--format json|jsonl|text] [--workers N] [--feeds]
    shownotes feed FILE [--format json|jsonl|text]

``-`` reads standard input; a folder is walked for show-notes files (feeds only with
``--feeds``). Errors are one line on
standard error: exit status 2 for a missing file or a bad option, 1 for a file that cannot be
parsed in ``--strict`` mode. Never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO

from shownotes._version import __version__
from shownotes.notes import ShowNotes
from shownotes.references import format_references
from shownotes.sections import format_sections

__all__ = ["main"]

#: File name endings the ``parse`` command reads when it walks a folder.
NOTE_SUFFIXES = frozenset({".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".xml", ""})
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A bad command line or a missing file: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
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


Command = Callable[[argparse.Namespace, TextIO, TextIO, TextIO], int]


def build_parser() -> _Parser:
    """The argument parser of the ``shownotes`` command."""
    parser = _Parser(prog="shownotes", description="Show notes as typed data.")
    parser.add_argument("--version", action="version", version=f"shownotes {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p_parse = sub.add_parser("parse", help="parse show notes to JSON or a readable summary")
    p_parse.add_argument("files", nargs="+", metavar="FILE", help="files or folders; - is stdin")
    p_parse.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    p_parse.add_argument("--strict", action="store_true", help="fail on any problem")
    from shownotes._cli_feed import add_commands as add_feed_commands  # imports cli, too
    from shownotes._cli_formats import add_commands  # imports cli: a cycle at import time

    add_feed_commands(sub, p_parse)
    add_commands(sub)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit status (``sys.exit(main())``)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        func: Command = args.func
        return func(args, stdin, stdout, stderr)
    except UsageError as exc:
        stderr.write(f"{exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - `shownotes parse … | head`
        return EXIT_OK
    except KeyboardInterrupt:  # pragma: no cover
        return 130
