"""Metadata read from plain page text (no <meta> tags): headline, date and authors."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import author_cues, authors, dates, metadata, title
from newsclean.blocks import Block
from newsclean.document import Metadata
from newsclean.metadata import SiteName

PROSE = (
    "The council voted on Tuesday to extend the harbour ferry timetable through the winter, "
    "after a year in which the number of passengers rose by almost a third and the old boats "
    "struggled to keep up with the crowds on the busiest mornings of the week."
)
MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion", "Weather"]
FOOTER = ["About us", "Privacy policy", "Terms of use", "Cookie settings", "© 2024 Example Post"]
URL = "https://www.examplepost.com/news/harbour-ferries-winter"


def page(header: list[str], top: str = "Harbour Ferries Will Run All Winter | Example Post",
         tail: tuple[str, ...] = ()) -> str:
    """A whole page's visible text: its <title> line, a menu, the header, the story, what
    follows the story (``tail``: an author box, a post's footer), a footer."""
    return "\n".join([top, "Skip to content", *MENU, "Subscribe", "Sign in", *header, PROSE, PROSE, PROSE, *tail,
                      "Related stories", "Cheaper Parking Near the Station From May", "Library Opens Late on Fridays",
                      *MENU, *FOOTER])


def test_headline_is_the_line_that_echoes_the_page_title() -> None:
    text = page(["Most read: Cheaper Parking Near the Station From May", "Harbour Ferries Will Run All Winter",
                 "Passenger numbers rose by a third this year", "By Jane Roe", "March 3, 2024"])
    assert newsclean.clean(text, url=URL).metadata.title == "Harbour Ferries Will Run All Winter"


def test_a_page_title_line_under_a_banner_still_names_the_headline() -> None:
    # The <title> line is not the page's first: a close button's "x" and a notice stand above
    # it. The body run's pick (the fallback) is a long comments line above the first paragraph.
    texts = ["x", "This website requires javascript to properly function.", "Example Post", "Login",
             "Harbour Ferries Will Run All Winter — Example Post", "Frontpage", "Harbour Ferries Will Run All Winter",
             "by jroe", "18th Dec 2025", "3 min read", "Click to highlight new comments since: Today at 3:40 PM", PROSE]
    blocks = lines(texts)
    picked = title.choose(blocks, 11, blocks[10], SiteName(URL))
    assert picked is not None and picked.text == "Harbour Ferries Will Run All Winter"
    # a promo naming the site is no <title> line: nothing below echoes it
    texts[4] = "Winter Timetables For Every Harbour Town - Example Post"
    blocks = lines(texts)
    picked = title.choose(blocks, 11, blocks[10], SiteName(URL))
    assert picked is not None and picked.text.startswith("Click")


def test_the_visible_headline_rewording_the_page_title_line_is_the_headline() -> None:
    # The <title> line ("SEO wording - Site") and the visible headline say it in other words;
    # nothing echoes the <title> line, and the byline is close enough to both.
    texts = ["Harbour Ferries Will Run All Winter - Example Post",
             "Our Data Sample Profile User Reviews Compare Versions Pricing Weekly Webinar Contact Us Free Demo",
             "Winter Timetable for the Harbour Ferries Extended", "Posted by Example Post on Tuesday, March 3, 2024", PROSE]
    blocks = lines(texts)
    picked = title.choose(blocks, 4, None, SiteName(URL))
    assert picked is not None and picked.text == texts[2]
    # a line that merely shares a word with it is no rewording: the <title> line stays the headline
    texts[2] = "Winter Walks Along the Coast Path"
    blocks = lines(texts)
    assert title.choose(blocks, 4, None, SiteName(URL)) is blocks[0]
    texts[2] = "harbour-ferries-winter ferry-timetable-extended harbour-news"  # a tag cloud of slugs
    blocks = lines(texts)
    assert title.choose(blocks, 4, None, SiteName(URL)) is blocks[0]
    # a line that echoes the <title> line exactly leaves a rewording no weight, even the body run's pick
    texts = ["Harbour Ferries Will Run All Winter - Example Post", "Harbour Ferries Will Run All Winter", "Share", "Comments", "Print",
             "Winter Timetable for the Harbour Ferries Extended", "By Jane Roe", PROSE]
    blocks = lines(texts)
    picked = title.choose(blocks, 7, blocks[5], SiteName(URL))
    assert picked is not None and picked.text == "Harbour Ferries Will Run All Winter"


def test_the_authors_name_said_twice_over_the_date_is_no_headline() -> None:
    # A layout renderer's text (no <title> line): the headline, then the author's name twice
    # (a card and its link) over the date; the name outweighs the headline on signals alone.
    texts = ["Join now Sign in", "Harbour Ferries Will Run All Winter",
             "Dylan Bailey, MS, RD", "Dylan Bailey, MS, RD", "Published Jun 4, 2025", PROSE]
    blocks = lines(texts)
    picked = title.choose(blocks, 5, None, SiteName(URL))
    assert picked is not None and picked.text == texts[1]
    blocks[2].kind, blocks[2].level = "heading", 1  # a profile page's "# Dylan Bailey, MS, RD"
    assert title.choose(blocks, 5, None, SiteName(URL)) is blocks[2]
    # a name the page writes in lower case is a phrase, and may head it ("Harbour Ferries")
    texts[2:4] = ["Winter Ferries", "Winter Ferries"]
    texts[5] = PROSE + " The winter ferries are full."
    blocks = lines(texts)
    picked = title.choose(blocks, 5, None, SiteName(URL))
    assert picked is not None and picked.text == "Winter Ferries"


def test_the_line_the_urls_slug_spells_is_the_headline() -> None:
    # No <title> line (a layout renderer's text) and the body run's pick is a logo's alt text:
    # the URL's last segment spells the headline.
    texts = ["Skip to content", "Example Post logo", "* News", "* Sport", "Harbour Ferries Run Through Winter", PROSE]
    blocks = lines(texts)
    picked = title.choose(blocks, 5, blocks[1], SiteName(URL), title.slug_words(URL))
    assert picked is not None and picked.text == texts[4]
    assert title.slug_words(URL + "?utm=1") == {"harbour", "ferries", "winter"}
    # a folder's index page: the folder is the slug
    assert title.slug_words(URL + "/index.html") == title.slug_words(URL + "/amp/") == {"harbour", "ferries", "winter"}
    # a slug that is an id spells no headline: a line holding the number is no headline for it
    by_id = "https://www.examplepost.com/story/12345"
    numbered = lines(["Skip to content", "Story 12345 Archive", "* News", PROSE])
    assert title.choose(numbered, 3, None, SiteName(by_id), title.slug_words(by_id)) is None
    # a line sharing a word or two with the slug does not spell it
    texts[4:5] = ["Winter Walks Along the Coast Path From the Old Harbour Wall Today", "* Weather"]
    blocks = lines(texts)
    assert title.choose(blocks, 6, blocks[1], SiteName(URL), title.slug_words(URL)) is blocks[1]
    # below a menu whose blurbs read as prose (the first "paragraph" at 2), the slug still finds it;
    # not the page's address, a lead-in or a label in capitals that spells it too
    texts = ["Example Post logo", "* Programs", "A full-time programme for leaders who want to grow.",
             "* Events", "* Jobs", "news / harbour-ferries-winter", "Harbour ferries this winter:",
             "HARBOUR FERRIES THIS WINTER", "Harbour Ferries Run Through Winter", "By Jane Roe", PROSE]
    blocks = lines(texts)
    picked = title.choose(blocks, 2, blocks[0], SiteName(URL), title.slug_words(URL))
    assert picked is not None and picked.text == texts[8]
    # a section's heading inside the article is not searched: the article began above it
    texts[8:8] = [PROSE]
    blocks = lines(texts)
    blocks[8].prose = True
    assert title.choose(blocks, 2, blocks[0], SiteName(URL), title.slug_words(URL)) is blocks[0]


def test_a_menu_label_said_twice_is_no_page_title_and_its_echo() -> None:
    # A layout renderer's text has no <title> line: its top line is a menu's, said again over
    # the menu's second rendering. The headline is the line over the byline.
    texts = ["MENU BACK TO MENU", "* Features", "* Pricing", "Sign In", "MENU BACK TO MENU", "* Features",
             "* Resources", "Power Coaching", "Harbour Ferries Will Run All Winter", "Jane Roe", "Nov 08, 2025", PROSE]
    blocks = lines(texts)
    picked = title.choose(blocks, 11, blocks[8], SiteName(URL))
    assert picked is not None and picked.text == "Harbour Ferries Will Run All Winter"


def test_a_dated_byline_line_is_no_headline() -> None:
    # the body run's pick is the byline line under the headline; it states its date
    texts = ["Home", "Health", "Harbour Ferries Will Run All Winter", "Lifestyle Desk / Example Post / Updated: Dec 17, 2025, 21:47 IST",
             "Share", PROSE]
    blocks = lines(texts)
    picked = title.choose(blocks, 5, blocks[3], SiteName(URL))
    assert picked is not None and picked.text == "Harbour Ferries Will Run All Winter"
    texts[2:4] = ["Harbour Ferry Timetable Wrap-Up 12/19/2025", "By Jane Roe"]  # a bare date is the headline's own
    blocks = lines(texts)
    picked = title.choose(blocks, 5, blocks[2], SiteName(URL))
    assert picked is not None and picked.text == "Harbour Ferry Timetable Wrap-Up 12/19/2025"


def test_page_title_line_loses_its_site_name_when_nothing_echoes_it() -> None:
    text = page(["Local", "Updated 5 hours ago"], top="Harbour Ferries Will Run All Winter - Example Post")
    assert newsclean.clean(text, url=URL).metadata.title == "Harbour Ferries Will Run All Winter"


def test_a_breadcrumb_ending_in_the_headline_is_not_the_headline() -> None:
    text = page(["Home / News / Local / Ferries Stay On Through the Cold Months", "Ferries Stay On Through the Cold Months",
                 "By Jane Roe", "March 3, 2024"], top="Harbour ferry news")
    assert newsclean.clean(text, url=URL).metadata.title == "Ferries Stay On Through the Cold Months"


@pytest.mark.parametrize("junk", ["423.602.2750", "How Can We Help? (Required)", "Tell Us About Your Project *"])
def test_a_phone_number_or_a_form_label_above_the_story_is_no_headline(junk: str) -> None:
    text = "\n".join(["Sign in", "Subscribe", junk, PROSE, PROSE, PROSE, *FOOTER])
    doc = newsclean.clean(text)
    assert doc.metadata.title != junk
    assert not any(r.rule == "title.headline" and r.text == junk for r in doc.removed)


@pytest.mark.parametrize("url", ["https://omalleytunstall.com/blog//a-slug/", "https://www.omalleytunstall.co.uk/a"])
def test_site_name_is_read_from_the_host_only(url: str) -> None:
    assert SiteName(url).cut("Gym Injuries and the Law | O'Malley Tunstall PLLC") == "Gym Injuries and the Law"
    assert SiteName("https://www.inria.fr/en/x").cut("Internet of Things | Inria") == "Internet of Things"
    # a three-letter host names a part it opens as a word, not one that merely holds the word
    assert SiteName("https://www.qcy.com/blogs/x").cut("Trends of Wireless Headphones – QCY Official") == (
        "Trends of Wireless Headphones")
    assert SiteName("https://web.dev/learn").cut("Learn web development | web.dev") == "Learn web development"
    # no separator: a leading domain, a trailing "(Site)"; a parenthesis that names no site stays
    assert SiteName("https://harbourpost.com/a/1").cut("harbourpost.com Ferries Run All Winter") == "Ferries Run All Winter"
    assert SiteName("https://harbourpost.com/a/1").cut("Ferries Run All Winter (Harbour Post)") == "Ferries Run All Winter"
    assert SiteName("https://harbourpost.com/a/1").cut("Ferries Run All Winter (Updated)") == "Ferries Run All Winter (Updated)"


def test_a_site_before_a_colon_is_cut_but_a_kicker_that_shares_a_word_with_it_is_not() -> None:
    assert SiteName("https://garnix.io/blog/x").cut("Garnix Blog: Hardware-Attested Builds") == "Hardware-Attested Builds"
    assert SiteName("https://garnix.io/blog/x").cut("Garnix-Blog: Hardware-Attested Builds") == "Hardware-Attested Builds"
    books = SiteName("https://harbourbooks.com/2025/12/book-beat")
    assert books.cut("Book Beat: Gothic Romance and More") == "Book Beat: Gothic Romance and More"
    assert books.cut("Book Beat: Gothic Romance | Harbour Books") == "Book Beat: Gothic Romance"
    # a kicker that holds the site's name and more is the headline's own ("Redfin's 2026 Predictions")
    harbour = SiteName("https://www.harbourbooks.com/news/reading-reset")
    assert harbour.cut("Harbour Books’ 2026 Predictions: Welcome to the Reading Reset") == (
        "Harbour Books’ 2026 Predictions: Welcome to the Reading Reset")
    assert harbour.cut("HarbourBooks: Welcome to the Reading Reset") == "Welcome to the Reading Reset"


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Published on 2021-01-18T19:55", "2021-01-18"),
        ("By Jane Roe | Updated on 19-Dec-2025", "2025-12-19"),
        ("Published on 25.Jun.2019 in Vol 7", "2019-06-25"),
        ("3. Mai 2024", "2024-05-03"),
        ("12.12.2025", "2025-12-12"),
        ("Nov 25th, 2025", "2025-11-25"),
        ("3 de mayo de 2024", "2024-05-03"),
        ("EcoFlow - 2025/4/29", "2025-04-29"),
        ("09/25/2025", "2025-09-25"),
        ("By: Jane Roe on 04-ago-2021 5:11:10", "2021-08-04"),
        ("Dec 17, 2025Jane Roe", "2025-12-17"),
        ("Feature Mar 27, 20255 mins", "2025-03-27"),  # a reading time glued on (html2text)
        ("May 2nd 202511 mins", "2025-05-02"),
        ("May 6, 20245:42 AM GMT", "2024-05-06"),  # a clock time glued on, the same
        ("Publié le 1er mars 2025 à 18h05", "2025-03-01"),  # French "premier"
        ("Updated May 3, 202412:30 PM ET", "2024-05-03"),
        ("06.18.2025", "2025-06-18"),  # dotted, month first: day first cannot be
        ("JUİN 5, 2020", "2020-06-05"),  # a capital that lowers to two characters
        ("Auguſt 5, 2020", "2020-08-05"),  # a long s, which the pattern folds to "s"
    ],
)
def test_dates_in_many_formats(line: str, iso: str) -> None:
    assert [f.iso for f in dates.find_dates(line)] == [iso]


