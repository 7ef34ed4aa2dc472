"""Transcript files (Podcasting 2.0 ``podcast:transcript``): SRT, WebVTT, JSON and HTML read
from files written for these tests in the styles transcript services export, errors with a
line and column, what normalize keeps, and agreement with the srt and webvtt-py libraries."""

from __future__ import annotations

import contextlib
import html
import json
import re
from datetime import timedelta

import pytest
import srt
import webvtt
from hypothesis import given

from growth import assert_linear
from shownotes import transcripts as tx
from shownotes.errors import FormatError, UnknownFormatError
from shownotes.timestamps import Timestamp
from shownotes.transcripts import Transcript, Turn
from transcript_strategies import transcripts

# A SubRip export: a new card where the speaker changes, the name and a colon, two wrapped
# lines of about 32 characters (the spec's properties), CRLF line ends.
SRT_BY_CHANGES = (
    "1\r\n00:00:00,000 --> 00:00:02,760\r\n"
    "Maya: In this episode we ask\r\nwhether a show needs\r\n\r\n"
    "2\r\n00:00:02,760 --> 00:00:06,090\r\na trailer, and what goes\r\ninto one.\r\n\r\n"
    "3\r\n00:00:06,500 --> 00:00:09,450\r\n"
    "Jonas Weber: Hi Maya, Jonas\r\nhere from the north.\r\n\r\n"
    "4\r\n00:00:09,450 --> 00:00:12,000\r\nMy question is about length.\r\n"
)
SRT_BY_CHANGES_TURNS = [
    Turn(Timestamp(0), "Maya", "In this episode we ask whether a show needs", Timestamp(2760)),
    Turn(Timestamp(2760), "Maya", "a trailer, and what goes into one.", Timestamp(6090)),
    Turn(Timestamp(6500), "Jonas Weber", "Hi Maya, Jonas here from the north.", Timestamp(9450)),
    Turn(Timestamp(9450), "Jonas Weber", "My question is about length.", Timestamp(12000)),
]
# Captions without speakers, a formatting tag, a zero-length cue, no trailing blank line.
SRT_PLAIN = """1
00:01:00,000 --> 00:01:02,500
<i>(music)</i>

2
00:01:02,500 --> 00:01:02,500
Welcome back.

3
01:00:00,250 --> 01:00:03,000
We start with news: a new release."""

# WebVTT as the spec's example writes it: voice spans where the speaker changes, a "Name:"
# cue, a header with metadata, a NOTE and a STYLE block, identifiers and cue settings.
VTT_SPEC_STYLE = """WEBVTT
Kind: captions
Language: en

STYLE
::cue { color: yellow }

NOTE written by hand for these tests

intro
00:00:00.179 --> 00:00:02.399 align:start position:10%
<v Travis> When you first get
started in podcasting,

00:00:02.400 --> 00:00:04.799
you will make a few mistakes &amp; that is fine.

00:03:39.360 --> 00:03:42.509
Gilon: So is there an ideal
podcast length?

00:03:42.689 --> 00:03:46.979
Nope.

01:00:00.000 --> 01:00:01.000
<v.loud Travis>Bye!</v>
"""
VTT_SPEC_STYLE_TURNS = [
    Turn(Timestamp(179), "Travis", "When you first get started in podcasting,", Timestamp(2399)),
    Turn(
        Timestamp(2400), "Travis", "you will make a few mistakes & that is fine.", Timestamp(4799)
    ),
    Turn(Timestamp(219_360), "Gilon", "So is there an ideal podcast length?", Timestamp(222_509)),
    Turn(Timestamp(222_689), "Gilon", "Nope.", Timestamp(226_979)),
    Turn(Timestamp(3_600_000), "Travis", "Bye!", Timestamp(3_601_000)),
]
# Automatic captions: inline timestamps and <c> spans around each word.
VTT_WORDS = """WEBVTT

00:00:01.439 --> 00:00:04.000
so<00:00:01.800><c> today</c><00:00:02.200><c> we</c><00:00:02.500><c> talk</c>

00:00:04.000 --> 00:00:06.000
about<00:00:04.400><c> caching</c>
"""

