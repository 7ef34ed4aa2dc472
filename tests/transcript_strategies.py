"""Hypothesis strategies for transcripts: any turns (for the file formats), and transcripts
written into show notes in each turn shape real notes use (for the notes finder)."""

from __future__ import annotations

import string
from collections.abc import Callable

from hypothesis import strategies as st

from format_strategies import NASTY
from shownotes.timestamps import Timestamp
from shownotes.transcripts import Transcript, Turn

MAX_MS = 10**15  # shownotes.transcripts writes times below this

# --- any transcript, for the file formats -------------------------------------------------

_texts = st.one_of(
    st.text(max_size=30),
    st.lists(st.sampled_from((*NASTY, "Ana:", "Ana: ", "Bo Li:", "note:", "1", "12:03"))).map(
        "".join
    ),
)
_times = st.integers(0, MAX_MS - 1).map(Timestamp)


@st.composite
def turns(draw: st.DrawFn, *, timed: bool = False) -> Turn:
    start = draw(_times if timed else st.none() | _times)
    end = None
    if draw(st.booleans()) and (start is None or start.ms < MAX_MS):
        low = 0 if start is None else start.ms + 1
        end = Timestamp(draw(st.integers(low, MAX_MS)))
    speaker = draw(st.none() | st.sampled_from(("Ana", "Bo Li", "NL", "Speaker 2")) | _texts)
    return Turn(start, speaker, draw(_texts), end)


def transcripts(*, timed: bool = False) -> st.SearchStrategy[Transcript]:
    """Any transcript; ``timed``: every turn has a start (what SRT and WebVTT need)."""
    return st.lists(turns(timed=timed), max_size=8).map(lambda t: Transcript(tuple(t)))


# --- transcripts in show notes ------------------------------------------------------------

_word = st.text(string.ascii_lowercase, min_size=1, max_size=9)
_middle = st.one_of(_word, _word, _word, st.sampled_from(("at 10:30", "42", "1:2", "v1.2", "&")))


@st.composite
def sentences(draw: st.DrawFn, words: int) -> str:
    """A sentence of about ``words`` words, capitalised, ending in a full stop."""
    first = draw(_word).capitalize()
    rest = draw(st.lists(_middle, min_size=words - 1, max_size=words + 6))
    return " ".join([first, *rest]) + draw(st.sampled_from(".?!"))


_topic = st.text(string.ascii_lowercase, min_size=3, max_size=9)
_first = st.text(string.ascii_lowercase, min_size=1, max_size=8).map(str.capitalize)
names = st.one_of(
    st.lists(_first, min_size=1, max_size=3).map(" ".join),
    st.text(string.ascii_uppercase, min_size=1, max_size=3),
    st.integers(1, 9).map(lambda n: f"Speaker {n}"),
)


def _hms(ms: int) -> str:
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}"


def _short(ms: int) -> str:
    if ms >= 3_600_000:
        return f"{ms // 3_600_000}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}"
    return f"{ms // 60_000:02d}:{ms // 1000 % 60:02d}"


def _tenths(ms: int) -> str:
    return f"{ms // 3_600_000}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms // 100 % 10}"


# Each shape: (render(name, time text or None, words) -> head and words, time format, whether
# a turn may have no time, the step of its times in ms). The words go below the head when the
# head has none of them.
Shape = tuple[Callable[[str, str | None, str], str], Callable[[int], str], bool, int]
SHAPES: dict[str, Shape] = {
    # Descript exports (josscast, Software Sessions)
    "descript": (lambda n, t, w: f"[{t}] **{n}:** {w}" if t else f"**{n}:** {w}", _hms, True, 1000),
    # The Podlets
    "podlets": (lambda n, t, w: f"[{t}] {n}: {w}" if t else f"{n}: {w}", _tenths, True, 100),
    # Riverside exports: name and time, the words below
    "riverside": (lambda n, t, w: f"{n} ({t})\n{w}", _short, False, 1000),
    # Otter and Zencastr exports
    "otter": (lambda n, t, w: f"{n} [{t}]\n{w}", _short, False, 1000),
    "bold-time": (lambda n, t, w: f"**{n}** {t}\n{w}", _short, False, 1000),
    # Haskell Interlude (Markdown and HTML)
    "interlude": (lambda n, t, w: f"{n} ({t}): {w}" if t else f"{n}: {w}", _tenths, True, 1000),
    "interlude-html": (
        lambda n, t, w: f"<p><em>{n} ({t})</em>: {w}</p>" if t else f"<p>{n}: {w}</p>",
        _short,
        True,
        1000,
    ),
    # A time alone as a heading, the speaker and the words below
    "time-heading": (lambda n, t, w: f"#### [{t}]\n**{n}:** {w}", _hms, False, 1000),
    # devtools.fm: no times at all
    "devtools": (lambda n, t, w: f"**{n}:** {w}", _hms, True, 1000),
}


