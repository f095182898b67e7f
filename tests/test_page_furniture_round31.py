"""Furniture the thirty-first round of written pages showed (science news, government releases, earnings-call
transcripts, podcast pages, encyclopedic explainers, morning newsletters, game reviews, deal posts): each case fails on
the code the round started from (`1deae05`), but for the guards (marked).

The clutter sits between paragraphs of an article, or below it; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import P1, P2, P3, P4, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # a newsletter platform's podcast gate and its player's fallback
    ("paywall", ["Audio playback is not supported on your browser. Please upgrade."]),
    ("paywall", ["Listen to this episode with a 7-day free trial"]),
    ("paywall", ["Subscribe to Slow Reading to listen to this post and get 7 days of free access to the full post "
                 "archives."]),
    # a broadcaster's transcript notices, a podcast host's buttons
    ("legal", ["Accuracy and availability of NPR transcripts may vary. Transcript text may be revised and updated."]),
    ("legal", ["This transcript was generated automatically and may contain errors."]),
    ("donation", ["Support the show"]),
    ("donation", ["Subscribe for ad-free episodes and bonus interviews"]),
    # a games site's review-copy note, a deal site's price note and lists
    ("legal", ["Reviewed on PS5, code provided by the publisher."]),
    ("legal", ["Tobias played Orbital Grocer for 26 hours on PC. A review code was provided by the publisher."]),
    ("advertisement", ["Prices accurate at the time of publishing."]),
    ("related", ["More deals", "Anker power bank drops to $29 at Amazon", "Kindle Paperwhite hits its lowest price"]),
    ("related", ["Also of interest: Minister opens new ferry terminal in Portree"]),
    # captions and cards
    ("caption", ["The crater rim seen from the rover. (Image courtesy of the research team)"]),
    ("newsletter", ["Enjoying Jovian Notes? Subscribe for free to get a new essay about the planets every other "
                    "Sunday."]),
    # a morning newsletter's sponsor box, credits and referral lines
    ("advertisement", ["A message from our sponsor: Keep your team's files in one place with Boxfold. Try it free "
                       "at boxfold.ai."]),
    ("byline", ["Today's newsletter was edited by Jane Roe and copy edited by Tom Hale."]),
    ("newsletter", ["You're 2 referrals away from a Vantage mug. Your referral count: 0"]),
])
def test_round_thirty_one_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


@pytest.mark.parametrize("line", [
    # (guards) an article's sentences in the rules' words
    "Publishers stopped sending review codes to critics after the launch, the studio's founder said in March.",
    "Thanks to the new funding, the show will add two reporters and a producer next year, the station said.",
])
def test_round_thirty_one_lines_that_stay(line: str) -> None:
    assert line in newsclean.clean("\n\n".join([P1, P2, line, P3, P4])).text


TURNS = [
    "Operator", "Good morning, and welcome to the third quarter earnings call. [Operator Instructions] I would now like "
    "to turn the conference over to Lena Ostrowski.",
    "Lena Ostrowski", "Thank you, operator, and good morning, everyone. Joining me today are Dana Whitcombe and Ravi.",
    "Dana Whitcombe", "Thanks, Lena. The third quarter was the strongest in our history by almost every measure, and "
    "orders from data center contractors were up more than 30%.",
    "Ravi Kandasamy", "Thank you, Dana. Revenue for the quarter was $412.6 million, an increase of 9.4% compared to the "
    "prior year, and margins widened again.",
    "Operator", "This concludes our question-and-answer session. I would like to turn the conference back over to Dana.",
    "Dana Whitcombe", "Thank you all for joining us. We look forward to updating you on our progress in February.",
]


def test_a_calls_turns_are_no_comment_replies() -> None:
    # the turns open as replies do ("Thanks, Lena."): the operator's lines mark a call's transcript
    doc = newsclean.clean("\n\n".join(["Keystone Fabrication (KSFB) Q3 2026 Earnings Call Transcript", P1, *TURNS]))
    assert "Thanks, Lena." in doc.text and "Thank you all for joining us." in doc.text


def test_a_takeaways_box_opens_the_article() -> None:
    doc = newsclean.clean("\n\n".join(["Keystone Fabrication Q3 2026 earnings", "By Jade Morrow", "December 1, 2026",
                                       "Takeaways", "Revenue rose 9.4% to $412.6 million.", P1, P2, P3]))
    assert doc.text.startswith("Takeaways")
