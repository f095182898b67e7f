"""Step 3b, revise: decide what the rules left open, by features and neighbours.

Order matters and each step is one function:
1. title and subtitle at the head;
2. blocks that belong to a labelled neighbour (a tweet's text before its signature,
   a caption under an image, a repeated headline);
3. the body run: the contiguous stretch with the most prose, found as a
   maximum-sum run over block scores (prose scores up, chrome and link lines down).
   Unlabelled blocks outside it are boilerplate; inside it, runs of link lines go.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

import regex

from . import datafiles, markup
from .blocks import Block
from .late_byline import mark_late_byline
from .textcache import TextCache
from .title import echoes_title_line, headline_words, slug_dice, slug_words

_TITLE_END_OK = regex.compile(r"[^.;,:。]$|\.\.\.$|…$")
_ALL_CAPS = regex.compile(r"^[^\p{Ll}]*$")
_TRAILING_COUNTER = regex.compile(r"\s*\d{1,2}$")
_WORD = regex.compile(r"\w+")
_DIGIT = regex.compile(r"\d")
_ALL_LINKS = 0.8  # a line this much links is a link line however long (a tag cloud)
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
_END_HEADING_WORDS = 12
# What follows a standfirst in an article's header. An ad slot is not of it: it is as
# often set after the article's first paragraph, which then is no standfirst.
_HEADER_MATTER = frozenset({"byline", "caption", "chrome", "note", "url", "share", "gallery"})


def revise(blocks: list[Block], url: str | None = None) -> None:
    attach_to_neighbours(blocks)
    run = body_run(blocks)
    if run is None:
        return  # no prose anywhere: nothing to anchor a judgement on, keep what rules kept
    lo, hi, twins = run
    lo = _start_after_lone_h1(blocks, lo, hi)
    # The headline stands above the body run (and above the first paragraph of a twin run
    # that comes first), never inside it: so the output, whose run is all of it, holds no
    # headline to find again (cleaning stays idempotent).
    extracted = already_extracted(blocks)
    title = find_title(blocks[: min([lo, *(i for i in twins if blocks[i].prose)])], url)
    if title is not None and extracted and not _leftovers(blocks[:lo]) and (
            not _marked_headline(blocks, title) or _prose_above(blocks, title)):
        # Above the run of text already cut out of its page is content (a schedule, a
        # table); a row of it is no headline, nor a section's heading under paragraphs of the
        # article, and taking one would take another on every re-clean.
        title = None
    if title is not None:
        title.set("title", "title.headline")
        find_subtitle(blocks, title)
        mark_repeats(blocks, title)
    mark_outside(blocks, lo, hi, extracted, twins, _masthead_end(blocks, title, lo) if extracted else 0)
    mark_late_byline(blocks)
    drop_repeated_runs(blocks)
    drop_menu_copies(blocks)
    drop_crumb_trails(blocks)
    drop_echoes(blocks)
    drop_stutters(blocks)
    drop_pagers(blocks)
    drop_story_lists(blocks)
    drop_end_headings(blocks)


STUTTER_LINES, STUTTER_WORDS = 3, 12


def drop_stutters(blocks: list[Block]) -> None:
    """The same short line three times or more in a row is a widget's output (a gallery's
    title under each of its slides, "Weather threatens holiday plans" fourteen times), never
    the writer's: each copy goes."""
    texts = [b for b in blocks if b.text]
    i = 0
    while i < len(texts):
        j = i + 1
        while j < len(texts) and texts[j].text == texts[i].text and texts[j].kind == texts[i].kind and texts[j].label == "body":
            j += 1  # (an image's alt text over the heading that says it again is no stutter)
        if (j - i >= STUTTER_LINES and texts[i].words <= STUTTER_WORDS and texts[i].label == "body"
                and any(c.isalpha() for c in texts[i].text)):  # (a table's "0" or "—" down a column is data)
            for b in texts[i:j]:
                b.set("boilerplate", "context.stutter")
        i = j


PAGER_LINES = 3
_PAGE_NUMBER = regex.compile(r"[0-9]{1,3}$")


def drop_pagers(blocks: list[Block]) -> None:
    """Lines that count up by one, a bare number each ("1", "2", "3" ... "14"), are a
    gallery's or a list's page links: a list's own numbers stand beside its items."""
    texts = [b for b in blocks if b.text]
    n, i = len(texts), 0
    while i < n:
        if not _PAGE_NUMBER.match(texts[i].text):
            i += 1  # (most lines: one test each)
            continue
        j = i + 1
        while j < n and _PAGE_NUMBER.match(texts[j].text) and int(texts[j].text) == int(texts[j - 1].text) + 1:
            j += 1  # (whatever a rule made of one of them: "5" read as a slide's counter)
        if j - i >= PAGER_LINES:
            for b in texts[i:j]:
                if b.label == "body":
                    b.set("navigation", "context.pager")
        i = j


def drop_end_headings(blocks: list[Block]) -> None:
    """A heading the output would end on heads nothing: the list or box it introduced
    ("Related posts", "Frequently asked questions") has gone as clutter, or was never
    scraped. Such a heading leaves with it, and so does one it then ends on. (A heading
    whose section alone left, mid-article, stays: that lost as many pages as it won.)"""
    for b in reversed(blocks):
        if b.label != "body" or not b.text or b.kind == "rule":
            continue
        if b.kind != "heading" or b.words > _END_HEADING_WORDS:
            return  # a long "heading" is a paragraph set in bold type
        b.set("boilerplate", "context.end-heading")


REPEAT_BLOCKS, REPEAT_WORDS = 2, 80  # the least of a second copy that is a copy, not a quote


def drop_repeated_runs(blocks: list[Block]) -> None:
    """A stretch of the article printed twice (a page's second layout, a print copy) is read
    once: the second copy of a run of paragraphs goes. One repeated line (a pull quote, a
    table header) is the writer's and stays; so does a repeated run with no sentence in it
    (the same table twice)."""
    body = [b for b in blocks if b.label == "body" and b.words]
    prose = [b.text for b in body if b.prose]
    if len(set(prose)) == len(prose):
        return  # a copy repeats a sentence word for word: most texts do not, and cost no more
    seen: set[str] = set()
    run: list[Block] = []
    for b in body:
        key = _copy_key(b.text)
        if key in seen:
            run.append(b)
            continue
        seen.add(key)
        _drop_copy(run)
        run = []
    _drop_copy(run)


MENU_LINES, MENU_WORDS = 5, 6  # the least of a menu's copy: five short lines in the same order
MENU_COPIES = 2  # outside the body: a menu and its footer's copy (a summary's pros and cons are there once)


