"""Properties of classify() and find(): ids survive building and reading a URL, tracking
parameters and redirect prefixes change nothing, find() returns exactly the URLs written."""

from __future__ import annotations

import string
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from growth import assert_linear
from shownotes.links import PLATFORMS, classify, find
from shownotes.links.hosts import tables

ALNUM = string.ascii_letters + string.digits
# A YouTube id's 11th character carries 4 bits only: it is one of these 16.
yt_ids = st.builds(
    str.__add__,
    st.text(ALNUM + "-_", min_size=10, max_size=10),
    st.sampled_from("AEIMQUYcgkosw048"),
)
spotify_ids = st.text(ALNUM, min_size=22, max_size=22)
numbers = st.integers(1, 10**15).map(str)
slugs = st.from_regex(r"[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}", fullmatch=True)
handles = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,13}[A-Za-z0-9]", fullmatch=True)
uuids = st.uuids().map(str)

# (URL template, platform, kind, id strategy): ``{id}`` is where the id goes.
SHAPES: list[tuple[str, str, str, st.SearchStrategy[str]]] = [
    ("https://www.youtube.com/watch?v={id}", "youtube", "video", yt_ids),
    ("https://youtube.com/watch?feature=share&v={id}", "youtube", "video", yt_ids),
    ("https://m.youtube.com/watch?v={id}", "youtube", "video", yt_ids),
    ("https://music.youtube.com/watch?v={id}", "youtube", "video", yt_ids),
    ("https://youtu.be/{id}", "youtube", "video", yt_ids),
    ("https://www.youtube.com/shorts/{id}", "youtube", "video", yt_ids),
    ("https://www.youtube.com/live/{id}", "youtube", "video", yt_ids),
    ("https://www.youtube.com/embed/{id}", "youtube", "video", yt_ids),
    ("https://www.youtube.com/{id}", "youtube", "channel", handles.map("@".__add__)),
    ("https://www.youtube.com/playlist?list=PL{id}", "youtube", "playlist", handles),
    ("https://open.spotify.com/episode/{id}", "spotify", "episode", spotify_ids),
    ("https://open.spotify.com/show/{id}", "spotify", "show", spotify_ids),
    ("https://podcasts.apple.com/us/podcast/x/id{id}", "apple_podcasts", "show", numbers),
    ("https://podcasts.apple.com/us/podcast/x/id1?i={id}", "apple_podcasts", "episode", numbers),
    ("https://overcast.fm/itunes{id}", "overcast", "show", numbers),
    ("https://pca.st/itunes/{id}", "pocket_casts", "show", numbers),
    ("https://castbox.fm/channel/id{id}", "castbox", "show", numbers),
    ("https://podcastaddict.com/podcast/{id}", "podcast_addict", "show", numbers),
    ("https://www.podchaser.com/podcasts/a-b-{id}", "podchaser", "show", numbers),
    ("https://goodpods.com/podcasts/a-b-{id}", "goodpods", "show", numbers),
    ("https://podcastindex.org/podcast/{id}", "podcast_index", "show", numbers),
    ("https://music.amazon.com/podcasts/{id}", "amazon_music", "show", uuids),
    ("https://www.iheart.com/podcast/1-a-{id}/", "iheartradio", "show", numbers),
    ("https://www.deezer.com/show/{id}", "deezer", "show", numbers),
    ("https://rss.com/podcasts/{id}/", "rss_com", "show", slugs),
    ("https://www.buzzsprout.com/{id}", "buzzsprout", "show", numbers),
    ("https://{id}.transistor.fm/", "transistor", "show", slugs),
    ("https://{id}.simplecast.com/", "simplecast", "show", slugs),
    ("https://shows.acast.com/{id}", "acast", "show", slugs),
    ("https://{id}.podbean.com/", "podbean", "show", slugs),
    ("https://{id}.substack.com/", "substack", "profile", slugs),
    ("https://x.substack.com/p/{id}", "substack", "post", slugs),
    ("https://www.patreon.com/posts/{id}", "patreon", "post", numbers),
    ("https://soundcloud.com/{id}", "soundcloud", "profile", slugs),
    ("https://www.twitch.tv/videos/{id}", "twitch", "video", numbers),
    ("https://vimeo.com/{id}", "vimeo", "video", numbers),
    ("https://x.com/{id}", "twitter", "profile", handles),
    ("https://twitter.com/a/status/{id}", "twitter", "post", numbers),
    ("https://bsky.app/profile/{id}.bsky.social", "bluesky", "profile", slugs),
    ("https://www.instagram.com/p/{id}/", "instagram", "post", handles),
    ("https://www.tiktok.com/@a/video/{id}", "tiktok", "video", numbers),
    ("https://www.linkedin.com/in/{id}", "linkedin", "profile", slugs),
    ("https://github.com/tea/{id}", "github", "repo", slugs.map("tea/".__add__)),
    ("https://arxiv.org/abs/2301.{id}", "arxiv", "paper", st.from_regex(r"\d{5}", fullmatch=True)),
    ("https://en.wikipedia.org/wiki/{id}", "wikipedia", "article", handles),
    ("https://www.goodreads.com/book/show/{id}", "goodreads", "book", numbers),
]


