"""Step 1, read: bytes or str in, one clean str out.

Everything downstream (spans in ``Removal``) indexes the string this returns, so the
steps here must be idempotent: normalising normalised text changes nothing.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import ftfy
import ftfy.badness
import regex
from bs4.dammit import UnicodeDammit

from .decoding import refuse_binary, split_bom, utf16_without_bom
from .drop_caps import join_drop_caps
from .errors import InputError

if sys.version_info >= (3, 11):
    from re import _parser as re_parser  # type: ignore[attr-defined]  # (typeshed omits it)
else:  # pragma: no cover
    import sre_parse as re_parser

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,  # HTML entities are the segmenter's business, not ours
    uncurl_quotes=False,  # keep the publisher's typography
    fix_latin_ligatures=False,
    fix_character_width=False,  # full-width forms are meaningful in CJK text
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)
# Zero-width and other invisible format characters that only break words apart.
# ZWJ (U+200D) stays: it joins emoji sequences.
_INVISIBLE = regex.compile(r"[\u200b\u200c\u2060\ufeff\u00ad\u180e]")
# A ZWJ next to a space or a line's end joins nothing: page builders leave it as an
# "empty" paragraph, which would read as one more line of furniture.
STRAY_ZWJ = regex.compile(r"(?<!\S)\u200d+|\u200d+(?!\S)")
_SPACES = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# A no-break space read as Latin-1 is "Â\xa0"; a renderer that folds the space or strips it at
# the line's end leaves "Â" alone, which ftfy reads as text. No word ends in a capital Â after
# a small letter, a digit or a mark, so there it is the mojibake's rest.
NBSP_REST = regex.compile(r"(?<![\p{Lu}\p{Lt}])Â(?= |$)", regex.M)
# Anchored at the start of a run (lookbehind) and possessive: a long run of spaces
# inside a line is scanned once, not once per space (that was quadratic).
_TRAILING = regex.compile(r"(?<![ ])[ ]++$", regex.M)


def _trailing(m: regex.Match[str]) -> str:
    """A line's trailing spaces go, but one stays after a word or comma with a line below it:
    a text node's own space before an inline tag ("visit the " / "Full Results"), which says
    the sentence goes on there (segment's reading of BeautifulSoup's get_text("\\n"))."""
    text, start, end = m.string, m.start(), m.end()
    if start and (text[start - 1].isalnum() or text[start - 1] == ",") and text[end + 1 : end + 2].strip():
        return " "
    return ""


_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes) -> str:
    """Decode bytes, trusting a BOM or declared charset first, then detection."""
    if not data:
        return ""
    refuse_binary(data)
    codec, rest = split_bom(data)
    if codec is not None:
        try:
            return rest.decode(codec)
        except UnicodeDecodeError:
            pass  # broken bytes after the BOM: read on as if it were not there
    if (utf16 := utf16_without_bom(data)) is not None:
        return data.decode(utf16, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        dammit = UnicodeDammit(data, ["utf-8", "windows-1252", "latin-1"], is_html=b"<" in data[:4096])
    text = dammit.unicode_markup
    if text is None:
        raise InputError("input bytes could not be decoded as text")
    return text


def looks_binary(text: str) -> bool:
    """NUL bytes or a high share of control characters mean this is not text."""
    sample = text[:65536]
    if not sample:
        return False
    bad = sample.count("\x00") + len(_CONTROL.findall(sample))
    return bad > 0.1 * len(sample) or "\x00\x00\x00" in sample


def normalise(text: str | bytes) -> str:
    """Repair and normalise text: encoding, mojibake, line ends, odd spaces, controls."""
    text = decode(bytes(text)) if isinstance(text, (bytes, bytearray)) else text
    return _normalise_text(text)


def _normalise_text(text: str, rounds: int = 3) -> str:
    given = text
    if looks_binary(text):
        raise InputError("input looks like binary data (NUL or control bytes), not text")
    text = fix_surrogates(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # C0 controls first: no mojibake holds one, and one can split mojibake ("Â\x1f¡") that
    # its removal would then join for the next read to repair.
    text = _CONTROL.sub("", text)
    if not text.isascii():
        text = _repair_if_bad(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if "Â" in text:
        text = NBSP_REST.sub("", text)
    if "\u200d" in text:
        text = STRAY_ZWJ.sub("", text)
    text = _TRAILING.sub(_trailing, text)
    text = join_drop_caps(text)
    if rounds > 1 and text != given and not text.isascii() and _needs_repair(text):
        # Any change can make a repair's result, or text read as sound, read as mojibake:
        # folding spaces ("\x8cß\xa0" -> "Œß", MacRoman for "Χ"), composing accents
        # ("€e\u0301" -> "€é"), dropping an invisible ("\ufeffÂ Â"). Normalising normalised
        # text must change nothing, so the changed text is read again. (Invisibles go after
        # the repair, not before: a soft hyphen is part of some mojibake, "â\xad\x90" for "⭐".)
        return _normalise_text(text, rounds - 1)
    return text


def _repair_if_bad(text: str) -> str:
    at = _bad_from(text)
    return text if at is None else text[:at] + _repair(text[at:])


def _needs_repair(text: str) -> bool:
    return _bad_from(text) is not None


def _bad_from(text: str) -> int | None:
    """Where ftfy's repair of ``text`` starts, None when nothing reads as mojibake. ftfy walks
    the text line by line; most text has no mojibake to repair, and its own badness test says
    so in one pass. ftfy reads "Â " after leading white space as text, and alone as mojibake:
    the output keeps no leading white space, so the text is also read as it will stand."""
    if looks_bad(text):
        return 0
    lead = len(text) - len(text.lstrip())
    return lead if lead and looks_bad(text[lead:]) else None


def looks_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, sooner: each of its patterns spans at most
    ``_BAD_WIDTH`` characters, one of them non-ASCII (tests/test_normalise_fast.py checks
    both), so the middle of a long ASCII run can never be part of a match. It is cut out,
    leaving each non-ASCII character its neighbours."""
    return ftfy.badness.is_bad(_ASCII_RUN.sub(_squeeze, text))


