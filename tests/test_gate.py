"""Rule gates (newsclean/rules/gate.py) never turn away a text their rule matches,
and classify's gated matching picks what the mode's full alternation picks."""

from __future__ import annotations

import functools
import re
import sys

import pytest
import regex
from conftest import FIXTURES, pure_only
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Cleaner, classify
from newsclean.blocks import Block
from newsclean.rules import FLAGS, Rule, load, parse_pack
from newsclean.rules.gate import (
    FOLDS_TO_ASCII,
    OTHER,
    TAIL_CHARS,
    NeedleIndex,
    Probe,
    alternatives,
    for_pattern,
)

RULES = load()
ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
ANCHORED = ("whole", "start")


def test_folds_to_ascii_is_what_regex_folds():
    assert frozenset(regex.findall(r"(?i)[\x00-\x7f]", ALL_CHARS[128:])) == FOLDS_TO_ASCII


def test_tail_chars_cover_the_wrappers_trailing_classes():
    from newsclean.rules import _mode_pattern

    for mode in ("whole", "end"):  # read off the wrappers themselves, so that a mark added there is checked
        cls = regex.search(r"(\[[^\]]*\])\*\$$", _mode_pattern(mode, "x").pattern)
        assert cls, mode
        assert set(regex.compile(cls[1], FLAGS).findall(ALL_CHARS)) <= set(TAIL_CHARS)


def test_non_ascii_gate_characters_match_only_themselves():
    used = set()
    for gates in RULES.gates.values():
        for g in [*gates.gates, *(a for alts in gates.alts for a in alts)]:
            used.update(c for n in (*g.needles, *g.ends) for c in n if not c.isascii())
            used.update(c for c in g.first or () if not c.isascii() and c != OTHER)
    assert used, "the built-in rules name some caseless symbols (©, ›, —)"
    for c in used:
        assert regex.findall(regex.escape(c), ALL_CHARS, flags=FLAGS) == [c], c


def test_word_limits_shortlist_rules():
    g, rules = RULES.gates["whole"], RULES.by_mode["whole"]
    label = next(i for i, r in enumerate(rules) if r.id == "ad.label")  # "ad", at most 8 words
    assert label in g.candidates(Probe("ad"), 1)
    assert label not in g.candidates(Probe("ad"), 59)
    assert all(rules[i].max_words >= 59 for i in g.candidates(Probe("ad"), 59))


def test_gate_of_a_simple_rule():
    g = for_pattern(r"^(?:(?:please\s+)?support\s+us)[\s.!?:;,…|•·»›>-]*$", "whole")
    assert g.first == frozenset("ps")
    assert g.needles == ("support",)
    assert g.min_len == len("support us")
    # \p{..}: the ASCII characters the regex module says it matches, and any non-ASCII one
    assert for_pattern(r"^(?:\p{Lu}\w+)[\s.]*$", "whole").first == frozenset("abcdefghijklmnopqrstuvwxyz") | {OTHER}
    assert for_pattern(r"^(?:\P{Lu}\w+)[\s.]*$", "whole").first is None  # negated: unsure


def test_shortlists_stay_few_whatever_the_first_characters():
    g = load().gates["whole"]  # a fresh copy: nothing remembered yet
    heads = [chr(c) for c in range(0x4E00, 0x4E00 + 2000)]
    for c in heads:  # CJK lines: one shortlist for all their heads, but those a rule starts with ("相关阅读")
        g.candidates(Probe(c + "文"), 1)
    assert len(g.shortlists) <= 2 + len(g.named.intersection(heads)) < 20
    assert g.candidates(Probe("© 2024 Acme"), 3) == RULES.gates["whole"].candidates(Probe("© 2024 Acme"), 3)


def test_alternatives_split_branches_and_name_their_ends():
    wrap = r"^(?:{})[\s.!?:;,…|•·»›>-]*$"
    gates = alternatives(wrap.format(r"close|cancel|(?:continue|keep)\s+reading"), "whole")
    shapes = sorted((g.min_len, g.max_len, g.starts, g.ends, "".join(sorted(g.first or ()))) for g in gates)
    assert shapes == [
        (5, 5, ("close",), ("close",), "c"), (6, 6, ("cancel",), ("cancel",), "c"),
        (12, None, ("keep",), ("reading",), "k"), (16, None, ("continue",), ("reading",), "c"),
    ]
    # An optional head: the match starts with it or with what follows it.
    (lead,) = alternatives(wrap.format(r"(?:the\s+)?latest"), "whole")
    assert lead.starts == ("latest", "the")
    # An optional tail: the match ends with it or with what comes before it.
    (end,) = alternatives(r"(?:Reuters(?:\s+Photo)?)[\s.!?:;,…)]*$", "end")
    assert end.ends == ("photo", "reuters")
    # Ends lose the trailing punctuation the probe strips too.
    assert for_pattern(wrap.format(r"more\.\.\."), "whole").ends == ("more",)


