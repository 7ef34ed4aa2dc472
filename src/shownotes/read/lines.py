"""A document body (Markdown, HTML, plain text, or a mix) as the :class:`~shownotes.Line` hub.

``markup`` names the reader: ``"markdown"`` (CommonMark, HTML blocks through lxml),
``"html"`` (lxml), ``"text"`` (every line a line, every character a character), or ``"auto"``
(the default), which picks one from what the body shows (:mod:`shownotes.read.detect`). Then one
pass over the lines settles what no markup marks: bullets that are not Markdown's (``•``, ``▪``,
``►``, and in plain text ``-`` and ``1.`` too) make list items, and headings people write
without markup get level 6 (*pseudo-headings*): a paragraph that is only ``**Label**``, only
``Label:``, or a lone short line followed by a list.

>>> lines = to_lines("Chapters:\\n00:00 Intro\\n\\n<p><b>Links</b></p><ul><li>x</li></ul>")
>>> for line in lines:
...     print(repr(line.text), line.heading, line.section)
'Chapters:' 6 None
'00:00 Intro' 0 Chapters
'Links' 6 Chapters
'x' 0 Links
>>> [(line.text, line.list_depth) for line in to_lines("0:46 Q&A <now>\\n• Tea", markup="text")]
[('0:46 Q&A <now>', 0), ('Tea', 1)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, cast, get_args

from shownotes.model.lines import Line, LineLink
from shownotes.read.breaks import line_spans, normalize_breaks
from shownotes.read.detect import Markup, detect
from shownotes.read.linebuilder import GLYPHS, RawLine
from shownotes.read.text import text_lines

__all__ = ["PSEUDO_HEADING", "Markup", "as_lines", "to_lines"]

#: The heading level given to pseudo-headings (``**Label**``, ``Label:``, a lone short line).
PSEUDO_HEADING: Final = 6
_MAX_LABEL: Final = 60
_SENTENCE_END: Final = (".", "!", "?", ",", ";", "…")
_MARKUPS: Final = frozenset(get_args(Markup))
# A bullet that starts a line of plain text; in Markdown only the glyphs (CommonMark reads
# ``-``, ``*``, ``+`` and ``1.`` itself).
_TEXT_BULLET: Final = re.compile(r"([-*+•·▪►‣◦–—]) +(?=\S)|([0-9]{1,9}[.)]) +(?=\S)")  # noqa: RUF001
_BULLET_START: Final = frozenset("-*+•·▪►‣◦–—0123456789")  # noqa: RUF001
_GLYPH_BULLET: Final = re.compile(r"([•·▪►‣◦–—]) +(?=\S)")  # noqa: RUF001


def _settle_bullets(raws: list[RawLine], *, marked_up: bool) -> None:
    """Make list items of lines that start with a bullet, nested by their indentation (a
    deeper indent by 2 or more opens a level, as in Markdown). In Markdown and HTML, whose
    lists are marked up, only a glyph bullet, or any bullet after a line break inside a
    Markdown paragraph, counts. An item starts a paragraph, and the lines after it that are no items
    stay in it (its wrapped continuation)."""
    indents: list[int] = []
    paragraph = -1
    source_paragraph: int | None = None
    for raw in raws:
        match = None
        if raw.list_depth or raw.heading or raw.code:
            indents.clear()
        else:
            text = raw.text
            if text[0] not in _BULLET_START:
                match = None
            elif marked_up and not raw.wrapped:
                match = _GLYPH_BULLET.match(text)
            else:
                match = _TEXT_BULLET.match(text)
            if match is not None and any(link.start < match.end() for link in raw.links):
                match = None
            if match is None and not raw.indent:
                indents.clear()
        if match is not None or raw.paragraph != source_paragraph:
            paragraph += 1
        source_paragraph = raw.paragraph
        raw.paragraph = paragraph
        if match is None:
            continue
        indent = raw.indent
        while indents and indents[-1] > indent:
            indents.pop()
        if not indents or indent >= indents[-1] + 2:
            indents.append(indent)
        elif indents[-1] != indent:
            indents[-1] = indent
        cut = match.end()
        raw.text = raw.text[cut:]
        raw.links = tuple(
            LineLink(link.text, link.url, link.start - cut, link.end - cut) for link in raw.links
        )
        raw.list_depth = len(indents)
        raw.marker = match.group(1) or match.group(2)


# A label between runs of the same decoration: "- Links -", "// SUPPORT THIS CHANNEL //",
# "~~~~~SOURCES~~~~~", "=== Chapters ===", "🚨 Find us on 🚨" (YouTube descriptions mark their
# sections so: Jordan B. Peterson, Gameranx, CD-Action, TechLinked).
_DECORATED: Final = re.compile(
    r"(?P<left>[^\w\s]+)\s*(?P<label>\w(?:.{0,58}\w)?)\s*(?P<right>[^\w\s]+)"
)
_MIRROR: Final = str.maketrans("[]()<>{}«»◄►", "][)(><}{»«►◄")
_MAX_DECORATED_WORDS: Final = 8


def _decorated(raw: RawLine) -> str | None:
    """The label of a line that is a short label set between the same decorations, or None."""
    if raw.links or raw.code or raw.heading:
        return None
    text = raw.text
    if raw.list_depth and raw.marker and not raw.marker[0].isdigit():
        text = f"{raw.marker} {text}"  # "- Links -" was read as an item "Links -"
    found = _DECORATED.fullmatch(text)
    if found is None:
        return None
    left, label, right = found.group("left", "label", "right")
    if set(left) != set(right) and set(left.translate(_MIRROR)) != set(right):
        return None
    if len(label.split()) > _MAX_DECORATED_WORDS or "://" in label:
        return None
    return label


def _settle_decorated(raws: list[RawLine]) -> None:
    """Make headings of labels set between decorations (see ``_DECORATED``)."""
    for raw in raws:
        label = _decorated(raw) if raw.text else None
        if label is not None:
            raw.text, raw.heading, raw.list_depth, raw.marker = label, PSEUDO_HEADING, 0, None


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


def to_lines(body: str, offset: int = 0, *, markup: Markup = "auto") -> tuple[Line, ...]:
    """The Lines of ``body``, a document body found at ``offset`` in the whole document, read
    as ``markup`` says (see the module's docstring). Never raises on any ``str``: markup that
    cannot be read is taken as text.
    """
    if not isinstance(body, str):
        raise TypeError(f"to_lines() takes a str, not {type(body).__name__}")
    if markup not in _MARKUPS:
        raise ValueError(f"markup must be one of {sorted(_MARKUPS)}, not {markup!r}")
    text = normalize_breaks(body)
    reader = detect(text) if markup == "auto" else markup
    if reader == "text":
        raws = text_lines(text, offset)
        _settle_decorated(raws)
        _settle_bullets(raws, marked_up=False)
    else:
        if reader == "html":
            from shownotes.read.html import html_lines  # lxml loads on first use

            raws = html_lines(text, line_spans(text, 0, offset))
        else:
            from shownotes.read.commonmark import commonmark_lines  # pyromark on first use

            raws = commonmark_lines(text, offset)
        _settle_decorated(raws)
        if any(raw.wrapped or raw.text[0] in GLYPHS for raw in raws):
            _settle_bullets(raws, marked_up=True)
    _settle_headings(raws)
    lines = []
    section: str | None = None
    raws.reverse()  # popped from the end, in order: each RawLine is freed once its Line is made
    while raws:
        raw = raws.pop()
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


def as_lines(
    text_or_lines: str | Sequence[Line], what: str = "find()", *, markup: Markup = "auto"
) -> Sequence[Line]:
    """The Lines every extractor reads: ``to_lines`` of a body given as text (read as
    ``markup`` says), or the Lines given, checked. ``what`` names the caller in the
    :class:`TypeError` for anything else.

    >>> as_lines("one\\ntwo")[1].text
    'two'
    """
    if isinstance(text_or_lines, str):
        return to_lines(text_or_lines, markup=markup)
    if not isinstance(text_or_lines, Sequence) or isinstance(text_or_lines, bytes | bytearray):
        raise TypeError(f"{what} takes a str or Lines, not {type(text_or_lines).__name__}")
    for item in text_or_lines:
        if not isinstance(item, Line):
            raise TypeError(f"{what} takes a str or Lines, not a sequence of {type(item).__name__}")
    return cast("Sequence[Line]", text_or_lines)  # a str is a Sequence too: mypy cannot narrow
