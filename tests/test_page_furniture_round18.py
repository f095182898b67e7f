"""Furniture the eighteenth round of written pages showed (affiliate roundups, WordPress how-to plugins, page builders,
ad-network blogs, SaaS vendor blogs, service-journalism templates, institutional CMSs, writer platforms): each case
fails on the code the round started from (`968c25d`), but for the guards (marked).

The clutter sits between paragraphs of an article; every paragraph must stay.
"""

from __future__ import annotations

import pytest
from test_categories import P1, P2, P3, P4, article, assert_body_intact, assert_box_leaves

import newsclean


@pytest.mark.parametrize("category,clutter", [
    # opt-in boxes: the freebie's button whatever its noun, the decline link and the small print
    ("chrome", ["Send Me the Chart"]),
    ("chrome", ["Yes, Send Me the Cards!"]),
    ("chrome", ["Take the assessment"]),
    ("chrome", ["Get the free 2025 ecommerce email calendar"]),
    ("newsletter", ["No thanks, I'll figure it out on my own"]),
    ("newsletter", ["100% privacy. No spam ever."]),
    ("newsletter", ["Track bedtimes and wake-ups for all twelve nights. Enter your email and I'll send it straight to your "
                    "inbox."]),
    # an institution's call to action: its heading a short sentence, its button a platform's or a finder's
    ("chrome", ["Practice makes confident.", "Book a mock negotiation with a career advisor on Handshake.",
                "Schedule on Handshake"]),
    ("chrome", ["Log in to CareerConnect"]),
    ("chrome", ["Attend an info session"]),
    # one review quoted with its platform's signature
    ("chrome", ["“Setup took a day and our first response time dropped by half.”",
                "Head of Support, e-commerce, 51-200 employees · Capterra"]),
    ("chrome", ["“We moved from spreadsheets to Pipewell in one afternoon and closed our first deal that week.”",
                "Verified G2 reviewer, Marketing agency, 11-50 employees"]),
    # a personal newsletter's pitch in its writer's voice
    ("newsletter", ["Enjoying this? I write about small automations once or twice a month. Subscribe for free and get "
                    "the next one in your inbox."]),
    ("newsletter", ["I send a short email when I publish something new, about once a month. Sign up here."]),
    ("newsletter", ["If you liked this, follow Firmware Field Notes for more stories from people who ship hardware."]),
    # a comparison site's card: the score before the site's name, its ribbon, its button glued to the redirect note
    ("advertisement", ["NerdWallet rating 4.5/5", "Federal: $0 to $129. Free version available.", "File with TaxPilot",
                       "on TaxPilot’s website"]),
    ("advertisement", ["Featured Partner Offer", "Ridgeway Invest", "4.8", "Learn More On Ridgeway Invest’s Website"]),
])
def test_round_eighteen_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


def test_an_opt_in_boxs_heading_goes_with_its_pitch_over_the_button() -> None:
    box = ["Grab your free printable sleep chart!",
           "Track bedtimes, wake-ups and chair positions for all twelve nights. Enter your email and I'll send it "
           "straight to your inbox.",
           "Send Me the Chart", "We respect your privacy. Unsubscribe at any time."]
    doc = newsclean.clean(article(*box))
    assert_body_intact(doc)
    assert all(line not in doc.text for line in box)


def test_a_button_over_its_own_box_leaves_the_section_above_it() -> None:
    """A box's heading read as a button ("… Get our free LLC checklist") over its pitch and button: the article's step
    above it stays."""
    step = ["Step 5: Get an EIN", "Apply for an Employer Identification Number on the IRS website. It is free, takes "
            "about ten minutes, and you will need it to open a business bank account."]
    box = ["Starting a business? Get our free LLC checklist",
           "Join 48,000 founders who get our weekly guide to licenses, taxes and paperwork.", "Get the Free Checklist"]
    doc = newsclean.clean("\n\n".join([P1, P2, *step, *box, P3, P4]))
    assert all(line in doc.text for line in step)
    assert all(line not in doc.text for line in box)


def test_a_sections_paragraph_over_a_lone_button_stays() -> None:
    """Guard: two sentences of thirty words over a download button are the article's section, not the button's pitch."""
    section = ["When to move to an ecommerce platform",
               "Move when automated flows start to matter more than campaigns. A good signal is when your abandoned cart "
               "email alone brings in more revenue than your monthly software bill."]
    doc = newsclean.clean("\n\n".join([P1, P2, *section, "Get the free 2025 ecommerce email calendar", P3, P4]))
    assert all(line in doc.text for line in section)
    assert "email calendar" not in doc.text


def test_a_button_with_its_small_print_on_its_line_takes_the_boxs_pitch() -> None:
    box = ["Manage your whole pipeline in one place",
           "Pipewell gives small teams deals, email and reminders without the enterprise complexity.",
           "Start free trial No credit card required"]
    doc = newsclean.clean(article(*box))
    assert_body_intact(doc)
    assert all(line not in doc.text for line in box)


