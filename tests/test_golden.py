"""Golden tests: show notes written for this project in each style the real corpus shows.

The expectations were written by hand from the documents (not from shownotes' output), following
the corpus's labelling rules: chapters once each with exact titles; references are entries of
reference lists, not the show's own platform links, sponsors, credits, navigation or prose links.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import shownotes
from shownotes import Timestamp

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
UTC = dt.UTC


def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


# name -> (path, episode fields, chapters as (seconds, title), references as (title, url, note))
# A note of ... means "not asserted".
CASES: dict[str, tuple[Path, dict[str, Any], list[tuple[float, str]], list[tuple[Any, ...]]]] = {
    "jekyll-yaml": (
        ROOT / "examples" / "episode-42.md",
        {
            "title": "Ep. 42: Tiny Databases with Ana Ruiz | The Data Hour",
            "number": 42,
            "show": "The Data Hour",
            "guests": ("Ana Ruiz",),
            "date": dt.datetime(2024, 3, 5, 9, 30, tzinfo=tz(-5)),
            "duration": Timestamp(3_490_000),
        },
        [
            (0, "Welcome and introductions"),
            (135, "How Ana got into storage engines"),
            (700, "Why SQLite keeps winning"),
            (1625, "Local-first: sync, conflicts & CRDTs"),
            (2670, "Testing a database with fuzzers"),
            (3312, "Picks and wrap-up"),
        ],
        [
            ("SQLite", "https://www.sqlite.org/", "the most deployed database engine"),
            (
                "Designing Data-Intensive Applications",
                "https://dataintensive.net/",
                "Martin Kleppmann",
            ),
            (
                "Local-first software",
                "https://www.inkandswitch.com/local-first/",
                "Ink & Switch essay",
            ),
            ("Automerge", "https://github.com/automerge/automerge", None),
            ("Fuzzing SQLite with libFuzzer", "https://arxiv.org/abs/2101.00001", None),
            ("The Art of PostgreSQL", "https://theartofpostgresql.com/", ...),
            ("Host: a good pair of headphones", None, None),
        ],
    ),
    "zola-toml": (
        GOLDEN / "zola-toml.md",
        {
            "title": "Building a Rust Game Engine with Lena Fischer",
            "number": 31,
            "guests": ("Lena Fischer",),
            "date": dt.datetime(2022, 11, 14, 18, tzinfo=UTC),
            "duration": Timestamp(3_852_000),
            "audio_url": "https://audio.example.org/rustcast/rustcast-e031.mp3",
        },
        [
            (0, "Intro"),
            (92, "Lena's background in C++ engines"),
            (587, "What an ECS buys you"),
            (1385, "Hot reloading game code"),
            (2478, "Shipping on consoles"),
            (3520, "Where to find Lena"),
        ],
        [
            ("bevy", "https://bevyengine.org/", None),
            (
                "Overwatch Gameplay Architecture and Netcode",
                "https://www.youtube.com/watch?v=W3aieHjyNvw",
                None,
            ),
        ],
    ),
    "hugo-toml": (
        GOLDEN / "hugo-toml.md",
        {
            "title": "On-Call Without Burnout",
            "number": 57,
            "date": dt.datetime(2019, 4, 2, 10, 15, tzinfo=tz(-4)),
            "guests": ("pmehta", "tbrooks"),
            "description": "Priya and Tom on making on-call humane.",
        },
        [],
        [
            (
                "What is on-call?",
                "https://www.pagerduty.com/resources/learn/what-is-on-call/",
                None,
            ),
            (
                "Increment: On-Call issue",
                "https://increment.com/on-call/",
                "the whole issue is worth it",
            ),
            (
                "Seeking SRE",
                "https://www.oreilly.com/library/view/seeking-sre/9781491978856/",
                None,
            ),
            (
                "The Phoenix Project",
                "https://www.goodreads.com/book/show/27213329-the-phoenix-project",
                ...,
            ),
            ("Tom: Cast-iron pans", None, None),
        ],
    ),
    "hugo-json": (
        GOLDEN / "hugo-json.md",
        {
            "title": "Kernel Panic at the Disco",
            "number": 118,
            "show": "Linux Hour",
            "hosts": ("chris", "wes"),
            "duration": Timestamp(4_360_000),
            "audio_url": "https://media.example.fm/lh/lh-0118.mp3",
            "date": dt.datetime(2021, 8, 17, 19, tzinfo=tz(-7)),
        },
        [],
        [
            (
                "EEVDF scheduler merged",
                "https://lwn.net/Articles/925371/",
                "the long road to a new scheduler",
            ),
            (
                "kdump documentation",
                "https://www.kernel.org/doc/html/latest/admin-guide/kdump/kdump.html",
                None,
            ),
            (
                "Scheduler benchmarks",
                "https://www.phoronix.com/review/linux-eevdf-benchmarks",
                None,
            ),
        ],
    ),
    "mdx": (
        GOLDEN / "devtools.mdx",
        {
            "title": "Mara Okafor - Build Systems, Caches, and Remote Execution",
            "date": dt.datetime(2024, 2, 20, tzinfo=UTC),
        },
        [
            (12, "Introduction"),
            (220, "What a build graph is"),
            (845, "Content-addressed caches"),
            (1791, "Remote execution in practice"),
            (2850, "When caching makes things slower"),
            (3302, "Wrap up"),
        ],
        [
            ("https://github.com/maraokafor", "https://github.com/maraokafor", None),
            ("https://buildcache.example.dev/", "https://buildcache.example.dev/", None),
        ],
    ),
    "html-page": (
        GOLDEN / "page.html",
        {
            "title": "Type Classes in Practice",
            "description": "Jun Park on type classes, laws and coherence.",
        },
        [
            (0, "Welcome"),
            (192, "How Jun found Haskell"),
            (1065, "Laws, and why they matter"),
            (2300, "Orphan instances & coherence"),
        ],
        [
            ("Typeclassopedia", "https://wiki.haskell.org/Typeclassopedia", None),
            (
                "Type classes: an exploration of the design space",
                "https://arxiv.org/abs/1512.01895",
                ...,
            ),
        ],
    ),
    "markdown-then-html": (
        GOLDEN / "summary-then-html.markdown",
        {
            "number": 9,
            "show": "Learning Out Loud",
            "guests": ("Priya Nair",),
            "date": dt.datetime(2023, 9, 12, 8, tzinfo=tz(-4)),
        },
        [
            (0, "Introduction"),
            (271, "What makes evaluation hard"),
            (1142, "Benchmarks versus real users"),
        ],
        [
            ("HELM", "https://crfm.stanford.edu/helm/", None),
            (
                "Holistic Evaluation of Language Models",
                "https://arxiv.org/abs/2211.09110",
                None,
            ),
        ],
    ),
    "youtube-description": (
        GOLDEN / "youtube.txt",
        {"title": None, "date": None},
        [
            (0, "Intro"),
            (42, "Opening the case"),
            (195, "Replacing the belts"),
            (598, "Cleaning the heads"),
            (860, "Calibrating the speed"),
            (1127, "First playback!"),
        ],
        [
            ("Belt kit", "https://parts.example.com/belts/cd-70?ref=yt", ...),
            ("Contact cleaner", "https://parts.example.com/cleaner", ...),
        ],
    ),
}


@pytest.fixture(params=sorted(CASES), name="case")
def _case(request: pytest.FixtureRequest) -> tuple[str, shownotes.ShowNotes]:
    name = request.param
    return name, shownotes.parse_file(CASES[name][0])


def test_episode(case: tuple[str, shownotes.ShowNotes]) -> None:
    name, notes = case
    expected = CASES[name][1]
    assert {field: getattr(notes.episode, field) for field in expected} == expected


def test_chapters(case: tuple[str, shownotes.ShowNotes]) -> None:
    name, notes = case
    expected = CASES[name][2]
    assert [(c.start.seconds, c.title) for c in notes.chapters] == [
        (float(s), t) for s, t in expected
    ]


def test_references(case: tuple[str, shownotes.ShowNotes]) -> None:
    name, notes = case
    expected = CASES[name][3]
    got = [(r.title, r.url, r.note) for r in notes.references]
    assert [(t, u) for t, u, _ in got] == [(t, u) for t, u, _ in expected]
    for (_, _, note), (_, _, want) in zip(got, expected, strict=True):
        if want is not ...:  # ... marks a note this test leaves open
            assert note == want


def test_no_problems(case: tuple[str, shownotes.ShowNotes]) -> None:
    _, notes = case
    assert notes.problems == ()


def test_platform_links_are_not_references() -> None:
    notes = shownotes.parse_file(ROOT / "examples" / "episode-42.md")
    platforms = {(link.platform, link.kind) for link in notes.platforms}
    assert {("spotify", "show"), ("apple_podcasts", "show"), ("youtube", "video")} <= platforms
    reference_urls = {r.url for r in notes.references}
    assert not reference_urls & {link.url for link in notes.platforms}
