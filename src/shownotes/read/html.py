"""HTML (a whole page, or a block pasted into Markdown) to raw lines, through lxml.

The tree is walked with ``iterwalk`` (no recursion, so deep nesting cannot overflow the stack).
lxml is imported on first use only: ``import shownotes`` stays cheap.
"""

from __future__ import annotations

import re
from typing import Any, Final

from shownotes.read.inline import BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS, STRONG_TAGS
from shownotes.read.linebuilder import LineBuilder, RawLine

# Characters libxml2 refuses in a str (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/F).
_XML_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_DECL: Final = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
LANDMARKS: Final = frozenset({"nav", "footer", "header", "aside"})
_LISTS: Final = frozenset({"ul", "ol", "menu"})


class _State:
    """Where the walk is: the open heading, list depth, paragraph counter and source line."""

    __slots__ = ("heading", "list_depth", "paragraph", "sourceline")

    def __init__(self) -> None:
        self.heading = 0
        self.list_depth = 0
        self.paragraph = 0
        self.sourceline = 1


def _parse(markup: str, *, whole: bool) -> Any:
    import lxml.etree
    import lxml.html

    cleaned = _XML_DECL.sub("", _XML_ILLEGAL.sub(" ", markup), count=1)
    try:
        if whole:
            return lxml.html.document_fromstring(cleaned)
        return lxml.html.fragment_fromstring(cleaned, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return None


def html_lines(markup: str, offset: int, line_starts: list[int], *, whole: bool) -> list[RawLine]:
    """Raw lines of ``markup`` (found at ``offset`` in the document; ``line_starts`` are the
    document offsets of its physical lines, to turn lxml's ``sourceline`` into spans)."""
    from lxml import etree

    root = _parse(markup, whole=whole)
    if root is None:
        return []
    # iterwalk skips comments and processing instructions, and with them their tails: the
    # text after them. Removing them first keeps that text.
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    # Invisible subtrees (scripts, styles, SVG, the head) go before the walk, in C: a page's
    # chrome is most of its elements.
    etree.strip_elements(root, *SKIP_TAGS, with_tail=False)
    out: list[RawLine] = []
    builder = LineBuilder()
    state = _State()
    lists: list[str] = []
    landmarks: list[str] = []
    strong = 0
    line_ends = []
    for start in line_starts:
        newline = markup.find("\n", start - offset)
        line_ends.append(offset + (len(markup) if newline == -1 else newline))

    def flush() -> None:
        strong_only = builder.strong_only
        text, links = builder.finish()
        if text:
            idx = max(0, min(state.sourceline - 1, len(line_starts) - 1))
            out.append(
                RawLine(
                    text=text,
                    links=links,
                    span=(line_starts[idx], line_ends[idx]),
                    heading=state.heading,
                    list_depth=state.list_depth,
                    marker="li" if state.list_depth else None,
                    paragraph=state.paragraph,
                    source="html",
                    strong_only=bool(strong_only),
                    landmark=landmarks[-1] if landmarks else None,
                )
            )

    def add(text: str | None) -> None:
        if text:
            builder.text(text, strong=strong > 0)  # lxml has decoded the entities already

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = str(element.tag).lower()
        if event == "start":
            if element.sourceline and builder.empty():
                state.sourceline = element.sourceline
            if tag in BLOCK_TAGS:
                flush()
                state.paragraph += 1
                if element.sourceline:
                    state.sourceline = element.sourceline
                if tag in _LISTS:
                    lists.append(tag)
                elif tag == "li":
                    state.list_depth = max(1, len(lists))
                elif tag in HEADING_TAGS:
                    state.heading = HEADING_TAGS[tag]
                if tag in LANDMARKS:
                    landmarks.append(tag)
            elif tag == "a":
                href = element.get("href")
                if href is not None:
                    builder.open_link(href)
            elif tag in STRONG_TAGS:
                strong += 1
            add(element.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
                state.paragraph += 1
                if tag in _LISTS and lists:
                    lists.pop()
                    state.list_depth = len(lists)
                elif tag == "li":
                    state.list_depth = len(lists)
                elif tag in HEADING_TAGS:
                    state.heading = 0
                if tag in LANDMARKS and landmarks:
                    landmarks.pop()
            elif tag == "a":
                builder.close_link()
            elif tag in STRONG_TAGS:
                strong = max(0, strong - 1)
            add(element.tail)
    flush()
    return out
