"""How a block reads: as prose, a headline, a menu line; and whether the text is a whole page.

The context pass (``revise``) weighs blocks by these: ``block_score`` is what the body run
sums, ``title_like`` what a headline looks like, ``whole_page`` tells a page with its menus
and footer from an article someone already cut out.
"""

from __future__ import annotations

import unicodedata

import regex

from . import markup
from .blocks import Block
from .features import shouted
from .textcache import TextCache
from .title import headline_words

_TITLE_END_OK = regex.compile(r"[^.;,:。]$|\.\.\.$|…$")
_ALL_CAPS = regex.compile(r"^[^\p{Ll}]*$")
TRAILING_COUNTER = regex.compile(r"\s*\d{1,2}$")
WORD = regex.compile(r"\w+")
DIGIT = regex.compile(r"\d")
ALL_LINKS = 0.8  # a line this much links is a link line however long (a tag cloud)
# Author, date and filing lines ("Posted in News") the rules did not claim still are not headlines.
_BYLINE_LIKE = regex.compile(
    r"^(?:by|written\s+by|posted\s+by|author|posted\s+in|filed\s+(?:in|under))\b\s*:?|\b(?:updated|published|posted)\s+(?:on\s+)?\w+\s+\d"
    r"|\b\d+\s+min(?:ute)?s?\s+read\b|^\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}",
    regex.I,
)
# A sentence ends and another starts (after a word: "U.S. Sees", "Dr. Who" are no end).
_NEXT_SENTENCE = regex.compile(r"\p{Ll}{2}[.!?][\"'”’)]?\s+\p{Lu}|[。！？]\S")
PARAGRAPH_WORDS = 15
LIST_INTRO_WORDS = 5  # a sentence this long ending in ":" introduces the list below it
MENU_RUN_WORDS = 18
_CLAUSE_MARK = regex.compile(r"[,:;?!()—–]|\s-\s")


# What follows a standfirst in an article's header. An ad slot is not of it: it is as
# often set after the article's first paragraph, which then is no standfirst.
HEADER_MATTER = frozenset({"byline", "caption", "chrome", "note", "url", "share", "gallery"})
HEADER_REACH = 7  # blocks under a headline, empty ones too, where its standfirst and byline sit


def title_like(b: Block) -> bool:
    """A line that may be the headline: short, worded as one (no byline, no run of sentences,
    no menu's entries glued together)."""
    if b.label != "body" or not b.text or b.kind in ("code", "rule", "table", "image", "list") or markup.BULLET.match(b.text):
        return False  # (a bullet however deeply indented: a layout renderer's menu entry)
    heading = b.kind == "heading"
    if not (2 <= b.words <= 40 if heading else 3 <= b.words <= 30 and b.link_share < 0.5):
        return False  # the cheap tests first: most lines above the body are menu entries
    if _BYLINE_LIKE.search(b.text) or not headline_words(b.text):
        return False
    if b.link_share > 0.5 and markup.HOME_LINK.match(b.raw):
        return False  # a logo's link home
    # two title-cased sentences: a headline in any track ("The Last Pharmacy in Town Closed. Now a Nurse Drives the
    # Prescriptions.", "I Tracked Every 15 Minutes of My Life for 90 Days. Here's What I Learned.")
    titled = _NEXT_SENTENCE.search(b.text) is not None and title_case_share(b.text) >= TITLED_SENTENCES
    if b.words >= PARAGRAPH_WORDS and _NEXT_SENTENCE.search(b.text) and not titled:
        return False  # sentences, however the line ends ("... by the end of the year. More")
    if b.words > MENU_RUN_WORDS and not _CLAUSE_MARK.search(b.text):
        return False  # a menu's entries run together ("Audio Podcast Webinars Blog Recipes ..."): a headline this long has clauses
    return heading or titled or bool(_TITLE_END_OK.search(b.text))


TITLED_SENTENCES = 0.6
SPONSORED_LINK_WORDS = 20
VIDEO_TITLE_WORDS = 20
SPONSORED = regex.compile(r"\b(?:sponsored|promoted|paid|partner|advertorial)\b", regex.I)


def title_case_share(text: str) -> float:
    """Share of words that start with a capital: menus and headlines are Title Case. A word of
    a script without case (Chinese, Arabic, Thai) counts as one: nothing tells its menus from
    its content here, and reading them as content kept whole pages."""
    found = _TITLE_CASE.get(text)
    if found is None:
        words = [w for w in text.split() if w[:1].isalpha()]
        found = sum(1 for w in words if w[0].isupper() or _uncased(w[0])) / len(words) if words else 1.0
        _TITLE_CASE.keep(text, text, found)
    return found


_TITLE_CASE = TextCache()


def _uncased(ch: str) -> bool:
    """A letter of a script without case (Han, Arabic, Thai: category Lo), not a modifier
    letter (the IPA stress mark "ˈ" of a pronunciation line) nor a lower-case one."""
    return not ch.islower() and unicodedata.category(ch) == "Lo"



def introduces_list(b: Block) -> bool:
    """A sentence of the article that ends with a colon introduces the list below it ("This
    guide compares the five platforms:"): the list is the writer's, however menu-like."""
    return b.label == "body" and (
        (b.kind != "heading" and b.words >= LIST_INTRO_WORDS and b.text.rstrip().endswith(":"))
        or (b.words <= LIST_HEADING_WORDS and _LIST_HEADING.fullmatch(b.text.strip()) is not None))