def _fix_bluesky(template: str, ident: str) -> tuple[str, str]:
    # The Bluesky profile id is the whole handle.
    if "bsky.social" in template:
        return template.format(id=ident), f"{ident}.bsky.social"
    return template.format(id=ident), ident


shapes = st.sampled_from(SHAPES).flatmap(
    lambda shape: st.tuples(st.just(shape), shape[3]),
)


def _built(drawn: tuple[tuple[str, str, str, st.SearchStrategy[str]], str]) -> tuple[str, str]:
    (template, _platform, _kind, _ids), ident = drawn
    if template.startswith("https://github.com/tea/"):
        return template.format(id=ident.removeprefix("tea/")), ident
    if "playlist?list=PL" in template:
        return template.format(id=ident), "PL" + ident
    if template.startswith("https://arxiv.org"):
        return template.format(id=ident), "2301." + ident
    if template == "https://x.com/{id}":
        # X handles are case-insensitive: the id is case-folded.
        return template.format(id=ident), ident.casefold()
    return _fix_bluesky(template, ident)


@given(shapes)
def test_building_a_url_and_classifying_it_gives_the_id_back(drawn: tuple) -> None:  # type: ignore[type-arg]
    (_template, platform, kind, _ids), _ident = drawn
    url, ident = _built(drawn)
    link = classify(url)
    assert (link.platform, link.kind, link.id) == (platform, kind, ident), url


tracking = st.lists(
    st.tuples(
        st.sampled_from(["utm_source", "utm_medium", "utm_campaign", "si", "fbclid", "gclid"]),
        st.text(ALNUM, min_size=1, max_size=12),
    ),
    min_size=1,
    max_size=4,
)


@given(shapes, tracking)
def test_tracking_parameters_change_nothing(drawn: tuple, params: list[tuple[str, str]]) -> None:  # type: ignore[type-arg]
    url, _ident = _built(drawn)
    extra = "&".join(f"{k}={v}" for k, v in params)
    tracked = url + ("&" if "?" in url else "?") + extra
    before, after = classify(url), classify(tracked)
    assert (after.platform, after.kind, after.id) == (before.platform, before.kind, before.id)
    assert after.normalized == before.normalized
    assert after.url == tracked


PREFIXES = [
    "https://dts.podtrac.com/redirect.mp3/",
    "https://www.podtrac.com/pts/redirect.mp3/",
    "https://chrt.fm/track/AB12C/",
    "https://chtbl.com/track/9Z9Z/",
    "https://pdst.fm/e/",
    "https://op3.dev/e/",
    "https://pscrb.fm/rss/p/",
    "https://dts.podtrac.com/redirect.mp3/chrt.fm/track/X1/pdst.fm/e/",
]


@given(shapes, st.sampled_from(PREFIXES), st.booleans())
def test_redirect_prefixes_change_nothing(drawn: tuple, prefix: str, keep_scheme: bool) -> None:  # type: ignore[type-arg]
    url, _ident = _built(drawn)
    inner = url if keep_scheme else url.removeprefix("https://")
    before, after = classify(url), classify(prefix + inner)
    assert (after.platform, after.kind, after.id) == (before.platform, before.kind, before.id)


