"""Markdown (and plain text) to raw lines: a line lexer for the block structure show notes use.

Show notes are line-oriented: a chapter or a reference is one line. So this lexer reads lines,
not a full CommonMark tree: ATX and setext headings, bullet and numbered lists with nesting,
block quotes, fenced code, reference-style link definitions, and HTML blocks (a paragraph that
starts with a block tag is handed to lxml whole). Inline markup is :mod:`shownotes.read.inline`'s.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from shownotes.read.html import html_lines
from shownotes.read.inline import is_bold, render_inline, strip_emphasis
from shownotes.read.linebuilder import LineBuilder, RawLine

_BULLET: Final = re.compile(r"([-*+•·▪►‣◦–—])[ \t]+|(\d{1,9}[.)])[ \t]+")  # noqa: RUF001
_ATX: Final = re.compile(r"(#{1,6})(?:[ \t]+|$)")
_CLOSING_HASHES: Final = re.compile(r"[ \t]+#+[ \t]*$")
_FENCE: Final = re.compile(r"(`{3,}|~{3,})")
_SETEXT: Final = re.compile(r"(={2,}|-{2,})[ \t]*")
_LAZY: Final = re.compile(r"[a-z)\]]")  # a wrapped line that goes on mid-sentence
# Characters that make a line more than plain text: markup, entities, escapes (URLs are
# tested with `in`, which is faster than any alternation).
_MARKUP_CHAR: Final = re.compile(r"[\[<*_`~&\\]")
# What needs the inline grammar beyond emphasis markers: links, tags, entities, escapes.
_INLINE_STRUCTURE: Final = re.compile(r"[\[<&\\]")
_HR: Final = re.compile(r"(?:[-*_][ \t]*){3,}")
_REF_DEF: Final = re.compile(r"[ \t]{0,3}\[([^\]]{1,200})\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?")
_HTML_BLOCK: Final = re.compile(
    r"[ \t]{0,3}<(?:/?(?:address|article|aside|blockquote|body|center|dd|details|dialog|div|dl"
    r"|dt|figcaption|figure|footer|form|h[1-6]|header|hr|html|iframe|li|main|nav|ol|p|pre"
    r"|section|summary|table|tbody|td|th|thead|tr|ul)(?=[\s/>])|!--)",
    re.IGNORECASE,
)


def blank_comments(text: str) -> str:
    """HTML (``<!-- -->``) and MDX (``{/* */}``) comments replaced by spaces, newlines kept,
    so offsets stay true. One ``find`` per comment: linear."""
    if "<!--" not in text and "{/*" not in text:
        return text
    out: list[str] = []
    for opener, closer in (("<!--", "-->"), ("{/*", "*/}")):
        if opener not in text:
            continue
        out = []
        pos = 0
        while True:
            start = text.find(opener, pos)
            if start == -1:
                break
            end = text.find(closer, start + len(opener))
            end = len(text) if end == -1 else end + len(closer)
            out.append(text[pos:start])
            out.append(re.sub(r"[^\n]", " ", text[start:end]))
            pos = end
        out.append(text[pos:])
        text = "".join(out)
    return text


def _physical_lines(text: str, offset: int) -> list[tuple[int, str]]:
    lines = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        lines.append((offset + pos, stripped))
        pos += len(line)
    return lines


def _indent(line: str) -> int:
    lead = len(line) - len(line.lstrip(" \t"))
    if "\t" not in line[:lead]:
        return lead  # the usual case, without a loop in Python
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _without_grammar(content: str) -> tuple[str, bool] | None:
    """The text (and whether it is all bold) of a line that needs no inline grammar: no link,
    tag, entity, escape or URL, at most emphasis markers; ``None`` for any other line. Most
    lines are such, and this is what :func:`render_inline` would make of them."""
    if _INLINE_STRUCTURE.search(content) or "://" in content or "www." in content.lower():
        return None
    if not _MARKUP_CHAR.search(content):
        return " ".join(content.split()), False
    return " ".join(strip_emphasis(content).split()), is_bold(content)


def _flush(builder: LineBuilder, template: RawLine, out: list[RawLine], _tag: str = "") -> None:
    """End one visible line: the builder's text, with the structure of its source line."""
    strong_only = bool(builder.strong_only)
    text, links = builder.finish()
    if text:
        t = template
        out.append(
            RawLine(
                text,
                links,
                t.span,
                t.heading,
                t.list_depth,
                t.marker,
                t.paragraph,
                strong_only=strong_only,
            )
        )


