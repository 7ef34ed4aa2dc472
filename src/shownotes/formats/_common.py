"""Helpers every format shares: argument checks, rounding, titles on one line, XML-safe text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.timestamps import Timestamp

LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
#: The latest time a text format writes, in ms (99,999:59:59.999, about 11 years): every
#: reader here takes it, and a writer refuses later times with a FormatError.
MAX_MS: Final = 100_000 * 3_600_000 - 1
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
# Characters XML 1.0 cannot carry at all, even as character references.
_NOT_XML: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def check(chapters: object) -> Chapters:
    """``chapters`` as :class:`Chapters`; :class:`TypeError` for anything else."""
    if isinstance(chapters, Chapters):
        return chapters
    if isinstance(chapters, Sequence) and not isinstance(chapters, str | bytes):
        for item in chapters:
            if not isinstance(item, Chapter):
                raise TypeError(f"chapters must hold Chapter values, not {type(item).__name__}")
        return Chapters(tuple(chapters))
    raise TypeError(f"chapters must be Chapters or a sequence of Chapter, not {type(chapters)}")


def as_text(data: str | bytes, what: str) -> str:
    """``data`` as text: ``str`` as given, ``bytes`` as UTF-8 (a BOM is dropped)."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FormatError(
                f"{what} is not UTF-8: byte {raw[exc.start]:#04x} at offset {exc.start}",
                pos=exc.start,
            ) from None
    raise TypeError(f"loads() takes str or bytes, not {type(data).__name__}")


def check_range(chapters: Chapters, what: str, limit: int = MAX_MS) -> Chapters:
    """``chapters`` when every start and end is at most ``limit`` ms; a
    :class:`FormatError` naming the first chapter past it otherwise."""
    for number, chapter in enumerate(chapters, start=1):
        for t in (chapter.start, chapter.end):
            if t is not None and t.ms > limit:
                raise FormatError(
                    f"{what}: chapter {number} reaches {t.ms} ms; the format holds times up to "
                    f"{Timestamp(limit)}"
                )
    return chapters


def unicode_text(text: str) -> str:
    """``text`` with each lone surrogate (which no encoding writes) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def nearest(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded to the nearest integer, halves to even: the one
    rounding rule of every format (``denominator > 0``)."""
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2):
        quotient += 1
    return quotient


def one_line(title: str) -> str:
    """``title`` on one line: each line break becomes a space, outer white space goes."""
    return LINE_BREAK.sub(" ", title).strip()


def percent_encode(text: str, unsafe: re.Pattern[str]) -> str:
    """``text`` with every run ``unsafe`` matches percent-encoded as UTF-8 (``a b`` -> ``a%20b``).

    >>> percent_encode("https://x.org/a b<c>", re.compile(r"[\\s<>]+"))
    'https://x.org/a%20b%3Cc%3E'

    A lone surrogate, which UTF-8 cannot encode, is encoded as U+FFFD.
    """

    def encoded(match: re.Match[str]) -> str:
        return "".join(f"%{b:02X}" for b in unicode_text(match.group()).encode())

    return unsafe.sub(encoded, text)


def split_lines(text: str) -> Iterator[tuple[str, int]]:
    """Each line of ``text`` (split at ``\\r\\n``, ``\\r`` or ``\\n`` only) with its offset."""
    pos = 0
    for match in LINE_BREAK.finditer(text):
        yield text[pos : match.start()], pos
        pos = match.end()
    if pos < len(text):
        yield text[pos:], pos


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry (most C0 controls)."""
    return _NOT_XML.sub("", text)


def xml_escape(text: str) -> str:
    """``text`` escaped for an XML attribute or element (white space kept through references)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def end_or_none(
    start: Timestamp,
    end: Timestamp | None,
    doc: str | None = None,
    pos: int | None = None,
    *,
    lineno: int | None = None,
) -> Timestamp | None:
    """A chapter end as read from a file: an end equal to the start means "no end"; an end
    before the start is a :class:`FormatError`."""
    if end is None or end.ms == start.ms:
        return None
    if end.ms < start.ms:
        raise FormatError(
            f"chapter ends ({end}) before it starts ({start})", doc, pos, lineno=lineno
        )
    return end


def fill_ends(chapters: Chapters, duration: Timestamp | None = None) -> Chapters:
    """Each missing end set to the next chapter's start (when later), the last one's to
    ``duration`` (when given and later): what formats that always write an end keep. A last
    end still missing is written as the chapter's own start, which reads back as no end."""
    if duration is not None and not isinstance(duration, Timestamp):
        raise TypeError(f"duration must be a Timestamp, not {type(duration).__name__}")
    return chapters.with_ends(duration)
