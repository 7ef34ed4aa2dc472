"""Reference-list items: list entries rejoined across wrapped lines, and split into title, URL
and note. Internal to :mod:`shownotes.references`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from shownotes.links.urls import key
from shownotes.model.lines import Line, LineLink
from shownotes.model.references import Reference
from shownotes.model.timestamps import at_edge

# What may stand before an entry's first link and still leave the link leading the entry:
# punctuation, a bracketed tag ("[video]"), or a short "Picker:" label.
_OPEN: Final = "\\s\"'\u201c\u2018"
_LEAD: Final = re.compile(
    rf"[{_OPEN}(*_~-]*|\[[^\]]{{1,20}}\][{_OPEN}]*|[^:\s][^:]{{0,40}}:[{_OPEN}]*"
)
_SEPARATORS: Final = " \t-–—:|,;·•"  # noqa: RUF001
# What stands between the links of an entry that is only links: commas, "and", slashes, bars,
# and the dashes and dots Podlove Publisher's OSF export sets between a chapter's links. The
# first run of white space is taken whole (`*+`): split between the two runs around a missing
# joiner, a long run failed every way (quadratic; the ReDoS audit's input).
_JOINERS: Final = re.compile(r"\s*+(?:,|;|\band\b|&|\+|/|\||—|–|-|·|•)?\s*", re.IGNORECASE)  # noqa: RUF001
_TRAIL: Final = ".,;:!?)\"'”’ "  # noqa: RUF001
_WEB: Final = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
_TEXT_URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"']{1,2000}", re.IGNORECASE)
_MAX_NOTE_TITLE_WORDS: Final = 12


@attrs.frozen
class Item:
    """One candidate entry: a line, with the wrapped lines of its list item rejoined."""

    index: int
    text: str
    links: tuple[LineLink, ...]
    list_depth: int
    landmark: str | None
    code: bool
    #: The title a label line above this bare URL gives it (see :func:`pair_labels`).
    title: str | None = None

    @property
    def lead(self) -> int:
        """Where the first link's text starts, or -1 when the text before it is not a lead."""
        if not self.links:
            return -1
        first = self.links[0]
        match = _LEAD.fullmatch(self.text[: first.start])
        return first.start if match else -1

    @property
    def label(self) -> str:
        """The text before the first link ("Follow us on Twitter: …"), or "" when none."""
        return self.text[: self.links[0].start] if self.links else ""

    @property
    def link_led(self) -> bool:
        """Whether the entry starts with a link (after punctuation or a short label)."""
        return self.lead >= 0

    @property
    def link_only(self) -> bool:
        """Whether the line is a link with at most a short name or note around it."""
        if not self.links:
            return False
        covered = sum(link.end - link.start for link in self.links)
        rest = len(self.text) - covered
        return (self.link_led and covered >= rest) or _name_then_url(self) is not None


def items_of(lines: Sequence[Line]) -> list[Item]:
    """The non-heading lines as items; a list item's wrapped continuation lines (same paragraph,
    not themselves list items) are joined to it."""
    items: list[Item] = []
    previous: Line | None = None
    for i, line in enumerate(lines):
        if line.is_heading:
            previous = None
            continue
        if (
            previous is not None
            and items
            and previous.is_list_item
            and not line.is_list_item
            and line.paragraph == previous.paragraph
            and line.source == previous.source
        ):
            last = items[-1]
            shift = len(last.text) + 1
            moved = tuple(
                attrs.evolve(link, start=link.start + shift, end=link.end + shift)
                for link in line.links
            )
            items[-1] = attrs.evolve(
                last, text=f"{last.text} {line.text}", links=last.links + moved
            )
            continue
        items.append(Item(i, line.text, line.links, line.list_depth, line.landmark, line.code))
        previous = line
    return items