@given(shapes)
def test_redirect_wrappers_change_nothing(drawn: tuple) -> None:  # type: ignore[type-arg]
    url, _ident = _built(drawn)
    wrapped = "https://www.google.com/url?sa=t&url=" + quote(url, safe="")
    before, after = classify(url), classify(wrapped)
    assert (after.platform, after.kind, after.id) == (before.platform, before.kind, before.id)


SEPARATORS = [" ", "\n", ", ", "; ", " and ", "\n\n", " - "]
WRAPS = ["{u}", "({u})", "{u}.", "<{u}>", "[link]({u})", "<a href='{u}'>x</a>", "**{u}**"]


@given(
    st.lists(shapes.map(lambda d: _built(d)[0]), min_size=1, max_size=8),
    st.lists(st.sampled_from(SEPARATORS), min_size=8, max_size=8),
    st.lists(st.sampled_from(WRAPS), min_size=8, max_size=8),
)
def test_find_returns_exactly_the_urls_in_order_once(
    urls: list[str], seps: list[str], wraps: list[str]
) -> None:
    text = "Links " + "".join(
        wrap.format(u=url) + sep for url, sep, wrap in zip(urls, seps, wraps, strict=False)
    )
    expected = list(dict.fromkeys(urls))
    assert [link.url for link in find(text)] == expected, text


@pytest.mark.parametrize(
    ("prefix", "piece"),
    [
        ("https://www.youtube.com/", "a"),
        ("https://www.youtube.com/watch?", "v=a&"),
        ("https://", "a."),
        ("https://x.com/", "/@"),
        ("https://fosstodon.org/@", "a"),
        ("https://anchor.fm/x/episodes/", "-e"),
        ("https://castbox.fm/episode/", "-id1"),
        ("https://dts.podtrac.com/redirect.mp3/", "chrt.fm/track/A/"),
        ("", "https://pdst.fm/e/"),
        ("https://www.google.com/url?q=", "%"),
        ("spotify:episode:", "a"),
        ("doi:10.1234/", "x"),
        ("https://a.com/#", "%2F"),
        ("https://youtu.be/", "a"),
    ],
    ids=lambda s: repr(s[:24]),
)
def test_hostile_urls_take_linear_time(prefix: str, piece: str) -> None:
    assert_linear(lambda n: prefix + piece * (n // len(piece)), classify, 250_000)
    assert classify(prefix + piece * 100_000).url == prefix + piece * 100_000


@pytest.mark.parametrize(
    "piece",
    [
        "https://x.com/a ",
        "https://youtu.be/AbCdEfGhIjk?t=1m ",
        "www.",
        "[a](https://x.com/",
        "<a href='https://x.com/'>",
        "https://en.wikipedia.org/wiki/A_(",
    ],
)
def test_find_is_linear_on_hostile_text(piece: str) -> None:
    assert_linear(lambda n: piece * (n // len(piece)), find, 100_000)


URLISH = st.sampled_from(
    [
        "",
        "https://",
        "http://www.youtube.com/",
        "https://youtu.be/",
        "https://open.spotify.com/",
        "spotify:",
        "at://",
        "doi:",
        "//",
        "https://dts.podtrac.com/redirect.mp3/",
        "https://www.google.com/url?q=",
        "https://fosstodon.org/@",
        "https://podcasts.apple.com/us/podcast/x/id1?i=",
        "https://teatalk.substack.com/",
        "javascript:",
    ]
)


@given(URLISH, st.text())
def test_classify_never_raises_on_any_str(prefix: str, rest: str) -> None:
    url = prefix + rest
    link = classify(url)
    assert link.url == url
    assert link.platform is None or link.platform in PLATFORMS
    if link.platform is None:
        assert (link.kind, link.id) == (None, None)


@given(st.text())
def test_find_never_raises_on_any_str(text: str) -> None:
    links = find(text)
    assert len({link.url.strip() for link in links}) == len(links)


@pytest.mark.parametrize(
    ("name", "host"), [(row.platform, host) for host, row in tables().prefixes.items()]
)
def test_every_measurement_host_is_a_known_platform(name: str, host: str) -> None:
    link = classify(f"https://{host}/anything")
    assert (link.platform, link.kind) == (name, "media")
    assert name in PLATFORMS
