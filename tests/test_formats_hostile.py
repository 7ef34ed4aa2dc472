"""Hostile input: XML bombs and external entities are refused without expansion or network,
FFMETADATA reads in linear time, and every reader stays fast on 1 MB of adversarial text."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from format_strategies import chapter_lists
from growth import assert_linear
from shownotes import formats
from shownotes.errors import FormatError

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<psc:chapters xmlns:psc="http://podlove.org/simple-chapters" version="1.2">
  <psc:chapter start="00:00:00.000" title="&lol9;"/>
</psc:chapters>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE chapters [ <!ENTITY secret SYSTEM "{target}"> ]>
<psc:chapters xmlns:psc="http://podlove.org/simple-chapters" version="1.2">
  <psc:chapter start="00:00:00.000" title="&secret;"/>
</psc:chapters>"""

# Entities hidden where a naive check would not look: parameter entities, an external DTD
# subset plus an internal one, a UTF-16 document.
SNEAKY = [
    '<!DOCTYPE c [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><c/>',
    '<!DOCTYPE c SYSTEM "http://127.0.0.1:9/c.dtd" [<!ATTLIST c a CDATA "x">]><c/>',
]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the XML reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("name", ["psc", "matroska"])
def test_billion_laughs_is_refused_quickly(name: str, no_network: None) -> None:
    with pytest.raises(FormatError, match="entity declarations are not allowed") as caught:
        formats.get(name).loads(LAUGHS)  # refused before any entity is expanded
    assert caught.value.lineno == 3  # the first entity declaration
    with pytest.raises(FormatError):
        formats.get(name).loads(LAUGHS.encode("utf-16"))


@pytest.mark.parametrize("target", ["file:///etc/passwd", "http://127.0.0.1:9/secret"])
def test_external_entities_are_refused(target: str, no_network: None) -> None:
    with pytest.raises(FormatError, match="not allowed"):
        formats.psc.loads(EXTERNAL.format(target=target))


@pytest.mark.parametrize("text", SNEAKY)
def test_internal_subsets_are_refused(text: str, no_network: None) -> None:
    with pytest.raises(FormatError, match="not allowed"):
        formats.psc.loads(text)


def test_undeclared_entities_are_errors_not_lookups(no_network: None) -> None:
    text = '<psc:chapters xmlns:psc="http://podlove.org/simple-chapters" version="1.2">\n'
    text += '<psc:chapter start="0" title="&ghost;"/></psc:chapters>'
    with pytest.raises(FormatError, match="ghost") as caught:
        formats.psc.loads(text)
    assert caught.value.lineno == 2


@pytest.mark.parametrize(
    "system", ["http://127.0.0.1:9/matroskachapters.dtd", "file:///nonexistent/chapters.dtd"]
)
def test_an_external_dtd_is_not_loaded(system: str, no_network: None) -> None:
    # lxml's collect_ids=False once made it fetch this; a fetch attempt raises here.
    text = f'<!DOCTYPE Chapters SYSTEM "{system}">\n<Chapters><EditionEntry/></Chapters>'
    assert len(formats.matroska.loads(text)) == 0


def _ffmetadata(chapters: int) -> str:
    section = "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART={0}\nEND={1}\ntitle=Chapter \\= {0} \\; more\n"
    body = "".join(section.format(i * 1000, i * 1000 + 999) for i in range(chapters))
    return ";FFMETADATA1\n" + body


def test_ten_megabytes_of_ffmetadata_read_in_linear_time() -> None:
    assert len(_ffmetadata(115_000)) >= 10_000_000
    assert_linear(_ffmetadata, formats.ffmetadata.loads, 11_500, times=10)


# (repeated piece, tail): each reader must scale linearly on these, which a regex that
# backtracks (or a loop that rescans) would not.
HOSTILE = [
    ("1:", ""),
    ("\\", ""),
    ("\\=", ""),
    ("=", ""),
    ("\t", "x"),
    ("<", ""),
    (" <", ">"),
    ("a <b", ">"),
    ("-->", ""),
    (" ", "x"),
    ("\n", ""),
    ("\r", ""),
    ("0", ""),
    ("\n0:00 x", ""),
]
PREFIXES = {
    "ffmetadata": ";FFMETADATA1\n[CHAPTER]\nSTART=0\ntitle=",
    "webvtt": "WEBVTT\n\n00:00.000 --> ",
    "cue": 'FILE "a" WAVE\nTRACK 01 AUDIO\nTITLE ',
    "mp4chaps": "0:00 ",
}


