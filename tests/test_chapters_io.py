"""shownotes.chapters beyond find: values, front matter, parse(), render and validate."""

from __future__ import annotations

import json
import pickle
import re

import pytest
from hypothesis import assume, given

import shownotes
from chapter_examples import DEFAULT
from shownotes import chapters
from shownotes.chapters import Chapter, Chapters, Location
from shownotes.errors import FormatError
from shownotes.formats import podcasting20
from shownotes.strategies import chapter_lists
from shownotes.timestamps import Timestamp


def pairs(found: Chapters) -> tuple[tuple[float, str], ...]:
    return tuple((c.start.seconds, c.title) for c in found)


def ch(seconds: float, title: str, **kw: object) -> Chapter:
    return Chapter(Timestamp.from_seconds(seconds), title, **kw)  # type: ignore[arg-type]


def test_chapters_value_behaviour() -> None:
    found = Chapters((ch(0, "a"), ch(60, "b"), ch(90, "c")))
    assert found[1] == ch(60, "b")
    assert found[1:] == Chapters((ch(60, "b"), ch(90, "c")))
    assert list(found) == [ch(0, "a"), ch(60, "b"), ch(90, "c")]
    assert pickle.loads(pickle.dumps(found)) == found
    ended = found.with_ends(Timestamp(120_000))
    assert [str(c.end) for c in ended] == ["1:00", "1:30", "2:00"]
    assert found.with_ends()[-1].end is None
    assert found.with_ends(Timestamp(60_000))[-1].end is None


def test_chapter_refuses_an_end_before_its_start() -> None:
    with pytest.raises(ValueError, match="must be after its start"):
        Chapter(Timestamp(5_000), "x", end=Timestamp(5_000))


def test_merge_keeps_the_first_and_adds_what_is_new() -> None:
    first = Chapters((ch(0, "Opening"), ch(60, "Coffee")))
    second = Chapters((ch(60.4, "coffee!"), ch(120, "Mail")))
    assert [c.title for c in chapters.merge(first, second)] == ["Opening", "Coffee", "Mail"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "A"}, {"startTime": 65.92,
                                                                             "title": "B"}]},
            ((0.0, "A"), (65.92, "B")),
        ),
        ('{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "A"}]}', ((0.0, "A"),)),
        (
            [{"start": "1:35", "title": "A"}, {"start": 120, "title": "B"}],
            ((95.0, "A"), (120.0, "B")),
        ),
        ("0:00 A\n1:35 B\n", ((0.0, "A"), (95.0, "B"))),
        (None, ()),
        ("", ()),
        ("{not json", ()),
        (42, ()),
    ],
    ids=["p20-inline", "p20-json-text", "list", "text", "null", "empty", "bad-json", "number"],
)  # fmt: skip
def test_front_matter_chapters(value: object, expected: tuple[tuple[float, str], ...]) -> None:
    assert pairs(chapters.from_metadata({"podcast_chapters": value})) == expected


def test_front_matter_chapter_fields() -> None:
    meta = {
        "chapters": [
            {"startTime": 0, "endTime": 30, "title": " A ", "url": "https://e.org", "img": "i.png",
             "toc": False},
            {"start_time": 40, "end": 10, "name": "B", "url": "", "toc": None},
            {"time": -5, "title": "bad start"},
            {"start": "1:75", "title": "bad time"},
            {"start": 1, "title": ""},
            "not a mapping",
            {"start": True, "title": "bool"},
        ]
    }  # fmt: skip
    found = chapters.from_metadata(meta)
    assert list(found) == [
        Chapter(Timestamp(0), "A", Timestamp(30_000), "https://e.org", "i.png", toc=False),
        Chapter(Timestamp(40_000), "B"),
    ]
    assert [p.message for p in found.problems] == [
        f"chapter {n} of chapters has no start or title" for n in (3, 4, 5, 6, 7)
    ]


def test_from_metadata_keeps_a_podcasting20_location() -> None:
    meta = {
        "podcast_chapters": {
            "version": "1.2.0",
            "chapters": [
                {"startTime": 0, "title": "Paris",
                 "location": {"name": "Paris", "geo": "geo:48.8,2.3"}},
                {"startTime": 60, "title": "Nowhere", "location": {"geo": "geo:0,0"}},
                {"startTime": 90, "title": "Odd", "location": "Lyon"},
            ],
        }
    }  # fmt: skip
    assert [c.location for c in chapters.from_metadata(meta)] == [
        Location("Paris", "geo:48.8,2.3"),
        None,  # a location needs a name
        None,  # and is an object
    ]


def test_from_metadata_refuses_non_mappings() -> None:
    with pytest.raises(TypeError, match="takes a mapping"):
        chapters.from_metadata([])  # type: ignore[arg-type]


def test_parse_reads_front_matter_chapters_first_and_each_once() -> None:
    text = (
        '---\ntitle: Beans\npodcast_chapters:\n  version: "1.2.0"\n  chapters:\n'
        "    - {startTime: 0, title: Opening}\n    - {startTime: 95, title: Coffee news}\n"
        "---\n0:00 Opening\n1:35 Coffee news\n1:05:05 Listener mail\n"
    )
    notes = shownotes.parse(text)
    assert pairs(notes.chapters) == DEFAULT


def test_parse_bounds_chapters_by_the_duration() -> None:
    notes = shownotes.parse("0:00 a\n1:00 b\n2:00 c\n", duration=100)
    assert notes.chapters == Chapters()
    assert [p.code for p in notes.problems] == ["chapter-duration"]


