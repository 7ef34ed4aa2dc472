"""URLs that lead elsewhere: link shorteners and affiliate redirectors (a code only their
server can resolve), redirect wrappers (the real URL is a query parameter) and podcast
measurement prefixes (the real URL follows a path prefix), in the language of
:mod:`shownotes.links.rules`.

Wrappers and prefixes are unwrapped before a URL is classified (each step is a hop in
:func:`shownotes.links.explain`); a shortener's code stays a ``short_link``. A platform's own
short links (``youtu.be``, ``spotify.link``, ``amzn.to``) are with the platform.
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, Prefix, Wrapper, platform, prefix, rule, wrapper

__all__ = ["PREFIXES", "SHORTENERS", "WRAPPERS"]


def _short(name: str, hosts: str, example: str, *, purpose: str | None = None) -> Platform:
    """A shortener whose path is one code."""
    code = example.rstrip("/").rpartition("/")[2]
    return platform(
        name,
        hosts,
        rule(
            "short_link.code", r"/(?P<id>[\w-]+)", "short_link", purpose=purpose, eg={example: code}
        ),
    )


SHORTENERS: Final[tuple[Platform, ...]] = (
    _short("bitly", "bit.ly bitly.com j.mp", "https://bit.ly/3AbCdEf"),
    _short("tinyurl", "tinyurl.com", "https://tinyurl.com/tea-talk"),
    _short("hootsuite", "ow.ly", "https://ow.ly/AbC12"),
    _short("buffer", "buff.ly", "https://buff.ly/3AbC12"),
    _short("rebrandly", "rebrand.ly", "https://rebrand.ly/teatalk"),
    _short("huffpost", "huffp.st", "https://huffp.st/AbC12"),
    # Linktree and similar "link in bio" pages list a creator's own links.
    platform(
        "linktree",
        "linktr.ee",
        rule(
            "profile.page",
            r"/(?P<id>[\w.-]+)",
            "profile",
            eg={"https://linktr.ee/teatalk": "teatalk"},
        ),
    ),
    # Affiliate link services (each documents its link format for publishers): Geniuslink,
    # Howl, LTK (rstyle.me, liketk.it), ShopMy, Skimlinks, Rakuten Advertising (LinkSynergy),
    # CJ Affiliate's click domains, Impact's tracking domains, Awin, Partnerize, ShareASale.
    _short("geniuslink", "geni.us", "https://geni.us/TeaKettle", purpose="affiliate"),
    _short("howl", "howl.me howl.link", "https://howl.me/AbC12", purpose="affiliate"),
    _short("ltk", "rstyle.me liketk.it", "https://liketk.it/4AbC", purpose="affiliate"),
    platform(
        "shopmy",
        "shopmy.us",
        rule(
            "other.link",
            r"/.*",
            "short_link",
            purpose="affiliate",
            eg={"https://shopmy.us/collections/42": None},
        ),
    ),
    platform(
        "skimlinks",
        "go.skimresources.com go.redirectingat.com",
        rule(
            "other.redirect",
            r"/?",
            "short_link",
            purpose="affiliate",
            eg={"https://go.skimresources.com/?id=1X2&url=x": None},
        ),
    ),
    platform(
        "rakuten_advertising",
        "click.linksynergy.com",
        rule(
            "other.deeplink",
            r"/.*",
            "short_link",
            purpose="affiliate",
            eg={"https://click.linksynergy.com/deeplink?id=Ab&mid=1": None},
        ),
    ),
    platform(
        "cj_affiliate",
        "anrdoezrs.net jdoqocy.com tkqlhce.com dpbolvw.net kqzyfj.com",
        rule(
            "other.click",
            r"/.*",
            "short_link",
            purpose="affiliate",
            eg={"https://www.anrdoezrs.net/click-42-4242": None},
        ),
    ),
    platform(
        "impact",
        "sjv.io pxf.io 7eer.net evyy.net",
        rule(
            "other.click",
            r"[\w-]+/.*",
            "short_link",
            purpose="affiliate",
            eg={"https://tea.sjv.io/c/42/4242/1": None},
        ),
        capture=True,
    ),
    platform(
        "awin",
        "awin1.com",
        rule(
            "other.cread",
            r"/(?:cread|awclick)\.php",
            "short_link",
            purpose="affiliate",
            eg={"https://www.awin1.com/cread.php?awinmid=1&awinaffid=2": None},
        ),
    ),
    platform(
        "partnerize",
        "prf.hn",
        rule(
            "other.click",
            r"/click/.*",
            "short_link",
            purpose="affiliate",
            eg={"https://prf.hn/click/camref:1A2b": None},
        ),
    ),
    platform(
        "shareasale",
        "shareasale.com",
        rule(
            "other.r",
            r"/r\.cfm",
            "short_link",
            purpose="affiliate",
            eg={"https://shareasale.com/r.cfm?b=1&u=2&m=3": None},
        ),
        strict=True,
    ),
)

# Redirect wrappers: the target is the first of ``params`` that holds a URL.
WRAPPERS: Final[tuple[Wrapper, ...]] = (
    wrapper(
        "google.url",
        "google.com",
        "/url",
        "q url",
        eg={
            "https://www.google.com/url?sa=t&url=https%3A%2F%2Fgithub.com%2Fa%2Fb": "https://github.com/a/b"
        },
    ),
    wrapper(
        "facebook.warn",
        "facebook.com",
        "/flx/warn",
        "u",
        eg={"https://www.facebook.com/flx/warn/?u=https%3A%2F%2Fx.org%2Fa": "https://x.org/a"},
    ),
    wrapper(
        "facebook.l",
        "l.facebook.com lm.facebook.com",
        "/l.php",
        "u",
        eg={"https://l.facebook.com/l.php?u=https%3A%2F%2Fx.org%2Fa&h=AT": "https://x.org/a"},
    ),
    wrapper(
        "instagram.l",
        "l.instagram.com",
        "/",
        "u",
        eg={"https://l.instagram.com/?u=https%3A%2F%2Fx.org%2Fa": "https://x.org/a"},
    ),
    wrapper(
        "youtube.redirect",
        "youtube.com",
        "/redirect",
        "q",
        eg={
            "https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Fx.org%2Fa": "https://x.org/a"
        },
    ),
    wrapper(
        "soundcloud.player",
        "w.soundcloud.com",
        "/player",
        "url",
        eg={
            "https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/42": "https://api.soundcloud.com/tracks/42"
        },
    ),
    wrapper(
        "tumblr.redirect",
        "t.umblr.com",
        "/redirect",
        "z",
        eg={"https://t.umblr.com/redirect?z=https%3A%2F%2Fx.org%2Fa&t=1": "https://x.org/a"},
    ),
    wrapper(
        "outlook.safelinks",
        "safelinks.protection.outlook.com",
        "/",
        "url",
        eg={
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.org%2Fa&data=1": "https://x.org/a"
        },
    ),
    wrapper(
        "linkedin.redirect",
        "linkedin.com",
        "/redir/redirect",
        "url",
        eg={
            "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fx.org%2Fa": "https://x.org/a"
        },
    ),
    # Wrappers whose parameter may be a path on their own site (``/watch?v=…``).
    wrapper(
        "youtube.attribution",
        "youtube.com",
        "/attribution_link",
        "u",
        same_site=True,
        eg={
            "https://www.youtube.com/attribution_link?a=x&u=%2Fwatch%3Fv%3DdQw4w9WgXcQ": "https://youtube.com/watch?v=dQw4w9WgXcQ"
        },
    ),
    wrapper(
        "youtube.signin",
        "youtube.com",
        "/signin",
        "next continue",
        same_site=True,
        eg={
            "https://www.youtube.com/signin?next=%2Fwatch%3Fv%3DdQw4w9WgXcQ": "https://youtube.com/watch?v=dQw4w9WgXcQ"
        },
    ),
    wrapper(
        "facebook.plugins",
        "facebook.com",
        "/plugins/video.php /plugins/post.php",
        "href",
        same_site=True,
        eg={
            "https://facebook.com/plugins/video.php?href=https%3A%2F%2Ffb.com%2Ftea": "https://fb.com/tea"
        },
    ),
)

# Podcast measurement services (each documents its prefix for hosts): Podtrac, Chartable,
# Podsights, OP3, Podscribe, Magellan, Arts.ai, Claritas, Podroll, Gumball, Spotify Ad
# Analytics, Podcorn, Veritone, Swap, Blubrry.
PREFIXES: Final[tuple[Prefix, ...]] = (
    prefix(
        "podtrac",
        "dts.podtrac.com",
        r"/redirect\.[a-z0-9]{2,4}/",
        eg={"https://dts.podtrac.com/redirect.mp3/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "podtrac",
        "podtrac.com",
        r"/pts/redirect\.[a-z0-9]{2,4}/",
        eg={"https://www.podtrac.com/pts/redirect.mp3/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "podtrac",
        "play.podtrac.com",
        r"/[^/]{1,200}/",
        eg={"https://play.podtrac.com/tea/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "chartable",
        "chtbl.com chrt.fm",
        r"/track/(?:[^/.]{1,200}/)?",
        eg={"https://chrt.fm/track/AB12/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "podsights", "pdst.fm", r"/e/", eg={"https://pdst.fm/e/x.org/a.mp3": "https://x.org/a.mp3"}
    ),
    prefix(
        "op3",
        "op3.dev",
        r"/e(?:,[^/]{0,300})?/(?:[a-z]{1,10}=[^/]{0,200}/)?",
        eg={"https://op3.dev/e,pg=1a2b/https://x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "podscribe",
        "pscrb.fm verifi.podscribe.com",
        r"/rss/p/",
        eg={"https://pscrb.fm/rss/p/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "magellan",
        "mgln.ai",
        r"/e/[^/]{1,200}/",
        eg={"https://mgln.ai/e/42/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "artsai",
        "arttrk.com",
        r"/p/[^/]{1,200}/",
        eg={"https://arttrk.com/p/AB1/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "claritas",
        "claritaspod.com",
        r"/measure/",
        eg={"https://claritaspod.com/measure/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "podroll",
        "pdrl.fm",
        r"/[^/]{1,200}/",
        eg={"https://pdrl.fm/ab12/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "gumball",
        "gum.fm 2.gum.fm",
        r"/",
        eg={"https://2.gum.fm/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "spotify_ad_analytics",
        "prfx.byspotify.com",
        r"/e/",
        eg={"https://prfx.byspotify.com/e/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "podcorn", "pdcn.co", r"/e/", eg={"https://pdcn.co/e/x.org/a.mp3": "https://x.org/a.mp3"}
    ),
    prefix(
        "veritone",
        "pfx.vpixl.com",
        r"/[^/]{1,200}/",
        eg={"https://pfx.vpixl.com/ab1/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "swap",
        "tracking.swap.fm",
        r"/track/[^/]{1,200}/",
        eg={"https://tracking.swap.fm/track/ab1/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
    prefix(
        "blubrry",
        "media.blubrry.com",
        r"/[^/]{1,200}/(?:p/)?",
        eg={"https://media.blubrry.com/tea/p/x.org/a.mp3": "https://x.org/a.mp3"},
    ),
)
