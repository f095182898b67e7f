"""Class and id words -> the page-furniture category they name (data/dom_hints.toml).

A page has hundreds of distinct class strings and the hint table holds some two
hundred patterns, so the matching is built for speed with the same answers as
the plain reading ("the first category in file order with a pattern that matches"):

- patterns that start with ``\\b`` are factored: one word-boundary test, then the
  alternatives grouped by their first letter, so a position is rejected after a
  couple of character tests instead of two hundred;
- the first matching category is found in one scan: at every word boundary a
  lookahead per category, tried in file order, reports the first that matches
  there; the lowest category seen at any boundary is the answer;
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

_CAMEL = re.compile(r"([a-z])([A-Z])")
_NONWORD = re.compile(r"[^a-z0-9]+")
_QUANTIFIERS = frozenset("?*+{")
_CACHE_LIMIT = 50_000  # (class, id) pairs remembered, then forgotten at once

# "has-rail-right", "with-sidebar", "no-comments", "exclude-from-toc", "sharing-enabled": a modifier names what
# the element sits beside, lacks, stays out of or switches on, not what it is.
_MODIFIER = re.compile(r"\b(?:(?:has|with|without|no)|(?:hide|hidden|exclude|excluded|skip) from) [a-z0-9]+|\b[a-z0-9]+ (?:enabled|disabled)\b")
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


def _bounded(patterns: Iterable[str]) -> str | None:
    """A regex X with ``\\bX`` equivalent to ``p1|p2|...``, when every pattern starts with ``\\b``
    (and has no top-level ``|``); else None."""
    by_first: dict[str, list[str]] = {}
    rest: list[str] = []
    for p in patterns:
        if not p.startswith(r"\b") or _top_level_bar(p):
            return None
        body = p[2:]
        if body[:1].isascii() and body[:1].isalnum() and body[1:2] not in _QUANTIFIERS:
            by_first.setdefault(body[0], []).append(body[1:])
        else:
            rest.append(body)
    alternatives = [f"{c}(?:{'|'.join(tails)})" for c, tails in by_first.items()] + [f"(?:{b})" for b in rest]
    return "|".join(alternatives) or None


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], list[str], re.Pattern[str] | None, list[re.Pattern[str]]]:
    """(gate, categories, first-category scanner or None, per-category patterns)."""
    text = (resources.files("newsclean") / "data" / "dom_hints.toml").read_text(encoding="utf-8")
    hints = tomllib.loads(text)["hint"]
    categories = [h["category"] for h in hints]
    each = [re.compile("|".join(f"(?:{p})" for p in h["patterns"])) for h in hints]
    every = [p for h in hints for p in h["patterns"]]
    gate_body = _bounded(every)
    gate = re.compile(rf"\b(?:{gate_body})" if gate_body else "|".join(f"(?:{p})" for p in every))
    bodies = [_bounded(h["patterns"]) for h in hints]
    scanner = None
    if all(bodies) and not any(p.groups for p in each):
        scanner = re.compile(r"\b(?:" + "|".join(f"(?=(?:{b}))()" for b in bodies) + ")")
    return gate, categories, scanner, each


@lru_cache(maxsize=4096)
def hint_words(value: str) -> str:
    """Class and id values as lower-case words: "relatedPosts__list" -> "related posts list"."""
    if value.lower() != value:  # only an upper-case letter can make a camelCase break
        value = _CAMEL.sub(r"\1 \2", value).lower()
    return _NONWORD.sub(" ", value).strip()


@lru_cache(maxsize=4096)
def hint_category(words: str) -> str:
    """The first DOM-hint category whose pattern these words match, or ""."""
    gate, categories, scanner, each = _tables()
    if not words or not gate.search(words):
        return ""
    words = _MODIFIER.sub(" ", words)
    if scanner is None:
        return next((cat for cat, p in zip(categories, each) if p.search(words)), "")
    best = len(categories)
    for m in scanner.finditer(words):
        best = min(best, m.lastindex - 1)  # type: ignore[operator]
        if best == 0:
            break
    return categories[best] if best < len(categories) else ""


def element_category(cls: str | None, eid: str | None, words: str) -> str:
    category = hint_category(words)
    if category == "hidden" and cls and _PART_HIDDEN.search(cls):
        category = hint_category(hint_words(_PART_HIDDEN.sub(" ", f"{cls} {eid or ''}")))
    return category


_seen: dict[tuple[str | None, str | None], tuple[str, str]] = {}


def element_hints(cls: str | None, eid: str | None) -> tuple[str, str]:
    """``(words, category)`` of an element's class and id, remembered: pages repeat them."""
    key = (cls, eid)
    got = _seen.get(key)
    if got is None:
        if len(_seen) > _CACHE_LIMIT:
            _seen.clear()
        words = hint_words(f"{cls or ''} {eid or ''}")
        got = _seen[key] = (words, element_category(cls, eid, words))
    return got
