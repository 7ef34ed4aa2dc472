"""shownotes.dask on the local scheduler: the same rows as a sequential reading, to Parquet."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

import shownotes.dask as sd  # noqa: E402 - after the extra's import checks

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "feeds"
FEEDS = sorted(CORPUS.rglob("*.xml")) if CORPUS.is_dir() else []
HERE = Path(__file__).parent / "feeds"


def sequential(paths: list[Path]) -> pa.Table:
    return pa.Table.from_pylist([row for p in paths for row in sd.rows(p)], schema=sd.schema())


@pytest.mark.skipif(not FEEDS, reason="../shared/corpus/feeds is absent")
def test_corpus_feeds_on_the_local_scheduler_equal_the_sequential_rows() -> None:
    frame = sd.to_dataframe(FEEDS, partition_bytes=2_000_000)
    assert frame.npartitions > 1
    computed = frame.compute(scheduler="synchronous").reset_index(drop=True)
    table = pa.Table.from_pandas(computed, schema=sd.schema(), preserve_index=False)
    expected = sequential(FEEDS)
    assert table.num_rows == expected.num_rows > 2900
    assert table.equals(expected)


def test_bag_rows_and_error_rows(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("---\ntitle: Ep. 4\n---\n0:00 Hi\n1:00 Bye\n", encoding="utf-8")
    paths = [HERE / "tea-time.xml", notes, tmp_path / "missing.md"]
    rows = sd.to_bag(paths, partition_bytes=1).compute(scheduler="synchronous")
    assert [(Path(r["file"]).name, r["item"]) for r in rows] == [
        ("tea-time.xml", 1),
        ("tea-time.xml", 2),
        ("tea-time.xml", 3),
        ("notes.md", 0),
        ("missing.md", 0),
    ]
    assert rows[0]["guid"] == "tt-3"
    assert rows[0]["chapters"][1] == {"start": 600.0, "end": None, "title": "Oolong", "url": None}
    assert rows[3]["title"] == "Ep. 4"
    assert rows[3]["chapter_count"] == 2
    assert rows[4]["error"].startswith("FileNotFoundError")
    assert all(r["error"] is None for r in rows[:4])


def test_partitions_are_balanced_by_bytes(tmp_path: Path) -> None:
    for n in range(6):
        (tmp_path / f"{n}.md").write_text("x" * 1000, encoding="utf-8")
    paths = sorted(tmp_path.iterdir())
    assert sd.to_dataframe(paths, partition_bytes=2000).npartitions == 3
    assert sd.to_bag(paths, partition_bytes=10**9).npartitions == 1


def test_to_parquet_writes_the_explicit_schema(tmp_path: Path) -> None:
    target = tmp_path / "out.parquet"
    sd.to_parquet([HERE / "tea-time.xml", HERE / "channel-atom.xml"], target,
                  compute_kwargs={"scheduler": "synchronous"})  # fmt: skip
    table = pq.read_table(target)
    assert table.schema.equals(sd.schema(), check_metadata=False)
    assert table.num_rows == 5
    assert table.column("title").to_pylist()[3] == "How to brew gyokuro"
