"""Rule gates (newsclean/rules/gate.py) never turn away a text their rule matches,
and classify's gated matching picks what the mode's full alternation picks."""

from __future__ import annotations

import re
import sys

import pytest
import regex
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Cleaner, classify
from newsclean.rules import FLAGS, load
from newsclean.rules.gate import FOLDS_TO_ASCII, TAIL_CHARS, Probe, for_pattern

RULES = load()
ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
ANCHORED = ("whole", "start")


def test_folds_to_ascii_is_what_regex_folds():
    assert frozenset(regex.findall(r"(?i)[\x00-\x7f]", ALL_CHARS[128:])) == FOLDS_TO_ASCII


def test_tail_chars_cover_the_whole_wrappers_trailing_class():
    trailing = regex.compile(r"[\s.!?:;,…|•·»›>-]", FLAGS)
    assert set(trailing.findall(ALL_CHARS)) <= set(TAIL_CHARS)


def test_non_ascii_gate_characters_match_only_themselves():
    used = set()
    for gates in RULES.gates.values():
        for g in gates.gates:
            used.update(c for n in g.needles for c in n if not c.isascii())
            used.update(c for c in g.first or () if not c.isascii())
    assert used, "the built-in rules name some caseless symbols (©, ›, —)"
    for c in used:
        assert regex.findall(regex.escape(c), ALL_CHARS, flags=FLAGS) == [c], c


def test_word_limits_shortlist_rules():
    g = RULES.gates["whole"]
    short, long_ = g.order(Probe("ad"), 1), g.order(Probe("ad"), 59)
    assert set(long_) < set(short)
    assert all(RULES.by_mode["whole"][i].max_words >= 59 for i in long_)


def test_gate_of_a_simple_rule():
    g = for_pattern(r"^(?:(?:please\s+)?support\s+us)[\s.!?:;,…|•·»›>-]*$", "whole")
    assert g.first == frozenset("ps")
    assert g.needles == ("support",)
    assert g.min_len == len("support us")
    assert for_pattern(r"^(?:\p{Lu}\w+)[\s.]*$", "whole").first is None  # \p{..}: unsure


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


@st.composite
def matching_text(draw):  # type: ignore[no-untyped-def]
    mode, i = draw(st.sampled_from(GENERABLE))
    source = _generation_pattern(RULES.by_mode[mode][i].pattern.pattern)
    text = draw(st.from_regex(re.compile(source, re.IGNORECASE), fullmatch=mode in ANCHORED))
    if mode not in ANCHORED:
        text = draw(st.text(max_size=20)) + text
    return mode, i, text


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(matching_text())
def test_a_gate_never_turns_away_a_text_its_rule_matches(case):
    mode, i, text = case
    rule = RULES.by_mode[mode][i]
    m = (rule.pattern.match if mode in ANCHORED else rule.pattern.search)(text)
    if m is None:
        return  # the generation pattern is a little wider than the rule's
    probe = Probe(text)
    gates = RULES.gates[mode]
    assert gates.gates[i].admits(probe), (rule.id, text)
    if mode in ANCHORED:  # a block whose word count the rule allows
        assert i in gates.order(probe, rule.min_words), (rule.id, text)


@given(st.sampled_from(GENERABLE), st.text(max_size=40))
def test_gates_pass_any_text_the_rule_matches(case, text):
    mode, i = case
    rule = RULES.by_mode[mode][i]
    m = (rule.pattern.match if mode in ANCHORED else rule.pattern.search)(text)
    if m is not None:
        assert RULES.gates[mode].gates[i].admits(Probe(text))


# ---------------------------------------------------------------- same pick as the alternation

def _alternation_pick(b, rules, timeout, head_end, tail_start):  # type: ignore[no-untyped-def]
    """first_match as it was: one alternation of all a mode's rules, then the fallback."""
    for mode in classify._PRIORITY:
        limit = rules.max_words.get(mode)
        if not rules.by_mode.get(mode) or (limit is not None and b.words > limit):
            continue
        offset = max(0, len(b.text) - classify._END_WINDOW) if mode == "end" else 0
        text = b.text[offset:]
        m = classify._find(rules.gates[mode].alternation(), mode, text, timeout)
        if m is None:
            continue
        first = int(m.lastgroup[1:])
        for rule in rules.by_mode[mode][first:]:
            if not classify._allowed(rule, b, head_end, tail_start):
                continue
            m = m if rule is rules.by_mode[mode][first] else classify._find(rule.pattern, mode, text, timeout)
            if m is not None:
                return rule.id, offset + (m.end() if mode == "start" else m.start())
    return None


@pytest.mark.parametrize("suffix", ["visible.txt", "markdown.md"])
def test_gated_matching_picks_what_the_alternation_picks(suffix, monkeypatch):
    gated = classify.first_match
    seen = []

    def both(b, rules, timeout, head_end, tail_start):  # type: ignore[no-untyped-def]
        found = gated(b, rules, timeout, head_end, tail_start)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))


@given(st.sampled_from(sorted(RULES.gates)), st.text(max_size=60))
def test_the_unrolled_gate_loop_is_admits(mode, text):
    gates, probe = RULES.gates[mode], Probe(text)
    assert gates.admitted(probe) == [i for i, g in enumerate(gates.gates) if g.admits(probe)]
    assert RULES.region_gates is not None
    opens = RULES.region_gates.may_open(text)
    assert opens == any(RULES.region_gates.gates[i].admits(probe) for i in RULES.region_gates.order(probe))
