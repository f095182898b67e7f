"""The body run: the contiguous stretch of blocks with the most prose.

A maximum-sum run over block scores (``scores.block_score``), with valleys deepened at
gaps, a tail trimmed of trailing lists that are not the article's, a second copy of the
article (a twin run) found, and never across a comment thread or a barrier rule.
"""

from __future__ import annotations

import regex

from .blocks import SHOP_BUTTONS, Block, lines_below
from .boxes import (
    BOX_LINES,
    NEXT_REACH,
    cell_tables,
    code_gutters,
    crumb_row,
    inline_boxes,
    inline_toc,
    inserted,
    introduced_lists,
    label_teasers,
    numbered_rows,
    repeated_boxes,
    table_rows,
)
from .comments import comment_barrier, comment_buttons, mark_replies, thread_start
from .copies import CUT_OFF
from .late_byline import date_line
from .scores import (
    DIGIT,
    HEADER_MATTER,
    HEADER_REACH,
    NEXT_PARAGRAPH,
    PARAGRAPH_WORDS,
    block_score,
    content_like,
    first_prose,
    title_like,
    whole_page,
)
from .title import echoes_title_line

NUMBERED_ROW_SCORE = 2.0  # a counted row of a flattened table: content, though not prose
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
    tail = _TailReader(blocks, scores, lo, hi) if blocks is not None else None
    while i <= hi:
        if scores[i] >= 0:
            before += scores[i]
            i += 1
            continue
        j = i
        while j <= hi and scores[j] <= 0:
            j += 1
        # (an ad's slot label, "Advertisement", sits between the article's sections, not where it ends)
        neg = sum(1 for k in range(i, j) if scores[k] < 0 and not (blocks is not None and blocks[k].rule == "ad.label"))
        if neg >= TAIL_GAP and before > 0 and total - before < TAIL_SHARE * before and not _list_goes_on(blocks, i, j):
            if words is None or tail is None or not (_same_topic(words, i, j, hi) or tail.repeats_items(i, j)
                                                     or tail.long_section(i, before)):
                return i - 1
        i = j
    return hi


LIST_CLOSER_WORDS = 10
HEADER_WORDS, HEADER_ROWS = 8, 3


def _column_names(blocks: list[Block], scores: list[float]) -> list[int]:
    """A short line over three rows or more that read as a table's ("Action Owner Status" over
    "Roll back the config change SRE Done", "Certificate Certification" over "Result of an
    educational process Result of an assessment process"): the table's column names, no
    furniture, however like a menu's heading they read."""
    found = []
    texts = [i for i, b in enumerate(blocks) if b.text]
    prose = next((n for n, i in enumerate(texts) if scores[i] >= PARAGRAPH_WORDS), len(texts))
    for n, i in enumerate(texts[: -HEADER_ROWS]):
        b = blocks[i]
        if n <= prose or scores[i] >= 0 or not 2 <= b.words <= HEADER_WORDS:
            continue
        rows = texts[n + 1 : n + 1 + HEADER_ROWS]
        if (b.label == "body" and not b.link_share
                and b.kind != "list" and _COLUMN_NAMES.fullmatch(b.text)
                and all(0 < scores[k] < 1 and blocks[k].kind != "list" for k in rows)
                and not any(_NO_CELL.search(blocks[k].text) for k in rows)
                and not _same_ending([blocks[k].text for k in rows])):
            found.append(i)
    return found


# Column names: words, a capital first (no label's colon, no emoji, no sentence's end)
_COLUMN_NAMES = regex.compile(r"\p{Lu}[\p{L}\p{N}'’&/()-]*(?:\s+[\p{L}\p{N}'’&/()%$-]+)+")
_NO_CELL = regex.compile(r"[?!]")  # a teaser's headline asks or exclaims


def _same_ending(texts: list[str]) -> bool:
    """The lines end alike ("Addiction (16) items in category", "ADHD (3) items in category"): a
    menu's generated entries, no table's rows."""
    return len({t.split()[-1].casefold() for t in texts}) == 1


