"""The context pass on its own: body runs, barriers, valleys, title choice."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.blocks import Block
from newsclean.body_run import best_run, first_substantial_run
from newsclean.revise import _masthead_end
from newsclean.title import slug_words

PROSE = (
    "The committee met for three hours on Monday and agreed, after a long debate, that the "
    "new rules would take effect at the start of next year for every member state."
)



def prose(n: int) -> list[str]:
    """``n`` paragraphs like PROSE, each its own: a paragraph twice in a row is read once."""
    return [PROSE.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")[:n]]


def test_best_run_is_the_maximum_sum_stretch() -> None:
    assert best_run([-1, 5, -2, 6, -10, 3]) == (1, 3)
    assert best_run([-1, -2]) == (0, -1)


def test_first_substantial_run_stops_at_a_barrier_after_the_article() -> None:
    scores = [-1.0, 100.0, 90.0, -1000.0, 120.0, 120.0, 120.0]  # article, comments heading, long comments
    assert first_substantial_run(scores) == (1, 2)


def test_a_small_run_before_a_barrier_does_not_win() -> None:
    scores = [10.0, -1000.0, 200.0, 180.0]  # a teaser, a "Trending" heading, then the article
    assert first_substantial_run(scores) == (2, 3)


def test_menu_valleys_keep_the_sidebar_out_of_a_whole_page() -> None:
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Opinion"])
    sidebar = "\n".join([PROSE.replace("committee", "sidebar")] * 2)
    page = "\n".join(["Skip to content", "Search", menu, *prose(3), menu, menu, sidebar, "© 2025 Example"])
    doc = newsclean.clean(page)
    assert doc.text.count("committee") == 3
    assert "sidebar" not in doc.text


def test_slug_words_come_from_the_last_path_segment() -> None:
    assert slug_words("https://example.com/2024/05/01/council-backs-bus-plan.html") == {"council", "backs", "bus", "plan"}
    assert slug_words(None) == set()


# A directory an extractor already cut out of its page: one paragraph, then entries whose
# lines are short, Title Case, and full of digits, which the prose run alone would drop.
ENTRIES = [
    ("Harbour Counselling Centre", "210 Pier Street, Suite 4", "(555) 010-2231", "Psychotherapy & Medication"),
    ("Northside Family Clinic", "88 Elm Road", "(555) 010-7710", "Sliding Scale Fees"),
    ("Riverside Wellness Group", "1400 River Avenue", "(555) 010-4498", "Group Therapy"),
    ("Hillcrest Health Service", "5 Quarry Lane", "(555) 010-9012", "Psychiatry"),
]


def _directory() -> str:
    lines = ["Low-Cost Counselling Providers", PROSE]
    for entry in ENTRIES:
        lines.extend(entry)
    return "\n\n".join(lines)


def test_already_extracted_list_content_is_kept() -> None:
    doc = newsclean.clean(_directory())
    for entry in ENTRIES:
        for line in entry:
            assert line in doc.text
    assert not [r for r in doc.removed if r.rule == "context.outside-body"]


def test_a_few_leftover_lines_at_the_edge_of_extracted_text_go() -> None:
    text = "\n\n".join(["examplesite", "Home Blog", "A Quiet Year for the Council", *prose(2), "Powered by Example"])
    doc = newsclean.clean(text)
    assert doc.text.count("committee") == 2
    assert "Home Blog" not in doc.text and "Powered by Example" not in doc.text


def test_the_same_list_inside_a_whole_page_is_still_cropped_to_the_article() -> None:
    menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Opinion"]
    page = "\n".join(["Skip to content", "Search", *menu, *menu, "A Quiet Year", *prose(2),
                      "Related", *menu, "Privacy Policy", "© 2025 Example"])
    doc = newsclean.clean(page)
    assert doc.text.count("committee") == 2
    assert "Politics" not in doc.text



@pytest.mark.parametrize("masthead", [
    # the <title> line, the blog's name and menus, then the headline over its date
    ["A Quiet Year for the Council • Jane Roe", "Jane Roe", "Feeds Status updates Mastodon",
     "Posts Music Reading Links Search", "Back to posts", "June 6, 2021", "A Quiet Year for the Council"],
    # the blog's name and menus over the headline and its date
    ["Jane's Blog", "Home Sponsor me Github", "version 1.0.0", "Posts Music Reading Links Search",
     "Sponsor me Github", "A Quiet Year for the Council", "17 Dec 2025"],
])
def test_a_blog_masthead_over_the_headline_of_extracted_text_goes(masthead: list[str]) -> None:
    # More than a few leftover lines, but all of them above the headline's last copy.
    doc = newsclean.clean("\n\n".join([*masthead, "#council #budget", *prose(3)]))
    assert doc.text.count("committee") == 3
    assert not [line for line in masthead[1:5] if line in doc.text]
    # a paragraph above the headline: what stands above it may be the article's own
    note = "Editor's note: this story was first published in the spring and has been updated since with new figures."
    doc = newsclean.clean("\n\n".join([note, *masthead, "#council #budget", *prose(3)]))
    assert "Editor's note" in doc.text and masthead[4] in doc.text


def test_the_masthead_ends_at_the_headline_last_copy_above_the_run() -> None:
    texts = ["A Quiet Year for the Council", "Home Sponsor me Github", "Jane's Blog", "A Quiet Year for the Council",
             "17 Dec 2025", PROSE, PROSE]
    blocks = [Block(index=i, kind="paragraph", raw=t, start=0, end=0, text=t, words=len(t.split()), prose=t == PROSE)
              for i, t in enumerate(texts)]
    assert _masthead_end(blocks, blocks[0], 5) == 3
    assert _masthead_end(blocks, None, 5) == 0
    blocks[1].prose, blocks[1].words = True, 20  # a paragraph above the copy: nothing is masthead
    assert _masthead_end(blocks, blocks[0], 5) == 0


def test_rows_above_extracted_prose_are_not_taken_for_a_headline() -> None:
    rows = [f"October {d}     12pm - 1pm     Room 217     Dr. Carrie Example" for d in (1, 8, 15, 22, 29)]
    text = "\n\n".join([*rows, PROSE, PROSE])
    doc = newsclean.clean(text)
    assert doc.metadata.title is None
    for row in rows:
        assert " ".join(row.split()) in " ".join(doc.text.split())
    assert newsclean.clean(doc.text).text == doc.text


def _prose(topic: str, n: int) -> list[str]:
    return [PROSE.replace("committee", f"{topic} {i}") for i in range(n)]


def test_a_short_section_after_a_gap_below_the_article_is_not_the_article() -> None:
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Opinion"])
    bio = "Jane Roe is a staff writer who covers the regional parliament and its budget committees for the paper."
    page = "\n".join(["Skip to content", menu, *_prose("council", 8), "Share", "Tweet", bio, "© 2025 Example"])
    doc = newsclean.clean(page)
    assert doc.text.count("council") == 8
    assert "Jane Roe" not in doc.text


def test_a_gap_followed_by_more_of_the_article_keeps_it() -> None:
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Opinion"])
    page = "\n".join(["Skip to content", menu, *_prose("council", 4), "Photo: Example", "Getty",
                      *_prose("assembly", 4), "© 2025 Example"])
    doc = newsclean.clean(page)
    assert doc.text.count("council") == 4 and doc.text.count("assembly") == 4


_CLOSING = ["The final vote was seven to four, with two members absent.", "The new rules take effect on April 1."]
_TWEET = ["Huge win for riders today. Thank you to everyone who spoke at the council tonight.",
          "— Riders Union (@RidersUnion) December 1, 2026"]


@pytest.mark.parametrize("between", [_TWEET, ["Advertisement", "RELATED: Bus fares to rise in spring"],
                                     ["Advertisement", "A bus in the city centre on Monday. (Photo: Jane Roe/Agency)"]])
@pytest.mark.parametrize("menus", [False, True])
def test_closing_paragraphs_under_an_insertion_stay(between: list[str], menus: bool) -> None:
    # An embedded post, an ad's label, a one-story teaser or a caption set between the
    # article's paragraphs weigh more (-3 a line) than its short closing paragraphs: the best
    # run stopped above them; on text already cut out they were taken for page leftovers.
    top, foot = ([_MENU, "Council backs plan"], [_FOOT]) if menus else (["Council backs plan"], [])
    page = "\n".join([*top, *_prose("council", 6), *between, *_CLOSING, *foot])
    doc = newsclean.clean(page, format="text")
    assert all(line in doc.text for line in _CLOSING), doc.text
    assert between[0] not in doc.text


def test_a_closing_paragraph_under_an_embedded_post_stays_in_markdown() -> None:
    page = "\n\n".join(["# Council backs plan", *_prose("council", 6),
                         "> Huge win for riders today. pic.twitter.com/abc123\n> — Riders Union (@RidersUnion) December 1, 2026",
                         _CLOSING[0], "**Read more:**", "- [Bus fares to rise](https://example.com/a)",
                         "- [Bridge to close](https://example.com/b)"])
    doc = newsclean.clean(page, format="markdown")
    assert _CLOSING[0] in doc.text and "Huge win" not in doc.text and "Bridge to close" not in doc.text
    assert doc.metadata.embeds


@pytest.mark.parametrize("between", [
    ["More from Example News:", "Image Credit: Jane Roe / Shutterstock.com"],  # a box's heading over its teasers
    ["Related Companies: Acme Water Products Co., Bolt Heaters Inc., Cold Stream Pumps, Delta Valves Ltd.",
     "Related Searches: Appliances, Household Appliances, Water Heaters, Pumps and Valves, Boilers, Kettles"],  # rows of links
])
def test_a_box_below_the_article_is_no_insertion(between: list[str]) -> None:
    page = "\n".join([_MENU, "Council backs plan", *_prose("council", 6), *between,
                      "Twelve Ways to Organise Your Desk with Free Patterns to Help You Get Started.", _FOOT])
    doc = newsclean.clean(page, format="text")
    assert "Twelve Ways" not in doc.text


def test_a_bio_under_an_author_photo_is_no_closing_paragraph() -> None:
    bio = "Jane Roe covered cars, insurance and repairs for the magazine for twelve years."
    page = "\n\n".join([*_MENU.split("\n"), "# Council backs plan", *_prose("council", 6),
                         "[ ![Jane Roe](https://example.com/jane.jpg) ](https://example.com/people/jane-roe/)",
                         "[ Jane Roe ](https://example.com/people/jane-roe/)", bio, *_FOOT.split("\n")])
    assert "Jane Roe covered" not in newsclean.clean(page, format="markdown").text


def test_trim_tail_cuts_only_where_little_prose_follows() -> None:
    from newsclean.body_run import _trim_tail

    assert _trim_tail([100.0, 100.0, -1.0, -1.0, 20.0], 0, 4) == 1
    assert _trim_tail([100.0, 100.0, -1.0, -1.0, 90.0], 0, 4) == 4  # a real continuation
    assert _trim_tail([100.0, 100.0, -1.0, 20.0], 0, 3) == 3  # one furniture line is no gap


def test_a_table_of_figures_inside_the_article_does_not_split_it() -> None:
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Opinion"])
    rows = [f"{i} Example Mutual Group {1000 + 37 * i:,} {i * 1.5:.1f}" for i in range(1, 31)]
    page = "\n".join(["Skip to content", menu, *_prose("council", 3), "Rank Company Premiums Change", *rows,
                      *_prose("assembly", 5), "© 2025 Example"])
    doc = newsclean.clean(page)
    assert doc.text.count("council") == 3 and doc.text.count("assembly") == 5
    assert doc.text.count("Example Mutual Group") == 30


def test_numbers_in_a_menu_line_or_two_make_no_table() -> None:
    from newsclean.blocks import Block
    from newsclean.boxes import table_rows

    def block(i: int, text: str) -> Block:
        return Block(index=i, kind="paragraph", raw=text, start=0, end=len(text), text=text, words=len(text.split()))

    lines = ["Politics", "Page 1 of 2", "Sport (30) 12 new", "Travel"]
    assert table_rows([block(i, t) for i, t in enumerate(lines)]) == set()
    rows = ["Oslo 12.5 14%", "Bergen 9.1 11%", "Tromsø 3.2 -4%"]
    assert table_rows([block(i, t) for i, t in enumerate(rows)]) == {0, 1, 2}


def test_a_consent_dialog_after_the_article_is_not_read_as_more_article() -> None:
    cookie = ("Necessary cookies are absolutely essential for the website to function properly, and this "
              "category only includes cookies that ensure basic functionalities and security features of the website.")
    page = "\n".join([*_prose("council", 6), "Privacy Overview", cookie, "Necessary", "Always Enabled",
                      cookie.replace("Necessary", "Functional"), cookie.replace("Necessary", "Analytical")])
    doc = newsclean.clean(page)
    assert doc.text.count("council") == 6
    assert "cookies" not in doc.text


def test_a_read_more_under_each_card_of_extracted_text_is_one_chrome_line() -> None:
    cards = []
    for i in range(6):
        cards += [f"Guide Number {i}: Planning Bus Routes In Small Towns", "Read More"]
    text = "\n\n".join([*_prose("council", 3), "Further resources", *cards])
    doc = newsclean.clean(text)
    assert doc.text.count("Guide Number") == 6  # an extractor kept the list: it is content


def _thread(n: int, heading: str) -> list[str]:
    lines = [heading]
    for i in range(n):
        comment = PROSE.replace("committee", f"reader{i}") + " " + PROSE.replace("committee", "panel")
        lines += [f"Reader Name {i}", f"December {i + 1}, 2025, 9:4{i % 10} pm", comment, "Reply"]
    return lines


def test_a_comment_thread_longer_than_the_article_is_not_the_article() -> None:
    menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Search", "Log in", "Subscribe"]
    article = [PROSE.replace("committee", f"council{i}") for i in range(6)]  # an article by itself
    page = "\n".join([*menu, "Council backs the new rules", *article, "Share", "Facebook", "Twitter",
                      *_thread(8, "8 Comments on “Council backs the new rules”"), "© 2025 Example"])
    doc = newsclean.clean(page)
    assert all(p in doc.text for p in article)
    assert "reader" not in doc.text
    assert "9:4" not in doc.text


def test_form_fields_alone_do_not_make_a_thread() -> None:
    """A contact form's "Name*" and "Email" are comment-like chrome, but no thread: the
    article after them stays."""
    article = [PROSE.replace("committee", f"council{i}") for i in range(6)]
    page = "\n".join(["Home", "News", "Sport", "Contact us", "Name*", "Email*", "Website",
                      PROSE.replace("committee", "intro"), "Subscribe", "Email", *article, "© 2025 Example"])
    doc = newsclean.clean(page)
    assert all(p in doc.text for p in article)


def _long(n: int) -> str:
    return f"Paragraph {n}: " + PROSE


_MENU = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Culture"])
_FOOT = "\n".join(["About us", "Contact", "Privacy", "© 2025 Example"])


def test_a_related_box_inside_the_article_does_not_end_it() -> None:
    box = "\n".join(["Related Articles", "Council backs bus plan", "Bridge to close for a month", "Mayor quits"])
    page = "\n".join([_MENU, "Flood hits town", *(_long(n) for n in range(4)), box, *(_long(n) for n in range(4, 9)), _FOOT])
    doc = newsclean.clean(page)
    assert "Paragraph 0:" in doc.text and "Paragraph 8:" in doc.text
    assert "Mayor quits" not in doc.text


_NEWS = [  # a news story's paragraphs: a sentence or two each, some under twenty words
    "Un violent incendie s'est déclaré dans la nuit de mardi à mercredi dans un immeuble de cinq étages du 3e "
    "arrondissement de Marseille, provoquant l'évacuation d'une quarantaine d'habitants.",
    "Trois personnes, dont un enfant de huit ans, ont été légèrement blessées et transportées à l'hôpital de la Timone.",
    "Le feu aurait pris au rez-de-chaussée, dans un local à poubelles, avant de se propager par la cage d'escalier, "
    "selon les marins-pompiers, qui ont mobilisé une centaine d'hommes pendant la nuit.",
    "Une centaine de marins-pompiers ont été mobilisés. L'incendie a été maîtrisé vers 4 heures du matin.",
    "Le parquet de Marseille a ouvert une enquête pour déterminer l'origine du sinistre. La piste criminelle n'est "
    "pas écartée à ce stade, a indiqué une source proche du dossier.",
    "La mairie a annoncé la mise en place d'une cellule de relogement d'urgence pour les familles évacuées.",
]


@pytest.mark.parametrize("at", [1, 2, 3])
def test_a_read_also_box_between_short_news_paragraphs_does_not_cut_the_story(at: int) -> None:
    # A related heading is a barrier; inside the story, the paragraphs that go on below its
    # teaser carry the story on, though each is shorter than 30 words.
    box = ["À lire aussi", "Marseille : l'immeuble effondré de la rue de Tivoli sera démoli"]
    page = "\n".join([_MENU, "Incendie à Marseille : un immeuble évacué", *_NEWS[:at], *box, *_NEWS[at:], _FOOT])
    doc = newsclean.clean(page, format="text")
    assert all(p in doc.text for p in _NEWS), doc.text
    assert "Tivoli" not in doc.text


def test_a_popular_box_shown_again_and_again_inside_the_article_does_not_end_it() -> None:
    # a long box (section, headline, author per story) every two paragraphs, a caption after one of them
    stories = [line for n in range(4) for line in ("Gear", f"Popular story number {n}", f"Writer Number{n}")]
    box = ["Most Popular", *stories]
    caption = "A street in the old town on Monday. Photograph: Jane Roe/Agency"
    body = [*(_long(n) for n in range(3)), *box, caption, _long(3), _long(4), *box, _long(5), _long(6), *box,
            *(_long(n) for n in range(7, 10))]
    doc = newsclean.clean("\n\n".join([_MENU, "Flood hits town", *body, "Related Articles",
                                         "Council backs bus plan", _FOOT]), format="text")
    assert all(f"Paragraph {n}:" in doc.text for n in range(10))
    assert "Popular story number" not in doc.text and "Council backs bus plan" not in doc.text
    # in Markdown the box's stories are links no rule labels: they go with their box
    md_box = ["Most Popular", *(f"  * [![Popular story number {n}](/i/{n}.jpg)](/s/{n})\n\nGear\n\n"
                                f"[Popular story number {n}](/s/{n})\n\nWriter Number{n}" for n in range(4))]
    md_body = [*(_long(n) for n in range(3)), *md_box, _long(3), _long(4), *md_box, _long(5), _long(6), *md_box,
               *(_long(n) for n in range(7, 10))]
    doc = newsclean.clean("\n\n".join(["# Flood hits town", *md_body]), format="markdown")
    assert all(f"Paragraph {n}:" in doc.text for n in range(10))
    assert "Popular story number" not in doc.text and "Writer Number" not in doc.text
    # the same heading once, over the same box, at the article's end: still its end
    end = "\n\n".join([_MENU, "Flood hits town", *(_long(n) for n in range(6)), *box, _long(7), _FOOT])
    assert "Paragraph 7:" not in newsclean.clean(end, format="text").text


def test_a_related_heading_over_a_story_list_still_ends_the_article() -> None:
    # Each teaser's excerpt as long as the article's paragraphs: only the alternation of
    # headline, excerpt and date tells the list from the article going on.
    excerpt = ("Local councils weigh a new tax on empty homes, and the mayor said on Friday that the money "
               "raised would go to the housing fund, which has run short every winter since the bridge closed.")
    teasers = [line for n in range(6) for line in (f"Teaser headline {n}", excerpt, "May 2, 2025")]
    page = "\n".join([_MENU, "Flood hits town", *(_long(n) for n in range(6)), "Related Articles", *teasers, _FOOT])
    doc = newsclean.clean(page)
    assert "Paragraph 5:" in doc.text
    assert "Teaser headline 2" not in doc.text and "empty homes" not in doc.text


def test_comments_after_a_related_box_are_not_more_article() -> None:
    # As a Markdown conversion leaves a thread: the first comment's chrome on lines of its own,
    # the next comments glued into long lines, as long as the article's paragraphs.
    first = ["reader says:", "December 19, 2025 at 13:01", "Thanks, this was useful."]
    glued = [f"reader{n} says: December 19, 2025 at 14:0{n} " + PROSE.replace("committee", "comment") for n in range(5)]
    box = ["Related Articles", "Council backs bus plan", "Bridge to close for a month", "Previous post"]
    page = "\n".join([_MENU, "Flood hits town", *(_long(n) for n in range(6)), *box, *first, *glued, _FOOT])
    doc = newsclean.clean(page)
    assert "Paragraph 5:" in doc.text
    assert "comment met" not in doc.text


def test_a_comment_thread_below_the_run_is_not_rescued_as_content() -> None:
    # An extractor's output: the article, then reader comments marked only by their "Name says" lines.
    thread = [line for n, name in enumerate(["Sharon", "Jill Winger", "Amy", "Doris Adams-Boyd"]) for line in (
        f"{name} says", f"Comment {n}: goodness, is that your cabbage in the picture? Mine are rather small this year, sadly.")]
    page = "\n".join([*(_long(n) for n in range(5)), *thread])
    doc = newsclean.clean(page)
    assert "Paragraph 4:" in doc.text
    assert "Comment 1:" not in doc.text


def test_a_forum_thread_of_reply_subjects_below_the_article_is_not_the_article() -> None:
    # An extractor's output of a forum-style story: each comment keeps only its subject line,
    # "Re: ..." or a moderated title with its score, then its text.
    subjects = ["Re: Guaranteed jobs? (Score:2)", "What could go wrong? (Score:3, Interesting)", "Re: (Score:2)",
                "Re: What could go wrong?"]
    thread = [line for n, s in enumerate(subjects) for line in (
        s, f"Comment {n}: the summary overstates it, and anyone who has hired juniors this year knows why that is.")]
    doc = newsclean.clean("\n".join([*(_long(n) for n in range(5)), *thread]))
    assert "Paragraph 4:" in doc.text
    assert "Comment 1:" not in doc.text and "Score:" not in doc.text


def test_a_pingback_ends_even_text_already_cut_out_of_its_page() -> None:
    # An extractor's output: the article, a blog's pingback line, then the comments' bare text.
    comments = ["Good", "I just new here, i want to learn", "Cool, which language do you want to learn? Greets",
                "I have used two of these apps for a year now and the one you liked best is also the one "
                "that kept me going, mostly thanks to the short daily lessons and the friendly reminders."]
    doc = newsclean.clean("\n".join([*(_long(n) for n in range(5)), "Pingback: Ten Language Apps, Tested", *comments]))
    assert "Paragraph 4:" in doc.text
    assert "Cool, which" not in doc.text and "Pingback" not in doc.text


def test_a_list_the_article_introduces_between_its_paragraphs_stays() -> None:
    # Plain text keeps no bullets: a long run of Title Case lines reads like a menu unless a line introduces it.
    services = ["Social Media Strategy", "Community Management", "Content Production", "Paid Social Advertising",
                "Influencer Marketing", "Media Consulting", "Outbound Engagement", "Data Analysis", "Search Ads",
                "Video Ads", "Email Marketing", "Brand Design"]
    sections = [line for n in range(3) for line in (f"{n + 1}. Agency {n}", _long(n), "Services Offered:", *services)]
    # An introduced list with no prose below it: the page's footer, not the article's.
    footer = ["Departments:", "Harbour Works", "Parks Office", "Careers Desk", "Press Office", "Visitor Centre"]
    page = "\n".join([_MENU, "Best agencies of the year", *sections, _long(9), *footer])
    doc = newsclean.clean(page)
    assert "Paragraph 0:" in doc.text and "Paragraph 9:" in doc.text
    assert doc.text.count("Influencer Marketing") == 3
    assert "Careers" not in doc.text
    # Nor with the footer's own prose below it, under its copyright line: an article's list
    # has the article's prose after it, not the site's legal notices.
    legal = ["© Copyright 2025 Harbour Media Corporation. All Rights Reserved.",
             "You are leaving this website. The new site may be offered by a vendor or an independent third "
             "party, and its own terms and privacy policy apply to everything you do there."]
    offices = [f"{place} {kind}" for place in ("Harbour", "Parks", "North", "South") for kind in ("Office", "Desk", "Centre",
                                                                                                  "Works", "Hall")]
    doc = newsclean.clean("\n".join([_MENU, "Best agencies of the year", *sections, _long(9), "Departments:", *offices,
                                     *legal]))
    assert "Paragraph 9:" in doc.text and "Parks Desk" not in doc.text and "You are leaving" not in doc.text


def test_a_wide_table_flattened_into_lines_is_the_article_own() -> None:
    def rows(kind: str) -> list[str]:
        return [f"{n} Example {kind} School of Business {n + 2} 37% / 40% 30% 48% 3.6 729 ${150 + n},000 per year"
                for n in range(1, 16)]

    page = "\n".join([_MENU, "School rankings", _long(0), _long(1), *rows("Full-time"),
                      "Data for the part-time programs can be found here:", *rows("Part-time"), _FOOT])
    doc = newsclean.clean(page)
    assert "Paragraph 1:" in doc.text
    assert "15 Example Part-time School" in doc.text


def test_a_long_two_column_table_of_names_and_figures_is_the_article_own() -> None:
    states = ["Connecticut", "New Jersey", "Massachusetts", "Rhode Island", "New Hampshire", "Wisconsin",
              "California", "Virginia", "Maryland", "New York", "Illinois", "Maine", "Michigan", "Ohio"]
    rows = [f"{s} {90 - 2.5 * n:.1f}" for n, s in enumerate(states)]
    chrome = ["Skip to content", "Log in", "Subscribe", "Share on Facebook", "Share on X"]  # a whole page's
    page = "\n".join([*chrome, _MENU, "Hottest markets", *(_long(n) for n in range(4)), "Composite score by state",
                      *rows, _long(4), _FOOT])
    doc = newsclean.clean(page)
    assert "Paragraph 0:" in doc.text and "Paragraph 4:" in doc.text
    assert "Michigan 60.0" in doc.text


def test_an_email_button_in_a_share_bar_between_sections_is_no_comments_barrier() -> None:
    first = [PROSE.replace("committee", f"panel {n}") for n in range(4)]
    second = [PROSE.replace("committee", f"board {n}") for n in range(6)]
    bar = ["Share this article", "Facebook", "Email", "Pocket", "Reddit"]
    foot = ["Leave a Reply", "Name", "Email", "Website", "Post Comment"]
    menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Opinion"]
    doc = newsclean.clean("\n".join([*menu, *first, *bar, *second, *foot, *menu]))
    assert "panel 0" in doc.text and "board 5" in doc.text
    assert "Post Comment" not in doc.text


# An article printed twice on its page (a second layout, a print copy): four paragraphs.
STORY = [
    "The council voted on Tuesday to close the old harbour bridge to cars from next spring, "
    "after engineers found that two of its piers had cracked.",
    "Buses and bicycles will still cross it, and the ferry will run every twenty minutes "
    "during the works, the transport office said in a statement.",
    "Shop owners on the north bank worry that fewer drivers will stop, and asked for free "
    "parking on the streets behind the market while the bridge is shut.",
    "A new crossing is planned for 2029, but its money has not yet been found, and the "
    "regional government has promised only a study this year.",
]


def test_a_second_copy_of_the_article_goes() -> None:
    doc = newsclean.clean("\n\n".join(["Harbour bridge to close to cars", *STORY, *STORY]))
    for paragraph in STORY:
        assert doc.text.count(paragraph) == 1
    repeats = [r for r in doc.removed if r.rule == "context.repeat"]
    assert len(repeats) == len(STORY) and {r.category for r in repeats} == {"boilerplate"}


def test_html_article_printed_twice_is_read_once() -> None:
    copy = "".join(f"<p>{p}</p>" for p in STORY)
    page = f"<html><body><article><h1>Harbour bridge</h1>{copy}</article><div class='print'>{copy}</div></body></html>"
    doc = newsclean.clean(page, format="html")
    assert all(doc.text.count(p) == 1 for p in STORY)


def test_a_repeated_quote_or_table_is_the_writers() -> None:
    quote = STORY[1]
    table = ["| Route | Stop | Before | After |"] + [
        f"| {n} | {stop} Street | {n % 7 + 4} min | {n % 9 + 10} min |"
        for n, stop in zip(range(2, 50, 4), ["Quay", "Mill", "Abbey", "Station", "Castle", "Bridge", "Market",
                                             "Harbour", "Chapel", "Garden", "Tower", "Canal"])
    ]
    text = "\n\n".join(["Harbour bridge to close to cars", STORY[0], STORY[1], *table, STORY[2], quote, STORY[3], *table])
    doc = newsclean.clean(text, format="markdown")
    assert doc.text.count(quote) == 2  # one paragraph again: a pull quote
    assert doc.text.count("Castle Street") == 2  # a table again (over 80 words): no sentence in it
    assert not any(r.rule == "context.repeat" for r in doc.removed)


def test_a_paragraph_printed_twice_in_a_row_is_read_once() -> None:
    # a page's summary over the same standfirst: the second copy goes, the pull quote further down stays
    text = "\n\n".join(["Harbour bridge to close to cars", STORY[0], STORY[0], STORY[1], STORY[2], STORY[1], STORY[3]])
    doc = newsclean.clean(text)
    assert doc.text.count(STORY[0]) == 1 and doc.text.count(STORY[1]) == 2
    assert [r.rule for r in doc.removed if r.text == STORY[0]] == ["context.repeat"]


def test_a_short_line_twice_in_a_row_stays() -> None:
    # a table's cell or a heading over its own link: seven words or fewer may repeat by design
    line = "Bus fares from the quay"
    text = "\n\n".join(["Harbour bridge to close to cars", STORY[0], line, line, *STORY[1:]])
    assert newsclean.clean(text).text.count(line) == 2


# Comments an extractor kept with their chrome lost: no "Reply", no "Jane says:".
REPLIES = [
    "Great read! We crossed that bridge every morning for years and never knew about the piers.",
    "Thanks for writing this up, Sam. The ferry timetable alone is worth bookmarking for next spring.",
    "Hi Morgan,",
    "Totally agree with the shop owners here, the parking behind the market is already full by nine.",
]


def test_the_writers_thanks_and_a_repeated_form_reply_are_no_thread() -> None:
    outro = [
        "Thanks to the harbour master for the tour of the piers, and to the readers who sent photographs.",
        "Thank you for reading, and write to us if you cross the bridge before it closes.",
    ]
    form = ["Thanks! Tell us a little more about yourself."] * 3  # a sign-up form's reply, once per copy of the form
    trams = STORY[1].replace("Buses", "Trams")
    doc = newsclean.clean("\n\n".join([*STORY, trams, form[0], outro[0], form[1], outro[1], form[2]]))
    assert all(line in doc.text for line in outro)
    assert not any(r.rule == "comment.reply" for r in doc.removed)


# Readers' cheers as a thread opens them: a cry of praise, the reader's delight, applause.
CHEERS = [
    "So incredibly helpful!",
    "Love the new timetable! We will take the ferry every morning from now on, whatever the weather.",
    "Nice idea!",
    "Sounds fantastic! Will the cafe on the pier stay open through the works, or close with the bridge?",
    "Respect!",
]


@pytest.mark.parametrize("replies", [REPLIES, CHEERS])
def test_a_thread_that_lost_its_chrome_still_ends_the_article(replies: list[str]) -> None:
    doc = newsclean.clean("\n\n".join([*STORY, *replies]))
    assert all(p in doc.text for p in STORY)
    assert not any(r[:20] in doc.text for r in replies)
    assert {r.rule for r in doc.removed if r.text in replies} == {"comment.reply"}


def test_the_writers_own_cheers_between_sections_are_no_thread() -> None:
    # a team blog's year in review: "Good stuff!", "Congrats!" under its sections, none saying more
    sections = [x for n, cheer in enumerate(["Good stuff!", "Congrats!", "Respect!", "Thanks Jane!"])
                for x in (f"The harbour in season {n}", STORY[1].replace("Buses", f"Boats {n}"), cheer)]
    closing = STORY[2].replace("The", "In the end, the", 1)
    doc = newsclean.clean("\n\n".join([*STORY, *sections, closing]))
    assert all(c in doc.text for c in ("Good stuff!", "Congrats!", "Respect!", "Thanks Jane!"))
    assert not any(r.rule == "comment.reply" for r in doc.removed)


def test_a_related_box_below_extracted_text_ends_it() -> None:
    # An extractor's output: the article, then a recirculation box's teaser cards, excerpts and all.
    cards = [line for n in range(3) for line in (
        "Daily", f"Dec {19 - n}, 2025", f"Ferry line number {n} reopens after the winter storms",
        f"Teaser {n}: the harbour ferries return this week with new boats, longer hours and a cheaper "
        "weekly ticket for commuters, the operator said, after months of repairs to the northern pier.")]
    doc = newsclean.clean("\n".join([*(_long(n) for n in range(5)), "Read This Next", *cards]))
    assert "Paragraph 4:" in doc.text
    assert "Teaser" not in doc.text and "Ferry line" not in doc.text


def test_a_related_box_the_extracted_article_goes_on_after_does_not_end_it() -> None:
    box = ["Read This Next", "Ferry line reopens after the winter storms", "Five things to know about the bridge"]
    for before, after in ((3, 4), (2, 2)):  # a long article runs past the box; a short one goes on after it
        doc = newsclean.clean("\n".join([*(_long(n) for n in range(before)), *box,
                                          *(_long(n) for n in range(before, before + after))]))
        assert all(f"Paragraph {n}:" in doc.text for n in range(before + after)), (before, after)


_PAGE_CHROME = ["Skip to content", "Log in", "Subscribe", "Share on Facebook", "Share on X"]
_MEGA_MENU = ["Home", "Reviews", "Electronics", "Kitchen", "Audio", "Outdoors", "Garden", "Health", "Office", "Tools",
              "Toys", "Travel", "Pets", "Cycling", "Running", "Camping", "Climbing", "Fishing", "Deals", "About"]


def _review(n: int) -> str:
    return (f"Review {n}: we used the scooter to commute for two weeks, over cobbles, bike paths and two long "
            "hills, and it held its speed well, though the brakes squealed in the rain and the folding latch "
            "stuck twice before we oiled it.")


_MODELS = ["Apex", "Breeze", "Comet", "Dart", "Ember", "Falcon", "Glide", "Hornet", "Ion", "Jet", "Kite", "Lynx",
           "Meteor", "Nova", "Orbit", "Pulse", "Quill", "Rocket", "Spark", "Tempo"]


def _comparison_table() -> list[str]:
    # A review site's comparison table flattened to lines: a button, a name and its award per product.
    cells = [c for m in _MODELS for c in ("Compare:", f"{m} Scooter Pro", "Check Price")]
    return ["Product Comparison Table", *cells]


def test_the_article_part_cut_off_by_a_long_table_on_a_whole_page_stays() -> None:
    headline = "The best electric scooters for city commuters"
    page = "\n".join([*_PAGE_CHROME, *_MEGA_MENU, headline, *(_review(n) for n in range(4)),
                      *_comparison_table(), *(_review(n) for n in range(4, 10)), _FOOT])
    doc = newsclean.clean(page)
    assert all(f"Review {n}:" in doc.text for n in range(10)), [n for n in range(10) if f"Review {n}:" not in doc.text]
    assert "Compare:" not in doc.text and "Camping" not in doc.text
    assert doc.metadata.title == headline  # above the first part, not a table line above the second


def test_a_catalogue_of_one_line_blurbs_beside_the_article_is_no_part_of_it() -> None:
    blurbs = [f"Model {n}: a light folding scooter with a strong motor, fast charging and a long range for commuters."
              for n in range(12)]
    page = "\n".join([*_PAGE_CHROME, *_MEGA_MENU, *blurbs, *_comparison_table(), "Best scooters",
                      *(_review(n) for n in range(8)), _FOOT])
    doc = newsclean.clean(page)
    assert "Review 7:" in doc.text
    assert "Model 3: a light" not in doc.text


def test_prose_past_a_related_heading_is_no_twin_of_the_article() -> None:
    # A box's cards: headline, date, then an excerpt as long as the article's paragraphs.
    teasers = [line for n, m in enumerate(_MODELS[:4]) for line in (
        f"The {m} scooter, tested", f"Dec {19 - n}, 2025", _review(n).replace("Review", "Teaser"))]
    page = "\n".join([*_PAGE_CHROME, *_MEGA_MENU, "Best scooters", *(_review(n) for n in range(6)),
                      *_comparison_table(), "Related Articles", *teasers, _FOOT])
    doc = newsclean.clean(page)
    assert "Review 5:" in doc.text
    assert "Teaser 1:" not in doc.text


def test_the_writer_asking_what_do_you_think_does_not_end_the_article() -> None:
    # A quoted mail inside the article asks it; the article goes on after the quote.
    page = "\n".join([*_PAGE_CHROME, *_MEGA_MENU, *(_long(n) for n in range(8)), "What do you think?",
                      *(_long(n) for n in range(8, 12)), _FOOT])
    doc = newsclean.clean(page)
    assert "Paragraph 11:" in doc.text


def _absatz(n: int) -> str:
    return (f"Absatz {n}: Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, dass die neuen Regeln "
            "zu Beginn des nächsten Jahres in allen Stadtteilen gelten sollen, und die Verwaltung soll bis "
            "zum Sommer einen Plan für die Umsetzung vorlegen.")


@pytest.mark.parametrize("label", ["Lesen Sie auch", "À lire aussi", "Leggi anche", "Te puede interesar", "Read next",
                                   "Related stories"])
def test_a_bare_read_also_label_between_paragraphs_does_not_end_the_article(label: str) -> None:
    # A label alone on its line over one teaser's title, the article's paragraphs going on below
    # it (the last one short), on a whole page with a footer.
    last = "Die Opposition will den Beschluss im Herbst noch einmal prüfen lassen."
    page = "\n".join([_MENU, "Stadtrat beschließt neue Regeln", *(_absatz(n) for n in range(3)), label,
                      "Warum die Parkgebühren im Sommer steigen", _absatz(3), _absatz(4), last, _FOOT])
    doc = newsclean.clean(page, format="text")
    assert all(f"Absatz {n}:" in doc.text for n in range(5)) and last in doc.text
    assert "Parkgebühren" not in doc.text and label not in doc.text


def test_a_read_also_label_over_teaser_cards_at_the_end_still_ends_the_article() -> None:
    # Cards of a headline and an excerpt as long as the article's paragraphs: never two
    # paragraphs in a row, so the box is no part of the article.
    cards = [line for n in range(4) for line in (f"Schlagzeile {n} aus der Region", _absatz(10 + n).replace("Absatz", "Anriss"))]
    page = "\n".join([_MENU, "Stadtrat beschließt neue Regeln", *(_absatz(n) for n in range(5)), "Lesen Sie auch",
                      *cards, _FOOT])
    doc = newsclean.clean(page, format="text")
    assert "Absatz 4:" in doc.text
    assert "Anriss" not in doc.text and "Schlagzeile" not in doc.text


@pytest.mark.parametrize("label", ["Related", "Read also", "Lees ook", "Leggi anche", "Approfondisci"])
def test_the_title_under_a_read_also_label_goes_with_it(label: str) -> None:
    # Text an extractor already cut out: the label and the other story's title on lines of their own.
    title = "Warum die Parkgebühren im Sommer steigen"
    doc = newsclean.clean("\n\n".join([_absatz(0), _absatz(1), label, title, _absatz(2), _absatz(3)]), format="text")
    assert all(f"Absatz {n}:" in doc.text for n in range(4))
    assert title not in doc.text and label not in doc.text
    assert any(r.text == title and r.category == "related" for r in doc.removed)


def test_a_short_line_under_a_label_with_no_prose_below_stays_put() -> None:
    # The label ends the article: what follows is no article prose, so the line is not judged a teaser here.
    doc = newsclean.clean("\n\n".join([_absatz(0), _absatz(1), "Related", "Bus fares to rise in May"]), format="text")
    assert not any(r.rule == "context.read-also" for r in doc.removed)


def test_a_section_label_under_a_bare_related_label_stays() -> None:
    # "Related:" over the article's own next label ("Kids:"), as an extractor leaves a widget's heading.
    doc = newsclean.clean("\n".join([_absatz(0), _absatz(1), "Related:", "Kids:", _absatz(2), _absatz(3)]), format="text")
    assert "Kids:" in doc.text


def test_a_short_line_three_times_in_a_row_is_a_widgets_not_the_writers() -> None:
    # a gallery's title under each of its slides, as a text renderer writes it
    paras = [_long(n) for n in range(4)]
    doc = newsclean.clean("\n\n".join([*paras[:2], *["Weather threatens holiday plans"] * 5, *paras[2:]]), format="text")
    assert "Weather threatens holiday plans" not in doc.text and "Paragraph 3:" in doc.text
    assert all(r.category == "boilerplate" for r in doc.removed if r.text == "Weather threatens holiday plans")
    # twice is a pull quote's or a refrain's; a column of zeros is data
    doc = newsclean.clean("\n\n".join([*paras[:2], "We will rebuild it.", "We will rebuild it.", *paras[2:]]), format="text")
    assert doc.text.count("We will rebuild it.") == 2
    # a Markdown image's alt text, then a heading that says it again: the heading stays
    md = "\n\n".join(["# Courses", paras[0], "![Data Course](/a.jpg)", "![Data Course](/b.jpg)", "### Data Course",
                      paras[1], paras[2]])
    assert "Data Course" in newsclean.clean(md, format="markdown").text


def test_numbers_counting_up_a_line_each_are_a_pager() -> None:
    # a gallery's page links as a text renderer writes them, one number a line
    paras = [_long(n) for n in range(4)]
    doc = newsclean.clean("\n\n".join([*paras[:2], "<<", "<", *map(str, range(1, 15)), ">", ">>", *paras[2:]]), format="text")
    assert not any(line.strip().isdigit() for line in doc.text.splitlines()) and "Paragraph 3:" in doc.text
    assert [r.text for r in doc.removed if r.rule == "context.pager"] == [str(n) for n in range(1, 15)]
    # a figure on its own line, or two numbers, are the writer's
    doc = newsclean.clean("\n\n".join([*paras[:2], "1", "2", *paras[2:], "1998", "2024"]), format="text")
    assert not any(r.rule == "context.pager" for r in doc.removed)


def test_the_opening_under_the_pages_headline_stays_across_a_table() -> None:
    # "Headline | Site" on top, the headline said again over two short paragraphs, then a
    # comparison table written a cell a line before the rest of the article: the opening is
    # the article's, though too short to be a twin run of its own
    menu = ["Home", "Services", "Toggle submenu", "Consulting", "Support", "Training", "Pricing", "Toggle submenu",
            "Small Business", "Mid-Sized Companies", "Large Companies", "Resources", "Guides", "Contact"]
    opening = ["Finding the right bus pass for your family can be a challenge, but this guide is here to help you choose.",
               "Below, we compare six passes on price, reach and comfort so that you can find the one that fits your week."]
    rows = ["Central", "North", "South", "East", "West", "Harbour", "Airport", "Night"]
    table = ["Pass Day Week Month Year Student Senior", *(x for r in rows for x in (r, "Basic Best Basic Best Best Basic"))]
    main = [_long(n) for n in range(6)]
    head = ["Bus Pass Comparison Chart | Harbour Transit", *menu, "Bus Pass Comparison Chart"]
    doc = newsclean.clean("\n\n".join([*head, *opening, *table, "What is a bus pass?", *main, "About us", "Privacy"]),
                          format="text")
    assert all(p in doc.text for p in opening + main) and "Toggle submenu" not in doc.text
    # the table between the two parts, which no rule claims, is the article's too
    assert all(r in doc.text for r in rows) and "Basic Best Basic Best Best Basic" in doc.text
    # under a line that is not the page's headline, such paragraphs stay outside
    doc = newsclean.clean("\n\n".join([*head[:-1], "Plan your journey", *opening, *table, "What is a bus pass?", *main]),
                          format="text")
    assert not any(p in doc.text for p in opening)


@pytest.mark.parametrize("repeated,plain", [(0, True), (3, True), (4, False), (8, False)])
def test_a_gap_whose_lines_are_said_again_below_is_a_table_of_contents(repeated: int, plain: bool) -> None:
    # Between a run and its twin: eight short lines no rule names. When half or more of them
    # come again below as the article's headings, they are its table of contents, not a table.
    from newsclean.body_run import _plain_gap
    from newsclean.segment import segment

    gap = [f"Cost of the {town} pass" for town in ("Central", "North", "South", "East", "West", "Harbour", "Airport",
                                                   "Night")]
    below = [x for n, h in enumerate(gap[:repeated]) for x in (h, _long(n))] or [_long(0)]
    text = "\n\n".join([_long(9), *gap, *below])
    blocks = newsclean.Cleaner()._label(segment(text, "text"), None, None, revise=lambda *_: None)  # rules alone
    lines = [b.index for b in blocks if b.text in gap]
    assert len(lines) >= len(gap)
    assert _plain_gap(blocks, range(lines[0], lines[len(gap) - 1] + 1)) is plain


def test_the_opening_under_a_headline_and_its_byline_stays_across_a_table_of_contents() -> None:
    # The headline said again, then a standfirst, a byline, a date and share counts, then the
    # opening; a table of contents and a jump list part it from the rest. Above the headline,
    # a disclosure paragraph is the site's, not the article's.
    menu = ["Home", "Courses", "Subjects", "Rankings", "Free Certificates", "Guides", "Reviews", "About", "All"]
    disclosure = ("Disclosure: this site is supported by its readers. When you buy through links on our site, "
                  "we may earn an affiliate commission, which helps keep it running.")
    header = ["The Complete List of Free Bus Passes", "Every free pass on one page, checked by our team.",
              "Jane Roe, John Doe & Ann Example", "Nov 25th, 2025", "Envelope", "Url", "115"]
    opening = [_long(n) for n in range(3)]
    toc = ["Table of Contents", *(f"{town} passes for students, seniors and night riders" for town in
                                  ("Central", "North", "South", "East", "West", "Harbour")),
           *("Airport", "Riverside", "Old Town", "Docklands", "University", "Stadium", "Market", "Hospital")]
    main = [_long(n) for n in range(3, 12)]
    top = "The Complete List of Free Bus Passes | Harbour Transit"
    page = [top, *menu, disclosure, *header, *opening, *toc, "Central Free Passes", *main, "About us", "Privacy"]
    doc = newsclean.clean("\n\n".join(page), format="text")
    assert all(p in doc.text for p in opening + main)
    assert "Disclosure" not in doc.text and "Envelope" not in doc.text and "Rankings" not in doc.text
    # paragraphs cut off under the headline are a bio box's or teasers, not the opening
    cut = [p[:120].rstrip() + "..." for p in opening]
    page = [top, *menu, disclosure, *header, *cut, *toc, "Central Free Passes", *main, "About us", "Privacy"]
    doc = newsclean.clean("\n\n".join(page), format="text")
    assert not any(p in doc.text for p in cut) and all(p in doc.text for p in main)


_NAMES = ["Cloud Storage", "Block Storage", "Data Warehouse", "Managed Database", "Container Engine", "Content Delivery"]
_BLURBS = ["Globally unified, scalable, and highly durable object storage for developers.",
           "Fast disks for virtual machines, with snapshots and encryption built in.",
           "Serverless, highly scalable, and cost-effective analytics for business agility.",
           "Fully managed relational database service for the common open engines.",
           "Secured and managed containers with automatic scaling across regions.",
           "Fast, reliable web and video delivery with global scale and reach."]


def test_a_catalogue_of_names_and_blurbs_does_not_carry_the_run() -> None:
    # a product list and a mega menu, each name over a one-sentence blurb, below the article:
    # the blurbs read as prose but weigh nothing, so the run ends with the article
    catalogue = [x for n, b in zip(_NAMES, _BLURBS) for x in (n, b)]
    main = [_long(n) for n in range(5)]
    page = [_MENU, *main, *catalogue, "Take the next step", "Get started for free", *catalogue, *catalogue, _FOOT]
    doc = newsclean.clean("\n\n".join(page), format="text")
    assert all(p in doc.text for p in main) and not any(b in doc.text for b in _BLURBS)
    # the same pairs inside the article (a glossary) stay
    doc = newsclean.clean("\n\n".join([_MENU, *main[:3], *catalogue, *main[3:], _FOOT]), format="text")
    assert all(p in doc.text for p in main + _BLURBS)


def test_a_story_list_of_cut_off_excerpts_is_no_article() -> None:
    # below the article, a blog's list: each story's title, its excerpt cut off mid-word, a date
    main = [_long(n) for n in range(5)]
    stories = []
    for n, title in enumerate(["Neck pain at your desk?", "Gift ideas for a cable hater", "Desk organisation in 2026",
                               "A recap of the year", "How to buy better in the sales"]):
        excerpt = (f"Story {n}: do you ever feel stiff after a few hours at the screen? This one is for anyone who spends "
                   "the day at a desk and wants relief, and you will learn how to set up an ergonomic workst...")
        stories += [title, excerpt, f"Mar {n + 3}, 2026"]
    doc = newsclean.clean("\n\n".join([_MENU, *main, "Blog.", *stories, _FOOT]), format="text")
    assert all(p in doc.text for p in main) and "Story 0:" not in doc.text and "Story 4:" not in doc.text
    # a writer's trailing dots ("and then...") in two paragraphs are the writer's
    trailing = [p[:-1] + "..." for p in main[2:4]]
    doc = newsclean.clean("\n\n".join([_MENU, *main[:2], "And then", trailing[0], "And so", trailing[1], main[4], _FOOT]),
                          format="text")
    assert all(p in doc.text for p in trailing)
    # authors' cards (a name over a bio cut short) are no story list
    bio = "is a senior editor who has covered transport and the city's budget for a decade and writes the weekly column on the harbour and its ferries, trams and the people who ru..."
    cards = [x for name in ("Jane Roe", "John Doe", "Ann Lee") for x in (name, f"{name} {bio}", "View Full Profile")]
    doc = newsclean.clean("\n\n".join([_MENU, *main, *cards, _FOOT]), format="text")
    assert not any(r.rule == "context.story-list" for r in doc.removed)


FERRY = [
    "The harbour authority confirmed that the island ferry timetable will change in spring, adding "
    "evening sailings for commuters who travel between the mainland terminal and the northern quay.",
    "Passengers have complained for years about cancelled crossings, crowded decks and delays at the "
    "terminal, and the authority said the extra sailings should relieve the pressure on weekday mornings.",
    "Operators will lease a second vessel from a private company until the new ferry, ordered from a "
    "shipyard abroad, arrives, which engineers expect to happen before the summer holidays.",
    "Island businesses welcomed the announcement, saying that reliable crossings matter more to tourism "
    "than cheaper tickets, although several hoteliers asked for later departures on Saturday evenings.",
]


def _ferry_article(n: int) -> list[str]:
    return [f"{FERRY[i % len(FERRY)]} Section {i} of the report covered the harbour budget." for i in range(n)]


def test_a_conclusion_under_its_own_heading_after_a_gap_stays() -> None:
    # The gap (an ad label and a related link) is followed by little prose next to the article,
    # but that prose goes on with the article's topic: a conclusion, not a bio or a promo.
    conclusion = [
        "Choosing between the mainland terminal and the northern quay comes down to timing: commuters who "
        "travel on weekday mornings gain most from the evening sailings, while island businesses depend "
        "on reliable crossings throughout the summer holidays and tourism season.",
        "Either way, the harbour authority expects the second vessel and the extra sailings to relieve "
        "crowded decks and cancelled crossings until the new ferry arrives from the shipyard abroad.",
    ]
    page = "\n".join(["Skip to content", "Home", "News", "Travel", *_ferry_article(24),
                      "Advertisement", "Related: Ten tips for island ferries", "Making the right choice for your crossing",
                      *conclusion, "© 2025 Example"])
    doc = newsclean.clean(page)
    assert all(p in doc.text for p in conclusion), [(r.rule, r.text[:50]) for r in doc.removed]


def test_a_promo_after_a_gap_goes_even_when_it_reads_well() -> None:
    promo = (
        "Earn your online degree from the nation's most innovative university, with flexible courses, "
        "dedicated advisers, scholarships and career coaching available to every student wherever they live, "
        "and enrolment windows opening several times throughout the academic calendar."
    )
    page = "\n".join(["Skip to content", "Home", "News", "Travel", *_ferry_article(24),
                      "Share", "Tweet", promo, "© 2025 Example"])
    doc = newsclean.clean(page)
    assert "Earn your online degree" not in doc.text
    assert doc.text.count("Section") == 24


def test_a_second_copy_of_the_article_after_a_gap_is_not_its_continuation() -> None:
    copy = " ".join(FERRY[:3])
    page = "\n".join(["Skip to content", "Home", "News", "Travel", *_ferry_article(24),
                      "Share", "Tweet", copy, "© 2025 Example"])
    doc = newsclean.clean(page)
    assert copy not in doc.text


def test_a_list_below_a_paywall_prompt_is_its_pitch_not_the_articles_list() -> None:
    """Below the run a list-shaped side is kept as content, but not past a paywall's prompt:
    the items after "unlock this piece and learn about:" tell what the reader cannot read."""
    items = [f"{n}. What happens when you let the new planning tool probe item {n} of your strategy" for n in range(1, 5)]
    head = ["Share", "Subscribe"]  # a scrape's chrome: no extractor's clean output, no whole page either
    prompt = "Become a paid subscriber to unlock this piece and learn about:"
    doc = newsclean.clean("\n\n".join([*head, *(_long(n) for n in range(4)), prompt, *items]), format="markdown")
    assert "Paragraph 3:" in doc.text
    assert "probe item" not in doc.text
    # the same list with no prompt above it is the article's own
    doc = newsclean.clean("\n\n".join([*head, *(_long(n) for n in range(4)), *items]), format="markdown")
    assert "probe item 3" in doc.text


def _item_run(last_gap: list[str]) -> tuple[list[Block], list[float]]:
    """Ten reviews, each a name and a "Published by" line over its paragraph; ``last_gap``
    stands over the tenth."""
    texts: list[str] = []
    for n in range(10):
        gap = last_gap if n == 9 else [f"Game Number {n}", f"Published by Studio {n} Games"]
        texts += [*gap, f"Review {n} says the board game plays well with friends on a quiet evening."]
    blocks = [Block(index=i, kind="paragraph", raw=t, start=0, end=len(t), text=t, words=len(t.split()))
              for i, t in enumerate(texts)]
    return blocks, [10.0 if t.startswith("Review") else -1.0 for t in texts]


def test_the_last_item_of_a_list_under_repeated_labels_stays_in_the_run() -> None:
    from newsclean.body_run import _trim_tail

    blocks, scores = _item_run(["Game Number 9", "Published by Studio 9 Games"])
    assert _trim_tail(scores, 0, len(blocks) - 1, blocks) == len(blocks) - 1
    # Other furniture over the last paragraph still ends the run there: an author's box.
    blocks, scores = _item_run(["Share this article", "About the author Jane Roe"])
    assert _trim_tail(scores, 0, len(blocks) - 1, blocks) == len(blocks) - 4


def test_labelled_lines_repeat_by_their_label_whatever_their_values() -> None:
    """"Price: P240" / "Where: Poblacion, Makati" over an item repeat every earlier item's
    "Price:" and "Where:" lines, though no two values are the same."""
    from newsclean.body_run import _trim_tail

    texts: list[str] = []
    for n in range(12):
        texts += [f"Price: P{100 + n}", f"Where: {'ABCDEFGHIJKL'[n]}ville, Makati",
                  f"Stall {n} makes its dessert with shaved ice and milk every single morning."]
    blocks = [Block(index=i, kind="paragraph", raw=t, start=0, end=len(t), text=t, words=len(t.split()))
              for i, t in enumerate(texts)]
    scores = [10.0 if t.startswith("Stall") else -1.0 for t in texts]
    assert _trim_tail(scores, 0, len(blocks) - 1, blocks) == len(blocks) - 1


def _guide(label: str) -> tuple[list[Block], list[float]]:
    """A guide's sections, each a heading, a paragraph and "Best case:" over two items, the
    last one short; the last section's label is ``label``."""
    odd = ["Apples", "Pears", "Plums", "Figs", "Limes", "Kiwis"]
    texts: list[str] = []
    for n, fruit in enumerate(odd):
        texts += [f"Criterion {n}", f"Paragraph {n} explains why this matters to anyone choosing a provider.",
                  label if n == 5 else "Best case:", f"A longer item {n} that reads as content.", f"{fruit} only."]
    scores = [10.0 if t.startswith("Paragraph") else 3.0 if t.startswith("A longer") else -1.0 for t in texts]
    scores[1] = 300.0  # a long opening: what follows a gap is a small share of the run
    blocks = [Block(index=i, kind="paragraph", raw=t, start=0, end=len(t), text=t, words=len(t.split()))
              for i, t in enumerate(texts)]
    return blocks, scores


