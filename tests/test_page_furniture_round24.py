"""Furniture the twenty-fourth round of written pages showed, pages of publishing platforms and renditions (Ghost,
newsletter archives, developer communities, WordPress.com, WordPress news themes, legacy CMSs, Notion and Framer, AMP):
each case fails on the code the round started from (`1b42b86`), but for the guards (marked).

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import P1, P2, P3, P4, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    ("chrome", ["Download the KVLY 7 app for breaking news alerts and live coverage. iPhone | Android"]),
    ("chrome", ["1.4K claps 12 responses"]),
    ("share", ["Share Share on Facebook Share on Twitter Share on Pinterest Share on WhatsApp Share via Email"]),
    ("newsletter", ["Subscribe to product updates and get this changelog in your inbox once a month. Sign up here."]),
    ("newsletter", ["Thanks for reading. I write about small products roughly once a month — leave your email and I will "
                    "send the next one."]),
    ("newsletter", ["Pop your email below and I will send it to you, along with the printable version."]),
    ("newsletter", ["Forwarded this email? Subscribe here for more."]),
    ("newsletter", ["View in browser"]),
    ("share", ["Like this:", "Like Loading…"]),
    ("share", ["Thanks for reading! If you found this useful, give it a few claps 👏 and follow me for more Python tips."]),
    ("share", ["👋 Before you go: if this series helps you, drop a ❤️ and follow me so you get part 4 in your feed."]),
    ("chrome", ["We’re hiring! If problems like this interest you, check out our open roles."]),
    ("chrome", ["Jump to Pattern Pin Pattern"]),
    ("chrome", ["Sign up to volunteer"]),
    ("legal", ["You can find out more about which cookies we are using or switch them off in settings."]),
    ("legal", ["Originally published at hollis.codes on February 12, 2025."]),
    ("related", ["ALSO READ:Pensioners get a rise in April as the triple lock holds"]),
    ("related", ["📖 ICYMI: Why the tide gauges on the pier matter more than you think"]),
    ("advertisement", ["My favourite gels right now – 15% off with code RESERVOIR15"]),
    ("advertisement", ["Sponsor: Gridwatch is supported by Tileworks, hosted vector tiles with fair pricing for small projects."]),
    ("advertisement", ["Together with Ledgerly", "Tired of juggling five banking apps? Ledgerly pulls every account into one "
                       "calm dashboard and sends you a single weekly summary of where your money went.",
                       "Start your free month →"]),
    ("advertisement", ["PRESENTED BY", "Stop copying data between tools",
                       "Flowdesk connects your CRM, inbox and spreadsheets so updates happen once and show up everywhere. "
                       "Teams using Flowdesk save an average of six hours a week.", "Try Flowdesk free for 14 days"]),
])
def test_round_twenty_four_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


def test_a_story_told_in_slides_over_their_credits_stays() -> None:  # a Web Story: its sentences are the article
    slides = ["Lisbon is a city of hills, and the best way to see it is to climb them early, before the trams fill up.",
              "Start at Miradouro da Graça at sunrise. The terrace faces west, so the old town lights up in front of you.",
              "Walk down through Alfama rather than taking the tram. The lanes are steep, and the cafés open by eight.",
              "Stop for a bica and a custard tart. Locals drink coffee standing at the counter, and it costs little."]
    doc = newsclean.clean("\n".join(line for s in slides for line in (s, "Photo: Rui Tavares")))
    assert all(s in doc.text for s in slides) and "Rui Tavares" not in doc.text


def test_slides_over_their_credits_inside_an_article_still_leave() -> None:  # (guard: the article's paragraphs stand)
    slides = ["Oduya watched from side stage as the crowd sang the chorus back.", "Photo: Shutterstock",
              "The encore ran twenty minutes past the curfew.", "Photo: Shutterstock"]
    doc = newsclean.clean("\n\n".join([P1, P2, *slides, P3, P4]))
    assert all(s not in doc.text for s in slides[::2])


def test_a_weekday_before_the_bylines_date_is_no_part_of_the_name() -> None:
    text = "\n\n".join(["Students build $14 sensor that hears leaks inside walls",
                        "Story by Maren Oakes Monday, May 20, 2024", P1, P2])
    doc = newsclean.clean(text)
    assert doc.metadata.authors == ["Maren Oakes"] and doc.metadata.published == "2024-05-20"


def test_a_news_themes_byline_on_one_line_names_the_writer() -> None:  # "By Name - Date" (tagDiv's, flattened)
    doc = newsclean.clean("\n\n".join(["Council approves the northern bus routes", "By Jane Roe - March 7, 2025", P1, P2]))
    assert doc.metadata.authors == ["Jane Roe"]


def test_a_phrases_word_said_twice_around_by_is_no_handle() -> None:
    doc = newsclean.clean("\n\n".join(["The 2015 Valley fire, minute by minute", P1, P2]))
    assert doc.metadata.authors == []


def test_one_reply_heads_a_thread() -> None:
    doc = newsclean.clean("\n\n".join([P1, P2, P3, P4, "One reply on “Council approves the northern bus routes”",
                                         "Great news for the commuters of the north."]))
    assert "Great news" not in doc.text and "One reply" not in doc.text


@pytest.mark.parametrize("byline,name", [
    ("by Dale Frewin, Observing Chair", "Dale Frewin"),  # a society's officer
    ("Written by Ann Lee Category: News Published: 12 March 2025", "Ann Lee"),  # a legacy CMS's details row
    ("Categories: Security Author: Brenda Zimmerman Tuesday, May 21, 2024 Views: 2071", "Brenda Zimmerman"),  # its weekday
])
def test_a_bylines_role_or_label_after_the_name_is_no_name(byline: str, name: str) -> None:
    doc = newsclean.clean("\n\n".join(["Astronomy night at the reservoir", byline, P1, P2]))
    assert doc.metadata.authors == [name]


def test_a_box_over_a_start_a_quote_button_leaves() -> None:
    box = ["Get a quote in minutes",
           "Talk to a Meridian Mutual agent about cyber coverage built for businesses with fewer than 100 employees.",
           "Start a quote"]
    doc = newsclean.clean("\n\n".join([P1, P2, *box, P3, P4]))
    assert all(line not in doc.text for line in box) and P3 in doc.text


def test_a_plone_pages_created_date_dates_it() -> None:
    html = ('<html><head><meta name="DC.date.created" content="2015-08-19T14:02:00-06:00"><title>Dam removal</title></head>'
            f"<body><h1>Dam removal</h1><p>{P1}</p><p>{P2}</p></body></html>")
    assert (newsclean.clean(html, format="html").metadata.published or "").startswith("2015-08-19")
