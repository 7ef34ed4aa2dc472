"""Where listeners support a show: donations (Patreon, Ko-fi, Buy Me a Coffee, Liberapay,
Patronite, PayPal.me, Open Collective, Donorbox), memberships (Steady, Memberful, Supercast, Glow),
merchandise (Spring/Teespring, Spreadshop, Redbubble, Threadless, Bonfire, Fourthwall,
Cotton Bureau), creators' stores (Shopify, Etsy, Gumroad) and gear lists (Kit)
(in the language of :mod:`shownotes.links.rules`). GitHub Sponsors is with GitHub in
:mod:`shownotes.links.tables.code_papers_books`; YouTube's ``/join`` with YouTube.

Each row's ``purpose`` is what the page is for (:mod:`shownotes.links.purpose`); the kind
``store`` is a shop's front page, ``product`` one item in it.
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["SUPPORT"]

_SPREADSHOP: Final = (
    "myspreadshop.com myspreadshop.net myspreadshop.de myspreadshop.co.uk myspreadshop.fr "
    "myspreadshop.ca myspreadshop.com.au myspreadshop.nl myspreadshop.it myspreadshop.es"
)

SUPPORT: Final[tuple[Platform, ...]] = (
    # Patreon: patreon.com/<creator>, /c/<creator>, /cw/<creator>, /posts/<slug>-<id>,
    # /join/<creator>, /checkout/<creator>, /bePatron?u=<id> (Patreon's "Become a patron"
    # button, Patreon Developers), /user?u=<id>, /rss/<creator> (a patron's feed).
    platform(
        "patreon",
        "patreon.com",
        rule(
            "post.posts",
            r"(?:/[^/]+)?/posts/(?:[^/]*-)?(?P<id>\d+)",
            "post",
            eg={
                "https://www.patreon.com/posts/green-tea-4242": "4242",
                "https://www.patreon.com/tea/posts/4242": "4242",
            },
        ),
        rule(
            "post.creation",
            r"/creation",
            "post",
            r"hid>id~\d+",
            need=True,
            eg={"https://www.patreon.com/creation?hid=4242": "4242"},
        ),
        rule(
            "profile.campaign",
            r"/api/campaigns/(?P<id>\d+)",
            "profile",
            purpose="donation",
            eg={"https://www.patreon.com/api/campaigns/42": "42"},
        ),
        rule(
            "membership.join",
            r"/(?:join|checkout)/(?P<id>[\w.-]+)(?:/.*)?",
            "profile",
            purpose="membership",
            eg={
                "https://www.patreon.com/join/teatalk": "teatalk",
                "https://www.patreon.com/checkout/teatalk?rid=1": "teatalk",
            },
        ),
        rule(
            "membership.bepatron",
            r"/bePatron",
            "profile",
            r"u>id~\d+",
            need=True,
            purpose="membership",
            eg={"https://www.patreon.com/bePatron?u=42": "42"},
        ),
        rule(
            "feed.rss",
            r"/rss/(?P<id>[\w.-]+)",
            "feed",
            eg={"https://www.patreon.com/rss/teatalk?auth=x": "teatalk"},
        ),
        rule(
            "profile.prefixed",
            r"/(?:m|c|cw)/(?P<id>[^/]+)(?:/.*)?",
            "profile",
            purpose="donation",
            eg={
                "https://www.patreon.com/c/teatalk": "teatalk",
                "https://www.patreon.com/cw/TeaTalk/posts": "TeaTalk",
            },
        ),
        rule(
            "profile.user",
            r"/(?:user(?:/\w+)?|profile/creators)",
            "profile",
            r"u>id~\d+",
            need=True,
            purpose="donation",
            eg={
                "https://www.patreon.com/user?u=42": "42",
                "https://www.patreon.com/profile/creators?u=42": "42",
            },
        ),
        rule(
            "other.pages",
            r"/(?:login|signup|home|search|messages|settings|notifications|join|checkout"
            r"|explore|policy|about)(?:/.*)?",
            "other",
            eg={"https://www.patreon.com/login": None},
        ),
        rule(
            "membership.tab",
            r"/(?P<id>[\w.-]+)/membership",
            "profile",
            purpose="membership",
            eg={"https://www.patreon.com/teatalk/membership": "teatalk"},
        ),
        rule(
            "profile.creator",
            r"/(?P<id>[\w.-]+)(?:/(?:posts|about|collections|shop))?",
            "profile",
            purpose="donation",
            eg={"https://www.patreon.com/teatalk": "teatalk"},
        ),
    ),
    # Ko-fi: ko-fi.com/<name>, /<name>/shop, /<name>/tiers, /s/<shop item> (Ko-fi Help).
    platform(
        "ko_fi",
        "ko-fi.com",
        rule(
            "store.shop",
            r"/(?P<id>\w+)/shop",
            "store",
            purpose="store",
            eg={"https://ko-fi.com/teatalk/shop": "teatalk"},
        ),
        rule(
            "membership.tiers",
            r"/(?P<id>\w+)/(?:tiers|membership)",
            "profile",
            purpose="membership",
            eg={"https://ko-fi.com/teatalk/tiers": "teatalk"},
        ),
        rule(
            "product.item",
            r"/s/(?P<id>\w+)",
            "product",
            purpose="store",
            eg={"https://ko-fi.com/s/ab12cd": "ab12cd"},
        ),
        rule(
            "post.post",
            r"/post/(?P<id>[\w-]+)",
            "post",
            eg={"https://ko-fi.com/post/Green-Tea-A1B2C3": "Green-Tea-A1B2C3"},
        ),
        rule(
            "profile.page",
            r"/(?P<id>\w+)",
            "profile",
            purpose="donation",
            eg={"https://ko-fi.com/teatalk": "teatalk"},
        ),
    ),
    # Buy Me a Coffee: buymeacoffee.com/<name>[/membership|/extras], bmc.link/<name>.
    platform(
        "buy_me_a_coffee",
        "buymeacoffee.com bmc.link",
        rule(
            "membership.page",
            r"/(?P<id>[\w.-]+)/membership",
            "profile",
            purpose="membership",
            eg={"https://www.buymeacoffee.com/teatalk/membership": "teatalk"},
        ),
        rule(
            "store.extras",
            r"/(?P<id>[\w.-]+)/extras",
            "store",
            purpose="store",
            eg={"https://buymeacoffee.com/teatalk/extras": "teatalk"},
        ),
        rule(
            "profile.page",
            r"/(?P<id>[\w.-]+)(?:/.*)?",
            "profile",
            purpose="donation",
            eg={
                "https://www.buymeacoffee.com/teatalk": "teatalk",
                "https://bmc.link/teatalk": "teatalk",
            },
        ),
    ),
    platform(
        "liberapay",
        "liberapay.com",
        rule(
            "profile.page",
            r"/(?P<id>[\w.-]+)(?:/(?:donate|widgets/.*))?",
            "profile",
            purpose="donation",
            eg={"https://liberapay.com/teatalk/donate": "teatalk"},
        ),
    ),
    # Patronite, Poland's patronage platform: patronite.pl/<creator> (Patronite's help pages,
    # "Twój profil"); the corpus has two channels support themselves there (Naukowy Bełkot,
    # Mateusz Chrobok).
    platform(
        "patronite",
        "patronite.pl",
        rule(
            "profile.page",
            r"/(?P<id>[\w.-]+)/?",
            "profile",
            purpose="donation",
            eg={"https://patronite.pl/TeaTalk": "TeaTalk"},
        ),
    ),
    # PayPal: paypal.me/<name>[/<amount>], paypal.com/paypalme/<name>, paypal.com/donate
    # ?hosted_button_id= (PayPal Help, "PayPal.Me" and "Donate button").
    platform(
        "paypal",
        "paypal.me",
        rule(
            "profile.me",
            r"/(?P<id>[\w.-]+)(?:/[\d.]++\w*)?",  # `++`: \w takes digits too
            "profile",
            purpose="donation",
            eg={"https://paypal.me/teatalk/5": "teatalk"},
        ),
    ),
    platform(
        "paypal",
        "paypal.com",
        rule(
            "profile.paypalme",
            r"/paypalme/(?P<id>[\w.-]+)(?:/.*)?",
            "profile",
            purpose="donation",
            eg={"https://www.paypal.com/paypalme/teatalk": "teatalk"},
        ),
        rule(
            "other.donate",
            r"(?:/[a-z]{2})?/(?:donate|cgi-bin/webscr)",
            "other",
            "hosted_button_id>id~\\w+",
            "business>id",
            purpose="donation",
            eg={"https://www.paypal.com/donate/?hosted_button_id=AB12CD": "AB12CD"},
        ),
        strict=True,
    ),
    platform(
        "open_collective",
        "opencollective.com",
        rule(
            "profile.collective",
            r"/(?P<id>[\w.-]+)(?:/(?:donate|contribute)(?:/.*)?)?",
            "profile",
            purpose="donation",
            eg={"https://opencollective.com/teatalk/donate": "teatalk"},
        ),
    ),
    platform(
        "donorbox",
        "donorbox.org",
        rule(
            "other.campaign",
            r"/(?P<id>[\w-]+)",
            "other",
            purpose="donation",
            eg={"https://donorbox.org/teatalk": "teatalk"},
        ),
    ),
    platform(
        "steady",
        "steadyhq.com",
        rule(
            "profile.page",
            r"(?:/[a-z]{2})?/(?P<id>[\w-]+)(?:/.*)?",
            "profile",
            purpose="membership",
            eg={"https://steadyhq.com/de/teatalk/about": "teatalk"},
        ),
    ),
    platform(
        "memberful",
        "memberful.com",
        rule(
            "profile.site",
            r"(?P<id>[\w-]+)(?:/.*)?",
            "profile",
            purpose="membership",
            eg={"https://teatalk.memberful.com/checkout?plan=42": "teatalk"},
        ),
        capture=True,
        strict=True,
    ),
    platform(
        "supercast",
        "supercast.com",
        rule(
            "show.site",
            r"(?P<id>[\w-]+)(?:/.*)?",
            "show",
            purpose="membership",
            eg={"https://teatalk.supercast.com/": "teatalk"},
        ),
        capture=True,
        strict=True,
    ),
    platform(
        "glow",
        "glow.fm",
        rule(
            "show.page",
            r"/(?P<id>[\w-]+)(?:/.*)?",
            "show",
            purpose="membership",
            eg={"https://glow.fm/teatalk": "teatalk"},
        ),
    ),
    # Merchandise: Spring (once Teespring) stores and <name>.creator-spring.com, Spreadshop's
    # <name>.myspreadshop.<tld>, Redbubble's /people/<name>/shop, Threadless' and Fourthwall's
    # <name>.<host>, Bonfire's /store/<name>, Cotton Bureau's /stores/<name>.
    platform(
        "spring",
        "teespring.com",
        rule(
            "store.stores",
            r"/stores/(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://teespring.com/stores/teatalk": "teatalk"},
        ),
        rule(
            "product.campaign",
            r"/(?P<id>[\w-]+)(?:/.*)?",
            "product",
            purpose="merch",
            eg={"https://teespring.com/tea-mug": "tea-mug"},
        ),
    ),
    platform(
        "spring",
        "creator-spring.com",
        rule(
            "store.site",
            r"(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://teatalk.creator-spring.com/": "teatalk"},
        ),
        capture=True,
        strict=True,
    ),
    platform(
        "spreadshop",
        _SPREADSHOP,
        rule(
            "store.site",
            r"(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://teatalk.myspreadshop.com/": "teatalk"},
        ),
        capture=True,
        strict=True,
    ),
    platform(
        "spreadshop",
        "shop.spreadshirt.com shop.spreadshirt.de shop.spreadshirt.co.uk",
        rule(
            "store.shop",
            r"/(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://shop.spreadshirt.com/teatalk/": "teatalk"},
        ),
    ),
    platform(
        "redbubble",
        "redbubble.com",
        rule(
            "store.people",
            r"(?:/[a-z]{2})?/people/(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://www.redbubble.com/people/teatalk/shop": "teatalk"},
        ),
        rule(
            "product.item",
            r"(?:/[a-z]{2})?/i/[^/]+/[^/]*by-(?P<artist>[\w-]+)/(?P<id>\d+)\.\w+",
            "product",
            purpose="merch",
            eg={"https://www.redbubble.com/i/mug/Tea-by-teatalk/42.9Q0AD": "42"},
        ),
    ),
    platform(
        "threadless",
        "threadless.com",
        rule(
            "store.site",
            r"(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://teatalk.threadless.com/": "teatalk"},
        ),
        capture=True,
        strict=True,
    ),
    platform(
        "fourthwall",
        "fourthwall.com",
        rule(
            "store.site",
            r"(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://teatalk-shop.fourthwall.com/": "teatalk-shop"},
        ),
        capture=True,
        strict=True,
    ),
    platform(
        "bonfire",
        "bonfire.com",
        rule(
            "store.store",
            r"/store/(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://www.bonfire.com/store/teatalk/": "teatalk"},
        ),
        rule(
            "product.campaign",
            r"/(?P<id>[\w-]+)",
            "product",
            purpose="merch",
            eg={"https://www.bonfire.com/tea-shirt/": "tea-shirt"},
        ),
    ),
    platform(
        "cotton_bureau",
        "cottonbureau.com",
        rule(
            "store.stores",
            r"/stores/(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="merch",
            eg={"https://cottonbureau.com/stores/teatalk": "teatalk"},
        ),
        strict=True,
    ),
    # Creators' stores: <name>.myshopify.com, etsy.com/shop/<name> and <name>.etsy.com,
    # <name>.gumroad.com and gumroad.com/l/<product>.
    platform(
        "shopify",
        "myshopify.com",
        rule(
            "store.site",
            r"(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="store",
            eg={"https://teatalk.myshopify.com/": "teatalk"},
        ),
        capture=True,
        strict=True,
    ),
    platform(
        "etsy",
        "etsy.com",
        rule(
            "store.shop",
            r"/(?:[a-z]{2}/)?shop/(?P<id>\w+)(?:/.*)?",
            "store",
            purpose="store",
            eg={"https://www.etsy.com/shop/TeaTalk": "TeaTalk"},
        ),
        rule(
            "product.listing",
            r"/(?:[a-z]{2}/)?listing/(?P<id>\d+)(?:/.*)?",
            "product",
            eg={"https://www.etsy.com/listing/4242/green-mug": "4242"},
        ),
        rule(
            "store.site",
            r"(?P<id>\w+)(?:/.*)?",
            "store",
            purpose="store",
            eg={"https://teatalk.etsy.com/": "teatalk"},
        ),
        capture=True,
        strict=True,
    ),
    platform(
        "gumroad",
        "gumroad.com",
        rule(
            "product.l",
            r"(?:[\w-]+)?/l/(?P<id>[\w-]+)",
            "product",
            purpose="store",
            eg={"https://gumroad.com/l/tea-guide": "tea-guide"},
        ),
        rule(
            "store.site",
            r"(?P<id>[\w-]+)(?:/.*)?",
            "store",
            purpose="store",
            eg={"https://teatalk.gumroad.com/": "teatalk"},
        ),
        capture=True,
        strict=True,
    ),
    # Kit: creators' gear lists, whose links are affiliate links (kit.co, "How Kit works").
    platform(
        "kit",
        "kit.co",
        rule(
            "other.kit",
            r"/(?P<user>[\w-]+)/(?P<id>[\w-]+)(?:/.*)?",
            "other",
            purpose="affiliate",
            eg={"https://kit.co/teatalk/studio-gear": "studio-gear"},
        ),
        rule(
            "profile.user",
            r"/(?P<id>[\w-]+)",
            "profile",
            purpose="affiliate",
            eg={"https://kit.co/teatalk": "teatalk"},
        ),
    ),
)
