"""Who a link belongs to: the show's own, a sponsor's, a credit, page navigation — or neither.

A link that is none of these and stands in an entry of a reference list is a reference (see
:mod:`shownotes.references.find`). What decides, in this order:

1. Where it stands: page chrome (``<nav>``, ``<header>``, ``<footer>``, ``<aside>``) is
   ``navigation``.
2. The words before it on its line (``Follow us on Twitter at …``, ``Sponsored by …``,
   ``Music by …``), then the section it sits in, whose heading names sponsors, credits or the
   show's platforms (``Sponsors``, ``Credits``, ``Follow us``); and the first person: ``My
   gear``, ``Our Discord``, ``my second channel`` are the creator's own. Both conventions
   are written by podcast sites and YouTube channels alike (Jupiter Broadcasting, Syntax,
   LTT's TechLinked, ForrestKnight, Andreas Spiess).
3. What the URL is for (:func:`shownotes.links.purpose`): a donation, membership, merch or store
   page, a subscribe link, and a profile named only by its platform (``Twitter: …``,
   ``🐦 Twitter``) are the show's own — unless a reference section holds them (``Connect with
   the guest``, ``For Dr. Keating:``): a guest's pages are references (LABELING.md).
4. The show's own pages found elsewhere in the notes (front matter URLs, platform sections)
   are the show's own wherever they appear again, and so is another profile of the same
   handle.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from shownotes.links.classify import classify, platforms
from shownotes.links.own import own_links, profile_handle
from shownotes.links.purpose import purpose
from shownotes.links.urls import key, split
from shownotes.model.lines import Line
from shownotes.model.links import Role
from shownotes.model.sections import Kind, Section
from shownotes.read.kinds import classify as classify_label
from shownotes.read.kinds import fold
from shownotes.read.lines import PSEUDO_HEADING
from shownotes.read.sections import kinds_by_line
from shownotes.references.people import host_keys, named_hosts

__all__ = ["Context", "context", "role_of"]

_KIND_ROLES: Final[dict[str, Role]] = {
    "sponsors": "sponsor",
    "credits": "credit",
    "platforms": "own",
}
_LANDMARKS: Final = frozenset({"nav", "header", "footer", "aside"})
# Purposes that make a link the show's own outside a reference section.
_OWN_PURPOSES: Final = frozenset({"donation", "membership", "merch", "store", "subscribe"})
# "My gear", "our Discord", "my second channel": the creator speaking of what is theirs.
_FIRST_PERSON: Final = re.compile(r"^\W*(?:my|our)\s", re.IGNORECASE)
# The first person also names picks and what a show covered ("My pick: …", "Our coverage of
# …"): only what a creator owns is theirs.
_OWNED: Final = re.compile(
    r"\b(?:gear|equipment|setup|kit|channel|shop|store|merch\w*|patreon|newsletter|website"
    r"|site|blog|courses?|socials?|discord|community|podcast|books?|amazon)\b",
    re.IGNORECASE,
)


# The words of the platforms' names ("facebook", "instagram", "patreon"), as labels write them.
_PLATFORM_WORDS: Final = frozenset(
    word
    for name in platforms()
    for word in name.split("_")
    if len(word) >= 4 and word not in {"apple", "google", "music", "store", "amazon", "open"}
)


@attrs.frozen
class Context:
    """What the notes as a whole say of the show: its own pages (by URL key) and handles,
    and the guests' names (folded to letters), whose pages are never the show's own."""

    own: frozenset[str] = frozenset()
    handles: frozenset[str] = frozenset()
    guests: tuple[str, ...] = ()
    #: What of the hosts' names their handles carry (see :mod:`shownotes.references.people`).
    hosts: tuple[str, ...] = ()
    #: The notes are plain text (a video description): no headings, named links or HTML.
    plain: bool = False


def context(
    lines: Sequence[Line],
    sections: Sequence[Section],
    metadata: Mapping[str, object],
    guests: Sequence[str] = (),
    hosts: Sequence[str] = (),
) -> Context:
    """The show's own pages: URLs in the front matter's top level (``youtube:``, ``spotify:``,
    ``url:``…) and the links of platform sections and follow-us lines."""
    found = [
        value.strip()
        for value in metadata.values()
        if isinstance(value, str) and value.startswith(("https://", "http://"))
    ]
    found.extend(link.url for link in own_links(lines, sections))
    plain = not any(
        line.source == "html"
        or 0 < line.heading < PSEUDO_HEADING
        or any(link.text != link.url for link in line.links)
        for line in lines
    )
    if plain:
        found.extend(_profile_blocks(lines, sections, guests))
    handles = {profile_handle(url) for url in found}
    names = tuple(name for name in (_letters(guest) for guest in guests) if len(name) >= 4)
    hosted = tuple(
        name
        for name in host_keys((*hosts, *named_hosts(lines)))
        if not any(name in guest or guest in name for guest in names)
    )
    return Context(
        frozenset(key(url) for url in found),
        frozenset(h for h in handles if h),
        names,
        plain=plain,
        hosts=hosted,
    )


# A paragraph whose links are mostly profiles, channels, podcast pages and donation pages is
# the creator's "find me elsewhere" block, whatever its lead-in says and in any language:
# MKBHD and Kuba Klawiter end their descriptions with bare profile URLs, Mateusz Chrobok
# ("Znajdziecie mnie również na;"), CD-Action ("Strona :: …, Instagram :: …") and Kołem się
# toczy ("Facebook: bit.ly/…") write them under a lead-in the kinds do not know. A guest's
# profiles stand under a reference heading ("Connect with …") or carry the guest's name.
_BLOCK_PURPOSES: Final = frozenset({"social", "subscribe", "donation", "membership"})
_MIN_BLOCK_PROFILES: Final = 2
_BLOCK_SHARE: Final = 2 / 3
_MAX_LEAD_IN_WORDS: Final = 8  # "Find me also on:"; longer is a sentence introducing someone


def _platform_like(line: Line, at: int) -> bool:
    """Whether ``line.links[at]`` is a profile, channel, podcast or donation page, by its URL
    or, behind a short link, by the platform its label names (``Facebook: bit.ly/…``)."""
    link = line.links[at]
    if purpose(classify(link.url)) in _BLOCK_PURPOSES:
        return True
    label = _before(line, at) or ("" if link.text == link.url else link.text)
    return any(word in _PLATFORM_WORDS for word in fold(label).split())


def _profile_blocks(
    lines: Sequence[Line], sections: Sequence[Section], guests: Sequence[str]
) -> list[str]:
    """The URLs of the paragraphs whose links are mostly the creator's profiles (see
    ``_BLOCK_PURPOSES``): outside reference sections, or anywhere under a lead-in that names
    the creator's platforms ("Znajdziecie mnie również na;"). A paragraph that opens with a
    sentence introducing someone ("Dr Rhonda aims to … through her podcast:") lists that
    person's pages, not the creator's."""
    kinds = kinds_by_line(lines, sections)
    names = [name for name in (_letters(guest) for guest in guests) if len(name) >= 4]
    by_paragraph: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if not line.is_heading:
            by_paragraph.setdefault(line.paragraph, []).append(index)
    out: list[str] = []
    for members in by_paragraph.values():
        lead = lines[members[0]]
        led = (not lead.links and classify_label(lead.text) == "platforms") or _closing(
            [lines[i] for i in members]
        )
        linked = [i for i in members if lines[i].links and (led or kinds[i] != "references")]
        chosen = set(linked)
        if any(len(lines[i].text.split()) > _MAX_LEAD_IN_WORDS for i in members if i not in chosen):
            continue
        flags = [_platform_like(lines[i], at) for i in linked for at in range(len(lines[i].links))]
        profiles = sum(flags)
        if profiles >= _MIN_BLOCK_PROFILES and profiles >= _BLOCK_SHARE * len(flags):
            out.extend(
                link.url
                for i in linked
                for link in lines[i].links
                if not any(name in _letters(link.url) for name in names)
            )
    return out


def _closing(paragraph: Sequence[Line]) -> bool:
    """Whether ``paragraph`` is nothing but bare URLs of one handle's profiles on two or more
    platforms (``twitter.com/MKBHD``, ``instagram.com/MKBHD``): the sign-off MKBHD and Kuba
    Klawiter close their descriptions with, even below a list of sources that runs on."""
    links = [link for line in paragraph for link in line.links]
    if any(line.text.strip() != line.links[0].text for line in paragraph if line.links):
        return False
    handles = [profile_handle(link.url) for link in links if link.text == link.url]
    return len(handles) == len(links) >= _MIN_BLOCK_PROFILES and len(set(handles)) == 1


def _site_name(url: str) -> str | None:
    """The name a web address registers (``"cdaction"`` for ``https://sklep.cdaction.pl/``)."""
    parts = split(url)
    labels = parts.host.split(".") if parts is not None else []
    return labels[-2] if len(labels) >= 2 and not labels[-1].isdigit() else None


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def _before(line: Line, at: int) -> str:
    """The words before ``line.links[at]``, back to the link before it: its label
    (``Twitter: …``)."""
    link = line.links[at]
    start = line.links[at - 1].end if at else 0
    before = line.text[start : link.start] if start <= link.start else ""
    return before if before.strip(" \t-–—:|•·*►▶>") else ""  # noqa: RUF001 - dashes


# Words that name no thing of their own beside a link: what a show writes before its own
# support, subscribe and profile links ("Support us on Patreon", "Subscribe", "Join the
# Discord", "Buy me a coffee").
_GENERIC_WORDS: Final = """
    a an the our my me us you your this here page link links on at via and or of to for in
    support donate donation donations tip tips join become member members membership
    patron patrons subscribe follow find listen watch shop store merch buy get
    coffee channel newsletter community chat server group profile account feed official
"""
_GENERIC: Final = frozenset(_GENERIC_WORDS.split())


def _generic(label: str, platform: str | None) -> bool:
    """Whether ``label`` names nothing but the platform and what one does there (``Twitter:``,
    ``🐦 Twitter``, ``Support us on Patreon``), or is empty (a bare URL)."""
    names = set(fold(platform.replace("_", " ")).split()) if platform else set()
    words = fold(label).split()
    return all(word in names or word in _GENERIC or len(word) == 1 for word in words)


def _a_guests(url: str, show: Context) -> bool:
    """Whether the URL carries a guest's name (``github.com/fabian-hiller``)."""
    folded = _letters(url)
    return any(name in folded for name in show.guests)


def role_of(line: Line, at: int, kind: Kind | None, show: Context) -> Role | None:
    """The role the context gives ``line.links[at]`` in a section of ``kind``, or ``None``
    when nothing but being a list entry could make it a reference."""
    link = line.links[at]
    if line.landmark in _LANDMARKS:
        return "navigation"
    before = _before(line, at)
    # What stands before a link says what it is for ("Sponsored by …", "Music by …"), more
    # closely than the section it sits in; a link's own text names its target, which may be
    # anything ("GitHub Sponsors").
    by_words = _KIND_ROLES.get(classify_label(before)) if before else None
    if by_words is not None:
        return by_words
    by_kind = _KIND_ROLES.get(kind or "")
    if by_kind is not None:
        return by_kind
    label = before or ("" if link.text == link.url else link.text)
    if _FIRST_PERSON.match(label) and _OWNED.search(label):
        return "own"
    found = classify(link.url)
    identity = key(link.url)
    handle = profile_handle(link.url) if found.kind in ("profile", "channel") else None
    if identity in show.own or (handle is not None and handle in show.handles):
        return "own"
    # In a video description, a site named by the creator's handle is the creator's
    # (jordanbpeterson.com beside twitter.com/jordanbpeterson, sklep.cdaction.pl beside
    # instagram.com/cdaction, shop.MKBHD.com beside twitter.com/MKBHD). A show's page links
    # its own earlier episodes as references, so podcast pages are left out; the sites of
    # other own links are not enough ("For ebay.com: <affiliate link>" in a support block).
    if show.plain and found.platform is None and _site_name(link.url) in show.handles:
        return "own"
    # A host's profile is the show's own, even in a list of links (JOSSCast closes each
    # list with "@arfon on (fosstodon, GitHub, …)"): hosts are named in the front matter
    # or the prose (:mod:`shownotes.references.people`); a guest's pages stay references.
    if handle is not None and any(name in _letters(handle) for name in show.hosts):
        return "own"
    if kind == "references" or not _generic(label, found.platform) or _a_guests(link.url, show):
        return None  # a guest's pages and what a label names are the episode's
    use = purpose(found)
    if use in _OWN_PURPOSES:
        return "own"
    # A profile named only by its platform ("Twitter: …", "🐦 Twitter") outside any section
    # is the channel's own in a plain-text video description (ForrestKnight, CD-Action,
    # Jordan B. Peterson list their socials so); on a show's page such lists follow a
    # guest's introduction (devtools.fm, Teahour), and a bare profile URL says nothing.
    if use == "social" and label and show.plain:
        return "own"
    return None
