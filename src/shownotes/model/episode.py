"""The episode behind the notes as a value: :class:`Episode`."""

from __future__ import annotations

import datetime as dt

import attrs

from shownotes.model.timestamps import Timestamp

__all__ = ["Episode"]


@attrs.frozen
class Episode:
    """What the notes say of their episode; every field is ``None`` (or empty) when unknown.

    ``date`` is always timezone-aware (naive dates are taken as UTC); ``guests`` and ``hosts``
    are names; ``duration`` is a :class:`~shownotes.model.timestamps.Timestamp`.
    """

    title: str | None = None
    date: dt.datetime | None = None
    number: int | None = None
    season: int | None = None
    show: str | None = None
    guests: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    duration: Timestamp | None = None
    description: str | None = None
    audio_url: str | None = None
    image: str | None = None
