"""The article's head on short and unusual pages: a lone paragraph is the story, not its
standfirst; a headline stands above the first paragraph, in any script."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import features, markup, metadata, title
from newsclean.revise import _said_twice_on_top, _under_lone_byline, find_title
from newsclean.segment import segment

P = [
    "The harbour ferry service will run fewer boats from November, the operator said on Monday, citing falling passenger numbers.",
    "Passengers on the busiest routes will see a boat every thirty minutes instead of every fifteen, while quieter services run at peak hours.",
    "The operator said it would review the timetable again in March, once the spring schedules for buses and trains are known.",
    "Fares will be frozen until the end of next year, the operator added, and season tickets bought before November will be honoured.",
]


def _page(body: str, head: str = "<title>Ferries cut | Harbour News</title>") -> str:
    return f"<!doctype html><html><head>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    "text,fmt",
    [
        (f"# Ferries cut\n\n{P[0]}\n\nShare on Instagram", "markdown"),
        (f"# Ferries cut\n\n{P[0]}\n\nAdvertisement", "markdown"),
        (_page(f"<h1>Ferries cut</h1><p>{P[0]}</p><p>Share on Instagram</p>"), "html"),
    ],
)
def test_a_one_paragraph_story_is_the_body_not_a_standfirst(text: str, fmt: str) -> None:
    doc = newsclean.clean(text, format=fmt)
    assert P[0] in doc.text
    assert doc.metadata.subtitle is None


def test_a_standfirst_over_a_byline_still_leaves_when_the_article_goes_on() -> None:
    text = f"# Ferries cut\n\n{P[0]}\n\nBy Jane Roe\n\n" + "\n\n".join(P[1:])
    doc = newsclean.clean(text, format="markdown")
    assert doc.metadata.subtitle == P[0]


@pytest.mark.parametrize("slot", ["<p>Advertisement</p>", "<p>Story continues below advertisement</p>"])
def test_an_ad_slot_after_the_first_paragraph_does_not_make_it_a_standfirst(slot: str) -> None:
    doc = newsclean.clean(_page(f"<h1>Ferries cut</h1><p>{P[0]}</p>{slot}" + "".join(f"<p>{p}</p>" for p in P[1:])))
    assert doc.text.startswith(P[0])
    assert doc.metadata.subtitle is None


JA = [
    "東京都は二十日、新しい交通計画を発表した。都心部の渋滞を減らすため、バスの本数を増やし、自転車道を整備するという。",
    "計画では、二〇三〇年までに都内の自転車道を現在の二倍に延ばし、主要な駅の周辺に駐輪場を新たに設ける。",
    "都は来月から住民説明会を開き、意見を聞いたうえで、年内に計画の最終案をまとめる方針だ。",
]


def test_a_headline_in_a_script_without_spaces_is_the_headline() -> None:
    doc = newsclean.clean(_page("<h1>東京都が新交通計画</h1>" + "".join(f"<p>{p}</p>" for p in JA), head=""))
    assert doc.metadata.title == "東京都が新交通計画"
    assert all(p in doc.text for p in JA)  # its last paragraph was taken for the headline


@pytest.mark.parametrize("tail", [" More", " <a href='/x'>Read more</a>"])
def test_paragraphs_that_end_in_a_more_link_are_no_headline(tail: str) -> None:
    doc = newsclean.clean(_page("".join(f"<p>{p}{tail}</p>" for p in P), head=""), format="html")
    assert all(p in doc.text for p in P)
    assert doc.metadata.title is None


def test_a_section_heading_under_the_first_paragraph_is_no_headline() -> None:
    body = f"<p>{P[0]}</p><p>{P[1]}</p><h2>What the new timetable means for you</h2><p>{P[2]}</p><p>{P[3]}</p>"
    doc = newsclean.clean(_page(body, head=""), format="html")
    assert "What the new timetable means for you" in doc.text


MENU = ("Home News Sport Business Culture Travel Opinion Weather Traffic Jobs Property Motors Puzzles Podcasts "
        "Newsletters Events Archive Contact Advertise")


@pytest.mark.parametrize("head,title", [
    (["Harbour ferries will run less often", "By Jane Roe"], "Harbour ferries will run less often"),
    (["Harbour News", "Ferry timetable"], None),
])
def test_a_menu_run_together_on_one_line_is_no_headline(head: list[str], title: str | None) -> None:
    # A headline of more than 18 words has clauses (",", ":", "?", a dash); a row of menu entries has none.
    first = P[0].replace("numbers.", "numbers since the spring of last year.")  # 20 words: the first paragraph
    doc = newsclean.clean("\n".join(["Sign in", MENU, "Subscribe", *head, first, *P[1:]]), format="text")
    assert doc.metadata.title == title


def test_a_heading_under_the_articles_paragraphs_is_no_headline_in_extracted_text() -> None:
    # Text already cut out of its page, whose densest prose comes late (a data table first):
    # a heading right above that prose is a section's, not the headline (taking it, each
    # re-clean would take the next one).
    intro = "Cloud computing boomed during the last decade, but growth in this industry is still in its early stages, analysts say."
    data = [x for n in range(1, 8) for x in (f"## {n}. Company {n}", "Current Price", f"${n}9.83", "Market Cap", f"${n}7B")]
    links = [f"### [Investing in {k} stocks: an in-depth look at the sector this year](/investing/{k}/)"
             for k in ("utility", "cybersecurity", "robotics", "biotech")]
    prose = [f"Part {n} of the analysis looks at revenue growth over the last five years, margins and the share of sales "
             "from subscriptions, company by company." for n in range(12)]
    doc = newsclean.clean("\n\n".join([intro, *data, "## Where the sector goes next", *links, *prose]), format="markdown")
    assert doc.metadata.title is None
    assert not [r for r in doc.removed if r.category == "title"]


# A whole page's text: a menu, a sentence-case headline over its standfirst and byline, the story, a footer.
_MENU = ["Skip to content", "Menu", "Search", "Sign in", "Subscribe", "Home", "News", "Sport", "Business", "Culture"]
_FOOTER = ["Share", "Share on Facebook", "Share on X", "About us", "Contact", "Privacy policy", "Terms of use", "© 2025 Harbour News"]


def _whole_page(head: list[str]) -> str:
    return "\n".join([*_MENU, *head, *P, *_FOOTER])


@pytest.mark.parametrize("headline", [
    "Harbour ferries to run fewer boats from November",  # sentence case, as most European papers set it
    "Hafenfähren fahren ab November seltener",
])
def test_a_sentence_case_headline_over_its_standfirst_leaves_the_body(headline: str) -> None:
    standfirst = "Falling passenger numbers force the operator to thin out the timetable on its busiest routes."
    doc = newsclean.clean(_whole_page([headline, standfirst, "By Jane Roe", "March 12, 2025"]), format="text")
    assert doc.metadata.title == headline
    assert headline not in doc.text
    assert all(p in doc.text for p in P)
    assert newsclean.clean(doc.text, format="text").text == doc.text


def test_an_opening_question_over_the_first_paragraph_stays() -> None:
    # The article's own first line, no byline or date under the paragraph below it: not a headline.
    question = "Thinking about giving up the car and taking the ferry to work?"
    doc = newsclean.clean(_whole_page(["Ferries cut", "By Jane Roe", question]), format="text")
    assert question in doc.text
    assert all(p in doc.text for p in P)


@pytest.mark.parametrize("stamp", ["Harbour 09:31 August 20, 2019", "Wednesday 28 August 2013, last update 14:00 (GMT+0400)",
                                   "更新时间 2012年12月10日, 格林尼治标准时间10:41"])
def test_a_time_stamp_over_the_first_paragraph_is_no_headline(stamp: str) -> None:
    """A line with a clock time and a year says when the story was filed, in any language."""
    doc = newsclean.clean("\n\n".join(["Home", "News", "Sport", "Ferry service cuts boats from November", stamp, *P]))
    assert doc.metadata.title == "Ferry service cuts boats from November"


def test_the_sites_name_as_a_logo_line_is_no_headline() -> None:
    """A page whose <title> line is the site's name alone ("Example.com"), said again by its
    logo lower down: the echo is the logo's, not a headline's."""
    lines = ["Harbourcity.com", "Home", "News", "Sport", "Weather", "Harbourcity.com", "Jobs",
             "Ferry service cuts boats from November", "National Desk", *P]
    doc = newsclean.clean("\n\n".join(lines), url="https://www.harbourcity.com/news/2014/12/ferry_cuts.html")
    assert doc.metadata.title == "Ferry service cuts boats from November"


def test_without_a_url_the_title_lines_whole_text_still_counts_as_the_headline() -> None:
    """With no URL there is no site to spell: the <title> line's whole text ("Headline", no
    site's name) keeps its weight as the headline a line below may echo."""
    from newsclean.metadata import SiteName
    from newsclean.title import page_title_parts

    assert not SiteName(None).spells("Ferry service cuts boats")
    assert page_title_parts("Ferry service cuts boats from November", SiteName(None)) == {
        "ferry service cuts boats from november": 1.0}
    site = SiteName("https://www.harbourcity.com/news/ferry_cuts.html")
    assert page_title_parts("Harbourcity.com", site) == {"harbourcity com": 0.0}


