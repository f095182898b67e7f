"""Cheap necessary conditions for a rule pattern, so most blocks skip its regex.

Matching a block against every rule costs tens of microseconds; most blocks (prose,
most menu lines) can be ruled out by plain string tests derived from the pattern
itself: the characters a match may start with, the lengths it may span, and literal
words every match contains ("needles"). A rule gets one gate per alternative of its
pattern (its branches distributed, see ``alternatives``): "close|cancel|continue reading"
admits a 5 to 16 letter text starting with "c", where one gate for the whole pattern
would admit nearly any short line. A gate only ever says "cannot match" when the
pattern truly cannot; when the analysis is unsure (a construct it does not know, a
non-ASCII literal) the gate lets the block through.

Patterns are read with Python's own regex parser (``re._parser``); each of the `regex`
module's ``\\p{..}`` classes is swapped for a placeholder character standing for the
ASCII characters the class matches (asked of the regex module) and any non-ASCII one.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

_AHOCORASICK: Any = None
try:
    import ahocorasick

    _AHOCORASICK = ahocorasick
except ImportError:  # pragma: no cover - a platform without its wheel: needles are tested one by one
    pass

if sys.version_info >= (3, 11):
    from re import _constants as C  # type: ignore[attr-defined]  # (typeshed omits them)
    from re import _parser as P  # type: ignore[attr-defined]
else:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

# Non-ASCII characters that the `regex` module, ignoring case, matches to an ASCII
# letter (İ ı ſ K): text holding one is matched without gates. tests/test_gate.py
# recomputes this set from the regex module.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
# Every character the "whole" and "end" wrappers' trailing classes may absorb, and more:
# white space by str's and regex's definitions plus the wrappers' punctuation.
TAIL_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + ".!?:;,…|•·»›>→⟶➔➜↗↓▾▼⌄-)\u3000\u205f"

# Python 3.11 added possessive repeats and atomic groups; older parsers never emit them.
_REPEATS = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, name))
_ATOMIC = getattr(C, "ATOMIC_GROUP", object())
_ANY = None  # "could be any character"
_PLACEHOLDER = "\ue000"  # stands in for \P{..}: a literal the analysis cannot use (\p{..}: see _property)
_MAX_SET = 64  # largest literal expansion kept (strings in a needle set)
_MAX_NEEDLES = 256  # largest needle set (an alternation of words: scanned by one regex)
_REMEMBERED, _REMEMBERED_TEXT = 100_000, 4000  # may_open answers kept; longer texts are not
_MAX_ALTS = 64  # most alternatives one rule's pattern is split into
OTHER = "<non-ASCII>"  # in a first-character set: any non-ASCII character
_MAX_CHARS = 64  # largest character class expanded into literals


@dataclass(frozen=True)
class Gate:
    """Plain-string tests a text must pass before (one alternative of) a rule's regex may match it."""

    first: frozenset[str] | None = None  # lower-cased first characters, OTHER: any non-ASCII; None: any
    min_len: int = 0
    max_len: int | None = None  # longest body (whole mode, trailing punctuation stripped)
    needles: tuple[str, ...] = ()  # lower-cased: every match contains one; () means no test
    digit: bool = False  # every match holds a decimal digit (a date, a counter)
    ends: tuple[str, ...] = ()  # lower-cased: the text, trailing punctuation stripped, ends with one
    starts: tuple[str, ...] = ()  # lower-cased: the text starts with one (anchored modes)

    def __reduce__(self) -> tuple[Any, ...]:
        # By its fields: the compiled build's frozen class refuses pickle's default, setattr.
        return (Gate, (self.first, self.min_len, self.max_len, self.needles, self.digit, self.ends, self.starts))

    def admits(self, probe: Probe) -> bool:
        """The gate's test, spelled out (ModeGates.candidates runs it, merged, for many rules)."""
        if not self.opens(probe.head):
            return False
        if len(probe.text) < self.min_len or (self.max_len is not None and probe.stripped > self.max_len):
            return False
        if self.digit and not probe.digit:
            return False
        if not probe.gated:
            return True
        if self.starts and not probe.low.startswith(self.starts):
            return False
        if self.ends and not probe.low.endswith(self.ends, 0, probe.stripped):
            return False
        return not self.needles or any(n in probe.low for n in self.needles)

    def opens(self, head: str) -> bool:
        """A match may start with ``head`` (a probe's head: "" when unknown)."""
        if head == "" or self.first is None or head in self.first:
            return True
        return OTHER in self.first and not head.isascii()


