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
from typing import TextIO

from shownotes._version import __version__
from shownotes.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    NOTE_SUFFIXES,
    Parser,
    UsageError,
    format_text,
)
from shownotes.cli.feed import add_commands as add_feed_commands
from shownotes.cli.formats import add_commands

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "NOTE_SUFFIXES", "format_text", "main"]

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
    add_feed_commands(sub, p_parse)  # --workers, --feeds, and the feed command
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
