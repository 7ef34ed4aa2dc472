"""Platform rules for video and streaming sites (see :mod:`shownotes.links.rules`).

YouTube first: its ids are an 11-character video id (extra characters glued on by the source
are cut), ``UC…`` channel ids, ``@handles``, legacy ``/user/`` and ``/c/`` names, and playlist
ids; ``/shorts/``, ``/live/``, ``/embed/``, ``/v/`` are videos with a ``variant``.
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["VIDEO"]

_YT: Final = r"[\w-]{11}"
_WATCH: Final = "https://www.youtube.com/watch?v={id}"
# First path segments of youtube.com that are pages, not channel names.
_YT_PAGES: Final = (
    "about|account|ads|attribution_link|creators|feed|gaming|hashtag|howyoutubeworks|kids|login|logout|new|"
    "playlist|post|premium|redirect|reporthistory|results|signin|t|terms|trends|upload|watch|yt"
)
_YOUTUBE_RULES: Final = (
    rule(
        r"/watch(?:_popup)?|/details|/watch/|/media/action/yt/watch",
        "video",
        rf"v>id~{_YT}",
        rf"videoId>id~{_YT}",
        r"list>playlist_id~[\w-]+",
        need=True,
        canon=_WATCH,
    ),
    rule(r"/watch(?:_popup)?", "invalid"),
    rule(r"/playlist|/embed/videoseries|/embed", "playlist", r"list>id~[\w-]+", need=True),
    rule(r"/embed/live_stream", "live", r"channel>id~[\w-]+", need=True),
    rule(
        rf"/(?P<variant>shorts|live|embed|v|e|video)/(?P<id>{_YT}).*",
        "video",
        r"list>playlist_id~[\w-]+",
        canon=_WATCH,
    ),
    rule(r"/(?:channel|c|user)/(?P<id>[^/]+)/live", "live", decode=True),
    rule(r"/(?P<id>@[^/]+)/live", "live", decode=True),
    rule(r"/channel/(?P<id>[\w-]+)(?:/.*)?", "channel"),
    rule(r"/(?:c|user)/(?P<id>[^/]+)(?:/.*)?", "channel", decode=True),
    rule(r"/(?:channel|c|user)", "invalid"),
    rule(r"/(?P<id>@[^/]+)(?:/.*)?", "channel", decode=True),
    rule(r"/feed/(?P<id>[\w-]+)", "other"),
    rule(
        r"/feeds/videos\.xml",
        "feed",
        r"channel_id>id~[\w-]+",
        r"playlist_id>id~[\w-]+",
        r"user>id~[\w-]+",
    ),
    rule(r"/results|/search", "search", "search_query>id", "q>id"),
    rule(r"/clip/(?P<id>[\w-]+)", "clip"),
    rule(r"/post/(?P<id>[\w-]+)", "post"),
    rule(r"/hashtag/(?P<id>[^/]+)", "tag", decode=True),
    rule(r"/browse/VL(?P<id>[\w-]+)", "playlist"),
    rule(r"/browse/(?P<id>MPREb_[\w-]+)", "album"),
    rule(r"/browse/(?P<id>UC[\w-]{22})", "channel"),
    rule(r"(?:/profile_redirector/.*)?", "other"),
    rule(r"/(?P<id>[\w.-]+)/live", "live"),
    rule(rf"/(?!(?:{_YT_PAGES})(?:/|$))(?P<id>[\w.-]+)(?:/[\w-]+)?", "channel"),
)

VIDEO: Final[tuple[Platform, ...]] = (
    platform(
        "youtube",
        "youtube.com youtubekids.com youtube-nocookie.com youtube.googleapis.com "
        "invidio.us invidious.io redirect.invidious.io yewtu.be piped.video cleanvideosearch.com",
        *_YOUTUBE_RULES,
        strip="feature ab_channel pp app cbrd ucbcb kw",
    ),
    platform(
        "youtube",
        "youtu.be vid.plus",
        rule(rf"/(?P<id>{_YT}).*", "video", r"list>playlist_id~[\w-]+", canon=_WATCH),
    ),
    platform(
        "youtube",
        "i.ytimg.com img.youtube.com i1.ytimg.com i2.ytimg.com i3.ytimg.com i4.ytimg.com",
        rule(rf"/vi(?:_webp)?/(?P<id>{_YT})/.*", "media"),
    ),
    platform(
        "vimeo",
        "vimeo.com player.vimeo.com vimeopro.com",
        rule(r"(?:/.*)?/video/(?P<id>\d+)(?:/.*)?", "video"),
        rule(r"/moogaloop\.swf", "video", r"clip_id>id~\d+", need=True),
        rule(r"/(?P<id>\d+)(?:/(?P<unlisted_hash>[0-9a-f]{6,}))?", "video"),
        rule(r"/(?:channels|groups)/(?P<channel>[^/]+)/(?:videos/)?(?P<id>\d+)", "video"),
        rule(r"/channels/(?P<id>[^/]+)", "channel"),
        rule(r"/groups/(?P<id>[^/]+)(?:/videos)?", "channel"),
        rule(r"/(?:album|showcase)/(?P<id>\d+)(?:/embed)?", "playlist"),
        rule(r"/event/(?P<id>\d+)(?:/.*)?", "live"),
        rule(r"/ondemand/[^/]+/(?P<id>\d+)", "video"),
        rule(r"/ondemand/(?P<id>[^/]+)", "video"),
        rule(r"/[^/]+/review/(?P<id>\d+)(?:/.*)?", "video"),
        rule(r"/(?P<id>[\w-]+)/(?:likes|following|followers|collections)", "other"),
        rule(r"/(?P<id>[\w-]+)(?:/videos)?", "profile"),
    ),
    platform(
        "twitch",
        "twitch.tv",
        rule(r"/videos/v?(?P<id>\d+)", "video"),
        rule(r"/[^/]+/v/(?P<id>\d+)", "video"),
        rule(r"/(?:[^/]+/)?clip/(?P<id>[\w-]+)", "clip"),
        rule(r"/collections/(?P<id>\w+)", "playlist"),
        rule(r"/?", "video", r"video>id~v?(\d+)", need=True),
        rule(r"/?", "channel", r"channel>id~\w+", need=True),
        rule(r"/(?:directory|search|settings|downloads|jobs|p|store|turbo|prime)(?:/.*)?", "other"),
        rule(r"/(?P<id>\w+)(?:/(?:videos|embed|chat|about|schedule|clips)(?:/.*)?)?", "channel"),
    ),
    platform(
        "twitch",
        "clips.twitch.tv",
        rule(r"/embed", "clip", r"clip>id~[\w-]+", need=True),
        rule(r"(?:/[^/]+)?/(?P<id>[\w-]+)", "clip"),
    ),
    platform(
        "dailymotion",
        "dailymotion.com dai.ly lequipe.fr",
        rule(r"(?:/(?:embed|swf|crawler))?/video/(?P<id>[a-zA-Z0-9]+)(?:_[^/]*)?", "video"),
        rule(r"/player(?:/\w+)?\.html", "video", r"video>id~\w+", need=True),
        rule(r"/player(?:/\w+)?\.html", "playlist", r"playlist>id~\w+", need=True),
        rule(r"/playlist/(?P<id>\w+)(?:_[^/]*)?", "playlist"),
        rule(r"/user/(?P<id>[^/]+)", "channel"),
        rule(r"/(?P<id>x[0-9a-z]{4,})", "video"),
    ),
    platform(
        "rumble",
        "rumble.com",
        rule(r"/embed/(?P<id>v?[0-9a-z]+)(?:/.*)?", "video", ignore_case=True),
        rule(r"/(?P<id>v[0-9a-z]+)(?:-[^/]*)?(?:\.html)?", "video", ignore_case=True),
        rule(r"/c/(?P<id>[^/]+)", "channel"),
        rule(r"/user/(?P<id>[^/]+)", "profile"),
    ),
    platform(
        "odysee",
        "odysee.com lbry.tv",
        rule(r"/\$/(?:list|playlist)/(?P<id>[\w-]+)", "playlist"),
        rule(r"/\$/(?:embed|download)/(?P<id>[^/]+/[^/]+)", "video"),
        rule(r"/(?P<id>@[^/:]+(?::\w+)?)", "channel"),
        rule(r"/(?P<id>[^$/][^/]*(?:/[^/]+)?)", "video"),
    ),
    platform(
        "nebula",
        "nebula.tv watchnebula.com",
        rule(r"/videos/(?P<id>[^/]+)", "video"),
        rule(r"/(?P<id>[^/]+/season/[^/]+)", "playlist"),
        rule(r"/(?:login|join|settings|library|explore)(?:/.*)?", "other"),
        rule(r"/(?P<id>[^/]+/[^/]+)", "video"),
        rule(r"/(?P<id>[^/]+)", "channel"),
    ),
    platform(
        "kick",
        "kick.com",
        rule(r"/[^/]+/videos/(?P<id>[\w-]+)", "video"),
        rule(r"/[^/]+/clips/(?P<id>[\w-]+)", "clip"),
        rule(r"/[^/]+", "clip", r"clip>id~[\w-]+", need=True),
        rule(r"/(?P<id>[\w-]+)", "channel"),
    ),
    platform(
        "tiktok",
        "tiktok.com tiktokv.com",
        rule(r"/@(?P<handle>[^/]+)/video/(?P<id>\d+)", "video"),
        rule(r"(?:/share|/embed(?:/v2)?)(?:/video)?/(?P<id>\d+)", "video"),
        rule(r"/@(?P<id>[^/]+)/live", "live"),
        rule(r"/@[^/]+/collection/(?:[^/]*-)?(?P<id>\d+)", "playlist"),
        rule(r"/@(?P<id>[^/]+)", "profile"),
        rule(r"/tag/(?P<id>[^/]+)", "tag"),
        rule(r"/music/(?:[^/]*-)?(?P<id>\d+)", "other"),
        rule(r"/t/(?P<id>\w+)", "short_link"),
        strip="is_copy_url is_from_webapp sender_device lang",
    ),
    platform("tiktok", "vm.tiktok.com vt.tiktok.com", rule(r"/(?P<id>\w+)", "short_link")),
    platform("douyin", "douyin.com", rule(r"/video/(?P<id>\d+)", "video")),
    platform("snapchat", "snapchat.com", rule(r"/spotlight/(?P<id>[\w-]+)", "video")),
)