_TO_TOP = regex.compile(r"\bto\s+(?:the\s+)?top\b", regex.I)


def _list_goes_on(blocks: list[Block] | None, i: int, j: int) -> bool:
    """The gap ``i..j`` is a list's last items, the list begun above it inside the run ("* Wheatear",
    "* Yellowhammer" closing a species list, a sentence under it): its one-word entries are no furniture."""
    if blocks is None or i == 0 or blocks[i - 1].kind != "list":
        return False
    gap = [b for b in blocks[i:j] if b.text]
    after = next((b for b in blocks[j:] if b.text), None)  # and the article goes on under it
    return (bool(gap) and all(b.kind == "list" and b.indent == blocks[i - 1].indent and not b.link_share for b in gap)
            and after is not None and after.prose and after.words >= LIST_CLOSER_WORDS)


SECTION_SHARE, LINE_CAP = 0.5, 40
ITEM_REPEATS = 2  # earlier lines under the same label that make the run a list of items


class _TailReader:
    """What _trim_tail asks of the lines around each gap of the run's tail, read once: each
    gap asked of every line above it or below it, and a long document's tail (a thread of
    replies, a share bar under each post) holds a gap every few lines (quadratic)."""

    def __init__(self, blocks: list[Block], scores: list[float], lo: int, hi: int) -> None:
        self.blocks, self.scores, self.lo, self.hi, self.upto = blocks, scores, lo, hi, lo
        self.openings: dict[str, int] = {}  # labelled lines' openings above ``upto``
        self.rules: dict[str, int] = {}  # the rules of the furniture lines above ``upto``
        self.below = [0] * (hi - lo + 2)  # unclaimed words from a line down to ``hi`` (capped a line)
        for k in range(hi, lo - 1, -1):
            b = blocks[k]
            self.below[k - lo] = self.below[k - lo + 1] + (min(b.words, LINE_CAP) if b.label == "body" else 0)

    def long_section(self, i: int, before: float) -> bool:
        """What follows the gap is as long as half the article above it, in lines no rule
        claimed: a section of the article's own (a week-by-week plan, a table, a list the
        article leads to) that reads as lists rather than prose, not a bio, a promo or a
        comment, which are short beside the article. A line counts at most LINE_CAP words
        (one block of a whole page glued together is no section)."""
        return self.below[i - self.lo] >= SECTION_SHARE * before

    def repeats_items(self, i: int, j: int) -> bool:
        """The gap repeats the run's earlier separators, or a label of its own ("Best case:")
        follows it closely: more items each under the same label ("Published by Acme Games"
        over each game's review; "Best case:" in each section of a buyer's guide), not
        furniture after the article. (A promo's lines repeat too, but say more than a label.)
        A gap of lines the rules named, a stamp among them, repeats by their rules: a live
        blog's "Share" and "07.41 GMT" over each post (not a shop's "BUY NOW" under each
        product, which may end the list)."""
        blocks, scores = self.blocks, self.scores
        gap = [n for n in range(i, j) if scores[n] < 0]
        near = [n for n in range(j, min(self.hi + 1, j + BOX_LINES)) if _label_line(blocks[n].text)]
        keys = {k for k in (_opening(blocks[n]) for n in gap + near) if k}
        for n in range(self.upto, i):  # (a label over a list may score as its content)
            b = blocks[n]
            if scores[n] < 0 or _label_line(b.text):
                key = _opening(b)
                if key is not None:
                    self.openings[key] = self.openings.get(key, 0) + 1
            if scores[n] < 0 and b.rule:
                self.rules[b.rule] = self.rules.get(b.rule, 0) + 1
        self.upto = max(self.upto, i)
        if any(blocks[n].label == "byline" for n in gap) and all(
                blocks[n].rule and self.rules.get(blocks[n].rule, 0) >= ITEM_REPEATS for n in gap):
            return True
        return sum(self.openings.get(k, 0) for k in keys) >= ITEM_REPEATS


def _label_line(text: str) -> bool:
    """A label of one or two words over what follows ("Best case:", "Pros:")."""
    return len(text.split()) <= 2 and text.rstrip().endswith(":")