def markdown_lines(body: str, offset: int) -> list[RawLine]:
    """Raw lines of a Markdown or plain-text ``body`` that starts at ``offset`` in the document."""
    text = blank_comments(body)
    physical = _physical_lines(text, offset)
    refs: dict[str, str] = {}
    if "]:" in text:
        for _, line in physical:
            ref = _REF_DEF.fullmatch(line)
            if ref:
                refs.setdefault(ref.group(1).strip().casefold(), ref.group(2))
    out: list[RawLine] = []
    builder = LineBuilder()
    paragraph = 0
    fence: str | None = None
    list_indents: list[int] = []
    index = 0
    total = len(physical)

    while index < total:
        start, line = physical[index]
        index += 1
        span = (start, start + len(line))
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                paragraph += 1
            elif line.strip():
                out.append(RawLine(line.strip(), (), span, paragraph=paragraph, code=True))
            continue
        stripped = line.strip()
        if not stripped:
            paragraph += 1
            continue
        # A letter starts no fence, tag, rule, heading, quote or list item: prose lines (most
        # lines) skip those checks.
        simple = stripped[0].isalpha()
        fence_match = None if simple else _FENCE.match(stripped)
        if fence_match:
            fence = fence_match.group(1)[0] * 3
            paragraph += 1
            continue
        if refs and not simple and _REF_DEF.fullmatch(line):
            continue
        if not simple and _HTML_BLOCK.match(line):
            # An HTML block runs to the next blank line (CommonMark's rule for block tags).
            stop = index
            while stop < total and physical[stop][1].strip():
                stop += 1
            block_start = start
            block_end = physical[stop - 1][0] + len(physical[stop - 1][1])
            chunk = text[block_start - offset : block_end - offset]
            starts = [s for s, _ in physical[index - 1 : stop]]
            paragraph += 1
            for raw in html_lines(chunk, block_start, starts, whole=False):
                raw.paragraph += paragraph
                out.append(raw)
            paragraph = (out[-1].paragraph if out else paragraph) + 1
            index = stop
            continue
        # Setext underline: turns the previous paragraph line into a heading.
        setext = None if simple else _SETEXT.fullmatch(stripped)
        if (
            setext
            and out
            and out[-1].paragraph == paragraph
            and not out[-1].list_depth
            and not out[-1].heading
            and out[-1].source == "markdown"
        ):
            out[-1].heading = 1 if stripped[0] == "=" else 2
            paragraph += 1
            continue
        if not simple and _HR.fullmatch(stripped):
            paragraph += 1
            continue
        content = line
        indent = _indent(content)
        content = content.lstrip()
        while content.startswith(">"):  # block quotes: their content, one level flattened
            content = content[1:].lstrip()
        heading = 0
        atx = None if simple else _ATX.match(content)
        if atx:
            heading = len(atx.group(1))
            content = _CLOSING_HASHES.sub("", content[atx.end() :])
            list_indents.clear()
            paragraph += 1
        depth = 0
        marker = None
        bullet = None if heading or simple else _BULLET.match(content)
        if bullet:
            marker = bullet.group(1) or bullet.group(2)
            while list_indents and list_indents[-1] > indent:
                list_indents.pop()
            if not list_indents or indent >= list_indents[-1] + 2:
                list_indents.append(indent)
            elif list_indents[-1] != indent:
                list_indents[-1] = indent
            depth = len(list_indents)
            content = content[bullet.end() :]
            paragraph += 1
            # Lines indented under the item that start no block of their own continue it
            # (a soft line break): one item, one line, its links whole.
            while index < total:
                more = physical[index][1]
                more_stripped = more.strip()
                if (
                    not more_stripped
                    # a lazy continuation (not indented) only when it cannot start anything
                    or (_indent(more) <= indent and not _LAZY.match(more_stripped))
                    or more_stripped[0] in ">#<|"
                    or _BULLET.match(more_stripped)
                    or _FENCE.match(more_stripped)
                    or _HR.fullmatch(more_stripped)
                ):
                    break
                content = f"{content} {more_stripped}"
                span = (span[0], physical[index][0] + len(more))
                index += 1
        elif indent == 0 and not heading:
            list_indents.clear()

        plain = _without_grammar(content)
        if plain is None:
            template = RawLine("", (), span, heading, depth, marker, paragraph)
            sink = functools.partial(_flush, builder, template, out)
            render_inline(content, builder, refs, sink)
            sink()
        elif plain[0]:
            visible, strong = plain
            out.append(
                RawLine(visible, (), span, heading, depth, marker, paragraph, strong_only=strong)
            )
        if heading:
            paragraph += 1
    return out
