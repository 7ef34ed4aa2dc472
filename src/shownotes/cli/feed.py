"""The feed command and the parallel folder walk of ``shownotes`` (added by
:func:`shownotes.cli.build_parser` through :func:`add_commands`).

    shownotes feed FILE|- [--format json|jsonl|text]
    shownotes parse FILE|DIR... [--workers N] [--feeds] [--format json|jsonl|text] [--strict]

``feed`` reads one feed file (or standard input; never a URL) and prints the feed and its items.
``parse`` walks folders for show-notes files; RSS/Atom feeds met in a folder are skipped unless
``--feeds`` is given (then each item is a document), while a feed named on the command line is
always read as a feed. ``--workers N`` parses on N processes; a progress bar (tqdm, the
``progress`` extra) is drawn on standard error only when it is a terminal.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from shownotes._parse import parse
from shownotes.batch import map_chunked
from shownotes.cli import common as cli
from shownotes.cli.inputs import NOTE_SUFFIXES, read_bytes, what_binary
from shownotes.cli.output import format_problem, format_text
from shownotes.model.errors import ShowNotesError
from shownotes.model.notes import ShowNotes
from shownotes.model.serialize import converter, dumps
from shownotes.read.decode import decode

__all__ = ["add_commands", "cmd_feed", "cmd_parse", "feed_dict", "progress_bar"]

# Workers read files by name only: standard input is read once, in the parent.
_NO_STDIN: Any = None

_HEAD = 4096  # enough of a file to see its root element
#: What a folder walk takes as a feed with ``--feeds`` (besides the show-notes files).
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})


def feed_dict(feed: Any) -> dict[str, Any]:
    """A :class:`~shownotes.feeds.Feed` as plain data: its fields, then ``items`` as
    :meth:`ShowNotes.to_dict` gives each."""
    import attrs

    data: dict[str, Any] = {
        field.name: converter.unstructure(getattr(feed, field.name))
        for field in attrs.fields(type(feed))
        if field.name != "items"
    }
    data["items"] = [notes.to_dict() for notes in feed.items]
    return data


def _is_feed(path: Path) -> bool:
    from shownotes.feeds import is_feed

    try:
        with path.open("rb") as file:
            return is_feed(file.read(_HEAD))
    except OSError:
        return False


# (name, path or None for stdin, is it a feed)
Document = tuple[str, Path | None, bool]


def _documents(names: Sequence[str], with_feeds: bool) -> Iterator[Document | cli.FileFailure]:
    """Each input: ``-``, a file, or a folder's show-notes files (its feeds too with
    ``--feeds``); a name that is none is a :class:`~shownotes.cli.common.FileFailure` where it
    stands, so the run goes on."""
    suffixes = NOTE_SUFFIXES | FEED_SUFFIXES if with_feeds else NOTE_SUFFIXES
    for name in names:
        path = Path(name)
        if name == "-":
            yield name, None, False
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(files):
                    child = Path(root) / file
                    if file.startswith(".") or child.suffix.lower() not in suffixes:
                        continue
                    feed = _is_feed(child)
                    # A walk takes an .xml file only as a feed: other XML (chapter files,
                    # sitemaps) is no show notes.
                    wanted = with_feeds if feed else child.suffix.lower() in NOTE_SUFFIXES
                    if wanted:
                        yield str(child), child, feed
        elif path.is_file():
            yield name, path, _is_feed(path)
        else:
            yield cli.FileFailure(name, "no such file or directory")


class Failed(str):
    """One input that could not be used: the line to print (``NAME: reason``)."""

    __slots__ = ()


class Strict(tuple[str, ...]):
    """A document that failed ``--strict``: its problems, one printed line each."""

    __slots__ = ()


# What a worker sends back for one document: its notes, a feed's items, or why it failed.
Outcome = ShowNotes | list[ShowNotes] | Failed | Strict


def _outcome(name: str, data: bytes, feed: bool, strict: bool) -> Outcome:
    """Read one document's bytes; every way it can fail becomes a value, never an exception
    (an unexpected one is a bug: reported as one line, and the run goes on)."""
    try:
        if feed:
            from shownotes import feeds

            return list(feeds.parse(data).items)
        kind = what_binary(data)
        if kind is not None:
            return Failed(f"{name}: {kind}, not show notes")
        notes = parse(decode(data))
        if strict and notes.problems:
            return Strict(format_problem(name, problem) for problem in notes.problems)
        return notes
    except ShowNotesError as exc:
        return Failed(f"{name}: {exc}")
    except Exception as exc:
        return Failed(cli.internal(name, exc))


def _work(_index: int, job: tuple[str, bool, bool]) -> Outcome:
    """Read and parse one file in a worker."""
    name, feed, strict = job
    try:
        data = read_bytes(name, _NO_STDIN)
    except cli.FileFailure as failure:
        return Failed(str(failure))
    return _outcome(name, data, feed, strict)


def progress_bar(total: int, stream: TextIO) -> Callable[[int], None] | None:
    """An ``update(n)`` that draws a bar on ``stream`` when it is a terminal and tqdm is
    installed; ``None`` otherwise (piped output stays clean)."""
    isatty = getattr(stream, "isatty", None)
    if total < 1 or isatty is None or not isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - the progress extra is not installed
        return None
    bar = tqdm(total=total, file=stream, unit="file", leave=False)

    def update(count: int) -> None:
        bar.update(count)
        if bar.n >= total:
            bar.close()

    return update


def _results(
    documents: Sequence[Document], args: argparse.Namespace, stdin: TextIO, stderr: TextIO
) -> list[Outcome]:
    outcomes: list[Outcome | None] = [None] * len(documents)
    jobs: list[tuple[str, bool, bool]] = []
    where: list[int] = []
    for index, (name, path, feed) in enumerate(documents):
        if path is None:
            outcomes[index] = _outcome(name, read_bytes(name, stdin), feed, args.strict)
        else:
            jobs.append((str(path), feed, args.strict))
            where.append(index)
    sizes = [max(1, _file_size(job[0])) for job in jobs]
    update = progress_bar(len(jobs), stderr)
    for start, done in map_chunked(_work, jobs, sizes, workers=args.workers):
        for offset, outcome in enumerate(done):
            outcomes[where[start + offset]] = outcome
        if update is not None:
            update(len(done))
    return [o if o is not None else Failed("no result") for o in outcomes]


def _file_size(name: str) -> int:
    try:
        return os.stat(name).st_size
    except OSError:
        return 1


def cmd_parse(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """``shownotes parse``: each document (or feed item) as JSON, JSON lines or text. Each
    input that cannot be used is one line on standard error and the run goes on (exit 1)."""
    status = cli.EXIT_OK
    documents: list[Document] = []
    for found in _documents(args.files, args.feeds):
        if isinstance(found, cli.FileFailure):
            status = cli.report(stderr, found)
        else:
            documents.append(found)
    outcomes = _results(documents, args, stdin, stderr)
    named: list[tuple[str, ShowNotes]] = []
    for (name, _path, _feed), outcome in zip(documents, outcomes, strict=True):
        if isinstance(outcome, Failed):
            status = cli.report(stderr, str(outcome))
        elif isinstance(outcome, Strict):
            stderr.writelines(line + "\n" for line in outcome)
            status = cli.EXIT_FAILED
        elif isinstance(outcome, list):
            named.extend((f"{name}#{number}", notes) for number, notes in enumerate(outcome, 1))
        else:
            named.append((name, outcome))
    single = (
        len(args.files) == 1
        and not Path(args.files[0]).is_dir()
        and len(named) == 1
        and not (documents and documents[0][2])
    )
    # An empty JSON list says "nothing found" (an empty folder); when inputs failed, standard
    # output stays empty, so `--strict` output is never mistaken for a clean result.
    if named or (args.format == "json" and status == cli.EXIT_OK):
        _write(named, args.format, single, stdout)
    return status


def _write(named: list[tuple[str, ShowNotes]], fmt: str, single: bool, stdout: TextIO) -> None:
    if fmt == "json":
        if single:
            stdout.write(named[0][1].to_json(indent=2) + "\n")
        else:
            payload = [{"file": name, **notes.to_dict()} for name, notes in named]
            stdout.write(dumps(payload, indent=2) + "\n")
    elif fmt == "jsonl":
        for name, notes in named:
            stdout.write(dumps({"file": name, **notes.to_dict()}) + "\n")
    else:
        stdout.write("\n\n".join(format_text(name, notes) for name, notes in named) + "\n")


def cmd_feed(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """``shownotes feed``: one feed file (or standard input) and its items."""
    from shownotes import feeds

    if args.file == "-":
        buffer = getattr(stdin, "buffer", None)
        data: bytes | Path = buffer.read() if buffer is not None else stdin.read().encode()
    else:
        data = Path(args.file)
        if not data.is_file():
            raise cli.UsageError(f"shownotes: no such file: {args.file}")
    try:
        feed = feeds.parse(data)
    except ShowNotesError as exc:
        stderr.write(f"shownotes: {args.file}: {exc}\n")
        return cli.EXIT_FAILED
    for problem in feed.problems:
        where = f":{problem.line}" if problem.line else ""
        stderr.write(f"shownotes: {args.file}{where}: {problem.code}: {problem.message}\n")
    if args.format == "json":
        stdout.write(dumps(feed_dict(feed), indent=2) + "\n")
    elif args.format == "jsonl":
        for notes in feed.items:
            stdout.write(dumps({"feed": feed.title, **notes.to_dict()}) + "\n")
    else:
        head = [f"== {feed.title or args.file} ({len(feed.items)} items)"]
        head.extend(f"{label}: {value}" for label, value in _feed_facts(feed) if value)
        parts = ["\n".join(head)]
        parts.extend(
            format_text(notes.episode.title or f"item {n}", notes)
            for n, notes in enumerate(feed.items, 1)
        )
        stdout.write("\n\n".join(parts) + "\n")
    return cli.EXIT_OK


def _feed_facts(feed: Any) -> list[tuple[str, object]]:
    return [
        ("link", feed.link),
        ("language", feed.language),
        ("author", feed.author),
        ("categories", ", ".join(feed.categories)),
        ("platforms", ", ".join(f"{link.platform}: {link.url}" for link in feed.links)),
    ]


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of workers: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("--workers must be at least 1")
    return value


def add_commands(sub: Any, p_parse: argparse.ArgumentParser) -> None:
    """Add ``--workers``/``--feeds`` to the ``parse`` command (and make it
    :func:`cmd_parse`), and the ``feed`` command."""
    p_parse.add_argument(
        "--workers", type=_workers, default=1, metavar="N", help="parse on N processes"
    )
    p_parse.add_argument(
        "--feeds", action="store_true", help="read the RSS/Atom feeds met in folders"
    )
    p_parse.set_defaults(func=cmd_parse)
    p_feed = sub.add_parser("feed", help="read a podcast feed (a file; never a URL)")
    p_feed.add_argument("file", metavar="FILE", help="a feed file; - is stdin")
    p_feed.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    p_feed.set_defaults(func=cmd_feed)
