"""Furniture the tenth round of written pages showed (trade press, opinion pages, health systems,
campus pages, pages served through an intermediary): each case fails on the code before it.

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES
from test_categories import BODY, assert_body_intact, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # a wall's pitch between its notice and its button, sentences and all
    ("paywall", ["This article is for subscribers only", "Get access to the full article along with 24/7 coverage of "
                 "litigation, legislation and regulatory developments across 60+ practice areas.",
                 "Start Your Free Trial Today", "Already a subscriber? Click here to view full article"]),
    ("paywall", ["Members only", "This content is available exclusively to association members. Sign in to keep "
                 "reading, or join today to unlock members-only articles, tools and templates.", "Sign In"]),
    ("paywall", ["Free Subscription", "Get Freight Lines Journal in print or digital, free to qualified logistics and "
                 "transportation professionals.", "Subscribe Now"]),
    # a sign-up box whose pitch runs to two sentences, over its field
    ("newsletter", ["Sign up for the free daily newsletter", "Get the free daily newsletter read by industry experts. "
                    "Topics covered: automation, labor, real estate, fulfillment and more.", "Work email: Sign up",
                    "By signing up to receive our newsletter, you agree to our Terms of Use and Privacy Policy. You "
                    "can unsubscribe at anytime."]),
    ("advertisement", ["Sponsored by StrataCell Energy. Sponsorship does not influence editorial coverage. Learn more "
                       "about our sponsorship policy."]),
    ("chrome", ["Share your opinion: Submit a letter to the editor of no more than 200 words. Submit a letter"]),
    ("chrome", ["What do you think? Send us a letter of up to 200 words at letters@example.com. Please include your "
                "name and neighborhood."]),
    ("chrome", ["Letters should be no more than 250 words and must include the writer's full name, address and daytime "
                "phone number for verification. Only the name and town will be published."]),
    ("chrome", ["Want to write for the Ledger? We welcome guest columns of 600 to 900 words on issues affecting western "
                "Kansas. Read our guidelines and send submissions to opinion@example.com."]),
    ("chrome", ["Editorials represent the opinion of the Lakeshore Courier Editorial Board, which operates separately "
                "from the newsroom. Members of the board are Denise Hartwell and Marcus Lindqvist."]),
    ("chrome", ["To find out more about Frank Delgado and read features by other Creators Syndicate writers and "
                "cartoonists, visit the Creators Syndicate website at www.creators.com."]),
    ("chrome", ["Send your questions for Annie Lane to dearannie@example.com."]),
    ("related", ["Related to this story", "Dear Annie: My husband refuses to retire",
                 "Dear Annie: My son's family never invites me over"]),
    ("caption", ["A school bus on a county road near Colby. (Prairie Ledger file photo)"]),
    ("share", ["Share this: Click to share on Facebook (Opens in new window) Click to share on X (Opens in new window) "
               "Click to email a link to a friend (Opens in new window)"]),
    ("legal", ["Originally published at https://parcelwise.dev on September 12, 2024."]),
    ("legal", ["State University Extension programs and employment are available to all without regard to race, color, "
               "national origin, religion, sex, disability, age or veteran status. Issued in furtherance of Cooperative "
               "Extension work, Acts of May 8 and June 30, 1914, in cooperation with the U.S. Department of Agriculture."]),
    ("legal", ["Medical Disclaimer: Every effort has been made to ensure that the information provided is accurate, "
               "up-to-date, and complete, but no guarantee is made to that effect."]),
    ("legal", ["References to products in this publication are for your convenience and are not an endorsement of one "
               "product over similar products."]),
    ("legal", ["Please do not sell or distribute this pattern or copy it to other websites."]),
    ("chrome", ["Cite this publication"]),
    ("chrome", ["In crisis? Call or text 988 to reach the Suicide & Crisis Lifeline, available 24/7. If you are in "
                "immediate danger, call 911."]),
    ("chrome", ["Promo code: HOLIDAY40 Copy"]),
    ("advertisement", ["Was $145, now $101 at Everlane"]),
    ("advertisement", ["Le Terroir $24.99 at Amazon Price may vary"]),
    ("advertisement", ["$105 at Nordstrom $105 at Neiman Marcus Shop now"]),
    ("advertisement", ["Eau de parfum, £145 for 50ml · Buy now at Liberty"]),
    ("advertisement", ["Nestwell may earn a commission when you buy through links on our site."]),
    ("advertisement", ["All product details reflect the price and availability at the time of publication. If you buy "
                       "something we link to, Modern Muse may earn commission."]),
    ("advertisement", ["Our shopping team independently selects every product featured. Prices are subject to change."]),
    ("advertisement", ["Buy on Amazon Last update on 2025-03-03 / Affiliate links / Images from Amazon Product "
                       "Advertising API"]),
    ("newsletter", ["You are receiving this because you subscribed to Backend Brew. Unsubscribe · Update preferences"]),
    ("newsletter", ["Know someone who'd like Backend Brew? Forward this email or send them to backendbrew.news."]),
    ("donation", ["Did you find this article valuable?", "Support Jane Roe by becoming a sponsor. Any amount is "
                  "appreciated!", "See recent sponsors | Learn more about Hashnode Sponsors"]),
    ("share", ["Save the Harbor Rib Beanie to Pinterest so you can find it later!"]),
    ("share", ["Pin this for later! Save this zone 6 planting calendar to your Gardening board on Pinterest."]),
    ("share", ["Share your finished hat on Instagram and tag @woolandwillow so I can see it!"]),
    ("advertisement", ["Northbridge Bank 4.40% APY 12-month IRA CD See offer",
                       "Summit Federal CU 4.25% APY 18-month IRA CD See offer"]),
    ("advertisement", ["APYs as of 01/14/2025. Rates are subject to change. Member FDIC or NCUA."]),
    ("advertisement", ["We may earn revenue from the products available on this page and participate in affiliate "
                       "programs. Learn More ›"]),
    ("chrome", ["Or call (614) 555-0188"]),
    ("chrome", ["3,214 votes · See results"]),
    ("chrome", ["Filter Click a column header to sort"]),
    ("chrome", ["● 3 vets online now", "Ask a Vet Online Now", "Start Chat"]),
    ("chrome", ["Powered by VetChat. Online advice does not replace an in-person exam."]),
    ("chrome", ["Have a home repair question? Email Nathan Pruitt at askthebuilder@example.com. Questions may be edited "
                "for length and clarity."]),
    ("chrome", ["If your child talks about wanting to die or hurting themselves, don't wait. Call or text 988 to reach "
                "the Suicide & Crisis Lifeline, or call 911 if they are in immediate danger."]),
    ("chrome", ["Request a demo Talk to sales"]),
    ("chrome", ["How to cite this statistic"]),
    ("embed", ["Embed this infographic on your site", "Copy and paste the code below. Please keep the link back to "
               "Greenledger."]),
    ("caption", ["Chart: Northpoint Research · Source: Northpoint Research online survey, Jan. 24-27, 2025 · Get the "
                 "data"]),
    ("paywall", ["You only have access to basic statistics. This statistic is not included in your account."]),
    ("related", ["More customer stories", "Lakeview University Health cuts transfer center wait times in half",
                 "Cascade Health standardizes alarm management across 11 hospitals"]),
    ("navigation", ["Back to top ↑"]),
    ("share", ["Tweet this"]),
    ("chrome", ["1x 2x 3x"]),
    ("chrome", ["US Customary - Metric"]),
    ("chrome", ["Cook Mode Prevent your screen from going dark"]),
    ("navigation", ["Showing 12 of 42 mice"]),
    ("chrome", ["5 stars 61%", "4 stars 22%"]),
    ("newsletter", ["Never miss a price drop", "Tell us what you want and we'll email you when it goes on sale."]),
    ("advertisement", ["This episode is brought to you by"]),
    ("legal", ["Licence: This script is shared under a Creative Commons Attribution-NonCommercial licence."]),
    ("chrome", ["Are you of legal drinking age? Yes No"]),
    ("chrome", ["You must be 18 or over to enter this site."]),
    ("donation", ["If these talks have helped you, please consider a donation so we can continue to share them."]),
    ("chrome", ["Download the playbook"]),
    ("chrome", ["Get the PDF"]),
    ("chrome", ["Book a tour"]),
    ("related", ["Other statistics on the topic", "Heat pump stock per 1,000 households in Europe 2024, by country",
                 "Heat pump sales in Europe 2013-2024"]),
])
def test_furniture_leaves_the_body(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


def test_a_desks_credit_may_hold_an_ampersand() -> None:
    line = "by the Summit & Trail Staff · 8 min read"
    doc = newsclean.clean("\n\n".join(["Sleeping Bag Temperature Ratings, Explained", line, *BODY]))
    assert_body_intact(doc)
    assert line not in doc.text


def test_an_events_dated_line_names_no_author() -> None:
    events = ["Upcoming Events", "AI in Healthcare Forum June 9-10, 2025 | Boston, MA",
              "Healthcare Cybersecurity Summit July 17, 2025 | Virtual"]
    doc = newsclean.clean("\n\n".join(["Hospital system moves nurses' notes to ambient AI",
                                       "By Priya Natarajan April 22, 2025 4 minute read", *BODY, *events]))
    assert doc.metadata.authors == ["Priya Natarajan"]


def test_a_reviewers_credit_run_on_after_the_writer_is_no_part_of_her_name() -> None:
    line = "Written by Hannah Whitcombe Medically reviewed by Dr. Marcus Oyelaran, MD, FAAD Updated January 30, 2026"
    doc = newsclean.clean("\n\n".join(["What does niacinamide do for skin?", line, *BODY]))
    assert doc.metadata.authors == ["Hannah Whitcombe"]


def test_a_question_title_line_on_top_does_not_keep_the_masthead() -> None:
    head = ["How much does the weather move bike-share trips? – Notes by Ines Carvalho", "Notes by Ines Carvalho",
            "Blog Projects Talks About Feed", "How much does the weather move bike-share trips?",
            "View the notebook on GitHub | Open in Colab"]
    doc = newsclean.clean("\n\n".join([*head, *BODY]))
    assert_body_intact(doc)
    assert not any(line in doc.text for line in head)
    assert doc.metadata.title == "How much does the weather move bike-share trips?"


def test_a_footer_link_read_as_legal_makes_no_headline_a_boxs_pitch() -> None:
    head = ["2024–25 Annual Report | Center for Rural Health Access | Glenmoor University",
            "Center for Rural Health Access", "About", "Programs", "Research", "Contact", "Home", "About",
            "2024–25 Annual Report", "2024–25 Annual Report", "Download the full report (PDF, 4.2 MB)"]
    doc = newsclean.clean("\n\n".join([*head, *BODY]))
    assert doc.metadata.title == "2024–25 Annual Report"


def test_a_reading_time_after_the_date_is_no_clock_time() -> None:
    doc = newsclean.clean("\n\n".join(["Why our ledger service moved to event sourcing", "By Jane Roe",
                                       "November 12, 2025 11 min read", *BODY]))
    assert doc.metadata.published == "2025-11-12"


def test_a_place_eyebrow_with_its_states_name_is_no_byline() -> None:
    doc = newsclean.clean("\n\n".join(["Fort Collins, Colorado", "Assisted Living at Willow Bend", *BODY]))
    assert doc.metadata.authors == []


def test_a_deadline_is_not_the_pages_date() -> None:
    doc = newsclean.clean("\n\n".join(["Ferrante Scholarship for Future Teachers", "Application deadline",
                                       "Apply by February 15, 2026", *BODY]))
    assert doc.metadata.published is None


def test_a_level_one_heading_may_be_a_sentence() -> None:
    md = "\n\n".join(["# The Hawks don't need a superstar. They need a point guard who can stay healthy.",
                      "By Ben Whitman", *BODY])
    doc = newsclean.clean(md, format="markdown")
    assert doc.metadata.title == "The Hawks don't need a superstar. They need a point guard who can stay healthy."


def test_a_writers_bio_under_her_byline_leaves() -> None:
    bio = ("Elena Vasquez-Hart is a former deputy director of the state Department of Ecology and a water policy "
           "consultant in Yakima.")
    doc = newsclean.clean("\n\n".join(["Our state's water rules were written for a wetter century",
                                       "By Elena Vasquez-Hart", bio, *BODY]))
    assert_body_intact(doc)
    assert bio not in doc.text


def test_a_lists_one_word_items_at_the_articles_end_stay_with_the_sentence_under_them() -> None:
    md = (FIXTURES / "written" / "birding-list-tail.md").read_text(encoding="utf-8")
    doc = newsclean.clean(md, format="markdown")
    assert "Yellowhammer" in doc.text and "Plus the usual 44 common species" in doc.text


def test_a_comment_headings_count_opens_the_thread() -> None:
    thread = ["Join the conversation (3)", "mamaof3_in_ohio March 5, 2025",
              "We switched our oldest from private to public in 4th grade and honestly it's been great.", "Reply",
              "jess.k March 8, 2025", "Nobody mentions the commute! Ours is 35 minutes each way.", "Reply"]
    doc = newsclean.clean("\n\n".join([*BODY, *thread]))
    assert_body_intact(doc)
    assert not any(line in doc.text for line in thread)


def test_a_list_under_a_sentence_ending_in_a_colon_is_the_articles() -> None:
    text = (FIXTURES / "written" / "market-report-list-tail.txt").read_text(encoding="utf-8")
    doc = newsclean.clean(text)
    assert "Envirotainer" in doc.text and "Intelsius" in doc.text and "curbside-recyclable" in doc.text


@pytest.mark.parametrize("line", ["More quick breads you'll love: Pumpkin Bread · Lemon Poppy Seed Loaf · Zucchini Bread",
                                  "Try it in: Strawberry-Rhubarb Crisp · Strawberry Spinach Salad"])
def test_a_labelled_line_of_dotted_links_is_related(line: str) -> None:
    assert_box_leaves("related", [line])


def test_a_price_lists_all_prices_include_sentence_is_copy() -> None:
    line = ("All prices include VAT, exclusive use of the barn and grounds, furniture for up to 150 guests, and a "
            "dedicated coordinator on the day.")
    doc = newsclean.clean("\n\n".join([*BODY[:2], line, *BODY[2:]]))
    assert line in doc.text


def test_rows_of_a_deadlines_table_are_no_bylines() -> None:
    rows = ["Connecticut February 15, 2026 (priority) Roberta B. Willis Scholarship",
            "Michigan March 1, 2026 Michigan Achievement Scholarship", "Ohio October 1, 2026 Ohio College Opportunity Grant"]
    doc = newsclean.clean("\n\n".join(["FAFSA Deadlines", *BODY[:2], "State Deadline Notes", "\n".join(rows),
                                       *BODY[2:]]))
    assert all(r in doc.text for r in rows)
    assert not any(a in ("Michigan", "Ohio", "Connecticut") for a in doc.metadata.authors)


def test_a_menu_class_without_links_is_no_navigation() -> None:
    items = "".join(f'<div class="menu-item"><h3>{n}</h3><p>{d}</p><p>$17</p></div>' for n, d in (
        ("Second Harvest", "Apple brandy, brown butter-washed rye, spiced pear, lemon and Angostura bitters."),
        ("Smoke Signal", "Mezcal, amaro nonino, roasted pineapple, lime and a rim of chipotle salt.")))
    html = (f'<html><body><nav><a href="/">Home</a> <a href="/menu">Menu</a></nav><main><h1>Cocktail Menu</h1>'
            f'<p>{BODY[0]}</p><div class="menu-wrap">{items}</div><p>{BODY[1]}</p></main></body></html>')
    doc = newsclean.clean(html, format="html")
    assert "Apple brandy" in doc.text and "Mezcal" in doc.text


def test_a_subhead_whose_class_says_tag_is_the_articles() -> None:
    html = (f'<html><body><article><h1>Meditation worked as well as a drug</h1><p>{BODY[0]}</p><p>{BODY[1]}</p>'
            f'<h3 class="edTag">Who might benefit</h3><p>{BODY[2]}</p><p>{BODY[3]}</p></article></body></html>')
    doc = newsclean.clean(html, format="html")
    assert "Who might benefit" in doc.text


def test_a_customer_reviews_heading_opens_the_thread() -> None:
    thread = ["Customer reviews", "4.3 out of 5", "Karen M. · Moved from Denver · April 2025",
              "They showed up two hours late and one box of dishes arrived broken.", "Was this review helpful?"]
    doc = newsclean.clean("\n\n".join([*BODY, *thread]))
    assert_body_intact(doc)
    assert not any(line in doc.text for line in thread)


def test_a_markdown_list_of_links_to_other_sites_is_the_articles() -> None:
    links = ["  * [Greer Audio Partnerships](https://greeraudio.co)",
             "  * [IAB Podcast Measurement Technical Guidelines](https://iabtechlab.com/standards/podcast-measurement/)",
             "  * [Episode 118: What goes in a podcast media kit](https://sidestage.show/episodes/118-media-kits)"]
    md = "\n\n".join(["# Pricing Your First Sponsorship Deal", *BODY[:2], "### Links mentioned in this episode",
                      "\n".join(links), *BODY[2:]])
    doc = newsclean.clean(md, format="markdown", url="https://sidestage.show/episodes/142-pricing-sponsorship")
    assert "Greer Audio Partnerships" in doc.text and "IAB Podcast Measurement" in doc.text


def test_a_glossarys_back_to_top_lines_leave_without_breaking_it() -> None:
    text = (FIXTURES / "written" / "photo-glossary.visible.txt").read_text(encoding="utf-8")
    doc = newsclean.clean(text)
    assert "Back to top" not in doc.text
    assert "Aperture" in doc.text and "White balance" in doc.text
