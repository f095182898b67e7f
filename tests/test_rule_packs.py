"""Rule pack fields that tie rules together: a region opened by a rule's patterns
(``open_rules``), and a barrier that also ends text already cut out (``ends_extracted``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsclean
from newsclean.errors import RulePackError
from newsclean.rules import load

PROSE = (
    "The committee met for three hours on Monday and agreed, after a long debate, that the "
    "new rules would take effect at the start of next year for every member state."
)
ARTICLE = [f"Paragraph {n}: {PROSE}" for n in range(5)]
LINKS = ["Council backs bus plan", "Bridge to close for a month", "New ferry timetable"]


def _pack(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


_BOX = '''category = "related"
[[rule]]
id = "mine.box"
barrier = true
max_words = 4
patterns = ['harbour\\s+picks']

[[region]]
id = "mine.list"
open_rules = ["mine.box"]
member = ['^.{1,80}$']
gap = 0
max_blocks = 6
'''


def _clean(text: str, pack: Path, disabled: frozenset[str] = frozenset()) -> newsclean.Document:
    config = newsclean.Config(rule_packs=(pack,), disable_rules=disabled)
    return newsclean.Cleaner(config).clean(text)


def test_a_region_opens_on_the_patterns_of_a_rule_it_names(tmp_path: Path) -> None:
    pack = _pack(tmp_path, _BOX)
    doc = _clean("\n".join([*ARTICLE[:3], "Harbour picks", *LINKS, *ARTICLE[3:]]), pack)
    assert "Paragraph 4:" in doc.text
    listed = [r.text for r in doc.removed if r.rule == "mine.list"]
    assert "Bridge to close for a month" in listed


def test_a_region_whose_named_rules_are_all_switched_off_never_opens(tmp_path: Path) -> None:
    pack = _pack(tmp_path, _BOX)
    rules = load((pack,), frozenset({"mine.box"}))
    assert "mine.list" not in {r.id for r in rules.regions}
    assert "mine.list" in {r.id for r in load((pack,)).regions}


@pytest.mark.parametrize(
    "change, message",
    [
        ('open_rules = ["mine.box"]', 'open_rules = ["mine.nothing"]'),
        ('open_rules = ["mine.box"]', 'open_rules = "mine.box"'),
    ],
)
def test_open_rules_must_name_rules_of_the_same_pack(tmp_path: Path, change: str, message: str) -> None:
    pack = _pack(tmp_path, _BOX.replace(change, message))
    with pytest.raises(RulePackError, match="open_rules"):
        load((pack,))


_HEADING = '''category = "comment"
[[rule]]
id = "mine.mailbag"
barrier = true
{ends}
max_words = 4
patterns = ['from\\s+the\\s+mailbag']
'''
# What an extractor kept below the article: a letters section as long as the article.
LETTERS = [f"Letter {n}: I read the piece on the new rules twice, and I still think the committee "
           "should have asked the people who ride these buses every single day first." for n in range(4)]


@pytest.mark.parametrize("ends, kept", [("", True), ('ends_extracted = "always"', False)])
def test_a_barrier_ends_cut_out_text_only_when_its_rule_says_so(tmp_path: Path, ends: str, kept: bool) -> None:
    pack = _pack(tmp_path, _HEADING.format(ends=ends))
    doc = _clean("\n".join([*ARTICLE, "From the mailbag", *LETTERS]), pack)
    assert "Paragraph 4:" in doc.text
    assert ("Letter 2:" in doc.text) is kept


@pytest.mark.parametrize("barrier, ends", [("true", "sometimes"), ("false", "always")])
def test_ends_extracted_is_always_or_box_on_a_barrier_rule(tmp_path: Path, barrier: str, ends: str) -> None:
    text = _HEADING.format(ends=f'ends_extracted = "{ends}"').replace("barrier = true", f"barrier = {barrier}")
    with pytest.raises(RulePackError, match="ends_extracted"):
        load((_pack(tmp_path, text),))


def test_loading_the_rules_again_compiles_no_pattern_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # A process that builds several Cleaners (a test run, the command's workers) compiles
    # the rules' patterns once: they are more than the regex module's own cache holds, and
    # compiling them all again costs about a second.
    import regex

    from newsclean import rules

    rules.load()
    seen: list[str] = []
    compile_ = regex.compile

    def counting(pattern, flags=0, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(str(pattern))
        return compile_(pattern, flags, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", counting)
    again = rules.load()
    assert seen == []
    assert len(again.rules) > 50


def test_the_shipped_rules_ask_nothing_of_the_dom() -> None:
    # a rule with kinds or hints makes every HTML block's matches depend on its DOM: the
    # cache of matches across a page's settle pass and a site's pages is then switched off
    # (a dateline rule once limited to paragraphs cost 8% more function calls on HTML)
    assert newsclean.Cleaner()._dom_free


_WORDS = re.compile(r"\w+")  # words as the test counts them


def _fewest_words(items) -> str:  # type: ignore[no-untyped-def]
    """The shortest text (in words) a parsed pattern can match, roughly: each repeat at its least,
    each alternation's fewest-word branch, a class by one of its characters."""
    from newsclean.rules.gate import C  # re's parser constants, by Python version
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op in (C.ANY, C.NOT_LITERAL):
            out.append("x")
        elif op is C.IN:
            first = av[0]
            space = first == (C.CATEGORY, C.CATEGORY_SPACE)
            out.append(" " if space else chr(first[1]) if first[0] is C.LITERAL else "a")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            out.append(_fewest_words(av[2]) * av[0])
        elif op in (C.SUBPATTERN, getattr(C, "ATOMIC_GROUP", None)):
            out.append(_fewest_words(av[-1] if op is C.SUBPATTERN else av))
        elif op is C.BRANCH:
            out.append(min((_fewest_words(b) for b in av[1]), key=lambda s: len(_WORDS.findall(s))))
        elif op is C.CATEGORY:
            out.append(" " if av is C.CATEGORY_SPACE else "a")
    return "".join(out)


def test_no_built_in_pattern_needs_more_words_than_its_rule_allows() -> None:
    """A pattern whose every match is longer than the rule's max_words never fires (a form's
    "Oops! Something went wrong while submitting the form." under a six-word limit)."""
    from newsclean.rules import builtin_packs, tomllib  # tomli before Python 3.11
    from newsclean.rules.gate import P  # re's parser, by Python version

    too_long = []
    for name, text in builtin_packs():
        for rule in tomllib.loads(text).get("rule", []):
            if "max_words" not in rule:
                continue
            patterns = rule["patterns"] if isinstance(rule["patterns"], list) else [rule["patterns"]]
            for pattern in patterns:
                # a letter or digit property stands for a word's character, any other for a mark
                plain = re.sub(r"\\[pP]\{(\w+)\}", lambda m: "a" if m[1][0] in "LN" else "\\.", pattern)
                plain = plain.replace("(?i:", "(?:").replace("(?-i:", "(?:")
                tree = list(P.parse(plain))
                for alt in tree[0][1][1] if len(tree) == 1 and tree[0][0] is P.BRANCH else [tree]:
                    shortest = _fewest_words(alt)
                    if len(_WORDS.findall(shortest)) > rule["max_words"]:
                        too_long.append((name, rule["id"], shortest))
    assert not too_long
