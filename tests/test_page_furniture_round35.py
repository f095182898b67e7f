"""Furniture the thirty-fifth round of written pages showed, and what the thirty-fourth round's national news pages
left: each case fails on the code the stop started from (`de364ec`), but for the guards (marked).

The clutter sits between paragraphs of an article, or below it; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import P1, P2, P3, P4, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # national news in de fr nl: share rows and menus, bookmark and listen buttons, a comment count, a video teaser
    ("share", ["Partager l'article sur les r\u00e9seaux sociaux : Partager sur X (anciennement Twitter) Partager sur "
               "Facebook Partager par email"]),
    ("share", ["X.com Facebook E-Mail Messenger WhatsApp Link kopieren"]),
    ("share", ["Weitere Optionen zum Teilen"]),
    ("share", ["Facebook Twitter WhatsApp Mail 34 reacties"]),
    ("share", ["Zur Merkliste hinzuf\u00fcgen Artikel anh\u00f6ren \u2022 7 Min"]),
    ("related", ["Bekijk ook", "Video. Timelapse: zo werd het laatste tunnelelement afgezonken 02:31"]),
])
def test_round_thirty_five_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


@pytest.mark.parametrize("line", [
    # (guards) an article's lines in the rules' words
    "34 comments were filed with the council before the deadline, most of them opposing the new car park.",
])
def test_round_thirty_five_lines_that_stay(line: str) -> None:
    assert line in newsclean.clean("\n\n".join([P1, P2, line, P3, P4])).text


def test_a_date_with_its_time_and_reading_time_under_a_standfirst_goes() -> None:
    text = "\n\n".join([
        "Sanierungsstau an Schulen: Wenn der Putz von der Decke f\u00e4llt",
        "Undichte D\u00e4cher, gesperrte Turnhallen, Toiletten ohne T\u00fcren: Der Investitionsr\u00fcckstand an "
        "Deutschlands Schulen ist auf 58 Milliarden Euro gewachsen. Das Sonderverm\u00f6gen wird daran wenig \u00e4ndern.",
        "14.01.2026, 17.45 Uhr \u2022 6 Min",
        P1, P2, P3])
    doc = newsclean.clean(text)
    assert "17.45 Uhr" not in doc.text
    assert doc.metadata.published is not None and doc.metadata.published.startswith("2026-01-14")
    assert P1 in doc.text