def test_a_section_over_labels_the_run_repeats_is_more_of_the_list() -> None:
    """A heading and a short item between two sections are no gap after the article when
    the labels just below repeat the run's ("Best case:"), though the section's words are new."""
    from newsclean.body_run import _trim_tail

    blocks, scores = _guide("Best case:")
    assert _trim_tail(scores, 0, len(blocks) - 1, blocks) == len(blocks) - 1
    blocks, scores = _guide("Something else")  # without them the same gap ends the run
    assert _trim_tail(scores, 0, len(blocks) - 1, blocks) == len(blocks) - 7


_STALLS = [("Corner Scoop", "Quiapo"), ("Blue Kettle", "Malate"), ("Lola's Kitchen", "Pasig"), ("Snow Bowl", "Makati")]


def _stall_list(after_last: list[str]) -> str:
    """A listicle under a site's menu: each stall a numbered name, a paragraph about it and
    its "Price:" and "Where:" lines; ``after_last`` follows the last stall's paragraph."""
    menu = ["Shopping", "Travel", "Entertainment", "Money", "Promos"]
    lines = [*menu, PROSE]
    for n, (name, town) in enumerate(_STALLS, start=1):
        about = PROSE.replace("committee", f"stall in {town}").replace("Monday", f"day {n}")
        lines += [f"{n}. {name}", about]
        lines += after_last if n == len(_STALLS) else [f"Price: P{80 + 10 * n}", f"Where: {town}"]
    return "\n\n".join(lines)


