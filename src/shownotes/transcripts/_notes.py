"""Transcripts inside show notes: turn heads with the text under them, grouped into runs, and
each run judged whole.

A *segment* is a head (see :mod:`._heads`) with the paragraphs that follow it up to the next
head, heading, list or page landmark. A segment with no text at all is not a turn: with a time
it is an outline entry (``[00:00:22] Topic``, ``Topic 12:03``), which ends a run. Headings
(``## [00:01:14] Intro``, ``### About Emily``) do not end a run: shows put topic headings
between the turns of one transcript (devtools.fm, Haskell Interlude).

A run is a transcript when

- a transcript heading is above it (``## Transcript``, ``<summary>Transcript</summary>``,
  ``### Transcript`` in josscast, Software Sessions, Haskell Interlude) and it has two turns; or
- at least two speakers speak at least twice each, take turns (the speaker changes at least
  twice), speak most of the turns (Haskell Interlude names a speaker in full once, then by
  initials), and what they say reads as speech: some turn's words stand below its head
  (``Ana (00:09)`` then the text; a ``#### [00:12:03]`` heading, the speaker and the text),
  or turns average at least :data:`MIN_WORDS` words. Every transcript of devtools.fm, The
  Podlets, josscast, Haskell Interlude and Software Sessions is so. Chapter lists quote a
  speaker now and then (``[@13:50] Allen: …`` in Rustacean Station) and name recurring
  segments (``Sponsor: …`` in Syntax), but their labels do not alternate in runs of speech.

Times do not go back within a transcript: where they do, a run is cut into parts, each judged
on its own (a second transcript, a cold open), except that a part whose speakers all speak in
an accepted part of the same run belongs to it.
"""

# ruff: noqa: RUF001 - the quotation marks show notes quote with

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from shownotes.model.lines import Line
from shownotes.model.timestamps import Timestamp
from shownotes.model.transcripts import Transcript, Turn
from shownotes.read.lines import PSEUDO_HEADING
from shownotes.transcripts._heads import Head, read_head

#: Mean words per turn from which turns read as speech rather than titles, when no turn has
#: paragraphs under it. The 2,009 labelled chapter titles of the corpus average 4.7 words
#: (josscast's long ones 9.9); the two transcripts it decides there (devtools.fm) 56 and 65.
MIN_WORDS: Final = 10

# Show notes quote a guest by name and in quotation marks (Arrested DevOps, Rustacean Station).
_QUOTES: Final = ('"', "“", "„", "«", "「", "‘")
# A paragraph wholly in square brackets marks a part of a transcript ("[INTRODUCTION]",
# "[END OF EPISODE]" in The Podlets; "[expand]" in josscast): not words of the turn above.
_MARKER: Final = re.compile(r"\[[^\[\]]{1,40}\]")
# Headings that say what follows is a transcript: English, and the languages of the corpus.
_LABEL: Final = re.compile(
    r"(?:(?:full|complete|episode|show|podcast|raw|automatic|auto-generated|the|read the)\s+)*"
    r"(?:transcripts?|transcriptions?|transkript(?:ion)?|transcripci[oó]n|transcri[cç][aã]o"
    r"|trascrizione|文字起こし|書き起こし|逐字稿)(?:\s*\([^()]{0,40}\))?",
    re.IGNORECASE,
)


@attrs.define
class _Segment:
    head: Head
    index: int  # the head's line
    start: Timestamp | None
    mark: int | None = None  # a line holding only the time, above the head
    body: list[int] = attrs.Factory(list)  # the lines of text under the head
    context: bool = False  # under a transcript heading

    @property
    def spoken(self) -> bool:
        """Whether something is said: a speaker's words on the head line, or text under it.
        The text beside a time with no speaker is a title (``[00:00:22] Topic``)."""
        return bool(self.body) or (self.head.speaker is not None and bool(self.head.text))

    def claimed(self) -> list[int]:
        marks = [] if self.mark is None else [self.mark]
        return [*marks, self.index, *self.body]


