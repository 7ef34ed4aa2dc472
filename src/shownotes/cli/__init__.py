"""The ``shownotes`` command: parse show notes from files, folders or standard input.

    shownotes parse FILE... [--format json|jsonl|text]

``-`` reads standard input; a folder is walked for show-notes files. Errors are one line on
standard error: exit status 2 for a missing file or a bad option, 1 for a file that cannot be
parsed in ``--strict`` mode. Never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from shownotes._parse import parse
from shownotes._version import __version__
from shownotes.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Parser, UsageError
from shownotes.cli.formats import add_commands
from shownotes.model.errors import ShowNotesError
from shownotes.model.notes import ShowNotes
from shownotes.model.serialize import dumps
from shownotes.read.decode import decode
from shownotes.read.sections import format_sections
from shownotes.references import format_references

__all__ = ["main"]

#: File name endings the ``parse`` command reads when it walks a folder.
NOTE_SUFFIXES = frozenset({".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".xml", ""})


def _walk(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    for name in paths:
        if name == "-":
            yield name, None
            continue
        path = Path(name)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(files):
                    child = Path(root) / file
                    if not file.startswith(".") and child.suffix.lower() in NOTE_SUFFIXES:
                        yield str(child), child
        elif path.is_file():
            yield name, path
        else:
            raise UsageError(f"shownotes: no such file or directory: {name}")


def _read(path: Path | None, stdin: TextIO) -> str:
    if path is None:
        buffer = getattr(stdin, "buffer", None)
        return decode(buffer.read()) if buffer is not None else stdin.read()
    try:
        return decode(path.read_bytes())
    except OSError as exc:
        raise UsageError(f"shownotes: cannot read {path}: {exc.strerror or exc}") from exc


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


def _cmd_parse(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    status = EXIT_OK
    documents = list(_walk(args.files))
    results = []
    for name, path in documents:
        text = _read(path, stdin)
        try:
            notes = parse(text, strict=args.strict)
        except ShowNotesError as exc:
            stderr.write(f"shownotes: {name}: {exc}\n")
            status = EXIT_FAILED
            continue
        results.append((name, notes))
    if args.format == "json":
        if len(results) == 1 and len(documents) == 1:
            stdout.write(results[0][1].to_json(indent=2) + "\n")
        else:
            payload = [{"file": name, **notes.to_dict()} for name, notes in results]
            stdout.write(dumps(payload, indent=2) + "\n")
    elif args.format == "jsonl":
        for name, notes in results:
            stdout.write(dumps({"file": name, **notes.to_dict()}) + "\n")
    else:
        stdout.write("\n\n".join(format_text(name, notes) for name, notes in results) + "\n")
    return status


Command = Callable[[argparse.Namespace, TextIO, TextIO, TextIO], int]


def build_parser() -> Parser:
    """The argument parser of the ``shownotes`` command."""
    parser = Parser(prog="shownotes", description="Show notes as typed data.")
    parser.add_argument("--version", action="version", version=f"shownotes {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    p_parse = sub.add_parser("parse", help="parse show notes to JSON or a readable summary")
    p_parse.add_argument("files", nargs="+", metavar="FILE", help="files or folders; - is stdin")
    p_parse.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    p_parse.add_argument("--strict", action="store_true", help="fail on any problem")
    p_parse.set_defaults(func=_cmd_parse)
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
