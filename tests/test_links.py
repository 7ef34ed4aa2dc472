"""classify(): one table row per platform and URL shape, written for these tests."""

from __future__ import annotations

import pytest

from shownotes.links import Link, classify, isbn13
from shownotes.timestamps import Timestamp

V = "AbCdEfGhI_-"  # an 11-character YouTube video id
UC = "UC" + "a1B2c3D4e5F6g7H8i9J0kL"  # a channel id
SP = "4rOoJ6Egrf8K2IrywzwOMk"  # a Spotify id
UUID = "0f8b4c2e-1a2b-4c3d-8e9f-0123456789ab"

TABLE: list[tuple[str, str, str | None, str | None]] = [
    # YouTube
    (f"https://www.youtube.com/watch?v={V}", "youtube", "video", V),
    (f"https://youtube.com/watch?feature=share&v={V}", "youtube", "video", V),
    (f"https://m.youtube.com/watch?v={V}", "youtube", "video", V),
    (f"https://music.youtube.com/watch?v={V}", "youtube", "video", V),
    (f"https://youtu.be/{V}", "youtube", "video", V),
    (f"https://youtu.be/{V}?si=xyz123", "youtube", "video", V),
    (f"https://www.youtube.com/shorts/{V}", "youtube", "video", V),
    (f"https://www.youtube.com/live/{V}?feature=share", "youtube", "video", V),
    (f"https://www.youtube.com/embed/{V}?start=10", "youtube", "video", V),
    (f"https://www.youtube-nocookie.com/embed/{V}", "youtube", "video", V),
    (f"https://www.youtube.com/v/{V}", "youtube", "video", V),
    (f"https://www.youtube.com/watch?v={V}trailing", "youtube", "video", V),
    (f"https://www.youtube.com/channel/{UC}", "youtube", "channel", UC),
    (f"https://www.youtube.com/channel/{UC}/videos", "youtube", "channel", UC),
    (f"https://www.youtube.com/channel/{UC}/live", "youtube", "live", UC),
    ("https://www.youtube.com/@SomeShow", "youtube", "channel", "@SomeShow"),
    ("https://www.youtube.com/@SomeShow/streams", "youtube", "channel", "@SomeShow"),
    ("https://www.youtube.com/c/SomeShow", "youtube", "channel", "SomeShow"),
    ("https://www.youtube.com/user/someshow", "youtube", "channel", "someshow"),
    ("https://www.youtube.com/someshow", "youtube", "channel", "someshow"),
    ("https://www.youtube.com/playlist?list=PLabc123_-", "youtube", "playlist", "PLabc123_-"),
    ("https://www.youtube.com/embed/videoseries?list=PLx", "youtube", "playlist", "PLx"),
    ("https://www.youtube.com/feeds/videos.xml?channel_id=" + UC, "youtube", "feed", UC),
    ("https://www.youtube.com/results?search_query=tea", "youtube", "search", "tea"),
    ("https://www.youtube.com/clip/UgkxAbc", "youtube", "clip", "UgkxAbc"),
    (f"https://i.ytimg.com/vi/{V}/hqdefault.jpg", "youtube", "media", V),
    ("https://www.youtube.com/watch", "youtube", "invalid", None),
    ("https://www.youtube.com/", "youtube", "other", None),
    # Spotify and Anchor / Spotify for Creators
    (f"https://open.spotify.com/show/{SP}", "spotify", "show", SP),
    (f"https://open.spotify.com/episode/{SP}?si=abc", "spotify", "episode", SP),
    (f"https://open.spotify.com/intl-de/episode/{SP}", "spotify", "episode", SP),
    (f"https://open.spotify.com/embed/episode/{SP}", "spotify", "episode", SP),
    (f"https://open.spotify.com/playlist/{SP}", "spotify", "playlist", SP),
    (f"https://open.spotify.com/artist/{SP}", "spotify", "profile", SP),
    (f"spotify:episode:{SP}", "spotify", "episode", SP),
    (f"spotify:show:{SP}", "spotify", "show", SP),
    ("https://spotify.link/aBc12", "spotify", "short_link", "aBc12"),
    ("https://anchor.fm/myshow", "anchor", "show", "myshow"),
    ("https://anchor.fm/myshow/episodes/Tea-Time-e1a2b3c", "anchor", "episode", "e1a2b3c"),
    ("https://anchor.fm/s/1a2b3c4d/podcast/rss", "anchor", "feed", "1a2b3c4d"),
    (
        "https://creators.spotify.com/pod/show/myshow/episodes/Tea-e2x9y8z",
        "anchor",
        "episode",
        "e2x9y8z",
    ),
    ("https://podcasters.spotify.com/pod/show/myshow", "anchor", "show", "myshow"),
    ("https://creators.spotify.com/pod/profile/myshow/subscribe", "anchor", "show", "myshow"),
    (
        "https://creators.spotify.com/pod/profile/myshow/episodes/Tea-e3x",
        "anchor",
        "episode",
        "e3x",
    ),
    # Apple
    (
        "https://podcasts.apple.com/us/podcast/tea-talk/id123456789",
        "apple_podcasts",
        "show",
        "123456789",
    ),
    ("https://podcasts.apple.com/podcast/id123456789", "apple_podcasts", "show", "123456789"),
    (
        "https://podcasts.apple.com/gb/podcast/tea-talk/id123456789?i=1000600000001",
        "apple_podcasts",
        "episode",
        "1000600000001",
    ),
    ("https://itunes.apple.com/us/podcast/tea/id42?mt=2", "apple_podcasts", "show", "42"),
    ("https://apps.apple.com/us/app/tea/id99", "apple_app_store", "product", "99"),
    # Podcast apps
    ("https://overcast.fm/itunes123456789/tea-talk", "overcast", "show", "123456789"),
    ("https://overcast.fm/+AbCdEf", "overcast", "episode", "AbCdEf"),
    ("https://pca.st/itunes/123456789", "pocket_casts", "show", "123456789"),
    ("https://pca.st/ab12cd", "pocket_casts", "short_link", "ab12cd"),
    (f"https://pocketcasts.com/podcasts/{UUID}", "pocket_casts", "show", UUID),
    (f"https://play.pocketcasts.com/podcasts/{UUID}/{UUID}", "pocket_casts", "episode", UUID),
    ("https://castbox.fm/channel/id4242", "castbox", "show", "4242"),
    ("https://castbox.fm/channel/Tea-Talk-id4242?country=gb", "castbox", "show", "4242"),
    ("https://castbox.fm/episode/Tea-id4242-id777", "castbox", "episode", "777"),
    ("https://castro.fm/podcast/" + UUID, "castro", "show", UUID),
    ("https://castro.fm/episode/AbC123", "castro", "episode", "AbC123"),
    ("https://castro.fm/itunes/4242", "castro", "show", "4242"),
    ("https://podcastaddict.com/podcast/tea-talk/4242", "podcast_addict", "show", "4242"),
    ("https://podcastaddict.com/podcast/4242", "podcast_addict", "show", "4242"),
    ("https://player.fm/series/tea-talk", "player_fm", "show", "tea-talk"),
    ("https://player.fm/series/tea-talk/ep-1-green", "player_fm", "episode", "ep-1-green"),
    ("https://www.podchaser.com/podcasts/tea-talk-4242", "podchaser", "show", "4242"),
    (
        "https://www.podchaser.com/podcasts/tea-talk-4242/episodes/green-tea-777",
        "podchaser",
        "episode",
        "777",
    ),
    ("https://goodpods.com/podcasts/tea-talk-4242", "goodpods", "show", "4242"),
    ("https://goodpods.com/podcasts/tea-talk-4242/green-tea-777", "goodpods", "episode", "777"),
    ("https://podcastindex.org/podcast/4242", "podcast_index", "show", "4242"),
    (f"https://music.amazon.com/podcasts/{UUID}/tea-talk", "amazon_music", "show", UUID),
    (
        f"https://music.amazon.com/podcasts/{UUID}/episodes/{UUID}/tea",
        "amazon_music",
        "episode",
        UUID,
    ),
    ("https://www.audible.com/pd/Tea-Audiobook/B0ABCDEF12", "audible", "book", "B0ABCDEF12"),
    ("https://www.iheart.com/podcast/269-tea-talk-4242/", "iheartradio", "show", "4242"),
    (
        "https://www.iheart.com/podcast/269-tea-talk-4242/episode/green-777/",
        "iheartradio",
        "episode",
        "777",
    ),
    ("https://www.deezer.com/show/4242", "deezer", "show", "4242"),
    ("https://www.deezer.com/fr/episode/777", "deezer", "episode", "777"),
    ("https://tunein.com/podcasts/Food/Tea-Talk-p4242/", "tunein", "show", "p4242"),
    ("https://tunein.com/radio/Tea-FM-s4242/", "tunein", "station", "s4242"),
    # Podcast hosts
    ("https://rss.com/podcasts/teatalk/", "rss_com", "show", "teatalk"),
    ("https://rss.com/podcasts/teatalk/777/", "rss_com", "episode", "777"),
    ("https://media.rss.com/teatalk/feed.xml", "rss_com", "feed", "teatalk"),
    ("https://www.buzzsprout.com/4242", "buzzsprout", "show", "4242"),
    ("https://www.buzzsprout.com/4242/777-green-tea", "buzzsprout", "episode", "777"),
    ("https://feeds.buzzsprout.com/4242.rss", "buzzsprout", "feed", "4242"),
    ("https://teatalk.libsyn.com/", "libsyn", "show", "teatalk"),
    ("https://teatalk.libsyn.com/rss", "libsyn", "feed", "teatalk"),
    ("https://feeds.libsyn.com/4242/rss", "libsyn", "feed", "4242"),
    ("https://html5-player.libsyn.com/embed/episode/id/777/", "libsyn", "episode", "777"),
    ("https://teatalk.transistor.fm/", "transistor", "show", "teatalk"),
    ("https://teatalk.transistor.fm/episodes/green", "transistor", "episode", "green"),
    ("https://share.transistor.fm/s/ab12cd34", "transistor", "episode", "ab12cd34"),
    ("https://feeds.transistor.fm/teatalk", "transistor", "feed", "teatalk"),
    ("https://teatalk.simplecast.com/episodes/green", "simplecast", "episode", "green"),
    ("https://teatalk.simplecast.com/", "simplecast", "show", "teatalk"),
    ("https://feeds.simplecast.com/Ab12Cd", "simplecast", "feed", "Ab12Cd"),
    ("https://feeds.megaphone.fm/TEA4242", "megaphone", "feed", "TEA4242"),
    ("https://traffic.megaphone.fm/TEA4242.mp3", "megaphone", "media", None),
    ("https://shows.acast.com/teatalk", "acast", "show", "teatalk"),
    ("https://shows.acast.com/teatalk/episodes/green", "acast", "episode", "green"),
    ("https://feeds.acast.com/public/shows/teatalk", "acast", "feed", "teatalk"),
    ("https://www.spreaker.com/podcast/tea-talk--4242", "spreaker", "show", "4242"),
    ("https://www.spreaker.com/episode/green-tea--777", "spreaker", "episode", "777"),
    ("https://teatalk.podbean.com/", "podbean", "show", "teatalk"),
    ("https://teatalk.podbean.com/e/green-tea/", "podbean", "episode", "green-tea"),
    ("https://feed.podbean.com/teatalk/feed.xml", "podbean", "feed", "teatalk"),
    ("https://teatalk.substack.com", "substack", "profile", "teatalk"),
    ("https://teatalk.substack.com/p/green-tea", "substack", "post", "green-tea"),
    ("https://open.substack.com/pub/teatalk/p/green-tea", "substack", "post", "green-tea"),
    ("https://substack.com/@teatalk", "substack", "profile", "teatalk"),
    ("https://teatalk.substack.com/feed", "substack", "feed", "teatalk"),
    ("https://api.substack.com/feed/podcast/4242.rss", "substack", "feed", "4242"),
    ("https://www.patreon.com/teatalk", "patreon", "profile", "teatalk"),
    ("https://www.patreon.com/posts/green-tea-4242", "patreon", "post", "4242"),
    ("https://www.patreon.com/c/teatalk", "patreon", "profile", "teatalk"),
    # Music and video
    ("https://soundcloud.com/teatalk", "soundcloud", "profile", "teatalk"),
    ("https://soundcloud.com/teatalk/green-tea", "soundcloud", "track", "teatalk/green-tea"),
    ("https://soundcloud.com/teatalk/sets/best", "soundcloud", "playlist", "teatalk/sets/best"),
    ("https://www.twitch.tv/teatalk", "twitch", "channel", "teatalk"),
    ("https://www.twitch.tv/videos/4242", "twitch", "video", "4242"),
    ("https://clips.twitch.tv/GreenTeaClip", "twitch", "clip", "GreenTeaClip"),
    ("https://vimeo.com/4242", "vimeo", "video", "4242"),
    ("https://player.vimeo.com/video/4242", "vimeo", "video", "4242"),
    ("https://vimeo.com/channels/teatalk", "vimeo", "channel", "teatalk"),
    ("https://vimeo.com/showcase/4242", "vimeo", "playlist", "4242"),
    ("https://vimeo.com/event/4242", "vimeo", "live", "4242"),
    ("https://vimeo.com/teatalk", "vimeo", "profile", "teatalk"),
    # Social
    ("https://twitter.com/teatalk", "twitter", "profile", "teatalk"),
    ("https://x.com/teatalk", "twitter", "profile", "teatalk"),
    ("https://x.com/teatalk/status/4242424242", "twitter", "post", "4242424242"),
    ("https://twitter.com/i/spaces/1AbCdE", "twitter", "live", "1AbCdE"),
    ("https://twitter.com/home", "twitter", "other", None),
    ("https://bsky.app/profile/tea.bsky.social", "bluesky", "profile", "tea.bsky.social"),
    ("https://bsky.app/profile/tea.example/post/3kabc", "bluesky", "post", "3kabc"),
    ("at://did:plc:abc/app.bsky.feed.post/3kabc", "bluesky", "post", "3kabc"),
    ("https://fosstodon.org/@tea", "mastodon", "profile", "tea@fosstodon.org"),
    ("https://mastodon.social/@tea@hachyderm.io", "mastodon", "profile", "tea@hachyderm.io"),
    ("https://hachyderm.io/@tea/1234567890", "mastodon", "post", "1234567890"),
    ("https://hachyderm.io/@tea/with_replies", "mastodon", "profile", "tea@hachyderm.io"),
    ("https://www.threads.net/@teatalk", "threads", "profile", "teatalk"),
    ("https://www.threads.com/@teatalk/post/CxAbC", "threads", "post", "CxAbC"),
    ("https://www.instagram.com/teatalk/", "instagram", "profile", "teatalk"),
    ("https://www.instagram.com/p/CxAbC-1/", "instagram", "post", "CxAbC-1"),
    ("https://www.instagram.com/reel/CxAbC/", "instagram", "post", "CxAbC"),
    ("https://www.tiktok.com/@teatalk", "tiktok", "profile", "teatalk"),
    (
        "https://www.tiktok.com/@teatalk/video/7200000000000000001",
        "tiktok",
        "video",
        "7200000000000000001",
    ),
    ("https://vm.tiktok.com/ZMabc/", "tiktok", "short_link", "ZMabc"),
    ("https://www.linkedin.com/in/tea-talk/", "linkedin", "profile", "tea-talk"),
    ("https://www.linkedin.com/company/teatalk", "linkedin", "company", "teatalk"),
    (
        "https://www.linkedin.com/posts/tea_green-activity-7100000000000000000-AbCd",
        "linkedin",
        "post",
        "7100000000000000000",
    ),
    ("https://www.facebook.com/teatalk", "facebook", "profile", "teatalk"),
    ("https://www.facebook.com/teatalk/videos/4242/", "facebook", "video", "4242"),
    ("https://www.facebook.com/groups/teatalk/", "facebook", "group", "teatalk"),
    ("https://m.facebook.com/teatalk/posts/4242", "facebook", "post", "4242"),
    # Code, papers, references, books
    ("https://github.com/tea/talk", "github", "repo", "tea/talk"),
    ("https://github.com/tea/talk.git", "github", "repo", "tea/talk"),
    ("https://github.com/tea/talk/issues/42", "github", "repo", "tea/talk"),
    ("https://github.com/tea/talk/blob/main/README.md", "github", "file", "tea/talk"),
    ("https://github.com/tea", "github", "profile", "tea"),
    ("https://gist.github.com/tea/0123456789abcdef", "github", "gist", "0123456789abcdef"),
    ("https://gitlab.com/tea/talk", "gitlab", "repo", "tea/talk"),
    ("https://gitlab.com/tea/sub/talk/-/issues/1", "gitlab", "repo", "tea/sub/talk"),
    ("https://gitlab.com/tea", "gitlab", "profile", "tea"),
    ("https://arxiv.org/abs/2301.01234", "arxiv", "paper", "2301.01234"),
    ("https://arxiv.org/pdf/2301.01234v2.pdf", "arxiv", "paper", "2301.01234v2"),
    ("https://arxiv.org/abs/hep-th/9901001", "arxiv", "paper", "hep-th/9901001"),
    ("arxiv:2301.01234", "arxiv", "paper", "2301.01234"),
    ("https://doi.org/10.1234/abc.def-5", "doi", "paper", "10.1234/abc.def-5"),
    ("doi:10.1234/xyz", "doi", "paper", "10.1234/xyz"),
    ("https://en.wikipedia.org/wiki/Green_tea", "wikipedia", "article", "Green_tea"),
    ("https://de.m.wikipedia.org/wiki/Gr%C3%BCner_Tee", "wikipedia", "article", "Grüner_Tee"),
    ("https://www.amazon.com/Tea-Book/dp/0123456789", "amazon", "book", "0123456789"),
    ("https://www.amazon.de/dp/B0ABCDEF12", "amazon", "product", "B0ABCDEF12"),
    ("https://www.amazon.co.uk/gp/product/012345678X", "amazon", "book", "012345678X"),
    ("https://amzn.to/3AbCdEf", "amazon", "short_link", "3AbCdEf"),
    ("https://www.goodreads.com/book/show/4242-green-tea", "goodreads", "book", "4242"),
    ("https://bookshop.org/p/books/green-tea/9780000000002", "bookshop", "book", "9780000000002"),
    ("https://music.apple.com/us/album/tea/1440", "apple_music", "album", "1440"),
    ("https://itunes.apple.com/us/album/tea/id1440", "apple_music", "album", "1440"),
    (
        "https://play.google.com/store/apps/details?id=com.tea.app",
        "google_play",
        "product",
        "com.tea.app",
    ),
    ("https://arxiv.org/ftp/arxiv/papers/2301/2301.01234.pdf", "arxiv", "paper", "2301.01234"),
    # Not classified
    ("https://aws.amazon.com/fargate/", None, None, None),
    ("https://docs.github.com/en/issues", None, None, None),
    ("https://developers.facebook.com/docs/graph-api", None, None, None),
    ("https://blog.twitter.com/engineering", None, None, None),
    ("https://play.google.com/store/movies", None, None, None),
    ("https://example.com/tea", None, None, None),
    ("https://blog.example.org/p/green-tea", None, None, None),
]


