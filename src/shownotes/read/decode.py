"""Bytes to text: :func:`decode` never raises, whatever the encoding."""

from __future__ import annotations

import codecs

__all__ = ["decode"]

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
    then what beautifulsoup4's ``UnicodeDammit`` detects (declared charsets included); and
    last Windows-1252, with undecodable bytes replaced.

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
    from bs4.dammit import UnicodeDammit

    guess = UnicodeDammit(data, ["utf-8", "windows-1252"])
    if guess.unicode_markup is not None:
        return guess.unicode_markup
    return data.decode("windows-1252", errors="replace")  # pragma: no cover - dammit decides
