"""The benchmark's ceilings (bench/headroom.py): what a cleaner of a track could reach."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from bench import headroom as H
from bench import metrics as M

WORDS = ["alpha", "beta", "gamma", "delta", "menu", "home", "share"]


def test_oracle_keeps_exactly_the_gold_lines() -> None:
    text = "Home\nThe council met on Tuesday.\nShare this\nIt voted to close the road.\nMenu"
    gold = "The council met on Tuesday.\n\nIt voted to close the road."
    f1, kept = H.line_oracle(text, gold)
    assert f1 == 1.0
    assert kept == ["The council met on Tuesday.", "It voted to close the road."]


def test_oracle_is_below_one_when_the_input_lost_gold_words() -> None:
    assert H.line_oracle_f1("Only half of it.", "Only half of it. The rest is gone") < 0.8


lines = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
                 min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(lines, st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join))
def test_oracle_reports_its_own_selection_and_no_flip_improves_it(text_lines, gold) -> None:
    text = "\n".join(text_lines)
    f1, kept = H.line_oracle(text, gold)
    assert abs(f1 - M.word_f1("\n".join(kept), gold)) < 1e-9  # bookkeeping matches a recount
    best = max(
        M.word_f1("\n".join(c), gold)
        for r in range(len(text_lines) + 1)
        for c in itertools.combinations(text_lines, r)
    )
    assert f1 <= best + 1e-9
    for line in text_lines:  # a local optimum: one line more or less is no better
        flipped = list(kept)
        flipped.remove(line) if line in kept else flipped.append(line)
        assert M.word_f1("\n".join(flipped), gold) <= f1 + 1e-9


def test_date_forms_cover_common_spellings() -> None:
    forms = H.date_forms("2024-06-03")
    for written in ("june 3, 2024", "jun. 3, 2024", "3 june 2024", "06/03/2024", "03.06.2024",
                    "june 3rd, 2024", "2024-06-03"):
        assert written in forms
    assert H.date_forms("2003-11") == []
    assert H.date_written("By Jane Roe | Published Jun 3, 2024", "2024-06-03")
    assert not H.date_written("Published Jun 4, 2024", "2024-06-03")
    assert not H.date_written("Published 13 June 2024", "2024-06-03")  # another day's figure
    assert not H.date_written("Filed 06/03/20245", "2024-06-03")


def test_title_written_as_a_line_or_a_part_of_one() -> None:
    assert H.title_written("Best Kettles of 2025 | Acme Reviews\nBody", "Best Kettles of 2025")
    assert H.title_written("Menu\nBest Kettles of 2025\nBody", "best kettles of 2025")
    assert not H.title_written("The Kettles We Like\nBody", "Best Kettles of 2025")


def test_a_field_the_cleaner_found_counts_even_if_not_written_plainly() -> None:
    gold = {"title": "A Title", "publish_date": "2024-06-03"}
    assert H.meta_ceiling("no such line", gold, {"title": True, "date": False}) == {
        "title": True, "date": False}
    assert H.meta_ceiling("x", {"title": None}, {}) == {"title": None, "date": None}