JSON_SPEC_STYLE = """{
  "version": "1.0.0",
  "segments": [
    {"speaker": "Darth", "startTime": 0.5, "endTime": 0.75, "body": "I"},
    {"speaker": "Darth", "startTime": 1, "endTime": 1.25, "body": "am"},
    {"speaker": "Luke", "startTime": 2.75, "endTime": 2.75, "body": "No"},
    {"startTime": 3, "body": "(silence)"},
    {"body": "untimed"}
  ]
}"""

HTML_SPEC_STYLE = """<!DOCTYPE html>
<html><body>
<cite>Kevin:</cite>
<time>0:00</time>
<p>We have an update planned for the artwork of these videos.</p>
<cite>Alban :</cite>
<time>0:09</time>
<p>You are triggering Tom right now.</p>
<p>With a <b>cool</b> feature, too.</p>
</body></html>"""


def test_srt_by_changes_of_speaker() -> None:
    assert list(tx.loads(SRT_BY_CHANGES, "srt")) == SRT_BY_CHANGES_TURNS
    assert list(tx.loads(SRT_BY_CHANGES.encode(), "application/x-subrip")) == SRT_BY_CHANGES_TURNS
    assert list(tx.loads(b"\xef\xbb\xbf" + SRT_BY_CHANGES.encode(), "srt")) == SRT_BY_CHANGES_TURNS


def test_srt_without_speakers() -> None:
    assert list(tx.loads(SRT_PLAIN, "srt")) == [
        Turn(Timestamp(60_000), None, "<i>(music)</i>", Timestamp(62_500)),
        Turn(Timestamp(62_500), None, "Welcome back."),  # zero length: no known end
        Turn(
            Timestamp(3_600_250), None, "We start with news: a new release.", Timestamp(3_603_000)
        ),
    ]


def test_vtt_in_the_spec_style() -> None:
    assert list(tx.loads(VTT_SPEC_STYLE, "text/vtt")) == VTT_SPEC_STYLE_TURNS


def test_vtt_words_with_inline_times() -> None:
    assert [t.text for t in tx.loads(VTT_WORDS, "webvtt")] == ["so today we talk", "about caching"]


def test_json_in_the_spec_style() -> None:
    assert list(tx.loads(JSON_SPEC_STYLE, "application/json")) == [
        Turn(Timestamp(500), "Darth", "I", Timestamp(750)),
        Turn(Timestamp(1000), "Darth", "am", Timestamp(1250)),
        Turn(Timestamp(2750), "Luke", "No"),  # endTime == startTime: no known end
        Turn(Timestamp(3000), None, "(silence)"),
        Turn(None, None, "untimed"),
    ]


def test_html_in_the_spec_style() -> None:
    assert list(tx.loads(HTML_SPEC_STYLE, "text/html")) == [
        Turn(Timestamp(0), "Kevin", "We have an update planned for the artwork of these videos."),
        Turn(Timestamp(9000), "Alban", "You are triggering Tom right now."),
        Turn(None, "Alban", "With a cool feature, too."),
    ]


@pytest.mark.parametrize("text", ["", "   \n", "<!-- nothing -->"])
def test_empty_html_is_an_empty_transcript(text: str) -> None:
    assert tx.loads(text, "html") == Transcript()


def test_empty_files() -> None:
    assert tx.loads("", "srt") == Transcript()
    assert tx.loads("WEBVTT\n", "vtt") == Transcript()
    assert tx.loads('{"segments": []}', "json") == Transcript()


