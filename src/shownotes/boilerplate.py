"""Boilerplate: the blocks a show repeats word for word under many of its episodes.

A show's template puts the same block under every episode: how to subscribe and follow,
"support the show", the standing sponsor read, the hosts' pages. Its links are the show's own,
not references of the episode. Such a block can only be told *across* items: it is a run of
lines that several documents of one show (a feed's items, a folder of posts) share word for
word. :func:`find` learns it from the documents; ``shownotes.parse(text, boilerplate=...)``
then keeps its links out of ``references``.

>>> footer = ("Support us: [Patreon](https://patreon.com/teatime)\\n"
...           "Follow [@teatime](https://x.com/teatime)")
>>> docs = [f"Episode {n} is about tea no. {n}.\\n\\n{footer}" for n in range(1, 6)]
>>> found = find(docs)
>>> [[line.split(" \\x00 ") for line in block] for block in found.blocks]
[[['support us: patreon', 'https://patreon.com/teatime'], ['follow @teatime', 'https://x.com/teatime']]]
>>> found.covers("Episode 1 is about tea no. 1.")
False
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from shownotes.model.lines import Line
from shownotes.model.references import Reference
from shownotes.read.lines import as_lines

__all__ = ["MIN_DOCUMENTS", "MIN_SHARE", "Boilerplate", "find"]

# The convention: a show's template repeats its standing block under *every* episode of a
# period (Jupiter Broadcasting's "Support LINUX Unplugged" / "Links" footer, Fallthrough's
# hosts' pages under each episode, Libsyn and Art19 templates' "Support this podcast" and
# privacy lines): a block in at least three documents and in at least 15 % of them. Three
# keeps two episodes that happen to cite the same page apart from a template. The share lets
# a 400-episode feed whose footer changed over the years keep each era's footer (an era is
# rarely under 60 episodes), while a page a show cites again now and then stays below it:
# at 10 %, Syntax's citations of Cloudflare (4 of 40 episodes) were taken for boilerplate;
# on ../shared/corpus/docs 15 % drops 74 references, none of them labelled a reference.
#: The fewest documents a block must appear in.
MIN_DOCUMENTS: Final = 3
#: The smallest share of the documents a block must appear in.
MIN_SHARE: Final = 0.15


def _key(text: str) -> str:
    """A line's text as compared: case and runs of white space do not count."""
    return " ".join(text.casefold().split())


def _line_key(line: Line) -> str:
    """A line as compared: its text and where its links go. "Word for word" includes the
    targets: a template line whose link changes with each episode ("Episode page") is the
    episode's own."""
    key = _key(line.text)
    if line.links:
        key += " \x00 " + " ".join(link.url for link in line.links)
    return key


def _informative(key: str) -> bool:
    # A rule ("---", "* * *") or a lone symbol says nothing about the show.
    return sum(ch.isalnum() for ch in key) >= 3


@attrs.frozen
class Boilerplate:
    """The blocks a show repeats, as found by :func:`find`.

    - ``blocks``: the runs of repeated lines as they stand in the documents (compared text:
      case-folded, white space folded, then the targets of its links after ``\x00``), the
      most widespread first.
    - ``lines``: every repeated line; a line is boilerplate when it is one of them.
    - ``documents``: how many documents it was learnt from.
    """

    blocks: tuple[tuple[str, ...], ...] = ()
    lines: frozenset[str] = frozenset()
    documents: int = 0

    def covers(self, line: Line | str) -> bool:
        """Whether ``line`` (a :class:`~shownotes.lines.Line`, or the text of a line without
        links) is boilerplate."""
        return (_line_key(line) if isinstance(line, Line) else _key(line)) in self.lines

    def own_urls(self, lines: Sequence[Line]) -> frozenset[str]:
        """The URLs (as written) that ``lines`` link only on boilerplate lines: the show's
        own links."""
        if not self.lines:
            return frozenset()
        own: set[str] = set()
        elsewhere: set[str] = set()
        for line in lines:
            target = own if _line_key(line) in self.lines else elsewhere
            target.update(link.url for link in line.links)
        return frozenset(own - elsewhere)

    def filter(
        self, references: Sequence[Reference], lines: Sequence[Line]
    ) -> tuple[Reference, ...]:
        """``references`` (found in ``lines``) without those that come from boilerplate: a
        reference whose URL is linked only on boilerplate lines, or, without a URL, whose
        title is a boilerplate line."""
        if not self.lines:
            return tuple(references)
        only_own = self.own_urls(lines)
        return tuple(
            ref
            for ref in references
            if not (ref.url in only_own if ref.url is not None else _key(ref.title) in self.lines)
        )


def _runs(keys: Sequence[str], frequent: frozenset[str]) -> list[tuple[str, ...]]:
    """The maximal runs of consecutive frequent lines in one document."""
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for key in keys:
        if key in frequent:
            run.append(key)
        elif run:
            runs.append(tuple(run))
            run = []
    if run:
        runs.append(tuple(run))
    return runs


def find(documents: Iterable[str | Sequence[Line]]) -> Boilerplate:
    """The blocks (runs of lines) of ``documents`` whose every line at least
    :data:`MIN_DOCUMENTS` of them, and at least :data:`MIN_SHARE` of them, repeat word for
    word; each document is a text (HTML, Markdown or plain) or its Lines. Pure, and linear in
    the documents' size.

    >>> find(["a line of notes", "another line", "and a third"]).blocks
    ()
    """
    keyed: list[list[str]] = []
    seen_in: Counter[str] = Counter()
    for document in documents:
        keys = [_line_key(line) for line in as_lines(document, "boilerplate.find()")]
        keys = [key for key in keys if _informative(key)]
        keyed.append(keys)
        seen_in.update(set(keys))
    total = len(keyed)
    needed = max(MIN_DOCUMENTS, math.ceil(MIN_SHARE * total))
    # Each repeated line counts, not only whole blocks: a footer whose last line changed
    # between two eras is still two eras of the same footer.
    frequent = frozenset(key for key, count in seen_in.items() if count >= needed)
    if not frequent:
        return Boilerplate(documents=total)
    blocks: Counter[tuple[str, ...]] = Counter()
    for keys in keyed:
        blocks.update(set(_runs(keys, frequent)))
    ranked = sorted(blocks.items(), key=lambda pair: -pair[1])  # stable: first met first
    return Boilerplate(
        blocks=tuple(block for block, _count in ranked), lines=frequent, documents=total
    )
