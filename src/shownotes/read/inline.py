"""HTML tags read without a tree: the tags inside a Markdown paragraph (``<a href>``, ``<br>``,
``<strong>``), entity decoding that cannot raise, and a flat tag stream for HTML too deeply
nested for libxml2's tree (which drops what lies deeper than its limit).

Every scan here is linear: a tag is bounded by the next ``<`` or ``>``, a comment by its end.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Final

__all__ = [
    "BLOCK_TAGS",
    "END",
    "HEADING_TAGS",
    "SKIP_TAGS",
    "START",
    "STRONG_TAGS",
    "TEXT",
    "flat_events",
    "href_of",
    "parse_tag",
    "unescape",
]

# Tags that end a line of visible text wherever they stand.
BLOCK_TAGS: Final = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "iframe",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
HEADING_TAGS: Final = {f"h{n}": n for n in range(1, 7)}
STRONG_TAGS: Final = frozenset({"strong", "b"})
# Elements whose content is never visible text.
SKIP_TAGS: Final = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select"}
)
# Elements that never have an end tag (WHATWG HTML, "void elements").
_VOID: Final = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)

_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})\b([^<>]*)>")
_HREF: Final = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
# A tag, a comment (to its end, or to the end of the text, as browsers read an unclosed one),
# a declaration or a processing instruction.
_TOKEN: Final = re.compile(
    r"<(?:(/?)([A-Za-z][A-Za-z0-9-]{0,30})\b([^<>]*)>|!--.*?(?:-->|\Z)|[!?][^<>]*>)", re.DOTALL
)
# A decimal character reference with more than 7 significant digits is past U+10FFFF: U+FFFD, as
# HTML says. Python's ``html.unescape`` would make an int of all its digits first, which fails
# past 4300 of them (leading zeros included).
_LONG_DECIMAL: Final = re.compile(r"&#([0-9]{8,})")

#: Kinds of the events :func:`flat_events` yields (and the HTML walker reads).
START: Final = 0
END: Final = 1
TEXT: Final = 2


def unescape(text: str) -> str:
    """``html.unescape`` that cannot raise: an out-of-range decimal reference of any length
    becomes U+FFFD, as any other out-of-range reference does.

    >>> unescape("Q&amp;A &#" + "1" * 5000 + "; &#" + "0" * 5000 + "65;")
    'Q&A \\ufffd A'
    """
    if "&" not in text:
        return text
    if "&#" in text:
        text = _LONG_DECIMAL.sub(_short_decimal, text)
    return html.unescape(text)


def _short_decimal(match: re.Match[str]) -> str:
    digits = match.group(1).lstrip("0")
    return "&#65533" if len(digits) > 7 else "&#" + (digits or "0")


def parse_tag(tag: str) -> tuple[bool, str, str] | None:
    """``(closing, name, attributes)`` of one whole tag (``</a>`` → ``(True, "a", "")``), or
    ``None`` for a comment, declaration or anything else."""
    match = _TAG.fullmatch(tag.strip())
    if match is None:
        return None
    return bool(match.group(1)), match.group(2).lower(), match.group(3)


def href_of(attrs: str) -> str | None:
    """The ``href`` attribute's value in a tag's attribute text, entities decoded."""
    match = _HREF.search(attrs)
    if not match:
        return None
    return unescape(next(g for g in match.groups() if g is not None))


def flat_events(markup: str) -> Iterator[tuple[int, str, str | None, int, str | None]]:
    """``(kind, tag, href, line, text)`` events of ``markup`` read as a stream of tags, without
    a tree: ``START`` (``href`` of an ``<a>``), ``END``, and ``TEXT`` (the decoded ``text``;
    tag empty). Void elements get both events; content of :data:`SKIP_TAGS` is left out.
    ``line`` is the 1-based line of a start tag."""
    pos = 0
    line = 1
    skipping: str | None = None
    for match in _TOKEN.finditer(markup):
        start = match.start()
        if start > pos and skipping is None:
            yield TEXT, "", None, line, unescape(markup[pos:start])
        line += markup.count("\n", pos, start)
        pos = match.end()
        name = match.group(2)
        if name is not None:
            name = name.lower()
            closing = bool(match.group(1))
            if skipping is not None:
                if closing and name == skipping:
                    skipping = None
            elif name in SKIP_TAGS and not closing:
                skipping = name
            elif closing:
                yield END, name, None, line, None
            else:
                href = href_of(match.group(3)) if name == "a" else None
                yield START, name, href, line, None
                if name in _VOID:
                    yield END, name, None, line, None
        line += markup.count("\n", start, pos)
    if pos < len(markup) and skipping is None:
        yield TEXT, "", None, line, unescape(markup[pos:])
