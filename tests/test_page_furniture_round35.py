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
    # football news: bookmakers' small print, a live blog's teaser, a club's sponsor line, a club TV's teaser and gate,
    # a chart's caption, a reader poll, a reactions button, a live blog's controls, a press regulator's notice
    ("advertisement", ["New customers only. Bet \u00a310 get \u00a330 in free bets. Min odds 1/2. T&Cs apply. 18+ BeGambleAware.org"]),
    ("advertisement", ["18+ New customers only. Opt in required. Min odds evens. Payment restrictions apply. T&Cs apply. "
                       "BeGambleAware.org. Please gamble responsibly."]),
    ("advertisement", ["Gambling can be addictive. Set limits, take breaks and never chase your losses. If you need help, "
                       "contact the National Gambling Helpline on 0808 8020 133 or visit BeGambleAware.org. When the fun "
                       "stops, stop."]),
    ("advertisement", ["Get \u00a330 in Free Bets When You Bet \u00a310"]),
    ("advertisement", ["Juega con responsabilidad. +18. Cuotas sujetas a cambios. jugarbien.es"]),
    ("related", ["Transfer news LIVE: Tottenham latest as Spurs chase defender and Bergvall contract update"]),
    ("advertisement", ["Signing announcement presented by Northgate Autos, Official Vehicle Partner of Kingsmere City FC."]),
    ("embed", ["WATCH Ingrid Solvang's first interview 6:12"]),
    ("paywall", ["Available to KCTV subscribers. Subscribe from \u00a32.99 a month"]),
    ("caption", ["Non-penalty goals per 90 in the signing season, January vs summer arrivals. Data: FBref / Opta, minimum "
                 "450 minutes."]),
    ("chrome", ["1,204 votes total", "Vote Now"]),
    ("chrome", ["Open Extended Reactions"]),
    ("chrome", ["Show 3 new updates Auto-refresh"]),
    ("byline", ["18:52 Posted by Josh Pemberton"]),
    # Indian portals: house lines and follow lines, wire and syndication notes, a sign-in pitch, a markets disclaimer
    ("chrome", ["Catch all the Business News, Market News, Breaking News Events and Latest News Updates on The Money "
                "Ledger. Download The Money Ledger News App to get Daily Market Updates."]),
    ("chrome", ["Get Latest India News along with Latest News and Top Headlines from India and around the world."]),
    ("chrome", ["Download the Desh Samachar English app for the latest exam results, board updates and education news. "
                "Available on Android and iOS."]),
    ("share", ["\U0001f4e3 Click to follow The Express Chronicle on WhatsApp channel and stay updated with the latest news "
               "and updates"]),
    ("share", ["For the latest tech news and reviews, follow GadgetDesh on X, Facebook, WhatsApp, Threads and Google News."]),
    ("byline", ["(With PTI inputs)"]),
    ("legal", ["(Except for the headline, this story has not been edited by Prime Sports 24 staff and is published from a "
               "syndicated feed.)"]),
    ("related", ["ALSO CHECK: CBSE Class 12 Result 2026 LIVE: Results expected soon, check latest updates here"]),
    ("paywall", ["Unlock a world of benefits! From insightful newsletters to real-time stock tracking, breaking news and a "
                 "personalised newsfeed, it's all here, just a click away! Login Now!"]),
    ("legal", ["Disclaimer: The views and investment tips expressed by experts on MoneyPulse are their own and not those "
               "of the website or its management. MoneyPulse advises users to check with certified experts before "
               "taking any investment decisions."]),
    ("share", ["Read Time: 3 min Share Tweet WhatsApp Copy Link Comments"]),
    # Middle East news: edition and republishing notes, agencies' credits, share and save buttons, newsletter and
    # donation boxes in English and French
    ("legal", ["This article is available in French on Levant Eye French edition."]),
    ("legal", ["Levant Eye delivers independent and unrivalled coverage and analysis of the Middle East, North Africa and "
               "beyond. To learn more about republishing this content and the associated fees, please fill out this "
               "form. More about Levant Eye can be found here."]),
    ("caption", ["Palestinians inspect the rubble of a house in Khan Younis [Mohammed Salem/Reuters]"]),
    ("caption", ["Dead date palms line an irrigation channel near the old town on 4 January 2026 (MEE/Mustafa Al-Jaberi)"]),
    ("caption", ["Coffee trees grow on restored terraces in the Fifa mountains of Jazan province. (SPA)"]),
    ("share", ["Click here to share on social media"]),
    ("share", ["Save articles to read later and create your own reading list."]),
    ("chrome", ["Listen to this article now 00:00 / 04:12 Powered by Trinity Audio"]),
    ("newsletter", ["Get The Daybook\u2019s Daily Edition by email and never miss our top stories"]),
    ("newsletter", ["Inscrivez-vous gratuitement \u00e0 notre newsletter quotidienne."]),
    ("donation", ["Soutenez un journalisme ind\u00e9pendant", "Depuis plus d\u2019un si\u00e8cle, Le Courrier du Levant "
                  "informe ses lecteurs en toute ind\u00e9pendance. Pour continuer, nous avons besoin de vous."]),
    # Australian, New Zealand and Canadian news: video slots, wire and funders' credits, comment rules, a form's
    # small print, a subscription pitch
    ("embed", ["WATCH | Why rural ERs keep closing: Duration 2:31"]),
    ("embed", ["Click to play video: 'Ontario ER waits reach new high'"]),
    ("chrome", ["This report by The Dominion Press was first published Dec. 1, 2025."]),
    ("chrome", ["Local Democracy Reporting is Public Interest Journalism funded through NZ On Air."]),
    ("chrome", ["Cet article a \u00e9t\u00e9 produit dans le cadre de l\u2019Initiative de journalisme local, financ\u00e9e "
                "par le gouvernement du Canada."]),
    ("comment", ["Comments closed.", "Due to the sensitive and/or legal subject matter of some of the content on "
                 "northlinenews.ca, we reserve the ability to disable comments from time to time.",
                 "Please see our Commenting Policy for more."]),
    ("newsletter", ["By providing your email address, you have read and agree to our Terms of Use and Privacy Policy."]),
    ("paywall", ["SUBSCRIBE NOW: Get unlimited access to local news for just $1 a week. Find out more"]),
    # gadget news: a podcast's close, a guide's feedback box, a sponsor, a trust note, price rows, affiliate links
    ("chrome", ["Is the OnePlus 15R the best phone you can buy under Rs. 50,000? We discuss this and more on Orbital, the "
                "GizmoAdda podcast. Orbital is available on Spotify, Gaana, JioSaavn, Apple Podcasts, Amazon Music and "
                "wherever you get your podcasts."]),
    ("advertisement", ["This week's sponsor: Ledgerline, the budgeting app that sorts your receipts for you. Try it free."]),
    ("legal", ["Why you can trust Tech Verdict We spend hours testing every product or service we review, so you can be "
               "sure you're buying the best. Find out more about how we test."]),
    ("advertisement", ["M5, 10C CPU, 10C GPU, 16GB, 512GB $1,599 $1,449 Save $150 at Amazon",
                       "M5, 10C CPU, 10C GPU, 16GB, 1TB $1,799 $1,649 Save $150 at B&H", "See all MacBook Pro deals"]),
    ("advertisement", ["MSRP: $249.99 Save $80.00"]),
    ("advertisement", ["249,00 \u20ac statt 279,00 \u20ac UVP"]),
    ("advertisement", ["Affiliate links may be automatically generated - see our ethics statement for details."]),
    ("newsletter", ["Sign up for breaking news, reviews, opinion, top tech deals, and more."]),
    # UK and Irish regional news: stock-image credits, prose pitches, a comment invitation, a reader-news promo
    ("caption", ["A file image of a police car outside the court in Northampton (stock image)"]),
    ("paywall", ["Did you know with a Digital Subscription to the Harbour Echo, you can get unlimited access to the "
                 "website including our premium content, as well as enjoying fewer adverts."]),
    ("comment", ["Have you eaten at the new Harbour Grill? Let us know what you thought in the comments below."]),
    ("chrome", ["Send us your stories and photos now"]),
    # national news in sv no da fi pl cs: glued read-also labels, a credit, comment counts, tip boxes, paywalls,
    # a site's cookie banner, a video's kicker, an ad's continuation note
    ("related", ["L\u00e4s ocks\u00e5 T\u00e5gtrafiken stoppad mellan Stockholm och Uppsala efter signalfel"]),
    ("related", ["\u010ct\u011bte tak\u00e9 Nehoda na D1 u Brna zablokovala provoz ve sm\u011bru na Prahu"]),
    ("caption", ["Lennonjohtajat kokoontuivat Helsinki-Vantaan edustalle torstaiaamuna. Kuva: Jussi Nieminen"]),
    ("chrome", ["Masz ciekawy temat? Napisz do nas! Ch\u0119tnie poznamy Twoj\u0105 histori\u0119: "
                "kontakt@wiadomoscidnia.pl"]),
    ("paywall", ["Denne artikkelen er for abonnenter. Allerede abonnent? Logg inn"]),
    ("legal", ["Kanal 24 bruger cookies til at forbedre din oplevelse. Du kan til enhver tid \u00e6ndre dit samtykke."]),
    ("embed", ["Se videoen: B\u00f8lgene sl\u00e5r over moloen i M\u00e5l\u00f8y mens stormen treffer kysten"]),
    ("advertisement", ["Artiklen forts\u00e6tter under annoncen"]),
    # African news: a donation line, classified ads, channel prompts, a portal's promo, credits, an op-ed's note,
    # Swahili labels
    ("donation", ["Support Harbour Times' journalism of integrity and credibility"]),
    ("advertisement", ["TEXT AD: Buy land in Lekki Phase 2 with flexible payment plans. Call 0803 000 0000."]),
    ("share", ["Follow the Daily Ledger WhatsApp channel here."]),
    ("share", ["Get your news on the go, click here."]),
    ("advertisement", ["PAY ATTENTION: Follow Daily Ledger on WhatsApp and never miss the news that matters to you."]),
    ("byline", ["Proofreading by Mary Wangari, copy editor at HabariHub.co.ke"]),
    ("byline", ["Source: HabariHub.co.ke"]),
    ("legal", ["Disclaimer: The views and opinions expressed in this article are those of the author and do not "
               "necessarily reflect the editorial position of The Herald Nigeria."]),
    ("related", ["SOMA PIA: Serikali yatangaza mpango mpya wa maji kwa kaunti za pwani"]),
    ("caption", ["Water level in the Khadakwasla dam on Thursday (File photo)"]),
    ("navigation", ["Topics mentioned in this article"]),
    ("related", ["list 1 of 4 Lebanese army says it has cleared the border villages list 2 of 4 The olive harvest that "
                 "never came list 3 of 4 Who will pay for the south?"]),
])
def test_round_thirty_five_furniture_leaves(category: str, clutter: list[str]) -> None:
    assert_box_leaves(category, clutter)


