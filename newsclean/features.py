"""Cheap per-block features: word count, stop-word share, link share, prose shape.

The stop-word share is jusText's strongest signal: running prose is full of
function words, menus and labels are not. The language is the stop list that
covers most of the document's words, so a German page is judged by German words.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

from . import budget
from .blocks import Block
from .textcache import TextCache

WORD = regex.compile(r"\w+", regex.U)
# A sentence's end, or one followed by a quote's attribution ("… grow. – Jane Roe, CTO, Acme",
# "… for you.— Kate Lee": a dash needs no space before it).
# (Stops of other scripts too: Devanagari's danda, Burmese, Armenian, Ethiopic, Khmer, Arabic's and Urdu's.)
# The marks that may close a quote after a sentence's stop: also German „…“ and »…«, and 「…」.
_CLOSE = "'\"”’»«“‘›‹」』)"
# A reference work's note marks after the stop: "… at atmospheric pressure. [1]", "[[2]](#cite_note-2)", "[citation needed]",
# a Bible's cross-reference "(A)", a footnote's "¹", a thread's count ("… 🧵 1/11"); a blog's footnote number glued
# to the stop ("… at all.1").
_REF_MARKS = (r"(?:\s*\[(?:\d{1,3}|[a-zA-Z]{1,2}|citation needed|note \d{1,3})\]|\s*\[\[(?:\d{1,3}|[a-z])\]\]\([^()\s]*\)"
              r"|\s?\([A-Z]{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\s+(?:🧵\s*)?\d{1,2}/\d{1,2})*")
_PROSE_END = regex.compile(
    rf"[.!?…。！？।॥။։።។؟۔][{_CLOSE}\]]*{_REF_MARKS}$|[:;]$|\p{{Ll}}{{2}}[.!?][{_CLOSE}]*\d{{1,2}}$|[.!?][{_CLOSE}]*(?:\s*[–—]|\s+-)\s*\p{{Lu}}[^.!?\n]{{2,80}}$"
    rf"|[.!?。！？][{_CLOSE}]*\s*(?:\([cC]\)|©)\s*\S[^.!?\n]{{0,60}}$"  # an agency's credit after the last sentence: "。(c)AFP/Jane Roe"
)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}]")
# Scripts spelled with letters and their marks, unspaced too: a word runs to about four of them.
_SPELLED = regex.compile(r"[\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}]")
# Thai and Lao mark no sentence's end: a paragraph of them is told by its length alone.
_UNSTOPPED = regex.compile(r"[\p{Thai}\p{Lao}]")
UNSTOPPED_PROSE_WORDS = 40  # (words here are two characters each: 80 or more, a headline's twice)


@lru_cache(maxsize=1)
def _raw_stop_lists() -> dict[str, tuple[str, ...]]:
    """Each shipped list's words as jusText writes them (word frequencies, a few capitalised)."""
    folder = resources.files("newsclean") / "data" / "stopwords"
    return {entry.name[:-4]: tuple(entry.read_text(encoding="utf-8").split())
            for entry in folder.iterdir() if entry.name.endswith(".txt")}


@lru_cache(maxsize=1)
def stop_lists() -> dict[str, frozenset[str]]:
    return {name: frozenset(w.lower() for w in words) for name, words in _raw_stop_lists().items()}


@lru_cache(maxsize=1)
def stop_list_names() -> frozenset[str]:
    """The lists' words written only capitalised, lower-cased: names and places ("Linda", "Afrika")."""
    capital: set[str] = set()
    lower: set[str] = set()
    for words in _raw_stop_lists().values():
        for w in words:
            (capital if w[:1].isupper() else lower).add(w.lower())
    return frozenset(capital - lower)


@lru_cache(maxsize=1)
def _word_languages() -> tuple[tuple[str, ...], dict[str, int]]:
    """Every stop word mapped to a bit set of the languages whose list holds it."""
    names = tuple(sorted(stop_lists()))
    table: dict[str, int] = {}
    for bit, name in enumerate(names):
        for w in stop_lists()[name]:
            table[w] = table.get(w, 0) | (1 << bit)
    return names, table


def detect_language(blocks: list[Block], sample_words: int = 3000) -> str | None:
    """The stop list that matches the most words; None when nothing matches well.

    Whole blocks are read until ``sample_words`` words are seen; each block's words
    and per-language stop-word hits are computed once per text (_word_hits) and summed.
    """
    seen = packed = 0
    for b in blocks:
        n, block_hits = _word_hits(b.text)
        seen += n
        packed += block_hits
        if seen >= sample_words:
            break
    if not seen:
        return None
    names = _word_languages()[0]
    hits = [(packed >> (_FIELD_BITS * i)) & _FIELD_MASK for i in range(len(names))]
    best = max(range(len(names)), key=hits.__getitem__)
    return names[best] if hits[best] >= 0.15 * seen else None


def annotate(blocks: list[Block], language: str | None) -> None:
    """Fill the feature fields of every block in place."""
    stops = stop_lists().get(language or "", frozenset())
    for n, b in enumerate(blocks):
        if not n % budget.EVERY:
            budget.check()
        key = (b.text, language)
        found = _TEXT_FEATURES.get(key)
        if found is None:
            found = _text_features(b.text, stops)
            _TEXT_FEATURES.keep(key, b.text, found)
        b.words, share, b.prose = found
        if not b.prose and b.links and b.words >= GLUED_BUTTON_WORDS and _GLUED_BUTTON.search(b.raw):
            b.prose = _prose_before_button(b.text, b.links[-1][0])
        elif not b.prose and b.words >= GLUED_BUTTON_WORDS and b.text[-3:].lower() == "top" and _GLUED_CONTROL.search(b.text):
            b.prose = True  # a layout renderer's paragraph with its section's "Back to top" run on
        if share is not None:
            b.stop_share = share
        link_chars = sum(len(anchor) for anchor, _ in b.links)
        b.link_share = min(1.0, link_chars / len(b.text)) if b.text else 0.0


