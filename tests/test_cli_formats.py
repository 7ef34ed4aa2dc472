"""The ``shownotes chapters`` and ``shownotes convert`` commands: every format out, stdin and
stdout, files, and one clear line with exit status 1 for a broken input (never a traceback)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from shownotes import formats
from shownotes.cli import main

NOTES = """---
title: Episode 12
---
# Episode 12

We talk about tea.

0:00 Intro
0:46 Early Fascination with AI
1:02:03 Wrap up & thanks
"""


class _Bytes(io.TextIOWrapper):
    """A text stream over a bytes buffer, like sys.stdin/sys.stdout."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", newline="")

    def value(self) -> bytes:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue()


def run(*argv: str, stdin: bytes = b"") -> tuple[int, bytes, str]:
    out, err = _Bytes(), io.StringIO()
    status = main(list(argv), stdin=_Bytes(stdin), stdout=out, stderr=err)
    return status, out.value(), err.getvalue()


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "episode.md"
    path.write_text(NOTES, "utf-8")
    return path


def test_chapters_to_podcasting20(notes: Path) -> None:
    status, out, err = run("chapters", str(notes), "--to", "podcasting20")
    assert (status, err) == (0, "")
    assert json.loads(out)["chapters"] == [
        {"startTime": 0, "title": "Intro"},
        {"startTime": 46, "title": "Early Fascination with AI"},
        {"startTime": 3723, "title": "Wrap up & thanks"},
    ]


@pytest.mark.parametrize("name", [n for n in formats.names() if n != "id3"])
def test_chapters_to_every_text_format_reads_back(notes: Path, name: str) -> None:
    status, out, err = run("chapters", str(notes), "--to", name)
    assert (status, err) == (0, "")
    back = formats.get(name).loads(out.decode("utf-8"))
    titles = ["Intro", "Early Fascination with AI", "Wrap up & thanks"]
    if name in ("pyscenedetect", "scenecut", "ffscenes"):  # scene lists keep no titles
        titles = ["", "", ""]
    assert [c.title for c in back] == titles


def test_chapters_description_style_and_stdin() -> None:
    status, out, _ = run("chapters", "-", "--to", "description", "--style", "bracketed",
                         stdin=NOTES.encode())  # fmt: skip
    assert status == 0
    assert out.decode().splitlines() == [
        "[0:00] Intro",
        "[0:46] Early Fascination with AI",
        "[1:02:03] Wrap up & thanks",
    ]