@pytest.mark.parametrize("line", [
    # (guards) an article's lines in the rules' words
    "34 comments were filed with the council before the deadline, most of them opposing the new car park.",
    "The award, presented by Northgate Autos, the official partner of the league, went to the club's goalkeeper on Sunday.",
    "Catch all the action at the county fair this weekend, where the 4-H club will show its calves on Saturday.",
    "The report is available in Arabic at the ministry's website, officials said, and an English summary will follow.",
    "Unlock a world of flavour by toasting the spices first, then grinding them just before they go into the pot.",
    "The course is available on weekday evenings, Saturdays and Sundays, and at two campuses in the city.",
    "The laptop costs $1,599 in the US and \u00a31,499 in the UK, and the cheaper model starts at $1,299.",
    "Readers can send us your stories about the flood through the council's own form, the mayor said on Friday.",
    "Comments must be in writing and submitted to the clerk by Friday, the council said, and a hearing will follow.",
    "PAY ATTENTION: the torque must be set to 40 Nm before the wheel goes back on, or the bolts will work loose.",
    "Google bruger cookies til at spore brugere, fastslog Datatilsynet i sin afg\u00f8relse fra mandag, og selskabet f\u00e5r en b\u00f8de.",
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


def test_a_read_more_label_between_one_sentence_paragraphs_takes_its_titles() -> None:
    paragraphs = ["One wrote: \"My nana took me there every Saturday for a vanilla slice. It's like losing part of the "
                  "town.\"",
                  "Another said: \"Best pork pies in North Yorkshire, no contest. Graham deserves a long and happy "
                  "retirement.\"",
                  "Graham, who has worked in the bakery since he left school at 16, said he intended to spend more time "
                  "with his grandchildren.",
                  "The building, which includes a two-bedroom flat above the shop, is expected to go on the market in "
                  "the new year."]
    titles = ["Northallerton high street: the empty shop figures revealed", "Plans submitted to turn former bank into caf\u00e9"]
    doc = newsclean.clean("\n\n".join([*paragraphs[:2], "Read more:", "\n".join(titles), *paragraphs[2:]]))
    assert not any(t in doc.text for t in titles)
    assert all(p in doc.text for p in paragraphs)


def test_a_read_also_label_glued_to_its_link_by_html2text_goes() -> None:
    line = "**Also Read |[Explained: What changes under each stage of GRAP](https://example.in/grap-101.html)**"
    doc = newsclean.clean("\n\n".join([P1, P2, line, P3, P4]), format="markdown")
    assert "Also Read" not in doc.text and "GRAP" not in doc.text
    assert all(p in doc.text for p in (P1, P2, P3, P4))


def test_a_proofreaders_credit_names_no_author() -> None:
    doc = newsclean.clean("\n\n".join([P1, P2, P3, "Proofreading by Mary Wangari, copy editor at HabariHub.co.ke"]))
    assert doc.metadata.authors == []


def test_a_story_and_photos_credit_and_a_text_label_name_the_writer() -> None:
    for byline, name in [("Story and photos by Ben Castellanos Sep 30, 2025 7 min read", "Ben Castellanos"),
                         ("Text: Julia Brenner \u00b7 20.03.2025", "Julia Brenner")]:
        doc = newsclean.clean("\n\n".join(["Three Slow Days on the Leelanau Peninsula", byline, P1, P2, P3]))
        assert doc.metadata.authors == [name]
        assert byline not in doc.text and P1 in doc.text


def test_two_read_more_labels_over_titles_take_their_titles() -> None:
    teasers = ["Graham Alexander: 'We need the crowd with us for the run-in'",
               "Bradford City player ratings v Wigan Athletic: Wright the star man"]
    paragraphs = [f"{P1} {P2}", f"{P3} {P4}", f"{P2} {P1}"]  # (a single title wants long paragraphs around it)
    doc = newsclean.clean("\n\n".join([paragraphs[0], "Read more:", teasers[0], paragraphs[1], "Read more:", teasers[1],
                                        paragraphs[2]]))
    assert not any(t in doc.text for t in teasers)
    assert all(p in doc.text for p in paragraphs)


@pytest.mark.parametrize("tail", [
    ["Comments", "Prairie Network is committed to maintaining a lively but civil forum for discussion. Please keep "
     "comments relevant and respectful."],
    ["Guide feedback", "Have questions about the foldable iPhone, know of a rumor we left out, or want to offer "
     "feedback on this guide? Send us an email here."],
])
def test_a_barrier_under_the_story_ends_it(tail: list[str]) -> None:
    doc = newsclean.clean("\n\n".join([P1, P2, P3, P4, *tail]))
    assert not any(line in doc.text for line in tail)
    assert P4 in doc.text


def test_a_comment_count_in_a_related_card_does_not_end_the_html_article() -> None:
    card = ('<div class="display-card article-card"><span class="article-card-label">Related</span>'
            '<h5 class="display-card-title"><a href="/other-story/">Other story title goes here</a></h5>'
            '<p class="display-card-excerpt">A one-sentence excerpt of the other story.</p>'
            '<div class="total-info extra-comments"><label>Posts</label><a href="/other-story/#threads">41</a></div></div>')
    paragraphs = [P1, P2, P3, P4, f"{P1} {P3}", f"{P2} {P4}", f"{P4} {P1}", f"{P3} {P2}"]
    html = ("<html><head><title>Test headline for the story</title></head><body><main><article>"
            "<h1>Test headline for the story</h1><p class='byline'>By Jane Doe</p><section class='article-body'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:6]) + card + "".join(f"<p>{p}</p>" for p in paragraphs[6:])
            + "</section></article></main><footer><p>\u00a9 2026 Example Media</p></footer></body></html>")
    doc = newsclean.clean(html.encode(), format="html")
    assert all(p in doc.text for p in paragraphs)