@pytest.mark.parametrize(("url", "platform", "kind", "ident"), TABLE)
def test_classify(url: str, platform: str | None, kind: str | None, ident: str | None) -> None:
    link = classify(url)
    assert (link.platform, link.kind, link.id) == (platform, kind, ident)
    assert link.url == url


def test_issue_platforms_are_all_known() -> None:
    named = {
        "youtube", "spotify", "apple_podcasts", "overcast", "pocket_casts", "castbox", "castro",
        "podcast_addict", "player_fm", "podchaser", "goodpods", "podcast_index", "amazon_music",
        "audible", "iheartradio", "deezer", "tunein", "rss_com", "buzzsprout", "libsyn",
        "transistor", "simplecast", "megaphone", "acast", "spreaker", "podbean", "anchor",
        "substack", "patreon", "soundcloud", "twitch", "vimeo", "twitter", "bluesky",
        "mastodon", "threads", "instagram", "tiktok", "linkedin", "facebook", "github", "gitlab",
        "arxiv", "doi", "wikipedia", "amazon", "goodreads",
    }  # fmt: skip
    covered = {row[1] for row in TABLE}
    assert named <= covered
    assert len(covered - {None}) >= 40


@pytest.mark.parametrize(
    ("url", "seconds"),
    [
        (f"https://youtu.be/{V}?t=90", 90),
        (f"https://www.youtube.com/watch?v={V}&t=1m30s", 90),
        (f"https://www.youtube.com/watch?v={V}&t=1m40", 100),
        (f"https://www.youtube.com/watch?v={V}#t=2m", 120),
        (f"https://www.youtube.com/embed/{V}?start=75", 75),
        ("https://overcast.fm/+AbCdEf/1:02:03", 3723),
        ("https://www.twitch.tv/videos/4242?t=1h2m3s", 3723),
        ("https://vimeo.com/4242#t=65s", 65),
        (f"https://play.pocketcasts.com/podcasts/{UUID}/{UUID}?t=17s", 17),
    ],
)
def test_time_parameter_becomes_a_timestamp(url: str, seconds: int) -> None:
    assert classify(url).time == Timestamp(seconds * 1000)