FLORIDA = [  # a how-to's opening and short sections around a related box (a written page's)
    "Florida is one of the most popular states in the country for new businesses, and it is easy to see why: there is "
    "no personal state income tax and the filing fee is modest.",
    "Step 2: Name a Registered Agent",
    "The registered agent receives lawsuits and official notices on behalf of the LLC. The agent must have a physical "
    "Florida address and must sign the Articles of Organization.",
]
HOW_TO = [
    "Step 3: File the Articles of Organization",
    "File online at Sunbiz. The total fee is $125, made up of a $100 filing fee and a $25 registered agent designation "
    "fee. A certified copy is optional.",
    "Step 4: Don’t Miss the Annual Report",
    "Every Florida LLC must file an annual report between January 1 and May 1, starting the year after it forms. A late "
    "report adds a $400 penalty that cannot be waived.",
]


def test_a_related_box_between_a_how_tos_sections_does_not_end_the_article() -> None:
    text = "\n\n".join(["How to Start an LLC in Florida: 5 Steps for 2025", "By Marcus Delgado", *FLORIDA,
                        "RELATED ARTICLES", "Florida Sales Tax Registration: A Beginner’s Guide", *HOW_TO])
    doc = newsclean.clean(text)
    assert all(line in doc.text for line in FLORIDA + HOW_TO)
    assert "Florida Sales Tax Registration" not in doc.text and "RELATED ARTICLES" not in doc.text


def test_a_related_list_stops_at_the_articles_next_heading_and_subheading() -> None:
    guide = ["Buying Guide", "Loaf size",
             "Most machines offer one, one-and-a-half and two pound settings. A two pound loaf feeds a family of four for "
             "about two days.",
             "Pan shape",
             "Horizontal pans give you a conventional loaf shape that fits a toaster. Vertical pans are more compact but "
             "make tall slices."]
    related = ["You may also like", "Easy No-Knead Bread in a Dutch Oven", "Bread Machine Pizza Dough"]
    doc = newsclean.clean("\n\n".join(["The 3 Best Bread Machines", P1, P2, *related, *guide, "12 Comments"]))
    assert all(line in doc.text for line in guide)
    assert all(line not in doc.text for line in related)


def test_a_related_box_of_title_and_blurb_pairs_still_ends_the_article() -> None:
    """Guard: a box's teasers, each a numbered title over its blurb, are no sections of the article."""
    teasers = ["Part 1: Managing Your Department",
               "In this first part of our series on the law department, we discuss the best practices in department "
               "management and how to measure them.",
               "Part 2: Up-Skilling",
               "In this second part of our series on the law department, we discuss the new key skills your department "
               "needs and how to hire for them.",
               "Business plans for law departments",
               "An overview of how to create a business plan and why it sends a powerful message to your stakeholders."]
    doc = newsclean.clean("\n\n".join(["Moving legal work in-house", P1, P2, P3, P4, "Related content", *teasers]))
    assert_body_intact(doc)
    assert all(line not in doc.text for line in teasers)


def test_a_jump_to_list_ends_at_its_last_echoed_entry() -> None:
    """The contents' short anchors begin the article's headings below; the product's name and its list under the first
    section heading are the article's, not more entries."""
    lead = ("The best identity theft protection services watch the places criminals use your personal data, from credit "
            "files to dark web marketplaces, and alert you the moment something looks wrong.")
    article_lines = ["The best identity theft protection services right now", "1. Aurelia Identity",
                     "Monitors all three credit bureaus", "Includes a VPN and password manager",
                     "Aurelia Identity caught every one of our test events, and it was the fastest service to report a new "
                     "credit inquiry, usually within an hour.",
                     "How to choose the best identity theft protection service",
                     "Start by checking what you already have. Many banks, credit cards and employers include basic credit "
                     "monitoring at no cost.",
                     "How we test identity theft protection services",
                     "We sign up for each service with real personal details and monitor it for at least a month, and we "
                     "record how long each service takes to alert us."]
    text = "\n".join(["The best identity theft protection services in 2026", "", lead, "", "Jump to:", "The quick list",
                      "Best overall", "How to choose", "How we test", "", *article_lines])
    doc = newsclean.clean(text)
    assert all(line in doc.text for line in article_lines)
    assert "Jump to:" not in doc.text and "The quick list" not in doc.text


