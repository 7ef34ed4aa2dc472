"""The twelve formats of issue 11: golden files written here in the style each tool writes,
broken files, and guess() telling every format apart."""

from __future__ import annotations

import json

import pytest

from shownotes import formats
from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.timestamps import Timestamp

T = Timestamp
SAMPLE = Chapters(
    (
        Chapter(T(0), "Intro", url="https://example.org/a", image="https://example.org/i.png"),
        Chapter(T(46_250), "Q&A <live>; 1=1", T(90_000)),
        Chapter(T(3_723_500), "שלום 🎉"),
    )
)

# --- golden files, in the style of the tools that write each format ---------------------------

OGM = "CHAPTER01=00:00:00.000\nCHAPTER01NAME=Intro\nCHAPTER02=00:00:46.250\n"
OGM += "CHAPTER02NAME=Q&A <live>; 1=1\nCHAPTER03=01:02:03.500\nCHAPTER03NAME=שלום 🎉\n"


def test_ogm_golden() -> None:
    assert formats.ogm.dumps(SAMPLE) == OGM
    # mkvextract --simple output; numbers out of order, CRLF, a 3-digit chapter.
    text = "CHAPTER100=100:00:00.5\r\nCHAPTER100NAME=Late\r\n\r\nCHAPTER02=0:01:00\r\n"
    assert formats.ogm.loads(text) == Chapters(
        (Chapter(T(60_000), ""), Chapter(T(360_000_500), "Late"))
    )


def test_vorbis_golden() -> None:
    assert formats.vorbis.dumps(SAMPLE).splitlines()[:3] == [
        "CHAPTER001=00:00:00.000",
        "CHAPTER001NAME=Intro",
        "CHAPTER001URL=https://example.org/a",
    ]
    # A comment dump: other fields, FFmpeg's numbering from 000, lower-case keys.
    dump = "TITLE=Episode\nARTIST=Show\nCHAPTER000=00:00:00.000\nchapter000name=Hello\n"
    dump += "CHAPTER001=00:10:00.000\nCHAPTER001NAME=Bye\nENCODER=Lavf\n"
    assert formats.vorbis.loads(dump) == Chapters(
        (Chapter(T(0), "Hello"), Chapter(T(600_000), "Bye"))
    )
    with pytest.raises(FormatError, match="99:59:59"):
        formats.vorbis.dumps(Chapters((Chapter(T(100 * 3_600_000), "late"),)))


def test_apple_golden() -> None:
    # NVEncC's example: titles as text, the last sample empty (the end of the last chapter).
    text = """<?xml version="1.0" encoding="UTF-8" ?>
  <TextStream version="1.1">
   <TextStreamHeader>
    <TextSampleDescription>
    </TextSampleDescription>
  </TextStreamHeader>
  <TextSample sampleTime="00:00:39.706">chapter-1</TextSample>
  <TextSample sampleTime="00:01:09.703" text="chapter-2"/>
  <TextSample sampleTime="00:01:28.288">chapter-3</TextSample>
  <TextSample sampleTime="00:01:28.289" text="" />
</TextStream>"""
    assert formats.apple.loads(text) == Chapters(
        (
            Chapter(T(39_706), "chapter-1"),
            Chapter(T(69_703), "chapter-2"),
            Chapter(T(88_288), "chapter-3", T(88_289)),
        )
    )
    written = formats.apple.dumps(SAMPLE)
    assert '<TextSample sampleTime="00:00:46.250">Q&amp;A &lt;live&gt;; 1=1</TextSample>' in written
    # An untitled chapter would read back as an end marker: it is written by its place.
    untitled_last = Chapters((Chapter(T(0), "a"), Chapter(T(5000), "")))
    kept = Chapters((Chapter(T(0), "a"), Chapter(T(5000), "Chapter 2")))
    assert formats.apple.normalize(untitled_last) == kept
    assert formats.apple.loads(formats.apple.dumps(untitled_last)) == kept


