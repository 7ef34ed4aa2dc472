"""The feed command, parse --workers/--feeds, and the progress bar (through a real pty)."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import select
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from test_cli import run

FEEDS = Path(__file__).parent / "feeds"
TEA = FEEDS / "tea-time.xml"


def test_feed_json_has_the_feed_and_its_items() -> None:
    status, out, err = run("feed", str(TEA))
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["title"] == "Tea Time"
    assert [item["episode"]["guid"] for item in data["items"]][:2] == ["tt-3", "tt-2"]
    assert data["items"][0]["episode"]["enclosure"]["length"] == 31415926
    assert data["funding"] == [{"url": "https://www.patreon.com/teatime", "text": "Buy us a pot"}]


def test_feed_jsonl_is_one_line_per_item() -> None:
    status, out, _ = run("feed", str(TEA), "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [line["episode"]["number"] for line in lines] == [3, 2, 1]  # 2, 1: from titles
    assert {line["feed"] for line in lines} == {"Tea Time"}


def test_feed_text_and_stdin() -> None:
    status, out, _ = run("feed", "-", "--format", "text", stdin=TEA.read_text("utf-8"))
    assert status == 0
    assert out.startswith("== Tea Time (3 items)\nlink: https://teatime.example/")
    assert "== Ep. 3: Oolong with Grace Leaf\n" in out
    assert "  10:00  Oolong\n" in out


def test_feed_problems_go_to_stderr_and_errors_exit_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><item><title>a</title></channel></rss>", encoding="utf-8")
    status, out, err = run("feed", str(broken), "--format", "jsonl")
    assert status == 0
    assert len(out.splitlines()) == 1
    assert err.startswith(f"shownotes: {broken}:1: feed-recovered: not well-formed XML")
    page = tmp_path / "page.xml"
    page.write_text("<html><body>no feed</body></html>", encoding="utf-8")
    status, out, err = run("feed", str(page))
    assert (status, out) == (1, "")
    assert err == f"shownotes: {page}: not an RSS or Atom feed: its root element is <html>\n"


def test_feed_takes_files_only() -> None:
    status, _, err = run("feed", "https://example.com/feed.xml")
    assert status == 2
    assert err == "shownotes: no such file: https://example.com/feed.xml\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text("---\ntitle: A\n---\n0:00 One\n1:00 Two\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("0:00 Three\n2:00 Four\n", encoding="utf-8")
    shutil.copy(TEA, tmp_path / "feed.xml")
    (tmp_path / "chapters.xml").write_text(
        '<psc:chapters xmlns:psc="http://podlove.org/simple-chapters"/>', encoding="utf-8"
    )
    return tmp_path


def files(out: str) -> list[str]:
    return [Path(json.loads(line)["file"]).name for line in out.splitlines()]


def test_folder_walks_skip_feeds_unless_asked(folder: Path) -> None:
    status, out, _ = run("parse", str(folder), "--format", "jsonl")
    assert status == 0
    assert files(out) == ["a.md", "b.txt"]  # chapters.xml is XML but no feed: never taken
    status, out, _ = run("parse", str(folder), "--format", "jsonl", "--feeds")
    assert files(out) == ["a.md", "b.txt", "feed.xml#1", "feed.xml#2", "feed.xml#3"]


def test_a_feed_named_on_the_command_line_is_read_as_a_feed() -> None:
    status, out, _ = run("parse", str(TEA), "--format", "jsonl")
    assert status == 0
    assert [json.loads(line)["episode"]["guid"] for line in out.splitlines()][:2] == [
        "tt-3",
        "tt-2",
    ]


def test_workers_give_the_same_output_in_the_same_order(folder: Path) -> None:
    for name in "cdefgh":
        (folder / f"{name}.md").write_text(f"0:00 {name}\n1:00 {name} two\n", encoding="utf-8")
    one = run("parse", str(folder), "--feeds", "--format", "jsonl")
    two = run("parse", str(folder), "--feeds", "--format", "jsonl", "--workers", "2")
    assert one == two
    assert one[0] == 0


def test_a_failing_document_is_reported_and_the_rest_go_on(folder: Path) -> None:
    (folder / "bad.md").write_text("---\nbad: [1\n---\n", encoding="utf-8")
    status, out, err = run("parse", str(folder), "--strict", "--workers", "2", "--format", "jsonl")
    assert status == 1
    assert "bad.md:3:1: front-matter: invalid YAML front matter" in err
    assert files(out) == ["a.md", "b.txt"]


@pytest.mark.parametrize("workers", ["0", "many"])
def test_bad_worker_counts_are_usage_errors(workers: str) -> None:
    status, _, err = run("parse", str(TEA), "--workers", workers)
    assert status == 2
    assert "--workers" in err


def shownotes_in_pty(*argv: str) -> tuple[int, bytes, bytes]:
    """Run the installed command with stderr on a pseudo-terminal, stdout on a pipe."""
    primary, secondary = os.openpty()
    # A terminal of 24 rows and 80 columns (a new pty has none; tqdm draws no bar in 0 rows).
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "COLUMNS": "80", "TERM": "xterm"}
    env.pop("CI", None)  # tqdm draws the same either way; keep the child's view plain
    proc = subprocess.Popen(
        [sys.executable, "-m", "shownotes", *argv],
        stdout=subprocess.PIPE,
        stderr=secondary,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(secondary)
    drawn = b""
    while True:
        ready, _, _ = select.select([primary], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        drawn += chunk
    out = proc.stdout.read() if proc.stdout else b""
    if proc.stdout:
        proc.stdout.close()
    status = proc.wait(timeout=60)
    os.close(primary)
    return status, out, drawn


def test_progress_bar_on_a_terminal_and_none_when_piped(folder: Path) -> None:
    pytest.importorskip("tqdm")
    assert pty  # the pty module is what os.openpty stands on: POSIX only
    status, out, drawn = shownotes_in_pty("parse", str(folder), "--format", "jsonl")
    assert status == 0
    assert len(out.splitlines()) == 2
    assert b"0/2 [" in drawn  # the bar, counting files
    assert b"file/s]" in drawn
    assert drawn.endswith(b"\r")  # and wiped when done: the terminal is left clean
    piped = subprocess.run(
        [sys.executable, "-m", "shownotes", "parse", str(folder), "--format", "jsonl"],
        capture_output=True,
        check=True,
    )
    assert piped.stderr == b""
    assert piped.stdout == out


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_only_on_a_terminal() -> None:
    pytest.importorskip("tqdm")
    from shownotes.cli.feed import progress_bar

    assert progress_bar(3, io.StringIO()) is None
    assert progress_bar(0, Terminal()) is None
    screen = Terminal()
    update = progress_bar(3, screen)
    assert update is not None
    update(1)
    update(2)
    assert "/3 [" in screen.getvalue()
    assert screen.getvalue().endswith("\r")  # closed and wiped at 3 of 3
