"""Line breaks, counted one way everywhere: spans, problem positions and front matter.

A line ends at LF, CR LF, a lone CR (classic Mac OS files, some feeds), NEL (U+0085), or the
Unicode LINE and PARAGRAPH SEPARATORs (U+2028, U+2029) — the breaks YAML 1.1 (§5.4) and
ECMAScript count. :func:`normalize_breaks` turns the lone ones into LF *without changing any
offset* (each is one character), so the readers, which split on LF, see the lines an editor
shows, and their spans still point into the original text.

>>> normalize_breaks("a\\rb\\r\\nc\\u2028d")
'a\\nb\\r\\nc\\nd'
>>> Positions("one\\rtwo\\r\\nthree").line_col(9)
(3, 1)
"""

from __future__ import annotations

import bisect
import re
from typing import Final

__all__ = ["Positions", "line_spans", "normalize_breaks"]

# The breaks other than LF and CR LF, one character each.
_LONE_BREAK: Final = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
_HAS_LONE_BREAK: Final = frozenset("\r\x85\u2028\u2029")


def normalize_breaks(text: str) -> str:
    """``text`` with every lone CR, NEL, LS and PS replaced by LF; CR LF is kept, so the
    result has the same length and the same lines."""
    if not any(ch in text for ch in _HAS_LONE_BREAK):
        return text
    return _LONE_BREAK.sub("\n", text)


class Positions:
    """Line and column of offsets in one text, by bisecting its line starts (one pass to
    build, then ``O(log n)`` per offset: a document with many problems stays linear)."""

    __slots__ = ("_size", "_starts")

    def __init__(self, text: str) -> None:
        normal = normalize_breaks(text)
        self._size = len(text)
        self._starts = [0]
        find = normal.find
        pos = find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based line and column of offset ``pos`` (clamped into the text)."""
        pos = max(0, min(pos, self._size))
        index = bisect.bisect_right(self._starts, pos) - 1
        return index + 1, pos - self._starts[index] + 1


def line_spans(text: str, start: int = 0, offset: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:]`` (LF-separated: breaks normalised),
    shifted by ``offset``; a line's end excludes its break.

    >>> line_spans("ab\\r\\ncd", 0, 10)
    [(10, 12), (14, 16)]
    """
    spans = []
    find = text.find
    while True:
        stop = find("\n", start)
        if stop == -1:
            spans.append((offset + start, offset + len(text)))
            return spans
        end = stop - 1 if stop > start and text[stop - 1] == "\r" else stop
        spans.append((offset + start, offset + end))
        start = stop + 1
