"""The chapter-format subcommands of ``shownotes`` (``chapters``, ``convert``), which
:func:`shownotes.cli.build_parser` adds.

    shownotes chapters FILE (--to FORMAT | --into MEDIA) [options] [-o OUT]
    shownotes convert IN (--to FORMAT | --into MEDIA) [--from FORMAT] [options] [-o OUT]

``-`` reads standard input (and, as ``-o -``, the default, writes standard output). ``convert``
reads a media file (MP3, MP4/M4A/M4B, Matroska/WebM, Ogg, FLAC) through
:mod:`shownotes.formats.media`; ``--into`` writes into one. Chapters a format cannot hold are
refused with one line and exit status 1 unless ``--force``: none at all, starts out of order,
a start past ``--duration``. Options that shape one format (``--fps``, ``--language``,
``--vtt-ids``, ``--no-cd``, ``--lengths``, ``--style``) are an error with any other.
"""

from __future__ import annotations

import argparse
import inspect
import itertools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final, TextIO

from shownotes import formats
from shownotes.cli.common import EXIT_OK, FileFailure, Parser, UsageError, internal, report
from shownotes.cli.inputs import MEDIA, read_bytes, read_text, what_binary
from shownotes.model.errors import ShowNotesError, TimestampError
from shownotes.model.timestamps import Timestamp

if TYPE_CHECKING:
    from shownotes.model.chapters import Chapters

__all__ = ["add_commands", "refusal"]

#: Command-line options that become a keyword of a format's ``dumps`` (writing) or ``loads``
#: (reading): each is passed to the functions that take a keyword of that name, and is an
#: error when neither the reader nor the writer does.
_KEYWORDS: Final = {
    "style": ("--style", "style"),
    "vtt_ids": ("--vtt-ids", "ids"),
    "cd": ("--no-cd", "cd"),
    "fps": ("--fps", "fps"),
    "language": ("--language", "language"),
    "lengths": ("--lengths", "lengths"),
}


def refusal(chapters: Chapters, duration: Timestamp | None) -> str | None:
    """Why ``chapters`` cannot be written as a chapter file, or ``None``: there are none, a
    start is not after the one before it (players jump backwards, or drop chapters), or a
    chapter starts at or past ``duration`` (the episode's end).

    >>> from shownotes.model.chapters import Chapter, Chapters
    >>> two = Chapters((Chapter(Timestamp(60_000), "b"), Chapter(Timestamp(30_000), "a")))
    >>> refusal(two, None)
    "chapter 2 ('a') starts at 0:30, not after chapter 1 ('b') at 1:00"
    >>> refusal(two[:1], Timestamp(60_000))
    "chapter 1 ('b') starts at 1:00, not before the end of --duration 1:00"
    """
    if not chapters:
        return "no chapters found"
    for number, (before, chapter) in enumerate(itertools.pairwise(chapters), start=2):
        if chapter.start <= before.start:
            return (
                f"chapter {number} ({chapter.title!r}) starts at {chapter.start}, not after "
                f"chapter {number - 1} ({before.title!r}) at {before.start}"
            )
    if duration is not None:
        for number, chapter in enumerate(chapters, start=1):
            if chapter.start >= duration:
                return (
                    f"chapter {number} ({chapter.title!r}) starts at {chapter.start}, not "
                    f"before the end of --duration {duration}"
                )
    return None


def _keywords(
    func: Callable[..., object], args: argparse.Namespace, used: set[str]
) -> dict[str, Any]:
    """The keywords of ``func`` that ``args`` sets (each option taken is added to ``used``)."""
    takes = inspect.signature(func).parameters
    given: dict[str, Any] = {}
    for option, (_, keyword) in _KEYWORDS.items():
        value = getattr(args, option, None)
        if value is not None and keyword in takes:
            given[keyword] = value
            used.add(option)
    return given


def _check_used(args: argparse.Namespace, used: set[str], what: str) -> None:
    for option, (flag, _) in _KEYWORDS.items():
        if getattr(args, option, None) is not None and option not in used:
            raise UsageError(f"shownotes: {flag} does not apply to {what}")


