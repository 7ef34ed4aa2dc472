"""Links: every URL in show notes as a :class:`Link`, classified to a platform with its ids.

:func:`classify` reads one URL, :func:`explain` says why, :func:`purpose` says what the URL is
for; :func:`find` returns every link of a document once, in order; :func:`from_metadata` reads
the URLs of front matter; :func:`merge` joins lists, each URL once (:func:`key` is when two
URLs are the same). Nothing here touches the network: the platform, kind and ids are what the
URL alone tells. The platform tables (:mod:`shownotes.links.tables`) load on first use.

>>> link = classify("https://youtu.be/dQw4w9WgXcQ?t=42&si=AbCdEf")
>>> link.platform, link.kind, link.id, str(link.time)
('youtube', 'video', 'dQw4w9WgXcQ', '0:42')
"""

from __future__ import annotations

from shownotes.links.classify import classify, isbn13, platforms
from shownotes.links.explain import Explanation, explain
from shownotes.links.find import find, from_metadata, merge, of_line_link
from shownotes.links.purpose import purpose
from shownotes.links.urls import key
from shownotes.model.links import Link

__all__ = [
    "PLATFORMS",
    "Explanation",
    "Link",
    "classify",
    "explain",
    "find",
    "from_metadata",
    "isbn13",
    "key",
    "merge",
    "of_line_link",
    "platforms",
    "purpose",
]


def __getattr__(name: str) -> object:
    # PLATFORMS (every platform name) needs the tables: built on first access, not on import.
    if name == "PLATFORMS":
        return platforms()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
