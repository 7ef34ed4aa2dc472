"""Platform rules for chapter lists, and the problems a list has against them."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attrs

from shownotes.model.errors import Problem

if TYPE_CHECKING:
    from shownotes.model.chapters import Chapter

__all__ = ["PLATFORMS", "Rules", "validate"]


@attrs.frozen
class Rules:
    """What a platform demands of a chapter list."""

    min_count: int
    first_at_zero: bool
    min_length_ms: int
    #: Starts are read to the whole second only (YouTube: ``0:54.114`` is not a chapter line).
    whole_seconds: bool = False
    #: A chapter's url cannot be given (YouTube reads a ``<url>`` tail as part of the title).
    urls: bool = True


#: The rules of each platform :func:`validate` knows.
PLATFORMS: Final = {
    # YouTube Help, "Video chapters": at least three timestamps, the first at 00:00, each
    # chapter at least 10 seconds; timestamps are M:SS or H:MM:SS and the rest of the line is
    # the title.
    "youtube": Rules(
        min_count=3, first_at_zero=True, min_length_ms=10_000, whole_seconds=True, urls=False
    ),
    "spotify": Rules(min_count=3, first_at_zero=True, min_length_ms=0),
    "apple": Rules(min_count=3, first_at_zero=True, min_length_ms=0),
}


def validate(chapters: Sequence[Chapter], platform: str = "youtube") -> tuple[Problem, ...]:
    """The problems ``chapters`` has against ``platform``'s rules (empty when it complies).

    YouTube wants at least 3 chapters, the first at 0:00, each at least 10 s long, starts in
    whole seconds and no links in the titles; Spotify and Apple want at least 3, the first at 0.
    Starts must go up on every platform.

    >>> from shownotes.chapters import Chapter, Timestamp
    >>> chapters = [Chapter(Timestamp(5_000), "Hi"), Chapter(Timestamp(9_000), "News")]
    >>> [p.code for p in validate(chapters, "youtube")]
    ['chapter-count', 'chapter-first', 'chapter-short']
    >>> validate(chapters, "spotify")[0].message
    'spotify needs at least 3 chapters, got 2'
    """
    try:
        rules = PLATFORMS[platform]
    except (KeyError, TypeError):
        raise ValueError(f"unknown platform {platform!r}; known: {', '.join(PLATFORMS)}") from None
    items = list(chapters)
    problems = []
    if len(items) < rules.min_count:
        problems.append(
            Problem(
                "chapter-count",
                f"{platform} needs at least {rules.min_count} chapters, got {len(items)}",
            )
        )
    if rules.first_at_zero and items and items[0].start.ms != 0:
        problems.append(
            Problem(
                "chapter-first", f"{platform} needs the first chapter at 0:00, not {items[0].start}"
            )
        )
    for chapter in items:
        if rules.whole_seconds and chapter.start.ms % 1000:
            problems.append(
                Problem(
                    "chapter-precision",
                    f"{platform} reads whole seconds only, not {chapter.start}",
                )
            )
        if not rules.urls and chapter.url is not None:
            problems.append(
                Problem(
                    "chapter-url",
                    f"{platform} reads a chapter's link as part of its title: {chapter.url[:60]}",
                )
            )
    for before, after in itertools.pairwise(items):
        length = after.start.ms - before.start.ms
        if length <= 0:
            problems.append(
                Problem("chapter-order", f"{after.start} does not come after {before.start}")
            )
        elif length < rules.min_length_ms:
            problems.append(
                Problem(
                    "chapter-short",
                    f"{before.title!r} at {before.start} lasts {length / 1000:g} s; "
                    f"{platform} needs {rules.min_length_ms // 1000} s",
                )
            )
    return tuple(problems)
