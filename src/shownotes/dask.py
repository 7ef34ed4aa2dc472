"""Show notes at cluster scale: feed or document files → one flat row per item → Parquet.

Needs the ``dask`` extra (``pip install 'shownotes[dask]'``: dask and pyarrow). Each row is one
document, or one item of a feed; a file that cannot be read is one row with its ``error``.
Partitions hold about ``partition_bytes`` of input each, so a 50 MB feed and a folder of
small notes spread evenly. The same code runs on the local scheduler and on a
``dask.distributed`` cluster (see the feeds guide)::

    import shownotes.dask
    frame = shownotes.dask.to_dataframe(paths)
    frame.to_parquet("notes.parquet", schema=shownotes.dask.schema())
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from shownotes.batch import chunks

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pyarrow

    from shownotes.model.notes import ShowNotes

__all__ = ["COLUMNS", "PARTITION_BYTES", "rows", "schema", "to_bag", "to_dataframe", "to_parquet"]

#: Input bytes per partition by default.
PARTITION_BYTES: Final = 16_000_000
_HEAD: Final = 4096

#: The columns of a row, in order, each with its pyarrow type name (see :func:`schema`).
COLUMNS: Final = (
    ("file", "string"),
    ("item", "int32"),
    ("guid", "string"),
    ("title", "string"),
    ("date", "timestamp"),
    ("number", "int64"),
    ("season", "int64"),
    ("show", "string"),
    ("duration", "float64"),
    ("link", "string"),
    ("enclosure_url", "string"),
    ("enclosure_type", "string"),
    ("enclosure_length", "int64"),
    ("explicit", "bool"),
    ("episode_type", "string"),
    ("chapters_url", "string"),
    ("chapter_count", "int32"),
    ("chapters", "chapters"),
    ("reference_count", "int32"),
    ("references", "references"),
    ("link_count", "int32"),
    ("problem_count", "int32"),
    ("error", "string"),
)


def schema() -> pyarrow.Schema:
    """The explicit pyarrow schema of the rows: times in seconds (float64), dates as UTC
    timestamps, chapters and references as lists of structs."""
    import pyarrow as pa

    chapter = pa.struct(
        [
            ("start", pa.float64()),
            ("end", pa.float64()),
            ("title", pa.string()),
            ("url", pa.string()),
        ]
    )
    reference = pa.struct([("title", pa.string()), ("url", pa.string()), ("note", pa.string())])
    types = {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "chapters": pa.list_(chapter),
        "references": pa.list_(reference),
    }
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def _row(file: str, item: int, notes: ShowNotes) -> dict[str, Any]:
    import datetime as dt

    ep = notes.episode
    return {
        "file": file,
        "item": item,
        "guid": ep.guid,
        "title": ep.title,
        "date": ep.date.astimezone(dt.UTC) if ep.date else None,
        "number": ep.number,
        "season": ep.season,
        "show": ep.show,
        "duration": ep.duration.seconds if ep.duration else None,
        "link": ep.link,
        "enclosure_url": ep.enclosure.url if ep.enclosure else None,
        "enclosure_type": ep.enclosure.type if ep.enclosure else None,
        "enclosure_length": ep.enclosure.length if ep.enclosure else None,
        "explicit": ep.explicit,
        "episode_type": ep.episode_type,
        "chapters_url": ep.chapters_url,
        "chapter_count": len(notes.chapters),
        "chapters": [
            {
                "start": c.start.seconds,
                "end": c.end.seconds if c.end else None,
                "title": c.title,
                "url": c.url,
            }
            for c in notes.chapters
        ],
        "reference_count": len(notes.references),
        "references": [{"title": r.title, "url": r.url, "note": r.note} for r in notes.references],
        "link_count": len(notes.links),
        "problem_count": len(notes.problems),
        "error": None,
    }


def _error_row(file: str, error: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys((name for name, _kind in COLUMNS), None)
    row.update(file=file, item=0, chapter_count=0, chapters=[], reference_count=0,
               references=[], link_count=0, problem_count=0, error=error)  # fmt: skip
    return row


def rows(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The rows of one file: one per feed item (``item`` 1, 2, …), or one for a show-notes
    document (``item`` 0); one row with ``error`` set when the file cannot be read. Never
    raises for a bad file."""
    from shownotes import feeds
    from shownotes._parse import parse_file

    name = os.fspath(path)
    try:
        with open(name, "rb") as file:
            head = file.read(_HEAD)
        if feeds.is_feed(head):
            feed = feeds.parse(Path(name))
            return [_row(name, n, notes) for n, notes in enumerate(feed.items, 1)]
        return [_row(name, 0, parse_file(name))]
    except Exception as exc:
        return [_error_row(name, f"{type(exc).__name__}: {exc}")]


def _partition(paths: Sequence[str]) -> list[dict[str, Any]]:
    return [row for path in paths for row in rows(path)]


def _groups(paths: Iterable[str | os.PathLike[str]], partition_bytes: int) -> list[list[str]]:
    names = [os.fspath(p) for p in paths]
    sizes = []
    for name in names:
        try:
            sizes.append(os.stat(name).st_size)
        except OSError:
            sizes.append(1)
    return [names[r.start : r.stop] for r in chunks(sizes, 1, target=partition_bytes)]


def to_bag(
    paths: Iterable[str | os.PathLike[str]], *, partition_bytes: int = PARTITION_BYTES
) -> dask.bag.Bag:
    """A Dask bag of :func:`rows` dicts over ``paths``, partitioned by input bytes."""
    import dask.bag as db

    groups = _groups(paths, partition_bytes)
    if not groups:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(groups, npartitions=len(groups)).map_partitions(
        lambda part: _partition([p for group in part for p in group])
    )


def _meta() -> Any:
    import pandas as pd

    return schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def to_dataframe(
    paths: Iterable[str | os.PathLike[str]], *, partition_bytes: int = PARTITION_BYTES
) -> dask.dataframe.DataFrame:
    """A Dask dataframe of :func:`rows`, its dtypes those of :func:`schema` (pyarrow-backed
    pandas columns), partitioned by input bytes."""
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa

    groups = _groups(paths, partition_bytes)
    target = schema()

    def frame(group: list[str]) -> pd.DataFrame:
        table = pa.Table.from_pylist(_partition(group), schema=target)
        return table.to_pandas(types_mapper=pd.ArrowDtype)

    if not groups:
        return dd.from_pandas(_meta(), npartitions=1)
    return dd.from_map(frame, groups, meta=_meta(), enforce_metadata=False)


def to_parquet(
    paths: Iterable[str | os.PathLike[str]],
    target: str | os.PathLike[str],
    *,
    partition_bytes: int = PARTITION_BYTES,
    **options: Any,
) -> None:
    """Write the rows of ``paths`` to a Parquet dataset at ``target`` with :func:`schema`;
    ``options`` go to :meth:`dask.dataframe.DataFrame.to_parquet` (``compute_kwargs`` to pick
    a scheduler, …)."""
    to_dataframe(paths, partition_bytes=partition_bytes).to_parquet(
        os.fspath(target), schema=schema(), write_index=False, **options
    )
