"""One line of show notes to the head of a transcript turn, or a timed line that is not one.

The shapes, each written by at least two shows or exported by transcription tools::

    [00:00:05] Name: text      Descript export (josscast, softwaresessions), The Podlets
                               ("[0:00:08.7] NL: text"), Rustacean Station quotes
    Name (0:00:11): text       Haskell Interlude; Riverside exports "Name (00:09)" + text below
    Name [12:03] / Name 00:12  Otter and Zencastr exports: name and time, the text below
    Name: text                 devtools.fm ("**Andrew:** …"), Haskell Interlude ("AS: …")
    **Name** text              Software Sessions (bold name, no colon: needs the source)
    [00:12:03]                 a time alone (often a heading): the turn follows below

A line that has a time and text but no speaker (``[00:00:22] Topic``, ``Topic 12:03``) is
``timed``: an outline entry, unless spoken text follows it (decided by the caller).
Every pattern is anchored with bounded repeats: linear on any input.
"""

# ruff: noqa: RUF001 - the dashes show notes write between a time and a name

from __future__ import annotations

import re
from typing import Final, Literal

import attrs

from shownotes.model.errors import TimestampError
from shownotes.model.lines import Line
from shownotes.model.timestamps import Timestamp, parse
from shownotes.transcripts._names import NAME, is_name

Kind = Literal["turn", "mark", "timed"]

_TIME: Final = r"\d{1,3}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"
# A time, bare or in matching brackets; "@" as in "[@00:10]".
_STAMP: Final = rf"(?:[\[(]@?(?P<t>{_TIME})[\])]|@?(?P<bare>{_TIME}))"
_TIME_FIRST: Final = re.compile(
    rf"{_STAMP}[ \t]*(?:[-–—|][ \t]*)?(?:(?P<name>{NAME})[ \t]?:(?:[ \t]+(?P<said>.*))?"
    r"|(?P<rest>\S.*))?"
)
# A time after a name or title stands apart from it: in brackets, or after a space.
_AFTER: Final = rf"(?:[ \t]*[\[(]@?(?P<t>{_TIME})[\])]|[ \t]+@?(?P<bare>{_TIME}))"
_NAME_TIME: Final = re.compile(rf"(?P<name>{NAME}){_AFTER}[ \t]*(?::(?:[ \t]*(?P<said>.*))?)?")
_NAME_COLON: Final = re.compile(rf"(?P<name>{NAME})[ \t]?:(?:[ \t]+(?P<said>.*))?")
_TITLE_TIME: Final = re.compile(rf"(?P<rest>.*\S){_AFTER}")
# "**Name** text" or "<strong>Name</strong> text" in a line's Markdown source.
_BOLD_NAME: Final = re.compile(
    rf"[ \t]*(?:\*\*(?P<a>{NAME})\*\*|__(?P<b>{NAME})__"
    rf"|<(?P<tag>strong|b)>(?P<c>{NAME})</(?P=tag)>)[ \t]+\S"
)


@attrs.frozen
class Head:
    """A candidate head: ``turn`` (a speaker, maybe a time, maybe text), ``mark`` (a time
    alone) or ``timed`` (a time and text, no speaker)."""

    kind: Kind
    start: Timestamp | None
    speaker: str | None = None
    text: str = ""


def _time(match: re.Match[str]) -> Timestamp | None:
    try:
        return parse(match.group("t") or match.group("bare"))
    except TimestampError:
        return None


def _said(match: re.Match[str]) -> str:
    return (match.group("said") or "").strip()


def read_head(line: Line, source: str | None) -> Head | None:
    """The head ``line`` starts, or ``None``. ``source`` is the document the line's span
    points into (only needed for a bold name without a colon)."""
    text = line.text
    if not text:
        return None
    # Every shape but a bold name holds a colon (a time's, or the name's): most lines have none.
    colon = ":" in text
    if colon and (text[0].isdigit() or text[0] in "[(@"):
        match = _TIME_FIRST.fullmatch(text)
        if match is not None:
            start = _time(match)
            if start is None:
                return None
            name = match.group("name")
            if name is not None and is_name(name):
                return Head("turn", start, name, _said(match))
            rest = match.group("rest") or (text[match.start("name") :] if name else "")
            return Head("timed", start, None, rest) if rest else Head("mark", start)
    match = _NAME_TIME.fullmatch(text) if colon else None
    if match is not None and is_name(match.group("name")):
        start = _time(match)
        return None if start is None else Head("turn", start, match.group("name"), _said(match))
    match = _NAME_COLON.fullmatch(text) if colon else None
    if match is not None and is_name(match.group("name")):
        return Head("turn", None, match.group("name"), _said(match))
    if source is not None and line.source == "markdown":
        bold = _BOLD_NAME.match(source, line.span[0], line.span[1])
        if bold is not None:
            name = bold.group("a") or bold.group("b") or bold.group("c")
            if is_name(name) and text.startswith(name + " "):
                return Head("turn", None, name, text[len(name) :].strip())
    match = _TITLE_TIME.fullmatch(text) if colon else None
    if match is not None:
        start = _time(match)
        return None if start is None else Head("timed", start, None, match.group("rest"))
    return None
