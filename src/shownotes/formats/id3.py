"""ID3v2 chapters (``CHAP`` and ``CTOC`` frames), the chapters of MP3 files. Needs mutagen:
``pip install 'shownotes[id3]'``.

``dumps`` returns an ID3v2.3 tag (bytes) holding one ``CHAP`` frame per chapter and a top-level
``CTOC`` listing them; ``loads`` reads the tag at the start of MP3 bytes. :func:`write` puts the
chapters into an MP3 file (other frames are kept) and :func:`read` reads them from one.

Precision: 1 ms; times are 32-bit milliseconds, so chapters must start and end before 49.7
days. Kept: start, end, title (``TIT2``), url (``WXXX``), image (a linked ``APIC`` picture, MIME
type ``-->``) and toc (a chapter missing from the table of contents is not in the top-level
``CTOC``). ID3 needs an end for every chapter, so a missing end is written as the next
chapter's start and the last one's as its own start; an end equal to the start reads back as
no end. ID3 urls are Latin-1, so :func:`normalize` percent-encodes (as UTF-8) every character
of a url or image url outside printable ASCII; NUL separates ID3 text values, so it is dropped
from titles, and a lone surrogate (no encoding writes one) becomes U+FFFD. Times past
:data:`MAX_MS` are a :class:`~shownotes.errors.FormatError`. Not expressible: location.
Chapters are read and written in order of their start.

>>> from shownotes.chapters import Chapter, Chapters
>>> from shownotes.timestamps import Timestamp
>>> tag = dumps(Chapters([Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(46_000), "AI")]))
>>> tag[:3], len(tag)
(b'ID3', 142)
>>> [(str(c.start), str(c.end), c.title) for c in loads(tag)]
[('0:00', '0:46', 'Intro'), ('0:46', 'None', 'AI')]
"""

from __future__ import annotations

import io
import os
import re
from typing import Any, Final

from shownotes.chapters import Chapter, Chapters
from shownotes.errors import FormatError
from shownotes.formats._common import check, end_or_none, fill_ends, unicode_text
from shownotes.timestamps import Timestamp

__all__ = ["BINARY", "EXTENSION", "NAME", "PRECISION", "dumps", "loads", "normalize", "read"]
__all__ += ["write"]

NAME: Final = "id3"
EXTENSION: Final = ".id3"
BINARY: Final = True
PRECISION: Final = "1 ms; start, end (always written), title, url, image and toc are kept"
#: The largest time an ID3 ``CHAP`` frame holds, in milliseconds.
MAX_MS: Final = 0xFFFF_FFFE

_NOT_URI: Final = re.compile(r"[^\x21-\x7e]+")
_ID: Final = re.compile(r"chp(\d{1,9})")
_LINKED: Final = "-->"


def _mutagen() -> Any:
    try:
        from mutagen import id3
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("the id3 format needs mutagen: pip install 'shownotes[id3]'") from None
    return id3


def _uri(url: str | None) -> str | None:
    if url is None:
        return None
    return _NOT_URI.sub(
        lambda m: "".join(f"%{b:02X}" for b in unicode_text(m.group()).encode()), url
    )


def normalize(chapters: Chapters, *, duration: Timestamp | None = None) -> Chapters:
    """``chapters`` as ID3 keeps them: ends filled as written, urls in ASCII, titles without
    NUL, no location; in order of their start."""
    # Sorted before the ends are filled, so that normalizing twice changes nothing.
    ordered = Chapters(tuple(sorted(check(chapters), key=lambda c: c.start.ms)))
    return Chapters(
        tuple(
            Chapter(
                c.start,
                unicode_text(c.title.replace("\x00", "")),
                c.end,
                url=_uri(c.url),
                image=_uri(c.image),
                toc=c.toc,
            )
            for c in fill_ends(ordered, duration)
        )
    )


def _frames(chapters: Chapters, duration: Timestamp | None) -> list[Any]:
    """The CTOC frame, then one CHAP frame per chapter in order of start."""
    id3 = _mutagen()
    chapters = normalize(chapters, duration=duration)
    ids = [f"chp{i}" for i in range(len(chapters))]
    frames = [
        id3.CTOC(
            element_id="toc",
            flags=id3.CTOCFlags.TOP_LEVEL | id3.CTOCFlags.ORDERED,
            child_element_ids=[i for i, c in zip(ids, chapters, strict=True) if c.toc],
            sub_frames=[],
        )
    ]
    for element_id, chapter in zip(ids, chapters, strict=True):
        end = chapter.end if chapter.end is not None else chapter.start
        if end.ms > MAX_MS:
            raise FormatError(
                f"ID3 chapter times stop at {Timestamp(MAX_MS)} (49.7 days); got {end}"
            )
        sub_frames = []
        if chapter.title:
            sub_frames.append(id3.TIT2(encoding=id3.Encoding.UTF16, text=[chapter.title]))
        if chapter.url is not None:
            sub_frames.append(id3.WXXX(encoding=id3.Encoding.UTF16, desc="", url=chapter.url))
        if chapter.image is not None:
            sub_frames.append(
                id3.APIC(
                    encoding=id3.Encoding.UTF16,
                    mime=_LINKED,
                    type=id3.PictureType.OTHER,
                    desc="",
                    data=chapter.image.encode("ascii"),
                )
            )
        frames.append(
            id3.CHAP(
                element_id=element_id,
                start_time=chapter.start.ms,
                end_time=end.ms,
                sub_frames=sub_frames,
            )
        )
    return frames


