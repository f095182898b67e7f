"""The article's date (and the name over it) just below a standfirst, where head rules no longer look."""

from __future__ import annotations

import newsclean

STANDFIRST = ("Since our first report, a new source familiar with the firm's finances has come forward to say "
              "that the deposits were spent long before the moves were due.")
BODY = [
    "The council met on Tuesday to debate the new tram line, which has been delayed twice this year already by funding rows.",
    "The mayor said the vote would go ahead next week regardless of the objections raised by the opposition members.",
    "Residents along the route have complained for months about the noise of the test runs late at night and early in the morning.",
    "A spokesperson for the operator said the timetable would be published once the council had approved the final budget.",
]


def test_a_date_line_under_the_standfirst_is_the_bylines() -> None:
    doc = newsclean.clean("\n\n".join([STANDFIRST, "Jane Roe", "Friday, December 19, 2025", *BODY]))
    assert "December 19, 2025" not in doc.text and "Jane Roe" not in doc.text
    assert doc.metadata.published == "2025-12-19"
    assert doc.metadata.authors == ["Jane Roe"]
    assert {r.rule for r in doc.removed} >= {"byline.date", "byline.name"}
    assert all(p in doc.text for p in [STANDFIRST, *BODY])


def test_a_dates_label_on_its_own_line_goes_with_it() -> None:
    doc = newsclean.clean("\n\n".join([STANDFIRST, "Last updated:", "12 November 2025", *BODY]))
    assert "Last updated" not in doc.text and "12 November 2025" not in doc.text


def test_a_timelines_dates_stay() -> None:
    # three dates alone on their lines are the article's own headings, not its byline
    timeline = [STANDFIRST, "March 3, 2025", BODY[0], "April 9, 2025", BODY[1], "May 20, 2025", BODY[2], BODY[3]]
    doc = newsclean.clean("\n\n".join(timeline))
    assert all(d in doc.text for d in ("March 3, 2025", "April 9, 2025", "May 20, 2025"))


def test_a_date_line_deep_in_the_article_stays() -> None:
    doc = newsclean.clean("\n\n".join([STANDFIRST, *BODY, *BODY[:2], "June 2, 2025", BODY[2]]))
    assert "June 2, 2025" in doc.text


def test_a_sentence_or_a_heading_with_a_date_stays() -> None:
    line = "The vote is set for June 2, 2025."
    doc = newsclean.clean("\n\n".join([STANDFIRST, line, *BODY]))
    assert line in doc.text