def test_two_dates_a_scrape_glued_are_both_read() -> None:
    assert [f.iso for f in dates.find_dates("Posted on June 29, 2020November 12, 2021")] == ["2020-06-29", "2021-11-12"]


def test_no_date_in_words_that_only_look_like_one() -> None:
    assert dates.find_dates("Maya 2024 and 13/45/2020 and 2024-13-01") == []
    assert dates.find_dates("May 3, 2024abc, May 3, 20245, May 3, 2024QX") == []  # run on into a word or number


@pytest.mark.parametrize("teasers,iso", [
    (["Library Opens Late on Fridays", "11.24.2025"], "2024-09-10"),   # the page writes month first: 24 is no month
    (["Library Opens Late on Fridays", "24.11.2025"], "2024-10-09"),   # ...or day first, as "." reads anyway
    ([], "2024-10-09"),                                                # nothing shows it: "." reads day first
])
def test_the_pages_own_dates_show_how_its_numeric_dates_read(teasers: list[str], iso: str) -> None:
    text = page(["Harbour Ferries Will Run All Winter", "By Jane Roe", "09.10.2024"], tail=tuple(teasers))
    assert newsclean.clean(text, url=URL).metadata.published == iso


def test_page_order_reads_only_dates_one_order_allows_and_agreeing() -> None:
    assert dates.page_order(["11.24.2025", "09.10.2024"]) == {".": False}
    assert dates.page_order(["24/11/2025", "11-24-2025"]) == {"/": True, "-": False}
    assert dates.page_order(["11.24.2025", "24.11.2025"]) == {}  # both kinds: nothing shown
    assert dates.page_order(["09.10.2024", "1.2.3.2024", "40.11.2025"]) == {}  # ambiguous, a version, no date


@pytest.mark.parametrize("line", ["As of July 31, 2025, the agency has received:", "Since May 3, 2024 the ferry runs hourly.",
                                  "Seit dem 3. Mai 2024 fährt die Fähre stündlich."])
def test_a_date_a_sentence_sets_is_the_storys_not_the_pages(line: str) -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", "By Jane Roe", line]), url=URL)
    assert doc.metadata.published is None


@pytest.mark.parametrize("line", ["16–17 October 2024 · Manchester Central", "3 - 5 May 2025 · Riverside Hall, Leeds"])
def test_a_range_of_days_over_a_place_is_an_events_not_a_dated_byline(line: str) -> None:
    doc = newsclean.clean(page([line, "Harbour Ferries Summit 2024", "Two days of talks for the people who run the ferries."]), url=URL)
    assert doc.metadata.published is None and doc.metadata.authors == []
    assert [f.within for f in dates.find_dates(line)] == [True]
    assert author_cues.dated_names(line) == []
    assert author_cues.dated_names("17 October 2024 · Jane Roe") == ["Jane Roe"]  # one day: a post's date and author
    # a span's two ends: a life's, an event's; a published date and an updated one are no span
    assert [f.within for f in dates.find_dates("July 14, 1940 – March 9, 2025")] == [True, True]
    assert [f.within for f in dates.find_dates("Published May 3, 2024 - Updated June 5, 2024")] == [False, False]


def test_a_labelled_date_after_as_of_is_still_the_pages() -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", "By Jane Roe", "Updated as of March 3, 2024"]), url=URL)
    assert doc.metadata.updated == "2024-03-03" or doc.metadata.published == "2024-03-03"
    assert [f.within for f in dates.find_dates("As of July 31, 2025, the agency")] == [True]
    assert [f.within for f in dates.find_dates("Content current as of: 09/25/2025")] == [False]


def test_header_date_beats_the_masthead_date_and_the_footer_dates() -> None:
    text = page(["Saturday, December 20, 2025", "Harbour Ferries Will Run All Winter", "By Jane Roe", "March 3, 2024"])
    text += "\nLibrary Opens Late on Fridays\nJune 9, 2023"
    assert newsclean.clean(text, url=URL).metadata.published == "2024-03-03"


def test_a_labelled_date_beside_today_is_read_and_a_masthead_today_is_not() -> None:
    header = ["Today: Saturday, December 20, 2025", "Harbour Ferries Will Run All Winter", "By Jane Roe",
              "Updated March 3, 2024, 1:24 PM EST / Source: TODAY"]
    text = page(header) + "\nLibrary Opens Late on Fridays\nJune 9, 2023"
    assert newsclean.clean(text, url=URL).metadata.published == "2024-03-03"


@pytest.mark.parametrize("line", ["May 21, 2024 March 3, 2024 by Jane Roe", "March 3, 2024 May 21, 2024 by Jane Roe"])
def test_of_two_bare_dates_on_the_header_line_the_older_is_the_publication(line: str) -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", line]), url=URL)
    assert (doc.metadata.published, doc.metadata.updated) == ("2024-03-03", "2024-05-21")


def test_a_label_alone_on_the_line_above_names_the_date_below_it() -> None:
    header = ["Harbour Ferries Will Run All Winter", "Last update:", "May 21, 2025", "Jane Roe", "March 3, 2024"]
    assert newsclean.clean(page(header), url=URL).metadata.published == "2024-03-03"


def test_dated_bylines_of_a_story_list_between_headline_and_lead_do_not_date_the_page() -> None:
    teasers = [x for i, d in enumerate(["July 15", "June 9", "June 5", "June 2"]) for x in
               (f"Another Story About the Harbour Number {i + 1}", f"Jane Roe | {d}, 2025")]
    header = ["Home > News > Ferries", "January 16, 2025", "11 min read", "Harbour Ferries Will Run All Winter",
              "Written by: Ann Lee", "Most popular", *teasers]
    assert newsclean.clean(page(header), url=URL).metadata.published == "2025-01-16"
    one = ["Harbour Ferries Will Run All Winter", "By Ann Lee", "Published January 16, 2025", "Updated May 2, 2025"]
    assert newsclean.clean(page(one), url=URL).metadata.published == "2025-01-16"  # a header's own lines stay


def test_prose_above_the_headline_is_a_teaser_and_does_not_anchor_the_date() -> None:
    teaser = "Our reviewers round up the best ferries for a winter crossing, with picks for every budget this year."
    blocks = lines(["December 19, 2025", "Ferry Guide", teaser, "by Tom Hale", "Advertisement", "Home / News",
                    "Harbour Ferries Will Run All Winter", "Ann Lee", "30 January 2025 / 23:07 GMT", PROSE])
    assert dates.choose(blocks, 6, None, first_prose=2)[0] == "2025-01-30"
    assert dates.choose(blocks, 6, None, first_prose=9)[0] == "2025-01-30"  # the lead below: the same date


def test_a_ticker_of_dated_stories_above_the_headline_does_not_date_the_page() -> None:
    ticker = [f"[ {d}, 2025 ] Another Story About the Harbour Number {i}"
              for i, d in enumerate(["December 8", "December 3", "December 1", "November 28"])]
    header = ["Latest stories", *ticker, "Search for:", "Harbour Ferries Will Run All Winter", "June 3, 2024 39"]
    assert newsclean.clean(page(header), url=URL).metadata.published == "2024-06-03"
    blocks = lines([*ticker, "Harbour Ferries Will Run All Winter", "June 3, 2024", PROSE])
    assert dates.choose(blocks, 4, None, first_prose=6)[0] == "2024-06-03"


def test_url_date_is_the_publication_date() -> None:
    text = page(["Harbour Ferries Will Run All Winter", "By Jane Roe", "Updated March 9, 2024"])
    url = "https://www.examplepost.com/2024/03/01/harbour-ferries-winter/"
    assert newsclean.clean(text, url=url).metadata.published == "2024-03-01"


