"""Furniture the ninth round of written pages showed: each case fails on the code before it.

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import article, assert_body_intact, assert_removed

import newsclean


@pytest.mark.parametrize("category,clutter", [
    ("chrome", ["Get breaking news alerts. Download the Harbour Times app for instant updates on crime, weather "
                "and traffic.", "Download for iOS Download for Android"]),
    ("chrome", ["Get it on Google Play"]),
], ids=lambda v: v if isinstance(v, str) else v[0][:30])
def test_furniture_between_paragraphs_leaves(category: str, clutter: list[str]) -> None:
    doc = newsclean.clean(article(*clutter))
    assert_body_intact(doc)
    assert_removed(doc, clutter[0], category)
    for line in clutter[1:]:
        assert line not in doc.text


def test_a_gallery_strip_leaves_with_its_bracketed_credits() -> None:
    strip = ["1 of 8 Expand",
             "Broken display cases inside the jewellery store on Tuesday afternoon.",
             "(Maria Chen / The Harbour Times)",
             "A still from the surveillance video shows two of the suspects at the cases.",
             "(Courtesy of the City Police Department)"]
    doc = newsclean.clean(article(*strip))
    assert_body_intact(doc)
    for line in strip:
        assert line not in doc.text, line
    assert {r.category for r in doc.removed if r.text in strip} <= {"gallery", "caption"}