def drop_menu_copies(blocks: list[Block]) -> None:
    """A menu the page prints again inside the article's run (a section's menu under the
    headline, the same as the site's menu above it and its footer) goes like the copies
    already read as the page's: five short lines or more, in the same order, all of them
    outside the body there, twice. A list the article alone holds, however menu-like, stays,
    and so does one the page prints once more outside it (a review's pros and cons, again
    in its summary box)."""
    texts = [b for b in blocks if b.text]
    short = [b.words <= MENU_WORDS for b in texts]
    if sum(short) < 2 * MENU_LINES:
        return
    keys = [_copy_key(b.text) if s else "" for b, s in zip(texts, short)]
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(texts) - MENU_LINES + 1):
        if all(short[i : i + MENU_LINES]) and all(b.label != "body" for b in texts[i : i + MENU_LINES]):
            key = tuple(keys[i : i + MENU_LINES])
            seen[key] = seen.get(key, 0) + 1
    menus = {key for key, n in seen.items() if n >= MENU_COPIES}
    if not menus:
        return
    for i in range(len(texts) - MENU_LINES + 1):
        window = texts[i : i + MENU_LINES]
        if all(short[i : i + MENU_LINES]) and any(b.label == "body" for b in window) and tuple(keys[i : i + MENU_LINES]) in menus:
            for b in window:
                if b.label == "body":
                    b.set("navigation", "context.menu-copy")


CRUMB_AHEAD = 6  # lines from a breadcrumb trail down to the headline it ends with
CRUMB_WORDS = (3, 8)  # the crumbs before the headline: "Blog / Startup insights /", "Business travel resources Business travel blog"
CRUMB_TITLE_WORDS = (4, 16)


def drop_crumb_trails(blocks: list[Block]) -> None:
    """A breadcrumb trail ends with the page's own headline, which the page prints again a
    few lines below ("Resources Travel blog The Ten Best Conferences of 2026", then "The
    Ten Best Conferences of 2026"): the trail goes, separators or none. The crumbs are a
    few words, no number or colon ("Best Toothpaste: Hello Vitamin C Toothpaste" over the
    product's name is a heading, "3. Acme Pro" an item)."""
    texts = [b for b in blocks if b.text]
    for i, b in enumerate(texts):
        if b.label != "body" or not CRUMB_WORDS[0] + CRUMB_TITLE_WORDS[0] <= b.words <= CRUMB_WORDS[1] + CRUMB_TITLE_WORDS[1]:
            continue
        for m in texts[i + 1 : i + 1 + CRUMB_AHEAD]:
            if not CRUMB_TITLE_WORDS[0] <= m.words <= CRUMB_TITLE_WORDS[1] or not b.text.endswith(" " + m.text):
                continue
            crumbs = b.text[: -len(m.text)]
            if (CRUMB_WORDS[0] <= len(crumbs.split()) <= CRUMB_WORDS[1] and not m.text.endswith(".")
                    and ":" not in crumbs and not any(c.isdigit() for c in crumbs)):
                b.set("navigation", "context.crumb-trail")
            break


ECHO_WORDS = 8


def drop_echoes(blocks: list[Block]) -> None:
    """A paragraph printed twice in a row (a page's summary over the same standfirst, a
    widget's title over its copy) is read once: the second copy goes. Short lines may repeat
    by design (a table's cells, a heading over its own link), so only lines of eight words
    or more are told apart this way."""
    body = [b for b in blocks if b.label == "body" and b.text]
    for above, b in zip(body, body[1:]):
        if b.words >= ECHO_WORDS and b.words == above.words and _copy_key(b.text) == _copy_key(above.text):
            b.set("boilerplate", "context.repeat")


def _copy_key(text: str) -> str:
    """A block's words as a copy repeats them, whatever markup a renderer left on one copy
    ("## Setup", "**Best for:**", "> quote", "| a | b |"); str methods, not a regex: every block passes here."""
    for mark in "*#>_":
        text = text.replace(mark, "")
    return " ".join(text.lower().replace("|", " ").replace("-", " ").split())


def _drop_copy(run: list[Block]) -> None:
    if len(run) >= REPEAT_BLOCKS and sum(b.words for b in run) >= REPEAT_WORDS and any(b.prose for b in run):
        for b in run:
            b.set("boilerplate", "context.repeat")


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _line_key(text: str) -> str:
    """A line's words without a trailing counter ("… says 1"): how a repeat is told."""
    if text[-1:].isdigit() or text.endswith("\n"):  # the counter ends the text: most lines skip the sub
        text = _TRAILING_COUNTER.sub("", text)
    return _normal(text)


def _title_like(b: Block) -> bool:
    if b.label != "body" or not b.text or b.kind in ("code", "rule", "table", "image", "list") or markup.BULLET.match(b.text):
        return False  # (a bullet however deeply indented: a layout renderer's menu entry)
    heading = b.kind == "heading"
    if not (2 <= b.words <= 40 if heading else 3 <= b.words <= 30 and b.link_share < 0.5):
        return False  # the cheap tests first: most lines above the body are menu entries
    if _BYLINE_LIKE.search(b.text) or not headline_words(b.text):
        return False
    if b.words >= PARAGRAPH_WORDS and _NEXT_SENTENCE.search(b.text):
        return False  # sentences, however the line ends ("... by the end of the year. More")
    if b.words > MENU_RUN_WORDS and not _CLAUSE_MARK.search(b.text):
        return False  # a menu's entries run together ("Audio Podcast Webinars Blog Recipes ..."): a headline this long has clauses
    return heading or bool(_TITLE_END_OK.search(b.text))


def _masthead_end(blocks: list[Block], title: Block | None, lo: int) -> int:
    """Where a cut-out article's masthead ends: at its headline's last copy above the run
    (the headline on top, said again over its date lower down), when no paragraph stands
    above it (a blog's name, its menu and a "Back to posts" over the headline), else 0."""
    if title is None:
        return 0
    key = _normal(title.text)
    end = max(b.index for b in blocks[:lo] if b is title or (b.text and _normal(b.text) == key))
    return 0 if any(b.prose and b.words >= 15 for b in blocks[:end]) else end


def _marked_headline(blocks: list[Block], title: Block) -> bool:
    """A headline the text itself marks: a heading, or a line the page repeats ("Headline | Site")."""
    key = _normal(title.text)
    return title.kind == "heading" or any(b is not title and key in _normal(b.text) for b in blocks)