@pytest.mark.parametrize("url, day", [
    ("https://www.examplepost.com/blog/2023/october/03/harbour-ferries/", "2023-10-03"),  # a month's name
    ("https://www.examplepost.com/2023/oct/3/harbour-ferries", "2023-10-03"),
    ("https://www.examplepost.com/2023/ferries/03/harbour-ferries/", None),  # no month: no date
    # at the slug's end, compact, or unpadded
    ("https://www.examplewire.com/markets/harbour-ferries-winter-2024-03-14/", "2024-03-14"),
    ("https://www.examplepost.com/content/harbour-ferries-20240523", "2024-05-23"),
    ("https://www.examplepost.com/2024/3/5/24091234/harbour-ferries", "2024-03-05"),
    ("https://www.examplepost.com/p/harbour-ferries-20241399", None),  # no such day
    ("https://www.examplepost.com/p/12345-2024", None),
])
def test_url_date_with_a_month_name(url: str, day: str | None) -> None:
    assert dates.url_date(url) == day


def test_url_year_and_month_pick_the_date_in_that_month() -> None:
    # A sidebar's date lies nearer the headline than the header's own; the URL's month tells them apart.
    text = page(["Harbour Ferries Will Run All Winter", "Most read, March 11, 2019", "By Jane Roe", "",
                 "July 14, 2015"])
    assert newsclean.clean(text, url=URL).metadata.published == "2019-03-11"
    assert dates.url_month("https://www.examplepost.com/2015/07/harbour-ferries.html") == "2015-07"
    assert dates.url_month("https://www.examplepost.com/2019/6/e14273") == "2019-06"
    assert dates.url_month("https://www.examplepost.com/2015/07/14/harbour-ferries/") is None  # a whole date
    dated = newsclean.clean(text, url="https://www.examplepost.com/2015/07/harbour-ferries.html")
    assert dated.metadata.published == "2015-07-14"


def test_an_update_date_alone_dates_a_page_that_shows_no_other() -> None:
    # far below the headline, past the story's section headings
    story = tuple(x for n in range(60) for x in (f"What the council said, part {n}", PROSE.replace("council", f"council ({n})")))
    box = ("Jane Roe", "Senior Contributor", "Updated: January 2, 2025, 9:06am CST", "Edited by: Ann Lee")
    dated = newsclean.clean(page(["Harbour Ferries Will Run All Winter"], tail=(*story, *box)), url=URL)
    assert dated.metadata.published == "2025-01-02"
    terms = (PROSE + " Last Updated: January 12, 2026. Third party trademarks are their owners'.",)
    assert newsclean.clean(page(["Harbour Ferries Will Run All Winter"], tail=(*story, *terms)), url=URL).metadata.published is None


@pytest.mark.parametrize("line, names", [
    ("By Rhonda Roe UpdatedJanuary 25, 2026", ["Rhonda Roe"]),  # a label glued to the date
    ("By Sarah July 30, 2019January 18, 2023 January 18, 2023", ["Sarah"]),  # two dates glued together
    ("By Jill Barshay August 25, 2025August 29, 2025", ["Jill Barshay"]),
    ("By Kyle Roe 15 min read", ["Kyle Roe"]),  # a reading time after the name
])
def test_a_glued_date_or_a_reading_time_ends_the_byline_names(line: str, names: list[str]) -> None:
    meta = Metadata()
    metadata.read_byline(line, meta)
    assert meta.authors == names
    assert not metadata._GLUED_DATE.search("Summer 3, 2024xyz and Jane Roe")  # glued in lower case: no date


def test_a_date_under_a_byline_at_the_foot_of_the_article_dates_the_page() -> None:
    # the foot far from the headline, past the story's section headings
    story = tuple(x for n in range(60) for x in (f"What the council said, part {n}", PROSE.replace("council", f"council ({n})")))
    text = page(["Harbour Ferries Will Run All Winter"], tail=(*story, "Written by Ann Lee and Tom Hale", "", "April 8, 2024"))
    meta = newsclean.clean(text, url=URL).metadata
    assert meta.published == "2024-04-08" and meta.authors == ["Ann Lee", "Tom Hale"]
    far = page(["Harbour Ferries Will Run All Winter"], tail=(*story, "Written by Ann Lee", PROSE, PROSE, "April 8, 2024"))
    assert newsclean.clean(far, url=URL).metadata.published is None  # two paragraphs below: not the byline's


def test_a_date_inside_a_sentence_is_not_the_page_date() -> None:
    notice = "Since July 1, 2024, we have switched off every advertisement on this site to make reading easier for you."
    doc = newsclean.clean("\n\n".join([notice, "Harbour Ferries Will Run All Winter", PROSE, PROSE]))
    assert doc.metadata.published is None


def test_bare_name_under_the_headline_next_to_its_date_is_the_author() -> None:
    text = page(["Harbour Ferries Will Run All Winter", "Maria Okafor", "March 3, 2024"])
    assert newsclean.clean(text, url=URL).metadata.authors == ["Maria Okafor"]


def test_a_two_word_headline_is_the_title_and_no_author() -> None:
    text = "\n".join([
        "Dental Hygienists : Occupational Outlook Handbook : U.S. Bureau of Labor Statistics",
        "Dental Hygienists",
        "2024 Median Pay $91,340 per year",
        "What Dental Hygienists Do",
        "Dental hygienists examine patients for signs of oral diseases, such as gingivitis, and provide preventive care, "
        "including oral hygiene."])
    meta = newsclean.clean(text, url="https://www.bls.gov/ooh/healthcare/dental-hygienists.htm").metadata
    assert meta.title == "Dental Hygienists" and meta.authors == []


def test_the_bylines_of_teasers_under_the_article_add_no_author() -> None:
    teasers = ["Read More", "The 14 Best Places to Visit in Sicily", "By Marco Ferri", "How to Island-Hop the Aeolians",
               "By Clara Dunne", "A Beginner's Guide to Palermo Street Food", "By Eleanor Whitby"]
    text = "\n\n".join(["The Baroque Towns of Sicily's Southeast, Rebuilt from Rubble", "By Eleanor Whitby", "18 April 2024",
                         PROSE, PROSE, PROSE, *teasers])
    assert newsclean.clean(text).metadata.authors == ["Eleanor Whitby"]


def test_the_bylines_under_an_article_with_none_of_its_own_still_name_its_authors() -> None:
    text = "\n\n".join(["Ferries Will Run All Winter", PROSE, PROSE, PROSE, "By Maria Okafor", "By Tom Hale"])
    assert newsclean.clean(text).metadata.authors == ["Maria Okafor", "Tom Hale"]


def test_a_wires_source_line_names_no_author() -> None:
    text = "\n\n".join([
        "Acme Corp Introduces Helix X9 Edge Inference Platform",
        "SAN JOSE, Calif., March 3, 2026 /PRNewswire/ -- Acme Corp, a provider of computing systems, today introduced "
        "the Helix X9 platform, a rack-scale system designed to run large models close to where data is produced.",
        '"Most inference happens in a regional data center or a factory floor, where every kilowatt is already spoken '
        'for," said Dana Whitfield, chief executive officer of Acme Corp.',
        "Acme will demonstrate the Helix X9 at booth 1412 at the Edge Compute Summit in Santa Clara, March 10-12, 2026.",
        "SOURCE Acme Corp"])
    doc = newsclean.clean(text)
    assert "SOURCE Acme Corp" not in doc.text and doc.metadata.authors == []


def test_a_menu_entry_of_two_capitalised_words_is_no_author() -> None:
    menu = "\n".join(["Menu", "Our Story", "Private Events", "Gift Cards", "Jobs", "Reserve"])
    text = "\n\n".join(["Our Story - Harbour Oyster Bar", menu, "Our Story", PROSE, PROSE, PROSE])
    assert newsclean.clean(text, url=URL).metadata.authors == []


@pytest.mark.parametrize("alt, found", [
    ("Picture of Maria Okafor", ["Maria Okafor"]),  # an author box: her headshot, her name
    ("Maria Okafor", ["Maria Okafor"]),
    ("The harbour at dawn", []),  # a photo of something else: the heading names a section
    (None, []),
])
def test_a_name_heading_under_a_headshot_of_that_name_is_the_author(alt: str | None, found: list[str]) -> None:
    header = ["# Harbour Ferries Will Run All Winter", "Updated March 2024"]
    if alt is not None:
        header.append(f"![{alt}](https://cdn.examplepost.com/people/okafor.jpg)")
    header += ["#### Maria Okafor", "Transport Reporter"]
    text = "\n\n".join(["[Home](/) [News](/news) [Sport](/sport)", *header, PROSE, PROSE, PROSE, "© 2024 Example Post"])
    assert newsclean.clean(text, format="markdown", url=URL).metadata.authors == found


@pytest.mark.parametrize("line, names, source", [
    ("By Emma Colton, CBS News", ["Emma Colton"], "CBS News"),  # the outlet after the names
    ("By Emma Colton and Sam Lee, NBC News", ["Emma Colton", "Sam Lee"], "NBC News"),
    ("By Emma Colton, USA TODAY", ["Emma Colton"], "USA TODAY"),
    ("Von Julia Löhr, Berlin", ["Julia Löhr"], None),  # the place the writer files from
    ("By Linny and Peter", ["Linny", "Peter"], None),  # (first names alone: still names)
    ("By Jane Roe, John Doe and Ann Lee", ["Jane Roe", "John Doe", "Ann Lee"], None),
])
def test_an_outlet_or_a_place_after_the_byline_names_is_no_author(line: str, names: list[str], source: str | None) -> None:
    meta = Metadata()
    metadata.read_byline(line, meta)
    assert (meta.authors, meta.source) == (names, source)


def test_a_passive_by_in_a_standfirst_credits_no_author() -> None:
    body = [PROSE, PROSE.replace("council", "board"), PROSE.replace("council", "mayor")]
    text = "\n".join(["Bridge closure leaves commuters facing detours", "May 6, 2024",
                      "A bridge weakened by Storm Ciaran will stay shut until September.", *body])
    assert newsclean.clean(text).metadata.authors == []
    credited = text.replace("May 6, 2024", "Story written by Jane Roe")
    assert newsclean.clean(credited).metadata.authors == ["Jane Roe"]
    assert authors._byline_names("Last updated March 3, 2025 by Erik Demaine.") == ["Erik Demaine"]


def test_byline_with_two_names_and_a_date() -> None:
    assert authors._byline_names("Posted by Anna Berg and Tom Hale on March 3, 2024") == ["Anna Berg", "Tom Hale"]


def test_interface_words_are_not_names_even_next_to_a_date() -> None:
    assert not authors.person("Free Trial")
    assert not authors.person("Select Page")
    assert authors.person("Anna van der Berg")
    text = page(["Harbour Ferries Will Run All Winter", "Copy Link", "March 3, 2024"])
    assert newsclean.clean(text, url=URL).metadata.authors == []


def test_a_name_the_page_names_again_in_a_bio_is_the_author() -> None:
    text = page(["Harbour Ferries Will Run All Winter", "Share this story", "Maria Okafor"])
    text += "\nMaria Okafor is a transport reporter at the Example Post."
    assert newsclean.clean(text, url=URL).metadata.authors == ["Maria Okafor"]


