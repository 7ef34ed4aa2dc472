"""Real tools read what we write: ffmpeg/ffprobe (FFMETADATA, ID3 in MP3), mkvmerge and
mkvextract (Matroska XML), webvtt-py (WebVTT), mutagen (ID3 CHAP/CTOC) and jsonschema
(Podcasting 2.0 JSON). Each test skips with the reason when its tool is absent."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings

from format_strategies import chapter_lists
from shownotes import formats
from shownotes.chapters import Chapter, Chapters
from shownotes.timestamps import Timestamp

T = Timestamp
# Titles that make every escaping rule work, on chapters with and without ends.
CHAPTERS = Chapters(
    (
        Chapter(T(0), 'Intro: "quotes" & ampersands'),
        Chapter(T(1_250), "a=b; c#d \\ back-slash", T(2_000)),
        Chapter(T(2_500), "Zwei\nZeilen 🎉"),
        Chapter(T(4_000), "שלום عليكم <tags>", T(5_500), toc=False),
    )
)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (CI installs it: apt-get install ffmpeg mkvtoolnix)")
    return path


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ffmpeg = _tool("ffmpeg")
    path = tmp_path_factory.mktemp("audio") / "tone.wav"
    _run(ffmpeg, "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=7", str(path))
    return path


def _probe(path: Path) -> list[dict[str, object]]:
    out = _run(_tool("ffprobe"), "-v", "error", "-show_chapters", "-of", "json", str(path))
    chapters: list[dict[str, object]] = json.loads(out)["chapters"]
    return chapters


def test_ffmpeg_muxes_our_ffmetadata(wav: Path, tmp_path: Path) -> None:
    meta = tmp_path / "chapters.txt"
    meta.write_text(formats.ffmetadata.dumps(CHAPTERS), "utf-8")
    out = tmp_path / "episode.mka"
    _run(
        _tool("ffmpeg"), "-v", "error", "-i", str(wav), "-i", str(meta),
        "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1", "-c:a", "flac", str(out),
    )  # fmt: skip
    probed = _probe(out)
    expected = formats.ffmetadata.normalize(CHAPTERS)
    assert [float(str(c["start_time"])) for c in probed] == [c.start.seconds for c in expected]
    assert [c["tags"]["title"] for c in probed] == [c.title for c in expected]  # type: ignore[index]
    ends = [float(str(c["end_time"])) for c in probed]
    assert ends[:3] == [1.25, 2.0, 4.0]


def test_ffmpeg_chapters_in_mp3_are_id3_we_read(wav: Path, tmp_path: Path) -> None:
    pytest.importorskip("mutagen")
    meta = tmp_path / "chapters.txt"
    meta.write_text(formats.ffmetadata.dumps(CHAPTERS), "utf-8")
    out = tmp_path / "episode.mp3"
    _run(
        _tool("ffmpeg"), "-v", "error", "-i", str(wav), "-i", str(meta),
        "-map", "0:a", "-map_chapters", "1", "-id3v2_version", "4", str(out),
    )  # fmt: skip
    read = formats.id3.read(out)
    assert [(c.start, c.title) for c in read] == [(c.start, c.title) for c in CHAPTERS]


def test_ffprobe_reads_our_id3_chapters(wav: Path, tmp_path: Path) -> None:
    pytest.importorskip("mutagen")
    out = tmp_path / "episode.mp3"
    _run(_tool("ffmpeg"), "-v", "error", "-i", str(wav), "-write_xing", "0", str(out))
    formats.id3.write(out, CHAPTERS)
    probed = _probe(out)
    assert [float(str(c["start_time"])) for c in probed] == [c.start.seconds for c in CHAPTERS]
    assert [c["tags"]["title"] for c in probed] == [c.title for c in CHAPTERS]  # type: ignore[index]


def test_mkvmerge_accepts_our_matroska_xml_and_mkvextract_gives_it_back(
    wav: Path, tmp_path: Path
) -> None:
    mkvmerge, mkvextract = _tool("mkvmerge"), _tool("mkvextract")
    xml = tmp_path / "chapters.xml"
    xml.write_text(formats.matroska.dumps(CHAPTERS, language="eng"), "utf-8")
    out = tmp_path / "episode.mka"
    _run(mkvmerge, "-q", "-o", str(out), "--chapters", str(xml), str(wav))
    extracted = tmp_path / "extracted.xml"
    _run(mkvextract, str(out), "chapters", str(extracted))
    assert formats.matroska.loads(extracted.read_bytes()) == formats.matroska.normalize(CHAPTERS)
    probed = _probe(out)
    assert [c["tags"]["title"] for c in probed] == [c.title for c in CHAPTERS]  # type: ignore[index]


def test_webvtt_py_reads_our_webvtt() -> None:
    webvtt = pytest.importorskip("webvtt", reason="webvtt-py is not installed (test extra)")
    expected = formats.webvtt.normalize(CHAPTERS)
    captions = list(webvtt.from_string(formats.webvtt.dumps(CHAPTERS)))
    assert [c.start for c in captions] == [f"{c.start:hh:mm:ss.mmm}" for c in expected]
    assert [c.raw_text for c in captions] == [c.title for c in expected]
    assert [c.end for c in captions[:2]] == ["00:00:01.250", "00:00:02.000"]


def test_mutagen_reads_our_id3_frames() -> None:
    id3 = pytest.importorskip("mutagen.id3", reason="mutagen is not installed (id3 extra)")
    import io

    tag = id3.ID3(io.BytesIO(formats.id3.dumps(CHAPTERS)))
    assert tag.version == (2, 3, 0)  # v2.3: plain sizes, see formats.id3
    chaps = sorted(tag.getall("CHAP"), key=lambda f: f.start_time)
    assert [f.start_time for f in chaps] == [c.start.ms for c in CHAPTERS]
    assert [f.end_time for f in chaps] == [1_250, 2_000, 4_000, 5_500]
    assert [str(f.sub_frames["TIT2"]) for f in chaps] == [c.title for c in CHAPTERS]
    (toc,) = tag.getall("CTOC")
    assert toc.child_element_ids == [f.element_id for f in chaps[:3]]


@settings(deadline=None)
@given(chapters=chapter_lists())
def test_podcasting20_json_validates_against_the_schema(chapters: Chapters) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    document = json.loads(formats.podcasting20.dumps(chapters, title="t", waypoints=True))
    jsonschema.Draft202012Validator(formats.podcasting20.schema()).validate(document)


def test_the_schema_rejects_what_the_spec_forbids() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    validator = jsonschema.Draft202012Validator(formats.podcasting20.schema())
    jsonschema.Draft202012Validator.check_schema(formats.podcasting20.schema())
    for bad in (
        {"chapters": []},
        {"version": "1.2.0", "chapters": [{"title": "no start"}]},
        {"version": "1.2.0", "chapters": [{"startTime": "12"}]},
        {"version": "1.2.0", "chapters": [{"startTime": 1, "toc": "no"}]},
        {"version": "1.2.0", "chapters": [{"startTime": 1, "location": {"geo": "geo:1,2"}}]},
    ):
        assert not validator.is_valid(bad), bad


# --- issue 11: the new formats' tools ---------------------------------------------------------

TITLED = Chapters(
    (
        Chapter(T(0), 'Intro: "quotes" & ampersands'),
        Chapter(T(1_250), "a=b; c#d \\ back-slash"),
        Chapter(T(2_500), "שלום عليكم <tags> 🎉"),
    )
)


def test_mkvmerge_reads_our_ogm_chapters(wav: Path, tmp_path: Path) -> None:
    mkvmerge, mkvextract = _tool("mkvmerge"), _tool("mkvextract")
    simple = tmp_path / "chapters.txt"
    simple.write_text(formats.ogm.dumps(TITLED), "utf-8")
    out = tmp_path / "episode.mka"
    _run(mkvmerge, "-q", "-o", str(out), "--chapter-charset", "UTF-8", "--chapters", str(simple),
         str(wav))  # fmt: skip
    extracted = tmp_path / "extracted.txt"
    _run(mkvextract, str(out), "chapters", "--simple", str(extracted))
    assert formats.ogm.loads(extracted.read_bytes()) == formats.ogm.normalize(TITLED)


def test_mkvmerge_reads_our_long_cue_sheet(wav: Path, tmp_path: Path) -> None:
    # Past a CD's limits (cd=False): mkvmerge reads three-digit minutes and track numbers.
    mkvmerge = _tool("mkvmerge")
    chapters = Chapters(tuple(Chapter(T(i * 61_000), f"Part {i}") for i in range(101)))
    sheet = tmp_path / "long.cue"
    sheet.write_text(formats.cue.dumps(chapters, file=wav.name, file_type="WAVE", cd=False))
    out = tmp_path / "episode.mka"
    _run(mkvmerge, "-q", "-o", str(out), "--chapters", str(sheet), str(wav))
    probed = _probe(out)
    assert len(probed) == 101
    assert float(str(probed[-1]["start_time"])) == 6100.0  # 101:40:00, past 99 minutes


def test_ffmpeg_reads_our_vorbis_comments(wav: Path, tmp_path: Path) -> None:
    mutagen_flac = pytest.importorskip("mutagen.flac", reason="mutagen is not installed")
    flac = tmp_path / "episode.flac"
    _run(_tool("ffmpeg"), "-v", "error", "-i", str(wav), str(flac))
    tags = mutagen_flac.FLAC(flac)
    for line in formats.vorbis.dumps(TITLED).splitlines():
        key, _, value = line.partition("=")
        tags[key] = value
    tags.save()
    probed = _probe(flac)
    assert [float(str(c["start_time"])) for c in probed] == [c.start.seconds for c in TITLED]
    assert [c["tags"]["title"] for c in probed] == [c.title for c in TITLED]  # type: ignore[index]


def test_ffprobe_output_is_read_by_our_reader(wav: Path, tmp_path: Path) -> None:
    meta = tmp_path / "chapters.txt"
    meta.write_text(formats.ffmetadata.dumps(CHAPTERS), "utf-8")
    out = tmp_path / "episode.mka"
    _run(
        _tool("ffmpeg"), "-v", "error", "-i", str(wav), "-i", str(meta),
        "-map", "0:a", "-map_chapters", "1", "-c:a", "flac", str(out),
    )  # fmt: skip
    text = _run(_tool("ffprobe"), "-v", "error", "-show_chapters", "-of", "json", str(out))
    read = formats.ffprobe.loads(text)
    assert [(c.start, c.title) for c in read] == [
        (c.start, c.title) for c in formats.ffmetadata.normalize(CHAPTERS)
    ]


def test_ffmpeg_scene_info_is_read_by_our_reader(tmp_path: Path) -> None:
    ffmpeg = _tool("ffmpeg")
    video = tmp_path / "cuts.mp4"
    _run(
        ffmpeg, "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=64x64:d=2:r=25",
        "-f", "lavfi", "-i", "color=c=blue:s=64x64:d=2:r=25",
        "-filter_complex", "[0][1]concat=n=2:v=1[v]", "-map", "[v]", str(video),
    )  # fmt: skip
    scenes = tmp_path / "scenes.txt"
    _run(
        ffmpeg, "-v", "error", "-i", str(video), "-filter:v",
        f"select='gt(scene,0.3)',metadata=print:file={scenes}", "-f", "null", "-",
    )  # fmt: skip
    assert formats.ffscenes.loads(scenes.read_bytes()) == Chapters((Chapter(T(2000), ""),))


JSON_FORMATS = ["hls", "audible", "podigee", "podlovejson", "scenecut", "ffprobe"]


@pytest.mark.parametrize("name", JSON_FORMATS)
@settings(deadline=None)
@given(chapters=chapter_lists())
def test_json_formats_validate_against_their_schemas(name: str, chapters: Chapters) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    fmt = formats.get(name)
    schema = fmt.schema()  # type: ignore[attr-defined]
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(json.loads(fmt.dumps(chapters)))


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("hls", [{"chapter": 1}]),
        ("hls", [{"start-time": 1, "duration": 0}]),
        ("audible", {"content_metadata": {"chapter_info": {"chapters": [{"title": "x"}]}}}),
        ("podigee", [{"title": "x", "start_time": "1:02"}]),
        ("podlovejson", [{"title": "no start"}]),
        ("scenecut", [{"frame": 1, "pts": 1, "pts_time": 1.0, "score": 2}]),
        ("ffprobe", {"chapters": [{"id": 0, "start": 0, "end": 1}]}),
    ],
)
def test_the_schemas_reject_what_the_formats_forbid(name: str, bad: object) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    assert not jsonschema.Draft202012Validator(formats.get(name).schema()).is_valid(bad)  # type: ignore[attr-defined]


def test_webvtt_py_reads_cue_identifiers() -> None:
    webvtt = pytest.importorskip("webvtt", reason="webvtt-py is not installed (test extra)")
    captions = list(webvtt.from_string(formats.webvtt.dumps(CHAPTERS, ids=True)))
    assert [c.identifier for c in captions] == ["1", "2", "3", "4"]
