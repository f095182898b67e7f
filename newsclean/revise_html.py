"""Step 3b for HTML: decide what the rules left open, with the page's structure.

The text path finds the article as the best run of prose blocks (revise.py). A DOM
says more: an article is an element. Here:

1. the headline, standfirst and repeated headlines, as for text;
2. each block's DOM category: the innermost element around it whose class/id words
   (data/dom_hints.toml) or landmark tag (nav, aside, footer) name page furniture,
   unless that element is a page wrapper (holds at least half the page's prose);
3. the article's container: the element whose blocks score best (prose up, furniture
   and link lines down; article/main/articleBody-like elements get a small bonus,
   never a free pass: a <main> holding the whole site scores its menus too), ended at
   a related-stories or comments heading or a comments box below a whole article,
   unless the article's own element goes on past a related heading;
4. labels: furniture by its DOM category, figure captions as captions, unlabelled
   blocks outside the container as boilerplate or navigation, link runs inside it
   as related links.

Blocks from text or Markdown (no ``dom``) go to revise.revise unchanged.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import regex

from . import features
from .blocks import Block
from .body_run import OPENER, SUBSTANTIAL, TAIL_SHARE, best_run
from .boxes import BOX_LINES, LONG_PROSE
from .classify import GALLERY_STORY_SHARE, SLIDE_PROSE_WORDS, Memo, classify
from .comments import commenters
from .copies import drop_end_headings, drop_pull_quotes, drop_repeated_runs
from .revise import (
    _drop_link_runs,
    before_next_article,
    fill_boxes,
    find_subtitle,
    find_title,
    lone_h1,
    mark_repeats,
    outbound,
    revise,
    unintroduced,
    unmake_list_steps,
)
from .rules import RuleSet
from .scores import FIRST_PROSE, introduces_list, title_like
from .scores import block_score as text_block_score
from .segment_html import F_FIGCAPTION, F_GALLERY, Element, hint_words
from .title import slug_words

_WRAPPER_SHARE = 0.5
_CONTENT_BONUS = 0.1
_NO_BONUS_BELOW = 0.97  # nor to one that adds more furniture than this share of the best element it holds
_BYLINE_MAX_WORDS = 30
# Furniture whose blocks the rule packs still read: they feed metadata (authors, dates, captions, slides, posts).
_RULED = frozenset({"byline", "caption", "gallery", "embed"})
_HEAD_BLOCKS, _TAIL_BLOCKS = 30, 5  # how far around the article's container the rule packs read
_PROSE_SHARE = 0.2  # furniture names on an element with this share of the page's prose are not believed...
_PROSE_FURNITURE = frozenset({"comment", "related"})  # ...except for furniture that is prose itself
# A paywall's class on many paragraphs marks the article's text past a metered cut, not a prompt: judged on the
# prose of all of them. (Other classes repeat on prose that is furniture: teasers, disclaimers, captions.)
_GATED = frozenset({"paywall"})
_LONG_WORDS = 60
_SENTENCE_END = regex.compile(r"[.!?][\"'”’)]?\s+\p{Lu}")
_CUT_OFF = regex.compile(r"[\p{Ll},;:]\s*$")  # a teaser's excerpt stops mid-sentence
_INDEX_WORDS, _INDEX_LINKS = 30, 0.1  # a line of words, not sentences nor links, this long: content (score words/10)
_ROW_WORDS, _ROW_SCORE = 6, 0.2  # a list item or table row of this many words, few of them links: neutral-ish
_INTRODUCED_ITEMS = 2  # list items under a sentence ending in ":" that make it the article's list
_CARDS, _CARD_GAP, _BUTTON_WORDS, _BLURB_WORDS = 3, (2, 5), 4, 50  # teaser cards: how many, how far apart (blocks)
_LIKE_SHARE = 0.5  # ...and whose prose is at least this share of the element's
_TOC = regex.compile(r"\btoc\b|\btable of contents\b")
# (and a framework's note in the text: Bootstrap's "alert alert-info", the US web design system's "usa-alert usa-alert--info")
_NOTE, _NOTE_WORDS = regex.compile(r"\b(?:admonition|(?<!contact )callout|alert (?:info|warning|danger|success|primary|secondary)\b|usa alert\b)"), 8
_TOC_WORDS, _TOC_LINKS, _TOC_PROSE = 20, 0.2, 0.5  # a TOC hint on this many words of prose, few links: not believed
_SECTION_LEVELS = 6  # how far up an element's like sections are looked for
_END_FURNITURE = frozenset({"comment"})  # DOM furniture that ends the article like a barrier rule
_WHOLE_SHARE = 0.4  # prose above a barrier that makes a whole article: this share of the container's
_RUN_GAIN = 2.0  # a run of blocks must beat the best element by this much to replace it
_LINK_RUN_CAP = 50.0  # the most a run of unnamed link lines weighs against its element (30 to 100 alike on dev)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ANCHOR_WORDS = 3  # a heading whose first words (this many or more) spell its class/id: an anchor made from the text
_SECTION_ANCHOR_WORDS = 5  # ...a section whose heading's first words spell the section's


def _photo_story(blocks: list[Block], cats: list[str]) -> frozenset[int]:
    """A gallery's long captions when they hold most of the page's prose: a photo story, its captions its article."""
    long = [i for i, (b, cat) in enumerate(zip(blocks, cats))
            if (cat == "gallery" or (cat == "caption" and b.dom is not None and b.dom.flags & F_GALLERY))
            and b.prose and b.words >= SLIDE_PROSE_WORDS]
    words = sum(blocks[i].words for i in long)
    total = sum(b.words for b in blocks if b.prose and b.words >= SLIDE_PROSE_WORDS)
    return frozenset(long) if long and words >= GALLERY_STORY_SHARE * total else frozenset()


def label_html(
    blocks: list[Block], rules: RuleSet, url: str | None, timeout: float, check: Callable[[], None],
    memo: Memo | None = None,
) -> None:
    """Features, rules and DOM judgement for the blocks of one page.

    The rule packs read only the blocks the DOM does not already place in page
    furniture (menus, footers, widgets...): most of a page's blocks, and most of the
    time rules would take, are furniture, and furniture leaves the body either way.
    """
    features.annotate(blocks, features.detect_language(blocks))
    check()
    if blocks and blocks[0].dom is not None:
        elements = blocks[0].dom.page.elements
        scores = page_scores(blocks)
        cats = dom_categories(blocks, elements, scores)
        lo, hi = container(blocks, elements, _penalised(blocks, scores, cats), _barriers(cats), cats)
        lo, hi = lo - _HEAD_BLOCKS, hi + _TAIL_BLOCKS  # the head (headline, byline) and the article's end
        ruled = [b for i, (b, cat) in enumerate(zip(blocks, cats)) if (not cat or cat in _RULED) and lo <= i < hi]
    else:
        ruled = blocks
    for i, b in enumerate(ruled):  # classify looks at neighbours by index: number the subset
        b.index = i
    try:
        classify(ruled, rules, timeout, memo)
    finally:
        for i, b in enumerate(blocks):
            b.index = i
    check()
    revise_html(blocks, url)


def revise_html(blocks: list[Block], url: str | None = None) -> None:
    if not blocks or blocks[0].dom is None:
        revise(blocks, url)
        return
    commenters(blocks)
    title = _lone_h1(blocks, url) or find_title(blocks[: _first_prose(blocks)], url)
    if title is not None:
        title.set("title", "title.headline")
        find_subtitle(blocks, title)
        mark_repeats(blocks, title)
    elements = blocks[0].dom.page.elements
    scores = page_scores(blocks)
    cats = dom_categories(blocks, elements, scores)
    lo, hi = container(blocks, elements, _penalised(blocks, scores, cats), _barriers(cats), cats)
    lo = _summary_above(blocks, cats, lo)
    hi = _cut_at_barrier(blocks, scores, cats, lo, hi)
    hi = before_next_article(blocks, lo, hi - 1) + 1
    _box_teasers(blocks, elements, lo, hi)
    story = _photo_story(blocks, cats)
    for i, (b, cat) in enumerate(zip(blocks, cats)):
        if b.label != "body" or not b.text:
            continue
        if b.kind == "image":
            b.set("chrome", "dom.image")
        elif cat == "byline" and b.words > _BYLINE_MAX_WORDS:
            b.set("boilerplate", "dom.byline-long")
        elif i in story:
            pass  # a photo story's caption: its article
        elif cat == "caption" and b.dom.flags & F_GALLERY:
            b.set("gallery", "dom.gallery")  # a slide's caption
        elif cat:
            b.set(cat, f"dom.{cat}")
        elif b.dom.flags & F_FIGCAPTION:
            b.set("caption", "dom.figcaption")
            if b.dom.credit_at > 0:
                b.mark = b.dom.credit_at
        elif not lo <= i < hi:
            b.set("navigation" if b.link_share > 0.5 else "boilerplate", "dom.outside-article")
    _drop_cards(blocks[lo:hi])
    _drop_link_runs(unintroduced(blocks[lo:hi]), outbound(url))
    drop_repeated_runs(blocks)
    drop_pull_quotes(blocks)
    unmake_list_steps(blocks)  # a booking's words among a list's steps, as on text
    fill_boxes(blocks)  # a box's heading and pitch over its button, as on text
    drop_end_headings(blocks)


def _summary_above(blocks: list[Block], cats: list[str], lo: int) -> int:
    """The container's start, moved up over the summary box set right above it ("Key points" and
    its items, a sibling of the article's content element): the text path's opener, in HTML."""
    k = lo - 1
    while k >= 0 and not blocks[k].text:
        k -= 1
    items = 0
    while k >= 0 and items < BOX_LINES and blocks[k].text and blocks[k].label == "body" and not cats[k] \
            and blocks[k].kind in ("list", "paragraph") and not OPENER.fullmatch(blocks[k].text):
        k, items = k - 1, items + 1
    if k >= 0 and items and blocks[k].label == "body" and not cats[k] and OPENER.fullmatch(blocks[k].text):
        return k
    return lo


def _drop_cards(blocks: list[Block]) -> None:
    """Teaser cards: three or more title-and-blurb cards, each ended by the same button ("LEARN
    MORE", "Read more"), a few short blocks apart and nowhere else, below more of the
    article's prose than they hold (else they are the page: a list of webcams). A listicle's
    entries under a button are no cards: their paragraphs are longer than a blurb."""
    texts = [b for b in blocks if b.text and (b.label == "body" or _link_button(b))]
    buttons: dict[str, list[int]] = {}
    for k, b in enumerate(texts):
        if _link_button(b):
            buttons.setdefault(b.text.casefold(), []).append(k)
    for at in buttons.values():
        gaps = [y - x for x, y in zip(at, at[1:])]
        if len(at) < _CARDS or not all(_CARD_GAP[0] <= g <= _CARD_GAP[1] for g in gaps):
            continue
        first = max(0, at[0] - gaps[0] + 1)  # the first card as long as the next
        cards = texts[first : at[-1] + 1]
        above = sum(b.words for b in texts[:first] if b.prose)
        if all(b.words <= _BLURB_WORDS for b in cards) and above >= sum(b.words for b in cards):
            for b in cards:
                b.set("related", "dom.cards")


def _link_button(b: Block) -> bool:
    """A short link to another page that is no sentence, whether a rule took it as a control
    ("Learn more") or not. A link within the page ("Jump to Review") leads to the article's own entry."""
    return (b.label in ("body", "chrome") and b.words <= _BUTTON_WORDS and b.link_share > 0.5 and not b.prose
            and not all(url.startswith("#") for _, url in b.links))


def _cut_at_barrier(blocks: list[Block], scores: list[float], cats: list[str], lo: int, hi: int) -> int:
    """The container's end: its first related-stories or comments heading (a barrier rule) or
    comments box (by its DOM name) below a whole article's prose, unless the article goes on
    past a related heading (an inline "Related" box; comments are never inside the article).
    Flat markup puts the article, the site's story list and its testimonials in one element;
    the text path cuts there too (revise.first_substantial_run)."""
    inside = _inline_comment_boxes(blocks, cats)
    ends = [b.barrier or (cat in _END_FURNITURE and i not in inside) for i, (b, cat) in enumerate(zip(blocks, cats))]
    walled = [-1000.0 if end else s for end, s in zip(ends[lo:hi], scores[lo:hi])]
    run_lo, run_hi = best_run(walled)
    enough = max(SUBSTANTIAL, _WHOLE_SHARE * sum(walled[run_lo : run_hi + 1]))
    prose = [0.0]
    for s in scores:
        prose.append(prose[-1] + max(s, 0.0))
    for i in range(lo, hi):
        if ends[i] and prose[i] - prose[lo] >= enough:
            if blocks[i].label == "comment" or (cats[i] in _END_FURNITURE and i not in inside) or not _inline_box(blocks, scores, prose, lo, hi, i):
                return i
    return hi


SMALL_COMMENT_WORDS, LONG_AFTER, AFTER_WINDOW = 40, 30, 4


def _inline_comment_boxes(blocks: list[Block], cats: list[str]) -> set[int]:
    """Blocks of small comment-named elements the article's long prose goes on after (two paragraphs
    of 30 words or more among the next four text blocks): a teaser card's comment count ("Posts 41"),
    a "Top comment" box set in the text. They sit inside the article, so they end nothing."""
    inside: set[int] = set()
    if not blocks or blocks[0].dom is None:
        return inside
    elements = blocks[0].dom.page.elements
    texts = [b.index for b in blocks if b.text]
    seen: set[int] = set()  # each element read once: a long thread's blocks share theirs
    for i, cat in enumerate(cats):
        dom = blocks[i].dom
        if cat != "comment" or dom is None or dom.hint_el < 0 or dom.hint_el in seen:
            continue
        seen.add(dom.hint_el)
        el = elements[dom.hint_el]
        if not _fewer_words(blocks[el.start : el.end], SMALL_COMMENT_WORDS):
            continue
        first = bisect.bisect_left(texts, el.end)
        after = texts[first : first + AFTER_WINDOW]
        if sum(1 for k in after if blocks[k].prose and blocks[k].words >= LONG_AFTER) >= 2:
            inside.update(range(el.start, el.end))
    return inside


def _fewer_words(blocks: list[Block], limit: int) -> bool:
    """Whether ``blocks`` hold fewer than ``limit`` words (read only until they reach it)."""
    total = 0
    for b in blocks:
        total += b.words
        if total >= limit:
            return False
    return True


def _inline_box(blocks: list[Block], scores: list[float], prose: list[float], lo: int, hi: int, at: int) -> bool:
    """Whether the article's prose goes on below ``at`` in the element that holds most of it above
    (the innermost such), or in elements of its kind (an article split into "rich-text" sections):
    then the heading belongs to a box inside the article, not to a list below it."""
    above = prose[at] - prose[lo]
    elements = blocks[0].dom.page.elements
    body = None
    for e in elements:
        if e.start < at and e.end > lo and (body is None or e.end - e.start < body.end - body.start):
            if prose[min(e.end, at)] - prose[max(e.start, lo)] >= 0.5 * above:
                body = e
    if body is None or (body.start <= lo and body.end >= hi):
        # flat markup: no element of the article's own to go on in, unless the heading opens a
        # small element of its own (a box, its teasers with it) that the article's prose goes on after
        # (or a list of its own right under it: "<p><strong>Related Content</strong></p><ul class=related>…</ul>")
        box = _box_at(elements, at, lo) or (_box_at(elements, at + 1, lo) if at + 1 < hi else None)
        return box is not None and _prose_after(scores, box.end, hi) >= TAIL_SHARE * above
    below = [(at, body.end)] if body.end > at else []
    if body.hints:
        below += [(e.start, e.end) for e in elements if at <= e.start < hi and (e.tag, e.hints) == (body.tag, body.hints)]
    after = sum(s for a, b in below for s in scores[a : min(b, hi)] if s >= LONG_PROSE)
    return after >= TAIL_SHARE * above  # as the text path's tail: more than a promo paragraph


def _box_teasers(blocks: list[Block], elements: list[Element], lo: int, hi: int) -> None:
    """The teasers of a related box the article goes on past: the box's lines under its
    heading that are no prose ("Te puede interesar" / "Colectivos: cuánto costará …")."""
    for i in range(lo, hi):
        if blocks[i].barrier and blocks[i].label == "related" and (box := _box_at(elements, i, lo)) is not None:
            for b in blocks[i + 1 : box.end]:
                if b.label == "body" and b.text and not b.prose:
                    b.set("related", "dom.related-box")


def _box_at(elements: list[Element], at: int, lo: int) -> Element | None:
    """The smallest element that opens with block ``at`` (a box's heading) and holds a few
    blocks more (its teasers): "<div class=te-puede-interesar><p>Te puede interesar</p><a>…</a></div>"."""
    boxes = [e for e in elements if e.start == at and lo <= e.start and 1 < e.end - e.start <= BOX_LINES]
    return min(boxes, key=lambda e: e.end - e.start, default=None)


def _prose_after(scores: list[float], start: int, hi: int) -> float:
    return sum(s for s in scores[start:hi] if s >= LONG_PROSE)


def _first_prose(blocks: list[Block]) -> int:
    """Where the page's first paragraph of prose stands: a headline stands above it."""
    return next((i for i, b in enumerate(blocks) if text_block_score(b) >= FIRST_PROSE), len(blocks))


def _lone_h1(blocks: list[Block], url: str | None = None) -> Block | None:
    """The page's one level-1 heading, when it reads like a headline: the title, wherever it stands
    (find_title weighs the lines above a text's body run; a page's candidates run to its footer).
    One word is a headline when the URL spells it ("Famotidine" on /famotidine.html)."""
    h1 = lone_h1(blocks)
    if h1 is not None and h1.words == 1 and h1.label == "body" and h1.text.strip(" .:").casefold() in slug_words(url):
        return h1
    return h1 if h1 is not None and title_like(h1) else None


def _barriers(cats: list[str]) -> list[bool]:
    """Furniture the article's run never crosses; a button sits inside content (a slide's "View"), not between."""
    return [bool(c) and c != "chrome" for c in cats]


def page_scores(blocks: list[Block]) -> list[float]:
    """Every block's score; the items of a list the article's own sentence introduces ("Key
    topics discussed in the guide include:") count as list rows however short, and so does
    that sentence: a menu has no sentence over it."""
    scores = [block_score(b) for b in blocks]
    i = 0
    while i < len(blocks):
        j = i + 1
        intro = _list_intro(blocks[i])
        if intro or _list_heading(blocks[i]):
            while j < len(blocks) and _short_item(blocks[j]):
                j += 1
            if j - i - 1 >= (_INTRODUCED_ITEMS if intro else _HEADED_ITEMS) and (intro or _worded(blocks[i + 1 : j])):
                for k in range(i, j):  # (a checklist's items weigh by their words, as its sentences would)
                    scores[k] = max(scores[k], _ROW_SCORE if intro else blocks[k].words / 10)
        i = j  # each block read once: a list's items are not read again as intros
    return scores


def _list_intro(b: Block) -> bool:
    return introduces_list(b) and b.link_share <= 0.3


# A checklist's heading over its items ("12 months before" / "Book your venue and pay the
# deposit" ...): no link, items of three words and more, as a menu's section never is.
_HEADED_ITEMS, _ITEM_WORDS = 4, 3


def _list_heading(b: Block) -> bool:
    return b.kind == "heading" and b.label == "body" and b.link_share == 0 and b.words <= 12


def _worded(items: list[Block]) -> bool:
    return all(b.link_share == 0 and b.words >= _ITEM_WORDS for b in items)


def _short_item(b: Block) -> bool:
    return b.label == "body" and b.kind == "list" and b.words >= 2 and b.link_share <= 0.3


def block_score(b: Block) -> float:
    """The words-only score of the text path, without its text-only tuning (barriers,
    list content): the DOM's judgement is added by the caller.

    A long paragraph of sentences is prose even when its last words are not a sentence
    (a "Read more »" glued on by the markup), unless it stops mid-sentence (an excerpt)."""
    if (not b.prose and b.label == "body" and b.words >= _LONG_WORDS and b.link_share <= 0.5 and b.stop_share >= 0.2
            and len(_SENTENCE_END.findall(b.text)) >= 3 and not _CUT_OFF.search(b.text)):
        return min(float(b.words), 120.0)
    if _content_row(b):
        return _ROW_SCORE
    if _index_line(b):
        return b.words / 10
    return text_block_score(b, text_only=False)


def _index_line(b: Block) -> bool:
    """A long line of words that is no sentence and hardly a link ("Section 2 - Hinges Pages
    77-174 - D-Rings, Folding, T's, and Paddle Handles Pages 175-206 ..."): a catalogue's
    index, a spec sheet, a schedule. A menu is links; a footer's address is a few words."""
    return not b.prose and b.label == "body" and b.words >= _INDEX_WORDS and b.link_share <= _INDEX_LINKS


def _content_row(b: Block) -> bool:
    """A list item or table row of words, not links ("Book music - DJ or band secured"): the article's
    checklist or table, which a menu or a teaser list (links) is not."""
    return (b.label == "body" and not b.prose and b.kind in ("list", "table") and b.words >= _ROW_WORDS
            and b.link_share <= 0.3)


def _penalised(blocks: list[Block], scores: list[float], cats: list[str]) -> list[float]:
    """Block scores with furniture pushed below zero: its prose (teasers, comments) is not the article's.

    A run of link lines that no class names (an index of the site's pages unfolded in the middle of the
    article) weighs at most _LINK_RUN_CAP: a thousand links would otherwise sink the article's element; and
    an ad box's run of blocks at most _AD_BOX_CAP: a listicle's product boxes (a plugin's, set between its
    picks) would otherwise sink the article's own element below its first paragraph."""
    out = [min(s, 0.0) - 3.0 - b.words / 10 if cat and b.label == "body" else s for b, s, cat in zip(blocks, scores, cats)]
    _cap_runs(out, lambda k: cats[k] == "advertisement", _AD_BOX_CAP)
    _cap_runs(out, lambda k: not cats[k] and blocks[k].link_share > 0.6 and out[k] < 0, _LINK_RUN_CAP)
    return out


def _cap_runs(out: list[float], inside: Callable[[int], bool], cap: float) -> None:
    """Each run of blocks ``inside`` says are one thing weighs at most ``cap`` below zero, scaled down evenly."""
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and inside(j):
            j += 1
        total = sum(out[i:j])
        if total < -cap:
            for k in range(i, j):
                out[k] *= cap / -total
        i = max(j, i + 1)


_AD_BOX_CAP = 6.0


def dom_categories(blocks: list[Block], elements: list[Element], scores: list[float]) -> list[str]:
    """Per block, the furniture category its DOM names, or ""."""
    prefix = [0.0]
    for s in scores:
        prefix.append(prefix[-1] + max(s, 0.0))
    total = prefix[-1]
    words, linked = [0.0], [0.0]
    for b in blocks:
        words.append(words[-1] + b.words)
        linked.append(linked[-1] + b.words * b.link_share)

    shared = _class_mass(blocks, elements, prefix)

    def wrapper(el: Element) -> bool:
        """A page wrapper, or furniture words on an element (or on the paywall elements of one class)
        that hold a good part of the prose."""
        mass = prefix[el.end] - prefix[el.start]
        if total <= 0 or mass >= _WRAPPER_SHARE * total:
            return total > 0
        if el.category in _GATED:
            mass = max(mass, shared.get(el.hints, 0.0))
        return el.category not in _PROSE_FURNITURE and mass >= _PROSE_SHARE * total and mass >= 100

    def prose_text(el: Element) -> bool:
        """Words enough, few of them links, mostly prose."""
        n = words[el.end] - words[el.start]
        mass = prefix[el.end] - prefix[el.start]
        return n >= _TOC_WORDS and linked[el.end] - linked[el.start] < _TOC_LINKS * n and mass >= _TOC_PROSE * n

    def text_note(el: Element) -> bool:
        """A sentence or two, few of them links."""
        n = words[el.end] - words[el.start]
        return n >= _NOTE_WORDS and linked[el.end] - linked[el.start] < _TOC_LINKS * n

    def unlinked(el: Element) -> bool:
        """Words enough, or a section's heading ("edTag": an editor's subhead), and not one of them a
        link's: no menu of the site's, which leads somewhere."""
        return ((words[el.end] - words[el.start] >= _UNLINKED_WORDS or el.tag in _SUBHEADS)
                and linked[el.end] == linked[el.start])

    cats = []
    prose_marks: dict[int, bool] = {}
    contents: list[Element] | None = None  # the article-like elements, listed once a landmark asks
    for b in blocks:
        d, cat = b.dom, ""
        if d.hint_el >= 0 and not wrapper(elements[d.hint_el]):
            el = elements[d.hint_el]
            cat = el.category
            if cat == "navigation" and _TOC.search(el.hints) and prose_text(el):
                cat = ""  # a "toc" class on prose that links nowhere: the article's text, marked for its contents list
            elif cat in ("share", "caption") and blocks[el.start].kind == "heading" and prose_text(el):
                # a section under its heading, in prose, named for what it tells of ("share" a feature's anchor)
                # or for where it sits (a newsletter's text "caption" beside its picture)
                cat = ""
            elif cat == "navigation" and unlinked(el):
                cat = ""  # a bar's or a restaurant's menu ("menu-item": a drink, its makings, its price) links nowhere
            elif cat == "boilerplate" and _NOTE.search(el.hints) and text_note(el):
                cat = ""  # a docs page's note in the text ("theme-admonition alert alert--warning"), no site alert
            elif _anchor(el, blocks):
                cat = ""
        if not cat and d.landmark_el >= 0:
            el = elements[d.landmark_el]
            if d.landmark_el not in prose_marks:  # (once an element)
                if contents is None:
                    contents = [c for c in elements if c.content]
                prose_marks[d.landmark_el] = _prose_landmark(el, contents, prose_text)
            if el.landmark != "header" and not wrapper(el) and not prose_marks[d.landmark_el]:
                cat = el.landmark
        cats.append(cat)
    return cats


_UNLINKED_WORDS = 8
_SUBHEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _prose_landmark(el: Element, contents: list[Element], prose_text: Callable[[Element], bool]) -> bool:
    """A <nav> that holds prose, not links (Webflow's dropdown puts an FAQ's answer in one), or an
    <aside> of prose set in one of the article-like ``contents`` (a fact box, "What is RSV?")."""
    if el.tag not in ("nav", "aside") or not prose_text(el):
        return False
    return el.tag == "nav" or any(c.start <= el.start and el.end <= c.end and c is not el for c in contents)


def _class_mass(blocks: list[Block], elements: list[Element], prefix: list[float]) -> dict[str, float]:
    """The prose held by the hint elements of each class and id words, summed over the page."""
    mass: dict[str, float] = {}
    for i in {b.dom.hint_el for b in blocks if b.dom.hint_el >= 0}:
        el = elements[i]
        mass[el.hints] = mass.get(el.hints, 0.0) + prefix[el.end] - prefix[el.start]
    return mass


def _anchor(el: Element, blocks: list[Block]) -> bool:
    """A heading's id made from its own text ("h-what-is-social-shopping" on "What is Social Shopping?"), or a
    section's made from its heading's: a link target for the contents list, not a name for furniture ("social"
    there is no share bar). A section needs more words: "you-might-also-like" is a list of links."""
    if el.end <= el.start or blocks[el.start].kind != "heading":
        return False
    n = _ANCHOR_WORDS if el.tag in _HEADING_TAGS else _SECTION_ANCHOR_WORDS
    first = hint_words(blocks[el.start].text).split()[:n]
    return len(first) >= n and " ".join(first) in el.hints


def container(
    blocks: list[Block], elements: list[Element], scores: list[float], furniture: list[bool] | None = None,
    cats: list[str] | None = None,
) -> tuple[int, int]:
    """[lo, hi) of the element whose blocks score best; the whole page when none scores."""
    prefix = [0.0]
    for s in scores:
        prefix.append(prefix[-1] + s)
    best, lo, hi, chosen = 0.0, 0, len(blocks), -1
    values = [prefix[el.end] - prefix[el.start] if el.end > el.start else None for el in elements]
    top = max(((v, el.start, el.end) for v, el in zip(values, elements) if v is not None and v > 0), default=(0.0, 0, -1),
              key=lambda t: t[0])  # the best element before any content bonus
    for i, el in enumerate(elements):
        value = values[i]
        if value is None:
            continue
        if el.content and not (el.start <= top[1] and top[2] <= el.end and value < _NO_BONUS_BELOW * top[0]):
            value += _CONTENT_BONUS * abs(value)  # (not to one that only adds furniture to the best element it holds)
        if value > best or (value == best and el.end - el.start < hi - lo):
            best, lo, hi, chosen = value, el.start, el.end, i
    if chosen >= 0:
        lo, hi = _with_like_sections(elements, chosen, prefix)
        if cats is not None:
            lo, hi = _whole_article(blocks, elements, cats, lo, hi)
    run_lo, run_hi, run_value = _best_run(scores, furniture or [False] * len(scores))
    if best > 0 and run_value > _RUN_GAIN * best and not (lo <= run_lo and run_hi <= hi):
        return run_lo, run_hi  # flat markup: the article's paragraphs share a parent with the comments
    return lo, hi


_CLEAN_SHARE = 0.8  # of the article element's other words: no furniture's, no links'


def _whole_article(blocks: list[Block], elements: list[Element], cats: list[str], lo: int, hi: int) -> tuple[int, int]:
    """The article element (``<article>``, ``<main>``, a content class) around the chosen
    element, when what it holds beside it is the article's too: headings and list items (a
    changelog, a checklist under its intro) that score low as prose but are no furniture
    and no links. The best-scoring element is then only the article's one paragraph."""
    outer = min(((e.end - e.start, e) for e in elements if e.content and e.start <= lo and e.end >= hi
                 and e.end - e.start > hi - lo), default=None, key=lambda pair: pair[0])
    if outer is None:
        return lo, hi
    a = outer[1]
    clean = dirty = 0
    for i in (*range(a.start, lo), *range(hi, a.end)):
        b = blocks[i]
        if not b.text:
            continue
        if cats[i] or b.label != "body" or b.link_share > 0.3 or b.kind == "image":
            dirty += b.words  # (a thumbnail's alt text: a teaser card's, no changelog has them)
        else:
            clean += b.words
    return (a.start, a.end) if clean and clean >= _CLEAN_SHARE * (clean + dirty) else (lo, hi)


def _with_like_sections(elements: list[Element], chosen: int, prefix: list[float]) -> tuple[int, int]:
    """The chosen element, grown to the ancestor that holds its like siblings: an article split
    into sections of one class ("sect1", "chapter") is all of them, not the best section."""
    el = elements[chosen]
    lo, hi = el.start, el.end
    # The element, its thin wrappers inside and, on the way up, its ancestors: whose likes are looked for.
    chain = {(e.tag, e.hints) for e in elements if e.start == lo and e.end == hi and e.hints}
    ancestors = sorted(((a.end - a.start, -i) for i, a in enumerate(elements[:chosen])
                        if a.start <= lo and a.end >= hi and a.end - a.start > hi - lo))
    levels, span = 0, hi - lo
    for size, i in ancestors:
        a = elements[-i]
        if a.category or a.landmark in ("navigation", "boilerplate"):
            break
        if size > span:
            levels, span = levels + 1, size
            if levels > _SECTION_LEVELS:
                break
        likes = _likes_inside(elements, -i, chain, lo, hi)
        if likes:
            prose = sum(max(prefix[e.end] - prefix[e.start], 0.0) for e in likes)
            if any(e.category for e in likes) or prose < _LIKE_SHARE * (prefix[el.end] - prefix[el.start]):
                break
            lo, hi = a.start, a.end
        elif max(prefix[lo] - prefix[a.start], 0) + max(prefix[a.end] - prefix[hi], 0) > 0:
            break  # prose beside the element that is not a like section: not a wrapper to pass through
        if a.hints:
            chain.add((a.tag, a.hints))
    return lo, hi


def _likes_inside(elements: list[Element], outer: int, chain: set[tuple[str, str]], lo: int, hi: int) -> list[Element]:
    """The non-empty elements inside ``elements[outer]``, outside [lo, hi), of a kind in ``chain``.

    Elements are listed in document order, so their starts never decrease: the first one
    starting at or after the outer element's end, and every one after it, lies outside it."""
    a = elements[outer]
    likes = []
    for k in range(outer + 1, len(elements)):
        e = elements[k]
        if e.start >= a.end:
            break
        if e.end > e.start and e.end <= a.end and (e.tag, e.hints) in chain and (e.end <= lo or e.start >= hi):
            likes.append(e)
    return likes


def _best_run(scores: list[float], furniture: list[bool]) -> tuple[int, int, float]:
    """[lo, hi) and sum of the contiguous blocks with the highest total score (Kadane),
    never across furniture (a share bar, a related list): the article does not run through it."""
    best, best_lo, best_hi = 0.0, 0, 0
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if furniture[i]:
            total = 0.0
            continue
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, best_lo, best_hi = total, start, i + 1
    return best_lo, best_hi, best
