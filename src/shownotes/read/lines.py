"""A document body (HTML, Markdown, plain text, or a mix) as the :class:`~shownotes.Line` hub.

A body that is a whole HTML page goes to lxml; anything else goes through the Markdown line lexer,
which hands each HTML block it meets to lxml. Then headings are settled: besides ``<h2>`` and
``## …``, show notes mark sections with a paragraph that is only ``**Label**``, only ``Label:``,
or a lone short line followed by a list. Such *pseudo-headings* get level 6.

>>> lines = to_lines("Chapters:\\n00:00 Intro\\n\\n<p><b>Links</b></p><ul><li>x</li></ul>")
>>> for line in lines:
...     print(repr(line.text), line.heading, line.section)
'Chapters:' 6 None
'00:00 Intro' 0 Chapters
'Links' 6 Chapters
'x' 0 Links
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, cast

from shownotes.model.lines import Line
from shownotes.read.linebuilder import RawLine
from shownotes.read.markdown import markdown_lines

__all__ = ["PSEUDO_HEADING", "as_lines", "to_lines"]

#: The heading level given to pseudo-headings (``**Label**``, ``Label:``, a lone short line).
PSEUDO_HEADING: Final = 6
_MAX_LABEL: Final = 60
_WHOLE_PAGE: Final = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I)
_SENTENCE_END: Final = (".", "!", "?", ",", ";", "…")


def _is_label(raw: RawLine) -> bool:
    text = raw.text
    return (
        0 < len(text) <= _MAX_LABEL
        and not raw.list_depth
        and not raw.code
        and "://" not in text
        and any(ch.isalpha() for ch in text)
        and not text.endswith(_SENTENCE_END)
    )


def _settle_headings(raws: list[RawLine]) -> None:
    """Give level 6 to lines that work as headings without being marked as such."""
    # A heading needs something under it: the last line never is one.
    for i in range(len(raws) - 1):
        raw = raws[i]
        if raw.heading or raw.list_depth:
            continue
        nxt = raws[i + 1]
        alone = (i == 0 or raws[i - 1].paragraph != raw.paragraph) and (
            nxt.paragraph != raw.paragraph
        )
        colon = raw.text.endswith(":")
        if not (alone or colon) or not _is_label(raw):
            continue
        short = len(raw.text.split()) <= 8
        if (raw.strong_only and alone) or (colon and short) or (alone and nxt.list_depth and short):
            raw.heading = PSEUDO_HEADING


def _label(text: str) -> str:
    return text.rstrip(":").strip()


def to_lines(body: str, offset: int = 0) -> tuple[Line, ...]:
    """The Lines of ``body``, a document body found at ``offset`` in the whole document.

    Never raises on any ``str``: markup that cannot be read is taken as text.
    """
    if not isinstance(body, str):
        raise TypeError(f"to_lines() takes a str, not {type(body).__name__}")
    if _WHOLE_PAGE.match(body):
        from shownotes.read.html import html_lines  # lxml loads on first use

        starts = [offset]
        starts.extend(offset + m.end() for m in re.finditer("\n", body))
        raws = html_lines(body, offset, starts, whole=True)
    else:
        raws = markdown_lines(body, offset)
    _settle_headings(raws)
    lines = []
    section: str | None = None
    for raw in raws:
        # Positional: a document has thousands of lines, and keywords cost a third more here.
        lines.append(
            Line(
                raw.text,
                raw.links,
                raw.span,
                raw.heading,
                raw.list_depth,
                raw.marker,
                section,
                raw.paragraph,
                raw.source,
                raw.code,
                raw.landmark,
            )
        )
        if raw.heading:
            section = _label(raw.text)
    return tuple(lines)


def as_lines(text_or_lines: str | Sequence[Line], what: str = "find()") -> Sequence[Line]:
    """The Lines every extractor reads: ``to_lines`` of a body given as text, or the Lines
    given, checked. ``what`` names the caller in the :class:`TypeError` for anything else.

    >>> as_lines("one\\ntwo")[1].text
    'two'
    """
    if isinstance(text_or_lines, str):
        return to_lines(text_or_lines)
    if not isinstance(text_or_lines, Sequence) or isinstance(text_or_lines, bytes | bytearray):
        raise TypeError(f"{what} takes a str or Lines, not {type(text_or_lines).__name__}")
    for item in text_or_lines:
        if not isinstance(item, Line):
            raise TypeError(f"{what} takes a str or Lines, not a sequence of {type(item).__name__}")
    return cast("Sequence[Line]", text_or_lines)  # a str is a Sequence too: mypy cannot narrow
