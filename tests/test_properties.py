"""Properties that hold for any input: hypothesis searches for counterexamples.

CI runs the "ci" profile (1,000 examples per property); `HYPOTHESIS_PROFILE=long`
runs 20,000 for a deeper search before a release.
"""

from __future__ import annotations

from collections import Counter

import regex
from hypothesis import example, given
from hypothesis import strategies as st

import newsclean

# A word is a run of letters and digits; markup characters such as "_" and "*" are not words.
WORD = regex.compile(r"[^\W_]+")

# Pieces that real scraped text is made of, so the search reaches the rules and the
# context pass, not only the tokenizer.
PIECES = [
    "Support us", "Advertisement", "(01 of06)", "Open Image Modal", "Read more", "×", "Continue",
    "By [Jane Doe](#)", "June 27, 2020", "MOSCOW (AP) — Officials said on Friday that talks would resume.",
    "— Jane Doe (@jdoe) July 1, 2020", "**Related article:** [A title](https://x.org/a)",
    "A Message from The Example Times:", "Dear readers,", "Remind me later.", "Once", "Monthly",
    "# A Headline Here", "## Section", "- a list item", "> a quote", "---", "Original url:", "<https://x.org/b>",
    "UPDATE: The story was changed.", "Photo 3/10", "Share this article", "© 2024 Example. All rights reserved.",
    "The council voted on Tuesday to expand the bus network, ending a debate that lasted two years.",
    "Supporters said the new routes would cut commuting times for thousands of workers in the suburbs.",
    "He said: “We will respond if necessary,” adding that nothing had been decided yet.",
    "Les élus ont voté mardi pour étendre le réseau de bus vers les banlieues du nord de la ville.",
    "市议会周二投票决定将公交网络扩展到北部郊区。", "[T]he officials", "**bold**text", "snake_case_word",
    "", " ", "\t", "|", "\u200b", "\u00a0",
]
SEPARATORS = st.sampled_from(["\n", "\n\n", "\n\n\n", " ", "\r\n"])
structured = st.lists(st.tuples(st.sampled_from(PIECES) | st.text(max_size=40), SEPARATORS), max_size=30).map(
    lambda parts: "".join(p + s for p, s in parts)
)
anything = st.text(max_size=400) | structured


def clean_or_none(text: str) -> newsclean.Document | None:
    try:
        return newsclean.clean(text)
    except newsclean.InputError:
        return None  # documented: binary-looking input is refused with a clear error


@given(anything)
def test_never_raises_anything_undocumented(text: str) -> None:
    clean_or_none(text)


@given(anything)
def test_never_invents_words(text: str) -> None:
    doc = clean_or_none(text)
    if doc is None:
        return
    out = Counter(WORD.findall(doc.text))
    given_words = Counter(WORD.findall(doc.input_text))
    assert not out - given_words


@given(anything)
@example("\x8cß\xa0")  # repaired to "Œß" with a no-break space; alone, "Œß" reads as MacRoman mojibake
@example("\rÂ 0")  # ftfy misses "Â " after leading white space, not without it
@example("\x0cÂ 0")
def test_idempotent(text: str) -> None:
    doc = clean_or_none(text)
    if doc is None:
        return
    assert newsclean.clean(doc.text).text == doc.text


@given(anything)
def test_deterministic(text: str) -> None:
    first = clean_or_none(text)
    second = clean_or_none(text)
    assert (first is None) == (second is None)
    if first is not None and second is not None:
        assert first.to_dict() == second.to_dict()


@given(anything)
def test_removal_spans_match_input(text: str) -> None:
    doc = clean_or_none(text)
    if doc is None:
        return
    for r in doc.removed:
        assert 0 <= r.start <= r.end <= len(doc.input_text)
        assert doc.input_text[r.start : r.end] == r.text


def test_a_stray_zero_width_joiner_is_dropped_but_emoji_sequences_keep_theirs() -> None:
    from newsclean.normalise import normalise

    assert normalise("a\n\u200d\nb \u200d\n") == "a\n\nb\n"
    family = "\U0001F468\u200d\U0001F469"
    assert normalise(f"x {family} y") == f"x {family} y"


def test_a_lines_trailing_space_stays_only_where_its_sentence_goes_on_below() -> None:
    from newsclean.normalise import normalise

    # a text node's space before a link (get_text("\n")): one space stays after a word or comma
    assert normalise("visit the   \nFull Results\n section below. \nNext") == (
        "visit the \nFull Results\n section below.\nNext")
    assert normalise("after a, \nlong debate") == "after a, \nlong debate"
    # nothing below, or a blank line, or a sentence's end: the spaces go
    assert normalise("Home \n\nNews  ") == "Home\n\nNews"
    assert normalise("Done. \nNext ") == "Done.\nNext"


@given(anything)
def test_normalising_twice_changes_nothing(text: str) -> None:
    from newsclean.errors import InputError
    from newsclean.normalise import normalise

    try:
        once = normalise(text)
    except InputError:
        return
    assert normalise(once) == once
