"""Step 3b, revise: decide what the rules left open, by features and neighbours.

Order matters and each step is one function:
1. blocks that belong to a labelled neighbour (a tweet's text before its signature,
   a caption under an image);
2. the body run (``body_run.py``): the contiguous stretch with the most prose, found as a
   maximum-sum run over block scores (``scores.py``: prose scores up, chrome and link lines
   down; ``boxes.py``: tables, lists and boxes; ``comments.py``: where a thread starts);
3. the headline, standfirst and repeated headline above the run;
4. unlabelled blocks outside the run are boilerplate; inside it, runs of link lines go, and
   the passes of ``copies.py`` take the copies and widgets the run let through.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from urllib.parse import urlsplit

import regex

from . import authors, dates
from .blocks import SHOP_BUTTONS, Block, lines_above, lines_below
from .body_run import body_run
from .boxes import BOX_LINES
from .comments import THREAD_ENTRIES, THREAD_RULES, commenters, texts_over_replies
from .copies import (
    drop_contents_lists,
    drop_crumb_trails,
    drop_echoes,
    drop_end_headings,
    drop_glued_contents,
    drop_index_lists,
    drop_link_cards,
    drop_menu_copies,
    drop_pagers,
    drop_pull_quotes,
    drop_repeated_runs,
    drop_series_lists,
    drop_story_lists,
    drop_stutters,
    line_key,
    normal_text,
)
from .late_byline import date_line, mark_late_byline
from .scores import (
    ALL_LINKS,
    HEADER_MATTER,
    HEADER_REACH,
    NEXT_PARAGRAPH,
    SPONSORED,
    SPONSORED_LINK_WORDS,
    VIDEO_TITLE_WORDS,
    content_like,
    introduces_list,
    menu_line,
    page_chrome,
    title_case_share,
    title_like,
    whole_page,
)
from .title import (
    echoes_title_line,
    glued_menu,
    site_parts,
    slug_dice,
    slug_words,
    stat_label,
)


def revise(blocks: list[Block], url: str | None = None) -> None:
    """Label in place what the rules left open: neighbours, the body run, the headline, then
    the copies and widgets the run let through."""
    commenters(blocks)
    texts_over_replies(blocks)
    attach_to_neighbours(blocks)
    unmake_headline_bylines(blocks)
    unmake_date_rows(blocks)
    unmake_section_words(blocks)
    unmake_list_steps(blocks)
    unbar_card_badges(blocks)
    unbar_one_story_boxes(blocks)
    mark_tag_links(blocks)
    run = body_run(blocks)
    if run is None:
        return  # no prose anywhere: nothing to anchor a judgement on, keep what rules kept
    lo, hi, twins = run
    lo = _start_under_headline(blocks, lo, hi)
    slug = slug_words(url, past_id=True)
    lo = _under_slug_headline(blocks, lo, hi, slug)
    lo = _start_at_dateline(blocks, lo, hi)
    hi = before_next_article(blocks, lo, hi)
    pager_teasers(blocks)
    # The headline stands above the body run (and above the first paragraph of a twin run
    # that comes first), never inside it: so the output, whose run is all of it, holds no
    # headline to find again (cleaning stays idempotent).
    extracted = already_extracted(blocks)
    title = _sentence_headline(blocks, lo) or find_title(blocks[: min([lo, *(i for i in twins if blocks[i].prose)])], url)
    if title is not None and extracted and not _leftovers(blocks[:lo]) and (
            not (_marked_headline(blocks, title) or _slug_headline(title, slug)) or _prose_above(blocks, title)):
        # Above the run of text already cut out of its page is content (a schedule, a
        # table); a row of it is no headline, nor a section's heading under paragraphs of the
        # article, and taking one would take another on every re-clean.
        title = None
    if title is not None:
        title.set("title", "title.headline")
        find_subtitle(blocks, title)
        mark_repeats(blocks, title)
        again = next((b for b in blocks[title.index + 1 : title.index + 1 + 2 * HEADER_REACH] if b.rule == "title.repeat"), None)
        if again is not None:
            find_subtitle(blocks, again, bylines_only=True)  # the <title> line taken, the H1 said again under its kicker: its standfirst
    mark_outside(blocks, lo, hi, extracted, twins, _masthead_end(blocks, title, lo) if extracted else 0,
                 outbound(url) if any(b.links for b in blocks[lo : hi + 1]) else None)
    mark_late_byline(blocks)
    drop_repeated_runs(blocks)
    drop_menu_copies(blocks)
    drop_contents_lists(blocks)
    drop_glued_contents(blocks)
    drop_index_lists(blocks)
    drop_series_lists(blocks, title)
    drop_crumb_trails(blocks)
    drop_echoes(blocks)
    drop_pull_quotes(blocks)
    drop_link_cards(blocks)
    drop_stutters(blocks)
    drop_pagers(blocks)
    drop_story_lists(blocks)
    drop_end_headings(blocks)


# a link to a tag's or a category's page, in its path: "/news/tag/history", "/category/recipes/" (not a query's
# "tag=": a shop's affiliate code, "amazon.com/dp/B000A0OW2M?tag=site-20")
_TAXONOMY_URL = regex.compile(r"^[^?#]*?/(?:tags?|categor(?:y|ies))/[^/?#\s]", regex.I)
TAG_ROW_WORDS = 12


def mark_tag_links(blocks: list[Block]) -> None:
    """A line of nothing but links to tags' and categories' pages is the post's tag row, unlabelled
    ("[Anniversary](/news/category/Anniversary)[history](/news/tag/history)"): no text of the article. (Not a
    list's item: a guide's list of products may link each to its shop's category page.)"""
    for b in blocks:
        if (b.label == "body" and len(b.links) >= 2 and b.words <= TAG_ROW_WORDS and b.link_share >= 0.9
                and b.kind == "paragraph"
                and all(_TAXONOMY_URL.search(url) for _, url in b.links)):
            b.set("navigation", "navigation.tag-links")


BADGE_WORDS, CARD_SPEC_WORDS, CARD_SPECS, CARD_REACH, BADGE_PARAGRAPH = 3, 3, 3, 8, 20


def unbar_card_badges(blocks: list[Block]) -> None:
    """A related box's heading of a word or two ("Most popular") over a card's short specs ("Accelerated BSN" /
    "16 months" / "Hybrid" / "Explore Program"), the article's paragraph below them: a plan's or a program's
    badge, no stories' box; the article goes on past it (its line still goes). A box's teasers are headlines."""
    texts = [b for b in blocks if b.text]
    for k, b in enumerate(texts):
        if not (b.barrier and b.label == "related" and b.words <= BADGE_WORDS):
            continue
        below = texts[k + 1 : k + 1 + CARD_REACH]
        specs = 0
        for x in below:
            if x.words > CARD_SPEC_WORDS:
                break
            specs += 1
        if specs >= CARD_SPECS and any(x.label == "body" and x.prose and x.words >= BADGE_PARAGRAPH
                                       for x in below[specs : specs + 3]):
            b.barrier = False


def unbar_one_story_boxes(blocks: list[Block]) -> None:
    """A related box of one or two headlines set between the article's paragraphs ("Related Article" / "Sydney Trains
    misses its target" / the article's next paragraph): the article goes on past it (its lines still go). Below a
    box that ends the article come teasers, a headline over each blurb and never two paragraphs in a row, or the
    page's footer; below one set in the article, its paragraph, and two in a row within a few lines."""
    texts = [b for b in blocks if b.text]
    for k, b in enumerate(texts):
        if not (b.barrier and b.label == "related" and k > 0 and _article_line(texts, k)):
            continue
        heads, start = _box_lines(texts, k)
        section = len(heads) > ONE_STORY_PLAIN and heads[-1] is texts[start - 1]
        if section:
            heads.pop()  # the last short line the article's next section heading ("A sturdy tripod" / its paragraph)
        marked = start + 1 < len(texts) and _marked_section(texts[start]) and _story_paragraph(texts[start + 1])
        below = texts[start + marked : start + marked + ONE_STORY_REACH]  # (under the next section's heading)
        if not (1 <= len(heads) <= ONE_STORY_HEADLINES and below and _story_paragraph(below[0])):
            continue
        pair = next((j for j in range(len(below) - 1) if _story_paragraph(below[j]) and _story_goes_on(below, j + 1)), None)
        # (all of it the article's: teasers' blurbs come between their buttons, "Learn more", or over their dates)
        if pair is not None and all(x.label == "body" and not _date_alone(x.text) for x in below[: pair + 2]):
            b.barrier = False
            for x in heads:
                if x.label == "body":
                    x.set("related", "related.list")  # the box's headlines, however no rule read them
            head = texts[start] if marked else texts[start - 1]
            if (marked or (section and _sectioned(texts, head))) and head.rule in ("related.list", "context.read-also"):
                head.set("body", "")  # (the box's reading took it for one more headline; the article has such headings)


BOX_CONTROL_WORDS, BOX_CONTROLS = 3, 4


def _box_lines(texts: list[Block], k: int) -> tuple[list[Block], int]:
    """The headlines of the box headed at ``k`` (a short line each, up to one more than a box holds), and where the
    box ends. A carousel's controls among them ("Previous" / "Next", its "Share" row) are the box's, no headline."""
    heads: list[Block] = []
    controls, j = 0, k + 1
    while j < len(texts) and len(heads) <= ONE_STORY_HEADLINES:
        x = texts[j]
        if x.barrier or x.prose:
            break
        if x.label in ("navigation", "share") and x.words <= BOX_CONTROL_WORDS and controls < BOX_CONTROLS:
            controls += 1
        elif _marked_section(x) and j + 1 < len(texts) and _story_paragraph(texts[j + 1]):
            break  # the article's next section: "## Ridership is rising on weekends" / its paragraph
        elif x.label in ("related", "body") and x.words <= ONE_STORY_HEADLINE_WORDS:
            heads.append(x)
        else:
            break
        j += 1
    return heads, j


def _marked_section(b: Block) -> bool:
    """A heading the page marked as one, no link's title: the article's section."""
    return b.kind == "heading" and b.link_share < 0.5 and not b.prose


def _story_paragraph(b: Block) -> bool:
    return b.label == "body" and b.prose and b.words >= ONE_STORY_PARAGRAPH


def _plain_head(b: Block) -> bool:
    """A section's heading of a few words set as a plain line ("Treatment"), no title's question or colon."""
    return (b.kind != "list" and not b.prose and 0 < b.words <= BOX_SECTION_WORDS
            and not b.text.rstrip().endswith((".", "?", "!", ":", "…")) and ":" not in b.text)


def _sectioned(texts: list[Block], head: Block) -> bool:
    """``head`` has the shape of the article's other section headings: a plain short line over its paragraph,
    below the article's first paragraph (not its headline)."""
    first = next((k for k, b in enumerate(texts) if _story_paragraph(b)), len(texts))
    return _plain_head(head) and any(x.label == "body" and _plain_head(x) and _story_paragraph(y)
                                     for x, y in zip(texts[first:], texts[first + 1 :]))


def _article_line(texts: list[Block], k: int) -> bool:
    """The article's paragraph, or its list under a lead-in ("… if you:" / "Have diabetes" / "Are over age 60"),
    right above a box at ``k``."""
    b = texts[k - 1]
    if b.label == "body" and (b.prose or b.kind == "list"):
        return True
    j = k - 1
    while j > 0 and k - j <= LIST_ITEMS and texts[j].label == "body" and not texts[j].prose and texts[j].words <= ONE_STORY_HEADLINE_WORDS:
        j -= 1
    return j < k - 1 and texts[j].label == "body" and texts[j].text.rstrip().endswith(":") and texts[j].words >= LEAD_IN_WORDS


def _story_goes_on(lines: list[Block], j: int) -> bool:
    """The article's next paragraph at ``j``, or its lead-in to a list ("A doctor may also recommend:" / the items):
    what a teaser's blurb is never followed by."""
    b = lines[j]
    if _story_paragraph(b):
        return True
    return (b.label == "body" and b.text.rstrip().endswith(":") and b.words >= LEAD_IN_WORDS and j + 1 < len(lines)
            and lines[j + 1].label == "body" and not lines[j + 1].prose)


def _date_alone(text: str) -> bool:
    """A line that is a date and little else ("May 2, 2025"): a teaser's, under its blurb."""
    spans = dates.date_spans(text)
    return bool(spans) and len(text) - sum(e - s for s, e in spans) <= 3


ONE_STORY_HEADLINES, ONE_STORY_REACH, ONE_STORY_PARAGRAPH, ONE_STORY_HEADLINE_WORDS, LEAD_IN_WORDS = 3, 8, 10, 14, 5
ONE_STORY_PLAIN, LIST_ITEMS, BOX_SECTION_WORDS = 2, 8, 5  # past two short lines, the last is the next section's heading


def unmake_headline_bylines(blocks: list[Block]) -> None:
    """A "Name – Publisher" byline in which no name reads, right over the article's own
    byline, is its headline in Title Case: "Wedding Planning Tools – Caterer Comparison
    Spreadsheet" / "Susan December 9, 2024". (A name's byline over its reviewer's keeps both.)"""
    for b in blocks:
        if b.rule == "byline.names-publisher" and (
                (_over_byline(blocks, b.index) and not authors._bare_names(b.text)) or _title_line(blocks, b)):
            b.set("body", "")


SECTION_WORDS, SECTION_PROSE, SECTION_STEM = 1, 15, 6  # "Accessibility" between two paragraphs of a syllabus (not "Affiliate Disclosure")
_NOTICE = regex.compile(r"\W*(?:disclaimer|imprint|impressum|legal(?:\s+notice)?)\b", regex.I)  # the site's notice under its heading


def unmake_section_words(blocks: list[Block]) -> None:
    """A footer link's word alone on its line between two of the article's paragraphs, the
    paragraph under it on its subject ("Accessibility" / "Students who need … Accessibility
    Services …"), is a section's heading there, not a stray of the footer's row."""
    texts = [b for b in blocks if b.text]
    for k in range(1, len(texts) - 1):
        b = texts[k]
        if b.rule == "legal.copyright" and b.words <= SECTION_WORDS and not _NOTICE.match(b.text) and all(
                x.label == "body" and x.prose and x.words >= SECTION_PROSE for x in (texts[k - 1], texts[k + 1])) and (
                b.text.strip(" :").lower()[:SECTION_STEM] in texts[k + 1].text.lower()):
            b.set("body", "")


STEP_WORDS, STEP_SIBLINGS = 12, 2


def unmake_list_steps(blocks: list[Block]) -> None:
    """A booking's words as one item of a list of steps ("- Schedule your cake tasting" between "- Order
    invitations and stationery" and "- Buy wedding rings") are a step, not a button: a button stands
    alone or beside other buttons, never among a list's items no rule named."""
    texts = [b for b in blocks if b.text]
    for k, b in enumerate(texts):
        if b.rule != "chrome.cta" or b.words > STEP_WORDS or _YOUR_STEP.match(b.text) is None \
                or _SENTENCE_CASE.fullmatch(b.text) is None:
            continue
        near = [x for x in (*texts[max(0, k - 2) : k], *texts[k + 1 : k + 3]) if _step_item(x, b)]
        if len(near) >= STEP_SIBLINGS and not any(x.rule in PITCH_BUTTONS for x in texts[max(0, k - 1) : k + 2] if x is not b):
            b.set("body", "")


def _step_item(x: Block, b: Block) -> bool:
    """``x`` is an item of ``b``'s list that no rule named: a short line of its kind in sentence case, no heading
    (a menu's items and buttons are capitalised: "Find a Store", "Speak to an Advisor")."""
    return (x.label == "body" and x.kind == b.kind and x.kind != "heading" and x.words <= STEP_WORDS and not x.prose
            and _SENTENCE_CASE.fullmatch(x.text) is not None)


# a step's possessive, or its bare plural ("Book antenatal classes"; a button says "Book a consultation")
_YOUR_STEP = regex.compile(r"\W*(?:make|book|schedule|request|get|arrange)\s+(?:your\s|(?!(?:a|an|the|my|our|now|today)\b)\p{Ll})", regex.I)
_SENTENCE_CASE = regex.compile(r"\W*\p{Lu}[\p{Ll}'’-]*(?:[\s,]+(?:[\p{Ll}\p{N}][\p{L}\p{N}'’-]*|[&/-]))+[.;]?")


DATE_ROWS, ROW_WORDS = 3, 12  # "First call for papers May 12, 2025" / … / "Workshop November 8, 2025"


def _ends_in_date(text: str) -> bool:
    text = text.rstrip()
    if not text[-1:].isdigit():
        return False  # (most lines: no date read)
    spans = dates.date_spans(text)
    return bool(spans) and spans[-1][1] == len(text)


def unmake_date_rows(blocks: list[Block]) -> None:
    """A name-and-date line among lines that each end in a date, or among other such lines, is a
    table's row (a call for papers' important dates: "Workshop November 8, 2025"; a deadlines
    table read out, "Michigan March 1, 2026 Achievement Scholarship"), not a byline, which stands alone.
    (Not a list's items: "Post title - December 16, 2019" in a box of recent posts.)"""
    rows: list[Block] = []
    for t in blocks:
        if t.kind == "table" and t.rule == "byline.name-date":
            t.set("body", "")  # a table's own row ("Michigan | March 1, 2026 | Achievement Scholarship")
    for b in [*blocks, None]:
        if b is not None and not b.text:
            continue
        if (b is not None and b.kind != "list" and b.words <= ROW_WORDS
                and (_ends_in_date(b.text) or b.rule == "byline.name-date")):
            rows.append(b)
            continue
        if len(rows) >= DATE_ROWS:
            for row in rows:
                if row.rule == "byline.name-date":
                    row.set("body", "")
        rows = []


_FIRST_PART = regex.compile(r"\s*(?:[,|—–]|\s-)\s*")


def _title_line(blocks: list[Block], b: Block) -> bool:
    """The page's <title> line, "Headline – Site", with the headline said alone on the page
    ("Seed Swap & Winter Garden Talk – Maple Grove Public Library" / "Seed Swap & Winter Garden
    Talk"); or the headline itself under it ("Walnut Chopping Board – Large" under "Walnut
    Chopping Board – Large – Ashgrove Woodcraft"). No names and a publisher."""
    key = normal_text(b.text)
    head = normal_text(_FIRST_PART.split(b.text, maxsplit=1)[0])
    for o in blocks:
        if o is b or not o.text or o.words > 2 * b.words + 8:
            continue
        other = normal_text(o.text)
        if other == head or (len(other) > len(key) and other.startswith(key)):
            return True
    return False


def _masthead_end(blocks: list[Block], title: Block | None, lo: int) -> int:
    """Where a cut-out article's masthead ends: at its headline's last copy above the run
    (the headline on top, said again over its date lower down), when no paragraph stands
    above it (a blog's name, its menu and a "Back to posts" over the headline), else 0."""
    if title is None:
        return 0
    key = normal_text(title.text)
    end = max(b.index for b in blocks[:lo] if b is title or (b.text and normal_text(b.text) == key))
    return 0 if any(b.prose and b.words >= 15 for b in blocks[:end]) else end


def _marked_headline(blocks: list[Block], title: Block) -> bool:
    """A headline the text itself marks: a heading, or a line the page repeats ("Headline | Site")."""
    key = normal_text(title.text)
    return title.kind == "heading" or any(b is not title and key in normal_text(b.text) for b in blocks)


ECHO_HEAD_SHARE, HEAD_PARAGRAPH, HEAD_SHORT = 0.5, 70, 0.3
BYLINE_HEAD_PARAGRAPH, BYLINE_HEAD_SHORT = 40, 0.5


def _start_under_headline(blocks: list[Block], lo: int, hi: int) -> int:
    """Where the article starts inside the body run ``lo..hi``: under its headline, when the
    run took page furniture above it. The page's one level-1 heading near the run's top is
    the headline whatever stands above it (it is marked so). Below it, or in a run without
    it, the first line that says the page's <title> line again or stands over the byline is
    the headline when what the run holds above it is furniture (a mega menu's blurbs; a
    caption and its credit under the <h1>: short lines, no paragraph of the article's
    length) and little beside what follows it; a later one is a section's heading."""
    h1 = lone_h1(blocks, body_only=True)
    if h1 is not None and lo <= h1.index < hi and h1.index - lo <= max(3, (hi - lo) // 4):
        lo = h1.index + 1
    if _under_lone_byline(blocks, lo, hi):
        return lo + 1
    twice = _said_twice_on_top(blocks, lo, hi)
    if twice is not None:
        return twice + 1
    top = next((b for b in blocks if b.text), None)
    if top is not None and top.index == lo:
        return _under_echo_of_top(blocks, top, lo, hi)
    if top is None or top.index >= lo:
        return lo  # no <title> line above the run to echo
    first = blocks[lo]
    if first.label == "body" and first.words >= 3 and lo + 1 < hi and echoes_title_line(top.text, first.text):
        return lo + 1  # the run opens with its headline (a sentence too: "Oysters are back. Watermen say it isn't reaching them.")
    for i in range(lo + 1, hi):
        b = blocks[i]
        if not (b.text and b.label == "body" and not b.prose and 3 <= b.words):
            continue
        echo = echoes_title_line(top.text, b.text)
        if echo or _over_byline(blocks, i):
            return i + 1 if _furniture_above(blocks, lo, i, hi, echo) else lo
    return lo


DATELINE_REACH, SLOT_LINE_WORDS, SLOT_WORDS = 4, 30, 60
_SLOT_NOTE = regex.compile(r"\W*(?:editor[\x27’]?s\s+note|update[ds]?|correction|clarification|warning|note)\b", regex.I)


def _start_at_dateline(blocks: list[Block], lo: int, hi: int) -> int:
    """A wire's or a station's story opens on its dateline ("PHOENIX - A police officer …"): right under the page's
    header (its byline, date or share row), the few short lines the run took above that paragraph are the lead media's
    slot (a video's title, blurb and brand; a photo's caption and credit), not the story. Not a list ("What to know"),
    nor an editor's note or an update set over the story."""
    texts = [b for b in blocks[lo : hi + 1] if b.text][: DATELINE_REACH + 1]
    k = next((k for k, b in enumerate(texts) if b.label == "dateline" and b.prose), None)
    if not k or not _under_header(blocks, lo):
        return lo
    return texts[k].index if _media_slot(texts[:k]) else lo


def _media_slot(lines: list[Block]) -> bool:
    """A few short lines, no list, heading, label or note: what a lead video's or photo's slot prints."""
    return bool(lines) and sum(b.words for b in lines) <= SLOT_WORDS and not any(
        b.words > SLOT_LINE_WORDS or b.kind in ("list", "table", "heading") or b.text.rstrip().endswith(":")
        or _SLOT_NOTE.match(b.text) or b.label not in ("body", "caption", "embed") for b in lines)


def _slot_over_dateline(blocks: list[Block], head: list[Block], lo: int) -> set[int]:
    """The lead media's slot between the header's last line (byline, date, share row) and a run that opens on its
    dateline: no part of the story to rescue."""
    first = next((b for b in blocks[lo:] if b.text), None)
    if first is None or first.label != "dateline" or not first.prose:
        return set()
    lines = [b for b in head if b.text]
    last = max((k for k, b in enumerate(lines) if b.label in ("byline", "share")), default=None)
    if last is None or len(lines) - last - 1 > DATELINE_REACH:
        return set()
    slot = lines[last + 1 :]
    return {b.index for b in slot} if _media_slot(slot) else set()


HEADER_LINES_OVER_SLOT = 3


def _under_header(blocks: list[Block], lo: int) -> bool:
    """A byline, a date line or a share row among the few lines right above ``lo``."""
    above = [b for b in blocks[:lo] if b.text][-HEADER_LINES_OVER_SLOT:]
    return any(b.label in ("byline", "share") for b in above)


SLUG_HEADLINE_WORDS, SLUG_HEADLINE_DICE, SLUG_HEADLINE_LENGTH = 3, 0.6, 20


def _slug_headline(b: Block, slug: frozenset[str]) -> bool:
    """A short line, no sentence's full stop, whose words the URL's slug spells: the headline."""
    return (len(slug) >= SLUG_HEADLINE_WORDS and b.label == "body" and b.kind not in ("list", "table", "code")
            and 2 <= b.words <= SLUG_HEADLINE_LENGTH and not b.text.rstrip().endswith(".")
            and slug_dice(b.text, slug) >= SLUG_HEADLINE_DICE)


def _under_slug_headline(blocks: list[Block], lo: int, hi: int, slug: frozenset[str]) -> int:
    """Text an extractor cut out of its page opens with its headline, no <title> line above it
    (trafilatura's, a question too: "How Much Should You Charge For A Yoga Class?"): the run
    starts under it when the URL's slug spells it."""
    top = next((b for b in blocks if b.text), None)
    if top is None or top.index != lo or lo + 1 >= hi or not _slug_headline(top, slug) or len(site_parts(top.text)) > 1:
        return lo  # (a <title> line, "Headline - Site", is the page's, over its visible headline)
    return lo + 1


NEXT_ARTICLE_PROSE = 2  # the article's paragraphs above another story's headline and byline


def before_next_article(blocks: list[Block], lo: int, hi: int) -> int:
    """Where the run ends when a page loaded the next story under the article (infinite
    scroll): a headline, then its byline ("By Jane Roe · February 10, 2026"), then its
    paragraphs, below paragraphs of the article. The next story's lines go as related."""
    first = next((b for b in blocks[: hi + 1] if b.text), None)
    prose, bylines = 0, 0
    for k in range(0, hi + 1):
        b = blocks[k]
        if b.label == "body" and b.prose and b.words >= 15 and k >= lo:
            prose += 1
        if b.rule != "byline.by":
            continue
        bylines += 1
        if bylines > 2:
            break  # a third byline: a list of stories' cards, not one story after the article
        if not dates.has_year(b.text):
            continue  # the next story's byline is dated ("By Jane Roe · February 10, 2026"), not "By Functionality"
        # the article's own byline above its paragraphs, and no other (teaser cards credit theirs each)
        if prose < NEXT_ARTICLE_PROSE or bylines != 2:
            continue
        above = [j for j in range(k - 1, lo, -1) if blocks[j].text][:2]
        head = above[0] if above else None
        if head is not None and len(above) == 2 and _standfirst(blocks[head]):
            head = above[1]  # a standfirst between the headline and the byline
        after = [x for x in blocks[k + 1 : k + 5] if x.text and x.label == "body"][:2]
        if (head is None or blocks[head].label != "body" or blocks[head].text.rstrip().endswith(".")
                or not 3 <= blocks[head].words <= 25
                or first is not None and echoes_title_line(first.text, blocks[head].text)  # the article's own headline
                or not any(x.label == "body" and x.prose and x.words >= 15 for x in after)):
            continue
        for x in blocks[head : hi + 1]:
            if x.text and x.label in ("body", "byline"):
                x.set("related", "context.next-article")
        return head - 1
    return hi


def _standfirst(b: Block) -> bool:
    return b.label == "body" and b.text.rstrip().endswith(".") and 5 <= b.words <= 30


PAGER_TEASER_LINES = 4


def pager_teasers(blocks: list[Block]) -> None:
    """Under a post's pager link ("← Previous article"), the story it leads to: its title, an
    excerpt and its byline ("By Tom Hale · October 27, 2025"), which names no author of this page."""
    for k, b in enumerate(blocks):
        if b.rule != "navigation.pager" or len(b.text.split()) > 3:
            continue  # one link of the pager, not both ("Previous Post Next Post")
        below = [x for x in blocks[k + 1 : k + 1 + 2 * PAGER_TEASER_LINES] if x.text][:PAGER_TEASER_LINES]
        end = next((n for n, x in enumerate(below) if x.rule == "byline.by"), None)
        # (a title, an excerpt, then a dated byline: not the page's author box under a title alone)
        if (end is None or end < 2 or not below[end - 1].prose or not dates.has_year(below[end].text)
                or any(x.label not in ("body", "byline") for x in below[:end])):
            continue
        for x in below[: end + 1]:
            x.set("related", "context.pager-teaser")


def _sentence_headline(blocks: list[Block], lo: int) -> Block | None:
    """A line just above the run that is a headline ending in a full stop (no candidate of
    find_title's, which reads a sentence as prose) said in the page's <title> line: "Oysters
    are back. Watermen say it isn't reaching them." (_start_under_headline)."""
    top = next((b for b in blocks if b.text), None)
    if top is None:
        return None
    above = [b for b in blocks[top.index + 1 : lo] if b.text][-HEADER_REACH:]  # (a byline, a caption may stand between)
    return next((b for b in reversed(above) if b.prose and b.label == "body" and echoes_title_line(top.text, b.text)), None)


TITLE_LINE_REACH = 12  # lines under a run-opening <title> line its headline is looked for in


def _under_echo_of_top(blocks: list[Block], top: Block, lo: int, hi: int) -> int:
    """The run opens with the page's <title> line, read as prose for its question mark ("How
    much does the weather move bike-share trips? – Notes by Jane Roe"): the article starts under
    the visible headline that says it again, when the lines between are furniture."""
    parts = site_parts(top.text)
    if len(parts) < 2:
        return lo
    for i in range(lo + 1, min(hi, lo + TITLE_LINE_REACH)):
        b = blocks[i]
        if b.text and b.label == "body" and 3 <= b.words and not b.text.rstrip().endswith(".") \
                and echoes_title_line(top.text, b.text) and normal_text(b.text) != normal_text(parts[-1]):  # (not the site's name)
            return i + 1 if _furniture_above(blocks, lo + 1, i, hi, True) else lo
    return lo


def _furniture_above(blocks: list[Block], lo: int, i: int, hi: int, echo: bool) -> bool:
    """What the run holds above line ``i`` is furniture: its prose at most half the prose
    below, no paragraph of the article's length, many lines not prose. A line over a byline
    (not ``echo``) says less than an echo: the furniture above it must be plainer."""
    paragraph, least_short = (HEAD_PARAGRAPH, HEAD_SHORT) if echo else (BYLINE_HEAD_PARAGRAPH, BYLINE_HEAD_SHORT)
    above = [a for a in blocks[lo:i] if a.text and a.label == "body"]
    words = sum(a.words for a in above if a.prose)
    rest = sum(a.words for a in blocks[i + 1 : hi + 1] if a.prose and a.label == "body")
    short = sum(1 for a in above if not a.prose)
    return (words <= ECHO_HEAD_SHARE * rest and short >= least_short * len(above)
            and not any(a.prose and a.words >= paragraph for a in above))


def _headline_on_top(blocks: list[Block], lo: int, hi: int) -> Block | None:
    """The run's first block when it reads as a headline (no prose) and the run goes on below it."""
    return blocks[lo] if lo < hi and title_like(blocks[lo]) and not blocks[lo].prose else None


def _under_lone_byline(blocks: list[Block], lo: int, hi: int) -> bool:
    """The run opens with its headline under the post's date or byline ("Mental Health
    DECEMBER 22, 2022" / "10 ways meditation can improve your health" / the first paragraph),
    no headline-like line over that byline: a blog that prints the date first."""
    if _headline_on_top(blocks, lo, hi) is None:
        return False
    above = lines_above(blocks, lo, 3, HEADER_REACH)
    below = lines_below(blocks, lo, 1, HEADER_REACH)
    return (bool(above) and above[-1].label in ("byline", "dateline") and not any(title_like(a) for a in above[:-1])
            and bool(below) and below[0].prose)


def _said_twice_on_top(blocks: list[Block], lo: int, hi: int) -> int | None:
    """The run opens with a headline-like line said twice in a row (a layout renderer writes
    the visible headline and its copy for another screen), prose right below: the copy's index."""
    first = _headline_on_top(blocks, lo, hi)
    if first is None:
        return None
    below = lines_below(blocks, lo, 3, HEADER_REACH)  # (a standfirst may stand between)
    if len(below) >= 2 and line_key(below[0].text) == line_key(first.text) and any(b.prose for b in below[1:]):
        return below[0].index
    return None


def _over_byline(blocks: list[Block], i: int) -> bool:
    """Block ``i`` stands right over a byline, or over a standfirst over one."""
    below = lines_below(blocks, i, 2, HEADER_REACH)
    return bool(below) and (below[0].label == "byline" or (len(below) == 2 and below[0].prose and below[1].label == "byline"))


def lone_h1(blocks: list[Block], body_only: bool = False) -> Block | None:
    """The page's level-1 heading when it has exactly one (among the body's blocks, if ``body_only``)."""
    h1s = [b for b in blocks if b.kind == "heading" and b.level == 1 and b.text and (b.label == "body" or not body_only)]
    return h1s[0] if len(h1s) == 1 else None


def find_title(blocks: list[Block], url: str | None) -> Block | None:
    """The headline: the best heading-like block among ``blocks`` (those above the body run)."""
    last = len(blocks)
    head: list[Block] = []
    seen: dict[str, Block] = {}
    nonempty = [b for b in blocks if b.text]
    top = nonempty[0] if nonempty else None  # the page's <title> line, where a text has one
    # (not when a byline under it makes it the headline, nor a short menu line the header says again)
    said_again = top is not None and top.words >= 4 and not (
        len(nonempty) > 1 and (_header_line(nonempty[1]) or _bare_byline(nonempty[1])))
    prose, top_at = False, -1  # any paragraph since the <title> line; where the line stands among the candidates
    for b in blocks:
        key = line_key(b.text)
        first = seen.setdefault(key, b)
        if title_like(b) and not stat_label(blocks, b):
            if first is b:
                top_at = len(head) if b is top else top_at
                head.append(b)
            elif first is top and said_again and top_at >= 0 and head[top_at] is top and not prose:
                # a repeat of a headline is no new candidate, but for the page's <title> line said
                # again as its H1 over the page's menus (Ghost, Substack: no site name after it)
                head[top_at] = b
        prose = prose or (b is not top and b.prose)
    if not head:
        return None
    head = head[:3] + head[3:][-40:]  # the page's <title> line, and those nearest the body
    slug = slug_words(url)
    # where the page's <title> line sits; not a menu glued into one line ("ProjectsBlogAboutChatbot
    # Arena"), which holds every entry of its own (a layout renderer's text has no <title> line)
    echoes = [(b, normal_text(b.text)) for b in nonempty[:3] if not glued_menu(b.text)]

    def score(b: Block) -> float:
        words = b.text.split()
        s = min(b.words, 14) / 2
        if b.kind == "heading":
            s += 8 if b.level == 1 else 4 - min(b.level, 4) / 2
        s += 12 * slug_dice(b.text, slug)
        s += 4 * sum(1 for w in words if w[:1].isupper()) / len(words)  # Headline Case
        if b.text.endswith((".", '."', ".”")):
            s -= 3  # a sentence: more likely the standfirst
        key = normal_text(b.text)
        if b.words >= 3 and any(key in t for other, t in echoes if other is not b):
            s += 5  # echoed elsewhere, as in the page's <title> line "Headline | Site"
        s -= 0.1 * (last - b.index)  # the headline sits close to the body
        return s

    best = max(head, key=score)
    if score(best) <= 0:
        return None  # far above the run, nothing speaking for it: a banner
    return _crumb_over(blocks, best) or best


def _crumb_over(blocks: list[Block], b: Block) -> Block | None:
    """The headline right under ``b`` when ``b`` is a breadcrumb run into one line that ends
    with it ("Home Products Resource center Cybersecurity Tips for Small Businesses" /
    "Cybersecurity Tips for Small Businesses")."""
    below = lines_below(blocks, b.index, 1, HEADER_REACH)
    if not below:
        return None
    key, tail = line_key(b.text), line_key(below[0].text)
    # two crumbs before a headline of two words at least: "The Fold-and-Cut Problem" over
    # "Fold-and-Cut Problem", or over its first section's "Problem", is no trail
    return below[0] if " " in tail and key.endswith(" " + tail) and len(key[: -len(tail)].split()) >= 2 else None


def find_subtitle(blocks: list[Block], title: Block, bylines_only: bool = False) -> None:
    """A standfirst: the block right under the headline, when header material follows it (with
    ``bylines_only``, a byline or a date: under a headline said again lower down, a picture under
    the first paragraph is no header's)."""
    i = title.index + 1
    if i >= len(blocks) - 1:
        return
    b = blocks[i]
    if b.label != "body" or not b.text or b.kind in ("code", "list", "table") or not (6 <= b.words <= 50):
        return
    if b.text.isupper():
        return  # a clause in capitals ("NO PURCHASE … IS NECESSARY"): a terms page's, no standfirst
    below = [x for x in blocks[i + 1 : i + 1 + 2 * HEADER_REACH] if x.text][:3]
    # (a date line the rules leave to the body run's position, "Updated January 8, 2026", is header matter too;
    # and a bare name over it, with its outlet's line between maybe: "Wade Thibodeaux" / "The Ledger" / "Published …")
    header = _byline_line if bylines_only else _header_line
    if below and (header(below[0]) or (_bare_byline(below[0]) and any(header(x) for x in below[1:]))) and _goes_on(
            blocks[i + 1 :]):
        b.set("subtitle", "subtitle.standfirst")


def _byline_line(b: Block) -> bool:
    """Header matter that credits or dates: no picture, no caption (a date with its reading time, a control's, is)."""
    return _header_line(b) and (b.label not in ("chrome", "caption") or b.rule == "chrome.control")


def _header_line(b: Block) -> bool:
    """A byline's or a date's line; a blog platform's "Nov 18, 2024 • 6 min read" too (a control by its rule)."""
    return (b.label in HEADER_MATTER or (b.label == "body" and date_line(b))
            or (b.rule == "chrome.control" and "read" in b.text.lower() and bool(dates.date_spans(b.text))))


def _bare_byline(b: Block) -> bool:
    """A name alone on its line, as a byline without its "By" stands."""
    # (not "Brian Truitt USA TODAY": a name with its outlet is a byline the body's first lines read, under the standfirst)
    names, words = _NAMES.split(b.text), b.words  # or two or three names: "Gwen Ashdown, Tariq Osei"
    if (m := _ROLE_TAIL.search(b.text)) is not None and 2 <= len(name := b.text[: m.start()].split()) <= 4:
        names, words = [" ".join(name)], len(name)  # a name and its desk's title: "Nur Hidayah Rahman Transport Correspondent"
    return (b.label == "body" and 2 <= words <= 4 * len(names) and len(names) <= 3 and all(authors.person(n) for n in names)
            and not any(len(w) > 1 and w.isupper() for w in b.text.split()))


# a reporter's title after the name, capitalised ("Senior Reporter", "Contributing Writer")
_ROLE_TAIL = regex.compile(
    r"\s+(?:\p{Lu}[\p{Ll}-]+\s+){0,2}(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist|Contributor)$"
)


_NAMES = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s)\s*")


def _goes_on(blocks: list[Block]) -> bool:
    """The article goes on below a standfirst: a paragraph of it follows. (With none, the
    block under the headline is the article itself, a one-paragraph story.)"""
    return any(x.label == "body" and x.prose and x.words >= NEXT_PARAGRAPH for x in blocks)


def mark_repeats(blocks: list[Block], title: Block) -> None:
    """A headline repeated as image alt text, often with a counter glued on ("... says 1")."""
    key = normal_text(title.text)
    first = key.split(" ", 1)[0]  # a repeat's lower-cased text holds the key's first word
    for b in blocks:
        if b is title or b.label not in ("body", "chrome") or b.words > title.words + 2:
            continue
        if first in b.text.lower() and line_key(b.text) == key:
            b.set("title", "title.repeat")


POST_TEXT_WORDS, QUOTED_POST_BLOCKS = 80, 4


def _post_text(blocks: list[Block], i: int) -> list[Block]:
    """The embedded post's text over its signature ``blocks[i]``: the block above, or in
    Markdown every line of the quote the signature closes ("> Two finals. …" / "> Thank you …")."""
    quoted = blocks[i].raw.lstrip().startswith(">")
    out: list[Block] = []
    for j in range(i - 1, max(-1, i - 1 - QUOTED_POST_BLOCKS), -1):
        above = blocks[j]
        if out and not (quoted and above.raw.lstrip().startswith(">")):
            break  # plain text: the one block above; a quote goes on while its lines are quoted
        if not ((above.label == "body" or (above.rule == "embed.tweet-signature" and "(@" not in above.text))
                and above.words <= POST_TEXT_WORDS):
            break
        out.append(above)
    return out


def attach_to_neighbours(blocks: list[Block]) -> None:
    """Blocks that belong to a labelled neighbour take its label: an embedded post's text over
    its signature, a video's title over its running time, a caption under an image, a
    promoted story's link under its "Sponsored" label."""
    lead = next((i for i, b in enumerate(blocks) if b.label == "body" and b.prose and b.words >= LEAD_WORDS), len(blocks))
    slides: list[Block] = []
    for i, b in enumerate(blocks):
        prev = blocks[i - 1] if i else None
        if b.rule == "embed.signature" and prev is not None:
            # The signature stands alone: the post's text is the block above it (also when that
            # text ends in the post's picture link, "... pic.twitter.com/abc", a rule's match).
            for above in _post_text(blocks, i):
                above.set("embed", "embed.post-text")
        if _DISCLOSURE_LABEL.fullmatch(b.text.strip()) and i < lead:
            _claim_disclosure(blocks, i, lead)  # "Editorial Disclosure" / its paragraph, above the article's first
        if (b.rule in ("embed.video-duration", "embed.player-controls") and prev is not None and prev.label == "body"
                and not prev.prose and prev.words <= VIDEO_TITLE_WORDS and prev.kind != "heading"):
            prev.set("embed", "embed.video-title")  # the video's title above its running time or its controls
        if b.rule == "embed.instagram" and _SHARED_BY.match(b.text):
            for above in _between_post_marks(blocks, i):
                above.set("embed", "embed.post-text")  # the post's caption between "View this post on Instagram" and its signature
        if prev is not None and b.kind != "heading" and b.label == "body" and not b.prose and b.words <= 40 and (
                prev.kind == "image" or (prev.rule == "caption.credit-only" and _caption_under_credit(prev, b))):
            b.set("caption", "caption.under-image")  # under its image, or under its credit ("Getty Images" / caption)
        if (prev is not None and prev.rule == "share.buttons" and _PIN_IT.fullmatch(prev.text) is not None
                and b.label == "body" and b.kind != "heading" and b.words <= PIN_CAPTION_WORDS):
            b.set("caption", "caption.under-image")  # under its image's "Pin it", all the text keeps of the image
        if (b.rule == "caption.credit-only" and prev is not None and i - 1 <= lead and prev.kind not in ("heading", "list")
                and prev.label == "body" and prev.words <= 40
                and ((not prev.prose and i <= lead and _caption_under_credit(b, prev)) or _caption_under_header(blocks, i - 1, b))):
            # the lead picture's caption, its credit on the line below ("Een dijk bij Arnhem …" / "ANP"),
            # above the first paragraph (lower down, the line over a picture's credit is as often
            # the next section's heading: "The best ultra-light for smaller hands" / "Image credit: …";
            # and a sentence over it the standfirst: "After testing hundreds of mice, these are our favourites.")
            prev.set("caption", "caption.over-credit")
        if (b.rule in ("caption.credit-only", "caption.credit-tag") and b.words <= CREDIT_ALONE_WORDS and prev is not None
                and b.text.strip().startswith("(") and b.text.strip().endswith(")")  # the credit in brackets, alone
                and prev.label == "body" and prev.kind not in ("heading", "list") and KICKER_CAPTION_WORDS <= prev.words <= 40
                and not prev.text.rstrip().endswith((".", "?", "!", ":")) and _KICKER_CAPTION.match(prev.text)):
            # lower down too, a tabloid's picture caption, its kicker first and no full stop ("Family time: Jasper
            # looked every inch the doting dad … on Saturday" / "(Image: BACKGRID)")
            prev.set("caption", "caption.over-credit")
        if prev is not None and _slide_pair(blocks, i) and (_slide_pair(blocks, i - 2) or _slide_pair(blocks, i + 2)):
            prev.set("caption", "caption.over-credit")  # a gallery's slides: a line over its credit, twice or more
            slides.append(prev)
        if prev is not None and ((b.words <= SIGNER_WORDS and _testimonial(blocks, i)
                                  and any(_testimonial(blocks, i + d) for d in (-3, -2, 2, 3)))  # (a star rating between)
                                 or _platform_review(blocks, i)):
            prev.set("chrome", "chrome.testimonial")  # customers' praise: a quote over its signer, twice or more
            b.set("chrome", "chrome.testimonial")
        if b.kind == "image" and b.label in ("body", "dateline"):
            b.set("chrome", "chrome.image")  # (an agency's alt text, "TOPSHOT - ...", reads as a dateline)
        if (prev is not None and prev.rule == "ad.label" and b.label == "body" and b.link_share >= 0.8
                and b.words <= SPONSORED_LINK_WORDS and SPONSORED.search(prev.text)):
            b.set("advertisement", "ad.sponsored-link")  # the promoted story's link under its label
    if slides and not any(b.label == "body" and b.prose and b.words >= LEAD_WORDS for b in blocks):
        for b in slides:
            b.set("body", "")  # the slides are all the text: a story told in pictures (a Web Story), its sentences the article
    fill_boxes(blocks)


CREDIT_ALONE_WORDS, KICKER_CAPTION_WORDS = 6, 10
_DISCLOSURE_LABEL = regex.compile(r"(?:editorial|advertiser|advertising|affiliate|partner)\s+(?:disclosure|note)", regex.I)
DISCLOSURE_WORDS = 80


def _claim_disclosure(blocks: list[Block], i: int, lead: int) -> None:
    """A disclosure's label in the page's head (a tooltip's button, "Editorial Disclosure") takes the paragraph under it,
    however it is worded ("Our writers and editors used an in-house platform …"): not the article's lede."""
    nxt = next((b for b in blocks[i + 1 :] if b.text), None)
    if nxt is not None and nxt.label == "body" and nxt.kind != "heading" and nxt.words <= DISCLOSURE_WORDS and nxt.index <= lead:
        nxt.set("advertisement", "ad.advertiser-disclosure")
        if blocks[i].label in ("body", "boilerplate"):
            blocks[i].set("advertisement", "ad.advertiser-disclosure")
_KICKER_CAPTION = regex.compile(r"\p{Lu}[\p{L}\x27’ -]{1,30}:\s+\p{Lu}")  # "Family time: Jasper …"
_SHARED_BY, _VIEW_POST = regex.compile(r"a\s+post\s+shared\s+by\b", regex.I), regex.compile(r"view\s+(?:this\s+)?post\s+on\b", regex.I)
POST_CAPTION_LINES = 3


def _between_post_marks(blocks: list[Block], i: int) -> list[Block]:
    """The body lines between an embedded post's two marks, its signature at ``i`` and "View this post on …" a few
    lines above: the post's caption, however long its lines (the two marks leave no doubt)."""
    lines: list[Block] = []
    for j in range(i - 1, -1, -1):
        above = blocks[j]
        if not above.text:
            continue
        if above.rule == "embed.instagram" and _VIEW_POST.match(above.text):
            return lines
        if above.label != "body" or above.kind == "heading" or len(lines) >= POST_CAPTION_LINES:
            return []
        lines.append(above)
    return []


# An image's overlay button, all the visible text keeps of the image: the line under it is its caption
_PIN_IT, PIN_CAPTION_WORDS = regex.compile(r"pin\s+it\s*!?", regex.I), 20
BOX_CATEGORIES, BOX_LINE_WORDS = frozenset({"newsletter", "donation"}), 30
BOX_BUTTON_WORDS = 8
PITCH_BUTTONS = frozenset({"chrome.cta", "chrome.control-row", "newsletter.signup", "donation.support-line", "chrome.app-promo",
                           "chrome.petition"})  # (not a teaser's "See List": a related box its gold keeps as often)
_CTA_QUESTION = regex.compile(  # a box's question
    r"(?:ready|want|need|looking|interested|thinking\s+about|planning|considering|not\s+sure|not\s+a\s+member|worried"
    r"|still\s+(?:need|have)|have\s+(?:more\s+)?questions|can[\x27’]?t\s+find|didn[\x27’]?t\s+find)\b", regex.I)  # (a help centre's)
_LEAD_BUTTON = regex.compile(  # a control that sells ("Get a quote", "Watch the demo")
    r"(?:(?:get|start)\s+(?:started|(?:a\s+|my\s+|your\s+)?(?:free\s+)?(?:quotes?|estimates?))|"
    r"(?:watch|see|book|request|schedule|get)\s+(?:a\s+|the\s+|your\s+)?(?:free\s+|live\s+)*demo|book\s+(?:now|online)"
    r"|start\s+(?:(?:your|my|a)\s+)?(?:\d{1,2}[- ]day\s+)?free\s+trial|subscribe\s+now)[.!]?"
    # (its small print on the button's line, where a renderer joined the two: "Start free trial No credit card required")
    r"(?:\s*[·|–-]?\s*(?:no\s+credit\s+card\s+(?:required|needed)|cancel\s+any\s*time|no\s+commitment)[.!]?)?", regex.I)
PITCH_HEAD_WORDS, PITCH_QUESTION_WORDS, ARTICLE_PARAGRAPH = 10, 16, 15
LEGAL_ABOVE_WORDS = 6  # a disclaimer over the box, not a footer link read as legal ("About")
# A service's sales words (or a letter's: "Join 3,200 founders"): at the article's end a box that says them is
# the firm's, not the writer's closing words
# ("Hurt in a Houston Car Accident? Call (713) 555-0144" / "… Free consultation … You pay nothing unless we win" / a button)
_SALES_CUE = regex.compile(
    r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\bstart\s+for\s+free\b|\b(?:book|request|schedule|watch)\s+(?:a|the)\s+(?:free\s+|live\s+|\d+[- ]minute\s+)?demo\b|"
    r"\btry\s+(?:[\w.+-]+\s+){0,2}(?:for\s+)?free\b|\btalk\s+to\s+(?:sales|our\s+sales\s+team)\b|"  # a product's trial and sales buttons
    r"\b(?:free|no-cost|complimentary),?\s+(?:[\w-]+,?\s+){0,3}?(?:consult(?:ation)?|estimate|inspection|case\s+review|review|quote|trial|benchmark|assessment|audit|discovery\s+call|"
    r"spreadsheet|template|checklist|e-?book|starter\s+kit|cheat\s*sheet|workbook|call)\b|"
    r"\bwith\s+approved\s+credit\b|\b0\s?%\s+apr\b|\byour\s+(?:donation|gift)\b|\bdonate\b|\brisk-free\s+trial\b|\bno[\s-]obligation\b|\bnew\s+customers\s+only\b|\bsave\s+[$€£]\s?\d|[$€£]\s?\d[\d,]*\s+off\b|"
    r"\bjoin\s+(?:over\s+|more\s+than\s+)?[\d,.]+k?\+?\s+(?:[\w-]+\s+){0,3}?(?:readers|subscribers|people|others|founders|marketers|professionals|members)\b|"
    r"\$0\s+commissions?\b|\bcommission[\s-]free\b|\bno\s+(?:monthly|account|hidden)\s+fees\b|\bno\s+minimum\s+(?:balance|deposit)\b|"
    r"\bbecome\s+a\s+(?:paid\s+)?(?:member|subscriber|supporter)\s+(?:of|to|and)\b|"
    r"\b(?:paid\s+)?(?:subscribers|members)\s+(?:get|receive|unlock|can\s+(?:read|download|access))\b|"  # a members' pitch
    # a club's tickets and memberships: "Semifinal tickets from $20", "packs start at $99", "memberships from £185"
    r"\b(?:tickets?|packs?|memberships?|passes|seats)\s+(?:from|start(?:ing)?\s+at)\s+[$€£]\s?\d|\bon\s+sale\s+now\b|"
    r"\b(?:members\s+)?save\s+\d{1,2}\s?%|"
    r"^get\s+our\s+(?:free\s+)?(?:[\w-]+\s+){0,4}?(?:brief(?:ing)?|newsletter|report|digest|alerts?)\b|"
    r"\bto\s+your\s+inbox\b|\bwe(?:'|’|\s+a)?re\s+hiring\b|\bjoin\s+our\s+team\b|\b(?:pay|fee)\s+nothing\s+unless\b|\bno\s+fee\s+unless\b|\ba\s+[$€£]\s?\d[\d,]*\s+value\b|\b\d{1,2}\s?%\s+off\b", regex.I)


def _article_goes_on(texts: list[Block], k: int, label: str) -> bool:
    """The article goes on from ``texts[k]``: past the box's other lines (``label``'s: "Sign Up",
    "We respect your privacy."), a paragraph within its first two lines (a section's heading
    may come first); not past a share bar or a related box (a teaser's blurb below is no paragraph)."""
    while k < len(texts) and (texts[k].label == label or texts[k].label in _SMALL_PRINT):
        k += 1  # (and the box's small print under its button: "APY as of 03/01/2025. Rate may change.")
    heads = 0  # a section's headings first, up to three ("## Installation costs" / "### Permits")
    while k < len(texts) and heads < GOES_ON_HEADINGS and texts[k].label == "body" and not texts[k].prose \
            and texts[k].words <= PITCH_HEAD_WORDS and not texts[k].text.rstrip().endswith((".", ":")):
        k, heads = k + 1, heads + 1
    # (not a paragraph over a second button: the next box's pitch, "Your consultation includes …" / "Request appointment")
    return any(a.label == "body" and a.prose and a.words >= ARTICLE_PARAGRAPH
               and not (j + 1 < len(texts) and texts[j + 1].rule in PITCH_BUTTONS)
               for j, a in enumerate(texts[k : k + 2], k))


GOES_ON_HEADINGS = 3
_SMALL_PRINT = frozenset({"advertisement", "legal", "newsletter"})


def _box_pitch(texts: list[Block]) -> None:
    """A call to action set between the article's paragraphs takes the box's heading and pitch
    above it ("Need a hand with your own yard?" / "Our crews serve … within 48 hours." /
    "Request My Estimate"; "Slow travel, in your inbox" / "One letter a month …" / "Email
    Address"): a short heading that states no sentence, one line under it, a paragraph of the
    article above them both and the article going on below the button. (At the article's end
    the last lines above a button are as often its closing words, unless the box asks: "Not a member yet?")"""
    for k in range(2, len(texts)):
        b = texts[k]
        if k == len(texts) - 1 and not (_CTA_QUESTION.match(texts[k - 2].text) and texts[k - 2].text.rstrip().endswith("?")):
            continue
        shop = b.rule in SHOP_BUTTONS  # a shop's button sells only under a box's question ("Looking for …?")
        if b.rule not in PITCH_BUTTONS and not shop and not _lead_control(b):
            continue
        if b.kind == "heading" and any(a.label == b.label for a in texts[k + 1 : k + 4]):
            continue  # a box's heading that names it ("## Join 50,000+ readers" over its form) is no button
        if _heads_its_box(texts, k) or _over_pitch_and_button(texts, k):
            continue
        if b.words > BOX_BUTTON_WORDS and k + 1 < len(texts) and texts[k + 1].rule in PITCH_BUTTONS:
            continue  # the box's pitch the rules named, over its button ("Thanks for reading X! Subscribe …" / "Subscribe")
        head, pitch = texts[k - 2], texts[k - 1]
        if shop and not (_CTA_QUESTION.match(head.text) and head.text.rstrip().endswith("?")):
            continue
        if not shop and _two_line_box(texts, k) and (_offers(pitch) or _lone_pitch(pitch, b, texts, k)):
            pitch.set(b.label, f"{b.label}.box-pitch")
            continue
        if k < 3:
            continue  # (a box with a heading needs the article's paragraph above it too)
        before = texts[k - 3]
        if (head.text.rstrip().endswith("?") and _faq_item(texts, k - 3) and not _CTA_QUESTION.match(head.text)
                and not b.rule.startswith(("donation.", "newsletter."))):
            continue  # an FAQ's last question and answer over the box after it (not "Ready to compare quotes?", nor a
            # donation's or a letter's box set between two answers: "Can't Adopt Right Now?" / … / "Donate Today")
        # a box's eyebrow over its heading ("Free download" / "The PIP template HR teams use" / …)
        eyebrow = before if k >= 4 and _eyebrow(before) else None
        if eyebrow is not None:
            before = texts[k - 4]
        elif before.label == "share" and k >= 4:
            before = texts[k - 4]  # the article's share row between its last lines and the box ("Share this: …")
        if (pitch.label == "body" and pitch.kind not in ("heading", "list", "table") and pitch.words <= BOX_LINE_WORDS
                # (a section's paragraph of two sentences over a lone button is the article's: "Move when …. A good signal
                # is …" / "Get the free 2025 email calendar"; a box's pitch is shorter, or sells)
                and (pitch.words <= BOX_HEAD_PITCH_WORDS or _SALES_CUE.search(pitch.text) is not None
                     or not _SENTENCES.fullmatch(pitch.text.strip()) or before.rule in SPONSOR_LABELS)
                and head.label == "body" and head.kind not in ("list", "table")
                and (2 <= head.words <= PITCH_HEAD_WORDS  # (a box's question may run longer: "Want to know what … year?")
                     or (head.words <= PITCH_QUESTION_WORDS and _CTA_QUESTION.match(head.text) is not None
                         and head.text.rstrip().endswith("?")))
                and (not head.text.rstrip().endswith((".", ":", ",", ";"))
                     or (_CTA_QUESTION.match(head.text) is not None and "?" in head.text)  # "Ready to start? Our …"
                     or (head.text.rstrip().endswith(".") and head.words <= BOX_HEAD_MOTTO_WORDS))  # "Practice makes confident."
                and ((before.label == "body" and before.prose and (before.words >= ARTICLE_PARAGRAPH
                                                                   # (a match report's one-line paragraphs, over a box that sells)
                                                                   or _SALES_CUE.search(f"{head.text} {pitch.text}") is not None))
                     or (before.label == "body" and before.kind in ("code", "table"))  # a listing, a table's row
                     or (before.label == "body" and before.kind == "list" and before.words >= LIST_ITEM_WORDS and not before.link_share)
                     # a list whose bullets a text renderer dropped (not going on through head and pitch: its last items)
                     or (_bare_items(texts, k - 3) and not _bare_items(texts, k - 1))
                     or (before.label == "legal" and before.words >= LEGAL_ABOVE_WORDS)
                     or before.rule in SPONSOR_LABELS  # a sponsor's box under its label ("PRESENTED BY")
                     # a box that asks ("Ready to talk to a specialist?") under a list's last item, its bullet dropped
                     or (_CTA_QUESTION.match(head.text) is not None and head.text.rstrip().endswith("?")
                         and before.label == "body" and before.words >= LIST_ITEM_WORDS
                         and before.text.rstrip().endswith((".", "!"))))
                and (_article_goes_on(texts, k + 1, b.label) or _SALES_CUE.search(f"{head.text} {pitch.text} {b.text}")
                     or (_CTA_QUESTION.match(head.text) and head.text.rstrip().endswith("?")))):
            for part in (eyebrow, head, pitch):
                if part is not None:
                    part.set(b.label, f"{b.label}.box-pitch")


EYEBROW_WORDS = 4
_OFFER = regex.compile(r"free\b|(?:want|need)\b.*\?\s*$|.*\b(?:our|your)\b", regex.I)


LONE_PITCH_WORDS = (6, 30)
LIST_ITEM_WORDS = 5  # a list's item the article holds over a box (a menu's items are a word or two)
# a question opens it, not a writer's "The best part? …"; a short one that asks after the reader ("Missed the campaign?",
# "Haven't backed Saltmarsh yet?", "New here?")
_ASKS = regex.compile(r"[^.!?]*?(?:\S+\s+){3,}[^.!?\s]*\?|(?:missed|haven[\x27’]?t|didn[\x27’]?t|new\s+(?:here|to)|still\s+(?:deciding|thinking|not))\b[^.!?]{0,40}\?", regex.I)


_SENTENCES = regex.compile(r"(?:[^.!?]+[.!?]+\s+){1,}[^.!?]+[.!?]+")  # two sentences or more


BOX_PITCH_SENTENCE_WORDS = 8


def _over_pitch_and_button(texts: list[Block], k: int) -> bool:
    """``texts[k]`` reads as a button but stands over its box's pitch and button, both named: the box's heading
    ("Starting a business? Get our free LLC checklist" / "Join 48,000 founders …" / "Get the Free Checklist"),
    and the lines above it are the article's; the pitch may already be named the box's ("Try Querystack free" /
    "Spin up a pooled Postgres database …" as `chrome.in-box` / "Start for free")."""
    return k + 2 < len(texts) and texts[k + 2].rule in PITCH_BUTTONS and (
        texts[k + 1].rule in PITCH_BUTTONS
        # (a sentence: not a button's small print, "Get a Demo" / "14 Day Trial" / "No Credit Card Required")
        or (texts[k + 1].rule.endswith((".in-box", ".box-pitch")) and texts[k + 1].prose
            and texts[k + 1].words >= BOX_PITCH_SENTENCE_WORDS))


def _heads_its_box(texts: list[Block], k: int) -> bool:
    """``texts[k]`` reads as a button but heads its box: a line of the box under it, and no paragraph of the
    article under that ("Download the CVPL app" / "Scan your card at self-checkout …" / "App Store Google Play";
    "Get your free term life quote" / "Date of birth ZIP code …" / "Checking your price won't affect …")."""
    below = texts[k + 1 : k + 3]
    return (len(below) == 2 and below[0].label == "body" and below[0].kind != "heading"
            and not (below[0].prose and below[0].words >= BOX_HEAD_PITCH_WORDS)
            and not (below[0].words <= SECTION_HEAD_WORDS and _SECTION_HEAD.fullmatch(below[0].text.strip()))
            and not (below[1].label == "body" and below[1].prose and below[1].words >= ARTICLE_PARAGRAPH))


# a short line that states no sentence: the article's next heading ("Translation vs. localization at a glance")
_SECTION_HEAD = regex.compile(r"(?:[^.!?:;,]|\.(?=\S*\s))+(?<![.!?:;,])")
SECTION_HEAD_WORDS = 8
BOX_HEAD_PITCH_WORDS = 25  # a box's pitch under its heading is a sentence or two; the article's paragraph is longer


def _bare_items(texts: list[Block], k: int) -> bool:
    """``texts[k]`` ends a run of list items a text renderer printed without bullets: two or more lines of a
    few words each, no sentence, no link ("Bad breath that does not go away" / "Weight loss or a sudden …")."""
    def item(b: Block) -> bool:
        return (b.label == "body" and b.kind == "paragraph" and not b.prose and LIST_ITEM_WORDS <= b.words <= BOX_LINE_WORDS
                and not b.links and ":" not in b.text and not b.text.rstrip().endswith("?"))
    return k >= 1 and item(texts[k]) and item(texts[k - 1])


def _two_line_box(texts: list[Block], k: int) -> bool:
    """``texts[k]`` is a button with one line over it, between the article's paragraphs: a paragraph above the
    line, the article going on below the button."""
    above, line, button = texts[k - 2], texts[k - 1], texts[k]
    return (line.label == "body" and line.kind not in ("list", "table") and above.label == "body" and above.prose
            and above.words >= ARTICLE_PARAGRAPH and (button.rule in PITCH_BUTTONS or _lead_control(button))
            and _article_goes_on(texts, k + 1, button.label))


def _lone_pitch(pitch: Block, button: Block, texts: list[Block], k: int) -> bool:
    """A box's pitch over its button alone: it asks, sells, or speaks to the reader with the box's small print
    under the button ("Own rental property in the Twin Cities? Let Northstar handle …" / "Get a management
    quote"; "Onboard your next hire in Huddlepost. …" / "Try Huddlepost free" / "Free for teams up to 10. No
    credit card required.")."""
    if pitch.kind == "heading" or not LONE_PITCH_WORDS[0] <= pitch.words <= LONE_PITCH_WORDS[1]:
        return False
    small_print = k + 1 < len(texts) and texts[k + 1].label == button.label
    # to the reader, not in the writer's "we" ("Search is also slower than we expected."); the button's sales
    # words alone leave a section's closing sentence
    speaks = _YOU.search(pitch.text) is not None
    return (_ASKS.match(pitch.text) is not None or _SALES_CUE.search(pitch.text) is not None
            or (speaks and (small_print or _SALES_CUE.search(button.text) is not None)))


def _offers(head: Block) -> bool:
    """A box's heading over its button alone that offers ("Want our full lab data?" / "Get the Data"; "Free
    report" / "Get the full 150-metro dataset"), not a section's heading over its paragraphs."""
    return (2 <= head.words <= PITCH_HEAD_WORDS and _OFFER.match(head.text) is not None
            and not head.text.rstrip().endswith((".", ":", ",", ";")))


def _faq_item(texts: list[Block], k: int) -> bool:
    """``texts[k]`` answers the question above it: an FAQ goes on there."""
    return k >= 1 and texts[k].label == "body" and texts[k - 1].text.rstrip().endswith("?") and texts[k - 1].words <= 25


def _eyebrow(b: Block) -> bool:
    """A label of a few words over a box's heading, no sentence: "Free download", "See it in action"."""
    return (b.label == "body" and not b.prose and b.words <= EYEBROW_WORDS and b.kind not in ("heading", "list")
            and not b.text.rstrip().endswith((".", ":", ",", ";", "?", "!")))


def fill_boxes(blocks: list[Block]) -> None:
    """A line no rule named, between two lines of one sign-up or donation box, is the box's
    pitch ("Sign up to Down to Earth" / "Free weekly newsletter" / "The planet's most
    important stories. Get all the week's environment news" / "Enter your email address").
    Not a paragraph of the article (prose), however close a box sits above and below it."""
    texts = [b for b in blocks if b.text]
    for above, b, below in zip(texts, texts[1:], texts[2:]):
        if (b.label == "body" and b.words <= BOX_LINE_WORDS and b.kind not in ("heading", "list")
                and (not b.prose or (b.words <= BOX_SENTENCE_WORDS and _speaks_or_delivers(b, above)))
                and above.label == below.label and above.label in BOX_CATEGORIES and not _dom_box(above)):
            b.set(above.label, f"{above.label}.in-box")
        elif _gate_pitch(above, b, below):
            b.set("paywall", "paywall.in-box")
        elif above.rule == "chrome.cta" and _cta_pitch(above, b, below):
            b.set("chrome", "chrome.in-box")
        elif _sponsored_teaser(above, b, below):
            b.set("advertisement", "ad.sponsored-teaser")
    for before, above, b, below in zip(texts, texts[1:], texts[2:], texts[3:]):
        if _sponsor_pitch(before, above, b, below):
            b.set("advertisement", "ad.sponsored-teaser")
    for above, b, c, below in zip(texts, texts[1:], texts[2:], texts[3:]):
        if _two_line_pitch(above, b, c, below):
            for part in (b, c):
                part.set(above.label, f"{above.label}.in-box")
    _poll_lines(texts)
    _gate_lines(texts)
    _box_pitch(texts)
    _box_heading(texts)
    _question_over_button(texts)
    _product_cards(texts)
    _card_between(texts)
    _card_over_offer(texts)


POLL_LINES, POLL_QUESTION_WORDS, POLL_OPTION_WORDS = 8, 20, 8
_POLL_HEAD = regex.compile(r"(?:reader\s+|quick\s+)?poll\s*:?|what\s+do\s+you\s+think\s*\??", regex.I)
POLL_ENDS = frozenset({"chrome.widget", "chrome.poll-note"})


def _poll_lines(texts: list[Block]) -> None:
    """A reader poll's question and options between its label and its tally, button or disclaimer ("POLL" /
    "Should Congress …?" / "Yes, …" / "No, …" / "1,842 votes · View results"): the widget's, as its ends are.
    Only a question and short option lines between them, within a few lines."""
    for i, head in enumerate(texts):
        if head.label == "body" or _POLL_HEAD.fullmatch(head.text.strip()) is None:
            continue
        inside = texts[i + 1 : i + 1 + POLL_LINES]
        end = next((k for k, x in enumerate(inside) if x.rule in POLL_ENDS), None)
        if not end:
            continue
        lines = inside[:end]
        asks = [x for x in lines if x.text.rstrip().endswith("?") and x.words <= POLL_QUESTION_WORDS]
        if asks and all(x.label == "body" and x.kind != "heading" and (x in asks or (
                x.words <= POLL_OPTION_WORDS and not x.text.rstrip().endswith("."))) for x in lines):
            for x in lines:
                x.set("chrome", "chrome.poll")


CARD_RULES = frozenset({"ad.card-offer", "ad.product-card", "ad.card-score"}) | SHOP_BUTTONS
CARD_LINES, CARD_LINE_WORDS = 3, 20


def _card_between(texts: list[Block]) -> None:
    """A product card's lines no rule named between two that one did: its score and its redirect note ("NerdWallet
    rating 4.5/5" / "Federal: $0 to $129. Free version …" / "File with TaxPilot" / "on TaxPilot's website"). Not a
    heading, nor a paragraph of the article's."""
    for k, b in enumerate(texts):
        if b.rule != "ad.card-score":
            continue
        end = next((j for j in range(k + 2, min(len(texts), k + CARD_LINES + 2)) if texts[j].label != "body"), None)
        if end is None or texts[end].rule not in SHOP_BUTTONS | {"ad.card-offer"}:
            continue
        inside = texts[k + 1 : end]
        near = texts[max(0, k - CARD_LINES - 1) : end + CARD_LINES + 2]
        if sum(c.rule in CARD_RULES for c in near) > 2:
            continue  # a grid of cards, their buttons a few lines apart: no one card's lines to fill
        if all(c.kind not in ("heading", "list") and c.words <= CARD_LINE_WORDS for c in inside):
            for c in inside:
                c.set("advertisement", "ad.in-card")


def _card_over_offer(texts: list[Block]) -> None:
    """A card's lines over its redirect note, no score line to open it ("Ventura Reserve Card" / "Welcome offer: Earn
    75,000 bonus miles …" / "Annual fee: $395" / "Apply Now on Ventura's secure site"): short lines up to the article's
    paragraph or heading above, two of them at least in a card's terms. A review's list of a card's benefits sits
    under its heading, over its paragraphs, with no redirect under it."""
    for k, b in enumerate(texts):
        if b.rule != "ad.card-offer":
            continue
        card: list[Block] = []
        for j in range(k - 1, max(-1, k - 1 - OFFER_CARD_LINES), -1):
            c = texts[j]
            if c.label != "body" or c.kind == "heading" or c.words > OFFER_CARD_WORDS:
                break
            if c.prose and c.words >= ARTICLE_PARAGRAPH and _CARD_TERMS.search(c.text) is None:
                break  # the article's paragraph, however short
            card.append(c)
        if sum(_CARD_TERMS.search(c.text) is not None for c in card) >= 2:
            for c in card:
                c.set("advertisement", "ad.in-card")


OFFER_CARD_LINES, OFFER_CARD_WORDS = 6, 25
_CARD_TERMS = regex.compile(
    r"\b(?:(?:welcome|bonus|intro(?:ductory)?|sign[\s-]?up)\s+(?:offer|apr|bonus)|annual\s+fee|(?:regular|purchase|intro)\s+apr"
    r"|rewards?\s+rate|foreign\s+transaction\s+fees?|recommended\s+credit|credit\s+score"
    r"|\d+(?:\.\d+)?\s*(?:x|%)\s+(?:points|miles|cash\s*back)|earn\s+(?:up\s+to\s+)?[\d,]+\s+(?:bonus\s+)?(?:points|miles)"
    r"|[$€£]\s?\d[\d,]*\s+(?:annual\s+)?(?:travel\s+|statement\s+)?credit)\b", regex.I)


QUESTION_HEAD_WORDS = 8


def _question_over_button(texts: list[Block]) -> None:
    """A box's question right over its button, no pitch between ("Need the full regulations?" /
    "Download the 2025-26 Hunting Regulations (PDF, 4.2 MB)"), the article's paragraph above: the
    question goes with the button (an FAQ's question stands over its answer, not over a button)."""
    for k in range(2, len(texts)):
        button, head, above = texts[k], texts[k - 1], texts[k - 2]
        if (button.rule in PITCH_BUTTONS and head.label == "body" and head.kind != "list"
                and 2 <= head.words <= QUESTION_HEAD_WORDS and head.text.rstrip().endswith("?")
                and _CTA_QUESTION.match(head.text) is not None
                and above.label == "body" and above.prose and above.words >= ARTICLE_PARAGRAPH):
            head.set(button.label, f"{button.label}.box-pitch")


_SPONSOR_LABEL = regex.compile(r"sponsor|presented|promoted|partner", regex.I)
SPONSORED_TEASER_WORDS = 16


def _sponsored_teaser(above: Block, b: Block, below: Block) -> bool:
    """A sponsor's teaser between its two labels ("Sponsored Content" / "How modular rebar cages are cutting
    weeks …" / "Presented by Ironform Systems"): one of the labels names the sponsor, not two ad slots' "Advertisement"."""
    return (above.rule == "ad.label" and below.rule == "ad.label" and b.label == "body" and b.kind != "list"
            and b.words <= SPONSORED_TEASER_WORDS and bool(_SPONSOR_LABEL.search(f"{above.text} {below.text}")))


SPONSOR_PITCH_WORDS = 40
SPONSOR_LABELS = frozenset({"ad.label", "ad.sponsor-read"})


def _sponsor_pitch(before: Block, above: Block, b: Block, below: Block) -> bool:
    """A sponsor's pitch under its label between the article's paragraphs ("Sponsored" / "Deploy Larkspur apps in
    one click with Harborlight. Free tier includes 3 containers." / the article's next paragraph, or the pitch's
    button): a sentence or two, not a headline (a native story's "Sponsored" kicker stands over its headline).
    Without the button the pitch must sell: an ad slot's label over an image leaves the article's next paragraph
    under it in text."""
    read = above.words <= SPONSOR_LABEL_WORDS and (above.rule == "ad.sponsor-read" or (  # "A MESSAGE FROM THE X ALLIANCE"
        above.rule == "ad.label" and _SPONSOR_BY.match(above.text) is not None))  # "PRESENTED BY THE X ALLIANCE"
    return (((above.rule == "ad.label" and above.words <= 3 and _SPONSOR_LABEL.search(above.text) is not None) or read)
            and before.label == "body" and before.prose and before.words >= ARTICLE_PARAGRAPH
            and b.label == "body" and b.kind not in ("list", "heading")
            and b.words <= (SPONSOR_READ_WORDS if read else SPONSOR_PITCH_WORDS)
            and b.text.rstrip().endswith((".", "!", "→"))
            and (below.rule in PITCH_BUTTONS
                 or (below.label == "body" and below.prose and below.words >= ARTICLE_PARAGRAPH
                     and (_SALES_CUE.search(b.text) is not None or _SPONSOR_OFFER.search(b.text) is not None))
                 or (read and below.label == "body" and _SPONSOR_CALL.search(b.text) is not None)))


SPONSOR_LABEL_WORDS, SPONSOR_READ_WORDS = 8, 60
_SPONSOR_BY = regex.compile(r"(?:presented|sponsored|underwritten)\s+by\b", regex.I)
# a sponsor's closing call under a label naming it: "Learn more about the Grid Reliability Act.", "Take action."
_SPONSOR_CALL = regex.compile(r"\b(?:learn\s+more|take\s+action|find\s+out\s+(?:more|how)|tell\s+(?:congress|your)|visit\s+\S+\.\w{2,4}\b)", regex.I)


_SPONSOR_OFFER = regex.compile(r"\bfree\s+(?:tier|plan|trial)\b|\btry\s+(?:it|(?-i:\p{Lu})\w*)\b|\bget\s+started\b|\bsign\s+up\b", regex.I)


# what a newsletter's pitch promises: "The industry's must-read briefing, delivered every weekday morning."
_DELIVERY = regex.compile(r"\b(?:delivered|in-?box|briefing|digest|roundup|(?:every|each)\s+(?:other\s+)?(?:week(?:day)?|morning|evening|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                       r"|(?:once|twice)\s+(?:a|per)\s+(?:week|month)"
                       r"|(?:one|an?|two)\s+e-?mails?\s+(?:a|per|each)\s+(?:day|week|month)|no\s+spam)\b", regex.I)  # ("One email a week. No spam, ever.")


def _speaks_or_delivers(b: Block, above: Block) -> bool:
    """A sentence in a box speaks to its reader, or in a newsletter's box says what comes when."""
    return _ADDRESS.search(b.text) is not None or (above.label == "newsletter" and _DELIVERY.search(b.text) is not None)


# A product card's pieces: its price alone ("From $24.99 USD", "$14.99 $89.99") and its stars or rating count
# ("★★★★★ (1,284 reviews)", "4.7 ★★★★★ (48,219 ratings)", "★★★★☆ 2,914 ratings")
# A price alone, with a shop theme's screen-reader labels ("Regular price £90.00 Sale price £72.00") and a
# size or rate after it ("$18.00 · 12 oz", "From $3.49/day $4.29"); a card's badges ("Unit price / per", "Sold out")
_CARD_PIECE = regex.compile(
    r"(?:(?:from|only|now)\s+)?(?:(?:(?:regular|sale|unit|original|current)\s+price\s*:?\s*)?[$€£]\s?\d[\d,.]*"
    r"(?:\s*(?:usd|eur|gbp))?(?:\s*[·/|]\s*\d+(?:\.\d+)?\s*(?:oz|g|kg|ml|l|lbs?|ct|count|pack)\b|/(?:day|week|mo|month|meal|serving))?\s*){1,3}"
    r"|unit\s+price\s*/\s*per|sold\s+out"
    r"|(?:\d(?:\.\d)?\s*)?[★☆]{3,5}\s*(?:\(?[\d,.]+k?\s*(?:reviews?|ratings?)?\)?)?|[\d,.]+k?\s+(?:reviews|ratings)", regex.I)
CARD_LINES, CARD_LINE_WORDS, CARD_HEAD_LINES = 5, 12, 3
_ENROL = regex.compile(r"(?:enrol(?:l)?|buy|get|start)\s+(?:now|today|this\s+course)[.!]?", regex.I)  # a course card's button


def _product_cards(texts: list[Block]) -> None:
    """A shop's button under a product's card takes the card: its few short lines up to the article's paragraph
    or heading above, when one of them is a price alone or a row of stars ("Adult Recipe Chicken and Brown
    Rice" / "★★★★★ (1,284 reviews)" / "From $24.99 USD" / "Add to cart"). A guide's own list of prices has no
    button under it; a review's heading over its paragraph is no card's line."""
    for k, b in enumerate(texts):
        if b.rule not in SHOP_BUTTONS and not (b.rule == "chrome.cta" and _ENROL.fullmatch(b.text.strip())):
            continue
        j = k - 1
        while (j >= 0 and k - j <= CARD_LINES and texts[j].label == "body" and texts[j].kind not in ("heading", "table")
               and texts[j].words <= CARD_LINE_WORDS and not _NUMBERED_HEAD.match(texts[j].text)):
            j -= 1  # (not past a listicle's numbered heading, "1. Wildthorn Botanical No. 3": the card sits under it)
        card = texts[j + 1 : k]
        pieces = [n for n, c in enumerate(card) if _CARD_PIECE.fullmatch(c.text.strip())]
        if not (pieces and j >= 0):
            continue
        top = pieces[0]  # above its price or stars, a card has its name and a badge, no sentence (a list's item ends so)
        while top > 0 and pieces[0] - top < CARD_HEAD_LINES and not card[top - 1].text.rstrip().endswith((".", "!", "?")):
            top -= 1
        for c in card[top:]:
            c.set("advertisement", "ad.product-card")


_NUMBERED_HEAD = regex.compile(r"\d{1,2}[.)]\s+\p{Lu}")


GATE_PITCH_WORDS = 45
BOX_SENTENCE_WORDS = 25  # a box's pitch may be a sentence that speaks to the reader ("… a few times a year. No spam.")
BOX_HEAD_WORDS = 10


def _dom_box(b: Block) -> bool:
    """A box the HTML's markup bounded (its element's class): no line around it joins it."""
    return b.rule.startswith("dom.")


def _two_line_pitch(above: Block, b: Block, c: Block, below: Block) -> bool:
    """Two lines under a box's short heading and over its other line are its pitch and field,
    the pitch sentences as often ("Sign up for the free daily newsletter" / "Get the free daily
    newsletter read by industry experts. Topics covered: …" / "Work email: Sign up" / "By signing
    up …"); not two paragraphs of the article, which run longer."""
    return (above.label in BOX_CATEGORIES and below.label == above.label and above.words <= BOX_HEAD_WORDS
            and not _dom_box(above) and all(x.label == "body" and x.kind not in ("heading", "list") and x.words <= BOX_LINE_WORDS
                    for x in (b, c)))


def _cta_pitch(above: Block, b: Block, below: Block) -> bool:
    """A line between a call to action's heading and its button is the box's pitch ("Ready to
    get started?" / "Call 617-555-0188 or request an appointment online …" / "Request an
    appointment"); not a paragraph of the article, which runs longer, nor a list's item between the
    button each item has ("Best budget hammock: Onewind Tempest ($75)" / "Jump to Review")."""
    return (above.rule == "chrome.cta" and (below.rule in PITCH_BUTTONS or _lead_control(below)) and above.words <= BOX_HEAD_WORDS
            and above.text.casefold() != below.text.casefold()
            and b.label == "body" and b.kind not in ("heading", "list") and b.words <= BOX_LINE_WORDS
            # (two sentences of more words between two buttons are the article's, each button a box of its own:
            # "New to Stillwater? Try 3 classes for $39" / the paragraph / "Not in the mood to bake? Order a loaf …")
            and (b.words <= BOX_SENTENCE_WORDS or not _SENTENCES.fullmatch(b.text.strip())))


def _lead_control(b: Block) -> bool:
    """A control that sells, as a box's button: "Get started", "Watch the demo"."""
    return b.rule in ("chrome.control", "paywall.prompt") and _LEAD_BUTTON.fullmatch(b.text) is not None


def _gate_pitch(above: Block, b: Block, below: Block) -> bool:
    """A line between a paywall's notice and its button or log-in line is the wall's pitch,
    sentences as it often is ("This article is for subscribers only" / "Get access to the full
    article along with 24/7 coverage …" / "Start your free trial")."""
    return (b.label == "body" and b.kind not in ("heading", "list") and b.words <= GATE_PITCH_WORDS
            and above.label == "paywall" and (below.label == "paywall" or below.rule == "chrome.cta"))


GATE_LINES = 3
GATE_ENDS = frozenset({"chrome.cta", "chrome.control-row"})


def _gate_lines(texts: list[Block]) -> None:
    """Two or three short lines between a paywall's notice and its button or next paywall line are the wall's box
    ("You've used your free article" / "Continue reading with a subscription" / "then £1 a week, cancel anytime" /
    "Subscribe"): _gate_pitch takes one."""
    for k, above in enumerate(texts):
        if above.label != "paywall":
            continue
        span: list[Block] = []
        for b in texts[k + 1 : k + 2 + GATE_LINES]:
            if b.label == "body" and b.kind not in ("heading", "table", "code") and b.words <= GATE_PITCH_WORDS:
                span.append(b)
                continue
            if len(span) >= 2 and (b.label == "paywall" or b.rule in GATE_ENDS):
                for x in span:
                    x.set("paywall", "paywall.in-box")
            break


_ADDRESS = regex.compile(r"\b(?:you|your|us|our|we)\b", regex.I)  # a box speaks to its reader
_YOU = regex.compile(r"\b(?:you|your|yours)\b", regex.I)
BOX_HEAD_SENTENCE_WORDS = 7
BOX_HEAD_MOTTO_WORDS = 4  # a box's heading set as a short sentence over its pitch and button
_JOIN = regex.compile(r"(?:join|subscribe|sign\s+up|never\s+miss|stay\s+(?:in\s+the\s+(?:loop|know)|informed|updated|connected)|be\s+in\s+the\s+know|don[\x27’]t\s+miss\s+(?:a\s+thing|out)|get\s+the\s+latest)\b", regex.I)  # "Join the Journal"


def _box_heading(texts: list[Block]) -> None:
    """A box whose pitch a rule named takes the short heading over it ("Plan your weekend with us" /
    "Get our Thursday newsletter …" / "Subscribe"; "Local news like this takes time." / "The Dispatch is
    reader-supported. …" / "Become a member"): the article's paragraph above, the box two lines or more.
    A section's heading with a box set under it goes on to its paragraphs; the box's speaks to the reader."""
    for k in range(2, len(texts) - 1):
        box, head, j = texts[k], texts[k - 1], k - 2
        while j > 0 and texts[j].label == "advertisement":
            j -= 1  # (an ad's label between: "Advertisement")
        above = texts[j]
        if _lone_promo_heading(texts, k, above):
            head.set(box.label, f"{box.label}.box-heading")
            continue
        if not (box.label in BOX_CATEGORIES and (texts[k + 1].label == box.label or texts[k + 1].rule in PITCH_BUTTONS)
                and box.words >= 6 and not _dom_box(box)
                and head.label == "body" and head.kind != "list" and 2 <= head.words <= PITCH_HEAD_WORDS
                and above.label == "body" and above.prose and above.words >= ARTICLE_PARAGRAPH):
            continue
        text = head.text.rstrip()
        keep = box.label == "donation" and _KEEP_FREE.search(text) is not None  # "The Reader is free. Keep it that way."
        if text.endswith((":", ",", ";")) or (text.endswith(".") and head.words > BOX_HEAD_SENTENCE_WORDS and not keep):
            continue
        if _ADDRESS.search(text) or _JOIN.match(text) or keep or not _article_goes_on(texts, k, box.label):
            head.set(box.label, f"{box.label}.box-heading")


def _lone_promo_heading(texts: list[Block], k: int, above: Block) -> bool:
    """``texts[k - 1]`` heads a section that is only the one-line promo under it ("Tasktide Academy" / "Learn the
    basics in our free 20-minute course. Start learning" / the next heading): the article's paragraph above the
    heading, the next section's heading or a short line below the promo."""
    box, head, below = texts[k], texts[k - 1], texts[k + 1]
    return (box.rule == "chrome.cta" and box.words >= 6 and below.label == "body"
            and (below.kind == "heading" or (not below.prose and below.words <= PITCH_HEAD_WORDS and below.kind != "list"
                                             and not below.text.rstrip().endswith((".", ":", ",", ";"))))
            and head.label == "body" and head.kind != "list" and 2 <= head.words <= PITCH_HEAD_WORDS
            and not head.text.rstrip().endswith((".", ":", ",", ";"))
            and above.label == "body" and above.prose and above.words >= ARTICLE_PARAGRAPH)


_KEEP_FREE = regex.compile(r"\b[Kk]eep\s+(?:it|(?:the\s+)?\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3})\s+(?:free|that\s+way|going|independent)\b")
CAPTION_UNDER_CREDIT_WORDS, CAPTION_UNDER_CREDIT_COMMAS = 6, 1
LEAD_WORDS = 15  # the first paragraph


SLIDE_CAPTION_WORDS = 40


def _slide_pair(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` is a photo's credit line under a line of the article's words, short and no
    heading: a slide's caption and credit ("Oduya watched from side stage …" / "Photo: Shutterstock")."""
    if not 0 < i < len(blocks) or blocks[i].rule != "caption.credit-only" or _source_credit(blocks[i]):
        return False  # (a figure's source under the paragraph that cites it: "Source: Statista")
    above = blocks[i - 1]
    # (a sentence: the line over a picture's credit lower down is as often a section's heading, "6-8 Months Before")
    return (above.label in ("body", "caption") and above.kind not in ("heading", "list") and bool(above.text)
            and above.words <= SLIDE_CAPTION_WORDS and above.text.rstrip().endswith((".", "!", "?", '"', "”")))


# A customer's signature: "- Jennifer W., Broken Arrow", "— Mark Tran, Owner, Tran Bakery", "Alicia R."
_SIGNER = regex.compile(
    r"(?:[-–—―~]\s*\p{Lu}[\p{L}\x27’-]+(?:\s+\p{Lu}[\p{L}\x27’-]*\.?){0,2}|\p{Lu}\p{Ll}+\s+\p{Lu}\.)(?:\s*,\s*[^.!?,]{2,40}){0,2}")
_QUOTED = regex.compile(r"[\"“„«'‘].{10,600}[\"”»'’]")
TESTIMONIAL_WORDS, SIGNER_WORDS = 80, 8


# A review platform's signature under its quote: "Head of Support, e-commerce, 51-200 employees · Capterra", "Verified G2
# reviewer, Marketing agency, 11-50 employees" (case-sensitive names: a vendor's page quotes its reviews one at a time)
_PLATFORM = regex.compile(r"\b(?:G2|Capterra|Trustpilot|TrustRadius|GetApp|Software Advice|Gartner Peer Insights)\b|\b\d{1,5}[-–]\d{1,5}\s+employees\b")
PLATFORM_SIGNER_WORDS = 14


def _platform_review(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` signs the quote above it for a review platform: one such quote is praise, not an epigraph."""
    b = blocks[i]
    if not 0 < i < len(blocks) or b.words > PLATFORM_SIGNER_WORDS or b.text.rstrip().endswith((".", "!", "?")):
        return False
    above = blocks[i - 1]
    return (_PLATFORM.search(b.text) is not None and above.words <= TESTIMONIAL_WORDS and above.kind != "heading"
            and bool(_QUOTED.fullmatch(above.text)))


def _testimonial(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` signs the quoted praise above it: "“Derek was here by 10 …”" / "- Jennifer W., Tulsa".
    One alone is an epigraph or a quote's source; the caller asks for two in a row."""
    if not 0 < i < len(blocks) or blocks[i].words > SIGNER_WORDS or not _SIGNER.fullmatch(blocks[i].text):
        return False
    above = blocks[i - 1]
    return above.words <= TESTIMONIAL_WORDS and above.kind != "heading" and bool(_QUOTED.fullmatch(above.text))


def _source_credit(credit: Block) -> bool:
    """A credit that names a source ("Source", "Source: example.com", "Image source: …"), not a photographer."""
    return "source" in credit.text.lower().replace(":", " ").split()[:2]


HEADER_LABELS = frozenset({"byline", "share", "dateline"})


def _caption_under_header(blocks: list[Block], i: int, credit: Block) -> bool:
    """The lead picture's caption as a sentence, over its photographer's credit and under the byline or the share row
    ("By Jane Roe" / "Share" / "Passengers board a regional jet …" / "Marcus Delaney, Ledger file photo"): a standfirst
    stands over the byline, not under it."""
    above = next((b for b in reversed(blocks[:i]) if b.text), None)
    return (above is not None and above.label in HEADER_LABELS and _PHOTOGRAPHER.search(credit.text) is not None
            and blocks[i].words <= CAPTION_SENTENCE_WORDS and blocks[i].kind == "paragraph")


CAPTION_SENTENCE_WORDS = 30
# a photograph's credit, its photographer's or its agency's ("Ledger file photo", "AP Photo/Evan Vucci", "Jane Roe/Getty
# Images"); an "Image credit: Eurogamer" under a review's standfirst may credit a screenshot or a logo
_PHOTOGRAPHER = regex.compile(r"\bphoto(?:graph)?s?\b|\w\s*/\s*\w", regex.I)


def _caption_under_credit(credit: Block, b: Block) -> bool:
    """``b`` is the caption under its picture's credit ("Getty Images" / "Residents were
    evacuated by boat on Tuesday"): a phrase in sentence case, no sentence's end. Not a
    list's next heading under the last item's picture ("Image: Acme" / "Maison Chinoise",
    "When you start planning"), nor its specs ("56 grams, 45K sensor, 122x65x41mm, ..."),
    nor a line under a source's label ("Source", "Source: example.com")."""
    return (not _source_credit(credit) and b.words >= CAPTION_UNDER_CREDIT_WORDS
            and b.text.count(",") <= CAPTION_UNDER_CREDIT_COMMAS and title_case_share(b.text) < 0.5)


def _ends_extracted(side: list[Block], i: int) -> bool:
    """A barrier that ends cut-out text (a rule's ``ends_extracted``: a consent dialog's
    heading, what only a comment thread has, always; a related box's heading only when
    the article does not go on after the box: two paragraphs in a row within a box's length,
    since a box's teasers put their excerpts between headlines and dates)."""
    b = side[i]
    if b.ends_extracted != "box":
        return b.ends_extracted == "always"
    after = [a for a in side[i + 1 :] if a.text][: BOX_LINES + 2]
    long = [a.prose and a.words >= NEXT_PARAGRAPH for a in after]
    return not any(x and y for x, y in zip(long, long[1:]))


def mark_outside(blocks: list[Block], lo: int, hi: int, extracted: bool, twins: set[int], headline: int = 0,
                 cited: Callable[[Block], bool] | None = None) -> None:
    """Outside the body run, unlabelled blocks are boilerplate, unless a side reads as content
    (on a whole page: unless they are in one of the run's twins). Above the ``headline``
    (its index) is the page's masthead, never content."""
    _drop_link_runs(unintroduced(blocks[lo : hi + 1]), cited)  # (not links to other sites: the article's sources)
    top = min(headline, lo)
    masthead, head, tail = blocks[:top], blocks[top:lo], blocks[hi + 1 :]
    entries = [i for i, b in enumerate(tail) if b.rule in THREAD_RULES]
    thread = entries[0] if len(entries) >= THREAD_ENTRIES else len(tail)  # a comment thread is never rescued
    # never past a barrier, nor a paywall's prompt: what follows it is the pitch ("unlock this piece and learn about:")
    cut = min(thread, next((i for i, b in enumerate(tail) if b.barrier or b.label == "paywall"), len(tail)))
    if extracted:
        # Only a few short lines at an edge (site name, a menu, a footer line) are the
        # page's leftovers; a longer side is content the extractor rightly kept.
        end = min(thread, next((i for i, b in enumerate(tail) if _ends_extracted(tail, i)), len(tail)))
        rescued = {b.index for side in (head, tail[:end]) if not _leftovers(side) for b in side}
    else:
        rescued = twins if whole_page(blocks) else _rescued(head) | _rescued(tail[:cut])
    rescued -= _slot_over_dateline(blocks, head, lo)
    for b in masthead + head + tail:  # the masthead is never rescued
        if b.label == "body" and b.text and b.index not in rescued:
            b.set("navigation" if b.link_share > 0.5 else "boilerplate", "context.outside-body")


def already_extracted(blocks: list[Block]) -> bool:
    """Text someone already cut out of its page: at most one chrome line anywhere, and no
    menu above the first paragraph. Cropping to the prose run would only cut list-shaped
    content (directories, tables, schedules) that an extractor rightly kept."""
    if len({b.text for b in blocks if page_chrome(b)}) >= 2:  # a "Read More" under each card is one line
        return False
    paragraphs = [i for i, b in enumerate(blocks) if b.prose and b.words >= 15]
    menus = [i for i, b in enumerate(blocks) if menu_line(b)]
    copies: dict[str, list[int]] = {}
    for i in paragraphs:
        copies.setdefault(blocks[i].text, []).append(i)
    first = next((i for i in paragraphs if not _summary(copies[blocks[i].text], menus, i)), len(blocks))
    return bisect_left(menus, first) < 3


def _summary(copies: list[int], menus: list[int], i: int) -> bool:
    """Paragraph ``i`` is printed again below a menu (three menu lines or more between it and
    its next copy, ``copies`` its text's places): a summary over the page's menus, not the
    article's start. (Bisected: a page of many such copies costs no quadratic time.)"""
    k = bisect_right(copies, i)
    return k < len(copies) and bisect_left(menus, copies[k]) - bisect_right(menus, i) >= 3


LEFTOVER_LINES, LEFTOVER_WORDS = 4, 25  # most a cut-out article keeps of its page at one edge


def _prose_above(blocks: list[Block], title: Block) -> bool:
    """A paragraph of the article stands above ``title``: a headline heads its article."""
    return any(b.label == "body" and b.prose and b.words >= 15 for b in blocks[: title.index])


def _leftovers(side: list[Block]) -> bool:
    """A side of already-extracted text that is page leftovers: a few short lines, no paragraph."""
    body = [b for b in side if b.label == "body" and b.text]
    return (len(body) <= LEFTOVER_LINES and sum(b.words for b in body) <= LEFTOVER_WORDS
            and not any(b.prose and b.words >= 15 for b in body))


def _rescued(side: list[Block]) -> set[int]:
    """Indices to keep on one side of the run: when most of its words are prose or list
    content (a list-shaped article, not a menu), its content blocks and the short lines
    between them stay."""
    body = [b for b in side if b.label == "body" and b.text]
    good = [b for b in body if (b.prose and b.words >= 6) or content_like(b)]
    good_words = sum(b.words for b in good)
    if not good or good_words < 30 or good_words < 0.6 * sum(b.words for b in body):
        return set()
    keep = {b.index for b in good}
    for i, b in enumerate(side[1:-1], start=1):
        if b.label == "body" and b.link_share <= 0.5 and side[i - 1].index in keep and side[i + 1].index in keep:
            keep.add(b.index)
    return keep


def unintroduced(blocks: list[Block]) -> list[Block]:
    """The blocks without the link lists that the article's own sentence introduces ("Many
    patches were sent for review:") and its prose goes on after: the article's list, not a
    list of other articles."""
    prose_after = [False] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        prose_after[i] = prose_after[i + 1] or (b.label == "body" and b.prose and b.words >= 15)
    out: list[Block] = []
    introduced = False
    for i, b in enumerate(blocks):
        if b.label == "body" and b.link_share > 0.6:
            if introduced and prose_after[i]:
                continue
        else:
            introduced = introduces_list(b)
        out.append(b)
    return out


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})  # example.co.uk, example.com.au