# ---------------------------------------------------------------- the property

def _generation_pattern(source: str) -> str:
    """The rule's pattern in Python's syntax, \\p{..} as a concrete class, for from_regex."""
    out, i, in_class = [], 0, False
    while i < len(source):
        c = source[i]
        if c == "\\" and source[i + 1 : i + 2] in ("p", "P"):
            end = source.find("}", i) + 1 if source[i + 2 : i + 3] == "{" else i + 3
            letters = "A-ZÀ-Ö" if "Lu" in source[i:end] else "0-9" if "N" in source[i:end] else "a-zA-Zà-öÀ-Ö"
            out.append(letters if in_class else f"[{letters}]")
            i = end
            continue
        if c == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        in_class = True if c == "[" else False if c == "]" else in_class
        out.append(c)
        i += 1
    return "".join(out)


def _generable() -> list[tuple[str, int]]:
    out = []
    for mode, rules in RULES.by_mode.items():
        for i, rule in enumerate(rules):
            try:
                re.compile(_generation_pattern(rule.pattern.pattern), re.IGNORECASE)
            except re.error:
                continue
            out.append((mode, i))
    return out


GENERABLE = _generable()


def test_most_rules_can_be_generated_from():
    assert len(GENERABLE) >= 0.9 * len(RULES.rules)