def _duration_for(func: Callable[..., object], args: argparse.Namespace) -> dict[str, Any]:
    """``duration=`` for a writer that ends the last chapter with it."""
    if args.duration is not None and "duration" in inspect.signature(func).parameters:
        return {"duration": args.duration}
    return {}


def _checked(chapters: Chapters, args: argparse.Namespace, name: str) -> Chapters:
    why = refusal(chapters, args.duration)
    if why is not None and not args.force:
        more = "" if not chapters else " (--force writes them anyway)"
        raise FileFailure(name, f"{why}{more}")
    return chapters


def _write(chapters: Chapters, args: argparse.Namespace, stdout: TextIO, used: set[str]) -> None:
    if args.into is not None:
        _check_used(args, used, "--into")
        if args.output != "-":
            raise UsageError("shownotes: --into writes into the media file: leave out -o")
        _write_into(chapters, args)
        return
    dumps: Callable[..., str | bytes] = formats.get(args.to).dumps
    keywords = _keywords(dumps, args, used)
    _check_used(args, used, f"--to {args.to}" + (f" from {args.source}" if args.source else ""))
    if args.to == "id3" and args.output != "-":
        _check_id3_target(Path(args.output))
        if Path(args.output).is_file():
            formats.id3.write(args.output, chapters, duration=args.duration)  # into the MP3
            return
    data = dumps(chapters, **keywords, **_duration_for(dumps, args))
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


def _check_id3_target(target: Path) -> None:
    """``-o`` of ``--to id3`` is an MP3 file that gets the chapters, or a new tag file named
    ``*.id3``; anything else would become an MP3 that is only a tag."""
    if target.is_file():
        with target.open("rb") as file:
            kind = what_binary(file.read(16))
        if kind != "an MP3 file":
            raise UsageError(
                f"shownotes: {target} is {kind or 'text'}, not an MP3 file: ID3 chapters go "
                "into MP3 files (--into writes MP4 and Matroska files)"
            )
    elif target.suffix.lower() != formats.id3.EXTENSION:
        raise UsageError(
            f"shownotes: {target} does not exist: --to id3 -o writes into an existing MP3 "
            f"file, or a bare tag to a new *{formats.id3.EXTENSION} file"
        )


def _write_into(chapters: Chapters, args: argparse.Namespace) -> None:
    target = Path(args.into)
    if not target.is_file():
        raise UsageError(f"shownotes: --into {target}: no such media file")
    with target.open("rb") as file:
        kind = what_binary(file.read(16))
    if kind not in MEDIA:
        raise UsageError(
            f"shownotes: --into {target}: {kind or 'text'}, not an audio or video file"
        )
    formats.media.write(target, chapters)


def _duration(text: str) -> Timestamp:
    try:
        return Timestamp.parse(text)
    except TimestampError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _lengths(text: str) -> tuple[Timestamp, ...]:
    return tuple(_duration(part) for part in text.split(","))


