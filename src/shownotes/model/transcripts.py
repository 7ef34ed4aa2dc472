"""The transcript values: :class:`Turn` (one speaker's turn) and :class:`Transcript` (the turns).

>>> t = Transcript((Turn(Timestamp(5_000), "Ana", "Welcome back."), Turn(None, "Ben", "Hi!")))
>>> t[0]
Turn(start=Timestamp(ms=5000), speaker='Ana', text='Welcome back.', end=None)
>>> t.speakers
('Ana', 'Ben')
>>> print(t.text)
[0:05] Ana: Welcome back.
Ben: Hi!
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import attrs

from shownotes.model.timestamps import Timestamp

__all__ = ["Transcript", "Turn"]

_optional_time = attrs.validators.optional(attrs.validators.instance_of(Timestamp))
_optional_str = attrs.validators.optional(attrs.validators.instance_of(str))


def _end_after_start(inst: Turn, _attr: attrs.Attribute[Timestamp | None], end: object) -> None:
    if end is not None and inst.start is not None and end <= inst.start:  # type: ignore[operator]
        raise ValueError(f"turn end {end} must be after its start {inst.start}")


@attrs.frozen
class Turn:
    """One turn of a transcript: who spoke (``speaker``), when (``start``, and ``end`` when a
    transcript file gives it) and what was said (``text``; paragraphs separated by ``"\\n"``).

    Any field but ``text`` may be unknown (``None``): show notes often give a speaker without
    a time, or a time without a speaker.

    >>> Turn(Timestamp(9_000), "Mira", "Welcome back.", end=Timestamp(12_500)).end.seconds
    12.5
    """

    start: Timestamp | None = attrs.field(validator=_optional_time)
    speaker: str | None = attrs.field(validator=_optional_str)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    end: Timestamp | None = attrs.field(default=None, validator=[_optional_time, _end_after_start])


def _to_turn_tuple(turns: Iterable[Turn]) -> tuple[Turn, ...]:
    return tuple(turns)


def _only_turns(_inst: Transcript, _attr: attrs.Attribute[tuple[Turn, ...]], turns: object) -> None:
    for turn in turns:  # type: ignore[attr-defined]
        if not isinstance(turn, Turn):
            raise TypeError(f"a Transcript holds Turn values, not {type(turn).__name__}")


@attrs.frozen
class Transcript(Sequence[Turn]):
    """An immutable sequence of :class:`Turn`, in the order spoken (or written).

    >>> t = Transcript([Turn(None, "Ana", "Hi."), Turn(None, "Ben", "Yo."), Turn(None, "Ana", "")])
    >>> len(t), t.speakers, t[1:].speakers
    (3, ('Ana', 'Ben'), ('Ben', 'Ana'))
    """

    turns: tuple[Turn, ...] = attrs.field(
        default=(), converter=_to_turn_tuple, validator=_only_turns
    )

    @overload
    def __getitem__(self, index: int) -> Turn: ...
    @overload
    def __getitem__(self, index: slice) -> Transcript: ...
    def __getitem__(self, index: int | slice) -> Turn | Transcript:
        if isinstance(index, slice):
            return Transcript(self.turns[index])
        return self.turns[index]

    def __len__(self) -> int:
        return len(self.turns)

    def __iter__(self) -> Iterator[Turn]:
        return iter(self.turns)

    @property
    def speakers(self) -> tuple[str, ...]:
        """Each speaker once, in the order they first speak."""
        return tuple(dict.fromkeys(t.speaker for t in self.turns if t.speaker is not None))

    @property
    def text(self) -> str:
        """The transcript as readable text: a line per turn, ``[time] Speaker: text``, each
        part only when known."""
        return "\n".join(_render(turn) for turn in self.turns)


def _render(turn: Turn) -> str:
    head = f"[{turn.start}] " if turn.start is not None else ""
    if turn.speaker is not None:
        head += f"{turn.speaker}: "
    return head + turn.text
