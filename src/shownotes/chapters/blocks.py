"""Entry lines to blocks: the candidates the judge (:mod:`shownotes.chapters.judge`) weighs.

A block is a run of entry lines with at most a few other lines between them (sub-bullets, a
section label), split where the clock starts again. A time alone on its line takes its title
from the line after it, or from the heading right above it (Podlove's chapter boxes, OSF:
``<h2>Title</h2><span>02:36:16</span>``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from shownotes.chapters.grammar import Bad, Entry, glued, parse_line, title_key
from shownotes.chapters.rules import Rules
from shownotes.model.lines import Line
from shownotes.read.kinds import classify as classify_label
from shownotes.read.lines import PSEUDO_HEADING

__all__ = ["Block", "blocks"]


@attrs.define
class Block:
    """A run of entries the judge weighs whole (mutable while it is built)."""

    entries: list[Entry] = attrs.Factory(list)
    bad: list[Bad] = attrs.Factory(list)
    slips: list[Entry] = attrs.Factory(list)
    cut: bool = False  # the clock went back right after it
    restless: bool = False  # its run went back more than once: durations, not starts
    titles: set[str] = attrs.Factory(set)  # words of its entries' titles, kept as they come

    @property
    def first(self) -> int:
        return self.entries[0].start.ms

    @property
    def last(self) -> int:
        return max(e.start.ms for e in self.entries)


def _entries(lines: Sequence[Line], rules: Rules, exclude: frozenset[int]) -> list[Entry | Bad]:
    """Every entry line; a bare time takes its title from the line after it (or, in notes
    whose bare times sit under headings, from the heading above it). Each line is read once.
    Lines in ``exclude`` (a transcript's turns) are no entries."""
    parsed: dict[int, Entry | Bad] = {}
    glued_at: dict[int, tuple[Entry, ...]] = {}  # lines holding a whole list, breaks lost
    for index, line in enumerate(lines):
        if index in exclude or line.landmark in ("nav", "footer"):
            continue
        item = parse_line(line, index)
        if item is not None:
            parsed[index] = item
        elif "(" in line.text or "[" in line.text:
            many = glued(line, index)
            if many:
                glued_at[index] = many
    bare = [i for i, item in parsed.items() if isinstance(item, Entry) and not item.title]
    headed = {i for i in bare if _heading_above(lines, i, parsed, exclude)}
    by_heading = len(headed) >= 2 and len(headed) * 2 >= len(bare)
    found: list[Entry | Bad] = []
    consumed = -1
    count = len(lines)
    for index in sorted(glued_at.keys() | parsed.keys()) if glued_at else parsed:
        if index in glued_at:
            found.extend(glued_at[index])
            continue
        item = parsed[index]
        if index == consumed:
            continue
        if isinstance(item, Entry) and not item.title:
            if by_heading:
                if index in headed:
                    above = lines[index - 1]
                    url = above.links[0].url if above.links else item.url
                    found.append(attrs.evolve(item, title=above.text, url=url))
                continue
            line = lines[index]
            if index + 1 == count or index + 1 in parsed or index + 1 in exclude:
                continue
            nxt = lines[index + 1]
            if (
                0 < line.heading < PSEUDO_HEADING  # "#### [00:12:03]": a transcript turn
                or nxt.code != line.code
                or len(nxt.text.split()) > rules.max_next_line_title_words
            ):
                continue
            url = nxt.links[0].url if nxt.links else item.url
            found.append(attrs.evolve(item, title=nxt.text, url=url))
            consumed = index + 1
            continue
        found.append(item)
    return found


def _heading_above(
    lines: Sequence[Line], index: int, parsed: dict[int, Entry | Bad], exclude: frozenset[int]
) -> bool:
    """Whether the bare time ``lines[index]`` sits right under a heading that names it.

    Podlove Publisher's chapter boxes (the Open Show Format, OSF) write the title before the
    time in separate elements: ``<h2>Title</h2> <span class="osf_chaptertime">02:36:16</span>``.
    The heading must be a real heading that names a topic, not a section (``Topics:``,
    ``## Show Notes``), and not itself a time (``#### [00:12:03]`` speaker headings are turns).
    Only when most bare times of the notes sit so is the heading their title (see _entries).
    """
    if index == 0 or index - 1 in exclude or index - 1 in parsed:
        return False
    above = lines[index - 1]
    return (
        0 < above.heading < PSEUDO_HEADING
        and not lines[index].heading
        and classify_label(above.text) == "other"
    )


def _runs(items: list[Entry | Bad], rules: Rules) -> list[list[Entry | Bad]]:
    runs: list[list[Entry | Bad]] = []
    last = -(10**9)
    for item in items:
        if item.index - last > rules.max_gap + 1 or not runs:
            runs.append([])
        runs[-1].append(item)
        last = item.index
    return runs


def _starts_over(block: Block, item: Entry) -> bool:
    """Whether ``item`` begins the list again in another shape: headings of a transcript that
    repeat the outline above them (``#### [00:01:12] Intro`` after ``[00:00:41] Intro``)."""
    if not block.entries:
        return False
    first = block.entries[0]
    return bool(item.heading) != bool(first.heading) and title_key(item.title) == title_key(
        first.title
    )


def _split(run: list[Entry | Bad]) -> list[Block]:
    """A run split where the clock restarts (a time back at or before the block's first, or a
    title the block already has); other times that go back are slips and stay."""
    blocks = [Block()]
    entries = [item for item in run if isinstance(item, Entry)]
    at = -1
    for item in run:
        block = blocks[-1]
        if isinstance(item, Bad):
            block.bad.append(item)
            continue
        at += 1
        if block.entries and item.start.ms < block.entries[-1].start.ms:
            words = title_key(item.title)
            prev = block.entries[-1]
            nxt = entries[at + 1] if at + 1 < len(entries) else None
            fresh = (  # after other text, times that go up from here: a new list
                item.index > prev.index + 1
                and nxt is not None
                and item.start.ms < nxt.start.ms < prev.start.ms
            )
            if (
                item.start.ms <= block.first
                or words in block.titles  # one lookup: a scan here was quadratic on zigzags
                or fresh
            ):
                block.cut = not fresh
                blocks.append(Block())
                block = blocks[-1]
            else:
                block.slips.append(item)
        elif _starts_over(block, item):
            blocks.append(Block())
            block = blocks[-1]
        block.entries.append(item)
        block.titles.add(title_key(item.title))
    found = [b for b in blocks if b.entries or b.bad]
    if sum(b.cut for b in found) >= 2:
        for block in found:
            block.restless = True
    return found


def blocks(
    lines: Sequence[Line], rules: Rules, exclude: frozenset[int] = frozenset()
) -> list[Block]:
    """The candidate blocks of ``lines``, in document order, for the judge to weigh."""
    return [block for run in _runs(_entries(lines, rules, exclude), rules) for block in _split(run)]
