"""What a speaker's name looks like, and the ``Name: text`` prefix that carries one.

One grammar serves show notes (``**Ana:** Hi``, ``Ana (00:09)``) and caption files, where the
Podcasting 2.0 transcript spec marks a change of speaker in SRT by starting the cue with the
speaker's name and a colon (its WebVTT example does the same next to ``<v>`` spans).

A name is one to four words (``Ana``, ``NL``, ``ANNOUNCER``, ``Speaker 2``, ``Matthías Páll
Gissurarson``, ``Jan van der Berg``): its first word starts with a letter, its first and last
words do not start with a lower-case letter (``Listener question:`` and ``Note that:`` are not
names), and it is at most 40 characters long. Bounded repeats only: linear on any input.
"""

# ruff: noqa: RUF001, RUF003 - names are written with typographic apostrophes

from __future__ import annotations

import re
from typing import Final

#: A name: up to four words of letters, digits and ``.'’-``, the first starting with a letter.
NAME: Final = r"[^\W\d_][\w.'’-]{0,24}(?: [\w.'’-]{1,24}){0,3}"
_MAX_NAME: Final = 40
# The prefix of a caption or a note: the name, a colon (the spec's HTML example writes
# "Alban :"), then the text. A colon at the very end is not a prefix: nothing was said.
_PREFIX: Final = re.compile(rf"({NAME}) ?:[ \t]+(?=\S)")


def fold(text: str) -> str:
    """``text`` with every run of white space (line breaks too) as one space, stripped."""
    return " ".join(text.split())


def is_name(name: str) -> bool:
    """Whether ``name`` (already matched by :data:`NAME`) reads as a person's name."""
    words = name.split(" ")
    first, last = words[0][0], words[-1][0]
    return len(name) <= _MAX_NAME and first.isalpha() and not first.islower() and not last.islower()


def split_prefix(text: str) -> tuple[str, str] | None:
    """``(name, rest)`` when ``text`` starts with ``Name: ``, else ``None``.

    >>> split_prefix("Sarah: In today's episode"), split_prefix("note: not a name")
    (('Sarah', "In today's episode"), None)
    """
    match = _PREFIX.match(text)
    if match is None or not is_name(match.group(1)):
        return None
    return match.group(1), text[match.end() :]
