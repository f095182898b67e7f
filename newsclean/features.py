"""Cheap per-block features: word count, stop-word share, link share, prose shape.

The stop-word share is jusText's strongest signal: running prose is full of
function words, menus and labels are not. The language is the stop list that
covers most of the document's words, so a German page is judged by German words.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources

import regex

from . import budget
from .blocks import Block

WORD = regex.compile(r"\w+", regex.U)
_PROSE_END = regex.compile(r"[.!?…。！？]['\"”’»)\]]*$|[:;]$")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")


@lru_cache(maxsize=1)
def stop_lists() -> dict[str, frozenset[str]]:
    folder = resources.files("newsclean") / "data" / "stopwords"
    lists = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".txt"):
            words = entry.read_text(encoding="utf-8").split()
            lists[entry.name[:-4]] = frozenset(w.lower() for w in words)
    return lists


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
    """The stop list that matches the most words; None when nothing matches well."""
    counts: Counter[str] = Counter()
    seen = 0
    for b in blocks:
        words = WORD.findall(b.text.lower())
        counts.update(words)
        seen += len(words)
        if seen >= sample_words:
            break
    if not seen:
        return None
    names, table = _word_languages()
    hits = [0] * len(names)
    for w, n in counts.items():
        mask = table.get(w, 0)
        while mask:
            low = mask & -mask
            hits[low.bit_length() - 1] += n
            mask ^= low
    best = max(range(len(names)), key=hits.__getitem__)
    return names[best] if hits[best] >= 0.15 * seen else None


def annotate(blocks: list[Block], language: str | None) -> None:
    """Fill the feature fields of every block in place."""
    stops = stop_lists().get(language or "", frozenset())
    for n, b in enumerate(blocks):
        if not n % budget.EVERY:
            budget.check()
        words = WORD.findall(b.text)
        cjk = len(_CJK.findall(b.text)) if not stops else 0
        # CJK text has no spaces: count characters as words so length stays comparable.
        b.words = max(len(words), cjk // 2)
        if stops and words:
            b.stop_share = sum(1 for w in words if w.lower() in stops) / len(words)
        elif cjk:
            b.stop_share = 0.35  # no stop list: let length and punctuation decide
        link_chars = sum(len(anchor) for anchor, _ in b.links)
        b.link_share = min(1.0, link_chars / len(b.text)) if b.text else 0.0
        b.prose = bool(_PROSE_END.search(b.text)) and b.words >= 6