def test_the_last_item_keeps_the_labelled_lines_every_item_had() -> None:
    """"Price: P240" / "Where: Makati" under each item of a list: under the last one they are
    the item's too, not furniture after the article's last paragraph."""
    doc = newsclean.clean(_stall_list(["Price: From P115", "Where: Nationwide"]))
    assert "Price: From P115" in doc.text and "Where: Nationwide" in doc.text
    assert "Promos" not in doc.text  # the menu above still goes
    # A label the list's items never had is no item's line: it goes as before.
    doc = newsclean.clean(_stall_list(["Filed under: Food", "Share: Facebook"]))
    assert "Filed under" not in doc.text and "stall in Makati" in doc.text


def test_a_comment_button_the_post_goes_on_under_is_not_the_thread() -> None:
    """A newsletter post: "Leave a comment" under the article, then the post's own
    afterword, then the thread under a heading of its own with its comments' chrome."""
    after = [PROSE.replace("committee", f"sponsor {n}") for n in range(2)]
    thread = ["Discussion about this post", "Jane Roe", "Reply", "Great read, thanks.", "John Doe", "Reply",
              "I disagree with the second point.", "Reply"]
    page = "\n\n".join([*prose(5), "Leave a comment", *after, *thread])
    doc = newsclean.clean(page)
    assert "sponsor 1" in doc.text and "I disagree" not in doc.text


