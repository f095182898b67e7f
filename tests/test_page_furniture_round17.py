"""Furniture the seventeenth round of written pages showed (architecture and transit, energy, drinks, marketing,
nursing, gardening, fitness, puzzles): each case fails on the code the round started from (`9231d15`), but for
the guards (marked).

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import BODY, P1, P2, P3, P4, article, assert_body_intact, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    ("advertisement", ["Buy from: Crocus, Sarah Raven, Thompson & Morgan"]),  # a magazine's shop row
    ("chrome", ["Take the Lawn Quiz"]),
    ("chrome", ["Reserve timed tickets"]),
])
def test_round_seventeen_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


def test_an_affiliate_card_under_a_listicles_numbered_heading_leaves_the_heading() -> None:
    """The card's upward walk stops at the listicle's numbered heading; the card's footer goes with it."""
    card = ["Best Overall", "Wildthorn Botanical No. 3", "$34.99", "Buy at Amazon", "Prices last updated on 01/20/2025"]
    text = "\n\n".join(["11 Non-Alcoholic Spirits That Actually Taste Good", P1, "1. Wildthorn Botanical No. 3", *card, P2,
                        "2. Amaro Sereno", P3, P4])
    doc = newsclean.clean(text)
    assert_body_intact(doc)
    assert "1. Wildthorn Botanical No. 3" in doc.text
    assert [r.text for r in doc.removed if r.category == "advertisement"] == card


def test_a_sponsors_teaser_between_its_labels_goes_and_the_article_goes_on_below() -> None:
    ad = ["Sponsored Content", "How modular rebar cages are cutting weeks off transit projects",
          "Presented by Ironform Systems"]
    section = ["Key numbers", "Train hall roof: 180 m long, 48 m span", "Structural steel: 9,600 tonnes",
               "Peak workforce: 1,150", "Opening: second half of 2027"]
    closing = ("About 780 workers are currently on site, a figure expected to peak at 1,150 next summer as fit-out of the "
               "station concourse begins.")
    text = "\n\n".join(["Station roof topped out", P1, P2, P3, *ad, *section, closing, "TAGS", "Get the Daily newsletter",
                        "Subscribe", "About us", "Contact", "Privacy Policy"])
    doc = newsclean.clean(text)
    assert all(line not in doc.text for line in ad)
    assert all(line in doc.text for line in section) and closing in doc.text


NURSING = [  # a nursing school's guide (a written page's), the paragraphs above its program card and below it
    "Registered nurses assess patients, administer medications and treatments, coordinate care plans with physicians "
    "and other clinicians, and educate patients and families about managing their health. RNs work in hospitals, "
    "outpatient clinics, schools and home health agencies.",
    "Day to day, the work depends heavily on the setting. A medical-surgical nurse on a busy hospital unit may care for "
    "five or six patients per shift, while a school nurse might see dozens of students for minor complaints.",
    "There are two degrees that qualify you to sit for the RN licensing exam: the Associate Degree in Nursing (ADN) and "
    "the Bachelor of Science in Nursing (BSN). Both prepare you for the same exam, but they differ in length, cost and "
    "long-term career options.",
    "Many hospitals, particularly those with Magnet recognition, now prefer or require a BSN for new hires. If you start "
    "with an ADN, plan on completing an RN-to-BSN bridge within a few years of graduating.",
    "Most nursing programs expect applicants to finish a set of science and general education prerequisites before they "
    "begin clinical coursework, and competitive programs look closely at your science GPA.",
    "Clinical rotations are where classroom knowledge becomes practice. Under the supervision of clinical instructors and "
    "preceptors, students rotate through adult health, pediatrics, obstetrics, mental health and community health settings."]


def test_a_cards_most_popular_badge_does_not_end_the_article() -> None:
    card = ["Most popular", "Accelerated BSN (ABSN)", "16 months", "Hybrid", "Explore Program"]
    text = "\n\n".join(["Skip to content", "Programs", "Admissions", "Request Info",
                        "Home » Blog » How to Become a Registered Nurse", "How to Become a Registered Nurse", *NURSING[:4],
                        *card, "Step 2: Complete prerequisite courses", *NURSING[4:],
                        "Share this article Facebook LinkedIn X Email", "© 2025 Bellwood College of Nursing. All rights reserved."])
    doc = newsclean.clean(text)
    assert all(p in doc.text for p in NURSING)
    assert "Step 2: Complete prerequisite courses" in doc.text
    assert "Most popular" not in doc.text
    # (guard) a stories' box under the same heading still ends it
    box = ["Most popular", "Stock markets slump as rate fears return to Wall Street",
           "City council approves new budget after a long night of debate", "Heatwave to break by the weekend, forecasters say"]
    doc = newsclean.clean("\n\n".join(["Library plan approved", *BODY, *box]))
    assert all(line not in doc.text for line in box[1:])


@pytest.mark.parametrize("category,clutter", [
    ("chrome", ["Book your spot"]),
    ("chrome", ["Apply for 1:1 coaching"]),
    ("chrome", ["Start the free lesson"]),
    ("chrome", ["Search Travel Jobs"]),
    ("chrome", ["Try the simulator →"]),
    ("chrome", ["See upcoming sessions"]),
    ("chrome", ["Reveal all answers"]),
    ("chrome", ["See Plans in My Area"]),
    ("chrome", ["Previous 1 / 4 Next"]),
    ("advertisement", ["Buy now: $79.99"]),
    ("advertisement", ["Buy The Crossword Workbook on Amazon"]),
    ("advertisement", ["Advertiser disclosure: WattCompare is compensated by some of the providers listed on this page. "
                       "This may influence which plans we show, but not our ratings."]),
])
def test_round_seventeen_buttons_and_notes_leave(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


def test_an_app_promos_badges_take_its_heading_and_pitch() -> None:
    box = ["Track every kilowatt", "See your home's usage hour by hour and get alerts when prices spike.",
           "Download on the App Store Get it on Google Play"]
    doc = newsclean.clean(article(*box))
    assert_body_intact(doc)
    assert all(line not in doc.text for line in box), [(r.rule, r.text) for r in doc.removed]


@pytest.mark.parametrize("category,clutter", [
    ("chrome", ["Get the prospectus"]),
    ("chrome", ["Book a brand clinic"]),
    ("legal", ["Fees may apply. See account disclosures for details."]),
    ("advertisement", ["Today's episode is brought to you by Ledgerly. Ledgerly does your books while you do the work. "
                       "Try it free at ledgerly.io/smallstack."]),
])
def test_round_seventeen_agency_and_podcast_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)

