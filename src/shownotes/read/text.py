"""Plain text (a YouTube description, a podcast app's text field) to raw lines.

Every physical line is a line, and every character is a character: ``<``, ``&``, ``*`` and
``_`` mean themselves (``0:46 Q&A <now>`` keeps ``<now>``). Only what plain text itself
conveys is read: blank lines end paragraphs, bare URLs become links, and bullets (``-``, ``•``,
``1.``, …) make list items, nested by indentation (a later pass over the lines does that, for
Markdown's glyph bullets too). A line that only draws a rule (``-----``, ``=====``) holds no
text: it separates paragraphs, as a blank line does, and a short line right above it is a
heading (level 1 under ``=``, else 2), as Markdown's setext headings and reStructuredText's
underlined titles are: YouTube descriptions underline ``FOLLOW US`` and ``CHAPTERS`` so.
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.read.linebuilder import LineBuilder, RawLine

__all__ = ["text_lines"]

_RULE: Final = re.compile(r"([-=_*~#.•─━])\1{2,}")
_RULE_CHARS: Final = frozenset("-=_*~#.•─━")
_MAX_TITLE: Final = 60  # characters of a line underlined as a heading


def _width(line: str) -> int:
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def text_lines(body: str, offset: int) -> list[RawLine]:
    """Raw lines of a plain-text ``body`` (line breaks already normalised) that starts at
    ``offset`` in the whole document."""
    out: list[RawLine] = []
    builder = LineBuilder()
    paragraph = 0
    start = offset
    for line in body.split("\n"):
        size = len(line)
        stripped = line.strip()  # (a CR LF's CR too)
        if not stripped:
            paragraph += 1
        elif stripped[0] in _RULE_CHARS and _RULE.fullmatch(stripped):
            above = out[-1] if out else None
            if (
                above is not None
                and above.paragraph == paragraph
                and not above.links
                and len(above.text) <= _MAX_TITLE
            ):
                above.heading = 1 if stripped[0] == "=" else 2
            paragraph += 1
        else:
            if "://" in stripped or ("." in stripped and "www." in stripped.lower()):
                builder.text(stripped)
                visible, links = builder.finish()
            else:
                visible, links = " ".join(stripped.split()), ()
            end = start + size - 1 if line[-1] == "\r" else start + size
            raw = RawLine(visible, links, (start, end), 0, 0, None, paragraph)
            if line[0] in " \t":
                raw.indent = _width(line)
            out.append(raw)
        start += size + 1
    return out
