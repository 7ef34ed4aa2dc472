"""Which reader a body needs when the caller does not say: ``markup="auto"``.

The rule, from what the text itself shows:

1. **A whole page** — ``<!DOCTYPE html>``, ``<html>`` or an XML prologue before ``<html>``, after
   nothing but white space and comments — is ``"html"``.
2. **Markdown structure** makes it ``"markdown"``: an inline link or image (``](``), a reference
   definition line (``[Tokio]: https://…``), an ATX heading (``## Links``), a fenced code block
   (opened and closed), a code span, strong emphasis (``**…**``, or a whole line in ``__…__``),
   an autolink (``<https://…>``), an MDX comment (``{/* … */}``), or a backslash escape
   (``\\*``, ``\\[``).
3. **HTML structure** — a known HTML tag (``<p>``, ``<a href>``, ``<br/>``, ``</li>``), an HTML
   comment or a character reference (``&amp;``, ``&#8217;``) — makes it ``"html"`` when the text
   starts with such a tag and blank lines only ever stand before tags (an RSS item's HTML), else
   ``"markdown"``: CommonMark reads the HTML in it, and its blank-line paragraphs and line breaks
   stay what they are (WordPress exports and Jekyll posts mix HTML with such paragraphs).
4. Anything else is ``"text"``: every ``<``, ``&``, ``*`` and ``_`` is a character. A YouTube
   description (``0:46 Q&A <now>``, ``*NEW*``, ``snake_case``) is text.

Lists (``- item``), ``---`` rules and single ``*``/``_`` are not evidence: plain text uses them
as much as Markdown does.

>>> [detect(s) for s in ("0:00 Intro\\n0:46 Q&A <now>", "- [Tokio](https://tokio.rs)",
...                      "<p>Hi<br>there</p>", "Hi<br>\\n0:00 Intro", "<h1>Hi</h1>\\n\\nThere")]
['text', 'markdown', 'html', 'markdown', 'markdown']
"""

from __future__ import annotations

import re
from typing import Final, Literal

__all__ = ["Markup", "Reader", "detect"]

#: What ``markup=`` takes: a reader's name, or ``"auto"`` for :func:`detect`'s choice.
Markup = Literal["auto", "markdown", "html", "text"]
#: The readers :func:`detect` chooses from.
Reader = Literal["markdown", "html", "text"]

_PAGE: Final = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html[\s>])", re.I)
# Each sign of Markdown: a literal every instance contains (a cheap ``in`` test first), the
# pattern that confirms it (None: the literal suffices), whether it must open a line (after at
# most three spaces, as CommonMark's block starts do), and how many instances it takes.
_Sign = tuple[str, re.Pattern[str] | None, bool, int]
# A fence line: three or more backticks or tildes and at most a language word; decorations such
# as ``~~~~~SOURCES~~~~~`` in a YouTube description are none, and a fence must be closed.
_FENCE: Final = re.compile(r"^ {0,3}(?:`{3,}+|~{3,}+)[ \t]*+[^`~\s]*+[ \t]*+$", re.MULTILINE)
_MARKDOWN: Final[tuple[_Sign, ...]] = (
    ("](", None, False, 1),  # an inline link or image
    ("]:", re.compile(r"\[[^\[\]\n]{1,999}\]:[ \t]*\S"), True, 1),  # a reference definition
    ("#", re.compile(r"#{1,6}[ \t]+\S"), True, 1),  # an ATX heading
    ("``", _FENCE, False, 2),  # a fenced code block, opened and closed
    ("~~~", _FENCE, False, 2),
    ("`", re.compile(r"`[^`\n]+`"), False, 1),  # a code span
    ("**", re.compile(r"\*\*[^\s*][^*\n]*\*\*"), False, 1),  # strong emphasis
    # a line in strong emphasis (``__init__.py`` is not)
    ("__", re.compile(r"__[^\s_][^_\n]*__[ \t]*(?:\n|\Z)"), True, 1),
    ("<", re.compile(r"<(?:https?|mailto):[^\s<>]*>", re.IGNORECASE), False, 1),  # an autolink
    ("{/*", None, False, 1),  # an MDX comment
    ("\\", re.compile(r"\\[*_`#<>\[\]]"), False, 1),  # a backslash escape
)
_TAG_NAMES: Final = (
    "a|abbr|address|article|aside|audio|b|blockquote|body|br|button|center|cite|code|dd|del"
    "|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html"
    "|i|iframe|img|ins|kbd|label|li|main|mark|nav|noscript|object|ol|p|picture|pre|q|s|script"
    "|section|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|th|thead"
    "|time|title|tr|u|ul|video|wbr"
)
_TAG: Final = re.compile(rf"</?(?:{_TAG_NAMES})(?:[\s/][^<>]*)?>", re.IGNORECASE)
_HTML: Final[tuple[_Sign, ...]] = (
    ("<", _TAG, False, 1),  # a known tag, opening, closing or void
    ("<!--", None, False, 1),  # a comment
    (
        "&",
        re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"),
        False,
        1,
    ),
)
_SPACE: Final = re.compile(r"\s*")
# A blank line, then a line that starts with text rather than a tag.
_TEXT_PARAGRAPH: Final = re.compile(r"\n[ \t]*\n[ \t]*+[^<\s]")


def _after_comments(text: str) -> int:
    """Where ``text`` starts once leading white space and HTML comments are passed."""
    pos = 0
    while True:
        space = _SPACE.match(text, pos)
        pos = space.end() if space else pos
        if not text.startswith("<!--", pos):
            return pos
        end = text.find("-->", pos + 4)
        if end == -1:
            return pos
        pos = end + 3


def _opens_line(text: str, pos: int) -> bool:
    start = pos
    while start > 0 and pos - start < 3 and text[start - 1] == " ":
        start -= 1
    return start == 0 or text[start - 1] == "\n"


def _shows(text: str, signs: tuple[_Sign, ...]) -> bool:
    """Whether ``text`` shows any of ``signs`` (each candidate looked at once: linear)."""
    for literal, pattern, line_start, wanted in signs:
        if literal not in text:
            continue
        if pattern is None:
            return True
        found = 0
        for match in pattern.finditer(text):
            if not line_start or _opens_line(text, match.start()):
                found += 1
                if found == wanted:
                    return True
    return False


def detect(body: str) -> Reader:
    """The reader ``body`` needs, by the rule above."""
    start = _after_comments(body)
    if _PAGE.match(body, start):
        return "html"
    if _shows(body, _MARKDOWN):
        return "markdown"
    if not _shows(body, _HTML):
        return "text"
    if _TAG.match(body, start) and not _TEXT_PARAGRAPH.search(body):
        return "html"
    return "markdown"
