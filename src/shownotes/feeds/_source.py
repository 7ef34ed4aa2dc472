"""Reading a feed's XML safely and without losing it: strict, then recovered, then re-decoded.

lxml runs with no entity resolution, no DTD loading, no network and no huge trees; a prolog
that declares entities is refused outright. :func:`elements` streams the items (``iterparse``:
each item is dropped from the tree once read, so memory stays flat) and then the channel. When
the strict reading fails, the feed is read again with ``recover=True``; when the declared
encoding is wrong (U+FFFD appears, or libxml2 reports bad bytes), the bytes are decoded with
:func:`shownotes.decode` and read again. Items already given are not given twice.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

import attrs

from shownotes.model.errors import FeedError, Problem

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["KEYS", "Opened", "elements", "key", "open_source", "root_name"]

# Namespace URIs of one vocabulary vary (http/https, trailing slashes, the Podcasting 2.0
# namespace's official URI and the GitHub-docs URI early feeds declared): each is matched by a
# part of its URI and read under its usual prefix.
_FAMILIES: Final = (
    ("itunes.com/dtds/podcast", "itunes"),
    ("podcastindex.org/namespace", "podcast"),
    ("podcastindex-org/podcast-namespace", "podcast"),
    ("purl.org/rss/1.0/modules/content", "content"),
    ("podlove.org/simple-chapters", "psc"),
    ("google.com/schemas/play-podcasts", "googleplay"),
    ("search.yahoo.com/mrss", "media"),
    ("rssboard.org/media-rss", "media"),
    ("w3.org/2005/atom", "atom"),
    ("purl.org/dc/elements/1.1", "dc"),
    ("youtube.com/xml/schemas/2015", "yt"),
    ("w3.org/1999/02/22-rdf-syntax-ns", "rdf"),
)
_RSS1: Final = "purl.org/rss/1.0"  # RSS 1.0's own elements read as RSS 2.0's
_PREFIXES: Final = frozenset(prefix for _part, prefix in _FAMILIES)
#: Tag -> key, filled as tags are met: tags repeat in every item, so it stays small.
KEYS: dict[str, str] = {}

_ENTITY_DECL: Final = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT_START: Final = re.compile(rb"<([A-Za-z_][\w.:-]{0,100})")
_PROLOG_SCAN: Final = 1 << 20  # a prolog past 1 MB is no feed's
_ENCODING_FAULT: Final = re.compile(r"encoding|not proper UTF|Bytes: 0x|Invalid bytes", re.I)
ITEM_TAGS: Final = ("{*}item", "{*}entry", "{*}channel", "{*}feed")
_MAX_PROBLEM_TEXT: Final = 200


def key(tag: object) -> str:
    """An element's tag as ``prefix:local`` for the vocabularies feeds use (``itunes:duration``,
    ``podcast:chapters``), whatever URI the feed declared; plain RSS elements by local name;
    an undeclared ``itunes:`` prefix (which recovery leaves in the name) like a declared one.
    """
    if not isinstance(tag, str):
        return ""  # a comment or a processing instruction
    found = KEYS.get(tag)
    if found is not None:
        return found
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        lowered = uri.casefold()
        prefix = next((p for part, p in _FAMILIES if part in lowered), None)
        if prefix is not None:
            found = f"{prefix}:{local}"
        elif _RSS1 in lowered:
            found = local
        else:
            found = tag
    else:
        prefix, colon, local = tag.partition(":")
        known = colon and prefix.casefold() in _PREFIXES
        found = f"{prefix.casefold()}:{local}" if known else tag
    if len(KEYS) < 10_000:  # a hostile feed's endless new tags are not cached
        KEYS[tag] = found
    return found


@attrs.frozen
class Opened:
    """A feed to read: its bytes, or the path of its file (read as it streams)."""

    data: bytes | None = None
    path: str | None = None

    def head(self, size: int) -> bytes:
        if self.data is not None:
            return self.data[:size]
        assert self.path is not None
        with open(self.path, "rb") as file:
            return file.read(size)

    def whole(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return Path(self.path).read_bytes()


def open_source(data: object) -> Opened:
    """``data`` (bytes, feed text, or a path) as an :class:`Opened` feed."""
    if isinstance(data, bytes | bytearray | memoryview):
        return Opened(data=bytes(data))
    if isinstance(data, str):
        if data.lstrip("\ufeff \t\r\n").startswith("<"):
            # Text is read as UTF-8, whatever its declaration says.
            return Opened(data=_redeclared(data))
        data = Path(data)
    if isinstance(data, os.PathLike):
        path = os.fspath(data)
        if not isinstance(path, str) or not os.path.isfile(path):
            raise FeedError(f"no such feed file: {path!r}")
        return Opened(path=path)
    raise TypeError(f"feeds take bytes, text or a path, not {type(data).__name__}")


_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]{0,300}\?>")


def _redeclared(text: str) -> bytes:
    """``text`` as UTF-8 bytes that say so (its own declaration may name another encoding)."""
    text = text.removeprefix("\ufeff")
    body = _DECLARATION.sub("", text, count=1)
    return b'<?xml version="1.0" encoding="UTF-8"?>' + body.lstrip().encode("utf-8", "replace")


def root_name(head: bytes | str) -> str | None:
    """The name of the first element in ``head`` (``"rss"``, ``"feed"``), skipping the
    declaration, comments, processing instructions and a doctype; ``None`` if none starts."""
    data = head.encode("utf-8", "replace") if isinstance(head, str) else head
    data = data.replace(b"\x00", b"")  # UTF-16 read bytewise still shows its ASCII tags
    pos = 0
    while True:
        found = _ROOT_START.search(data, pos)
        if found is None:
            return None
        before = data.rfind(b"<!--", pos, found.start())
        if before != -1 and data.find(b"-->", before) > found.start():
            end = data.find(b"-->", before)
            pos = end + 3
            continue
        return found.group(1).decode("ascii", "replace")


def _check_prolog(source: Opened) -> None:
    head = source.head(_PROLOG_SCAN)
    root = _ROOT_START.search(head)
    prolog = head[: root.start()] if root else head
    if root is None and b"<!DOCTYPE" in head.upper():
        raise FeedError("the feed's DTD runs past its first megabyte: refused")
    found = _ENTITY_DECL.search(prolog)
    if found:
        raise FeedError(
            "the feed declares entities (<!ENTITY in its DTD): refused, a feed never needs them",
            pos=found.start(),
        )


def _parser_args(recover: bool) -> dict[str, object]:
    return {
        "recover": recover,
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
        "remove_comments": True,
        "remove_pis": True,
        "remove_blank_text": False,
    }


def _problem(
    code: str, message: str, line: int | None = None, column: int | None = None
) -> Problem:
    return Problem(code, message[:_MAX_PROBLEM_TEXT], None, line, column)


def _fault(exc: etree.XMLSyntaxError) -> tuple[str, int | None, int | None]:
    """The first error libxml2 logged (iterparse may raise a later, vaguer one)."""
    logged = [entry for entry in exc.error_log if entry.message]  # type: ignore[attr-defined]
    if logged:
        first = logged[0]
        return first.message.strip(), (first.line or None), (first.column or None)
    line, column = exc.position if exc.position else (0, 0)
    message = re.sub(r",? line \d+, column \d+$", "", exc.msg or str(exc))
    return message, (line or None), (column or None)


class _Mojibake(Exception):
    """The declared encoding was wrong: U+FFFD appeared in recovered text."""


def elements(source: Opened, problems: list[Problem]) -> Iterator[tuple[str, etree._Element]]:
    """``("item", element)`` for each item or entry, in order, then ``("channel", element)``
    for the channel (RSS) or the feed (Atom), holding the children that are not items; what
    had to be done to read it is appended to ``problems`` as it happens.

    Raises :class:`FeedError` when no feed can be read at all.
    """
    from lxml import etree

    _check_prolog(source)
    given = 0
    attempts: list[tuple[Opened, bool]] = [(source, False), (source, True)]
    redecoded = False
    index = 0
    while index < len(attempts):
        opened, recover = attempts[index]
        index += 1
        seen = 0
        channel = None
        previous: etree._Element | None = None
        # Our own file object: closed with this generator, even when a caller stops early.
        stream: BinaryIO = (
            open(opened.path, "rb")  # noqa: SIM115 - closed in the finally below
            if opened.path is not None
            else io.BytesIO(opened.data or b"")
        )
        etree.clear_error_log()  # lxml's log is per thread: its first error must be ours
        parts = etree.iterparse(
            stream, events=("end",), tag=ITEM_TAGS, encoding=None, **_parser_args(recover)
        )
        try:
            for _event, element in parts:
                name = key(element.tag)
                if name in ("item", "atom:entry"):
                    seen += 1
                    if recover and not redecoded and _has_mojibake(element):
                        raise _Mojibake
                    if seen > given:
                        given = seen
                        yield "item", element
                    # Read items leave the tree (the last one as an empty shell): flat memory.
                    element.clear(keep_tail=False)
                    if previous is not None:
                        parent = previous.getparent()
                        if parent is not None:
                            parent.remove(previous)
                    previous = element
                elif name in ("channel", "atom:feed", "feed") and channel is None:
                    channel = element
        except etree.XMLSyntaxError as exc:
            message, line, column = _fault(exc)
            if not redecoded and _ENCODING_FAULT.search(message):
                redecoded = True
                problems.append(
                    _problem("feed-encoding", f"{message}: decoded again", line, column)
                )
                attempts[index:] = _redecode(source)
            else:
                problems.append(
                    _problem("feed-recovered", f"not well-formed XML ({message})", line, column)
                )
            continue
        except _Mojibake:
            redecoded = True
            problems.append(
                _problem("feed-encoding", "the declared encoding is wrong (U+FFFD appeared)")
            )
            attempts[index:] = _redecode(source)
            continue
        finally:
            stream.close()
        root = parts.root
        if root is None:
            raise FeedError("no XML could be read from the feed")
        if channel is None and key(root.tag) in ("rss", "rdf:RDF", "atom:feed", "feed"):
            channel = root.find("{*}channel") if key(root.tag) != "atom:feed" else root
            if channel is None:
                channel = root
        if channel is None:
            raise FeedError(f"not an RSS or Atom feed: its root element is <{root.tag}>")
        yield "channel", channel
        return
    raise FeedError(problems[-1].message if problems else "the feed cannot be read")


def _redecode(source: Opened) -> list[tuple[Opened, bool]]:
    from shownotes.read.decode import decode

    fixed = Opened(data=_redeclared(decode(source.whole())))
    return [(fixed, False), (fixed, True)]


def _has_mojibake(element: etree._Element) -> bool:
    for text in element.itertext():
        if "\ufffd" in text:
            return True
    return any("\ufffd" in value for child in element.iter() for value in child.attrib.values())