def _syncsafe(size: int) -> bytes:
    return bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))


def _serialize(frames: list[Any]) -> bytes:
    # mutagen's save() orders frames by size; players that ignore CTOC (FFmpeg among them)
    # list chapters in frame order, so the frames are written here in the order given.
    from mutagen.id3 import _tags, _util

    save_frame: Any = _tags.save_frame
    make_config: Any = _util.ID3SaveConfig
    # ID3v2.3: plain frame sizes. In v2.4 they are syncsafe, and mutagen's guess at iTunes'
    # old non-syncsafe sizes misreads some valid v2.4 chapter tags (it skipped chapters).
    config = make_config(3, "/")
    body = b"".join(save_frame(frame, config=config) for frame in frames)
    if len(body) >= 1 << 28:
        raise ValueError("the chapters do not fit in an ID3v2 tag (256 MB)")
    return b"ID3\x03\x00\x00" + _syncsafe(len(body)) + body


def dumps(chapters: Chapters, *, duration: Timestamp | None = None) -> bytes:
    """An ID3v2.3 tag holding ``chapters`` (prepend it to MP3 audio, or use :func:`write`).

    ``duration``, the episode's length, ends the last chapter (otherwise it is written as
    ending where it starts, which reads back as no end).
    """
    return _serialize(_frames(check(chapters), duration))


def _chapters(tag: Any) -> Chapters:
    listed: set[str] | None = None
    for toc in tag.getall("CTOC"):
        listed = (listed or set()) | set(toc.child_element_ids)
    found = []
    for order, frame in enumerate(tag.getall("CHAP")):
        start = Timestamp(frame.start_time)
        end = None if frame.end_time < frame.start_time else Timestamp(frame.end_time)
        titles = frame.sub_frames.getall("TIT2")
        title = "/".join(str(t) for t in titles[0].text) if titles else ""
        urls = frame.sub_frames.getall("WXXX")
        pictures = [p for p in frame.sub_frames.getall("APIC") if p.mime == _LINKED]
        chapter = Chapter(
            start,
            title,
            end_or_none(start, end),
            url=urls[0].url if urls else None,
            image=pictures[0].data.decode("latin-1") if pictures else None,
            toc=listed is None or frame.element_id in listed,
        )
        number = _ID.fullmatch(frame.element_id)
        found.append((start.ms, int(number.group(1)) if number else order, chapter))
    found.sort(key=lambda item: item[:2])
    return Chapters(tuple(chapter for _, _, chapter in found))


def _load(source: Any) -> Any:
    id3 = _mutagen()
    from mutagen import MutagenError

    try:
        return id3.ID3(source)
    except id3.ID3NoHeaderError:
        raise FormatError("ID3: no ID3v2 tag at the start of the data", pos=0) from None
    except (MutagenError, ValueError, EOFError) as exc:
        raise FormatError(f"ID3: {exc}", pos=0) from None


def loads(data: bytes) -> Chapters:
    """The chapters in the ID3v2 tag at the start of ``data`` (an MP3 file's bytes).

    An end before its start is read as no end. :class:`~shownotes.errors.FormatError` when
    there is no ID3v2 tag or mutagen cannot read it.

    >>> loads(b"not an mp3")
    Traceback (most recent call last):
      ...
    shownotes.errors.FormatError: ID3: no ID3v2 tag at the start of the data
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"ID3 loads() takes bytes, not {type(data).__name__}")
    return _chapters(_load(io.BytesIO(bytes(data))))


def read(path: str | os.PathLike[str]) -> Chapters:
    """The chapters of the MP3 file at ``path``."""
    return _chapters(_load(os.fspath(path)))


def _tag_size(data: bytes) -> int:
    """The length of the ID3v2 tag ``data`` starts with (0 when there is none)."""
    if len(data) < 10 or not data.startswith(b"ID3"):
        return 0
    size = 0
    for byte in data[6:10]:
        size = (size << 7) | (byte & 0x7F)
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def write(
    path: str | os.PathLike[str], chapters: Chapters, *, duration: Timestamp | None = None
) -> None:
    """Put ``chapters`` into the MP3 file at ``path`` as an ID3v2.3 tag: its chapter frames
    are replaced, every other frame is kept, the audio after the tag is untouched.
    ``duration`` ends the last chapter, as in :func:`dumps`."""
    id3 = _mutagen()
    frames = _frames(check(chapters), duration)
    try:
        existing = id3.ID3(os.fspath(path))
    except id3.ID3NoHeaderError:
        existing = None
    kept = []
    if existing is not None:
        existing.update_to_v23()  # the tag is rewritten as v2.3, as dumps writes it
        kept = [f for f in existing.values() if f.FrameID not in ("CHAP", "CTOC")]
    with open(path, "rb") as file:
        data = file.read()
    with open(path, "wb") as file:
        file.write(_serialize(kept + frames) + data[_tag_size(data) :])
