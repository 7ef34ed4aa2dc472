"""The Markdown inline grammar: links, autolinks, emphasis, code, escapes and inline HTML tags,
fed into a :class:`~shownotes.read.linebuilder.LineBuilder` (which also finds bare URLs).

Every scan here is linear: brackets are matched once with a stack, tags are bounded by the next
``>`` found once, and each regex is anchored on literal characters.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterator
from typing import Final

from shownotes.read.linebuilder import BARE_URL, LineBuilder, trim_url

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
_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})\b([^<>]*)>")
_HREF: Final = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_AUTOLINK: Final = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]*)>", re.IGNORECASE)
_ESCAPABLE: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_SPECIAL: Final = re.compile(r"[\[<]")
# Runs of markers; which `_` runs are emphasis is decided by their neighbours in _marker().
# (One class scan and a cheap callback: lookbehind alternatives cost 3x on long transcripts.)
_MARKERS: Final = re.compile(r"[*_~`]+")


def match_brackets(text: str, open_ch: str, close_ch: str) -> dict[int, int]:
    """Map each ``open_ch`` position to its matching ``close_ch`` position (one stack pass)."""
    stack: list[int] = []
    pairs: dict[int, int] = {}
    if text.count(open_ch) == 1:  # the usual case: one pair, found without a scan in Python
        start = text.find(open_ch)
        end = text.find(close_ch, start)
        return {start: end} if end != -1 else {}
    pattern = _PAIR_PATTERNS.get(open_ch + close_ch) or re.compile(
        f"[{re.escape(open_ch + close_ch)}]"
    )
    for match in pattern.finditer(text):
        pos = match.start()
        if text[pos] == open_ch:
            stack.append(pos)
        elif stack:
            pairs[stack.pop()] = pos
    return pairs


_PAIR_PATTERNS: Final = {"[]": re.compile(r"[\[\]]"), "()": re.compile(r"[()]")}


# A backslash-escaped character is parked in the Private Use Area while markup is removed, so
# that `\*` survives emphasis stripping, then restored.
_PARK_BASE: Final = 0xF0000
_RESTORE: Final = {_PARK_BASE + ord(ch): ch for ch in _ESCAPABLE}


def _unescape_md(text: str) -> str:
    """Backslash escapes parked (see :func:`_restore`): ``\\*`` becomes a placeholder."""
    if "\\" not in text:
        return text
    out = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append(chr(_PARK_BASE + ord(nxt)) if nxt in _ESCAPABLE else ch + nxt)
        else:
            out.append(ch)
    return "".join(out)


def _clean(text: str) -> str:
    """Markdown inline text as visible text: escapes honoured, emphasis removed, entities
    decoded."""
    if "\\" in text:
        text = strip_emphasis(_unescape_md(text)).translate(_RESTORE)
    else:
        text = strip_emphasis(text)
    return html.unescape(text) if "&" in text else text


def strip_emphasis(text: str) -> str:
    """Markdown emphasis, strike-through and code markers removed; word-inner ``_`` kept."""
    if "*" not in text and "_" not in text and "~" not in text and "`" not in text:
        return text
    if "://" not in text and "www." not in text:
        return _MARKERS.sub(_marker, text)
    # A bare URL's own ``_`` and ``*`` (``wiki/Foo_(bar)``) are not emphasis: keep them.
    spans = [(m.start(), m.start() + len(trim_url(m.group()))) for m in BARE_URL.finditer(text)]
    starts = [start for start, _ in spans]

    def outside(match: re.Match[str]) -> str:
        at = bisect.bisect_right(starts, match.start()) - 1
        return match.group() if at >= 0 and match.start() < spans[at][1] else _marker(match)

    return _MARKERS.sub(outside, text)


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _marker(match: re.Match[str]) -> str:
    """What a run of markers leaves: nothing, except a ``_`` run inside a word (snake_case) or
    between spaces."""
    run = match.group()
    first = run[0]
    if first != "_" or run.count("_") != len(run):
        return "~" * (run.count("~") % 2)  # `~~` is strike-through; a lone `~` means "about"
    start, end = match.span()
    text = match.string
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    opens = not _word(before) and after != "" and not after.isspace()
    closes = before != "" and not before.isspace() and not _word(after)
    return "" if opens or closes else run


def _is_escaped(text: str, pos: int) -> bool:
    count = 0
    while pos > 0 and text[pos - 1] == "\\":
        count += 1
        pos -= 1
    return count % 2 == 1


def _tokens(text: str, refs: dict[str, str]) -> Iterator[tuple[str, str, str]]:
    """Split Markdown inline text into ``(kind, a, b)`` tokens: ``("text", s, "")``,
    ``("link", text, url)``, ``("image", alt, url)``, ``("tag", name, attrs)``,
    ``("endtag", name, "")``."""
    squares = match_brackets(text, "[", "]") if "[" in text else {}
    parens = match_brackets(text, "(", ")") if "](" in text else {}
    pos = 0
    start = 0
    next_gt = -2  # position of the next '>' after a '<', found once and reused
    size = len(text)
    while pos < size:
        special = _SPECIAL.search(text, pos)  # jump to the next '[' or '<'
        if special is None:
            break
        pos = special.start()
        ch = text[pos]
        if ch == "[" and pos in squares and not _is_escaped(text, pos):
            close = squares[pos]
            image = pos > 0 and text[pos - 1] == "!" and not _is_escaped(text, pos - 1)
            url: str | None = None
            end = close + 1
            if close + 1 < size and text[close + 1] == "(" and (close + 1) in parens:
                end = parens[close + 1] + 1
                url = text[close + 2 : end - 1].strip()
                if url.startswith("<") and ">" in url:
                    url = url[1 : url.index(">")]
                else:
                    url = url.split(maxsplit=1)[0] if url else ""
            elif close + 1 < size and text[close + 1] == "[" and (close + 1) in squares:
                end = squares[close + 1] + 1
                key = (text[close + 2 : end - 1] or text[pos + 1 : close]).strip().casefold()
                url = refs.get(key)
            if url is not None:
                # Sliced only for a link: nested brackets would make every slice O(n).
                label = text[pos + 1 : close]
                lead = pos - 1 if image else pos
                if lead > start:
                    yield ("text", text[start:lead], "")
                yield ("image" if image else "link", label, url)
                pos = start = end
                continue
        elif ch == "<":
            auto = _AUTOLINK.match(text, pos, min(size, pos + 4096))
            if auto:
                if pos > start:
                    yield ("text", text[start:pos], "")
                yield ("link", auto.group(1), auto.group(1))
                pos = start = auto.end()
                continue
            if next_gt < pos:
                next_gt = text.find(">", pos)
                if next_gt == -1:
                    next_gt = size + 1
            if next_gt < size:
                tag = _TAG.fullmatch(text, pos, next_gt + 1)
                if tag:
                    if pos > start:
                        yield ("text", text[start:pos], "")
                    kind = "endtag" if tag.group(1) else "tag"
                    yield (kind, tag.group(2).lower(), tag.group(3))
                    pos = start = next_gt + 1
                    continue
        pos += 1
    if start < size:
        yield ("text", text[start:], "")


def href_of(attrs: str) -> str | None:
    """The ``href`` attribute's value in a tag's attribute text, entities decoded."""
    match = _HREF.search(attrs)
    if not match:
        return None
    return html.unescape(next(g for g in match.groups() if g is not None))


def is_bold(text: str) -> bool:
    """Whether ``text`` is one Markdown bold run, ``**Label**`` or ``__Label__``."""
    stripped = text.strip()
    return len(stripped) > 4 and stripped[:2] in ("**", "__") and stripped.endswith(stripped[:2])


def render_inline(
    text: str,
    builder: LineBuilder,
    refs: dict[str, str],
    on_break: Callable[[str], None],
) -> None:
    """Feed Markdown inline ``text`` into ``builder``; ``on_break(tag)`` is called where an
    inline HTML block tag (``<br>``, ``<p>``, ``<li>``, …) ends the current line."""
    strong_depth = 0
    skip_depth = 0
    for kind, first, second in _tokens(text, refs):
        if kind == "text":
            if skip_depth:
                continue
            builder.text(_clean(first), strong=strong_depth > 0 or is_bold(first))
        elif kind == "link":
            # An autolink's text is its URL as written (no emphasis in <https://x.org/_>).
            label = html.unescape(first) if second == first else _clean(_strip_tags(first))
            label_strong = strong_depth > 0 or first.strip().startswith("**")
            builder.link_text(label, html.unescape(first if second == first else second))
            if builder.strong_only is not None:
                builder.strong_only = builder.strong_only and label_strong
        elif kind == "image":
            continue
        elif kind == "tag":
            if first in SKIP_TAGS:
                skip_depth += 1
            elif first == "a":
                href = href_of(second)
                if href is not None:
                    builder.open_link(href)
            elif first in STRONG_TAGS:
                strong_depth += 1
            elif first in BLOCK_TAGS:
                on_break(first)
        elif first in SKIP_TAGS:  # end tags from here on
            skip_depth = max(0, skip_depth - 1)
        elif first == "a":
            builder.close_link()
        elif first in STRONG_TAGS:
            strong_depth = max(0, strong_depth - 1)
        elif first in BLOCK_TAGS:
            on_break("/" + first)


def _strip_tags(text: str) -> str:
    if "<" not in text:
        return text
    return "".join(t[1] for t in _tokens(text, {}) if t[0] == "text")
