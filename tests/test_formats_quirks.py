"""Real files' quirks read leniently, and the limits writers keep (issues 9 and 11): files
written here in the styles real tools write (never copied), and the real ones in ../shared
when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from shownotes import formats
from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError, TimestampError
from shownotes.timestamps import MAX_SECONDS, Timestamp, from_value

T = Timestamp
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "cases" / "chapter_files"


def _shared(path: str) -> bytes:
    file = SHARED / path
    if not file.is_file():
        pytest.skip(f"{file} is not here (the shared cases live outside the project)")
    return file.read_bytes()


# --- lenient reading --------------------------------------------------------------------------


def test_webvtt_times_without_milliseconds() -> None:
    text = "WEBVTT\n\n00:00 --> 00:24\nOpening\n\n00:24 --> 01:02:14\nThe long part\n"
    assert formats.webvtt.loads(text) == Chapters(
        (Chapter(T(0), "Opening", T(24_000)), Chapter(T(24_000), "The long part", T(3_734_000)))
    )


def test_matroska_bare_nanoseconds_and_chapstring() -> None:
    text = (
        "<Chapters><EditionEntry><ChapterAtom><ChapterTimeStart>6202000000</ChapterTimeStart>"
        "<ChapterTimeEnd>131761499999.6</ChapterTimeEnd>"
        "<ChapterDisplay><ChapString>Old name</ChapString></ChapterDisplay></ChapterAtom>"
        "</EditionEntry></Chapters>"
    )
    assert formats.matroska.loads(text) == Chapters((Chapter(T(6202), "Old name", T(131_761)),))


def test_cue_in_windows_1251_is_decoded() -> None:
    title = "Песня о лётчике"  # noqa: RUF001 - Cyrillic on purpose
    sheet = 'TITLE "Пять песен"\r\nFILE "Side A.flac" WAVE\r\n  TRACK 01 AUDIO\r\n'
    sheet += f'    TITLE "{title}"\r\n    INDEX 01 00:00:00\r\n'
    assert formats.cue.loads(sheet.encode("cp1251"))[0].title == title
    latin = 'FILE "a.wav" WAVE\n  TRACK 01 AUDIO\n    TITLE "Café Größe"\n    INDEX 01 00:00:00\n'
    assert formats.cue.loads(latin.encode("cp1252"))[0].title == "Café Größe"


MULTI = (
    'FILE "side a.wav" WAVE\n  TRACK 01 AUDIO\n    TITLE "One"\n    INDEX 01 00:00:00\n'
    '  TRACK 02 AUDIO\n    TITLE "Two"\n    INDEX 00 04:50:00\n    INDEX 01 04:55:06\n'
    'FILE "side b.wav" WAVE\n  TRACK 03 AUDIO\n    TITLE "Three"\n    INDEX 01 00:00:00\n'
    'FILE "side c.wav" WAVE\n  TRACK 04 AUDIO\n    TITLE "Four"\n    INDEX 00 00:00:00\n'
)


def test_cue_several_files_are_one_timeline_with_their_lengths() -> None:
    lengths = [T(400_000), T(100_000)]
    assert formats.cue.loads(MULTI, lengths=lengths) == Chapters(
        (
            Chapter(T(0), "One"),
            Chapter(T(295_080), "Two"),
            Chapter(T(400_000), "Three"),
            Chapter(T(500_000), "Four"),  # only INDEX 00: the track starts there (libcue)
        )
    )
    with pytest.raises(FormatError, match="several FILEs") as caught:
        formats.cue.loads(MULTI)
    assert caught.value.lineno == 9
    with pytest.raises(FormatError, match="lengths gives 1"):
        formats.cue.loads(MULTI, lengths=[T(400_000)])
    with pytest.raises(TypeError):
        formats.cue.loads(MULTI, lengths=[400])  # type: ignore[list-item]


def test_psc_inside_a_feed_that_is_not_well_formed() -> None:
    # As the Podlove spec's embedding example is published: <rss> opened, </feed> closed.
    feed = (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Ep</title>\n'
        '<psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">\n'
        '  <psc:chapter start="0" title="Welcome"/>\n'
        '  <psc:chapter start="3:07" title="Podlove" href="https://podlove.org/"/>\n'
        "</psc:chapters></item></channel></feed>"
    )
    assert formats.psc.loads(feed) == Chapters(
        (Chapter(T(0), "Welcome"), Chapter(T(187_000), "Podlove", url="https://podlove.org/"))
    )
    # Broken outside and in: the first error is the one reported.
    with pytest.raises(FormatError, match="line 1"):
        formats.psc.loads("<rss><psc:chapters><psc:chapter start='0'></rss>")
    # A DTD stays refused even when the fallback could read the element alone.
    with pytest.raises(FormatError, match="not allowed"):
        formats.psc.loads('<!DOCTYPE r [<!ENTITY e "x">]><rss><chapters/></feed>')


@pytest.mark.parametrize(
    ("path", "count"),
    [
        ("webvtt/vidstack-chapters.vtt", 5),
        ("matroska/mtillmann-matroska.xml", 5),
        ("psc/podlove-spec-embedding-example.xml", 4),
    ],
)
def test_real_files_with_quirks(path: str, count: int) -> None:
    name = path.split("/", maxsplit=1)[0]
    assert len(formats.get(name).loads(_shared(path))) == count


def test_real_cue_sheets_in_cp1251_and_with_several_files() -> None:
    sheet = _shared("cue/deflacue-vys2.cue")
    with pytest.raises(FormatError, match="several FILEs"):
        formats.cue.loads(sheet)
    chapters = formats.cue.loads(sheet, lengths=[T(400_000)])
    assert [c.start.ms for c in chapters][2] == 400_000
    assert all(not set(c.title) & set("ÂÑÏÿ") for c in chapters)  # no cp1252 mojibake
    assert any("Песня" in c.title for c in chapters)


# --- writers keep to what readers take ---------------------------------------------------------


def test_cue_keeps_to_a_cds_limits_unless_told() -> None:
    long = Chapters((Chapter(T(0), "a"), Chapter(T(6_089_000), "b")))
    with pytest.raises(FormatError, match=r"cd=False"):
        formats.cue.dumps(long)
    text = formats.cue.dumps(long, cd=False)
    assert "INDEX 01 101:29:00" in text
    many = Chapters(tuple(Chapter(T(i * 1000), f"c{i}") for i in range(100)))
    with pytest.raises(FormatError, match="99 tracks"):
        formats.cue.dumps(many)
    assert "TRACK 100 AUDIO" in formats.cue.dumps(many, cd=False)
    edge = Chapters((Chapter(T(5_999_986), "last frame of a CD"),))  # 99:59:74
    assert "INDEX 01 99:59:74" in formats.cue.dumps(edge)


@pytest.mark.parametrize(
    "name", ["mp4chaps", "cue", "webvtt", "matroska", "psc", "ffmetadata", "podcasting20"]
)
def test_writers_refuse_times_their_readers_reject(name: str) -> None:
    late = Chapters((Chapter(T(10**15), "far"),))
    with pytest.raises(FormatError, match="holds times up to"):
        formats.get(name).dumps(late)
    fmt = formats.get(name)
    options = {"cd": False} if name == "cue" else {}
    edge = Chapters((Chapter(T(formats._common.MAX_MS), "edge"),))
    assert len(fmt.loads(fmt.dumps(edge, **options))) == 1  # type: ignore[call-arg]


def test_mp4chaps_never_writes_an_empty_title() -> None:
    chapters = Chapters((Chapter(T(0), ""), Chapter(T(5000), " \n ")))
    assert formats.mp4chaps.dumps(chapters) == "00:00:00.000 Chapter 1\n00:00:05.000 Chapter 2\n"


def test_ffmetadata_writes_chapters_in_order() -> None:
    chapters = Chapters((Chapter(T(5000), "b"), Chapter(T(0), "a"), Chapter(T(5000), "c")))
    assert [c.title for c in formats.ffmetadata.loads(formats.ffmetadata.dumps(chapters))] == [
        "a",
        "b",
        "c",
    ]


def test_webvtt_cue_identifiers() -> None:
    chapters = Chapters((Chapter(T(0), "Intro"), Chapter(T(1000), "Two")))
    text = formats.webvtt.dumps(chapters, ids=True)
    assert text.split("\n\n")[1] == "1\n00:00:00.000 --> 00:00:01.000\nIntro"
    assert formats.webvtt.loads(text) == formats.webvtt.normalize(chapters)


# --- issue 9: totality ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("psc", "\ud800"),
        ("matroska", "<Chapters><EditionEntry>\ud800</EditionEntry></Chapters>"),
        ("podcasting20", '{"chapters":[{"startTime":1e306}]}'),
        ("podcasting20", '{"chapters":[{"startTime":"1e300"}]}'),
        ("ffmetadata", ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=0/1\nSTART=5\n"),
        ("ffmetadata", ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=-1/1000\nSTART=5\n"),
    ],
)
def test_reported_inputs_give_format_errors(name: str, data: str) -> None:
    with pytest.raises(FormatError):
        formats.get(name).loads(data)


def test_id3_writes_a_title_with_a_lone_surrogate() -> None:
    pytest.importorskip("mutagen")
    chapters = Chapters((Chapter(T(0), "a\ud800b", url="https://e.org/\udcff"),))
    back = formats.id3.loads(formats.id3.dumps(chapters))
    assert back == formats.id3.normalize(chapters)
    assert back[0].title == "a\ufffdb"


def test_id3_normalize_is_idempotent_on_unsorted_input() -> None:
    pytest.importorskip("mutagen")
    unsorted = Chapters((Chapter(T(5000), "b"), Chapter(T(0), "a")))
    once = formats.id3.normalize(unsorted)
    assert formats.id3.normalize(once) == once
    assert once[0].end == T(5000)


def test_seconds_have_a_documented_bound() -> None:
    assert Timestamp.from_seconds(MAX_SECONDS).ms == MAX_SECONDS * 1000
    with pytest.raises(TimestampError, match="at most"):
        Timestamp.from_seconds(1e306)
    assert from_value(1e306) is None
    assert from_value(float(MAX_SECONDS)) == T(MAX_SECONDS * 1000)