def _cell_table(rows: int) -> list[str]:
    """A table read out a cell per line: its column names, then each row's name and two prices."""
    cells = ["Rental Company", "Example 1", "Example 2"]
    for i in range(rows):
        cells += [f"Company {'ABCDEFGHIJ'[i]} Rentals", f"${200 + 7 * i}.{i}9", f"${310 + 11 * i}.5{i}"]
    return cells


def test_a_table_read_out_a_cell_per_line_inside_the_article_keeps_the_lead_above_it() -> None:
    menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Travel", "Opinion", "Weather", "Video"]
    picks = [f"Best for {topic}: Company {c} Rentals" for topic, c in
             (("Base Rates", "A"), ("Service", "B"), ("Locations", "C"), ("Comfort", "D"), ("Fees", "E"))]
    page = "\n".join(["Skip to content", *menu, *_prose("council", 2), *picks, "Price Comparisons", *_cell_table(8),
                      *_prose("assembly", 4), *menu, "© 2025 Example"])
    doc = newsclean.clean(page)
    assert doc.text.count("assembly") == 4
    assert doc.text.count("council") == 2  # the lead above the table is the article's
    assert "$207.19" in doc.text


def test_a_stock_ticker_over_the_article_is_no_table_of_it() -> None:
    menu = ["Home", "Markets", "Stocks", "Funds", "Retirement", "Personal Finance", "Podcasts", "About Us"]
    ticker = []
    for sym, price, change in (("ABCD", "$58.78", "-10.4%"), ("EFGH", "$83.00", "+22.6%"), ("IJKL", "$22.45", "+10.7%"),
                               ("MNOP", "$8.34", "-13.5%"), ("QRST", "$70.45", "+17.6%")):
        ticker += [sym, price, change]
    page = "\n".join(["Skip to content", *menu, *ticker, "Flood hits town", *_prose("council", 5), "© 2025 Example"])
    doc = newsclean.clean(page)
    assert doc.text.count("council") == 5
    assert "$58.78" not in doc.text


