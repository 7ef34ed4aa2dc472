"""Reading a document: bytes to text, front matter from body, the body to the Line hub, and the
one outline of its sections.

>>> from shownotes import read
>>> doc = read.split("---\\ntitle: Tea\\n---\\n## Links\\n- [attrs](https://attrs.org)\\n")
>>> lines = read.to_lines(doc.body, doc.offset)
>>> [(s.heading, s.kind) for s in read.outline(lines)]
[('Links', 'references')]
"""

from __future__ import annotations

from shownotes.read.decode import decode
from shownotes.read.frontmatter import Document, FrontMatterFormat, split
from shownotes.read.head import html_head
from shownotes.read.kinds import classify as classify_label
from shownotes.read.lines import PSEUDO_HEADING, as_lines, to_lines
from shownotes.read.sections import LEAD_IN, kinds_by_line, section_of
from shownotes.read.sections import find as outline

__all__ = [
    "LEAD_IN",
    "PSEUDO_HEADING",
    "Document",
    "FrontMatterFormat",
    "as_lines",
    "classify_label",
    "decode",
    "html_head",
    "kinds_by_line",
    "outline",
    "section_of",
    "split",
    "to_lines",
]
