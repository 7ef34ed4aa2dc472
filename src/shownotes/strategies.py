"""Hypothesis strategies for shownotes' values, for property tests in your own project.

Importable only where `Hypothesis <https://hypothesis.readthedocs.io>`_ is installed
(``pip install 'shownotes[hypothesis]'``); nothing else in shownotes imports it.

>>> from hypothesis import given
>>> from shownotes import chapters
>>> @given(chapter_lists())
... def test_round_trip(found):
...     assert chapters.find(chapters.render(found, "dash")) == found
>>> test_round_trip()

Every list :func:`chapter_lists` draws is one :func:`shownotes.chapters.find` reads back
exactly in every style of :data:`shownotes.chapters.STYLES`: starts go up by at least a
second, and titles are words (letters from several scripts, inner punctuation) that no style
could mistake for markup, a time, a URL or a clock word.
"""

from __future__ import annotations

from typing import Final

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - only without the extra
    raise ImportError(
        "shownotes.strategies needs hypothesis: pip install 'shownotes[hypothesis]'"
    ) from exc

import datetime as dt

from shownotes.model.chapters import Chapter, Chapters, Location
from shownotes.model.episode import Enclosure, Episode, Person, Soundbite, TranscriptLink
from shownotes.model.errors import Problem
from shownotes.model.links import ROLES, Link
from shownotes.model.notes import ShowNotes
from shownotes.model.references import Reference
from shownotes.model.sections import Section
from shownotes.model.timestamps import Timestamp
from shownotes.model.transcripts import Transcript, Turn

__all__ = [
    "chapter_lists",
    "chapters",
    "episodes",
    "links",
    "references",
    "show_notes",
    "timestamps",
    "titles",
    "transcripts",
    "turns",
]

_MAX_MS: Final = 100 * 3_600_000  # 100 hours: longer than any episode
_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßçñøåÉÜ日本語한국어ЖДЯжщΩλ"
_INNER: Final = ("", "", "", ",", ".", "!", "?", "'s", "-x", "/y")
# First words that read as part of a time ("0:00 pm", "0:00 h"): not drawn.
_CLOCK_WORDS: Final = frozenset({"am", "pm", "a.m", "p.m", "uhr", "h", "hrs", "to"})