def _is_label(lines: Sequence[Line], index: int) -> bool:
    line = lines[index]
    if line.links or not _LABEL.fullmatch(line.text.rstrip(" :")):
        return False
    if line.heading:
        return True
    # A line that is a paragraph of its own: a <summary>, a bold line.
    alone_before = index == 0 or lines[index - 1].paragraph != line.paragraph
    alone_after = index + 1 == len(lines) or lines[index + 1].paragraph != line.paragraph
    return alone_before and alone_after


def _contexts(lines: Sequence[Line], heads: Sequence[Head | None]) -> list[bool | None]:
    """Which lines stand under a transcript heading (up to the next untimed heading of the
    same or a higher level; a label that is no real heading ranks lowest), ``None`` for the
    transcript headings themselves."""
    inside: list[bool | None] = [False] * len(lines)
    level = 0
    for index, line in enumerate(lines):
        if _is_label(lines, index):
            level = line.heading if 0 < line.heading < PSEUDO_HEADING else PSEUDO_HEADING
            inside[index] = None
            continue
        real = 0 < line.heading < PSEUDO_HEADING
        if level and real and line.heading <= level and heads[index] is None:
            level = 0
        inside[index] = level > 0
    return inside


def _continues(segment: _Segment, line: Line, lines: Sequence[Line]) -> bool:
    """Whether ``line`` (plain text) goes on with the turn above it: a paragraph after a
    paragraph, or a line nested under a list item head. A list under a paragraph is not
    speech: ``Wes:`` above a list of picks (Syntax), ``### Andrew`` above tooltips."""
    depth = lines[segment.index].list_depth
    return line.list_depth > depth if depth else line.list_depth == 0


def _segments(lines: Sequence[Line], source: str | None) -> list[_Segment | None]:
    """Every segment in document order; ``None`` where a run must end (code, page chrome,
    an outline entry)."""
    heads = [read_head(line, source) for line in lines]
    inside = _contexts(lines, heads)
    found: list[_Segment | None] = []
    current: _Segment | None = None
    mark: tuple[int, Timestamp | None] | None = None
    for index, line in enumerate(lines):
        head = heads[index]
        if line.code or line.landmark is not None or inside[index] is None:
            found.append(None)  # a transcript heading starts a new run, too
            current, mark = None, None
        elif head is not None and head.kind == "mark":
            current, mark = None, (index, head.start)
        elif line.heading and (head is None or line.heading < PSEUDO_HEADING):
            current, mark = None, None  # a topic heading, timed or not: the run goes on
        elif head is None and _MARKER.fullmatch(line.text):
            current, mark = None, None  # "[EPISODE]", "[expand]": a marker, not speech
        elif head is None:
            if current is not None and _continues(current, line, lines):
                current.body.append(index)
            elif mark is not None and not line.list_depth:  # the text under a time alone
                current = _Segment(Head("timed", mark[1]), mark[0], mark[1], None, [index])
                current.context = bool(inside[index])
                found.append(current)
            else:
                current = None
            mark = None
        elif line.list_depth and not inside[index]:
            # Outside a transcript, list items are chapter and link lists (a timed one is an
            # outline entry), even when they quote a speaker ("- Pick: lazyssh", "- Wes: Format").
            current, mark = None, None
            if head.start is not None:
                found.append(None)
        else:
            if any(link.text == head.text for link in line.links):
                head = attrs.evolve(head, text="")  # "Video Link: https://…": a link, not words
            current = _Segment(head, index, head.start, context=bool(inside[index]))
            if mark is not None and head.start is None:
                current.start, current.mark = mark[1], mark[0]
            found.append(current)
            mark = None
    return found


def _runs(segments: list[_Segment | None]) -> list[list[list[_Segment]]]:
    """The runs of ``segments``, each as its parts: where the clock goes back, a new part."""
    runs: list[list[list[_Segment]]] = [[[]]]
    last: Timestamp | None = None
    for segment in segments:
        if segment is None or not segment.spoken:
            if segment is not None and segment.start is None:
                continue  # a name with nothing said ("Ana:" above a heading): no outline
            runs.append([[]])  # an outline entry or a barrier ends the run
            last = None
            continue
        if runs[-1][-1] and runs[-1][-1][-1].context != segment.context:
            runs.append([[]])  # a transcript heading above it: a new run
            last = None
        if segment.start is not None:
            if last is not None and segment.start < last:
                runs[-1].append([])  # the clock went back: another part
            last = segment.start
        runs[-1][-1].append(segment)
    found = []
    for parts in runs:
        trimmed = [kept for part in parts if part and (kept := _trimmed(part))]
        if trimmed:
            found.append(trimmed)
    return found