@pytest.mark.parametrize(
    "url",
    [
        f"https://youtu.be/{V}?t=soon",
        f"https://youtu.be/{V}?t=99:99",
        "https://x.com/a?t=5",  # X's t is a share-tracking code, not a time
        "https://podcasts.apple.com/us/podcast/x/id1535?at=10",  # Apple's affiliate token
    ],
)
def test_unreadable_or_tracking_time_is_none(url: str) -> None:
    assert classify(url).time is None


@pytest.mark.parametrize(
    ("url", "normalized"),
    [
        (f"https://youtu.be/{V}?si=abc", f"https://www.youtube.com/watch?v={V}"),
        (f"https://m.youtube.com/shorts/{V}", f"https://www.youtube.com/watch?v={V}"),
        (
            f"https://youtu.be/{V}?t=42&list=PLx",
            f"https://www.youtube.com/watch?v={V}&list=PLx&t=42s",
        ),
        (f"https://open.spotify.com/episode/{SP}?si=1", f"https://open.spotify.com/episode/{SP}"),
        (f"spotify:show:{SP}", f"https://open.spotify.com/show/{SP}"),
        (
            "https://example.com/a?utm_source=x&id=3&fbclid=y#top",
            "https://example.com/a?id=3#top",
        ),
        ("https://twitter.com/tea/status/42?s=20&t=abc", "https://twitter.com/tea/status/42"),
        (
            "https://dts.podtrac.com/redirect.mp3/chrt.fm/track/AB12/traffic.megaphone.fm/X.mp3",
            "https://traffic.megaphone.fm/X.mp3",
        ),
        ("http://www.podtrac.com/pts/redirect.mp3?http://ex.org/a.mp3", "http://ex.org/a.mp3"),
        ("https://op3.dev/e/ex.org/a.mp3", "https://ex.org/a.mp3"),
        ("https://pdst.fm/e/https://ex.org/a.mp3", "https://ex.org/a.mp3"),
        (
            "https://www.google.com/url?q=https%3A%2F%2Fgithub.com%2Ftea%2Ftalk",
            "https://github.com/tea/talk",
        ),
        ("//github.com/tea/talk", "https://github.com/tea/talk"),
        ("http://dx.doi.org/10.1234/Tea%205", "https://doi.org/10.1234/Tea%205"),
        ("https://arxiv.org/pdf/2301.01234v2.pdf", "https://arxiv.org/abs/2301.01234v2"),
    ],
)
def test_normalized(url: str, normalized: str) -> None:
    link = classify(url)
    assert link.normalized == normalized
    assert link.url == url