_JACKET_INTRO = [
    "If you walk to work through autumn showers, a jacket that keeps the rain out while letting your sweat escape is worth more than any umbrella you will forget on the bus.",
    "Rain jackets differ in how they are sealed, how they breathe and how small they pack, and those differences matter more than the brand on the sleeve.",
    "To find the ones worth buying, I spoke with two outdoor guides about what fails first in bad weather, and I wore six jackets through a wet month in the hills.",
]
_JACKET_BODY = [
    "A good rain jacket starts with its membrane, the thin layer that stops water from coming in while letting vapour out, and most of the price goes into it.",
    "Seams are the next weak point: taped seams keep water from creeping through the stitching, and a jacket without them will leak at the shoulders within an hour.",
    "The hood matters more than most buyers think, since a hood that does not turn with your head lets rain run down your neck every time you look around.",
    "Pit zips help on climbs, when even the best membrane cannot move sweat fast enough, and they cost little weight for the comfort they bring on a steep path.",
    "Finally, check how the jacket packs: one that folds into its own pocket rides in a daypack all year, so it is there on the day the forecast turns out wrong.",
]


def _shopping_page(headline: str) -> str:
    """A whole page's visible text: the <title> line, a menu, the visible headline and its
    header (standfirst, date, name, a photo's caption with its credits), the opening, a long
    product-picks widget, then the rest of the article."""
    menu = ["Skip to Content", "Home", "Outdoors", "All Outdoors", "Camping", "Hiking gear", "Running", "Deals",
            "Gift Guides", "Newsletter", "Follow Select", "Outdoor Gear"]
    picks = [x for k in range(1, 9) for x in (f"Best pick {k}", f"Model {k}00", f"${k}9.99", "Shop now")]
    return "\n".join([
        "The Best Rain Jackets of 2026, Tested by Editors", *menu, headline,
        "Stay dry on the way to work and on the trail.", "Updated Jan. 27, 2026, 12:28 PM EST", "Mara Lindqvist",
        "Gear Reporter", "Rain jackets like the Trailhead Shell pack into their own pocket. Trailhead; Drizzle",
        *_JACKET_INTRO, "Our top picks", *picks, "Want more from Select? Sign up for our newsletter and shop smarter.",
        "What makes a good rain jacket?", *_JACKET_BODY,
    ])


