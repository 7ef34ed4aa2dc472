"""The transcripts of ../shared/corpus: found in each show that writes one, and leaving every
labelled chapter where it is.

The corpus is data from elsewhere and is never copied here: these tests read it in place and
skip when ../shared is absent (a user's fresh clone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import shownotes
from shownotes import document, transcripts
from shownotes.chapters.find import chapters_of, judged
from shownotes.markup import to_lines

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DOCS = sorted(p for p in (SHARED / "docs").rglob("*") if p.is_file()) if SHARED.is_dir() else []
pytestmark = pytest.mark.skipif(not DOCS, reason="../shared/corpus is absent")
# Shows whose every episode page in the corpus carries a transcript of the episode.
WITH_TRANSCRIPTS = ("devtools-fm", "haskell-interlude", "josscast", "the-podlets")


def _read(path: Path) -> tuple[str, tuple]:
    text = path.read_bytes().decode("utf-8", errors="replace")
    body = document.split(text)
    return text, to_lines(body.body, body.offset)


def _label(path: Path) -> list[tuple[int, str]] | None:
    label = SHARED / "labels" / (str(path.relative_to(SHARED / "docs")) + ".json")
    if not label.is_file():
        return None
    found = json.loads(label.read_text(encoding="utf-8"))["chapters"]
    return [(round(c["start"]), " ".join(c["title"].split())) for c in found]


@pytest.mark.parametrize("show", WITH_TRANSCRIPTS)
def test_every_episode_of_a_show_with_transcripts_has_one(show: str) -> None:
    episodes = [p for p in DOCS if p.relative_to(SHARED / "docs").parts[0] == show]
    assert episodes
    for path in episodes:
        text, lines = _read(path)
        found = transcripts.find(lines, source=text)
        assert found is not None, path
        assert len(found.speakers) >= 2, path


def test_excluding_turn_lines_loses_no_labelled_chapter_and_adds_none() -> None:
    """On every labelled document, chapters found with the transcript's lines left out match
    the label at least as well as chapters found without: nothing lost, nothing false."""
    for path in DOCS:
        label = _label(path)
        if label is None:
            continue
        text, lines = _read(path)
        unguarded = chapters_of(lines, judged(lines, None))  # turn lines not left out
        before = {(round(c.start.seconds), " ".join(c.title.split())) for c in unguarded}
        after = {
            (round(c.start.seconds), " ".join(c.title.split()))
            for c in shownotes.parse(text).chapters  # leaves the transcript's lines out
        }
        assert before & set(label) <= after, path
        assert after - set(label) <= before - set(label), path
