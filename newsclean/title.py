"""The headline for metadata, read from the whole text (labels are not changed here).

The body run's choice (``title.headline``) only sees the blocks above the run. Scraped
pages carry stronger signals: the page's ``<title>`` line at the top ("Headline | Site"),
echoed lower down by the visible headline; a headline right above its byline or date; a
headline that repeats (breadcrumb tail, image alt, a second rendering). This module
weighs those and returns the text; it never relabels a block, so the body stays as it is.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import unquote

import regex

from . import authors, dates, markup
from .blocks import Block, lines_above, lines_below

_WORD = regex.compile(r"\w+")
_SLUG_WORD = regex.compile(r"[a-z0-9]+")
_SCHEME_HOST = regex.compile(r"^[a-z]+://[^/]+")
# Separators between a headline and its site or section in a <title>: "A | B", "A - B", "A: B".
_SEPARATORS = r"\s+(?:\||--?|–|—|::|·|•|»|/)\s+|\s*\|\s*"
_PART_SEP = regex.compile(_SEPARATORS + r"|:\s+")
_SITE_SEP = regex.compile(_SEPARATORS)  # not ": ", which opens a headline's second half
_SENTENCE_END = regex.compile(r"[.;,。]$|[.!?][\"”’]$|\s[/›»>]$")  # (or a breadcrumb's piece: "Index funds /")
_BYLINE_START = regex.compile(r"^(?:by|written\s+by|posted\s+by|author|von|par|por)\b", regex.I)
_DATE_HINT = regex.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}\b|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d+\s+min(?:ute)?s?\s+read|(?:updated|published|posted)\b)",
    regex.I,
)
_LETTERED = regex.compile(r"\p{L}{2,}")  # a headline has words: "423.602.2750" is a phone number
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{4,}")  # ...or, in a script without spaces, characters
_BARE_URL = regex.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$", regex.I)  # a share box's "copy this link"
# No headline either: a post's categories ("Posted in Design, Layout"), a selector in brackets
# ("( United Kingdom / GBP )"), links that each point on ("Platform Overview → Support →")
# (nor a statute's or a list's item, "(b) provides complete … facilities; and", which runs on into the next; nor a top
# bar with a phone number or an address: "Dana Whitfield, REALTOR® | 512-555-0119 | dana@example.com")
_NOT_HEADLINE = regex.compile(
    r"^(?:posted|published|filed)\s+(?:in|under)\b|^\(.*\)$|→.*→|^\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)\s|[;,]\s*(?:and|or)?$"
    r"|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b[\w.+-]+@[\w-]+\.\w", regex.I)
# A word run into the next one's capital: "24/7 LiveNew York CityNew JerseyLong Island", a menu a
# renderer glued; a brand's capital ("WordPress", "YouTube") is one such, a headline rarely has three.
_GLUE = regex.compile(r"\p{Ll}{2}\p{Lu}")
GLUES = 3
_CLOCK = regex.compile(r"(?<!\d)[012]?\d:[0-5]\d(?!\d)")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FORM_LABEL = regex.compile(r"\((?:required|optional)\)\s*$|\*\s*$", regex.I)  # "How can we help? (Required)"
_CANDIDATE_LABELS = frozenset({"body", "title", "subtitle", "boilerplate", "navigation"})
_NEAR_LABELS = frozenset({"byline", "dateline"})
_NOT_HEADLINE_RULES = frozenset({"navigation.skip", "navigation.breadcrumb"})  # "Skip to content", "Home / Blog / …"
_NOT_TITLE_LINES = frozenset({"share", "advertisement"})  # a first line the rules read as a share bar or an ad is no <title> line
_CONSENT = "legal.cookie"  # nor a consent banner's heading ("## Cookies on the NHS Wellbeing website")
MAX_WORDS = 30
MAX_SCAN = 3000  # blocks looked at for a headline when no paragraph bounds the header
LOWER_MENU_STOPS = 0.25  # (jusText's English list has "home")
MAX_CHARS = 400  # a headline's length; longer lines are junk, and patterns stay linear
# Weights of the headline signals, in the units of a 3-word line (one point per 3 words, to 4).
HEADING_LEVEL_1, HEADING, TOP_LINE, ECHO, REPEATED, BYLINE_BELOW, FALLBACK, CRUMB = 12, 2, 4, 14, 4, 4, 5, 4
DATE_ABOVE = 4  # a line under a date and over the first paragraph: a blog post's headline
REWORDED = 7  # the visible headline rewording the <title> line's ("Top 10 U.S. Makers of X" / "Top 10 X Makers in the U.S.")
REWORDED_SHARE, REWORDED_LEAST = 0.6, 2  # content words shared: of the shorter side, and at least
SLUG, SLUG_LEAST, SLUG_FAR = 8, 0.5, 0.7  # the URL slug's words a line shares (Dice): its weight at all, the least, below the first paragraph
ARTICLE_WORDS = 40  # a paragraph this long is the article's, not a menu's blurb
LEAD_WORDS = 20  # a longer line over the first paragraph is its standfirst
WORDS = 1.5  # per 3 words, to 12 words: a headline is a phrase, not a menu entry
NEAR = 3  # lines apart that still count as the same place
LOOK_AHEAD = 3  # a byline or date this close under a line marks it as the headline


def slug_words(url: str | None, past_id: bool = False) -> frozenset[str]:
    """Words of the URL's last path segment: news URLs usually spell the headline. ``past_id``: of the segment
    before it when it is an id (for the body's headline; the title's choice reads the last segment only: a slug
    before an id spells the page's SEO title, the <title> line, more often than its headline, dev 0106)."""
    if not url:
        return frozenset()
    path = slug_fold(unquote(_SCHEME_HOST.sub("", url.lower()).split("?")[0].split("#")[0]))
    segments = [s for s in path.split("/") if s]
    if segments and _INDEX_PAGE.fullmatch(segments[-1]):
        segments.pop()  # "/2023/11/06/politics/takeaways-trump-testimony/index.html": the folder is the slug
    if not segments:
        return frozenset()
    words = _segment_words(segments[-1])
    if past_id and len(segments) > 1 and all(w.isdigit() or w in _ID_WORDS or _ID_PART.fullmatch(w) for w in words):
        # an id after the slug: "/post/missing-man-found-safe/15234477/", "/…/article_<uuid>.html", "/…/89-5c2e71a0"
        before = _segment_words(segments[-2])
        if len(before) >= SLUG_BEFORE_ID_WORDS:
            return before
    return words


def _segment_words(segment: str) -> frozenset[str]:
    words = [w for w in _SLUG_WORD.findall(segment) if not _POST_ID.fullmatch(w)]  # ("…-4c1e2b7f90a1": Medium's id)
    return frozenset(words) - {"html", "htm", "php", "amp"}


SLUG_BEFORE_ID_WORDS = 3
_ID_WORDS = frozenset({"article", "story", "post", "id", "p"})
_ID_PART = regex.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[0-9a-z]{2,12}")  # a uuid's or a short id's part: "1c2d", "11ef"


_POST_ID = regex.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[0-9a-z]{8,}")  # a platform's post id: letters and figures, eight or more


_INDEX_PAGE = regex.compile(r"(?:index|default|amp)(?:\.\w{2,5})?")


SUBJECT_DICE = 1.0  # the slug says the name line's words and no others


def slug_dice(text: str, slug: frozenset[str]) -> float:
    """How much of a line's words and the slug's are the same (Dice: 1 when the same set)."""
    if not slug:
        return 0.0
    mine = set(_SLUG_WORD.findall(slug_fold(text.lower())))
    return 2 * len(mine & slug) / (len(mine) + len(slug))


def slug_fold(text: str) -> str:
    """Text as a slug spells it, its accents dropped ("La frégate entre en service" -> "la fregate entre en service",
    as "/la-fregate-entre-en-service/"). ASCII, most text, passes through. (Apostrophes stay word breaks: slugs
    spell "Kev's" both "kevs" and "kev-s".)"""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


TITLE_CASE_WORDS, TITLE_CASE_SHARE = 3, 0.8
_LONG_WORD = regex.compile(r"[\p{L}'’]{4,}")


def _title_cased(text: str) -> bool:
    """Most of the line's longer words start with a capital, as a headline's do and a sentence's don't (its short
    words are as often lower-case: "Things to Know Before Travelling to Japan for the First Time.", which
    scores.title_case_share, counting every word, reads as 0.64)."""
    words = _LONG_WORD.findall(text)
    return len(words) >= TITLE_CASE_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _candidate(b: Block) -> bool:
    if b.label not in _CANDIDATE_LABELS or not b.text or b.kind in ("code", "table", "image", "rule"):
        return False
    if b.rule in _NOT_HEADLINE_RULES:
        return False
    if b.link_share > 0.5 or _BYLINE_START.match(b.text):
        return False
    if b.kind == "list" or markup.BULLET.match(b.text):
        return False  # a list item ("* Sign in", a layout renderer's menu) heads nothing
    if b.words == 1 and b.level == 1:
        return _ONE_WORD_HEADLINE.fullmatch(b.text) is not None  # a page's level-1 heading of one word: "# Coffee", "# Installation"
    # (a level-1 heading may be a sentence: "The Hawks don't need a superstar. They need a point guard."; so may a
    # line in title case, where prose is in sentence case: "I Quit My Job Without a Plan. Here's What I'd Tell You First.")
    return (2 <= b.words <= MAX_WORDS and len(b.text) <= MAX_CHARS
            and (not _SENTENCE_END.search(b.text)
                 or ((b.level == 1 or _title_cased(b.text)) and b.text.rstrip().endswith(".")))
            and headline_words(b.text) and not _lower_menu(b))


_ONE_WORD_HEADLINE = regex.compile(r"\p{L}[\p{L}\p{N}\x27’-]{2,30}")


def _lower_menu(b: Block) -> bool:
    """A menu set in lower case: four words or more, hardly a stop word among them, no
    capital nor figure ("home newsletter blog github bluesky"). A headline in lower case has
    its function words, or opens with a figure ("10 ways meditation can improve your health")."""
    return (b.words >= 4 and b.stop_share < LOWER_MENU_STOPS and b.text == b.text.lower() and b.text != b.text.upper()
            and not any(c.isdigit() for c in b.text))


def headline_words(text: str) -> bool:
    """Words a headline can be: two with letters at least, not a form field's label, an
    address, a time stamp nor a menu's entries glued together."""
    return ((len(_LETTERED.findall(text)) >= 2 or _UNSPACED.search(text) is not None) and not _FORM_LABEL.search(text)
            and not _BARE_URL.match(text) and not _time_stamp(text) and not glued_menu(text)
            and not _NOT_HEADLINE.search(text))


def glued_menu(text: str) -> bool:
    """A menu's entries run together where a renderer lost their spaces ("ProjectsBlogAbout")."""
    return len(_GLUE.findall(text)) >= GLUES


def _time_stamp(text: str) -> bool:
    """A clock time and a year on one line: when the story was filed, in any language
    ("North Korea 09:31 August 20, 2019", "更新时间 2012年12月10日 10:41"), never its headline."""
    return _CLOCK.search(text) is not None and _YEAR.search(text) is not None


def page_title_parts(line: str, site, sep: regex.Pattern[str] = _PART_SEP) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Keys of the ways a <title> line can hold its headline: whole, or a run of its parts
    from either end ("Headline | Section | Site"), with how likely each is the headline:
    the leading run most, a trailing run less, the site's own name not at all."""
    parts = [p for p in sep.split(line) if p.strip()]
    named = site.site_parts(parts)
    out = {_key(line): 0.0 if site.spells(line) else 1.0}  # the site's name alone ("Example.com"): a logo
    for k in range(1, len(parts)):
        head, tail = range(k), range(k, len(parts))
        out.setdefault(_key(" ".join(parts[i] for i in head)), 0.0 if set(head) <= named else 1.0)
        out.setdefault(_key(" ".join(parts[i] for i in tail)),
                       0.0 if set(tail) <= named else 1.0 if set(head) <= named else 0.6)  # "Site: Headline"
    cut = site.cut(line)
    if cut != line:
        out.setdefault(_key(cut), 1.0)  # the line less its site's name however it was glued on ("Headline (Site)")
    out.pop("", None)
    return out


ECHO_WORDS, NEAR_ECHO = 6, 0.5  # a headline this long may say its <title> line a word apart, for half an echo
LEAD_CHARS, LEAD_SHARE = 12, 0.6  # characters and share of the part a line opening it must say


def _word_apart(a: list[str], b: list[str]) -> bool:
    """One word list is the other with one word added ("tested by editors" / "tested by our
    editors"), the shorter of ECHO_WORDS words or more. (Not a word changed: "Average
    Renovation Costs in ..." is a section under "House Renovation Costs in ...".)"""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < ECHO_WORDS:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i:] or a[i:] == b[i + 1 :]


