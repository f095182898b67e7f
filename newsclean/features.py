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


def detect_language(blocks: list[Block]) -> str | None:
    """The stop list that matches the most words; None when nothing matches well."""
    counts: Counter[str] = Counter()
    for b in blocks:
        counts.update(w.lower() for w in WORD.findall(b.text))
    total = sum(counts.values())
    if not total:
        return None
    best, best_hits = None, 0
    for lang, stops in stop_lists().items():
        hits = sum(n for w, n in counts.items() if w in stops)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits >= 0.15 * total else None


def annotate(blocks: list[Block], language: str | None) -> None:
    """Fill the feature fields of every block in place."""
    stops = stop_lists().get(language or "", frozenset())
    for b in blocks:
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