def test_hls_golden() -> None:
    document = json.loads(formats.hls.dumps(SAMPLE, language="en"))
    assert document[0] == {
        "chapter": 1,
        "start-time": 0,
        "titles": [{"language": "en", "title": "Intro"}],
        "images": [{"image-category": "chapter", "url": "https://example.org/i.png"}],
    }
    assert document[1]["duration"] == 43.75
    text = '[{"chapter": 1, "start-time": 500.1, "titles": '
    text += '[{"language": "en", "title": "life"}, {"language": "es", "title": "vida"}]},'
    text += ' {"start-time": 1200.2}]'
    assert formats.hls.loads(text) == Chapters(
        (Chapter(T(500_100), "life"), Chapter(T(1_200_200), ""))
    )


def test_audible_golden_and_nested_parts() -> None:
    document = json.loads(formats.audible.dumps(SAMPLE, duration=T(4_000_000)))
    info = document["content_metadata"]["chapter_info"]
    assert info["runtime_length_ms"] == 4_000_000
    assert info["chapters"][1] == {
        "length_ms": 43_750,
        "start_offset_ms": 46_250,
        "start_offset_sec": 46,
        "title": "Q&A <live>; 1=1",
    }
    license_response = {
        "content_license": {
            "content_metadata": {
                "chapter_info": {
                    "chapters": [
                        {"length_ms": 1000, "start_offset_ms": 0, "title": "Credits"},
                        {
                            "length_ms": 500,
                            "start_offset_ms": 1000,
                            "title": "Part One",
                            "chapters": [
                                {"length_ms": 2000, "start_offset_ms": 1500, "title": "1"},
                            ],
                        },
                    ]
                }
            }
        }
    }
    assert formats.audible.loads(json.dumps(license_response)) == Chapters(
        (
            Chapter(T(0), "Credits", T(1000)),
            Chapter(T(1000), "Part One", T(1500)),
            Chapter(T(1500), "1", T(3500)),
        )
    )


def test_podigee_and_podlove_json_golden() -> None:
    assert json.loads(formats.podigee.dumps(SAMPLE))[1] == {
        "title": "Q&A <live>; 1=1",
        "start_time": "00:00:46.250",
    }
    assert formats.podigee.loads('[{"title": "Einleitung", "start_time": "00:01:52"}]') == (
        Chapters((Chapter(T(112_000), "Einleitung"),))
    )
    assert json.loads(formats.podlovejson.dumps(SAMPLE))[0] == {
        "start": "00:00:00.000",
        "title": "Intro",
        "href": "https://example.org/a",
        "image": "https://example.org/i.png",
    }
    assert formats.podlovejson.loads('[{"start": "1:02.5", "title": "NPT"}]') == Chapters(
        (Chapter(T(62_500), "NPT"),)
    )


def test_scene_lists_golden() -> None:
    csv_text = formats.pyscenedetect.dumps(SAMPLE, fps=25)
    assert csv_text.splitlines()[0] == "Timecode List:,00:00:46.250,01:02:03.500"
    assert csv_text.splitlines()[3] == (
        "2,1157,00:00:46.250,46.250,2250,00:01:30.000,90.000,1094,00:00:43.750,43.750"
    )
    # PySceneDetect 0.6 without the cut list (list-scenes -s), CRLF.
    plain = "Scene Number,Start Frame,Start Timecode,Start Time (seconds),End Frame,"
    plain += "End Timecode,End Time (seconds),Length (frames),Length (timecode),"
    plain += "Length (seconds)\r\n"
    plain += "1,1,00:00:00.000,0.000,100,00:00:03.333,3.333,100,00:00:03.333,3.333\r\n"
    assert formats.pyscenedetect.loads(plain) == Chapters((Chapter(T(0), "", T(3333)),))
    assert json.loads(formats.scenecut.dumps(SAMPLE, fps=30))[1] == {
        "frame": 1388,
        "pts": 1388,
        "pts_time": 46.25,
        "score": 1.0,
    }
    info = "frame:0    pts:114     pts_time:3.8\nlavfi.scene_score=0.445904\n"
    info += "frame:1    pts:159     pts_time:5.3\nlavfi.scene_score=0.440126\n"
    assert formats.ffscenes.loads(info) == Chapters((Chapter(T(3800), ""), Chapter(T(5300), "")))