_SECTION_MENU = ["Origins", "What is coffee?", "Coffee regions of the world", "Lifecycle of coffee", "Coffee in the U.S.",
                 "Beans"]


def test_a_menu_printed_again_inside_the_article_goes_like_its_copies_outside() -> None:
    # a section's menu above the site's headline, again under the article's first paragraph, and in the footer
    page = "\n".join([_MENU, *_SECTION_MENU, "History of coffee", _long(0), *_SECTION_MENU,
                      *(_long(n) for n in range(1, 6)), *_SECTION_MENU, _FOOT])
    doc = newsclean.clean(page)
    assert "Paragraph 0:" in doc.text and "Paragraph 5:" in doc.text
    assert not any(line in doc.text.splitlines() for line in _SECTION_MENU)
    assert {r.text for r in doc.removed if r.rule == "context.menu-copy"} >= {"What is coffee?", "Lifecycle of coffee", "Beans"}


def test_a_list_printed_once_more_outside_the_article_stays() -> None:
    # a review's pros and cons, again in a summary box below the article: one copy outside is no menu
    pros = ["Pros", "Great gaming performance", "Good battery life", "Plenty of ports", "Cons", "Sub-par sound"]
    page = "\n".join([_MENU, "Best laptops", *(_long(n) for n in range(3)), *pros, *(_long(n) for n in range(3, 6)),
                      "Related Articles", "Council backs bus plan", "Bridge to close", *pros, _FOOT])
    doc = newsclean.clean(page)
    assert "Great gaming performance" in doc.text and "Plenty of ports" in doc.text
    assert not any(r.rule == "context.menu-copy" for r in doc.removed)


