"""shownotes.parse and parse_file: types, strictness, decoding, and that nothing escapes."""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes
from shownotes import (
    FrontMatterError,
    ParseError,
    ShowNotes,
    ShowNotesError,
    ShowNotesErrorGroup,
    Timestamp,
)

BROKEN_YAML = "---\ntitle: Fine\nbad: [1, 2\n---\n0:00 Intro\n"


def test_lenient_broken_front_matter_keeps_the_body_and_reports_where() -> None:
    notes = shownotes.parse(BROKEN_YAML)
    assert notes.metadata == {}
    (problem,) = [p for p in notes.problems if p.code == "front-matter"]
    assert (problem.line, problem.column) == (4, 1)
    assert "YAML" in problem.message


def test_strict_broken_front_matter_raises_with_line_and_column() -> None:
    with pytest.raises(FrontMatterError) as info:
        shownotes.parse(BROKEN_YAML, strict=True)
    assert (info.value.lineno, info.value.colno) == (4, 1)
    assert isinstance(info.value, ParseError)
    assert isinstance(info.value, ValueError)
    assert "line 4, column 1" in str(info.value)


def test_strict_other_problems_come_as_one_group() -> None:
    with pytest.raises(ShowNotesErrorGroup) as info:
        shownotes.parse("---\ndate: someday\n---\ntext", strict=True)
    assert all(isinstance(e, ShowNotesError) for e in info.value.exceptions)
    assert "episode-date" in str(info.value.exceptions[0])
    assert isinstance(info.value, ShowNotesError)


def test_chapter_problems_say_where() -> None:
    text = "---\ntitle: T\n---\nIntro\n0:00 One\n5:00 Two\n3:00 Slip\n9:00 Three\n"
    notes = shownotes.parse(text)
    (problem,) = notes.problems
    assert problem.code.startswith("chapter")
    assert problem.span is not None
    assert (problem.line, problem.column) == (7, 1)
    assert text[problem.span[0] :].startswith("3:00 Slip")


def test_strict_clean_document_parses() -> None:
    notes = shownotes.parse("---\ntitle: T\n---\nHello", strict=True)
    assert notes.problems == ()


@pytest.mark.parametrize("bad", [None, 3, ["text"], Path("x.md")])
def test_wrong_argument_types_are_type_errors(bad: object) -> None:
    with pytest.raises(TypeError, match="takes a str or bytes"):
        shownotes.parse(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["1:00", True, [1]])
def test_wrong_duration_types_are_type_errors(bad: object) -> None:
    with pytest.raises(TypeError, match="duration"):
        shownotes.parse("x", duration=bad)  # type: ignore[arg-type]


def test_duration_takes_seconds_or_a_timestamp() -> None:
    assert shownotes.parse("x", duration=60) == shownotes.parse("x", duration=Timestamp(60_000))


def test_parse_file_rejects_non_paths() -> None:
    with pytest.raises(TypeError, match="takes a path"):
        shownotes.parse_file(42)  # type: ignore[arg-type]


def test_parse_file_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        shownotes.parse_file(tmp_path / "nope.md")


DOC = "---\ntitle: Café ☕ — épisode 3\n---\nBonjour « à tous »\n"


@pytest.mark.parametrize(
    "encoded",
    [
        DOC.encode("utf-8"),
        codecs.BOM_UTF8 + DOC.encode("utf-8"),
        DOC.encode("utf-16"),  # with its BOM
        DOC.encode("utf-16-le"),  # without a BOM
        DOC.encode("utf-16-be"),
        DOC.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be", "utf-32"],
)
def test_parse_file_decodes_common_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(encoded)
    notes = shownotes.parse_file(path)
    assert notes.episode.title == "Café ☕ — épisode 3"
    assert notes == shownotes.parse(encoded)


def test_latin1_and_cp1252_bytes_decode() -> None:
    text = "---\ntitle: Café “quoted” – déjà\n---\n"  # noqa: RUF001
    assert shownotes.decode(text.encode("cp1252")) == text
    assert shownotes.decode("naïve".encode("latin-1")) == "naïve"


def test_decode_rejects_text() -> None:
    with pytest.raises(TypeError):
        shownotes.decode("already text")  # type: ignore[arg-type]


@given(st.binary(max_size=300))
def test_decode_never_raises(data: bytes) -> None:
    assert isinstance(shownotes.decode(data), str)


front = st.sampled_from(["", "---\n", "+++\n", "{\n", "---\ntitle: x\n---\n", "+++\nn = 1\n+++\n"])
bodies = st.text() | st.text(alphabet=st.sampled_from("0123456789:[]()<>-*#\n |&;ahp/.t="))


@given(front, bodies)
def test_lenient_parse_never_raises(head: str, body: str) -> None:
    assert isinstance(shownotes.parse(head + body), ShowNotes)


@given(front, bodies)
def test_strict_parse_raises_only_show_notes_errors(head: str, body: str) -> None:
    with contextlib.suppress(ShowNotesError):
        shownotes.parse(head + body, strict=True)


def test_import_is_cheap() -> None:
    import subprocess
    import sys

    heavy = "('lxml', 'bs4', 'pandas', 'yaml', 'frontmatter', 'cattrs', 'pyromark')"
    # `import shownotes` loads none of the pipeline; `from shownotes import parse` loads it,
    # still without the parsers and the serialiser, which load on first use.
    for statement, pipeline in (("import shownotes", False), ("from shownotes import parse", True)):
        code = (
            f"import sys; {statement}; "
            f"print(sorted(m for m in {heavy} if m in sys.modules), "
            "'shownotes._parse' in sys.modules)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == f"[] {pipeline}"


def test_a_front_matter_duration_shorter_than_the_chapters_is_a_hint() -> None:
    text = "---\nduration: '1:00'\n---\n0:00 Opening\n1:35 Coffee news\n3:00 Mail\n"
    notes = shownotes.parse(text)
    assert [c.title for c in notes.chapters] == ["Opening", "Coffee news", "Mail"]
    assert [p.code for p in notes.problems] == ["episode-duration"]
    # The caller's own duration is a hard bound.
    bounded = shownotes.parse(text, duration=60)
    assert bounded.chapters == shownotes.Chapters()
    assert [p.code for p in bounded.problems] == ["chapter-duration"]


def test_a_front_matter_chapters_file_confirms_a_lone_chapter_line() -> None:
    text = "---\nchapters: https://x.test/ch.json\n---\nWe start.\n\n(0:46) The only one\n"
    assert [(c.start.seconds, c.title) for c in shownotes.parse(text).chapters] == [
        (46.0, "The only one")
    ]
    assert shownotes.parse("We start.\n\n(0:46) The only one\n").chapters == shownotes.Chapters()
