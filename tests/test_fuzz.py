"""The fuzzing target's seed corpus and every crasher it found, as regression tests: each file
under ``fuzz/corpus/TARGET/`` and ``fuzz/crashers/TARGET/`` is run through the target's check
(``fuzz/fuzz_parse.py``; atheris is needed only to fuzz, not here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile import FUZZ, fuzz_parse

INPUTS = sorted(
    path
    for folder in ("corpus", "crashers")
    for path in (FUZZ / folder).glob("*/*")
    if path.is_file() and path.parent.name in fuzz_parse.TARGETS
)


def test_every_target_has_a_seed_corpus() -> None:
    for target in fuzz_parse.TARGETS:
        assert len(list((FUZZ / "corpus" / target).iterdir())) >= 5, target


@pytest.mark.parametrize(
    "path", INPUTS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}"
)
def test_input_keeps_the_promises(path: Path) -> None:
    fuzz_parse.check(path.parent.name, path.read_bytes())


def test_a_broken_promise_is_raised() -> None:
    """The check is not vacuous: any exception gets through."""

    def broken(_data: bytes) -> None:
        raise KeyError("boom")

    fuzz_parse.TARGETS["broken"] = broken
    try:
        with pytest.raises(KeyError):
            fuzz_parse.check("broken", b"")
    finally:
        del fuzz_parse.TARGETS["broken"]
