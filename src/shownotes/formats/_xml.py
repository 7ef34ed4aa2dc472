"""Safe XML reading for the XML chapter formats (PSC, Matroska).

Nothing in a chapter file needs a DTD, so entity declarations are refused before parsing
(that stops billion-laughs payloads and external entities outright), and lxml runs with
entity resolution, DTD loading, network access and huge trees all switched off.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING, Final

from shownotes.errors import FormatError

if TYPE_CHECKING:
    from lxml import etree

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_ENTITY_DECL: Final = re.compile(r"<!ENTITY")
_INTERNAL_SUBSET: Final = re.compile(r"<!DOCTYPE[^>\[]{0,1000}\[")
_DECLARED: Final = re.compile(rb"^<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._-]{1,40})")
_WHERE: Final = re.compile(r", line \d{1,12}, column \d{1,12}$")
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode(data: bytes, what: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            data, declared = data[len(bom) :], encoding
            break
    else:
        match = _DECLARED.match(data)
        declared = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return data.decode(declared)
    except LookupError:
        raise FormatError(f"{what}: unknown encoding {declared!r}", lineno=1) from None
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{what} is not valid {declared}: byte offset {exc.start}", pos=exc.start
        ) from None


def text_of(data: str | bytes, what: str) -> str:
    """``data`` as text: bytes decoded by their byte-order mark or declared encoding."""
    if isinstance(data, bytes | bytearray | memoryview):
        text = _decode(bytes(data), what)
    elif isinstance(data, str):
        text = data
    else:
        raise TypeError(f"loads() takes str or bytes, not {type(data).__name__}")
    return text.removeprefix("\ufeff")


def parse(data: str | bytes, what: str) -> etree._Element:
    """The root element of ``data``; :class:`FormatError` with line and column when it is not
    well-formed XML or declares entities."""
    text = text_of(data, what)
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise FormatError(f"{what}: a lone surrogate is not a character", text, surrogate.start())
    for pattern, reason in (
        (_ENTITY_DECL, "entity declarations are not allowed"),
        (_INTERNAL_SUBSET, "an internal DTD subset is not allowed"),
    ):
        found = pattern.search(text)
        if found:
            raise FormatError(f"{what}: {reason}", text, found.start())
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        encoding="utf-8",
    )
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        message = _WHERE.sub("", exc.msg)
        raise FormatError(f"{what}: {message}", lineno=line, colno=column) from None
    if root is None:  # pragma: no cover - lxml raises for empty documents
        raise FormatError(f"{what}: empty document", lineno=1)
    return root


def local(tag: object) -> str:
    """The local part of an element's tag (``"chapter"`` for ``"{ns}chapter"``)."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def line(element: etree._Element) -> int | None:
    """The line ``element`` starts on, when lxml knows it."""
    number = element.sourceline
    return number if isinstance(number, int) else None