def test_a_phrase_of_the_pages_ordinary_words_is_no_name() -> None:
    vocab = authors.vocabulary("Our mobile apps help you plan. Contact jane.roe@example.com or see site.com/maria-okafor")
    assert not authors.plausible("Mobile Apps", vocab)
    assert authors.plausible("Maria Okafor", vocab)  # words of an address are not prose
    assert authors.plausible("Anna van der Berg", authors.vocabulary("van der"))  # particles prove nothing
    # A section heading with a date under it, in a page that writes "ferry timetable" in prose.
    text = page(["Harbour Ferries Will Run All Winter", "Ferry Timetable", "March 3, 2024"])
    assert newsclean.clean(text, url=URL).metadata.authors == []


@pytest.mark.parametrize("label", ["By", "Author", "Author:"])
def test_by_alone_on_its_line_names_the_next_line(label: str) -> None:
    text = page(["Harbour Ferries Will Run All Winter", label, "Maria Okafor", "March 3, 2024"])
    doc = newsclean.clean(text, url=URL)
    assert doc.metadata.authors == ["Maria Okafor"]
    assert [r.rule for r in doc.removed if r.text == label] == ["byline.label"]  # the label goes too, read
    assert authors._BY_ALONE.match("Written by:") and not authors._BY_ALONE.match("Reviewed by")  # a reviewer


def test_byline_name_ends_at_a_spaced_hyphen_and_a_role() -> None:
    assert authors._byline_names("By Dr. Ada Stone - Mar 27, 2024") == ["Dr. Ada Stone"]
    assert authors.trim("Colin Gray Colin Gray", frozenset()) == "Colin Gray"
    assert authors.trim("Brian Truitt USA TODAY", frozenset()) == "Brian Truitt"
    assert authors.trim("Jeffrey A. Slotnick CPP", frozenset()) == "Jeffrey A. Slotnick CPP"  # one credential stays
    assert authors.lead_name("Ada Stone Executive Digital Editor", frozenset({"executive", "digital"})) == "Ada Stone"


def test_a_by_line_name_stands_against_a_bare_name_line_but_a_filter_menu_does_not() -> None:
    text = page(["Harbour Ferries Will Run All Winter", "Written by Kristin", "March 3, 2024", "Deep Harbour"])
    assert newsclean.clean(text, url=URL).metadata.authors == ["Kristin"]
    menu = ["By Role", "By Industry", "Filter by role or industry"]
    text = page([*menu, "Harbour Ferries Will Run All Winter", "Maria Okafor", "March 3, 2024"])
    assert newsclean.clean(text, url=URL).metadata.authors == ["Maria Okafor"]


def test_a_byline_name_ends_before_its_section() -> None:
    from newsclean.document import Metadata
    from newsclean.metadata import read_byline

    meta = Metadata()
    read_byline("By MixmasterFred in Workshop Woodworking", meta)
    assert meta.authors == ["MixmasterFred"]


@pytest.mark.parametrize("heading", ["Key Takeaways", "Recent Posts", "Master Gardener", "Help Center", "Executive Education"])
def test_a_heading_capitalised_like_a_name_is_no_person(heading: str) -> None:
    assert authors.credit(heading) and not authors.person(heading)  # shaped like a name, but its words say otherwise
    text = page(["Harbour Ferries Will Run All Winter", heading, "March 3, 2024"])
    assert newsclean.clean(text, url=URL).metadata.authors == []


@pytest.mark.parametrize("line", ["Released Wednesday, March 2, 2022", "Ends January 9, 2026", "Eastern Europe", "United States",
                                  "API Reference", "Backup Strategy", "Renewal Information"])
def test_a_weekday_a_region_or_a_documents_word_is_no_name(line: str) -> None:
    # shaped like a name and right under the headline over a date, yet no one's name holds these words
    text = page(["Harbour Ferries Will Run All Winter", line, "March 3, 2024"])
    assert newsclean.clean(text, url=URL).metadata.authors == []


@pytest.mark.parametrize("name", ["Rebecca MacFarlane", "Ellen O'Brien", "Craig McCarthy", "Podium Staff"])
def test_names_with_inner_capitals_and_desks_are_credits(name: str) -> None:
    assert authors.person(name)


def test_a_role_after_the_name_in_a_byline_is_cut_at_the_non_name_word() -> None:
    line = "Written By: Ada Stone Executive Digital Editor and Master Gardener"
    assert authors._byline_names(line) == ["Ada Stone"]
    assert authors._byline_names("By Anna Berg, Tom Hale and Staff Writer") == ["Anna Berg", "Tom Hale"]


def test_an_authors_label_glued_to_its_names_still_reads() -> None:
    # "Authors:[Anna Berg](...)" as html2text writes an arXiv header: no space after the colon.
    assert authors._byline_names("Authors:Anna Berg, Tom Hale") == ["Anna Berg", "Tom Hale"]
    assert authors._byline_names("Standby:Anna Berg") == []


@pytest.mark.parametrize(
    "line,name",
    [("by jsteinhardt", "jsteinhardt"), ("by whova | Apr 21, 2025", "whova"),
     ("Posted by BeauHD on Friday December 19, 2025", "BeauHD"), ("Posted on July 1, 2024 by infuy", "infuy")],
)
def test_a_one_word_credit_in_a_short_byline(line: str, name: str) -> None:
    assert authors._byline_names(line) == [name]


@pytest.mark.parametrize("line", ["Sort by date", "by far the best", "Made by hand in Vermont, and sold by the dozen"])
def test_no_one_word_credit_from_a_phrase_with_by(line: str) -> None:
    assert authors._byline_names(line) == []


def test_a_page_title_line_names_its_headline_and_a_menu_line_shares_no_word_with_it() -> None:
    # title.choose takes the <title> line's headline over a pick that shares no word with it.
    site = SiteName(URL)
    assert title._titled_headline("Harbour Ferries Will Run All Winter | Example Post", site) == (
        "Harbour Ferries Will Run All Winter"
    )
    assert title._titled_headline("Example Post - News for the harbour towns", site) is None  # a banner
    assert title._titled_headline("Ferries Run | Example Post", site) is None  # too short to be sure
    assert title._shares_word("Winter ferries: what changes", "Harbour Ferries Will Run All Winter")
    assert not title._shares_word("Register Sign in", "Harbour Ferries Will Run All Winter")


@pytest.mark.parametrize("line,relative", [("Published 6 hours ago", True), ("a day ago", True), ("Updated today", True),
                                           ("By: Jane Roe on 04-ago-2021", False), ("Chicago, May 3, 2024", False)])
def test_relative_dates_are_told_from_a_month_named_ago(line: str, relative: bool) -> None:
    assert bool(dates.RELATIVE.search(line)) is relative


HEAD = "Harbour Ferries Will Run All Winter"
BIO = "Tom Hale is a transport reporter at the Example Post. He has covered the harbour since 2019."


def authors_of(text: str) -> list[str]:
    return newsclean.clean(text, url=URL).metadata.authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mar. 3, 2024 · Ada Stone on behalf of the Docs team", ["Ada Stone"]),
        ("Mar 3, 2024 Ada K. Stone", ["Ada K. Stone"]),
        ("Ada Stone on Mar. 3, 2024", ["Ada Stone"]),
        ("Mar 3, 2024 • Ada Stone in Ferry Planning", ["Ada Stone"]),
        ("March 3, 2024 · 6 min · 1200 words · Ada Stone", ["Ada Stone"]),
        ("Ada Stone Published 10:19am 3 March 2024", ["Ada Stone"]),
        ("Mar 3, 2024 Ada Stone and Tom Hale", ["Ada Stone", "Tom Hale"]),
    ],
)
def test_a_date_line_names_its_author(line: str, names: list[str]) -> None:
    assert author_cues.dated_names(line) == names


@pytest.mark.parametrize(
    "line",
    ["Mar 3, 2024 Preparing a move in Harbour", "Ada Stone", "Mar 3, 2024 · Ada Stone · Tom Hale", "Mar 3, 2024 Privacy Policy"],
)
def test_no_author_from_a_date_line_without_one_name_part(line: str) -> None:
    assert author_cues.dated_names(line) == []


def test_a_name_on_the_header_date_line_is_the_author() -> None:
    assert authors_of(page([HEAD, "Mar. 3, 2024 · Ada Stone"])) == ["Ada Stone"]


def test_a_dated_credit_after_the_story_is_the_author_when_it_is_the_only_one() -> None:
    footer = ("Posted by Ada Stone on 2024-03-03 in ferries. Tags: harbour, winter.",)
    assert authors_of(page([HEAD, "Local"], tail=footer)) == ["Ada Stone"]
    comments = ["Posted by Ada Stone on 2024-03-03", "Posted by Tom Hale on 2024-03-04"]
    assert author_cues.posted_names(lines(comments)) == []  # comments, or a list of posts
    assert author_cues.posted_names(lines(comments[:1])) == ["Ada Stone"]
    assert author_cues.posted_names(lines(["Posted by Ada Stone in ferries"])) == []  # no date: a section's link


def lines(texts: list[str]) -> list[Block]:
    return [Block(index=i, kind="paragraph", raw=t, start=0, end=0, text=t, words=len(t.split())) for i, t in enumerate(texts)]


def test_an_author_box_names_the_author() -> None:
    assert authors_of(page([HEAD, "Local"], tail=("Tom Hale", BIO))) == ["Tom Hale"]
    by_first_name = ("Tom Hale", "Transport Reporter", "Tom is a reporter who has covered the harbour for years; he lives by it.")
    assert authors_of(page([HEAD, "Local"], tail=by_first_name)) == ["Tom Hale"]
    assert authors_of(page([HEAD, "Local"], tail=("More articles by Tom Hale",))) == ["Tom Hale"]


def test_a_company_blurb_or_an_about_link_is_no_author_box() -> None:
    blurb = ("Harbour Cloud", "Harbour Cloud is a booking platform that ferry operators use to sell tickets.")
    assert authors_of(page([HEAD, "Local"], tail=blurb)) == []
    assert authors_of(page([HEAD, "Local"], tail=("About Harbour Cloud", "Careers", "Contact us"))) == []


def test_a_by_line_beats_an_author_box_which_beats_a_lone_name_line() -> None:
    assert authors_of(page([HEAD, "By Ada Stone"], tail=("Tom Hale", BIO))) == ["Ada Stone"]
    assert authors_of(page([HEAD, "Ada Stone"], tail=("Tom Hale", BIO))) == ["Tom Hale"]


def test_a_header_date_line_or_a_footer_credit_beats_an_author_box() -> None:
    box = ("Mia Ford", BIO.replace("Tom Hale", "Mia Ford"))
    assert authors_of(page([HEAD, "Local"], tail=box)) == ["Mia Ford"]
    assert authors_of(page([HEAD, "Mar. 3, 2024 · Ada Stone"], tail=box)) == ["Ada Stone"]
    assert authors_of(page([HEAD, "Local"], tail=("Posted by Tom Hale on 2024-03-03 in ferries.", *box))) == ["Tom Hale"]


