"""The error hierarchy: where errors point, pickling, groups."""

from __future__ import annotations

import pickle

import pytest

from shownotes.errors import (
    FormatError,
    FrontMatterError,
    ParseError,
    ShowNotesError,
    ShowNotesErrorGroup,
    TimestampError,
)


@pytest.mark.parametrize(
    ("doc", "pos", "where"),
    [
        ("abc", 0, (1, 1)),
        ("a\nbc", 3, (2, 2)),
        ("a\nb\n", 4, (3, 1)),
        ("abc", 99, (1, 4)),  # past the end: clamped
        ("abc", -5, (1, 1)),
    ],
)
def test_position_gives_line_and_column(doc: str, pos: int, where: tuple[int, int]) -> None:
    err = FormatError("bad", doc, pos)
    assert (err.lineno, err.colno) == where
    assert str(err) == f"bad (line {where[0]}, column {where[1]})"


def test_messages_without_a_position() -> None:
    assert str(ParseError("plain")) == "plain"
    assert str(ParseError("line only", lineno=3)) == "line only (line 3)"


@pytest.mark.parametrize("cls", [ParseError, TimestampError, FrontMatterError, FormatError])
def test_errors_pickle_with_their_position(cls: type[ParseError]) -> None:
    err = cls("broken", "x\ny", 2)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls
    assert (back.msg, back.pos, back.lineno, back.colno) == ("broken", 2, 2, 1)
    assert str(back) == str(err)


def test_hierarchy() -> None:
    assert issubclass(TimestampError, ParseError)
    assert issubclass(ParseError, ValueError)
    assert issubclass(ParseError, ShowNotesError)
    assert issubclass(ShowNotesErrorGroup, ExceptionGroup)
    assert issubclass(ShowNotesErrorGroup, ShowNotesError)


def test_group_keeps_its_type_when_split() -> None:
    group = ShowNotesErrorGroup("two", [TimestampError("a"), FormatError("b")])
    only_format = group.subgroup(FormatError)
    assert isinstance(only_format, ShowNotesErrorGroup)
    assert [str(e) for e in only_format.exceptions] == ["b"]
    with pytest.raises(ShowNotesError):
        raise group
