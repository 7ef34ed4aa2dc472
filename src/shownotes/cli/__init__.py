"""The ``shownotes`` command: parse show notes from files, folders or standard input, and
read and write chapter files.

    shownotes parse FILE... [--format json|jsonl|text] [--strict] [--workers N] [--feeds]
    shownotes feed FILE [--format json|jsonl|text]
    shownotes chapters FILE (--to FORMAT | --into MEDIA) [options]
    shownotes convert IN (--to FORMAT | --into MEDIA) [--from FORMAT] [options]

``-`` reads standard input; a folder is walked for show-notes files (its feeds too with
``--feeds``). Each input that cannot be
used is one line on standard error and the run goes on: exit status 1 at the end. A command
line that cannot run is exit status 2; bare ``shownotes`` prints its usage. Never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from shownotes._version import __version__
from shownotes.cli.common import EXIT_OK, EXIT_USAGE, Parser, UsageError, quiet_dependencies
from shownotes.cli.feed import add_commands as add_feed_commands
from shownotes.cli.formats import add_commands
from shownotes.cli.inputs import NOTE_SUFFIXES
from shownotes.cli.output import format_problem, format_text

__all__ = ["NOTE_SUFFIXES", "build_parser", "format_problem", "format_text", "main"]


Command = Callable[[argparse.Namespace, TextIO, TextIO, TextIO], int]


def build_parser() -> Parser:
    """The argument parser of the ``shownotes`` command."""
    parser = Parser(
        prog="shownotes",
        description="Show notes as typed data: chapters, references, links and the episode.",
        epilog="Run 'shownotes COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"shownotes {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    p_parse = sub.add_parser(
        "parse",
        help="parse show notes to JSON or a readable summary",
        description="Parse show-notes files to JSON or a readable summary.",
    )
    p_parse.add_argument(
        "files", nargs="+", metavar="FILE",
        help="a file, a folder (walked for .md .markdown .mdx .html .htm .txt files; .xml and "
        ".rss feeds too with --feeds) or - for standard input",
    )  # fmt: skip
    p_parse.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    p_parse.add_argument(
        "--strict", action="store_true",
        help="a file with any problem fails: each problem is printed as FILE:LINE:COL: CODE: "
        "MESSAGE on standard error and the file is left out of the output",
    )  # fmt: skip
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
        func: Command | None = getattr(args, "func", None)
        if func is None:  # bare `shownotes`: what it can do
            stderr.write(parser.format_help())
            return EXIT_USAGE
        with quiet_dependencies():
            return func(args, stdin, stdout, stderr)
    except UsageError as exc:
        stderr.write(f"{exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - `shownotes parse … | head`
        return EXIT_OK
    except KeyboardInterrupt:  # pragma: no cover
        return 130