def test_edl_golden() -> None:
    text = formats.edl.dumps(SAMPLE, fps=25, title="Episode 7")
    lines = text.splitlines()
    assert lines[:2] == ["TITLE: Episode 7", "FCM: NON-DROP FRAME"]
    assert lines[7] == "000004  AX V     C        00:00:46:06 00:01:30:00 00:00:46:06 00:01:30:00"
    # As Shutter Encoder writes it: no clip names, the file as reel, V/A/A2 per scene.
    shutter = "TITLE : scenes.edl\n"
    for number, (reel, rec) in enumerate(
        [("clip.mp4", "00:00:00:00 00:00:04:12"), ("clip_cut.mp4", "00:00:04:12 00:00:09:00")]
    ):
        source = rec.replace("00:", "01:", 1).replace(" 00:", " 01:")
        for i, track in enumerate(("V    ", "A    ", "A2   ")):
            shutter += f"{3 * number + i + 1:06d}  {reel} {track} C        {source} {rec}\n"
    assert formats.edl.loads(shutter) == Chapters(
        (Chapter(T(0), "clip.mp4", T(4480)), Chapter(T(4480), "clip_cut.mp4", T(9000)))
    )


def test_ffprobe_golden() -> None:
    text = """{
    "chapters": [
        {"id": 6290352301849571333, "time_base": "1/1000000000", "start": 0,
         "start_time": "0.000000", "end": 500000000, "end_time": "0.500000",
         "tags": {"title": "Chapter 01"}},
        {"id": 1, "time_base": "1/44100", "start": 44100, "end": 44100, "tags": {}}
    ]
}"""
    assert formats.ffprobe.loads(text) == Chapters(
        (Chapter(T(0), "Chapter 01", T(500)), Chapter(T(1000), ""))
    )
    assert formats.ffprobe.loads("{}") == Chapters(())


BROKEN = [
    ("ogm", "CHAPTER01NAME=Only a name\n", "has a name but no time"),
    ("ogm", "CHAPTER01=soon\n", "bad time"),
    ("vorbis", "CHAPTER001 no equals\n", "not a CHAPTER line"),
    ("apple", "<Chapters/>", "no TextStream"),
    ("apple", '<TextStream><TextSample sampleTime="0:0:1"/></TextStream>', "not a time"),
    (
        "apple",
        '<TextStream><TextSample sampleTime="00:00:05.000">a</TextSample>'
        '<TextSample sampleTime="00:00:01.000" text=""/></TextStream>',
        "before the last",
    ),
    ("hls", '{"start-time": 1}', "must be an array"),
    ("hls", '[{"start-time": -1}]', ">= 0"),
    ("hls", '[{"start-time": 1, "titles": "x"}]', "titles must be an array"),
    ("audible", '{"chapters": []}', "chapter_info"),
    ("audible", '{"chapter_info": {"chapters": [{"start_offset_ms": 1.5}]}}', "whole number"),
    ("podigee", '[{"title": "x"}]', "no start_time"),
    ("podlovejson", '[{"start": "1:75"}]', "out of range"),
    ("pyscenedetect", "1,2,3\n", "header row"),
    ("scenecut", '[{"pts_time": "x"}]', "not a number"),
    ("edl", "TITLE: x\n001  AX V  C  00:00:00:00 00:00:01:00 00:00:02:00 00:00:01:00\n", "ends"),
    ("edl", "TITLE: x\n001 AX V C 00:00:00:00\n", "bad event"),
    ("ffscenes", "hello\n", "expected 'frame:N"),
    ("ffprobe", '{"chapters": [{"tags": {"title": "x"}}]}', "has no start"),
    ("ffprobe", '{"chapters": [{"start": 1, "time_base": "1/1000", "tags": []}]}', "tags"),
]