class NeedleIndex:
    """Which of a rule set's needles a text holds, found in one pass (an Aho-Corasick
    automaton, pyahocorasick) rather than one substring scan per needle of every rule the
    other tests admit: a block paid sixty such scans. Needles shorter than ``INDEXED``
    characters ("a", ",", "by") stay plain substring tests: they occur so often that
    reporting each occurrence costs more than the scan."""

    INDEXED = 3

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words: set[str] = set(words)
        self._automaton: Any = None

    def __reduce__(self) -> tuple[Any, ...]:
        return (NeedleIndex, (sorted(self.words),))  # the automaton is rebuilt on first use

    def add(self, needles: Iterable[str]) -> None:
        new = {n for n in needles if len(n) >= self.INDEXED} - self.words
        if new:
            self.words |= new
            self._automaton = None  # rebuilt on next use: it then knows every needle

    def found(self, low: str) -> frozenset[str]:
        """The indexed needles ``low`` holds."""
        if self._automaton is None:
            automaton = _AHOCORASICK.Automaton()
            for n in self.words:
                automaton.add_word(n, n)
            automaton.make_automaton()
            self._automaton = automaton
        return frozenset([n for _, n in self._automaton.iter(low)])

    @staticmethod
    def available() -> bool:
        return _AHOCORASICK is not None


class Probe:
    """What the gates read of one text, computed once for all its rules."""

    __slots__ = ("_found", "digit", "gated", "head", "index", "low", "stripped", "text")

    def __init__(self, text: str, index: NeedleIndex | None = None) -> None:
        self.text = text
        self.index = index  # the rule set's needle index: every gate built with it reads found()
        self._found: frozenset[str] | None = None
        # A character that folds to ASCII under the regex module's IGNORECASE (K, ſ) makes
        # lower-cased needles unsafe: such text passes every needle test.
        self.gated = text.isascii() or FOLDS_TO_ASCII.isdisjoint(text)
        self.low = text.lower() if self.gated else text
        # The first character as gates' first sets spell it ("": unknown, any rule may start).
        self.head = self.low[0] if text and self.gated else ""
        self.stripped = len(text.rstrip(TAIL_CHARS))
        self.digit = _DIGIT.search(text) is not None

    def found(self) -> frozenset[str]:
        """The index's needles the (lower-cased) text holds, found on first use."""
        if self._found is None:
            self._found = self.index.found(self.low) if self.index is not None else frozenset()
        return self._found


_DIGIT = regex.compile(r"\d")  # the regex module's \d: every Unicode decimal digit


