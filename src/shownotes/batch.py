"""Many documents at once: :func:`parse_many` over a process pool, order kept, every failure a
value. Parsing is pure, so the unit of work is one document and the pool is the standard
library's (:class:`concurrent.futures.ProcessPoolExecutor`): no scheduler of our own.

>>> results = parse_many(["0:00 Intro\\n2:05 Tea\\n", b"3:00 Coffee\\n4:00 More\\n"], workers=1)
>>> [len(notes.chapters) for notes in results]
[2, 2]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeVar

import attrs

from shownotes._parse import parse, parse_file
from shownotes.model.notes import ShowNotes

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["Failure", "chunks", "map_chunked", "parse_many"]

Source = str | bytes | os.PathLike[str]
T = TypeVar("T")
R = TypeVar("R")

#: A chunk holds about this many bytes of input (or one bigger document): large enough that
#: pickling and scheduling cost little beside parsing, small enough to keep every worker busy.
CHUNK_BYTES: Final = 256_000
_CHUNKS_PER_WORKER: Final = 4


@attrs.frozen
class Failure:
    """A document that could not be parsed: its ``index`` among the sources, the
    ``source`` (its path, or ``None`` for text and bytes) and the ``error`` as
    ``"TypeName: message"``."""

    index: int
    source: str | None
    error: str


def _size(source: object) -> int:
    if isinstance(source, str | bytes | bytearray):
        return len(source)
    try:
        return os.stat(source).st_size  # type: ignore[arg-type]
    except (OSError, TypeError, ValueError):
        return 1


def chunks(sizes: Sequence[int], workers: int, *, target: int | None = None) -> list[range]:
    """Consecutive index ranges of roughly equal total size: about ``target`` bytes each,
    by default at most :data:`CHUNK_BYTES` and small enough that every one of ``workers``
    gets several. A document larger than the target is a range of its own.

    >>> chunks([10, 10, 10, 10], workers=2)
    [range(0, 1), range(1, 2), range(2, 3), range(3, 4)]
    >>> chunks([10, 10, 10, 10], workers=1, target=20)
    [range(0, 2), range(2, 4)]
    """
    total = sum(sizes)
    if target is None:
        target = min(CHUNK_BYTES, total // max(1, workers * _CHUNKS_PER_WORKER))
    target = max(1, target)
    out: list[range] = []
    start = filled = 0
    for index, size in enumerate(sizes):
        if filled and filled + size > target:
            out.append(range(start, index))
            start, filled = index, 0
        filled += size
    if start < len(sizes):
        out.append(range(start, len(sizes)))
    return out


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _parse_one(index: int, source: object) -> ShowNotes | Failure:
    name = os.fspath(source) if isinstance(source, os.PathLike) else None
    try:
        if isinstance(source, os.PathLike):
            return parse_file(source)
        return parse(source)  # type: ignore[arg-type]
    except Exception as exc:
        return Failure(index, name if isinstance(name, str) else None, _describe(exc))


def _run_chunk(function: Callable[[int, T], R], start: int, items: Sequence[T]) -> list[R]:
    return [function(start + offset, item) for offset, item in enumerate(items)]


def map_chunked(
    function: Callable[[int, T], R],
    items: Sequence[T],
    sizes: Sequence[int],
    *,
    workers: int | None = None,
) -> Iterator[tuple[int, list[R]]]:
    """``function(index, item)`` for every item, in chunks balanced by ``sizes``, on a
    process pool of ``workers`` (default: the CPU count; ``1`` runs here, in this process).
    Yields ``(first index, results)`` per chunk as each finishes. ``function`` must be
    importable by name (the pool pickles it) and must not raise."""
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count < 1:
        raise ValueError(f"workers must be at least 1, not {count}")
    ranges = chunks(sizes, count)
    if count == 1 or len(ranges) <= 1:
        for part in ranges:
            yield part.start, _run_chunk(function, part.start, items[part.start : part.stop])
        return
    # concurrent.futures loads logging and multiprocessing: only when a pool is used.
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(max_workers=min(count, len(ranges))) as pool:
        pending: dict[Future[list[R]], int] = {
            pool.submit(_run_chunk, function, part.start, list(items[part.start : part.stop])): (
                part.start
            )
            for part in ranges
        }
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield pending.pop(future), future.result()


def parse_many(
    sources: Iterable[Source],
    *,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[ShowNotes | Failure]:
    """:func:`shownotes.parse` each of ``sources`` (text, bytes, or a path to a file), on
    ``workers`` processes (default: the CPU count; ``1``: in this process). Results come in
    the order of ``sources``; a document that fails is a :class:`Failure` in its place, and
    the rest of the batch goes on. ``progress``, when given, is called with the number of
    documents each finished chunk held.
    """
    items = [Path(s) if isinstance(s, os.PathLike) else s for s in sources]
    for item in items:
        if not isinstance(item, str | bytes | Path):
            raise TypeError(f"parse_many() takes text, bytes or paths, not {type(item).__name__}")
    results: list[ShowNotes | Failure | None] = [None] * len(items)
    for start, done in map_chunked(_parse_one, items, [_size(i) for i in items], workers=workers):
        results[start : start + len(done)] = done
        if progress is not None:
            progress(len(done))
    return [r for r in results if r is not None]