def echo_weight(parts: dict[str, float], key: str) -> float | None:
    """The weight of the part of a <title> line that ``key`` says again: word for word, or
    half of it a word apart (a page's <title> and its visible headline are often edited
    apart) or, in a script written without spaces, opening it; None when it says none."""
    w = parts.get(key)
    if w is not None:
        return w
    words, unspaced = key.split(), _UNSPACED.search(key) is not None
    if len(words) < ECHO_WORDS and not unspaced:
        return None
    return next((NEAR_ECHO * v for k, v in parts.items() if _word_apart(words, k.split()) or (unspaced and _leads(key, k))),
                None)


def _leads(key: str, part: str) -> bool:
    """``key`` opens ``part`` and is most of it: a headline the <title> line says with a note
    after it ("<headline> （写真＝ロイター）"). Asked only in a script written without spaces: in
    Latin script a line that opens the <title> line is often a section's name ("Easy Everyday
    Sourdough Bread" over a recipe titled "... Recipe")."""
    return len(key) >= LEAD_CHARS and part.startswith(key + " ") and len(key) >= LEAD_SHARE * len(part)


def site_parts(line: str) -> list[str]:
    """A <title>-style line's parts between its site separators ("Headline | Site")."""
    return [p for p in _SITE_SEP.split(line) if p.strip()]


