"""Cheap necessary conditions for a rule pattern, so most blocks skip its regex.

Matching a block against every rule costs tens of microseconds; most blocks (prose,
most menu lines) can be ruled out by plain string tests derived from the pattern
itself: the characters a match may start with, the lengths it may span, and literal
words every match contains ("needles"). A gate only ever says "cannot match" when the
pattern truly cannot; when the analysis is unsure (a construct it does not know, a
non-ASCII literal) the gate lets the block through.

Patterns are read with Python's own regex parser (``re._parser``); the `regex`
module's ``\\p{..}`` classes are swapped for a placeholder it treats as "any character".
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

if sys.version_info >= (3, 11):
    from re import _constants as C
    from re import _parser as P
else:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

# Non-ASCII characters that the `regex` module, ignoring case, matches to an ASCII
# letter (İ ı ſ K): text holding one is matched without gates. tests/test_gate.py
# recomputes this set from the regex module.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
# Every character the "whole" wrapper's trailing class may absorb, and more: white
# space by str's and regex's definitions plus the wrapper's punctuation.
TAIL_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + ".!?:;,…|•·»›>-\u3000\u205f"

# Python 3.11 added possessive repeats and atomic groups; older parsers never emit them.
_REPEATS = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, name))
_ATOMIC = getattr(C, "ATOMIC_GROUP", object())
_ANY = None  # "could be any character"
_PLACEHOLDER = "\ue000"  # stands in for \p{..}: a literal the analysis cannot use
_MAX_SET = 64  # largest literal expansion kept (strings in a needle set)
_MAX_NEEDLES = 256  # largest needle set (an alternation of words: scanned by one regex)
_REMEMBERED, _REMEMBERED_TEXT = 100_000, 4000  # may_open answers kept; longer texts are not
_MAX_CHARS = 64  # largest character class expanded into literals


@dataclass(frozen=True)
class Gate:
    """Plain-string tests a text must pass before the rule's regex may match it."""

    first: frozenset[str] | None = None  # lower-cased first characters (match modes); None: any
    min_len: int = 0
    max_len: int | None = None  # longest body (whole mode, trailing punctuation stripped)
    needles: tuple[str, ...] = ()  # lower-cased: every match contains one; () means no test
    digit: bool = False  # every match holds a decimal digit (a date, a counter)

    def admits(self, probe: Probe) -> bool:
        """The gate's test, spelled out (ModeGates.among runs the same test for many rules)."""
        if len(probe.text) < self.min_len or (self.max_len is not None and probe.stripped > self.max_len):
            return False
        if self.digit and not probe.digit:
            return False
        if not self.needles or not probe.gated:
            return True
        return any(n in probe.low for n in self.needles)


