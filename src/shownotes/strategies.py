"""Hypothesis strategies for timestamps and chapters, for property tests in your own project.

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

from shownotes.chapters import Chapter, Chapters
from shownotes.timestamps import Timestamp

__all__ = ["chapter_lists", "chapters", "timestamps", "titles"]

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