@pytest.mark.parametrize("headline", [
    "The best rain jackets of 2026, tested by editors",      # the <title> line's words
    "The best rain jackets of 2026, tested by our editors",  # ...with one word more
])
def test_a_headline_a_word_apart_from_the_title_line_still_heads_the_article(headline: str) -> None:
    # An echo a word apart still marks the headline: the photo's caption under it is no
    # headline, and the opening above the widget is the article's.
    doc = newsclean.clean(_shopping_page(headline), format="text")
    assert doc.metadata.title == headline
    assert all(p in doc.text for p in _JACKET_INTRO + _JACKET_BODY)


@pytest.mark.parametrize("a,b,apart", [
    ("the best rain jackets of 2026 tested by editors", "the best rain jackets of 2026 tested by our editors", True),
    ("best rain jackets of 2026 tested by editors", "the best rain jackets of 2026 tested by editors", True),
    ("house renovation costs in the bay area", "average renovation costs in the bay area", False),  # a word changed
    ("rain jackets tested by editors", "rain jackets tested by our editors", False),  # too short to tell
    ("the best rain jackets of 2026 tested by editors", "the best rain jackets tested by our editors", False),
])
def test_word_apart(a: str, b: str, apart: bool) -> None:
    from newsclean.title import _word_apart

    assert _word_apart(a.split(), b.split()) is apart
    assert _word_apart(b.split(), a.split()) is apart


