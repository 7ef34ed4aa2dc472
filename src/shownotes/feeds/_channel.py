"""The feed's own fields: an RSS ``<channel>`` or an Atom ``<feed>``, as a :class:`Feed`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shownotes import links as _links
from shownotes.feeds._children import person as person_of
from shownotes.feeds._children import text_of
from shownotes.feeds._item import explicit
from shownotes.feeds._source import key
from shownotes.model.episode import Funding, Person
from shownotes.model.errors import Problem
from shownotes.model.feeds import Feed

if TYPE_CHECKING:
    from lxml import etree

    from shownotes.model.links import Link

__all__ = ["feed_of", "title_of"]

_ITEMS = frozenset({"item", "atom:entry"})


def title_of(channel: etree._Element | None) -> str | None:
    """The title of ``channel`` as far as it has been read (items come after it)."""
    if channel is None:
        return None
    for child in channel:
        if key(child.tag) in ("title", "atom:title"):
            title = text_of(child)
            return " ".join(title.split()) if title else None
    return None


def _categories(element: etree._Element, parent: str | None, out: list[str]) -> None:
    name = element.get("text")
    if not name:
        return
    label = f"{parent}/{name.strip()}" if parent else name.strip()
    if label not in out:
        out.append(label)
    for sub in element:
        if key(sub.tag) == "itunes:category":
            _categories(sub, label, out)


def _own_links(urls: list[str], description: str | None) -> tuple[Link, ...]:
    found = [_links.classify(url) for url in urls]
    if description:
        found.extend(_links.find(description))
    return tuple(link for link in _links.merge(found) if link.platform is not None)


def feed_of(channel: etree._Element, kind: str, problems: list[Problem]) -> Feed:
    """The feed's fields from its channel element (items already removed or ignored)."""
    values: dict[str, str] = {}
    categories: list[str] = []
    persons: list[Person] = []
    funding: list[Funding] = []
    urls: list[str] = []
    for child in channel:
        name = key(child.tag)
        if not name or name in _ITEMS:
            continue
        if name == "itunes:category":
            _categories(child, None, categories)
        elif name == "category":
            text = text_of(child)
            if text and text not in categories:
                categories.append(text)
        elif name == "podcast:person":
            person = person_of(child)
            if person is not None:
                persons.append(person)
        elif name == "podcast:funding":
            url = child.get("url")
            if url:
                funding.append(Funding(url.strip(), text_of(child)))
                urls.append(url.strip())
        elif name in ("atom:link", "itunes:new-feed-url"):
            href = child.get("href") or text_of(child)
            if href:
                urls.append(href.strip())
                if name == "atom:link" and child.get("rel", "alternate") == "alternate":
                    values.setdefault("link", href.strip())
        elif name == "itunes:image":
            href = child.get("href") or text_of(child)
            if href:
                values.setdefault("image", href.strip())
        elif name == "image":
            url = text_of(child.find("{*}url")) if len(child) else text_of(child)
            if url:
                values.setdefault("rss:image", url)
        elif name in ("media:thumbnail", "atom:logo", "atom:icon"):
            url = child.get("url") or text_of(child)
            if url:
                values.setdefault("rss:image", url)
        elif name == "atom:author":
            author = text_of(child.find("{*}name"))
            if author:
                values.setdefault("author", author)
        else:
            text = text_of(child)
            if text is not None:
                values.setdefault(name, text)
    link = values.get("link") or values.get("atom:link")
    if link:
        urls.insert(0, link)
    description = values.get("description") or values.get("itunes:summary")
    description = description or values.get("atom:subtitle")
    title = values.get("title") or values.get("atom:title")
    locked = values.get("podcast:locked")
    language = values.get("language") or channel.get("{http://www.w3.org/XML/1998/namespace}lang")
    return Feed(
        kind=kind,
        title=" ".join(title.split()) if title else None,
        link=link,
        description=description,
        language=language,
        image=values.get("image") or values.get("rss:image"),
        author=values.get("itunes:author") or values.get("author") or values.get("dc:creator"),
        categories=tuple(categories),
        explicit=explicit(values.get("itunes:explicit")),
        guid=values.get("podcast:guid"),
        persons=tuple(persons),
        funding=tuple(funding),
        locked=explicit(locked) if locked is not None else None,
        links=_own_links(urls, description),
        problems=tuple(problems),
    )