@dataclass(frozen=True)
class ModeGates:
    """The gates of one match mode's rules. For a text's first character and word count,
    the alternatives that may match are merged into one test per rule, kept
    (``shortlists``): a block pays a few cheap tests per rule that may claim it."""

    gates: tuple[Gate, ...]  # per rule, the gate of its whole pattern
    alts: tuple[tuple[Gate, ...], ...]  # per rule, one gate per alternative of its pattern
    anchored: bool  # matches start at the text's start: first characters apply
    named: frozenset[str]  # non-ASCII characters some first set names (©, ›): their own shortlists
    limits: tuple[tuple[int, int], ...] = ()  # (min_words, max_words) per rule, if blocks outside skip it
    words_cap: int = 0
    shortlists: dict[tuple[str, int], Shortlist] = field(default_factory=dict)
    split_lists: dict[tuple[Check, ...], Shortlist] = field(default_factory=dict)  # one per distinct check list
    by_head: dict[str, tuple[Check, ...]] = field(default_factory=dict)  # merged checks, all word counts
    opens: dict[str, bool] = field(default_factory=dict)  # may_open by text (bounded)
    index: NeedleIndex | None = None  # holds every needle of these gates (None: test each alone)

    def __reduce__(self) -> tuple[Any, ...]:
        # The fields the gates are made of; what candidates() learns is left behind.
        fields = (self.gates, self.alts, self.anchored, self.named, self.limits, self.words_cap)
        return (ModeGates, (*fields, {}, {}, {}, {}, self.index))

    @classmethod
    def build(
        cls,
        patterns: list[regex.Pattern[str]],
        mode: str,
        words: list[tuple[int, int | None]] | None = None,
        index: NeedleIndex | None = None,
    ) -> ModeGates:
        """``words``: each rule's (min_words, max_words), when a block outside them may skip it;
        ``index``: the rule set's needle index, which learns these gates' needles."""
        gates = tuple(for_pattern(p.pattern, mode) for p in patterns)
        alts = tuple(alternatives(p.pattern, mode) for p in patterns)
        if index is not None and NeedleIndex.available():
            for g in (*gates, *(a for alt in alts for a in alt)):
                index.add(g.needles)
        else:
            index = None
        limits = tuple((lo, hi if hi is not None else sys.maxsize) for lo, hi in words) if words else ()
        # Above every finite limit, all word counts leave the same rules: one shortlist.
        words_cap = 1 + max((n for lim in limits for n in lim if n != sys.maxsize), default=0)
        anchored = mode in ("whole", "start")
        named = frozenset(c for a in alts for g in a for c in g.first or () if not c.isascii() and c != OTHER)
        return cls(gates, alts, anchored, named, limits, words_cap, index=index)

    def candidates(self, probe: Probe, words: int = 0) -> list[int]:
        """The rules (indices, in rule order) that may match the probe's text (at its start,
        in anchored modes), a block of ``words`` words: those whose word limits allow it
        and one of whose alternatives' gates admits it (merged per rule: a little wider)."""
        head = probe.head if self.anchored else ""
        if not head.isascii() and head not in self.named:
            head = OTHER  # every non-ASCII head no gate names opens the same alternatives
        key = (head, min(words, self.words_cap))
        lists = self.shortlists.get(key)
        if lists is None:
            lists = self.shortlists[key] = self._shortlist(*key)
        checks, scanned, keyed = lists
        low = probe.low if probe.gated else None
        if low is None or probe.index is None or probe.index is not self.index:
            return _admitted(checks, probe, low, False, False)
        out = _admitted(scanned, probe, low, True, False)
        if not keyed:
            return out
        # The checks whose needles the index alone tests are reached through the needles
        # the text holds (a few), not tried one by one (most of a shortlist).
        reached = [c for n in probe.found() for c in keyed.get(n, ())]
        if reached:
            out.extend(_admitted(reached, probe, low, True, True))
            out = sorted(set(out))
        return out

    def _shortlist(self, head: str, words: int) -> Shortlist:
        """The checks for a head and word count: all of them (in rule order), those tried one
        by one, and by needle those the index's answer reaches (every needle indexed)."""
        checks = self._checks(head, words)
        shared = self.split_lists.get(checks)  # word counts and heads often leave the same checks
        if shared is not None:
            return shared
        keyed: dict[str, list[Check]] = {}
        scanned = []
        for c in checks:
            if c[5] and not c[4]:
                for n in c[5]:
                    keyed.setdefault(n, []).append(c)
            else:
                scanned.append(c)
        shared = self.split_lists[checks] = (checks, tuple(scanned), {n: tuple(cs) for n, cs in keyed.items()})
        return shared

    def _checks(self, head: str, words: int) -> tuple[Check, ...]:
        """The checks of the rules that may claim a text of that head and word count."""
        merged = self.by_head.get(head)
        if merged is None:
            merged = self.by_head[head] = self._merged(head)
        if not self.limits:
            return merged
        return tuple(c for c in merged if self.limits[c[0]][0] <= words <= self.limits[c[0]][1])

    def _merged(self, head: str) -> tuple[Check, ...]:
        """Per rule, the tests of its alternatives that may start with ``head``, merged by
        kind: those needing a digit apart from the others (a date's "at" is no needle for a
        line without digits), those with known ends (starts) apart from those without."""
        out: list[Check] = []
        for i, alts in enumerate(self.alts):
            groups: dict[tuple[bool, bool, bool], list[Gate]] = {}
            for g in alts:
                if g.opens(head):
                    groups.setdefault((g.digit, bool(g.ends), bool(g.starts)), []).append(g)
            out.extend(self._merge(i, group) for _, group in sorted(groups.items()))
        return tuple(out)

    def _merge(self, i: int, fit: list[Gate]) -> Check:
        """One check that admits what any of the gates does and the rule's whole-pattern gate
        allows (both must hold: the more selective needles are kept)."""
        whole = self.gates[i]
        longest = None if any(g.max_len is None for g in fit) else max(g.max_len or 0 for g in fit)
        if whole.max_len is not None:
            longest = whole.max_len if longest is None else min(longest, whole.max_len)
        needles = {n for g in fit for n in g.needles} if all(g.needles for g in fit) else set()
        if whole.needles and (not needles or _pass_rate(set(whole.needles)) < _pass_rate(needles)):
            needles = set(whole.needles)
        ends = tuple(sorted({e for g in fit for e in g.ends})) if all(g.ends for g in fit) else whole.ends
        starts = tuple(sorted({e for g in fit for e in g.starts})) if all(g.starts for g in fit) else whole.starts
        return (
            i,
            max(whole.min_len, min(g.min_len for g in fit)),
            sys.maxsize if longest is None else longest,
            whole.digit or all(g.digit for g in fit),
            *self._split(needles if len(needles) <= _MAX_NEEDLES else set()),
            ends,
            starts,
        )

    def _split(self, needles: set[str]) -> tuple[tuple[str, ...], frozenset[str]]:
        """(plain, indexed): the needles tested as substrings, and those the index finds."""
        if self.index is None:
            return tuple(sorted(needles)), frozenset()
        indexed = frozenset(n for n in needles if n in self.index.words)
        return tuple(sorted(needles - indexed)), indexed

    def may_open(self, text: str) -> bool:
        """Some rule may match at the start of ``text`` (remembered: the settle pass asks again)."""
        found = self.opens.get(text)
        if found is None:
            found = bool(self.candidates(Probe(text, self.index)))
            if len(text) <= _REMEMBERED_TEXT:
                if len(self.opens) > _REMEMBERED:
                    self.opens.clear()
                self.opens[text] = found
        return found