def test_a_breadcrumbs_last_piece_is_no_headline() -> None:
    # a renderer that broke the trail into its pieces, under the page's <title> line
    text = "\n".join(["Ferry Timetables: How to Travel | Harbour News", "Home /", "Ferries /", "Ferry timetables /", *P])
    doc = newsclean.clean(text, format="text")
    assert doc.metadata.title == "Ferry Timetables: How to Travel"
    assert "Ferries /" not in doc.text and P[0] in doc.text


_LONG_HEADLINE = "Harbour Ferry Service Cuts Boats From November As Passenger Numbers Keep Falling"


def _menu_first_page(echo_at_foot_of_header: bool = True) -> str:
    """A layout renderer's text of a page without its <title> line: the header's first line is a
    menu's ("Español Log In"), said again by the mobile menu above the headline."""
    header = ["Español Log In", "Call us toll free: 1-888-555-0100", "Pricing", "Features", "Resources",
              "Customer stories", "Get your score", "Start Free Trial"]
    mobile = ["Español Log In", "Blog"]
    return "\n".join([*header, *(mobile if echo_at_foot_of_header else []),
                      _LONG_HEADLINE, "Jane Roe", "6 min read", *P])


def test_a_menu_line_said_twice_is_no_title_line() -> None:
    # The first line names no site and shares no word with the headline over the article;
    # its only echo is a menu's, above that headline and over no byline.
    doc = newsclean.clean(_menu_first_page(), format="text")
    assert doc.metadata.title == _LONG_HEADLINE
    assert P[0] in doc.text


def test_a_skip_link_is_never_the_headline() -> None:
    # "Skip to main content" said twice (a link and its screen reader's copy) near-repeats like a
    # headline and its echo; it is a page's chrome.
    lines = ["Skip to main content", "Skip to main content", "An official website of the harbour authority",
             "Menu", "Topics", "Data", "Climate Change", *P]
    doc = newsclean.clean("\n".join(lines), format="text")
    assert doc.metadata.title != "Skip to main content"


def _blog_post(date: str = "Friday, December 19, 2025") -> str:
    """A blog's page as a layout renderer gives it: the blog's name and tagline, the post's
    date, its headline and a one-line standfirst, then the post."""
    return "\n".join([
        "Harbour Data Blog",
        "Jane Roe's notes on ferries, data and the harbour economy. I cover timetables, passenger "
        "counts, fares, the port authority's budget and whatever else the harbour throws at me.",
        date, "Small adventures with ferry timetables", "Small is the new large", P[0] + " " + P[1], *P[2:]])


def test_a_line_under_the_posts_date_and_over_its_opening_is_its_headline() -> None:
    url = "https://blog.harbour.example/2025/12/small-adventures-with-ferry.html"
    doc = newsclean.clean(_blog_post(), format="text", url=url)
    assert doc.metadata.title == "Small adventures with ferry timetables"


@pytest.mark.parametrize("date,under", [
    ("Friday, December 19, 2025", True),
    ("Dec 18, 2025 ⋅ 10 min read", True),
    ("867 Published Articles", False),  # a count, no date
    ("Written by Jane Roe", False),     # a byline over a line is no post's date
])
def test_under_date(date: str, under: bool) -> None:
    from newsclean import features
    from newsclean.segment import segment
    from newsclean.title import _under_date

    blocks = segment(_blog_post(date), "text")
    features.annotate(blocks, "en")
    i = next(b.index for b in blocks if b.text == "Small adventures with ferry timetables")
    assert _under_date(blocks, i) is under


