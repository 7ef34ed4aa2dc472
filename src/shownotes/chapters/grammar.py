"""The chapter line grammar: one :class:`~shownotes.model.lines.Line` to one candidate entry.

Two shapes, and their decorations::

    [glyph] [N.] [bracket] TIME [– TIME] [bracket] [sep] TITLE
    [glyph] [N.] TITLE [sep] [bracket] TIME [bracket] [(note)]

TIME is ``H:MM:SS``/``M:SS`` with an optional ``.mmm``, ``1h2m3s``, or a link whose text is a
time (or, when the whole line is that link, whose ``t=``/``#t=`` target is). What decides whether
candidates are chapters is :mod:`shownotes.chapters.blocks`; this module only reads one line.

Every pattern is anchored or scanned once with bounded repeats: linear on any input.
"""

# ruff: noqa: RUF001, RUF002 - full-width brackets and dashes are what show notes write

from __future__ import annotations

import re
from typing import Final

import attrs

from shownotes.model.lines import Line, LineLink
from shownotes.model.timestamps import FULL_WIDTH, Timestamp, parse

_TIME: Final = r"\d{1,3}(?::\d{2}){1,3}(?:[.,]\d{1,3})?(?!\d|[:.,]\d)"
_UNITS: Final = r"\d{1,2}h(?:\s?\d{1,2}m)?(?:\s?\d{1,2}s)?(?!\w)|\d{1,3}m\s?\d{1,2}s(?!\w)"
_OPENERS: Final = "[(（【"
_CLOSERS: Final = "])）】"
_FULL_WIDTH_CHAR: Final = re.compile("[\uff0c\uff0e\uff10-\uff1a]")
_DIGIT: Final = re.compile(r"\d")
_COLON_TIME: Final = re.compile("[0-9\uff10-\uff19][:\uff1a][0-9\uff10-\uff19]")
_TRAILING_ENDS: Final = frozenset("0123456789" + _CLOSERS)
_OPEN_CLASS: Final = re.escape(_OPENERS)
_CLOSE_CLASS: Final = re.escape(_CLOSERS)
_LEAD: Final = re.compile(
    rf"(?P<open>[{_OPEN_CLASS}][ \t]?@?[ \t]?|@[ \t]?)?"
    rf"(?P<time>{_TIME}|{_UNITS})"
    rf"(?:[ \t]?(?:[-–—~〜～]|to)[ \t]?(?P<time2>{_TIME}))?"
    rf"(?P<close>[ \t]?[{_CLOSE_CLASS}])?"
)
_ANY_TIME: Final = re.compile(rf"(?<![\w:.,/])(?:{_TIME})")
_NUMBER: Final = re.compile(r"\d{1,3}[.)][ \t]+")
_SEP: Final = re.compile(r"[ \t]*(?:[-–—:|·・－〜~～>»→]{1,3}(?=[ \t]|\D)[ \t]*)?")
_SEP_CHARS: Final = "-–—:|·・－〜~～"
# The first run of blanks is taken whole (`*+`): split between the two runs around a missing
# note, a long run failed every way (quadratic; the ReDoS audit's input).
_TAIL: Final = re.compile(
    rf"(?P<close>[ \t]?[{_CLOSE_CLASS}])?[ \t]*+(?P<note>[(（][^()（）]{{1,120}}[)）])?[ \t]*"
)
_CLOCK_AFTER: Final = re.compile(r"[ \t]?(?:[ap]\.?m\.?|uhr|h\b|hrs\b|o'clock)(?!\w)", re.I)
_DATE_BEFORE: Final = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}日"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}"
    r"(?:st|nd|rd|th)?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|,)[ \t,]{0,8}$",
    re.I,
)
#: What stands right before a time decides whether it is prose or a date (``around 12:28``,
#: ``May 3, 12:00``): only this many characters of it are read, so a long run of spaces or
#: commas before a time costs one look, not one per character.
_BEFORE_WINDOW: Final = 48
_PROSE_BEFORE: Final = re.compile(
    r"(?:^|\s)(?:at|around|about|from|in|on|by|until|till|since|after|before|to|til|approx\.?"
    r"|between|and|or|of|is|was|starts|start|ends|@|~|circa|ca\.)[ \t]*+[\[(]?[ \t]*$",
    re.I,
)
_SPEAKER: Final = re.compile(r"[^\W\d][\w.'’-]{0,20}(?: [\w.'’-]{1,20}){0,3}:[ \t]")
# Book names of the Bible, as they are cited before chapter:verse ("John 3:16").
_BOOK_NAMES: Final = """
    genesis gen exodus exod ex leviticus lev numbers num deuteronomy deut joshua josh
    judges judg ruth samuel sam kings chronicles chron ezra nehemiah neh esther esth job
    psalm psalms ps psa proverbs prov ecclesiastes eccl song songs isaiah isa jeremiah jer
    lamentations lam ezekiel ezek daniel dan hosea joel amos obadiah jonah micah nahum
    habakkuk zephaniah haggai zechariah malachi matthew matt mt mark mk luke lk john jn
    acts romans rom corinthians cor galatians gal ephesians eph philippians phil
    colossians col thessalonians thess timothy tim titus philemon hebrews heb james jas
    peter pet jude revelation rev sirach tobit
"""
_BOOKS: Final = frozenset(_BOOK_NAMES.split())


