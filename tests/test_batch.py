"""parse_many: a process pool, chunks balanced by size, order kept, failures as values."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes
from shownotes.batch import Failure, chunks, parse_many


def doc(n: int) -> str:
    return f"0:00 Intro {n}\n{n % 50 + 1}:00 Topic {n}\n"


@pytest.mark.parametrize("workers", [1, 2])
def test_results_match_parse_in_order(workers: int, tmp_path: Path) -> None:
    texts = [doc(n) for n in range(40)]
    (tmp_path / "f.md").write_text(doc(99), encoding="utf-8")
    sources: list[str | bytes | Path] = [*texts, doc(7).encode(), tmp_path / "f.md"]
    results = parse_many(sources, workers=workers)
    expected = [shownotes.parse(t) for t in texts] + [
        shownotes.parse(doc(7)),
        shownotes.parse_file(tmp_path / "f.md"),
    ]
    assert results == expected


def test_one_failure_is_a_value_and_the_batch_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    results = parse_many([doc(1), missing, doc(2)], workers=2)
    assert results[0] == shownotes.parse(doc(1))
    assert results[2] == shownotes.parse(doc(2))
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.index, failure.source) == (1, str(missing))
    assert failure.error.startswith("FileNotFoundError: ")


def test_progress_counts_every_document() -> None:
    seen: list[int] = []
    parse_many([doc(n) for n in range(10)], workers=1, progress=seen.append)
    assert sum(seen) == 10


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        parse_many([42])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="at least 1"):
        parse_many(["x"], workers=0)


@given(st.lists(st.integers(0, 10**6), max_size=60), st.integers(1, 8))
def test_chunks_cover_every_index_once_in_order(sizes: list[int], workers: int) -> None:
    parts = chunks(sizes, workers)
    assert [i for part in parts for i in part] == list(range(len(sizes)))
    assert all(len(part) for part in parts)
