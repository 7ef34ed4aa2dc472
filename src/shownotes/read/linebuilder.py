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
#: Bullet glyphs people type or paste where Markdown has ``-``: not CommonMark, but common in
#: show notes (YouTube descriptions, Podlove and feed descriptions pasted from word processors).
GLYPHS: Final = frozenset("•·▪►‣◦–—")  # noqa: RUF001 - the en dash is a bullet here
_TRAILING: Final = ".,;:!?*_~'\"”’»…。、，；：！？"  # noqa: RUF001 - typographic quotes on purpose
_PAIRS: Final = {")": "(", "]": "[", "}": "{"}


#: How far past a bare URL's last URL character a delimited URL may run to its ">".
_DELIMITED_TAIL: Final = 256


def trim_url(url: str) -> str:
    """A bare URL without the punctuation that ends its sentence or closes its bracket.

    >>> trim_url("https://x.org/a_(b)).") + " " + trim_url("https://x.org/" + ")" * 9)
    'https://x.org/a_(b) https://x.org/'
    """
    end = len(url)
    # Brackets counted once, then kept up to date as the end moves left: linear however many
    # closing brackets trail (counting again per bracket was quadratic).
    counts: dict[str, int] | None = None
    while end:
        last = url[end - 1]
        if last in _TRAILING:
            end -= 1
            continue
        if last in _PAIRS:
            if counts is None:
                head = url[:end]
                counts = {ch: head.count(ch) for ch in "()[]{}"}
            if counts[last] > counts[_PAIRS[last]]:
                counts[last] -= 1
                end -= 1
                continue
        break
    return url[:end]


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

    def text(self, raw: str, *, strong: bool = False, bare_urls: bool = True) -> None:
        """Append visible text (entities already decoded); bare URLs in it become links."""
        words = raw.split()  # str.split folds white space faster than any regex
        parts = self._parts
        if not words:  # white space only: one space between the words around it
            if raw and parts and parts[-1][-1] != " ":
                parts.append(" ")
                self._size += 1
            return
        folded = " ".join(words)
        if raw[0].isspace() and parts and parts[-1][-1] != " ":
            folded = " " + folded
        if raw[-1].isspace():
            folded += " "
        self._has_text = True
        self.strong_only = strong if self.strong_only is None else self.strong_only and strong
        if bare_urls and self._open is None and ("://" in folded or "www." in folded):
            pos = 0
            for match in BARE_URL.finditer(folded):
                if match.start() < pos:
                    continue  # inside a delimited URL read whole below
                url = trim_url(match.group())
                if match.start() and folded[match.start() - 1] == "<":
                    # "<https://…>" delimits a URL in plain text (RFC 3986, appendix C): all
                    # up to the ">" is the URL, a last "." or a quote too. The ">" is looked
                    # for in a bounded window, so a line of unclosed "<http…" stays linear.
                    close = folded.find(">", match.end(), match.end() + _DELIMITED_TAIL)
                    if close != -1 and " " not in folded[match.end() : close]:
                        url = folded[match.start() : close]
                if not url or "." not in url.split("//", 1)[-1]:
                    continue
                self._append(folded[pos : match.start()])
                self.link_text(url, url)
                pos = match.start() + len(url)
            folded = folded[pos:]
            if not folded:
                return
        parts.append(folded)
        self._size += len(folded)

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

    def pending(self) -> bool:
        """Whether anything (text or white space) waits for :meth:`finish`."""
        return bool(self._parts)

    def finish(self) -> tuple[str, tuple[LineLink, ...]]:
        """The line's text (stripped) and its links, offsets adjusted to the stripped text."""
        if self._open is not None:
            self.close_link()
        parts = self._parts
        self._has_text = False
        self.strong_only = None
        if not parts:
            return "", ()
        text = parts[0] if len(parts) == 1 else "".join(parts)
        self._parts, self._size = [], 0
        stripped = text.strip()
        if not self._links:
            return stripped, ()
        lead = len(text) - len(text.lstrip())
        links = tuple(
            LineLink(link.text, link.url, link.start - lead, link.end - lead)
            for link in self._links
        )
        self._links = []
        return stripped, links


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
    #: Columns of white space before the line on its source line (set where bullets need it).
    indent: int = 0
    #: The line follows a line break inside a Markdown paragraph: CommonMark made no list item
    #: of it, but a bullet there still starts one (``Topics:`` then a tab-indented ``1. …``).
    wrapped: bool = False


def indent_before(text: str, pos: int) -> int:
    """The width of the white space right before ``pos`` on its line (a tab to the next
    multiple of 4, as CommonMark counts)."""
    start = pos
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    width = 0
    for ch in text[start:pos]:
        width = width + 4 - width % 4 if ch == "\t" else width + 1
    return width