@pytest.mark.parametrize(("name", "text", "message"), BROKEN)
def test_broken_files_raise_format_error(name: str, text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        formats.get(name).loads(text)


# --- guess() -----------------------------------------------------------------------------------

# One file of each format, written here in the style its tools write (not by our dumps).
REAL_STYLE = {
    "podcasting20": '{"version": "1.2.0",\n "chapters": [{"startTime": 0, "title": "Intro"}]}',
    "psc": '<psc:chapters xmlns:psc="http://podlove.org/simple-chapters" version="1.2">'
    '<psc:chapter start="0" title="Intro"/></psc:chapters>',
    "mp4chaps": "00:00:00.000 Intro\n00:01:59.000 Podlove <http://podlove.org/>\n",
    "ffmetadata": ";FFMETADATA1\ntitle=Show\n\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=5\n",
    "webvtt": "WEBVTT\n\n00:00 --> 00:24\nOperation Start\n",
    "matroska": '<?xml version="1.0"?>\n<!DOCTYPE Chapters SYSTEM "matroskachapters.dtd">\n'
    "<Chapters><EditionEntry/></Chapters>",
    "cue": 'REM GENRE Podcast\nPERFORMER "Me"\nFILE "a.mp3" MP3\n  TRACK 01 AUDIO\n'
    "    INDEX 01 00:00:00\n",
    "description": "In this episode we talk.\n\n0:00 Intro\n2:05 CHAPTER01=not a key\n",
    "ogm": "CHAPTER01=00:00:00.000\nCHAPTER01NAME=Chapter 01\n",
    "vorbis": "TITLE=Episode\nCHAPTER000=00:00:00.000\nCHAPTER000NAME=Intro\n",
    "apple": '<?xml version="1.0" encoding="UTF-8" ?>\n  <TextStream version="1.1">\n'
    '  <TextSample sampleTime="00:00:39.706">chapter-1</TextSample>\n'
    "</TextStream>",
    "hls": '[\n  {\n    "chapter": 1,\n    "start-time": 0,\n    "titles": []\n  }\n]',
    "audible": '{"content_license": {"acr": "x", "content_metadata": '
    '{"chapter_info": {"chapters": []}}}}',
    "podigee": '[{"title": "Einleitung", "start_time": "00:00:00"}]',
    "podlovejson": '[{"start":"00:00:00.000","title":"Intro"}]',
    "pyscenedetect": "Timecode List:,00:00:03.333\nScene Number,Start Frame,Start Timecode\n",
    "scenecut": '[\n  {\n    "frame": 114,\n    "pts": 114.0,\n    "pts_time": 3.8\n  }\n]',
    "edl": "TITLE: Cuts\nFCM: NON-DROP FRAME\n\n"
    "001  AX       V     C        00:00:00:00 00:00:08:00 00:00:00:00 00:00:08:00\n",
    "ffscenes": "frame:0    pts:25600   pts_time:2\nlavfi.scene_score=0.400000\n",
    "ffprobe": '{\n    "chapters": [\n        {\n            "id": 0,\n'
    '            "time_base": "1/1000",\n            "start": 0\n        }\n    ]\n}',
}


def test_every_format_has_a_real_style_sample() -> None:
    assert set(REAL_STYLE) == set(formats.names()) - {"id3"}


@pytest.mark.parametrize(("name", "text"), sorted(REAL_STYLE.items()))
def test_guess_tells_real_style_files_apart(name: str, text: str) -> None:
    assert formats.guess(text) == name
    assert formats.guess(text.encode("utf-8")) == name
    formats.get(name).loads(text)  # and the guessed reader reads it


@pytest.mark.parametrize("name", [n for n in formats.names() if n != "id3"])
def test_guess_names_what_each_format_writes_even_when_empty(name: str) -> None:
    assert formats.guess(formats.get(name).dumps(SAMPLE)) == name


def test_guess_never_reads_chapter_fields_as_description() -> None:
    for text in (OGM, "CHAPTER001=00:00:00.000\nCHAPTER001NAME=A\n"):
        guessed = formats.guess(text)
        assert guessed in ("ogm", "vorbis")
        assert all(not c.title.startswith("CHAPTER") for c in formats.get(guessed).loads(text))