def echoes_title_line(top: str, line: str) -> bool:
    """``line`` says a <title>-style line's headline again: the whole of ``top`` or one of
    its parts ("Headline | Site"), three words at least (a word apart from six)."""
    key = _key(line)
    if key.count(" ") < 2 or len(top) > MAX_CHARS:
        return False
    return echo_weight(_line_parts(top), key) is not None


@functools.lru_cache(maxsize=64)
def _line_parts(top: str) -> dict[str, float]:
    """The keys of a <title>-style line and of its parts, each weighing 1 (read once per page;
    the cached dict is only read)."""
    parts = site_parts(top)
    head, colon, tail = parts[0].partition(": ") if len(parts) == 1 else ("", "", "")
    if colon and _site_head(head) and len(tail.split()) >= COLON_TAIL_WORDS:
        parts.append(tail)  # a blog's "Site: Headline" (Blogger's <title>): the headline after its site's name
    return dict.fromkeys([_key(top), *(_key(p) for p in parts)], 1.0)


COLON_HEAD_WORDS, COLON_TAIL_WORDS = 4, 4


def _site_head(head: str) -> bool:
    """A site's name before a <title> line's colon: a few words, each capitalised ("West Hollis Neighbors")."""
    words = head.split()
    return 2 <= len(words) <= COLON_HEAD_WORDS and all(w[:1].isupper() for w in words)