# rule, min_len, max_len, needs a digit, needles (plain, indexed: every match holds one), ends, starts
Check = tuple[int, int, int, bool, tuple[str, ...], frozenset[str], tuple[str, ...], tuple[str, ...]]
Shortlist = tuple[tuple[Check, ...], tuple[Check, ...], dict[str, tuple[Check, ...]]]


def _admitted(
    checks: tuple[Check, ...] | list[Check], probe: Probe, low: str | None, use_index: bool, met: bool
) -> list[int]:
    """The rules whose checks admit the probe. ``low``: its lower-cased text (None: no needle
    or start/end test is safe); ``use_index``: the probe's index tells the indexed needles
    (else each is a substring test); ``met``: the needle tests are already passed."""
    size, stripped, digit = len(probe.text), probe.stripped, probe.digit
    found: frozenset[str] | None = None
    out: list[int] = []
    for i, min_len, max_len, needs_digit, plain, indexed, ends, starts in checks:
        if out and out[-1] == i:
            continue  # admitted by its other check
        if size < min_len or stripped > max_len or (needs_digit and not digit):
            continue
        if low is not None:
            if starts and not low.startswith(starts):
                continue
            if ends and not low.endswith(ends, 0, stripped):
                continue
            if (plain or indexed) and not met:
                # str's own search, one short needle at a time (a regex alternation of a
                # few words scans a paragraph several times slower); the index's answer
                # for the rest.
                for n in plain:
                    if n in low:
                        break
                else:
                    if not indexed:
                        continue
                    if use_index:
                        if found is None:
                            found = probe.found()
                        if found.isdisjoint(indexed):
                            continue
                    elif not any(n in low for n in indexed):
                        continue
        out.append(i)
    return out


