"""Finding chapters in notes: :func:`find` over the Line hub, and :func:`merge` of lists."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from shownotes.chapters.blocks import find_chapters
from shownotes.chapters.grammar import title_key
from shownotes.model.chapters import Chapter, Chapters
from shownotes.model.lines import Line
from shownotes.model.timestamps import Timestamp
from shownotes.read.lines import as_lines

__all__ = ["find", "merge"]


def find(text_or_lines: str | Sequence[Line], *, duration: Timestamp | None = None) -> Chapters:
    """The chapter list in ``text_or_lines`` (a document body, or its Lines); empty when none.

    Reads every common chapter-line style (see the chapters guide): time first or title first,
    bracketed, bulleted or numbered, any separator, a time that is a link, ranges. Lone times in
    prose, clock times, dates, verses, logs and transcript turns are not chapters. What was odd
    (an out-of-order slip, a link whose target disagrees) is in ``problems``.

    >>> text = "Chapters:\\n(00:00) Intro\\n(02:05) - Tea, & more\\n[1:02:03] Wrap up\\n"
    >>> [(str(c.start), c.title) for c in find(text)]
    [('0:00', 'Intro'), ('2:05', 'Tea, & more'), ('1:02:03', 'Wrap up')]
    >>> find("We meet at 10:30 and leave at 12:00.")
    Chapters(items=())
    """
    lines = as_lines(text_or_lines)
    if duration is not None and not isinstance(duration, Timestamp):
        raise TypeError(f"duration must be a Timestamp, not {type(duration).__name__}")
    entries, problems = find_chapters(lines, duration)
    found = [Chapter(e.start, e.title, e.end, e.url) for e in entries]
    return Chapters(tuple(_unique(found)), tuple(problems))


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
