"""Platform rules for social networks, code hosting, papers, books and short links
(see :mod:`shownotes.links.rules`). Mastodon is not here: any host can be an instance, so
:mod:`shownotes.links.hosts` recognises its ``/@user`` paths on hosts no rule claims.
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["WEB"]

_AMAZON: Final = (
    "amazon.com amazon.co.uk amazon.de amazon.fr amazon.it amazon.es amazon.ca amazon.in "
    "amazon.co.jp amazon.com.au amazon.com.br amazon.com.mx amazon.nl amazon.se amazon.pl "
    "amazon.sg amazon.ae amazon.sa amazon.com.tr amazon.eg amazon.com.be amazon.cn"
)
_PINTEREST: Final = (
    "pinterest.com pinterest.ca pinterest.co.uk pinterest.de pinterest.fr pinterest.es "
    "pinterest.it pinterest.com.au pinterest.jp pinterest.com.mx pinterest.nz pinterest.ie "
    "pinterest.at pinterest.ch pinterest.pt pinterest.se pinterest.dk pinterest.cl pinterest.ph"
)
_ASIN_PATH: Final = r"(?:/[^/]+)?/(?:dp|gp/product|gp/aw/d|exec/obidos/ASIN|o/ASIN)/"
_GITHUB_PAGES: Final = (
    "about|apps|codespaces|collections|customer-stories|enterprise|events|explore|features|"
    "issues|join|login|marketplace|new|notifications|organizations|pricing|pulls|readme|search|"
    "security|settings|site|team|topics|trending"
)
_REPO_RULES: Final = (
    rule(r"/sponsors/(?P<id>[\w-]+)", "profile"),
    rule(r"/orgs/(?P<id>[\w-]+)(?:/.*)?", "profile"),
    rule(rf"/(?:{_GITHUB_PAGES})(?:/.*)?", "other"),
    rule(r"/(?P<id>[\w.-]+/[\w.-]+)/(?:blob|raw)/(?P<ref>[^/]+)/(?P<path>.+)", "file"),
    rule(r"/(?P<id>[\w.-]+/[\w.-]+)\.git", "repo"),
    rule(r"/(?P<id>[\w.-]+/[\w.-]+)(?:/.*)?", "repo"),
    rule(r"/(?P<id>[\w.-]+)", "profile"),
)

WEB: Final[tuple[Platform, ...]] = (
    platform(
        "spotify",
        "open.spotify.com play.spotify.com",
        rule(
            r"(?:/intl-[\w-]+)?(?:/embed(?:-podcast)?)?"
            r"/(?P<kind>show|episode|playlist|album|track|artist|user)/(?P<id>\w+)(?:/.*)?",
            "<kind>",
            canon="https://open.spotify.com/{kind}/{id}",
        ),
        strip="si nd context",
    ),
    platform("spotify", "spotify.link spoti.fi", rule(r"/(?P<id>\w+)", "short_link")),
    platform(
        "twitter",
        "twitter.com x.com fxtwitter.com vxtwitter.com fixupx.com "
        "twitter3e4tixl4xyajtrzo62zg5vztmjuricljdp2c5kshju4avyoid.onion",
        rule(r"/i/web/status(?:es)?/(?P<id>\d+)(?:/.*)?", "post"),
        rule(r"/@?(?P<handle>\w{1,50})/status(?:es)?/(?P<id>\d+)(?:/.*)?", "post"),
        rule(r"/i/(?:broadcasts|spaces|events)/(?P<id>\w+)", "live"),
        rule(r"/i/lists/(?P<id>\d+)", "playlist"),
        rule(r"/i/cards/tfw/v1/(?P<id>\d+)", "video"),
        rule(r"|/i/lists", "invalid"),
        rule(
            r"/(?:home|explore|search|settings|notifications|messages|login|signup|i|tos|privacy"
            r"|hashtag|intent|share|compose)(?:/.*)?",
            "other",
        ),
        rule(
            r"/@?(?P<id>\w{1,50})(?:/(?:with_replies|media|likes|highlights|lists)(?:/.*)?)?",
            "profile",
        ),
        strip="s t lang ref_src ref_url",
    ),
    platform("twitter", "amp.twimg.com", rule(r"/v/(?P<id>[\w-]+)", "video")),
    platform("twitter", "t.co", rule(r"/(?P<id>\w+)", "short_link")),
    platform(
        "bluesky",
        "bsky.app",
        rule(r"/profile/(?P<handle>[^/]+)/post/(?P<id>\w+)", "post"),
        rule(r"/profile/(?P<id>[^/]+)(?:/.*)?", "profile"),
    ),
    platform(
        "threads",
        "threads.net threads.com",
        rule(r"/@(?P<handle>[^/]+)/post/(?P<id>[\w-]+)(?:/.*)?", "post"),
        rule(r"/@(?P<id>[^/]+)", "profile"),
        rule(r"/t/(?P<id>[\w-]+)", "post"),
    ),
    platform(
        "instagram",
        "instagram.com instagr.am",
        rule(r"(?:/[\w.]+)?/(?:p|reels?|tv)/(?P<id>[\w-]+)(?:/.*)?", "post"),
        rule(r"/explore/tags/(?P<id>[^/]+)", "tag"),
        rule(r"/stories/(?P<id>[^/]+)(?:/.*)?", "other"),
        rule(r"/(?:explore|accounts|direct|about|developer|legal)(?:/.*)?", "other"),
        rule(r"/(?P<id>[\w.]+)", "profile"),
        strip="igshid igsh hl",
    ),
    platform(
        "linkedin",
        "linkedin.com",
        rule(r"/in/(?P<id>[^/]+)(?:/.*)?", "profile", decode=True),
        rule(r"/(?:company|school|showcase)/(?P<id>[^/]+)(?:/.*)?", "company", decode=True),
        rule(r"/posts/[^/]*-(?:activity|ugcPost|share)-(?P<id>\d+)(?:-[^/]*)?", "post"),
        rule(r"/feed/update/urn:li:(?:activity|ugcPost|share):(?P<id>\d+)(?:/.*)?", "post"),
        rule(r"/events/(?:[^/]*-)?(?P<id>\d+)(?:/.*)?", "event"),
        rule(r"/learning/(?P<course>[^/]+)/(?P<id>[^/]+)", "video"),
        rule(r"/pulse/(?P<id>[^/]+)", "article"),
        rule(r"/groups/(?P<id>\d+)(?:/.*)?", "group"),
        strip="trk lipi rcm trackingid midtoken midsig eid otptoken",
    ),
    platform("linkedin", "lnkd.in", rule(r"/(?P<id>[\w-]+)", "short_link")),
    platform(
        "facebook",
        "facebook.com fb.com facebookwkhpilnemxj7asaniu7vnjjbiltxjqhye3mhbshg7kx5tfyd.onion",
        rule(r"(?:/[^/]+)?/videos/(?:vb\.\d+/)?(?:[^/]+/)?(?P<id>\d+)(?:/.*)?", "video"),
        rule(r"/(?:video\.php|watch(?:/live)?)", "video", r"v>id~\d+", need=True),
        rule(r"/(?:reel|watchparty)/(?P<id>\d+)", "video"),
        rule(r"/groups/[^/]+/(?:permalink|posts)/(?:[^/]+/)?(?P<id>\d+)(?:/.*)?", "post"),
        rule(r"/groups/(?P<id>[^/]+)(?:/.*)?", "group"),
        rule(r"/(?:story|permalink)\.php", "post", r"story_fbid>id~\w+", need=True),
        rule(r"/[^/]+/posts/(?P<id>\w+)(?:/.*)?", "post"),
        rule(r"/events/(?P<id>\d+)(?:/.*)?", "event"),
        rule(r"/ads/library", "other", r"id>id~\d+", need=True),
        rule(r"/profile\.php", "profile", r"id>id~\d+", need=True),
        rule(
            r"/(?:home\.php|login(?:\.php)?|watch|marketplace|gaming|help|policies|privacy|settings"
            r"|share|sharer(?:\.php)?|dialog|plugins|flx|l\.php|ads|business|pages)(?:/.*)?",
            "other",
        ),
        rule(r"/(?P<id>[\w.-]+)(?:/(?:about|photos|videos|posts|reels))?", "profile"),
        strip="mibextid rdid sfnsn ref notif_t notif_id",
    ),
    platform("facebook", "fb.watch fb.me", rule(r"/(?P<id>[\w-]+)", "short_link")),
    platform("github", "github.com", *_REPO_RULES),
    platform(
        "github",
        "gist.github.com",
        rule(r"/(?P<owner>[\w-]+)/(?P<id>[0-9a-f]+)(?:/.*)?", "gist"),
        rule(r"/(?P<id>[0-9a-f]{20,})", "gist"),
        rule(r"/(?P<id>[\w-]+)", "profile"),
    ),
    platform(
        "github",
        "raw.githubusercontent.com",
        rule(r"/(?P<id>[\w.-]+/[\w.-]+)/(?P<ref>[^/]+)/(?P<path>.+)", "file"),
    ),
    platform(
        "gitlab",
        "gitlab.com",
        rule(r"/(?:explore|help|dashboard|users/sign_in|search)(?:/.*)?", "other"),
        rule(
            r"/(?P<id>[\w.-]+(?:/[\w.-]+){1,5})/-/(?:blob|raw)/(?P<ref>[^/]+)/(?P<path>.+)", "file"
        ),
        rule(r"/(?P<id>[\w.-]+(?:/[\w.-]+){1,5})/-/.*", "repo"),
        rule(r"/(?P<id>[\w.-]+(?:/[\w.-]+){1,5}?)(?:\.git)?", "repo"),
        rule(r"/(?P<id>[\w.-]+)", "profile"),
    ),
    platform("codeberg", "codeberg.org", *_REPO_RULES),
    platform(
        "arxiv",
        "arxiv.org export.arxiv.org",
        rule(
            r"/(?:abs|pdf|html|format)/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)(?:\.pdf)?",
            "paper",
            canon="https://arxiv.org/abs/{id}",
        ),
        rule(
            r"/(?:abs|pdf|html|format)/(?P<id>[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)(?:\.pdf)?",
            "paper",
        ),
        rule(r"/ftp/arxiv/papers/\d{4}/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)\.pdf", "paper"),
        rule(r"/a/(?P<id>[\w.-]+)(?:\.html)?", "profile"),
    ),
    platform(
        "doi",
        "doi.org dx.doi.org",
        rule(r"/(?P<id>10\.\d{4,9}/.+)", "paper", decode=True, canon="https://doi.org/{id}"),
    ),
    platform(
        "wikipedia",
        "wikipedia.org",
        rule(r"(?P<lang>[\w-]+)(?:\.m)?/wiki/(?P<id>[^/].*)", "article", decode=True),
        rule(r"(?P<lang>[\w-]+)(?:\.m)?/w/index\.php", "article", "title>id", need=True),
        capture=True,
    ),
    platform(
        "wikimedia_commons",
        "commons.wikimedia.org",
        rule(r"/wiki/File:(?P<id>.+)", "other"),
        rule(r"/wiki/(?P<id>.+)", "other"),
    ),
    platform(
        "amazon",
        _AMAZON,
        rule(_ASIN_PATH + r"(?P<id>\d{9}[\dX])(?:/.*)?", "book"),
        rule(_ASIN_PATH + r"(?P<id>[A-Z0-9]{10})(?:/.*)?", "product"),
        rule(r"/gp/customer-reviews/(?P<id>\w+)(?:/.*)?", "other"),
        rule(r"(?:/[^/]+)?/e/(?P<id>B\w{9})(?:/.*)?", "profile"),
        strip="ref ref_ tag linkcode linkid camp creative creativeasin psc th",
        strict=True,
    ),
    platform("amazon", "amzn.to amzn.eu a.co", rule(r"/(?:d/)?(?P<id>\w+)", "short_link")),
    platform(
        "goodreads",
        "goodreads.com",
        rule(r"/book/show/(?P<id>\d+)(?:[-.][^/]*)?", "book"),
        rule(r"/author/show/(?P<id>\d+)(?:[-.][^/]*)?", "profile"),
        rule(r"/(?:series|work/\w+)/(?P<id>\d+)(?:[-.][^/]*)?", "other"),
    ),
    platform(
        "bookshop",
        "bookshop.org",
        rule(r"/(?:books|a/\d+|p/books)/(?:[^/]+/)?(?P<id>97[89]\d{10})(?:/.*)?", "book"),
        rule(r"/shop/(?P<id>[^/]+)", "profile"),
    ),
    platform(
        "reddit",
        "reddit.com",
        rule(r"(?:/r/[^/]+|/u(?:ser)?/[^/]+)?/comments/(?P<id>\w+)(?:/.*)?", "post"),
        rule(r"/r/(?P<id>[^/]+)(?:/.*)?", "group"),
        rule(r"/u(?:ser)?/(?P<id>[^/]+)(?:/.*)?", "profile"),
    ),
    platform("reddit", "redd.it", rule(r"/(?P<id>\w+)", "post")),
    platform(
        "tumblr",
        "tumblr.com",
        rule(r"(?P<blog>[\w-]+)/post/(?P<id>\d+)(?:/.*)?", "post"),
        rule(r"(?:/blog/view)?/(?P<blog>[\w-]+)/(?P<id>\d+)(?:/.*)?", "post"),
        rule(r"(?P<id>[\w-]+)", "profile"),
        rule(r"/(?P<id>[\w-]+)", "profile"),
        capture=True,
    ),
    platform(
        "telegram",
        "t.me telegram.me",
        rule(r"/(?:s/)?(?P<channel>\w+)/(?P<id>\d+)", "post"),
        rule(r"/\+(?P<id>[\w-]+)", "invite"),
        rule(r"/joinchat/(?P<id>[\w-]+)", "invite"),
        rule(r"/(?:s/)?(?P<id>\w+)", "profile"),
    ),
    platform("discord", "discord.gg", rule(r"/(?P<id>[\w-]+)", "invite")),
    platform("discord", "discord.com discordapp.com", rule(r"/invite/(?P<id>[\w-]+)", "invite")),
    platform(
        "medium",
        "medium.com",
        rule(r"/@(?P<author>[^/]+)/[^/]*-(?P<id>[0-9a-f]{8,12})", "post"),
        rule(r"/(?P<publication>[^/@]+)/[^/]*-(?P<id>[0-9a-f]{8,12})", "post"),
        rule(r"/p/(?P<id>[0-9a-f]+)", "post"),
        rule(r"(?P<publication>[\w-]+)/[^/]*-(?P<id>[0-9a-f]{8,12})", "post"),
        rule(r"/@(?P<id>[^/]+)", "profile"),
        rule(r"(?P<id>[\w-]+)", "profile"),
        capture=True,
    ),
    platform(
        "pinterest",
        _PINTEREST,
        rule(r"/pin/(?:[^/]*--)?(?P<id>\d+)", "post"),
        rule(r"/(?P<id>[\w-]+)", "profile"),
    ),
    platform("pinterest", "pin.it", rule(r"/(?P<id>\w+)", "short_link")),
    platform(
        "truth_social",
        "truthsocial.com",
        rule(r"/@(?P<handle>\w+)(?:/posts)?/(?P<id>\d+)", "post"),
        rule(r"/@(?P<id>\w+)", "profile"),
    ),
    platform(
        "substack",
        "substack.com",
        rule(r"open/pub/(?P<publication>[\w-]+)/p/(?P<id>[^/]+)", "post"),
        rule(r"open/pub/(?P<id>[\w-]+)(?:/.*)?", "profile"),
        rule(r"(?P<publication>[\w-]+)/p/(?P<id>[^/]+)", "post"),
        rule(r"api/feed/podcast/(?P<id>\d+)\.rss", "feed"),
        rule(r"(?P<id>[\w-]+)/feed", "feed"),
        rule(r"(?P<id>[\w-]+)/podcast", "show"),
        rule(r"/@(?P<id>[\w.-]+)(?:/.*)?", "profile"),
        rule(r"/profile/(?P<id>[^/]+)", "profile"),
        rule(r"(?P<id>[\w-]+)(?:/(?:archive|about|s/[^/]+))?", "profile"),
        capture=True,
    ),
    platform(
        "patreon",
        "patreon.com",
        rule(r"(?:/[^/]+)?/posts/(?:[^/]*-)?(?P<id>\d+)", "post"),
        rule(r"/creation", "post", r"hid>id~\d+", need=True),
        rule(r"/api/campaigns/(?P<id>\d+)", "profile"),
        rule(r"/(?:m|c|cw)/(?P<id>[^/]+)(?:/.*)?", "profile"),
        rule(r"/user(?:/\w+)?", "profile", r"u>id~\d+", need=True),
        rule(
            r"/(?:login|signup|home|search|messages|settings|notifications|join|checkout"
            r"|explore|policy|about)(?:/.*)?",
            "other",
        ),
        rule(r"/(?P<id>[\w.-]+)(?:/(?:posts|about|membership|collections|shop))?", "profile"),
    ),
    platform(
        "google_play",
        "play.google.com",
        rule(r"/store/apps/details", "product", r"id>id~[\w.]+", need=True),
        rule(r"/store/apps/dev(?:eloper)?", "profile", r"id>id", need=True),
        strict=True,
    ),
    platform("bitly", "bit.ly bitly.com", rule(r"/(?P<id>\w+)", "short_link")),
    platform("geniuslink", "geni.us", rule(r"/(?P<id>[\w-]+)", "short_link")),
    platform("huffpost", "huffp.st", rule(r"/(?P<id>\w+)", "short_link")),
    platform("pandora", "pdora.co", rule(r"/(?P<id>\w+)", "short_link")),
)
