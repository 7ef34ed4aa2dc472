"""Social networks and newsletters: Twitter/X, Bluesky, Mastodon and the fediverse, Threads,
Instagram, LinkedIn, Facebook, Reddit, Tumblr, Telegram, Discord, Medium, Pinterest, Truth
Social, Substack (in the language of :mod:`shownotes.links.rules`).

Handles on Twitter/X, Instagram, Threads, Bluesky and Mastodon are case-insensitive on those
platforms (``@TeaTalk`` and ``@teatalk`` are one account), so they are case-folded; post ids
keep their case. Mastodon has no fixed host: its row matches ``/@user`` paths on any host no
other row claims (``hosts="*"``).
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["SOCIAL"]

_PINTEREST: Final = (
    "pinterest.com pinterest.ca pinterest.co.uk pinterest.de pinterest.fr pinterest.es "
    "pinterest.it pinterest.com.au pinterest.jp pinterest.com.mx pinterest.nz pinterest.ie "
    "pinterest.at pinterest.ch pinterest.pt pinterest.se pinterest.dk pinterest.cl pinterest.ph"
)
_DOMAIN: Final = r"[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
_TWEET: Final = "1234567890123456789"
_LI: Final = "710000000000000000"  # a LinkedIn activity id

SOCIAL: Final[tuple[Platform, ...]] = (
    # Twitter/X: /<handle>/status/<id>, /i/web/status/<id>, /statuses/<id>, /i/spaces|broadcasts
    # /<id>, /i/lists/<id>, the card and video players, the v1.1/v2 API (X Developer Platform,
    # "Tweet object" and "Web Intents": intent/follow?screen_name=).
    platform(
        "twitter",
        "twitter.com x.com fxtwitter.com vxtwitter.com fixupx.com "
        "twitter3e4tixl4xyajtrzo62zg5vztmjuricljdp2c5kshju4avyoid.onion",
        rule(
            "post.web",
            r"/i/web/status(?:es)?/(?P<id>\d+)(?:/.*)?",
            "post",
            eg={f"https://x.com/i/web/status/{_TWEET}": _TWEET},
        ),
        rule(
            "post.root",
            r"/statuses/(?P<id>\d+)(?:/.*)?",
            "post",
            eg={f"https://twitter.com/statuses/{_TWEET}": _TWEET},
        ),
        rule(
            "post.status",
            r"/@?(?P<handle>\w{1,50})/status(?:es)?/(?P<id>\d+)(?:/.*)?",
            "post",
            fold="handle",
            eg={
                f"https://x.com/TeaTalk/status/{_TWEET}": _TWEET,
                f"https://mobile.twitter.com/tea/status/{_TWEET}/photo/1": _TWEET,
                f"https://twitter.com/i/status/{_TWEET}": _TWEET,
            },
        ),
        rule(
            "post.api",
            r"/(?:1\.1/statuses/show/|2/tweets/)(?P<id>\d+)(?:\.json)?",
            "post",
            eg={f"https://api.twitter.com/2/tweets/{_TWEET}": _TWEET},
        ),
        rule(
            "live.spaces",
            r"/i/(?:broadcasts|spaces|events)/(?P<id>\w+)",
            "live",
            eg={"https://twitter.com/i/spaces/1AbCdEfGhIjKl": "1AbCdEfGhIjKl"},
        ),
        rule(
            "playlist.list",
            r"/i/lists/(?P<id>\d+)",
            "playlist",
            eg={"https://x.com/i/lists/42": "42"},
        ),
        rule(
            "video.card",
            r"/i/(?:cards/tfw/v1|videos(?:/tweet)?)/(?P<id>\d+)",
            "video",
            eg={
                f"https://twitter.com/i/cards/tfw/v1/{_TWEET}": _TWEET,
                f"https://twitter.com/i/videos/tweet/{_TWEET}": _TWEET,
            },
        ),
        rule(
            "profile.intent",
            r"/intent/(?:follow|user)",
            "profile",
            r"screen_name>id~\w{1,50}",
            need=True,
            fold="id",
            eg={"https://twitter.com/intent/follow?screen_name=TeaTalk": "teatalk"},
        ),
        rule("invalid.home", r"|/i/lists", "invalid", eg={"https://twitter.com": None}),
        rule(
            "other.pages",
            r"/(?:home|explore|search|settings|notifications|messages|login|signup|i|tos|privacy"
            r"|hashtag|intent|share|compose)(?:/.*)?",
            "other",
            eg={"https://twitter.com/home": None},
        ),
        rule(
            "profile.handle",
            r"/@?(?P<id>\w{1,50})(?:/(?:with_replies|media|likes|highlights|lists)(?:/.*)?)?",
            "profile",
            fold="id",
            eg={"https://x.com/TeaTalk": "teatalk", "https://twitter.com/@tea/media": "tea"},
        ),
        strip="s t lang ref_src ref_url",
    ),
    platform(
        "twitter",
        "amp.twimg.com",
        rule(
            "video.amplify",
            r"/v/(?P<id>[\w-]+)",
            "video",
            eg={"https://amp.twimg.com/v/0ba0c3c7-0af3": "0ba0c3c7-0af3"},
        ),
    ),
    platform(
        "twitter",
        "t.co",
        rule("short_link.tco", r"/(?P<id>\w+)", "short_link", eg={"https://t.co/AbC12": "AbC12"}),
    ),
    # Bluesky: bsky.app/profile/<handle or did>[/post/<rkey>|/lists/<id>|/feed/<name>] (Bluesky
    # docs, "Links and URIs"); handles are domain names, so case-insensitive.
    platform(
        "bluesky",
        "bsky.app main.bsky.dev",
        rule(
            "post.profile",
            r"/profile/(?P<handle>[^/]+)/post/(?P<id>\w+)",
            "post",
            fold="handle",
            eg={"https://bsky.app/profile/Tea.example/post/3kabc": "3kabc"},
        ),
        rule(
            "playlist.list",
            r"/profile/(?P<handle>[^/]+)/(?:lists|feed)/(?P<id>[\w-]+)",
            "playlist",
            fold="handle",
            eg={"https://bsky.app/profile/tea.example/lists/3kab": "3kab"},
        ),
        rule(
            "profile.handle",
            r"/profile/(?P<id>[^/]+)(?:/.*)?",
            "profile",
            fold="id",
            eg={"https://bsky.app/profile/Tea.bsky.social": "tea.bsky.social"},
        ),
    ),
    # Mastodon and other fediverse servers (Mastodon docs, "Profile and post URLs"): /@user,
    # /@user@home.server, /@user/<id>, and the ActivityPub /users/<user>/statuses/<id>.
    platform(
        "mastodon",
        "*",
        rule(
            "post.at",
            rf"/@(?P<user>[\w.]{{1,64}})(?:@(?P<domain>{_DOMAIN}))?/(?P<id>\d{{1,24}})",
            "post",
            fold="handle",
            templates={"handle": "{user}@{domain}"},
            eg={"https://hachyderm.io/@Tea/1234567890": "1234567890"},
        ),
        rule(
            "post.users",
            r"/users/(?P<user>[\w.]{1,64})/statuses/(?P<id>\d{1,24})",
            "post",
            fold="handle",
            templates={"handle": "{user}@{domain}"},
            eg={"https://mastodon.social/users/tea/statuses/42": "42"},
        ),
        rule(
            "profile.at",
            rf"/@(?P<user>[\w.]{{1,64}})(?:@(?P<domain>{_DOMAIN}))?"
            r"(?:/(?:with_replies|media|following|followers|tagged/[\w-]{1,64}))?",
            "profile",
            fold="id",
            templates={"id": "{user}@{domain}"},
            eg={
                "https://fosstodon.org/@Tea": "tea@fosstodon.org",
                "https://mastodon.social/@tea@hachyderm.io": "tea@hachyderm.io",
            },
        ),
        strict=True,
    ),
    platform(
        "threads",
        "threads.net threads.com",
        rule(
            "post.user",
            r"/@(?P<handle>[^/]+)/post/(?P<id>[\w-]+)(?:/.*)?",
            "post",
            fold="handle",
            eg={"https://www.threads.com/@teatalk/post/CxAbC": "CxAbC"},
        ),
        rule(
            "profile.user",
            r"/@(?P<id>[^/]+)",
            "profile",
            fold="id",
            eg={"https://www.threads.net/@TeaTalk": "teatalk"},
        ),
        rule(
            "post.t", r"/t/(?P<id>[\w-]+)", "post", eg={"https://www.threads.net/t/CxAbC": "CxAbC"}
        ),
    ),
    # Instagram: /p|reel|reels|tv/<shortcode> (optionally after the user), /stories/<user>/<id>,
    # /stories/highlights/<id>, /explore/tags/<tag>, /<user>, /_u/<user> (Instagram Help,
    # "share a post"; yt-dlp's InstagramIE and InstagramStoryIE). Usernames are case-insensitive.
    platform(
        "instagram",
        "instagram.com instagr.am",
        rule(
            "other.audio",
            r"/reels?/audio/(?P<id>\d+)",
            "other",
            eg={"https://www.instagram.com/reels/audio/4242/": "4242"},
        ),
        rule(
            "post.media",
            r"(?:/[\w.]+)?/(?:p|reels?|tv)/(?P<id>[\w-]+)(?:/.*)?",
            "post",
            eg={
                "https://www.instagram.com/p/CxAbC-1/": "CxAbC-1",
                "https://www.instagram.com/reel/CxAbC/": "CxAbC",
                "https://www.instagram.com/teatalk/p/CxAbC/": "CxAbC",
            },
        ),
        rule(
            "playlist.highlights",
            r"/stories/highlights/(?P<id>\d+)",
            "playlist",
            eg={"https://www.instagram.com/stories/highlights/1790001/": "1790001"},
        ),
        rule(
            "post.story",
            r"/stories/(?P<handle>[\w.]+)/(?P<id>\d+)",
            "post",
            fold="handle",
            eg={"https://www.instagram.com/stories/TeaTalk/3100000000001/": "3100000000001"},
        ),
        rule(
            "other.stories",
            r"/stories/(?P<id>[^/]+)(?:/.*)?",
            "other",
            fold="id",
            eg={"https://www.instagram.com/stories/teatalk/": "teatalk"},
        ),
        rule(
            "tag.explore",
            r"/explore/tags/(?P<id>[^/]+)",
            "tag",
            eg={"https://www.instagram.com/explore/tags/tea/": "tea"},
        ),
        rule(
            "other.pages",
            r"/(?:explore|accounts|direct|about|developer|legal)(?:/.*)?",
            "other",
            eg={"https://www.instagram.com/accounts/login/": None},
        ),
        rule(
            "profile.user",
            r"(?:/_u)?/(?P<id>[\w.]+)(?:/(?:reels|tagged|guides|saved))?",
            "profile",
            fold="id",
            eg={
                "https://www.instagram.com/TeaTalk/": "teatalk",
                "https://instagram.com/_u/teatalk": "teatalk",
            },
        ),
        strip="igshid igsh hl",
    ),
    # LinkedIn: /in/<vanity>, /company|school|showcase/<name>, /posts/<slug>-<activity id>-<x>,
    # /feed/update/urn:li:activity:<id> and its /embed/ form, /events/<slug>-<id>, /pulse/<slug>,
    # /learning/<course>/<video> (LinkedIn Help, "post and profile URLs").
    platform(
        "linkedin",
        "linkedin.com",
        rule(
            "profile.in",
            r"/in/(?P<id>[^/]+)(?:/.*)?",
            "profile",
            decode=True,
            eg={"https://www.linkedin.com/in/tea-talk/": "tea-talk"},
        ),
        rule(
            "company.page",
            r"/(?:company|school|showcase)/(?P<id>[^/]+)(?:/.*)?",
            "company",
            decode=True,
            eg={"https://www.linkedin.com/company/teatalk/posts/": "teatalk"},
        ),
        rule(
            "post.posts",
            r"/posts/[^/]*-(?P<id>\d{15,25})(?:-[\w-]{1,12})?",
            "post",
            eg={
                f"https://www.linkedin.com/posts/tea_x-activity-{_LI}-AbCd": _LI,
                f"https://www.linkedin.com/posts/tea_x-ugcPost-{_LI}-x_Y1": _LI,
            },
        ),
        rule(
            "post.update",
            r"(?:/embed)?/feed/update/urn:li:(?:activity|ugcPost|share):(?P<id>\d+)(?:/.*)?",
            "post",
            eg={
                f"https://linkedin.com/feed/update/urn:li:activity:{_LI}/": _LI,
                f"https://linkedin.com/embed/feed/update/urn:li:share:{_LI}": _LI,
            },
        ),
        rule(
            "event.events",
            r"/events/(?:[^/]*-)?(?P<id>\d+)(?:/.*)?",
            "event",
            eg={"https://www.linkedin.com/events/tea-710000000000000003/": "710000000000000003"},
        ),
        rule(
            "video.learning",
            r"/learning/(?P<course>[^/]+)/(?P<id>[^/]+)",
            "video",
            eg={"https://www.linkedin.com/learning/tea-basics/brewing": "brewing"},
        ),
        rule(
            "playlist.course",
            r"/learning/(?P<id>[^/]+)",
            "playlist",
            eg={"https://www.linkedin.com/learning/tea-basics": "tea-basics"},
        ),
        rule(
            "article.pulse",
            r"/pulse/(?P<id>[^/]+)",
            "article",
            eg={"https://www.linkedin.com/pulse/green-tea-ann-lee": "green-tea-ann-lee"},
        ),
        rule(
            "group.groups",
            r"/groups/(?P<id>\d+)(?:/.*)?",
            "group",
            eg={"https://www.linkedin.com/groups/42/": "42"},
        ),
        strip="trk lipi rcm trackingid midtoken midsig eid otptoken",
    ),
    platform(
        "linkedin",
        "lnkd.in",
        rule(
            "short_link.lnkd",
            r"/(?P<id>[\w-]+)",
            "short_link",
            eg={"https://lnkd.in/eAbC-12": "eAbC-12"},
        ),
    ),
    # Facebook: /<page>/videos/<id>, /watch/?v=<id>, /reel/<id>, /<page>/posts/<id>,
    # /permalink.php?story_fbid=, /photo/?fbid=, /groups/<g>/posts/<id>, /events/<id>,
    # /share/[v|r|p]/<code> share links, /profile.php?id=, /<page> (Facebook Help).
    platform(
        "facebook",
        "facebook.com fb.com facebookwkhpilnemxj7asaniu7vnjjbiltxjqhye3mhbshg7kx5tfyd.onion",
        rule(
            "video.videos",
            r"(?:/[^/]+)?/videos/(?:vb\.\d+/)?(?:[^/]+/)?(?P<id>\d+)(?:/.*)?",
            "video",
            eg={"https://www.facebook.com/teatalk/videos/4242/": "4242"},
        ),
        rule(
            "video.watch",
            r"/(?:video\.php|watch(?:/live)?)",
            "video",
            r"v>id~\d+",
            need=True,
            eg={"https://www.facebook.com/watch/?v=4242": "4242"},
        ),
        rule(
            "video.reel",
            r"/(?:reel|watchparty)/(?P<id>\d+)",
            "video",
            eg={"https://www.facebook.com/reel/4242": "4242"},
        ),
        rule(
            "short_link.share",
            r"/share/(?:[vrp]/)?(?P<id>\w+)",
            "short_link",
            eg={"https://www.facebook.com/share/v/1AbC2dE/": "1AbC2dE"},
        ),
        rule(
            "post.group",
            r"/groups/[^/]+/(?:permalink|posts)/(?:[^/]+/)?(?P<id>\d+)(?:/.*)?",
            "post",
            eg={"https://www.facebook.com/groups/tea/posts/4242/": "4242"},
        ),
        rule(
            "group.groups",
            r"/groups/(?P<id>[^/]+)(?:/.*)?",
            "group",
            eg={"https://www.facebook.com/groups/teatalk/": "teatalk"},
        ),
        rule(
            "post.story",
            r"/(?:story|permalink)\.php",
            "post",
            r"story_fbid>id~\w+",
            need=True,
            eg={"https://www.facebook.com/permalink.php?story_fbid=4242&id=42": "4242"},
        ),
        rule(
            "post.photo",
            r"/photo(?:\.php)?",
            "post",
            r"fbid>id~\d+",
            need=True,
            eg={"https://www.facebook.com/photo/?fbid=4242&set=a.1": "4242"},
        ),
        rule(
            "post.posts",
            r"/[^/]+/posts/(?P<id>\w+)(?:/.*)?",
            "post",
            eg={"https://m.facebook.com/teatalk/posts/4242": "4242"},
        ),
        rule(
            "event.events",
            r"/events/(?P<id>\d+)(?:/.*)?",
            "event",
            eg={"https://www.facebook.com/events/4242/": "4242"},
        ),
        rule(
            "other.ads",
            r"/ads/library",
            "other",
            r"id>id~\d+",
            need=True,
            eg={"https://www.facebook.com/ads/library/?id=4242": "4242"},
        ),
        rule(
            "profile.php",
            r"/profile\.php",
            "profile",
            r"id>id~\d+",
            need=True,
            eg={"https://www.facebook.com/profile.php?id=4242": "4242"},
        ),
        rule(
            "other.pages",
            r"/(?:home\.php|login(?:\.php)?|watch|marketplace|gaming|help|policies|privacy|settings"
            r"|share|sharer(?:\.php)?|dialog|plugins|flx|l\.php|ads|business|pages)(?:/.*)?",
            "other",
            eg={"https://www.facebook.com/sharer/sharer.php?u=x": None},
        ),
        rule(
            "profile.page",
            r"/(?P<id>[\w.-]+)(?:/(?:about|photos|videos|posts|reels))?",
            "profile",
            eg={"https://www.facebook.com/teatalk": "teatalk"},
        ),
        strip="mibextid rdid sfnsn ref notif_t notif_id",
    ),
    platform(
        "facebook",
        "fb.watch fb.me",
        rule(
            "short_link.watch",
            r"/(?P<id>[\w-]+)",
            "short_link",
            eg={"https://fb.watch/aBc12/": "aBc12"},
        ),
    ),
    # Reddit: /r/<sub>/comments/<id>/<slug>, /r/<sub>/s/<code> share links, /user/<name>,
    # /gallery/<id>, redd.it/<id>, v.redd.it and i.redd.it media (Reddit Help).
    platform(
        "reddit",
        "reddit.com",
        rule(
            "post.comments",
            r"(?:/r/[^/]+|/u(?:ser)?/[^/]+)?/comments/(?P<id>\w+)(?:/.*)?",
            "post",
            eg={"https://www.reddit.com/r/tea/comments/abc12/green/": "abc12"},
        ),
        rule(
            "post.gallery",
            r"/gallery/(?P<id>\w+)",
            "post",
            eg={"https://www.reddit.com/gallery/abc12": "abc12"},
        ),
        rule(
            "short_link.share",
            r"/r/[^/]+/s/(?P<id>\w+)",
            "short_link",
            eg={"https://www.reddit.com/r/tea/s/AbC12dE": "AbC12dE"},
        ),
        rule(
            "group.subreddit",
            r"/r/(?P<id>[^/]+)(?:/.*)?",
            "group",
            eg={"https://old.reddit.com/r/tea/": "tea"},
        ),
        rule(
            "profile.user",
            r"/u(?:ser)?/(?P<id>[^/]+)(?:/.*)?",
            "profile",
            eg={"https://www.reddit.com/user/tea": "tea"},
        ),
    ),
    platform(
        "reddit",
        "redd.it",
        rule("post.short", r"/(?P<id>\w+)", "post", eg={"https://redd.it/abc12": "abc12"}),
    ),
    platform(
        "reddit",
        "v.redd.it",
        rule("video.v", r"/(?P<id>\w+)(?:/.*)?", "video", eg={"https://v.redd.it/abc12": "abc12"}),
    ),
    platform(
        "tumblr",
        "tumblr.com",
        rule(
            "post.blog",
            r"(?P<blog>[\w-]+)/post/(?P<id>\d+)(?:/.*)?",
            "post",
            eg={"https://teatalk.tumblr.com/post/4242/green": "4242"},
        ),
        rule(
            "post.dashboard",
            r"(?:/blog/view)?/(?P<blog>[\w-]+)/(?P<id>\d+)(?:/.*)?",
            "post",
            eg={"https://www.tumblr.com/teatalk/4242/green": "4242"},
        ),
        rule(
            "profile.blog",
            r"(?P<id>[\w-]+)",
            "profile",
            eg={"https://teatalk.tumblr.com/": "teatalk"},
        ),
        rule(
            "profile.path",
            r"/(?P<id>[\w-]+)",
            "profile",
            eg={"https://www.tumblr.com/teatalk": "teatalk"},
        ),
        capture=True,
    ),
    platform(
        "telegram",
        "t.me telegram.me",
        rule(
            "post.channel",
            r"/(?:s/)?(?P<channel>\w+)/(?P<id>\d+)",
            "post",
            eg={"https://t.me/teatalk/42": "42"},
        ),
        rule("invite.plus", r"/\+(?P<id>[\w-]+)", "invite", eg={"https://t.me/+AbC12": "AbC12"}),
        rule(
            "invite.joinchat",
            r"/joinchat/(?P<id>[\w-]+)",
            "invite",
            eg={"https://t.me/joinchat/AbC12": "AbC12"},
        ),
        rule(
            "profile.channel",
            r"/(?:s/)?(?P<id>\w+)",
            "profile",
            eg={"https://t.me/teatalk": "teatalk"},
        ),
    ),
    platform(
        "discord",
        "discord.gg",
        rule("invite.gg", r"/(?P<id>[\w-]+)", "invite", eg={"https://discord.gg/AbC12": "AbC12"}),
    ),
    platform(
        "discord",
        "discord.com discordapp.com",
        rule(
            "invite.invite",
            r"/invite/(?P<id>[\w-]+)",
            "invite",
            eg={"https://discord.com/invite/AbC12": "AbC12"},
        ),
    ),
    platform(
        "medium",
        "medium.com",
        rule(
            "post.author",
            r"/@(?P<author>[^/]+)/[^/]*-(?P<id>[0-9a-f]{8,12})",
            "post",
            eg={"https://medium.com/@tea/green-tea-1a2b3c4d5e6f": "1a2b3c4d5e6f"},
        ),
        rule(
            "post.publication",
            r"/(?P<publication>[^/@]+)/[^/]*-(?P<id>[0-9a-f]{8,12})",
            "post",
            eg={"https://medium.com/teatimes/green-tea-1a2b3c4d5e6f": "1a2b3c4d5e6f"},
        ),
        rule(
            "post.p",
            r"/p/(?P<id>[0-9a-f]+)",
            "post",
            eg={"https://medium.com/p/1a2b3c4d5e6f": "1a2b3c4d5e6f"},
        ),
        rule(
            "post.sub",
            r"(?P<publication>[\w-]+)/[^/]*-(?P<id>[0-9a-f]{8,12})",
            "post",
            eg={"https://tea.medium.com/green-tea-1a2b3c4d5e6f": "1a2b3c4d5e6f"},
        ),
        rule("profile.at", r"/@(?P<id>[^/]+)", "profile", eg={"https://medium.com/@tea": "tea"}),
        rule("profile.sub", r"(?P<id>[\w-]+)", "profile", eg={"https://tea.medium.com/": "tea"}),
        capture=True,
    ),
    platform(
        "pinterest",
        _PINTEREST,
        rule(
            "post.pin",
            r"/pin/(?:[^/]*--)?(?P<id>\d+)",
            "post",
            eg={"https://www.pinterest.com/pin/4242/": "4242"},
        ),
        rule(
            "profile.user",
            r"/(?P<id>[\w-]+)",
            "profile",
            eg={"https://www.pinterest.de/teatalk/": "teatalk"},
        ),
    ),
    platform(
        "pinterest",
        "pin.it",
        rule("short_link.pin", r"/(?P<id>\w+)", "short_link", eg={"https://pin.it/AbC12": "AbC12"}),
    ),
    platform(
        "truth_social",
        "truthsocial.com",
        rule(
            "post.user",
            r"/@(?P<handle>\w+)(?:/posts)?/(?P<id>\d+)",
            "post",
            eg={"https://truthsocial.com/@tea/posts/4242": "4242"},
        ),
        rule(
            "profile.user", r"/@(?P<id>\w+)", "profile", eg={"https://truthsocial.com/@tea": "tea"}
        ),
    ),
    # Substack: <pub>.substack.com[/p/<slug>|/podcast|/feed|/subscribe], open.substack.com/pub/
    # <pub>/p/<slug>, substack.com/@<user> (Substack Help, "publication URLs").
    platform(
        "substack",
        "substack.com",
        rule(
            "post.open",
            r"open/pub/(?P<publication>[\w-]+)/p/(?P<id>[^/]+)",
            "post",
            eg={"https://open.substack.com/pub/teatalk/p/green-tea": "green-tea"},
        ),
        rule(
            "profile.open",
            r"open/pub/(?P<id>[\w-]+)(?:/.*)?",
            "profile",
            purpose="subscribe",
            eg={"https://open.substack.com/pub/teatalk": "teatalk"},
        ),
        rule(
            "post.p",
            r"(?P<publication>[\w-]+)/p/(?P<id>[^/]+)",
            "post",
            eg={"https://teatalk.substack.com/p/green-tea": "green-tea"},
        ),
        rule(
            "feed.podcast",
            r"api/feed/podcast/(?P<id>\d+)\.rss",
            "feed",
            eg={"https://api.substack.com/feed/podcast/4242.rss": "4242"},
        ),
        rule(
            "feed.pub",
            r"(?P<id>[\w-]+)/feed",
            "feed",
            eg={"https://teatalk.substack.com/feed": "teatalk"},
        ),
        rule(
            "show.podcast",
            r"(?P<id>[\w-]+)/podcast",
            "show",
            eg={"https://teatalk.substack.com/podcast": "teatalk"},
        ),
        rule(
            "profile.subscribe",
            r"(?P<id>[\w-]+)/subscribe",
            "profile",
            purpose="subscribe",
            eg={"https://teatalk.substack.com/subscribe": "teatalk"},
        ),
        rule(
            "post.note",
            r"/@(?P<handle>[\w.-]+)/note/(?P<id>[\w-]+)",
            "post",
            eg={"https://substack.com/@tea/note/c-4242": "c-4242"},
        ),
        rule(
            "profile.at",
            r"/@(?P<id>[\w.-]+)(?:/.*)?",
            "profile",
            eg={"https://substack.com/@teatalk": "teatalk"},
        ),
        rule(
            "profile.profile",
            r"/profile/(?P<id>[^/]+)",
            "profile",
            eg={"https://substack.com/profile/42-tea": "42-tea"},
        ),
        rule(
            "profile.pub",
            r"(?P<id>[\w-]+)(?:/(?:archive|about|s/[^/]+))?",
            "profile",
            purpose="subscribe",
            eg={"https://teatalk.substack.com": "teatalk"},
        ),
        capture=True,
    ),
)