def without_site(stated: str | None, read: str | None) -> str | None:
    """A stated <title>-style line ("Headline | Site", a reader tool's "Title:") less its
    site's name, when the headline the text shows is one of its parts."""
    if not stated or not read:
        return stated
    parts = site_parts(stated)
    return read if len(parts) > 1 and _key(read) in {_key(p) for p in parts} else stated


def _followed_by_byline(blocks: list[Block], i: int) -> bool:
    seen = 0
    for b in blocks[i + 1 : i + 1 + 4 * LOOK_AHEAD]:  # empty lines between them too
        if not b.text:
            continue
        seen += 1
        if seen > LOOK_AHEAD:
            return False
        if (b.label in _NEAR_LABELS and b.rule != "byline.box-heading") or (b.words <= 12 and (_BYLINE_START.match(b.text) or _DATE_HINT.search(b.text))):
            return True
    return False


def _under_date(blocks: list[Block], i: int) -> bool:
    """A line right under its post's date (a share button may stand between) and over its
    first paragraph, as a blog prints a post: "Friday, December 19, 2025" / "Small
    adventures with small models" / the opening."""
    above, below = lines_above(blocks, i, 2, 4 * NEAR), lines_below(blocks, i, 2, 4 * NEAR)
    if above and above[-1].words <= 2 and above[-1].label in ("share", "chrome"):
        above = above[:-1]  # "Share" between the date and the headline
    if not above or above[-1].words > 12 or not dates.find_dates(above[-1].text):
        return False  # a date, not a byline ("Written by Jane" over a breadcrumb) nor "867 Published Articles"
    return any(b.prose and b.words >= LEAD_WORDS and b.label == "body" for b in below)  # (not a photo's caption)


def _labelled_date(text: str) -> bool:
    """A line that states its date ("Desk / site / Updated: Dec 17, 2025"): a byline, no headline."""
    return any(f.labelled for f in dates.find_dates(text))


def _byline_names(cands: list[Block], blocks: list[Block], slug: frozenset[str]) -> set[int]:
    """Lines that are a person's name, maybe with a role ("Dylan Bailey, MS, RD"), none of
    its words one the page writes in lower case: the byline said again, no headline. A
    level-1 heading stays a candidate (a profile page's name), as does the name the URL
    spells, the page's subject (a wiki's or a profile's "Sera Valdane" at /wiki/Sera_Valdane)."""
    named = {b.index: names for b in cands if b.level != 1 and slug_dice(b.text, slug) < SUBJECT_DICE
             and (names := authors._bare_names(b.text))}
    if not named:
        return set()
    vocab = authors.page_vocabulary(blocks)  # cached: metadata asks too
    return {i for i, names in named.items() if all(authors.plausible(n, vocab, strict=True) for n in names)}


def _list_below(blocks: list[Block], i: int) -> bool:
    """The next line under block ``i`` is a list item: a menu's label said twice heads a list
    ("MENU BACK TO MENU" / "* Features"), a headline does not."""
    below = next((b for b in blocks[i + 1 : i + 5] if b.text), None)
    return below is not None and (below.kind == "list" or bool(markup.BULLET.match(below.text)))


def _near_repeats(texts: list[Block], keys: list[str]) -> tuple[set[int], set[int]]:
    """Lines said twice within a few lines: a breadcrumb's tail ("Home / Blog / Headline"
    then "Headline"), an image's alt text, a second rendering. A menu entry repeated in
    the footer is further apart. Also the lines that hold such a line after a prefix
    (the breadcrumb itself)."""
    out: set[int] = set()
    crumbs: set[int] = set()
    for i, a in enumerate(keys):
        for j in range(i + 1, min(i + 1 + NEAR, len(keys))):
            b = keys[j]
            if not a or " " not in b:
                continue
            if a == b:
                out |= {texts[i].index, texts[j].index}
            elif a.endswith(" " + b):
                out.add(texts[j].index)
                crumbs.add(texts[i].index)
            elif b.endswith(" " + a):
                out.add(texts[i].index)
                crumbs.add(texts[j].index)
    return out, crumbs


