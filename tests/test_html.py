"""HTML input: segmentation, DOM hints, metadata from the page, robustness."""

from __future__ import annotations

import time

import pytest
from conftest import FIXTURES

import newsclean
from newsclean import Config
from newsclean.segment_html import segment_html

ARTICLE = (FIXTURES / "html" / "article.html").read_bytes()


@pytest.fixture(scope="module")
def doc() -> newsclean.Document:
    return newsclean.clean(ARTICLE)


def removed(doc: newsclean.Document, needle: str) -> list[str]:
    return [r.category for r in doc.removed if needle in r.text]


def test_detected_as_html_and_body_kept(doc: newsclean.Document) -> None:
    assert doc.format == "html"
    assert doc.text.startswith("The water has gone down")
    assert "whatever the cost of the recovery turned out to be." in doc.text
    assert "A long recovery" in doc.text  # a sub-heading of the article stays
    assert "Drinking water is available at the school gym." in doc.text  # so do its list items


@pytest.mark.parametrize(
    ("needle", "category"),
    [
        ("Our reporting on the flood is free to read", "donation"),
        ("Bob's Boot Barn", "advertisement"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Get the morning briefing", "newsletter"),
        ("Levee inspections were delayed", "related"),
        ("Volunteers clear mud", "caption"),
        ("The bakery on Elm Street", "gallery"),
        ("River town rebuilds after the flood", "title"),
    ],
)
def test_furniture_is_removed_with_its_category(doc: newsclean.Document, needle: str, category: str) -> None:
    assert needle not in doc.text
    assert category in removed(doc, needle)


def test_sidebar_is_furniture(doc: newsclean.Document) -> None:
    assert "Council votes on the new bus routes" not in doc.text
    assert set(removed(doc, "Council votes on the new bus routes")) <= {"related", "boilerplate"}


def test_navigation_footer_and_script_text_never_reach_the_body(doc: newsclean.Document) -> None:
    for needle in ("Sport", "Opinion", "Weather", "All rights reserved", "Privacy policy", "Facebook"):
        assert needle not in doc.text
    assert "script text" not in doc.input_text  # scripts are not even visible text
    assert ".x { color" not in doc.input_text


def test_removal_spans_index_the_page_text(doc: newsclean.Document) -> None:
    assert doc.removed
    for r in doc.removed:
        assert doc.input_text[r.start : r.end] == r.text


def test_blocks_carry_dom_facts() -> None:
    page_text, blocks, _ = segment_html(ARTICLE)
    for b in blocks:
        assert page_text[b.start : b.end] == b.raw == b.text
        assert b.tag
    heading = next(b for b in blocks if b.text == "A long recovery")
    assert (heading.kind, heading.level, heading.tag) == ("heading", 2, "h2")
    items = [b for b in blocks if b.text.startswith(("Clean-up points", "Drinking water"))]
    assert [b.kind for b in items] == ["list", "list"]
    donate = next(b for b in blocks if b.text.startswith("Our reporting"))
    assert "donation" in donate.hints
    linked = next(b for b in blocks if b.text.startswith("Volunteers arrived"))
    assert ("donated supplies", "https://example.org/donations") in linked.links
    menu = next(b for b in blocks if b.text == "Sport")
    assert menu.links and menu.links[0][1] == "/sport"


def test_a_link_wrapping_a_cards_blocks_links_each_of_them() -> None:
    card = ('<li class="card"><a href="/en/boat-cruise"><span>On the water</span><h3>Lake cruises</h3>'
            "<p>An hour or a full day on board the lake's boats.</p><span>From 19 euros</span></a></li>")
    _, blocks, _ = segment_html(f"<html><body><ul>{card}</ul></body></html>")
    inside = [b for b in blocks if b.text in ("Lake cruises", "An hour or a full day on board the lake's boats.")]
    assert len(inside) == 2
    assert all(b.links and b.links[0] == (b.text, "/en/boat-cruise") for b in inside)


def test_metadata_from_json_ld_wins(doc: newsclean.Document) -> None:
    m = doc.metadata
    assert m.title == "River town rebuilds after the flood"
    assert m.authors == ["Maria Lopez", "Tom Baker"]  # @graph reference resolved; not the meta tag's name
    assert m.published is not None and m.published.startswith("2024-03-05")
    assert m.updated is not None and m.updated.startswith("2024-03-06")
    assert m.source == "The Valley Courier"
    assert m.url == "https://courier.example/news/river-town-rebuilds-after-the-flood"


def test_figure_caption_and_credit_go_to_metadata(doc: newsclean.Document) -> None:
    caps = doc.metadata.captions
    assert any(c.text.startswith("Volunteers clear mud") and c.credit and "Jane Roe" in c.credit for c in caps)
    slides = [g.caption for g in doc.metadata.gallery]
    assert any("bakery on Elm Street" in s for s in slides)
    assert any("Firefighters rescue a dog" in s for s in slides)


def test_meta_tags_when_there_is_no_json_ld() -> None:
    page = ARTICLE.split(b'<script type="application/ld+json">')[0] + ARTICLE.split(b"</script>", 1)[1]
    m = newsclean.clean(page).metadata
    assert m.authors == ["Meta Tag Author"]
    assert m.published is not None and m.published.startswith("2024-03-05")
    assert m.title == "River town rebuilds after the flood"


def test_markdown_output_keeps_structure() -> None:
    md = newsclean.clean(ARTICLE, config=Config(output="markdown")).text
    assert "## A long recovery" in md
    assert "- Drinking water is available at the school gym." in md
    assert "*a great deal*" in md
    assert "[donated supplies](https://example.org/donations)" in md
    plain = newsclean.clean(ARTICLE).text
    assert "##" not in plain and "](" not in plain and "*a great" not in plain


def test_str_and_bytes_agree_and_format_is_forced() -> None:
    a = newsclean.clean(ARTICLE)
    b = newsclean.clean(ARTICLE.decode("utf-8"), format="html")
    assert a.text == b.text
    frag = "<p>The council met on Tuesday night and agreed, after a long and heated debate, to fund the new bridge.</p>"
    assert "fund the new bridge" in newsclean.clean(frag, format="html").text


@pytest.mark.parametrize(
    ("charset", "text"),
    [("iso-8859-1", "Der Zürcher Gemeinderat hat am Montag über die neue Brücke abgestimmt."),
     ("windows-1251", "Городской совет в понедельник проголосовал за строительство нового моста.")],
)
def test_bytes_honour_the_meta_charset(charset: str, text: str) -> None:
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f"<body><article><p>{text}</p><p>{text}</p></article></body></html>"
    ).encode(charset)
    with pytest.raises(UnicodeDecodeError):
        page.decode("utf-8")  # the test means something only if UTF-8 would fail
    doc = newsclean.clean(page)
    assert text in doc.input_text


def test_broken_html_is_read() -> None:
    page = (
        "<html><body><div><p>First paragraph of the story, which is long enough to read like prose today."
        "<p>Second paragraph <b>unclosed bold and an unclosed div, still part of the story as written."
        "</html></html><p>Text after a stray end tag is still the story and must not be lost at all.</p>"
        "<script>var s = '<p>not text</p>';</script><p>Last paragraph after the script, which also counts.</p>"
    )
    doc = newsclean.clean(page)
    assert "Text after a stray end tag" in doc.input_text
    assert "Last paragraph after the script" in doc.input_text
    assert "not text" not in doc.input_text


def test_hidden_elements_are_dropped() -> None:
    page = (
        "<html><body><article><p>Visible prose of the story, long enough to count as a paragraph.</p>"
        '<p hidden>Hidden by attribute</p><p aria-hidden="true">Hidden from readers</p>'
        '<p style="display: none">Hidden by style</p><span class="sr-only">Screen reader only</span>'
        "<template><p>Template text</p></template><noscript>Enable JavaScript</noscript>"
        "</article></body></html>"
    )
    text = segment_html(page)[0]
    assert "Visible prose" in text
    for hidden in ("Hidden by attribute", "Hidden from readers", "Hidden by style", "Screen reader", "Template",
                   "Enable JavaScript"):
        assert hidden not in text


def test_what_a_page_keeps_off_paper_is_on_screen_and_no_article() -> None:
    # "hidden-print" (Bootstrap), "print:hidden" (Tailwind): hidden only when printed. Such an
    # element is furniture (an ad's box), but an article written inside one is still read.
    paras = [f"<p>Paragraph {n} of the council story, long enough to read as the article's prose, "
             "with the vote, the budget and the buses that residents have waited for.</p>" for n in range(1, 5)]
    ad = '<div class="flex print:hidden"><p>Advertising helps us. Policy</p></div>'
    page = f'<html><body><article><div class="article hidden-print">{"".join(paras)}</div>{ad}</article></body></html>'
    doc = newsclean.clean(page)
    assert all(f"Paragraph {n} of the council story" in doc.text for n in range(1, 5))
    assert "Advertising helps us" not in doc.text


def test_a_collapsed_accordion_panel_is_the_page_text() -> None:
    # WAI-ARIA's accordion: the panel is a region labelled by its button, hidden until the reader opens it.
    page = ('<html><body><p>Visible prose of the story.</p><h3><button id="q1">How long does it take?</button></h3>'
            '<div role="region" aria-labelledby="q1" style="display:none"><p>About three days.</p></div>'
            '<div role="region" aria-labelledby="m1" class="sub-menu" hidden><p>Menu entry</p></div>'
            '<div role="region" style="display:none"><p>Unlabelled region</p></div></body></html>')
    text = segment_html(page)[0]
    assert "About three days." in text
    assert "Menu entry" not in text and "Unlabelled region" not in text


def test_react_streamed_segments_are_shown() -> None:
    # React streams late parts of a page into <div hidden id="S:n">, n in hex, and shows them once loaded.
    page = ('<html><body><p>Visible prose of the story.</p><div hidden id="S:0"><p>Segment zero</p></div>'
            '<div hidden id="S:1f"><p>Segment thirty-one</p></div><div hidden id="Sx:1"><p>Not a segment</p></div>'
            "</body></html>")
    text = segment_html(page)[0]
    assert "Segment zero" in text and "Segment thirty-one" in text
    assert "Not a segment" not in text


def test_deep_nesting_does_not_recurse() -> None:
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "<p>Deep inside the page a sentence waits to be read by someone.</p>" + (
        "</div>" * depth) + "<p>After the deep part comes another sentence of ordinary prose.</p></body></html>"
    start = time.monotonic()
    doc = newsclean.clean(page)
    assert time.monotonic() - start < 30
    assert "Deep inside the page" in doc.input_text
    assert "After the deep part" in doc.input_text


