"""Totality: lenient ``parse`` never raises on any str or bytes, strict ``parse`` raises only
ShowNotesError (and exactly when the lenient result has problems), ``parse_file`` and
``chapters.find`` never raise, and what ``parse`` returns can always be written out (JSON,
pickle). Inputs come from :mod:`hostile`.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
from typing import TypeVar

import attrs
from hypothesis import HealthCheck, given, settings

import shownotes
from hostile import documents_as_bytes, hostile_text
from shownotes import ShowNotes, ShowNotesError

T = TypeVar("T")

# Hostile documents are large by design: hypothesis' size and speed checks would refuse them.
hostile = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _same(a: ShowNotes, b: ShowNotes) -> bool:
    """Equal, counting NaN in front matter equal to NaN (``==`` on floats does not)."""
    no_metadata = attrs.evolve(a, metadata={}) == attrs.evolve(b, metadata={})
    return no_metadata and a.to_json() == b.to_json()


def _written_out(notes: ShowNotes) -> None:
    def no_constants(name: str) -> object:
        raise AssertionError(f"to_json() wrote {name}, which is not JSON")

    assert isinstance(notes, ShowNotes)
    json.loads(notes.to_json(), parse_constant=no_constants)
    assert _same(pickle.loads(pickle.dumps(notes)), notes)


@hostile
@given(hostile_text())
def test_lenient_parse_never_raises_on_text(text: str) -> None:
    _written_out(shownotes.parse(text))


@hostile
@given(documents_as_bytes())
def test_lenient_parse_never_raises_on_bytes(data: bytes) -> None:
    _written_out(shownotes.parse(data))


@hostile
@given(hostile_text())
def test_strict_parse_raises_only_show_notes_errors_and_only_for_problems(text: str) -> None:
    lenient = shownotes.parse(text)
    try:
        strict = shownotes.parse(text, strict=True)
    except ShowNotesError:
        assert lenient.problems, "strict raised where lenient found nothing odd"
    else:
        assert lenient.problems == ()
        assert _same(strict, lenient)


@hostile
@given(documents_as_bytes())
def test_parse_file_never_raises(data: bytes) -> None:
    handle, name = tempfile.mkstemp(suffix=".md")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        notes = shownotes.parse_file(name)
    finally:
        os.unlink(name)
    assert _same(notes, shownotes.parse(data))


@hostile
@given(hostile_text())
def test_chapters_find_never_raises_and_keeps_its_laws(text: str) -> None:
    found = shownotes.chapters.find(text)
    starts = [c.start for c in found]
    for chapter in found:
        assert chapter.end is None or chapter.end > chapter.start
    assert len(set(starts)) == len(starts), "two chapters start together"


@hostile
@given(hostile_text())
def test_parse_is_pure(text: str) -> None:
    assert _same(shownotes.parse(text), shownotes.parse(text))