CRUMB_WORDS = 5


def _opened_by_crumb(texts: list[Block], best: Block, cands: list[Block]) -> Block | None:
    """The headline right under a breadcrumb trail's last crumb that it opens with ("Dishwasher Buying Guide" /
    "Dishwasher Buying Guide: Everything You Need to Know"): the crumb names the page, the line under it heads it."""
    k = next((n for n, t in enumerate(texts) if t is best), None)
    if k is None or k + 1 >= len(texts) or not _crumb_tail(texts, k):
        return None
    below = texts[k + 1]
    return below if below in cands and _key(below.text).startswith(_key(best.text) + " ") else None


def _crumb_tail(texts: list[Block], i: int) -> bool:
    """``texts[i]`` ends a breadcrumb trail of short lines ("Home" / "Advice & Guides" / "Dishwasher Buying
    Guide"): the headline under it may open with its words ("Dishwasher Buying Guide: Everything You Need to Know")."""
    trail = texts[max(0, i - 3) : i + 1]
    return (len(trail) >= 2 and all(t.words <= CRUMB_WORDS and not t.prose for t in trail)
            and any(_key(t.text) == "home" for t in trail[:-1]))


def choose(blocks: list[Block], first_prose: int, fallback: Block | None, strip,  # type: ignore[no-untyped-def]
           slug: frozenset[str] = frozenset()) -> Block | None:
    """The headline's block. ``fallback`` is the body run's pick; ``strip`` says whether a
    part of a <title>-style line names the site; ``slug``, the words of the URL's last segment."""
    end = min(first_prose, MAX_SCAN) + 2 + NEAR + LOOK_AHEAD  # the headline sits above the first paragraph
    if sum(not w.isdigit() for w in slug) < 2:
        slug = frozenset()  # an id or a date ("/story/12345", "/2024/05/"): no headline's words
    texts = [b for b in blocks[:end] if b.text]
    if not texts:
        return None
    page = _read_head(blocks, texts, fallback, strip, slug)
    top = page.top
    cands = _candidates(page, texts, first_prose, strip)
    if not any(page.signals(b) > (FALLBACK if b is fallback else 0) for b in cands):
        lead = _lead_line(blocks, first_prose)  # nothing but the body run's pick speaks for a line
        if lead is not None and any(lead is b for b in cands) and (fallback is None or not _stands_by(fallback, lead, blocks)):
            return lead
    best = max((b for b in cands if page.signals(b) > 0), key=page.score, default=None)
    if best is not None and (longer := _opened_by_crumb(texts, best, cands)) is not None:
        return longer
    if best is not None and best is not top and top in cands:
        head = _titled_headline(top.text, strip)
        if head and not _shares_word(best.text, head):
            return top  # a headline shares a word with its page's <title> line; a menu entry does not
    return best


@dataclass
class _Head:
    """What ``choose`` reads once off the page's head: its <title> line (``top``; ``parts``,
    its parts' keys; ``titled``, whether it reads as one; ``top_stems``, its words for a
    rewording), the lines said twice nearby (``near_repeat``) and breadcrumbs ending in one
    (``crumbs``), the body run's pick and the URL's slug."""

    blocks: list[Block]
    top: Block
    parts: dict[str, float]
    titled: bool
    top_stems: set[str]
    near_repeat: set[int]
    crumbs: set[int]
    fallback: Block | None
    slug: frozenset[str]
    read: dict[int, float] = field(default_factory=dict)  # signals by block index: choose asks each thrice

    def signals(self, b: Block) -> float:
        """What marks ``b`` as the headline, weighted; 0 when nothing does."""
        s = self.read.get(b.index)
        if s is None:
            s = self.read[b.index] = self._signals(b)
        return s

    def _signals(self, b: Block) -> float:
        top, blocks = self.top, self.blocks
        echo = echo_weight(self.parts, _key(b.text))
        s = 0.0
        if b.kind == "heading":
            s += HEADING_LEVEL_1 if b.level == 1 else HEADING
        if b is top and b.label != "body" and self.titled:
            s += TOP_LINE  # a page's <title> line (outside the article)
        elif b is not top and echo and not _list_below(blocks, b.index):
            s += ECHO * echo  # the visible headline echoing the page's <title> line
        elif b is not top and echo is None and _reworded(self.top_stems, b.text):
            s += REWORDED
        if b is not top and b.index in self.near_repeat:
            s += REPEATED  # breadcrumb tail, image alt, a second rendering
        if not _DATE_HINT.search(b.text) and _followed_by_byline(blocks, b.index):
            s += BYLINE_BELOW
        if b is self.fallback:
            s += FALLBACK
        dice = slug_dice(b.text, self.slug)
        if dice >= SLUG_LEAST:
            s += SLUG * dice  # the URL's slug spells the headline
        return s

    def score(self, b: Block) -> float:
        """A candidate's score: its signals, its length, and what speaks against it."""
        s = WORDS * min(b.words, 12) / 3 + self.signals(b)  # (the site's name said as a logo is no candidate: _logo)
        if b.index in self.crumbs:
            s -= CRUMB  # a breadcrumb that ends in a line said just below it
        if _under_date(self.blocks, b.index):
            s += DATE_ABOVE  # weighs between lines something else speaks for; alone, it picks no line
        return s