def pair_labels(items: Sequence[Item], lines: Sequence[Line]) -> list[Item]:
    """``items`` where a label line stands right above a line that is only a bare URL: the
    two become one entry titled by the label (LABELING.md: "a label line directly above a
    single URL titles that URL"). News-style notes write each item so, a sentence and its URL
    under it (LTT's TechLinked, Gameranx, news podcasts' feeds). A label above two or more URLs
    is a heading (each URL stays an entry of its own), and a label set apart by a blank line,
    a heading, a list item or a time (a chapter) labels nothing.
    """
    out: list[Item] = []
    at = 0
    count = len(items)
    while at < count:
        item = items[at]
        nxt = items[at + 1] if at + 1 < count else None
        after = items[at + 2] if at + 2 < count else None
        if nxt is not None and _titles_nested_url(item, nxt, after):
            out.append(attrs.evolve(nxt, index=item.index, title=_clean(item.text)))
            at += 2
            continue
        if (
            nxt is not None
            and _is_label_line(item)
            and nxt.index == item.index + 1
            and lines[nxt.index].paragraph == lines[item.index].paragraph
            and _bare_url(nxt)
            and not (
                after is not None
                and after.index == nxt.index + 1
                and lines[after.index].paragraph == lines[nxt.index].paragraph
                and _bare_url(after)
            )
        ):
            out.append(attrs.evolve(nxt, index=item.index, title=_clean(item.text)))
            at += 2
            continue
        out.append(item)
        at += 1
    return out


_MAX_LABEL_WORDS: Final = 60


def _titles_nested_url(item: Item, nxt: Item, after: Item | None) -> bool:
    """``- Title`` with one bare URL nested under it (``  - https://…``): one entry."""
    return (
        item.list_depth > 0
        and not item.links
        and nxt.list_depth > item.list_depth
        and _bare_url(nxt)
        and (after is None or after.list_depth <= item.list_depth)
        and any(ch.isalpha() for ch in item.text)
    )


def _is_label_line(item: Item) -> bool:
    text = item.text.strip()
    return (
        not item.links
        and not item.list_depth
        and not item.code
        and any(ch.isalpha() for ch in text)
        and len(text.split()) <= _MAX_LABEL_WORDS
        and not text.endswith(":")  # "Sources:" heads what follows; it titles nothing
        and not at_edge(text)
    )


def _bare_url(item: Item) -> bool:
    """Whether the item is one bare URL and nothing else (punctuation aside)."""
    if len(item.links) != 1:
        return False
    link = item.links[0]
    return link.text == link.url and not (item.text[: link.start] + item.text[link.end :]).strip(
        _TRAIL
    )


def is_web(url: str) -> bool:
    """Whether ``url`` leads to the web: ``http(s)://``, ``www.``, or a bare domain as an
    href (``href="gyrosco.pe"``, ``[F8 2015](f8.facebooklive.com)``: the scheme left out)."""
    if _WEB.match(url):
        return True
    found = _BARE_DOMAIN.match(url)
    return found is not None and found.group(1).casefold() not in _FILE_ENDINGS


# A domain without a scheme: labels, then a top-level domain of letters, then a path or the end.
_BARE_DOMAIN: Final = re.compile(r"(?:[a-z0-9-]{1,63}\.){1,6}([a-z]{2,24})(?:[/:?#]|$)", re.I)
# Relative links to files look like domains ("page.html"): these endings are files.
_FILE_ENDINGS_TEXT: Final = (
    "html htm php asp aspx jsp cgi md txt xml json pdf png jpg jpeg gif svg mp3 mp4"
)
_FILE_ENDINGS: Final = frozenset(_FILE_ENDINGS_TEXT.split())


def _looks_like_url(text: str) -> bool:
    stripped = text.strip()
    return bool(_WEB.match(stripped)) or (" " not in stripped and "." in text and "/" in text)


def _clean(text: str) -> str:
    return text.strip().strip(_SEPARATORS).strip()


def _note(text: str) -> str | None:
    note = _clean(text).rstrip(_TRAIL).strip()
    return note if any(ch.isalnum() for ch in note) else None


def _name_then_url(item: Item) -> tuple[str, str] | None:
    """``Name - https://…``: a short name, a separator, and a link that ends the entry."""
    last = item.links[-1] if item.links else None
    if last is None or len(item.links) != 1 or not _looks_like_url(last.text):
        return None
    if item.text[last.end :].strip(_TRAIL):
        return None
    name = _clean(item.text[: last.start])
    if not name or len(name.split()) > _MAX_NOTE_TITLE_WORDS:
        return None
    return name, last.url