def test_many_attributes_are_cheap() -> None:
    attrs = " ".join(f'data-a{i}="{i}"' for i in range(100_000))
    page = f"<html><body><article><p {attrs}>A paragraph with a great many attributes is still a paragraph.</p></article></body></html>"
    start = time.monotonic()
    text = segment_html(page)[0]
    assert time.monotonic() - start < 5
    assert "A paragraph with a great many attributes" in text


def test_empty_and_textless_pages() -> None:
    for page in ("<html></html>", "<html><body><script>x()</script></body></html>", "<!doctype html>"):
        doc = newsclean.clean(page, format="html")
        assert doc.text == ""
        assert doc.format == "html"


# Publication date: the markup's date against the date the page shows.
_PROSE = "<p>" + "The council met on a wet evening and agreed, after a long debate, to rebuild the bridge. " * 3 + "</p>"


def _dated(head: str, meta: str = "", body: str = _PROSE) -> str:
    return (
        f"<html><head><title>Bridge</title>{meta}</head><body><article><h1>Council rebuilds the bridge</h1>"
        f"{head}{body}{body}</article></body></html>"
    )


_LD = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-01-02T10:00:00Z"}</script>'


def test_shown_header_date_beats_an_unshown_structured_date() -> None:
    m = newsclean.clean(_dated('<p class="date">March 4, 2024</p>', _LD)).metadata
    assert m.published is not None and m.published.startswith("2024-03-04")


def test_shown_update_line_does_not_replace_the_structured_date() -> None:
    m = newsclean.clean(_dated("<p>Updated on March 4, 2024</p>", _LD)).metadata
    assert m.published is not None and m.published.startswith("2019-01-02")


def test_structured_date_that_the_page_shows_stays() -> None:
    head = '<p class="date">March 4, 2024</p><p>First published January 2, 2019</p>'
    m = newsclean.clean(_dated(head, _LD)).metadata
    assert m.published is not None and m.published.startswith("2019-01-02")


def test_date_from_an_unlisted_publication_meta_key_and_from_the_url() -> None:
    meta = '<meta name="w-published-date" content="2021-02-16"><meta name="modified-time" content="2026-01-01">'
    m = newsclean.clean(_dated("", meta)).metadata
    assert m.published is not None and m.published.startswith("2021-02-16")
    m = newsclean.clean(_dated(""), url="https://example.com/2023/07/09/bridge").metadata
    assert m.published == "2023-07-09"
    m = newsclean.clean(_dated("", '<meta property="article:modified_time" content="2022-05-06T10:00:00Z">')).metadata
    assert m.published is not None and m.published.startswith("2022-05-06")  # a modified date beats none


# DOM signals for the article's container.
_PARA = "<p>" + "The river rose overnight and the town woke to water in its streets, so the volunteers came. " * 2 + "</p>"
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _paras(n: int) -> str:
    """n paragraphs like _PARA, each its own (the same paragraph again reads as a second copy)."""
    return "".join(_PARA.replace("overnight", f"on {day}") for day in _DAYS[:n])


def test_a_hidden_label_modifier_does_not_hide_its_field() -> None:
    page = (
        '<html><body><nav><a href="/">Home</a></nav><article><h1>Flood</h1>'
        f'<div class="field field--name-body field--label-visually-hidden">{_PARA * 3}</div></article></body></html>'
    )
    doc = newsclean.clean(page)
    assert "volunteers came" in doc.text
    hidden = '<html><body><article><h1>Flood</h1><span class="visually-hidden">Skip this</span>' + _PARA * 3
    assert "Skip this" not in newsclean.clean(hidden + "</article></body></html>").input_text


def test_a_layout_modifier_is_not_furniture() -> None:
    from newsclean.segment_html import element_category, hint_words

    assert element_category("main-wrap has-rail-right", None, hint_words("main-wrap has-rail-right")) == ""
    assert element_category("right-rail", None, hint_words("right-rail")) == "boilerplate"
    assert element_category("no-sidebar entry-content", None, hint_words("no-sidebar entry-content")) == "content"
    # a heading kept out of the table of contents is no table of contents
    assert element_category("row-item hide-from-toc", None, hint_words("row-item hide-from-toc")) == ""
    assert element_category("widget exclude_from_toc", None, hint_words("widget exclude_from_toc")) == ""
    assert element_category("ez-toc-list", None, hint_words("ez-toc-list")) == "navigation"
    # a feature switched on or off on the element ("sharing-enabled") is not what the element is
    assert element_category("post sharing-enabled", None, hint_words("post sharing-enabled")) == ""
    assert element_category("sharing-buttons", None, hint_words("sharing-buttons")) == "share"


def test_a_long_paragraph_with_a_glued_link_is_still_prose() -> None:
    from newsclean.revise_html import block_score

    long_text = "The council met and agreed to rebuild the old bridge. " * 12 + "Read in browser »"
    blocks = segment_html(f"<html><body><p>{long_text}</p></body></html>")[1]
    from newsclean import features

    features.annotate(blocks, features.detect_language(blocks))
    assert not blocks[0].prose
    assert block_score(blocks[0]) >= 60


def test_an_index_of_long_rows_below_a_short_intro_is_the_article() -> None:
    """A catalogue's index: two paragraphs, then rows of many words that are no sentences and
    hardly links, in their own element. They are the page's content, not its furniture; a
    menu of the same words as links is not."""
    rows = "".join(
        f"<p>Section {n} - <a href='/s{n}.pdf'>Open</a> Pages 1-76 - Hinges Pages 77-174 - Rings, Folding and Paddle"
        f" Handles Pages 175-206 - Lock Cylinders, Rods and Accessories Pages 207-284 - Latches and Gas Springs"
        f" Pages 285-320 - Trims, Gaskets and Weatherstrip</p>"
        for n in range(1, 9)
    )
    intro = "<p>We have split our catalogue into sections to make it easier to find what you need today.</p>" * 2
    menu = "".join(f"<li><a href='/c{n}'>Hinges Latches Gas Springs Trims Gaskets</a></li>" for n in range(8))
    page = (f"<html><body><nav><ul>{menu}</ul></nav><div class='page'><h1>Hardware catalogue</h1>"
            f"<div class='intro'>{intro}</div><div class='sections'>{rows}</div></div>"
            "<footer><p>Call us</p></footer></body></html>")
    doc = newsclean.clean(page)
    assert doc.text.count("Section ") == 8
    assert "split our catalogue" in doc.text
    assert "Call us" not in doc.text
    assert "Hinges Latches Gas Springs" not in doc.text


def test_a_short_list_the_article_introduces_stays_with_it() -> None:
    """Items of a few words under the article's sentence ending in ":" are its list, beside
    its paragraph's element; a menu of short link lines is not."""
    para = "<p>" + "A good safety program requires proper screening of renters and a clear process at the counter. " * 3 + "</p>"
    items = "".join(f"<li>{t}</li>" for t in (
        "Procedures at the rental counter", "Steps for vehicle rentals", "Practices for international drivers",
        "Reporting losses"))
    menu = "".join(f"<li><a href='/m{n}'>Rental steps {n}</a></li>" for n in range(6))
    page = (f"<html><body><nav><ul>{menu}</ul></nav><h1>Best practices</h1><div class='wrap'><div class='text'>{para}</div>"
            f"<p>Key topics discussed in the guide include:</p><ul>{items}</ul></div>"
            "<footer><p>Call us</p></footer></body></html>")
    doc = newsclean.clean(page)
    assert "guide include:" in doc.text
    assert "- Reporting losses" in doc.text and "- Procedures at the rental counter" in doc.text
    assert "Rental steps" not in doc.text and "Call us" not in doc.text


def _cards(n: int) -> str:
    return "".join(
        f"<h3>Guide {k}: desk height</h3><p>Five quick steps to set up desk number {k} for comfort.</p>"
        f"<a href='/guide{k}'>LEARN MORE</a>" for k in range(n))


def test_teaser_cards_under_the_article_go_as_related() -> None:
    """Cards of a title, a blurb and the same button, a few blocks apart, below the article's
    prose inside its element: recirculation. Where they are all the page has, they stay."""
    page = f"<html><body><article><h1>Set up your desk</h1>{_paras(4)}{_cards(4)}</article></body></html>"
    doc = newsclean.clean(page)
    assert "volunteers came" in doc.text
    assert "desk number" not in doc.text and "LEARN MORE" not in doc.text
    assert sum(r.rule == "dom.cards" for r in doc.removed) == 12
    listing = f"<html><body><article><h1>Our guides</h1><p>All of our guides.</p>{_cards(4)}</article></body></html>"
    assert not any(r.rule == "dom.cards" for r in newsclean.clean(listing).removed)
    # a button that also stands under the page's other entries is the page's own
    mixed = (f"<html><body><article><h1>Set up your desk</h1>{_paras(4)}{_cards(1)}{_paras(2)}{_cards(3)}"
             "</article></body></html>")
    assert not any(r.rule == "dom.cards" for r in newsclean.clean(mixed).removed)


def test_entries_whose_button_leads_within_the_page_are_no_teaser_cards() -> None:
    """A summary of picks over a buying guide: each entry's "Jump to Review" goes to its review
    further down the same page, so the entries are the article's, not recirculation."""
    picks = "".join(
        f"<h3>Best desk {k}: the Model {k}</h3><p>Model {k} at Example Store for ${k}99.</p>"
        f"<a href='#review-{k}'>Jump to Review</a>" for k in range(4))
    page = f"<html><body><article><h1>Best desks</h1>{_paras(4)}{picks}</article></body></html>"
    doc = newsclean.clean(page)
    assert not any(r.rule == "dom.cards" for r in doc.removed)
    assert "the Model 2" in doc.text


def test_flat_markup_article_is_the_best_run_not_one_paragraph() -> None:
    comments = "".join(
        f'<div class="comment"><p>{"I really liked this piece and shared it with my friends today. " * 4}</p></div>'
        for _ in range(20)
    )
    paras = "".join(f"<p>Paragraph {i}: " + "The river rose overnight and the town woke to water. " * 6 + "</p>" for i in range(8))
    page = f'<html><body><div class="wrap"><h1>Flood</h1>{paras}{comments}</div></body></html>'
    doc = newsclean.clean(page)
    assert "Paragraph 0:" in doc.text and "Paragraph 7:" in doc.text
    assert "shared it with my friends" not in doc.text


def test_aem_component_prefix_is_not_a_consent_banner() -> None:
    from newsclean.segment_html import element_category, hint_words

    assert element_category("cmp-text", None, hint_words("cmp-text")) == ""
    assert element_category("cmp-banner", None, hint_words("cmp-banner")) == "legal"