def test_the_headline_echoing_the_title_line_under_a_menu_that_reads_as_prose() -> None:
    """A menu glued into one long line passes for the first paragraph; the visible headline,
    the <title> line's lead before the site's name, stands below it and is the title."""
    glued = " ".join(f"Harbour Guide to {w} and the Ferries" for w in "Parking Tickets Timetables Cafes Walks".split()) + " Contact Us."
    top = "Harbour Ferries Will Run All Winter - Timetables and Tickets - Example Post"
    text = "\n".join([top, glued, *MENU, "Harbour Ferries Will Run All Winter", "By Ada Stone", PROSE, PROSE, *FOOTER])
    assert newsclean.clean(text, url=URL).metadata.title == "Harbour Ferries Will Run All Winter"


def test_the_header_under_a_later_echo_of_the_headline_is_read() -> None:
    """The page's <title> on top and a long menu; the story's own headline and byline lower down."""
    menu = [f"Course {w} Basics" for w in "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa".split()] * 5
    text = "\n".join([f"{HEAD} | Example Post", *menu, PROSE, *menu, HEAD, "By", "Ada Stone", "Mar 3, 2024", PROSE, PROSE])
    assert authors_of(text) == ["Ada Stone"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ada Stone Founder & Lead Reviewer", "Ada Stone"),
        ("Ada Stone Founder at Harbourline", "Ada Stone"),
        ("Ada Stone UK-based Systems Theorist & Independent Technology Writer", "Ada Stone"),
        ("Ada K. Stone Senior Editor", "Ada K. Stone"),
    ],
)
def test_a_name_before_its_role_on_one_line(line: str, name: str) -> None:
    assert authors.role_name(line) == name


@pytest.mark.parametrize("line", ["Harbour Cloud Booking Platform", "Privacy Policy Editor", "Ada Stone and the ferries"])
def test_no_name_before_a_line_without_a_role(line: str) -> None:
    assert authors.role_name(line) is None


def test_a_by_line_whose_role_runs_on_credits_the_name_before_the_role() -> None:
    text = page([HEAD, "Written By: Ada Stone Executive Digital Editor and Master Gardener", "March 3, 2024"])
    assert authors_of(text) == ["Ada Stone"]


def test_a_filter_menu_by_facet_credits_no_one() -> None:
    assert not authors.desk_or_person("Region") and authors.desk_or_person("News Desk")
    text = page([HEAD, "Tom Hale", "March 3, 2024"], top="Filter By Region | Example Post")
    assert authors_of(text) == ["Tom Hale"]


def test_a_heading_in_the_pages_words_named_twice_is_no_author() -> None:
    """ "Harbour Pilots" near the headline and again lower down, on a page that writes "harbour"
    in prose: a section's name, which nothing but the repeat vouches for."""
    text = page([HEAD, "Share", "Harbour Pilots"], tail=("Harbour Pilots",))
    assert authors_of(text) == []
    assert authors_of(text.replace("Harbour Pilots", "Ada Stone")) == ["Ada Stone"]
    assert authors.plausible("Ferry Safety", frozenset({"safety"}))  # loosely: one word is no prose word
    assert not authors.plausible("Ferry Safety", frozenset({"safety"}), strict=True)
    assert authors.plausible("Podium Staff", frozenset({"staff"}), strict=True)  # a desk's credit


def test_an_author_box_heading_alone_names_the_next_line() -> None:
    assert authors_of(page([HEAD, "Local"], tail=("Article by", "Tom Hale", "Let's talk"))) == ["Tom Hale"]
    assert authors_of(page([HEAD, "Local"], tail=("Article by", "Harbour Pilots and Crews Association"))) == []


@pytest.mark.parametrize(
    "line", ["Fact Checked by: Ada Stone", "reviewed by Ada Stone", "Hero image by Ada Stone", "A ferry at dawn. Photo by Ada Stone on Unsplash"]
)
def test_a_credit_for_other_work_than_the_writing_is_no_byline(line: str) -> None:
    assert authors._byline_names(line) == []
    assert authors_of(page([HEAD, line, "Tom Hale", "March 3, 2024"])) == ["Tom Hale"]


def test_a_reviewer_stands_in_only_when_no_one_else_is_named() -> None:
    line = "Reviewed by Ada Stone, Trial Attorney, on March 3, 2024."
    assert authors.reviewers(line) == ["Ada Stone"] and authors.reviewers("Photo by Ada Stone") == []
    assert authors_of(page([HEAD, "Local", line])) == ["Ada Stone"]
    assert authors_of(page([HEAD, "By Tom Hale", line])) == ["Tom Hale"]


def test_a_written_by_after_an_image_word_is_still_a_byline() -> None:
    assert authors._byline_names("Byline profile image Written by Ada Stone") == ["Ada Stone"]


@pytest.mark.parametrize("line,iso", [
    ("Posted on April 13, 2023 in News", "2023-04-13"),
    ("Published On: 15 August 2025", "2025-08-15"),
    ("This story was originally published on 26 Sep 2019 at 4:12pm.", "2019-09-26"),
])
def test_a_stated_date_below_the_story_dates_a_page_whose_header_does_not(line: str, iso: str) -> None:
    story = tuple(PROSE.replace("council", f"board {i}") for i in range(110))  # a long story: the line is far below the head
    text = page(["Harbour Ferries Will Run All Winter"], tail=(*story, line))
    assert newsclean.clean(text, url=URL).metadata.published == iso


def test_a_date_without_a_stating_label_below_the_story_dates_nothing() -> None:
    story = tuple(PROSE.replace("council", f"board {i}") for i in range(110))
    text = page(["Harbour Ferries Will Run All Winter"], tail=(*story, "Timetable of April 13, 2023"))
    assert newsclean.clean(text, url=URL).metadata.published is None


def test_a_title_keeps_its_headline_not_its_tagline() -> None:
    text = page(["Local", "Updated 5 hours ago"], top="Harbour Ferries Will Run All Winter | Timetables and Fares")
    assert newsclean.clean(text, url=URL).metadata.title == "Harbour Ferries Will Run All Winter"


def test_a_short_first_part_is_no_headline_by_itself() -> None:
    from newsclean.metadata import headline_part

    assert headline_part("Review | The Harbour Ferries Run All Winter") == "Review | The Harbour Ferries Run All Winter"
    assert headline_part("Best Harbour Ferries in 2025 | Top 9 Picks") == "Best Harbour Ferries in 2025"


def test_a_credit_label_over_a_name_anywhere_gives_the_author() -> None:
    story = tuple(PROSE.replace("council", f"board {i}") for i in range(110))  # far below the header
    text = page(["Harbour Ferries Will Run All Winter"], tail=(*story, "Author:", "Mirela Castaneda", "Last updated:"))
    assert newsclean.clean(text, url=URL).metadata.authors == ["Mirela Castaneda"]


def test_several_credit_labels_name_no_one() -> None:
    one = ["Ferry fares", "By", "Mirela Castaneda", "Bus lanes"]
    assert author_cues.labelled_names(lines(one)) == ["Mirela Castaneda"]
    posts = [*one, "By", "Tobias Lindqvist", "Tram stops"]  # a list of posts, each with its author
    assert author_cues.labelled_names(lines(posts)) == []


def test_a_comment_attribution_is_no_byline() -> None:
    text = "\n\n".join([PROSE, PROSE, "by Ferry Fan ( 1234 ) writes:", "The old boats were better."])
    doc = newsclean.clean(text)
    assert "Ferry Fan" not in doc.metadata.authors
    assert [r.rule for r in doc.removed if "writes:" in r.text] == ["comment.entry"]


def md_page(header: list[str], tail: tuple[str, ...] = ()) -> str:
    """A page as Markdown (links kept): its menu, the header, the story, what follows, a footer."""
    menu = "\n".join(f"  * [{m}](https://www.examplepost.com/{m.lower()})" for m in MENU)
    return "\n\n".join([menu, f"# {HEAD}", *header, PROSE, PROSE, PROSE, *tail, "## Related stories",
                        "* [Library Opens Late on Fridays](https://www.examplepost.com/news/library)"])


def md_authors(text: str) -> list[str]:
    return newsclean.clean(text, format="markdown", url=URL).metadata.authors


def test_a_link_to_a_persons_page_names_the_author() -> None:
    link = "[![Picture of Ada Stone](https://cdn.example.com/ada.jpg)Ada Stone](https://www.examplepost.com/author/ada-stone/)"
    assert md_authors(md_page([link, "March 3, 2024"])) == ["Ada Stone"]
    story = "[Ada Stone](https://www.examplepost.com/news/ada-stone-wins-award)"  # a story about her
    assert author_cues.linked_names([Block(index=0, kind="paragraph", raw=story, start=0, end=0, text="Ada Stone",
                                           links=[("Ada Stone", "https://www.examplepost.com/news/ada-stone-wins")])]) == []


def test_a_link_to_a_prefixed_authors_folder_names_the_author_but_a_prefixed_story_folder_does_not() -> None:
    assert md_authors(md_page(["5 min read", "[Ada Stone](/blog-authors/ada-stone)", "Marketing Analyst"])) == ["Ada Stone"]
    story = "[Ada Stone](/news-authorship/ada-stone)"  # a story folder that merely starts alike
    assert author_cues.linked_names([Block(index=0, kind="paragraph", raw=story, start=0, end=0, text="Ada Stone",
                                           links=[("Ada Stone", "/news-authorship/ada-stone")])]) == []


def test_a_linked_editor_is_no_author_and_each_address_takes_its_shortest_name() -> None:
    line = ("[Ada Stone](https://www.examplepost.com/author/ada-stone) · Edited by "
            "[Tom Hale](https://www.examplepost.com/author/tom-hale)")
    assert md_authors(md_page([line])) == ["Ada Stone"]
    glued = "[Ada StoneTrending Now](https://www.examplepost.com/author/ada-stone)"  # a card run into its label
    tail = ("[Ada Stone](https://www.examplepost.com/author/ada-stone)",)
    assert author_cues.linked_names([Block(index=0, kind="paragraph", raw="", start=0, end=0, text=glued,
                                           links=[("Ada StoneTrending", "/author/ada-stone")]),
                                     Block(index=1, kind="paragraph", raw="", start=0, end=0, text=tail[0],
                                           links=[("Ada Stone", "/author/ada-stone")])]) == ["Ada Stone"]


@pytest.mark.parametrize("link, name", [
    ("[Ada Stone](/blog?author=5292a21de4b070d80c5bef8e)", "Ada Stone"),  # a query names the person's posts
    ("[Ada Stone](/library/?_author=Ada%20Stone)", "Ada Stone"),
    # a converter glued her role on: the address spells where her name stops
    ("[Ada StoneTech Reporter](https://www.examplepost.com/author/ada-stone-ncpn1291108)", "Ada Stone"),
    ("[![](data:image/png;base64," + "iVBORw0KGgo" * 120 + "==) Ada Stone ](/blog/authors/ada-stone)", "Ada Stone"),
])
def test_a_persons_page_is_read_from_its_query_and_its_slug_and_past_a_placeholder_image(link: str, name: str) -> None:
    assert md_authors(md_page([link])) == [name]  # the link alone says it: no date beside it


def test_an_images_lower_case_alt_text_is_no_prose_that_unmakes_a_name() -> None:
    # the alt text writes her name in lower case, as a file's words: the page's prose does not
    page = md_page(["[Ada Stone](https://www.examplepost.com/author/astone/)"],
                   tail=("![ada stone transport expert](https://cdn.examplepost.com/ada-stone.jpg)",))
    assert md_authors(page) == ["Ada Stone"]


