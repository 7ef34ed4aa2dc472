"""Hypothesis strategies for whole ShowNotes values (for the serialisation round trips)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from shownotes.chapters import Chapter, Chapters, Location
from shownotes.errors import Problem
from shownotes.links import Link
from shownotes.metadata import Episode
from shownotes.notes import ShowNotes
from shownotes.references import Reference
from shownotes.sections import Section
from shownotes.timestamps import Timestamp

text = st.text(max_size=20)
opt_text = st.none() | text
stamps = st.integers(0, 10**10).map(Timestamp)
aware = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.timezones()
)
fixed_aware = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),
    max_value=dt.datetime(2200, 1, 1),
    timezones=st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
)


@st.composite
def chapter_values(draw: st.DrawFn) -> Chapter:
    start = draw(stamps)
    end = draw(st.none() | st.integers(start.ms + 1, start.ms + 10**8).map(Timestamp))
    location = draw(st.none() | st.builds(Location, text, opt_text, opt_text))
    return Chapter(
        start, draw(text), end, draw(opt_text), draw(opt_text), draw(st.booleans()), location
    )


json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)

episodes = st.builds(
    Episode,
    title=opt_text,
    date=st.none() | fixed_aware,
    number=st.none() | st.integers(0, 10**6),
    season=st.none() | st.integers(0, 100),
    show=opt_text,
    guests=st.lists(text, max_size=3).map(tuple),
    hosts=st.lists(text, max_size=3).map(tuple),
    duration=st.none() | stamps,
    description=opt_text,
    audio_url=opt_text,
    image=opt_text,
)
links = st.builds(
    Link,
    url=text,
    text=opt_text,
    platform=opt_text,
    kind=opt_text,
    id=opt_text,
    normalized=opt_text,
    time=st.none() | stamps,
    ids=st.lists(st.tuples(text, text), max_size=2).map(tuple),
    variant=opt_text,
)
sections = st.builds(
    Section,
    heading=text,
    kind=st.sampled_from(
        ["chapters", "references", "platforms", "sponsors", "credits", "transcript", "other"]
    ),
    level=st.integers(1, 7),
    start=st.integers(0, 1000),
    end=st.integers(0, 1000),
    span=st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)),
)
problems = st.builds(
    Problem,
    code=text,
    message=text,
    span=st.none() | st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)),
    line=st.none() | st.integers(1, 10**6),
    column=st.none() | st.integers(1, 10**6),
)


def show_notes(
    metadata: st.SearchStrategy[dict[str, object]] | None = None,
) -> st.SearchStrategy[ShowNotes]:
    """ShowNotes with every field generated; ``metadata`` JSON values by default."""
    return st.builds(
        ShowNotes,
        metadata=metadata
        if metadata is not None
        else st.dictionaries(text, json_values, max_size=4),
        episode=episodes,
        chapters=st.lists(chapter_values(), max_size=4).map(lambda cs: Chapters(tuple(cs))),
        references=st.lists(st.builds(Reference, text, opt_text, opt_text), max_size=3).map(tuple),
        links=st.lists(links, max_size=3).map(tuple),
        problems=st.lists(problems, max_size=2).map(tuple),
        sections=st.lists(sections, max_size=2).map(tuple),
        platforms=st.lists(links, max_size=2).map(tuple),
    )