def test_a_call_to_action_button_is_chrome() -> None:
    page = (
        f"<html><body><article><h1>Flood</h1>{_PARA * 4}"
        '<div class="wp-block-button"><a class="btn" href="/quote">Get a free quote today</a></div>'
        "</article></body></html>"
    )
    doc = newsclean.clean(page)
    assert "volunteers came" in doc.text
    assert "Get a free quote" not in doc.text
    assert "chrome" in removed(doc, "Get a free quote")


def test_a_checklist_of_word_items_is_the_article_not_furniture() -> None:
    items = "".join(
        f"<li>Step {n}: book the caterer and review the menus with your planner early</li>" for n in range(40)
    )
    page = (
        '<html><body><nav><a href="/">Home</a> <a href="/a">Venues</a></nav>'
        f"<h1>Wedding checklist</h1>{_PARA}"
        f'<div class="body">{_PARA}<h3>Twelve months before</h3><ul>{items}</ul></div></body></html>'
    )
    doc = newsclean.clean(page)
    assert "Step 3: book the caterer" in doc.text
    assert "Step 39: book the caterer" in doc.text
    assert "Venues" not in doc.text


def test_a_link_list_the_article_introduces_stays() -> None:
    links = "".join(f'<li><a href="/p{n}">Patch {n} adds support for packed structs</a></li>' for n in range(4))
    page = (
        f"<html><body><article><h1>Progress report</h1>{_PARA}"
        f"<p>Many patches were sent for review this month:</p><ul>{links}</ul>{_PARA * 2}</article></body></html>"
    )
    doc = newsclean.clean(page)
    assert "Patch 2 adds support for packed structs" in doc.text


def test_a_list_of_links_to_other_sites_is_the_article_own() -> None:
    # Gear the review names, linked to its makers' sites: the article's list. Links to the site's own pages:
    # its other articles.
    gear = "".join(f'<li><a href="https://maker{n}.example.net/p">Maker {n} rain jacket</a></li>' for n in range(4))
    own = "".join(f'<li><a href="https://www.valley.example.com/s{n}">Story {n} of the valley</a></li>' for n in range(4))
    page = (f"<html><body><article><h1>Packing for the hills</h1>{_PARA}<ul>{gear}</ul>{_PARA}<ul>{own}</ul>"
            f"{_PARA}</article></body></html>")
    doc = newsclean.clean(page, url="https://news.valley.example.com/packing")
    assert "Maker 2 rain jacket" in doc.text
    assert "Story 2 of the valley" not in doc.text


def test_an_article_in_like_sections_is_all_of_them() -> None:
    links = "".join(f'<li><a href="/c{n}">Commit {n} fixes the build on arm</a></li>' for n in range(40))
    first = "<p>" + "The first section explains what the backend is and why it matters to users. " * 2 + "</p>"
    page = (
        '<html><body><nav><a href="/">Home</a></nav><h1>Progress report</h1><div class="content">'
        f'<div class="sect1"><h2>What is it?</h2>{first}{_PARA}</div>'
        f'<div class="sect1"><h2>Changes</h2><ul>{links}</ul></div>'
        f'<div class="sect1"><h2>State</h2>{_PARA * 3}</div></div></body></html>'
    )
    doc = newsclean.clean(page)
    assert "volunteers came" in doc.text
    assert "The first section explains" in doc.text


def test_a_catalogue_is_every_entry_not_the_longest() -> None:
    intro = "Explore our growing collection of courses on web design, each written by people who build the web. " * 2
    cards = "".join(
        f'<div class="card card-{n + 1}"><div class="card-inner"><h3><a href="/c{n}">Learn topic {n}</a></h3>'
        f'<div class="blurb">A course for those new to topic {n}, from the basics to the details.</div>'
        f'<div class="button"><a href="/s{n}">Start course</a></div></div></div>'
        for n in range(8)
    )
    page = (
        '<html><body><nav><a href="/">Home</a></nav><h1>Courses</h1><div class="catalogue">'
        f'<div class="card card-0"><div class="card-inner"><div class="blurb">{intro}</div></div></div>{cards}'
        "</div></body></html>"
    )
    doc = newsclean.clean(page)
    assert "Explore our growing collection" in doc.text
    assert "new to topic 5, from the basics" in doc.text


def test_prose_marked_for_the_table_of_contents_is_the_article() -> None:
    toc = '<div class="toc"><ul>' + "".join(f'<li><a href="#s{n}">Section {n} of the guide</a></li>' for n in range(5)) + "</ul></div>"
    paras = "".join(f'<div class="toc-para">{_PARA} It was day {n} of the drive.</div>' for n in range(3))  # three, not one thrice
    page = f"<html><body><h1>Forming a company</h1>{toc}{paras}</body></html>"
    doc = newsclean.clean(page)
    assert doc.text.count("volunteers came") == 6
    assert "Section 3 of the guide" not in doc.text


_SEO_LD = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge news 2024 | Top 10 updates"}</script>'


def test_the_one_visible_h1_is_the_title_over_structured_data() -> None:
    m = newsclean.clean(_dated("", _SEO_LD)).metadata
    assert m.title == "Council rebuilds the bridge"


def test_several_h1s_leave_the_title_to_structured_data() -> None:
    page = _dated("", _SEO_LD).replace("<body>", "<body><h1>Valley Courier</h1>")
    assert newsclean.clean(page).metadata.title == "Bridge news 2024 | Top 10 updates"


def test_what_no_name_holds_is_never_an_author() -> None:
    """An author element's own <style>, a template's unfilled key, an account number and a
    label before the name are not names; a user name may be one."""
    def authors(head: str = "", byline: str = "") -> list[str]:
        page = f"<html><head>{head}</head><body><h1>Day eighteen</h1>{byline}{_PARA * 2}</body></html>"
        return newsclean.clean(page).metadata.authors

    styled = ('<div itemprop="author" itemscope><style>.css-1{align-self:flex-start;flex-shrink:0}</style>'
              '<span>Trevor Jackins</span></div>')
    assert authors(byline=styled) == ["Trevor Jackins"]
    labelled = '<div itemprop="author" itemscope>Written By: <a href="/tom">Tom May</a></div>'
    assert authors(byline=labelled) == ["Tom May"]
    assert authors('<meta name="author" content="page.head.extra.author">') == []
    assert authors('<meta property="article:author" content="262588213843476">') == []
    assert authors('<meta name="author" content="sara.r.peter">') == ["sara.r.peter"]
    assert authors('<meta name="author" content="By: Jane Roe">') == ["Jane Roe"]
    # microdata: a Person's itemprop="name", not the whole bio box around it
    box = ('<div itemprop="author" itemscope><span itemprop="name">Cara Dumaplin</span> RN, BSN. I am a mom of'
           ' four, a neonatal nurse and a sleep consultant.</div>')
    assert authors(byline=box) == ["Cara Dumaplin"]
    card = '<div itemprop="author" itemscope><meta itemprop="name" content="Emma Ryan"><b>Emma Ryan</b> Writer</div>'
    assert authors(byline=card) == ["Emma Ryan"]


def test_a_utc_date_is_stated_in_the_pages_own_zone() -> None:
    """Meta tags in UTC, <time> stamps in the site's zone: the same instant, on the page's day."""
    def published(times: str) -> str | None:
        head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
        page = f"<html><head>{head}</head><body><h1>Day eighteen</h1>{_PARA * 2}<p>{times}</p></body></html>"
        return newsclean.clean(page).metadata.published

    stamp = '<time datetime="2025-12-18T22:58:18{}">Dec 18</time> '
    assert published(stamp.format("-05:00") * 2) == "2025-12-18T21:41-05:00"
    assert published(stamp.format("-0500")) == "2025-12-18T21:41-05:00"
    assert published(stamp.format("-05:00") + stamp.format("-04:00")) == "2025-12-19T02:41+00:00"  # zones disagree
    assert published(stamp.format("+00:00")) == "2025-12-19T02:41+00:00"
    assert published("no stamps") == "2025-12-19T02:41+00:00"


def test_a_stated_title_loses_the_site_name_glued_to_it() -> None:
    """og:title is often the <title>: "Headline | Site". The URL's site is cut off, at the
    end or spelled alone at the start; a leading part that holds the name and more (an
    issue's name) is the headline's."""
    def title(stated: str, url: str = "https://www.valleycourier.com/news/bridge") -> str | None:
        head = f'<meta property="og:title" content="{stated}">'
        page = f"<html><head>{head}</head><body><h2>News</h2><h2>Bridge</h2>{_PARA * 3}</body></html>"
        return newsclean.clean(page, url=url).metadata.title

    assert title("Council rebuilds the bridge | Valley Courier") == "Council rebuilds the bridge"
    assert title("Council rebuilds the bridge — The Valley Courier") == "Council rebuilds the bridge"
    assert title("Valley Courier: Council rebuilds the bridge") == "Council rebuilds the bridge"
    assert title("Valley Courier Weekly #18 – Council rebuilds the bridge") == (
        "Valley Courier Weekly #18 – Council rebuilds the bridge")
    assert title("Council rebuilds the bridge | Top 10 updates") == "Council rebuilds the bridge | Top 10 updates"
    assert title("Council rebuilds the bridge | Valley Courier", url="") == "Council rebuilds the bridge | Valley Courier"
    # the name the page states for itself (og:site_name), when the URL's host does not spell it
    def named(site: str) -> str | None:
        head = (f'<meta property="og:title" content="Council rebuilds the bridge - The Harbour Gazette">'
                f'<meta property="og:site_name" content="{site}">')
        page = f"<html><head>{head}</head><body><h2>News</h2><h2>Bridge</h2>{_PARA * 3}</body></html>"
        return newsclean.clean(page, url="https://thg.example.org/a").metadata.title

    assert named("The Harbour Gazette") == "Council rebuilds the bridge"
    assert named("Harbour Weekly") == "Council rebuilds the bridge - The Harbour Gazette"


def test_an_id_made_from_a_heading_names_no_furniture() -> None:
    def page(section: str) -> str:
        return (f'<html><body><nav><a href="/">Home</a></nav><article><h1>Shopping online</h1>{_PARA * 2}'
                f'{section}{_PARA * 2}</article></body></html>')

    # "social" in a heading's anchor is no share bar, "popular" in a section's no list of popular stories
    heading = '<h2 id="h-what-is-social-shopping">What is Social Shopping?</h2>'
    assert "What is Social Shopping?" in newsclean.clean(page(heading)).text
    shops = "<p>Most of the town buys its groceries online now, and the shops deliver them within the day.</p>"
    section = f'<div id="how-popular-are-online-shops-today"><h2>How popular are online shops today?</h2>{shops}</div>'
    assert "Most of the town buys" in newsclean.clean(page(section)).text
    # a section named for what it is keeps its category, whatever its heading says
    links = "".join(f'<li><a href="/s{n}">Story number {n} about the flood</a></li>' for n in range(4))
    related = f'<div class="you-might-also-like"><h3>You might also like</h3><ul>{links}</ul></div>'
    assert "Story number 2" not in newsclean.clean(page(related)).text


