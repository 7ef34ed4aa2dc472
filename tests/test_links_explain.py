"""explain(), purpose() and key(): why a URL was read so, what it is for, when two URLs are one."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shownotes.links import Explanation, classify, explain, find, key, merge, purpose
from shownotes.timestamps import Timestamp

V = "dQw4w9WgXcQ"


def test_explain_names_the_row_its_file_and_line() -> None:
    told = explain(f"https://m.youtube.com/watch?v={V}&feature=share&t=1m5s")
    assert told.rule == "youtube.video.watch"
    assert told.rule_at is not None
    file, _, line = told.rule_at.partition(":")
    assert file == "shownotes/links/tables/video.py"
    assert int(line) > 0
    assert told.host == "m.youtube.com"
    assert told.hosts is not None
    assert told.hosts.startswith("youtube: youtube.com ")
    assert told.dropped == ("feature",)
    assert (told.time, told.time_from) == (Timestamp(65_000), "t")
    assert told.reason is None


def test_the_named_line_holds_the_rule() -> None:
    from pathlib import Path

    import shownotes

    told = explain("https://github.com/tea/talk/blob/main/README.md")
    file, _, line = str(told.rule_at).partition(":")
    source = Path(shownotes.__file__).parent.parent / file
    text = source.read_text(encoding="utf-8").splitlines()[int(line) - 1 : int(line) + 2]
    assert '"file.blob"' in "".join(text)


def test_explain_lists_every_hop() -> None:
    url = (
        "https://www.google.com/url?q=https%3A%2F%2Fdts.podtrac.com%2Fredirect.mp3%2F"
        "chrt.fm%2Ftrack%2FAB1%2Ftraffic.megaphone.fm%2FTEA1.mp3"
    )
    told = explain(url)
    assert [(hop.kind, hop.row) for hop in told.hops] == [
        ("wrapper", "google.url"),
        ("prefix", "podtrac.prefix"),
        ("prefix", "chartable.prefix"),
    ]
    assert told.hops[-1].url == "https://traffic.megaphone.fm/TEA1.mp3"
    assert told.rule == "megaphone.media.traffic"
    assert (told.link.platform, told.link.kind) == ("megaphone", "media")


def test_explain_a_uri_and_a_hash_route() -> None:
    told = explain("spotify:show:4rOoJ6Egrf8K2IrywzwOMk")
    assert [hop.row for hop in told.hops] == ["spotify.uri"]
    assert told.rule == "spotify.item.open"
    told = explain("https://twitter.com/#!/tea/status/42")
    assert [hop.kind for hop in told.hops] == ["hash route"]
    assert told.rule == "twitter.post.status"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://example.org/tea", "no platform row claims the host 'example.org'"),
        ("javascript:alert(1)", "javascript: URLs lead to no resource"),
        ("", "the URL is empty"),
        ("spotify:nonsense", "no spotify: row reads this URI"),
        ("https://www.youtube.com/" + "a/" * 600, "no youtube row reads the path"),
        ("https://exa mple.com/", "the URL has white space or a NUL inside"),
    ],
)
def test_explain_says_why_nothing_matched(url: str, reason: str) -> None:
    told = explain(url)
    assert told.rule is None
    assert told.reason is not None
    assert told.reason.startswith(reason)
    assert "why not: " in str(told)


def test_a_measurement_prefix_to_an_unknown_host_names_the_prefix_row() -> None:
    told = explain("https://op3.dev/e/tea.example.org/ep1.mp3")
    assert (told.link.platform, told.link.kind, told.rule) == ("op3", "media", "op3.prefix")


def test_explanation_is_a_value() -> None:
    told = explain(f"https://youtu.be/{V}")
    assert isinstance(told, Explanation)
    assert pickle.loads(pickle.dumps(told)) == told
    assert repr(told).startswith("Explanation(link=Link(")
    with pytest.raises(TypeError, match="explain"):
        explain(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.patreon.com/teatalk", "donation"),
        ("https://ko-fi.com/teatalk", "donation"),
        ("https://www.buymeacoffee.com/teatalk", "donation"),
        ("https://liberapay.com/teatalk", "donation"),
        ("https://github.com/sponsors/teatalk", "donation"),
        ("https://paypal.me/teatalk", "donation"),
        ("https://opencollective.com/teatalk", "donation"),
        ("https://www.youtube.com/channel/UCa1B2c3D4e5F6g7H8i9J0kL/join", "membership"),
        ("https://www.patreon.com/join/teatalk", "membership"),
        ("https://teatalk.creator-spring.com/", "merch"),
        ("https://teatalk.myspreadshop.com/", "merch"),
        ("https://www.redbubble.com/people/teatalk/shop", "merch"),
        ("https://teatalk.myshopify.com/products/mug", "store"),
        ("https://www.amazon.com/dp/B0ABCDEF12?tag=tea-20", "affiliate"),
        ("https://www.amazon.com/dp/B0ABCDEF12", None),
        ("https://amzn.to/3AbC", "affiliate"),
        ("https://geni.us/TeaKettle", "affiliate"),
        ("https://kit.co/teatalk/studio", "affiliate"),
        ("https://podcasts.apple.com/us/podcast/tea/id42?at=1000lX", "affiliate"),
        ("https://x.com/teatalk", "social"),
        ("https://www.youtube.com/@TeaTalk", "social"),
        ("https://fosstodon.org/@teatalk", "social"),
        ("https://www.linkedin.com/company/teatalk", "social"),
        ("https://discord.gg/AbC12", "social"),
        ("https://podcasts.apple.com/us/podcast/tea/id42", "subscribe"),
        ("https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk", "subscribe"),
        ("https://feeds.megaphone.fm/TEA42", "subscribe"),
        ("https://tea.example.org/feed.xml", "subscribe"),
        ("https://tea.example.org/podcast/rss", "subscribe"),
        ("https://www.youtube.com/@TeaTalk?sub_confirmation=1", "subscribe"),
        ("mailto:hi@tea.example.org", "contact"),
        ("tel:+15551234", "contact"),
        ("https://tea.example.org/contact-us/", "contact"),
        ("https://anchor.fm/teatalk/message", "contact"),
        # What an episode, a video, a paper or a post is for, only its context tells.
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", None),
        ("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk", None),
        ("https://arxiv.org/abs/2301.01234", None),
        ("https://x.com/teatalk/status/42", None),
        ("https://tea.example.org/blog/contact-lenses", None),
        ("javascript:alert(1)", None),
    ],
)
def test_purpose(url: str, expected: str | None) -> None:
    assert purpose(classify(url)) == expected


def test_purpose_rejects_what_is_not_a_link() -> None:
    with pytest.raises(TypeError, match="Link"):
        purpose("https://x.com/a")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://www.example.com/a", "http://example.com/a", True),
        ("https://Example.COM/a", "https://example.com/a", True),
        ("https://example.com/a/", "https://example.com/a", True),
        ("https://example.com", "https://example.com/", True),
        ("https://example.com/a#top", "https://example.com/a", True),
        ("https://example.com:443/a", "https://example.com/a", True),
        ("example.com/a", "https://example.com/a", True),
        ("https://example.com/a?", "https://example.com/a", True),
        ("https://example.com/A", "https://example.com/a", False),
        ("https://example.com/a?q=A", "https://example.com/a?q=a", False),
        ("https://example.com/a?x=1&y=2", "https://example.com/a?y=2&x=1", False),
        ("https://example.com:8080/a", "https://example.com/a", False),
        ("https://twitter.com/#!/a/status/1", "https://twitter.com/#!/b/status/2", False),
        ("https://docs.example.com/a", "https://example.com/a", False),
    ],
)
def test_key(a: str, b: str, same: bool) -> None:
    assert (key(a) == key(b)) is same


@given(
    scheme=st.sampled_from(["https://", "http://", "//", ""]),
    www=st.sampled_from(["", "www.", "WWW."]),
    host=st.from_regex(r"[a-z]{1,8}\.(?:com|org|fm)", fullmatch=True),
    path=st.from_regex(r"(?:/[A-Za-z0-9_-]{1,6}){0,3}", fullmatch=True),
    slash=st.booleans(),
    fragment=st.sampled_from(["", "#top", "#t=1"]),
)
def test_key_ignores_what_names_no_other_page(
    *, scheme: str, www: str, host: str, path: str, slash: bool, fragment: str
) -> None:
    plain = f"https://{host}{path}"
    dressed = f"{scheme}{www}{host.upper()}{path}{'/' if slash else ''}{fragment}"
    assert key(dressed) == key(plain)
    assert key(key(plain)) == key(plain)


def test_find_and_merge_use_key() -> None:
    text = "See https://example.com/a and http://www.example.com/a/ and https://example.com/A."
    assert [link.url for link in find(text)] == ["https://example.com/a", "https://example.com/A"]
    a, b = classify("https://x.com/a"), classify("http://www.x.com/a/")
    assert merge([a], [b]) == (a,)
