"""Sections: the parts of show notes, each named by its heading and told apart by what it holds.

A :class:`Section` starts at a heading (``## Links``, ``<h3>Sponsors</h3>``, a ``**Picks**``
pseudo-heading) or at a *lead-in*: a line that introduces the list after it, such as
``Resources to learn more about our guest:`` or ``Subscribe to the show on:``. Its ``kind`` says
what it holds, so users can ask for "the sponsor links" or "the subscribe links":

- ``chapters``: a chapter or timestamp list (``Chapters``, ``Timestamps``, ``Contents``);
- ``references``: what the episode mentions (``Links``, ``Resources``, ``Sick Picks``, ``Plugs``,
  ``Mentioned in this episode``, ``Connect with the guest``, …);
- ``platforms``: where the show itself lives (``Subscribe``, ``Follow us``, ``Listen on``, ``Find
  us on socials``);
- ``sponsors``, ``credits`` (music, editing, artwork), ``transcript``; and ``other``.

A heading that names no kind of its own (a picker's name, ``Dave:``, under ``Picks``; a sub-topic
under ``Links``) takes the kind of the section it sits in.

>>> from shownotes.read.lines import to_lines
>>> text = "## Sponsors\\n- [Acme](https://acme.test)\\n\\n## Sick Picks\\n**Wes:**\\n\\n- Book\\n"
>>> for s in find(to_lines(text)):
...     print(s.level, repr(s.heading), s.kind, s.start, s.end)
2 'Sponsors' sponsors 0 2
2 'Sick Picks' references 2 5
6 'Wes' references 3 5
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from shownotes.model.lines import Line
from shownotes.model.sections import KINDS, Kind, Section
from shownotes.model.timestamps import at_edge
from shownotes.read.kinds import classify, fold
from shownotes.read.lines import as_lines

__all__ = [
    "KINDS",
    "LEAD_IN",
    "Kind",
    "Section",
    "classify",
    "find",
    "format_sections",
    "kinds_by_line",
    "section_of",
]

#: The level given to a lead-in section (deeper than any heading, so it nests under them).
LEAD_IN: Final = 7

_MAX_LABEL_WORDS: Final = 14
_MIN_INLINE_LEAD_IN_WORDS: Final = 6
_STATEMENTS: Final = frozenset({"sponsors", "platforms"})

_SENTENCE_BREAK: Final = re.compile(r"[.!?]\s+(?=\S)")
_SENTENCE_END: Final = (".", "!", "?", ";", "…")
# The show speaking of itself, or asking to be followed (folded text).
_FIRST_PERSON: Final = re.compile(
    r"\b(?:us|our|we|me|my)\b|\bsubscrib|\bsupport\b|\bjoin\b|\blisten\b|\bwatch\b"
)


def _label(text: str) -> str:
    return text.strip().rstrip(":：").strip().strip("*_").strip()  # noqa: RUF001


def _is_link_line(line: Line) -> bool:
    return bool(line.links) and not line.is_heading


def _lead_in(lines: Sequence[Line], i: int) -> str | None:
    """The label a non-heading line gives to what follows it, or None."""
    line = lines[i]
    if line.is_heading or line.code or line.landmark is not None:
        return None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    text = line.text
    if line.links:
        head = text[: line.links[0].start].rstrip()
        if head.endswith((":", "：")):  # noqa: RUF001
            # "Resources to learn more about our guest: https://…" introduces what follows;
            # "Video Link: https://…" is an entry with its name, not a lead-in.
            label = _last_sentence(head)
            return label if label and len(label.split()) >= _MIN_INLINE_LEAD_IN_WORDS else None
    if nxt is None or nxt.is_heading:
        return None
    if line.is_list_item and not line.links and nxt.list_depth > line.list_depth:
        # An item that heads the items nested under it ("Resources to learn more about
        # Paige Bailey" with her links below) labels the nested list; a question or a
        # sentence there ("Which reader now?") is a topic, not a label.
        return None if text.endswith(_SENTENCE_END) else _last_sentence(text)
    before_list = nxt.is_list_item and not line.is_list_item
    if text.endswith((":", "：")) and (before_list or _is_link_line(nxt)):  # noqa: RUF001
        return _last_sentence(text)
    alone = nxt.paragraph != line.paragraph and (i == 0 or lines[i - 1].paragraph != line.paragraph)
    if (
        alone
        and not line.links
        and not line.is_list_item
        and (before_list or _is_link_line(nxt))
        and (before_list or not text.endswith(_SENTENCE_END))
    ):
        return _last_sentence(text)
    return None


def _last_sentence(text: str) -> str | None:
    parts = _SENTENCE_BREAK.split(text)
    label = _label(parts[-1]) if parts else ""
    if not label or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    return label


def find(
    text_or_lines: str | Sequence[Line], *, show: str | None = None, source: str | None = None
) -> tuple[Section, ...]:
    """The sections of ``text_or_lines`` (a body, or its Lines), in document order (nested
    ones after their parent).

    Every heading starts a section and runs to the next heading of its level or above; so
    does a lead-in (a line ending in a colon before a list or links, or a lone line just
    before a list) when it names a kind, but a lead-in introduces one block only: the list or
    paragraph it heads, up to the next blank line. Lines before the first section belong to
    none. With the ``show``'s name, a heading about the show itself (``Resources to learn
    more about <show>``) is of kind ``platforms``. ``source``, the document the Lines' spans
    point into (text given is its own), shows where blank lines stand.
    """
    if isinstance(text_or_lines, str):
        source = source if source is not None else text_or_lines
    lines = as_lines(text_or_lines)
    show_words = fold(show) if show and any(ch.isalpha() for ch in show) else None
    blocks = _blocks(lines, source)
    found: list[_Draft] = []
    open_: list[_Draft] = []  # outermost first
    count = len(lines)
    for i, line in enumerate(lines):
        while open_ and (
            open_[-1].last_block < blocks[i]
            or (open_[-1].depth >= 0 and line.list_depth <= open_[-1].depth)
        ):
            open_.pop().end = i  # a labelled block, or a nested list, is over
        if line.is_heading:
            level, label = line.heading, _label(line.text)
            own = classify(label)
        else:
            lead = _lead_in(lines, i)
            if lead is None:
                continue
            own = classify(lead)
            if own == "other":
                continue
            level, label = LEAD_IN, lead
        about_show = bool(show_words) and f" {show_words} " in f" {fold(label)} "
        if own == "references" and about_show:
            own = "platforms"
        timed = at_edge(label)  # "[@05:10] Highlights", "03:49 - By resources": outline entries
        if timed:
            own = "other"
        sibling: _Draft | None = None
        while open_ and open_[-1].level >= level:
            closed = open_.pop()
            closed.end = i
            sibling = closed if closed.level == level else None
        kind: Kind = own
        if (
            own == "other"
            and sibling is not None
            and sibling.kind == "references"
            and _is_sub_label(label, level)
        ):
            kind = "references"
        elif own == "other" and open_ and not timed:
            kind = open_[-1].kind
        elif own == "platforms" and not about_show and open_ and open_[-1].kind == "references":
            # "Social Media" under "For Dr. Keating:" lists the guest's pages; only words of
            # the show's own ("Follow us", "Subscribe") make a section the show's there.
            kind = "platforms" if _FIRST_PERSON.search(fold(label)) else "references"
        if line.is_heading and line.links and kind in _STATEMENTS:
            # "Sponsored by <Acme>", "Watch on <YouTube>": a statement set as a heading, not
            # a container for what follows it.
            found.append(_Draft(label, kind, level, i, i + 1))
            continue
        # A lead-in heads its own block, or the next when it ends its own; a heading runs on.
        ends_block = i + 1 == count or blocks[i + 1] != blocks[i]
        last_block = blocks[i] + ends_block if level == LEAD_IN else _FOREVER
        # A list item that heads a nested list holds the items deeper than itself only.
        depth = line.list_depth if level == LEAD_IN and line.is_list_item else -1
        draft = _Draft(label, kind, level, i, count, last_block, depth)
        found.append(draft)
        open_.append(draft)
    return tuple(
        Section(
            d.heading,
            d.kind,
            d.level,
            d.start,
            d.end,
            (lines[d.start].span[0], lines[d.end - 1].span[1]),
        )
        for d in found
    )


_FOREVER: Final = 1 << 62


@attrs.define
class _Draft:
    """A section whose end is not known yet (mutable, internal)."""

    heading: str
    kind: Kind
    level: int
    start: int
    end: int
    last_block: int = _FOREVER  # the last block a lead-in heads (headings run on)
    depth: int = -1  # a list item heading a nested list: the lines deeper than it are its


def _blocks(lines: Sequence[Line], source: str | None) -> list[int]:
    """A block number per line: it changes at a blank line, a heading and where a list starts
    or ends; the items of one list (and their wrapped lines) share one. Without ``source``,
    a change of ``paragraph`` outside a list stands for a blank line; in HTML only headings
    and lists split blocks."""
    out: list[int] = []
    block = 0
    in_list = False
    for i, line in enumerate(lines):
        if i:
            prev = lines[i - 1]
            listed = line.is_list_item or (in_list and line.paragraph == prev.paragraph)
            blank = not listed and _blank_between(prev, line, source)
            if line.is_heading or prev.is_heading or listed != in_list or blank:
                block += 1
            in_list = listed
        else:
            in_list = line.is_list_item
        out.append(block)
    return out


def _blank_between(prev: Line, line: Line, source: str | None) -> bool:
    if prev.source == "html" or line.source == "html":
        # Feeds and pages set each entry in its own <p>: paragraphs in HTML do not end what a
        # lead-in introduces; the next heading or lead-in does.
        return False
    if source is None:
        return line.paragraph != prev.paragraph
    gap = source[prev.span[1] : line.span[0]]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2


def _is_sub_label(label: str, level: int) -> bool:
    """A short label (a picker's name, "Wes", "Scott's picks") under a same-level pseudo-heading."""
    return level >= 6 and 0 < len(label.split()) <= 4 and not label.endswith(_SENTENCE_END)


def section_of(sections: Sequence[Section], index: int) -> Section | None:
    """The innermost section holding ``lines[index]`` (``None`` when none does)."""
    best = None
    for section in sections:
        if section.start <= index < section.end and (best is None or section.level >= best.level):
            best = section
    return best


def kinds_by_line(lines: Sequence[Line], found: Sequence[Section]) -> list[Kind | None]:
    """The kind of the innermost section of each line (``None`` outside every section)."""
    kinds: list[Kind | None] = [None] * len(lines)
    for section in found:  # parents come before the sections nested in them
        for i in range(section.start, min(section.end, len(lines))):
            kinds[i] = section.kind
    return kinds


def format_sections(found: Sequence[Section]) -> str:
    """``found`` as readable text, one section per line, indented by nesting:
    ``heading [kind]``. Pure; ends with a newline unless empty.

    >>> print(format_sections([Section("Links", "references", 2, 0, 9),
    ...                        Section("Wes", "references", 6, 1, 9)]), end="")
    Links [references]
        Wes [references]
    """
    out = []
    open_: list[Section] = []
    for section in found:
        while open_ and not (open_[-1].start <= section.start < open_[-1].end):
            open_.pop()
        out.append(f"{'    ' * len(open_)}{section.heading} [{section.kind}]\n")
        open_.append(section)
    return "".join(out)