_LABELLED = regex.compile(r"(\w+(?:[ '-]\w+){0,2}):\s+\S")  # "Price: P240", "Where: Makati"


def _opening(b: Block) -> str | None:
    """A labelled line's first two words ("published by"; a gallery's line, its rule), the label of a line no rule
    named ("Price: P240" and "Price: From P115" are one key; not "Advertisement: …"), or a
    label of its own ("Best case:"); None for another line of two words or fewer."""
    text = b.text
    labelled = _LABELLED.match(text.lower()) if b.label == "body" else None
    if labelled:
        return labelled.group(1) + ":"
    if b.label == "gallery":
        return b.rule  # a slideshow's counters: "Slide 12 of 12" as "Slide 11 of 12"
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


def body_run(blocks: list[Block]) -> tuple[int, int, set[int]] | None:
    """[lo, hi] of the run with the most prose and the blocks of its twin runs (see
    _twin_runs), or None when there is no prose at all."""
    scores = [block_score(b) for b in blocks]
    for i in inline_toc(blocks):
        scores[i] = 0.0
    table = table_rows(blocks)
    for i in table:
        if crumb_row(blocks[i]):
            blocks[i].set("body", "")  # "Rovers | 10 | 24": the table's, however like a trail it reads
    for i in table | cell_tables(blocks, scores) | introduced_lists(blocks, scores):
        scores[i] = max(scores[i], 0.2)  # as content_like: a table row is no furniture
    for i in numbered_rows(blocks):
        scores[i] = max(scores[i], NUMBERED_ROW_SCORE)
    names = _column_names(blocks, scores)
    for i in names:
        scores[i] = 0.2  # as its rows: no gap between the article and its closing table
    rows = table | set(names)
    for i in code_gutters(blocks):
        scores[i] = max(scores[i], 0.0)  # a listing's line numbers weigh nothing either way
    for i, b in enumerate(blocks):
        if b.rule == "navigation.skip" and _TO_TOP.search(b.text):
            scores[i] = max(scores[i], 0.0)  # "Back to top ↑" under each of a glossary's sections: no gap
    if not any(s >= 8 for s in scores):
        return None
    first = first_prose(scores)  # the barriers below come after it, so it stands for the run too
    mark_replies(blocks, first)
    thread = thread_start(blocks, first)  # (the passes below change scores and no comment's label)
    buttons = comment_buttons(blocks, first, thread)
    for i in buttons:
        scores[i] = -3.0  # as any labelled line
    comment_barrier(blocks, scores, first, set(buttons))
    for i in inline_boxes(blocks, scores):
        scores[i] = -3.0
    for i in repeated_boxes(blocks, scores):
        scores[i] = 0.0  # a widget the page repeats weighs nothing either way: its lines go by their labels
    for i in _catalogue_blurbs(blocks, scores):
        scores[i] = 0.0  # nor does a catalogue's blurb, however it reads: the run is not carried through a mega menu
    label_teasers(blocks, scores)
    page = whole_page(blocks)
    ranked = _deepen_valleys(scores) if page else scores
    lo, hi = first_substantial_run(ranked)
    if thread is not None and lo > thread:
        lo, hi = _before_comments(ranked, thread, (lo, hi))
    hi = _trim_tail(scores, lo, hi, blocks)
    hi = _across_insertions(blocks, scores, hi)

    def joins(i: int) -> bool:  # lists, tables and code that touch the run belong to it
        return content_like(blocks[i]) or not blocks[i].text

    while lo > 0 and joins(lo - 1) and not _headline_over(blocks, lo - 1):
        lo -= 1
    if lo < hi and _headline_over(blocks, lo):
        lo += 1
    opener = next((k for k in range(lo - 1, -1, -1) if blocks[k].text), None)  # the line right above the run
    if opener is not None and blocks[opener].label == "body" and OPENER.fullmatch(blocks[opener].text):
        lo = opener  # the heading of the summary box the article opens with ("Key Takeaways", "TL;DR")
    while hi + 1 < len(blocks) and (joins(hi + 1) or hi + 1 in rows or _table_heading(blocks, hi + 1, rows)):
        hi += 1  # (and a closing table's heading and rows as a text renderer prints them: "Driving times" / "Leg …" / …)
    hi = _item_labels_after(blocks, lo, hi)
    return lo, hi, _twin_runs(blocks, scores, (lo, hi), thread) if page else set()


