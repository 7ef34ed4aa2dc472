"""metadata: the Episode derived from front matter, HTML heads and titles."""

from __future__ import annotations

import datetime as dt

import pytest

from growth import assert_linear
from shownotes.errors import Problem
from shownotes.metadata import Episode, episode_from, html_head, parse_date, read_episode
from shownotes.timestamps import Timestamp

UTC = dt.UTC
MINUS_5 = dt.timezone(dt.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            dt.datetime(2020, 1, 22, 23, 30, tzinfo=UTC),
            dt.datetime(2020, 1, 22, 23, 30, tzinfo=UTC),
        ),
        (dt.datetime(2020, 1, 22, 23, 30), dt.datetime(2020, 1, 22, 23, 30, tzinfo=UTC)),
        (dt.date(2024, 9, 8), dt.datetime(2024, 9, 8, tzinfo=UTC)),
        ("2024-09-08", dt.datetime(2024, 9, 8, tzinfo=UTC)),
        ("2014-01-13T12:02:34-08:00", dt.datetime(2014, 1, 13, 20, 2, 34, tzinfo=UTC)),
        ("2023-01-31 14:31:25 -0500", dt.datetime(2023, 1, 31, 14, 31, 25, tzinfo=MINUS_5)),
        ("Tue, 05 May 2015 18:30:20 -0700", dt.datetime(2015, 5, 6, 1, 30, 20, tzinfo=UTC)),
        ("Mon, 02 Jul 2018 13:00:00 GMT", dt.datetime(2018, 7, 2, 13, tzinfo=UTC)),
        (1530536400092, dt.datetime(2018, 7, 2, 13, 0, 0, 92000, tzinfo=UTC)),
        (1530536400, dt.datetime(2018, 7, 2, 13, tzinfo=UTC)),
        ("1530536400092", dt.datetime(2018, 7, 2, 13, 0, 0, 92000, tzinfo=UTC)),
    ],
)
def test_parse_date_gives_aware_datetimes(value: object, expected: dt.datetime) -> None:
    got = parse_date(value)
    assert got == expected
    assert got is not None
    assert got.tzinfo is not None


@pytest.mark.parametrize("value", ["next Tuesday", "", True, None, [2024], 10**30, "2024-13-45"])
def test_parse_date_gives_none_for_what_is_no_date(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("title", "number", "show", "guest"),
    [
        ("Ep. 42: Tiny Databases with Ana Ruiz | The Data Hour", 42, "The Data Hour", "Ana Ruiz"),
        ("Vincent Warm: Calm Code, Data | Learning Stuff #2", 2, "Learning Stuff", "Vincent Warm"),
        ("Episode 13 - The one about caching", 13, None, None),
        ("#108: Shipping faster", 108, None, None),
        ("JS Party #127 | Deno 1.0", 127, "JS Party", None),
        ("Ep13 Tiny", 13, None, None),
        ("A talk with Grace Hopper", None, None, "Grace Hopper"),
        ("Hasty Treat - Domain Management", None, None, None),
        ("Why 2024 was the year of Linux", None, None, None),
        ("Top 10 tips", None, None, None),
    ],
)
def test_title_gives_number_show_and_guest(
    title: str, number: int | None, show: str | None, guest: str | None
) -> None:
    episode = episode_from({"title": title})
    assert episode.title == title
    assert episode.number == number
    assert episode.show == show
    assert episode.guests == ((guest,) if guest else ())


def test_front_matter_fields_win_over_the_title() -> None:
    episode = episode_from(
        {
            "Title": "Ep. 3: Something",
            "episode": "28",
            "show_name": "The Show",
            "guests": [{"name": "Ada"}, {"name": "Grace", "url": "https://x.org"}],
            "hosts": "Tom, Jerry and Spike",
            "podcast_duration": "01:00:58",
            "podcast_file": "https://cdn.example.org/ep3.mp3?src=feed",
            "header_image": "/images/ep3.png",
            "Description": "  A   description. ",
            "season": 2,
        }
    )
    assert episode == Episode(
        title="Ep. 3: Something",
        date=None,
        number=28,
        season=2,
        show="The Show",
        guests=("Ada", "Grace"),
        hosts=("Tom", "Jerry", "Spike"),
        duration=Timestamp(3_658_000),
        description="A description.",
        audio_url="https://cdn.example.org/ep3.mp3?src=feed",
        image="/images/ep3.png",
    )


def test_zola_extra_and_hugo_params_are_read() -> None:
    assert episode_from({"extra": {"episode": 31}}).number == 31
    assert episode_from({"params": {"duration": 90}}).duration == Timestamp(90_000)
    assert episode_from({"episode": 1, "extra": {"episode": 31}}).number == 1


def test_a_page_url_is_not_audio() -> None:
    assert episode_from({"url": "https://example.org/episodes/3/"}).audio_url is None
    assert episode_from({"url": "https://traffic.example.fm/X.mp3"}).audio_url is not None


def test_unreadable_date_is_a_problem() -> None:
    metadata = {"date": "sometime soon"}
    episode, problems = read_episode(metadata)
    assert episode.date is None
    assert [p.code for p in problems] == ["episode-date"]
    assert metadata == {"date": "sometime soon"}
    assert episode_from(metadata) == episode


def test_the_problems_argument_is_deprecated_and_still_filled() -> None:
    problems: list[Problem] = [Problem("earlier", "kept")]
    with pytest.warns(DeprecationWarning, match="read_episode"):
        episode = episode_from({"date": "sometime soon"}, problems)
    assert episode.date is None
    assert [p.code for p in problems] == ["earlier", "episode-date"]


def test_odd_values_are_ignored_not_raised() -> None:
    episode = episode_from(
        {"title": ["not", "text"], "episode": -4, "duration": "forever", "guests": 7, "season": 1.5}
    )
    assert episode == Episode()


def test_html_head_reads_title_and_meta() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title> A &amp; B\n</title>"
        '<meta property="og:title" content="Real &quot;title&quot;">'
        "<meta name='description' content='About it'><meta property='og:image'></head>"
        "<body><meta property='og:title' content='ignored'></body></html>"
    )
    assert html_head(page) == {
        "html:title": "A & B",
        "og:title": 'Real "title"',
        "description": "About it",
    }
    assert episode_from(html_head(page)).title == 'Real "title"'


def test_names_do_not_follow_lists_into_lists() -> None:
    """A YAML alias can make a list that holds itself (``guests: &a [*a]``); nested lists are
    no names at any depth."""
    looped: list[object] = []
    looped.append(looped)
    assert episode_from({"guests": looped, "hosts": [[["Ada"]], "Grace"]}).guests == ()
    assert episode_from({"hosts": [[["Ada"]], "Grace"]}).hosts == ("Grace",)


@pytest.mark.parametrize(
    ("key", "build"),
    [
        # Issue 9: 200 capitalised letters after "with" took 4 s, 400 took 74 s.
        ("title", lambda n: "Talk with " + "A" * n + "!"),
        ("title", lambda n: "Talk with " + "Ab " * n + "!"),
        ("title", lambda n: "Ep. 1" + " " * n + "x"),
        ("date", lambda n: "2024-01-31" + " " * n + "x"),
        ("hosts", lambda n: "Ada" + " " * n + "x"),
    ],
)
def test_title_date_and_name_rules_take_linear_time(key: str, build: object) -> None:
    assert callable(build)
    assert_linear(lambda n: {key: build(n)}, episode_from, 2_000)