def _fps(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a frame rate: {text!r}") from None
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError(f"a frame rate is above 0 and at most 1000: {text!r}")
    return int(value) if value.is_integer() else value


def _cmd_chapters(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from shownotes._parse import parse

    try:
        # The finder is not bounded by --duration: a list running past it is refused below,
        # naming the chapter that does, rather than found empty.
        chapters = _checked(parse(read_text(args.file, stdin)).chapters, args, args.file)
        _write(chapters, args, stdout, set())
    except FileFailure as failure:
        return report(stderr, failure)
    except (ShowNotesError, ValueError, ImportError, RuntimeError) as exc:
        return report(stderr, f"{args.file}: {exc}")
    except UsageError:
        raise
    except Exception as exc:  # a bug: one line, not a traceback
        return report(stderr, internal(args.file, exc))
    return EXIT_OK


def _load(args: argparse.Namespace, stdin: TextIO, used: set[str]) -> Chapters:
    """The chapters of ``IN``: a media file's through :mod:`shownotes.formats.media`, a
    chapter file's through its format's ``loads``."""
    path = Path(args.input)
    if args.input != "-" and args.source is None and path.is_file():
        with path.open("rb") as file:
            kind = what_binary(file.read(16))
        if kind in MEDIA:
            found: Chapters = formats.media.read(path)
            return found
    data = read_bytes(args.input, stdin)
    loads: Callable[..., Chapters] = formats.get(args.source or formats.guess(data)).loads
    return loads(data, **_keywords(loads, args, used))


def _cmd_convert(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    used: set[str] = set()
    try:
        chapters = _checked(_load(args, stdin, used), args, args.input)
        _write(chapters, args, stdout, used)
    except FileFailure as failure:
        return report(stderr, failure)
    except (ShowNotesError, ValueError, ImportError, RuntimeError) as exc:
        return report(stderr, f"{args.input}: {exc}")
    except UsageError:
        raise
    except Exception as exc:  # a bug: one line, not a traceback
        return report(stderr, internal(args.input, exc))
    return EXIT_OK


def _output_options(parser: argparse.ArgumentParser) -> None:
    from shownotes.chapters import STYLES

    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--to", choices=formats.names(), metavar="FORMAT",
        help=f"the format to write: {', '.join(formats.names())}",
    )  # fmt: skip
    target.add_argument(
        "--into", metavar="MEDIA",
        help="put the chapters into this MP3, MP4/M4A/M4B or Matroska/WebM file (its audio "
        "and video are kept; all but MP3 need FFmpeg)",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", default="-", metavar="OUT",
        help="where to write (default -, standard output); with --to id3 an existing MP3 "
        "file gets the chapters, or a new *.id3 file the bare tag",
    )  # fmt: skip
    parser.add_argument(
        "--duration", type=_duration, metavar="TIME",
        help="the episode's length (1:02:03): ends the last chapter in formats that write "
        "ends; a chapter starting at or past it is refused",
    )  # fmt: skip
    parser.add_argument(
        "--force", action="store_true",
        help="write chapters even when none were found, their starts are out of order, or "
        "they run past --duration",
    )  # fmt: skip
    shape = parser.add_argument_group("options of one format")
    shape.add_argument(
        "--style", choices=(*STYLES, "youtube"),
        help="the line style of --to description (plain by default; youtube keeps to what "
        "YouTube reads as chapters)",
    )  # fmt: skip
    shape.add_argument(
        "--vtt-ids", action="store_const", const=True,
        help="--to webvtt: give each cue an identifier (1, 2, …)",
    )  # fmt: skip
    shape.add_argument(
        "--no-cd", dest="cd", action="store_const", const=False,
        help="--to cue: write more than 99 tracks and starts past 99:59:74, as mkvmerge reads "
        "them (a CD player's cue sheet stops there)",
    )  # fmt: skip
    shape.add_argument(
        "--fps", type=_fps, metavar="RATE",
        help="the video's frame rate, for edl (read and written), pyscenedetect and scenecut "
        "(25 by default)",
    )  # fmt: skip
    shape.add_argument(
        "--language", metavar="TAG",
        help="the language of the titles: a BCP 47 tag for --to hls (und by default), an "
        "ISO 639-2 code for --to matroska",
    )  # fmt: skip


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """Define the ``chapters`` and ``convert`` subcommands on ``sub``."""
    p_chapters = sub.add_parser(
        "chapters",
        help="write the chapters found in show notes",
        description="Write the chapters found in a show-notes file as a chapter file, or into "
        "a media file.",
    )
    p_chapters.add_argument("file", metavar="FILE", help="a show-notes file; - is stdin")
    _output_options(p_chapters)
    p_chapters.set_defaults(func=_cmd_chapters, source=None)

    p_convert = sub.add_parser(
        "convert",
        help="convert a chapter file, or a media file's chapters, to another format",
        description="Convert a chapter file, or the chapters of a media file, to another "
        "format, or into a media file.",
    )
    p_convert.add_argument("input", metavar="IN", help="a chapter file or a media file; - is stdin")
    p_convert.add_argument(
        "--from", dest="source", choices=formats.names(), metavar="FORMAT",
        help=f"the format of IN: {', '.join(formats.names())} (default: guessed from IN)",
    )  # fmt: skip
    _output_options(p_convert)
    p_convert.add_argument(
        "--lengths", type=_lengths, metavar="TIME,TIME,…",
        help="--from cue: the length of each FILE of a cue sheet of several files, in order",
    )  # fmt: skip
    p_convert.set_defaults(func=_cmd_convert)
