"""The hub every extractor reads: a document's body as a tuple of :class:`Line`.

Whatever the body was written in (HTML, Markdown, plain text, or a mix), :mod:`shownotes.read.lines`
turns it into Lines: visible text with entities decoded and markup removed, the links on the line
with their text and target, and the structure around it (heading level, list depth, the section
heading it sits under, the paragraph it belongs to, its span in the original document).

>>> from shownotes.read.lines import to_lines
>>> for line in to_lines("## Links\\n- [attrs](https://attrs.org) - classes\\n"):
...     print(line.heading, line.list_depth, repr(line.text), line.section, line.links)
2 0 'Links' None ()
0 1 'attrs - classes' Links (LineLink(text='attrs', url='https://attrs.org', start=0, end=5),)
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["Line", "LineLink", "Source"]

#: Where a line came from: ``"markdown"`` covers plain text too (it is Markdown without markup).
Source = Literal["markdown", "html"]


@attrs.frozen
class LineLink:
    """A link on a line: its visible ``text``, its ``url`` (as written, entities decoded),
    and where its text stands within :attr:`Line.text` (``text == line.text[start:end]``).
    An autolink or a bare URL has its URL as text."""

    text: str
    url: str
    start: int
    end: int


@attrs.frozen
class Line:
    """One line of visible text, with the structure around it.

    - ``text``: visible text; entities decoded, tags and Markdown markup removed, runs of
      white space folded to one space, stripped. Never contains a newline.
    - ``links``: the links whose text is on this line, in order.
    - ``span``: ``(start, end)`` offsets of the line's source in the *whole* document given
      to :func:`shownotes.parse` (front matter included); approximate inside HTML.
    - ``heading``: 1-6 when the line is a heading — ``<h2>``, ``## …``, a setext underline,
      or a *pseudo-heading*: a paragraph that is only ``**Label**``/``<strong>Label</strong>``,
      only ``Label:``, or a lone short line followed by a list. 0 otherwise.
    - ``list_depth``: 1 for a top-level list item, 2 for one nested inside it, …; 0 outside
      lists. ``marker`` is the item's bullet (``-``, ``*``, ``•``, ``1.``, ``li``) or ``None``.
    - ``section``: the text of the nearest heading above this line (``None`` before any).
    - ``paragraph``: a counter that changes at every blank line or block boundary, so
      consecutive lines of one paragraph (or one ``<br>``-separated block) share it.
    - ``source``: ``"html"`` when the line came from HTML markup, else ``"markdown"``.
    - ``code``: the line is inside a fenced code block.
    - ``landmark``: ``"nav"``, ``"header"``, ``"footer"`` or ``"aside"`` when an HTML page
      puts the line inside such an element (page chrome, not show notes), else ``None``.
    """

    text: str
    links: tuple[LineLink, ...] = ()
    span: tuple[int, int] = (0, 0)
    heading: int = 0
    list_depth: int = 0
    marker: str | None = None
    section: str | None = None
    paragraph: int = 0
    source: Source = "markdown"
    code: bool = False
    landmark: str | None = None

    @property
    def is_heading(self) -> bool:
        """Whether the line is a heading of any kind (``heading > 0``)."""
        return self.heading > 0

    @property
    def is_list_item(self) -> bool:
        """Whether the line is a list item (``list_depth > 0``)."""
        return self.list_depth > 0
