"""Furniture the fourteenth round of written pages showed (fashion, sports, security, faith, history,
photography and design, online selling, telecom and utilities): each case fails on the code the stop
started from (`d6b9300`), but for the guards (marked).

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

from test_categories import BODY, assert_body_intact

import newsclean

GHOST_TOP = ["Field notes: counting curlews on the saltings", "Marshland Trust News", "Home", "Field notes",
             "Our reserves", "Sign in Subscribe", "Field notes", "Field notes: counting curlews on the saltings"]
STANDFIRST = "A dawn high-tide roost count on the saltmarsh, and what this winter's numbers tell us."


def test_the_title_line_said_again_as_the_h1_is_the_headline_and_its_standfirst_goes() -> None:
    """A blog platform prints its <title> line as the headline, no site name after it: the H1 said again
    over the byline is the headline (not the site's name between them), and the line under it is its standfirst."""
    text = "\n\n".join([*GHOST_TOP, STANDFIRST, "Gwen Ashdown, Tariq Osei", "27 Jan 2026 • 5 min read", *BODY])
    doc = newsclean.clean(text)
    assert_body_intact(doc)
    headline = [r for r in doc.removed if r.rule == "title.headline"]
    assert [r.text for r in headline] == [GHOST_TOP[-1]] and headline[0].start > text.index("Our reserves")
    assert STANDFIRST not in doc.text
    assert doc.metadata.title == GHOST_TOP[0]