def _table_heading(blocks: list[Block], i: int, rows: set[int]) -> bool:
    """``blocks[i]`` heads a table whose rows come next: a short line, no sentence, a row within the next two text
    lines (its caption and its column names: "Driving times" / "Leg Distance Driving time" / "Reykjavík to Vík …")."""
    texts = [k for k in range(i, len(blocks)) if blocks[k].text]
    for n, k in enumerate(texts[:3]):
        if k in rows:
            return n > 0 and _like_rows([blocks[j] for j in texts[n : n + TABLE_ROWS]])
        b = blocks[k]
        if not (b.label == "body" and not b.prose and b.words <= TABLE_HEADING_WORDS and not b.links):
            return False
    return False


def _like_rows(lines: list[Block]) -> bool:
    """Three rows of one table, about as long as each other (not a footer's address over its phone numbers)."""
    counts = [b.words for b in lines]
    return len(counts) == TABLE_ROWS and max(counts) - min(counts) <= TABLE_ROW_SPREAD


TABLE_HEADING_WORDS, TABLE_ROWS, TABLE_ROW_SPREAD = 8, 3, 3
ITEM_LABEL_WORDS = 10  # "Address: 123 Main Street, Springfield, IL 62704"; longer lines say more than a label


def _item_labels_after(blocks: list[Block], lo: int, hi: int) -> int:
    """The run's end, carried over the last item's labelled lines ("Price: From P115" /
    "Where: Nationwide") when earlier items had lines of such a label: the run stops at its
    last paragraph, and these short lines below it read as furniture."""
    counts: dict[str, int] = {}
    for b in blocks[lo : hi + 1]:
        key = _LABELLED.match(b.text.lower()) if b.label == "body" and b.words <= ITEM_LABEL_WORDS else None
        if key:
            counts[key.group(1)] = counts.get(key.group(1), 0) + 1
    group: list[str] = []
    for b in blocks[hi + 1 : hi + 1 + BOX_LINES]:
        key = _LABELLED.match(b.text.lower())
        if b.label != "body" or not key or b.words > ITEM_LABEL_WORDS:
            break
        group.append(key.group(1))
    return hi + len(group) if any(counts.get(k, 0) >= ITEM_REPEATS for k in group) else hi


# Besides boxes.inserted (not the image line alone: an author box's photo stands over the
# bio), a teaser naming one story ("Related: <title>"; not a box's heading, "More from Acme:",
# nor a row of links, "Related Companies: A, B, C, ...").
TEASERS, TEASER_WORDS, TEASER_COMMAS = frozenset({"related.labelled", "related.bracketed"}), 20, 2
INSERTION_LINES, GOES_ON_WORDS = 4, 5


def _across_insertions(blocks: list[Block], scores: list[float], hi: int) -> int:
    """The run's end, carried past insertions the rules recognised when the article's
    prose goes on below them: a closing paragraph or two under an embedded post or an ad
    weighs less than the lines between (each -3), so the best run stops above them."""
    while True:
        gap = _insertion_gap(blocks, hi + 1)
        if gap is None:
            return hi
        k = gap
        while k + 1 < len(blocks) and scores[k + 1] >= 0:
            k += 1
        hi = k


