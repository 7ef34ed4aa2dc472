"""Video and streaming sites: YouTube, Vimeo, Twitch, Dailymotion, Rumble, Odysee, Nebula,
Kick, TikTok, Douyin, Snapchat (in the language of :mod:`shownotes.links.rules`).

Each platform's rows follow the URL shapes its own site and players use; the comment above a
platform names where those shapes are documented. yt-dlp's ``_VALID_URL`` patterns
(``yt_dlp/extractor/<site>.py``) served as a map of which shapes exist, never as code.
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["VIDEO"]

# A YouTube video id: 11 characters of [A-Za-z0-9_-]; case-sensitive, so never case-folded.
_YT: Final = r"[\w-]{11}"
V: Final = "dQw4w9WgXcQ"
UC: Final = "UCa1B2c3D4e5F6g7H8i9J0kL"
_WATCH: Final = "https://www.youtube.com/watch?v={id}"
# Playlist ids: PL…, UU…, OLAK5uy_…, RD…, and chart ids with a dot (MCUS.20142101).
_LIST: Final = r"[\w.-]+"
# First path segments of youtube.com that are pages, not legacy channel names.
_YT_PAGES: Final = (
    "about|account|ads|attribution_link|creators|feed|gaming|hashtag|howyoutubeworks|index|kids|"
    "login|logout|movie|new|playlist|post|premium|redirect|reporthistory|results|signin|t|terms|"
    "trends|upload|watch|yt"
)
_YT_HOSTS: Final = (
    "youtube.com youtubekids.com youtube-nocookie.com youtube.googleapis.com "
    "invidio.us invidious.io redirect.invidious.io yewtu.be piped.video cleanvideosearch.com"
)

VIDEO: Final[tuple[Platform, ...]] = (
    # YouTube: the shapes of youtube.com's own pages, players and share links (YouTube Help,
    # "Find your channel's URL" and "Embed videos & playlists"; YouTube IFrame Player API),
    # with yt-dlp's YoutubeIE/YoutubeTabIE as the map. Handles keep their case, as YouTube
    # displays them (YouTube Help: handles are matched without regard to case).
    platform(
        "youtube",
        _YT_HOSTS,
        rule(
            "video.watch",
            r"|/watch(?:_popup)?(?:\.php)?|/movie|/details|/index|/watch/|/media/action/yt/watch",
            "video",
            rf"v>id~{_YT}",
            rf"videoId>id~{_YT}",
            rf"list>playlist_id~{_LIST}",
            need=True,
            canon=_WATCH,
            eg={
                f"https://www.youtube.com/watch?v={V}": V,
                f"https://m.youtube.com/watch?feature=share&v={V}&list=PLx.1": V,
                f"https://www.youtube.com/?v={V}": V,
                f"https://www.youtube.com/watch_popup?v={V}": V,
                f"https://www.cleanvideosearch.com/media/action/yt/watch?videoId={V}": V,
            },
        ),
        rule(
            "video.hash",
            rf"(?:/watch)?/?#!?(?:[^#]*?[&;])?v=(?P<id>{_YT})[^#]*",
            "video",
            canon=_WATCH,
            eg={f"https://www.youtube.com/watch#!v={V}": V, f"https://youtube.com/#v={V}": V},
        ),
        rule(
            "video.old_channel",
            rf"/user/[^/]+#p/(?:[^/#]+/){{0,4}}(?P<id>{_YT})",
            "video",
            canon=_WATCH,
            eg={f"https://www.youtube.com/user/someshow#p/u/1/{V}": V},
        ),
        rule(
            "playlist.watch",
            r"/watch|/playlist|/embed/videoseries|/embed|/watch_videos|/view_play_list|/course",
            "playlist",
            rf"list>id~{_LIST}",
            rf"p>id~{_LIST}",
            need=True,
            eg={
                "https://www.youtube.com/playlist?list=PLab_c-1": "PLab_c-1",
                "https://www.youtube.com/playlist?list=MCUS.20142101": "MCUS.20142101",
                "https://www.youtube.com/watch?list=UUab": "UUab",
                "https://www.youtube.com/embed?listType=playlist&list=PLx": "PLx",
            },
        ),
        rule(
            "invalid.watch", r"/watch(?:_popup)?", "invalid", eg={"https://youtube.com/watch": None}
        ),
        rule(
            "live.embed",
            r"/embed/live_stream",
            "live",
            r"channel>id~[\w-]+",
            need=True,
            eg={f"https://www.youtube.com/embed/live_stream?channel={UC}": UC},
        ),
        rule(
            "video.path",
            rf"/(?P<variant>shorts|live|embed|v|e|video|vi)/(?P<id>{_YT}).*",
            "video",
            rf"list>playlist_id~{_LIST}",
            canon=_WATCH,
            eg={
                f"https://www.youtube.com/shorts/{V}": V,
                f"https://www.youtube.com/live/{V}?si=x": V,
                f"https://www.youtube-nocookie.com/embed/{V}?start=3": V,
                f"https://youtube.googleapis.com/v/{V}&hl=en": V,
                f"https://www.youtube.com/e/{V}": V,
            },
        ),
        rule(
            "post.community",
            r"/post/(?P<id>[\w-]+)|/channel/[\w-]+/community",
            "post",
            r"lb>id~[\w-]+",
            eg={
                "https://www.youtube.com/post/UgkxAbC": "UgkxAbC",
                f"https://www.youtube.com/channel/{UC}/community?lb=UgkxAbC": "UgkxAbC",
            },
        ),
        rule(
            "membership.channel",
            r"/channel/(?P<id>[\w-]+)/join",
            "channel",
            purpose="membership",
            eg={f"https://www.youtube.com/channel/{UC}/join": UC},
        ),
        rule(
            "membership.handle",
            r"/(?P<id>@[^/]+)/join",
            "channel",
            decode=True,
            purpose="membership",
            eg={"https://www.youtube.com/@SomeShow/join": "@SomeShow"},
        ),
        rule(
            "live.channel",
            r"/(?:channel|c|user)/(?P<id>[^/]+)/live",
            "live",
            decode=True,
            eg={f"https://www.youtube.com/channel/{UC}/live": UC},
        ),
        rule(
            "live.handle",
            r"/(?P<id>@[^/]+)/live",
            "live",
            decode=True,
            eg={"https://www.youtube.com/@SomeShow/live": "@SomeShow"},
        ),
        rule(
            "channel.id",
            r"/channel/(?P<id>[\w-]+)(?:/.*)?",
            "channel",
            eg={f"https://www.youtube.com/channel/{UC}/videos": UC},
        ),
        rule(
            "channel.custom",
            r"/(?:c|user)/(?P<id>[^/]+)(?:/.*)?",
            "channel",
            decode=True,
            eg={
                "https://www.youtube.com/c/SomeShow": "SomeShow",
                "https://www.youtube.com/user/someshow/videos": "someshow",
            },
        ),
        rule(
            "invalid.channel",
            r"/(?:channel|c|user)",
            "invalid",
            eg={"https://youtube.com/c/": None},
        ),
        rule(
            "channel.handle",
            r"/(?P<id>@[^/]+)(?:/.*)?",
            "channel",
            decode=True,
            eg={
                "https://www.youtube.com/@SomeShow": "@SomeShow",
                "https://m.youtube.com/@some.show-1/streams": "@some.show-1",
                "https://www.youtube.com/@%D0%BA%D0%BE%D1%82": "@кот",
            },
        ),
        rule(
            "other.feed",
            r"/feed/(?P<id>[\w-]+)",
            "other",
            eg={"https://www.youtube.com/feed/subscriptions": "subscriptions"},
        ),
        rule(
            "feed.videos",
            r"/feeds/videos\.xml",
            "feed",
            r"channel_id>id~[\w-]+",
            r"playlist_id>id~[\w.-]+",
            r"user>id~[\w-]+",
            eg={f"https://www.youtube.com/feeds/videos.xml?channel_id={UC}": UC},
        ),
        rule(
            "search.results",
            r"/results|/search",
            "search",
            "search_query>id",
            "q>id",
            eg={"https://www.youtube.com/results?search_query=green+tea": "green tea"},
        ),
        rule(
            "clip.path",
            r"/clip/(?P<id>[\w-]+)",
            "clip",
            eg={"https://youtube.com/clip/Ugkx1a": "Ugkx1a"},
        ),
        rule(
            "tag.hashtag",
            r"/hashtag/(?P<id>[^/]+)",
            "tag",
            decode=True,
            eg={"https://www.youtube.com/hashtag/tea": "tea"},
        ),
        rule(
            "playlist.browse",
            r"/browse/VL(?P<id>[\w.-]+)",
            "playlist",
            eg={"https://music.youtube.com/browse/VLPLab": "PLab"},
        ),
        rule(
            "album.browse",
            r"/browse/(?P<id>MPREb_[\w-]+)",
            "album",
            eg={"https://music.youtube.com/browse/MPREb_ab1": "MPREb_ab1"},
        ),
        rule(
            "channel.browse",
            r"/browse/(?P<id>UC[\w-]{22})",
            "channel",
            eg={f"https://music.youtube.com/browse/{UC}": UC},
        ),
        rule(
            "other.home",
            r"(?:/profile_redirector/.*)?",
            "other",
            eg={"https://www.youtube.com/": None},
        ),
        rule(
            "live.legacy",
            r"/(?P<id>[\w.-]+)/live",
            "live",
            eg={"https://www.youtube.com/someshow/live": "someshow"},
        ),
        # A legacy custom URL: youtube.com/<name> (YouTube Help, "custom URLs").
        rule(
            "channel.legacy",
            rf"/(?!(?:{_YT_PAGES})(?:/|$))(?P<id>[\w.-]+)(?:/[\w-]+)?",
            "channel",
            eg={"https://www.youtube.com/someshow/videos": "someshow"},
        ),
        strip="feature ab_channel pp app cbrd ucbcb kw",
        purposes="sub_confirmation=subscribe",
    ),
    platform(
        "youtube",
        "youtu.be vid.plus",
        rule(
            "video.short",
            rf"/(?P<id>{_YT}).*",
            "video",
            rf"list>playlist_id~{_LIST}",
            canon=_WATCH,
            eg={f"https://youtu.be/{V}?t=42": V, f"https://youtu.be/{V}&feature=share": V},
        ),
    ),
    platform(
        "youtube",
        "i.ytimg.com img.youtube.com i1.ytimg.com i2.ytimg.com i3.ytimg.com i4.ytimg.com",
        rule(
            "media.thumbnail",
            rf"/vi(?:_webp)?/(?P<id>{_YT})/.*",
            "media",
            eg={f"https://i.ytimg.com/vi/{V}/hqdefault.jpg": V},
        ),
    ),
    # Vimeo: vimeo.com/<id>, /<id>/<unlisted hash>, player.vimeo.com/video/<id>, and a video id
    # as the last segment of any page that lists it (channels, groups, showcases, users) —
    # Vimeo Help, "Vimeo URLs"; yt-dlp's VimeoIE.
    platform(
        "vimeo",
        "vimeo.com vimeopro.com",
        rule(
            "video.swf",
            r"/moogaloop\.swf|/play_redirect_hls",
            "video",
            r"clip_id>id~\d+",
            need=True,
            eg={"https://vimeo.com/moogaloop.swf?clip_id=4242": "4242"},
        ),
        rule(
            "video.review",
            r"/[^/]+/review/(?P<id>\d+)(?:/.*)?",
            "video",
            eg={"https://vimeo.com/user42/review/4242/abcdef0123": "4242"},
        ),
        rule(
            "video.ondemand",
            r"/ondemand/[^/]+/(?P<id>\d+)",
            "video",
            eg={"https://vimeo.com/ondemand/teafilm/4242": "4242"},
        ),
        rule(
            "video.ondemand_page",
            r"/ondemand/(?P<id>[^/]+)",
            "video",
            eg={"https://vimeo.com/ondemand/teafilm": "teafilm"},
        ),
        rule(
            "live.event",
            r"/event/(?P<id>\d+)(?:/.*)?",
            "live",
            eg={"https://vimeo.com/event/4242/embed": "4242"},
        ),
        rule(
            "playlist.showcase",
            r"/(?:album|showcase)/(?P<id>\d+)(?:/embed)?",
            "playlist",
            eg={
                "https://vimeo.com/showcase/4242": "4242",
                "https://vimeo.com/album/42/embed": "42",
            },
        ),
        rule(
            "channel.channels",
            r"/channels/(?P<id>[^/]+)",
            "channel",
            eg={"https://vimeo.com/channels/tea": "tea"},
        ),
        rule(
            "channel.groups",
            r"/groups/(?P<id>[^/]+)(?:/videos)?",
            "channel",
            eg={"https://vimeo.com/groups/tea/videos": "tea"},
        ),
        rule(
            "video.channel",
            r"/(?:channels|groups)/(?P<channel>[^/]+)/(?:videos/)?(?P<id>\d+)",
            "video",
            eg={"https://vimeo.com/groups/tea/videos/4242": "4242"},
        ),
        rule(
            "video.path",
            r"(?:/[^/]+)*?(?:/videos?)?/(?P<id>\d+)"
            r"(?:/(?P<unlisted_hash>[0-9a-f]{6,}))?(?:/(?:embed|config))?",
            "video",
            eg={
                "https://vimeo.com/4242": "4242",
                "https://vimeo.com/4242/abcdef0123": "4242",
                "https://player.vimeo.com/video/4242?h=abc": "4242",
                "https://vimeo.com/showcase/42/video/4242": "4242",
                "https://vimeo.com/user42/videos/4242": "4242",
                "https://vimeo.com/manage/videos/4242": "4242",
                "https://vimeopro.com/tea/talks/video/4242": "4242",
            },
        ),
        rule(
            "other.lists",
            r"/(?P<id>[\w-]+)/(?:likes|following|followers|collections)",
            "other",
            eg={"https://vimeo.com/tea/likes": "tea"},
        ),
        rule(
            "profile.user",
            r"/(?P<id>[\w-]+)(?:/videos)?",
            "profile",
            eg={"https://vimeo.com/user42": "user42"},
        ),
    ),
    # Twitch: twitch.tv/<login>, /videos/<id>, /<login>/v/<id> and /<login>/video/<id> (old),
    # /<login>/clip/<slug>, clips.twitch.tv/<slug>, player.twitch.tv/?video=|channel=
    # (Twitch Developers, "Embedding video and clips"). Logins are lower-case: folded.
    platform(
        "twitch",
        "twitch.tv",
        rule(
            "video.videos",
            r"/videos/v?(?P<id>\d+)",
            "video",
            eg={"https://www.twitch.tv/videos/4242": "4242"},
        ),
        rule(
            "video.channel",
            r"/[^/]+/v(?:ideo)?/(?P<id>\d+)",
            "video",
            eg={
                "https://www.twitch.tv/tea/v/4242": "4242",
                "https://m.twitch.tv/tea/video/4242": "4242",
            },
        ),
        rule(
            "video.schedule",
            r"/[^/]+/schedule",
            "video",
            r"vodID>id~\d+",
            need=True,
            eg={"https://www.twitch.tv/tea/schedule?vodID=4242": "4242"},
        ),
        rule(
            "clip.path",
            r"/(?:[^/]+/)?clip/(?P<id>[\w-]+)",
            "clip",
            eg={"https://www.twitch.tv/tea/clip/GreenTea-1": "GreenTea-1"},
        ),
        rule(
            "playlist.collection",
            r"/collections/(?P<id>[\w-]+)",
            "playlist",
            eg={"https://www.twitch.tv/collections/ab12": "ab12"},
        ),
        rule(
            "video.player",
            r"/?",
            "video",
            r"video>id~v?(\d+)",
            need=True,
            eg={"https://player.twitch.tv/?video=v4242&parent=x.org": "4242"},
        ),
        rule(
            "channel.player",
            r"/?",
            "channel",
            r"channel>id~\w+",
            need=True,
            fold="id",
            eg={"https://player.twitch.tv/?channel=Tea&parent=x.org": "tea"},
        ),
        rule(
            "other.pages",
            r"/(?:directory|search|settings|downloads|jobs|p|store|turbo|prime)(?:/.*)?",
            "other",
            eg={"https://www.twitch.tv/directory": None},
        ),
        rule(
            "channel.login",
            r"/(?P<id>\w+)(?:/(?:videos|embed|chat|about|schedule|clips|profile)(?:/.*)?)?",
            "channel",
            fold="id",
            eg={
                "https://www.twitch.tv/TeaTalk": "teatalk",
                "https://go.twitch.tv/tea/videos": "tea",
            },
        ),
    ),
    platform(
        "twitch",
        "clips.twitch.tv",
        rule(
            "clip.embed",
            r"/embed",
            "clip",
            r"clip>id~[\w-]+",
            need=True,
            eg={"https://clips.twitch.tv/embed?clip=GreenTea&parent=x": "GreenTea"},
        ),
        rule(
            "clip.clips",
            r"(?:/[^/]+)?/(?P<id>[\w-]+)",
            "clip",
            eg={
                "https://clips.twitch.tv/GreenTea": "GreenTea",
                "https://clips.twitch.tv/tea/GreenTea": "GreenTea",
            },
        ),
    ),
    # Dailymotion: /video/<id>[_slug], dai.ly/<id>, /embed/video/<id>, /playlist/<id>,
    # the player's ?video= (Dailymotion Developers, "Player embed").
    platform(
        "dailymotion",
        "dailymotion.com dai.ly lequipe.fr",
        rule(
            "video.path",
            r"(?:/(?:embed|swf|crawler))?/video/(?P<id>[a-zA-Z0-9]+)(?:_[^/]*)?",
            "video",
            eg={
                "https://www.dailymotion.com/video/x7tgad0_tea": "x7tgad0",
                "https://www.dailymotion.com/embed/video/x7tgad0": "x7tgad0",
            },
        ),
        rule(
            "video.player",
            r"/player(?:/\w+)?\.html",
            "video",
            r"video>id~\w+",
            need=True,
            eg={"https://geo.dailymotion.com/player/xab1.html?video=x7tgad0": "x7tgad0"},
        ),
        rule(
            "playlist.player",
            r"/player(?:/\w+)?\.html",
            "playlist",
            r"playlist>id~\w+",
            need=True,
            eg={"https://geo.dailymotion.com/player.html?playlist=x6hynp": "x6hynp"},
        ),
        rule(
            "playlist.path",
            r"/playlist/(?P<id>[a-zA-Z0-9]+)(?:_[^/]*)?",
            "playlist",
            eg={"https://www.dailymotion.com/playlist/x6hynp_tea": "x6hynp"},
        ),
        rule(
            "channel.user",
            r"/user/(?P<id>[^/]+)",
            "channel",
            eg={"https://www.dailymotion.com/user/tea": "tea"},
        ),
        rule(
            "video.short",
            r"/(?P<id>x[0-9a-z]{4,})",
            "video",
            eg={"https://dai.ly/x7tgad0": "x7tgad0"},
        ),
    ),
    # Rumble: /v<id>-slug.html, /embed/v<id>/, /c/<channel>, /user/<name> (yt-dlp's RumbleIE).
    platform(
        "rumble",
        "rumble.com",
        rule(
            "video.embed",
            r"/embed/(?P<id>v?[0-9a-z]+)(?:/.*)?",
            "video",
            ignore_case=True,
            eg={"https://rumble.com/embed/v5pv5f/?pub=4": "v5pv5f"},
        ),
        rule(
            "video.page",
            r"/(?P<id>v[0-9a-z]+)(?:-[^/]*)?(?:\.html)?",
            "video",
            ignore_case=True,
            eg={"https://rumble.com/v2ab3c-green-tea.html": "v2ab3c"},
        ),
        rule(
            "channel.c",
            r"/c/(?P<id>[^/]+)",
            "channel",
            eg={"https://rumble.com/c/TeaTalk": "TeaTalk"},
        ),
        rule(
            "profile.user",
            r"/user/(?P<id>[^/]+)",
            "profile",
            eg={"https://rumble.com/user/tea": "tea"},
        ),
    ),
    # Odysee / LBRY: /@channel[:claim], /@channel:c/name:c, /$/embed/name/claim
    # (LBRY URL spec, "lbry.tech/spec#urls").
    platform(
        "odysee",
        "odysee.com lbry.tv",
        rule(
            "playlist.list",
            r"/\$/(?:list|playlist)/(?P<id>[\w-]+)",
            "playlist",
            eg={"https://odysee.com/$/list/ab12": "ab12"},
        ),
        rule(
            "video.embed",
            r"/\$/(?:embed|download)/(?P<id>[^/]+/[^/]+)",
            "video",
            eg={"https://odysee.com/$/embed/tea/ab12": "tea/ab12"},
        ),
        rule(
            "channel.at",
            r"/(?P<id>@[^/:]+(?::\w+)?)",
            "channel",
            eg={"https://odysee.com/@Tea:4": "@Tea:4"},
        ),
        rule(
            "video.claim",
            r"/(?P<id>[^$/][^/]*(?:/[^/]+)?)",
            "video",
            eg={"https://odysee.com/@Tea:4/green:a": "@Tea:4/green:a"},
        ),
    ),
    # Nebula: /videos/<slug>, /<channel>, /<channel>/<slug>.
    platform(
        "nebula",
        "nebula.tv watchnebula.com",
        rule(
            "video.videos",
            r"/videos/(?P<id>[^/]+)",
            "video",
            eg={"https://nebula.tv/videos/tea-1": "tea-1"},
        ),
        rule(
            "playlist.season",
            r"/(?P<id>[^/]+/season/[^/]+)",
            "playlist",
            eg={"https://nebula.tv/tea/season/2": "tea/season/2"},
        ),
        rule(
            "other.pages",
            r"/(?:login|join|settings|library|explore)(?:/.*)?",
            "other",
            eg={"https://nebula.tv/explore": None},
        ),
        rule(
            "video.channel",
            r"/(?P<id>[^/]+/[^/]+)",
            "video",
            eg={"https://nebula.tv/tea/green": "tea/green"},
        ),
        rule("channel.name", r"/(?P<id>[^/]+)", "channel", eg={"https://nebula.tv/tea": "tea"}),
    ),
    # Kick: kick.com/<channel>, /<channel>/videos/<uuid>, /<channel>/clips/<id>, ?clip=.
    platform(
        "kick",
        "kick.com",
        rule(
            "video.videos",
            r"/[^/]+/videos/(?P<id>[\w-]+)",
            "video",
            eg={"https://kick.com/tea/videos/ab-1": "ab-1"},
        ),
        rule(
            "clip.clips",
            r"/[^/]+/clips/(?P<id>[\w-]+)",
            "clip",
            eg={"https://kick.com/tea/clips/clip_01": "clip_01"},
        ),
        rule(
            "clip.query",
            r"/[^/]+",
            "clip",
            r"clip>id~[\w-]+",
            need=True,
            eg={"https://kick.com/tea?clip=clip_01": "clip_01"},
        ),
        rule(
            "channel.name",
            r"/(?P<id>[\w-]+)",
            "channel",
            fold="id",
            eg={"https://kick.com/Tea": "tea"},
        ),
    ),
    # TikTok: /@user/video/<id> (the user may be empty), /@user/photo/<id>, /embed/v2/<id>,
    # /player/v1/<id> (TikTok for Developers, "Embed Player"), /share/video/<id>, m.tiktok.com
    # /v/<id>.html, /@user/live, /t/<code>, vm./vt. short links. Usernames are case-insensitive.
    platform(
        "tiktok",
        "tiktok.com tiktokv.com",
        rule(
            "video.user",
            r"/@(?P<handle>[^/]*)/(?:video|photo)/(?P<id>\d+)",
            "video",
            eg={
                "https://www.tiktok.com/@tea.talk/video/7200000000000000001": "7200000000000000001",
                "https://www.tiktok.com/@/video/7200000000000000001": "7200000000000000001",
                "https://www.tiktok.com/@tea/photo/7200000000000000002": "7200000000000000002",
            },
        ),
        rule(
            "video.embed",
            r"/(?:share|embed(?:/v2)?|player/v1|v)(?:/video)?/(?P<id>\d+)(?:\.html)?",
            "video",
            eg={
                "https://www.tiktok.com/embed/v2/7200000000000000001": "7200000000000000001",
                "https://www.tiktok.com/player/v1/7200000000000000001": "7200000000000000001",
                "https://m.tiktok.com/v/7200000000000000001.html": "7200000000000000001",
                "https://www.tiktok.com/share/video/7200000000000000001": "7200000000000000001",
            },
        ),
        rule(
            "live.user",
            r"/@(?P<id>[^/]+)/live|/share/live/(?P<room>\d+)",
            "live",
            fold="id",
            eg={"https://www.tiktok.com/@TeaTalk/live": "teatalk"},
        ),
        rule(
            "playlist.collection",
            r"/@[^/]+/(?:collection|playlist)/(?:[^/]*-)?(?P<id>\d+)",
            "playlist",
            eg={"https://www.tiktok.com/@tea/collection/Best-73000000001": "73000000001"},
        ),
        rule(
            "profile.user",
            r"/@(?P<id>[^/]+)",
            "profile",
            decode=True,
            fold="id",
            eg={"https://www.tiktok.com/@Tea.Talk": "tea.talk"},
        ),
        rule(
            "tag.tag",
            r"/tag/(?P<id>[^/]+)",
            "tag",
            decode=True,
            eg={"https://www.tiktok.com/tag/tea": "tea"},
        ),
        rule(
            "other.music",
            r"/(?:music|sticker)/(?:[^/]*-)?(?P<id>\d+)",
            "other",
            eg={"https://www.tiktok.com/music/Tea-Song-7000000000000000001": "7000000000000000001"},
        ),
        rule(
            "short_link.t",
            r"/t/(?P<id>\w+)",
            "short_link",
            eg={"https://www.tiktok.com/t/ZTab12/": "ZTab12"},
        ),
        strip="is_copy_url is_from_webapp sender_device lang",
    ),
    platform(
        "tiktok",
        "vm.tiktok.com vt.tiktok.com",
        rule(
            "short_link.vm",
            r"/(?P<id>\w+)",
            "short_link",
            eg={"https://vm.tiktok.com/ZMab12/": "ZMab12"},
        ),
    ),
    platform(
        "douyin",
        "douyin.com iesdouyin.com",
        rule(
            "video.video",
            r"/(?:share/)?video/(?P<id>\d+)",
            "video",
            eg={"https://www.douyin.com/video/6961737553342991651": "6961737553342991651"},
        ),
    ),
    platform(
        "snapchat",
        "snapchat.com",
        rule(
            "video.spotlight",
            r"/spotlight/(?P<id>[\w-]+)",
            "video",
            eg={"https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEE": "W7_EDlXWTBiXAEE"},
        ),
        rule(
            "profile.add",
            r"/add/(?P<id>[\w.-]+)",
            "profile",
            fold="id",
            eg={"https://www.snapchat.com/add/TeaTalk": "teatalk"},
        ),
    ),
)
