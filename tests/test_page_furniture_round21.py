"""Furniture the twenty-first round of written pages showed (pet care, US local news, productivity blogs, science news,
music and podcast pages, travel guides, advocacy posts, SaaS comparisons): each case fails on the code the round
started from (`c6b8553`), but for the guards (marked).

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import P1, P2, P3, P4, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # a local paper's reader-revenue boxes: a two-sentence motto or the paper's name over the pitch and button
    ("donation", ["The Riverbend Reader is free. Keep it that way.",
                  "Our arts coverage is paid for by readers like you. Become a member for as little as $5 a month.",
                  "Donate now"]),
    ("donation", ["Keep the Westside Weekly free",
                  "We've been covering Westside restaurants, music and politics for 34 years, and we've never charged "
                  "readers a dime. Help us keep it that way.", "Support us"]),
    ("donation", ["Dear reader, we're asking you to help us keep local news available for all readers. Please support "
                  "the Ledger by subscribing."]),
    # a newsletter's label and a site's own newsletter, a sign-up box's cadence line
    ("newsletter", ["Don't miss local news: Subscribe to Patch's free Oak Hollow newsletter and alerts."]),
    ("newsletter", ["Get campaign updates in your inbox", "One email a week. No spam, ever.", "Subscribe"]),
    # an advocacy group's action box, a clinic's and a comparison site's buttons
    ("chrome", ["Call your legislators", "Enter your address and we'll connect you to your representative.",
                "Find my legislators"]),
    ("chrome", ["Chat with a vet now"]),
    ("chrome", ["Compare 12 insurers in 60 seconds →"]),
    # a local paper's label in capitals, a letters page's disclaimer, a science site's citation
    ("related", ["PREVIOUSLY: Cedar Falls schools survey parents on four-day week"]),
    ("legal", ["The views expressed in letters are those of the writers and do not necessarily reflect the views of "
               "the Sentinel."]),
    ("chrome", ["Reference: “Nondestructive thermometry with a single trapped ion” by Elodie Marchetti and Jonas "
                "Weidmann, 14 February 2025, Physical Review Letters."]),
    # a label and its question run into the headline
    ("related", ["Loving this? You might also enjoy The Weekly Review Ritual That Saved My Sundays"]),
    # a tech publisher's price widget
    ("advertisement", ["Today's best Synqly deals", "Synqly $9.99/mth Visit Site", "Synqly Business $15/mth View Deal",
                       "We check over 250 million products every day for the best prices"]),
])
def test_round_twenty_one_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


@pytest.mark.parametrize("line", [
    "Background: College students experience high levels of stress during the exam weeks of each term.",  # (guard)
    "Pro $15/mth 1 TB storage",  # (guard: a pricing table's row, no button)
])
def test_round_twenty_one_lines_that_stay(line: str) -> None:
    doc = newsclean.clean("\n\n".join([P1, P2, line, P3, P4]))
    assert line in doc.text


def test_a_closing_tables_heading_and_rows_stay_with_the_article() -> None:
    text = "\n\n".join([
        "7-Day Iceland Ring Road Itinerary", "Sigrún Halldórsdóttir April 29, 2025", P1, P2, P3, "Driving times",
        "Leg Distance Driving time\nReykjavík to Vík 187 km 2.5 hours\nVík to Höfn 272 km 3.5 hours\n"
        "Höfn to Egilsstaðir 247 km 3.5 hours",
        "Iceland Self-Drive", "Share on Facebook Share on LinkedIn Share via Email", "Related posts",
        "Iceland in winter: 6 days of ice caves and aurora", "© 2025 Northbound Journeys Ltd"])
    doc = newsclean.clean(text)
    assert "Driving times" in doc.text and "Höfn to Egilsstaðir 247 km 3.5 hours" in doc.text
    assert "Share on Facebook" not in doc.text


def test_a_letters_short_closing_paragraph_under_a_comment_button_stays() -> None:
    closing = "That is it from me. Next week: the ferry to Albania, and whether the coffee really is better there."
    text = "\n\n".join([P1, P2, P3, "Leave a comment", closing, "With love from the heel of the boot,", "Giulia",
                        "Discussion about this post", "Helen W. Jul 9",
                        "Saving this for September. Did you need the car in Lecce?", "Like (3) Reply Share"])
    doc = newsclean.clean(text)
    assert all(p in doc.text for p in (P1, P2, P3))
    assert closing in doc.text and "Saving this for September" not in doc.text


def test_a_uk_vets_letters_are_no_second_author() -> None:
    text = "\n\n".join(["Why cats hide pain", "by Dr. Helena Marsh, BVSc MRCVS", P1, P2])
    assert newsclean.clean(text).metadata.authors == ["Dr. Helena Marsh"]
