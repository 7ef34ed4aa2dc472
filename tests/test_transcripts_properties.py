"""Properties of shownotes.transcripts: file round trips, readers that only ever raise
FormatError, and transcripts in show notes that never become chapters."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shownotes import chapters
from shownotes import transcripts as tx
from shownotes.errors import FormatError
from shownotes.markup import to_lines
from shownotes.transcripts import Transcript
from transcript_strategies import SHAPES, outlines, transcripts, written_transcripts

# --- files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["srt", "vtt", "json"])
@given(data=st.data())
def test_loads_dumps_is_normalize(fmt: str, data: st.DataObject) -> None:
    transcript = data.draw(transcripts(timed=fmt != "json"))
    assert tx.loads(tx.dumps(transcript, fmt), fmt) == tx.normalize(transcript, fmt)


@pytest.mark.parametrize("fmt", ["srt", "vtt", "json"])
@given(data=st.data())
def test_normalize_is_a_fixed_point(fmt: str, data: st.DataObject) -> None:
    once = tx.normalize(data.draw(transcripts(timed=fmt != "json")), fmt)
    assert tx.normalize(once, fmt) == once
    assert tx.loads(tx.dumps(once, fmt), fmt) == once


@given(transcripts())
def test_json_keeps_every_field(transcript: Transcript) -> None:
    assert tx.normalize(transcript, "json") == transcript


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
@given(transcripts())
def test_cue_formats_need_a_start_for_every_turn_with_words(
    fmt: str, transcript: Transcript
) -> None:
    untimed = any(t.start is None and t.text.split() for t in transcript)
    if untimed:
        with pytest.raises(ValueError, match="start time"):
            tx.dumps(transcript, fmt)
        with pytest.raises(ValueError, match="start time"):
            tx.normalize(transcript, fmt)
    else:
        assert tx.loads(tx.dumps(transcript, fmt), fmt) == tx.normalize(transcript, fmt)


_PREFIXES = {
    "srt": st.sampled_from(("", "1\n", "1\n00:00:00,000 --> 00:00:01,000\n")),
    "vtt": st.sampled_from(("WEBVTT\n\n", "WEBVTT\n\n00:00.000 --> 00:01.000\n", "")),
    "json": st.sampled_from(("", '{"segments": [', '{"segments": [{"body": "a", "startTime": ')),
    "html": st.sampled_from(("", "<cite>", "<time>", "<p>")),
}


@pytest.mark.parametrize("fmt", ["srt", "vtt", "json", "html"])
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_loads_raises_nothing_but_format_errors(fmt: str, data: st.DataObject) -> None:
    text = data.draw(_PREFIXES[fmt]) + data.draw(st.text())
    for given_data in (text, text.encode("utf-8", "surrogatepass")):
        where: tuple[int | None, int | None] = (1, 1)
        try:
            tx.loads(given_data, fmt)
        except FormatError as exc:
            where = (exc.lineno, exc.colno)
        assert None not in where


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
        found = chapters.find(text)  # leaves out tx.turn_lines(lines, source=text)
        assert [(c.start.ms, c.title) for c in found] == expected
        transcript = tx.find(lines, source=text)
        assert transcript is not None
        assert [(t.start and t.start.ms, t.speaker, t.text) for t in transcript] == turns