@lru_cache(maxsize=4096)
def for_pattern(source: str, mode: str) -> Gate:
    """The gate of one mode-wrapped rule pattern (see rules._mode_pattern); no gate if unsure."""
    parsed = _parse(source)
    with _remembering():
        return Gate() if parsed is None else _gate(parsed, list(parsed.data), mode)


@lru_cache(maxsize=4096)
def alternatives(source: str, mode: str) -> tuple[Gate, ...]:
    """One gate per alternative of a mode-wrapped rule pattern: every match is a match of
    one alternative, the pattern's body with its branches and optional parts distributed."""
    parsed = _parse(source)
    if parsed is None:
        return (Gate(),)
    with _remembering():
        return _alternatives(parsed, mode)


def _alternatives(parsed: P.SubPattern, mode: str) -> tuple[Gate, ...]:
    items = list(parsed.data)
    wrapper = _wrapper(items, mode)
    if wrapper is None:
        return (_gate(parsed, items, mode),)
    before, after = items[: wrapper[0]], items[len(items) - wrapper[1] :]
    body = items[wrapper[0] : len(items) - wrapper[1]]
    return tuple(_gate(parsed, before + alt + after, mode) for alt in _expand(body, _MAX_ALTS))


# What _exact and _item_needles said of an item, while one pattern is analysed: its
# alternatives share their items, and each item is asked again at every level above it.
_said: dict[tuple[Any, int], tuple[Any, Any]] | None = None


@contextmanager
def _remembering() -> Iterator[None]:
    global _said
    outer, _said = _said, {} if _said is None else _said
    try:
        yield
    finally:
        _said = outer