@pytest.mark.parametrize(
    ("url", "platform", "variant"),
    [
        (f"https://www.youtube.com/shorts/{V}", "youtube", "shorts"),
        (f"https://www.youtube.com/live/{V}", "youtube", "live"),
        (f"https://www.youtube.com/embed/{V}", "youtube", "embed"),
        (f"https://www.youtube.com/watch?v={V}", "youtube", None),
    ],
)
def test_variant(url: str, platform: str, variant: str | None) -> None:
    link = classify(url)
    assert (link.platform, link.variant) == (platform, variant)


def test_extra_ids() -> None:
    link = classify("https://podcasts.apple.com/us/podcast/x/id42?i=1000001")
    assert dict(link.ids) == {"country": "us", "show_id": "42"}
    link = classify(f"https://www.youtube.com/watch?v={V}&list=PLx")
    assert dict(link.ids) == {"playlist_id": "PLx"}
    link = classify("https://teatalk.transistor.fm/episodes/green")
    assert dict(link.ids) == {"show_slug": "teatalk"}
    assert classify("https://hachyderm.io/@tea/12").ids == (("handle", "tea@hachyderm.io"),)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:void(0)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "",
        "   ",
        "not a url",
        "tea-time",
        "http://",
        "https://",
        "http://[::1",
        "https://exa mple.com/",
        "https://example.com:99999/",
        "mailto:tea@example.com",
        "ftp://example.com/x",
        "https://-bad-.com/",
        "http://" + "a" * 20_000 + ".com/",
        "spotify:nonsense",
        "\x00https://youtube.com/watch?v=" + V,
    ],
)
def test_malformed_or_dead_urls_are_never_classified(url: str) -> None:
    link = classify(url)
    assert link == Link(url)