def _read_head(blocks: list[Block], texts: list[Block], fallback: Block | None, strip,  # type: ignore[no-untyped-def]
               slug: frozenset[str]) -> _Head:
    """Read the page's head (``texts``: its lines with text) once for ``choose``."""
    keys = [_key(b.text) for b in texts]
    top, parts, titled = _page_title_line(texts, keys, strip)
    if titled and _menu_echo(blocks, texts, keys, top, parts, fallback, strip):
        top, parts, titled = texts[0], {}, False
    near_repeat, crumbs = _near_repeats(texts, keys)
    echoed = any(echo_weight(parts, k) for b, k in zip(texts, keys) if b is not top)
    top_stems = _stems(strip.cut(top.text)) if titled and not echoed else set()  # a rewording, failing an echo
    return _Head(blocks, top, parts, titled, top_stems, near_repeat, crumbs, fallback, slug)


def _candidates(page: _Head, texts: list[Block], first_prose: int, strip) -> list[Block]:  # type: ignore[no-untyped-def]
    """The lines that may be the headline: heading-like lines down to the first paragraph,
    the far lines an echo, the slug or a byline speaks for, the body run's pick and the
    <title> line; less dates and the bylines' names."""
    blocks, top, fallback = page.blocks, page.top, page.fallback
    cands = [b for b in texts if b.index <= first_prose + 2 and _candidate(b)]
    far = [_far_echo(blocks, top, first_prose, strip) if page.titled else None,
           _far_slug_line(blocks, first_prose, page.slug), _far_byline_head(blocks, first_prose), fallback]
    for b in far:
        if b is not None and b not in cands:
            cands.append(b)
    if (top not in cands and top.rule not in _NOT_HEADLINE_RULES and top.label not in _NOT_TITLE_LINES
            and not top.rule.startswith(_CONSENT) and top.link_share <= 0.5 and 2 <= top.words <= 40
            and len(top.text) <= MAX_CHARS and not _SENTENCE_END.search(top.text)):
        cands.append(top)
    names = _byline_names(cands, blocks, page.slug)
    return [b for b in cands if not _labelled_date(b.text) and b.index not in names and not _logo(page, b, strip)
            and not stat_label(blocks, b) and not _QUOTE_LINE.search(b.text) and b.rule != "byline.by"]  # ("By Jane Roe")


# a stock quote widget's lines: "After Hours · Jul 25, 6:58 PM EDT · Delayed quote", "Corvane Software Inc. NASDAQ: CRVN"
# (not a release's headline, its ticker inside: "Acme (NYSE: ACME) Reports Second Quarter Results")
_QUOTE_LINE = regex.compile(
    r"\bdelayed\s+quote\b|\b(?:after|pre)[\s-]?(?:hours|market)\s*[·|•]|\b(?:nasdaq|nyse|amex|tsx|asx|lse)\s*:\s*[A-Z.]{1,6}\s*$",
    regex.I)


# "24", "20k", "$50,000", "98%", "80+", "4.58"; not a date ("14.11.24")
_FIGURE = regex.compile(r"[$€£]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*(?:%|\+|[kKmM]|bn)?")


def stat_label(blocks: list[Block], b: Block) -> bool:
    """A line right under a figure alone, in a row of such pairs, is a figure's label in a
    stats box ("20k" / "moving grants awarded" / "24" / "moving companies evaluated"), no
    headline. (A vote count over a headline stands alone: "94" / "Scalable Interpretability".)"""
    above = lines_above(blocks, b.index, 3, 6)
    if not above or not _figure(above[-1]):
        return False
    below = lines_below(blocks, b.index, 1, 3)
    return (len(above) == 3 and _figure(above[0])) or (bool(below) and _figure(below[0]))


def _figure(b: Block) -> bool:
    return _FIGURE.fullmatch(b.text.strip()) is not None


