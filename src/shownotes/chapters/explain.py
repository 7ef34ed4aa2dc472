"""Why a block of timed lines was, or was not, taken as a chapter list.

>>> print(explain("Schedule:\\n10:00 Doors open\\n12:30 Keynote\\n14:00 Lunch"))
lines 1-3: 3 entries 10:00…14:00 -> refused by clock: under 'Schedule'
>>> report = explain("0:00 Intro\\n2:05 Tea\\n\\nWe met at 12:28.")
>>> print(report)
lines 0-1: 2 entries 0:00…2:05 -> chapter-list: 2 entries from 0:00
>>> [c.title for c in report.chapters]
['Intro', 'Tea']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

import attrs

from shownotes.chapters.find import chapters_of, judged
from shownotes.chapters.rules import RULES, Rules
from shownotes.model.chapters import Chapters
from shownotes.model.lines import Line
from shownotes.model.timestamps import Timestamp
from shownotes.read.lines import as_lines

__all__ = ["BlockReport", "Explanation", "explain"]


@attrs.frozen
class BlockReport:
    """One candidate block: the ``lines`` it spans (first and last index into the Lines), its
    ``entries`` (how many timed lines), their ``first`` and ``last`` start, whether it was
    ``accepted``, the ``rule`` that decided (``"chapter-list"`` when taken) and the numbers
    that rule measured (``detail``)."""

    lines: tuple[int, int]
    entries: int
    first: Timestamp | None
    last: Timestamp | None
    accepted: bool
    rule: str
    detail: str

    def __str__(self) -> str:
        where = f"lines {self.lines[0]}-{self.lines[1]}"
        times = f"{self.first}…{self.last}" if self.first is not None else "no readable time"
        verdict = self.rule if self.accepted else f"refused by {self.rule}"
        return f"{where}: {self.entries} entries {times} -> {verdict}: {self.detail}"


@attrs.frozen
class Explanation(Sequence[BlockReport]):
    """The :class:`BlockReport` of every candidate block, in document order, and the
    ``chapters`` :func:`~shownotes.chapters.find` returns for the same input."""

    blocks: tuple[BlockReport, ...]
    chapters: Chapters

    @overload
    def __getitem__(self, index: int) -> BlockReport: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[BlockReport]: ...
    def __getitem__(self, index: int | slice) -> BlockReport | Sequence[BlockReport]:
        return self.blocks[index]

    def __len__(self) -> int:
        return len(self.blocks)

    def __iter__(self) -> Iterator[BlockReport]:
        return iter(self.blocks)

    def __str__(self) -> str:
        return "\n".join(map(str, self.blocks)) if self.blocks else "no timed lines"


def explain(
    text_or_lines: str | Sequence[Line],
    *,
    duration: Timestamp | None = None,
    rules: Rules = RULES,
) -> Explanation:
    """Every block of timed lines in ``text_or_lines`` and the rule that took or refused it.

    Takes what :func:`~shownotes.chapters.find` takes and decides exactly as it does (the
    same code runs); ``str()`` of the result is a readable report, one block a line.
    """
    lines = as_lines(text_or_lines, "explain()")
    if duration is not None and not isinstance(duration, Timestamp):
        raise TypeError(f"duration must be a Timestamp, not {type(duration).__name__}")
    found = judged(lines, duration, rules)
    reports = []
    for item in found:
        block, verdict = item.block, item.verdict
        indexes = [e.index for e in block.entries] + [b.index for b in block.bad]
        first = Timestamp(block.first) if block.entries else None
        last = Timestamp(block.last) if block.entries else None
        reports.append(
            BlockReport(
                (min(indexes), max(indexes)),
                len(block.entries),
                first,
                last,
                verdict.accepted,
                verdict.rule,
                verdict.detail,
            )
        )
    return Explanation(tuple(reports), chapters_of(lines, found))