def test_a_contents_last_entry_over_the_lede_is_still_an_entry() -> None:
    """Guard: a table of contents whose last entry stands right over the article's first paragraph."""
    entries = ["What is an event management process", "Seven steps to planning an event", "Accruent EMS"]
    text = "\n".join(["Event Management Process", "", "Table of contents", *entries, "", P1, "", *entries[:2], "", P2,
                      "", "Accruent EMS", "", P3, "", P4])
    doc = newsclean.clean(text)
    assert_body_intact(doc)
    assert "Table of contents" not in doc.text
    assert doc.text.count("Accruent EMS") == 1


INDEX_FUNDS = [  # a service-journalism page's Markdown (a written page's), above its ad slot
    "  * An index fund tracks a market benchmark such as the S&P 500 instead of trying to beat it.\n"
    "  * Low expense ratios are the main reason index funds tend to outperform most actively managed funds over long "
    "periods.\n  * You can buy index funds through a brokerage account, a workplace retirement plan or directly from a "
    "fund company.",
    "Index funds are one of the simplest ways to put money into the stock market. Rather than paying a manager to pick "
    "winners, you buy a small slice of every company in a benchmark and accept the market's return, minus a very small fee.",
    "That sounds modest, but it has been a hard approach to beat. Over the last 15 years, roughly nine in ten actively "
    "managed large-company funds trailed the S&P 500 after fees, according to data from S&P Dow Jones Indices.",
    "Start with the market you want exposure to. A total U.S. stock market index covers thousands of companies of every "
    "size, while an S&P 500 fund holds 500 of the largest. International and bond indexes can round out a portfolio "
    "once you have a core position.",
    "Several fund companies usually offer a fund on the same index. Compare the expense ratio, the minimum investment and "
    "how closely each fund has tracked its benchmark. A difference of 0.1% a year may look tiny, but it compounds over "
    "decades.",
    "Most online brokers sell index ETFs with no commission, and many also sell their own mutual funds without a "
    "transaction fee. If you have a 401(k), check its menu first: an S&P 500 or target-date index option is often the "
    "cheapest choice in the plan.",
    "Setting up a recurring purchase, whether weekly or monthly, takes the guesswork out of timing the market. This "
    "habit, known as dollar-cost averaging, means you buy more shares when prices are low and fewer when they are high.",
]


def test_an_ad_slot_label_does_not_end_the_article_above_its_last_sections() -> None:
    tail = ["## Pros and Cons of Index Funds",
            "  * Low costs compared with actively managed funds\n  * Broad diversification in a single purchase\n"
            "  * Tax efficiency, since holdings change rarely\n  * No chance of beating the market\n"
            "  * You own the laggards along with the leaders",
            "For most people saving for retirement, a handful of low-cost index funds can do the heavy lifting. Choose a "
            "broad index, keep fees low, invest regularly and resist the urge to sell when markets fall."]
    footer = "\n".join(f"  * [{w}](/{w.lower()}/)" for w in ("About Us", "Careers", "Contact", "Advertise", "Sitemap"))
    doc = newsclean.clean("\n\n".join([*INDEX_FUNDS, "Advertisement", *tail, footer]), format="markdown")
    assert "For most people saving for retirement" in doc.text and "No chance of beating the market" in doc.text
    assert "Advertisement" not in doc.text


def test_a_name_glued_to_its_date_and_comment_count_gives_the_name() -> None:
    text = "\n\n".join(["# Best Milk Frothers of 2024", "By [Kelsey Marrow](/author/kelsey/)September 17, 202414 Comments",
                        P1, P2, P3])
    doc = newsclean.clean(text, format="markdown")
    assert doc.metadata.authors == ["Kelsey Marrow"]


def test_bloggers_posted_by_footer_gives_the_author() -> None:
    text = "\n\n".join(["My old ThinkPad runs a language model", P1, P2, P3,
                        "Posted by Marguerite Dunmore at 9:14 PM 4 comments:", "Labels: AI, old hardware"])
    assert newsclean.clean(text).metadata.authors == ["Marguerite Dunmore"]


def test_a_table_set_caption_top_keeps_its_rows_in_html() -> None:
    html = ("<article><h1>Benchmarking my assistant</h1>" + "".join(f"<p>{p}</p>" for p in (P1, P2))
            + '<table class="caption-top table"><tr><th>Assistant</th><th>Passed</th></tr>'
            "<tr><td>Assistant A</td><td>13</td></tr><tr><td>Assistant B</td><td>11</td></tr></table>"
            + "".join(f"<p>{p}</p>" for p in (P3, P4)) + "</article>")
    doc = newsclean.clean(html, format="html")
    assert "Assistant A 13" in doc.text and P4 in doc.text


