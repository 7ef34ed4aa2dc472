"""References: the entries of the lists that point listeners to what an episode mentions.

A reference list is a list under a heading such as *Links*, *Resources*, *Mentioned in this
episode*, *Sick Picks* or *Connect with the guest* (see :mod:`shownotes.sections`), or a bare
list of links that plainly is one. Each entry becomes a :class:`Reference`: its ``title`` is the
link text when the entry starts with a link (else the entry's text), its ``url`` the entry's
first link, and its ``note`` what follows the link after a separator.

>>> text = '''## Links
... - [attrs](https://www.attrs.org) - classes without boilerplate
... - Daphne Koller - Stanford Professor
... - https://example.org/paper.pdf
...
... ## Sponsors
... - [Acme](https://acme.test): use code SHOW
... '''
>>> for ref in find(text):
...     print(ref)
Reference(title='attrs', url='https://www.attrs.org', note='classes without boilerplate')
Reference(title='Daphne Koller - Stanford Professor', url=None, note=None)
Reference(title='https://example.org/paper.pdf', url='https://example.org/paper.pdf', note=None)

Not references: chapter entries (lines that start or end with a time), the show's own
subscribe/follow links, sponsor reads, credits, page navigation and footers, and links in
running prose. A document that repeats its notes gives each reference once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

import attrs

from shownotes.links.own import profile_handle
from shownotes.links.urls import key
from shownotes.model.errors import Problem
from shownotes.model.lines import Line, LineLink
from shownotes.model.links import Role
from shownotes.model.references import Reference
from shownotes.model.sections import Section
from shownotes.model.timestamps import at_edge as is_chapter
from shownotes.read import sections as _sections
from shownotes.read.kinds import classify as classify_label
from shownotes.read.lines import as_lines
from shownotes.references.frontmatter import from_metadata
from shownotes.references.items import (
    Item,
    is_web,
    items_of,
    pair_labels,
    split_item,
    unique,
)
from shownotes.references.roles import Context, context, role_of

__all__ = ["Reading", "find", "read"]

_MIN_BARE_RUN = 3  # link-only lines outside any reference section count from this many in a row
_EXCLUDED = frozenset({"chapters", "platforms", "sponsors", "credits", "transcript"})
_MAX_NAME_WORDS = 8
_MIN_LINKED_LIST = 2
_LINKED_SHARE = 0.7
_LINKS_WORD = re.compile(r"\blinks?\b", re.IGNORECASE)


def _links_only(lines: Sequence[Line], found: Sequence[Section]) -> list[bool]:
    """Per line: whether its reference section is a *links* list (``Episode Links``, and the
    sub-sections under it), where an entry without a link is an outline note, not a reference."""
    flags = [False] * len(lines)
    open_: list[tuple[Section, bool]] = []
    for section in found:
        while open_ and not open_[-1][0].start <= section.start < open_[-1][0].end:
            open_.pop()
        named = _LINKS_WORD.search(section.heading) is not None
        flag = named or bool(open_ and open_[-1][1] and section.kind == open_[-1][0].kind)
        open_.append((section, flag))
        for i in range(section.start, min(section.end, len(lines))):
            flags[i] = flag
    return flags


def _is_chrome(item: Item) -> bool:
    """Page chrome: a landmark, a copyright footer, or links that only lead around the site."""
    return (
        item.landmark is not None
        or "©" in item.text
        or "all rights reserved" in item.text.casefold()  # `in` is 10x a regex search here
        or (bool(item.links) and not _has_web_link(item))
    )


def _names_a_thing(text: str) -> bool:
    """A short entry that names something ("Genius Makers", "Ada Baker - head baker"), unlike
    an outline note ("What is burnout?", "Tushar writes in with some woes.")."""
    words = sum(1 for word in text.split() if any(ch.isalnum() for ch in word))
    return words <= _MAX_NAME_WORDS and not text.rstrip().endswith((".", "?", "!"))


def _has_web_link(item: Item) -> bool:
    return any(is_web(link.url) for link in item.links)


def _linked_lists(lines: Sequence[Line], items: Sequence[Item]) -> list[bool]:
    """Per line: whether its list is plainly a list of links (most of its entries that are
    not chapters carry a link), so each linked entry is a reference even when its link
    stands inside the entry's text."""
    flags = [False] * len(lines)
    block: list[Item] = []

    def close() -> None:
        entries = [item for item in block if not is_chapter(item.text)]
        linked = sum(1 for item in entries if _has_web_link(item))
        if len(entries) >= _MIN_LINKED_LIST and linked >= _LINKED_SHARE * len(entries):
            for item in block:
                flags[item.index] = True
        block.clear()

    previous: Item | None = None
    for item in items:
        if not item.list_depth or (
            previous is not None
            and any(line.is_heading for line in lines[previous.index + 1 : item.index])
        ):
            close()
        if item.list_depth:
            block.append(item)
        previous = item
    close()
    return flags