def test_footnotes_are_not_the_article() -> None:
    notes = ('<section class="footnotes"><ol><li id="fn1"><p>Roe J. Floods of the valley, 1998. Valley Press.</p></li>'
             '<li id="fn2"><p>Doe A. River levels in spring. Journal of Rivers 4, 2001.</p></li></ol></section>')
    page = f"<html><body><article><h1>Flood</h1>{_PARA * 3}{notes}</article></body></html>"
    doc = newsclean.clean(page)
    assert "volunteers came" in doc.text and "Floods of the valley" not in doc.text
    cited = '<div class="citations"><p>Roe J. Floods of the valley, 1998. Valley Press, pages 10 to 24.</p></div>'
    box = '<div class="saboxplugin-wrap"><p>Jane Roe has covered the valley for the Courier since 2009.</p></div>'
    doc = newsclean.clean(f"<html><body><article><h1>Flood</h1>{_PARA * 3}{cited}{box}</article></body></html>")
    assert "Floods of the valley" not in doc.text and "covered the valley" not in doc.text


def test_a_long_index_of_links_inside_the_article_does_not_sink_it() -> None:
    towns = "".join(f'<li><a href="/movers/town-{n}">Town {n} movers</a></li>' for n in range(400))
    first = "<p>" + "Movers in the valley charge by the hour, and the rates rose this spring for most firms. " * 2 + "</p>"
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Valley movers</h1>{first * 3}"
            f"<ul>{towns}</ul>{_PARA * 3}</article></body></html>")
    doc = newsclean.clean(page)
    assert "rates rose this spring" in doc.text and "volunteers came" in doc.text
    assert "Town 17 movers" not in doc.text


def test_a_long_line_of_nothing_but_links_joins_a_run_of_related_links() -> None:
    tags = " ".join(f'<a href="/topic/{n}">topic number {n}</a>' for n in range(12))
    page = (f"<html><body><article><h1>Flood</h1>{_PARA * 3}<p>You are looking for: {tags}</p>"
            '<p><a href="/checklists">Relaunch checklists</a> and <a href="/guides">guides</a></p></article></body></html>')
    doc = newsclean.clean(page)
    assert "volunteers came" in doc.text
    assert "topic number 7" not in doc.text and "Relaunch checklists" not in doc.text


def test_a_topic_word_in_a_class_is_no_ad_slot() -> None:
    # "commercial" names the topic (commercial cleaning, commercial insurance) more often than an ad slot
    page = (f'<html><body><article><h1>Cleaning offices</h1>{_PARA * 2}<div class="commercial-cleaning tips">'
            "<p>Most offices book a deep clean twice a year, and the contracts run for three years.</p></div>"
            f"{_PARA}</article></body></html>")
    assert "deep clean twice a year" in newsclean.clean(page).text


def test_the_lone_h1_is_the_headline_not_a_heading_further_down() -> None:
    menu = "".join(f'<li><a href="/s{n}">Section {n} of the site</a></li>' for n in range(60))
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar".split()
    footer = "".join(f"<h3>Links for {a} and {b}</h3>" for a in words[:7] for b in words[7:])  # 56 distinct headings
    tops = "".join(f"<h4>Top story number {n} today</h4>" for n in range(3))
    page = (f"<html><body><nav><ul>{menu}</ul></nav>{tops}<article><h1>Diet trends of the year, according to experts</h1>"
            f"{_PARA}<h2>What are the biggest diet trends this year?</h2>{_paras(3)}</article>"
            f"<footer>{footer}</footer></body></html>")
    doc = newsclean.clean(page, url="https://example.com/diet-trends")
    assert "What are the biggest diet trends this year?" in doc.text
    assert "Diet trends of the year" not in doc.text


def test_an_author_box_heading_adds_no_about_name() -> None:
    para = "<p>" + "The harbour ferries will keep running through the winter, the council said on Tuesday. " * 3 + "</p>"
    page = ("<html><head><title>Ferries run all winter</title></head><body><article><h1>Ferries Will Run All Winter</h1>"
            '<p class="byline">By Ada Stone</p>' + para * 4 + '<div class="author-box"><h4>About Ada Stone</h4>'
            "<p>Ada Stone is a transport reporter. She has covered the harbour since 2019.</p></div></article></body></html>")
    assert newsclean.clean(page).metadata.authors == ["Ada Stone"]


def _story(n: int) -> str:
    return f"<p>Story {n}: " + "The river rose overnight and the town woke to water in its streets. " * 4 + "</p>"


_TEASERS = "".join(
    f'<h3><a href="/t{n}">Teaser headline number {n}</a></h3>'
    f"<p>Teaser {n}: the mayor's office said on Friday that the new budget would fund two more schools next year.</p>"
    for n in range(12)
)


def test_a_related_heading_in_flat_markup_ends_the_article() -> None:
    # Article, "Related Articles" heading and the site's teasers all in one element: the teasers are no article.
    page = f'<html><body><div class="wrap"><h1>Flood</h1>{"".join(_story(n) for n in range(6))}<h2>Related Articles</h2>{_TEASERS}</div></body></html>'
    doc = newsclean.clean(page)
    assert "Story 0:" in doc.text and "Story 5:" in doc.text
    assert "Teaser 3:" not in doc.text
    assert any(r.rule == "dom.outside-article" and "Teaser 3:" in r.text for r in doc.removed)


def test_a_related_box_inside_the_article_element_does_not_end_it() -> None:
    box = '<div><h2>Related Articles</h2><ul><li><a href="/a">Other flood</a></li><li><a href="/b">Bridge</a></li></ul></div>'
    body = "".join(_story(n) for n in range(5)) + box + "".join(_story(n) for n in range(5, 9))
    page = f'<html><body><div class="wrap"><h1>Flood</h1><div class="story">{body}</div>{_TEASERS}</div></body></html>'
    doc = newsclean.clean(page)
    assert "Story 0:" in doc.text and "Story 8:" in doc.text


def test_a_related_box_between_like_sections_does_not_end_the_article() -> None:
    first = '<div class="rich-text">' + "".join(_story(n) for n in range(5)) + "</div>"
    second = '<div class="rich-text">' + "".join(_story(n) for n in range(5, 9)) + "</div>"
    box = '<div class="callout"><h2>Related Articles</h2><p><a href="/a">Other flood</a></p></div>'
    page = f'<html><body><div class="wrap"><h1>Flood</h1>{first}{box}{second}{_TEASERS}</div></body></html>'
    doc = newsclean.clean(page)
    assert "Story 0:" in doc.text and "Story 8:" in doc.text


_NOTA = [
    "La Legislatura porteña aprobó este jueves, tras una sesión que se extendió durante más de siete horas y con 34 "
    "votos a favor y 25 en contra, el nuevo cuadro tarifario del subte, que regirá desde el primer día hábil de enero "
    "y que fue propuesto por el Ejecutivo en octubre.",
    "El boleto del subte costará 1.540 pesos a partir del 2 de enero, lo que representa un aumento del 38% respecto "
    "de la tarifa actual, según la resolución aprobada este jueves por la Legislatura tras una larga sesión.",
    "El nuevo cuadro tarifario mantiene el esquema de descuentos por frecuencia de uso: quienes realicen entre 21 y "
    "30 viajes mensuales pagarán un 20% menos por cada boleto, y desde el viaje 31 la rebaja llegará al 30%.",
    "Desde el Gobierno defendieron la medida como necesaria para sostener el servicio, que hoy cubre con la tarifa "
    "apenas un tercio de lo que cuesta operarlo, y advirtieron que sin ella habría que recortar frecuencias.",
    "La oposición cuestionó el aumento y advirtió que golpeará a los sectores que más dependen del transporte "
    "público; el bloque había propuesto un incremento escalonado en tres tramos, que fue rechazado en el recinto.",
    "Según el plan presentado por la empresa estatal, parte de lo recaudado se destinará a renovar la flota de la "
    "línea B y a extender la línea H hacia el norte, una obra que lleva años demorada por falta de fondos.",
]


def test_a_related_box_in_the_articles_own_element_does_not_end_it() -> None:
    # The element that holds the article is the one the box sits in (no element of the article's
    # own below it): the box is an element of its own, heading and teaser, and the story goes on after it.
    box = ('<div class="te-puede-interesar"><p class="tpi-title">Te puede interesar</p>'
           '<a href="/colectivos"><span>Colectivos: cuánto costará el boleto mínimo desde enero</span></a></div>')
    paragraphs = [f"<p>{p}</p>" for p in _NOTA]
    page = ('<html><body><header><nav><a href="/">Inicio</a> <a href="/politica">Política</a></nav></header>'
            '<main><article><header><h1>El subte aumenta un 38% desde enero</h1>'
            '<h2 class="bajada">La Legislatura aprobó el nuevo cuadro tarifario.</h2>'
            '<div class="entry-data"><a href="/autor/martin-acosta" class="author-name">Martín Acosta</a>'
            '<span class="date">04/12/2026 14:03</span></div></header>'
            '<figure><img src="/subte.jpg" alt="Pasajeros en la estación"><figcaption>Pasajeros en la estación. '
            'Foto: Juano Tesone</figcaption></figure><div class="body-nota">'
            + "".join(paragraphs[:4]) + box + "".join(paragraphs[4:]) + '</div>'
            '<section class="comments"><h3>Comentarios</h3><p>Ricardo M. hace 3 horas</p>'
            '<p>Y el servicio sigue siendo cada vez peor.</p></section></article></main>'
            '<footer><p>Copyright 1996-2026 Example - All rights reserved</p></footer></body></html>')
    doc = newsclean.clean(page)
    assert all(p in doc.text for p in _NOTA)
    assert "Colectivos: cuánto costará" not in doc.text
    assert "Y el servicio sigue" not in doc.text


def test_a_comments_box_in_flat_markup_ends_the_article() -> None:
    teasers = "".join(
        f'<p><a href="/t{n}">Teaser headline number {n}</a></p><p>December 19, 2025</p>'
        f"<p>Teaser {n}: THE SALVATION ARMY continued its long-standing tradition of community outreach with the "
        "distribution of hampers to families across the island this week, officials said.</p>"
        for n in range(8)
    )
    story = "".join(_story(n) for n in range(4))
    page = f'<html><body><div class="wrap"><h1>Flood</h1>{story}<div class="comments"><h3>Comments</h3></div>{teasers}</div></body></html>'
    doc = newsclean.clean(page)
    assert "Story 0:" in doc.text and "Story 3:" in doc.text
    assert "Teaser 3:" not in doc.text


