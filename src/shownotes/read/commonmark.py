"""Markdown bodies read as CommonMark, by pulldown-cmark (through pyromark), into raw lines.

pulldown-cmark (the engine of rustdoc, mdBook and zola) gives the block and inline structure
with the source range of every event; this module maps the events to lines. What a line is, is
ours, because show notes are line-oriented (a chapter, a reference is one line):

- a line break ends a line, except inside a link's text, a heading, and a list item: an item
  is one entry however its source wraps, unless its next source line is itself a timed entry
  (``- Chapters:`` then ``00:00 Intro``) or a lazy continuation line that starts a sentence
  (``See you next week!`` right under the list); a hard break always ends a line;
- a list item's first line carries its depth and marker; its later lines (after a hard break,
  a timed entry, or in its later paragraphs) have depth 0 and share its paragraph, so
  extractors can join them;
- block quotes are flattened; a table row is a line, its cells joined by ``" | "``;
- code blocks (fenced or indented) give ``code`` lines; code spans are text, never links;
  images are skipped; a link CommonMark refused (``[a](https://x.org "say "hi"")``) is still
  read as the link its reader sees;
- inline HTML tags (``<a href>``, ``<br>``, ``<strong>``, block tags) are read in place, HTML
  blocks go to lxml (:mod:`shownotes.read.html`) with their true spans, and a whole page met in
  Markdown (``<html>``, ``<!DOCTYPE html>``) ends the Markdown: lxml reads the rest.

Extensions on: tables and strike-through (GitHub's). Off: footnotes, math, task lists and
smart punctuation, which would change visible text.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from shownotes.read.breaks import line_spans
from shownotes.read.html import html_lines
from shownotes.read.inline import BLOCK_TAGS, SKIP_TAGS, STRONG_TAGS, href_of, parse_tag
from shownotes.read.lenient import ends_item_line, refused_links
from shownotes.read.linebuilder import GLYPHS, LineBuilder, RawLine, indent_before
from shownotes.read.source import MAX_NESTING, char_offsets, prepare, shallow

if TYPE_CHECKING:
    import pyromark

__all__ = ["commonmark_lines"]

_PAGE: Final = re.compile(r"[ \t]{0,3}(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_MARKER: Final = re.compile(r"[ \t]*([-+*]|[0-9]{1,9}[.)])")  # an item's range starts before


class _TooDeep(Exception):
    """More containers open at once than :data:`MAX_NESTING` (see :func:`commonmark_lines`)."""


@functools.cache
def _parser() -> pyromark.Markdown:
    import pyromark  # on first use: ``import shownotes`` stays cheap

    options = pyromark.Options.ENABLE_TABLES | pyromark.Options.ENABLE_STRIKETHROUGH
    return pyromark.Markdown(options=options)


def commonmark_lines(body: str, offset: int) -> list[RawLine]:
    """Raw lines of a Markdown ``body`` (line breaks already normalised) that starts at
    ``offset`` in the whole document."""
    text = prepare(body)
    try:
        return _read(text, offset, MAX_NESTING)
    except _TooDeep:
        # Hostile nesting (``">" * 10**6``): the markers past the bound become spaces. Deep
        # nesting built over many lines (each indented further) is linear already: no bound.
        return _read(shallow(text), offset, None)


def _read(text: str, offset: int, limit: int | None) -> list[RawLine]:
    chars = char_offsets(text)
    out: list[RawLine] = []
    builder = LineBuilder()
    paragraph = 0
    heading = 0
    containers = 0  # open lists and block quotes
    lists = 0
    item: tuple[int, str | None, int] | None = None  # depth, marker, start of an unread item
    line_start = -1  # byte offsets of the line being built
    line_end = 0
    in_link = 0  # open links (Markdown or <a>): a line break inside one is a space
    image = 0  # open images: their alt text is not shown
    strong = 0
    skip: str | None = None  # an inline <script>, <style>, … whose content is not shown
    code = False
    html: list[tuple[str, int, int]] | None = None  # an HTML block's lines
    cells = 0
    # Most lines are plain text: their pieces are only collected, and folded once at the end.
    # A link, or text that may hold a URL, hands the line to the LineBuilder (``pieces`` None).
    pieces: list[str] | None = []
    plain_strong: bool | None = None  # whether all visible pieces were strong (None: none yet)
    wrapped = False  # the line being built follows a line break inside its paragraph

    def to_builder() -> None:
        nonlocal pieces
        if pieces:
            builder.text("".join(pieces))
            builder.strong_only = plain_strong
        pieces = None

    def flush() -> None:
        nonlocal line_start, item, pieces, plain_strong, wrapped
        if pieces is None:
            strong_only = builder.strong_only
            line, links = builder.finish()
            pieces = []
        elif pieces:
            line = " ".join((pieces[0] if len(pieces) == 1 else "".join(pieces)).split())
            links = ()
            strong_only = plain_strong
            pieces.clear()
        else:
            line_start = -1
            return
        plain_strong = None
        if line:
            depth, marker, start = 0, None, line_start
            if item is not None:
                depth, marker, start = item
                item = None
            span = (offset + chars(max(start, 0)), offset + chars(line_end))
            raw = RawLine(line, links, span, heading, depth, marker, paragraph, "markdown", False,
                          bool(strong_only))  # fmt: skip
            if wrapped and text[span[0] - offset] != "\\":  # "1\\." is no item
                raw.wrapped = True
                raw.indent = indent_before(text, span[0] - offset)
            elif line[0] in GLYPHS:
                raw.indent = indent_before(text, span[0] - offset)
            out.append(raw)
        line_start = -1
        wrapped = False

    def code_lines(value: str, start: int, end: int) -> None:
        first, last = chars(start), chars(end)
        source = text[first:last]
        exact = source == value
        pos = 0
        found = True
        for piece in value.split("\n"):
            at = pos
            if found and not exact:  # container prefixes stripped: find each line
                at = source.find(piece, pos)
                found = at != -1  # (tabs expanded: the rest get the block's span)
            folded = " ".join(piece.split())
            if folded:
                span = (first + at, first + at + len(piece)) if found else (first, last)
                out.append(RawLine(folded, (), (offset + span[0], offset + span[1]),
                                   paragraph=paragraph, code=True))  # fmt: skip
            if found:
                pos = at + len(piece) + 1

    def html_block(markup: str, spans: list[tuple[int, int]]) -> None:
        nonlocal paragraph
        base = paragraph + 1
        raws = html_lines(markup, spans)
        for raw in raws:
            raw.paragraph += base
        out.extend(raws)
        paragraph = (raws[-1].paragraph if raws else base) + 1

    for event, span in _parser().events_with_range(text, merge_text=True):
        if isinstance(event, str):  # SoftBreak, HardBreak, Rule
            if event == "Rule":
                flush()
                paragraph += 1
            elif in_link:
                builder.text(" ")
            elif event == "SoftBreak" and (
                heading or (lists and not ends_item_line(text, chars(span["end"])))
            ):
                if pieces is None:
                    builder.text(" ")
                else:
                    pieces.append(" ")
            else:
                flush()
                wrapped = True
        elif "Text" in event or "Code" in event:
            if "Text" in event:  # text, or a code span: the same, but never a link
                value, literal = event["Text"], False
                if code and html is None:
                    code_lines(value, span["start"], span["end"])
                    continue
            else:
                value, literal = event["Code"], True
            if html is not None or image or skip:
                continue
            if line_start < 0:
                line_start = span["start"]
            line_end = span["end"]
            if pieces is not None and "://" not in value and "www." not in value:
                pieces.append(value)
                if not value.isspace():
                    plain_strong = (
                        strong > 0 if plain_strong is None else plain_strong and strong > 0
                    )
                continue
            if pieces is not None:
                to_builder()
            if "](" in value and not in_link and not literal:
                value = refused_links(value, builder, strong > 0)
            builder.text(value, strong=strong > 0, bare_urls=not literal)
        elif "Start" in event:
            tag = event["Start"]
            if isinstance(tag, str):
                if tag == "Paragraph":
                    flush()
                    paragraph += 1
                elif tag == "Item":
                    flush()
                    paragraph += 1
                    start = span["start"]
                    begin = chars(start)
                    if text.startswith("\n", begin):  # (after a tab, the range starts early)
                        begin, start = begin + 1, start + 1
                    marker = _MARKER.match(text, begin, begin + 64)
                    item = (lists, marker.group(1) if marker else None, start)
                elif tag == "Strong":
                    strong += 1
                    if line_start < 0:  # the line's source starts at its markup: "**Name**"
                        line_start = span["start"]
                elif tag in ("Emphasis", "Strikethrough") and line_start < 0:
                    line_start = span["start"]
                elif tag == "HtmlBlock":
                    flush()
                    begin = chars(span["start"])
                    if _PAGE.match(text, begin):  # a whole page: lxml reads the rest
                        html_block(text[begin:], line_spans(text, begin, offset))
                        return out
                    html = []
                elif tag in ("TableHead", "TableRow"):
                    flush()
                    cells = 0
                    line_start = span["start"]
                elif tag == "TableCell":
                    if cells:
                        if pieces is None:
                            builder.text(" | ")
                        else:
                            pieces.append(" | ")
                    cells += 1
            elif "Link" in tag:
                if line_start < 0:
                    line_start = span["start"]
                if not image:
                    if pieces is not None:
                        to_builder()
                    link = tag["Link"]
                    url = link["dest_url"]
                    builder.open_link("mailto:" + url if link["link_type"] == "Email" else url)
                    in_link += 1
            elif "Heading" in tag:
                flush()
                paragraph += 1
                heading = int(tag["Heading"]["level"][1])
                line_start = span["start"]
            elif "Image" in tag:
                if line_start < 0:
                    line_start = span["start"]
                image += 1
            elif "CodeBlock" in tag:
                flush()
                paragraph += 1
                code = True
            else:  # List, BlockQuote, Table
                flush()
                if "List" in tag:
                    lists += 1
                else:
                    paragraph += 1
                if "Table" not in tag:
                    containers += 1
                    if limit is not None and containers > limit:
                        raise _TooDeep
        elif "End" in event:
            closed = event["End"]
            if isinstance(closed, str):
                if closed == "Link":
                    if not image:
                        builder.close_link()
                        in_link = max(0, in_link - 1)
                        line_end = span["end"]
                elif closed in ("Paragraph", "Item", "TableHead", "TableRow"):
                    flush()
                    if closed == "Item":
                        item = None
                elif closed in ("Strong", "Emphasis", "Strikethrough"):
                    strong -= closed == "Strong"
                    line_end = span["end"]
                elif closed == "Image":
                    image -= 1
                elif closed == "CodeBlock":
                    code = False
                    paragraph += 1
                elif closed == "HtmlBlock":
                    parts, html = html or [], None
                    spans = []
                    for part, start, end in parts:
                        stop = chars(end) - (len(part) - len(part.rstrip("\r\n")))
                        spans.append((offset + chars(start), offset + stop))
                    html_block("".join(part for part, _, _ in parts), spans)
                elif closed == "Table":
                    paragraph += 1
            elif "Heading" in closed:
                flush()
                heading = 0
                paragraph += 1
            else:  # List, BlockQuote
                flush()
                containers -= 1
                if "List" in closed:
                    lists -= 1
                else:
                    paragraph += 1
        elif "Html" in event:
            if html is not None:
                html.append((event["Html"], span["start"], span["end"]))
        elif "InlineHtml" in event:
            parsed = parse_tag(event["InlineHtml"])
            if parsed is None or image:
                continue
            closing, name, attributes = parsed
            if skip is not None:
                if closing and name == skip:
                    skip = None
                continue
            if line_start < 0:
                line_start = span["start"]
            line_end = span["end"]
            if name in SKIP_TAGS:
                if not closing:
                    skip = name
            elif name == "a":
                if closing:
                    builder.close_link()
                    in_link = max(0, in_link - 1)
                elif (href := href_of(attributes)) is not None:
                    if pieces is not None:
                        to_builder()
                    builder.open_link(href)
                    in_link += 1
            elif name in STRONG_TAGS:
                strong = max(0, strong + (-1 if closing else 1))
            elif name in BLOCK_TAGS:
                flush()
        # Footnotes, math and task lists are off: no other event comes.
    flush()
    return out