def test_a_breadcrumb_trail_ending_with_the_headline_goes() -> None:
    # the trail's crumbs run into the headline, which the page prints again below a byline; a
    # headline with a colon is no crumb the breadcrumb rule reads (the article's long paragraph
    # above them keeps the run from starting under the headline's second copy)
    for headline, crumbs in (("The Ten Best Tech Conferences to Attend in 2026", "Business travel resources Business travel blog"),
                             ("Graphic design vs. web design: Which program is right for you?", "Newsroom / Online learning tips /")):
        trail = f"{crumbs} {headline}"
        page = "\n".join([f"{headline} | Example", _MENU, " ".join([PROSE.replace("committee", "board")] * 3), trail, "Jane Roe", headline,
                          *(_long(n) for n in range(5)), _FOOT])
        doc = newsclean.clean(page)
        assert [r.text for r in doc.removed if r.rule == "context.crumb-trail"] == [trail]
        assert "Paragraph 4:" in doc.text


def test_a_heading_that_ends_with_the_line_below_stays() -> None:
    # a product heading over the product's name, and a numbered item: no trail of crumbs
    for heading, name in (("Best Toothpaste: Hello Vitamin C Whitening Toothpaste", "Hello Vitamin C Whitening Toothpaste"),
                          ("3. Corsair Sabre V2 Pro Mouse", "Corsair Sabre V2 Pro Mouse")):
        page = "\n\n".join([_long(0), _long(1), heading, name, _long(2), _long(3)])
        doc = newsclean.clean(page, format="text")
        assert heading in doc.text


def _plan(weeks: int) -> tuple[list[Block], list[float]]:
    """A training guide: twelve paragraphs, a gap, then a week-by-week plan of short lines
    (``weeks`` weeks of them), then a closing paragraph in words of its own."""
    texts = [f"Paragraph {n}: training for a long race takes patience, and this guide explains how each week "
             f"of the plan builds your endurance before race day number {n}." for n in range(12)]
    texts += ["Training Plan", "Start Here"]
    for w in range(1, weeks + 1):
        texts += [f"Week {w}: Build Endurance", "Monday: rest and stretch", f"Thursday: {w + 3} intervals at tempo effort"]
    texts.append("Our coaches answer questions by email every day, and members receive recipes and discounts.")
    blocks = [Block(index=i, kind="paragraph", raw=t, start=0, end=len(t), text=t, words=len(t.split()))
              for i, t in enumerate(texts)]
    scores = [30.0 if t.startswith("Paragraph") else 0.2 if ":" in t[:9] else 16.0 if t.startswith("Our") else -1.5
              for t in texts]
    return blocks, scores