def _squeeze(m: regex.Match[str]) -> str:
    run = m.group()
    return run[:_BAD_WIDTH] + "\x00" + run[-_BAD_WIDTH:]


def _widest_match(pattern: re.Pattern[str]) -> int:
    return int(re_parser.parse(pattern.pattern, pattern.flags).getwidth()[1])


_BAD_WIDTH = _widest_match(ftfy.badness.BADNESS_RE)  # 7 in ftfy 6.3
_ASCII_RUN = regex.compile(rf"[\x00-\x7f]{{{2 * _BAD_WIDTH + 2},}}")


def fix_mojibake(text: str) -> str:
    """Mojibake repaired in a short value the body's normalising never sees (a page's
    <title>, its JSON-LD author): "CafÃ©" -> "Café"; sound text comes back as it was."""
    return _repair(text) if not text.isascii() and looks_bad(text) else text


def _repair(text: str) -> str:
    """ftfy to a fixed point, on the lines it would change. ftfy reads a text line by line
    (each line with its "\\n"), so a line it would leave as it is can skip it; on a long
    document with one broken character, that is nearly every line."""
    ascii_changes = bool(_FTFY_CHANGES_ASCII.search(text))
    return "".join(
        _repair_line(piece) if _touched(piece, ascii_changes) else piece
        for line in _LINES.findall(text)
        for piece in _pieces(line)
    )


# ftfy reads a line whole, and a line it finds broken many times over (about fifty reads of
# a 1 MB line): a longer line is read in pieces cut inside its long ASCII runs.
_LONG_LINE = 1 << 14


def _pieces(line: str) -> list[str]:
    """``line``, or if longer than ``_LONG_LINE`` its pieces cut inside ASCII runs with more
    than ``_BAD_WIDTH`` ASCII characters either side of the cut: no badness pattern spans a
    cut (each needs a non-ASCII character within its width), no mojibake holds an ASCII
    letter, and NFC never joins two ASCII characters, so each piece is repaired alone."""
    if len(line) <= _LONG_LINE:
        return [line]
    cuts = [0] + [m.start() + _BAD_WIDTH + 1 for m in _ASCII_RUN.finditer(line)] + [len(line)]
    return [line[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


# What ftfy under _FTFY changes in a line that does not read as mojibake, and what
# _repair_line itself drops: C0 and C1 controls, line and paragraph separators, ftfy's
# control characters (deprecated format, interlinear annotation), surrogates, invisibles.
_FTFY_CHANGES_ASCII = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\r]")
_FTFY_CHANGES = regex.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\r\u2028\u2029\u206a-\u206f\ufeff\ufff9-\ufffc\ud800-\udfff"
    r"\u200b\u200c\u2060\u00ad\u180e]"
)
_LINES = regex.compile(r"[^\n]*\n|[^\n]+")


def _touched(line: str, ascii_changes: bool = True) -> bool:
    """Would ``_repair_line`` change ``line``? (tests/test_normalise_fast.py checks the
    answer against doing it.) ``ascii_changes`` False: the text holds no ASCII character
    ftfy changes, so an ASCII line is left as it is."""
    if line.isascii():
        return ascii_changes and bool(_FTFY_CHANGES_ASCII.search(line))
    return bool(_FTFY_CHANGES.search(line)) or looks_bad(line) or not unicodedata.is_normalized("NFC", line)


def _repair_line(text: str) -> str:
    """ftfy to a fixed point: one repair can uncover another ("\x94Ä\x9f" -> "”ÄŸ" -> ...),
    and normalising normalised text must change nothing. Invisible characters go in each
    round: a soft hyphen can hide the next layer."""
    for _ in range(4):
        fixed = _INVISIBLE.sub("", ftfy.fix_text(text, _FTFY))
        if fixed == text:
            break
        text = fixed
    return text


def fix_surrogates(text: str) -> str:
    # Lone surrogates cannot be encoded; replace each with one U+FFFD before anything
    # tries to (a surrogate pair written as two code points becomes its character).
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