_MAX_OWNER_WORDS: Final = 4
# Starts only where a run of blanks starts: tried inside the run, each start scanned the
# rest of it (quadratic on a long run with no bracket after it; the ReDoS audit's input).
_PARENS: Final = re.compile(r"(?<!\s)\s*[()\[\]]\s*")


def _named_profiles(item: Item) -> bool:
    """``Irea on (GitHub, Twitter/X)``: a short name, then only its links and joiners."""
    first = item.links[0]
    owner = item.text[: first.start]
    if len(owner.split()) > _MAX_OWNER_WORDS or _looks_like_url(first.text):
        return False
    rest = _PARENS.sub(" ", item.text[first.start :])
    shifted = [
        (rest.find(link.text), link) for link in item.links if not _looks_like_url(link.text)
    ]
    if len(shifted) != len(item.links):
        return False
    pos = 0
    for start, link in shifted:
        if start < pos or not _JOINERS.fullmatch(rest[pos:start]):
            return False
        pos = start + len(link.text)
    return not rest[pos:].strip(_TRAIL)


def _only_links(item: Item, start: int) -> bool:
    """Whether, from ``start``, the entry is nothing but its links and joiners between them."""
    pos = start
    for link in item.links:
        if link.start < pos or not _JOINERS.fullmatch(item.text[pos : link.start]):
            return False
        pos = link.end
    return not item.text[pos:].strip(_TRAIL)


def split_item(item: Item) -> list[tuple[str, str | None, str | None]]:
    """The ``(title, url, note)`` of the references in one entry (usually one).

    An entry that is nothing but links gives one reference per link (LABELING.md: "an item
    with several links gives one reference per link"), and so does a short name followed by
    its links (``Irea on (GitHub, Twitter/X)``), each titled by its link's text.
    """
    text = item.text.strip()
    links = [link for link in item.links if is_web(link.url)]
    if not links:
        return [(text, None, None)] if any(ch.isalnum() for ch in text) else []
    if item.title is not None:
        return [(item.title, links[0].url, None)]
    if len(links) != len(item.links):
        item = attrs.evolve(item, links=tuple(links))
    first = links[0]
    lead = item.lead
    if len(links) > 1 and ((lead >= 0 and _only_links(item, lead)) or _named_profiles(item)):
        return [(_clean(link.text), link.url, None) for link in links if _clean(link.text)]
    if lead >= 0 and not _looks_like_url(first.text) and _clean(first.text):
        return [(_clean(first.text), first.url, _note(item.text[first.end :]))]
    named = _name_then_url(item)
    if named is not None:
        return [(named[0], named[1], None)]
    start = lead if lead >= 0 else 0
    return [(item.text[start:].strip(), first.url, None)]


def text_entry(text: str) -> Reference:
    """A reference from plain text: ``Name — https://…`` splits; a bare URL titles itself."""
    text = text.strip()
    match = _TEXT_URL.search(text)
    if match is None:
        return Reference(text)
    url = match.group().rstrip(_TRAIL)
    name = _clean(text[: match.start()])
    return Reference(name or url, url)


def _identity(url: str) -> str:
    """:func:`shownotes.links.key`, with the fragment: two anchors of one page are two entries
    (a changelog's sections for two releases)."""
    _, hash_, fragment = url.partition("#")
    return key(url) + (hash_ + fragment if fragment else "")


def unique(refs: Iterable[Reference]) -> tuple[Reference, ...]:
    """``refs`` without repeats: the same URL under the same title (or, without a URL, the
    same title). An entry that repeats a URL under another title is another entry (LABELING.md:
    "the same title and URL is listed once"; notes list an episode twice, by title and by
    number)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for ref in refs:
        title = "".join(ch for ch in ref.title.casefold() if ch.isalnum())
        identity = (_identity(ref.url) if ref.url else "", title)
        if identity in seen or (ref.url and (identity[0], "") in seen):
            continue
        seen.add(identity)
        if ref.url and title == "".join(ch for ch in ref.url.casefold() if ch.isalnum()):
            seen.add((identity[0], ""))  # a URL titled by itself says nothing new twice
        out.append(ref)
    return tuple(out)