def test_parse_copies_chapter_problems() -> None:
    notes = shownotes.parse("0:00 a\n5:00 b\n3:00 c\n9:00 d\n")
    assert [p.code for p in notes.problems] == ["chapter-order"]


def test_render_styles_are_listed_and_unknown_ones_refused() -> None:
    assert len(chapters.STYLES) >= 8
    assert {"plain", "dash", "bracketed", "parenthesised", "title-first", "markdown-link",
            "html-p", "html-li"} <= set(chapters.STYLES)  # fmt: skip
    with pytest.raises(ValueError, match="unknown chapter style 'x'"):
        chapters.render([], "x")
    with pytest.raises(ValueError, match="unknown chapter style"):
        chapters.render([], None)  # type: ignore[arg-type]


def test_render_writes_each_style() -> None:
    found = Chapters((ch(0, "A & B", end=Timestamp(95_000), url="https://e.org/x"),
                      ch(95, "C")))  # fmt: skip
    assert {style: chapters.render(found, style) for style in chapters.STYLES} == {
        "plain": "0:00 A & B <https://e.org/x>\n1:35 C",
        "dash": "0:00 - A & B <https://e.org/x>\n1:35 - C",
        "padded": "00:00:00 A & B <https://e.org/x>\n00:01:35 C",
        "bracketed": "[0:00] A & B <https://e.org/x>\n[1:35] C",
        "parenthesised": "(0:00) A & B <https://e.org/x>\n(1:35) C",
        "range": "0:00 \u2013 1:35 A & B <https://e.org/x>\n1:35 C",
        "title-first": "A & B <https://e.org/x> - 0:00\nC - 1:35",
        "markdown-link": "- [0:00](#t=0:00) A & B <https://e.org/x>\n- [1:35](#t=1:35) C",
        "html-p": '<p>0:00 A &amp; B <a href="https://e.org/x">https://e.org/x</a></p>\n'
        "<p>1:35 C</p>",
        "html-li": '<ul>\n<li>0:00 A &amp; B <a href="https://e.org/x">https://e.org/x</a></li>\n'
        "<li>1:35 C</li>\n</ul>",
    }


@pytest.mark.parametrize(
    ("starts", "platform", "codes"),
    [
        ((0, 60, 120), "youtube", []),
        ((0, 5, 120), "youtube", ["chapter-short"]),
        ((3, 60), "youtube", ["chapter-count", "chapter-first"]),
        ((0, 60, 60), "youtube", ["chapter-order"]),
        ((0, 5, 9), "spotify", []),
        ((1, 5), "apple", ["chapter-count", "chapter-first"]),
        ((), "apple", ["chapter-count"]),
    ],
)
def test_validate_against_platform_rules(
    starts: tuple[int, ...], platform: str, codes: list[str]
) -> None:
    found = [ch(s, f"t{i}") for i, s in enumerate(starts)]
    assert [p.code for p in chapters.validate(found, platform)] == codes


def test_validate_refuses_unknown_platforms() -> None:
    with pytest.raises(ValueError, match="unknown platform 'myspace'"):
        chapters.validate([], "myspace")
    assert set(chapters.PLATFORMS) == {"youtube", "spotify", "apple"}


def test_front_matter_keys_are_tried_in_turn() -> None:
    meta = {
        "podcast_chapters": [],
        "chapters": [{"start": [1], "title": "x"}, {"start": 5, "title": "y"}],
    }
    found = chapters.from_metadata(meta)
    assert pairs(found) == ((5.0, "y"),)
    assert len(found.problems) == 1
    assert chapters.from_metadata({"chapters": "no chapters here"}) == Chapters()


def test_merge_treats_starts_less_than_a_second_apart_as_the_same() -> None:
    first = Chapters((ch(65.92, "News"),))
    second = Chapters((ch(66, "news"), ch(66.92, "News"), ch(120, "More")))
    assert [str(c.start) for c in chapters.merge(first, second)] == ["1:05.920", "1:06.920", "2:00"]


@given(chapter_lists(urls=True))
def test_a_chapters_file_inline_in_front_matter_reads_the_same(found: Chapters) -> None:
    """One reading of a Podcasting 2.0 item: the file's reader and the front matter's agree
    on every document the writer makes (front matter strips titles, so they are drawn bare)."""
    assume(all(c.title and c.title == c.title.strip() for c in found))
    document = json.loads(podcasting20.dumps(found))
    assert chapters.from_metadata({"podcast_chapters": document}) == podcasting20.loads(
        json.dumps(document)
    )


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"title": "x"}, "chapters[0] has no startTime"),
        ({"startTime": "soon"}, "chapters[0].startTime is not a number: 'soon'"),
        ({"startTime": 1, "toc": "no"}, "chapters[0].toc must be true or false, not 'no'"),
        ({"startTime": 1, "img": 3}, "chapters[0].img must be a string, not int"),
        ({"startTime": 5, "endTime": 1}, "chapters[0]: chapter ends (0:01) before it starts"),
        ({"startTime": 1, "location": {"geo": "geo:0,0"}}, "chapters[0].location has no name"),
    ],
)
def test_what_a_file_refuses_front_matter_leaves_out(item: dict[str, object], message: str) -> None:
    with pytest.raises(FormatError, match=re.escape(message)):
        podcasting20.loads(json.dumps({"chapters": [item]}))
    lenient = chapters.from_metadata({"podcast_chapters": {"chapters": [{**item, "title": "x"}]}})
    if "startTime" in item and item["startTime"] != "soon":
        assert [c.title for c in lenient] == ["x"]  # the bad field is left out, not the chapter
    else:
        assert list(lenient) == []
        assert [p.code for p in lenient.problems] == ["front-matter-chapters"]
