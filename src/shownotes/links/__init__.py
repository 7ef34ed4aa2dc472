"""Links: every URL in show notes as a :class:`Link`, classified to a platform with its ids.

:func:`classify` reads one URL; :func:`find` returns every link of a document once, in order;
:func:`from_metadata` reads the URLs of front matter; :func:`merge` joins lists, each URL once.
Nothing here touches the network: the platform, kind and ids are what the URL alone tells.

>>> link = classify("https://youtu.be/dQw4w9WgXcQ?t=42&si=AbCdEf")
>>> link.platform, link.kind, link.id, str(link.time)
('youtube', 'video', 'dQw4w9WgXcQ', '0:42')
"""

from __future__ import annotations

from shownotes.links.classify import PLATFORMS, classify, isbn13
from shownotes.links.find import find, from_metadata, merge, of_line_link
from shownotes.model.links import Link

__all__ = [
    "PLATFORMS",
    "Link",
    "classify",
    "find",
    "from_metadata",
    "isbn13",
    "merge",
    "of_line_link",
]