def _logo(page: _Head, b: Block, strip) -> bool:  # type: ignore[no-untyped-def]
    """A line below the top one that is the site's name: the part of the <title> line that
    names it ("Klatch Coffee | Shopify App Store" / "Shopify App Store"), or most of the URL's
    host spelled out ("Here Comes the Guide" on herecomestheguide.com), said as a logo."""
    return b is not page.top and (page.parts.get(_key(b.text)) == 0.0 or strip.names_host(b.text))


def _menu_echo(blocks: list[Block], texts: list[Block], keys: list[str], top: Block, parts: dict[str, float],
               fallback: Block | None, strip) -> bool:  # type: ignore[no-untyped-def]
    """The top line is a menu's, not the page's <title>, when nothing but its echoes says it
    is one: it names no site, and every line that echoes it either opens a copy of the lines
    under the top one (the whole menu said again, for a phone) or, when it shares no word
    with the body run's own headline, lies outside the article above that headline, neither
    right over it nor over a byline (a header's "Log In | Español" said again)."""
    if strip.cut(top.text) != top.text:
        return False
    first = next(k for k, b in enumerate(texts) if b is top)
    below = keys[first + 1 : first + 1 + MENU_COPY]
    echoes = [k for k, key in enumerate(keys) if texts[k] is not top and echo_weight(parts, key)]
    if echoes and len(below) == MENU_COPY and all(keys[k + 1 : k + 1 + MENU_COPY] == below for k in echoes):
        return True
    if fallback is None or _shares_word(top.text, fallback.text):
        return False
    return all(texts[k].label == "boilerplate" and texts[k].index < fallback.index
               and _line_above(blocks, fallback.index) is not texts[k]
               and not _followed_by_byline(blocks, texts[k].index) for k in echoes)


def _lead_line(blocks: list[Block], first_prose: int) -> Block | None:
    """The line right above the article's first paragraph, when it reads as a headline of
    three words or more (not a label, a date or a sentence): the headline over its lede."""
    above = _line_above(blocks, first_prose)
    if above is None or not 3 <= above.words <= LEAD_WORDS or above.text.endswith(":") or _DATE_HINT.search(above.text):
        return None  # a label, a lead-in ("Origins and history:"), a date line
    return above


def _stands_by(pick: Block, lead: Block, blocks: list[Block]) -> bool:
    """The body run's pick still holds against the line over the first paragraph when it is
    the line right above it (a headline over its standfirst) or one holds the other's words
    ("What to Expect at Tutoring Sessions" over a section's "What to Expect")."""
    ka, kb = _key(pick.text), _key(lead.text)
    return pick is _line_above(blocks, lead.index) or ka in kb or kb in ka


def _line_above(blocks: list[Block], i: int) -> Block | None:
    return next((b for b in reversed(blocks[:i]) if b.text), None)


MENU_COPY = 2  # lines under a menu's first line that its copy repeats under the echo
TITLE_LINE_SCAN = 12  # lines a <title> line may sit below a page's first (a close button's "x", a notice)


def _page_title_line(texts: list[Block], keys: list[str], strip) -> tuple[Block, dict[str, float], bool]:  # type: ignore[no-untyped-def]
    """The page's <title> line, its parts' keys and whether it reads as one. The top line
    reads as one when a line below echoes it or it names its site (a renderer that leaves
    <title> out starts with the menu: "Sign in"); a line a little below it must do both
    ("Headline — Site" under a banner's "x")."""
    top_parts: dict[str, float] = {}
    for k, b in enumerate(texts[:TITLE_LINE_SCAN]):
        parts = page_title_parts(b.text, strip) if b.words <= 40 and len(b.text) <= MAX_CHARS else {}
        names_site = strip.cut(b.text) != b.text
        if k == 0:
            top_parts = parts
            if b.link_share > 0.5:
                continue  # a logo's link home ("# [Example Blog](https://example.com/)"): <title> is no link
            if names_site or any(echo_weight(parts, key) for key in keys[1:]):
                return b, parts, True
        elif names_site and any(echo_weight(parts, key) for key in keys[k + 1 :]):
            return b, parts, True
    return texts[0], top_parts, False


def _far_echo(blocks: list[Block], top: Block, first_prose: int, site) -> Block | None:  # type: ignore[no-untyped-def]
    """The visible headline echoing the <title> line below the first "paragraph" (a menu
    glued into one long line can pass for one): a line of three words or more that is the
    whole <title> line or its lead before the site's or a section's name ("Headline - Site";
    not the half before ": ", which is often the headline's own)."""
    if markup.BULLET.match(top.text):
        return None  # a menu's first entry, no <title>
    leads = {k for k, w in page_title_parts(top.text, site, _SITE_SEP).items() if w == 1.0}
    if not leads:
        return None  # a <title> line of symbols
    shortest = min(map(len, leads))
    longest = 2 * max(map(len, leads)) + 8  # punctuation the key drops: "Headline (2025)", "A & B"
    return next((b for b in blocks[first_prose + 3 : MAX_SCAN]  # cheap tests first: most blocks are paragraphs
                 if 3 <= b.words <= MAX_WORDS and shortest <= len(b.text) <= longest
                 and _key(b.text) in leads and _candidate(b)), None)