def _candidates(
    items: Sequence[Item],
    kinds: Sequence[str | None],
    links_only: Sequence[bool],
    linked: Sequence[bool],
) -> Iterator[Item]:
    """The items that are entries of a reference list."""
    bare_run: list[Item | None] = []  # None: a link line of the run that is not an entry
    for at, item in enumerate(items):
        kind = kinds[item.index]
        nxt = items[at + 1] if at + 1 < len(items) else None
        if not item.links and nxt is not None and nxt.list_depth > item.list_depth > 0:
            # A group label over the items nested under it ("书单:", "References from the
            # Episode" with its links below) names the group, not a thing (LABELING.md).
            yield from _flush_run(bare_run)
            continue
        if item.code or kind in _EXCLUDED or _is_chrome(item) or is_chapter(item.text):
            yield from _flush_run(bare_run)
            continue
        if classify_label(item.label) in _EXCLUDED:  # "Follow us: https://…"
            if kind != "references" and not item.list_depth and item.link_only:
                bare_run.append(None)
            else:
                yield from _flush_run(bare_run)
            continue
        if kind == "references":
            yield from _flush_run(bare_run)
            if item.links or (
                item.list_depth and (not links_only[item.index] or _names_a_thing(item.text))
            ):
                yield item
            continue
        if item.list_depth:
            yield from _flush_run(bare_run)
            if item.link_led or (linked[item.index] and _has_web_link(item)):
                yield item
        elif item.link_only:
            bare_run.append(item)
        else:
            yield from _flush_run(bare_run)
    yield from _flush_run(bare_run)


def _flush_run(run: list[Item | None]) -> Iterator[Item]:
    if len(run) >= _MIN_BARE_RUN:
        yield from (item for item in run if item is not None)
    run.clear()


@attrs.frozen
class Reading:
    """The references of a document, and the role of each of its links (by
    :func:`shownotes.links.key`; the first occurrence with a role decides)."""

    references: tuple[Reference, ...]
    roles: Mapping[str, Role]
    #: What was odd: a link target repaired (``link-repaired``).
    problems: tuple[Problem, ...] = ()


def find(
    text_or_lines: str | Sequence[Line],
    *,
    metadata: Mapping[str, object] | None = None,
    show: str | None = None,
    sections: Sequence[Section] | None = None,
) -> tuple[Reference, ...]:
    """The entries of the reference-like lists in ``text_or_lines``, in order, once each.

    ``text_or_lines`` is a document body or its :class:`~shownotes.Line` hub. With the
    document's front matter as ``metadata``, its link lists (:func:`from_metadata`) come
    first. ``show``, the show's name when known, tells lists about the show itself from lists
    about the episode; ``sections``, the :func:`shownotes.sections.find` of the same lines
    when already known, saves finding them again. Links that belong to the show itself, a
    sponsor, a credit or the page's navigation are left out wherever they appear (see
    :mod:`shownotes.references.roles`).
    """
    return read(as_lines(text_or_lines), metadata=metadata, show=show, sections=sections).references


