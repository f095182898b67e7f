"""Furniture the thirty-fourth round of written pages showed, and mends found on the dev pages this stop: each case
fails on the code the stop started from (`9004729`), but for the guards (marked).

The clutter sits between paragraphs of an article, or below it; every paragraph must stay.
"""

from __future__ import annotations

import newsclean

ROUNDUP = [
    "# The 9 Best Stand Mixers of 2026, Tested and Reviewed",
    "By Maren Castellano",
    "We baked forty loaves of sandwich bread, whipped a dozen batches of meringue and kneaded pizza dough until the "
    "motors smelled hot, timing each machine and weighing what stuck to the bowl's walls.",
    "The tilt-head models were easier to load and clean, but the bowl-lift machines held steadier under stiff dough, "
    "and two of the cheaper ones walked across the counter at the highest speed.",
    "Our favourite overall handled every recipe without straining and cleaned up in minutes; the budget pick did "
    "nearly as well on cakes and cookies but struggled with bagel dough.",
    "The kneading tests mattered most: a mixer that stalls on a double batch of bread dough will not last, whatever "
    "its price, and three of the twelve we tried stalled at least once during the hour-long runs.",
    "Noise was the other surprise, with the quietest machine measuring half as loud as the loudest at full speed.",
    "## Why Trust The Kitchen Desk?",
    "Maren Castellano is a commerce editor at The Kitchen Desk who has tested kitchen appliances for six years. For "
    "this story she worked with two professional bakers and tested twelve mixers over three weeks in our lab.",
]


def test_a_roundups_why_trust_us_section_is_no_writers_bio() -> None:
    doc = newsclean.clean("\n\n".join(ROUNDUP), format="markdown")
    assert "Maren Castellano is a commerce editor" in doc.text
    assert not any(r.rule == "byline.bio" for r in doc.removed)


def test_a_bio_under_an_about_the_author_heading_still_goes() -> None:  # guard
    lines = ROUNDUP[:-2] + ["## About the author", ROUNDUP[-1]]
    doc = newsclean.clean("\n\n".join(lines), format="markdown")
    assert "Maren Castellano is a commerce editor" not in doc.text