@attrs.frozen
class Entry:
    """A line that reads as a chapter entry (internal): its times, title and how it was written."""

    index: int
    start: Timestamp
    title: str
    end: Timestamp | None = None
    url: str | None = None
    fields: tuple[int, ...] = ()  # the colon fields as written (frames detection)
    separated: bool = False  # a separator character stood between time and title
    title_first: bool = False
    heading: int = 0
    mismatch: str | None = None  # a link target that disagrees with its text


@attrs.frozen
class Bad:
    """A line shaped like an entry whose time cannot be read (``1:75``)."""

    index: int
    message: str


def _skip_glyphs(text: str) -> int:
    """Offset past leading bullet glyphs and emoji (at most 8 characters), then spaces."""
    pos = 0
    limit = min(len(text), 8)
    while pos < limit and not (text[pos].isalnum() or text[pos] in _OPENERS or text[pos] == "@"):
        if text[pos] in " \t" and pos:
            break
        pos += 1
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _fields(time: str) -> tuple[int, ...]:
    head = time.split(".", 1)[0].split(",", 1)[0]
    if ":" not in head:
        return ()
    return tuple(int(p) for p in head.split(":"))


def _time_link(links: tuple[LineLink, ...], start: int, end: int) -> LineLink | None:
    for link in links:
        if link.start <= start and end <= link.end:
            return link
    return None


_TARGET: Final = re.compile(r"(?:^#|[?&#])t=([0-9hms:.,]{1,16})", re.I)


def _target(url: str) -> Timestamp | None:
    found = _TARGET.search(url)
    if not found:
        return None
    try:
        return parse(found.group(1))
    except ValueError:
        return None


def _other_link(links: tuple[LineLink, ...], lo: int, hi: int) -> LineLink | None:
    """The first link outside ``[lo, hi)`` (the time and its brackets)."""
    for link in links:
        if link.end <= lo or link.start >= hi:
            return link
    return None


def _trim_title(title: str) -> str:
    """``title`` without the separators (and spaces) around it: one pass from each end."""
    title = title.strip()
    lo, hi = 0, len(title)
    while lo < hi and title[lo] in _SEP_CHARS and (lo + 1 == hi or title[lo + 1] in " \t"):
        lo += 1
        while lo < hi and title[lo] in " \t":
            lo += 1
    while hi > lo and title[hi - 1] in "-–—|·" and (hi - 1 == lo or title[hi - 2] in " \t"):
        hi -= 1
        while hi > lo and title[hi - 1] in " \t":
            hi -= 1
    return title[lo:hi]


def _prose_or_date(head: str, *, dates: bool = True) -> bool:
    """Whether ``head``, the text before a time, ends in a preposition (``around``) or a date."""
    window = head[-_BEFORE_WINDOW:]
    if len(head) > _BEFORE_WINDOW:
        # The window may start inside a word: from its first space on, "^" means a word start.
        space = next((i for i, ch in enumerate(window) if ch.isspace()), len(window))
        window = window[space:]
    if _PROSE_BEFORE.search(window):
        return True
    return dates and _DATE_BEFORE.search(window) is not None