@pytest.mark.parametrize("line,ok", [
    ("24/7 LiveNew York CityNew JerseyLong IslandNorthern Suburbs", False),  # a menu a renderer glued
    ("WordPress adds a YouTube block", True),  # a brand's capitals: two glues at most
    ("Ferry service cuts boats from November", True),
])
def test_a_glued_menu_has_no_headlines_words(line: str, ok: bool) -> None:
    from newsclean.title import headline_words

    assert headline_words(line) is ok


def test_a_glued_menu_over_the_headline_is_not_taken_for_it() -> None:
    lines = ["24/7 LiveNew York CityNew JerseyLong IslandNorthern Suburbs", "Ferry service cuts boats from November", *P]
    doc = newsclean.clean("\n".join(lines), format="text")
    assert doc.metadata.title != lines[0] and lines[0] not in doc.text


@pytest.mark.parametrize("lines,menu", [
    # a header's menu printed twice (for a desktop and a phone): the echo opens a copy of the same lines
    (["how it works", "Online Booking", "Client Management", "log in", "how it works", "Online Booking",
      "Client Management", "log in", "Ferry service cuts boats from November", *P], True),
    # a <title> line and its headline: other lines follow each
    (["Ferry service cuts boats from November", "Home", "News", "Sport", "Ferry service cuts boats from November",
      "By Jane Roe", *P], False),
])
def test_a_menu_said_again_whole_is_no_title_line(lines: list[str], menu: bool) -> None:
    from newsclean import features
    from newsclean.metadata import SiteName
    from newsclean.segment import segment
    from newsclean.title import _key, _menu_echo, _page_title_line

    blocks = segment("\n".join(lines), "text")
    features.annotate(blocks, "en")
    texts = [b for b in blocks if b.text]
    keys = [_key(b.text) for b in texts]
    top, parts, titled = _page_title_line(texts, keys, SiteName(None))
    assert titled and _menu_echo(blocks, texts, keys, top, parts, None, SiteName(None)) is menu


@pytest.mark.parametrize("shown,title", [
    # the same headline, damaged on the page: the <title> line's spelling is the headline's
    ("HARBOUR FERRIES CUT BOATS FOR WINTER", "Harbour Ferries Cut Boats for Winter"),
    ("Harbour Ferries Cut Boats for W inter", "Harbour Ferries Cut Boats for Winter"),
    ("The Operator? Plan for Winter Ferries", "The Operator's Plan for Winter Ferries"),
    # a headline edited apart from its <title> line keeps its own words
    ("Harbour Ferries Will Cut Boats This Winter", "Harbour Ferries Will Cut Boats This Winter"),
])
def test_a_damaged_headline_takes_its_title_lines_spelling(shown: str, title: str) -> None:
    top = ("The Operator's Plan for Winter Ferries" if "Operator" in shown else "Harbour Ferries Cut Boats for Winter")
    lines = [f"{top} | Harbour News", "Home", "News", "Sport", shown, "By Jane Roe", *P]
    doc = newsclean.clean("\n".join(lines), url="https://harbournews.example/ferries", format="text")
    assert doc.metadata.title == title



_BLURBS = ["Coffee machines for the home and the office, from espresso to filter, all of them chosen and tested by our own experts.",
           "Recipes and coffee hacks to make the most of every cup you brew at home, hot or cold, in the morning or after dinner.",
           "Find the shop nearest to you and discover the blends we roast every week in our plants, with a map of every city."]


def _far_head(lines: list[str]) -> str | None:
    from newsclean.metadata import _first_prose
    from newsclean.segment import segment
    from newsclean.title import _far_byline_head

    blocks = newsclean.Cleaner()._label(segment("\n".join(lines), "text"), None, None)
    head = _far_byline_head(blocks, _first_prose(blocks))
    return head.text if head is not None else None