# Texts drawn from the rules' own patterns cost a regex generation each, over several hundred
# rules: a quarter of the profile's examples (CI's 1,000 -> 250; "long" still draws 5,000).
REGEX_EXAMPLES = max(200, settings.default.max_examples // 4)


@st.composite
def matching_text(draw):  # type: ignore[no-untyped-def]
    mode, i = draw(st.sampled_from(GENERABLE))
    source = _generation_pattern(RULES.by_mode[mode][i].pattern.pattern)
    text = draw(st.from_regex(re.compile(source, re.IGNORECASE), fullmatch=mode in ANCHORED))
    if mode not in ANCHORED:
        text = draw(st.text(max_size=20)) + text
    return mode, i, text


def _admitted_everywhere(mode: str, i: int, text: str) -> None:
    """The rule's gates all let the text through: its whole-pattern gate, one of its
    alternatives' gates, and the merged shortlist classify uses (for an allowed word count)."""
    rule, gates, probe = RULES.by_mode[mode][i], RULES.gates[mode], Probe(text)
    assert gates.gates[i].admits(probe), (rule.id, text)
    assert any(g.admits(probe) for g in gates.alts[i]), (rule.id, text)
    assert i in gates.candidates(probe, rule.min_words), (rule.id, text)
    assert i in gates.candidates(Probe(text, RULES.needles), rule.min_words), (rule.id, text)


@settings(max_examples=REGEX_EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(matching_text())
def test_a_gate_never_turns_away_a_text_its_rule_matches(case):
    mode, i, text = case
    rule = RULES.by_mode[mode][i]
    m = (rule.pattern.match if mode in ANCHORED else rule.pattern.search)(text)
    if m is None:
        return  # the generation pattern is a little wider than the rule's
    _admitted_everywhere(mode, i, text)


@given(st.sampled_from(GENERABLE), st.text(max_size=40))
def test_gates_pass_any_text_the_rule_matches(case, text):
    mode, i = case
    rule = RULES.by_mode[mode][i]
    m = (rule.pattern.match if mode in ANCHORED else rule.pattern.search)(text)
    if m is not None:
        _admitted_everywhere(mode, i, text)


# ---------------------------------------------------------------- same pick as the alternation

@functools.cache
def _alternation(ordered: tuple[Rule, ...]) -> regex.Pattern[str]:
    """All of a mode's rules as one alternation, one named group each (``r<index>``)."""
    return regex.compile("|".join(f"(?P<r{i}>{r.pattern.pattern})" for i, r in enumerate(ordered)), FLAGS)


def _alternation_pick(b, rules, timeout, head_end, tail_start):  # type: ignore[no-untyped-def]
    """first_match as it was: one alternation of all a mode's rules, then the fallback (after
    the same lead: a button's emoji, a list item's bullet; the same tail: a button's emoji)."""
    lead = 0
    for pattern in (classify._LEAD_EMOJI, classify._LEAD_BULLET):
        m = pattern.match(b.text)
        lead = m.end() if m is not None else lead
    whole = b.text[lead:]
    tail = classify._TAIL_EMOJI.search(whole) if whole and not whole[-1].isascii() else None
    whole = whole[: tail.start()] if tail is not None else whole  # (and a button's emoji after it)
    for mode in classify._PRIORITY:
        limit = rules.max_words.get(mode)
        if not rules.by_mode.get(mode) or (limit is not None and b.words > limit):
            continue
        offset = max(0, len(whole) - classify._END_WINDOW) if mode == "end" else 0
        text = whole[offset:]
        m = classify._find(_alternation(tuple(rules.by_mode[mode])), mode, text, timeout)
        if m is None:
            continue
        first = int(m.lastgroup[1:])
        for rule in rules.by_mode[mode][first:]:
            if not classify._allowed(rule, b, head_end, tail_start):
                continue
            m = m if rule is rules.by_mode[mode][first] else classify._find(rule.pattern, mode, text, timeout)
            if m is not None:
                return rule.id, lead + offset + (m.end() if mode == "start" else m.start())
    return None


@pure_only
@pytest.mark.parametrize("suffix", ["visible.txt", "markdown.md"])
def test_gated_matching_picks_what_the_alternation_picks(suffix, monkeypatch):
    gated = classify.first_match
    seen = []

    def both(b, rules, timeout, head_end, tail_start, skip_near=False):  # type: ignore[no-untyped-def]
        found = gated(b, rules, timeout, head_end, tail_start, skip_near)
        if skip_near:
            return found  # the fallback after a near-rule's neighbours failed: no alternation to compare
        seen.append(((found[0].id, found[1]) if found else None, _alternation_pick(b, rules, timeout, head_end, tail_start), b.text))
        return found

    monkeypatch.setattr(classify, "first_match", both)
    cleaner = Cleaner()
    for path in sorted((FIXTURES / "wcxb-sample").glob(f"*.{suffix}")):
        cleaner.clean(path.read_text(encoding="utf-8"), format="markdown" if suffix.endswith("md") else "text")
    assert len(seen) > 1000
    assert sum(1 for new, _, _ in seen if new) > 50  # rules did fire
    wrong = [(new, old, text[:80]) for new, old, text in seen if new != old]
    assert not wrong, wrong[:5]


def _fixture_lines() -> list[str]:
    lines = set()
    for path in sorted((FIXTURES / "wcxb-sample").glob("*.visible.txt")):
        lines.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return sorted(lines)


FIXTURE_LINES = _fixture_lines()


@st.composite
def realistic_line(draw):  # type: ignore[no-untyped-def]
    """A page's line, a text some rule matches, or noise; then perhaps cut, re-cased or padded."""
    kind = draw(st.sampled_from(["page", "rule", "noise"]))
    if kind == "page":
        text = draw(st.sampled_from(FIXTURE_LINES))
    elif kind == "rule":
        text = draw(matching_text())[2]
    else:
        text = draw(st.text(max_size=60))
    edit = draw(st.sampled_from(["none", "cut", "upper", "lower", "pad"]))
    if edit == "cut" and text:
        a = draw(st.integers(0, len(text)))
        text = text[:a] if draw(st.booleans()) else text[a:]
    elif edit in ("upper", "lower"):
        text = text.upper() if edit == "upper" else text.lower()
    elif edit == "pad":
        text = draw(st.sampled_from(["", "By ", "© ", "1 ", "Photo: "])) + text + draw(st.sampled_from(["", ".", " …", " |", " Reuters", ")"]))
    return text


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(realistic_line(), st.sampled_from([(0, 0), (5, 5), (9, 1), (1, 9)]))
def test_gated_match_is_the_ungated_match(text, bounds):
    """classify.first_match (gates, shortlists, a few rules one by one) claims a block
    exactly as one alternation of each mode's rules does, wherever the block sits."""
    block = Block(index=5, kind="paragraph", raw=text, start=0, end=len(text), text=text, words=len(text.split()))
    head_end, tail_start = bounds
    found = classify.first_match(block, RULES, 1.0, head_end, tail_start)
    gated = (found[0].id, found[1]) if found else None
    assert gated == _alternation_pick(block, RULES, 1.0, head_end, tail_start), text




@given(st.sampled_from(sorted(RULES.gates)), st.text(max_size=60))
def test_the_merged_checks_admit_what_the_gates_admit(mode, text):
    gates, probe, indexed = RULES.gates[mode], Probe(text), Probe(text, RULES.needles)
    for i, g in enumerate(gates.gates):
        if g.admits(probe) and any(a.admits(probe) for a in gates.alts[i]):
            assert i in gates.candidates(probe, RULES.by_mode[mode][i].min_words)
            assert i in gates.candidates(indexed, RULES.by_mode[mode][i].min_words)
    assert RULES.region_gates is not None
    if RULES.region_open is not None and RULES.region_open.match(text):
        assert RULES.region_gates.may_open(text)


# ---------------------------------------------------------------- a rule's patterns one by one

def _same_as_rule_pattern(mode: str, i: int, text: str) -> None:
    rule, gates = RULES.by_mode[mode][i], RULES.part_gates[mode][i]
    whole = (rule.pattern.match if mode in ANCHORED else rule.pattern.search)(text)
    parted = classify._rule_find(rule, gates, mode, Probe(text), 1.0)
    assert (whole and whole.span()) == (parted and parted.span()), (rule.id, text)


@settings(max_examples=REGEX_EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(matching_text())
def test_a_rule_run_pattern_by_pattern_matches_what_its_alternation_matches(case):
    mode, i, text = case
    _same_as_rule_pattern(mode, i, text)
    _same_as_rule_pattern(mode, i, text + " " + text[: len(text) // 2])  # a second, later match


def test_rules_with_several_patterns_are_split():
    split = [r for rules in RULES.by_mode.values() for r in rules if r.parts]
    assert len(split) >= len(RULES.rules) // 2  # most rules name several shapes
    assert all(RULES.part_gates[r.mode][RULES.by_mode[r.mode].index(r)] is not None for r in split)


@pure_only  # patches classify._find, which compiled code calls directly
def test_only_the_patterns_a_text_may_match_run(monkeypatch):
    rules = parse_pack({"category": "donation", "rule": [{"id": "t.appeal", "match": "search", "patterns": [
        r"\bdonate\s+today\b", r"\bsupport\s+our\s+journalism\b", r"\bbecome\s+a\s+member\b"]}]}, "test").finish()
    ran = []
    real = classify._find

    def find(pattern, mode, text, timeout):  # type: ignore[no-untyped-def]
        ran.append(pattern.pattern)
        return real(pattern, mode, text, timeout)

    monkeypatch.setattr(classify, "_find", find)
    rule = rules.by_mode["search"][0]
    m = classify._rule_find(rule, rules.part_gates["search"][0], "search", Probe("Please support our journalism."), 1.0)
    assert m is not None and m.group() == "support our journalism"
    assert ran == [rule.parts[1].pattern]  # neither "donate" nor "become" is in the text
    # Two patterns that may match: the leftmost match wins, as in the alternation.
    text = "Become a member or donate today."
    assert classify._rule_find(rule, rules.part_gates["search"][0], "search", Probe(text), 1.0).group() == "Become a member"


# ---------------------------------------------------------------- the needle index

_NEEDLES = sorted(RULES.needles.words)


@st.composite
def needle_text(draw):  # type: ignore[no-untyped-def]
    """Text around a few of the rule set's needles, in any case, overlapping or not."""
    parts = draw(st.lists(st.one_of(st.sampled_from(_NEEDLES), st.text(max_size=8)), max_size=6))
    text = "".join(parts)
    return text.upper() if draw(st.booleans()) else text


@given(needle_text())
def test_the_index_finds_every_needle_a_text_holds_and_no_other(text):
    low = Probe(text).low
    assert RULES.needles.found(low) == {n for n in RULES.needles.words if n in low}


@given(st.sampled_from(sorted(RULES.gates)), needle_text(), st.integers(0, 60))
def test_the_index_picks_the_rules_one_substring_test_per_needle_picks(mode, text, words):
    """Found by the index or one needle at a time, the same rules may claim the text."""
    gates = RULES.gates[mode]
    assert gates.candidates(Probe(text, RULES.needles), words) == gates.candidates(Probe(text), words)
    for part in RULES.part_gates[mode]:
        if part is not None:
            assert part.candidates(Probe(text, RULES.needles)) == part.candidates(Probe(text))


def test_a_needle_added_after_use_is_found():
    index = NeedleIndex()
    index.add(("subscribe",))
    assert index.found("please subscribe now") == {"subscribe"}
    index.add(("please", "no"))  # "no" is short: a plain substring test, never indexed
    assert index.found("please subscribe now") == {"please", "subscribe"}
    assert "no" not in index.words


def test_every_needle_the_checks_index_is_in_the_index():
    """A check tests indexed needles against the index's answer: one missing there would turn
    away every text holding it."""
    for mode, gates in RULES.gates.items():
        for head in ("", "a", "s", "©", OTHER):
            for check in gates._checks(head, 3):
                assert check[5] <= RULES.needles.words, (mode, check)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
