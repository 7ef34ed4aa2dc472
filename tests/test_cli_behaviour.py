"""The ``shownotes`` command as people use it (issue 9): the installed command, run as a
process, on the mistakes and the options a first day brings. Each test checks what a person
sees: standard output, standard error (one line per failure, never a traceback, nothing from a
dependency) and the exit status."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shownotes import formats

BIN = Path(sys.executable).parent
COMMAND = shutil.which("shownotes", path=str(BIN)) or shutil.which("shownotes")
pytestmark = pytest.mark.skipif(COMMAND is None, reason="the shownotes command is not installed")

NOTES = "---\ntitle: Tea\n---\n# Tea\n\n0:00 Intro\n2:05 Green or black?\n14:30 Brewing\n"
SLIPPED = "0:00 Intro\n10:00 Middle\n5:00 Slipped\n20:00 End\n"
MP3_FRAME = b"\xff\xfb\x90\x00" + bytes(400)


def shownotes(
    *args: str | Path, stdin: bytes = b"", cwd: Path | None = None
) -> tuple[int, str, str]:
    assert COMMAND is not None
    done = subprocess.run(
        [COMMAND, *map(str, args)], input=stdin, capture_output=True, cwd=cwd, timeout=120,
        check=False,
    )  # fmt: skip
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.strip()


def test_bare_shownotes_prints_its_usage() -> None:
    status, out, err = shownotes()
    assert (status, out) == (2, "")
    assert err.startswith("usage: shownotes")
    for command in ("parse", "chapters", "convert"):
        assert command in err


def test_strict_prints_each_problem_where_it_is(tmp_path: Path) -> None:
    notes = tmp_path / "slipped.md"
    notes.write_text("---\ndate: sometime soon\n---\n" + SLIPPED, "utf-8")
    status, out, err = shownotes("parse", notes, "--strict")
    assert (status, out) == (1, "")
    lines = err.splitlines()
    assert lines == [
        f"{notes}: episode-date: unreadable date 'sometime soon'",
        f"{notes}:6:1: chapter-order: 5:00 ('Slipped') comes after a later start",
    ]
    status, out, _ = shownotes("parse", notes)  # lenient: the problems are in the output
    assert status == 0
    assert [p["code"] for p in json.loads(out)["problems"]] == ["episode-date", "chapter-order"]


@pytest.mark.parametrize("command", ["chapters", "convert"])
def test_chapters_out_of_order_are_refused_unless_forced(tmp_path: Path, command: str) -> None:
    source = tmp_path / "in.txt"
    source.write_text(SLIPPED, "utf-8")
    status, out, err = shownotes(command, source, "--to", "webvtt")
    assert (status, out) == (1, "")
    assert one_line(err) == (
        f"shownotes: {source}: chapter 3 ('Slipped') starts at 5:00, not after chapter 2 "
        "('Middle') at 10:00 (--force writes them anyway)"
    )
    status, out, err = shownotes(command, source, "--to", "mp4chaps", "--force")
    assert (status, err) == (0, "")
    assert out.splitlines()[2] == "00:05:00.000 Slipped"


def test_chapters_past_the_duration_are_refused_unless_forced(tmp_path: Path) -> None:
    notes = tmp_path / "tea.md"
    notes.write_text(NOTES, "utf-8")
    status, out, err = shownotes("chapters", notes, "--to", "webvtt", "--duration", "10:00")
    assert (status, out) == (1, "")
    assert "chapter 3 ('Brewing') starts at 14:30, not before the end of --duration 10:00" in err
    status, out, err = shownotes("chapters", notes, "--to", "ffmetadata", "--duration", "20:00")
    assert (status, err) == (0, "")
    assert out.rstrip().endswith("END=1200000\ntitle=Brewing")


def test_no_chapters_is_an_error_not_an_empty_file(tmp_path: Path) -> None:
    plain = tmp_path / "about.txt"
    plain.write_text("A show about tea. No chapters here.\n", "utf-8")
    status, out, err = shownotes("convert", plain, "--to", "webvtt")
    assert (status, out) == (1, "")
    assert one_line(err) == f"shownotes: {plain}: no chapters found"
    status, out, err = shownotes("chapters", plain, "--to", "webvtt", "--force")
    assert (status, out, err) == (0, "WEBVTT\n", "")


def test_a_multi_file_run_reports_each_bad_file_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(NOTES, "utf-8")
    image = tmp_path / "cover.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    missing = tmp_path / "gone.md"
    status, out, err = shownotes("parse", missing, image, good, "--format", "jsonl")
    assert status == 1
    assert err.splitlines() == [
        f"shownotes: {missing}: no such file or directory",
        f"shownotes: {image}: a PNG image, not show notes",
    ]
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(good)]


def test_folder_walks_take_show_notes_files_only(tmp_path: Path) -> None:
    for name in ("a.md", "b.HTML", "c.mdx", "d.txt", "e.markdown", "f.htm"):
        (tmp_path / name).write_text(NOTES, "utf-8")
    (tmp_path / "feed.xml").write_text("<rss><channel/></rss>", "utf-8")
    (tmp_path / "chapters.json").write_text('{"chapters": []}', "utf-8")
    (tmp_path / "README").write_text("no suffix", "utf-8")
    (tmp_path / "episode.mp3").write_bytes(MP3_FRAME)
    status, out, err = shownotes("parse", tmp_path, "--format", "jsonl")
    assert (status, err) == (0, "")
    found = [Path(json.loads(line)["file"]).name for line in out.splitlines()]
    assert found == ["a.md", "b.HTML", "c.mdx", "d.txt", "e.markdown", "f.htm"]


def test_binary_input_is_an_error_with_nothing_else_on_stderr(tmp_path: Path) -> None:
    # Bytes that are no encoding: beautifulsoup4's detector logged a warning on them.
    noise = tmp_path / "noise.md"
    noise.write_bytes(bytes(range(256)) * 8)
    status, out, err = shownotes("parse", noise)
    assert (status, out) == (1, "")
    assert one_line(err) == f"shownotes: {noise}: binary data, not show notes"
    mp3 = tmp_path / "episode.mp3"
    mp3.write_bytes(MP3_FRAME)
    status, out, err = shownotes("chapters", mp3, "--to", "webvtt")
    assert (status, out) == (1, "")
    assert one_line(err) == (
        f"shownotes: {mp3}: an MP3 file, not show notes; its chapters: "
        f"shownotes convert {mp3} --to FORMAT"
    )


def test_odd_8_bit_text_parses_without_stray_output(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        "Caf\xe9 \x81\x8d\x8f\x90\x9d talk\n0:00 D\xe9but\n3:00 Fin\n".encode("latin-1")
    )
    status, out, err = shownotes("parse", legacy, "--format", "text")
    assert (status, err) == (0, "")
    assert "chapters (2):" in out  # which 8-bit code page it is, is the decoder's guess


def test_id3_output_goes_into_an_mp3_or_a_new_tag_file_only(tmp_path: Path) -> None:
    pytest.importorskip("mutagen")
    notes = tmp_path / "tea.md"
    notes.write_text(NOTES, "utf-8")
    text = tmp_path / "notes.txt"
    text.write_text("not audio", "utf-8")
    status, _, err = shownotes("chapters", notes, "--to", "id3", "-o", text)
    assert status == 2
    assert f"{text} is text, not an MP3 file" in one_line(err)
    assert text.read_text("utf-8") == "not audio"
    status, _, err = shownotes("chapters", notes, "--to", "id3", "-o", tmp_path / "new.mp3")
    assert status == 2
    assert "does not exist" in one_line(err)
    assert not (tmp_path / "new.mp3").exists()
    status, _, err = shownotes("chapters", notes, "--to", "id3", "-o", tmp_path / "tea.id3")
    assert (status, err) == (0, "")
    assert (tmp_path / "tea.id3").read_bytes().startswith(b"ID3")
    mp3 = tmp_path / "episode.mp3"
    mp3.write_bytes(MP3_FRAME)
    status, _, err = shownotes("chapters", notes, "--to", "id3", "-o", mp3)
    assert (status, err) == (0, "")
    assert mp3.read_bytes().endswith(MP3_FRAME)


def test_into_a_media_file_and_back_out(tmp_path: Path) -> None:
    pytest.importorskip("mutagen")
    notes = tmp_path / "tea.md"
    notes.write_text(NOTES, "utf-8")
    mp3 = tmp_path / "episode.mp3"
    mp3.write_bytes(MP3_FRAME)
    status, out, err = shownotes("chapters", notes, "--into", mp3)
    assert (status, out, err) == (0, "", "")
    status, out, err = shownotes("convert", mp3, "--to", "mp4chaps")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "00:00:00.000 Intro",
        "00:02:05.000 Green or black?",
        "00:14:30.000 Brewing",
    ]
    status, _, err = shownotes("chapters", notes, "--into", notes)
    assert status == 2
    assert "text, not an audio or video file" in one_line(err)


def test_into_a_matroska_file_with_ffmpeg(tmp_path: Path) -> None:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None or shutil.which("ffprobe") is None:
        pytest.skip("FFmpeg is not installed (CI installs it)")
    mka = tmp_path / "episode.mka"
    subprocess.run(
        [ffmpeg, "-v", "error", "-f", "lavfi", "-i", "sine=duration=20", "-c:a", "flac", mka],
        check=True, capture_output=True,
    )  # fmt: skip
    source = tmp_path / "chapters.txt"
    source.write_text("00:00:00.000 One\n00:00:10.000 Two\n", "utf-8")
    status, out, err = shownotes("convert", source, "--into", mka)
    assert (status, out, err) == (0, "", "")
    status, out, err = shownotes("convert", mka, "--to", "mp4chaps")
    assert (status, err) == (0, "")
    assert out == "00:00:00.000 One\n00:00:10.000 Two\n"


def _many(n: int) -> str:
    return "".join(f"{i // 60:02d}:{i % 60:02d}:00.000 Part {i}\n" for i in range(n))


@pytest.mark.parametrize(
    ("options", "source", "expect"),
    [
        (["--to", "webvtt", "--vtt-ids"], _many(2), "WEBVTT\n\n1\n00:00:00.000 --> 00:01:00.000"),
        (["--to", "cue", "--no-cd"], _many(101), '  TRACK 101 AUDIO\n    TITLE "Part 100"'),
        (["--to", "hls", "--language", "de"], _many(2), '"language": "de"'),
        (
            ["--to", "matroska", "--language", "ger"],
            _many(2),
            "<ChapterLanguage>ger</ChapterLanguage>",
        ),
        (["--to", "edl", "--fps", "30"], _many(2), "00:01:00:00"),
        (["--to", "scenecut", "--fps", "30"], _many(2), '"frame": 1800'),
        (["--to", "pyscenedetect", "--fps", "50"], _many(2), "1,1,00:00:00.000,0.000,3000,"),
        (["--to", "description", "--style", "youtube"], _many(3), "0:00 Part 0\n1:00 Part 1\n"),
        (["--to", "description", "--style", "bracketed"], _many(2), "[0:00] Part 0\n"),
    ],
)
def test_format_options(tmp_path: Path, options: list[str], source: str, expect: str) -> None:
    path = tmp_path / "in.chapters.txt"
    path.write_text(source, "utf-8")
    status, out, err = shownotes("convert", path, "--from", "mp4chaps", *options)
    assert (status, err) == (0, "")
    assert expect in out


def test_cue_lengths_join_the_files_of_a_sheet(tmp_path: Path) -> None:
    sheet = tmp_path / "two.cue"
    sheet.write_text(
        'FILE "a.wav" WAVE\n  TRACK 01 AUDIO\n    TITLE "A"\n    INDEX 01 00:00:00\n'
        'FILE "b.wav" WAVE\n  TRACK 02 AUDIO\n    TITLE "B"\n    INDEX 01 00:10:00\n',
        "utf-8",
    )
    status, out, err = shownotes("convert", sheet, "--to", "mp4chaps", "--lengths", "5:00")
    assert (status, err) == (0, "")
    assert out == "00:00:00.000 A\n00:05:10.000 B\n"
    status, _, err = shownotes("convert", sheet, "--to", "mp4chaps")
    assert status == 1
    assert "lengths" in one_line(err)


def test_edl_frame_rate_reads_timecodes(tmp_path: Path) -> None:
    edl = tmp_path / "cuts.edl"
    edl.write_text(formats.edl.dumps(formats.mp4chaps.loads(_many(2)), fps=30), "utf-8")
    status, out, err = shownotes("convert", edl, "--to", "mp4chaps", "--fps", "30")
    assert (status, err) == (0, "")
    assert out.splitlines() == ["00:00:00.000 Part 0", "00:01:00.000 Part 1"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--to", "psc", "--fps", "30"], "--fps does not apply to --to psc"),
        (["--to", "webvtt", "--no-cd"], "--no-cd does not apply to --to webvtt"),
        (["--to", "cue", "--vtt-ids"], "--vtt-ids does not apply to --to cue"),
        (["--to", "psc", "--style", "dash"], "--style does not apply to --to psc"),
        (["--to", "psc", "--into", "x.mp3"], "not allowed with argument --to"),
        ([], "one of the arguments --to --into is required"),
        (["--to", "hls", "--fps", "0"], "a frame rate is above 0"),
    ],
)
def test_an_option_for_another_format_is_a_usage_error(
    tmp_path: Path, options: list[str], message: str
) -> None:
    path = tmp_path / "in.txt"
    path.write_text(_many(2), "utf-8")
    status, out, err = shownotes("convert", path, "--from", "mp4chaps", *options)
    assert (status, out) == (2, "")
    assert message in one_line(err)


@pytest.mark.parametrize(
    "text",
    [
        "x\n\n<html>",  # issue 9: lxml's AssertionError escaped parse, and the CLI
        "https://a.bc/?x=\ud800",
        "&#" + "1" * 4301,
        "---\nguests: &a [*a]\n---\n",
    ],
)
def test_hostile_notes_never_print_a_traceback(tmp_path: Path, text: str) -> None:
    path = tmp_path / "hostile.md"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    status, out, err = shownotes("parse", path, "--format", "text")
    assert status in (0, 1)
    assert "Traceback" not in err
    assert err == "" or one_line(err).startswith(f"shownotes: {path}: ")
    if status == 0:
        assert out.startswith(f"== {path}")
