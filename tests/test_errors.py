"""The error hierarchy: where errors point, pickling, groups."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

import shownotes
from chapter_examples import FRAMES
from shownotes.errors import (
    ChapterError,
    EpisodeError,
    FeedError,
    FormatError,
    FrontMatterError,
    LinkError,
    ParseError,
    Problem,
    ShowNotesError,
    ShowNotesErrorGroup,
    TimestampError,
    UnknownFormatError,
)

SRC = Path(__file__).resolve().parents[1] / "src" / "shownotes"


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


ALL_PARSE_ERRORS = [
    ParseError,
    TimestampError,
    FrontMatterError,
    FormatError,
    FeedError,
    ChapterError,
    LinkError,
    EpisodeError,
]


@pytest.mark.parametrize("cls", ALL_PARSE_ERRORS)
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


@pytest.mark.parametrize("cls", ALL_PARSE_ERRORS)
def test_each_error_has_a_code_and_is_its_own_problem(cls: type[ParseError]) -> None:
    err = cls("broken", "x\ny", 2)
    assert err.code == cls.code
    assert err.code != ParseError.code or cls is ParseError
    assert err.problem == Problem(cls.code, "broken", None, 2, 1)


# One document a code: each problem `parse` can report, and the error strict=True raises for it.
STRICT_CASES = [
    ("chapter-order", "0:00 a\n0:00 b\n1:00 c", {}, ChapterError, 2),
    (
        "chapter-link",
        "- [0:00](#t=0:00) Opening\n- [1:35](#t=1:50) Coffee news\n",
        {},
        ChapterError,
        2,
    ),
    ("chapter-frames", FRAMES, {}, ChapterError, 1),
    (
        "chapter-duration",
        "0:00 Opening\n1:35 News\n3:00 Mail\n",
        {"duration": 120},
        ChapterError,
        1,
    ),
    (
        "episode-duration",
        "---\nduration: '1:00'\n---\n0:00 Opening\n1:35 News\n3:00 Mail\n",
        {},
        EpisodeError,
        4,
    ),
    ("episode-date", "---\ndate: sometime soon\n---\nhi\n", {}, EpisodeError, None),
    (
        "front-matter-chapters",
        "---\nchapters:\n  - {start: '2:05', title: Tea}\n  - {title: '?'}\n---\nhi\n",
        {},
        FrontMatterError,
        None,
    ),
    (
        "link-repaired",
        "## Links\n- [Example](https:/www.example.org/page)\n- [Ok](https://ok.test)\n",
        {},
        LinkError,
        2,
    ),
]


@pytest.mark.parametrize(
    ("code", "text", "kwargs", "cls", "line"), STRICT_CASES, ids=[c[0] for c in STRICT_CASES]
)
def test_strict_raises_each_problem_as_its_typed_error(
    code: str, text: str, kwargs: dict[str, object], cls: type[ParseError], line: int | None
) -> None:
    problems = shownotes.parse(text, **kwargs).problems  # type: ignore[arg-type]
    assert [p.code for p in problems] == [code]
    with pytest.raises(ShowNotesErrorGroup) as caught:
        shownotes.parse(text, strict=True, **kwargs)  # type: ignore[arg-type]
    [err] = caught.value.exceptions
    assert type(err) is cls
    assert isinstance(err, ParseError)
    assert isinstance(err, ShowNotesError)
    assert (err.code, err.problem, err.lineno) == (code, problems[0], line)
    assert err.colno == (None if line is None else 1)
    assert str(err).startswith(f"{code}: {problems[0].message}")
    assert repr(err).startswith(f"{cls.__name__}(")
    back = pickle.loads(pickle.dumps(err))
    assert (type(back), back.code, back.problem, str(back)) == (cls, code, err.problem, str(err))


def _codes_parse_reports() -> set[str]:
    """Every problem code written in the modules `parse` runs: the first argument of a
    ``Problem(...)`` call, or the third of the chapter judge's ``_no(...)``."""
    skipped = {"feeds", "cli", "formats"}  # not run by parse
    codes = set()
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC)
        if rel.parts[0] in skipped or rel.as_posix() in {"chapters/validate.py", "model/errors.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            at = {"Problem": 0, "_no": 2}.get(node.func.id)
            if at is not None and len(node.args) > at:
                arg = node.args[at]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    codes.add(arg.value)
    return codes


def test_the_strict_cases_cover_every_code_parse_reports() -> None:
    found = _codes_parse_reports()
    assert "chapter-order" in found  # the scan sees the codes at all
    assert found == {case[0] for case in STRICT_CASES}


def test_broken_front_matter_raises_alone_with_its_code() -> None:
    text = "---\ntitle: [unclosed\n---\nbody"
    lenient = shownotes.parse(text).problems
    with pytest.raises(FrontMatterError) as caught:
        shownotes.parse(text, strict=True)
    assert caught.value.code == "front-matter"
    assert lenient == (caught.value.problem,)


def test_a_code_of_no_family_is_a_plain_parse_error() -> None:
    err = ParseError.from_problem(Problem("odd", "something", (4, 5), 1, 5))
    assert type(err) is ParseError
    assert (err.code, err.pos, err.lineno, err.colno) == ("odd", 4, 1, 5)


def test_unknown_format_is_a_key_error_and_ours() -> None:
    err = UnknownFormatError("srt", ("psc", "cue"), "chapter format")
    assert isinstance(err, KeyError)
    assert isinstance(err, FormatError)
    assert isinstance(err, ShowNotesError)
    assert str(err) == "unknown chapter format 'srt'; known: psc, cue"  # not quoted
    back = pickle.loads(pickle.dumps(err))
    assert (type(back), back.name, back.known, str(back)) == (
        UnknownFormatError,
        "srt",
        ("psc", "cue"),
        str(err),
    )
