"""Passes after the body run: copies and widgets the run let through.

A page prints some things twice (a menu, a breadcrumb trail run into the headline, a
paragraph), and widgets print lines in series (a gallery's title under each slide, page
numbers, story lists of cut-off excerpts). Each pass labels what it finds, one kind each.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from .blocks import Block
from .scores import TRAILING_COUNTER, WORD, introduces_list

_END_HEADING_WORDS = 12


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


CARD_TITLE_WORDS, CARD_BLURB_WORDS = 20, 40
# a host alone on its line: "sxsnation.com", "www.example.co.uk" (an address's path or a sentence's dot is none; in
# small letters: "8.Kartra" is an item), its domain a web one: "kestrel.yaml" and "drain.py" are files
_BARE_HOST = regex.compile(r"(?:www\.)?[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.([a-z]{2,6})")
_FILE_ENDINGS = frozenset({"py", "js", "ts", "md", "sh", "rs", "rb", "cs", "go", "pl", "pm", "cc", "hs", "ml", "kt", "sc", "ps",
                           "db", "gz", "xz", "so", "mk", "cfg", "ini", "yml", "yaml", "json", "toml", "xml", "csv", "txt",
                           "log", "lock", "html", "htm", "css", "java", "cpp", "hpp", "swift", "sql", "conf", "env", "tsx",
                           "jsx", "vue", "php", "jpg", "jpeg", "png", "gif", "svg", "pdf", "zip", "tar", "exe", "dll"})


def _bare_host(text: str) -> bool:
    m = _BARE_HOST.fullmatch(text)
    return m is not None and m[1] not in _FILE_ENDINGS


def drop_link_cards(blocks: list[Block]) -> None:
    """A link's preview card between the article's paragraphs (a forum's unfurl, a blog platform's
    bookmark card): its title, a sentence of its page's description and that page's host alone
    on a line ("Marysvale lodging megathread" / "Post your experience with …" / "sxsnation.com").
    A host under anything else (a picture's "Photo Credit:", a list of sites) stays."""
    texts = [b for b in blocks if b.text]
    for k in range(2, len(texts)):
        host, blurb, title = texts[k], texts[k - 1], texts[k - 2]
        if (host.label == "body" and host.kind == "paragraph" and host.words <= 3 and _bare_host(host.text.strip())
                and blurb.label == "body" and blurb.prose and blurb.kind == "paragraph" and blurb.words <= CARD_BLURB_WORDS
                and title.label == "body" and title.kind in ("paragraph", "heading") and not title.prose
                and title.words <= CARD_TITLE_WORDS):
            for b in (title, blurb, host):
                b.set("related", "related.link-card")


PULL_QUOTE_WORDS = (8, 45)  # a pull quote's words: a sentence or two set in large type
PULL_CREDIT_WORDS = 8  # its attribution under it: "Megan Oduya, office leasing broker"
_OPEN_QUOTES, _CLOSE_QUOTES = "\"“‘«„", "\"”’»“"


def drop_pull_quotes(blocks: list[Block]) -> None:
    """A pull quote: words of the article set apart again in quotation marks, which a paragraph
    of the article already holds word for word. The reader has read them; the copy goes, and
    so does its attribution under it ("Megan Oduya, office leasing broker"). A quote the
    article gives once, however short, stays."""
    body = [b for b in blocks if b.label == "body" and b.text]
    quotes = [b for b in body if PULL_QUOTE_WORDS[0] <= b.words <= PULL_QUOTE_WORDS[1] and _in_quotes(b.text)]
    if not quotes:
        return
    texts = {id(b): f" {normal_text(b.text)} " for b in body if b.words > PULL_QUOTE_WORDS[0]}
    for q in quotes:
        said = f" {normal_text(q.text)} "
        if any(o is not q and o.words > q.words and said in texts.get(id(o), "") for o in body):
            q.set("boilerplate", "context.pull-quote")
            credit = next((b for b in blocks[q.index + 1 :] if b.text), None)
            if credit is not None and credit.label == "body" and _pull_credit(credit.text):
                credit.set("boilerplate", "context.pull-quote")


def _in_quotes(text: str) -> bool:
    text = text.lstrip("> *_").rstrip(" *_")
    return len(text) > 2 and text[0] in _OPEN_QUOTES and text[-1] in _CLOSE_QUOTES


def _pull_credit(text: str) -> bool:
    """ "Megan Oduya, office leasing broker", "— Dolores Whitaker": a name and its role, no sentence."""
    text = text.lstrip("—–- ")
    words = text.split()
    return (0 < len(words) <= PULL_CREDIT_WORDS and text[-1] not in ".!?:" and words[0][:1].isupper()
            and (len(words) > 1 and words[1][:1].isupper()) and ("," in text or len(words) <= 3))


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


def normal_text(text: str) -> str:
    """The text's words in lower case, one space apart: copies compare by it."""
    return " ".join(WORD.findall(text.lower()))


def line_key(text: str) -> str:
    """A line's words without a trailing counter ("… says 1"): how a repeat is told."""
    if text[-1:].isdigit() or text.endswith("\n"):  # the counter ends the text: most lines skip the sub
        text = TRAILING_COUNTER.sub("", text)
    return normal_text(text)


EXCERPTS, EXCERPT_SPAN, EXCERPT_TITLE_WORDS, EXCERPT_DATE_WORDS = 3, 12, 20, 5
EXCERPT_WORDS, EXCERPT_SPREAD = 25, 1.25  # an excerpt's least words; its longest against its shortest
CUT_OFF = regex.compile(r"\w(?:\.\.\.|…)$")  # "... how to create an ergonomic workst..."


def drop_story_lists(blocks: list[Block]) -> None:
    """A story list: three or more paragraphs of 25 words or more cut off at one length
    ("... an ergonomic workst..."), within a few lines of each other, each under its story's
    title (three words or more: a name over a bio cut short is an author's card). From the
    first title to the last excerpt, and the short line under it (a date), it is a
    recirculation box wherever it stands (an excerpt short enough to end whole goes with the
    rest). A writer's trailing dots vary in length, and a list's items are shorter."""
    texts = [b for b in blocks if b.text]
    cut = [n for n in range(1, len(texts)) if texts[n].label == "body" and texts[n].words >= EXCERPT_WORDS
           and CUT_OFF.search(texts[n].text) and 3 <= texts[n - 1].words <= EXCERPT_TITLE_WORDS]
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


CONTENTS_ITEMS, CONTENTS_WORDS = 3, 15  # a contents list's least entries; an entry's most words


def drop_contents_lists(blocks: list[Block]) -> None:
    """A table of contents with no heading of its own (a page's "Jump to" box rendered as
    bare lines): short lines in a row, each said again further down in the same order, three
    of them at least as a heading over the article's prose. The entries go; the headings
    stay. A list the article introduces ("This guide compares five platforms:") is the
    writer's own, and stays."""
    body = [b for b in blocks if b.label == "body" and b.text]
    keys = [_copy_key(b.text) if not b.prose and b.words <= CONTENTS_WORDS else "" for b in body]
    short = [bool(key) for key in keys]  # (a line of marks alone, "* * *", has no key)
    where: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            where.setdefault(key, []).append(i)
    i = 0
    while i < len(body):
        run, last, heads = i, i, 0
        while run < len(body) and short[run]:
            places = where[keys[run]]
            k = bisect_right(places, max(last, run))  # (a line said thousands of times: no scan of them all)
            if k == len(places):
                break
            later = places[k]
            heads += later + 1 < len(body) and body[later + 1].prose
            last, run = later, run + 1
        if heads >= CONTENTS_ITEMS and not _introduced(body, i):
            for b in body[i:run]:
                b.set("navigation", "context.contents")
        i = max(run, i + 1)


GLUED_ENTRIES, GLUED_WORDS, GLUED_LOOSE = 2, 60, 2  # least entries; a glued line's most words; words no entry holds


def drop_glued_contents(blocks: list[Block]) -> None:
    """A table of contents whose links a renderer ran into one line under its heading ("On
    this page" / "How do ETFs work? ETFs vs. mutual funds Types of ETFs"): the line is two
    or more of the article's later headings end to end (numbered or not), a word or two
    beside them at most ("FAQ"). A lede that names a section says more than its headings."""
    texts = [b for b in blocks if b.text]
    for n, b in enumerate(texts[:-1]):
        line = texts[n + 1]
        if b.rule != "navigation.toc" or line.label != "body" or line.words > GLUED_WORDS:
            continue
        # (a question heading reads as prose: "What is the 20/4/10 rule?" is an entry all the same)
        later = {tuple(_entry_words(x.text)) for x in texts[n + 2 :]
                 if x.words <= CONTENTS_WORDS and (not x.prose or x.text.rstrip().endswith("?"))}
        if _glued(_entry_words(line.text), later - {()}):
            line.set("navigation", "context.contents")


def _entry_words(text: str) -> list[str]:
    """A heading's words as its contents entry says them, the entry's number left out."""
    return [w for w in WORD.findall(_copy_key(text)) if not w.isdigit()]


def _glued(words: list[str], entries: set[tuple[str, ...]]) -> bool:
    """``words`` are entries end to end: the fewest words left over (a dynamic programme over
    where each entry could start), at most GLUED_LOOSE, and GLUED_ENTRIES entries at least."""
    n = len(words)
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (loose words, -entries) to reach i
    best[0] = (0, 0)
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        steps = [(i + 1, (here[0] + 1, here[1]))]
        steps += [(i + len(e), (here[0], here[1] - 1)) for e in entries if tuple(words[i : i + len(e)]) == e]
        for j, cost in steps:
            if best[j] is None or cost < best[j]:  # type: ignore[operator]
                best[j] = cost
    end = best[n]
    return end is not None and end[0] <= GLUED_LOOSE and -end[1] >= GLUED_ENTRIES


def _introduced(body: list[Block], i: int) -> bool:
    """The list that line ``i`` is in follows a sentence of the article that introduces it
    (a few of its lines may stand before ``i``)."""
    return any(introduces_list(b) for b in body[max(0, i - CONTENTS_ITEMS) : i])


TEMPLATE_WORDS, TEMPLATE_LINES, TEMPLATE_MORE = 3, 5, 6  # shared first words; least lines; most words beyond them
_CODE_MARKS = regex.compile(r"[<>{}=;]")


def drop_index_lists(blocks: list[Block]) -> None:
    """A site's index of its own pages, one templated link a line: five lines or more in a
    row that open with the same three words and change only the end ("Homes for Sale in
    Greenville", "Homes for Sale in Lake Hartwell", ...; "Best VPN for Netflix", "Best VPN
    for iPhone"). An article's lines share less; a line of code is left to its block."""
    body = [b for b in blocks if b.label == "body" and b.text and b.kind != "code"]
    heads = [_template_head(b) for b in body]
    i = 0
    while i < len(body):
        j = i + 1
        while heads[i] and j < len(body) and heads[j] == heads[i] and body[j].text != body[j - 1].text:
            j += 1  # (the same line again is a widget's stutter, drop_stutters')
        if j - i >= TEMPLATE_LINES:
            for b in body[i:j]:
                b.set("navigation", "context.index-list")
        i = j


def _template_head(b: Block) -> str:
    """A short line's first words, as an index's template repeats them ('' for a longer line,
    a sentence or code)."""
    if b.prose or _CODE_MARKS.search(b.text):
        return ""
    words = WORD.findall(b.text.lower())
    return " ".join(words[:TEMPLATE_WORDS]) if TEMPLATE_WORDS < len(words) <= TEMPLATE_WORDS + TEMPLATE_MORE else ""


# A series' or a guide's own index: "Part 2: How much do you actually need?", "Chapter 4 - Segments"
_SERIES_ITEM = regex.compile(
    r"(?:[-*•]\s*)?(?:part|chapter|lesson|module|episode|installment|instalment)\s+(\d{1,2})\s*[:.–—-]?\s+(\S.{1,140})", regex.I)
_COMING = regex.compile(r"\(?\s*coming\s+soon\s*\)?\W*$", regex.I)
_SERIES_HEAD = regex.compile(r".{0,80}\b(?:series|chapters|in\s+this\s+(?:guide|series|chapter|course))\b.{0,20}", regex.I)
SERIES_ITEMS = 3


def drop_series_lists(blocks: list[Block], title: Block | None) -> None:
    """A series' index of its parts, three or more counting up ("Part 1: Why start now", "Part 2: …",
    "Part 4: Choosing accounts (coming soon)"), one of them this page (the headline holds its words)
    or a part still to come: the series' navigation, with its heading over it ("Retirement Planning:
    the series"). An article's own numbered parts name neither."""
    headline = title.text.casefold() if title is not None else ""
    texts = [b for b in blocks if b.text]
    i = 0
    while i < len(texts):
        j, n = i, None
        while j < len(texts) and texts[j].label == "body" and (m := _SERIES_ITEM.fullmatch(texts[j].text)):
            if n is not None and int(m[1]) != n + 1:
                break
            n = int(m[1])
            j += 1
        run = texts[i:j]
        if len(run) >= SERIES_ITEMS and any(
                _COMING.search(b.text) or (headline and _SERIES_ITEM.fullmatch(b.text)[2].rstrip(" ?.!").casefold() in headline)  # type: ignore[index]
                for b in run):
            for b in run:
                b.set("navigation", "context.series-list")
            head = texts[i - 1] if i else None
            if head is not None and head.label == "body" and not head.prose and _SERIES_HEAD.fullmatch(head.text):
                head.set("navigation", "context.series-list")
        i = max(j, i + 1)
