"""Matroska chapters XML, as ``mkvmerge --chapters`` reads and ``mkvextract chapters`` writes.

Precision: 1 ms. Times are written as ``HH:MM:SS.nnnnnnnnn`` (nanoseconds); read times are
rounded to the nearest millisecond, halves to even; bare nanoseconds (``6202000000``) and the
old ``ChapString`` element, which some writers use, are read too. Kept: start, end
(``ChapterTimeEnd``, optional), title (the first ``ChapterString``) and toc (a chapter outside
the table of contents is ``ChapterFlagHidden``). Not expressible: url, image, location.
Characters XML cannot carry are dropped. Only the default (or first) edition's top-level
chapters are read; nested chapters are skipped. Reading is safe, as for PSC: no entities, no DTD
loading, no network.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), "Intro", Timestamp(46_000))]))
>>> print(text)
<?xml version="1.0" encoding="UTF-8"?>
<Chapters>
  <EditionEntry>
    <ChapterAtom>
      <ChapterTimeStart>00:00:00.000000000</ChapterTimeStart>
      <ChapterTimeEnd>00:00:46.000000000</ChapterTimeEnd>
      <ChapterDisplay>
        <ChapterString>Intro</ChapterString>
        <ChapterLanguage>und</ChapterLanguage>
      </ChapterDisplay>
    </ChapterAtom>
  </EditionEntry>
</Chapters>
>>> loads(text)[0].end
Timestamp(ms=46000)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _xml
from shownotes.formats._common import check, check_range, end_or_none, nearest, xml_escape, xml_text
from shownotes.timestamps import Timestamp

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "matroska"
EXTENSION: Final = ".chapters.xml"
BINARY: Final = False
PRECISION: Final = "1 ms; start, end, title and toc (ChapterFlagHidden) are kept"

_TIME: Final = re.compile(r"\s*(\d{1,9}):([0-5]\d):([0-5]\d)(?:\.(\d{1,9}))?\s*")
# Some writers (Mtillmann's MatroskaXML) give times as bare nanoseconds, even with a fraction.
_NANOSECONDS: Final = re.compile(r"\s*(\d{1,19})(?:\.(\d{1,9}))?\s*")
_LANGUAGE: Final = re.compile(r"[a-z]{3}")


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as Matroska XML keeps them: start, end, title, toc."""
    return Chapters(
        tuple(Chapter(c.start, xml_text(c.title), c.end, toc=c.toc) for c in check(chapters))
    )


def _ns(t: Timestamp) -> str:
    return f"{t:hh:mm:ss.mmm}000000"  # nanoseconds: the millisecond, six zeros


def dumps(chapters: Chapters, *, language: str = "und") -> str:
    """``chapters`` as one Matroska edition; ``language`` is the ISO 639-2 code of the titles."""
    if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
        raise ValueError(f"language must be an ISO 639-2 code such as 'eng', not {language!r}")
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<Chapters>", "  <EditionEntry>"]
    for chapter in check_range(normalize(chapters), "Matroska XML"):
        out.append("    <ChapterAtom>")
        out.append(f"      <ChapterTimeStart>{_ns(chapter.start)}</ChapterTimeStart>")
        if chapter.end is not None:
            out.append(f"      <ChapterTimeEnd>{_ns(chapter.end)}</ChapterTimeEnd>")
        if not chapter.toc:
            out.append("      <ChapterFlagHidden>1</ChapterFlagHidden>")
        out.append("      <ChapterDisplay>")
        out.append(f"        <ChapterString>{xml_escape(chapter.title)}</ChapterString>")
        out.append(f"        <ChapterLanguage>{language}</ChapterLanguage>")
        out.append("      </ChapterDisplay>")
        out.append("    </ChapterAtom>")
    out.extend(["  </EditionEntry>", "</Chapters>"])
    return "\n".join(out) + "\n"


def _child(element: etree._Element, name: str) -> etree._Element | None:
    for child in element:
        if _xml.local(child.tag) == name:
            return child
    return None


def _time(element: etree._Element | None) -> Timestamp | None:
    if element is None:
        return None
    bare = _NANOSECONDS.fullmatch(element.text or "")
    if bare is not None:
        whole, fraction = bare.groups()
        digits = (fraction or "").ljust(9, "0")
        return Timestamp(nearest(int(whole) * 10**9 + int(digits), 10**15))
    match = _TIME.fullmatch(element.text or "")
    if match is None:
        raise FormatError(
            f"Matroska XML: bad time {(element.text or '')[:40]!r}", lineno=_xml.line(element)
        )
    hours, minutes, seconds, fraction = match.groups()
    fraction = (fraction or "").ljust(9, "0")
    ns = ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1_000_000_000 + int(fraction)
    return Timestamp(nearest(ns, 1_000_000))


def _edition(root: etree._Element) -> etree._Element:
    editions = [child for child in root if _xml.local(child.tag) == "EditionEntry"]
    if _xml.local(root.tag) != "Chapters" or not editions:
        raise FormatError("Matroska XML: no Chapters/EditionEntry element", lineno=_xml.line(root))
    for edition in editions:
        flag = _child(edition, "EditionFlagDefault")
        if flag is not None and (flag.text or "").strip() == "1":
            return edition
    return editions[0]


def loads(data: str | bytes) -> Chapters:
    """The top-level chapters of the default edition of a Matroska chapters XML file.

    :class:`~shownotes.errors.FormatError` with the line for XML that is not well-formed,
    declares entities, is not a ``Chapters`` document, or has a chapter without a valid start.

    >>> loads("<Chapters><EditionEntry><ChapterAtom>\\n"
    ...       "<ChapterTimeStart>1:2:3</ChapterTimeStart></ChapterAtom></EditionEntry></Chapters>")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: Matroska XML: bad time '1:2:3' (line 2)
    """
    root = _xml.parse(data, "Matroska XML")
    chapters = []
    for atom in _edition(root):
        if _xml.local(atom.tag) != "ChapterAtom":
            continue
        start = _time(_child(atom, "ChapterTimeStart"))
        if start is None:
            raise FormatError(
                "Matroska XML: a chapter has no ChapterTimeStart", lineno=_xml.line(atom)
            )
        end_element = _child(atom, "ChapterTimeEnd")
        end = end_or_none(start, _time(end_element), lineno=_xml.line(atom))
        display = _child(atom, "ChapterDisplay")
        string = None if display is None else _child(display, "ChapterString")
        if string is None and display is not None:  # the old name some writers still use
            string = _child(display, "ChapString")
        hidden = _child(atom, "ChapterFlagHidden")
        toc = hidden is None or (hidden.text or "").strip() != "1"
        title = "" if string is None else string.text or ""
        chapters.append(Chapter(start, title, end, toc=toc))
    return Chapters(tuple(chapters))
