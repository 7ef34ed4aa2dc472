"""Entries to chapter lists: consecutive entries form blocks, and blocks are judged whole.

A block is a run of entry lines with at most a few other lines between them (sub-bullets, a
section label). It is a chapter list when it has at least 2 entries, starts that go up (one
slip now and then is reported, not fatal), every time in range, nothing past the duration, and
it does not read as a transcript, a log, a schedule of clock times, or frame timecodes. Blocks
that restart the clock compete (the longer wins; on a tie the first), so notes repeated in a
second markup give each chapter once; blocks that carry on later in time join the list.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from shownotes.chapters.grammar import (
    Bad,
    Entry,
    is_speaker_turn,
    parse_line,
    split_run_in,
    title_key,
)
from shownotes.model.errors import Problem
from shownotes.model.lines import Line
from shownotes.model.timestamps import Timestamp
from shownotes.read.lines import PSEUDO_HEADING

#: Lines of other text allowed between two entries of one block.
MAX_GAP: Final = 12
_MAX_NEXT_LINE_TITLE_WORDS: Final = 20
_CLOCK_SECTION: Final = re.compile(
    r"schedule|agenda|timetable|programme|itinerary|opening hours|doors|时间表|日程|営業",
    re.IGNORECASE,
)
_PROSE_WORDS: Final = 25  # mean words per entry above which entries are prose
_FRAME_LIMIT: Final = 30  # frame numbers stay below the frame rate (24, 25 or 30)
_MIN_FRAME_ENTRIES: Final = 4
_MS_PER_MINUTE: Final = 60_000


@attrs.define
class _Block:
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


def _problem(code: str, message: str, line: Line) -> Problem:
    return Problem(code, message, line.span)


def _entries(lines: Sequence[Line]) -> list[Entry | Bad]:
    """Every entry line, a bare time taking its title from the line after it. Each line is
    read once: the line after a bare time is kept for the next round."""
    found: list[Entry | Bad] = []
    count = len(lines)
    consumed = -1
    ahead: tuple[int, Entry | Bad | None] | None = None
    for index, line in enumerate(lines):
        if index == consumed or line.code or line.landmark in ("nav", "footer"):
            continue
        item = ahead[1] if ahead is not None and ahead[0] == index else parse_line(line, index)
        ahead = None
        if item is None:
            continue
        if isinstance(item, Entry) and not item.title:
            if index + 1 == count:
                continue
            nxt = lines[index + 1]
            ahead = (index + 1, parse_line(nxt, index + 1))
            if (
                ahead[1] is not None
                or 0 < line.heading < PSEUDO_HEADING  # "#### [00:12:03]": a transcript turn
                or nxt.code
                or len(nxt.text.split()) > _MAX_NEXT_LINE_TITLE_WORDS
            ):
                continue
            url = nxt.links[0].url if nxt.links else item.url
            item = attrs.evolve(item, title=nxt.text, url=url)
            consumed = index + 1
        found.append(item)
    return found


def _runs(items: list[Entry | Bad]) -> list[list[Entry | Bad]]:
    runs: list[list[Entry | Bad]] = []
    last = -(10**9)
    for item in items:
        if item.index - last > MAX_GAP + 1 or not runs:
            runs.append([])
        runs[-1].append(item)
        last = item.index
    return runs


def _starts_over(block: _Block, item: Entry) -> bool:
    """Whether ``item`` begins the list again in another shape: headings of a transcript that
    repeat the outline above them (``#### [00:01:12] Intro`` after ``[00:00:41] Intro``)."""
    if not block.entries:
        return False
    first = block.entries[0]
    return bool(item.heading) != bool(first.heading) and title_key(item.title) == title_key(
        first.title
    )


def _split(run: list[Entry | Bad]) -> list[_Block]:
    """A run split where the clock restarts (a time back at or before the block's first, or a
    title the block already has); other times that go back are slips and stay."""
    blocks = [_Block()]
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
                blocks.append(_Block())
                block = blocks[-1]
            else:
                block.slips.append(item)
        elif _starts_over(block, item):
            blocks.append(_Block())
            block = blocks[-1]
        block.entries.append(item)
        block.titles.add(title_key(item.title))
    found = [b for b in blocks if b.entries or b.bad]
    if sum(b.cut for b in found) >= 2:
        for block in found:
            block.restless = True
    return found


def _is_transcript(block: _Block) -> bool:
    titles = [e.title for e in block.entries]
    if sum(len(t.split()) for t in titles) > _PROSE_WORDS * len(titles):
        return True  # paragraphs of prose with times: a transcript, not titles
    turns = sum(1 for t in titles if is_speaker_turn(t))
    if turns * 2 <= len(titles):
        return False
    words = sum(len(t.split()) for t in titles) / len(titles)
    return len(titles) > 30 or words > 12 or not all(e.separated for e in block.entries)


def _is_clock(block: _Block, lines: Sequence[Line]) -> bool:
    section = lines[block.entries[0].index].section or ""
    if _CLOCK_SECTION.search(section):
        return True
    entries = block.entries
    if block.first == 0 or any(len(e.fields) != 2 for e in entries):
        return False
    hour = entries[0].fields[0]
    # Clock times: from a morning hour on, within the day, on quarter hours only.
    return hour >= 6 and all(e.fields[0] <= 23 and e.fields[1] % 15 == 0 for e in entries)


def _frames(block: _Block, duration: Timestamp | None) -> bool:
    """Whether the times read better as ``MM:SS:FF`` (frames) than as ``H:MM:SS``."""
    entries = block.entries
    if not all(len(e.fields) == 3 for e in entries):
        return False
    as_frames = [e.fields[0] * 60 + e.fields[1] for e in entries]
    if any(b <= a for a, b in itertools.pairwise(as_frames)):
        return False
    if duration is not None:
        return block.last >= duration.ms and as_frames[-1] * 1000 < duration.ms
    # Without a duration: a padded list that begins minutes in, runs past an hour as H:MM:SS,
    # and whose last field never reaches the frame rate.
    return (
        len(entries) >= _MIN_FRAME_ENTRIES
        and block.first >= _MS_PER_MINUTE
        and entries[-1].fields[0] >= 1
        and all(e.fields[2] < _FRAME_LIMIT for e in entries)
    )


def _judge(
    block: _Block, lines: Sequence[Line], duration: Timestamp | None, problems: list[Problem]
) -> bool:
    entries = block.entries
    if len(entries) < 2 or block.bad:
        return False
    starts = [e.start.ms for e in entries]
    if len(set(starts)) < 2 or sum(a == b for a, b in itertools.pairwise(starts)) * 2 >= len(
        starts
    ):
        return False  # log lines: the same time over and over
    if (block.cut and len(entries) < 3) or (block.restless and block.first != 0):
        return False  # fragments of a list of lengths (tracks, talks), cut where times drop
    slips = len(block.slips)
    if slips > max(1, len(entries) // 5) or slips * 3 > len(entries) - 1:
        return False  # a slip is a typo in a list, not half of one
    if block.first > 0 and (block.last - block.first) * 10 < block.first:
        return False  # tight times far in: race results, track lengths, clock times
    if _is_transcript(block) or _is_clock(block, lines):
        return False
    head = lines[entries[0].index]
    if _frames(block, duration):
        problems.append(
            _problem(
                "chapter-frames",
                "times look like MM:SS:FF frame timecodes, not H:MM:SS; list skipped",
                head,
            )
        )
        return False
    if duration is not None and block.last >= duration.ms:
        problems.append(
            _problem("chapter-duration", f"a chapter starts at or after the end ({duration})", head)
        )
        return False
    return True


def find_chapters(
    lines: Sequence[Line], duration: Timestamp | None
) -> tuple[list[Entry], list[Problem]]:
    """The chapter entries of ``lines`` in document order, and the problems met."""
    problems: list[Problem] = []
    accepted: list[_Block] = []
    for run in _runs(_entries(lines)):
        for block in _split(run):
            if _judge(block, lines, duration, problems):
                accepted.append(block)
    kept: list[_Block] = []
    for block in accepted:
        rivals = [k for k in kept if block.first < k.last]
        if not rivals:
            kept.append(block)
        elif all(len(block.entries) > len(k.entries) for k in rivals):
            kept = [k for k in kept if k not in rivals]
            kept.append(block)
    entries: list[Entry] = []
    for block in kept:
        for slip in block.slips:
            problems.append(
                _problem(
                    "chapter-order",
                    f"{slip.start} ({slip.title!r}) comes after a later start",
                    lines[slip.index],
                )
            )
        for before, entry in itertools.pairwise(block.entries):
            if entry.start.ms == before.start.ms:
                problems.append(
                    _problem(
                        "chapter-order",
                        f"{entry.start} ({entry.title!r}) starts with the chapter before it",
                        lines[entry.index],
                    )
                )
        for entry in block.entries:
            if entry.mismatch:
                problems.append(_problem("chapter-link", entry.mismatch, lines[entry.index]))
        for at, entry in enumerate(block.entries):
            nxt = block.entries[at + 1].start.ms if at + 1 < len(block.entries) else None
            entries.extend(split_run_in(entry, nxt))
    return entries, problems