def _url_and_title(
    line: Line, title_lo: int, title_hi: int, time_lo: int, time_hi: int
) -> tuple[str, str | None]:
    """The title in ``text[title_lo:title_hi]``; a trailing bare link after the words of the
    title (``Title <url>``, as mp4chaps writes it) becomes the URL and leaves the title."""
    text = line.text  # titles keep their full-width characters
    link = _other_link(line.links, time_lo, time_hi)
    url = link.url if link else None
    title = text[title_lo:title_hi]
    last = line.links[-1] if line.links else None
    if last is None or last.text != last.url or not title_lo < last.start:
        return _trim_title(title), url
    # In plain text the angle brackets of "Title <url>" stay characters around the URL.
    start, end = last.start, last.end
    if text[start - 1 : start] == "<" and text[end : end + 1] == ">":
        start, end = start - 1, end + 1
    if (
        end <= title_hi
        and not text[end:title_hi].strip(" \t" + _SEP_CHARS)
        and text[title_lo:start].strip()
        and text[title_lo:start].rstrip()[-1:] not in _SEP_CHARS
        and text[start - 1 : start].isspace()
    ):
        url = last.url
        title = text[title_lo:start]
    return _trim_title(title), url


def parse_line(line: Line, index: int) -> Entry | Bad | None:
    """The entry ``line`` reads as, a :class:`Bad` one, or ``None`` when it is no entry."""
    raw = line.text
    if not ((":" in raw or "：" in raw) and _COLON_TIME.search(raw)):
        if line.links and "t=" in raw + "".join(link.url for link in line.links):
            return _target_only(line, index)
        if not _DIGIT.search(raw, 0, 12):
            return None
    text = raw.translate(FULL_WIDTH) if _FULL_WIDTH_CHAR.search(raw) else raw
    pos = _skip_glyphs(text)
    number = _NUMBER.match(text, pos)
    if number:
        pos = number.end()
    lead = _LEAD.match(text, pos)
    if lead:
        return _leading(line, text, lead, index)
    return _trailing(line, text, pos, index)


def _leading(line: Line, text: str, lead: re.Match[str], index: int) -> Entry | Bad | None:
    opened, closed = lead.group("open"), lead.group("close")
    if bool(opened and opened.strip() != "@") != bool(closed):
        return None  # "(12:30 we meet" or "12:30)": prose around a time
    rest_at = lead.end()
    after = text[rest_at : rest_at + 1]
    if not closed and after and not (after in " \t" or after in _SEP_CHARS):
        return None  # "12:30pm", "1:2:3x"
    if _CLOCK_AFTER.match(text, rest_at):
        return None
    time_text = lead.group("time")
    try:
        start = parse(time_text)
        end = parse(lead.group("time2")) if lead.group("time2") else None
    except ValueError as exc:
        return Bad(index, str(exc))
    if end is not None and end <= start:
        end = None
    sep = _SEP.match(text, rest_at)
    title_at = sep.end() if sep else rest_at
    separated = bool(sep and sep.group().strip())
    time_lo, time_hi = lead.start("time"), lead.end("time")
    mismatch = None
    link = _time_link(line.links, time_lo, time_hi)
    if link is not None:
        target = _target(link.url)
        if target is not None and abs(target.ms - start.ms) > 1000:
            mismatch = f"link text {time_text} but its target says {target}"
    title, url = _url_and_title(line, title_at, len(text), lead.start(), lead.end())
    return Entry(
        index,
        start,
        title,
        end,
        url,
        _fields(time_text),
        separated,
        heading=line.heading,
        mismatch=mismatch,
    )


def _trailing(line: Line, text: str, pos: int, index: int) -> Entry | Bad | None:
    if text.rstrip()[-1:] not in _TRAILING_ENDS:
        return None  # cheap: a title-first entry ends with its time, a bracket or a note
    last = None
    for last in _ANY_TIME.finditer(text, pos):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return None
    tail = _TAIL.fullmatch(text, last.end())
    if tail is None:
        return None
    head = line.text[pos : last.start()]
    opened = head.rstrip()[-1:] in _OPENERS
    if opened != bool(tail.group("close")):
        return None
    if opened:
        head = head.rstrip()[:-1]
    if _prose_or_date(head):
        return None
    words = head.split()
    if words and words[0].isdigit():
        words = words[1:]  # "1 Corinthians 13:4"
    if not words or (len(words) == 1 and words[0].casefold().rstrip(".") in _BOOKS):
        return None  # a verse, not a time
    title, url = _url_and_title(line, pos, pos + len(head), last.start(), last.end())
    if not title or (title[-1:] in ".!?" and len(words) > 12):
        return None  # a sentence that ends with a time
    try:
        start = parse(last.group())
    except ValueError as exc:
        return Bad(index, str(exc))
    note = tail.group("note")
    full = f"{title} {note}" if note else title
    return Entry(
        index,
        start,
        full,
        None,
        url,
        _fields(last.group()),
        True,
        title_first=True,
        heading=line.heading,
    )


