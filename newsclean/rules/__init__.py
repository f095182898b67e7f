"""Rule packs: TOML data in, compiled matchers out.

A pack is one TOML file for one category (``category = "donation"``) holding
``[[rule]]`` tables (one block at a time) and ``[[region]]`` tables (a run of
blocks that opens at a trigger and closes at a terminator). See README's
"Writing a rule pack" for the fields. Rules name patterns, never one site.
"""

from __future__ import annotations

import difflib
import reprlib
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from ..config import CATEGORIES, KEPT_CATEGORIES
from ..errors import RulePackError
from . import gate, store

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MODES = ("whole", "start", "end", "search")
FLAGS = regex.IGNORECASE | regex.UNICODE

# Every field a pack may hold, and the kind of value it takes (see _KINDS). A field not
# named here is a typo: it would otherwise be ignored and its rule quietly do less.
PACK_FIELDS = {"category": "str", "rule": "tables", "region": "tables"}
RULE_FIELDS = {
    "id": "str", "category": "str", "match": "str", "patterns": "patterns", "case_sensitive": "bool",
    "max_words": "count", "min_words": "count", "kinds": "names", "near": "str", "near_blocks": "count",
    "hints": "patterns", "position": "str", "barrier": "bool", "ends_extracted": "str", "unless": "patterns",
}
REGION_FIELDS = {
    "id": "str", "category": "str", "open": "patterns", "open_rules": "names", "close": "patterns",
    "member": "patterns", "stop": "patterns", "max_blocks": "count", "gap": "count", "tail": "count",
    "distinct": "bool", "one_list": "bool", "address": "patterns", "address_words": "count", "stop_labels": "names",
    "needs_member": "bool", "echoed": "bool", "subheads_end": "bool",
}
_KINDS = {  # kind: (test, what the error message asks for)
    "str": (lambda v: isinstance(v, str), "a string"),
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "count": (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0, "a whole number >= 0"),
    "names": (lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v), "a list of strings"),
    "patterns": (
        lambda v: isinstance(v, str) or (isinstance(v, list) and v != [] and all(isinstance(x, str) for x in v)),
        "a pattern or a non-empty list of patterns",
    ),
    "tables": (lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v), "an array of tables ([[rule]], [[region]])"),
}


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    mode: str
    pattern: regex.Pattern[str]
    max_words: int | None = None
    min_words: int = 0
    kinds: frozenset[str] = frozenset()
    near: str | None = None  # fires only within near_blocks of a block of this category
    near_blocks: int = 3
    hints: regex.Pattern[str] | None = None  # DOM class/id words that must be present
    unless: regex.Pattern[str] | None = None  # words anywhere in the block that keep it from this rule
    position: str = "any"  # any | head (before the body's first prose) | tail (after its last)
    barrier: bool = False  # the article never runs across this block (a comments heading)
    # A barrier that also ends text already cut out of its page: "always", or "box" (unless
    # the article goes on after the box the block heads).
    ends_extracted: str = ""
    # Each of its patterns alone, mode-wrapped, when it has several: classify runs only those
    # its gates admit, as the regex module scans an alternation of unlike patterns several
    # times slower than the few that may match (an 18-pattern appeal rule: 200 us vs 10 us).
    parts: tuple[regex.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Region:
    id: str
    category: str
    open: regex.Pattern[str]
    close: regex.Pattern[str] | None
    member: regex.Pattern[str] | None
    max_blocks: int = 25
    gap: int = 1  # non-member blocks allowed between members
    tail: int = 0  # blocks after the last member that still belong (a slide's caption)
    stop: regex.Pattern[str] | None = None  # a block that ends the region, excluded
    distinct: bool = False  # members never repeat: a line met again ends the region, excluded
    one_list: bool = False  # once a list item joins, the first block that is no list item ends the region
    stop_labels: tuple[str, ...] = ()  # a line a rule gave one of these categories (a share bar) ends the region, excluded
    address: regex.Pattern[str] | None = None  # a member over ``address_words`` words must say this too
    address_words: int = 8
    needs_member: bool = False  # the opener alone, no member after it, labels nothing (a section's heading)
    echoed: bool = False  # members are echoed by later lines: the region ends at its last echoed member (see classify)
    subheads_end: bool = False  # a heading and its subheading right over a paragraph end the region, excluded


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    by_mode: dict[str, list[Rule]] = field(default_factory=dict)
    # Per mode, string tests that let most blocks skip most rules' regexes (gate.py).
    gates: dict[str, gate.ModeGates] = field(default_factory=dict)
    # Longest block any rule of a mode may claim (None: no limit): longer blocks skip the mode.
    max_words: dict[str, int | None] = field(default_factory=dict)
    region_open: regex.Pattern[str] | None = None  # all regions' openers, one named group each
    region_gates: gate.ModeGates | None = None  # the openers' gates
    part_gates: dict[str, tuple[gate.ModeGates | None, ...]] = field(default_factory=dict)  # per rule's parts
    # Every gate's needles, found in a block in one pass (a block's Probe is built with it).
    needles: gate.NeedleIndex = field(default_factory=gate.NeedleIndex)

    def finish(self) -> RuleSet:
        for mode in MODES:
            rules = [r for r in self.rules if r.mode == mode]
            self.by_mode[mode] = rules
            limits = [r.max_words for r in rules]
            self.max_words[mode] = None if None in limits else max(limits, default=0)  # type: ignore[type-var]
            # Match modes skip a rule barred by its word limits (search modes must still see it: a
            # barred rule's leftmost match decides which rule comes next).
            word_limits = [(r.min_words, r.max_words) for r in rules] if mode in ("whole", "start") else None
            self.gates[mode] = gate.ModeGates.build([r.pattern for r in rules], mode, word_limits, self.needles)
            self.part_gates[mode] = tuple(
                gate.ModeGates.build(list(r.parts), mode, index=self.needles) if r.parts else None for r in rules
            )
        if self.regions:
            body = "|".join(f"(?P<g{i}>{r.open.pattern})" for i, r in enumerate(self.regions))
            self.region_open = _compile(body, "combined regions")
            self.region_gates = gate.ModeGates.build([r.open for r in self.regions], "whole", index=self.needles)
        return self


def _compile(pattern: str, where: str) -> regex.Pattern[str]:
    try:
        return _compiled(pattern)
    except regex.error as exc:
        raise RulePackError(f"{where}: bad pattern {pattern!r}: {exc}") from exc


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> regex.Pattern[str]:
    """Compiled once per process: every Cleaner (a test run, the command's workers, a Dask
    worker's tasks) loads the same few hundred patterns, more than the regex module's own
    cache keeps (500, cleared whole when full)."""
    return regex.compile(_either_apostrophe(pattern), FLAGS)


def _either_apostrophe(pattern: str) -> str:
    """A pattern's ASCII apostrophe (written ``\\x27``: TOML's single quotes hold none) also reads the typographic one
    ("You’ve reached your limit"): inside a class it joins it, outside it becomes one."""
    if "\\x27" not in pattern:
        return pattern
    out, i, depth = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and pattern.startswith("x27", i + 1):
            out.append("\\x27\u2019" if depth else "[\\x27\u2019]")
            i += 4
            continue
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[" and not depth:
            depth = 1
        elif c == "]" and depth:
            depth = 0
        out.append(c)
        i += 1
    return "".join(out)


def _parts(patterns: Any, mode: str, case_sensitive: bool) -> tuple[regex.Pattern[str], ...]:
    """A rule's patterns one by one, mode-wrapped (none for a single pattern)."""
    if not isinstance(patterns, list) or len(patterns) < 2:
        return ()
    return tuple(_mode_pattern(mode, f"(?-i:{p})" if case_sensitive else p) for p in patterns)


def _alternation(patterns: Any, where: str, case_sensitive: bool = False) -> regex.Pattern[str] | None:
    if patterns is None:
        return None
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise RulePackError(f"{where}: patterns must be a string or a list of strings")
    body = "|".join(f"(?:{p})" for p in patterns)
    # Scoped flag: the rule keeps its case sensitivity inside a combined alternation.
    try:
        return _compiled(f"(?-i:{body})" if case_sensitive else body)
    except regex.error:
        for p in patterns:
            _compile(p, where)  # report the faulty one by itself
        raise RulePackError(f"{where}: bad patterns (together): {body!r}") from None


def _mode_pattern(mode: str, alternation: regex.Pattern[str] | str) -> regex.Pattern[str]:
    body = alternation if isinstance(alternation, str) else alternation.pattern
    wrapped = {
        "whole": rf"^(?:{body})[\s.!?:;,…|•·»›>→⟶➔➜↗↓▾▼⌄-]*$",  # a button's arrow: "Learn more →", "READ MORE ↓"
        "start": rf"^(?:{body})",
        "end": rf"(?:{body})[\s.!?:;,…)]*$",
        "search": body,
    }[mode]
    return _compile(wrapped, mode)


def _category(table: dict[str, Any], default: str | None, where: str) -> str:
    category = table.get("category", default)
    if category not in CATEGORIES and category not in KEPT_CATEGORIES:
        raise RulePackError(f"{where}: unknown category {category!r}")
    return str(category)


def check_fields(table: dict[str, Any], fields: dict[str, str], where: str) -> None:
    """Every key is a known field and every value of its field's kind, else a RulePackError."""
    for key, value in table.items():
        if key not in fields:
            close = difflib.get_close_matches(key, fields, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise RulePackError(f"{where}: unknown field {key!r}{hint}; known fields: {', '.join(fields)}")
        test, wanted = _KINDS[fields[key]]
        if not test(value):
            raise RulePackError(f"{where}: {key} must be {wanted}, not {reprlib.repr(value)}")


def parse_pack(data: dict[str, Any], source: str, disabled: frozenset[str] = frozenset()) -> RuleSet:
    """Compile one pack's TOML tables."""
    check_fields(data, PACK_FIELDS, source)
    default = data.get("category")
    rules: list[Rule] = []
    regions: list[Region] = []
    alternations: dict[str, str] = {}  # each enabled rule's patterns, for regions' open_rules
    for table in data.get("rule", []):
        rid = table.get("id")
        where = f"{source}: rule {rid!r}"
        check_fields(table, RULE_FIELDS, where)  # a disabled rule too: its typo is still a typo
        if not rid or "patterns" not in table:
            raise RulePackError(f"{where}: a rule needs an id and patterns")
        if rid in disabled:
            continue
        mode = table.get("match", "whole")
        if mode not in MODES:
            raise RulePackError(f"{where}: match must be one of {', '.join(MODES)}")
        alternation = _alternation(table["patterns"], where, bool(table.get("case_sensitive")))
        assert alternation is not None
        alternations[rid] = alternation.pattern
        if "near" in table and table["near"] not in CATEGORIES + tuple(KEPT_CATEGORIES):
            raise RulePackError(f"{where}: near names unknown category {table['near']!r}")
        if table.get("position", "any") not in ("any", "head", "tail"):
            raise RulePackError(f"{where}: position must be any, head or tail")
        ends = table.get("ends_extracted", "")
        if ends not in ("", "always", "box") or (ends and not table.get("barrier")):
            raise RulePackError(f"{where}: ends_extracted must be always or box, on a barrier rule")
        rules.append(
            Rule(
                id=rid,
                category=_category(table, default, where),
                mode=mode,
                pattern=_mode_pattern(mode, alternation),
                max_words=table.get("max_words"),
                min_words=table.get("min_words", 0),
                kinds=frozenset(table.get("kinds", ())),
                near=table.get("near"),
                near_blocks=table.get("near_blocks", 3),
                hints=_alternation(table.get("hints"), where),
                unless=_alternation(table.get("unless"), where),
                position=table.get("position", "any"),
                barrier=bool(table.get("barrier", False)),
                ends_extracted=ends,
                parts=_parts(table["patterns"], mode, bool(table.get("case_sensitive"))),
            )
        )
    pack_ids = {str(t.get("id")) for t in data.get("rule", [])}  # what a region's open_rules may name
    for table in data.get("region", []):
        rid = table.get("id")
        where = f"{source}: region {rid!r}"
        check_fields(table, REGION_FIELDS, where)
        if not rid or not ("open" in table or "open_rules" in table):
            raise RulePackError(f"{where}: a region needs an id and open patterns")
        if rid in disabled:
            continue
        opener = _opener(table, alternations, pack_ids, where)
        if opener is None:
            continue  # it opened only on rules that are switched off
        regions.append(
            Region(
                id=rid,
                category=_category(table, default, where),
                open=_mode_pattern("whole", opener),
                close=_wrap(table.get("close"), where),
                member=_wrap(table.get("member"), where, mode="search"),
                max_blocks=table.get("max_blocks", 25),
                gap=table.get("gap", 1),
                tail=table.get("tail", 0),
                stop=_wrap(table.get("stop"), where),
                distinct=bool(table.get("distinct", False)),
                one_list=bool(table.get("one_list", False)),
                stop_labels=tuple(table.get("stop_labels", ())),
                address=_wrap(table.get("address"), where, mode="search"),
                address_words=table.get("address_words", 8),
                needs_member=bool(table.get("needs_member", False)),
                echoed=bool(table.get("echoed", False)),
                subheads_end=bool(table.get("subheads_end", False)),
            )
        )
    return RuleSet(rules, regions)


def _opener(
    table: dict[str, Any], alternations: dict[str, str], pack_ids: set[str], where: str
) -> regex.Pattern[str] | None:
    """A region's own ``open`` patterns, and those of the pack's rules it names in
    ``open_rules`` (a box's heading rule also opens the list below it). A disabled rule
    lends none; None when nothing is left."""
    parts = [p.pattern for p in [_alternation(table.get("open"), where)] if p is not None]
    for rid in table.get("open_rules", []):  # a list of strings: check_fields saw to it
        if rid not in pack_ids:
            raise RulePackError(f"{where}: open_rules names {rid!r}, no rule of this pack")
        if rid in alternations:
            parts.append(alternations[rid])
    return _compile("|".join(f"(?:{p})" for p in parts), where) if parts else None


def _wrap(patterns: Any, where: str, mode: str = "whole") -> regex.Pattern[str] | None:
    alternation = _alternation(patterns, where)
    return _mode_pattern(mode, alternation) if alternation is not None else None


def builtin_packs() -> list[tuple[str, str]]:
    folder = resources.files("newsclean") / "rules"
    return sorted((e.name, e.read_text(encoding="utf-8")) for e in folder.iterdir() if e.name.endswith(".toml"))


def load(extra: tuple[Path, ...] = (), disabled: frozenset[str] = frozenset()) -> RuleSet:
    """The built-in packs, then the user's, compiled into one RuleSet."""
    sources = builtin_packs()
    for path in extra:
        try:
            sources.append((str(path), Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise RulePackError(f"{path}: cannot read rule pack: {exc.strerror or exc}") from exc
    return store.cached(store.digest(sources, disabled), lambda: _build(sources, disabled), RuleSet)


def _build(sources: list[tuple[str, str]], disabled: frozenset[str]) -> RuleSet:
    merged = RuleSet()
    seen: set[str] = set()
    defined: set[str] = set()  # every rule and region id, switched off or not
    for name, text in sources:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RulePackError(f"{name}: not valid TOML: {exc}") from exc
        pack = parse_pack(data, name, disabled)
        defined.update(str(t.get("id")) for t in [*data.get("rule", []), *data.get("region", [])])
        items: list[Rule | Region] = [*pack.rules, *pack.regions]
        for item in items:
            if item.id in seen:
                raise RulePackError(f"{name}: rule id {item.id!r} is defined twice")
            seen.add(item.id)
        merged.rules += pack.rules
        merged.regions += pack.regions
    _check_disabled(disabled, defined)
    return merged.finish()


def _check_disabled(disabled: frozenset[str], defined: set[str]) -> None:
    """A rule switched off by a misspelt id would stay on without a word: name the unknown ids."""
    unknown = sorted(disabled - defined)
    if unknown:
        raise RulePackError(
            f"cannot disable {', '.join(map(repr, unknown))}: no rule or region of the loaded packs has that id"
        )
