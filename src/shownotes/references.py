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
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from shownotes import sections as _sections
from shownotes._refitems import (
    Item,
    is_chapter,
    is_web,
    items_of,
    split_item,
    text_entry,
    url_key,
)
from shownotes.lines import Line
from shownotes.markup import as_lines

__all__ = ["Reference", "find", "format_references", "from_metadata"]

_MIN_BARE_RUN = 3  # link-only lines outside any reference section count from this many in a row
_EXCLUDED = frozenset({"chapters", "platforms", "sponsors", "credits", "transcript"})
_MAX_NAME_WORDS = 8
_MIN_LINKED_LIST = 2
_LINKED_SHARE = 0.7
_LINKS_WORD = re.compile(r"\blinks?\b", re.IGNORECASE)


@attrs.frozen
class Reference:
    """One entry of a reference list: its ``title`` (the link text, or the item's text), its
    first link's ``url``, and a ``note`` (what follows a separator after a link)."""

    title: str
    url: str | None = None
    note: str | None = None


def _links_only(lines: Sequence[Line], found: Sequence[_sections.Section]) -> list[bool]:
    """Per line: whether its reference section is a *links* list (``Episode Links``, and the
    sub-sections under it), where an entry without a link is an outline note, not a reference."""
    flags = [False] * len(lines)
    open_: list[tuple[_sections.Section, bool]] = []
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
    for item in items:
        kind = kinds[item.index]
        if item.code or kind in _EXCLUDED or _is_chrome(item) or is_chapter(item.text):
            yield from _flush_run(bare_run)
            continue
        if _sections.classify(item.label) in _EXCLUDED:  # "Follow us: https://…"
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


def find(
    text_or_lines: str | Sequence[Line],
    *,
    metadata: Mapping[str, object] | None = None,
    show: str | None = None,
    sections: Sequence[_sections.Section] | None = None,
) -> tuple[Reference, ...]:
    """The entries of the reference-like lists in ``text_or_lines``, in order, once each.

    ``text_or_lines`` is a document body or its :class:`~shownotes.lines.Line` hub. With the
    document's front matter as ``metadata``, its link lists (:func:`from_metadata`) come
    first. ``show``, the show's name when known, tells lists about the show itself from lists
    about the episode; ``sections``, the :func:`shownotes.sections.find` of the same lines
    when already known, saves finding them again. The show's own pages (its subscribe and
    follow links, and its profiles elsewhere) are left out wherever they appear.
    """
    lines = as_lines(text_or_lines)
    found = _sections.find(lines, show=show) if sections is None else sections
    kinds = _sections.kinds_by_line(lines, found)
    own_links = _sections.own_links(lines, found)
    own = frozenset(url_key(link.url) for link in own_links)
    handles = {_sections.profile_handle(link.url) for link in own_links} - {None}
    about_show = _about(show)
    items = items_of(lines)
    flags = _links_only(lines, found), _linked_lists(lines, items)
    front = from_metadata(metadata) if metadata is not None else ()
    body = (
        Reference(*entry)
        for item in _candidates(items, kinds, *flags)
        for entry in split_item(item)
    )
    refs = []
    for ref in (*front, *body):
        if ref.url is not None and (
            url_key(ref.url) in own or (handles and _sections.profile_handle(ref.url) in handles)
        ):
            continue  # the show's own page, or its profile on another platform
        if about_show is not None and about_show.search(ref.title):
            continue
        refs.append(ref)
    return unique(refs)


def _about(show: str | None) -> re.Pattern[str] | None:
    """``<show> on <platform>``: an entry pointing at the show's own page somewhere."""
    words = re.findall(r"\w+", show or "")[:12]
    if not words:
        return None
    return re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\s+(?:on|at)\b", re.I)


def unique(refs: Iterable[Reference]) -> tuple[Reference, ...]:
    """``refs`` without repeats (the same URL, or the same title when there is no URL)."""
    seen: set[str] = set()
    out = []
    for ref in refs:
        key = (
            url_key(ref.url)
            if ref.url
            else "title:" + "".join(ch for ch in ref.title.casefold() if ch.isalnum())
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(ref)
    return tuple(out)


_LIST_KEYS = ("links", "references", "resources", "show_links", "episode_links", "mentioned")
_NAME_KEYS = ("name", "title", "text", "label")
_URL_KEYS = ("url", "link", "href")
_GUEST_KEYS = ("guest", "guests")
_GUEST_LINK_KEYS = ("url", "website", "homepage", "social", "socials", "links")


def from_metadata(metadata: Mapping[str, object]) -> tuple[Reference, ...]:
    """References listed in front matter: ``links: [{name, url}]`` (also ``references`` and
    ``resources``; entries may be plain URLs or ``"Name — URL"`` text) and the guests' own
    pages (``guest: {url, social: [...]}``), titled by their URL.

    >>> meta = {"links": [{"name": "Heptio", "url": "https://heptio.test/"},
    ...                   "Joe on Twitter — https://twitter.com/joe"],
    ...         "guest": {"name": "Ann", "social": ["https://github.com/ann"]}}
    >>> for ref in from_metadata(meta):
    ...     print(ref)
    Reference(title='Heptio', url='https://heptio.test/', note=None)
    Reference(title='Joe on Twitter', url='https://twitter.com/joe', note=None)
    Reference(title='https://github.com/ann', url='https://github.com/ann', note=None)
    """
    if not isinstance(metadata, Mapping):
        raise TypeError(f"from_metadata() takes a mapping, not {type(metadata).__name__}")
    folded = {str(k).casefold(): v for k, v in metadata.items()}
    refs: list[Reference] = []
    for key in _LIST_KEYS:
        value = folded.get(key)
        if isinstance(value, list | tuple):
            refs.extend(ref for entry in value if (ref := _entry(entry)) is not None)
    for key in _GUEST_KEYS:
        value = folded.get(key)
        guests = value if isinstance(value, list | tuple) else [value]
        for guest in guests:
            if isinstance(guest, Mapping):
                refs.extend(_guest_links(guest))
    return unique(refs)


def _entry(entry: object) -> Reference | None:

    if isinstance(entry, str):
        return text_entry(entry)
    if not isinstance(entry, Mapping):
        return None
    name = next((str(entry[k]).strip() for k in _NAME_KEYS if entry.get(k)), None)
    url = next((str(entry[k]).strip() for k in _URL_KEYS if entry.get(k)), None)
    if name is not None and url is None:
        return text_entry(name)
    if name is None:
        return Reference(url, url) if url else None
    if is_web(name) and url is not None and not is_web(url):
        name, url = url, name  # {name: https://…, url: Name}: the two were swapped
    return Reference(name, url)


def _guest_links(guest: Mapping[object, object]) -> Iterator[Reference]:
    for key in _GUEST_LINK_KEYS:
        value = guest.get(key)
        values = value.values() if isinstance(value, Mapping) else value
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, Iterable):
            continue
        for url in values:
            if isinstance(url, str) and url.startswith(("http://", "https://")):
                yield Reference(url.strip(), url.strip())


def format_references(refs: Sequence[Reference]) -> str:
    """``refs`` as readable text, one per line: ``- title — note <url>``. Pure; ends with a
    newline unless empty.

    >>> print(format_references([Reference("attrs", "https://attrs.org", "classes"),
    ...                          Reference("A book")]), end="")
    - attrs — classes <https://attrs.org>
    - A book
    """
    out = []
    for ref in refs:
        line = f"- {ref.title}"
        if ref.note:
            line += f" — {ref.note}"
        if ref.url:
            line += f" <{ref.url}>"
        out.append(line + "\n")
    return "".join(out)