# A Markdown paragraph whose last sentence a converter glued a link to ("… by making a gift.
# [View Webcam](https://…) Webcam"): the link, and a word or two of label after it, are a button.
_GLUED_BUTTON = regex.compile(r"\]\([^()\s]*\)[ \t]*(?:[^\s\[\]()]+[ \t]*){0,2}$")
GLUED_BUTTON_WORDS, BUTTON_WORDS = 15, 3
# The same in plain text, a glossary's "Back to top" after the last sentence ("… the account holder. Back to top").
_GLUED_CONTROL = regex.compile(
    rf"[.!?…][{_CLOSE}]*\s+(?:back\s+to\s+(?:the\s+)?top|to\s+top)$", regex.I)  # (not "Read more": a teaser's excerpt ends so)
_SENTENCE_END = regex.compile(rf"[.!?…][{_CLOSE}]*$")  # (not a colon: "read the original post: [here](…)" is a feed's footer)


def _prose_before_button(text: str, anchor: str) -> bool:
    """The paragraph reads as prose up to its last link's anchor, a button's few words."""
    at = text.rfind(anchor) if anchor else -1
    if at <= 0 or len(anchor.split()) > BUTTON_WORDS or len(text[at + len(anchor):].split()) > 2:
        return False
    head = text[:at].rstrip()
    words = WORD.findall(head)
    return bool(_SENTENCE_END.search(head)) and len(words) >= 6 and not _glued_menu(head, words)


def _text_features(text: str, stops: frozenset[str]) -> tuple[int, float | None, bool]:
    """(words, stop-word share or None to leave it, prose): what a block's text alone says."""
    words = WORD.findall(text)
    cjk = len(_CJK.findall(text)) if not stops else 0
    # CJK text has no spaces: count characters as words so length stays comparable (two a
    # word; four in scripts of letters and marks: "เรื่องที่เกี่ยวข้อง" is three words, not nine).
    spelled = len(_SPELLED.findall(text)) if cjk else 0
    n = max(len(words), (cjk - spelled) // 2 + spelled // 4)
    share = None
    if stops and words:
        share = sum(map(stops.__contains__, map(str.lower, words))) / len(words)
    elif cjk:
        share = 0.35  # no stop list: let length and punctuation decide
    if _PROSE_END.search(text):
        prose = n >= 6 and (shouted(text, share) or not _glued_menu(text, words))
    else:
        prose = cjk >= 2 * UNSTOPPED_PROSE_WORDS and len(_UNSTOPPED.findall(text)) * 2 >= len(text)
    return n, share, prose


GLUED_MENU_WORDS, GLUED_MENU_CAPS = 15, 0.8
SHOUTED_STOP_SHARE = 0.2


def shouted(text: str, stop_share: float | None) -> bool:
    """A clause in capitals with its stop words ("NO PURCHASE OF A GIFT ITEM IS NECESSARY TO …"): a
    terms page's sentence, no menu's Title Case words run together."""
    return stop_share is not None and stop_share >= SHOUTED_STOP_SHARE and text.isupper()
_INNER_PUNCT = regex.compile(r"[,;:!]|\p{Ll}\.\s+\p{Lu}")  # sentences; but a menu entry may ask ("How Do People Pay for College?")


def _glued_menu(text: str, words: list[str]) -> bool:
    """A menu whose entries a renderer glued into one line ("Average Cost of Community College
    Average Cost of Private School ..."): long, Title Case, no punctuation between its words.
    It may end in a full stop, but it is no sentence."""
    if len(words) < GLUED_MENU_WORDS or _INNER_PUNCT.search(text[:-1]):
        return False
    lettered = [w for w in words if w[:1].isalpha()]
    return bool(lettered) and sum(w[0].isupper() for w in lettered) >= GLUED_MENU_CAPS * len(lettered)


# A block's text features depend on its text and the language alone.
_TEXT_FEATURES = TextCache()
# A block's stop-word hits per language, packed into one int: language ``i`` (in
# _word_languages order) counts in bits [i * _FIELD_BITS, (i + 1) * _FIELD_BITS), so
# summing blocks is one addition. No count reaches 2**48 words, so fields never carry.
_FIELD_BITS = 48
_FIELD_MASK = (1 << _FIELD_BITS) - 1
_WORD_HITS = TextCache()


def _word_hits(text: str) -> tuple[int, int]:
    """(words, packed stop-word hits per language) of a block's text: read twice per
    document (page and body language) and again for pages of one site."""
    found = _WORD_HITS.get(text)
    if found is None:
        words = WORD.findall(text.lower())
        found = (len(words), sum(filter(None, map(_packed_languages().get, words))))
        _WORD_HITS.keep(text, text, found)
    return found


@lru_cache(maxsize=1)
def _packed_languages() -> dict[str, int]:
    """Every stop word mapped to a one in the field of each language whose list holds it."""
    names, _ = _word_languages()
    lists = stop_lists()
    packed: dict[str, int] = {}
    for i, name in enumerate(names):  # built list by list: each first use of a process pays it
        one = 1 << (_FIELD_BITS * i)
        for w in lists[name]:
            packed[w] = packed.get(w, 0) + one
    return packed