def _insertion_gap(blocks: list[Block], start: int) -> int | None:
    """The first line of prose below a few insertion lines starting at ``start`` (blank lines
    between them aside), or None when something else comes first."""
    lines, heads, letter, cta, items, wall, player = 0, list[int](), False, False, 0, False, False
    for k in range(start, len(blocks)):
        b = blocks[k]
        if not b.text:
            continue
        if heads and items < GAP_ITEMS and b.label == "body" and not b.prose and _LABEL_VALUE.match(b.text):
            items += 1  # the section's facts under its heading ("Key numbers" / "Peak workforce: 1,150" / …; not a
            continue    # footer's list of links under its heading, "Other cemeteries" / "Laurel Fork Cemetery")
        if (_insertion(b) or _product_name(blocks, k)) and lines < INSERTION_LINES and not heads:
            lines += 1
            letter = letter or b.label in ("newsletter", "paywall")
            # (a player's "Listen on Apple Podcasts Spotify RSS" under it is the player's, no firm's call)
            cta = cta or (b.rule == "chrome.cta" and not player) or b.rule.endswith(".box-pitch")
            wall = wall or b.label == "paywall"
            player = b.label == "embed"
            continue
        if lines > 0 and len(heads) < GAP_HEADINGS and _gap_heading(b):
            heads.append(k)  # the article's next section under the teaser ("Read next: …" / "Keep records" / its paragraph)
            continue
        goes_on = (lines > 0 and b.label == "body" and b.prose and b.kind != "heading"
                   and b.words >= GOES_ON_WORDS and b.link_share <= 0.5)
        if goes_on and letter and (b.words < LETTER_GOES_ON_WORDS or _LETTER_TAIL.match(b.text)):
            return None  # under a sign-up box, a form's note, a postscript or the letter's own pitch
        if goes_on and cta and b.words < CTA_GOES_ON_WORDS:
            return None  # under a call to action, the firm's own line ("Over 30 years of experience delivering …")
        if goes_on and wall and not heads:
            return None  # under a wall's prompt, the site's own promo; a free post's next section has its heading
        return k if goes_on else None  # (the run then holds the section's heading and list above the prose)
    return None


LETTER_GOES_ON_WORDS, CTA_BUTTON_WORDS, CTA_GOES_ON_WORDS = 10, 6, 30
_LETTER_TAIL = regex.compile(r"\W*p\.\s?s\.|.*\b(?:subscri\w*|newsletter|inbox)\b", regex.I)


GAP_HEADINGS, GAP_HEADING_WORDS, GAP_ITEMS = 2, 10, 8
_LABEL_VALUE = regex.compile(r"[\p{L}][^:.!?]{1,40}:\s+\S[^.!?]{0,60}$")  # "Structural steel: 9,600 tonnes"


def _gap_heading(b: Block) -> bool:
    """A section's heading of the article: short, no sentence, no link."""
    return (b.label == "body" and not b.prose and not b.links and b.words <= GAP_HEADING_WORDS
            and not b.text.rstrip().endswith((".", ":", ",", ";", "!")))


def _product_name(blocks: list[Block], k: int) -> bool:
    """A product card's name over its shop's button ("Ball Mason Jars, 16 oz" / "$18.97 at Amazon")."""
    b = blocks[k]
    below = lines_below(blocks, k, 1, NEXT_REACH)
    return b.label == "body" and not b.prose and b.words <= PRODUCT_WORDS and bool(below) and below[0].rule in SHOP_BUTTONS


PRODUCT_WORDS = 12


def _insertion(b: Block) -> bool:
    """``b`` is set between the article's paragraphs: an insertion, or a one-story teaser."""
    if b.barrier:
        return False
    if inserted(b, images=False):
        return True
    if (b.label in ("newsletter", "paywall") or b.rule == "chrome.app-promo") and b.words <= TEASER_WORDS:
        return True  # a sign-up box's line the rules named ("Join 14,000 knitters on the list." / "Sign me up"), an app's
        # promo, a free post's member box ("This post is for subscribers only…" / "Subscribe now")
    if b.rule == "ad.sponsored-teaser":
        return True  # a sponsor's teaser between its labels
    if (b.rule == "chrome.cta" and b.words <= CTA_BUTTON_WORDS) or (b.rule.endswith(".box-pitch") and b.words <= TEASER_WORDS):
        return True  # a call to action's box, its button and the heading and pitch above it ("Plan your visit" / … / "Book tickets")
    text = b.text.rstrip()
    return (b.rule in TEASERS and b.words <= TEASER_WORDS and not text.endswith(":")
            and text.count(",") <= TEASER_COMMAS and len(b.links) <= 1)


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
            and name.label == "body" and blurb.label == "body" and scores[blurb.index] > 0 and not DIGIT.search(name.text))