def test_a_headline_over_its_byline_below_a_menus_blurbs() -> None:
    # a mega menu's blurbs read as prose over the article's header: the line over the byline heads it
    headline = "The history of coffee from its origins to today"
    menu = ["Skip to main content", "* Shop", "* Recipes", *_BLURBS, "* Log in"]
    lines = [*menu, headline, "By the Example Team 2–3 minutes", *P]
    assert newsclean.clean("\n".join(lines), format="text").metadata.title == headline
    assert _far_head(lines) == headline
    # once the article has begun, a line over a byline is a teaser's or a quote's
    assert _far_head([*menu, P[3] + " " + P[2], headline, "By the Example Team 2–3 minutes", *P]) is None


def test_a_layout_renderers_third_level_menu_entry_is_no_headline() -> None:
    # inscriptis and lynx mark a nested list's depth "*", "+", "o": "o Season Ticket Prices" is a menu's entry
    menu = ["Harbour Times", "  * Topics", "    + Travel", "        o Ferry Timetables Explained",
            "        o Regional Bus Networks", "    + Money", "        o Season Ticket Prices", "  * About"]
    doc = newsclean.clean("\n".join(menu) + "\n\n" + "\n\n".join(P))
    assert doc.metadata.title is None or not doc.metadata.title.startswith("o ")
    assert markup.BULLET.match("        o Season Ticket Prices") and not markup.BULLET.match("o2 Arena Reopens")


def test_a_menu_glued_into_one_line_is_no_title_line_to_echo() -> None:
    # a layout renderer's text has no <title> line: its top lines are a menu, here glued into one
    head = ["Harbour Times", "  TopicsTravelMoneyAboutFerry Timetables Explained", "  Topics", "  Travel",
            "  Ferry Timetables Explained", "  Close Menu", "  Harbour Ferry Service To Cut Winter Sailings",
            "  by: Jane Roe, Dec 17, 2025"]
    doc = newsclean.clean("\n".join(head) + "\n" + "\n\n".join(P))
    assert doc.metadata.title == "Harbour Ferry Service To Cut Winter Sailings"
    assert doc.metadata.authors == ["Jane Roe"]


def test_a_lone_line_far_above_the_run_with_nothing_for_it_is_no_headline() -> None:
    # a promotion banner on top of a long menu, where a layout renderer's text has no <title> line
    banner = "Holiday Deals on Luggage, Coats and More Gifts, up to 55% Off"
    far = segment("\n".join([banner, *(f"* Section {i}" for i in range(120))]), "text")
    near = segment("\n".join([banner, "* News", "* Sport"]), "text")
    for blocks in (far, near):
        features.annotate(blocks, "english")
    assert find_title(far, None) is None
    assert find_title(near, None) is near[0]  # right over the run, the same line may head it


def test_a_lower_case_menu_is_no_headline_a_lower_case_headline_is() -> None:
    # a blog's header menu in lower case; a headline in lower case keeps its function words,
    # or opens with a figure
    lines = ["home newsletter blog github bluesky linkedin", "10 ways ferries can cut their winter fares",
             "why the ferry timetable changed again"]
    blocks = segment("\n\n".join(lines), "text")
    features.annotate(blocks, "english")
    menu, *headlines = [b for b in blocks if b.text]
    assert not title._candidate(menu)
    assert all(title._candidate(b) for b in headlines)


def test_a_run_that_opens_with_its_headline_under_the_posts_date_starts_below_it() -> None:
    # a blog that prints the category and date first: "Mental Health DECEMBER 22, 2022" / headline / text
    def run_start(head: list[str]) -> bool:
        blocks = [b for b in segment("\n\n".join([*head, *P]), "text") if b.text]
        for i, b in enumerate(blocks):
            b.index = i
        features.annotate(blocks, "english")
        blocks[len(head) - 2].set("byline", "byline.name-date")
        return _under_lone_byline(blocks, len(head) - 1, len(blocks) - 1)

    date, headline = "Mental Health DECEMBER 22, 2022", "10 ways ferries can cut their winter fares"
    assert run_start(["* Patients", date, headline])
    assert not run_start(["Harbour Ferry Service To Cut Winter Sailings", date, headline])  # the headline is above
    assert not run_start(["* Patients", date, P[1]])  # the run opens with its first paragraph


