"""Every link of a document: :func:`find` over the Line hub, :func:`from_metadata` over front
matter, and :func:`merge` of both, each URL once."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from shownotes.links import urls as _urls
from shownotes.links.classify import classify
from shownotes.links.urls import key
from shownotes.model.lines import Line, LineLink
from shownotes.model.links import Link
from shownotes.read.lines import as_lines

__all__ = ["TEXT_KEYS", "URL_KEYS", "find", "from_metadata", "merge", "of_line_link"]


def find(text_or_lines: str | Sequence[Line]) -> tuple[Link, ...]:
    """Every link in ``text_or_lines`` (a document body, or its Lines), once each, in order.

    HTML anchors, Markdown links and autolinks, and bare URLs in text all count; a URL that
    appears again (the same :func:`~shownotes.links.urls.key`) is skipped (the first
    occurrence's text is kept). ``javascript:``,
    ``data:`` and in-page ``#anchor`` links are left out: they lead nowhere.

    >>> for link in find("Read [the paper](https://arxiv.org/abs/2107.05580v1), "
    ...                  "or https://github.com/attrs/attrs."):
    ...     print(link.text, link.platform, link.kind, link.id)
    the paper arxiv paper 2107.05580v1
    None github repo attrs/attrs
    """
    return tuple(_line_links(as_lines(text_or_lines)))


def _line_links(lines: Sequence[Line]) -> Iterator[Link]:
    seen: set[str] = set()
    for line in lines:
        for found in line.links:
            url = found.url.strip()
            if _leads_nowhere(url):
                continue
            identity = key(url)
            if identity in seen:
                continue
            seen.add(identity)
            yield of_line_link(found)


def of_line_link(found: LineLink) -> Link:
    """The :class:`Link` a line's link stands for; a bare URL (its text is its URL) has no
    text."""
    return classify(found.url, None if found.text == found.url else found.text)


def _leads_nowhere(url: str) -> bool:
    return not url or url.startswith("#") or _urls.is_dead(url)


def merge(*groups: Iterable[Link]) -> tuple[Link, ...]:
    """The links of ``groups`` in order, each URL once (the first occurrence wins; two URLs
    are one when their :func:`~shownotes.links.urls.key` is).

    >>> a, b = classify("https://x.com/a"), classify("https://x.com/b")
    >>> merge([a, b], [classify("https://x.com/a", "A")]) == (a, b)
    True
    """
    seen: set[str] = set()
    out: list[Link] = []
    for group in groups:
        for link in group:
            identity = key(link.url)
            if identity not in seen:
                seen.add(identity)
                out.append(link)
    return tuple(out)


# ---------------------------------------------------------------------------------------------
_MAX_DEPTH: Final = 12
_MAX_ITEMS: Final = 10_000
#: The keys of a link written as a mapping in front matter (``links: [{name, url}]``, Hugo's
#: ``{title, link}``, Jekyll's ``{text, href}``), each tried in order: where its URL is and where
#: its text is. The one table for every reader of front-matter links (links, references).
URL_KEYS: Final = ("url", "href", "link", "uri")
TEXT_KEYS: Final = ("name", "title", "text", "label")
_URL_LIKE: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,16000}", re.IGNORECASE)


def from_metadata(metadata: Mapping[str, object]) -> tuple[Link, ...]:
    """The links in front matter: every string value that is a URL, at any depth, in order.
    A mapping with a ``url``/``href``/``link`` key and a ``name``/``title``/``text`` key (as in
    ``links: [{name, url}]``) gives a link with that text.

    >>> meta = {"title": "Ep 1", "youtube": "https://youtu.be/dQw4w9WgXcQ",
    ...         "links": [{"name": "attrs", "url": "https://github.com/python-attrs/attrs"}]}
    >>> [(link.text, link.platform, link.id) for link in from_metadata(meta)]
    [(None, 'youtube', 'dQw4w9WgXcQ'), ('attrs', 'github', 'python-attrs/attrs')]
    """
    if not isinstance(metadata, Mapping):
        raise TypeError(f"from_metadata() takes a mapping, not {type(metadata).__name__}")
    budget = [_MAX_ITEMS]
    return merge(_walk(metadata, 0, budget))


def _walk(value: object, depth: int, budget: list[int]) -> Iterator[Link]:
    budget[0] -= 1
    if budget[0] < 0 or depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        candidate = value.strip()
        if _URL_LIKE.fullmatch(candidate):
            yield classify(candidate)
    elif isinstance(value, Mapping):
        url = next((value[k] for k in URL_KEYS if isinstance(value.get(k), str)), None)
        text = next((value[k] for k in TEXT_KEYS if isinstance(value.get(k), str)), None)
        if isinstance(url, str) and _URL_LIKE.fullmatch(url.strip()):
            yield classify(url.strip(), text.strip() if isinstance(text, str) else None)
        for item in value.values():
            yield from _walk(item, depth + 1, budget)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _walk(item, depth + 1, budget)
