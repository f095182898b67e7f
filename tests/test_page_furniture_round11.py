"""Furniture the eleventh round of written pages showed (fitness, nutrition, cybersecurity, marketing,
"trends of the year" posts, indie blogs, dental and beauty, tax and banking): each case fails on the
code before it.

The clutter sits between paragraphs of an article, or below its end; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES
from test_categories import BODY, assert_body_intact, assert_box_leaves

import newsclean

TITLE = "How small firms should think about security in 2026"
FOOTER = ["Related articles", "Five questions to ask your IT provider", "What is zero trust?",
          "© 2026 Example Co. All rights reserved."]


def closing(*box: str) -> newsclean.Document:
    """The article, a box below its last paragraph, then the site's footer."""
    return newsclean.clean("\n\n".join([TITLE, *BODY, *box, *FOOTER]))


@pytest.mark.parametrize("category,clutter", [
    # a product's box between sections: its heading and pitch go with its demo button
    ("chrome", ["See zero trust in action", "Watch how our platform secures users, apps and infrastructure with a "
                "single policy engine.", "Watch the demo"]),
    # a line between a call to action's heading and its button is the box's
    ("chrome", ["Ready to get started?", "Call 617-555-0188 or request an appointment online with the Center for "
                "Weight Management.", "Request an appointment"]),
    ("chrome", ["Open an account"]),
    ("chrome", ["See open roles →"]),
    # a blog without comments sends its reader elsewhere
    ("comment", ["Thanks for reading. If you have thoughts, I would love to hear them: Reply by email."]),
    ("comment", ["Discussion on Hacker News and Lobsters."]),
    ("advertisement", ["$150 at Running Warehouse Shop at Amazon"]),
    ("chrome", ["Was this page helpful to you?"]),
    ("chrome", ["Read the case study"]),
    ("navigation", ["Post Tags: # books # beginners # resources"]),
    # a sign-up box's pitch may be a sentence that speaks to the reader
    ("newsletter", ["Get our privacy newsletter", "Plain-language guides to protecting your data, every other "
                    "Thursday. No spam, and we never sell your email.", "Sign up"]),
    # the visible text keeps an image's "Pin it" and the caption under it
    ("share", ["Pin it", "My half rack, four years and a lot of chalk later."]),
    ("chrome", ["Building a remote team?", "Crewlance connects you with vetted freelancers who already know how to "
                "work async.", "Hire talent"]),
    ("newsletter", ["If you'd like to read future essays, subscribe via RSS or email."]),
    ("chrome", ["Ready to start? Our Combination Welding program takes 9 months.", "Hands-on training in all four "
                "processes and job placement support.", "Request Info"]),
    ("paywall", ["This content is for HBA members only"]),
    ("related", ["Related Transformer shortage pushes utilities to stockpile spares"]),
    ("related", ["Related How does the power grid actually work?"]),
    ("chrome", ["Learn more and enrol →"]),
    ("chrome", ["Claim my 10% off"]),
    # a lead magnet's box: its offer, its pitch, its button
    ("chrome", ["Get my free 7-day vegan starter kit", "A week of easy meals, a shopping list and a printable "
                "nutrient cheat sheet, straight to your inbox.", "Send it to me!"]),
    # the sponsors under their label, each with its offer
    ("advertisement", ["This episode is brought to you by",
                       "- Elevate Electrolytes: zero-sugar electrolyte mix. Use code ADAPT for 20% off at elevate.com.",
                       "- Forge Sleep: a cooling mattress topper. Get $150 off at forgesleep.com/adapt.",
                       "- Lumen Labs: at-home blood testing with results in 72 hours. Visit lumenlabs.com/adaptation."]),
])
def test_furniture_leaves_the_body(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


@pytest.mark.parametrize("box", [
    # the sales words after a comma ("a free, no-obligation …")
    ["Not sure where your business stands?", "Get a free, no-obligation IT and security assessment. One of our "
     "engineers will review your network and backups.", "Schedule My Free Assessment"],
    ["Want results like these?", "Get a free, no-obligation audit of your Google Ads account.", "Get a free audit"],
    # the sales words in the button: a row of two, a trial, a consultation
    ["See Rankwise in action", "Get a personalized walkthrough of our toolkits with a product expert.",
     "Book a demo Start free trial"],
    ["Put your emails on autopilot", "Build your first drip campaign in minutes with our visual builder.",
     "Start for free"],
    ["Not sure which is right for you?", "Your first visit includes a 3D scan, an exam and a personalized cost "
     "estimate. No pressure, no obligation.", "Schedule My Free Consult"],
    ["Grab my free budget spreadsheet!", "Get the exact zero-based budget template I use, with a sinking fund "
     "tracker built in.", "Send me the spreadsheet"],
    ["Planning a SaaS MVP?", "Book a free 30-minute call with our founders. We'll give you an honest estimate.",
     "Book a call"],
    ["Limited time", "$50 off fall aeration & overseeding", "Book by September 15 and save $50 on core aeration. "
     "New customers only.", "Claim this offer"],
    ["Help us keep the momentum going", "Clearsky Alliance is funded by people like you. Your donation supports "
     "research and advocacy.", "Give today"],
    # a question heading with a sentence after it; financing; an inspection's button
    ["Need a New Furnace? Pay Over Time.", "Flexible financing options with approved credit. Apply in minutes.",
     "Apply Now"],
    ["Not sure what's behind your walls?", "Book a video camera inspection and see the inside of your drain lines.",
     "Book an Inspection"],
    # a firm's hiring box
    ["We're hiring", "Enjoy reading about how we run production? Our engineering teams are growing.",
     "See open roles"],
])
def test_a_sales_box_below_the_articles_end_leaves(box: list[str]) -> None:
    doc = closing(*box)
    assert_body_intact(doc)
    assert not any(line in doc.text for line in box), [line for line in box if line in doc.text]


def test_a_sentence_that_opens_a_list_is_no_booking_button() -> None:
    line = "Book an appointment with your GP if:"
    doc = newsclean.clean("\n\n".join([*BODY[:2], line, "* your symptoms last more than two weeks",
                                       "* the skin is cracked and bleeding", "* you have a fever", *BODY[2:]]))
    assert line in doc.text


def test_a_tables_column_names_keep_it_with_the_article_at_its_end() -> None:
    text = (FIXTURES / "written" / "linkedin-growth-table-tail.txt").read_text(encoding="utf-8")
    doc = newsclean.clean(text)
    for line in ("Month Followers Posts Enquiries from LinkedIn", "September 2025 14,060 13 9",
                 "If you take one thing from this: be useful to a specific group of people"):
        assert line in doc.text
    assert "Get the Friday Draft" not in doc.text


HTML_BOX = """<html><head><title>How to Create a Content Strategy</title></head><body><article>
<h1>How to Create a Content Strategy in 8 Steps</h1><div class="post-content">
<p>{0}</p><p>{1}</p>
<div class="template-download-box"><p class="label">FREE TEMPLATE</p><h3>Content Strategy Template</h3>
<p>A fill-in-the-blanks template with every section from this guide.</p>
<a class="button" href="/t">Download the template</a></div>
<h2>Step 1: Set goals</h2><p>{2}</p><p>{3}</p></div></article></body></html>"""


def test_a_boxs_heading_and_pitch_leave_with_its_button_in_html() -> None:
    doc = newsclean.clean(HTML_BOX.format(*BODY), format="html")
    assert_body_intact(doc)
    for line in ("FREE TEMPLATE", "Content Strategy Template", "A fill-in-the-blanks template"):
        assert line not in doc.text


HTML_DOM_BOX = """<html><head><title>A USB scanner</title></head><body><article><h1>A USB scanner</h1>
<div class="entry-content"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<p><a href="https://github.com/example/usb-scanner">https://github.com/example/usb-scanner</a></p></div>
<div class="newsletter-subscribe"><p>Would you like to receive notifications about new posts?</p>
<form><label>Email</label><input type="email"><button>Subscribe</button></form></div>
</article></body></html>"""


def test_a_box_the_markup_bounds_takes_no_line_above_it() -> None:
    doc = newsclean.clean(HTML_DOM_BOX.format(*BODY), format="html")
    assert_body_intact(doc)
    assert "https://github.com/example/usb-scanner" in doc.text
    assert "notifications about new posts" not in doc.text


HTML_WEBMENTIONS = """<html><head><title>Boring static sites</title></head><body><article class="h-entry">
<h1>Boring static sites</h1><div class="e-content"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p></div>
<section class="webmentions"><h2>Webmentions</h2><p>3 likes, 2 reposts, 2 replies</p>
<ul><li><a href="https://example.social/@kjell">Kjell Andersen</a> 04 Nov 2023
<p>Same experience here after four years on Hugo. The line about the toolchain is going on a sticky note.</p></li>
</ul></section></article></body></html>"""


def test_webmentions_are_the_comment_thread() -> None:
    doc = newsclean.clean(HTML_WEBMENTIONS.format(*BODY), format="html")
    assert_body_intact(doc)
    assert "sticky note" not in doc.text and "Webmentions" not in doc.text
    assert doc.metadata.authors == []


def test_a_clause_in_capitals_is_no_menu() -> None:
    doc = newsclean.clean((FIXTURES / "written" / "gift-terms.visible.txt").read_text(encoding="utf-8"))
    assert "NO PURCHASE OF A GIFT ITEM IS NECESSARY TO RECEIVE THE STANDARD PRODUCTS ORDERED." in doc.text
    assert "Last updated" not in doc.text


def test_a_byline_may_hold_the_writers_role_before_the_date() -> None:
    line = "Maya Okafor, Staff Writer October 14, 2025"
    doc = newsclean.clean("\n\n".join(["A beginner's guide to skincare", line, *BODY]))
    assert line not in doc.text
    assert doc.metadata.authors == ["Maya Okafor"]
    assert doc.metadata.published == "2025-10-14"


@pytest.mark.parametrize("line", ["Leo Brandt & Nadia Haddad", "Sofia Marchetti, Dev Patel"])
def test_a_line_of_two_names_over_the_date_credits_both(line: str) -> None:
    title = "Data Analytics Trends 2026: 6 Changes Coming to Your BI Stack"
    doc = newsclean.clean("\n\n".join([title, line, "December 9, 2025 • 9 min read", *BODY]))
    assert doc.metadata.authors == [n.strip() for n in line.replace("&", ",").split(",")]
    assert line not in doc.text


PLATFORMS = ["Instagram", "Facebook", "TikTok"]
SECTIONS = {
    "Instagram": "Instagram lets businesses tag products in posts, Reels and Stories, and shoppers can view the details "
                 "in the app and either buy directly or continue to the brand's own website.",
    "Facebook": "Facebook Shops gives businesses a customizable storefront on their Page, and because it shares a "
                "catalog with Instagram many brands manage both from the same place every week.",
    "TikTok": "TikTok Shop has grown fastest of all, built on short video and live shopping, and creators can earn a "
              "commission by featuring products from a brand's catalog in their own videos.",
}


def test_a_platforms_name_over_a_section_on_it_is_a_heading_in_html() -> None:
    body = "".join(f"<h3>{name}</h3><p>{SECTIONS[name]}</p>" for name in PLATFORMS)
    html = (f"<html><head><title>Social commerce</title></head><body><article><h1>Social commerce explained</h1>"
            f"<p>{BODY[0]}</p>{body}<p>{BODY[1]}</p></article></body></html>")
    doc = newsclean.clean(html, format="html")
    for name in PLATFORMS:
        assert f"\n{name}\n" in f"\n{doc.text}\n" and SECTIONS[name] in doc.text


def test_a_platforms_name_between_paragraphs_about_it_is_a_heading_in_text() -> None:
    parts = [BODY[0]] + [x for name in PLATFORMS for x in (name, SECTIONS[name])] + BODY[1:]
    doc = newsclean.clean("\n\n".join(["Social commerce explained", *parts]))
    for name in PLATFORMS:
        assert f"\n{name}\n" in f"\n{doc.text}\n"


def test_a_heading_that_compares_a_newsletter_is_no_sign_up() -> None:
    line = "Drip campaign vs. newsletter"
    doc = newsclean.clean("\n\n".join(["What is a drip campaign?", BODY[0], line, *BODY[1:]]))
    assert line in doc.text


def test_a_category_before_the_date_is_no_author() -> None:
    doc = newsclean.clean("\n\n".join(["Money Management for Millennials", "Budgeting · March 4, 2025", *BODY]))
    assert doc.metadata.authors == []
    assert doc.metadata.published == "2025-03-04"


def test_a_bio_with_post_nominal_letters_leaves() -> None:
    doc = newsclean.clean((FIXTURES / "written" / "column-bio-postnominals.txt").read_text(encoding="utf-8"))
    assert "Daniel Okafor, CPP, PSP, is vice president" not in doc.text
    assert "Give them a system to operate" in doc.text


def test_a_credited_name_with_its_role_and_a_reading_time_leave_the_head() -> None:
    head = ["Index funds: How to invest", "Index funds can be a simple, low-cost way to own a slice of the entire "
            "market. Here's what to know before you buy.", "Priya Raman Senior Investment Writer",
            "Updated Jan 6, 2026 7 min"]
    doc = newsclean.clean("\n\n".join(["Index Funds: What They Are and How to Invest | Meridian Brokerage",
                                       "Learn / Investing basics", *head, *BODY]))
    assert_body_intact(doc)
    assert doc.metadata.authors == ["Priya Raman"]
    assert not any(line in doc.text for line in head[2:])


def test_a_papers_discussion_with_subheadings_is_the_article() -> None:
    doc = newsclean.clean((FIXTURES / "written" / "trial-discussion.txt").read_text(encoding="utf-8"))
    for line in ("Discussion", "Principal Findings", "Limitations", "In this pragmatic"):
        assert line in doc.text


def test_a_platforms_comment_gate_ends_text_an_extractor_already_cut() -> None:
    # trafilatura's text of a LinkedIn article: its comments kept under the gate, their names' links gone
    comments = ["Head of Transformation at a FTSE 250 retailer", "1y",
                "Slightly uncomfortable reading given my job title, but the Tuesday point is exactly right and I will "
                "be stealing it for our next planning session with the leadership team."]
    text = "\n".join([*BODY, "To view or add a comment, sign in", *comments])
    doc = newsclean.clean(text)
    assert_body_intact(doc)
    assert comments[2] not in doc.text


def test_a_box_over_a_sections_headings_leaves() -> None:
    box = ["An exact price for your garage", "Send us a photo of your panel and where you park, and we'll give you a "
           "firm quote.", "Get a Quote"]
    doc = newsclean.clean("\n\n".join([*BODY[:2], *box, "Permits and inspections", "Who pulls the permit", *BODY[2:]]))
    assert_body_intact(doc)
    assert not any(line in doc.text for line in box)
    assert "Who pulls the permit" in doc.text


def test_a_box_right_under_a_code_listing_leaves() -> None:
    box = ["Is your dApp too slow or too expensive?", "Our blockchain engineers have optimized contracts handling "
           "over $400M in total value.", "[Talk to our experts](/contact?topic=performance)"]
    md = "\n\n".join([BODY[0], BODY[1], "```solidity\nfunction f() external view returns (uint) {\n  return x;\n}\n```",
                      *box, *BODY[2:]])
    doc = newsclean.clean(md, format="markdown")
    assert_body_intact(doc)
    assert not any(line.split("](")[0].strip("[") in doc.text for line in box)