def _payload(piece: str, tail: str, size: int) -> str:
    return piece * (size // len(piece)) + tail


def _linear(call: Callable[[int], object]) -> None:
    """``call`` of 4x the size costs about 4x, not 16x (a FormatError is a result too)."""

    def run(size: int) -> None:
        with contextlib.suppress(FormatError):
            call(size)

    assert_linear(lambda size: size, run, 100_000)


@pytest.mark.parametrize("name", ["mp4chaps", "ffmetadata", "webvtt", "cue"])
@pytest.mark.parametrize(("piece", "tail"), HOSTILE, ids=range(len(HOSTILE)))
def test_readers_are_linear_on_a_megabyte_of_hostile_text(name: str, piece: str, tail: str) -> None:
    fmt = formats.get(name)
    prefix = PREFIXES.get(name, "")
    _linear(lambda size: fmt.loads(prefix + _payload(piece, tail, size)))


@pytest.mark.parametrize(("piece", "tail"), HOSTILE[:9], ids=range(9))
@pytest.mark.parametrize("name", ["podcasting20", "psc", "mp4chaps", "ffmetadata", "webvtt",
                                  "matroska", "cue"])  # fmt: skip
def test_writers_are_linear_on_hostile_titles(name: str, piece: str, tail: str) -> None:
    from shownotes.chapters import Chapter, Chapters
    from shownotes.timestamps import Timestamp

    fmt = formats.get(name)

    def round_trip(size: int) -> object:
        text = _payload(piece, tail, size)
        return fmt.loads(fmt.dumps(Chapters((Chapter(Timestamp(0), text, url=text),))))

    _linear(round_trip)


@pytest.mark.parametrize(
    "item", ['{"startTime": 0}', '{"startTime": "x"}', '{"title": "a"}', "[]", "1"]
)
def test_podcasting20_reader_is_linear_on_a_megabyte_of_items(item: str) -> None:
    # Valid JSON, so that our reader (not json.loads) meets every item, good or bad.
    def call(size: int) -> object:
        items = ",".join([item] * (size // (len(item) + 1)))
        return formats.podcasting20.loads(f'{{"version": "1.2.0", "chapters": [{items}]}}')

    _linear(call)


# --- issue 9: every loads raises only FormatError; every dumps is read back -------------------

_NASTY_TEXT = st.one_of(
    st.text(),
    st.text(st.characters(categories=("Cs", "Cc", "Zl", "Zp", "Nd", "Po"))),  # lone surrogates
    st.builds("".join, st.lists(st.sampled_from(["[", "{", '"a":', "1e999", "-", ","]))),
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),  # deep nesting
    st.sampled_from(
        [
            '{"chapters":[{"startTime":1e306}]}',
            '[{"start-time": 1e308}]',
            '[{"start_time": "99999999999:00:00"}]',
            '{"chapters": [{"start": 1, "time_base": "1/0"}]}',
            '{"content_metadata": {"chapter_info": {"chapters": [{"start_offset_ms": 1e400}]}}}',
            "CHAPTER001=999999999:00:00.000",
            "frame:0 pts:1 pts_time:1e400",
            "\ud800",
            "WEBVTT\n\n99999999:00:00.000 --> 99999999:00:00.000\n",
        ]
    ),
)
_NASTY_DATA = st.one_of(
    _NASTY_TEXT,
    st.binary(max_size=200),
    _NASTY_TEXT.map(lambda text: text.encode("utf-8", "surrogatepass")),
)
_READABLE = [n for n in formats.names() if n != "id3"]


@pytest.mark.parametrize("name", _READABLE)
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=_NASTY_DATA)
def test_loads_raises_only_format_error(name: str, data: str | bytes) -> None:
    fmt = formats.get(name)
    prefix = {"ffmetadata": ";FFMETADATA1\n[CHAPTER]\nSTART=", "webvtt": "WEBVTT\n\n"}.get(name)
    for candidate in (data, prefix + data if prefix and isinstance(data, str) else data):
        with contextlib.suppress(FormatError):
            fmt.loads(candidate)


@pytest.mark.parametrize("name", formats.names())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    chapters=chapter_lists(
        st.text(st.characters(categories=("Cs", "Cc", "L", "Zs", "P", "S")), max_size=8),
        max_size=5,
    ),
    huge=st.sampled_from([None, 10**12, 10**18]),
)
def test_dumps_is_read_back_or_refused(name: str, chapters: object, huge: int | None) -> None:
    from shownotes.chapters import Chapter, Chapters
    from shownotes.timestamps import Timestamp

    if name == "id3":
        pytest.importorskip("mutagen")
    assert isinstance(chapters, Chapters)
    if huge is not None:
        chapters = Chapters((*chapters, Chapter(Timestamp(huge), "far")))
    fmt = formats.get(name)
    try:
        written = fmt.dumps(chapters)
    except FormatError:
        return  # refused, with a reason: allowed
    back = fmt.loads(written)
    if name != "description":  # description text is judged as show notes (≥ 2 chapters)
        assert len(back) == len(fmt.normalize(chapters))