def _site(url: str) -> str:
    """A URL's site: the last two labels of its host, or three under a country's second level
    ("news.example.com" -> "example.com", "www.example.co.uk" -> "example.co.uk")."""
    host = urlsplit(url).hostname or ""
    labels = host.removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def outbound(url: str | None) -> Callable[[Block], bool] | None:
    """Link lines that point mostly to other sites: the article's sources and the products it reviews,
    where a list of the site's own pages is a list of its other articles."""
    if not url:
        return None
    home = _site(url)

    def cited(b: Block) -> bool:
        hrefs = [h for _, h in b.links if h and not h.startswith(("#", "javascript:", "mailto:"))]
        if not hrefs:
            return False
        away = sum(h.startswith(("http://", "https://", "//")) and _site(h if h[:2] != "//" else "http:" + h) != home
                   for h in hrefs)
        return away * 2 >= len(hrefs)

    return cited


def _drop_link_runs(blocks: list[Block], cited: Callable[[Block], bool] | None = None) -> None:
    """Inside the body, two or more link lines in a row are a list of other articles. A link line is short,
    or long and nothing but links (a tag cloud: "You are looking for: ...").

    ``cited``: link lines that are the article's own (its sources, the products it reviews), never in a run."""
    run: list[Block] = []
    for b in [*blocks, None]:
        # (a table's row with a linked cell and cells of data beside it, "[Tenant's Answer](….pdf) | FED-3 | PDF", is data)
        linked = b is not None and (b.link_share > ALL_LINKS or (b.link_share > 0.6 and b.words <= 25 and b.kind != "table"))
        if b is not None and linked and b.label == "body" and not (cited and cited(b)):
            run.append(b)
            continue
        if len(run) >= 2:
            for r in run:
                r.set("related", "context.link-run")
        run = []
