"""The numbers behind the chapter finder's decisions, as named fields of one value.

Every threshold the finder uses lives here, so that a decision can be explained ("rejected by
``max_slips``: 3 slips in 7 entries") and tuned or checked per source of a corpus by passing
another :class:`Rules` to :func:`shownotes.chapters.find`.

>>> RULES.min_entries, RULES.max_gap
(2, 12)
>>> attrs.evolve(RULES, min_entries=3).min_entries
3
"""

from __future__ import annotations

import attrs

__all__ = ["RULES", "Rules"]


@attrs.frozen
class Rules:
    """The chapter finder's thresholds (see the chapters guide for what each rule protects)."""

    #: Lines of other text allowed between two entries of one block (sub-bullets, a label).
    max_gap: int = 12
    #: Entries a block needs to be a chapter list.
    min_entries: int = 2
    #: Entries a block cut where the clock went back needs (a fragment of a list of lengths).
    min_cut_entries: int = 3
    #: Words the line after a bare time may have to be its title.
    max_next_line_title_words: int = 20
    #: Mean words per entry above which timed lines without speakers read as prose.
    prose_words: int = 25
    #: A slip (a start before the one above it) is tolerated once per this many entries.
    entries_per_slip: int = 5
    #: A list that begins this many times further in than it spans is clock times or lengths.
    far_in_ratio: int = 10
    #: Frame numbers of ``MM:SS:FF`` timecodes stay below the frame rate (24, 25 or 30).
    frame_limit: int = 30
    #: Entries a list needs before its times are guessed to be frames without a duration.
    min_frame_entries: int = 4
    #: Share of a fenced code block's lines that must be entries for it to be a chapter list.
    code_block_share: float = 0.8


#: The rules :func:`shownotes.chapters.find` uses unless given others.
RULES = Rules()