def test_dumps_writes_each_format() -> None:
    transcript = Transcript((
        Turn(Timestamp(0), "Maya", "Hi <there> & welcome.", Timestamp(2500)),
        Turn(Timestamp(2500), None, "Still me."),
        Turn(Timestamp(3_723_450), "Jonas", "Bye."),
    ))  # fmt: skip
    assert tx.dumps(transcript, "srt") == (
        "1\n00:00:00,000 --> 00:00:02,500\nMaya: Hi <there> & welcome.\n\n"
        "2\n00:00:02,500 --> 01:02:03,450\nMaya: Still me.\n\n"
        "3\n01:02:03,450 --> 01:02:04,450\nJonas: Bye.\n"
    )
    assert tx.dumps(transcript, "vtt") == (
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n<v Maya>Hi &lt;there&gt; &amp; welcome.\n\n"
        "00:00:02.500 --> 01:02:03.450\n<v Maya>Still me.\n\n"
        "01:02:03.450 --> 01:02:04.450\n<v Jonas>Bye.\n"
    )
    assert json.loads(tx.dumps(transcript, "json")) == {
        "version": "1.0.0",
        "segments": [
            {"speaker": "Maya", "startTime": 0, "endTime": 2.5, "body": "Hi <there> & welcome."},
            {"startTime": 2.5, "body": "Still me."},
            {"speaker": "Jonas", "startTime": 3723.45, "body": "Bye."},
        ],
    }


# --- what normalize says ----------------------------------------------------------------------


def test_normalize_for_cue_files() -> None:
    transcript = Transcript((
        Turn(Timestamp(9000), "bob smith", "  Last,\nbut  first  "),  # no SRT name: dropped
        Turn(Timestamp(1000), None, "Note: read me"),  # a prefix is a name to a reader
        Turn(Timestamp(5000), "Ana", "   "),  # no words: no cue
        Turn(Timestamp(5000), None, "carried"),
    ))  # fmt: skip
    assert list(tx.normalize(transcript, "srt")) == [
        Turn(Timestamp(9000), None, "Last, but first", Timestamp(10_000)),
        Turn(Timestamp(1000), "Note", "read me", Timestamp(5000)),
        Turn(Timestamp(5000), "Note", "carried", Timestamp(6000)),
    ]
    assert list(tx.normalize(transcript, "vtt")) == [  # sorted by start; any speaker is a voice
        Turn(Timestamp(1000), "Note", "read me", Timestamp(5000)),
        Turn(Timestamp(5000), "Note", "carried", Timestamp(9000)),
        Turn(Timestamp(9000), "bob smith", "Last, but first", Timestamp(10_000)),
    ]
    assert tx.normalize(transcript, "json") == transcript


def test_untimed_turns_cannot_be_cues() -> None:
    transcript = Transcript((Turn(None, "Ana", "Hi"),))
    for fmt in ("srt", "vtt"):
        with pytest.raises(ValueError, match="start time"):
            tx.dumps(transcript, fmt)
    assert tx.loads(tx.dumps(transcript, "json"), "json") == transcript


def test_times_past_what_files_hold() -> None:
    with pytest.raises(ValueError, match="past what"):
        tx.dumps(Transcript((Turn(Timestamp(10**15), "Ana", "Hi"),)), "json")
    last = Transcript((Turn(Timestamp(10**15 - 1), "Ana", "Hi"),))
    assert tx.loads(tx.dumps(last, "srt"), "srt")[0].end == Timestamp(10**15)


@pytest.mark.parametrize("name", ["srt", "SRT", " vtt ", "webvtt", "text/vtt", "json", "html"])
def test_format_names(name: str) -> None:
    assert name.strip().lower() in tx.FORMATS


