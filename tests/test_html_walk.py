"""The HTML walk's own invariants (segment_html, html_hints): the class-hint scanner picks what
the plain pattern loop picks, elements come in document order, the early-stopping element
search gives the plain search's answer, and the fast renormalising path reads as normalise.

(The walk was checked block for block against the walk it replaced while it was made fast;
that frozen copy went once the walk's output was meant to change: hex React segment ids and
accordion panels are now read.)"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_hostile_html_properties import page

from newsclean import html_hints
from newsclean.errors import InputError
from newsclean.segment_html import segment_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = sorted(FIXTURES.glob("html/*.html")) + sorted(FIXTURES.glob("wcxb-sample/*.html.gz"))


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def test_fixtures_exist() -> None:
    assert len(PAGES) >= 20


HINT_WORDS = ["related", "posts", "post", "meta", "has", "no", "sidebar", "entry", "content", "ad", "ads", "slot",
              "share", "buttons", "sr", "only", "visually", "hidden", "toc", "nav", "menu", "comment", "enabled",
              "cmp", "banner", "text", "caption", "label", "you", "might", "also", "like", "wp", "block", "x1", "photo",
              "credit", "image", "from", "disabled", "Related", "Posts", "sharing"]
_class = st.lists(st.sampled_from(HINT_WORDS) | st.text(max_size=8), max_size=6).flatmap(
    lambda ws: st.sampled_from(["-", "_", " ", "--", "__", ""]).map(lambda sep: sep.join(ws)))


@given(_class, st.none() | _class)
def test_the_hint_scanner_picks_what_the_pattern_loop_picks(cls: str, eid: str | None) -> None:
    words = html_hints.hint_words(f"{cls or ''} {eid or ''}")
    gate, categories, _scanner, each = html_hints._tables()
    folded = html_hints._MODIFIER.sub(" ", words)
    loop = next((c for c, p in zip(categories, each) if p.search(folded)), "") if words and gate.search(words) else ""
    assert html_hints.hint_category(words) == loop


def test_the_fast_hint_scanner_is_in_use() -> None:
    # Were a pattern in dom_hints.toml to defeat the factoring, matching would silently fall back to the slow loop.
    gate, _categories, scanner, _each = html_hints._tables()
    assert scanner is not None and gate.pattern.startswith(r"\b(?:")


def test_a_top_level_alternation_is_not_factored() -> None:
    assert html_hints._bounded([r"\bfoo|bar"]) is None
    assert html_hints._bounded([r"\bfo(?:o|x)", r"\bf[|]"]) == r"f(?:o(?:o|x)|[|])"
    assert html_hints._bounded([r"\ba?b"]) == r"(?:a?b)"


def test_the_scanner_prefers_the_earlier_category_wherever_it_matches() -> None:
    scanner = html_hints._Scanner([[r"\bzeta\b", r"\b(?:x|y)z\b"], [r"\bab", r"\bxz"], [r"\ba"]])
    assert scanner.first("ab zeta") == 0  # category 0 matches later in the words than category 1
    assert scanner.first("xz") == 0  # through a pattern that does not start with a letter
    assert scanner.first("ab") == 1 and scanner.first("a") == 2 and scanner.first("b") is None


def _likes_reference(elements, outer, chain, lo, hi):  # type: ignore[no-untyped-def]
    a = elements[outer]
    return [e for e in elements[outer + 1:] if e.end > e.start and e.end <= a.end and (e.tag, e.hints) in chain
            and (e.end <= lo or e.start >= hi)]


def _elements(data: str | bytes):  # type: ignore[no-untyped-def]
    try:
        blocks = segment_html(data)[1]
    except InputError:  # documented: a page that reads as binary
        return []
    return blocks[0].dom.page.elements if blocks and blocks[0].dom is not None else []


@given(page())
def test_elements_come_in_document_order(html: str) -> None:
    starts = [e.start for e in _elements(html)]
    assert starts == sorted(starts)  # what _likes_inside relies on to stop early


@pytest.mark.parametrize("path", PAGES[:12], ids=lambda p: p.name)
def test_likes_inside_stops_early_with_the_same_answer(path: Path) -> None:
    from newsclean.revise_html import _likes_inside

    elements = _elements(_read(path))
    assert elements
    kinds = {(e.tag, e.hints) for e in elements}
    spans = [(0, 0)] + [(e.start, e.end) for e in elements[:: max(1, len(elements) // 20)]]
    for outer in range(len(elements)):
        for lo, hi in spans:
            assert _likes_inside(elements, outer, kinds, lo, hi) == _likes_reference(elements, outer, kinds, lo, hi)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60) | st.text(max_size=20))
def test_renormalise_fast_path_reads_as_normalise(paragraph: str) -> None:
    from newsclean.cleaner import _renormalise
    from newsclean.normalise import normalise

    try:
        slow = " ".join(normalise(paragraph).split())
    except InputError:
        slow = paragraph
    if paragraph.startswith("```") and "\n" in paragraph:
        slow = "\n".join(" ".join(line.split()) for line in paragraph.split("\n"))  # a code block keeps its lines
        assert " ".join(_renormalise(paragraph).split()) == " ".join(slow.split())
        return
    nested = re.match(r"( +)(?:[-*+]|\d{1,9}[.)]) ", paragraph)
    if nested:
        slow = nested[1] + slow  # a nested list item keeps its indentation
    assert _renormalise(paragraph) == slow


def test_renormalise_keeps_a_code_blocks_lines_and_indent() -> None:
    from newsclean.cleaner import _renormalise

    code = "```\nfor x in range(3):\n    print('caf\u00c3\u00a9', x)\n```"
    assert _renormalise(code) == "```\nfor x in range(3):\n    print('caf\u00e9', x)\n```"