def test_a_plan_as_long_as_the_article_above_it_stays_in_the_run() -> None:
    """Lines no rule claims after a gap, as long as half the article above them, are a
    section of its own (a plan, a table), not a bio or a promo: the run goes on through
    them to the closing paragraph. A short stretch after the same gap is still cut off."""
    from newsclean.body_run import _trim_tail

    blocks, scores = _plan(20)
    assert _trim_tail(scores, 0, len(blocks) - 1, blocks) == len(blocks) - 1
    blocks, scores = _plan(2)
    assert _trim_tail(scores, 0, len(blocks) - 1, blocks) == 11
    blocks, scores = _plan(20)  # the same lines, claimed by rules (a sidebar's), are no section
    for b in blocks[12:-1]:
        b.set("navigation", "navigation.menu")
    assert _trim_tail(scores, 0, len(blocks) - 1, blocks) == 11


_OFFERS = ["Save with our coupons", "Find savings that suit your car and your budget, we are proud to offer more than one way to save.",
           "Find a Coupon", "Give a Gift Card", "This is a gift that is practical, functional and unexpectedly cool.",
           "Buy a Gift Card", "Tips from the garage", "Here are some tips and advice on keeping your car running smoothly, from the experts.",
           "Read the Blog", "Contact us", "Get in touch with our team online or on the phone with your questions.", "Send Feedback"]


@pytest.mark.parametrize("above,cut", [
    (_OFFERS, True),  # a mega menu's blurbs: short lines and sentences over the headline
    (["Our garage has served the town for forty years. " + PROSE], False),  # a paragraph of the article's length
])
def test_the_run_starts_under_a_line_that_says_the_title_line_again(above: list[str], cut: bool) -> None:
    page = ["Car Maintenance Schedule | Example Garage", *_MEGA_MENU, *above, "Car Maintenance Schedule", "Home",
            "Resource Center", *(_long(n) for n in range(5)), _FOOT]
    doc = newsclean.clean("\n".join(page), format="text")
    assert "Paragraph 0:" in doc.text and "Paragraph 4:" in doc.text
    assert (above[-1] not in doc.text) is cut and (above[0] not in doc.text) is cut
    if cut:
        assert doc.metadata.title == "Car Maintenance Schedule"



_STEP = ("Step {}: weigh the flours first, then stir them together with the salt in a large bowl until no dry lumps "
         "of flour remain anywhere, and let the bowl stand covered in a warm place while the starter wakes up.")
_CARDS = [x for n in range(4) for x in (f"Offer {n}", f"Blurb {n}: find savings that suit your car and your budget, because "
                                        "we are proud to offer our customers more than one way to save on every visit.",
                                        f"Find coupon {n}")]


@pytest.mark.parametrize("above,cut", [
    (_CARDS, True),  # a mega menu's blurbs over the article's headline and byline
    ([_STEP.format(1), _STEP.format(2), "Perfect your technique", "Blog"], False),  # a recipe's steps over a card
])
def test_the_run_starts_under_a_headline_over_its_byline(above: list[str], cut: bool) -> None:
    # without a <title> line to echo, a byline marks the headline, when what is above is plainer still
    page = [*_MEGA_MENU, *above, "Easy everyday sourdough bread", "By Jane Roe", *(_long(n) for n in range(8)), _FOOT]
    doc = newsclean.clean("\n".join(page), format="text")
    assert "Paragraph 0:" in doc.text and "Paragraph 7:" in doc.text
    assert (above[1] not in doc.text) is cut


def _week_rows(plan: str, first: int = 1) -> list[str]:
    return [f"{plan} Plan", "Week Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
            *(f"{w} Rest Speed Play {30 + w} min Easy Optional Non-Impact Cardio 30 min Fast Finish {20 + w} min Rest Long Run"
              for w in range(first, first + 4))]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_plan_flattened_a_week_per_line_after_the_article_is_kept(numbered: bool) -> None:
    # a table's rows, one per line, counted by their first cell: content, however Title Case they read
    plans = [*_week_rows("Zero to 5K"), *_week_rows("5K to 10K"), *_week_rows("10K to Half")]
    if not numbered:  # the same lines, all numbered 1: a list of entries, no table's count
        plans = [("1" + p[1:]) if p[0].isdigit() else p for p in plans]
    page = [*_MEGA_MENU, *(_long(n) for n in range(6)), "Advertisement", "RELATED: Workout of the Week",
            "The training plan", *plans, _FOOT]
    doc = newsclean.clean("\n".join(page), format="text")
    assert "Paragraph 5:" in doc.text
    assert ("Rest Speed Play 33 min" in doc.text) is numbered


def test_under_the_lone_h1_a_subhead_over_the_byline_still_starts_the_article() -> None:
    # the page's one level-1 heading moves the run's start under it (the run took the breadcrumb's
    # last item over it); below it, a caption and its credit over a subhead and its byline are the
    # header's furniture too: the article starts under the subhead
    caption = "Tomato hornworms can seriously damage tomato plants, but parasitic wasps in the garden will limit the damage."
    page = ["[Facebook](https://facebook.com/x) [Instagram](https://instagram.com/x)", *(f"* [{m}](/{m})" for m in _MEGA_MENU),
            "1. How We Keep Pests Out of the Garden (Naturally!)", "# How We Keep Pests Out of the Garden", "Caption", caption, "Photo Credit", "University of Minnesota",
            "## Natural garden pest control for everyone", "Written By: Jane Roe", "February 12, 2026",
            *(_long(n) for n in range(8)), _FOOT]
    doc = newsclean.clean("\n\n".join(page), format="markdown")
    assert "Paragraph 0:" in doc.text and "Paragraph 7:" in doc.text
    assert caption not in doc.text and "Photo Credit" not in doc.text
    assert doc.metadata.title == "How We Keep Pests Out of the Garden"


_SECTIONS = ["Why the bridge is closing", "How to cross during the works", "What the shops ask for", "When the new crossing opens"]


def _sectioned(contents: list[str]) -> list[str]:
    return [*contents, *(x for n, head in enumerate(_SECTIONS) for x in (head, _long(n)))]


def test_a_contents_list_without_its_heading_goes() -> None:
    # a "Jump to" box rendered as bare lines: each entry heads a section further down, in order
    # (a line of asterisks between sections, a divider, has no words to compare)
    guide = _sectioned(_SECTIONS)
    doc = newsclean.clean("\n\n".join([*guide[:6], "*" * 80, *guide[6:]]), format="text")
    assert all(doc.text.count(head) == 1 for head in _SECTIONS)
    assert "Paragraph 0:" in doc.text and "Paragraph 3:" in doc.text
    assert {r.rule for r in doc.removed if r.text in _SECTIONS} == {"context.contents"}


@pytest.mark.parametrize("before", [
    ["This guide compares the four questions readers asked us most:"],  # the writer's list, introduced
    [],
])
def test_lines_said_again_out_of_order_or_introduced_stay(before: list[str]) -> None:
    contents = _SECTIONS if before else [_SECTIONS[2], _SECTIONS[0], _SECTIONS[3], _SECTIONS[1]]
    doc = newsclean.clean("\n\n".join([PROSE, *before, *_sectioned(contents)]), format="text")
    assert all(doc.text.count(head) == 2 for head in _SECTIONS)


_TOWNS = ["Greenville", "Lake Hartwell", "Anderson", "Clemson", "Seneca", "Easley"]


@pytest.mark.parametrize("lines,gone", [
    ([f"Homes for Sale in {t}" for t in _TOWNS], True),  # a site's index of its own pages
    ([f"Homes for Sale in {t}" for t in _TOWNS[:4]], False),  # four lines: too few to tell
    ([f'<PackageVersion Include="Acme.{t}" Version="1.0" />' for t in _TOWNS], False),  # lines of code
])
def test_an_index_of_templated_links_goes(lines: list[str], gone: bool) -> None:
    doc = newsclean.clean("\n\n".join([*STORY, *lines, STORY[3].replace("A new", "Another")]), format="text")
    assert all(p in doc.text for p in STORY)
    assert all((line not in doc.text) is gone for line in lines)
    assert ({r.rule for r in doc.removed if r.text in lines} == {"context.index-list"}) is gone


_ARTISTS = ["Julia Roe", "Mark Doe", "Anna Poe", "Lee Moe", "Sara Koe", "Tom Zoe", "Ada Loe", "Ben Voe", "Eva Noe"]


def _listicle(box: list[str], fmt: str) -> str:
    mark = "### " if fmt == "markdown" else ""
    items = [line for n, name in enumerate(_ARTISTS, 1) for line in (f"{mark}{n}. {name}", _long(n))]
    return "\n\n".join([_MENU, "Nine Photographers Who Changed Fine Art", *items[:10], *box, *items[10:], _FOOT])


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("box", [
    ["Read next", "The Women Who Made Surrealism: Twelve Painters to Know How to Start Collecting Photography"],
    ["Read next", "The Women Who Made Surrealism", "How to Start Collecting Photography on a Budget"],
])
def test_a_listicles_next_item_under_a_box_set_in_it_is_no_teaser(box: list[str], fmt: str) -> None:
    doc = newsclean.clean(_listicle(box, fmt), format=fmt)
    assert "6. Tom Zoe" in doc.text and "Paragraph 9:" in doc.text
    assert "Surrealism" not in doc.text


def test_a_boxs_own_numbered_teasers_under_a_listicle_still_go() -> None:
    box = ["Most read", "1. Council backs bus plan", "2. Bridge to close for a month", "3. Mayor quits"]
    doc = newsclean.clean(_listicle(box, "text"), format="text")
    assert "6. Tom Zoe" in doc.text
    assert "Bridge to close" not in doc.text and "Mayor quits" not in doc.text


def test_a_gallery_heading_with_no_slides_under_it_takes_no_paragraph() -> None:
    # "Before you go" heads a gallery's slides on some sites, a guide's last tips on others
    tip = "Buy a travel card at the airport: one card covers the trams, the buses and the ferry across the river."
    page = "\n\n".join([_MENU, "Three days in the old port", *(_long(n) for n in range(4)), "Before you go", tip,
                        _long(5), _FOOT])
    doc = newsclean.clean(page, format="text")
    assert tip in doc.text


def test_a_pricing_plans_premium_heading_is_no_paywall_label() -> None:
    plans = ["Free", "$0 per month", "Unlimited boards for up to ten people.", "Premium", "$10.99 per user per month",
             "Timelines, calendars and dashboards for every board."]
    page = "\n\n".join([_MENU, "Two task boards compared", *(_long(n) for n in range(3)), *plans,
                        *(_long(n) for n in range(3, 6)), _FOOT])
    doc = newsclean.clean(page, format="text")
    assert "\n\nPremium\n\n" in doc.text


