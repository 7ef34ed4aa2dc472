"""Podcasting 2.0 HTML transcripts: ``<cite>Speaker:</cite> <time>0:00</time> <p>…</p>``.

In document order, ``<cite>`` names the speaker (a trailing colon dropped: the spec writes both
``Kevin:`` and ``Alban :``), ``<time>`` gives the start of the next monologue and each ``<p>``
is a monologue: one turn, spoken by the last speaker named. Read only: the spec calls the
format low-fidelity, for accessibility and search. Parsed by lxml with the network off.
"""

from __future__ import annotations

import re
from typing import Final

from shownotes.model.errors import FormatError, TimestampError
from shownotes.model.timestamps import Timestamp, parse
from shownotes.model.transcripts import Transcript, Turn
from shownotes.transcripts._names import fold

_TIME_TAG: Final = re.compile(r"<time\b", re.IGNORECASE)


def _position(text: str, line: int | None) -> int:
    """The offset of the ``<time`` tag on 1-based ``line`` of ``text`` (or the line's start)."""
    start = 0
    for _ in range((line or 1) - 1):
        start = text.find("\n", start) + 1
    found = _TIME_TAG.search(text, start)
    return found.start() if found is not None else start


def loads(text: str) -> Transcript:
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True)
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except etree.ParserError:  # nothing but white space or comments
        return Transcript(())
    turns: list[Turn] = []
    speaker: str | None = None
    start: Timestamp | None = None
    for element in root.iter("cite", "time", "p"):
        content = fold("".join(str(part) for part in element.itertext()))
        if element.tag == "cite":
            speaker = content.rstrip(":").rstrip() or None
        elif element.tag == "time":
            written = content or element.get("datetime", "")
            try:
                start = parse(written)
            except TimestampError as exc:
                line = element.sourceline if isinstance(element.sourceline, int) else None
                raise FormatError(exc.msg, text, _position(text, line)) from None
        elif content:
            turns.append(Turn(start, speaker, content))
            start = None
    return Transcript(tuple(turns))
