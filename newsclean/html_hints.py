"""Class and id words -> the page-furniture category they name (data/dom_hints.toml).

A page has hundreds of distinct class strings and the hint table holds some two
hundred patterns, so the matching is built for speed with the same answers as
the plain reading ("the first category in file order with a pattern that matches"):

- patterns that start with ``\\b`` are factored: one word-boundary test, then the
  alternatives grouped by their first letter, so a position is rejected after a
  couple of character tests instead of two hundred;
- the first matching category is found in one scan (``_Scanner``) rather than a
  search per category;
- results are remembered per ``(class, id)`` pair within and across pages.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # zero-width: a literal " " replaces it, no template
_NONWORD = re.compile(r"[^a-z0-9]+")
_ASCII_NONWORD = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum()})  # ASCII text: what _NONWORD replaces
_QUANTIFIERS = frozenset("?*+{")
_CACHE_LIMIT = 4096  # (class, id) pairs remembered (about 1 MB), then forgotten at once

# "has-rail-right", "with-sidebar", "no-comments", "exclude-from-toc", "sharing-enabled": a modifier names what
# the element sits beside, lacks, stays out of or switches on, not what it is. ("no-print" is what the
# element is: left off paper, the page's furniture.)
_MODIFIER = re.compile(r"\b(?:(?:has|with|without|no)|(?:hide|hidden|exclude|excluded|skip) from) (?!print\b)[a-z0-9]+|\b[a-z0-9]+ (?:enabled|disabled)\b")
# A BEM modifier that hides a part ("field--label-visually-hidden": the label is hidden), not the element.
_PART_HIDDEN = re.compile(r"--(?:[a-z0-9]+[-_])*?(?:label|title|heading|icon|text|caption)[-_]+(?:visually[-_]?)?hidden\b", re.I)


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside any group or character class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1: i + 2] == "]":  # "[]...]": a literal ] first
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _factorable(body: str) -> bool:
    """A pattern body (after its ``\\b``) that starts with one plain letter or digit."""
    return body[:1].isascii() and body[:1].isalnum() and body[1:2] not in _QUANTIFIERS


def _bounded(patterns: Iterable[str]) -> str | None:
    """A regex X with ``\\bX`` equivalent to ``p1|p2|...``, when every pattern starts with ``\\b``
    (and has no top-level ``|``); else None."""
    by_first: dict[str, list[str]] = {}
    rest: list[str] = []
    for p in patterns:
        if not p.startswith(r"\b") or _top_level_bar(p):
            return None
        body = p[2:]
        if _factorable(body):
            by_first.setdefault(body[0], []).append(body[1:])
        else:
            rest.append(body)
    alternatives = [f"{c}(?:{'|'.join(tails)})" for c, tails in by_first.items()] + [f"(?:{b})" for b in rest]
    return "|".join(alternatives) or None


class _Scanner:
    """The first category (in file order) with a pattern matching anywhere in the words.

    At each word boundary one lookahead tries the patterns that start with the letter
    found there, in category order, and tells by an empty group after each which matched
    first: the lowest category matching at that boundary. The lowest over all boundaries
    is the answer. Patterns that start otherwise are searched one by one, and only for
    categories below the best found so far."""

    def __init__(self, by_category: list[list[str]]) -> None:
        by_first: dict[str, list[tuple[str, int]]] = {}
        self.others: list[tuple[int, re.Pattern[str]]] = []
        for index, patterns in enumerate(by_category):
            other = [p for p in patterns if not _factorable(p[2:])]
            if other:
                self.others.append((index, re.compile("|".join(f"(?:{p})" for p in other))))
            for p in patterns:
                if _factorable(p[2:]):
                    by_first.setdefault(p[2], []).append((p[3:], index))
        self.group_category = [-1]  # group number -> category index (groups are numbered as written)
        groups = []
        for first, tails in by_first.items():
            alternatives = []
            for tail, index in tails:
                alternatives.append(f"(?:{tail})()")
                self.group_category.append(index)
            groups.append(f"{first}(?:{'|'.join(alternatives)})")
        self.pattern = re.compile(r"\b(?=" + "|".join(groups) + ")") if groups else None

    def first(self, words: str) -> int | None:
        best = None
        if self.pattern is not None:
            for m in self.pattern.finditer(words):
                index = self.group_category[m.lastindex]  # type: ignore[index]
                if best is None or index < best:
                    best = index
                    if best == 0:
                        return 0
        for index, p in self.others:
            if best is not None and index >= best:
                break
            if p.search(words):
                return index
        return best


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], list[str], _Scanner | None, list[re.Pattern[str]]]:
    """(gate, categories, first-category scanner or None, per-category patterns)."""
    text = (resources.files("newsclean") / "data" / "dom_hints.toml").read_text(encoding="utf-8")
    hints = tomllib.loads(text)["hint"]
    categories = [h["category"] for h in hints]
    each = [re.compile("|".join(f"(?:{p})" for p in h["patterns"])) for h in hints]
    every = [p for h in hints for p in h["patterns"]]
    gate_body = _bounded(every)
    gate = re.compile(rf"\b(?:{gate_body})" if gate_body else "|".join(f"(?:{p})" for p in every))
    # The scanner needs every pattern to start at a word boundary, and no groups of their own (it counts groups).
    scanner = _Scanner([h["patterns"] for h in hints]) if gate_body and not any(p.groups for p in each) else None
    return gate, categories, scanner, each


def _words(value: str) -> str:
    """Class and id values as lower-case words: "relatedPosts__list" -> "related posts list"."""
    lower = value.lower()
    if lower != value:  # only an upper-case letter can make a camelCase break
        lower = _CAMEL.sub(" ", value).lower()
    if lower.isascii():
        return " ".join(lower.translate(_ASCII_NONWORD).split())
    return _NONWORD.sub(" ", lower).strip()


def _category(words: str) -> str:
    """The first DOM-hint category whose pattern these words match, or ""."""
    gate, categories, scanner, each = _tables()
    if not words or not gate.search(words):
        return ""
    words = _MODIFIER.sub(" ", words)
    if scanner is None:
        return next((cat for cat, p in zip(categories, each) if p.search(words)), "")
    best = scanner.first(words)
    return "" if best is None else categories[best]


hint_words = lru_cache(maxsize=4096)(_words)
hint_category = lru_cache(maxsize=4096)(_category)


def element_category(cls: str | None, eid: str | None, words: str, category: str | None = None) -> str:
    """The category of an element's class and id words (``category``: theirs, when known)."""
    if category is None:
        category = hint_category(words)
    if category == "hidden" and cls and _PART_HIDDEN.search(cls):
        category = hint_category(hint_words(_PART_HIDDEN.sub(" ", f"{cls} {eid or ''}")))
    return category


_seen: dict[tuple[str | None, str | None], tuple[str, str]] = {}


def _atomic_stripped(cls: str) -> str:
    """A class list of generated atomic names ("lu lv fq ad b lx ly …", Medium's) without them: a two-letter name
    there is a style's, and "ad" or "ads" among them no advertisement (four such names at least: "ad top box" stays)."""
    names = cls.split()
    short = [n for n in names if len(n) <= ATOMIC_LEN]
    if len(short) < ATOMIC_NAMES or 2 * len(short) < len(names):
        return cls
    return " ".join(n for n in names if len(n) > ATOMIC_LEN)


ATOMIC_LEN, ATOMIC_NAMES = 3, 4


def element_hints(cls: str | None, eid: str | None) -> tuple[str, str]:
    """``(words, category)`` of an element's class and id, remembered: pages repeat them."""
    key = (cls, eid)
    got = _seen.get(key)
    if got is None:
        if len(_seen) > _CACHE_LIMIT:
            _seen.clear()
        words = _words(f"{_atomic_stripped(cls) if cls else ''} {eid or ''}")  # not through the lru caches: this one stands before them
        got = _seen[key] = (words, element_category(cls, eid, words, _category(words)))
    return got