def test_a_tooltip_inside_a_sentence_is_not_the_page_text() -> None:
    tip = ('<span class="term"><dfn>search engine</dfn><span class="term-tooltip"><strong>Search Engine</strong><br/>'
           'A search engine is a website through which users search content.<br/><a class="button" href="/g">Learn more</a>'
           "</span></span>")
    sentence = f"<p>Video results were the fastest-growing {tip} result type in our annual report on search.</p>"
    page = f'<html><body class="wvs-tooltip"><article><h1>Search trends</h1>{_PARA}{sentence}{_PARA}</article></body></html>'
    doc = newsclean.clean(page)
    assert "Video results were the fastest-growing search engine result type in our annual report on search." in doc.text
    assert "website through which" not in doc.text
    assert "volunteers came" in doc.text  # a page-wide "tooltip" class hides nothing


def test_a_heading_the_article_would_end_on_leaves_with_its_box() -> None:
    paras = "".join(f"<p>Paragraph {n}: the river rose overnight and the town woke to water in its streets, "
                    "so the volunteers came with boats and sandbags.</p>" for n in range(5))
    last = "<p>The council meets on Friday to decide how the repairs will be paid for, and residents may speak.</p>"
    article = f"<h1>Flood in the valley</h1>{paras}<h2>What comes next</h2>{last}"
    doc = newsclean.clean(f"<html><body><article>{article}<h2>Listen to our weekly podcast</h2><h3>Our partners</h3>"
                          "</article></body></html>")
    assert "What comes next" in doc.text and "residents may speak" in doc.text
    assert "weekly podcast" not in doc.text and "Our partners" not in doc.text
    ends = [r for r in doc.removed if r.rule in ("context.end-heading", "chrome.house-promo")]  # (the podcast's plug a rule's)
    assert len(ends) == 2 and ends[-1].rule == "context.end-heading"
    long_head = "<h3>The volunteers who came to help will be thanked at a town meeting on Friday evening</h3>"
    kept = newsclean.clean(f"<html><body><article>{article}{long_head}</article></body></html>")
    assert "thanked at a town meeting" in kept.text  # a long heading is prose set in bold


def test_the_bio_of_the_author_the_markup_names_leaves_the_body() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Flood",'
          ' "author": {"@type": "Person", "name": "Lauren Park"}}</script>')
    bio = "<p>Lauren has covered the valley's towns since 2018. She lives upstream with two dogs.</p>"
    page = f"<html><head>{ld}</head><body><article><h1>Flood</h1>{''.join(_story(n) for n in range(6))}{bio}</article></body></html>"
    doc = newsclean.clean(page)
    assert doc.metadata.authors == ["Lauren Park"]
    assert "Story 5:" in doc.text and "lives upstream" not in doc.text
    assert any(r.rule == "byline.bio" and "lives upstream" in r.text for r in doc.removed)


def test_list_items_keep_a_bullet_in_plain_text_output() -> None:
    items = "".join(f"<li>Sandbags for street number {n}</li>" for n in range(3))
    page = f"<html><body><article><h1>Flood in the valley</h1>{_PARA * 2}<ul>{items}</ul>{_PARA}</article></body></html>"
    doc = newsclean.clean(page)
    assert "- Sandbags for street number 1" in doc.text.split("\n")
    assert not any(line.startswith("- The river") for line in doc.text.split("\n"))  # paragraphs have none
    assert newsclean.clean(doc.text).text == doc.text


def test_an_ordered_list_keeps_its_numbers_in_text_and_markdown() -> None:
    steps = "".join(f"<li>Fill the sandbags at station {n}</li>" for n in "ABC")
    page = (f"<html><body><article><h1>Flood in the valley</h1>{_PARA * 2}<ol start=\"4\">{steps}</ol>"
            f"<ul><li>Bring gloves</li></ul>{_PARA}</article></body></html>")
    lines = newsclean.clean(page).text.split("\n")
    assert "4. Fill the sandbags at station A" in lines and "6. Fill the sandbags at station C" in lines
    assert "- Bring gloves" in lines
    md = newsclean.clean(page, config=Config(output="markdown")).text.split("\n")
    assert "5. Fill the sandbags at station B" in md


def test_the_pages_metadata_has_its_mojibake_repaired_as_the_body_does() -> None:
    # UTF-8 with one stray windows-1252 byte: the page is read as windows-1252 throughout.
    lead = "Le café de la rue Saint-Étienne a rouvert ses portes après trois ans de travaux, et les habitués reviennent."
    page = ('<html><head><meta charset="utf-8"><title>Café reopens in Saint-Étienne</title>'
            '<meta name="author" content="José Müller"><meta property="og:site_name" content="Le Monde Éco"></head>'
            f"<body><article><h1>Café reopens in Saint-Étienne</h1><p>{lead}</p><p>{lead}</p><p>Tap \x93here\x94</p></article></body></html>")
    data = page.encode("utf-8").replace("\x93here\x94".encode(), b"\x93here\x94")
    doc = newsclean.clean(data)
    assert lead in doc.text
    assert (doc.metadata.title, doc.metadata.authors, doc.metadata.source) == (
        "Café reopens in Saint-Étienne", ["José Müller"], "Le Monde Éco")


_PARAS = [
    "The city council announced a new transport plan on Tuesday that aims to cut congestion in the centre of town.",
    "Under the plan the length of cycle lanes will double by 2030, and new parking will be built near major stations.",
    "The head of the transport committee told reporters it was an important step for the quality of life of residents.",
    "Shop owners, however, fear that limits on cars will keep customers away from the city centre and hurt their trade.",
]


def test_an_element_a_broken_page_left_open_around_the_article_keeps_it() -> None:
    page = "<html><body><button>Menu" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</body></html>"
    doc = newsclean.clean(page, format="html")
    assert all(p in doc.text for p in _PARAS)


@pytest.mark.parametrize("tag", ["template", "dialog", "noscript"])
def test_a_closed_hidden_element_inside_the_article_stays_hidden(tag: str) -> None:
    hidden = "".join(f"<p>HIDDEN consent text number {i} about cookies and adverts.</p>" for i in range(3))
    page = f"<html><body><article><h1>Council backs plan</h1><{tag}>{hidden}</{tag}>" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</article></body></html>"
    doc = newsclean.clean(page, format="html")
    assert "HIDDEN" not in doc.text
    assert all(p in doc.text for p in _PARAS)


@pytest.mark.parametrize("href", ["/2024/05/01/story", "2024/05/01/story"])
def test_a_relative_canonical_link_is_read_against_the_pages_base(href: str) -> None:
    page = (f'<html><head><base href="https://example.com/news/"><link rel="canonical" href="{href}">'
            "</head><body><article><h1>Council backs plan</h1>" + "".join(f"<p>{p}</p>" for p in _PARAS)
            + "</article></body></html>")
    doc = newsclean.clean(page)
    assert doc.metadata.url is not None and doc.metadata.url.startswith("https://example.com/")
    assert doc.metadata.url.endswith("2024/05/01/story")
    assert doc.metadata.published == "2024-05-01"  # the URL's date


def test_pre_code_keeps_its_lines_and_indent_in_markdown_output() -> None:
    prose = "Parsing JSON is one of the most common tasks in Python, and the standard library makes it easy to do."
    page = (f"<html><body><article><h1>How to parse JSON</h1><p>{prose}</p>"
            "<pre><code>import json\n\n\tdata = json.loads(text)  \nfor k, v in data.items():\n    print(k, v)\n</code></pre>"
            f"<p>{prose}</p></article></body></html>")
    md = newsclean.clean(page, config=Config(output="markdown")).text
    assert "```\nimport json\n\n    data = json.loads(text)\nfor k, v in data.items():\n    print(k, v)\n```" in md
    assert newsclean.clean(md, config=Config(output="markdown")).text == md
    text = newsclean.clean(page).text
    assert "import json data = json.loads(text) for k, v in data.items(): print(k, v)" in text.split("\n\n")


@pytest.mark.parametrize("odd", ["\x0b", "\x0c", "\u00a0", "\r"])
def test_pre_code_with_odd_white_space_reads_back_the_same(odd: str) -> None:
    prose = "Parsing JSON is one of the most common tasks in Python, and the standard library makes it easy to do."
    page = (f"<html><body><article><h1>Compose</h1><p>{prose}</p><pre>{odd} sudo docker compose up -d\nexit</pre>"
            f"<p>{prose}</p></article></body></html>")
    md = newsclean.clean(page, config=Config(output="markdown")).text
    assert "docker compose up -d" in md and odd not in md
    assert newsclean.clean(md, config=Config(output="markdown")).text == md


_BR_PROSE = ("The council approved the new parks plan on Monday after a debate that ran well into the evening, "
          "members said afterwards.")


def _br_story(inner: str) -> str:
    return (f"<html><body><article><h1>Parks plan approved</h1><p>{_BR_PROSE}</p><p>{_BR_PROSE}</p>{inner}"
            f"<p>{_BR_PROSE}</p></article></body></html>")


def test_short_lines_set_apart_by_single_brs_stay_one_paragraph() -> None:
    # An address, a poem, a credit: every <br>, not every second one, joins its lines.
    doc = newsclean.clean(_br_story("<p>Town Hall<br>12 Market Street<br>Riverton<br>RV1 2AB</p>"))
    assert "Town Hall 12 Market Street Riverton RV1 2AB" in doc.text.split("\n\n")


def test_paragraphs_set_apart_by_single_brs_are_paragraphs() -> None:
    first = "The plan adds three playgrounds and a new path along the river, the parks director told reporters."
    second = "Work on the first playground is due to start in the spring, once the ground has dried out."
    doc = newsclean.clean(_br_story(f"<p>{first}<br>{second}<br>Short line<br>another</p>"))
    assert [first, second, "Short line another"] == [p for p in doc.text.split("\n\n") if p in (
        first, second, "Short line another")]


def test_a_list_item_broken_by_a_br_stays_one_numbered_item() -> None:
    item = "Longer hours at the main park, which will close at ten in the evening from June onwards."
    doc = newsclean.clean(_br_story(f"<ol><li>{item}<br>Gates open at seven.</li><li>More bins along the path.</li></ol>"))
    assert f"1. {item} Gates open at seven." in doc.text.split("\n\n")