def read(
    lines: Sequence[Line],
    *,
    metadata: Mapping[str, object] | None = None,
    show: str | None = None,
    sections: Sequence[Section] | None = None,
    guests: Sequence[str] = (),
    hosts: Sequence[str] = (),
) -> Reading:
    """:func:`find`'s references and the role of every link of ``lines`` (what
    :func:`shownotes.parse` puts on each :class:`~shownotes.Link`)."""
    found = _sections.find(lines, show=show) if sections is None else sections
    kinds = _sections.kinds_by_line(lines, found)
    show_context = context(lines, found, metadata or {}, guests, hosts)
    about_show = _about(show)
    problems: list[Problem] = []
    items = [_repaired(item, lines, problems) for item in pair_labels(items_of(lines), lines)]
    flags = _links_only(lines, found), _linked_lists(lines, items)
    roles: dict[str, Role] = {}
    refs = [
        ref
        for ref in (from_metadata(metadata) if metadata is not None else ())
        if not is_own(ref.url, ref.title, show_context, about_show)
    ]
    for item in _candidates(items, kinds, *flags):
        as_line = Line(item.text, item.links, landmark=item.landmark)
        by_url: dict[str, int] = {}
        for at in range(len(item.links) - 1, -1, -1):  # the first link of a URL wins
            by_url[item.links[at].url] = at
        parts = []
        for title, url, note in split_item(item):
            at = by_url.get(url, -1) if url else -1
            role = role_of(as_line, at, kinds[item.index], show_context) if at >= 0 else None
            if about_show is not None and about_show.search(title):
                role = "own"
            parts.append((title, url, note, role))
        for title, url, note, decided in _one_owner(parts):
            role = decided
            if role is None:
                refs.append(Reference(title, url, note))
                role = "reference" if url else None
            if url and role is not None:
                roles.setdefault(key(url), role)
    for index, line in enumerate(lines):
        for at, link in enumerate(line.links):
            identity = key(link.url)
            if identity not in roles:
                role = role_of(line, at, kinds[index], show_context)
                if role is not None:
                    roles[identity] = role
    return Reading(unique(refs), roles, tuple(problems))


_Part = tuple[str, str | None, str | None, Role | None]
_MIN_OWN_PAGES = 2
_OWN_SHARE = 2 / 3


def _one_owner(parts: list[_Part]) -> list[_Part]:
    """An entry's parts, the linked ones all the show's own when most of them are. An entry
    with several links lists one name's pages (LABELING.md: "one reference per link" of a
    name's profiles; JOSSCast writes "@arfon on (fosstodon, GitHub, website)" for a host
    and "Seán on (GitHub, Twitter/X, website: …)" for a guest), so whose the profiles are
    decides whose the website is."""
    linked = [part for part in parts if part[1]]
    own = sum(1 for part in linked if part[3] == "own")
    if own < _MIN_OWN_PAGES or own < _OWN_SHARE * len(linked):
        return parts
    return [(t, u, n, "own" if u and r is None else r) for t, u, n, r in parts]


# A scheme whose slashes came out wrong: "https:/x", "https:///x", "https//x", "http:\\x".
_BROKEN_SCHEME: Final = re.compile(r"(?i)(https?)(?::/{1}(?!/)|:/{3,}|//|:\\\\)(?=[\w.-])")


def repair(url: str) -> str | None:
    """The URL ``url`` obviously meant, when its scheme's slashes came out wrong or white space
    stands around it (``https:/www.example.org``); ``None`` when it needs no repair."""
    fixed = url.strip()
    match = _BROKEN_SCHEME.match(fixed)
    if match:
        fixed = f"{match.group(1).lower()}://{fixed[match.end() :]}"
    return fixed if fixed != url else None


def _repaired(item: Item, lines: Sequence[Line], problems: list[Problem]) -> Item:
    """``item`` with its links' obvious typos repaired, each repair a ``link-repaired``
    problem (a malformed target is a link someone meant, not one to drop)."""
    links = []
    for link in item.links:
        fixed = repair(link.url)
        if fixed is None:
            links.append(link)
            continue
        problems.append(
            Problem("link-repaired", f"read {link.url!r} as {fixed!r}", lines[item.index].span)
        )
        links.append(
            LineLink(link.text if link.text != link.url else fixed, fixed, link.start, link.end)
        )
    return item if links == list(item.links) else attrs.evolve(item, links=tuple(links))


def is_own(url: str | None, title: str, show: Context, about_show: re.Pattern[str] | None) -> bool:
    """Whether a front-matter entry is the show's own: one of its pages, another profile of
    its handle, or ``<show> on <platform>``."""
    if about_show is not None and about_show.search(title):
        return True
    if url is None:
        return False
    handle = profile_handle(url)
    return key(url) in show.own or (handle is not None and handle in show.handles)


def _about(show: str | None) -> re.Pattern[str] | None:
    """``<show> on <platform>``: an entry pointing at the show's own page somewhere."""
    words = re.findall(r"\w+", show or "")[:12]
    if not words:
        return None
    return re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\s+(?:on|at)\b", re.I)
