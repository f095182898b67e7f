"""Furniture the thirty-seventh round of written pages showed (press-release wires, Capitol Hill news, hyperlocal news,
syndicated copies, international organisations), and the thirty-sixth round's leftovers: each case fails on the code the
stop started from (`4607287`), but for the guards (marked).

The clutter sits between paragraphs of an article, or below it; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import P1, P2, P3, P4, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # a tier's teaser with its call glued on; a sponsor's block under its label in capitals
    ("paywall", ["Rotunda Pro Agriculture subscribers got the first look at the stopgap draft on Tuesday. Start a free trial "
                 "to get real-time alerts on appropriations, farm policy and more."]),
    ("paywall", ["Floor Plan Premium members got this scoop at 6:12 a.m. along with our full whip count on the conference. "
                 "Become a Premium member"]),
    ("advertisement", ["A MESSAGE FROM THE AMERICAN GRID ALLIANCE",
                       "Every day without permitting reform is a day of delay for the power lines America needs. Tell "
                       "Congress: pass the Grid Reliability Act. Take action."]),
    ("advertisement", ["This week's Ledger is brought to you by Harbor Street Coffee, open 6 a.m. to 4 p.m. daily on the "
                       "corner of Harbor and Third. Show this email for a free drip refill through Sunday."]),
    # a reader poll: its label, question, options and tally; its option row and disclaimer
    ("chrome", ["POLL", "Should Congress impeach judges over rulings it disagrees with?",
                "Yes, judges must be held accountable", "No, rulings should be appealed", "Not sure",
                "1,842 votes \u00b7 View results"]),
    ("chrome", ["Yes No Unsure Vote"]),
    ("chrome", ["This is not a scientific poll. Results reflect only the views of those who chose to participate."]),
    # republishing terms, sign-up small print past forty words, a comments gate, a form's success line
    ("legal", ["Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0. We ask that "
               "you edit only for style or to shorten, provide proper attribution and link to our website."]),
    ("legal", ["This story can be republished for free under the terms of our republishing policy."]),
    ("newsletter", ["By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may "
                    "unsubscribe at any time by following the directions at the bottom of the email or by contacting us "
                    "here. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."]),
    ("newsletter", ["You have successfully signed up for the Ridgeway Newsletter."]),
    ("comment", ["Commenting is limited to registered subscribers. Log in or create a free account to join the "
                 "discussion."]),
    # captions: a photographer and outlet after the bar, a Creative Commons credit
    ("caption", ["Speaker Mike Johnson walks to the House floor on Tuesday. | Francis Chung/POLITICO"]),
    ("caption", ["A volunteer waters a young oak in Tulsa. Darnell Price/Tulsa Canopy Collective, CC BY-ND"]),
    # players, document viewers, reading times, share lists, app promos
    ("embed", ["1:48 Play Video"]),
    ("embed", ["Granite Falls STR ordinance (final) \u00b7 Contributed to DocumentCloud by Nadia Ferreira "
               "(Granite Falls Current)"]),
    ("chrome", ["Reading time: 3 min (612 words)"]),
    ("share", ["Share this via Facebook"]),
    ("chrome", ["Download the Concord News app for your iOS or Android devices."]),
    # credit notes, calls for listings and tips, member drives, members' lines
    ("chrome", ["This story was written by a Local Democracy Reporter. The Local Democracy Reporting Service is a "
                "partnership between the BBC and local news organisations to cover councils and public services."]),
    ("chrome", ["Got an event for next week's list? Send it to events@lakeportledger.news by Tuesday night."]),
    ("chrome", ["Do You Have Information About Ambulance Service in Your Community?"]),
    ("donation", ["Help us keep reporting on the Southside",
                  "The Signal is a nonprofit newsroom funded by members and local foundations. Our December member drive "
                  "is on: every gift made before Dec. 31 will be matched up to $25,000."]),
    ("donation", ["Paid members keep this newsletter free for everyone in Lakeport. $6 a month or $60 a year."]),
    # wire tails in other languages; a portal's note on the releases it hosts
    ("chrome", ["FUENTE Remesa Clara"]),
    ("chrome", ["Original-Content von: Velokurier Nord GmbH, \u00fcbermittelt durch news aktuell"]),
    ("chrome", ["Tickerwise provides press releases as a service to readers and does not verify their contents."]),
    # a vendor's closing button; a related box's title set as a question in Title Case
    ("chrome", ["Get more real-time trends with Tastewise"]),
    # broadcasters' transcript notes and toggles, a programme's licence, a site's consent in French
    ("legal", ["THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED."]),
    ("legal", ["Notice: Transcripts are machine and human generated and lightly edited for accuracy. They may contain "
               "errors."]),
    ("legal", ["The original content of this program is licensed under a Creative Commons Attribution-Noncommercial-No "
               "Derivative Works 3.0 United States License. Please attribute legal copies of this work to the show."]),
    ("legal", ["InfoDirect et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser les contenus. "
               "Accepter Param\u00e9trer"]),
    ("chrome", ["Read the Full Transcript"]),
    # magazines' issue lines and meters, narration notes
    ("chrome", ["\u2014This article appears in the April 2026 print edition with the headline \u201cThe Last Booth.\u201d"]),
    ("chrome", ["This article is a selection from the May 2026 issue of Almanac Quarterly magazine"]),
    ("paywall", ["Subscribe to Almanac Quarterly magazine now for just $19.99"]),
    ("paywall", ["You\u2019ve read your free article from Harrow\u2019s Magazine this month."]),
    ("chrome", ["Produced by Vocalis using AI narration. Listen to more stories on the Meridian app."]),
    ("chrome", ["Diese Audiofassung wurde k\u00fcnstlich erzeugt."]),
    # a gate's box of several lines, its meter and offers; a typographic apostrophe where the rules spell "'"
    ("paywall", ["You\u2019ve reached your limit of free articles."]),
    ("paywall", ["Continue reading this article with a Harbour Times subscription.",
                 "Get unlimited access to our journalism, the app and the archive.", "Then $1 a week, cancel anytime."]),
    ("caption", ["Residents line up outside the clinic on Tuesday. Credit...Jane Roe for The Record"]),
    ("byline", ["\u2014 With assistance from Jane Roe and John Doe"]),
    # a video page's player lines; a newsletter's "in-box"
    ("chrome", ["Autoplay is on"]),
    ("chrome", ["Watch the full episode of Sunday Ledger"]),
    ("newsletter", ["The best of our reporting, delivered straight to your in-box every morning."]),
])
def test_round_thirty_seven_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


@pytest.mark.parametrize("line", [
    # (guards) an article's lines in the rules' words
    "Update: Police said the road would stay closed until Friday, and that the detour would run through Elm Street.",
    "The poll of 1,200 voters found that most wanted Congress to pass a short-term bill, the pollster said on Monday.",
    "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
    "The food bank's holiday drive has raised $40,000 so far, and gifts will be matched by a local foundation.",
    "Figure skating returns to the arena in March, when the national championships come to town for a week.",
    "Figure 2. Effects of mindfulness meditation on perceived stress, mindfulness, and self-compassion.",
])
def test_round_thirty_seven_lines_that_stay(line: str) -> None:
    assert line in newsclean.clean("\n\n".join([P1, P2, line, P3, P4])).text


@pytest.mark.parametrize("line", [
    "Updated: 2 hours ago",
    "Updated: 01/14/2026 07:10 PM EST",
])
def test_an_updated_stamp_alone_is_no_editors_note(line: str) -> None:
    doc = newsclean.clean("\n\n".join([P1, P2, P3, P4, "Latest News", "Kingsport council delays vote on downtown parking",
                                        line]))
    assert line not in doc.text and line not in doc.metadata.notes
    assert all(p in doc.text for p in (P1, P2, P3, P4))


def test_an_update_note_with_its_news_stays() -> None:  # (guard)
    note = "Updated: 5 p.m. \u2014 The notice was lifted for homes south of the river."
    doc = newsclean.clean("\n\n".join([P1, P2, note, P3, P4]))
    assert note in doc.text


@pytest.mark.parametrize("line", [
    "Updated: Jan 14, 2026 3:00 pm Posted: Jan 14, 2026 3:00 pm",
    "Posted Tue, Dec 9, 2025 at 9:22 am ET | Updated Tue, Dec 9, 2025 at 11:05 am ET",
])
def test_a_two_date_line_under_a_long_standfirst_dates_the_page_and_goes(line: str) -> None:
    dek = ("Lane closures start Dec. 15 on the Wappinger Creek bridge. Here's what drivers, bus riders and neighbors need "
           "to know.")
    doc = newsclean.clean("\n\n".join(["Route 9 Bridge Work Will Close Lanes Through March: What To Know", dek,
                                        "Dana Whitcomb, Neighborly Staff", line, P1, P2, P3]))
    assert line not in doc.text and dek not in doc.text and P1 in doc.text
    assert doc.metadata.published is not None and doc.metadata.published[:4] in line


def test_a_dateline_with_the_day_in_brackets_dates_the_story() -> None:
    lead = ("WASHINGTON (January 24, 2017) \u2014 The agency said on Tuesday that it would open a new plant in the city, "
            "creating about 400 jobs over the next three years.")
    doc = newsclean.clean("\n\n".join(["Agency opens a plant in the capital", lead, P1, P2]))
    assert doc.metadata.published == "2017-01-24" and doc.metadata.dateline == "WASHINGTON"
    assert lead in doc.text


def test_an_author_cards_name_line_goes_with_its_bio() -> None:
    more = ["Vireo dropped the first two maps of the final but came back on their own pick, then took the decider in "
            "overtime after a late clutch from their youngest player, who had joined the team only in the spring.",
            "Their coach said the win had been built in the practice room over months, and that the players had never "
            "doubted they could come back from two maps down against a side that had beaten them twice this year.",
            "The result lifts Vireo to the top of the world ranking, ahead of the two teams that had shared first place "
            "since the autumn, and earns them a direct invitation to the next major in the summer."]
    doc = newsclean.clean("\n\n".join(["Vireo Esports win the Lisbon Major after a five-map final", "By Callum Aherne",
                                        P1, P2, P3, P4, *more, "Callum Aherne",
                                        "Callum is an esports reporter at Fragline who has covered Counter-Strike since "
                                        "2016. He lives in Lisbon with his cat."]))
    assert "Callum is an esports reporter" not in doc.text
    assert any(r.rule == "byline.bio" and r.text == "Callum Aherne" for r in doc.removed)  # the card's, not the run's end
    assert all(p in doc.text for p in (P1, P4, *more))


def test_an_outlet_after_each_name_in_a_byline_is_no_author() -> None:
    doc = newsclean.clean("\n\n".join(["Georgia Counties Paid Private Ambulance Companies Millions",
                                        "By Danielle Okafor, The Public Ledger, and Marcus Webb, Altamaha Observer",
                                        P1, P2, P3]))
    assert doc.metadata.authors == ["Danielle Okafor", "Marcus Webb"]


def test_a_blog_title_line_site_colon_headline_echoes_the_headline() -> None:
    head = "Planning board OKs the Elm Street bakery's outdoor seating (with conditions)"
    blurb = ("News, notes and the occasional rant from the West Hollis neighborhood. Not affiliated with the town or the "
             "neighborhood association.")
    doc = newsclean.clean("\n\n".join([f"West Hollis Neighbors: {head}", "West Hollis Neighbors", blurb, "Home\nAbout",
                                        "Tuesday, December 9, 2025", head, P1, P2, P3]))
    assert blurb not in doc.text and head not in doc.text
    assert all(p in doc.text for p in (P1, P2, P3))


def test_a_question_in_title_case_under_a_related_label_is_a_title() -> None:
    above = ("The CX-6 holds six half-size hotel pans and runs on a standard circuit, the company said in a statement on "
             "Tuesday.")
    below = "A touchscreen stores up to 400 programs, and the unit connects to the cloud, a feature aimed at chains."
    titles = "Five Ovens Built for Small Kitchens\nGhost Kitchens After the Boom: Who Is Still Building?"
    doc = newsclean.clean("\n\n".join([P1, above, "Related", titles, below, P2]))
    assert "Ghost Kitchens" not in doc.text and "Five Ovens" not in doc.text
    assert all(p in doc.text for p in (P1, above, below, P2))


def test_a_headline_of_two_title_cased_sentences_heads_the_article() -> None:
    head = "A Data Broker Sold Phone Locations of People Visiting Addiction Clinics. Buyers Only Needed a Credit Card"
    dek = ("Files obtained by Signal Noise show the broker sold location data tied to clinic visits to anyone who paid. "
           "We bought a sample for $160.")
    doc = newsclean.clean("\n\n".join([head, "Signal Noise", "Home\nInvestigations\nAbout", head, dek, "Mara Lindgren",
                                        "Jan 15, 2026 \u2014 7 min read", P1, P2, P3]))
    assert doc.metadata.title == head
    assert dek not in doc.text and "Mara Lindgren" not in doc.text  # its standfirst and byline, under it
    assert all(p in doc.text for p in (P1, P2, P3))


def test_a_lone_report_kicker_is_no_comment_thread_start() -> None:
    text = "\n\n".join([P1, P2, "Report", "Remittances and Resilience: Migration and Development Brief 41",
                        "Download the report (PDF, 4.2 MB)", P3, P4, "Join the Conversation", "Your name Your email",
                        "Comment", "Submit"])
    doc = newsclean.clean(text)
    assert all(p in doc.text for p in (P1, P2, P3, P4))


def test_a_quotations_lead_in_names_no_author() -> None:
    lead = "Dr. Saima Qureshi, Secretary General of the Pakistan Crescent Society, said:"
    quote = ("\"Our volunteers are seeing people collapse in the fields and on the roads. The elderly, children and "
             "pregnant women are the most at risk.\"")
    doc = newsclean.clean("\n\n".join(["Emergency appeal launched as record heat leaves 250,000 people without water",
                                        P1, P2, lead, quote, P3, P4]))
    assert not any("Qureshi" in a for a in doc.metadata.authors)
    assert lead in doc.text and quote in doc.text
