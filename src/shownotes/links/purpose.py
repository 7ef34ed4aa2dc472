"""What a link is for, as far as the URL alone tells: :func:`purpose`.

The purposes, and what gives each (every table row has a ``purpose`` column; a row that names
none takes the one of its kind):

- ``"donation"``: a page for giving money — Patreon, Ko-fi, Buy Me a Coffee, Liberapay,
  Patronite, GitHub Sponsors, PayPal.me and PayPal donate buttons, Open Collective, Donorbox, a
  Spotify for Creators support page.
- ``"membership"``: a page for joining paid tiers — YouTube ``/join``, Patreon ``/join``,
  ``/checkout`` and ``bePatron``, Ko-fi tiers, Buy Me a Coffee memberships, Steady,
  Memberful, Supercast, Glow.
- ``"merch"``: a merchandise store or item — Spring (Teespring), Spreadshop, Redbubble,
  Threadless, Bonfire, Fourthwall, Cotton Bureau.
- ``"store"``: a creator's own shop — Shopify (``*.myshopify.com``), Etsy shops, Gumroad,
  Ko-fi and Buy Me a Coffee shops.
- ``"affiliate"``: a link that pays its author on a sale — Amazon with an Associates ``tag``,
  ``amzn.to``, Amazon and Bookshop.org storefronts, Apple links with an ``at`` token,
  Geniuslink, Kit, Howl, LTK, ShopMy, Skimlinks, Rakuten, CJ, Impact, Awin, Partnerize and
  ShareASale redirects.
- ``"social"``: a profile — a social network account, a channel (YouTube, Twitch, Vimeo), a
  company page, a community (a group, a Discord or Telegram invite), a link-in-bio page.
- ``"subscribe"``: where one follows a show — a podcast's show page in an app or host, an RSS
  feed (a known host's feed, or a path ending in ``.rss``, ``/feed``, ``/rss``,
  ``feed.xml``), a YouTube ``?sub_confirmation=1`` link, a newsletter's front page.
- ``"contact"``: ``mailto:`` and ``tel:`` links, ``/contact`` pages, voice-message pages.

Everything else (an episode, a video, a post, a paper, a product page) is ``None``: such a
link may be a reference or the show's own, and only its context tells.
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.links.classify import Resolution, resolve
from shownotes.links.rules import BY_KIND, KIND_PURPOSE
from shownotes.links.urls import scheme_of
from shownotes.model.links import Link

__all__ = ["purpose"]

_CONTACT_SCHEMES: Final = frozenset({"mailto", "tel"})
# The last path segment of a site's contact page (``/contact``, ``/contact-us/``, ``/kontakt``).
_CONTACT_PAGE: Final = re.compile(
    r"(?:contact(?:[-_]?us)?|kontakt|contacto|contatti)(?:\.html?|\.php)?"
)
# A feed's path: ``…/feed``, ``…/rss``, ``….rss``, ``…/feed.xml``, ``…/podcast.xml`` (the
# names WordPress, Ghost, Jekyll and Hugo give their feeds).
_FEED_PATH: Final = re.compile(
    r"(?:.*/)?(?:feed|rss|atom|podcast)(?:\.xml)?|.*\.rss|(?:.*/)?(?:feed|rss|atom|index|podcast)\.xml"
)


def purpose(link: Link) -> str | None:
    """What ``link`` is for, read from its URL alone: ``"donation"``, ``"membership"``,
    ``"merch"``, ``"store"``, ``"affiliate"``, ``"social"``, ``"subscribe"``, ``"contact"``,
    or ``None`` (see the module docstring for what gives each).

    >>> from shownotes.links import classify
    >>> purpose(classify("https://www.patreon.com/teatalk"))
    'donation'
    >>> purpose(classify("https://www.amazon.com/dp/B0ABCDEF12?tag=teatalk-20"))
    'affiliate'
    >>> purpose(classify("https://www.youtube.com/@TeaTalk/join"))
    'membership'
    >>> purpose(classify("https://podcasts.apple.com/us/podcast/tea-talk/id42"))
    'subscribe'
    >>> purpose(classify("https://x.com/teatalk")), purpose(classify("mailto:hi@tea.example"))
    ('social', 'contact')
    >>> purpose(classify("https://www.youtube.com/watch?v=dQw4w9WgXcQ")) is None
    True
    """
    if not isinstance(link, Link):
        raise TypeError(f"purpose() takes a Link, not {type(link).__name__}")
    return purpose_of(resolve(link.url))


def purpose_of(found: Resolution) -> str | None:
    """The purpose of a resolved URL (:func:`purpose`)."""
    url = found.link.url.strip()
    if scheme_of(url) in _CONTACT_SCHEMES:
        return "contact"
    match = found.match
    if match is not None and match.entry is not None:
        present = {name for name, value in found.params if value}
        for param, given in match.entry.purposes:
            if param in present:
                return given
    if found.rule is not None:
        if found.rule.purpose == BY_KIND:
            return KIND_PURPOSE.get(found.link.kind or "")
        if found.rule.purpose is not None:
            return found.rule.purpose
    elif match is not None and match.entry is not None and match.entry.purpose is not None:
        return match.entry.purpose
    return _by_path(found)


def _by_path(found: Resolution) -> str | None:
    """A purpose any site's path can show: its contact page, its feed."""
    normalized = found.link.normalized
    if normalized is None or found.rule is not None:
        return None
    path = normalized.partition("//")[2].partition("/")[2].partition("?")[0].partition("#")[0]
    last = path.rstrip("/").rpartition("/")[2].casefold()
    if _CONTACT_PAGE.fullmatch(last):
        return "contact"
    if path and len(path) <= 300 and _FEED_PATH.fullmatch(path.rstrip("/").casefold()):
        return "subscribe"
    return None
