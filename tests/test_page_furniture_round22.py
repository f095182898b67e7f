"""Furniture the twenty-second round of written pages showed (weddings, fitness, moving companies, education rankings,
home-services cost guides, photography, wellness, personal finance): each case fails on the code the round started
from (`a4704d2`), but for the guards (marked).

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES
from test_categories import P1, P2, P3, P4, assert_body_intact, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # a sample picture's caption before its settings, in any order
    ("caption", ["Backlit portrait in a wheat field — Canon EOS R6 II · RF 85mm f/1.2 · f/1.8 · 1/800s · ISO 100"]),
    ("caption", ["Market day, Naples. Ricoh GR III, 1/1000, f/8, ISO 400"]),
    ("caption", ["The ion trap sits inside a vacuum chamber cooled to four kelvin. Credit: SciTechPulse.com"]),
    # a bank's, a lender's, a contractor's and a directory's buttons
    ("chrome", ["Open Checking"]),
    ("chrome", ["Send my quote"]),
    ("chrome", ["View profile Request a quote"]),
    ("chrome", ["Try the seating chart"]),
    ("chrome", ["★ 4.9 · 164 reviews"]),
    ("advertisement", ["£265.00 Sold out"]),
    ("advertisement", ["4.5/5 NerdRating"]),
    # an investing page's holdings, a franchise's note
    ("legal", ["The author held no positions in any of the stocks mentioned."]),
    ("legal", ["Each location is independently owned and operated."]),
    # a platform's badge
    ("paywall", ["Member-only story"]),
])
def test_round_twenty_two_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


@pytest.mark.parametrize("line", [
    "I shot at f/8, 1/250s and ISO 100 for most frames of the series.",  # (guard: a sentence naming its settings)
])
def test_round_twenty_two_lines_that_stay(line: str) -> None:
    assert line in newsclean.clean("\n\n".join([P1, P2, line, P3, P4])).text


def test_a_related_box_of_two_headlines_before_the_next_section_does_not_end_the_article() -> None:
    box = ["You might also be interested in", "Reading a light pollution map", "Planning your Milky Way season"]
    doc = newsclean.clean("\n\n".join([P1, P2, *box, "A sturdy tripod", P3, P4]))
    assert_body_intact(doc)
    assert "A sturdy tripod" in doc.text and all(line not in doc.text for line in box)


def test_a_disclosures_label_in_the_head_takes_its_paragraph() -> None:
    note = ("Our writers and editors used an in-house natural language generation platform to assist with portions of "
            "this article, allowing them to focus on adding information that is uniquely helpful.")
    text = "\n\n".join(["Capital Gains Tax: 2025 Rates And How To Calculate", "Editorial Disclosure", note,
                        "Written by Tess Vandermolen Senior Taxes Reporter", "March 3, 2025", P1, P2])
    doc = newsclean.clean(text)
    assert note not in doc.text and doc.text.startswith(P1)


def test_a_published_and_updated_stamp_with_their_times_leaves() -> None:
    stamp = "Published March 9, 2026 at 2:20 p.m. Updated March 10, 2026 at 8:05 a.m."
    doc = newsclean.clean("\n\n".join(["Review: a homecoming roar at the Civic Hall", "By Owen Castellano", stamp, P1, P2]))
    assert stamp not in doc.text
    assert doc.metadata.published is not None and doc.metadata.published.startswith("2026-03-09")


def test_a_platforms_post_id_in_the_slug_leaves_the_headline_its_words() -> None:
    text = "\n\n".join(["I Tracked Every 15 Minutes of My Life for 90 Days. Here's What I Learned.",
                        "The data replaced a flattering story about my days with a true one.", P1, P2])
    url = "https://medium.com/@rafael/i-tracked-every-15-minutes-4c1e2b7f90a1"
    assert newsclean.clean(text, url=url).metadata.title.startswith("I Tracked Every 15 Minutes")


def test_generated_atomic_class_names_mark_no_advertisement() -> None:
    doc = newsclean.clean((FIXTURES / "written" / "medium-atomic-classes.html").read_text(encoding="utf-8"), format="html")
    assert "the first month I came home" in doc.text and "I started looking at the street" in doc.text


def test_product_boxes_between_a_listicles_paragraphs_do_not_sink_its_element() -> None:
    doc = newsclean.clean((FIXTURES / "written" / "tutoring-listicle-product-boxes.html").read_text(encoding="utf-8"),
                          format="html")
    assert "How we chose" in doc.text and "Platforms that hid prices" in doc.text