def test_a_google_search_boxs_labels_are_navigation() -> None:
    lines = ["Search All Harbour Health Search", "Search enhanced by Google", "Search All Harbour HealthSearch Search enhanced by Google"]
    doc = newsclean.clean("\n\n".join([*lines, "Harbour Ferry Service To Cut Winter Sailings", *P]))
    assert sorted(r.text for r in doc.removed if r.rule == "navigation.search-box") == sorted(lines[1:])


@pytest.mark.parametrize("line", ["Published in Creativity , Graphic Design , Layout & Grids", "Posted in Travel, Ferries",
                                  "( United Kingdom / GBP )", "Platform Overview → Enterprise Ready → In-House Support →"])
def test_categories_a_selector_and_onward_links_are_no_headline_words(line: str) -> None:
    assert not title.headline_words(line)
    assert title.headline_words("Published: the ferry timetable for 2025") and title.headline_words("Ferries (and buses) → winter")


def test_a_breadcrumb_run_into_one_line_gives_the_headline_under_it() -> None:
    def pick(head: list[str]) -> str | None:
        blocks = segment("\n\n".join(head), "text")
        features.annotate(blocks, "english")
        found = find_title(blocks, None)
        return found.text if found else None

    top = ["* Products", "* Resources", "* Support", "* Contact"]  # no <title> line on top to echo
    crumb = "Home Home Products Resource center Preemptive Safety Ferry Timetable Changes for Winter"
    assert pick([*top, crumb, "Ferry Timetable Changes for Winter"]) == "Ferry Timetable Changes for Winter"
    # a headline over a line it happens to end with is no trail ("The Fold-and-Cut Problem" / "Problem")
    assert pick([*top, "The Complete Ferry Timetable Changes Problem", "Problem"]) == "The Complete Ferry Timetable Changes Problem"


def test_a_run_that_opens_with_its_headline_said_twice_starts_below_the_copy() -> None:
    def copy_at(head: list[str]) -> int | None:
        blocks = [b for b in segment("\n\n".join([*head, *P]), "text") if b.text]
        for i, b in enumerate(blocks):
            b.index = i
        features.annotate(blocks, "english")
        return _said_twice_on_top(blocks, 0, len(blocks) - 1)

    headline = "Setting up a quieter ferry timetable"
    assert copy_at([headline, headline, "5 steps to a calmer crossing"]) == 1  # a standfirst between
    assert copy_at([headline, headline]) == 1
    assert copy_at([headline, "Setting up a louder ferry timetable"]) is None



def test_the_site_name_said_as_a_logo_is_no_headline() -> None:
    # The logo's line, said twice (an image's alt text and its link), spells the URL's host.
    menu = ["Wedding Venues", "By State", "By Style", "Outdoor", "Elopement", "Deals", "Planning"]
    text = "\n".join(["Wedding Checklist Ferry Timeline Harbour Planning…", "Start Here", "Here Comes the Guide",
                      "Here Comes the Guide", "Updated March 3, 2025", *menu, "Wedding Checklist :: Printable Timeline",
                      'Has that "We\'re Engaged!" feeling begun to turn into "Now What?!"', *P])
    doc = newsclean.clean(text, format="text", url="https://www.herecomestheguide.com/ideas/brides-to-do")
    assert doc.metadata.title is not None and doc.metadata.title.startswith("Wedding Checklist")


def test_the_title_lines_site_part_said_again_is_no_headline() -> None:
    # "Headline | Site" on top, the site's name alone below it: the headline is the other part.
    text = "\n".join(["Klatch Coffee | Acmeshop App Store", "Acmeshop App Store", "Search", "Browse apps",
                      "Apps by category", "Sales channels",
                      "Sync products with marketplaces, product feeds, data backup, point of sale, retail",
                      "Finding products", "Source products with dropshipping, print on demand, wholesale, suppliers", *P])
    doc = newsclean.clean(text, format="text", url="https://apps.acmeshop.com/stories/merchant-stack-klatch-coffee")
    assert doc.metadata.title == "Klatch Coffee"