@pytest.mark.parametrize("badge", ["Recommended by Consumer Reports", "Trusted by Acme Travel", "Rated by Example Guides"])
def test_a_badges_by_credits_no_author(badge: str) -> None:
    assert authors._byline_names(badge) == []
    assert md_authors(md_page([f"![{badge}](/img/badge.svg)", "[Ada Stone](/author/ada-stone)"])) == ["Ada Stone"]


def test_a_slug_cuts_a_name_only_where_a_glued_word_runs_on() -> None:
    assert author_cues._slug_cut("Ada StoneTech Reporter", "ada-stone-x12") == "Ada Stone"
    assert author_cues._slug_cut("Ada Stone", "ada-stone") == "Ada Stone"
    assert author_cues._slug_cut("Ada Q. Stone", "ada-stone") == "Ada Q. Stone"  # the slug leaves her initial out
    assert author_cues._slug_cut("Ada Stonehouse", "ada-stone") == "Ada Stonehouse"  # no capital: one word
    assert author_cues._slug_cut("AdaStone", "ada") == "AdaStone"  # one word of the slug proves nothing


def test_commenters_profile_links_name_no_author() -> None:
    thread = ("#### Discussion about this post", "[Tom Hale](https://substack.com/profile/123-tom-hale)",
              "Great read, thank you.", "Expand full comment", "ReplyShare")
    assert md_authors(md_page(["March 3, 2024"], tail=thread)) == []
    doc = newsclean.clean(md_page(["March 3, 2024"], tail=thread), format="markdown", url=URL)
    rules = {r.text: r.rule for r in doc.removed}
    assert rules["#### Discussion about this post"] == "comment.platform-section"
    assert rules["Expand full comment"] == "comment.entry"


def test_a_heading_under_an_image_is_the_headline_not_a_caption() -> None:
    text = "\n\n".join(["Call us: 1-800-555-0100", "![Ferries at dawn](https://cdn.example.com/ferry.jpg)",
                        f"# {HEAD}", "March 3, 2024", PROSE, PROSE])
    doc = newsclean.clean(text, format="markdown", url=URL)
    assert doc.metadata.title == HEAD
    assert not [r for r in doc.removed if r.category == "caption"]


def test_a_date_line_under_the_hero_image_dates_the_page() -> None:
    promo = ("Members of the Example Post club get every story first, an ad-free app and a weekly letter "
             "from our editors about the stories that shaped the city this week.")  # prose above the header
    text = "\n\n".join([promo, "![Ferries at dawn](https://cdn.example.com/ferry.jpg)", "April 28, 2025", f"# {HEAD}",
                        PROSE, PROSE])
    doc = newsclean.clean(text, format="markdown", url=URL)
    assert doc.metadata.published == "2025-04-28"


def test_the_top_line_is_a_title_only_when_it_reads_as_one() -> None:
    """A renderer that leaves <title> out (inscriptis) starts with the page's first menu line."""
    def first_line_page(top: str) -> str:
        return "\n".join([top, "News", "Sport", "Travel", "Harbour ferries will run all winter", PROSE, PROSE])
    promo = newsclean.clean(first_line_page("Subscribe to the Morning Briefing Newsletter Today"), url=URL)
    assert promo.metadata.title != "Subscribe to the Morning Briefing Newsletter Today"
    titled = newsclean.clean(first_line_page(f"{HEAD} | Example Post"), url=URL)  # echoed below: a <title> line
    assert titled.metadata.title == "Harbour ferries will run all winter"


def test_a_bulleted_menu_line_is_no_headline() -> None:
    entry = "                      * Timetables and Fares for Every Harbour Route"  # inscriptis indents lists
    text = "\n".join(["Sign in", entry, entry, HEAD, PROSE, PROSE])
    assert newsclean.clean(text).metadata.title == HEAD


def test_a_bio_by_full_name_with_a_role_that_ends_the_text_goes() -> None:
    story = [PROSE.replace("council", f"council ({n})") for n in range(4)]
    bios = ["Ann Lee is an associate professor of radiology at Harbour Medical School.",
            "Tom Hale is adjunct faculty at the Harbour Institute and a physician based in Portsmouth."]
    doc = newsclean.clean("\n\n".join([*story, *bios]))
    assert "council (3)" in doc.text
    assert "Ann Lee" not in doc.text and "Tom Hale" not in doc.text
    # a product or a company that "is" something at the end is the story's own
    ends = ["Harbour Ferry Pass is available in beta. We welcome feedback before its stable release.",
            "United Ferries is cracking down on the hidden-stop ticket trick, the operator said on Friday."]
    doc = newsclean.clean("\n\n".join([*story, *ends]))
    assert all(e in doc.text for e in ends)


def test_an_author_box_heading_names_no_one_and_is_no_byline_under_a_headline() -> None:
    text = page(["Harbour Ferries Will Run All Winter", "By Ann Lee", "March 3, 2024"],
                tail=("What about the night boats?", "About the Author",
                      "Ann Lee is a reporter who covers the harbour and its ferries for the Example Post."))
    meta = newsclean.clean(text, url=URL).metadata
    assert meta.authors == ["Ann Lee"] and meta.title == "Harbour Ferries Will Run All Winter"
    # a line over an author box's heading is no headline over its byline
    blocks = lines(["Is it better to buy one ticket or a season pass?", "About the Author"])
    blocks[1].set("byline", "byline.box-heading")
    assert not title._followed_by_byline(blocks, 0)
    blocks[1].set("byline", "byline.by")
    assert title._followed_by_byline(blocks, 0)


def test_more_stories_from_a_place_is_no_author_box() -> None:
    text = page(["Harbour Ferries Will Run All Winter", "By Ann Lee", "March 3, 2024"],
                tail=("More stories from around the world",))
    doc = newsclean.clean(text, url=URL)
    assert doc.metadata.authors == ["Ann Lee"]
    assert not [r for r in doc.removed if r.rule == "byline.box-heading"]


def test_a_hyphenated_heading_is_no_names_and_publisher_byline() -> None:
    # "Names - Publisher" wants a dash standing apart, not a word's hyphen ("Full-Service")
    assert "Best Full-Service Ferry Companies" not in authors_of(page([HEAD, "Best Full-Service Ferry Companies"]))
    assert authors_of(page([HEAD, "Jane Roe - Example Post"])) == ["Jane Roe"]
    # nor is the "and" inside a hyphenated word a conjunction between names
    meta = Metadata()
    metadata.read_byline("By Jane Roe-and-Doe, Tom Hale", meta)
    assert meta.authors == ["Jane Roe-and-Doe", "Tom Hale"]
    assert authors.names_in("Jane Roe and Tom Hale") == ["Jane Roe", "Tom Hale"]


def test_a_title_lines_parts_hold_it_less_a_glued_site_name() -> None:
    site = SiteName("https://harbourpost.com/a/1")
    assert title.page_title_parts("Ferries Run All Winter (Harbour Post)", site).get("ferries run all winter") == 1.0
    assert title.page_title_parts("Ferries Run All Winter (Updated)", site).get("ferries run all winter") is None


def test_the_part_after_a_site_name_is_the_headline_as_much_as_a_part_before_it() -> None:
    # "Site: Headline" names its headline as surely as "Headline | Site"; an untitled tail
    # ("Headline - Part One") stays a weaker reading.
    site = SiteName("https://harbourpost.com/a/1")
    assert title.page_title_parts("Harbour Post: Ferries Run All Winter", site).get("ferries run all winter") == 1.0
    assert title.page_title_parts("Ferries Run All Winter - Part One", site).get("part one") == 0.6
    # so the visible headline echoing it beats the <title> line, even as the body run's pick
    texts = ["Harbour Post: Ferries Will Run All Winter Again", "Harbour Post", "Home", "News",
             "Ferries Will Run All Winter Again", PROSE]
    blocks = lines(texts)
    blocks[0].set("title", "title.headline")  # the body run's pick: the <title> line
    picked = title.choose(blocks, 5, blocks[0], site)
    assert picked is not None and picked.text == "Ferries Will Run All Winter Again"


def test_a_headline_shares_a_word_with_its_title_line_however_it_inflects_it() -> None:
    # "Myths" in the headline, "Myth" in the <title> line: the same word, so the pick stands.
    assert title._shares_word("9 Common Food Myths Debunked", "Taking the Myth Out of Your Dietary Choices")
    assert not title._shares_word("9 Common Food Myths Debunked", "Harbour Ferries Will Run All Winter")
    assert title._stems("class classes") == {"class"}  # "ss" is no plural's "s"


def test_with_nothing_else_to_go_on_the_line_over_the_first_paragraph_is_the_headline() -> None:
    # No <title> line (a layout renderer leaves it out), no heading, no echo, no byline
    # under it: the line right over the lede is the headline, not the body run's pick above.
    site = SiteName(URL)
    menu = ["Search Toggle", "Cork GAA Cork Soccer Cork Rugby Cork Racing National Sport"]
    head = "Three great evergreens for your plot"
    blocks = lines([*menu, "Weather", head, PROSE])
    picked = title.choose(blocks, 4, blocks[1], site)
    assert picked is not None and picked.text == head
    assert title.choose(lines([*menu, "Weather", head, PROSE]), 4, None, site) is not None
    # the pick stands just over the line (a headline over its standfirst) ...
    blocks = lines([*menu, head, "Why gardeners plant them and where they grow best", PROSE])
    picked = title.choose(blocks, 4, blocks[2], site)
    assert picked is not None and picked.text == head
    # ... or says the same thing ("What to Expect" under "What to Expect at Tutoring Sessions")
    blocks = lines([*menu, "Evergreens for your plot and garden", "Weather", "News", "Evergreens for your plot", PROSE])
    picked = title.choose(blocks, 6, blocks[2], site)
    assert picked is not None and picked.text == "Evergreens for your plot and garden"
    # a lead-in or a long standfirst over the lede is no headline
    for line in ("Origins and history of the plot:", " ".join(["word"] * 21)):
        blocks = lines([*menu, "Weather", line, PROSE])
        picked = title.choose(blocks, 4, blocks[1], site)
        assert picked is not None and picked.text == menu[1]


@pytest.mark.parametrize("title_line,headline", [
    ("Porting a Parser in a Fortnight / Dec 2025", "Porting a Parser in a Fortnight"),
    ("Porting a Parser in a Fortnight - May 3, 2024", "Porting a Parser in a Fortnight"),
    ("Porting a Parser in a Fortnight - 2024-05-03", "Porting a Parser in a Fortnight"),
    ("Best Phones to Buy - 2025", "Best Phones to Buy - 2025"),  # a year alone may be the headline's
    ("Notes on the Class of 1999 - Mayday 2024", "Notes on the Class of 1999 - Mayday 2024"),  # no month
])
def test_a_date_as_a_titles_last_part_is_the_posts_not_its_headlines(title_line: str, headline: str) -> None:
    assert metadata.headline_part(title_line) == headline


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Issue 5, 2020", None),  # no month: a fuzzy parse read "May 2020"
        ("Chapter 12, 2019", None),
        ("Posted at 05:54 AM", None),  # a time alone is no date (it read as today)
        ("5 de junio de 2020", "2020-06-05"),
        ("mars 3, 2021", "2021-03-03"),
        ("12.03.2021", "2021-03-12"),  # "." reads day first
        ("14.11.24", "2024-11-14"),  # a two-digit year
        ("June 27, 2020 05:54 AM", "2020-06-27T05:54"),  # the time kept where the day agrees
    ],
)
def test_a_date_line_is_read_by_its_calendar_date(line: str, iso: str | None) -> None:
    assert metadata.iso_date(line) == iso