@pytest.mark.parametrize("bad", [None, 42, b"https://youtu.be/x", ["https://x.com"]])
def test_classify_rejects_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        classify(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be"):
        classify("https://x.com/a", bad if not isinstance(bad, type(None)) else 1)  # type: ignore[arg-type]


def test_amazon_book_carries_its_isbn13() -> None:
    assert dict(classify("https://www.amazon.com/x/dp/0306406152").ids) == {
        "isbn13": "9780306406157"
    }
    assert classify("https://www.amazon.com/dp/B0ABCDEF12").ids == ()


@pytest.mark.parametrize(
    ("bad", "error"), [("12345", ValueError), ("97803064061X", ValueError), (306406152, TypeError)]
)
def test_isbn13_rejects_what_is_not_an_isbn10(bad: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        isbn13(bad)  # type: ignore[arg-type]


def test_at_uri_gets_a_bluesky_web_url() -> None:
    link = classify(" at://did:plc:abc/app.bsky.feed.post/3kabc ")
    assert link.normalized == "https://bsky.app/profile/did:plc:abc/post/3kabc"
    assert link.ids == (("handle", "did:plc:abc"),)


def test_text_is_kept() -> None:
    assert classify("https://github.com/tea/talk", "Tea").text == "Tea"


@pytest.mark.parametrize(
    ("url", "platform", "kind", "ident"),
    [
        ("https://dts.podtrac.com/redirect.mp3/", "podtrac", "media", None),
        ("https://dts.podtrac.com/elsewhere", "podtrac", "media", None),
        ("https://op3.dev/e/https://", "op3", "media", None),
        # a wrapper whose target is no URL: a YouTube page, not a channel named after it
        ("https://www.youtube.com/attribution_link?u=nowhere", "youtube", None, None),
        (
            f"https://www.youtube.com/signin?next=https%3A%2F%2Fyoutu.be%2F{V}",
            "youtube",
            "video",
            V,
        ),
        ("https://www.google.co.uk/url?q=https://github.com/a/b", "github", "repo", "a/b"),
        ("https://news.google.com/url?q=https://github.com/a/b", "github", "repo", "a/b"),
        ("https://www.google.com/url?q=https://exa%20mple.com/", None, None, None),
        ("https://www.google.com/search?q=tea", None, None, None),
        (
            "https://www.google.com/podcasts?feed=aHR0cHM6Ly9leC5vcmc=",
            "google_podcasts",
            "show",
            "aHR0cHM6Ly9leC5vcmc=",
        ),
        ("https://l.facebook.com/l.php?u=nothing", "facebook", "other", None),
        ("https://www.youtube.com/#fragment", "youtube", "other", None),
        ("https://www.youtube.com/#%2Fwatch%3Fv%3D" + V, "youtube", "video", V),
        ("https://twitter.com/#!/tea/status/42", "twitter", "post", "42"),
        ("https://a.b.c.d.e.f.g.h.i.j.youtube.com/watch?v=" + V, None, None, None),
        ("https://www.youtube.com/" + "a/" * 600, "youtube", None, None),
        ("https://example.com/@tea/not/a/post", None, None, None),
        ("https://example.com/" + "@" * 2000, None, None, None),
    ],
)
def test_edges(url: str, platform: str | None, kind: str | None, ident: str | None) -> None:
    link = classify(url)
    assert (link.platform, link.kind, link.id) == (platform, kind, ident)


@pytest.mark.parametrize(
    ("url", "seconds"),
    [
        (f"https://youtu.be/{V}?t=1:02:03", 3723),
        (f"https://youtu.be/{V}?t=" + "1" * 30, None),
        (f"https://youtu.be/{V}#start=" + "x", None),
    ],
)
def test_time_edges(url: str, seconds: int | None) -> None:
    time = classify(url).time
    assert (time.ms // 1000 if time else None) == seconds