def test_wrong_arguments() -> None:
    with pytest.raises(ValueError, match="unknown transcript format"):
        tx.loads("", "txt")
    with pytest.raises(UnknownFormatError) as caught:
        tx.loads("", "txt")
    assert isinstance(caught.value, KeyError)
    assert caught.value.known == ("html", "json", "srt", "vtt")
    with pytest.raises(ValueError, match="known: json, srt, vtt"):
        tx.dumps(Transcript(), "html")
    with pytest.raises(TypeError):
        tx.loads(3, "srt")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tx.loads("", 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tx.dumps([Turn(None, None, "x")], "json")  # type: ignore[arg-type]


# --- errors: FormatError with a line and a column ----------------------------------------------

ERRORS = [
    ("srt", "1\n00:00:01,000 -> 00:00:02,000\nHi\n", "time line", 2, 1),
    ("srt", "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:61:00,000 --> 01:00:00,000\nx",
     "below 60", 6, 1),
    ("srt", "1\n00:00:05,000 --> 00:00:02,000\nHi\n", "ends before", 2, 18),
    ("vtt", "WEBVTT\n\n00:00.000 --> 00:61.000\nHi\n", "below 60", 3, 15),
    ("vtt", "WEBVTT\n\n00:05.000 --> 00:01.000\nHi\n", "ends before", 3, 15),
    ("vtt", "WEBVTT\n\nintro\nHi there\n", "cue time line", 4, 1),
    ("vtt", "WEBVTT\n\nintro\n", "cue time line", 3, 1),
    ("vtt", "WEBVTT\n00:00.000 --> 00:01.000\nHi\n", "blank line", 2, 1),
    ("vtt", "1\n00:00:01,000 --> 00:00:02,000\nHi\n", "WEBVTT", 1, 1),
    ("json", '{"segments": [{"body": "a"},\n  {"body": 3}]}', "segment 1", 2, 3),
    ("json", '{"segments": [{"body": "a", "startTime": -1}]}', "out of range", 1, 15),
    ("json", '{"segments": [{"body": "a", "startTime": "0:05"}]}', "number", 1, 15),
    ("json", '{"segments": [{"body": "a", "startTime": NaN}]}', "number", 1, 15),
    ("json", '{"segments": [{"body": "a", "startTime": 1e999999999}]}', "out of range", 1, 15),
    ("json", '{"segments": [{"body": "a", "startTime": 2, "endTime": 1}]}', "before", 1, 15),
    ("json", '{"segments": [{"body": "a", "speaker": 7}]}', "speaker", 1, 15),
    ("json", '{"segments": ["a"]}', "object", 1, 15),
    ("json", '{"x": {"segments": 1}, "segments": [1]}', "object", 1, 37),
    ("json", '{"segments": {}}', "segments", 1, 1),
    ("json", "[1, 2", "not JSON", 1, 6),
    ("json", "[" * 100_000, "nested", 1, 1),
    ("html", "<cite>A</cite>\n<p>x</p>\n<time>soon</time><p>y</p>", "not a time", 3, 1),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "text", "message", "line", "column"), ERRORS)
def test_errors_say_where(fmt: str, text: str, message: str, line: int, column: int) -> None:
    with pytest.raises(FormatError, match=message) as caught:
        tx.loads(text, fmt)
    assert (caught.value.lineno, caught.value.colno) == (line, column)


def test_bytes_that_are_not_utf8() -> None:
    with pytest.raises(FormatError, match="not UTF-8") as caught:
        tx.loads(b"WEBVTT\n\n00:00.000 --> 00:01.000\nCaf\xe9\n", "vtt")
    assert (caught.value.lineno, caught.value.colno) == (4, 4)


# --- the srt library and webvtt-py read what we read, and what we write -----------------------

_NAME = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,3}) ?: +(.*)")


def _spec_reading(cues: list[tuple[int, int, str | None, str]]) -> list[Turn]:
    """The spec's reading of cues (start ms, end ms, voice, words), written out here on its
    own: a voice or a ``Name:`` prefix names the speaker, who speaks on until the next name."""
    speaker = None
    turns = []
    for start, end, voice, written in cues:
        words = " ".join(written.split())
        named = _NAME.fullmatch(words)
        if voice:
            speaker = voice
        elif named:
            speaker, words = named.groups()
        turns.append(
            Turn(Timestamp(start), speaker, words, Timestamp(end) if end > start else None)
        )
    return turns