def test_a_month_name_that_lowers_to_more_characters_never_raises() -> None:
    doc = newsclean.clean("Headline of the story here\n\nJUİN 5, 2020\n\n" + _LEAD)
    assert doc.metadata.published == "2020-06-05"


def test_a_filing_line_is_no_headline() -> None:
    doc = newsclean.clean("Istanbul\n\nPosted In News\n\n" + _LEAD + "\n\n" + _LEAD.replace("council", "board"))
    assert doc.metadata.title != "Posted In News"


_LEAD = ("The council voted on Tuesday to approve the new budget for the coming year, officials "
         "said in a statement released after the meeting.")


@pytest.mark.parametrize("byline,names", [
    ("By Jane Roe, Staff Writer", ["Jane Roe"]),
    ("By Jane Roe and John Doe, Senior Correspondents", ["Jane Roe", "John Doe"]),
    ("By Jane Roe, John Doe", ["Jane Roe", "John Doe"]),
])
def test_a_role_after_the_names_is_no_author(byline: str, names: list[str]) -> None:
    para = "The council approved the new parks plan on Monday after a debate that ran into the evening, members said."
    doc = newsclean.clean("\n\n".join(["Parks plan approved by council", byline, para, para, para]), format="text")
    assert doc.metadata.authors == names


@pytest.mark.parametrize("label", ["Media contact:", "**Press inquiries:**", "For more information, contact:"])
def test_a_contacts_name_under_its_label_is_no_author(label: str) -> None:
    text = f"# Acme Opens Plant in Dalton\n\n{PROSE}\n\n{PROSE}\n\n{label}\nJane Roe\npress@acme.example\n(555) 555-0100"
    assert newsclean.clean(text, format="markdown").metadata.authors == []


def test_a_name_under_a_label_of_another_kind_still_reads_as_the_byline() -> None:
    text = f"# Acme Opens Plant in Dalton\n\nWritten for the weekend edition:\n\nJane Roe\n\nMarch 3, 2025\n\n{PROSE}\n\n{PROSE}"
    assert newsclean.clean(text, format="markdown").metadata.authors == ["Jane Roe"]


def test_an_originally_published_date_below_a_later_header_date_is_the_publication() -> None:
    note = "This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated."
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", "30 Sep 2022, 11:07am"]) + "\n\n" + note, url=URL)
    assert doc.metadata.published == "2019-09-26"
    assert (doc.metadata.updated or "").startswith("2022-09-30")
    # a later "originally published" date changes nothing: the header's date stands
    later = note.replace("2019", "2023")
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", "30 Sep 2022, 11:07am"]) + "\n\n" + later, url=URL)
    assert (doc.metadata.published or "").startswith("2022-09-30")


@pytest.mark.parametrize("header, names", [
    (["Harbour Ferries Will Run All Winter", "Tuesday February 11 2025", "By Jane Roe"], ["Jane Roe"]),
    (["Harbour Ferries Will Run All Winter", "By Marketing Team"], ["Marketing Team"]),  # a desk's credit stands
])
def test_a_weekday_is_no_author_a_desk_is(header: list[str], names: list[str]) -> None:
    assert newsclean.clean(page(header), format="text", url=URL).metadata.authors == names


@pytest.mark.parametrize("name, nobody", [
    ("Tuesday", True), ("InstagramYoutubeLinkedin Behance", True), ("Facebook Twitter", True),
    ("Jane Roe", False), ("Marketing Team", False), ("Jane Facebook", False),
])
def test_no_one_is_a_name_made_of_no_name_words(name: str, nobody: bool) -> None:
    assert metadata._no_one(name) is nobody


def test_a_comment_count_is_no_author() -> None:
    assert metadata._no_one("No Comments") and metadata._no_one("3 Comments")


@pytest.mark.parametrize("raw, tidy", [
    ("Make the most of your stay with these 10 travel hacks .", "Make the most of your stay with these 10 travel hacks."),
    ("Is this the end ?", "Is this the end?"),
    ("Harbour Ferries Will Run All Winter", "Harbour Ferries Will Run All Winter"),
])
def test_a_title_loses_the_space_before_its_last_mark(raw: str, tidy: str) -> None:
    assert metadata.tidy_title(raw) == tidy
    html = (f"<html><head><meta property='og:title' content='{raw}'></head><body><article><h1>{raw}</h1>"
            f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>")
    assert newsclean.clean(html, format="html").metadata.title == tidy


@pytest.mark.parametrize("line", ["Jane Roe HARBOUR NEWS", "Jane Roe Jane Roe"])
def test_the_authors_name_below_a_standfirst_is_a_byline_not_the_story(line: str) -> None:
    header = ["Harbour Ferries Will Run All Winter",
              "Need a ferry this winter? The council's new timetable keeps every route open through February.",
              line, "By Jane Roe"]
    doc = newsclean.clean(page(header), format="text", url=URL)
    assert doc.metadata.authors == ["Jane Roe"]
    assert "Jane Roe" not in doc.text and PROSE in doc.text


def test_a_stated_value_without_a_letter_names_no_site_nor_author() -> None:
    html = ("<html><head><meta name='author' content='/'><meta property='og:site_name' content='/'>"
            f"</head><body><article><h1>Harbour Ferries Will Run All Winter</h1><p>{PROSE}</p><p>{PROSE}</p>"
            "</article></body></html>")
    meta = newsclean.clean(html, format="html").metadata
    assert "/" not in meta.authors
    assert meta.source != "/"


def test_a_reviewer_and_a_bio_boxs_greeting_are_no_authors() -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", "By Jane Roe", "Reviewed by John Doe, CPA"],
                               tail=("Hey, I’m Anna! Welcome to the blog, where I write about ferries and harbours.",)),
                          url=URL)
    assert doc.metadata.authors == ["Jane Roe"]
    assert "Reviewed by John Doe" not in doc.text and "Hey, I’m Anna" not in doc.text
    assert {r.rule for r in doc.removed} >= {"byline.reviewer", "byline.greeting-bio"}


def test_an_icons_alt_text_is_no_name() -> None:
    assert not authors.person("Phone Icon")
    assert authors.person("Jane Roe")


def test_a_labelled_bio_is_read_for_no_author() -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", "By Jane Roe"],
                               tail=("About the author: Anna Berg is a photographer based in Oslo.",)), url=URL)
    assert doc.metadata.authors == ["Jane Roe"]
    assert "Anna Berg" not in doc.text


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("May 3, 2017 By Erin Spain 4 Comments", "Erin Spain"),
        ("Posted on December 20, 2025 by Jane Roe-Smith (JRoe) - 5 Comments on Do you need 14 USB ports?", "Jane Roe-Smith"),
    ],
)
def test_a_byline_s_names_end_at_a_comment_count_or_a_handle(line: str, author: str) -> None:
    story = (
        "Do you need 14 USB ports?\n\n" + line + "\n\n"
        "The board has four USB ports, and a new hat adds ten more for a total of fourteen ports on one "
        "tiny computer, which the maker says is useful for labs.\n\n"
        "The hat costs $40 and ships next month from the maker's own store and from resellers in Europe "
        "and Asia, the company said.\n"
    )
    doc = newsclean.clean(story)
    assert doc.metadata.authors == [author]
    assert line not in doc.text  # the byline leaves the body


def test_an_embedded_players_credit_is_no_byline() -> None:
    story = (
        "Music of the Month: The Best Albums of November\n\n"
        "Patrick Clarke Published 10:19am 19 December 2025\n\n"
        "Jane Roe & John Doe Shipwreck\n\n"
        '<a href="https://janeroe.bandcamp.com/album/shipwreck">Shipwreck by Jane Roe and John Doe</a>\n\n'
        "The label the two set up this year to show live improvised electronic music has put out its "
        "best record yet, a long and patient set recorded in one take.\n\n"
        "It moves from drones to beats and back over forty minutes, and never once loses its nerve.\n"
    )
    doc = newsclean.clean(story)
    assert any(e for e in doc.metadata.embeds)  # the player's link is an embed...
    assert doc.metadata.authors == ["Patrick Clarke"]  # ...and its "by" credits the album's artists


def test_a_paragraph_that_credits_someone_after_its_first_sentence_is_no_byline() -> None:
    story = (
        "Travel Insurance For Yoga Retreats\n\n"
        "September 1, 2016 September 8, 2016 Jane Roe\n\n"
        "I get asked about yoga retreat travel insurance a lot, even by hosts who do not require it.\n\n"
        "World Nomads covers many countries. It is easy to get a quote online with a table to book the "
        "right cover for you. Recommended by Lonely Planet.\n\n"
        "Here are a few more companies to get you moving in the right direction before you book a retreat.\n"
    )
    assert newsclean.clean(story).metadata.authors == ["Jane Roe"]


@pytest.mark.parametrize("credit", ["Great Day Editorial Team", "Acme News Staff"])
def test_a_desk_credited_under_a_by_label_alone_is_the_author(credit: str) -> None:
    story = (
        "2025 Renovation Trends and Why They Are Smart\n\nBy:\n\n" + credit + "\n\n8/1/2025\n\n"
        "Homeowners are spending more on kitchens this year, and builders say the trend will last into "
        "the spring as prices for materials settle.\n\n"
        "Open shelving and warm wood are back, and so are larger windows that let the light in.\n"
    )
    assert newsclean.clean(story).metadata.authors == [credit]


@pytest.mark.parametrize("line", ["It’s Blogvent", "Here's Johnny", "Jane’s Kitchen"])
def test_a_contraction_or_a_possessive_is_no_persons_name(line: str) -> None:
    assert not authors.person(line) and authors.person("Jane O’Brien") and authors.person("Luc D'Amato")
    text = "\n\n".join(["Ferry Timetables Explained", "Dec 19, 2025", f"{line}, day 19, where I blog daily in December!",
                        *(PROSE.replace("Tuesday", d) for d in ("Tuesday", "Wednesday", "Friday"))])
    assert line not in newsclean.clean(text).metadata.authors


@pytest.mark.parametrize("text,want", [
    ("Backup Strategy January 22nd, 2019", "Backup Strategy"),  # the post's date set beside its headline
    ("Dec 18 2025 Preparing a transition in Debusine", "Preparing a transition in Debusine"),
    ("The riot of January 6, 2021", "The riot of January 6, 2021"),  # a date the headline says
    ("January 6, 2021: the day the Capitol was stormed", "January 6, 2021: the day the Capitol was stormed"),
    ("Metasploit Wrap-Up 12/19/2025", "Metasploit Wrap-Up 12/19/2025"),  # a series' issue, in figures
    ("Headline May 3, 2024", "Headline May 3, 2024"),  # one word left: no headline to keep
])
def test_a_date_glued_to_the_headline_leaves_it(text: str, want: str) -> None:
    assert metadata.unglued_date(text) == want


