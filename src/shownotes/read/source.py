"""The text the Markdown engine reads, and the way back from its offsets.

pulldown-cmark reads a ``str`` and reports UTF-8 byte offsets. What it is given differs from the
body only where nothing visible is lost, and never in length, so every offset it reports is an
offset into the body: HTML and MDX comments become spaces, lone surrogates (which cannot cross
into Rust) become U+FFFD, and — only for hostile input — container markers nested past
:data:`MAX_NESTING` on one line become spaces. :func:`char_offsets` turns its byte offsets back
into character offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Final

__all__ = ["MAX_NESTING", "blank_comments", "char_offsets", "prepare", "shallow"]

#: Containers (block quotes, lists) one line may open. Each ``>`` or bullet opens one, and a
#: million of them (``">" * 10**6``) would make millions of events; past this bound the markers
#: are read as spaces (their text stays).
MAX_NESTING: Final = 32
_CONTAINER: Final = r"[ \t]*(?:>|[-+*](?=[ \t])|[0-9]{1,9}[.)](?=[ \t]))"
_DEEP: Final = re.compile(rf"^(?:{_CONTAINER}){{{MAX_NESTING + 1},}}", re.MULTILINE)
_KEPT: Final = re.compile(rf"(?:{_CONTAINER}){{{MAX_NESTING}}}")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_NOT_NEWLINE: Final = re.compile(r"[^\n]")
# Byte offsets are turned into characters from a mark every this many characters.
_STEP: Final = 256


def blank_comments(text: str) -> str:
    """HTML (``<!-- -->``) and MDX (``{/* */}``) comments replaced by spaces, line breaks
    kept, so offsets stay true; an unclosed comment runs to the end, as in a browser. One
    ``find`` per comment: linear.

    >>> blank_comments("a<!-- b -->c{/* d */}e")
    'a          c         e'
    """
    for opener, closer in (("<!--", "-->"), ("{/*", "*/}")):
        if opener not in text:
            continue
        out = []
        pos = 0
        while (start := text.find(opener, pos)) != -1:
            end = text.find(closer, start + len(opener))
            end = len(text) if end == -1 else end + len(closer)
            out.append(text[pos:start])
            comment = text[start:end]
            out.append(_NOT_NEWLINE.sub(" ", comment) if "\n" in comment else " " * len(comment))
            pos = end
        out.append(text[pos:])
        text = "".join(out)
    return text


def prepare(body: str) -> str:
    """``body`` as pulldown-cmark reads it: comments blanked, lone surrogates replaced."""
    text = blank_comments(body)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
    return text


def _shallow_prefix(match: re.Match[str]) -> str:
    prefix = match.group()
    kept = _KEPT.match(prefix)
    keep = kept.end() if kept else 0
    return prefix[:keep] + " " * (len(prefix) - keep)


def shallow(text: str) -> str:
    """``text`` with the container markers past :data:`MAX_NESTING` on a line made spaces.

    >>> shallow(">" * 40 + " deep").count(">")
    32
    """
    return _DEEP.sub(_shallow_prefix, text)


def char_offsets(text: str) -> Callable[[int], int]:
    """The function from UTF-8 byte offsets into ``text`` to character offsets: ``int`` itself
    for ASCII (a byte is a character); else a mark every ``_STEP`` characters and a short
    decode from the nearest one.

    >>> chars = char_offsets("née 1")
    >>> chars(4), chars(6)
    (3, 5)
    """
    if text.isascii():
        return int
    data = text.encode("utf-8")
    size = len(text)
    marks = [0]
    total = 0
    for start in range(0, size, _STEP):
        total += len(text[start : start + _STEP].encode("utf-8"))
        marks.append(total)

    cursor = [0, 0]  # the last conversion (byte, char): most come in document order

    def chars(byte: int) -> int:
        last_byte, last_char = cursor
        if last_byte <= byte < last_byte + 4 * _STEP:
            char = last_char + len(data[last_byte:byte].decode("utf-8", "ignore"))
        else:
            index = bisect.bisect_right(marks, byte) - 1
            base = min(index * _STEP, size)
            char = base + len(data[marks[index] : byte].decode("utf-8", "ignore"))
        cursor[0], cursor[1] = byte, char
        return char

    return chars