def trie_pattern(words: tuple[str, ...] | list[str]) -> str:
    """A regex source that finds any of the given strings, shared prefixes factored out
    ("ad", "advert", "about" -> "a(?:bout|d)": "advert" holds "ad"): at each position the
    engine tries one branch per distinct next character, not one per word."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_source(trie) if trie else "(?!)"  # no words: never found


def _trie_source(node: dict) -> str:  # type: ignore[type-arg]
    if "" in node:
        return ""  # a word ends here: finding it is enough, longer ones add nothing
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class Probe:
    """What the gates read of one text, computed once for all its rules."""

    __slots__ = ("digit", "gated", "low", "stripped", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # A character that folds to ASCII under the regex module's IGNORECASE (K, ſ) makes
        # lower-cased needles unsafe: such text passes every needle test.
        self.gated = text.isascii() or FOLDS_TO_ASCII.isdisjoint(text)
        self.low = text.lower() if self.gated else text
        self.stripped = len(text.rstrip(TAIL_CHARS))
        self.digit = _DIGIT.search(text) is not None


_DIGIT = regex.compile(r"\d")  # the regex module's \d: every Unicode decimal digit


@dataclass(frozen=True)
class ModeGates:
    """The gates of one match mode's rules, indexed by first character for match modes."""

    gates: tuple[Gate, ...]
    by_first: dict[str, tuple[int, ...]]  # ASCII character (lower-cased) -> rules that may start with it
    any_first: tuple[int, ...]  # rules whose first character is unknown
    sources: tuple[str, ...]  # the rules' patterns, for alternations of a few of them
    flags: int
    limits: tuple[tuple[int, int], ...] = ()  # (min_words, max_words) per rule, if blocks outside skip it
    words_cap: int = 0
    compiled: dict[tuple[int, ...], regex.Pattern[str]] = field(default_factory=dict)
    shortlists: dict[tuple[str, int], tuple[int, ...]] = field(default_factory=dict)
    opens: dict[str, bool] = field(default_factory=dict)  # may_open by text (bounded)

    def __post_init__(self) -> None:
        # Each gate as plain values for one tight loop (among): no call per rule.
        checks = tuple(
            (g.min_len, sys.maxsize if g.max_len is None else g.max_len, g.digit,
             re.compile(trie_pattern(g.needles)).search if g.needles else None)
            for g in self.gates
        )
        object.__setattr__(self, "checks", checks)

    @classmethod
    def build(
        cls, patterns: list[regex.Pattern[str]], mode: str, words: list[tuple[int, int | None]] | None = None
    ) -> ModeGates:
        """``words``: each rule's (min_words, max_words), when a block outside them may skip it."""
        gates = [for_pattern(p.pattern, mode) for p in patterns]
        any_first = tuple(i for i, g in enumerate(gates) if g.first is None)
        heads = {chr(c) for c in range(128) if chr(c) == chr(c).lower()}
        heads.update(*(g.first for g in gates if g.first is not None))
        by_first = {h: tuple(i for i, g in enumerate(gates) if g.first is None or h in g.first) for h in heads}
        flags = patterns[0].flags if patterns else 0
        limits = tuple((lo, hi if hi is not None else sys.maxsize) for lo, hi in words) if words else ()
        # Above every finite limit, all word counts leave the same rules: one shortlist.
        cap = 1 + max((n for lim in limits for n in lim if n != sys.maxsize), default=0)
        return cls(tuple(gates), by_first, any_first, tuple(p.pattern for p in patterns), flags, limits, cap)

    def alternation(self) -> regex.Pattern[str]:
        """All the mode's rules as one alternation, one named group each (``r<index>``),
        compiled on first use: cheaper than running many rules one by one."""
        pattern = self.compiled.get(())
        if pattern is None:
            body = "|".join(f"(?P<r{i}>{source})" for i, source in enumerate(self.sources))
            pattern = self.compiled[()] = regex.compile(body, self.flags)
        return pattern

    def order(self, probe: Probe, words: int = 0) -> Sequence[int]:
        """The rules (indices, in rule order) that may match at the start of the probe's
        text, a block of ``words`` words (rules whose word limits bar it are left out)."""
        text = probe.text
        head = text[0].lower() if text and probe.gated else ""
        if head not in self.by_first:
            head = "" if not text or not probe.gated else "other"
        key = (head, min(words, self.words_cap))
        found = self.shortlists.get(key)
        if found is None:
            # A head no rule names can only start a rule whose first character is unknown.
            base: Sequence[int] = range(len(self.gates)) if head == "" else self.by_first.get(head, self.any_first)
            if self.limits:
                base = [i for i in base if self.limits[i][0] <= words <= self.limits[i][1]]
            found = self.shortlists[key] = tuple(base)
        return found

    def among(self, order: Sequence[int], probe: Probe) -> list[int]:
        """The rules of ``order`` whose gate admits the probe: ``Gate.admits``, unrolled."""
        size, stripped, digit = len(probe.text), probe.stripped, probe.digit
        low = probe.low if probe.gated else None
        checks = self.checks  # type: ignore[attr-defined]
        out = []
        for i in order:
            min_len, max_len, needs_digit, search = checks[i]
            if size < min_len or stripped > max_len or (needs_digit and not digit):
                continue
            if search is not None and low is not None and search(low) is None:
                continue
            out.append(i)
        return out

    def admitted(self, probe: Probe) -> list[int]:
        """The rules (indices, in rule order) whose gate admits the probe's text anywhere."""
        return self.among(range(len(self.gates)), probe)

    def may_open(self, text: str) -> bool:
        """Some rule may match at the start of ``text`` (remembered: the settle pass asks again)."""
        found = self.opens.get(text)
        if found is None:
            probe = Probe(text)
            found = bool(self.among(self.order(probe), probe))
            if len(text) <= _REMEMBERED_TEXT:
                if len(self.opens) > _REMEMBERED:
                    self.opens.clear()
                self.opens[text] = found
        return found


