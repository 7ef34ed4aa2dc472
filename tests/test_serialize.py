"""ShowNotes to dicts and JSON and back, the shipped JSON Schema, pickling and notebook views."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes
from shownotes import Chapter, Chapters, ShowNotes, Timestamp
from shownotes.serialize import schema
from shownotes.strategies import show_notes

jsonschema = pytest.importorskip("jsonschema")
aware = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.timezones()
)
VALIDATOR = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())


@given(show_notes(st.dictionaries(st.text(max_size=5), st.none() | aware | st.dates(), max_size=3)))
def test_to_dict_from_dict_round_trips_exactly(notes: ShowNotes) -> None:
    assert ShowNotes.from_dict(notes.to_dict()) == notes


@given(show_notes())
def test_to_json_from_json_round_trips_exactly(notes: ShowNotes) -> None:
    text = notes.to_json()
    assert ShowNotes.from_json(text) == notes
    assert ShowNotes.from_dict(json.loads(text)) == notes


@given(show_notes())
def test_generated_output_follows_the_schema(notes: ShowNotes) -> None:
    VALIDATOR.validate(json.loads(notes.to_json()))


def test_times_are_seconds_and_dates_iso() -> None:
    notes = shownotes.parse("---\ndate: 2024-05-01T10:00:00+02:00\n---\n")
    notes = ShowNotes(
        metadata=notes.metadata,
        episode=notes.episode,
        chapters=Chapters((Chapter(Timestamp(65_920), "A", Timestamp(70_000)),)),
    )
    data = json.loads(notes.to_json())
    assert data["chapters"][0]["start"] == 65.92
    assert data["chapters"][0]["end"] == 70
    assert data["episode"]["date"] == "2024-05-01T10:00:00+02:00"
    assert data["metadata"]["date"] == "2024-05-01T10:00:00+02:00"
    assert isinstance(notes.to_dict()["metadata"]["date"], dt.datetime)


@pytest.mark.parametrize(
    ("field", "bad"),
    [("chapters", "not a list"), ("chapters", [{"start": "1:00", "title": "x"}])],
)
def test_from_dict_rejects_malformed_input(field: str, bad: object) -> None:
    data = ShowNotes().to_dict()
    data[field] = bad
    with pytest.raises(Exception) as info:  # noqa: PT011 - cattrs wraps the cause
        ShowNotes.from_dict(data)
    assert "must be" in "".join(str(e) for e in _walk(info.value))


def test_from_dict_reads_dates_as_text_or_datetime() -> None:
    data = ShowNotes().to_dict()
    data["episode"]["date"] = "2024-05-01T10:00:00+02:00"
    text_date = ShowNotes.from_dict(data).episode.date
    data["episode"]["date"] = text_date
    assert ShowNotes.from_dict(data).episode.date == text_date
    data["episode"]["date"] = 20240501
    with pytest.raises(Exception) as info:  # noqa: PT011 - cattrs wraps the cause
        ShowNotes.from_dict(data)
    assert "ISO 8601" in "".join(str(e) for e in _walk(info.value))


def test_to_json_writes_sets_and_tuples_as_lists_and_refuses_objects() -> None:
    notes = ShowNotes(metadata={"tags": ("a",), "ids": frozenset({1}), "at": dt.time(9, 30)})
    assert json.loads(notes.to_json())["metadata"] == {"tags": ["a"], "ids": [1], "at": "09:30:00"}
    with pytest.raises(TypeError, match="object is not JSON serialisable"):
        ShowNotes(metadata={"x": object()}).to_json()


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        # YAML reads these as dates, numbers and bytes; JSON keys are text, and has no NaN.
        ("2024-01-01: x\n1: y\n", {"2024-01-01": "x", "1": "y"}),
        ("cover: !!binary R0lGOA==\n", {"cover": "R0lGOA=="}),
        ("x: [.nan, .inf, -.inf, 1.5]\n", {"x": [None, None, None, 1.5]}),
        ("x: {? !!binary AAAA : {2024-01-01: .nan}}\n", {"x": {"AAAA": {"2024-01-01": None}}}),
    ],
)
def test_to_json_is_json_whatever_the_front_matter_holds(
    front_matter: str, expected: object
) -> None:
    notes = shownotes.parse(f"---\n{front_matter}---\nHello\n")
    text = notes.to_json()

    def no_constants(name: str) -> object:
        raise AssertionError(f"{name} is not JSON")

    assert json.loads(text, parse_constant=no_constants)["metadata"] == expected


def test_to_json_of_deep_metadata_needs_no_deep_stack() -> None:
    deep: object = {dt.date(2024, 1, 1): float("nan")}
    for _ in range(400):  # the slow path walks without recursion; json.dumps itself recurses
        deep = [deep]
    text = ShowNotes(metadata={"x": deep}).to_json()
    expected: object = {"2024-01-01": None}
    for _ in range(400):
        expected = [expected]
    assert json.loads(text)["metadata"]["x"] == expected


def test_to_json_refuses_a_value_that_holds_itself() -> None:
    looped: list[object] = [float("nan")]
    looped.append(looped)
    with pytest.raises(ValueError, match="Circular reference"):
        ShowNotes(metadata={"x": looped}).to_json()


def _walk(exc: BaseException) -> list[BaseException]:
    out = [exc]
    for inner in getattr(exc, "exceptions", ()):
        out.extend(_walk(inner))
    if exc.__cause__ is not None:
        out.extend(_walk(exc.__cause__))
    return out


@given(show_notes(st.dictionaries(st.text(max_size=5), st.none() | aware, max_size=3)))
def test_show_notes_pickle(notes: ShowNotes) -> None:
    assert pickle.loads(pickle.dumps(notes)) == notes


def test_repr_html_escapes_document_text() -> None:
    notes = shownotes.parse(
        "---\ntitle: '<script>alert(1)</script>'\n---\n0:00 <b>x</b> & y\n2:00 <img src=x>\n"
    )
    html = notes._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<img" not in html


def test_repr_html_of_empty_notes() -> None:
    html = ShowNotes()._repr_html_()
    assert "<h4>Show notes</h4>" in html
    assert "<table>" not in html
    assert "0 chapters, 0 references, 0 links, 0 problems" in html


def test_to_pandas_gives_one_row_per_chapter() -> None:
    pytest.importorskip("pandas")
    notes = ShowNotes(
        chapters=Chapters(
            (Chapter(Timestamp(0), "A"), Chapter(Timestamp(1500), "B", Timestamp(2000)))
        )
    )
    frame = notes.to_pandas()
    assert list(frame.columns) == ["start", "end", "title", "url"]
    assert frame["start"].tolist() == [0.0, 1.5]
    assert frame["title"].tolist() == ["A", "B"]
