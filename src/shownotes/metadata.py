"""The episode behind the notes (public path): :class:`Episode`, :func:`episode_from` and
:func:`read_episode`.

The value lives in :mod:`shownotes.model.episode`, the reading of it in :mod:`shownotes.episode`,
and an HTML page's head in :mod:`shownotes.read.head`.
"""

from __future__ import annotations

from shownotes.episode import episode_from, parse_date, read_episode
from shownotes.model.episode import Episode
from shownotes.read.head import html_head

__all__ = ["Episode", "episode_from", "html_head", "parse_date", "read_episode"]