def test_the_word_a_tooltip_hangs_on_stays_its_hover_text_goes() -> None:
    sentence = ('<p>The <span class="tooltip">CBO<span class="tooltiptext">Congressional Budget Office, a federal '
                'agency</span></span> agreed, and so did the <a class="glossary-tooltip" href="/g/gao">GAO</a>, '
                "officials said on Monday.</p>")
    doc = newsclean.clean(_br_story(sentence))
    assert "The CBO agreed, and so did the GAO, officials said on Monday." in doc.text.split("\n\n")
    popup = ('<div class="plate-tooltip"><div class="plate-tooltip__content">Half the plate is vegetables.</div>'
             '<a class="plate-tooltip__read-more" href="#">Learn More</a></div>')
    doc = newsclean.clean(_br_story(popup + sentence))
    assert "Learn More" not in doc.text and "Half the plate" not in doc.text  # a pop-up box opens with no words


def test_relative_links_are_made_absolute_in_markdown_output() -> None:
    sentence = ('<p>Read <a href="/documents/plan.pdf">the plan</a>, <a href="../consultation/results">the results</a> '
                'and <a href="https://other.example/x">the review</a>, officials said on Monday.</p>')
    md = Config(output="markdown")
    doc = newsclean.clean(_br_story(sentence), url="https://ledger.example/2024/05/14/parks-plan", config=md)
    assert ("Read [the plan](https://ledger.example/documents/plan.pdf), [the results]"
            "(https://ledger.example/2024/05/consultation/results) and [the review](https://other.example/x)") in doc.text
    declared = _br_story(sentence).replace("<html>", '<html><head><base href="https://cdn.example/site/"></head>')
    assert "[the plan](https://cdn.example/documents/plan.pdf)" in newsclean.clean(declared, config=md).text
    assert "[the plan](/documents/plan.pdf)" in newsclean.clean(_br_story(sentence), config=md).text  # no address known


def test_a_quotes_footer_is_its_attribution_not_page_furniture() -> None:
    quote = ("<blockquote><p>We will open every park by the summer, whatever the weather does.</p>"
             "<footer>— Mayor Ellen Park</footer></blockquote>")
    page = _br_story(quote).replace("</body>", "<footer>Copyright 2024 The Ledger</footer></body>")
    doc = newsclean.clean(page)
    assert "— Mayor Ellen Park" in doc.text.split("\n\n")
    assert "Copyright" not in doc.text


def test_a_list_item_of_several_paragraphs_says_its_number_once() -> None:
    items = ("<ol><li><p>Longer hours at the main park from June.</p><p>Gates close at ten in the evening.</p></li>"
             "<li><p>More bins along the river path.</p></li></ol>")
    for config in (Config(), Config(output="markdown")):
        paragraphs = newsclean.clean(_br_story(items), config=config).text.split("\n\n")
        start = paragraphs.index("1. Longer hours at the main park from June.")
        assert paragraphs[start + 1 : start + 3] == ["Gates close at ten in the evening.", "2. More bins along the river path."]


@pytest.mark.parametrize("paragraph,written", [
    ("<p>1984. That was the year the park opened, the council's archive says.</p>", "1984\\. That was"),
    ("<p># of parks: 28, the city counted again in May, officials said.</p>", "\\# of parks: 28"),
    ("<p>- Not a list: a dash that opens a sentence about the plan.</p>", "\\- Not a list"),
    ("<p>Readers wrote &lt;script&gt;alert(1)&lt;/script&gt; in the box, said the editor.</p>", "\\<script>alert(1)\\</script>"),
    ("<p>The file <code>__init__.py</code> and a_b_c and ***** and [x](y) all show as typed.</p>",
     "`__init__.py` and a\\_b\\_c and \\*\\*\\*\\*\\* and \\[x\\](y)"),
])
def test_markdown_output_escapes_text_that_would_read_as_markup(paragraph: str, written: str) -> None:
    md = Config(output="markdown")
    out = newsclean.clean(_br_story(paragraph), config=md).text
    assert written in out
    assert newsclean.clean(out, config=md).text == out


def test_a_link_list_the_article_introduces_stays_in_both_outputs() -> None:
    items = ('<p>The council published three documents on its website:</p><ul><li><a href="/a">Budget book</a></li>'
             '<li><a href="/b">Parks plan</a></li><li><a href="/c">Consultation results</a></li></ul>')
    page = _br_story(items).replace("</article>", f"<p>{_BR_PROSE}</p></article>")
    for config in (Config(), Config(output="markdown")):
        assert "Parks plan" in newsclean.clean(page, config=config).text


def test_a_code_blocks_language_class_is_its_fences_info_string() -> None:
    code = '<pre><code class="hljs language-python">import json\nprint(json.dumps({}))</code></pre>'
    md = newsclean.clean(_br_story(code), config=Config(output="markdown")).text
    assert "```python\nimport json\nprint(json.dumps({}))\n```" in md
    assert newsclean.clean(md, config=Config(output="markdown")).text == md


def test_an_inline_quotation_keeps_the_marks_a_browser_shows() -> None:
    sentence = '<p>The mayor called it <q class="quote">a gift to the city</q>, and the council agreed on the spot.</p>'
    for config in (Config(), Config(output="markdown")):
        text = newsclean.clean(_br_story(sentence), config=config).text
        assert 'The mayor called it "a gift to the city", and the council agreed on the spot.' in text.split("\n\n")


def test_links_with_brackets_spaces_or_parentheses_stay_links() -> None:
    sentence = ('<p>Read <a href="/plan.pdf">the plan [PDF]</a>, search <a href="/search?q=elm park">the archive</a> '
                'and see <a href="/wiki/Park_(city)">the park</a>, the mayor told the press.</p>')
    md = Config(output="markdown")
    out = newsclean.clean(_br_story(sentence), config=md).text
    assert ("Read [the plan \\[PDF\\]](/plan.pdf), search [the archive](</search?q=elm park>) and see "
            "[the park](</wiki/Park_(city)>)") in out
    assert newsclean.clean(out, config=md).text == out
    plain = newsclean.clean(out).text  # read back as Markdown: the links' text alone
    assert "Read the plan [PDF], search the archive and see the park, the mayor told the press." in plain.split("\n\n")


def test_a_lead_in_above_a_blockquote_stays() -> None:
    para = ("<p>The depot's owners met for three hours on Monday and agreed, after a long debate, that the new "
            "timetable would take effect at the start of next year on every route.</p>")
    page = ("<html><body><article><h1>Timetable agreed</h1>" + para + "<p>The notice said:</p><blockquote>We will not "
            "accept any further delay to the new timetable, and we expect the depot to act before the summer."
            "</blockquote>" + para.replace("owners", "managers") + "</article></body></html>")
    doc = newsclean.clean(page)
    assert "The notice said:" in doc.text and "further delay" in doc.text


def test_a_table_is_a_pipe_table_in_markdown_output() -> None:
    page = _br_story("<table><thead><tr><th>Route</th><th>Boats a day</th></tr></thead><tbody>"
                     "<tr><td>North | East</td><td>40</td></tr>"
                     '<tr><td><a href="https://example.org/s">South</a></td><td>32 <b>(new)</b></td></tr></tbody></table>')
    md = newsclean.clean(page, config=Config(output="markdown")).text
    table = "| Route | Boats a day |\n|---|---|\n| North \\| East | 40 |\n| [South](https://example.org/s) | 32 **(new)** |"
    assert table in md.split("\n\n")
    assert newsclean.clean(md, config=Config(output="markdown")).text == md
    text = newsclean.clean(page).text
    assert ["Route Boats a day", "North | East 40", "South 32 (new)"] == [p for p in text.split("\n\n") if p[0] in "RNS"]


def test_a_row_whose_cell_holds_paragraphs_reads_as_text_not_as_a_broken_row() -> None:
    page = _br_story("<table><tr><th>Route</th><th>Boats a day</th></tr><tr><td>North</td><td>40</td></tr>"
                     "<tr><td><p>West</p><p>and the islands</p></td><td>12</td></tr></table>")
    md = newsclean.clean(page, config=Config(output="markdown")).text
    assert "| Route | Boats a day |\n|---|---|\n| North | 40 |" in md
    assert "West\n\nand the islands\n\n12" in md  # no "| 12 |" row of one cell, no row missing its first cells
    assert newsclean.clean(md, config=Config(output="markdown")).text == md


def test_a_nested_list_keeps_its_levels_in_markdown_output() -> None:
    page = _br_story(
        '<ul><li>North routes<ul><li>Harbour to <a href="https://example.org/i">Isle</a></li>'
        "<li>Harbour to Point<ol><li>Morning boat</li><li>Evening boat</li></ol></li></ul></li><li>South routes</li></ul>")
    md = newsclean.clean(page, config=Config(output="markdown")).text
    items = ["- North routes", "    - Harbour to [Isle](https://example.org/i)", "    - Harbour to Point",
             "        1. Morning boat", "        2. Evening boat", "- South routes"]
    assert "\n".join(items) in md.split("\n\n")  # a tight list, as the page's
    assert newsclean.clean(md, config=Config(output="markdown")).text == md
    assert "\n\n".join(i.strip().replace("[Isle](https://example.org/i)", "Isle") for i in items) in newsclean.clean(page).text


def test_article_paragraphs_marked_paywall_are_the_article_not_its_prompt() -> None:
    # some CMSs mark each paragraph past the metered cut class="paywall"; the text is there, the prompt is short
    gated = "".join(f'<p class="paywall">Paragraph {n} goes on: the council agreed, after a long debate that ran '
                    "late into the evening, to rebuild the old bridge over the river before the spring floods.</p>"
                    for n in range(6))
    prompt = '<aside class="paywall-bar"><p>You have read 2 of 3 free stories. Subscribe for unlimited access.</p></aside>'
    page = f"<html><body><article><h1>Bridge</h1>{_PARA * 2}{gated}{prompt}</article></body></html>"
    doc = newsclean.clean(page)
    assert all(f"Paragraph {n} goes on" in doc.text for n in range(6))
    assert "free stories" not in doc.text and "volunteers came" in doc.text
    # one paragraph so marked, among many plain ones, is still read as the page names it
    lone = '<div class="paywall-inline"><p>Subscribers read on: the full story of the bridge is for members.</p></div>'
    doc = newsclean.clean(f"<html><body><article><h1>Bridge</h1>{_PARA * 4}{lone}{_PARA}</article></body></html>")
    assert "Subscribers read on" not in doc.text