def _start_after_lone_h1(blocks: list[Block], lo: int, hi: int) -> int:
    """A page's one level-1 heading near the top of the run is its headline: the article
    starts under it, and what the run held above it was page furniture."""
    h1 = lone_h1(blocks, body_only=True)
    if h1 is not None and lo <= h1.index < hi and h1.index - lo <= max(3, (hi - lo) // 4):
        return h1.index + 1
    return lo


def lone_h1(blocks: list[Block], body_only: bool = False) -> Block | None:
    """The page's level-1 heading when it has exactly one (among the body's blocks, if ``body_only``)."""
    h1s = [b for b in blocks if b.kind == "heading" and b.level == 1 and b.text and (b.label == "body" or not body_only)]
    return h1s[0] if len(h1s) == 1 else None


def find_title(blocks: list[Block], url: str | None) -> Block | None:
    """The headline: the best heading-like block among ``blocks`` (those above the body run)."""
    last = len(blocks)
    head: list[Block] = []
    seen: set[str] = set()
    for b in blocks:
        key = _line_key(b.text)
        if _title_like(b) and key not in seen:  # a repeat of a headline is not a new candidate
            head.append(b)
        seen.add(key)
    if not head:
        return None
    head = head[:3] + head[3:][-40:]  # the page's <title> line, and those nearest the body
    slug = slug_words(url)
    nonempty = [b for b in blocks if b.text]
    echoes = [(b, _normal(b.text)) for b in nonempty[:3]]  # where the page's <title> line sits

    def score(b: Block) -> float:
        words = b.text.split()
        s = min(b.words, 14) / 2
        if b.kind == "heading":
            s += 8 if b.level == 1 else 4 - min(b.level, 4) / 2
        s += 12 * slug_dice(b.text, slug)
        s += 4 * sum(1 for w in words if w[:1].isupper()) / len(words)  # Headline Case
        if b.text.endswith((".", '."', ".”")):
            s -= 3  # a sentence: more likely the standfirst
        key = _normal(b.text)
        if b.words >= 3 and any(key in t for other, t in echoes if other is not b):
            s += 5  # echoed elsewhere, as in the page's <title> line "Headline | Site"
        s -= 0.1 * (last - b.index)  # the headline sits close to the body
        return s

    return max(head, key=score)


def find_subtitle(blocks: list[Block], title: Block) -> None:
    """A standfirst: the block right under the headline, when header material follows it."""
    i = title.index + 1
    if i >= len(blocks) - 1:
        return
    b = blocks[i]
    if b.label != "body" or not b.text or b.kind in ("code", "list", "table") or not (6 <= b.words <= 50):
        return
    after = next((x for x in blocks[i + 1 :] if x.text), None)
    if after is not None and after.label in _HEADER_MATTER and _goes_on(blocks[i + 1 :]):
        b.set("subtitle", "subtitle.standfirst")


def _goes_on(blocks: list[Block]) -> bool:
    """The article goes on below a standfirst: a paragraph of it follows. (With none, the
    block under the headline is the article itself, a one-paragraph story.)"""
    return any(x.label == "body" and x.prose and x.words >= NEXT_PARAGRAPH for x in blocks)


def mark_repeats(blocks: list[Block], title: Block) -> None:
    """A headline repeated as image alt text, often with a counter glued on ("... says 1")."""
    key = _normal(title.text)
    first = key.split(" ", 1)[0]  # a repeat's lower-cased text holds the key's first word
    for b in blocks:
        if b is title or b.label not in ("body", "chrome") or b.words > title.words + 2:
            continue
        if first in b.text.lower() and _line_key(b.text) == key:
            b.set("title", "title.repeat")


def attach_to_neighbours(blocks: list[Block]) -> None:
    for i, b in enumerate(blocks):
        prev = blocks[i - 1] if i else None
        if b.rule == "embed.signature" and prev is not None:
            # The signature stands alone: the post's text is the block above it.
            if prev.label == "body" and prev.words <= 80:
                prev.set("embed", "embed.post-text")
        if (b.rule == "embed.video-duration" and prev is not None and prev.label == "body" and not prev.prose
                and prev.words <= VIDEO_TITLE_WORDS):
            prev.set("embed", "embed.video-title")  # the video's title above its running time
        if prev is not None and prev.kind == "image" and b.kind != "heading" and b.label == "body" and not b.prose and b.words <= 40:
            b.set("caption", "caption.under-image")
        if b.kind == "image" and b.label in ("body", "dateline"):
            b.set("chrome", "chrome.image")  # (an agency's alt text, "TOPSHOT - ...", reads as a dateline)
        if (prev is not None and prev.rule == "ad.label" and b.label == "body" and b.link_share >= 0.8
                and b.words <= SPONSORED_LINK_WORDS and _SPONSORED.search(prev.text)):
            b.set("advertisement", "ad.sponsored-link")  # the promoted story's link under its label


SPONSORED_LINK_WORDS = 20
VIDEO_TITLE_WORDS = 20
_SPONSORED = regex.compile(r"\b(?:sponsored|promoted|paid|partner|advertorial)\b", regex.I)


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


def content_like(b: Block) -> bool:
    """A short block that reads as article content: a list item, a table row, code,
    or a lower-case phrase ("Sleeping pad patch kit"), not a menu entry or a headline."""
    if b.label != "body" or not b.text or b.link_share > 0.3:
        return False
    if b.kind in ("table", "code") or (b.kind == "list" and b.words >= 2):
        return True
    return b.words >= 3 and title_case_share(b.text) < 0.5


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
    if b.prose and b.words >= 15 and b.stop_share >= 0.2:
        return min(float(b.words), 120.0)
    if b.prose and b.words >= 8:
        return b.words / 3
    if text_only and content_like(b):
        return 0.2
    if b.kind == "heading":
        return -0.5
    return -1.5 if b.words <= 4 else -1.0


FIRST_PROSE = 20  # the score of the article's first paragraph: comments come after it


def first_prose(scores: list[float]) -> int | None:
    return next((i for i, s in enumerate(scores) if s >= FIRST_PROSE), None)


def _comment_barrier(blocks: list[Block], scores: list[float], first: int | None, buttons: set[int]) -> None:
    """Reader comments repeat their chrome ("Reply", "Jane says:", a timestamp): where there
    are several such lines, the first one after the article's prose (``first``) ends the
    article. A comment button the article goes on under is not one."""
    comments = [b.index for b in blocks
                if b.label == "comment" and not _in_share_bar(blocks, b.index) and b.index not in buttons]
    if len(comments) < 3:
        return
    after = [i for i in comments if first is not None and i > first]
    if len(after) >= 3:
        scores[after[0]] = -1000.0


def _in_share_bar(blocks: list[Block], i: int) -> bool:
    """A comment-like line between share buttons ("Pocket", "Email", "Reddit") is one of them:
    a comment form's "Email" field sits among its own fields."""
    return (0 < i < len(blocks) - 1 and blocks[i].words <= 2
            and blocks[i - 1].label == "share" and blocks[i + 1].label == "share")


THREAD_ENTRIES = 2  # per-comment lines ("Jane says:", a timestamp, "Reply") that make a thread
THREAD_RULES = frozenset({"comment.entry", "comment.reply"})
REPLY_OPENERS = 3  # paragraphs opened as replies are ("Great read!", "Hi Jane,") that make a thread


@lru_cache(maxsize=1)
def _reply_opener() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in datafiles.load("comment_cues.toml")["reply_openers"]), regex.I)