def _ms(delta: timedelta) -> int:
    return delta // timedelta(milliseconds=1)


def _srt_library(text: str) -> list[Turn]:
    return _spec_reading([(_ms(s.start), _ms(s.end), None, s.content) for s in srt.parse(text)])


def _webvtt_py(text: str) -> list[Turn]:
    captions = webvtt.from_string(text).captions
    cues = [
        (Timestamp.parse(c.start).ms, Timestamp.parse(c.end).ms, c.voice, html.unescape(c.text))
        for c in captions
    ]
    return _spec_reading(cues)


@pytest.mark.parametrize("text", [SRT_BY_CHANGES, SRT_PLAIN.replace("<i>(music)</i>", "music")])
def test_the_srt_library_reads_our_files_as_we_do(text: str) -> None:
    assert _srt_library(text) == list(tx.loads(text, "srt"))


@pytest.mark.parametrize("text", [VTT_SPEC_STYLE, VTT_WORDS])
def test_webvtt_py_reads_our_files_as_we_do(text: str) -> None:
    assert _webvtt_py(text) == list(tx.loads(text, "vtt"))


def _cue_text(turn: Turn) -> str:
    return (f"{turn.speaker}: " if turn.speaker is not None else "") + turn.text


@given(transcripts(timed=True))
def test_the_srt_library_reads_what_we_write(transcript: Transcript) -> None:
    theirs = list(srt.parse(tx.dumps(transcript, "srt")))
    ours = tx.normalize(transcript, "srt")
    assert [(_ms(s.start), _ms(s.end), s.content) for s in theirs] == [
        (t.start.ms, t.end.ms, _cue_text(t)) for t in ours if t.start and t.end
    ]


@given(transcripts(timed=True))
def test_webvtt_py_reads_what_we_write(transcript: Transcript) -> None:
    theirs = webvtt.from_string(tx.dumps(transcript, "vtt")).captions
    ours = tx.normalize(transcript, "vtt")
    assert [c.voice and html.unescape(c.voice) for c in theirs] == [t.speaker for t in ours]
    assert [html.unescape(c.text) for c in theirs] == [t.text for t in ours]
    assert [(c.start, c.end) for c in theirs] == [
        (format(t.start, "hh:mm:ss.mmm"), format(t.end, "hh:mm:ss.mmm")) for t in ours if t.end
    ]


# --- linear time on hostile files ---------------------------------------------------------

HOSTILE = [
    ("srt", "", "1\n"),
    ("srt", "1\n00:00:00,000 --> 00:00:01,000\n", "Ana: "),
    ("srt", "", "00:00:00,000 --> "),
    ("vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n", "<"),
    ("vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n", "<v "),
    ("vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n", "&amp;"),
    ("vtt", "WEBVTT\n\n", "NOTE\n"),
    ("vtt", "WEBVTT\n\n", "00:00.000 --> 00:01.000\nx\n\n"),
    ("json", '{"segments": [', '{"body": "a"},'),
    ("json", '{"segments": [{"body": "', "\\u00e9"),
    ("html", "", "<cite>A:</cite><time>0:01</time><p>x</p>"),
    ("html", "", "<p><"),
]


@pytest.mark.parametrize(("fmt", "prefix", "piece"), HOSTILE)
def test_readers_take_linear_time(fmt: str, prefix: str, piece: str) -> None:
    """Four times the input costs about four times as much; a regex that backtracks over the
    rest of the text at every "<" (as a first reading of WebVTT tags did) costs sixteen."""

    def read(text: str) -> None:
        with contextlib.suppress(FormatError):
            tx.loads(text, fmt)

    assert_linear(lambda n: prefix + piece * (n // len(piece)), read, 10_000)