@pytest.mark.parametrize(("link", "author"), [
    ('<a href="/nk/index">North Korea</a>', None),  # the story's section, linked beside the date
    ('<a href="/people/jroe">Jane Roe</a>', "Jane Roe"),  # a person's page
    ('<a href="/jane-roe">Jane Roe</a>', "Jane Roe"),  # an address that spells the name
    ("Jane Roe", "Jane Roe"),  # no link at all
])
def test_a_linked_section_beside_the_date_is_no_author(link: str, author: str | None) -> None:
    page = (f"<html><body><article><h1>Talks resume at the border</h1><div class='info'>{link} 09:31 August 20, 2019</div>"
            f"{_paras(3)}</article></body></html>")
    doc = newsclean.clean(page)
    assert doc.metadata.authors == ([author] if author else [])


@pytest.mark.parametrize(("meta", "authors"), [
    ("Dana Ford, James Corey, and Tom Watkins, CNN", ["Dana Ford", "James Corey", "Tom Watkins"]),  # the outlet after them
    ("CNN", ["CNN"]),  # the outlet alone is what the page says
    ("Jane Roe and BJ Novak", ["Jane Roe", "BJ Novak"]),
])
def test_an_outlet_after_the_writers_in_the_author_meta_is_no_author(meta: str, authors: list[str]) -> None:
    page = (f'<html><head><meta name="author" content="{meta}"></head><body><article><h1>Storm passes</h1>'
            f"{_paras(3)}</article></body></html>")
    assert newsclean.clean(page).metadata.authors == authors


def test_a_name_under_a_photo_is_whom_it_shows_not_the_author() -> None:
    figure = '<figure><img src="/p.jpg" alt=""><figcaption>{}</figcaption></figure>'
    mid = (f"<html><body><article><h1>Court files name the security team</h1>{_paras(2)}"
           f"{figure.format('Mike Pompeo')}{_paras(3)}</article></body></html>")
    assert newsclean.clean(mid).metadata.authors == []
    group = (f"<html><body><article><h1>Court files name the security team</h1><p>May 3, 2024</p>"
             f"{figure.format('(L-R) Mike Pompeo, Julian Assange')}{_paras(3)}</article></body></html>")
    assert newsclean.clean(group).metadata.authors == []
    # a headshot's caption by the date line still names the writer
    headshot = (f"<html><body><article><h1>Court files name the security team</h1>"
                f"{figure.format('Jane Roe')}<p>May 3, 2024</p>{_paras(3)}</article></body></html>")
    assert newsclean.clean(headshot).metadata.authors == ["Jane Roe"]


def test_a_date_line_that_opens_with_on_is_the_bylines() -> None:
    # "By <a><img></a>" then "on December 19, 2025": the name went with the image, the date stays a date line
    page = ("<html><body><article><h1>Set up your desk</h1><div class='meta'>By <a href='/author/x'><img src='a.png'></a>"
            f"</div><div>on December 19, 2025</div>{_paras(4)}</article></body></html>")
    doc = newsclean.clean(page)
    assert "December 19" not in doc.text
    assert any(r.rule == "byline.date" and "December 19" in r.text for r in doc.removed)
    assert "volunteers came" in doc.text


@pytest.mark.parametrize("label", ["By", "Written by:"])
def test_a_byline_label_whose_name_went_with_an_image_goes_and_names_no_one(label: str) -> None:
    page = ("<html><body><article><h1>Set up your desk</h1><div class='meta'>"
            f"{label} <a href='/author/x'><img src='a.png'></a></div>{_paras(4)}</article></body></html>")
    doc = newsclean.clean(page)
    assert any(r.rule == "byline.label" and r.text.strip() == label for r in doc.removed)
    assert not doc.text.startswith(label)
    assert doc.metadata.authors == []


def test_an_accordions_questions_and_hidden_answers_are_the_page_text() -> None:
    # The question is a button in a heading (or one that opens its panel and asks); the answer's
    # panel is hidden until the reader opens it, set right after the heading or named by aria-controls.
    page = ('<html><body><p>Visible prose of the story.</p>'
            '<h3><button class="toggle" aria-expanded="false">Are online degrees respected?</button></h3>'
            '<div class="accordion__panel" hidden><p>Yes, when the school is accredited.</p></div>'
            '<button aria-controls="a2" aria-expanded="false">Do online courses cost less?</button>'
            '<div id="a2" style="display:none"><p>Tuition is often the same.</p></div>'
            '<button aria-controls="m1" aria-expanded="false">Open menu</button>'
            '<div id="m1" hidden><p>Menu entry</p></div></body></html>')
    text = segment_html(page)[0]
    for shown in ("Are online degrees respected?", "Yes, when the school is accredited.",
                  "Do online courses cost less?", "Tuition is often the same."):
        assert shown in text
    assert "Open menu" not in text and "Menu entry" not in text


LONG = "The keeper climbed the tower at dawn to wind the clock, check the lens and log the weather for the day."


@pytest.mark.parametrize("hidden, shown", [
    # a "Continue reading" expander's panel holding the article's rest
    ('<button aria-expanded="false" aria-controls="rest">Continue reading</button>'
     f'<div id="rest" hidden><p>{LONG}</p></div>', True),
    # a menu's drop-down behind the same kind of button: links, no paragraph
    ('<button aria-expanded="false" aria-controls="m1">Topics</button>'
     '<div id="m1" hidden><p><a href="/a">Travel</a></p></div>', False),
    # a hidden tab's panel (WAI-ARIA tabs)
    (f'<div role="tablist"><button role="tab">Pitchers</button></div><div role="tabpanel" hidden><p>{LONG}</p></div>', True),
    # a div a script makes a question's button, its answer hidden under it
    (f'<div role="button" aria-expanded="false">Can I get a refund?</div><div style="display:none"><p>{LONG}</p></div>', True),
    # declarative shadow DOM: the browser renders the template; a plain template it does not
    (f'<fds-callout><template shadowrootmode="open"><p>{LONG}</p></template></fds-callout>', True),
    (f'<template><p>{LONG}</p></template>', False),
])
def test_text_the_reader_opens_or_the_browser_renders_is_the_page_text(hidden: str, shown: bool) -> None:
    page = f"<html><body><article><p>Visible prose of the story, long enough to read as one.</p>{hidden}</article></body></html>"
    text = segment_html(page)[0]
    assert (LONG in text or "Travel" in text) == shown


@pytest.mark.parametrize("box, kept", [
    # a docs page's note: "alert" names a site's alert bar, not an admonition in the text
    ('<div class="theme-admonition admonition alert alert--warning"><div>warning</div>'
     f'<p>{LONG}</p></div>', True),
    ('<div class="alert alert-warning">We use cookies to improve your experience on this website.</div>', False),
    # a newsletter's text block beside its picture, named for where it sits: a section, no caption
    (f'<table class="mcnCaptionRightTextContentContainer"><tr><td><h2>New: The Seed Library</h2><p>{LONG}</p>'
     f'<p>{LONG.replace("dawn", "dusk")}</p></td></tr></table>', True),
])
def test_a_furniture_class_on_the_articles_own_text_is_not_believed(box: str, kept: bool) -> None:
    paragraphs = "".join(f"<p>{LONG.replace('keeper', name)}</p>" for name in ("warden", "pilot", "ranger"))
    doc = newsclean.clean(f"<html><body><article><h1>Keepers</h1>{paragraphs}{box}{paragraphs}</article></body></html>")
    assert (LONG in doc.text) if kept else ("cookies" not in doc.text)


def test_a_recipe_cards_tags_are_its_facts_but_its_keywords_are_not() -> None:
    def method(steps: range) -> str:
        return "".join(f"<p>Step {n}: stir the flour, the water and the starter together, then leave the dough "
                       "to rise overnight in a warm kitchen until it has doubled in size.</p>" for n in steps)
    card = ('<div class="wprm-recipe-tag-container wprm-recipe-course-container">Course Breakfast, Snack</div>'
            '<div class="wprm-recipe-tag-container wprm-recipe-keyword-container">Keyword sourdough, bread</div>')
    page = f"<html><body><article><h1>Sourdough loaf</h1>{method(range(1, 5))}{card}{method(range(5, 9))}</article></body></html>"
    doc = newsclean.clean(page)
    assert "Course Breakfast, Snack" in doc.text
    assert "Keyword sourdough" not in doc.text


def test_a_checklist_under_its_headings_is_the_article_not_one_paragraph_above_it() -> None:
    intro = ("<p>Planning a wedding involves hundreds of small decisions, and the easiest way to keep them under "
             "control is to spread them out over the year. Work through this timeline month by month, tick off "
             "each task as you go, and leave the final week for the people you love.</p>")
    cta = '<div class="cta-box"><p>Want this on paper?</p><p>Download printable checklist</p></div>'
    groups = "".join(f"<h2>{n} months before</h2><ul>" + "".join(
        f"<li>Task number {k} for the {n} month mark</li>" for k in range(1, 7)) + "</ul>" for n in (12, 9, 6))
    page = (f'<html><body><nav><a href="/">Home</a> <a href="/plan">Planning</a></nav><article><h1>Wedding checklist</h1>'
            f'<div class="entry-content">{intro}{cta}{groups}</div></article><footer>About us</footer></body></html>')
    doc = newsclean.clean(page)
    assert "Task number 6 for the 6 month mark" in doc.text and "12 months before" in doc.text
    assert "Download printable checklist" not in doc.text


def _changelog(extra: str = "") -> str:
    versions = "".join(
        f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="v{n}">{n}.0.0 - 2026-0{n}-01'
        f'<a href="#v{n}" class="hash-link">#</a></h2><h3>Added</h3><ul><li>New rule number {n} for bare links.</li>'
        f"<li>Faster start for project {n}.</li></ul><h3>Fixed</h3><ul><li>Crash on empty file {n}.</li></ul>"
        for n in range(1, 5))
    return ('<html><body><nav><a href="/docs">Docs</a> <a href="/blog">Blog</a></nav><main><article><h1>Changelog</h1>'
            "<p>All notable changes to the project are documented on this page. The format follows Keep a Changelog, "
            f"and the project uses semantic versioning for every release.</p>{versions}{extra}</article></main>"
            "<footer>About us</footer></body></html>")


def test_a_changelog_in_its_article_element_is_all_the_article() -> None:
    # the one paragraph scores best, but what the <article> holds beside it is headings and items,
    # no furniture and no links: the article's (a documentation heading's "anchorWithStickyNavbar" is no menu)
    doc = newsclean.clean(_changelog())
    assert "Crash on empty file 4." in doc.text and "4.0.0 - 2026-04-01" in doc.text


