"""Where show notes bend CommonMark, and the reader with them: two rules, each on what shows
write.

- :func:`ends_item_line`: a list item is one entry however its source wraps (Rustacean Station
  and Binärgewitter wrap long items at 80 columns), but a line under it that is itself a timed
  entry (``- Chapters:`` then ``00:00 Intro``) or a lazy line that starts a sentence
  (``See you next week!`` right under the list) is a line of its own, as its writer meant.
- :func:`refused_links`: ``[Title](https://x.org "Say "hi"")`` is no link to CommonMark (the
  quotes inside the quoted title end it early), but it is one to every reader of the notes;
  Coder Radio's and LINUX Unplugged's notes write their links so.
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.model.timestamps import at_edge
from shownotes.read.linebuilder import LineBuilder

__all__ = ["ends_item_line", "refused_links"]

_MID_SENTENCE: Final = re.compile(r"[a-z)\]]")
# ``[label](absolute-url anything-but-parens)``, met as text: a link CommonMark refused.
_REFUSED_LINK: Final = re.compile(
    r"\[([^\[\]\n]{1,500})\]\(\s*<?((?:[a-z][a-z0-9+.-]{1,30}:|www\.)[^\s()<>]+)>?"
    r"(?:\s[^()\n]*)?\)",
    re.IGNORECASE,
)


def ends_item_line(text: str, pos: int) -> bool:
    """Whether the source line at ``pos``, after a soft break inside a list item, starts a line
    of its own: a timed entry (``00:45 Topic``), or a lazy continuation (not indented) that
    does not go on mid-sentence (``See you next week!`` right under the list). An indented
    line, or one going on in lower case, wraps the item's text."""
    end = text.find("\n", pos, pos + 200)
    line = text[pos : end if end != -1 else pos + 200]
    content = line.lstrip(" \t>")
    if at_edge(content):
        return True
    return not line[:1].isspace() and not _MID_SENTENCE.match(content)


def refused_links(value: str, builder: LineBuilder, strong: bool) -> str:
    """Feed ``builder`` the links CommonMark refused in ``value`` (literal text to it), and
    return the text after the last one. The usual reason is quotes inside a quoted title; a
    reader of the notes still sees a link there."""
    pos = 0
    for match in _REFUSED_LINK.finditer(value):
        builder.text(value[pos : match.start()], strong=strong)
        builder.link_text(match.group(1), match.group(2), strong=strong)
        pos = match.end()
    return value[pos:]
