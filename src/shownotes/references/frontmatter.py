"""References held in front matter: ``links: [{name, url}]`` lists and guests' own pages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from shownotes.links.find import TEXT_KEYS, URL_KEYS
from shownotes.model.references import Reference
from shownotes.references.items import is_web, text_entry, unique

__all__ = ["from_metadata"]

_LIST_KEYS = ("links", "references", "resources", "show_links", "episode_links", "mentioned")
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
    name = next((str(entry[k]).strip() for k in TEXT_KEYS if entry.get(k)), None)
    url = next((str(entry[k]).strip() for k in URL_KEYS if entry.get(k)), None)
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