def _far_slug_line(blocks: list[Block], first_prose: int, slug: frozenset[str]) -> Block | None:
    """The line below the first "paragraph" (a menu's blurbs read as prose) that the URL's
    slug spells nearly word for word: not the page's address, a lead-in ("Here are …:") or a
    label set in capitals."""
    if len(slug) < 3:
        return None
    for b in blocks[first_prose + 3 : MAX_SCAN]:
        if b.prose and b.words >= ARTICLE_WORDS:
            return None  # the article has begun: a heading in it is a section's
        if (2 <= b.words <= MAX_WORDS and slug_dice(b.text, slug) >= SLUG_FAR and _candidate(b)
                and "/" not in b.text and not b.text.endswith(":") and not b.text.isupper()):
            return b
    return None


def _far_byline_head(blocks: list[Block], first_prose: int) -> Block | None:
    """The line right over the article's byline below the first "paragraph" (a mega menu's
    blurbs read as prose), before the article has begun: its headline."""
    for b in blocks[first_prose + 3 : MAX_SCAN]:
        if b.prose and b.words >= ARTICLE_WORDS:
            return None  # the article has begun: a line over a byline in it is a quote's or a teaser's
        if b.label == "byline" and b.rule != "byline.box-heading":
            above = lines_above(blocks, b.index, 2, 4 * NEAR)
            return next((a for a in reversed(above) if 3 <= a.words <= MAX_WORDS and _candidate(a)
                         and not _DATE_HINT.search(a.text)), None)  # (a standfirst may stand between)
    return None


def _titled_headline(line: str, site) -> str | None:  # type: ignore[no-untyped-def]
    """The headline of a <title>-style line, "Headline of four words or more | Site", where
    the last part names the URL's site; None for any other line (a banner: "Site - tagline")."""
    parts = [p for p in _PART_SEP.split(line) if p.strip()]
    named = site.site_parts(parts)
    if not named or min(named) == 0 or named != set(range(min(named), len(parts))):
        return None  # the site's name is not the line's tail
    head = " ".join(parts[: min(named)])
    return head if len(_WORD.findall(head)) >= 4 else None


_CONTENT = regex.compile(r"\w{3,}")


def _singular(word: str) -> str:
    """A word less a plural's "s" ("myths" ~ "myth"), so two lines that inflect a word
    differently still share it."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _stems(text: str) -> set[str]:
    """Content words less a plural's "s", cut to 5 letters ("meditation" ~ "meditate",
    "myths" ~ "myth"): stop words of no language."""
    from .authors import stop_words

    stops = stop_words()
    return {_singular(w)[:5] for w in _CONTENT.findall(text.casefold()) if w not in stops and not w.isdigit()}


def _reworded(stems: set[str], text: str) -> bool:
    """Most content words of the shorter of ``stems`` (a <title> line's headline) and
    ``text`` are the other's: the visible headline saying it in other words."""
    if len(stems) < REWORDED_LEAST or len(_WORD.findall(text)) > 1.5 * len(text.split()):
        return False  # too short to tell; a list of slugs ("full-ev-cars ev-buying-guide")
    own = _stems(text)
    shared = len(stems & own)
    return shared >= REWORDED_LEAST and shared >= REWORDED_SHARE * min(len(stems), len(own))


def _shares_word(a: str, b: str) -> bool:
    return bool(_stems(a) & _stems(b))


_FOLD = regex.compile(r"[^\p{L}\p{N}?]+")
_LOST = regex.compile(r"(?<=\p{L})\?(?=\s+\p{L})")  # "Beginner? Guide": "’s" lost to a "?"


def _folded(text: str) -> str:
    return _FOLD.sub("", text).casefold()


def respelled(head: str, top: str, site) -> str:  # type: ignore[no-untyped-def]
    """The page's <title> line's spelling of the headline the text shows damaged: set in
    capitals, a word split by a stray space ("Planning C ycle"), a character lost to a "?"
    ("Beginner? Guide"). The same letters in the same order, or the headline as it is."""
    damaged = head.isupper() or _LOST.search(head) is not None
    folded = _folded(head)
    want = regex.compile(regex.escape(folded).replace(r"\?", r"\p{L}{0,2}")) if "?" in folded else None
    for part in (site.cut(top), *(p for p in _PART_SEP.split(top) if p.strip())):
        part = part.strip()
        if part == head or len(part) > MAX_CHARS or part.isupper():
            continue
        fold = _folded(part).replace("?", "")
        same = fold == folded if want is None else want.fullmatch(fold) is not None
        if same and (damaged or part.count(" ") < head.count(" ")):
            return part
    return head