def test_a_related_teaser_over_the_articles_next_subheading_still_goes() -> None:
    teaser = "Achilles Tendinitis: What You Need to Know"
    page = "\n\n".join([_MENU, "Heel pain explained", _long(1), _long(2), "Related", teaser, "Prevention", _long(3),
                        _long(4), _FOOT])
    doc = newsclean.clean(page, format="text")
    assert teaser not in doc.text
    assert "\n\nPrevention\n\n" in doc.text and "Paragraph 4:" in doc.text


def test_a_share_bar_under_a_table_of_contents_ends_it() -> None:
    entries = ["What is sales forecasting?", "Why forecasts go wrong", "How to choose a method"]
    takeaways = ["Key takeaways", "Most teams get better results by combining two methods rather than one."]
    body = [line for n, e in enumerate(entries) for line in (e, _long(n))]
    page = "\n\n".join([_MENU, "Sales forecasting explained", "Table of contents", *entries,
                        "Share this article LinkedIn X Copy link", *takeaways, *body, _FOOT])
    doc = newsclean.clean(page, format="text")
    toc = [r.text for r in doc.removed if r.rule == "navigation.toc"]
    assert "Key takeaways" not in toc and entries[0] in toc


def _two_stories(between: str = "Next article") -> str:
    return "\n\n".join([_MENU, "# Why Your Knees Hurt on the Stairs", "By Sarah Lindqvist · February 11, 2026",
                        _long(1), _long(2), between, "# Is Ten Thousand Steps a Day Really the Magic Number?",
                        "By Marcus Ortega · February 10, 2026",
                        "Ten thousand steps has become so familiar as a daily target that many people assume it "
                        "came out of a laboratory, though it was first a pedometer maker's slogan in 1965.",
                        _long(3), _FOOT])


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_the_next_story_an_endless_page_loaded_below_the_article_is_not_the_article(fmt: str) -> None:
    doc = newsclean.clean(_two_stories(), format=fmt)
    assert "Paragraph 2:" in doc.text
    assert "Ten thousand steps" not in doc.text and "Magic Number" not in doc.text
    assert doc.metadata.authors == ["Sarah Lindqvist"]


def test_two_article_elements_keep_the_first() -> None:
    def article(title: str, by: str, paras: list[str]) -> str:
        return (f'<article><h1>{title}</h1><div class="byline">{by}</div>'
                + "".join(f"<p>{p}</p>" for p in paras) + "</article>")
    page = ("<html><body><main>" + article("Why Your Knees Hurt", "By Sarah Lindqvist · February 11, 2026",
                                           [_long(1), _long(2)])
            + '<div class="divider">Next article</div>'
            + article("Is Ten Thousand Steps a Day Enough?", "By Marcus Ortega · February 10, 2026",
                      ["Ten thousand steps became a daily target decades ago, though no laboratory set it.", _long(3)])
            + "</main></body></html>")
    doc = newsclean.clean(page)
    assert "Paragraph 2:" in doc.text and "Paragraph 3:" not in doc.text
    assert doc.metadata.authors == ["Sarah Lindqvist"]


def test_the_articles_own_headline_and_byline_under_an_intro_are_no_next_story() -> None:
    # a page that prints a teaser of the story above it: the headline under it says the page's title again
    page = "\n\n".join(["Knee Pain on Stairs | Example Health", *_MENU.split("\n"), "By Sarah Lindqvist", _long(1),
                        _long(2), "Knee Pain on Stairs", "By Sarah Lindqvist", _long(3), _long(4), _FOOT])
    doc = newsclean.clean(page, format="text")
    assert "Paragraph 4:" in doc.text and "Paragraph 3:" in doc.text


def test_teaser_cards_bylines_above_the_article_make_no_next_story() -> None:
    # cards in a menu credit their stories ("by The Team" each); the article's own headline and byline follow
    cards = [line for n in range(3) for line in (f"Story card number {n}", "by The Example Team")]
    page = "\n\n".join([*_MENU.split("\n"), *cards, _long(1), _long(2), "Video Production: A Complete Guide",
                        "by Jacob Trussell—10 min read", _long(3), _long(4), _long(5), _FOOT])
    doc = newsclean.clean(page, format="text")
    assert "Paragraph 5:" in doc.text
    assert not any(r.rule == "context.next-article" for r in doc.removed)


def test_a_pager_links_story_with_its_excerpt_and_byline_is_no_article_nor_author() -> None:
    page = "\n\n".join(["# How to Build an Emergency Fund", _long(1), _long(2), "Written by Priya Raman",
                        "← Previous article", "Debt Snowball vs. Avalanche: I Ran the Real Numbers",
                        "Everyone says the avalanche method saves more money. I tested both on real budgets.",
                        "By Tom Hale · October 27, 2025"])
    doc = newsclean.clean(page, format="markdown")
    assert "Everyone says" not in doc.text
    assert "Tom Hale" not in doc.metadata.authors


def test_the_pages_author_box_under_a_pager_title_still_names_the_author() -> None:
    page = "\n\n".join([*_MENU.split("\n"), "How to file your taxes", "Written by Example Staff", _long(1), _long(2),
                        _long(3), "Previous Post", "Next Post", "Free Swaps and Taxes: What You Need to Know",
                        "Written by Lisa Greene-Lewis", "Lisa has over 20 years of experience in tax preparation.",
                        _FOOT])
    doc = newsclean.clean(page, format="text")
    assert not any(r.rule == "context.pager-teaser" for r in doc.removed)


def test_the_next_story_with_a_standfirst_under_its_headline_is_not_the_article() -> None:
    page = _two_stories().replace("By Marcus Ortega", "Where the number came from, and what the research says.\n\n"
                                  "By Marcus Ortega")
    doc = newsclean.clean(page, format="markdown")
    assert "Ten thousand steps" not in doc.text and "Paragraph 2:" in doc.text


def test_an_undated_by_heading_in_the_article_is_no_next_storys_byline() -> None:
    # "### By Functionality" heads a section of the article's own list
    page = _two_stories().replace("By Marcus Ortega · February 10, 2026", "By Functionality")
    doc = newsclean.clean(page, format="markdown")
    assert "Ten thousand steps" in doc.text


def test_short_sentences_naming_code_stay_in_the_list_below_the_intro() -> None:
    # Release notes flattened to lines: each item a short sentence, its code names capitalised
    # ("MQ033", "SARIF"), so that half its words start upper case; no menu entry ends with a full stop.
    items = ["New rule MQ051 rejects bare URLs.", "MQ033 now allows trailing colons.",
             "Bumped minimum Node.js to 20.", "Wrong column numbers with tabs.", "Cache not invalidated on config change."]
    page = "\n\n".join([_MENU, "Changelog", _long(1), *items, _FOOT])
    doc = newsclean.clean(page, format="text")
    assert all(item in doc.text for item in items)


@pytest.mark.parametrize("line", ["Ok, Got it.", "Automate compliance. Strengthen resilience."])
def test_a_button_or_a_slogan_is_no_short_sentence_of_the_list(line: str) -> None:
    from newsclean.scores import content_like

    b = Block(index=0, kind="paragraph", raw=line, start=0, end=len(line), text=line, words=len(line.split()))
    assert not content_like(b)
    assert content_like(Block(index=0, kind="paragraph", raw="Bumped minimum Node.js to 20.", start=0, end=29,
                              text="Bumped minimum Node.js to 20.", words=5))


def test_a_code_listings_line_numbers_are_the_listings() -> None:
    """"1 2 3" over a line of code is the listing's gutter, read out on a line of its own: it
    weighs nothing against the run. Not a pager's numbers over "Next", nor a lone "1"."""
    from newsclean.boxes import code_gutters

    texts = ["1 2 3", 'use stringzilla::find; let at = find("Straße", "STRASSE");', "1 2 3 4 5", "Next »", "1",
             "import stringzilla as sz", "1 2 4", "let x = 1;"]
    blocks = [Block(index=i, kind="paragraph", raw=t, start=0, end=len(t), text=t, words=len(t.split()))
              for i, t in enumerate(texts)]
    assert code_gutters(blocks) == {0}


@pytest.mark.parametrize("heading", ["Key Takeaways", "TL;DR", "In short", "## At a glance"])
def test_the_heading_of_the_summary_box_an_article_opens_with_is_the_articles(heading: str) -> None:
    menu = ["Home", "Guides", "Tools", "Pricing", "About"]
    points = ["- Most plans cost less than you think.", "- The first year is the dearest."]
    doc = newsclean.clean("\n\n".join([*menu, "# How Much Does Pet Insurance Cost?", "By Jane Roe", heading, *points,
                                       *prose(4)]))
    assert heading.lstrip("# ") in doc.text and "Most plans cost less" in doc.text and "Pricing" not in doc.text


def test_the_article_goes_on_under_a_product_card_set_between_its_paragraphs() -> None:
    card = ["Ball Wide Mouth Mason Jars, 16 oz (12-pack)", "$18.97 at Amazon", "Buy on Amazon"]
    last = "For toppings, try sliced banana and cinnamon, berries and walnuts, or a savory bowl with a fried egg."
    doc = newsclean.clean("\n\n".join(["Home", "Recipes", "Overnight oats", *prose(5), *card, last, "© 2025 Example"]))
    assert last in doc.text and "Buy on Amazon" not in doc.text


def test_a_footer_word_between_two_paragraphs_is_a_sections_heading() -> None:
    """"Accessibility" over a paragraph on accessibility is a syllabus' section; "Privacy" over
    a paragraph on something else is a stray of the footer's row."""
    paragraphs = prose(4)
    access = ("Students who need accommodations should contact Accessibility Services early in the term and "
              "bring their letter to office hours.")
    text = "\n\n".join(["STAT 2150 Syllabus", *paragraphs[:2], "Accessibility", access, "Privacy", *paragraphs[2:],
                        "Privacy Policy | Terms of Use | Contact"])
    doc = newsclean.clean(text)
    assert "\n\nAccessibility\n\n" in doc.text and "\n\nPrivacy\n\n" not in doc.text


def test_a_small_table_set_between_two_paragraphs_is_the_articles() -> None:
    """One figure a row ("Sungold Cherry 2"): too few rows for a table by their figures alone,
    but set between two of the article's paragraphs; the run goes on through them."""
    rows = ["Variety Type Keeping", "Sungold Cherry 2", "Cherokee Purple Slicer 2", "Amish Paste Paste 3",
            "Green Zebra Slicer 1", "Mystery volunteer Unknown 1"]
    before = [PROSE.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                         "Saturday", "Sunday")]
    after = "The other twenty-five plants go to the garden club sale on the tenth of May, so come and say hello."
    doc = newsclean.clean("\n\n".join(["Shop Rootbound", "Share", "Seedling season", *before, "\n".join(rows), after,
                                       "Share", "Leave a comment", "© 2025 Rootbound"]))
    assert "Mystery volunteer Unknown 1" in doc.text and after in doc.text
