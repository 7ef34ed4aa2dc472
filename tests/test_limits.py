"""Every limit in docs/limits.md, each tested at its edge: the last value taken and the first
one refused (or what happens past it). A row of the table and a test here change together;
``test_every_row_of_the_table_has_a_test`` checks the page names each test below.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import shownotes
from shownotes import Chapter, Chapters, FormatError, Timestamp, TimestampError, formats, links
from shownotes.formats._common import MAX_MS
from shownotes.links import urls
from shownotes.links.hosts import MAX_PATH
from shownotes.timestamps import MAX_SECONDS, from_value

LIMITS_PAGE = Path(__file__).resolve().parents[1] / "docs" / "limits.md"


def _two(ms: int) -> Chapters:
    return Chapters((Chapter(Timestamp(0), "a"), Chapter(Timestamp(ms), "b")))


def test_limit_time_range() -> None:
    assert Timestamp.from_seconds(MAX_SECONDS).ms == MAX_SECONDS * 1000
    with pytest.raises(TimestampError, match="at most"):
        Timestamp.from_seconds(MAX_SECONDS + 1)
    assert Timestamp.parse(f"{MAX_SECONDS}").ms == MAX_SECONDS * 1000
    with pytest.raises(TimestampError, match="past the latest time"):
        Timestamp.parse(f"{MAX_SECONDS + 1}")
    assert from_value(MAX_SECONDS) is not None
    assert from_value(MAX_SECONDS + 1) is None
    stated = shownotes.parse(f"---\nduration: {MAX_SECONDS + 1}\n---\n")
    assert stated.episode.duration is None
    assert shownotes.parse(f"---\nduration: {MAX_SECONDS}\n---\n").episode.duration is not None


def test_limit_time_text_length() -> None:
    assert Timestamp.parse(" " * 40 + "1:00:00" + " " * 17).ms == 3_600_000  # 64 characters
    with pytest.raises(TimestampError, match="too long"):
        Timestamp.parse(" " * 41 + "1:00:00" + " " * 17)


@pytest.mark.parametrize("name", [n for n in formats.names() if n not in {"id3", "vorbis"}])
def test_limit_chapter_file_times(name: str) -> None:
    fmt = formats.get(name)
    if name == "cue":  # a CD sheet stops at 99:59:74; the long form is mkvmerge's
        data = formats.cue.dumps(_two(MAX_MS), cd=False)
        assert formats.cue.loads(data) == formats.cue.normalize(_two(MAX_MS))
    elif name in {"edl", "description"}:  # before 24:00:00; the chapter grammar's 999 hours
        latest = 24 * 3_600_000 - 40 if name == "edl" else 1000 * 3_600_000 - 1
        assert fmt.loads(fmt.dumps(_two(latest))) == fmt.normalize(_two(latest))
        with pytest.raises(FormatError):
            fmt.dumps(_two(latest + 40))
        return
    else:
        assert fmt.loads(fmt.dumps(_two(MAX_MS))) == fmt.normalize(_two(MAX_MS))
    with pytest.raises(FormatError):
        fmt.dumps(_two(MAX_MS + 1))


def test_limit_id3_times() -> None:
    assert formats.id3.loads(formats.id3.dumps(_two(formats.id3.MAX_MS)))[1].start.ms == (
        formats.id3.MAX_MS
    )
    with pytest.raises(FormatError, match=r"49\.7 days"):
        formats.id3.dumps(_two(formats.id3.MAX_MS + 1))


def test_limit_vorbis_chapters() -> None:
    most = Chapters(tuple(Chapter(Timestamp(i * 1000), "x") for i in range(999)))
    assert len(formats.vorbis.loads(formats.vorbis.dumps(most))) == 999
    with pytest.raises(FormatError, match="999"):
        formats.vorbis.dumps(Chapters((*most, Chapter(Timestamp(999_000), "x"))))


def test_limit_cd_cue_sheet() -> None:
    tracks = Chapters(tuple(Chapter(Timestamp(i * 1000), "x") for i in range(99)))
    assert len(formats.cue.loads(formats.cue.dumps(tracks))) == 99
    with pytest.raises(FormatError, match="99 tracks"):
        formats.cue.dumps(Chapters((*tracks, Chapter(Timestamp(99_000), "x"))))


def _audible(depth: int) -> str:
    node: dict[str, object] = {"length_ms": 1000, "start_offset_ms": 0, "title": "x"}
    top = node
    for _ in range(depth - 1):
        child: dict[str, object] = {"length_ms": 1000, "start_offset_ms": 0, "title": "x"}
        node["chapters"] = [child]
        node = child
    return json.dumps({"content_metadata": {"chapter_info": {"chapters": [top]}}})


def test_limit_audible_nesting() -> None:
    assert formats.audible.loads(_audible(33))
    with pytest.raises(FormatError, match="nested deeper than 32"):
        formats.audible.loads(_audible(34))


def test_limit_url_length() -> None:
    video = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&x="
    longest = video + "a" * (urls.MAX_URL - len(video))
    assert links.classify(longest).platform == "youtube"
    past = links.classify(longest + "a")
    assert (past.url, past.platform, past.normalized) == (longest + "a", None, None)


def test_limit_url_path_length() -> None:
    base = "https://github.com/python-attrs/attrs/"
    assert links.classify(base + "a" * (MAX_PATH - len("/python-attrs/attrs/"))).id
    assert links.classify(base + "a" * (MAX_PATH + 1)).id is None


def _nested(value: object, depth: int) -> object:
    for _ in range(depth):
        value = [value]
    return value


def test_limit_front_matter_links() -> None:
    url = "https://youtu.be/dQw4w9WgXcQ"
    assert len(links.from_metadata({"x": _nested(url, 11)})) == 1  # depth 12 from the top
    assert links.from_metadata({"x": _nested(url, 12)}) == ()
    many = {"x": [f"https://a.example/{i}" for i in range(20_000)]}
    assert len(links.from_metadata(many)) == 10_000 - 2  # the mapping and the list count too


def test_limit_front_matter_json_chapters() -> None:
    def inline(size: int) -> str:
        chapters = [{"startTime": 0, "title": "a"}, {"startTime": 9, "title": "b"}]
        bare = json.dumps({"chapters": chapters, "pad": ""})
        return json.dumps({"chapters": chapters, "pad": "x" * (size - len(bare))})

    assert len(inline(2_000_000)) == 2_000_000
    assert (
        len(shownotes.parse(f"---\npodcast_chapters: '{inline(2_000_000)}'\n---\n").chapters) == 2
    )
    past = shownotes.parse(f"---\npodcast_chapters: '{inline(2_000_001)}'\n---\n")
    assert len(past.chapters) == 0


def test_limit_format_sniffing() -> None:
    # ";FFMETADATA" (11 characters) ends at character 4,096, then at 4,097.
    assert formats.guess("\n" * 4085 + ";FFMETADATA1\n") == "ffmetadata"
    assert formats.guess("\n" * 4086 + ";FFMETADATA1\n") == "description"


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("x: " + "[" * 1001 + "]" * 1001, "nesting depth"),  # YAML
        ("duration: " + "9" * 4301, "digits"),  # Python's int-digits limit
    ],
)
def test_limit_front_matter_yaml(front_matter: str, message: str) -> None:
    notes = shownotes.parse(f"---\n{front_matter}\n---\nHello\n")
    assert notes.metadata == {}
    assert [p.code for p in notes.problems] == ["front-matter"]
    assert message in notes.problems[0].message
    with pytest.raises(shownotes.FrontMatterError):
        shownotes.parse(f"---\n{front_matter}\n---\nHello\n", strict=True)


def test_limit_yaml_aliases() -> None:
    bomb = "---\nx:\n  - &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"  - &{b} [{', '.join([f'*{a}'] * 10)}]\n" for a, b in zip("abc", "bcd", strict=True)
    )  # 10,000 strings through aliases
    assert [p.code for p in shownotes.parse(bomb + "---\n").problems] == ["front-matter"]


_NESTED = {
    "yaml": lambda n: "---\nx: " + "[" * n + "]" * n + "\n---\n",
    "toml": lambda n: "+++\nx = " + "[" * n + "]" * n + "\n+++\n",
    "json": lambda n: '{\n"x": ' + "[" * n + "]" * n + "\n}\n",
}


@pytest.mark.parametrize("kind", sorted(_NESTED))
def test_limit_front_matter_nesting_fits_json_and_pickle(kind: str) -> None:
    import pickle

    from shownotes.read.frontmatter import MAX_DEPTH

    edge = shownotes.parse(_NESTED[kind](MAX_DEPTH - 1))  # the mapping is the first level
    assert edge.problems == ()
    assert edge.metadata
    json.loads(edge.to_json())
    pickle.dumps(edge)
    past = shownotes.parse(_NESTED[kind](MAX_DEPTH))
    assert [p.message for p in past.problems] == [
        f"{kind.upper()} front matter nests deeper than {MAX_DEPTH} levels"
    ]
    json.loads(past.to_json())
    pickle.dumps(past)


def test_limit_front_matter_nesting_is_the_same_at_any_stack_depth() -> None:
    # Deep enough that the TOML loader runs out of stack: the answer must not depend on how
    # deep the caller already was (hypothesis found parse and parse_file disagreeing).
    text = _NESTED["toml"](993)

    def nested(levels: int) -> tuple[shownotes.Problem, ...]:
        return nested(levels - 1) if levels else shownotes.parse(text).problems

    assert nested(0) == nested(600) == shownotes.parse(text).problems
    assert "nests deeper than" in nested(600)[0].message


def test_limit_html_nesting() -> None:
    inner = "0:00 Intro<br>2:05 Talk<br>3:00 End"
    notes = shownotes.parse(f"<html><body>{'<div>' * 300}{inner}{'</div>' * 300}</body></html>")
    assert len(notes.chapters) == 3 or notes.problems


def test_every_row_of_the_table_has_a_test() -> None:
    page = LIMITS_PAGE.read_text("utf-8")
    named = set(re.findall(r"`(test_limit_\w+)`", page))
    defined = {name for name in globals() if name.startswith("test_limit_")}
    assert named == defined