@lru_cache(maxsize=4096)
def for_pattern(source: str, mode: str) -> Gate:
    """The gate of one mode-wrapped rule pattern (see rules._mode_pattern); no gate if unsure."""
    try:
        tree = P.parse(_placeholders(source), C.SRE_FLAG_IGNORECASE)
    except Exception:  # noqa: BLE001 - a construct Python's parser lacks: no gate
        return Gate()
    items: list[Any] = list(tree.data)
    body: list[Any] | None = _whole_body(items) if mode == "whole" else items
    if body is None:
        return Gate()
    lo, hi = P.SubPattern(tree.state, body).getwidth()
    first = _first(items) if mode in ("whole", "start") else _ANY
    needles = _needles(items)
    return Gate(
        first=first,
        min_len=lo,
        max_len=hi if mode == "whole" and hi < C.MAXREPEAT else None,
        needles=tuple(sorted(needles)) if needles else (),
        digit=_needs_digit(items),
    )


def _placeholders(source: str) -> str:
    """Replace each ``\\p{..}``/``\\P{..}``/``\\pL`` with one placeholder character."""
    out, i = [], 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            if nxt in "pP":
                if source[i + 2 : i + 3] == "{":
                    close = source.find("}", i + 3)
                    if close < 0:
                        raise ValueError("unclosed \\p{")
                    i = close + 1
                else:
                    i += 3
                out.append(_PLACEHOLDER)
                continue
            out.append(source[i : i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _whole_body(items: list) -> list | None:  # type: ignore[type-arg]
    """``^(?:body)[tail]*$`` -> body's items (the parser may have unwrapped the group)."""
    if len(items) < 4 or items[0] != (C.AT, C.AT_BEGINNING) or items[-1] != (C.AT, C.AT_END):
        return None
    if items[-2][0] is not C.MAX_REPEAT:
        return None
    return items[1:-2]


# ---------------------------------------------------------------- first characters


def _first(items: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    """Lower-cased characters a match of the sequence may start with; None: any."""
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av)
        if chars is _ANY:
            return _ANY
        found |= chars
        if not nullable:
            return frozenset(found)
    return _ANY  # the whole sequence may match nothing: it starts with whatever follows


def _first_item(op, av) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    """(first characters or None for any, whether the item may match the empty string)."""
    if op is C.LITERAL:
        ch = _fold(av)
        return ({ch} if ch else _ANY), False
    if op is C.IN:
        chars = _class_chars(av)
        return (chars if chars is not None else _ANY), False
    if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
        return set(), True
    if op is C.SUBPATTERN:
        sub = list(av[3])
    elif op is _ATOMIC:
        sub = list(av)
    elif op in _REPEATS:
        lo, _, p = av
        chars, nullable = _first_item_seq(list(p))
        return chars, nullable or lo == 0
    elif op is C.BRANCH:
        found: set[str] = set()
        any_nullable = False
        for alt in av[1]:
            chars, nullable = _first_item_seq(list(alt))
            if chars is _ANY:
                return _ANY, True
            found |= chars
            any_nullable = any_nullable or nullable
        return found, any_nullable
    else:
        return _ANY, True  # ANY, NOT_LITERAL, CATEGORY, group references, ...: unsure
    return _first_item_seq(sub)


def _first_item_seq(items: list) -> tuple[set[str] | None, bool]:  # type: ignore[type-arg]
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av)
        if chars is _ANY:
            return _ANY, True
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _fold(code: int) -> str | None:
    """An ASCII character lower-cased, or a caseless one (©, ×, ’); None for anything
    else: case folding of other letters is the regex module's business."""
    ch = chr(code)
    if code < 128:
        return ch.lower()
    if ch != _PLACEHOLDER and ch.lower() == ch == ch.upper() == ch.casefold() and ch not in FOLDS_TO_ASCII:
        return ch
    return None


def _class_chars(av) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The lower-cased characters of a character class, or None when not small and ASCII."""
    chars: set[str] = set()
    for op, v in av:
        if op is C.LITERAL:
            ch = _fold(v)
            if ch is None:
                return None
            chars.add(ch)
        elif op is C.RANGE:
            lo, hi = v
            if hi >= 128 or hi - lo > _MAX_CHARS:
                return None
            chars.update(chr(c).lower() for c in range(lo, hi + 1))
        else:
            return None  # NEGATE, CATEGORY (\d, \s, \w): not a small literal set
    return chars


# ---------------------------------------------------------------- needles


def _needles(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """Literal strings (lower-cased) one of which every match of the sequence contains;
    None when none can be named. The most selective candidate is kept."""
    best: set[str] | None = None
    run: set[str] | None = {""}  # expansions of the current run of literal items
    for op, av in items:
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the strings on either side are still adjacent
        exact = _exact(op, av)
        if exact is not None and run is not None:
            product = {a + b for a in run for b in exact}
            run = product if len(product) <= _MAX_SET else None
            if run is not None:
                best = _better(best, run)
                continue
        if exact is not None:
            run = exact  # the run restarts at this item
            best = _better(best, run)
            continue
        run = {""}
        best = _better(best, _item_needles(op, av))
    return best


def _needs_digit(items: list) -> bool:  # type: ignore[type-arg]
    """Every match of the sequence holds a decimal digit (``\\d`` or a class of digits)."""
    return any(_item_needs_digit(op, av) for op, av in items)


def _item_needs_digit(op, av) -> bool:  # type: ignore[no-untyped-def]
    if op is C.IN:
        return all(
            (o is C.CATEGORY and v is C.CATEGORY_DIGIT)
            or (o is C.LITERAL and chr(v).isdigit() and v < 128)
            or (o is C.RANGE and 48 <= v[0] <= v[1] <= 57)
            for o, v in av
        )
    if op is C.LITERAL:
        return 48 <= av <= 57
    if op is C.SUBPATTERN:
        return _needs_digit(list(av[3]))
    if op is _ATOMIC:
        return _needs_digit(list(av))
    if op in _REPEATS:
        return av[0] >= 1 and _needs_digit(list(av[2]))
    if op is C.BRANCH:
        return all(_needs_digit(list(alt)) for alt in av[1])
    return False


def _item_needles(op, av) -> set[str] | None:  # type: ignore[no-untyped-def]
    if op is C.SUBPATTERN:
        return _needles(list(av[3]))
    if op is _ATOMIC:
        return _needles(list(av))
    if op in _REPEATS:
        lo, _, p = av
        return _needles(list(p)) if lo >= 1 else None
    if op is C.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            sub = _needles(list(alt))
            if not sub:
                return None
            found |= sub
        return found if len(found) <= _MAX_NEEDLES else None
    return None


def _exact(op, av) -> set[str] | None:  # type: ignore[no-untyped-def]
    """Every string the item can match (lower-cased, a superset is fine), when few."""
    if op is C.LITERAL:
        ch = _fold(av)
        return {ch} if ch else None
    if op is C.IN:
        chars = _class_chars(av)
        return chars if chars is not None and len(chars) <= 8 else None
    if op is C.SUBPATTERN:
        return _exact_seq(list(av[3]))
    if op is C.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            sub = _exact_seq(list(alt))
            if sub is None:
                return None
            found |= sub
        return found if len(found) <= _MAX_SET else None
    if op in _REPEATS:
        lo, hi, p = av
        sub = _exact_seq(list(p))
        if sub is None or hi > 1:
            return None
        return sub | {""} if lo == 0 else sub
    return None


def _exact_seq(items: list) -> set[str] | None:  # type: ignore[type-arg]
    out = {""}
    for op, av in items:
        if op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
            continue  # zero-width: adds nothing to the matched string
        sub = _exact(op, av)
        if sub is None:
            return None
        out = {a + b for a in out for b in sub}
        if len(out) > _MAX_SET:
            return None
    return out


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective needle set (see _pass_rate). A needle holding another is
    redundant; an empty or blank needle is in every text."""
    if not b or any(not n.strip() for n in b):
        return a
    b = {n for n in b if not any(m != n and m in n for m in b)}
    if not a:
        return b
    return b if (_pass_rate(b), -min(map(len, b))) < (_pass_rate(a), -min(map(len, a))) else a


def _pass_rate(needles: set[str]) -> float:
    """A rough share of blocks holding one of the needles: short ones are everywhere."""
    rate = 0.0
    for n in needles:
        if len(n) == 1:
            rate += 1.0 if n in _COMMON_CHARS else 0.3 if n.isalnum() else 0.05
        else:
            rate += (0.1, 0.03, 0.01)[len(n) - 2] if len(n) < 5 else 0.003
    return rate


_COMMON_CHARS = frozenset(".,;:!?\"'()-’”“")