def _remembered(fn: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """``fn(op, av)`` answered once per item (its ``av``, kept alive beside the answer)."""

    def ask(op: Any, av: Any) -> Any:
        said = _said
        if said is None:
            return fn(op, av)
        key = (fn, id(av))
        known = said.get(key)
        if known is not None and known[0] is av:
            return known[1]
        answer = fn(op, av)
        said[key] = (av, answer)
        return answer

    return ask


def _parse(source: str) -> P.SubPattern | None:
    try:
        return P.parse(_placeholders(source), C.SRE_FLAG_IGNORECASE)
    except Exception:  # noqa: BLE001 - a construct Python's parser lacks: no gate
        return None


def _gate(parsed: P.SubPattern, items: list, mode: str) -> Gate:  # type: ignore[type-arg]
    body: list[Any] | None = _whole_body(items) if mode == "whole" else items
    if body is None:
        return Gate()
    lo, hi = P.SubPattern(parsed.state, body).getwidth()
    first = _first(items) if mode in ("whole", "start") else _ANY
    needles = _needles(items)
    ends = _ends(body if mode == "whole" else items[:-2]) if mode in ("whole", "end") else None
    tails = {e.rstrip(TAIL_CHARS) for e in ends or ()}
    starts = _starts(body) if mode in ("whole", "start") else None
    return Gate(
        first=first,
        min_len=lo,
        max_len=hi if mode == "whole" and hi < C.MAXREPEAT else None,
        needles=tuple(sorted(needles)) if needles else (),
        digit=_needs_digit(items),
        ends=tuple(sorted(tails)) if tails and "" not in tails else (),
        starts=tuple(sorted(starts)) if starts else (),
    )


def _wrapper(items: list, mode: str) -> tuple[int, int] | None:  # type: ignore[type-arg]
    """How many items the mode's wrapper adds before and after the body (rules._mode_pattern)."""
    starts = bool(items) and items[0] == (C.AT, C.AT_BEGINNING)
    ends = len(items) >= 2 and items[-1] == (C.AT, C.AT_END) and items[-2][0] is C.MAX_REPEAT
    shape = {"whole": (starts and ends, 1, 2), "start": (starts, 1, 0), "end": (ends, 0, 2), "search": (True, 0, 0)}
    ok, before, after = shape.get(mode, (False, 0, 0))
    return (before, after) if ok and len(items) >= before + after else None


def _expand(items: list, budget: int) -> list[list]:  # type: ignore[type-arg]
    """The sequence as a list of at most ``budget`` sequences whose matches together are its
    matches: branches split (outer ones first), groups unwrapped (the analysis ignores
    case flags; an atomic group only narrows what its content matches)."""
    done: list[list] = []  # type: ignore[type-arg]
    queue = deque([items])
    while queue:
        seq = queue.popleft()
        at, alts = _split(seq)
        if not alts or len(done) + len(queue) + len(alts) > budget:
            done.append(seq)
        else:
            queue.extend(seq[:at] + alt + seq[at + 1 :] for alt in alts)
    return done


def _split(seq: list) -> tuple[int, list[list]]:  # type: ignore[type-arg]
    """The first item that splits, as its alternatives (a group: its content alone)."""
    for at, (op, av) in enumerate(seq):
        if op is C.BRANCH:
            return at, [list(alt) for alt in av[1]]
        if op is C.SUBPATTERN:
            return at, [list(av[3])]
        if op is _ATOMIC:
            return at, [list(av)]
    return 0, []


def _placeholders(source: str) -> str:
    """Replace each ``\\p{..}``/``\\pL`` by its placeholder, each ``\\P{..}`` by the unknown one."""
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
                    end = close + 1
                else:
                    end = i + 3
                out.append(_property(source[i:end]) if nxt == "p" else _PLACEHOLDER)
                i = end
                continue
            out.append(source[i : i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _property(escape: str) -> str:
    """The placeholder of a ``\\p{..}`` class; ``_ASCII_OF`` holds the ASCII characters it matches."""
    found = _PROPERTIES.get(escape)
    if found is None:
        found = _PROPERTIES[escape] = chr(0xE001 + len(_PROPERTIES))
        _ASCII_OF[found] = _ascii_members(escape)
    return found


def _ascii_members(cls: str) -> frozenset[str]:
    """The ASCII characters (lower-cased) a class matches, ignoring case, as the regex module says."""
    pattern = regex.compile(cls, regex.IGNORECASE | regex.UNICODE)
    return frozenset(chr(c).lower() for c in range(128) if pattern.match(chr(c)))


_PROPERTIES: dict[str, str] = {}
_ASCII_OF: dict[str, frozenset[str]] = {}
_CATEGORY_ASCII = {
    C.CATEGORY_DIGIT: _ascii_members(r"\d"),
    C.CATEGORY_WORD: _ascii_members(r"\w"),
    C.CATEGORY_SPACE: _ascii_members(r"\s"),
}


def _whole_body(items: list) -> list | None:  # type: ignore[type-arg]
    """``^(?:body)[tail]*$`` -> body's items (the parser may have unwrapped the group)."""
    if len(items) < 3 or items[0] != (C.AT, C.AT_BEGINNING) or items[-1] != (C.AT, C.AT_END):
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
        chars = _class_first([(op, av)])
        return (chars if chars is not None else _ANY), False
    if op is C.IN:
        chars = _class_first(av)
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
        return _ANY, True  # ANY, NOT_LITERAL, group references, ...: unsure
    return _first_item_seq(sub)


def _class_first(av) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The lower-cased ASCII characters a class (or literal) matches, plus OTHER when it may
    match a non-ASCII one; None when unsure (negated classes, characters folding to ASCII)."""
    chars: set[str] = set()
    for op, v in av:
        if op is C.LITERAL and chr(v) in _ASCII_OF:
            chars |= _ASCII_OF[chr(v)] | {OTHER}
        elif op is C.LITERAL:
            ch = chr(v)
            if ch in FOLDS_TO_ASCII or ch == _PLACEHOLDER:
                return None
            # A non-ASCII letter and its case partners are all non-ASCII: OTHER.
            chars.add(_fold(v) or OTHER)
        elif op is C.RANGE:
            lo, hi = v
            if hi >= 0xE000 and lo < 0xE100 or any(lo <= ord(c) <= hi for c in FOLDS_TO_ASCII):
                return None  # placeholders or characters ignoring case turns into ASCII
            chars.update(chr(c).lower() for c in range(lo, min(hi, 127) + 1))
            if hi >= 128:
                chars.add(OTHER)
        elif op is C.CATEGORY and v in _CATEGORY_ASCII:
            chars |= _CATEGORY_ASCII[v] | {OTHER}
        else:
            return None  # NEGATE, negated categories (\D, \S, \W)
    return chars


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
    if ch != _PLACEHOLDER and ch not in _ASCII_OF and ch.lower() == ch == ch.upper() == ch.casefold() \
            and ch not in FOLDS_TO_ASCII:
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


# ---------------------------------------------------------------- ends


def _ends(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """Lower-cased strings one of which ends every match of the sequence; None when none
    can be named (the sequence may end in an unknown class, or match nothing)."""
    return _affixes(items, True)


def _starts(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """Lower-cased strings one of which starts every match of the sequence."""
    return _affixes(items, False)


def _affixes(items: list, end: bool) -> set[str] | None:  # type: ignore[type-arg]
    """The literal strings one of which ends (``end``) or starts every match of ``items``,
    read from that side of the sequence inwards."""
    run = {""}  # the literal strings the sequence's outermost items spell
    order = range(len(items) - 1, -1, -1) if end else range(len(items))
    for k in order:
        op, av = items[k]
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the match ends (starts) with what comes before (after)
        exact = _exact(op, av)
        if exact is not None:
            product = {e + r for e in exact for r in run} if end else {r + e for r in run for e in exact}
            if len(product) > _MAX_SET:
                return run if "" not in run else None
            run = product
            continue
        if "" not in run:
            return run
        # Where the literal run may be empty, the match ends (starts) with this item.
        rest = items[:k] if end else items[k + 1 :]
        inner = _item_affixes(op, av, rest, end)
        return _either(run - {""}, inner) if run != {""} else inner
    return run if "" not in run else None


def _item_affixes(op, av, rest: list, end: bool) -> set[str] | None:  # type: ignore[no-untyped-def, type-arg]
    """The ends of ``rest`` followed by the item (``end``), or the starts of the item
    followed by ``rest``."""

    def joined(inner: list) -> set[str] | None:  # type: ignore[type-arg]
        return _affixes(rest + inner if end else inner + rest, end)

    if op is C.SUBPATTERN:
        return joined(list(av[3]))
    if op is _ATOMIC:
        return joined(list(av))
    if op is C.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            sub = joined(list(alt))
            if sub is None or len(found | sub) > _MAX_NEEDLES:
                return None
            found |= sub
        return found
    if op in _REPEATS:
        lo, _, p = av
        inner = _affixes(list(p), end)
        return inner if lo >= 1 else _either(inner, _affixes(rest, end))
    return None


def _either(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None or b is None or not a or not b or len(a | b) > _MAX_NEEDLES:
        return None
    return a | b


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


@_remembered
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


@_remembered
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