def _target_only(line: Line, index: int) -> Entry | None:
    """A line that is one link whose target carries the time: ``[Intro](#t=0:46)``."""
    if len(line.links) != 1:
        return None
    link = line.links[0]
    text = _trim_title(line.text)
    if link.text != text:
        return None
    target = _target(link.url)
    if target is None:
        return None
    return Entry(index, target, link.text, None, None, (), True, heading=line.heading)


def speaker_of(title: str) -> str | None:
    """The name ``title`` opens with, as a transcript turn does (``NL: Hi there`` gives
    ``"NL"``), or ``None``. Topic entries (``Topic: what was said``) open the same way: what
    tells turns apart is that their names come back."""
    found = _SPEAKER.match(title)
    return found.group().rstrip(": \t").casefold() if found else None


def split_run_in(entry: Entry, next_ms: int | None) -> tuple[Entry, ...]:
    """``entry``, or ``entry`` and a second entry whose time ran into its title when a line
    break was lost (``12:00 Tea is good 15:30 Coffee``): the inner time must fall between the
    entry's start and the next one's, stand between words, and not follow a preposition."""
    if entry.title_first or ":" not in entry.title:
        return (entry,)
    for match in _ANY_TIME.finditer(entry.title):
        head, tail = entry.title[: match.start()], entry.title[match.end() :]
        if not head.endswith(" ") or not tail.startswith(" ") or not tail.strip()[:1].isalpha():
            continue
        if _prose_or_date(head, dates=False) or len(head.split()) < 3 or len(tail.split()) < 2:
            continue
        try:
            inner = parse(match.group())
        except ValueError:
            continue
        if inner.ms <= entry.start.ms or (next_ms is not None and inner.ms >= next_ms):
            continue
        first = attrs.evolve(entry, title=_trim_title(head), url=None)
        second = attrs.evolve(entry, start=inner, title=_trim_title(tail), end=None, url=None)
        return (first, second)
    return (entry,)


def title_key(title: str) -> str:
    """A title folded to its words (letters and digits, case-folded): two titles with the same
    key name the same chapter (``"Q&A"`` and ``"q & a"``)."""
    return "".join(ch for ch in title.casefold() if ch.isalnum())


# A bracketed time inside a line: "(02:32)", "[1:02:03]".
_BRACKETED: Final = re.compile(rf"[(\[](?P<time>{_TIME})[)\]]")
#: A line holding this many bracketed times in a row is a chapter list whose breaks were lost.
MIN_GLUED: Final = 3


def glued(line: Line, index: int) -> tuple[Entry, ...]:
    """The entries of a chapter list whose line breaks were lost, all on one line:
    ``…raus:(00:00) Intro - Begrüßung(02:32) Die Lage(10:05) Ende`` (feeds that strip ``<br>``
    from a description; seen in German and English podcast feeds). At least three bracketed
    times, each followed by its title, going up; else nothing."""
    text = line.text
    if text.count("(") + text.count("[") < MIN_GLUED:
        return ()
    found = list(_BRACKETED.finditer(text))
    if len(found) < MIN_GLUED:
        return ()
    entries: list[Entry] = []
    for at, match in enumerate(found):
        end = found[at + 1].start() if at + 1 < len(found) else len(text)
        title = _trim_title(text[match.end() : end])
        try:
            start = parse(match.group("time"))
        except ValueError:
            return ()
        if not title or (entries and start.ms <= entries[-1].start.ms):
            return ()
        time_text = match.group("time")
        entries.append(Entry(index, start, title, None, None, _fields(time_text), True))
    return tuple(entries)
