"""Furniture the ninth round of written pages showed: each case fails on the code before it.

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import BODY, article, assert_body_intact, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    ("chrome", ["Get breaking news alerts. Download the Harbour Times app for instant updates on crime, weather "
                "and traffic.", "Download for iOS Download for Android"]),
    ("chrome", ["Get it on Google Play"]),
    ("advertisement", ["ADVERTISEMENT Report this ad"]),
    ("advertisement", ["Buy now $200 at REI $185 at Amazon"]),
    ("legal", ["Jane Roe has no position in any of the stocks mentioned. The Prudent Investor has positions in and "
               "recommends Costco. The Prudent Investor recommends Walmart. The Prudent Investor has a disclosure policy."]),
    ("legal", ["Lena Hart does not own shares in any of the securities mentioned above."]),
    ("legal", ["CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage. 71% "
               "of retail investor accounts lose money when trading CFDs with this provider."]),
    ("legal", ["This information has been prepared by Tradewinds. It does not contain a record of our prices, or an "
               "offer of, or solicitation for, a transaction in any financial instrument."]),
    ("donation", ["Data journalism takes time. Help us do more of it."]),
    ("donation", ["The Civic Ledger relies on readers like you to fund its reporting."]),
    ("chrome", ["Show your support for the Kessler family by sending flowers. Local florist delivery is guaranteed."]),
    ("chrome", ["Share a memory or offer condolences to the family.", "Sign the Guestbook"]),
    ("chrome", ["Expand all | Collapse all"]),
    ("share", ["📌 Pin this checklist to your wedding board!", "PIN THIS: The month-by-month wedding checklist"]),
    ("paywall", ["Subscribe for unlimited access to news, analysis and data on warehousing and logistics."]),
    ("newsletter", ["Get Cold Chain Weekly, our free newsletter, every Thursday."]),
    ("related", ["For the latest earnings reports and analysis, earnings whispers and expectations, and company "
                 "earnings news, click here."]),
    ("related", ["Read the latest financial and business news from Meridian Finance."]),
    ("advertisement", ["Harborline Mortgage APR 6.38% Rate 6.250% Points 0.72 Mo. payment $1,970 Next NMLS #409122"]),
    ("advertisement", ["Rates shown are based on a $320,000 loan amount, 740 credit score and a single-family primary "
                       "residence. Your rate may differ."]),
    ("legal", ["Our editorial team does not receive direct compensation from our advertisers. How we make money"]),
    ("chrome", ["Story Source:", "Materials provided by Lakehead State University. Original written by Tom Hale. Note: "
                "Content may be edited for style and length.", "Journal Reference:",
                "Priya Raman, Jonas Eklund. Fungal networks buffer oak seedlings against drought. Ecology Letters, 2026; "
                "29 (4) DOI: 10.1111/ele.14512"]),
    ("chrome", ["Provided by University of Oslo", "Explore further",
                "Citation: Tiny glass spheres reveal how fast ash clouds cooled (2026, May 6) retrieved 6 May 2026 from "
                "https://example.org/news/2026-05-glass.html",
                "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced."]),
    ("chrome", ["Have a news tip? Email a story tip to the WKTN 6 newsroom."]),
    ("chrome", ["Claim Coupon"]),
    ("chrome", ["Book a Free 20-Minute Call"]),
    ("chrome", ["Story continues"]),
    ("related", ["For the latest news, weather, sports, and streaming video, head to WKTN 6."]),
    ("advertisement", ["Sidechain may earn a portion of sales from products that are purchased through our site as part "
                       "of our Affiliate Partnerships with retailers."]),
    ("advertisement", ["Prices may change. Checkpoint may get a commission from retail offers."]),
    ("legal", ["View original article on Retire Ready Journal"]),
    ("legal", ["This article was translated from Spanish by AI and reviewed by an editor. Read the original version."]),
    ("legal", ["Press Release — This press release was issued by Cascade Valley Health; the newsroom was not involved "
               "in its creation."]),
    ("legal", ["We also use cookies set by other sites to help us deliver content from their services."]),
    ("legal", ["The information on this page is general legal information, not legal advice. For advice about your "
               "case, talk to a lawyer."]),
    ("legal", ["*Individual results may vary. The information in this article is intended for educational purposes."]),
    ("donation", ["Donate now to our Sudan emergency appeal"]),
    ("donation", ["Your gift doubles today, when every donation will be matched dollar for dollar by our partners.",
                  "Double my gift"]),
    ("donation", ["Gift Aid it: if you are a UK taxpayer we can claim an extra 25p for every £1 you give."]),
    ("donation", ["It's Time to Stand Up for Science", "If you enjoyed this article, I'd like to ask for your support. "
                  "By subscribing, you help ensure that our coverage is centered on meaningful research."]),
    ("chrome", ["Apple Podcasts · Spotify · 10 episodes, ~30 min each"]),
    ("caption", ["Ruth Ansah, “Ledger for a Dry Year” (1986), cotton, raffia and rust on linen, 72 x 48 inches "
                 "(courtesy the artist and Harwood Gallery)"]),
    ("caption", ["Courtesy of Northlight Releasing"]),
    ("caption", ["NPS / Caitlin Ceci"]),
    ("newsletter", ["Share it with a colleague: example.com/refer. Refer three friends and get a year of the archive."]),
    ("legal", ["This site asks for consent to use your data"]),
    ("legal", ["Data as of Jan. 31, 2026. Past performance does not guarantee future results. Fund returns assume the "
               "reinvestment of all dividends."]),
    ("legal", ["The views and opinions expressed herein are the views and opinions of the author and do not "
               "necessarily reflect those of Example Markets, Inc."]),
], ids=lambda v: v if isinstance(v, str) else v[0][:30])
def test_furniture_between_paragraphs_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


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


def test_a_roundups_button_under_each_dish_leaves() -> None:
    items = []
    for n, dish in enumerate(["Chicken noodle soup", "Carrot ginger soup", "Minestrone"], 1):
        items += [f"{n}. {dish}", f"A bowl of {dish.lower()} is the easiest supper we know, and it keeps for days "
                  "in the fridge, which is why we make a double batch every Sunday.", "Get the recipe"]
    doc = newsclean.clean(article(*items))
    assert_body_intact(doc)
    assert "Get the recipe" not in doc.text
    assert "2. Carrot ginger soup" in doc.text


LONG = ("Both the constitution and the statute protect against unreasonable searches and seizures, and a search "
        "without a warrant is unreasonable unless it falls within one of the few exceptions the courts have drawn.")
LONG2 = ("Under our precedent, the automobile exception permits a search of a vehicle without a warrant when officers "
         "have probable cause to believe that it holds evidence of a crime and the car could be driven away.")


def test_a_reports_discussion_section_is_no_comment_thread() -> None:
    doc = newsclean.clean(article("DISCUSSION", LONG, LONG2))
    assert_body_intact(doc)
    assert "DISCUSSION" in doc.text and LONG2 in doc.text


def test_a_heading_whose_id_spells_its_own_words_is_no_comment_box() -> None:
    paras = "".join(f"<p>{p}</p>" for p in (LONG, LONG2, LONG, LONG2))
    html = (f"<html><body><article><h1>Moderating comments without burning out</h1>{paras}"
            f'<h2 id="three-comments">Three comments, three decisions</h2><p>{LONG2}</p><p>{LONG}</p>'
            "</article></body></html>")
    doc = newsclean.clean(html, format="html")
    assert "Three comments, three decisions" in doc.text


@pytest.mark.parametrize("ending", [" (A)", "²", " 🧵 1/11"])
def test_a_sentence_ending_in_its_note_mark_is_prose(ending: str) -> None:
    from newsclean.features import _PROSE_END
    assert _PROSE_END.search("And he said to them that the kingdom is as if a man should scatter seed." + ending)


def test_a_sentence_with_a_colon_after_picture_is_no_credit() -> None:
    line = "Talk about the big picture: size, style, colours and the budget you can both live with."
    doc = newsclean.clean(article(line))
    assert line in doc.text


@pytest.mark.parametrize("head,box", [
    ("Plan your weekend with us", ["Get our Thursday newsletter with the best events in the valley.", "Subscribe"]),
    ("Local news like this takes time.", ["The Dispatch is reader-supported. Members make stories like this possible "
                                          "for as little as $5 a month.", "Become a member"]),
])
def test_a_boxs_heading_leaves_with_the_box_its_rules_named(head: str, box: list[str]) -> None:
    doc = newsclean.clean(article(head, *box, at=4) + "\n\nTags: weekend family")
    assert_body_intact(doc)
    assert head not in doc.text


def test_a_sign_up_boxs_heading_is_no_button_to_take_the_section_above() -> None:
    section = "Go through your bank statements line by line. Most people find a subscription they forgot they had."
    md = "\n\n".join(["### 9\\. Switch to a prepaid phone plan", LONG, "### 10\\. Cancel subscriptions you forgot about",
                       section, "## Join 50,000+ Readers Saving Money Every Week",
                       "Get my free **Starter Kit** (budget binder, meal planner and no-spend tracker) when you sign up "
                       "for the newsletter.", "First name", "Email address", "Send Me the Kit!",
                       "We hate spam too. Unsubscribe anytime.", "### 11\\. Lower your thermostat", LONG2])
    doc = newsclean.clean(md, format="markdown")
    assert "Cancel subscriptions you forgot about" in doc.text and section in doc.text


def test_a_slideshows_counters_repeat_as_one_separator() -> None:
    # the run's tail reader sees "Slide 12 of 12" over the last slide as the separator it met eleven times
    from newsclean.blocks import Block
    from newsclean.body_run import _opening
    keys = set()
    for n in (11, 12):
        b = Block(index=n, kind="paragraph", raw=f"Slide {n} of 12", start=0, end=0, text=f"Slide {n} of 12")
        b.set("gallery", "gallery.counter")
        keys.add(_opening(b))
    assert len(keys) == 1


def test_a_small_box_around_an_email_field_leaves_with_its_heading_and_pitch() -> None:
    paras = "".join(f"<p>{p}</p>" for p in (LONG, LONG2, LONG, LONG2))
    box = ('<div class="wp-block-group free-download-box"><h3>Grab the Free Download!</h3>'
           "<p>Get my 12-page planner with weekly and daily schedule templates. Just tell me where to send it!</p>"
           '<div class="embedded"><form action="/subscribe"><input type="email" name="email">'
           "<button>Send Me the Planner</button></form></div></div>")
    html = f"<html><body><article><h1>How to plan a school year at home</h1>{paras}{box}<p>{LONG}</p></article></body></html>"
    doc = newsclean.clean(html, format="html")
    assert LONG2 in doc.text
    assert "Grab the Free Download!" not in doc.text and "12-page planner" not in doc.text


def test_a_box_with_a_message_field_is_no_sign_up() -> None:
    # (a comment's or a contact form: a textarea to write in)
    from lxml import etree

    from newsclean.segment_html import _mark_signup_boxes
    root = etree.fromstring('<div><div id="box"><h3>Leave a reply</h3><form><input type="email"/><textarea/></form></div></div>')
    _mark_signup_boxes(root)
    assert "signup" not in (root.find(".//div[@id='box']").get("class") or "")


def test_a_transcripts_turns_that_open_like_replies_stay() -> None:
    ceo, dana, arjun = ("Graham Holloway -- Chief Executive Officer", "Dana White -- Ridley & Crane -- Analyst",
                        "Arjun Mehta -- Keel Partners -- Analyst")
    turns = [dana, "Thanks. On Europe, what has to happen for that business to grow again? And are you considering "
             "any restructuring there?", ceo, "Europe is mainly a housing story, and new home starts there are still weak.",
             dana, "Thank you.", arjun, "Thanks for taking my question. How should we think about margins next year "
             "given the pricing actions you took?", ceo, "We expect margins to expand by about a point next year.",
             arjun, "Thank you.", ceo, "Thanks, everyone. We will see many of you at our investor day in May."]
    doc = newsclean.clean(article(at=4) + "\n\n" + "\n\n".join(turns))
    assert "How should we think about margins" in doc.text and "investor day in May" in doc.text


def test_a_statutes_items_are_no_copyright_and_no_headline() -> None:
    items = ["(a) Accessory dwelling unit means a second dwelling on a lot with a single-family home.",
             "(b) provides complete independent living facilities for one or more persons; and",
             "(c) an unenclosed porch or deck."]
    doc = newsclean.clean("\n\n".join([*items, *BODY]))
    assert items[2] in doc.text and items[1] in doc.text


def test_a_list_the_article_introduces_may_quote_furnitures_words() -> None:
    intro = "Here are the anchor texts from our audit, grouped by how well they worked:"
    items = ["Read more", "Click here", "Related posts", "See also", "Learn more"]
    after = ("Generic anchors are not harmful, but they waste the signal that a descriptive anchor gives a page "
             "and the readers who skim for it.")
    doc = newsclean.clean(article(intro, *items, after, at=2))
    assert_body_intact(doc)
    assert all(i in doc.text for i in items) and after in doc.text


def test_a_sentence_quoting_a_banner_is_no_banner() -> None:
    line = ("If you see “Enjoying ad-free content?” while you have an active paid plan, sign out and sign back in "
            "so that the app can check your plan again.")
    doc = newsclean.clean(article(line))
    assert line in doc.text


@pytest.mark.parametrize("name", ["St. Agnes Church", "Obituary Notifications", "Serving Ely", "Single Monthly"])
def test_a_parish_a_notice_or_a_tagline_is_no_persons_name(name: str) -> None:
    from newsclean.authors import person
    assert not person(name)


def test_two_commenters_says_lines_end_the_article() -> None:
    thread = ["Kelsey says", "That coffee table! I can't believe it was $40. What sealer did you use?",
              "Meredith B. says", "Love the limewash on the fireplace. Did it need a primer on sealed brick?"]
    doc = newsclean.clean(article(at=4) + "\n\n" + "\n\n".join(thread))
    assert_body_intact(doc)
    assert "coffee table" not in doc.text and "limewash" not in doc.text


def test_a_related_box_ends_at_the_next_numbered_section() -> None:
    box = ["You May Also Like", "How Many Litter Boxes Do You Really Need?", "New Kitten Checklist: 21 Things You Need"]
    doc = newsclean.clean(article(*box, "Step 1: Keep Them Completely Separate", at=2))
    assert_body_intact(doc)
    assert "Step 1: Keep Them Completely Separate" in doc.text and "Litter Boxes" not in doc.text


def test_a_series_index_leaves_but_an_articles_own_parts_stay() -> None:
    index = ["Retirement Planning: the series", "Part 1: Why start now", "Part 2: How much do you actually need?",
             "Part 3: Closing the gap", "Part 4: Choosing accounts (coming soon)"]
    doc = newsclean.clean("\n\n".join(["Retirement Planning, Part 2: How Much Do You Actually Need?", *BODY, *index]))
    assert_body_intact(doc)
    assert not any(line in doc.text for line in index)
    own = ["Part 1: The voyage out", LONG, "Part 2: The storm", LONG2, "Part 3: Landfall", LONG]
    doc = newsclean.clean("\n\n".join(["A crossing in three parts", *BODY, *own]))
    assert "Part 2: The storm" in doc.text and "Part 3: Landfall" in doc.text



CAPTIONS = ["Open water spreads across the south end of Loon Lake on Thursday, March 26, as the ice goes out two weeks "
            "earlier than the town's average over the last thirty years.",
            "Anna Petrich laughs as her great-great-granddaughter helps blow out the candles on her hundredth birthday "
            "cake at the senior centre on Saturday afternoon, with four generations of the family there.",
            "Softball players field ground balls in the high school gym on the first day of practice, with the diamond "
            "behind the school still under a foot of snow and the season opener three weeks away."]


def test_a_photo_storys_captions_are_its_article() -> None:
    lines = ["Week in photos: ice out on the lake, a 100th birthday and the first practice", "1 of 3", CAPTIONS[0],
             "Joe Redcloud / Northwoods Beacon", "2 of 3", CAPTIONS[1], "Hannah Lindquist / Northwoods Beacon",
             "3 of 3", CAPTIONS[2], "Joe Redcloud / Northwoods Beacon"]
    doc = newsclean.clean("\n\n".join(lines))
    assert all(c in doc.text for c in CAPTIONS)
    assert "2 of 3" not in doc.text
    slides = "".join(f'<div class="gallery-slide"><img src="{n}.jpg"><div class="gallery-caption"><p>{c}</p></div></div>'
                     for n, c in enumerate(CAPTIONS))
    html = (f"<html><body><article><h1>Week in photos</h1><div class=\"gallery-list\">{slides}</div></article>"
            "<footer><p>About us</p></footer></body></html>")
    doc = newsclean.clean(html, format="html")
    assert all(c in doc.text for c in CAPTIONS)


def test_a_byline_quoted_in_the_article_stays_and_names_no_author() -> None:
    quote = "> **Ines (Community Team)** · Mar 3, 2025 at 10:02 pm"
    md = "\n\n".join(["# Moderating comments without burning out", LONG, LONG2, quote,
                       "> That is a terrible week to have, and I am sorry. I have escalated your ticket.", LONG, LONG2])
    doc = newsclean.clean(md, format="markdown")
    assert "Ines (Community Team)" in doc.text
    assert "Ines" not in " ".join(doc.metadata.authors)


@pytest.mark.parametrize("line", ["Updated: Apr 2, 2026 / 05:05 PM EDT",
                                  "February 3, 2026 | Source: Cascade Valley Health | via Business Wire"])
def test_a_date_line_with_its_time_after_a_slash_or_its_source_after_a_bar(line: str) -> None:
    dek = "Clinic on wheels will bring exams, cleanings and fillings to schools across six rural counties"
    doc = newsclean.clean("\n\n".join(["Hospital opens a mobile dental clinic in the valley", dek, line, *BODY]))
    assert_body_intact(doc)
    assert line not in doc.text and dek not in doc.text and doc.metadata.published is not None


def test_a_letter_that_asks_for_nothing_is_no_appeal() -> None:
    letter = ["Dear friends,", "This year our volunteers packed more meals than in any year since we opened, and the "
              "families who came to us told us that rising rents had cut their monthly food budgets to the bone.",
              "We also opened a second pantry in the east end, where the bus lines do not reach the old warehouse and "
              "where many of the older people we serve had struggled for years to get to us.", "Thank you."]
    doc = newsclean.clean("\n\n".join(["2025 Impact Report", *letter, *BODY]))
    assert letter[1] in doc.text and letter[2] in doc.text


def test_a_frameworks_alert_inside_the_article_is_its_text() -> None:
    paras = "".join(f"<p>{p}</p>" for p in (LONG, LONG2, LONG, LONG2))
    note = ("You do not need to wait for your record of employment before you apply for benefits; apply as soon as "
            "you stop working.")
    html = (f"<html><body><main><article><h1>Apply for sickness benefits</h1>{paras[:400]}"
            f'<div class="alert alert-info"><p>{note}</p></div>{paras}</article></main></body></html>')
    doc = newsclean.clean(html, format="html")
    assert note in doc.text


@pytest.mark.parametrize("line", ["EPA fuel economy 41 city / 38 hwy / 40 combined mpg",
                                  "1 31 Kovač / Arden / Marchetti Vireo Racing 337"])
def test_a_table_row_with_slashes_is_no_breadcrumb(line: str) -> None:
    doc = newsclean.clean(article(line))
    assert line in doc.text


@pytest.mark.parametrize("line", ["Date Announced December 2, 2025", "Created February 10, 2026"])
def test_a_fact_rows_label_names_no_author(line: str) -> None:
    doc = newsclean.clean("\n\n".join(["Rear camera recall: images may not display", line, *BODY]))
    assert not any(w in " ".join(doc.metadata.authors) for w in ("Announced", "Created"))


def test_a_firms_sales_box_at_the_articles_end_leaves_with_its_heading_and_pitch() -> None:
    box = ["Hurt in a Houston Car Accident? Call (713) 555-0144",
           "Our attorneys have recovered more than $150 million for injured Texans. Free consultation, available "
           "24/7. You pay nothing unless we win your case.", "Request Your Free Case Review",
           "The information on this website is for general information purposes only and is not legal advice."]
    doc = newsclean.clean(article(*box, at=4))
    assert_body_intact(doc)
    assert not any(line in doc.text for line in box)


def test_a_contact_callout_in_the_article_is_furniture() -> None:
    paras = "".join(f"<p>{p}</p>" for p in (LONG, LONG2, LONG, LONG2))
    box = ('<div class="contact-callout"><h3>Still have questions?</h3><p>Larimer County Elections Office</p>'
           "<p>200 W. Oak St., Fort Collins</p><p>(970) 555-1410</p></div>")
    html = f"<html><body><main><article><h1>Mail ballot questions</h1>{paras}{box}</article></main></body></html>"
    doc = newsclean.clean(html, format="html")
    assert LONG2 in doc.text and "Still have questions?" not in doc.text


def test_a_donation_forms_frequency_toggle_leaves() -> None:
    box = ["Donate now to our Sudan emergency appeal", "Your gift will help us reach families with water, food and "
           "medical care.", "Single Monthly", "£30 £60 £120 Other"]
    doc = newsclean.clean(article(*box))
    assert_body_intact(doc)
    assert "Single Monthly" not in doc.text and "Single Monthly" not in doc.metadata.authors
