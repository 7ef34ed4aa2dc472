"""A section of show notes as a value: :class:`Section`, and the :data:`Kind` of what it holds."""

from __future__ import annotations

from typing import Final, Literal, get_args

import attrs

__all__ = ["KINDS", "Kind", "Section"]

#: What a section holds.
Kind = Literal["chapters", "references", "platforms", "sponsors", "credits", "transcript", "other"]
#: Every :data:`Kind`, in the order :func:`shownotes.sections.classify` tries them.
KINDS: Final[tuple[str, ...]] = get_args(Kind)


@attrs.frozen
class Section:
    """One section of the notes.

    - ``heading``: the heading's text (``"Sick Picks"``), or a lead-in's label without its colon.
    - ``kind``: what the section holds (see :data:`Kind`); inherited from the enclosing section
      when the heading names no kind itself.
    - ``level``: 1-6 for a heading (6 for a pseudo-heading), :data:`LEAD_IN` for a lead-in.
    - ``start``, ``end``: the section's lines are ``lines[start:end]``; ``start`` is the heading
      (or lead-in) line, ``end`` where the next section of the same or a higher level starts.
    - ``span``: ``(start, end)`` offsets of the section in the whole document.
    """

    heading: str
    kind: Kind
    level: int
    start: int
    end: int
    span: tuple[int, int] = (0, 0)