def test_a_layout_renderers_headline_line_loses_its_date() -> None:
    # inscriptis lays a post's header out on one line: the headline, then its date.
    text = "\n".join(MENU + ["Harbour Ferries Will Run All Winter January 22nd, 2024", PROSE, PROSE + " Again.", *FOOTER])
    doc = newsclean.clean(text, format="text", url=URL)
    assert doc.metadata.title == "Harbour Ferries Will Run All Winter"
    assert doc.metadata.published == "2024-01-22"


@pytest.mark.parametrize(("line", "names"), [
    ("Par Jeanne Dupont (Bruxelles, correspondante) Publié le 3 décembre 2026 à 10h12, modifié à 11h30",
     ["Jeanne Dupont"]),
    ("By Jane Roe (Brussels correspondent) and John Doe", ["Jane Roe", "John Doe"]),
    ("By Paramita (Guha) Ghosh", ["Paramita (Guha) Ghosh"]),  # a name's own middle part in brackets stays
])
def test_a_role_or_place_in_brackets_after_the_byline_names_is_no_name(line: str, names: list[str]) -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", line]), url=URL)
    assert doc.metadata.authors == names
    assert line not in doc.text


@pytest.mark.parametrize("line", [
    "Published today at 10:12 AM, updated at 11:30 AM",
    "Updated yesterday at 5 p.m.",
    "Publié aujourd’hui à 10h12, modifié à 11h30",
    "Veröffentlicht gestern um 18:05 Uhr",
])
def test_a_date_line_that_says_today_or_yesterday_is_no_headline_nor_body(line: str) -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", line]), url=URL)
    assert doc.metadata.title == "Harbour Ferries Will Run All Winter"
    assert line not in doc.text
    assert any(r.rule == "byline.date" and r.text == line for r in doc.removed)


def test_a_role_run_on_after_the_name_without_a_comma_is_no_part_of_it() -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter",
                                "By Marcus Bell Senior Editor, Smart Home Jan 26, 2026"]), url=URL)
    assert doc.metadata.authors == ["Marcus Bell"]


def test_a_feedback_polls_answers_name_nobody() -> None:
    doc = newsclean.clean("\n\n".join([PROSE, "Was this article helpful?", "Yes No", PROSE.replace("council", "board")]))
    assert doc.metadata.authors == []


def test_a_year_glued_to_the_clock_ends_the_byline_names() -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter",
                                "By Ana Figueroa and Tom Becker March 26, 20264:12 PM GMT"]), url=URL)
    assert doc.metadata.authors == ["Ana Figueroa", "Tom Becker"]


def test_a_beat_word_after_a_name_is_the_roles_and_a_date_lines_label_names_nobody() -> None:
    # "Tennis" starts the role ("Tennis Correspondent"): the page writes it in lower case
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", "Oliver Brandt Ferries Correspondent",
                                "Wednesday 05 March 2025 14:38 GMT"]) + "\nThe ferries keep running.", url=URL)
    assert doc.metadata.authors == ["Oliver Brandt"]
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", "Published Sun, March 9, 2025 at 5:00 AM CDT"]), url=URL)
    assert doc.metadata.authors == []


def test_a_name_alone_over_the_date_line_is_the_byline() -> None:
    lead = ("Until today, getting data out of Tallyhub meant opening a report and clicking Export every time you needed "
            "a fresh copy. Many of you told us you were doing this every Monday morning before your team meeting, or that "
            "you had built fragile scripts against our API just to drop a CSV into a shared folder.")
    doc = newsclean.clean("\n\n".join(["Introducing scheduled exports | Tallyhub Blog", "Product updates",
                                        "Introducing scheduled exports",
                                        "Send any report to CSV, Google Sheets or S3 on a schedule you choose.",
                                        "Priya Natarajan", "Sep 16, 2025 • 2 min read", lead,
                                        "The Schedule export dialog, available from the Share menu on any saved report."]),
                          url="https://blog.example/blog/introducing-scheduled-exports/")
    assert doc.metadata.authors == ["Priya Natarajan"]
    assert "Priya Natarajan" not in doc.text


@pytest.mark.parametrize(("top", "head"), [
    ("Seed Swap & Winter Garden Talk – Maple Grove Public Library", "Seed Swap & Winter Garden Talk"),
    ("Walnut Chopping Board – Large – Ashgrove Woodcraft", "Walnut Chopping Board – Large"),
])
def test_the_title_line_and_its_headline_name_nobody(top: str, head: str) -> None:
    doc = newsclean.clean("\n\n".join([top, head, "January 24, 2026", PROSE, PROSE]), url=URL)
    assert not {"Seed Swap", "Walnut Chopping Board"} & set(doc.metadata.authors)


def test_the_bare_name_reader_takes_an_anchor_past_the_last_line() -> None:
    # (a headline found below every short line: the anchor indexes no line of them)
    texts = lines(["Jane Roe", "March 3, 2024"])
    names, _ = authors.bare_name(texts, len(texts) + 3, None, "Jane Roe", frozenset())
    assert names in ([], ["Jane Roe"])


@pytest.mark.parametrize(("line", "names"), [
    ("Medically reviewed by Thomas Heller, MD — Written by Priya Raman, MS, RDN — Updated on September 3, 2024", ["Priya Raman"]),
    ("Written by Rebecca Thornbury Lead Writer", ["Rebecca Thornbury"]),
    ("By Colleen Ferris Reviewed by Ashwin Deo", ["Colleen Ferris"]),
    ("Written by Morgan LesauxSenior banking reporter", ["Morgan Lesaux"]),  # the name's link and its role's span, no space
])
def test_a_bylines_second_credit_or_glued_role_names_nobody_else(line: str, names: list[str]) -> None:
    doc = newsclean.clean(page(["Harbour Ferries Will Run All Winter", line, "March 3, 2024"]), url=URL)
    assert doc.metadata.authors == names


@pytest.mark.parametrize(("url", "host"), [("https://marginalia.reviews/x", "marginalia"), ("https://www.example.co.uk/a", "example"),
                                          ("https://news.example.org/", "newsexample"), ("https://abc.net.au/", "abc")])
def test_the_sites_name_is_read_off_the_host_without_its_public_suffix(url: str, host: str) -> None:
    # a top-level domain may be a word (.reviews, .blog): no headline's "Review:" is the site's name
    assert SiteName(url).host == host
    assert SiteName("https://marginalia.reviews/x").match("Review") < 1.0


def test_a_footnote_that_opens_with_a_name_is_no_bio() -> None:
    # (a kramdown footnote, its backlink at the end: what it opens with is no writer)
    story = [
        "vrrp_script chk_ftl { script \"/usr/local/bin/check_ftl.sh\" interval 2 fall 2 rise 2 } vrrp_instance "
        "PIHOLE { state MASTER interface eth0 virtual_router_id 53 priority 150 advert_int 1 unicast_src_ip 1"
        "92.168.10.11 unicast_peer { 192.168.10.12 } authentication { auth_type PASS auth_pass changeme1 } vi"
        "rtual_ipaddress { 192.168.10.10/24 } track_script { chk_ftl } }",
        "On pihole2 it’s the same, except state BACKUP, priority 100, and the two unicast addresses swapped. "
        "I use unicast rather than multicast because my cheap managed switch does odd things with multicast o"
        "n VLANs, and unicast just works.",
        "while true; do dig +short @192.168.10.10 example.com; sleep 0.5; done",
        "Then I pulled the power on pihole1. Two queries timed out, and then answers resumed from pihole2. Wh"
        "en I plugged pihole1 back in, it reclaimed the address about thirty seconds after booting, with one "
        "dropped query. Stopping just the FTL service with sudo systemctl stop pihole-FTL behaved the same wa"
        "y, which was the whole point of the health check.",
    ]
    note = "Gravity Sync was archived by its author in 2024, so it still works for v5 but won’t get new features. ↩"
    doc = newsclean.clean("\n\n".join([*story, note]))
    assert note in doc.text


@pytest.mark.parametrize("line", [
    "Office hours Monday 2:00–4:00 p.m. and Wednesday 10:00–11:00 a.m., Harlan 330, or by appointment",
    # a table's rows of dates, the last a name's shape: "Workshop" is no author
    "First call for papers May 12, 2025\n\nPaper submission deadline August 1, 2025\n\nWorkshop November 8, 2025",
    "Posted March 3, 2024 or by mail",
])
def test_a_schedules_line_names_no_author(line: str) -> None:
    """Not "by appointment" after a clock time, nor a date table's row ("Susan December 9, 2024"
    alone over an article is its byline)."""
    text = "\n\n".join(["Course Syllabus – Spring 2025", line, PROSE, PROSE.replace("Monday", "Friday")])
    assert newsclean.clean(text).metadata.authors == []


def test_a_first_name_over_its_date_is_the_byline() -> None:
    text = "\n\n".join(["Caterer Comparison Spreadsheet", "Susan December 9, 2024 0 Comments", PROSE,
                        PROSE.replace("Monday", "Friday")])
    doc = newsclean.clean(text)
    assert doc.metadata.authors == ["Susan"] and doc.metadata.published == "2024-12-09"


def test_a_standfirst_over_a_date_line_the_rules_leave_to_position_is_the_standfirst() -> None:
    dek = "Discover which routes stay open and how to book the one that will be best suited to your needs this season."
    text = "\n\n".join([*MENU[:3], "Harbour Ferries Will Run All Winter", dek, "Updated Jan 8, 2026", PROSE,
                        PROSE.replace("Monday", "Friday"), PROSE.replace("Monday", "Sunday")])
    doc = newsclean.clean(text)
    assert doc.metadata.subtitle == dek and dek not in doc.text


@pytest.mark.parametrize("line, names", [
    ("By Beth Arrowood / March 4, 2024 / Gardening", ["Beth Arrowood"]),  # a theme's meta line: " / " separates
    ("Dear Friends,", []),  # a letter's salutation
    ("Sort By Recommended Price Top Rated Newest", []),  # a catalogue's sort bar
])
def test_a_header_lines_names(line: str, names: list[str]) -> None:
    text = "\n\n".join(["Harbour Ferries Will Run All Winter", line, PROSE, PROSE.replace("Monday", "Friday")])
    assert newsclean.clean(text).metadata.authors == names


def test_a_json_ld_authors_role_after_a_comma_is_no_second_author() -> None:
    ld = '{"@type": "Article", "headline": "Deposit deadlines", "author": {"@type": "Person", "name": "Joanna Pruitt, Attorney"}}'
    page = (f'<html><head><script type="application/ld+json">{ld}</script></head><body><article><h1>Deposit deadlines</h1>'
            f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>")
    assert newsclean.clean(page).metadata.authors == ["Joanna Pruitt"]


@pytest.mark.parametrize("line", ["Starts Feb 3, 2025", "Applications close June 30, 2025.", "Offer ends March 1, 2025"])
def test_a_date_a_course_or_a_posting_sets_is_not_the_pages(line: str) -> None:
    text = "\n\n".join(["Machine Learning Foundations", line, PROSE, PROSE.replace("Monday", "Friday")])
    assert newsclean.clean(text).metadata.published is None
