"""A picture of chapters: :func:`timeline`, a horizontal bar per chapter along the episode,
drawn with matplotlib (the ``plot`` extra: ``pip install 'shownotes[plot]'``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from shownotes.model.timestamps import Timestamp

__all__ = ["spans", "timeline"]


class Chapter(Protocol):
    """What a bar is drawn from (a :class:`~shownotes.model.chapters.Chapter`; this module
    is imported by that one, so it names the fields it reads instead of the class)."""

    @property
    def start(self) -> Timestamp: ...
    @property
    def end(self) -> Timestamp | None: ...
    @property
    def title(self) -> str: ...


# A chapter with no end and nothing after it is drawn this long, as a share of the episode.
_LAST_SHARE = 0.05
_MIN_SECONDS = 1.0


def spans(
    chapters: Sequence[Chapter], duration: Timestamp | None = None
) -> list[tuple[float, float]]:
    """``(start, length)`` in seconds of each chapter's bar: to its end, else to the next
    start, else to ``duration``, else a short stub (5 % of what the chapters cover).

    >>> from shownotes.model.chapters import Chapter
    >>> spans([Chapter(Timestamp(0), "a"), Chapter(Timestamp(60_000), "b")], Timestamp(90_000))
    [(0.0, 60.0), (60.0, 30.0)]
    """
    starts = [c.start.seconds for c in chapters]
    covered = max((c.end or c.start).seconds for c in chapters) if chapters else 0.0
    if duration is not None:
        covered = max(covered, duration.seconds)
    stub = max(_MIN_SECONDS, covered * _LAST_SHARE)
    out = []
    for i, chapter in enumerate(chapters):
        if chapter.end is not None:
            end = chapter.end.seconds
        elif i + 1 < len(chapters) and starts[i + 1] > starts[i]:
            end = starts[i + 1]
        elif duration is not None and duration.seconds > starts[i]:
            end = duration.seconds
        else:
            end = starts[i] + stub
        out.append((starts[i], end - starts[i]))
    return out


def _clock(seconds: float, _pos: object = None) -> str:
    return str(Timestamp(round(seconds * 1000)))


def timeline(
    chapters: Sequence[Chapter], ax: Any = None, *, duration: Timestamp | None = None
) -> Any:
    """Draw ``chapters`` on ``ax`` (a new figure's when ``None``) as one bar each, titled and
    in order from the top; the x axis reads as clock times. Returns the matplotlib Axes."""
    try:
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter
    except ImportError as exc:  # pragma: no cover - exercised without the extra only
        raise ImportError("plot() needs matplotlib: pip install 'shownotes[plot]'") from exc
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.45 * max(len(chapters), 1) + 1.0))
    bars = spans(chapters, duration)
    colours = plt.rcParams["axes.prop_cycle"].by_key().get("color", ["C0"])
    for row, ((start, length), chapter) in enumerate(zip(bars, chapters, strict=True)):
        colour = colours[row % len(colours)]
        ax.broken_barh([(start, length)], (row - 0.4, 0.8), color=colour, alpha=0.35)
        ax.text(start, row, f" {chapter.title}", va="center", ha="left", fontsize=9, clip_on=True)
    ax.set_yticks(range(len(chapters)), [str(c.start) for c in chapters])
    ax.set_ylim(max(len(chapters), 1) - 0.5, -0.5)  # the first chapter on top
    ax.set_xlim(0, max((s + n for s, n in bars), default=1.0))
    ax.xaxis.set_major_formatter(FuncFormatter(_clock))
    ax.set_xlabel("time")
    ax.set_title(f"{len(chapters)} chapters")
    return ax
