"""Podlove Simple Chapters 1.2 (PSC): XML chapters, standalone or inside a feed item.

Precision: 1 ms. Starts are written as Normal Play Time ``HH:MM:SS.mmm``; any NPT form is
read (``1:02:03.5``, ``62:03``, ``3723.5``), rounded to the millisecond. Kept: start,
``title``, ``href`` (the chapter's url) and ``image``. Not expressible, so dropped by
:func:`normalize`: end, toc (every chapter is listed) and location. Characters XML cannot
carry (C0 controls other than tab and line breaks) are dropped; line breaks survive as
character references.

Reading is safe: entity declarations and internal DTD subsets are refused, and lxml neither
resolves entities nor loads DTDs nor touches the network.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(0), 'Intro & "hello"'),
...                        Chapter(Timestamp(119_000), "Podlove", url="https://podlove.org/")]))
>>> print(text)
<?xml version="1.0" encoding="UTF-8"?>
<psc:chapters xmlns:psc="http://podlove.org/simple-chapters" version="1.2">
  <psc:chapter start="00:00:00.000" title="Intro &amp; &quot;hello&quot;"/>
  <psc:chapter start="00:01:59.000" title="Podlove" href="https://podlove.org/"/>
</psc:chapters>
>>> loads(text)[1].url
'https://podlove.org/'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError, TimestampError
from shownotes.formats import _xml
from shownotes.formats._common import check, check_range, xml_escape, xml_text
from shownotes.timestamps import Timestamp

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["BINARY", "EXTENSION", "NAME", "NAMESPACE", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "psc"
EXTENSION: Final = ".psc.xml"
BINARY: Final = False
PRECISION: Final = "1 ms; start, title, href (url) and image are kept"
#: The XML namespace of Podlove Simple Chapters.
NAMESPACE: Final = "http://podlove.org/simple-chapters"


def _clean(value: str | None) -> str | None:
    return None if value is None else xml_text(value)


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as PSC keeps them: start, title, url and image (XML-safe text)."""
    return Chapters(
        tuple(
            Chapter(c.start, xml_text(c.title), url=_clean(c.url), image=_clean(c.image))
            for c in check(chapters)
        )
    )


def dumps(chapters: Chapters, *, xml_declaration: bool = True) -> str:
    """``chapters`` as a PSC 1.2 document (``xml_declaration=False`` for embedding in a feed)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>'] if xml_declaration else []
    lines.append(f'<psc:chapters xmlns:psc="{NAMESPACE}" version="1.2">')
    for chapter in check_range(normalize(chapters), "PSC"):
        attributes = [
            f'start="{chapter.start:hh:mm:ss.mmm}"',
            f'title="{xml_escape(chapter.title)}"',
        ]
        if chapter.url is not None:
            attributes.append(f'href="{xml_escape(chapter.url)}"')
        if chapter.image is not None:
            attributes.append(f'image="{xml_escape(chapter.image)}"')
        lines.append(f"  <psc:chapter {' '.join(attributes)}/>")
    lines.append("</psc:chapters>")
    return "\n".join(lines) + "\n"


# The start of a psc:chapters element under any prefix (bounded: linear on any input).
_OPENING: Final = re.compile(r"<([A-Za-z_][\w.-]{0,40}:)?chapters[\s/>]")


def _root(data: str | bytes) -> etree._Element:
    """The parsed document; when it is not well-formed, its first well-formed
    ``psc:chapters`` element alone (the Podlove spec's own embedding example opens ``<rss>``
    and closes ``</feed>``). Documents that declare entities or a DTD subset stay refused."""
    try:
        return _xml.parse(data, "PSC")
    except FormatError as error:
        text = _xml.text_of(data, "PSC")
        if "not allowed" in error.msg or "surrogate" in error.msg:
            raise
        opening = _OPENING.search(text)
        if opening is None:
            raise
        prefix = opening.group(1) or ""
        end = text.find(f"</{prefix}chapters>", opening.start())
        if end < 0:
            raise
        element = text[opening.start() : end + len(prefix) + 11]
        declaration = f' xmlns:{prefix[:-1]}="{NAMESPACE}"' if prefix else ""
        try:
            return _xml.parse(f"<psc-fragment{declaration}>{element}</psc-fragment>", "PSC")
        except FormatError:
            raise error from None


def loads(data: str | bytes) -> Chapters:
    """The chapters of the first ``psc:chapters`` element in ``data`` (a PSC document or a
    feed that embeds one), in document order.

    :class:`~shownotes.errors.FormatError` with the line for XML that is not well-formed,
    declares entities, has no ``psc:chapters`` element, or a chapter without a valid start.

    >>> loads('<psc:chapters xmlns:psc="http://podlove.org/simple-chapters">\\n'
    ...       '<psc:chapter start="1:75" title="Oops"/></psc:chapters>')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: PSC: seconds out of range (0-59) in '1:75': 75 (line 2)
    """
    root = _root(data)
    # The PSC namespace, or none at all (hand-written files often leave it out).
    wanted = (f"{{{NAMESPACE}}}chapters", "chapters")
    found = next((element for element in root.iter(*wanted)), None)
    if found is None:
        raise FormatError("PSC: no psc:chapters element", lineno=_xml.line(root))
    chapters = []
    for element in found:
        if _xml.local(element.tag) != "chapter":
            continue
        start_text = element.get("start")
        if start_text is None:
            raise FormatError("PSC: a chapter has no start", lineno=_xml.line(element))
        try:
            start = Timestamp.parse(start_text)
        except TimestampError as exc:
            raise FormatError(f"PSC: {exc.msg}", lineno=_xml.line(element)) from None
        chapters.append(
            Chapter(
                start,
                element.get("title") or "",
                url=element.get("href"),
                image=element.get("image"),
            )
        )
    return Chapters(tuple(chapters))
