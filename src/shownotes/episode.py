"""The episode behind the notes: :class:`Episode`, derived from front matter and the title.

Front matter keys differ from site to site (``date``, ``publishDate``, ``pubDate``; ``episode``,
``number``, ``episode_number``; ``guests`` as names or as ``{name, url}``), so each field is read
from the first known key that holds a usable value, then from the title.

>>> ep = episode_from({"title": "Ep. 13 - Caching | The Build Show", "date": "2024-09-08"})
>>> ep.number, ep.date.isoformat(), ep.show
(13, '2024-09-08T00:00:00+00:00', 'The Build Show')

:func:`read_episode` gives the episode and what could not be read in it:

>>> ep, problems = read_episode({"title": "Tea", "date": "sometime soon"})
>>> ep.title, ep.date, [p.code for p in problems]
('Tea', None, ['episode-date'])
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Final

from shownotes.model.episode import Episode
from shownotes.model.errors import Problem
from shownotes.model.timestamps import from_value

__all__ = ["Episode", "episode_from", "parse_date", "read_episode"]

_TITLE_KEYS: Final = ("title", "name", "episode_title", "og:title", "html:title")
_DATE_KEYS: Final = (
    "date", "publishdate", "pubdate", "published", "publish_date", "published_at",
    "publishedat", "datepublished", "release_date", "created", "created_at",
)  # fmt: skip
_NUMBER_KEYS: Final = (
    "episode", "episode_number", "episodenumber", "number", "ep", "itunes:episode", "episode_id",
)  # fmt: skip
_SEASON_KEYS: Final = ("season", "season_number", "itunes:season")
_SHOW_KEYS: Final = ("show", "show_name", "podcast", "podcast_name", "series")
_DURATION_KEYS: Final = ("duration", "podcast_duration", "itunes:duration", "runtime")
_DESCRIPTION_KEYS: Final = (
    "description", "summary", "excerpt", "subtitle", "og:description",
)  # fmt: skip
_AUDIO_KEYS: Final = ("podcast_file", "audio", "audio_url", "file", "enclosure", "mp3", "url")
_AUDIO_SUFFIX: Final = re.compile(r"\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac)(?:[?#]|$)", re.I)
_NESTED_KEYS: Final = frozenset({"extra", "params"})
_IMAGE_KEYS: Final = ("image", "episode_image", "header_image", "cover", "og:image", "thumbnail")

# `#13`, `Episode 13`, `Ep. 13`, `Ep13`, `E13`, `No. 13`: the number a title gives its episode.
_TITLE_NUMBER: Final = re.compile(
    r"(?:(?<![\w#])#\s?|\b(?:episode|ep\.?|e|no\.?|folge|épisode|episodio)\s?#?\s?)(\d{1,5})\b",
    re.IGNORECASE,
)
# A run of spaces is tried from its first one only: linear on long runs.
_TITLE_SEPARATORS: Final = re.compile(r"(?<!\s)\s+[|–—-]\s+|:\s+")  # noqa: RUF001
# Each name word is taken whole (`*+`, possessive): with a plain `*` a long capitalised run
# ("with AAAA…!") was split into two to four words every possible way before failing.
_WITH_GUEST: Final = re.compile(
    r"\b(?:with|feat\.?|featuring|ft\.)\s+((?:[A-Z][\w'’.-]*+\s?){2,4})$"  # noqa: RUF001
)
_NAME: Final = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")  # noqa: RUF001
# "2023-01-31 14:31:25 -0500" (Jekyll): an offset after a space. A run of white space is tried
# from its first character only, so a long run not followed by an offset is one linear pass.
_SPACED_OFFSET: Final = re.compile(r"(?<!\s)\s+([+-]\d{2}):?(\d{2})$")
# A separator is tried from the first white space of a run only (linear on long runs).
_NAME_SEPARATORS: Final = re.compile(r"(?<!\s)\s*[,;&]\s*|(?<!\s)\s+and\s+")
_EPOCH_MS_FLOOR: Final = 100_000_000_000  # larger integers are milliseconds, not seconds


def _lookup(folded: Mapping[str, object], keys: Iterable[str]) -> object:
    """The first usable value under ``keys`` in ``folded`` (a mapping with casefolded keys)."""
    for key in keys:
        value = folded.get(key)
        if value is not None and value not in ("", []):
            return value
    return None


def parse_date(value: object) -> dt.datetime | None:
    """An aware datetime from a front-matter value: a datetime or date, ISO 8601 text, RFC 822
    text, or epoch seconds/milliseconds. Naive values are taken as UTC; ``None`` if unreadable.

    >>> [parse_date(v).isoformat() for v in (1530536400092, "Tue, 05 May 2015 18:30:20 -0700")]
    ['2018-07-02T13:00:00.092000+00:00', '2015-05-05T18:30:20-07:00']
    """
    result: dt.datetime | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, dt.date):
        result = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, int | float):
        seconds = value / 1000 if abs(value) >= _EPOCH_MS_FLOOR else value
        try:
            return dt.datetime.fromtimestamp(seconds, dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return parse_date(int(text))
        try:
            result = dt.datetime.fromisoformat(text)
        except ValueError:
            try:
                result = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                compact = _SPACED_OFFSET.sub(r"\1:\2", text)
                try:
                    result = dt.datetime.fromisoformat(compact)
                except ValueError:
                    return None
    if result is None:
        return None
    return result if result.tzinfo is not None else result.replace(tzinfo=dt.UTC)


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str):
        match = re.match(r"\s*#?(\d{1,6})\b", value)
        if match:
            return int(match.group(1))
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _names(value: object, *, listed: bool = False) -> tuple[str, ...]:
    """The names ``value`` gives: text (``"Ana, Bo and Cy"``), a ``{name: …}`` mapping, or a
    list of those. A list inside the list is no name: front matter nests no deeper, and YAML
    aliases can make a list that holds itself."""
    if isinstance(value, str):
        return tuple(n.strip() for n in _NAME_SEPARATORS.split(value) if n.strip())
    if isinstance(value, Mapping):
        name = value.get("name") or value.get("title")
        return (name.strip(),) if isinstance(name, str) and name.strip() else ()
    if isinstance(value, Iterable) and not listed:
        return tuple(n for item in value for n in _names(item, listed=True))
    return ()


def _title_parts(title: str) -> tuple[int | None, str | None, str | None]:
    """Episode number, show name and guest that a title carries, where it carries them."""
    number_match = _TITLE_NUMBER.search(title)
    number = int(number_match.group(1)) if number_match else None
    show = None
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if number_match and len(parts) > 1 and " | " in title:
        for part in parts:
            if number_match.group(0) in part:
                name = _TITLE_NUMBER.sub("", part).strip(" -#:|,")
                if name and len(name.split()) <= 6:
                    show = name
                break
    if show is None and number_match and " | " in title:
        tail = title.rsplit(" | ", 1)[1].strip()
        if number_match.group(0) not in tail and tail and len(tail.split()) <= 6:
            show = tail
    guest = None
    with_guest = next(filter(None, (_WITH_GUEST.search(p.strip()) for p in parts)), None)
    if with_guest:
        guest = with_guest.group(1).strip()
    elif ": " in title:
        head = title.split(": ", 1)[0].strip()
        if _NAME.fullmatch(head) and not _TITLE_NUMBER.search(head):
            guest = head
    return number, show, guest


def episode_from(metadata: Mapping[str, object], problems: list[Problem] | None = None) -> Episode:
    """The :class:`Episode` that ``metadata`` (front matter, or an HTML head) describes.

    ``problems`` is deprecated: a list passed there still receives a
    :class:`~shownotes.errors.Problem` for each value that is present but unreadable, with a
    :class:`DeprecationWarning`; :func:`read_episode` returns them instead.
    """
    episode, found = read_episode(metadata)
    if problems is not None:
        warnings.warn(
            "episode_from(metadata, problems) is deprecated: read_episode(metadata) returns "
            "(episode, problems) without changing its argument",
            DeprecationWarning,
            stacklevel=2,
        )
        problems.extend(found)
    return episode


def read_episode(metadata: Mapping[str, object]) -> tuple[Episode, tuple[Problem, ...]]:
    """The :class:`Episode` that ``metadata`` (front matter, or an HTML head) describes, and
    a :class:`~shownotes.errors.Problem` for each value in it that is present but unreadable
    (a date that is no date)."""
    problems: list[Problem] = []
    # Zola keeps a page's own fields under [extra], Hugo under params: the top level wins.
    nested = [v for k, v in metadata.items() if str(k).casefold() in _NESTED_KEYS]
    for inner in nested:
        if isinstance(inner, Mapping):
            metadata = {**inner, **metadata}
    metadata = {str(k).casefold(): v for k, v in metadata.items()}  # keys differ in case
    title = _text(_lookup(metadata, _TITLE_KEYS))
    raw_date = _lookup(metadata, _DATE_KEYS)
    date = parse_date(raw_date) if raw_date is not None else None
    if raw_date is not None and date is None:
        problems.append(Problem("episode-date", f"unreadable date {raw_date!r}"))
    number = _int(_lookup(metadata, _NUMBER_KEYS))
    show = _text(_lookup(metadata, _SHOW_KEYS))
    guests = _names(_lookup(metadata, ("guests", "guest")))
    if title:
        title_number, title_show, title_guest = _title_parts(title)
        number = number if number is not None else title_number
        show = show or title_show
        if not guests and title_guest:
            guests = (title_guest,)
    audio = _text(_lookup(metadata, _AUDIO_KEYS))  # a page URL under `url` is not audio
    episode = Episode(
        title=title,
        date=date,
        number=number,
        season=_int(_lookup(metadata, _SEASON_KEYS)),
        show=show,
        guests=guests,
        hosts=_names(_lookup(metadata, ("hosts", "host"))),
        duration=from_value(_lookup(metadata, _DURATION_KEYS)),
        description=_text(_lookup(metadata, _DESCRIPTION_KEYS)),
        audio_url=audio if audio and _AUDIO_SUFFIX.search(audio) else None,
        image=_text(_lookup(metadata, _IMAGE_KEYS)),
    )
    return episode, tuple(problems)