def test_an_article_element_holding_a_related_list_is_not_grown_to() -> None:
    related = ('<div class="related-posts"><h3>Related posts</h3><ul>' + "".join(
        f'<li><a href="/p{n}">Another story about topic number {n}</a></li>' for n in range(8)) + "</ul></div>")
    page = ('<html><body><main><article><h1>Story</h1><p>' + "The council voted on Tuesday to approve the budget. " * 6
            + f"</p>{related}</article></main></body></html>")
    assert "Another story about topic number 3" not in newsclean.clean(page).text


def _post(inside: str = "", head: str = "", top: str = "") -> str:
    return (f"<html><head><title>Plot 14b: Council backs plan</title>{head}</head><body>{top}<main><article>"
            "<h2>Council backs plan</h2>" + "".join(f"<p>{p}</p>" for p in _PARAS) + f"{inside}</article></main></body></html>")




def test_what_a_browser_with_frames_hides_and_what_is_left_off_paper_are_no_article() -> None:
    page = _post(top="<noframes><p>Your browser does not show frames, so read the site on the plain page instead.</p>"
                     "</noframes>",
                 inside='<div class="print-bar no-print"><a href="javascript:window.print()">Print this checklist</a>'
                        '<a href="/c.pdf">Download the PDF</a></div>')
    doc = newsclean.clean(page)
    assert "noframes" not in doc.text and "<p>" not in doc.text and "frames" not in doc.text
    assert "Print this checklist" not in doc.text
    assert all(p in doc.text for p in _PARAS)


def test_a_guestbooks_entries_are_comments_and_their_authors_name_nobody() -> None:
    wall = ('<section id="guestbook" class="tc-tribute-wall"><h3>Tribute Wall</h3>' + "".join(
        f'<div class="tc-tw-entry"><p class="tc-tw-author">{name}</p><p>She was kind to everyone she met, '
        f"and we will miss her stories at the market every Saturday morning.</p></div>"
        for name in ("Janet Brekke", "Michael Dunleavy")) + "</section>")
    doc = newsclean.clean(_post(inside=wall))
    assert {r.category for r in doc.removed if r.text in ("Janet Brekke", "Michael Dunleavy")} == {"comment"}
    assert "Janet Brekke" not in doc.metadata.authors


def test_a_link_preview_card_is_related() -> None:
    card = ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://example.com/x">'
            '<div class="kg-bookmark-title">Chest Strap or Wrist Sensor? What We Found</div>'
            '<div class="kg-bookmark-description">Optical sensors have come a long way, but a chest strap still wins.</div>'
            "</a></figure>")
    doc = newsclean.clean(_post(inside=card))
    assert "Chest Strap or Wrist Sensor" not in doc.text
    assert all(p in doc.text for p in _PARAS)


def test_an_h1_that_is_the_blogs_link_home_is_no_headline() -> None:
    top = "<div class='header'><h1 class='title'><a href='https://plot14b.example.com/'>Plot 14b</a></h1></div>"
    assert newsclean.clean(_post(top=top)).metadata.title != "Plot 14b"


def test_every_article_author_tag_names_an_author() -> None:
    head = '<meta property="article:author" content="Priya Raman"><meta property="article:author" content="Lukas Berger">'
    assert newsclean.clean(_post(head=head)).metadata.authors == ["Priya Raman", "Lukas Berger"]


@pytest.mark.parametrize(("key", "values", "authors"), [
    ("citation_author", ["Lindgren, Maja", "Osei, Kwabena A."], ["Maja Lindgren", "Kwabena A. Osei"]),
    ("citation_author", ["van der Berg, Anna"], ["Anna van der Berg"]),
    ("dc.creator", ["Smith, J. R."], ["J. R. Smith"]),
    ("dc.creator", ["Jane Roe, Tom Hale"], ["Jane Roe", "Tom Hale"]),  # two people in one tag
    ("citation_author", ["Maja Lindgren"], ["Maja Lindgren"]),
])
def test_a_scholarly_author_tag_written_last_first_names_one_person(key: str, values: list[str], authors: list[str]) -> None:
    head = "".join(f'<meta name="{key}" content="{v}">' for v in values)
    assert newsclean.clean(_post(head=head)).metadata.authors == authors


def test_a_hidden_separator_between_two_lines_still_ends_the_first() -> None:
    meta = ('<div class="l iw"><span data-testid="storyReadTime">5 min read</span><div class="ja jb" aria-hidden="true">'
            '<span>·</span></div><span data-testid="storyPublishDate">Nov 19, 2023</span></div>')
    doc = newsclean.clean(_post().replace("<h2>Council backs plan</h2>", "<h1>Council backs plan</h1>" + meta))
    assert "5 min read" not in doc.text and "readNov" not in doc.text


def test_a_main_element_that_only_adds_a_sidebar_to_the_article_column_is_not_the_container() -> None:
    # <main> is a content element (a small bonus), but beside the article column it holds only
    # furniture no class names: the bonus breaks near-ties, it does not buy the sidebar in
    from newsclean.revise_html import container
    from newsclean.segment_html import Element

    scores = [30.0] * 8 + [-10.0, -10.0]
    elements = [Element("main", 0, 10, content=True), Element("div", 0, 8), Element("div", 8, 10)]
    assert container([], elements, scores) == (0, 8)
    # a content element that adds next to nothing still wins its near-tie
    assert container([], elements, [30.0] * 8 + [-1.0, -1.0]) == (0, 10)


@pytest.mark.parametrize("widget", [
    '<div class="aawp"><div class="aawp-product"><p>Osprey Exos 58 Backpacking Pack, Unisex, Multiple Sizes</p><ul>'
    "<li>A lightweight frame that carries well on long trails and keeps the load close to your back</li>"
    "<li>A ventilated back panel that keeps you cool on the climbs in summer heat</li></ul></div></div>",
    '<div class="mortgage-calculator"><h3>Mortgage calculator</h3><p>Enter the home price and your down payment to see '
    "what your monthly payment would be at today's rates, before taxes and insurance are added.</p>"
    "<p>Home price $350,000</p><p>Monthly payment $1,842</p></div>",
])
def test_an_affiliate_product_box_or_a_calculator_in_the_article_is_furniture(widget: str) -> None:
    doc = newsclean.clean(_post(inside=widget))
    assert "Osprey Exos" not in doc.text and "lightweight frame" not in doc.text and "Enter the home price" not in doc.text
    assert all(p in doc.text for p in _PARAS)


@pytest.mark.parametrize(("inside", "kept"), [
    # an accordion's question button: the FAQ's own words
    ('<div class="uagb-faq"><div class="uagb-faq-item"><div class="uagb-faq-questions-button">'
     "<span>How long does the new bus route take to build?</span></div><div class=\"uagb-faq-content\">"
     "<p>The first line is expected to open next spring, after two years of planning.</p></div></div></div>",
     ["How long does the new bus route take to build?"]),
    # a read-more expander: the article's own text, folded
    ('<h3>How long does a remodel take?</h3><div class="read-more-answer answer-text-wrapper"><p>Timelines swing '
     "from six weeks for a bathroom to six months for a whole floor, and permits add two to four weeks.</p></div>",
     ["Timelines swing from six weeks"]),
    # a heading's id a contents script gave it ("toc-signs"): the heading the list links to, no contents box
    ('<h2 id="toc-signs">Signs the plan is working</h2><p>Buses now run every ten minutes on the northern '
     "routes, and the first survey found that most riders waited less than they did a year ago.</p>"
     '<h2 id="toc-next">What comes next</h2><p>Council members said the results were encouraging but that the '
     "winter timetable would be the real test for the new routes and their drivers.</p>",
     ["Signs the plan is working", "What comes next"]),
])
def test_the_articles_own_text_under_a_furniture_word_stays(inside: str, kept: list[str]) -> None:
    doc = newsclean.clean(_post(inside=inside))
    assert all(k in doc.text for k in kept)


def test_a_section_in_prose_under_its_heading_is_no_share_bar_for_its_anchor_word() -> None:
    # a product page's feature sections carry ids for their anchors: "share" is a feature there
    feature = ('<section class="feature" id="share"><h2>Publish once, and everyone knows</h2><p>When the schedule is '
               "ready, hit publish. Every employee gets a push notification and an email with their shifts, and the "
               "rota appears in the app straight away.</p></section>")
    doc = newsclean.clean(_post(inside=feature))
    assert "Every employee gets a push notification" in doc.text
    bar = ('<div class="share-box"><h4>Share this story</h4><a href="https://facebook.com/x">Facebook</a> '
           '<a href="https://twitter.com/x">X</a> <a href="mailto:?x">Email</a></div>')
    assert "Share this story" not in newsclean.clean(_post(inside=bar)).text


def test_a_tables_row_is_no_bare_name_line() -> None:
    rows = [("Lot size", "0.24 acres"), ("Garage", "3-car attached"), ("Roof", "Architectural shingle (2021)"),
            ("Subdivision", "Cole Valley Estates")]
    facts = ("<section class='facts'><h2>Property Details</h2><table>"
             + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table></section>")
    page = _post().replace("<article>", "<article><ul class='quickfacts'><li><strong>4</strong> Beds</li>"
                           "<li><strong>2.5</strong> Baths</li></ul>").replace("</article>", f"</article>{facts}")
    assert newsclean.clean(page).metadata.authors == []


def test_a_json_ld_author_that_is_the_site_itself_names_nobody() -> None:
    head = ('<meta property="og:site_name" content="Cedar Grove Family Dental"><script type="application/ld+json">'
            '{"@type": "BlogPosting", "headline": "Council backs plan", "author": {"@type": "Person", "name": '
            '"Cedar Grove Family Dental"}}</script>')
    assert "Cedar Grove Family Dental" not in newsclean.clean(_post(head=head)).metadata.authors


def test_a_gauge_between_a_label_and_its_figure_is_a_gap() -> None:
    page = ('<html><body><article><h1>Builders</h1><p>Ease of use<meter value="4.6" max="5"></meter>4.6</p>'
            '<p>Speed<progress value="70" max="100">70%</progress>fast</p></article></body></html>')
    text = segment_html(page)[0]
    assert "Ease of use 4.6" in text and "Speed fast" in text and "70%" not in text


def test_a_job_postings_date_is_when_it_was_posted_not_when_it_closes() -> None:
    ld = '{"@type": "JobPosting", "title": "Data Engineer", "datePosted": "2025-04-28", "validThrough": "2025-06-30"}'
    body = "".join(f"<p>{LONG.replace('keeper', w)}</p>" for w in ("engineer", "analyst", "manager"))
    page = (f'<html><head><script type="application/ld+json">{ld}</script></head><body><article><h1>Data Engineer</h1>'
            f"<p>Applications close June 30, 2025.</p>{body}</article></body></html>")
    assert newsclean.clean(page).metadata.published == "2025-04-28"