# a how-to's heading over its list, no colon: "Supplies", "What you'll need", "Tools and materials"
_LIST_HEADING = regex.compile(
    r"(?:supplies|materials|tools(?:\s+(?:and|&)\s+(?:materials|supplies))?|what\s+you(?:['’]ll|\s+will)?\s+need|you(?:['’]ll|\s+will)\s+need"
    r"|equipment|ingredients|notions|cut\s+list)(?:\s+(?:used|needed|list))?\s*:?", regex.I)
LIST_HEADING_WORDS = 5

def content_like(b: Block) -> bool:
    """A short block that reads as article content: a list item, a table row, code,
    or a lower-case phrase ("Sleeping pad patch kit"), not a menu entry or a headline."""
    if b.label != "body" or not b.text or b.link_share > 0.3:
        return False
    if b.kind in ("table", "code") or (b.kind == "list" and b.words >= 2):
        return True
    if b.words < 3:
        return False
    share = title_case_share(b.text)
    # A short sentence ("MQ033 now allows trailing colons."): a list item of the writer's, its
    # code names capitalised; a menu entry or a headline ends with no full stop, a slogan is
    # two sentences ("Automate compliance. Strengthen resilience.").
    return share < 0.5 or (share < 0.75 and b.words >= 4 and _SHORT_SENTENCE.search(b.text) is not None
                           and _INNER_STOP.search(b.text) is None)


_SHORT_SENTENCE = regex.compile(r"[\p{L}\d][\p{L}\d)]*\.\s*$")
_INNER_STOP = regex.compile(r"[.!?]\s+\S")


def block_score(b: Block, *, text_only: bool = True) -> float:
    """How much a block looks like article prose (+) or page furniture (-).

    ``text_only=False`` is the HTML path's reading, whose DOM judgement is added by the
    caller: there barrier rules and list-content credit do not apply.
    """
    if text_only and b.barrier:
        return -1000.0
    if b.label in ("dateline", "note"):
        return max(1.0, b.words / 2)
    if b.label != "body":
        return -3.0
    if not b.text:
        return 0.0
    if b.link_share > 0.5:
        return -2.0 - b.words / 10
    if b.sentence and b.words > FLAT_MENU_WORDS and _flat_menu(b.text) and not shouted(b.text, b.stop_share):
        return -b.words / 4  # a flattened page's menu glued into one piece, a sentence's end or not: weighs by its length
    if b.prose and b.words >= 15 and b.stop_share >= 0.2:
        return min(float(b.words), 120.0)
    if b.prose and b.words >= 8:
        return b.words / 3
    if text_only and content_like(b):
        return 0.2
    if b.kind == "heading":
        return -0.5
    return -1.5 if b.words <= 4 else -1.0


FLAT_MENU_WORDS, FLAT_PAGE_MENU_WORDS = 8, 100


def _flat_menu(text: str) -> bool:
    """A flattened page's piece of mostly Title Case words (its menus run together, with the
    blurbs and labels between them), not a table's row of figures flattened with them.
    Looser than ``features._glued_menu``, which tells a one-line menu from a sentence on a
    page with lines: a flattened menu holds commas, dashes and sentences' ends."""
    if title_case_share(text) < 0.5:
        return False
    tokens = text.split()
    return sum(1 for t in tokens if DIGIT.search(t)) < 0.2 * len(tokens)


FIRST_PROSE = 20  # the score of the article's first paragraph: comments come after it


def first_prose(scores: list[float]) -> int | None:
    """The first block that scores as a paragraph of the article, or None."""
    return next((i for i, s in enumerate(scores) if s >= FIRST_PROSE), None)


NEXT_PARAGRAPH = 20  # words of a paragraph of sentences: two in a row after a related box are the article's


_PAGE_CHROME = frozenset({"navigation", "legal", "share", "newsletter", "paywall", "comment", "chrome", "advertisement"})


def whole_page(blocks: list[Block]) -> bool:
    """Text of a whole page (menus, footer, consent) rather than an article someone already cut out."""
    if blocks and blocks[0].sentence and sum(b.words for b in blocks if _flat_menu(b.text)) >= FLAT_PAGE_MENU_WORDS:
        return True  # a page flattened to one line, a hundred words of Title Case pieces in it, short or long (its menus): an extractor's flattened output has none
    chrome = _chrome_labels(blocks)
    menu = sum(1 for b in blocks[:60] if menu_line(b))
    # Several kinds of chrome, or a long menu: one kind repeated (image credits) is not a page.
    return (len(chrome) >= 4 and len(set(chrome)) >= 2) or menu >= 15


_NOT_PAGE_CHROME = frozenset({"chrome.symbols", "navigation.toc"})


def page_chrome(b: Block) -> bool:
    """Page chrome. A line of bare symbols ("[...]", "|---|", "}") is as common in code,
    tables and mail quotes as on pages, and a table of contents is the article's own, so
    neither says anything about the page."""
    return b.label in _PAGE_CHROME and b.rule not in _NOT_PAGE_CHROME


def _chrome_labels(blocks: list[Block]) -> list[str]:
    """Labels of the page-chrome blocks; a long line repeated (an image credit under each
    photo) counts once, a short one repeated ("Log in", "Home") each time."""
    seen: set[str] = set()
    labels = []
    for b in blocks:
        if page_chrome(b) and not (b.words >= 4 and b.text in seen):
            labels.append(b.label)
            seen.add(b.text)
    return labels


def menu_line(b: Block) -> bool:
    """A menu entry: one to three Title Case words (a phone number or a date is not one)."""
    return (b.label == "body" and 0 < b.words <= 3 and not b.prose and any(c.isalpha() for c in b.text)
            and title_case_share(b.text) >= 0.99)