def mark_replies(blocks: list[Block], first: int | None) -> None:
    """A thread whose chrome the scrape lost (no "Reply", no "Jane says:") still reads as
    one: several paragraphs in the text's second half, after the article's first prose, open
    as replies do, each in its own words. Each is a comment; the first then ends the article
    (``_comment_barrier``)."""
    if first is None:
        return
    opener = _reply_opener()
    start = max(first + 1, len(blocks) // 2)
    found = [b for b in blocks[start:] if b.label == "body" and b.text and opener.match(b.text.lstrip("-*•· "))]
    if len({b.text for b in found}) >= REPLY_OPENERS:  # a form's "Thanks!" under each of its copies is one
        for b in found:
            b.set("comment", "comment.reply")


def _comment_buttons(blocks: list[Block], first: int | None, start: int | None) -> list[int]:
    """Comment headings that are a button under the article ("Leave a comment"), not the
    thread's start: the thread has a heading of its own further down ("Discussion about
    this post") and, between them, a paragraph follows the button within a few lines,
    before any comment's chrome or form field. What a post prints after its button (a
    sponsor's note, its references) is its own. ``start``: the thread's (thread_start)."""
    if first is None or start is None or blocks[start].rule != "comment.section":
        return []
    out = []
    for b in blocks[first + 1 : start]:
        if b.rule != "comment.section":
            continue
        for a in [a for a in blocks[b.index + 1 : start] if a.text][:BOX_LINES]:
            if a.label == "comment" or a.barrier:
                break
            if a.label == "body" and a.prose and a.words >= NEXT_PARAGRAPH:
                out.append(b.index)
                break
    return out


def thread_start(blocks: list[Block], first: int | None) -> int | None:
    """Where a reader-comment thread starts below the article's first prose (``first``): its
    heading ("59 Comments on …") or else its first comment's chrome, when several comments follow."""
    first_prose = len(blocks) if first is None else first
    entries = [b.index for b in blocks if b.rule in THREAD_RULES and b.index > first_prose]
    if len(entries) < THREAD_ENTRIES:
        return None
    heads = [b.index for b in blocks[first_prose : entries[0]] if b.rule == "comment.section"]
    return heads[-1] if heads else entries[0]


VALLEY = 6  # this many non-prose blocks in a row are a page section of their own


def _deepen_valleys(scores: list[float]) -> list[float]:
    """A long stretch of furniture (a menu, a sidebar, a footer) separates two prose
    regions more than its length alone says: its blocks weigh more the longer it runs."""
    out = list(scores)
    i = 0
    while i < len(out):
        if out[i] >= 0:
            i += 1
            continue
        j = i
        while j < len(out) and out[j] < 0:
            j += 1
        if j - i > VALLEY:
            factor = 1 + (j - i - VALLEY) * 0.25
            for k in range(i, j):
                out[k] *= factor
        i = j
    return out


SUBSTANTIAL = 150.0  # prose score of a stretch that can be an article by itself


def first_substantial_run(scores: list[float]) -> tuple[int, int]:
    """The best run between barriers, taking the first stretch that holds a whole article:
    what follows a comments or related-stories heading is not the article, however long."""
    cuts = [i for i, s in enumerate(scores) if s <= -1000.0]
    best = best_run(scores)
    if not cuts:
        return best
    enough = max(SUBSTANTIAL, 0.4 * sum(scores[best[0] : best[1] + 1]))
    start = 0
    for end in [*cuts, len(scores)]:
        lo, hi = best_run(scores[start:end])
        if hi >= lo and sum(scores[start + lo : start + hi + 1]) >= enough:
            return start + lo, start + hi
        start = end + 1
    return best


def _before_comments(scores: list[float], cut: int, run: tuple[int, int]) -> tuple[int, int]:
    """A long comment thread outweighs the article above it, but is never the article:
    take the best run before the comments when it holds an article by itself."""
    lo, hi = first_substantial_run(scores[:cut])
    if hi >= lo and sum(scores[lo : hi + 1]) >= SUBSTANTIAL:
        return lo, hi
    return run


TAIL_GAP, TAIL_SHARE = 2, 0.12  # furniture blocks in a row; prose after them, as a share of before


def _trim_tail(scores: list[float], lo: int, hi: int, blocks: list[Block] | None = None) -> int:
    """End the run at the first gap of furniture after which little prose follows: an
    author's bio, a promo paragraph or a comment below a share bar is a section of its
    own, however well it reads; not when that prose goes on with the article's topic
    (see _same_topic). (The head keeps its gaps: a lead above a photo credit and a date
    line is the article's.)"""
    total = sum(s for s in scores[lo : hi + 1] if s > 0)
    i, before = lo, 0.0
    words = _ArticleWords(blocks, scores, lo) if blocks is not None else None
    while i <= hi:
        if scores[i] >= 0:
            before += scores[i]
            i += 1
            continue
        j = i
        while j <= hi and scores[j] <= 0:
            j += 1
        neg = sum(1 for k in range(i, j) if scores[k] < 0)
        if neg >= TAIL_GAP and before > 0 and total - before < TAIL_SHARE * before:
            if words is None or not (_same_topic(words, i, j, hi) or _repeats_items(words.blocks, scores, lo, i, j, hi)):
                return i - 1
        i = j
    return hi


ITEM_REPEATS = 2  # earlier lines under the same label that make the run a list of items


def _repeats_items(blocks: list[Block], scores: list[float], lo: int, i: int, j: int, hi: int) -> bool:
    """The gap repeats the run's earlier separators, or a label of its own ("Best case:")
    follows it closely: more items each under the same label ("Published by Acme Games"
    over each game's review; "Best case:" in each section of a buyer's guide), not
    furniture after the article. (A promo's lines repeat too, but say more than a label.)"""
    gap = [n for n in range(i, j) if scores[n] < 0]
    near = [n for n in range(j, min(hi + 1, j + BOX_LINES)) if _label_line(blocks[n].text)]
    keys = {k for k in (_opening(blocks[n].text) for n in gap + near) if k}
    if not keys:
        return False
    return sum((scores[n] < 0 or _label_line(blocks[n].text)) and _opening(blocks[n].text) in keys
               for n in range(lo, i)) >= ITEM_REPEATS  # (a label over a list may score as its content)


def _label_line(text: str) -> bool:
    """A label of one or two words over what follows ("Best case:", "Pros:")."""
    return len(text.split()) <= 2 and text.rstrip().endswith(":")


def _opening(text: str) -> str | None:
    """A labelled line's first two words ("published by"), or a label of its own ("Best case:");
    None for another line of two words or fewer."""
    words = text.lower().split()
    if len(words) < 3:
        return " ".join(words) if words and _label_line(text) else None
    return " ".join(words[:2])


TOPIC_SHARE, COPY_SHARE, TOPIC_WORDS = 0.6, 0.9, 40
_CONTENT_WORD = regex.compile(r"\w{5,}")  # long words carry a topic; short ones are mostly function words


def _segment_end(scores: list[float], j: int, hi: int) -> int:
    """Where the prose that starts at ``j`` stops: at the next gap of furniture, or past ``hi``."""
    k = j
    while k <= hi:
        if scores[k] < 0 and k < hi and scores[k + 1] < 0:
            return k
        k += 1
    return hi + 1


class _ArticleWords:
    """The long words of the run's prose above a point, read once however many gaps ask
    (a long document's tail may hold many)."""

    def __init__(self, blocks: list[Block], scores: list[float], lo: int) -> None:
        self.blocks, self.scores, self.upto = blocks, scores, lo
        self.words: set[str] = set()

    def above(self, i: int) -> set[str]:
        for k in range(self.upto, i):
            if self.scores[k] > 0:
                self.words.update(w.lower() for w in _CONTENT_WORD.findall(self.blocks[k].text))
        self.upto = max(self.upto, i)
        return self.words


def _same_topic(article: _ArticleWords, i: int, j: int, hi: int) -> bool:
    """The prose after a gap goes on with the article (a conclusion under its own heading)
    when most of its long words are the article's, and there are enough of them to tell.
    A bio, a promo or a related teaser brings words of its own; all-old words are a copy
    of the article (a second rendering of the page), not more of it."""
    blocks, scores = article.blocks, article.scores
    seg = [w.lower() for k in range(j, _segment_end(scores, j, hi)) if scores[k] > 0
           for w in _CONTENT_WORD.findall(blocks[k].text)]
    if len(seg) < TOPIC_WORDS:
        return False
    known = article.above(i)
    share = sum(w in known for w in seg) / len(seg)
    return TOPIC_SHARE <= share <= COPY_SHARE


def best_run(scores: list[float]) -> tuple[int, int]:
    """Kadane: the [start, end] run with the largest sum (empty run: (0, -1))."""
    best, best_lo, best_hi = 0.0, 0, -1
    total, lo = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, lo = s, i
        else:
            total += s
        if total > best:
            best, best_lo, best_hi = total, lo, i
    return best_lo, best_hi


_NUMBER = regex.compile(r"(?<!\w)[-+(]?[$€£¥]?\d[\d,.:%/]*\w{0,3}(?!\w)")
WIDE_ROW_WORDS = 40
PAIR_ROWS, PAIR_WORDS = 8, 6  # a two-column table: a name and its figure
_LAST_NUMBER = regex.compile(r"\s[-+]?[$€£¥]?\d[\d,.]*%?$")
TABLE_ROWS = 3  # lines in a row with numbers in them that make a table, not a menu


def _data_row(b: Block) -> bool:
    """A row of figures: a short line with two numbers, or a longer one that is a quarter numbers
    (a table row flattened to one line: "5 Harvard Business School 5 38% / 46% 14% 86% 3.7 727")."""
    if not (b.label == "body" or _crumb_row(b)) or not 0 < b.words <= WIDE_ROW_WORDS or b.link_share > 0.5:
        return False
    numbers = len(_NUMBER.findall(b.text))
    return numbers >= 2 if b.words <= 15 else numbers * 4 >= b.words


def _table_rows(blocks: list[Block]) -> set[int]:
    """Lines of figures ("3 Progressive Group 74,411,830 21.0") several in a row are a table
    the article holds: Title Case as they may be, they are no menu. So is a long run of
    short lines that each end in one figure ("Connecticut 91.0"): a two-column table."""
    rows: set[int] = set()
    for test, least in ((_data_row, TABLE_ROWS), (_pair_row, PAIR_ROWS)):
        run: list[int] = []
        for i, b in enumerate([*blocks, None]):
            if b is not None and test(b):
                run.append(i)
                continue
            if len(run) >= least:
                rows.update(run)
                rows.update(_header_row(blocks, run[0]))
            run = []
    return rows


CELL_WORDS, CELLS, CELL_SHARE = 6, 6, 1 / 3  # a table read out a cell per line: short lines, lone figures among them
_CELL = regex.compile(r"[-+(]?[$€£¥]?\d[\d,.:/]*\s?(?:%|[\p{L}.]{1,4})?\)?")


def _cell_tables(blocks: list[Block], scores: list[float]) -> set[int]:
    """A table whose cells came out a line each ("Rental Company" / "Example 1" / "$260.93" /
    "$269"): a run of short lines of which a third or more are a lone figure, six at least,
    with a paragraph close above and below it. A menu's lines are words, not figures; a
    masthead's stock ticker has no article above it."""
    rows: set[int] = set()
    run: list[int] = []
    cells = 0
    for i, b in enumerate([*blocks, None]):
        if b is not None and not b.text:
            continue
        if b is not None and b.label == "body" and 0 < b.words <= CELL_WORDS and b.link_share <= 0.5:
            run.append(i)
            cells += _CELL.fullmatch(b.text) is not None
            continue
        if cells >= CELLS and cells >= CELL_SHARE * len(run) and _prose_near(scores, run[0], -1) and _prose_near(scores, run[-1], 1):
            rows.update(run)
        run, cells = [], 0
    return rows


CELL_NEAR = 12  # blocks between a cell table and the paragraphs around it


def _prose_near(scores: list[float], i: int, step: int) -> bool:
    """A paragraph within CELL_NEAR blocks of ``i``, looking up (-1) or down (1)."""
    stop = max(-1, i - CELL_NEAR - 1) if step < 0 else min(len(scores), i + CELL_NEAR + 1)
    return any(scores[k] >= PARAGRAPH_WORDS for k in range(i + step, stop, step))


def _crumb_row(b: Block) -> bool:
    """A line the breadcrumb rule took that has cells ("Rovers | 10 | 24"): a table's row, if its neighbours are."""
    return b.rule == "navigation.breadcrumb" and "|" in b.text


def _header_row(blocks: list[Block], first: int) -> list[int]:
    """The row of column names over a table's figures ("Team | Played | Points"), which reads
    like a breadcrumb trail: the table's own when it has as many cells as the first row."""
    above = next((k for k in range(first - 1, -1, -1) if blocks[k].text), None)
    cells = blocks[first].text.count("|")
    if above is None or not _crumb_row(blocks[above]) or blocks[above].text.count("|") != cells:
        return []
    return [above]


def _pair_row(b: Block) -> bool:
    return (b.label == "body" and 0 < b.words <= PAIR_WORDS and b.link_share <= 0.5
            and _LAST_NUMBER.search(b.text) is not None)


LIST_LINE_WORDS, LIST_LINES, LIST_NEAR = 8, 40, 3


def _introduced_lists(blocks: list[Block], scores: list[float]) -> set[int]:
    """Short lines under a line that introduces them ("Services offered:"), with the article's
    prose close above and below: lists the article holds (a menu has no such line, and sits
    at an edge of the page)."""
    out: set[int] = set()
    n, i = len(blocks), 0
    while i < n:
        if not _list_line(blocks[i], scores[i]):
            i += 1
            continue
        j = i
        while j < n and _list_line(blocks[j], scores[j]):
            j += 1
        if (blocks[i].text.rstrip().endswith(":") and j - i <= LIST_LINES
                and any(s >= 8 for s in scores[max(0, i - LIST_NEAR) : i]) and any(s >= 8 for s in scores[j : j + LIST_NEAR])):
            out.update(range(i, j))
        i = j
    return out


def _list_line(b: Block, score: float) -> bool:
    return b.label == "body" and 0 < b.words <= LIST_LINE_WORDS and score < 8 and b.link_share <= 0.5


INTRO_WORDS = 12  # a sentence of the intro, not a headline that asks a question


def _inline_toc(blocks: list[Block]) -> list[int]:
    """The blocks of a table of contents set between the article's intro and its sections:
    prose right above its heading, and most of its entries again as lines below. It is
    part of the article's run, not a gap that cuts the intro off (its lines still go)."""
    toc = [b.index for b in blocks if b.rule == "navigation.toc"]
    if len(toc) < 3:
        return []
    above = [b for b in blocks[max(0, toc[0] - 4) : toc[0]] if b.text][-2:]
    if not any(b.label == "body" and b.prose and b.words >= INTRO_WORDS for b in above):
        return []
    below = {b.text.lower() for b in blocks[toc[-1] + 1 :] if b.text and b.words <= 20}
    entries = [blocks[i].text.lower() for i in toc[1:]]
    return toc if sum(e in below for e in entries) >= 0.5 * len(entries) else []


BOX_LINES = 10  # the most lines of an inline box
GOES_ON, WINDOW, LONG_PROSE = 3, 4, 30.0  # this many long paragraphs in the lines right after it: the article goes on
# A read-also label over one or two teaser lines ("Lesen Sie auch" / its title): two long
# paragraphs right after it, with the article's prose right above it, and the article goes on.
LABEL_LINES, LABEL_GOES_ON = 2, 2


def _inline_boxes(blocks: list[Block], scores: list[float]) -> list[int]:
    """Related-stories headings that head a box inside the article: right after its few lines
    the article's long paragraphs go on, where a list of other stories alternates headlines,
    excerpts and dates, and a comment thread has its furniture. A bare label over a teaser
    or two between the article's paragraphs needs fewer of them (``LABEL_GOES_ON``)."""
    out = []
    for i, s in enumerate(scores):
        if s > -1000.0 or blocks[i].label != "related":
            continue
        j = i + 1
        while j < len(scores) and j - i <= BOX_LINES and scores[j] < LONG_PROSE:
            j += 1
        after = [k for k in range(j, min(len(blocks), j + 2 * WINDOW)) if blocks[k].text][:WINDOW]
        if not after or any(b.label == "comment" for b in blocks[i : after[-1] + 1]):
            continue
        if sum(scores[k] >= LONG_PROSE for k in after) >= GOES_ON:
            out.append(i)
            continue
        # the article's own paragraphs around it, past an ad label or a caption already taken out
        box = sum(1 for b in blocks[i + 1 : j] if b.text)
        near = [k for k in range(max(0, i - 2 * WINDOW), i) if blocks[k].text and blocks[k].label == "body"][-2:]
        goes_on = [k for k in range(j, min(len(blocks), j + 2 * WINDOW))
                   if blocks[k].text and blocks[k].label == "body"][:LABEL_GOES_ON]
        if (box <= LABEL_LINES and any(scores[k] >= LONG_PROSE for k in near)
                and len(goes_on) == LABEL_GOES_ON and all(scores[k] >= LONG_PROSE for k in goes_on)):
            out.append(i)
            for b in blocks[i + 1 : j]:  # the teaser's title under the label
                if b.label == "body" and b.text and not b.prose:
                    b.set("related", "context.read-also")
    return out


REPEAT_BOX_LINES = 3 * BOX_LINES  # a box shown again and again may be long: its repeats vouch for it


def _repeated_boxes(blocks: list[Block], scores: list[float]) -> list[int]:
    """The lines of a related-stories box the page shows more than once ("Most Popular" every
    few paragraphs), each time with the article's long paragraphs before it and after its box:
    a widget inserted into the article, not its end (which comes once). Its lines that are
    no prose are labelled related (a Markdown box's links carry no rule's label)."""
    seen: dict[str, list[int]] = {}
    for i, s in enumerate(scores):
        if s <= -1000.0 and blocks[i].label == "related":
            seen.setdefault(blocks[i].text.casefold(), []).append(i)
    out: list[int] = []
    longs = [0]  # long paragraphs before each block: a box's prose before it, read off in one step
    for s in scores:
        longs.append(longs[-1] + (s >= LONG_PROSE))
    for spots in seen.values():
        if len(spots) < 2:
            continue
        lows = [0, *spots[:-1]]
        ends = [_box_end(scores, i) for i in spots]
        if all(j is not None and longs[i] > longs[lo] for lo, i, j in zip(lows, spots, ends)):
            out.extend(k for i, j in zip(spots, ends) for k in range(i, j or i))
    for k in out:
        if blocks[k].label == "body" and blocks[k].text and not blocks[k].prose:
            blocks[k].set("related", "context.read-also")  # the box's headlines and names
    return out


def _box_end(scores: list[float], i: int) -> int | None:
    """Where the article's paragraphs go on after the box that starts at ``i``; None when they do not soon."""
    j = i + 1
    while j < len(scores) and j - i <= REPEAT_BOX_LINES and scores[j] < LONG_PROSE:
        j += 1
    return j if j < len(scores) and scores[j] >= LONG_PROSE else None


LABEL_WORDS, TEASER_WORDS = 5, 20
_TITLE_AFTER = regex.compile(r"[:|»›>]\s*\S")


def _label_teasers(blocks: list[Block], scores: list[float]) -> None:
    """A read-also label alone on its line ("Read also", "Lees ook") between the article's
    paragraphs, over one short line: that line is the other story's title, not the article's.
    Not a list's last entry ("Other posts you may enjoy" closing a table of contents), nor a
    section heading ("## Why it matters") or a label ("Kids:") under it: the article's own."""
    texts = [b.index for b in blocks if b.text]
    for n, i in enumerate(texts):
        b = blocks[i]
        if (b.label != "related" or b.kind == "list" or b.words > LABEL_WORDS or _TITLE_AFTER.search(b.text)
                or not 0 < n < len(texts) - 2 or blocks[texts[n - 1]].label == "navigation"):
            continue
        teaser = blocks[texts[n + 1]]
        if (teaser.label != "body" or teaser.words > TEASER_WORDS or scores[teaser.index] >= LONG_PROSE
                or teaser.text.rstrip().endswith(":") or (teaser.kind == "heading" and teaser.level <= 2)):
            continue
        above = next((k for k in reversed(texts[:n]) if blocks[k].label == "body"), None)
        below = next((k for k in texts[n + 2 :] if blocks[k].label == "body"), None)
        if above is not None and below is not None and min(scores[above], scores[below]) >= LONG_PROSE:
            teaser.set("related", "context.read-also")


def body_run(blocks: list[Block]) -> tuple[int, int, set[int]] | None:
    """[lo, hi] of the run with the most prose and the blocks of its twin runs (see
    _twin_runs), or None when there is no prose at all."""
    scores = [block_score(b) for b in blocks]
    for i in _inline_toc(blocks):
        scores[i] = 0.0
    table = _table_rows(blocks)
    for i in table:
        if _crumb_row(blocks[i]):
            blocks[i].set("body", "")  # "Rovers | 10 | 24": the table's, however like a trail it reads
    for i in table | _cell_tables(blocks, scores) | _introduced_lists(blocks, scores):
        scores[i] = max(scores[i], 0.2)  # as content_like: a table row is no furniture
    if not any(s >= 8 for s in scores):
        return None
    first = first_prose(scores)  # the barriers below come after it, so it stands for the run too
    mark_replies(blocks, first)
    thread = thread_start(blocks, first)  # (the passes below change scores and no comment's label)
    buttons = _comment_buttons(blocks, first, thread)
    for i in buttons:
        scores[i] = -3.0  # as any labelled line
    _comment_barrier(blocks, scores, first, set(buttons))
    for i in _inline_boxes(blocks, scores):
        scores[i] = -3.0
    for i in _repeated_boxes(blocks, scores):
        scores[i] = 0.0  # a widget the page repeats weighs nothing either way: its lines go by their labels
    for i in _catalogue_blurbs(blocks, scores):
        scores[i] = 0.0  # nor does a catalogue's blurb, however it reads: the run is not carried through a mega menu
    _label_teasers(blocks, scores)
    page = whole_page(blocks)
    ranked = _deepen_valleys(scores) if page else scores
    lo, hi = first_substantial_run(ranked)
    if thread is not None and lo > thread:
        lo, hi = _before_comments(ranked, thread, (lo, hi))
    hi = _trim_tail(scores, lo, hi, blocks)

    def joins(i: int) -> bool:  # lists, tables and code that touch the run belong to it
        return content_like(blocks[i]) or not blocks[i].text

    while lo > 0 and joins(lo - 1) and not (page and _headline_over(blocks, lo - 1)):
        lo -= 1
    if page and lo < hi and _headline_over(blocks, lo):
        lo += 1
    while hi + 1 < len(blocks) and joins(hi + 1):
        hi += 1
    return lo, hi, _twin_runs(blocks, scores, (lo, hi), thread) if page else set()


EXCERPTS, EXCERPT_SPAN, EXCERPT_TITLE_WORDS, EXCERPT_DATE_WORDS = 3, 12, 20, 5
EXCERPT_WORDS, EXCERPT_SPREAD = 25, 1.25  # an excerpt's least words; its longest against its shortest
_CUT_OFF = regex.compile(r"\w(?:\.\.\.|…)$")  # "... how to create an ergonomic workst..."


def drop_story_lists(blocks: list[Block]) -> None:
    """A story list: three or more paragraphs of 25 words or more cut off at one length
    ("... an ergonomic workst..."), within a few lines of each other, each under its story's
    title (three words or more: a name over a bio cut short is an author's card). From the
    first title to the last excerpt, and the short line under it (a date), it is a
    recirculation box wherever it stands (an excerpt short enough to end whole goes with the
    rest). A writer's trailing dots vary in length, and a list's items are shorter."""
    texts = [b for b in blocks if b.text]
    cut = [n for n in range(1, len(texts)) if texts[n].label == "body" and texts[n].words >= EXCERPT_WORDS
           and _CUT_OFF.search(texts[n].text) and 3 <= texts[n - 1].words <= EXCERPT_TITLE_WORDS]
    start = 0
    for k in range(1, len(cut) + 1):
        if k == len(cut) or cut[k] - cut[k - 1] > EXCERPT_SPAN:
            sizes = [len(texts[n].text) for n in cut[start:k]]
            if k - start >= EXCERPTS and max(sizes) <= EXCERPT_SPREAD * min(sizes):  # cut at one length
                end = cut[k - 1] + 1
                if end < len(texts) and texts[end].words <= EXCERPT_DATE_WORDS:
                    end += 1  # its date
                for b in texts[cut[start] - 1 : end]:
                    if b.label == "body":
                        b.set("related", "context.story-list")
            start = k


CATALOGUE_PAIRS, BLURB_WORDS, NAME_WORDS = 4, 15, 5


def _catalogue_blurbs(blocks: list[Block], scores: list[float]) -> list[int]:
    """The blurbs of a catalogue: four or more names in a row, each over a one-sentence blurb
    ("Cloud Storage" / "Globally unified, scalable object storage."), as a product list or a
    mega menu prints them. A blurb reads as prose; a name is a few words, no figure in them
    (a recipe's "Step 1" over its instruction is the article's)."""
    texts = [b for b in blocks if b.text]
    out: list[int] = []
    n, i = len(texts), 0
    while i + 1 < n:
        j = i
        while j + 1 < n and _catalogue_pair(texts[j], texts[j + 1], scores):
            j += 2
        if j - i >= 2 * CATALOGUE_PAIRS:
            out.extend(texts[k].index for k in range(i + 1, j, 2))
        i = j if j > i else i + 1
    return out


def _catalogue_pair(name: Block, blurb: Block, scores: list[float]) -> bool:
    return (blurb.prose and name.words <= NAME_WORDS and not name.prose and blurb.words < BLURB_WORDS
            and name.label == "body" and blurb.label == "body" and scores[blurb.index] > 0 and not _DIGIT.search(name.text))


def _headline_over(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a headline over its standfirst, the article's byline or date below
    them: a sentence-case headline reads as content ("City council approves new cycle lane
    network"), yet on a page it heads the run rather than joins it."""
    below = [b for b in blocks[i + 1 : i + 8] if b.text][:2]
    return (len(below) == 2 and below[0].prose and below[1].label in _HEADER_MATTER
            and _title_like(blocks[i]))


TWIN_SHARE, TWIN_PARAGRAPHS, TWIN_WORDS = 0.3, 3, 35


def _twin_runs(blocks: list[Block], scores: list[float], run: tuple[int, int], thread: int | None) -> set[int]:
    """On a whole page, the article's other part: the best run of prose beside its run, cut
    off from it by a stretch of furniture too long to cross (a product comparison table, a
    widget) but not by a barrier or the comments. It holds several paragraphs and a fair
    share of the run's prose: a catalogue's one-line blurbs and a box's teasers do not."""
    lo, hi = run
    main = sum(s for s in scores[lo : hi + 1] if s > -1000.0)  # a fallback run may cross a barrier
    above = max((i for i in range(lo) if scores[i] <= -1000.0), default=-1) + 1
    below = next((i for i in range(hi + 1, len(scores)) if scores[i] <= -1000.0), len(scores))
    if thread is not None and thread > hi:
        below = min(below, thread)
    out: set[int] = set()
    for start, end in ((above, lo), (hi + 1, below)):
        x, y = best_run(scores[start:end])
        twin = range(start + x, start + y + 1)
        paragraphs = sum(1 for i in twin if blocks[i].prose and blocks[i].words >= TWIN_WORDS)
        if paragraphs >= TWIN_PARAGRAPHS and sum(scores[i] for i in twin) >= max(SUBSTANTIAL, TWIN_SHARE * main):
            out.update(twin)
        elif start == above and twin:
            out.update(_headed_opening(blocks, twin))
    return out


HEADED_TWIN_PARAGRAPHS = 2


HEAD_LINES = 8  # lines under a headline before its opening (a standfirst, a byline, a date, share counts)


def _headed_opening(blocks: list[Block], twin: range) -> range:
    """The article's opening under its headline, a stretch of furniture (a comparison
    table, a table of contents) between it and the rest: in or just above the run above
    the body, the visible headline, the page's first line said again ("Headline | Site"),
    then within a few short lines of header matter a paragraph, and from it on two
    paragraphs or more (fewer than a twin's). What the run holds above the headline (a
    disclosure, a menu's blurb) is not the article's. Empty when there is none."""
    top = next((b for b in blocks if b.text), None)
    if top is None:
        return range(0)
    for h in range(max(0, twin.start - HEAD_LINES), twin.stop):
        b = blocks[h]
        if not b.text or b is top or (b.prose and b.words >= NEXT_PARAGRAPH):
            continue
        if not echoes_title_line(top.text, b.text):
            continue
        # Header matter rules already named (share buttons, a byline) does not count.
        below = [i for i in range(h + 1, twin.stop) if blocks[i].text and blocks[i].label not in _HEADER_MATTER]
        first = next((i for i in below[:HEAD_LINES] if _opening_paragraph(blocks[i])), None)
        if first is None:
            continue
        opening = range(first, twin.stop)
        paragraphs = sum(1 for i in opening if _opening_paragraph(blocks[i]))
        return opening if paragraphs >= HEADED_TWIN_PARAGRAPHS else range(0)
    return range(0)


def _opening_paragraph(b: Block) -> bool:
    """A paragraph of sentences, not cut off ("... and investing in inventions. Myhrvold..."):
    a teaser or an author's bio box shows a paragraph's start only."""
    return b.prose and b.words >= NEXT_PARAGRAPH and not _CUT_OFF.search(b.text)


NEXT_PARAGRAPH = 20  # words of a paragraph of sentences: two in a row after a related box are the article's


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


def mark_outside(blocks: list[Block], lo: int, hi: int, extracted: bool, twins: set[int], headline: int = 0) -> None:
    """Outside the body run, unlabelled blocks are boilerplate, unless a side reads as content
    (on a whole page: unless they are in one of the run's twins). Above the ``headline``
    (its index) is the page's masthead, never content."""
    _drop_link_runs(unintroduced(blocks[lo : hi + 1]))
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
    for b in masthead + head + tail:  # the masthead is never rescued
        if b.label == "body" and b.text and b.index not in rescued:
            b.set("navigation" if b.link_share > 0.5 else "boilerplate", "context.outside-body")


_PAGE_CHROME = frozenset({"navigation", "legal", "share", "newsletter", "paywall", "comment", "chrome", "advertisement"})


def whole_page(blocks: list[Block]) -> bool:
    """Text of a whole page (menus, footer, consent) rather than an article someone already cut out."""
    chrome = _chrome_labels(blocks)
    menu = sum(1 for b in blocks[:60] if _menu_line(b))
    # Several kinds of chrome, or a long menu: one kind repeated (image credits) is not a page.
    return (len(chrome) >= 4 and len(set(chrome)) >= 2) or menu >= 15


_NOT_PAGE_CHROME = frozenset({"chrome.symbols", "navigation.toc"})


def _chrome(b: Block) -> bool:
    """Page chrome. A line of bare symbols ("[...]", "|---|", "}") is as common in code,
    tables and mail quotes as on pages, and a table of contents is the article's own, so
    neither says anything about the page."""
    return b.label in _PAGE_CHROME and b.rule not in _NOT_PAGE_CHROME


def already_extracted(blocks: list[Block]) -> bool:
    """Text someone already cut out of its page: at most one chrome line anywhere, and no
    menu above the first paragraph. Cropping to the prose run would only cut list-shaped
    content (directories, tables, schedules) that an extractor rightly kept."""
    if len({b.text for b in blocks if _chrome(b)}) >= 2:  # a "Read More" under each card is one line
        return False
    paragraphs = [i for i, b in enumerate(blocks) if b.prose and b.words >= 15]
    menus = [i for i, b in enumerate(blocks) if _menu_line(b)]
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


def _chrome_labels(blocks: list[Block]) -> list[str]:
    """Labels of the page-chrome blocks; a long line repeated (an image credit under each
    photo) counts once, a short one repeated ("Log in", "Home") each time."""
    seen: set[str] = set()
    labels = []
    for b in blocks:
        if _chrome(b) and not (b.words >= 4 and b.text in seen):
            labels.append(b.label)
            seen.add(b.text)
    return labels


def _menu_line(b: Block) -> bool:
    """A menu entry: one to three Title Case words (a phone number or a date is not one)."""
    return (b.label == "body" and 0 < b.words <= 3 and not b.prose and any(c.isalpha() for c in b.text)
            and title_case_share(b.text) >= 0.99)


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
            introduced = (b.label == "body" and b.kind != "heading" and b.words >= LIST_INTRO_WORDS
                          and b.text.rstrip().endswith(":"))
        out.append(b)
    return out


def _drop_link_runs(blocks: list[Block], cited: Callable[[Block], bool] | None = None) -> None:
    """Inside the body, two or more link lines in a row are a list of other articles. A link line is short,
    or long and nothing but links (a tag cloud: "You are looking for: ...").

    ``cited``: link lines that are the article's own (its sources, the products it reviews), never in a run."""
    run: list[Block] = []
    for b in [*blocks, None]:
        linked = b is not None and (b.link_share > _ALL_LINKS or (b.link_share > 0.6 and b.words <= 25))
        if b is not None and linked and b.label == "body" and not (cited and cited(b)):
            run.append(b)
            continue
        if len(run) >= 2:
            for r in run:
                r.set("related", "context.link-run")
        run = []
