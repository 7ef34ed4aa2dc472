"""shownotes.feeds on feeds written for these tests: every field, both feed kinds, bad XML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import shownotes
from shownotes import feeds
from shownotes.errors import FeedError
from shownotes.feeds import Enclosure, Person, Soundbite, TranscriptLink
from shownotes.timestamps import Timestamp

HERE = Path(__file__).parent / "feeds"
TEA = HERE / "tea-time.xml"
ATOM = HERE / "channel-atom.xml"


@pytest.fixture(scope="module")
def tea() -> feeds.Feed:
    return feeds.parse(TEA)


def test_channel_fields(tea: feeds.Feed) -> None:
    assert (tea.kind, tea.title, tea.link, tea.language) == (
        "rss",
        "Tea Time",
        "https://teatime.example/",
        "en-gb",
    )
    assert tea.author == "Ada Brew"
    assert tea.image == "https://teatime.example/cover.jpg"
    assert tea.categories == ("Arts", "Arts/Food")
    assert tea.explicit is False  # "clean"
    assert tea.guid == "5a1c7f1e-0000-5000-8000-7ea7ea7ea7ea"
    assert tea.locked is True
    assert tea.persons == (Person("Ada Brew", "host", None, "https://teatime.example/ada"),)
    assert [f.url for f in tea.funding] == ["https://www.patreon.com/teatime"]
    assert {(link.platform, link.kind) for link in tea.links} >= {
        ("patreon", "profile"),
        ("youtube", "channel"),
    }
    assert tea.problems == ()


def test_item_metadata(tea: feeds.Feed) -> None:
    ep = tea.items[0].episode
    assert (ep.title, ep.number, ep.season, ep.show) == (
        "Ep. 3: Oolong with Grace Leaf",
        3,
        1,
        "Tea Time",
    )
    assert ep.date == dt.datetime(2024, 3, 5, 8, tzinfo=dt.UTC)
    assert ep.duration == Timestamp.parse("1:02:03")
    assert ep.guid == "tt-3"
    assert ep.link == "https://teatime.example/3"
    assert ep.enclosure == Enclosure("https://cdn.teatime.example/tt3.mp3", "audio/mpeg", 31415926)
    assert ep.audio_url == "https://cdn.teatime.example/tt3.mp3"
    assert (ep.explicit, ep.episode_type) == (False, "full")
    assert (ep.chapters_url, ep.chapters_type) == (
        "https://teatime.example/3/chapters.json",
        "application/json+chapters",
    )
    assert ep.transcripts == (
        TranscriptLink("https://teatime.example/3/transcript.vtt", "text/vtt", "en", "captions"),
        TranscriptLink("https://teatime.example/3/transcript.srt", "application/x-subrip"),
    )
    assert ep.persons == (
        Person(
            "Grace Leaf", "guest", None, "https://grace.example/", "https://grace.example/me.jpg"
        ),
    )
    assert ep.guests == ("Grace Leaf",)
    assert ep.soundbites == (Soundbite(Timestamp(612_500), Timestamp(45_000), "The oolong moment"),)
    assert ep.location == shownotes.chapters.Location("Taipei", "geo:25.03,121.56", "R1293250")


def test_notes_come_from_the_richest_field(tea: feeds.Feed) -> None:
    first, second, third = tea.items
    assert [(str(c.start), c.title) for c in first.chapters] == [
        ("0:00", "Hello"),
        ("10:00", "Oolong"),
        ("55:00", "Goodbye"),
    ]
    assert [r.url for r in first.references] == [
        "https://en.wikipedia.org/wiki/Oolong",
        "https://tea.example/kettle",
    ]
    # Escaped HTML in <description> is read as HTML, not as text with tags in it.
    assert [r.title for r in second.references] == ["Sencha on Wikipedia"]
    assert [r.url for r in third.references] == ["https://en.wikipedia.org/wiki/Assam_tea"]


def test_inline_psc_chapters_are_the_items_chapters(tea: feeds.Feed) -> None:
    chapters = tea.items[1].chapters
    assert [(c.start.ms, c.title) for c in chapters] == [
        (0, "Hello"),
        (300_000, "Sencha"),
        (2_400_500, "Goodbye"),
    ]
    assert chapters[1].url == "https://en.wikipedia.org/wiki/Sencha"


def test_guid_falls_back_to_enclosure_then_a_hash() -> None:
    body = "<title>T</title><pubDate>Mon, 01 Jan 2024 00:00:00 +0000</pubDate>"
    feed = feeds.parse(
        "<rss><channel>"
        f'<item>{body}<enclosure url="https://a.example/1.mp3" type="audio/mpeg"/></item>'
        f"<item>{body}</item><item>{body}</item><item><title>U</title></item>"
        "</channel></rss>"
    )
    guids = [n.episode.guid for n in feed.items]
    assert guids[0] == "https://a.example/1.mp3"
    assert guids[1] == guids[2]  # stable: the same title and date give the same id
    assert guids[1].startswith("sha256:")
    assert len(guids[1]) == len("sha256:") + 32
    assert guids[3] != guids[1]


@pytest.mark.parametrize(
    ("written", "seconds"),
    [
        ("3723", 3723),
        ("3723.5", 3723.5),
        ("62:03", 3723),
        ("1:02:03", 3723),
        ("01:02:03", 3723),
        (" 01:02:03.000 ", 3723),
        ("45 min", 2700),
        ("1:02:03 (approx.)", 3723),
        ("00:00:00", 0),
    ],
)
def test_itunes_duration_in_any_written_form(written: str, seconds: float) -> None:
    feed = feeds.parse(
        f"<rss><channel><item><itunes:duration>{written}</itunes:duration></item></channel></rss>"
    )
    assert feed.items[0].episode.duration == Timestamp.from_seconds(seconds)


def test_an_unreadable_duration_is_a_problem_on_its_item() -> None:
    feed = feeds.parse(
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        "<item><itunes:duration>soon</itunes:duration></item></channel></rss>"
    )
    (problem,) = feed.items[0].problems
    assert problem.code == "item-duration"
    assert problem.line == 1
    assert feed.items[0].episode.duration is None


@pytest.mark.parametrize(
    "uri",
    [
        "https://podcastindex.org/namespace/1.0",
        "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
        "http://podcastindex.org/namespace/1.0",
    ],
)
def test_podcast_namespace_by_uri_family(uri: str) -> None:
    feed = feeds.parse(
        f'<rss xmlns:p2="{uri}"><channel><item>'
        '<p2:chapters url="https://x.example/c.json" type="application/json+chapters"/>'
        "</item></channel></rss>"
    )
    assert feed.items[0].episode.chapters_url == "https://x.example/c.json"


def test_undeclared_itunes_prefix_is_recovered() -> None:
    feed = feeds.parse(
        "<rss><channel><title>No declarations</title><item><title>One</title>"
        "<itunes:duration>10:00</itunes:duration><itunes:episode>4</itunes:episode>"
        "</item></channel></rss>"
    )
    assert [p.code for p in feed.problems] == ["feed-recovered"]
    assert "itunes" in feed.problems[0].message
    assert (feed.items[0].episode.duration, feed.items[0].episode.number) == (
        Timestamp(600_000),
        4,
    )


def test_broken_xml_is_recovered_item_by_item() -> None:
    feed = feeds.parse(
        b"<rss><channel><title>Broken</title>"
        b"<item><title>One</title></item>"
        b"<item><title>Two &amp; &nbsp; more</title></item>"
        b"<item><title>Three</title></channel></rss>"
    )
    assert [n.episode.title for n in feed.items] == ["One", "Two & more", "Three"]
    assert feed.problems[0].code == "feed-recovered"
    assert feed.problems[0].line == 1


def test_a_declaration_after_blank_lines_is_recovered() -> None:
    feed = feeds.parse(b'\n\n<?xml version="1.0"?><rss><channel><item/></channel></rss>')
    assert len(feed.items) == 1
    assert feed.problems[0].code == "feed-recovered"


def test_a_wrong_declared_encoding_is_decoded_again() -> None:
    text = '<?xml version="1.0" encoding="UTF-8"?><rss><channel><title>Sèries</title>'
    text += "<item><title>Cinéma</title></item></channel></rss>"
    feed = feeds.parse(text.encode("latin-1"))
    assert feed.title == "Sèries"
    assert feed.items[0].episode.title == "Cinéma"
    assert [p.code for p in feed.problems] == ["feed-encoding"]


def test_a_declared_latin1_feed_is_read_as_declared() -> None:
    text = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Sèries</title>'
    text += "<item><title>Cinéma</title></item></channel></rss>"
    feed = feeds.parse(text.encode("latin-1"))
    assert (feed.title, feed.problems) == ("Sèries", ())
    # The same feed as text: its declaration no longer says how it is encoded.
    assert feeds.parse(text).items[0].episode.title == "Cinéma"


def test_atom_youtube_channel_feed() -> None:
    feed = feeds.parse(ATOM)
    assert (feed.kind, feed.title, feed.author) == ("atom", "Tea Time Videos", "Tea Time Videos")
    first, second = feed.items
    ep = first.episode
    assert ep.guid == "yt:video:AbCdEfGhIjK"
    assert ep.link == "https://www.youtube.com/watch?v=AbCdEfGhIjK"
    assert ep.date == dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
    assert ep.image == "https://i2.ytimg.com/vi/AbCdEfGhIjK/hqdefault.jpg"
    assert ep.enclosure is None  # YouTube's Flash player is no episode file
    assert [c.title for c in first.chapters] == [
        "Intro",
        "Water temperature",
        "Steeping",
        "Tasting",
    ]
    assert second.episode.title == "Matcha in five minutes"
    assert second.chapters == shownotes.Chapters()


def test_iter_items_and_raw_items_agree_with_parse(tea: feeds.Feed) -> None:
    assert list(feeds.iter_items(TEA)) == list(tea.items)
    raw = list(feeds.iter_raw_items(TEA.read_bytes()))
    assert [item.episode.guid for item in raw] == [n.episode.guid for n in tea.items]
    assert [item.notes_field for item in raw] == [
        "content:encoded",
        "description",
        "itunes:summary",
    ]


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"not xml at all", b"<html><body>a page</body></html>", b"\x00\x01\x02"],
)
def test_nothing_readable_is_a_feed_error(data: bytes) -> None:
    with pytest.raises(FeedError):
        feeds.parse(data)


def test_feed_error_is_a_parse_error() -> None:
    assert issubclass(FeedError, shownotes.ParseError)


def test_missing_file_is_a_feed_error(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="no such feed file"):
        feeds.parse(tmp_path / "absent.xml")


def test_wrong_argument_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        feeds.parse(42)  # type: ignore[arg-type]


def test_is_feed() -> None:
    assert feeds.is_feed(TEA.read_bytes()[:2000])
    assert feeds.is_feed(ATOM.read_bytes()[:2000])
    assert feeds.is_feed(b"<!-- a comment <html> -->\n<rss>")
    assert not feeds.is_feed(b"# Show notes\n\n0:00 Intro\n")
    assert not feeds.is_feed(b"<!DOCTYPE html><html>")


@pytest.mark.parametrize(
    "written",
    [
        "Fri, 09 Oct 2020 04:30:38 GMT",
        "Tue, 05 Mar 2024 08:00:00 +0000",
        "Wed, 3 Jan 2018 17:00:00 -0500",
        "Thu, 18 May 2017 03:00:00 EST",
        "5 Mar 2024 08:00 +0530",
        "Sun, 04 June 2023 10:00:00 +0100",
        "Mon, 01 Jan 2024 00:00:00 UT",
    ],
)
def test_rfc822_dates_read_as_the_standard_library_reads_them(written: str) -> None:
    import email.utils

    feed = feeds.parse(f"<rss><channel><item><pubDate>{written}</pubDate></item></channel></rss>")
    assert feed.items[0].episode.date == email.utils.parsedate_to_datetime(written)


@pytest.mark.parametrize("written", ["Tue, 31 Feb 2024 08:00:00 +0000", "yesterday"])
def test_an_unreadable_date_is_a_problem(written: str) -> None:
    feed = feeds.parse(f"<rss><channel><item><pubDate>{written}</pubDate></item></channel></rss>")
    assert feed.items[0].episode.date is None
    assert [p.code for p in feed.items[0].problems] == ["episode-date"]


def test_atom_dates_are_iso_8601() -> None:
    feed = feeds.parse(ATOM)
    assert feed.items[1].episode.date == dt.datetime(2024, 2, 1, 12, tzinfo=dt.UTC)


def test_mojibake_met_while_recovering_is_decoded_again() -> None:
    # Strict reading fails first on an entity, before the bad bytes: recovery then meets
    # U+FFFD, and the feed is decoded again.
    data = "<rss><channel><item><title>a &nbsp; b</title></item>"
    data += "<item><title>Café</title></item></channel></rss>"
    feed = feeds.parse(data.encode("latin-1"))
    assert [n.episode.title for n in feed.items] == ["a b", "Café"]
    assert [p.code for p in feed.problems][:2] == ["feed-recovered", "feed-encoding"]
