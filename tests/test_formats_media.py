"""formats.media on real, small media files made with FFmpeg (skipped without it): MP4/M4A with
Nero chapters, with a QuickTime chapter track only, Matroska, MP3; reading and writing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from shownotes import formats
from shownotes.chapters import Chapter, Chapters
from shownotes.timestamps import Timestamp

T = Timestamp
CHAPTERS = Chapters((Chapter(T(0), "Intro", T(400)), Chapter(T(400), "Zwei 🎉", T(1000))))


def _ffmpeg(*args: str) -> None:
    tool = shutil.which("ffmpeg")
    if tool is None:
        pytest.skip("ffmpeg is not installed (CI installs it: apt-get install ffmpeg)")
    done = subprocess.run([tool, "-v", "error", "-y", *args], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("media")
    _ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=1", str(path / "tone.wav"))
    (path / "chapters.txt").write_text(formats.ffmetadata.dumps(CHAPTERS), "utf-8")
    return path


def _make(folder: Path, name: str, *options: str) -> Path:
    out = folder / name
    _ffmpeg(
        "-i", str(folder / "tone.wav"), "-i", str(folder / "chapters.txt"), "-map", "0:a",
        "-map_chapters", "1", *options, str(out),
    )  # fmt: skip
    return out


def test_mp4_nero_chapters_are_read_with_mutagen(folder: Path) -> None:
    pytest.importorskip("mutagen")
    m4a = _make(folder, "nero.m4a", "-c:a", "aac")
    assert formats.media.kind(m4a) == "mp4"
    # Nero chapters hold starts only.
    assert formats.media.read(m4a) == Chapters(tuple(Chapter(c.start, c.title) for c in CHAPTERS))


def test_mp4_quicktime_chapter_track_is_read_with_ffprobe(folder: Path) -> None:
    m4b = _make(folder, "quicktime.m4b", "-c:a", "aac", "-movflags", "+disable_chpl", "-f", "mp4")
    assert formats.media.read(m4b) == CHAPTERS


def test_matroska_and_webm_are_read_with_ffprobe(folder: Path) -> None:
    mka = _make(folder, "episode.mka", "-c:a", "flac")
    assert formats.media.kind(mka) == "matroska"
    assert formats.media.read(mka) == CHAPTERS


@pytest.mark.parametrize(("name", "codec"), [("episode.m4a", "aac"), ("episode.mka", "flac")])
def test_write_replaces_the_chapters_without_reencoding(
    folder: Path, name: str, codec: str
) -> None:
    media = _make(folder, f"write-{name}", "-c:a", codec)
    new = Chapters((Chapter(T(0), "Neu"), Chapter(T(500), "Zweites Kapitel")))
    formats.media.write(media, new)
    read = formats.media.read(media)
    assert [(c.start, c.title) for c in read] == [(c.start, c.title) for c in new]
    probe = shutil.which("ffprobe")
    assert probe is not None
    codecs = subprocess.run(
        [probe, "-v", "error", "-select_streams", "a", "-show_entries", "stream=codec_name",
         "-of", "csv=p=0", str(media)],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert codecs == [codec]


def test_mp3_goes_through_id3(folder: Path) -> None:
    pytest.importorskip("mutagen")
    mp3 = folder / "episode.mp3"
    _ffmpeg("-i", str(folder / "tone.wav"), "-write_xing", "0", str(mp3))
    formats.media.write(mp3, CHAPTERS)
    assert formats.media.kind(mp3) == "mp3"
    assert formats.media.read(mp3) == formats.id3.normalize(CHAPTERS)


def test_a_missing_ffprobe_is_a_clear_error(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mka = _make(folder, "missing.mka", "-c:a", "flac")
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(formats.media.ToolNotFoundError, match="ffprobe is needed"):
        formats.media.read(mka)
    with pytest.raises(formats.media.ToolNotFoundError, match="ffmpeg is needed"):
        formats.media.write(mka, CHAPTERS)
