"""Bytes to text: the sniffing the text and HTML paths share, and the HTML path's decoder.

A page is read as a browser reads it: a BOM decides; then UTF-16 without one (a NUL in
every other byte); then the charset the page declares, UTF-8 and windows-1252, the first
that decodes the whole page. windows-1252 reads any bytes (its five unassigned ones as
the C1 controls the HTML standard makes them), so no byte is replaced and there is never
a statistical guess: bs4's UnicodeDammit falls back to chardet, seconds per MB.
"""

from __future__ import annotations

import codecs

from bs4.dammit import EncodingDetector, UnicodeDammit

from .errors import InputError

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
BINARY_SIGNATURES = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")
# Browsers look for <meta charset> in the first 1024 bytes and bs4 in the first 2 KB (or 5%
# of the page); a long <head> of inline scripts declares it later. A look this far costs
# about 0.1 ms, and only on a page that declares nothing earlier.
_PRESCAN = 65536
# Declared charsets read otherwise (codec name -> codec, None: ignore the declaration).
# The HTML standard: a page whose own bytes declare UTF-16 is not UTF-16 (a UTF-16 page
# has a BOM, or NULs that utf16_without_bom finds), so it is UTF-8. (A declared UTF-32
# needs no entry: 8-bit bytes never decode as UTF-32, so UTF-8 is tried next.) The rest
# decode bytes but are no web charset (UTF-7 was dropped from the web as a script-injection risk).
_READ_AS: dict[str, str | None] = {
    "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
    "utf-7": None, "unicode-escape": None, "raw-unicode-escape": None,
}
# windows-1252's unassigned bytes, as surrogateescape leaves them -> the C1 control of that number.
_UNASSIGNED = {0xDC00 + b: b for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def refuse_binary(data: bytes) -> None:
    if data.startswith(BINARY_SIGNATURES):
        raise InputError("input is binary data (an image, archive or PDF), not text")


def split_bom(data: bytes) -> tuple[str | None, bytes]:
    """``(codec, rest)`` for bytes that open with a BOM, else ``(None, data)``."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, data[len(bom):]
    return None, data


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly-Latin text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd >= 0.4 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def declared_codec(data: bytes) -> str | None:
    """The codec for the charset the page declares (``<meta>``, XML declaration), if it names one."""
    label = EncodingDetector.find_declared_encoding(data, is_html=True) or EncodingDetector.find_declared_encoding(
        data[:_PRESCAN], is_html=True, search_entire_document=True
    )
    if not label:
        return None
    try:
        name = codecs.lookup(UnicodeDammit.CHARSET_ALIASES.get(label, label)).name
    except (LookupError, ValueError):  # an unknown name, or one with a NUL in it
        return None
    return _READ_AS.get(name, name)


def windows_1252(data: bytes) -> str:
    """windows-1252 as the HTML standard defines it: every byte is a character."""
    return data.decode("windows-1252", "surrogateescape").translate(_UNASSIGNED)


def decode_html(data: bytes | bytearray | memoryview) -> str:
    """A page's bytes (or bytearray, memoryview) as text, without NULs."""
    data = bytes(data)
    refuse_binary(data)
    codec, data = split_bom(data)
    codec = codec or utf16_without_bom(data)
    if codec and codec != "utf-8":
        text = data.decode(codec, "replace")  # a UTF-16/32 BOM or NUL pattern leaves no other reading
    else:
        text = _first_fit(data, (codec or declared_codec(data), "utf-8"))
    # Dropped as the text path drops them (libxml2 would make each a U+FFFD). Only a NUL byte
    # decodes to one, and bytes are searched far faster than text.
    return text.replace("\x00", "") if b"\x00" in data else text


def _first_fit(data: bytes, codecs_: tuple[str | None, ...]) -> str:
    for codec in codecs_:
        if codec:
            try:
                return data.decode(codec)
            except (UnicodeError, LookupError):  # LookupError: a codec that is no text encoding (base64)
                pass
    return windows_1252(data)
