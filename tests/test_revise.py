"""The context pass on its own: body runs, barriers, valleys, title choice."""

from __future__ import annotations

import newsclean
from newsclean.revise import best_run, first_substantial_run, slug_words

PROSE = (
    "The committee met for three hours on Monday and agreed, after a long debate, that the "
    "new rules would take effect at the start of next year for every member state."
)


def test_best_run_is_the_maximum_sum_stretch() -> None:
    assert best_run([-1, 5, -2, 6, -10, 3]) == (1, 3)
    assert best_run([-1, -2]) == (0, -1)


def test_first_substantial_run_stops_at_a_barrier_after_the_article() -> None:
    scores = [-1.0, 100.0, 90.0, -1000.0, 120.0, 120.0, 120.0]  # article, comments heading, long comments
    assert first_substantial_run(scores) == (1, 2)


def test_a_small_run_before_a_barrier_does_not_win() -> None:
    scores = [10.0, -1000.0, 200.0, 180.0]  # a teaser, a "Trending" heading, then the article
    assert first_substantial_run(scores) == (2, 3)


def test_menu_valleys_keep_the_sidebar_out_of_a_whole_page() -> None:
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Opinion"])
    sidebar = "\n".join([PROSE.replace("committee", "sidebar")] * 2)
    page = "\n".join(["Skip to content", "Search", menu, PROSE, PROSE, PROSE, menu, menu, sidebar, "© 2025 Example"])
    doc = newsclean.clean(page)
    assert doc.text.count("committee") == 3
    assert "sidebar" not in doc.text


def test_slug_words_come_from_the_last_path_segment() -> None:
    assert slug_words("https://example.com/2024/05/01/council-backs-bus-plan.html") == {"council", "backs", "bus", "plan"}
    assert slug_words(None) == set()