@st.composite
def written_transcripts(
    draw: st.DrawFn, shape: str, *, wrapped: str = "none"
) -> tuple[str, list[tuple[int | None, str, str]]]:
    """Show notes holding a transcript in ``shape``, and its turns ``(ms, speaker, words)``.

    ``wrapped``: ``"none"``, ``"heading"`` (under ``## Transcript``) or ``"details"`` (in a
    ``<details>`` whose summary says Transcript). Unwrapped, the turns are what makes a
    transcript by itself: two speakers or more who take turns, each speaking twice or more,
    saying sentences of ten words or more.
    """
    render, stamp, untimed_ok, step = SHAPES[shape]
    who = draw(st.lists(names, min_size=2, max_size=4, unique=True))
    order = [0, 1, 0, 1, *draw(st.lists(st.integers(0, len(who) - 1), max_size=8))]
    if wrapped != "none":
        order = draw(st.lists(st.integers(0, len(who) - 1), min_size=2, max_size=10))
    ms = sorted(draw(st.lists(st.integers(0, 10 * 3_600_000 // step), min_size=len(order),
                              max_size=len(order))))  # fmt: skip
    words = 10 if wrapped == "none" else 1
    found: list[tuple[int | None, str, str]] = []
    parts = []
    for speaker, at in zip(order, ms, strict=True):
        time = None if untimed_ok and (shape == "devtools" or draw(st.booleans())) else at * step
        said = draw(st.lists(sentences(words), min_size=1, max_size=3))
        more = draw(st.lists(sentences(words), max_size=2 if "html" not in shape else 0))
        head = render(who[speaker], None if time is None else stamp(time), " ".join(said))
        parts.append("\n\n".join([head, *more]))
        found.append((time, who[speaker], "\n".join([" ".join(said), *more])))
    body = "\n\n".join(parts) + "\n"
    if wrapped == "heading":
        body = "## Transcript\n\n" + body
    elif wrapped == "details":
        body = "<details>\n<summary>Transcript</summary>\n\n" + body + "\n</details>\n"
    return body, found


@st.composite
def outlines(draw: st.DrawFn) -> tuple[str, list[tuple[int, str]]]:
    """An outline of the episode, as timed topic headings or a timed list, and its entries."""
    count = draw(st.integers(2, 6))
    gaps = draw(st.lists(st.integers(10, 900), min_size=count - 1, max_size=count - 1))
    starts = [0]
    for gap in gaps:
        starts.append(starts[-1] + gap * 1000)
    title = st.builds(lambda a, b: f"{a.capitalize()} {b}", _topic, _topic)
    titles = draw(st.lists(title, min_size=count, max_size=count, unique_by=str.casefold))
    style = draw(st.sampled_from(("headings", "list", "lines")))
    if style == "headings":
        text = "\n\n".join(f"## [{_hms(s)}] {t}" for s, t in zip(starts, titles, strict=True))
    elif style == "list":
        items = "\n".join(f"- [{_hms(s)}] {t}" for s, t in zip(starts, titles, strict=True))
        text = "## Chapters\n\n" + items
    else:
        text = "\n".join(f"[{_hms(s)}] {t}" for s, t in zip(starts, titles, strict=True))
    return text + "\n\n", list(zip(starts, titles, strict=True))
