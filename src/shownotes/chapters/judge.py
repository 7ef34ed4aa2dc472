"""Judging a block of entries whole: is it a chapter list, and if not, which rule says no.

Each rule has an id and returns the numbers it measured, so that :func:`shownotes.chapters.explain`
can say why a block was (not) taken. The thresholds are the fields of
:class:`~shownotes.chapters.rules.Rules`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from shownotes.chapters.blocks import Block
from shownotes.chapters.grammar import speaker_of
from shownotes.chapters.rules import Rules
from shownotes.model.lines import Line
from shownotes.model.timestamps import Timestamp
from shownotes.read.kinds import classify as classify_label

__all__ = ["Verdict", "judge"]

# Headings under which times are clock times of an event, not offsets into an episode.
_CLOCK_SECTION: Final = re.compile(
    r"schedule|agenda|timetable|programme|itinerary|opening hours|doors|时间表|日程|営業",
    re.IGNORECASE,
)
_MS_PER_MINUTE: Final = 60_000


@attrs.frozen
class Verdict:
    """What the judge said of one block: ``rule`` is ``"chapter-list"`` when it was taken,
    else the id of the rule that refused it; ``detail`` gives the numbers it measured."""

    accepted: bool
    rule: str
    detail: str = ""
    #: A :class:`~shownotes.errors.Problem` code to report with the refusal, if any.
    problem: str | None = None


def _no(rule: str, detail: str, problem: str | None = None) -> Verdict:
    return Verdict(False, rule, detail, problem)


def _is_transcript(block: Block, rules: Rules) -> str | None:
    """Why the entries read as a transcript's turns rather than titles, or ``None``.

    Turns name their speakers, and a conversation has a small cast: the same few names come
    back (``NL: …``, ``JV: …``). Topic entries written ``Topic: what was said`` name a new
    topic each time, so a repeated name, not the colon, tells turns apart.
    """
    titles = [e.title for e in block.entries]
    names = [name for name in map(speaker_of, titles) if name is not None]
    words = sum(len(t.split()) for t in titles) / len(titles)
    cast = len(set(names))
    if len(names) * 2 > len(titles) and cast < len(names):
        long_talk = len(titles) > 30 or words > 12
        if long_talk or not all(e.separated for e in block.entries):
            return f"{len(names)} of {len(titles)} entries are turns of {cast} speakers"
    if not names and words > rules.prose_words:
        return f"{words:.0f} words per entry and no speakers: timed prose"
    return None


def _is_clock(block: Block, lines: Sequence[Line]) -> str | None:
    section = lines[block.entries[0].index].section or ""
    if _CLOCK_SECTION.search(section):
        return f"under {section!r}"
    entries = block.entries
    if block.first == 0 or any(len(e.fields) != 2 for e in entries):
        return None
    hour = entries[0].fields[0]
    # Clock times: from a morning hour on, within the day, on quarter hours only.
    if hour >= 6 and all(e.fields[0] <= 23 and e.fields[1] % 15 == 0 for e in entries):
        return "quarter-hour times from a morning hour on"
    return None


def _frames(block: Block, duration: Timestamp | None, rules: Rules) -> bool:
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
        len(entries) >= rules.min_frame_entries
        and block.first >= _MS_PER_MINUTE
        and entries[-1].fields[0] >= 1
        and all(e.fields[2] < rules.frame_limit for e in entries)
    )


def _code_block(block: Block, lines: Sequence[Line], rules: Rules) -> str | None:
    """Why entries inside a fenced code block are not a chapter list, or ``None``.

    Notes fence a chapter list to keep it as typed (a plain-text list pasted into Markdown);
    a code block holding program output or logs has other lines too. So a block from code is
    a list only when it is (nearly) all its fence holds.
    """
    coded = [e for e in block.entries if lines[e.index].code]
    if not coded:
        return None
    if len(coded) != len(block.entries):
        return "entries both inside and outside a code block"
    fence = lines[coded[0].index].paragraph
    held = sum(1 for line in lines if line.code and line.paragraph == fence)
    if len(coded) < rules.code_block_share * held:
        return f"{len(coded)} entries among {held} lines of code"
    return None


def _under_chapters(block: Block, lines: Sequence[Line]) -> bool:
    """Whether the block stands under a heading that names chapters (``## Chapters``): there
    one entry is a list too, the notes say so."""
    section = lines[block.entries[0].index].section
    return section is not None and classify_label(section) == "chapters"


def judge(block: Block, lines: Sequence[Line], duration: Timestamp | None, rules: Rules) -> Verdict:
    """Whether ``block`` is a chapter list, and if not, the first rule that refuses it."""
    entries = block.entries
    count = len(entries)
    if block.bad:
        return _no("bad-time", block.bad[0].message)
    if count < rules.min_entries and not (count == 1 and _under_chapters(block, lines)):
        return _no("too-few", f"{count} entry, {rules.min_entries} needed")
    starts = [e.start.ms for e in entries]
    repeats = sum(a == b for a, b in itertools.pairwise(starts))
    if count > 1 and (len(set(starts)) < 2 or repeats * 2 >= count):
        return _no("log", f"{repeats} of {count} times repeat the one before")
    if block.cut and count < rules.min_cut_entries:
        return _no("fragment", f"{count} entries cut where the clock went back")
    if block.restless and block.first != 0:
        return _no("fragment", "the clock went back more than once: lengths, not starts")
    slips = len(block.slips)
    if slips > max(1, count // rules.entries_per_slip) or slips * 3 > count - 1:
        return _no("slips", f"{slips} starts before the one above them in {count} entries")
    if (
        count > 1
        and block.first > 0
        and (block.last - block.first) * rules.far_in_ratio < block.first
    ):
        span = Timestamp(block.last - block.first)
        return _no("far-in", f"spans {span} but begins at {Timestamp(block.first)}")
    why = _code_block(block, lines, rules)
    if why:
        return _no("code", why)
    why = _is_transcript(block, rules)
    if why:
        return _no("transcript", why)
    why = _is_clock(block, lines)
    if why:
        return _no("clock", why)
    if _frames(block, duration, rules):
        return _no(
            "frames",
            "times look like MM:SS:FF frame timecodes, not H:MM:SS; list skipped",
            "chapter-frames",
        )
    if duration is not None and block.last >= duration.ms:
        return _no(
            "past-duration",
            f"a chapter starts at or after the end ({duration})",
            "chapter-duration",
        )
    return Verdict(True, "chapter-list", f"{count} entries from {Timestamp(block.first)}")
