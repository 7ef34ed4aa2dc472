"""Lines being built, which both readers (Markdown and HTML) share: :class:`LineBuilder`, one
line of visible text being built (white space folded, link offsets kept true, bare URLs turned
into links as text arrives), and :class:`RawLine`, a finished line before its headings and
section are settled.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from shownotes.model.lines import LineLink, Source

# A bare URL: scheme, then no white space, quotes, angle brackets or CJK punctuation
# (ideographic comma and full stop, full-width comma, corner and lenticular brackets: never
# part of a URL as written). Trailing punctuation and
# unbalanced closing brackets are trimmed afterwards (a sentence's full stop is not the URL's).
BARE_URL: Final = re.compile(
    r"(?<![A-Za-z0-9])(?:https?://|www\.)"
    r"[^\s<>\"'`\u00a0\u3001\u3002\uff0c\u300c-\u300f\u3010\u3011]+",
    re.IGNORECASE,
)
_TRAILING: Final = ".,;:!?*_~'\"”’»…。、，；：！？"  # noqa: RUF001 - typographic quotes on purpose
_PAIRS: Final = {")": "(", "]": "[", "}": "{"}


def trim_url(url: str) -> str:
    """A bare URL without the punctuation that ends its sentence or closes its bracket."""
    while url:
        last = url[-1]
        if last in _TRAILING or (last in _PAIRS and url.count(last) > url.count(_PAIRS[last])):
            url = url[:-1]
        else:
            break
    return url


class LineBuilder:
    """Collects the text and links of one line; white space folded, link offsets kept true."""

    __slots__ = ("_has_text", "_links", "_open", "_parts", "_size", "strong_only")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._has_text = False
        self._links: list[LineLink] = []
        # The open link: its URL, the text size and the number of parts when it opened.
        self._open: tuple[str, int, int] | None = None
        #: Whether all visible text so far was inside ``<strong>``/``**`` (None: no text yet).
        self.strong_only: bool | None = None

    def _ends_with_space(self) -> bool:
        return not self._parts or self._parts[-1].endswith(" ")

    def text(self, raw: str, *, strong: bool = False, bare_urls: bool = True) -> None:
        """Append visible text (entities already decoded); bare URLs in it become links."""
        if not raw:
            return
        # str.split folds white space several times faster than a regex substitution.
        folded = " ".join(raw.split())
        if raw[0].isspace():
            folded = " " + folded if folded else " "
        if raw[-1].isspace() and folded != " ":
            folded += " "
        if folded.strip():
            self._has_text = True
            self.strong_only = strong if self.strong_only is None else self.strong_only and strong
        if folded.startswith(" ") and self._ends_with_space():
            folded = folded[1:]
            if not folded:
                return
        if bare_urls and self._open is None and ("://" in folded or "www." in folded):
            pos = 0
            for match in BARE_URL.finditer(folded):
                url = trim_url(match.group())
                if not url or "." not in url.split("//", 1)[-1]:
                    continue
                self._append(folded[pos : match.start()])
                self.link_text(url, url)
                pos = match.start() + len(url)
            folded = folded[pos:]
        self._append(folded)

    def _append(self, piece: str) -> None:
        if piece:
            self._parts.append(piece)
            self._size += len(piece)

    def link_text(self, text: str, url: str, *, strong: bool = False) -> None:
        """Append a whole link: its visible ``text`` and its target ``url``."""
        self.open_link(url)
        self.text(text, strong=strong, bare_urls=False)
        self.close_link()

    def open_link(self, url: str) -> None:
        """Start a link whose text is what :meth:`text` appends until :meth:`close_link`."""
        self.close_link()
        self._open = (url.strip(), self._size, len(self._parts))

    def close_link(self) -> None:
        """End the open link, if any (an empty link text leaves no link)."""
        if self._open is None:
            return
        url, start, first_part = self._open
        self._open = None
        seg = "".join(self._parts[first_part:])
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg and url:
            self._links.append(LineLink(seg, url, start + lead, start + lead + len(seg)))

    def empty(self) -> bool:
        """Whether no visible text has been added."""
        return not self._has_text

    def finish(self) -> tuple[str, tuple[LineLink, ...]]:
        """The line's text (stripped) and its links, offsets adjusted to the stripped text."""
        self.close_link()
        text = "".join(self._parts)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        links = tuple(
            LineLink(link.text, link.url, link.start - lead, link.end - lead)
            for link in self._links
        )
        self._parts, self._size, self._links = [], 0, []
        self._has_text = False
        self.strong_only = None
        return text, links


@attrs.define
class RawLine:
    """A line before headings and sections are settled (mutable, internal)."""

    text: str
    links: tuple[LineLink, ...]
    span: tuple[int, int]
    heading: int = 0
    list_depth: int = 0
    marker: str | None = None
    paragraph: int = 0
    source: Source = "markdown"
    code: bool = False
    strong_only: bool = False
    landmark: str | None = None
