"""The chapter-format subcommands of ``shownotes`` (``chapters``, ``convert``), which
:func:`shownotes.cli.build_parser` adds.

    shownotes chapters FILE --to FORMAT [--style STYLE] [-o OUT]
    shownotes convert IN [--from FORMAT] --to FORMAT [-o OUT]

``-`` reads standard input (and, as ``-o -``, the default, writes standard output). A file that
breaks its format is one line on standard error and exit status 1; a missing file is exit
status 2. ``--to id3 -o episode.mp3`` puts the chapters into an existing MP3 file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from shownotes import formats
from shownotes.cli.common import EXIT_FAILED, EXIT_OK, Parser, UsageError
from shownotes.model.errors import ShowNotesError, TimestampError
from shownotes.model.timestamps import Timestamp

if TYPE_CHECKING:
    from shownotes.model.chapters import Chapters

__all__ = ["add_commands"]

# The formats that write an end for every chapter, and so take the episode's duration.
_ENDED: frozenset[str] = frozenset({"ffmetadata", "webvtt", "id3"})


def _read_bytes(name: str, stdin: TextIO) -> bytes:
    if name == "-":
        buffer: BinaryIO | None = getattr(stdin, "buffer", None)
        return buffer.read() if buffer is not None else stdin.read().encode("utf-8")
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UsageError(f"shownotes: cannot read {name}: {exc.strerror or exc}") from exc


def _write(chapters: Chapters, args: argparse.Namespace, stdout: TextIO) -> None:
    fmt = formats.get(args.to)
    if args.to == "id3" and args.output != "-" and Path(args.output).is_file():
        formats.id3.write(args.output, chapters, duration=args.duration)  # into the MP3
        return
    dumps: Callable[..., str | bytes] = fmt.dumps
    if args.to == "description":
        data = dumps(chapters, style=args.style)
    elif args.to in _ENDED:
        data = dumps(chapters, duration=args.duration)
    else:
        data = dumps(chapters)
    if isinstance(data, str) and not data.endswith("\n"):
        data += "\n"
    if args.output != "-":
        target = Path(args.output)
        try:
            if isinstance(data, bytes):
                target.write_bytes(data)
            else:
                target.write_text(data, "utf-8")
        except OSError as exc:
            raise UsageError(
                f"shownotes: cannot write {args.output}: {exc.strerror or exc}"
            ) from exc
    elif isinstance(data, bytes):
        buffer: BinaryIO | None = getattr(stdout, "buffer", None)
        if buffer is None or (stdout is sys.stdout and sys.stdout.isatty()):
            raise UsageError(f"shownotes: {args.to} is binary: write it with -o FILE")
        buffer.write(data)
    else:
        stdout.write(data)


def _duration(text: str) -> Timestamp:
    try:
        return Timestamp.parse(text)
    except TimestampError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _fail(stderr: TextIO, name: str, exc: BaseException) -> int:
    stderr.write(f"shownotes: {name}: {exc}\n")
    return EXIT_FAILED


def _cmd_chapters(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from shownotes._parse import parse
    from shownotes.read.decode import decode

    text = decode(_read_bytes(args.file, stdin))
    try:
        chapters = parse(text).chapters
        if not chapters:
            stderr.write(f"shownotes: {args.file}: no chapters found\n")
            return EXIT_FAILED
        _write(chapters, args, stdout)
    except (ShowNotesError, ValueError, ImportError) as exc:
        return _fail(stderr, args.file, exc)
    return EXIT_OK


def _cmd_convert(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    data = _read_bytes(args.input, stdin)
    try:
        chapters = formats.get(args.source or formats.guess(data)).loads(data)
        _write(chapters, args, stdout)
    except (ShowNotesError, ValueError, ImportError) as exc:
        return _fail(stderr, args.input, exc)
    return EXIT_OK


def _output_options(parser: argparse.ArgumentParser) -> None:
    from shownotes.chapters import STYLES

    parser.add_argument(
        "--to", required=True, choices=formats.names(), metavar="FORMAT",
        help=f"the format to write: {', '.join(formats.names())}",
    )  # fmt: skip
    parser.add_argument(
        "--style", choices=STYLES, default="plain", help="the line style of --to description"
    )
    parser.add_argument(
        "--duration", type=_duration, metavar="TIME",
        help="the episode's length (1:02:03): ends the last chapter in ffmetadata, webvtt, id3",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", default="-", metavar="OUT",
        help="where to write (default -, standard output); with --to id3 an existing MP3 "
        "file gets the chapters",
    )  # fmt: skip


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """Define the ``chapters`` and ``convert`` subcommands on ``sub``."""
    p_chapters = sub.add_parser("chapters", help="write the chapters found in show notes")
    p_chapters.add_argument("file", metavar="FILE", help="a show-notes file; - is stdin")
    _output_options(p_chapters)
    p_chapters.set_defaults(func=_cmd_chapters)

    p_convert = sub.add_parser("convert", help="convert a chapter file to another format")
    p_convert.add_argument("input", metavar="IN", help="a chapter file; - is stdin")
    p_convert.add_argument(
        "--from", dest="source", choices=formats.names(), metavar="FORMAT",
        help=f"the format of IN: {', '.join(formats.names())} (default: guessed from IN)",
    )  # fmt: skip
    _output_options(p_convert)
    p_convert.set_defaults(func=_cmd_convert)
