"""The shownotes command: parse subcommand, output formats, errors without tracebacks."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from shownotes.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "episode-42.md"


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_parse_one_file_prints_its_json() -> None:
    status, out, err = run("parse", str(EXAMPLE))
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["episode"]["title"] == "Ep. 42: Tiny Databases with Ana Ruiz | The Data Hour"
    assert data["episode"]["number"] == 42


def test_parse_stdin_and_jsonl() -> None:
    status, out, _ = run("parse", "-", "--format", "jsonl", stdin="---\ntitle: From stdin\n---\n")
    assert status == 0
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["file"] == "-"
    assert record["episode"]["title"] == "From stdin"


def test_parse_walks_folders(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B text", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.md").write_text("x", encoding="utf-8")
    status, out, _ = run("parse", str(tmp_path))
    assert status == 0
    files = [Path(item["file"]).name for item in json.loads(out)]
    assert files == ["a.md", "b.txt"]


def test_text_format_is_readable() -> None:
    status, out, _ = run("parse", str(EXAMPLE), "--format", "text")
    assert status == 0
    assert out.startswith(f"== {EXAMPLE}\ntitle: Ep. 42")
    assert "number: 42" in out
    assert "guests: Ana Ruiz" in out
    assert "  0:00  Welcome and introductions\n" in out
    assert "  - SQLite — the most deployed database engine <https://www.sqlite.org/>\n" in out
    assert "  Listen and subscribe [platforms]\n" in out
    assert "  spotify: https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk\n" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "x", "--format", "yaml"], "invalid choice: 'yaml'"),
        (["parse"], "the following arguments are required"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(argv: list[str], message: str) -> None:
    status, out, err = run(*argv)
    assert status == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_strict_failure_exits_1_and_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\nbad: [1\n---\nbody", encoding="utf-8")
    status, out, err = run("parse", str(bad), "--strict")
    assert (status, out) == (1, "")
    assert err.startswith(f"{bad}:3:1: front-matter: invalid YAML front matter")


def test_a_missing_file_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: Good\n---\n", encoding="utf-8")
    status, out, err = run("parse", "no/such/file.md", str(good), "--format", "jsonl")
    assert status == 1
    assert err == "shownotes: no/such/file.md: no such file or directory\n"
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(good)]


def test_a_folder_named_like_a_file_is_walked(tmp_path: Path) -> None:
    target = tmp_path / "dir.md"
    target.mkdir()
    (target / "inner.md").write_text("---\ntitle: Inner\n---\n", encoding="utf-8")
    status, out, _ = run("parse", str(target), "--format", "jsonl")
    assert status == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert Path(record["file"]).name == "inner.md"
    assert record["episode"]["title"] == "Inner"


def test_an_unreadable_file_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "locked.md"
    target.write_text("x", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root reads any file: simulate the refusal
    status, out, err = run("parse", str(target))
    assert (status, out) == (1, "")
    assert err == f"shownotes: {target}: cannot read it: Permission denied\n"


def test_python_dash_m_and_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "shownotes", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("shownotes ")
    done = subprocess.run(
        [sys.executable, "-m", "shownotes", "parse", "missing.md"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == "shownotes: missing.md: no such file or directory\n"
