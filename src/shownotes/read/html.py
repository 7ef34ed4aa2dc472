"""HTML (a whole page, a fragment, or a block met in Markdown) to raw lines, through lxml.

lxml's HTML parser (libxml2) builds the tree; ``iterwalk`` walks it without recursion. libxml2
refuses to nest deeper than its limit (2048 levels with ``huge_tree``) and drops what lies below;
such markup is read again as a flat stream of tags (:func:`~shownotes.read.inline.flat_events`),
so its text is kept. lxml is imported on first use only: ``import shownotes`` stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

from shownotes.read.inline import (
    BLOCK_TAGS,
    END,
    HEADING_TAGS,
    SKIP_TAGS,
    START,
    STRONG_TAGS,
    flat_events,
)
from shownotes.read.linebuilder import LineBuilder, RawLine

__all__ = ["html_lines"]

# Characters libxml2 refuses in a str (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/F).
_XML_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_DECL: Final = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
LANDMARKS: Final = frozenset({"nav", "footer", "header", "aside"})
_LISTS: Final = frozenset({"ul", "ol", "menu"})
_Events = Iterator[tuple[int, str, str | None, int, str | None]]


def _tree(markup: str) -> Any:
    """The document lxml makes of ``markup`` (a page or a fragment: libxml2 supplies the
    ``<html>`` and ``<body>`` a fragment lacks), or ``None`` when it is empty or libxml2 gave
    up before the end (nesting past its limit)."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None
    fatal = lxml.etree.ErrorLevels.FATAL
    if any(error.level == fatal for error in parser.error_log):
        return None
    return root


def _tree_events(root: Any) -> _Events:
    from lxml import etree

    # iterwalk skips comments and processing instructions, and with them their tails: the
    # text after them. Removing them first keeps that text. Invisible subtrees (scripts,
    # styles, SVG, the head) go before the walk too, in C: a page's chrome is most of it.
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    etree.strip_elements(root, *SKIP_TAGS, with_tail=False)
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = str(element.tag).lower()
        if event == "start":
            href = element.get("href") if tag == "a" else None
            yield START, tag, href, element.sourceline or 0, element.text
        else:
            yield END, tag, None, 0, element.tail


def html_lines(markup: str, spans: Sequence[tuple[int, int]]) -> list[RawLine]:
    """Raw lines of ``markup``, a whole page or a fragment; ``spans[i]`` is the document span
    of its line ``i + 1`` (lxml counts lines from 1), so each line's span is the source line
    its element starts on."""
    cleaned = _XML_DECL.sub("", _XML_ILLEGAL.sub(" ", markup), count=1)
    if not cleaned.strip():
        return []
    root = _tree(cleaned)
    events = flat_events(cleaned) if root is None else _tree_events(root)
    return _walk(events, spans)


def _walk(events: _Events, spans: Sequence[tuple[int, int]]) -> list[RawLine]:
    out: list[RawLine] = []
    builder = LineBuilder()
    heading = 0
    list_depth = 0
    paragraph = 0
    sourceline = 1
    lists: list[str] = []
    landmarks: list[str] = []
    strong = 0
    last = len(spans) - 1

    def flush() -> None:
        if not builder.pending():
            return
        strong_only = builder.strong_only
        text, links = builder.finish()
        if text:
            span = spans[max(0, min(sourceline - 1, last))] if spans else (0, 0)
            out.append(
                RawLine(
                    text,
                    links,
                    span,
                    heading,
                    list_depth,
                    "li" if list_depth else None,
                    paragraph,
                    "html",
                    strong_only=bool(strong_only),
                    landmark=landmarks[-1] if landmarks else None,
                )
            )

    for kind, tag, href, line, text in events:
        if kind == START:
            if line and builder.empty():
                sourceline = line
            if tag in BLOCK_TAGS:
                flush()
                paragraph += 1
                if line:
                    sourceline = line
                if tag in _LISTS:
                    lists.append(tag)
                elif tag == "li":
                    list_depth = max(1, len(lists))
                elif tag in HEADING_TAGS:
                    heading = HEADING_TAGS[tag]
                if tag in LANDMARKS:
                    landmarks.append(tag)
            elif tag == "a":
                if href is not None:
                    builder.open_link(href)
            elif tag in STRONG_TAGS:
                strong += 1
        elif kind == END and tag in BLOCK_TAGS:
            flush()
            paragraph += 1
            if tag in _LISTS and lists:
                lists.pop()
                list_depth = len(lists)
            elif tag == "li":
                list_depth = len(lists)
            elif tag in HEADING_TAGS:
                heading = 0
            if tag in LANDMARKS and landmarks:
                landmarks.pop()
        elif kind == END and tag == "a":
            builder.close_link()
        elif kind == END and tag in STRONG_TAGS:
            strong = max(0, strong - 1)
        if text:  # an element's text, or the tail after it; entities are decoded already
            builder.text(text, strong=strong > 0)
    flush()
    return out