def timestamps(
    *, min_ms: int = 0, max_ms: int = _MAX_MS, whole_seconds: bool = False
) -> st.SearchStrategy[Timestamp]:
    """Timestamps between ``min_ms`` and ``max_ms``; whole seconds only when asked."""
    if whole_seconds:
        return st.integers(-(-min_ms // 1000), max_ms // 1000).map(lambda s: Timestamp(s * 1000))
    return st.integers(min_ms, max_ms).map(Timestamp)


def _word(draw: st.DrawFn, first: bool) -> str:
    word = draw(st.text(_LETTERS, min_size=1, max_size=10))
    if first and word.casefold() in _CLOCK_WORDS:
        word = "x" + word
    if word.casefold().startswith("www"):
        word = "w" + word[3:] if len(word) > 3 else "web"
    return word + draw(st.sampled_from(_INNER))


@st.composite
def titles(draw: st.DrawFn, *, max_words: int = 8) -> str:
    """Chapter titles: 1 to ``max_words`` words, starting with a letter, single-spaced."""
    count = draw(st.integers(1, max_words))
    return " ".join(_word(draw, i == 0) for i in range(count))


_URLS: Final = st.from_regex(r"https://example\.(?:com|org)/[a-z0-9]{1,12}", fullmatch=True)


@st.composite
def chapters(
    draw: st.DrawFn,
    *,
    start: st.SearchStrategy[Timestamp] | None = None,
    urls: bool = False,
) -> Chapter:
    """One :class:`~shownotes.chapters.Chapter` (no ``end``; a ``url`` when ``urls``)."""
    at = draw(start if start is not None else timestamps())
    url = draw(st.none() | _URLS) if urls else None
    return Chapter(at, draw(titles()), url=url)


def chapter_lists(
    *,
    min_size: int = 2,
    max_size: int = 12,
    start_at_zero: bool = True,
    urls: bool = False,
    whole_seconds: bool = False,
) -> st.SearchStrategy[Chapters]:
    """A chapter list as show notes have them: ``min_size`` to ``max_size`` chapters whose
    starts go up by at least a second (the first at 0:00 unless ``start_at_zero=False``; then
    at 52 s past a minute, and the list spans at least its first start, since lists of quarter
    hours, of frame-like fields or of times bunched far in are refused as not chapters)."""
    if min_size < 1 or max_size < min_size:
        raise ValueError(f"need 1 <= min_size <= max_size, got {min_size}, {max_size}")
    return _chapter_lists(
        min_size=min_size,
        max_size=max_size,
        start_at_zero=start_at_zero,
        urls=urls,
        whole_seconds=whole_seconds,
    )


@st.composite
def _chapter_lists(
    draw: st.DrawFn,
    *,
    min_size: int,
    max_size: int,
    start_at_zero: bool,
    urls: bool,
    whole_seconds: bool,
) -> Chapters:
    count = draw(st.integers(min_size, max_size))
    unit = 1000 if whole_seconds else 1
    steps = draw(
        st.lists(
            st.integers(1000 // unit, 3_600_000 // unit), min_size=count - 1, max_size=count - 1
        )
    )
    first = 0
    if not start_at_zero:
        # A late list starts at :52 past a minute: never on a quarter hour (quarter hours only
        # read as clock times) and past :30 (fields below 30 only may be MM:SS:FF frames),
        # both of which find() refuses on purpose.
        extra = 0 if whole_seconds else draw(st.integers(0, 999))
        first = draw(st.integers(0, 10)) * 60_000 + 52_000 + extra
    starts = [first]
    for step in steps:
        starts.append(starts[-1] + step * unit)
    if first and count > 1:
        # Times bunched far into an episode (2:01:09, 2:01:41) read as race results or track
        # lengths, which find() refuses on purpose: a list that starts late spreads out.
        starts = [first, *(ms + first for ms in starts[1:])]
    return Chapters(tuple(draw(chapters(start=st.just(Timestamp(ms)), urls=urls)) for ms in starts))


# Whole values, every field drawn, for serialisation round trips (ShowNotes.to_dict/from_dict):
# any text, not the readable titles above.
_TEXT: Final = st.text(max_size=20)
_OPT_TEXT: Final = st.none() | _TEXT
_ZONES: Final = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
_AWARE: Final = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=_ZONES
)
_JSON: Final = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=8,
)
_KINDS: Final = ("chapters", "references", "platforms", "sponsors", "credits", "transcript")


def episodes() -> st.SearchStrategy[Episode]:
    """:class:`~shownotes.Episode` values with every field drawn (dates timezone-aware)."""
    return st.builds(
        Episode,
        title=_OPT_TEXT,
        date=st.none() | _AWARE,
        number=st.none() | st.integers(0, 10**6),
        season=st.none() | st.integers(0, 100),
        show=_OPT_TEXT,
        guests=st.lists(_TEXT, max_size=3).map(tuple),
        hosts=st.lists(_TEXT, max_size=3).map(tuple),
        duration=st.none() | timestamps(),
        description=_OPT_TEXT,
        audio_url=_OPT_TEXT,
        image=_OPT_TEXT,
        guid=_OPT_TEXT,
        link=_OPT_TEXT,
        enclosure=st.none()
        | st.builds(Enclosure, _TEXT, _OPT_TEXT, st.none() | st.integers(0, 10**12)),
        explicit=st.none() | st.booleans(),
        episode_type=_OPT_TEXT,
        chapters_url=_OPT_TEXT,
        chapters_type=_OPT_TEXT,
        transcripts=st.lists(
            st.builds(TranscriptLink, _TEXT, _OPT_TEXT, _OPT_TEXT, _OPT_TEXT), max_size=2
        ).map(tuple),
        persons=st.lists(
            st.builds(Person, _TEXT, _OPT_TEXT, _OPT_TEXT, _OPT_TEXT, _OPT_TEXT), max_size=2
        ).map(tuple),
        soundbites=st.lists(
            st.builds(Soundbite, timestamps(), timestamps(), _OPT_TEXT), max_size=2
        ).map(tuple),
        location=st.none() | _locations(),
    )


def _locations() -> st.SearchStrategy[Location]:
    return st.builds(Location, _TEXT, _OPT_TEXT, _OPT_TEXT)


def links() -> st.SearchStrategy[Link]:
    """:class:`~shownotes.Link` values with every field drawn (not necessarily consistent
    with their URL: for round trips, not for testing :func:`shownotes.links.classify`)."""
    return st.builds(
        Link,
        url=_TEXT,
        text=_OPT_TEXT,
        platform=_OPT_TEXT,
        kind=_OPT_TEXT,
        id=_OPT_TEXT,
        normalized=_OPT_TEXT,
        time=st.none() | timestamps(),
        ids=st.lists(st.tuples(_TEXT, _TEXT), max_size=2).map(tuple),
        variant=_OPT_TEXT,
        role=st.none() | st.sampled_from(ROLES),
    )


def references() -> st.SearchStrategy[Reference]:
    """:class:`~shownotes.Reference` values."""
    return st.builds(Reference, _TEXT, _OPT_TEXT, _OPT_TEXT)


@st.composite
def _any_chapter(draw: st.DrawFn) -> Chapter:
    start = draw(timestamps())
    end = draw(st.none() | timestamps(min_ms=start.ms + 1, max_ms=start.ms + 10**8))
    location = draw(st.none() | _locations())
    return Chapter(
        start, draw(_TEXT), end, draw(_OPT_TEXT), draw(_OPT_TEXT), draw(st.booleans()), location
    )


def show_notes(
    metadata: st.SearchStrategy[dict[str, object]] | None = None,
) -> st.SearchStrategy[ShowNotes]:
    """:class:`~shownotes.ShowNotes` values with every field drawn; ``metadata`` is a dict of
    JSON values unless another strategy is given (front matter may also hold dates).

    >>> from hypothesis import given
    >>> @given(show_notes())
    ... def test_to_dict_round_trip(notes):
    ...     assert ShowNotes.from_dict(notes.to_dict()) == notes
    >>> test_to_dict_round_trip()
    """
    sections = st.builds(
        Section,
        heading=_TEXT,
        kind=st.sampled_from((*_KINDS, "other")),
        level=st.integers(1, 7),
        start=st.integers(0, 1000),
        end=st.integers(0, 1000),
        span=st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)),
    )
    problems = st.builds(
        Problem,
        code=_TEXT,
        message=_TEXT,
        span=st.none() | st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)),
        line=st.none() | st.integers(1, 10**6),
        column=st.none() | st.integers(1, 10**6),
    )
    return st.builds(
        ShowNotes,
        metadata=metadata if metadata is not None else st.dictionaries(_TEXT, _JSON, max_size=4),
        episode=episodes(),
        chapters=st.lists(_any_chapter(), max_size=4).map(lambda cs: Chapters(tuple(cs))),
        references=st.lists(references(), max_size=3).map(tuple),
        links=st.lists(links(), max_size=3).map(tuple),
        problems=st.lists(problems, max_size=2).map(tuple),
        sections=st.lists(sections, max_size=2).map(tuple),
        platforms=st.lists(links(), max_size=2).map(tuple),
        transcript=st.none() | transcripts(),
    )


@st.composite
def turns(draw: st.DrawFn, *, timed: bool = False) -> Turn:
    """:class:`~shownotes.Turn` values: any text, a speaker or none, a start (always when
    ``timed``: what SRT and WebVTT need) and sometimes an end after it."""
    start = draw(timestamps() if timed else st.none() | timestamps())
    end = None
    if draw(st.booleans()):
        low = 0 if start is None else start.ms + 1
        end = Timestamp(draw(st.integers(low, low + 10**8)))
    return Turn(start, draw(_OPT_TEXT), draw(_TEXT), end)


def transcripts(*, timed: bool = False) -> st.SearchStrategy[Transcript]:
    """:class:`~shownotes.Transcript` values of up to 8 :func:`turns`."""
    return st.lists(turns(timed=timed), max_size=8).map(lambda t: Transcript(tuple(t)))