def _trimmed(run: list[_Segment]) -> list[_Segment]:
    """``run`` without the timed notes before its first speaker and after its last: an
    outline with a line of description under each entry is no speech (a transcript heading
    says otherwise)."""
    if run[0].context:
        return run
    named = [at for at, segment in enumerate(run) if segment.head.speaker is not None]
    return run[named[0] : named[-1] + 1] if named else []


def _words(segment: _Segment, lines: Sequence[Line]) -> int:
    return len(segment.head.text.split()) + sum(len(lines[i].text.split()) for i in segment.body)


def _is_transcript(run: list[_Segment], lines: Sequence[Line]) -> bool:
    if len(run) >= 2 and any(segment.context for segment in run):
        return True
    named = [s for s in run if s.head.speaker is not None]
    names = [s.head.speaker for s in named]
    counts = Counter(names)
    recurring = {name for name, count in counts.items() if count >= 2}
    if len(recurring) < 2 or sum(counts[name] for name in recurring) * 2 < len(names):
        return False
    if sum(s.head.text.startswith(_QUOTES) for s in named) * 2 >= len(named):
        return False  # pull quotes ("Joan: “There was this huge wall…”"), not a transcript
    if sum(a != b for a, b in itertools.pairwise(names)) < 2:
        return False  # "Wes: …, Wes: …, Scott: …, Scott: …": picks by host, no turns taken
    if any(segment.body or segment.mark is not None for segment in run):
        return True  # the words stand apart from the speaker or the time: speech, not titles
    return sum(_words(segment, lines) for segment in run) >= MIN_WORDS * len(run)


def _text(segment: _Segment, lines: Sequence[Line]) -> str:
    parts: list[tuple[int, str]] = []
    if segment.head.text:
        parts.append((lines[segment.index].paragraph, segment.head.text))
    parts.extend((lines[i].paragraph, lines[i].text) for i in segment.body)
    paragraphs = []
    for _, group in itertools.groupby(parts, key=lambda part: part[0]):
        paragraphs.append(" ".join(text for _, text in group))
    return "\n".join(paragraphs)


def _transcripts(parts: list[list[_Segment]], lines: Sequence[Line]) -> list[list[_Segment]]:
    """The parts of one run that are transcripts. Times go up in a transcript, so each part
    is judged on its own; but a part the clock cut off is the same transcript when only its
    speakers speak in it (The Podlets time a roll call after the intro it follows)."""
    accepted = [_is_transcript(part, lines) for part in parts]
    speakers = {
        s.head.speaker for part, ok in zip(parts, accepted, strict=True) if ok for s in part
    }
    speakers.discard(None)
    for at, part in enumerate(parts):
        names = {s.head.speaker for s in part} - {None}
        if not accepted[at] and len(part) >= 2 and names and names <= speakers:
            accepted[at] = True
    return [part for part, ok in zip(parts, accepted, strict=True) if ok]


def scan(lines: Sequence[Line], source: str | None) -> tuple[list[Turn], frozenset[int]]:
    """The turns of every transcript in ``lines``, and the indexes of the lines they use."""
    turns: list[Turn] = []
    claimed: set[int] = set()
    for parts in _runs(_segments(lines, source)):
        for part in _transcripts(parts, lines):
            for segment in part:
                turns.append(Turn(segment.start, segment.head.speaker, _text(segment, lines)))
                claimed.update(segment.claimed())
    return turns, frozenset(claimed)


def find_in_notes(lines: Sequence[Line], source: str | None) -> Transcript | None:
    """The transcript in ``lines``, or ``None`` when they hold none."""
    turns, _ = scan(lines, source)
    return Transcript(tuple(turns)) if turns else None
