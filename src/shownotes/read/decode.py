"""Bytes to text: :func:`decode` never raises, whatever the encoding."""

from __future__ import annotations

import codecs
import re

__all__ = ["decode"]

_ASCII_BYTES = bytes(range(128))
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """Text from bytes in any common encoding; never raises ``UnicodeDecodeError``.

    A byte-order mark wins; then UTF-8; then UTF-16 without a mark (told by its zero bytes);
    then Windows-1251 when the bytes read as Cyrillic words (see :func:`_cyrillic`); then what
    beautifulsoup4's ``UnicodeDammit`` detects (declared charsets included); and last
    Windows-1252, with undecodable bytes replaced.

    >>> decode("Café".encode("utf-16")), decode("Café".encode("latin-1"))
    ('Café', 'Café')
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        return data.decode("utf-16-be" if even_zeros > odd_zeros else "utf-16-le", "replace")
    if _cyrillic(sample):
        return data.decode("cp1251", errors="replace")
    from bs4.dammit import UnicodeDammit

    guess = UnicodeDammit(data, ["utf-8", "windows-1252"])
    if guess.unicode_markup is not None:
        return guess.unicode_markup
    return data.decode("windows-1252", errors="replace")  # pragma: no cover - dammit decides


_WORD_8BIT = re.compile(rb"[A-Za-z\xa8\xb8\xc0-\xff]+")
_ASCII_LETTER = re.compile(rb"[A-Za-z]")


def _cyrillic(sample: bytes) -> bool:
    """Whether 8-bit ``sample`` is Windows-1251 Cyrillic rather than Windows-1252 Latin.

    Cue sheets and tag dumps from Russian Windows tools are Windows-1251 (deflacue's and
    pylibcue's test sheets): there letters 0xC0-0xFF make whole words. In Windows-1252 text the
    same bytes are accented letters inside words of ASCII letters (``Café``, ``Größe``).
    """
    cyrillic = latin = 0
    for word in _WORD_8BIT.findall(sample):
        if _ASCII_LETTER.search(word) is None:
            cyrillic += len(word) >= 2
        elif len(word.translate(None, _ASCII_BYTES)) > 0:
            latin += 1
    return cyrillic > latin
