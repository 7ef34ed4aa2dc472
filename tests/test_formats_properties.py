"""Round trips of every chapter format: loads(dumps(c)) is exactly normalize(c), normalize is
idempotent (so a normalized list round-trips exactly), and going through any format into any
other and back keeps starts and titles within the formats' precision."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from format_strategies import chapter_lists, description_urls, friendly_titles, plain_urls
from shownotes import formats
from shownotes.chapters import STYLES, Chapters
from shownotes.timestamps import Timestamp


def _available(name: str) -> bool:
    if name != "id3":
        return True
    try:
        import mutagen  # noqa: F401
    except ImportError:  # the id3 extra is not installed
        return False
    return True


NAMES = tuple(name for name in formats.names() if _available(name))
FILE_FORMATS = tuple(name for name in NAMES if name != "description")
# Largest start error one format's rounding adds, in ms (CUE: half a 1/75 s frame, then to ms).
TOLERANCE = dict.fromkeys(formats.names(), 0) | {"cue": 7}
TOLERANCE |= {"edl": 20}  # half a frame at 25 fps
# Formats that keep no titles (scene lists), and the latest time a format with a shorter range
# than the 99,999 hours of the others holds (EDL timecodes: a day; Vorbis: two-digit hours).
TITLELESS = frozenset({"pyscenedetect", "scenecut", "ffscenes"})
LIMIT = {"edl": 24 * 3_600_000, "vorbis": 100 * 3_600_000}
# Options that let a format write every list the strategies draw (CUE past a CD's 99 minutes).
OPTIONS: dict[str, dict[str, object]] = {"cue": {"cd": False}}


def _dumps(name: str, chapters: Chapters) -> str | bytes:
    return formats.get(name).dumps(chapters, **OPTIONS.get(name, {}))  # type: ignore[call-arg]


@pytest.mark.parametrize("name", FILE_FORMATS)
@given(data=st.data())
def test_loads_dumps_is_normalize(name: str, data: st.DataObject) -> None:
    chapters = data.draw(chapter_lists(max_ms=LIMIT.get(name)))
    fmt = formats.get(name)
    expected = fmt.normalize(chapters)
    assert fmt.loads(_dumps(name, chapters)) == expected
    assert fmt.normalize(expected) == expected
    assert fmt.loads(_dumps(name, expected)) == expected


@given(chapters=chapter_lists())
def test_podcasting20_keeps_everything(chapters: Chapters) -> None:
    fmt = formats.get("podcasting20")
    assert fmt.loads(fmt.dumps(chapters)) == chapters


# Description text is read the way show notes are: realistic lists (from 0:00, chapters at
# least 10 s apart, as YouTube asks) so that chapters.find() judges them as chapter lists.
@pytest.mark.parametrize("style", STYLES)
@given(
    chapters=chapter_lists(
        friendly_titles,
        min_size=2,
        min_gap=10_000,
        urls=description_urls,
        rich=False,
        from_zero=True,
    )
)
def test_description_round_trip(style: str, chapters: Chapters) -> None:
    fmt = formats.get("description")
    expected = fmt.normalize(chapters, style)
    assert fmt.loads(fmt.dumps(chapters, style)) == expected


@given(
    chapters=chapter_lists(
        friendly_titles,
        min_size=2,
        min_gap=10_000,
        urls=plain_urls,
        from_zero=True,
        max_ms=min(LIMIT.values()),
    ),
    first=st.sampled_from(NAMES),
    second=st.sampled_from(NAMES),
)
def test_any_format_to_any_other_and_back(chapters: Chapters, first: str, second: str) -> None:
    a, b = formats.get(first), formats.get(second)
    through_a = a.loads(_dumps(first, chapters))
    through_b = b.loads(_dumps(second, through_a))
    back = a.loads(_dumps(first, through_b))
    assert len(back) == len(chapters)
    # CUE rounds to a frame once: normalize is idempotent (the nearest frame stays put).
    limit = max(TOLERANCE[first], TOLERANCE[second])
    for original, final in zip(chapters, back, strict=True):
        assert abs(final.start.ms - original.start.ms) <= limit
        if not TITLELESS & {first, second}:
            assert final.title == original.title  # friendly titles pass every other format


@pytest.mark.parametrize("name", [n for n in ("ffmetadata", "webvtt", "id3") if n in NAMES])
@given(chapters=chapter_lists(min_size=1), extra=st.integers(1, 10_000_000))
def test_duration_ends_the_last_chapter(name: str, chapters: Chapters, extra: int) -> None:
    fmt = formats.get(name)
    duration = Timestamp(max(c.start.ms for c in chapters) + extra)
    expected = fmt.normalize(chapters, duration=duration)  # type: ignore[call-arg]
    assert fmt.loads(fmt.dumps(chapters, duration=duration)) == expected  # type: ignore[call-arg]
    last = chapters[-1]
    assert expected[-1].end == (last.end if last.end is not None else duration)


# Plain description text is plain: "<", ">", "&" and "*" in a title are characters there, as
# YouTube shows them (issue: "0:46 Q&A <now>" lost its "<now>" as if it were HTML).
_PLAIN_WORDS = st.sampled_from(["Q&A", "<now>", "a > b", "**bold**", "x*y", "&amp;", "<b>", "Tea"])
plain_titles = st.lists(_PLAIN_WORDS, min_size=1, max_size=4).map(
    lambda words: " ".join(["Part", *words, "end"])
)


@pytest.mark.parametrize("style", ["plain", "dash", "padded", "bracketed", "parenthesised"])
@given(
    chapters=chapter_lists(
        plain_titles, min_size=2, min_gap=10_000, urls=plain_urls, rich=False, from_zero=True
    )
)
def test_description_keeps_markup_characters_in_titles(style: str, chapters: Chapters) -> None:
    fmt = formats.get("description")
    assert fmt.loads(fmt.dumps(chapters, style)) == fmt.normalize(chapters, style)
