"""Properties of shownotes.transcripts: transcripts in show notes never become chapters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shownotes import chapters
from shownotes import transcripts as tx
from shownotes.markup import to_lines
from transcript_strategies import SHAPES, outlines, written_transcripts

# --- show notes -----------------------------------------------------------------------------


@given(
    st.sampled_from(sorted(SHAPES)).flatmap(
        lambda shape: st.sampled_from(["none", "heading", "details"]).flatmap(
            lambda wrapped: written_transcripts(shape, wrapped=wrapped)
        )
    ),
    outlines(),
)
def test_a_transcript_yields_no_chapters_and_its_outline_exactly(
    written: tuple[str, list[tuple[int | None, str, str]]], outline: tuple[str, list]
) -> None:
    """In every turn shape, bare, under ``## Transcript`` or in ``<details>``: the turns are
    no chapters, and timed topic headings (or a timed list) above them are the chapters."""
    notes, turns = written
    outline_text, entries = outline
    assert [(c.start.ms, c.title) for c in chapters.find(outline_text)] == entries  # alone
    for text, expected in ((notes, []), (outline_text + notes, entries)):
        lines = to_lines(text)
        excluded = tx.turn_lines(lines, source=text)
        found = chapters.find(lines, exclude=excluded)
        assert [(c.start.ms, c.title) for c in found] == expected
        transcript = tx.find(lines, source=text)
        assert transcript is not None
        assert [(t.start and t.start.ms, t.speaker, t.text) for t in transcript] == turns