def test_a_stats_boxs_label_is_no_headline() -> None:
    # Figures alone on their lines, each over its label: "24" / "ferry operators evaluated".
    stats = ["20k", "ferry grants awarded", "24", "ferry operators evaluated", "156", "years of expert experience"]
    text = "\n".join(["Best Long-Haul & Coastal Ferry Lines 2026", "Skip to main content", "Home", "Ferries", "Reviews",
                      *stats, *P])
    doc = newsclean.clean(text, format="text", url="https://www.example.com/interstate-ferry-operators/")
    assert doc.metadata.title == "Best Long-Haul & Coastal Ferry Lines 2026"


def test_a_vote_count_over_the_headline_leaves_it_the_headline() -> None:
    text = "\n".join(["Login", "94", "Ferries Will Run All Winter", "by Jane Roe", *P])
    assert newsclean.clean(text, format="text").metadata.title == "Ferries Will Run All Winter"


@pytest.mark.parametrize("line,figure", [("24", True), ("20k", True), ("$50,000", True), ("98%", True),
                                         ("4.58", True), ("14.11.24", False), ("2025", False), ("Chapter 24", False)])
def test_what_counts_as_a_stats_figure(line: str, figure: bool) -> None:
    assert (title._FIGURE.fullmatch(line) is not None) is figure


JA_HEADLINE = "市議会が新しいバス路線を承認 住民の通勤時間短縮へ"
JA_PAGE = [
    f"{JA_HEADLINE} （写真＝共同） ：サンプル新聞",  # the <title> line: headline, a photo note, the site
    "2025年3月4日（火）", "ログイン", "トップ", "速報", "経済", "政治", "国際", "スポーツ", "社説", "閉じる",
    JA_HEADLINE, "編集委員 山田太郎", "交通", "地方自治", "2025/3/4 5:50", "記事保存", "共有", "文字サイズ",
    "記事利用サービス",  # a box's heading right over the first line of prose
    "企業や団体での記事の共有、会議資料への転載や複製、記事の注文印刷などをご希望の方は、リンク先の案内をご覧ください。",
    "詳しくはこちら",
    "市議会は4日、市北部の住宅地と中心部を結ぶ新しいバス路線の計画を賛成多数で承認した。"
    "市によると、新路線は来年春に運行を始め、朝夕の通勤時間帯には10分おきに運行する予定だという。",
    "計画をめぐっては、運賃や停留所の位置について住民から多くの意見が寄せられ、議論は2年近く続いた。"
    "市長は記者会見で「住民の通勤時間を大きく短縮できる」と述べ、早期の実現に意欲を示した。",
    "一方、一部の議員は運行費用の負担が将来の財政を圧迫するおそれがあると指摘し、計画の見直しを求めていた。",
]


def test_a_headline_the_title_line_says_with_a_note_after_it_in_a_script_without_spaces() -> None:
    # "<headline> （写真＝共同） ：<site>": the visible headline opens the <title> line's part; a box's
    # heading over the first paragraph is no headline
    doc = newsclean.clean("\n".join(JA_PAGE), format="text")
    assert doc.metadata.title == JA_HEADLINE


def test_a_line_opening_the_title_line_in_latin_script_is_not_read_as_its_echo() -> None:
    assert title.echo_weight({"easy everyday sourdough bread recipe": 1.0}, "easy everyday sourdough bread") is None
    assert title.echo_weight({"市議会が新しいバス路線を承認 住民の通勤時間短縮へ 写真 共同": 1.0},
                             "市議会が新しいバス路線を承認 住民の通勤時間短縮へ") == title.NEAR_ECHO


def test_a_double_hyphen_separates_the_title_lines_parts() -> None:
    # "Headline -- Section -- Site": the visible headline under the menu says its first part
    headline = "Harbour ferries to run fewer boats from November"
    lines = [f"{headline} -- Local News -- Harbourtimes.net", "Welcome to Harbourtimes.net", "Sections",
             "News Sport Weather Opinion", "Local News", headline, "Jane Roe", *P]
    doc = newsclean.clean("\n".join(lines), format="text", url="https://www.harbourtimes.net/article/123-ferries")
    assert doc.metadata.title == headline
    assert metadata.SiteName("https://harbourtimes.net/a").cut(f"{headline} -- Harbourtimes.net") == headline
