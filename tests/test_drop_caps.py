"""A drop cap a renderer split off its word is joined back, only where the page vouches for the word."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.drop_caps import join_drop_caps

STORY = (
    "Cameras for every budget\n\n"
    "T here are a million different types of cameras on the market, and there is one for everyone.\n\n"
    "M ath decides the rest: a sensor's size and its lens set what the math of light allows.\n"
)


def test_a_split_first_letter_joins_the_word_the_page_writes_elsewhere() -> None:
    out = join_drop_caps(STORY)
    assert "\nThere are a million" in out and "\nMath decides the rest" in out


def test_a_letter_that_is_no_drop_cap_stays() -> None:
    text = (
        "T cells fight infection, and the body makes more T cells when it needs them.\n\n"
        "B vitamins help too.\n\nA new study says so.\n\nI read it and I believe it.\n"
    )
    assert join_drop_caps(text) == text  # no "tcells", "bvitamins" in the page; "A", "I" are words


def test_a_short_label_is_no_paragraph_with_a_drop_cap() -> None:
    text = "B corp\n\n![BCorp](https://example.com/bcorp.png)\n\nEvery brand here is a certified BCorp company today.\n"
    assert join_drop_caps(text) == text  # the page writes "BCorp", but "B corp" opens no paragraph


def test_a_rest_the_page_uses_as_a_word_far_more_often_stays_a_word() -> None:
    text = (
        "B and Q opened a store and a garden centre and a café and a car park and more.\n\n"
        "The band played and the crowd sang and danced.\n"
    )
    assert join_drop_caps(text) == text  # "and" seven times, "band" once: two words


def test_clean_returns_the_joined_word_and_keeps_its_spans() -> None:
    doc = newsclean.clean(STORY + "\nAdvertisement\n")
    assert "There are a million different types of cameras" in doc.text
    assert all(doc.input_text[r.start:r.end] == r.text for r in doc.removed)
    assert newsclean.clean(doc.text).text == doc.text


@given(st.text(alphabet="TMBAI hereathcls\n.", max_size=80))
def test_joining_changes_only_spaces_and_is_stable(text: str) -> None:
    out = join_drop_caps(text)
    assert regex.sub(r"\s", "", out) == regex.sub(r"\s", "", text)
    assert join_drop_caps(out) == out