# A summary box's or the first section's heading, over the article's first lines: "Key Takeaways", "In short",
# "TL;DR", "At a glance", "Introduction" (de fr es it pt nl: "Das Wichtigste in Kürze", "En bref", "En resumen",
# "In sintesi", "Em resumo", "In het kort").
OPENER = regex.compile(
    r"\W{0,3}(?:key\s+(?:takeaways?|points|facts|findings|insights|highlights)|(?:quick\s+|executive\s+)?summary|quick\s+takes?|the\s+gist|takeaways|what\s+to\s+know"
    r"|tl;?\s?dr|in\s+(?:short|brief|a\s+nutshell)|at\s+a\s+glance|highlights|introduction|overview|the\s+short\s+version"
    r"|(?:the\s+)?bottom\s+line(?:\s+up\s+front)?|das\s+wichtigste\s+in\s+kürze|en\s+bref|en\s+resumen|in\s+sintesi"
    r"|em\s+resumo|in\s+het\s+kort"
    r"|symptoms?|problem|prerequisites|before\s+you\s+(?:begin|start)"  # a help desk's first section
    # a case study's: "The challenge", "Company overview", "About the client", "Key results"
    r"|(?:the\s+)?(?:challenge|situation|background)|(?:company|customer|client)\s+overview|about\s+the\s+(?:client|customer|company)"
    r"|key\s+results)\s*:?\W{0,3}",
    regex.I,
)


def _headline_over(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a headline over its standfirst, the article's byline or date below
    them: a sentence-case headline reads as content ("City council approves new cycle lane
    network"), yet it heads the run rather than joins it. (The date line may not be
    labelled yet: a head rule's, or by its form a comment's timestamp, "12 mars 2025, 18:05".)"""
    below = lines_below(blocks, i, 2, HEADER_REACH)
    return (len(below) == 2 and below[0].prose and title_like(blocks[i])
            and (below[1].label in HEADER_MATTER or date_line(below[1])))


TWIN_SHARE, TWIN_PARAGRAPHS, TWIN_WORDS = 0.3, 3, 35


def _twin_runs(blocks: list[Block], scores: list[float], run: tuple[int, int], thread: int | None) -> set[int]:
    """On a whole page, the article's other part: the best run of prose beside its run, cut
    off from it by a stretch of furniture too long to cross (a product comparison table, a
    widget) but not by a barrier or the comments. It holds several paragraphs and a fair
    share of the run's prose: a catalogue's one-line blurbs and a box's teasers do not. The
    stretch between the two parts goes with them when it is plain (see _plain_gap)."""
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
            part = twin
        elif start == above and twin:
            part = _headed_opening(blocks, twin)
        else:
            continue
        out.update(part)
        if part:
            gap = range(part.stop, lo) if start == above else range(hi + 1, part.start)
            out.update(gap if _plain_gap(blocks, gap) else ())
    return out


GAP_REPEATS = 0.5  # share of a gap's lines said again below it that makes it a table of contents


def _plain_gap(blocks: list[Block], gap: range) -> bool:
    """The stretch between a run and its twin is the article's too (a comparison table, cell
    lines no rule claimed) when no rule named any of its lines and fewer than half of them
    are said again below it: a table of contents' entries are, as the headings they link to."""
    lines = [b for b in blocks[gap.start : gap.stop] if b.text]
    if not lines or any(b.label != "body" for b in lines):
        return False
    below = {b.text.lower() for b in blocks[gap.stop :] if b.text}
    return sum(b.text.lower() in below for b in lines) < GAP_REPEATS * len(lines)


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
        below = [i for i in range(h + 1, twin.stop) if blocks[i].text and blocks[i].label not in HEADER_MATTER]
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
    return b.prose and b.words >= NEXT_PARAGRAPH and not CUT_OFF.search(b.text)