def test_an_accordions_hidden_panel_under_a_button_holding_its_heading_is_kept_in_html() -> None:
    """The panel is the article's; the toggle's label stays a button's, as the dev gold leaves such labels out."""
    panel = ("Take a career interest assessment, attend an Industry Night to hear from working professionals, and look "
             "for on-campus jobs.")
    html = ("<main><h1>Student Career Centre Guide</h1>" + "".join(f"<p>{p}</p>" for p in (P1, P2))
            + '<div class="accordion"><button class="accordion__toggle" aria-expanded="false"><h3>First year: explore</h3>'
            f'</button><div class="accordion__panel" hidden><p>{panel}</p></div></div>'
            + "".join(f"<p>{p}</p>" for p in (P3, P4)) + "</main>")
    doc = newsclean.clean(html, format="html")
    assert panel in doc.text and P4 in doc.text


KIPLINGO = [  # an article body's paragraphs above its related box (a written page's)
    "<p>Index funds come in two wrappers. Index mutual funds are bought and sold once a day at the closing price, often "
    "directly from the fund company, and many let you invest a fixed dollar amount. Index ETFs trade throughout the day "
    "like stocks, and most brokers now let you buy fractional shares.</p>",
    "<p>For a long-term investor the difference is small. ETFs tend to be slightly more tax-efficient in taxable "
    "accounts, while mutual funds can be more convenient for automatic monthly investing.</p>",
    "<h2>Which index should you choose?</h2>",
    "<p>A total U.S. stock market fund is a sensible core holding for most people. Add an international stock index for "
    "diversification, and a bond index fund as you get closer to needing the money.</p>",
    "<p>Two funds tracking the same index can charge fees that differ by a factor of ten, so always compare the expense "
    "ratio before you buy, and check how closely each fund has tracked its benchmark.</p>",
]


def test_a_related_heading_over_its_own_list_inside_the_article_body_does_not_end_it_in_html() -> None:
    after = ("The biggest mistake is not the fund you pick but what you do afterward. Investors who sell after a market "
             "drop and buy back after a rally routinely earn less than the funds they own.")
    closing = ("An index fund portfolio does not need to be complicated. Two or three broad, cheap funds, added to "
               "regularly and left alone, will beat the results of most investors who try harder.")
    html = ('<html><body><header><a href="/">Kiplingo</a><nav><a href="/investing">Investing</a> <a href="/taxes">Taxes</a>'
            '</nav></header><article><h1>How to Invest in Index Funds</h1><p>By Grace Holloway published November 04, '
            '2025</p><div id="article-body">' + "".join(KIPLINGO)
            + '<p><strong>Related Content</strong></p><ul class="related"><li><a href="/a">The Best ETFs to Buy Now</a></li>'
            '<li><a href="/b">The Best Vanguard Funds for Retirement Savers</a></li></ul>'
            f"<h2>Common mistakes to avoid</h2><p>{after}</p><h2>The bottom line</h2><p>{closing}</p></div></article>"
            '<footer><a href="/about">About Us</a> <a href="/privacy">Privacy Policy</a></footer></body></html>')
    doc = newsclean.clean(html, format="html")
    assert after in doc.text and closing in doc.text and "The Best ETFs to Buy Now" not in doc.text


def test_a_service_sites_editorial_policy_note_leaves() -> None:
    assert_box_leaves("advertisement", ["Bankrite follows a strict editorial policy, so you can trust that we’re putting "
                                        "your interests first."])


def test_a_labelled_trail_is_no_headline() -> None:
    text = "\n".join(["Skip to main content", "  * Programs", "  * Admissions", "  Career Centre",
                      "You are here: Home / Current Students / Career Centre / Student Career Centre Guide",
                      "    * About the Career Centre", "    * Co-op and Internships", "", "    Student Career Centre Guide",
                      "", P1, "", P2, "", P3])
    assert newsclean.clean(text).metadata.title == "Student Career Centre Guide"


def test_two_names_role_in_the_plural_is_no_third_author() -> None:
    text = "\n\n".join(["Teaching Online Effectively",
                        "Prepared by Tomas Lindqvist and Grace Oyelaran, Instructional Designers", P1, P2, P3])
    assert newsclean.clean(text).metadata.authors == ["Tomas Lindqvist", "Grace Oyelaran"]


def test_a_city_with_its_state_and_zip_is_no_author() -> None:
    text = "\n".join(["Salary Negotiation Tips for Job Seekers", P1, P2, "Saint Paul, MN 55101"])
    assert newsclean.clean(text).metadata.authors == []


def test_a_contact_bar_naming_the_sites_address_is_no_title_line() -> None:
    text = "\n\n".join(["Call Today: (512) 555-0163|[hello@sparkleandsage.com](mailto:hello@sparkleandsage.com)",
                        "  * [Home](/)\n  * [Pricing](/pricing/)", "# House Cleaning Costs in Austin, TX (2024 Rates)", P1,
                        P2, P3])
    doc = newsclean.clean(text, format="markdown", url="https://sparkleandsage.com/house-cleaning-costs-austin/")
    assert doc.metadata.title == "House Cleaning Costs in Austin, TX (2024 Rates)"
