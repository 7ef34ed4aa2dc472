"""Apple chapters XML: the GPAC 3GPP text stream (TTXT) that MP4 chapter tracks are made from
(``MP4Box``, NVEncC's ``--chapter``, chaptertool), one ``TextSample`` per chapter.

Precision: 1 ms (``sampleTime="HH:MM:SS.mmm"``). Kept: start, title (on one line, outer white
space dropped) and the end of the last chapter: a sample lasts until the next one, and a final
sample with empty text ends the chapter before it (NVEncC's example ends so). The ends of other
chapters are not expressible, so :func:`normalize` drops them; an untitled chapter would read
as such an end marker, so it is written by its place in the list (``Chapter N``, as mp4chaps
writes it). A title may be the sample's text or its ``text`` attribute. Not expressible: url, image,
toc, location. Reading is safe, as for PSC: no entities, no DTD loading, no network.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> text = dumps(Chapters([Chapter(Timestamp(39_706), "One"),
...                        Chapter(Timestamp(69_703), "Two & more", Timestamp(88_289))]))
>>> print(text)
<?xml version="1.0" encoding="UTF-8"?>
<TextStream version="1.1">
  <TextStreamHeader>
    <TextSampleDescription>
    </TextSampleDescription>
  </TextStreamHeader>
  <TextSample sampleTime="00:00:39.706">One</TextSample>
  <TextSample sampleTime="00:01:09.703">Two &amp; more</TextSample>
  <TextSample sampleTime="00:01:28.289" text=""/>
</TextStream>
>>> loads(text)[1].end
Timestamp(ms=88289)
"""

from __future__ import annotations

from typing import Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats import _json, _xml
from shownotes.formats._common import check, check_range, one_line, xml_escape, xml_text

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize"]

NAME: Final = "apple"
EXTENSION: Final = ".ttxt"
BINARY: Final = False
PRECISION: Final = "1 ms; start, title (one line) and the last chapter's end are kept"


def normalize(chapters: Chapters) -> Chapters:
    """``chapters`` as Apple chapters XML keeps them (see the module's description)."""
    kept = [
        Chapter(c.start, one_line(xml_text(c.title)) or f"Chapter {n}")
        for n, c in enumerate(check(chapters), 1)
    ]
    if kept:
        last = check(chapters)[-1]
        kept[-1] = Chapter(last.start, kept[-1].title, last.end)
    return Chapters(tuple(kept))


def dumps(chapters: Chapters) -> str:
    """``chapters`` as a TTXT document of chapter samples."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TextStream version="1.1">',
        "  <TextStreamHeader>",
        "    <TextSampleDescription>",
        "    </TextSampleDescription>",
        "  </TextStreamHeader>",
    ]
    chapters = check_range(normalize(chapters), "Apple chapters XML")
    for chapter in chapters:
        start = f"{chapter.start:hh:mm:ss.mmm}"
        out.append(f'  <TextSample sampleTime="{start}">{xml_escape(chapter.title)}</TextSample>')
    if chapters and chapters[-1].end is not None:
        out.append(f'  <TextSample sampleTime="{chapters[-1].end:hh:mm:ss.mmm}" text=""/>')
    out.append("</TextStream>")
    return "\n".join(out) + "\n"


def loads(data: str | bytes) -> Chapters:
    """The chapters of a TTXT document, in document order.

    :class:`~shownotes.errors.FormatError` with the line for XML that is not well-formed, is
    not a ``TextStream``, or has a sample without a valid ``sampleTime``.

    >>> loads('<TextStream><TextSample sampleTime="1:00"/></TextStream>')
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: Apple chapters XML: sampleTime is not a time ...: '1:00' (line 1)
    """
    root = _xml.parse(data, "Apple chapters XML")
    if _xml.local(root.tag) != "TextStream":
        raise FormatError("Apple chapters XML: no TextStream element", lineno=_xml.line(root))
    samples = []
    for element in root:
        if _xml.local(element.tag) != "TextSample":
            continue
        try:
            start = _json.clock(element.get("sampleTime"), "sampleTime")
        except FormatError as exc:
            raise FormatError(f"Apple chapters XML: {exc.msg}", lineno=_xml.line(element)) from None
        attribute = element.get("text")
        if attribute is None:
            attribute = "".join(str(part) for part in element.itertext())
        title = attribute
        samples.append((start, title.strip(), _xml.line(element)))
    chapters = [Chapter(start, title) for start, title, _ in samples]
    if len(chapters) > 1 and not chapters[-1].title:
        end, before = chapters.pop().start, chapters[-1]
        if end < before.start:
            raise FormatError(
                "Apple chapters XML: the end sample comes before the last chapter",
                lineno=samples[-1][2],
            )
        chapters[-1] = Chapter(before.start, before.title, end if end > before.start else None)
    return Chapters(tuple(chapters))