def test_chapters_without_chapters_is_status_1(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("Just prose, at 10:30 we had lunch.\n", "utf-8")
    status, out, err = run("chapters", str(path), "--to", "psc")
    assert (status, out) == (1, b"")
    assert err == f"shownotes: {path}: no chapters found\n"


def test_convert_stdin_to_stdout_and_files(tmp_path: Path) -> None:
    mp4 = b"00:00:00.000 Intro\n00:00:46.500 Q&A <https://example.org>\n"
    status, out, err = run("convert", "-", "--from", "mp4chaps", "--to", "psc", stdin=mp4)
    assert (status, err) == (0, "")
    assert b'title="Q&amp;A" href="https://example.org"' in out
    source = tmp_path / "in.psc.xml"
    source.write_bytes(out)
    target = tmp_path / "out.txt"
    status, out, err = run(
        "convert", str(source), "--from", "psc", "--to", "mp4chaps", "-o", str(target)
    )
    assert (status, out, err) == (0, b"", "")
    assert target.read_bytes() == mp4


def test_convert_to_id3_and_back(tmp_path: Path) -> None:
    pytest.importorskip("mutagen")
    mp4 = b"00:00:00.000 Intro\n00:00:46.500 Talk\n"
    tag = tmp_path / "chapters.id3"
    status, _, err = run("convert", "-", "--from", "mp4chaps", "--to", "id3", "-o", str(tag),
                         stdin=mp4)  # fmt: skip
    assert (status, err) == (0, "")
    assert tag.read_bytes().startswith(b"ID3")
    status, out, err = run("convert", str(tag), "--from", "id3", "--to", "mp4chaps")
    assert (status, err) == (0, "")
    assert out == mp4
    status, out, _ = run("convert", "-", "--from", "mp4chaps", "--to", "id3", stdin=mp4)
    assert status == 0
    assert out.startswith(b"ID3")


def test_convert_to_id3_into_an_existing_mp3(tmp_path: Path) -> None:
    pytest.importorskip("mutagen")
    mp3 = tmp_path / "episode.mp3"
    audio = b"\xff\xfb\x90\x00" + bytes(400)
    mp3.write_bytes(audio)
    status, _, err = run("convert", "-", "--from", "mp4chaps", "--to", "id3", "-o", str(mp3),
                         stdin=b"0:00 Intro\n0:46 Talk\n")  # fmt: skip
    assert (status, err) == (0, "")
    assert mp3.read_bytes().endswith(audio)
    assert [c.title for c in formats.id3.read(mp3)] == ["Intro", "Talk"]


BROKEN = [
    ("podcasting20", b'{"chapters": [\n  {"startTime": }]}', "(line 2, column"),
    ("psc", b'<chapters version="1.2">\n<chapter start="0"></chapters>', "(line 2"),
    ("ffmetadata", b"[CHAPTER]\nSTART=0\n", "(line 1, column 1)"),
    ("cue", b'FILE "a" WAVE\nTRACK 01 AUDIO\nINDEX 01 00:99:00\n', "(line 3, column 1)"),
    ("id3", b"not an mp3", "no ID3v2 tag"),
]


@pytest.mark.parametrize(("name", "data", "where"), BROKEN)
def test_a_broken_input_is_one_line_and_status_1(name: str, data: bytes, where: str) -> None:
    status, out, err = run("convert", "-", "--from", name, "--to", "webvtt", stdin=data)
    assert (status, out) == (1, b"")
    assert err.startswith("shownotes: -: ")
    assert where in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_usage_errors_are_status_2(tmp_path: Path) -> None:
    status, _, err = run("convert", str(tmp_path / "missing.json"), "--from", "podcasting20",
                         "--to", "psc")  # fmt: skip
    assert status == 1  # an input that cannot be used, not a bad command line
    assert "missing.json: no such file or directory" in err
    status, _, err = run("convert", "-", "--from", "srt", "--to", "psc")
    assert status == 2
    assert "invalid choice" in err
    status, _, err = run("chapters", "-", "--to", "psc", "-o", str(tmp_path / "no" / "dir.xml"),
                         stdin=NOTES.encode())  # fmt: skip
    assert status == 2
    assert "cannot write" in err


def test_binary_output_needs_a_byte_stream() -> None:
    pytest.importorskip("mutagen")
    out, err = io.StringIO(), io.StringIO()
    status = main(["convert", "-", "--from", "mp4chaps", "--to", "id3"],
                  stdin=_Bytes(b"0:00 Intro\n"), stdout=out, stderr=err)  # fmt: skip
    assert status == 2
    assert "binary" in err.getvalue()


def test_the_installed_command_runs(notes: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "shownotes", "chapters", str(notes), "--to", "mp4chaps"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1] == "00:00:46.000 Early Fascination with AI"


def test_convert_guesses_the_input_format() -> None:
    ffmetadata = b";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=1500\ntitle=x\n"
    status, out, err = run("convert", "-", "--to", "mp4chaps", stdin=ffmetadata)
    assert (status, err) == (0, "")
    assert out == b"00:00:01.500 x\n"


def test_duration_ends_the_last_chapter() -> None:
    mp4 = b"0:00 Intro\n0:46 Talk\n"
    status, out, err = run("convert", "-", "--from", "mp4chaps", "--to", "webvtt",
                           "--duration", "1:00", stdin=mp4)  # fmt: skip
    assert (status, err) == (0, "")
    assert b"00:00:46.000 --> 00:01:00.000\nTalk" in out
    status, _, err = run("convert", "-", "--to", "webvtt", "--duration", "soon", stdin=mp4)
    assert status == 2
    assert "--duration" in err
