"""Finding chapters in notes: :func:`find` over the Line hub, and :func:`merge` of lists.

Blocks of entries (:mod:`shownotes.chapters.blocks`) are judged whole
(:mod:`shownotes.chapters.judge`). Blocks that restart the clock compete (the longer wins; on a
tie the first), so notes repeated in a second markup give each chapter once; blocks that carry
on later in time join the list.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs

from shownotes.chapters.blocks import Block, blocks
from shownotes.chapters.grammar import Entry, split_run_in, title_key
from shownotes.chapters.judge import Verdict, judge
from shownotes.chapters.rules import RULES, Rules
from shownotes.model.chapters import Chapter, Chapters
from shownotes.model.errors import Problem
from shownotes.model.lines import Line
from shownotes.model.timestamps import Timestamp
from shownotes.read.lines import Markup, as_lines
from shownotes.transcripts import turn_lines

__all__ = ["Judged", "find", "judged", "merge"]


@attrs.frozen
class Judged:
    """One candidate block and what became of it (internal to find and explain)."""

    block: Block
    verdict: Verdict


def find(
    text_or_lines: str | Sequence[Line],
    *,
    duration: Timestamp | None = None,
    rules: Rules = RULES,
    markup: Markup = "auto",
) -> Chapters:
    """The chapter list in ``text_or_lines`` (a document body, or its Lines); empty when none.

    Reads every common chapter-line style (see the chapters guide): time first or title first,
    bracketed, bulleted or numbered, any separator, a time that is a link, ranges. Lone times in
    prose, clock times, dates, verses, logs and transcript turns are not chapters. What was odd
    (an out-of-order slip, a link whose target disagrees) is in ``problems``. ``rules``
    holds the thresholds (:class:`~shownotes.chapters.Rules`); :func:`explain` says what each
    block was judged. The lines of a transcript (:func:`shownotes.transcripts.turn_lines`)
    are never chapters: a turn's time is not a chapter, the outline above it is. Text is read
    as ``markup`` says (:func:`shownotes.read.to_lines`: ``"auto"``, ``"markdown"``,
    ``"html"`` or ``"text"``).

    >>> text = "Chapters:\\n(00:00) Intro\\n(02:05) - Tea, & more\\n[1:02:03] Wrap up\\n"
    >>> [(str(c.start), c.title) for c in find(text)]
    [('0:00', 'Intro'), ('2:05', 'Tea, & more'), ('1:02:03', 'Wrap up')]
    >>> find("We meet at 10:30 and leave at 12:00.")
    Chapters(items=())
    """
    lines = as_lines(text_or_lines, markup=markup)
    if duration is not None and not isinstance(duration, Timestamp):
        raise TypeError(f"duration must be a Timestamp, not {type(duration).__name__}")
    source = text_or_lines if isinstance(text_or_lines, str) else None
    return chapters_of(lines, judged(lines, duration, rules, turn_lines(lines, source=source)))


def judged(
    lines: Sequence[Line],
    duration: Timestamp | None,
    rules: Rules = RULES,
    exclude: frozenset[int] = frozenset(),
) -> list[Judged]:
    """Every candidate block of ``lines`` with its verdict; a block that lost to a rival
    list (one that restarts the clock and is longer) has the verdict ``"rival"``."""
    found = [
        Judged(block, judge(block, lines, duration, rules))
        for block in blocks(lines, rules, exclude)
    ]
    kept: list[Judged] = []
    for item in found:
        if not item.verdict.accepted:
            continue
        rivals = [k for k in kept if item.block.first < k.block.last]
        if not rivals:
            kept.append(item)
        elif all(len(item.block.entries) > len(k.block.entries) for k in rivals):
            kept = [k for k in kept if k not in rivals]
            kept.append(item)
    return [
        item
        if item in kept or not item.verdict.accepted
        else Judged(item.block, Verdict(False, "rival", "a longer list restarts the clock"))
        for item in found
    ]


def chapters_of(lines: Sequence[Line], found: Sequence[Judged]) -> Chapters:
    """The chapters of the accepted blocks of ``found``, and the problems they carry."""
    problems: list[Problem] = []
    entries: list[Entry] = []
    for item in found:
        block, verdict = item.block, item.verdict
        if verdict.problem is not None:
            problems.append(
                Problem(verdict.problem, verdict.detail, lines[block.entries[0].index].span)
            )
        if not verdict.accepted:
            continue
        problems.extend(_order_problems(block, lines))
        for at, entry in enumerate(block.entries):
            nxt = block.entries[at + 1].start.ms if at + 1 < len(block.entries) else None
            entries.extend(split_run_in(entry, nxt))
    chapters = [Chapter(e.start, e.title, e.end, e.url) for e in entries]
    return Chapters(tuple(_unique(chapters)), tuple(problems))


def _order_problems(block: Block, lines: Sequence[Line]) -> list[Problem]:
    problems = [
        Problem(
            "chapter-order",
            f"{slip.start} ({slip.title!r}) comes after a later start",
            lines[slip.index].span,
        )
        for slip in block.slips
    ]
    for before, entry in itertools.pairwise(block.entries):
        if entry.start.ms == before.start.ms:
            problems.append(
                Problem(
                    "chapter-order",
                    f"{entry.start} ({entry.title!r}) starts with the chapter before it",
                    lines[entry.index].span,
                )
            )
    problems.extend(
        Problem("chapter-link", entry.mismatch, lines[entry.index].span)
        for entry in block.entries
        if entry.mismatch
    )
    return problems


#: Two chapters with the same title words starting less than this apart are one chapter.
SAME_START_MS = 1000


def _unique(chapters: Sequence[Chapter]) -> list[Chapter]:
    """``chapters`` without repeats: the same words starting less than a second apart.

    Each title keeps its starts sorted, so a chapter is compared with its two neighbours only:
    a long list of one repeated title ("Q&A", "Song") stays ``O(n log n)``.
    """
    seen: dict[str, list[int]] = {}
    out = []
    for chapter in chapters:
        starts = seen.setdefault(title_key(chapter.title), [])
        ms = chapter.start.ms
        at = bisect.bisect_left(starts, ms)
        near = starts[at - 1 : at + 1] if at else starts[:1]
        if all(abs(ms - other) >= SAME_START_MS for other in near):
            starts.insert(at, ms)
            out.append(chapter)
    return out


def merge(*groups: Chapters) -> Chapters:
    """The chapters of ``groups`` in order, each once (the same title words starting less
    than a second apart count once; the first wins), with the problems of all.

    This is how :func:`shownotes.parse` joins front-matter chapters and body chapters.

    >>> a = Chapters((Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(60_000), "Tea")))
    >>> b = Chapters((Chapter(Timestamp(60_400), "tea"),))
    >>> len(merge(a, b))
    2
    """
    for group in groups:
        if not isinstance(group, Chapters):
            raise TypeError(f"merge() takes Chapters, not {type(group).__name__}")
    items = _unique([chapter for group in groups for chapter in group.items])
    return Chapters(tuple(items), tuple(p for group in groups for p in group.problems))
