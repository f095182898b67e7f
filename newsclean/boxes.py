"""Tables, lists and boxes inside a page's text: kept with the article or left out of it.

A table read out a cell per line, a list a sentence introduces, a table of contents, a box
the page repeats between paragraphs, a label over a teaser: each changes the block scores
the body run sums, or the blocks it may span.
"""

from __future__ import annotations

import regex

from .blocks import SHOP_BUTTONS, Block, counts_on, lines_above, lines_below
from .copies import CUT_OFF  # a teaser's blurb, cut off ("… The U.S. day…")
from .scores import PARAGRAPH_WORDS, introduces_list, title_case_share

_NUMBER = regex.compile(r"(?<!\w)[-+(]?[$€£¥]?\d[\d,.:%/]*\w{0,3}(?!\w)")
WIDE_ROW_WORDS = 40
PAIR_ROWS, PAIR_WORDS = 8, 6  # a two-column table: a name and its figure
_LAST_NUMBER = regex.compile(r"\s[-+]?[$€£¥]?\d[\d,.:]*%?$")  # (a race's time or gap: "Julien Moreau (FRA) 9:41:12", "+4:50")
TABLE_ROWS = 3  # lines in a row with numbers in them that make a table, not a menu
NEXT_REACH = 3  # blocks looked through for the line above or below (blank lines between)


def _data_row(b: Block) -> bool:
    """A row of figures: a short line with two numbers, or a longer one that is a quarter numbers
    (a table row flattened to one line: "5 Harvard Business School 5 38% / 46% 14% 86% 3.7 727")."""
    if not (b.label == "body" or crumb_row(b)) or not 0 < b.words <= WIDE_ROW_WORDS or b.link_share > 0.5:
        return False
    numbers = len(_NUMBER.findall(b.text))
    return numbers >= 2 if b.words <= 15 else numbers * 4 >= b.words


def table_rows(blocks: list[Block]) -> set[int]:
    """Lines of figures ("3 Progressive Group 74,411,830 21.0") several in a row are a table
    the article holds: Title Case as they may be, they are no menu. So is a long run of
    short lines that each end in one figure ("Connecticut 91.0"): a two-column table."""
    rows: set[int] = set()
    for test, least in ((_data_row, TABLE_ROWS), (_pair_row, PAIR_ROWS), (_spaced_row, TABLE_ROWS)):
        run: list[int] = []
        for i, b in enumerate([*blocks, None]):
            if b is not None and (test(b) or (test is _pair_row and run and _group_label(blocks, i))):
                run.append(i)
                continue
            if len(run) >= least or (test is _pair_row and len(run) >= SET_PAIR_ROWS and _set_in_prose(blocks, run)):
                rows.update(run)
                rows.update(_header_row(blocks, run[0]))
            run = []
    return rows


SET_PAIR_ROWS, SET_PROSE = 4, 15  # a short two-column table between the article's paragraphs ("Sungold Cherry 2")


def _set_in_prose(blocks: list[Block], run: list[int]) -> bool:
    """The article's paragraphs stand right above the run (its column names between them at most)
    and right below it: a small table the writer set in the text, not a menu of counts."""
    above = lines_above(blocks, run[0], 2, NEXT_REACH)
    below = lines_below(blocks, run[-1], 1, NEXT_REACH)

    def paragraph(b: Block) -> bool:
        return b.prose and b.words >= SET_PROSE

    return bool(below) and paragraph(below[0]) and bool(above) and (paragraph(above[-1]) or (
        len(above) == 2 and paragraph(above[0]) and above[1].words <= PAIR_WORDS))


_ROW_NUMBER = regex.compile(r"(\d{1,3})\s+\p{L}")
NUMBERED_ROWS, NUMBERED_ROW_WORDS = 3, 8


def numbered_rows(blocks: list[Block]) -> set[int]:
    """A table flattened a row per line whose first cell counts the rows ("1 Rest Walk/Run
    Easy 20 min …", "2 Rest …", "3 …"): three lines or more in a row opening with the next
    number, eight words each at least, no links. A menu counts nothing; a numbered list
    writes "1." and is a list."""
    rows: set[int] = set()
    run: list[int] = []
    last = None
    for b in [*(x for x in blocks if x.text), None]:
        n = _row_number(b) if b is not None else None
        if b is not None and n is not None and last is not None and n == last + 1:
            run.append(b.index)  # (the line above opened with the number before: it is in the run)
        else:
            if len(run) >= NUMBERED_ROWS:
                rows.update(run)
            run = [b.index] if b is not None and n is not None else []
        last = n
    return rows


def code_gutters(blocks: list[Block]) -> set[int]:
    """A code block's line numbers read out as a line of their own ("1 2 3 4 5") over the
    code: the listing's, no furniture between the article's paragraphs. (A single "1" may
    count anything; a pager's numbers stand over no code.) They stay: the dev gold keeps a
    gutter its page set in one table row with the code (0415)."""
    found = set()
    for i, b in enumerate(blocks):
        if b.label == "body" and b.text.startswith("1 2 3") and _GUTTER.fullmatch(b.text) and _counts_up(b.text.split()):
            below = lines_below(blocks, i, 1, NEXT_REACH)
            if below and below[0].kind != "heading" and _CODE.search(below[0].text):
                found.add(i)
    return found


_GUTTER = regex.compile(r"1(?: \d{1,4}){2,400}")
_CODE = regex.compile(r"[(){}\[\];=<>]|^\s*(?:\$|import|from|cargo|npm|pip|git|def|let|const|var|use|fn|func|class|#include)\b")


def _counts_up(numbers: list[str]) -> bool:
    return all(int(n) == k for k, n in enumerate(numbers, start=1))


def _row_number(b: Block) -> int | None:
    m = _ROW_NUMBER.match(b.text) if b.label == "body" and b.words >= NUMBERED_ROW_WORDS and not b.link_share else None
    return int(m[1]) if m else None


CELL_WORDS, CELLS, CELL_SHARE = 6, 6, 1 / 3  # a table read out a cell per line: short lines, lone figures among them
_CELL = regex.compile(r"[-+(]?[$€£¥]?\d[\d,.:/]*\s?(?:%|[\p{L}.]{1,4})?\)?")


def cell_tables(blocks: list[Block], scores: list[float]) -> set[int]:
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


def crumb_row(b: Block) -> bool:
    """A line the breadcrumb rule took that has cells ("Rovers | 10 | 24"): a table's row, if its neighbours are."""
    return b.rule == "navigation.breadcrumb" and "|" in b.text


def _header_row(blocks: list[Block], first: int) -> list[int]:
    """The row of column names over a table's figures ("Team | Played | Points"), which reads
    like a breadcrumb trail: the table's own when it has as many cells as the first row."""
    above = next((k for k in range(first - 1, -1, -1) if blocks[k].text), None)
    cells = blocks[first].text.count("|")
    if above is None or not crumb_row(blocks[above]) or blocks[above].text.count("|") != cells:
        return []
    return [above]


# a row a layout renderer set out in columns, its cells apart by runs of spaces (inscriptis: "Flight     SD 970")
_SPACED_CELLS = regex.compile(r"\S {3,}\S")
SPACED_ROW_WORDS = 15


def _spaced_row(b: Block) -> bool:
    return (b.label == "body" and 0 < b.words <= SPACED_ROW_WORDS and b.link_share <= 0.5
            and _SPACED_CELLS.search(b.raw.strip()) is not None)


GROUP_LABEL_WORDS = 2


def _group_label(blocks: list[Block], i: int) -> bool:
    """A group's label between a two-column table's rows ("Men" / "Women", "Singles"): a word or two, no
    figure, a row under it."""
    b = blocks[i]
    return (b.label == "body" and 0 < b.words <= GROUP_LABEL_WORDS and not any(c.isdigit() for c in b.text)
            and (below := next((x for x in blocks[i + 1 : i + 1 + NEXT_REACH] if x.text), None)) is not None
            and _pair_row(below))


def _pair_row(b: Block) -> bool:
    return (b.label == "body" and 0 < b.words <= PAIR_WORDS and b.link_share <= 0.5
            and _LAST_NUMBER.search(b.text) is not None)


LIST_LINE_WORDS, LIST_LINES, LIST_NEAR = 8, 40, 3


def introduced_lists(blocks: list[Block], scores: list[float]) -> set[int]:
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
        intro = blocks[i].text.rstrip().endswith(":") or (i > 0 and introduces_list(blocks[i - 1]))
        if (intro and j - i <= LIST_LINES
                and any(s >= 8 for s in scores[max(0, i - LIST_NEAR) : i])
                and (_prose_after(blocks, scores, j) or (_box_after(blocks, j) and _plain_intro(blocks, i)))):
            out.update(range(i, j))
        i = j
    return out


def _prose_after(blocks: list[Block], scores: list[float], j: int) -> bool:
    """A paragraph within LIST_NEAR blocks of ``j``, no page's legal line before it: the prose
    under a site's footer menu and its copyright line is the footer's, not the article's."""
    for k in range(j, min(len(scores), j + LIST_NEAR)):
        if scores[k] >= 8:
            return True
        if blocks[k].label == "legal":
            return False
    return False


_END_BOXES = frozenset({"newsletter", "donation", "share", "byline"})
_SERIES = regex.compile(r"\b(?:series|more|related|popular|latest|also|next)\b", regex.I)


def _plain_intro(blocks: list[Block], i: int) -> bool:
    """The list's intro says what the list is in the article's words ("Vireo's updated lineup:"), not a box's heading in
    Title Case or a series' ("Learn More in Our Plumbing Series:", "This article is part 4 of the … series:")."""
    intro = blocks[i] if blocks[i].text.rstrip().endswith(":") else blocks[i - 1]
    return title_case_share(intro.text) < 0.6 and _SERIES.search(intro.text) is None


def _box_after(blocks: list[Block], j: int) -> bool:
    """The article's last list, a box of the story's end right under it (a sign-up, a share row, the author's
    box: "Vireo's updated lineup:" / six names / "Subscribe to our newsletter")."""
    after = next((b for b in blocks[j:] if b.text), None)
    return after is not None and after.label in _END_BOXES


def _list_line(b: Block, score: float) -> bool:
    return b.label == "body" and 0 < b.words <= LIST_LINE_WORDS and score < 8 and b.link_share <= 0.5


INTRO_WORDS = 12  # a sentence of the intro, not a headline that asks a question


def inline_toc(blocks: list[Block]) -> list[int]:
    """The blocks of a table of contents set between the article's intro and its sections:
    prose right above its heading, and most of its entries again as lines below. It is
    part of the article's run, not a gap that cuts the intro off (its lines still go)."""
    toc = [b.index for b in blocks if b.rule == "navigation.toc"]
    if len(toc) < 3:
        return []
    above = lines_above(blocks, toc[0], 2, 4)
    if not any(b.label == "body" and b.prose and b.words >= INTRO_WORDS for b in above):
        return []
    below = {b.text.lower() for b in blocks[toc[-1] + 1 :] if b.text and b.words <= 20}
    entries = [blocks[i].text.lower().lstrip("*•·–—- ") for i in toc[1:]]  # (a layout text's bullets: "* Booking")
    return toc if sum(e in below for e in entries) >= 0.5 * len(entries) else []


BOX_LINES = 10  # the most lines of an inline box
GOES_ON, WINDOW, LONG_PROSE = 3, 4, 30.0  # this many long paragraphs in the lines right after it: the article goes on
# A read-also label over one or two teaser lines ("Lesen Sie auch" / its title): two long
# paragraphs right after it, with the article's prose right above it, and the article goes on.
LABEL_LINES, LABEL_GOES_ON = 2, 2
TEASER_LINES, TEASER_HEADLINE_WORDS = 3, 5  # a box of three stories' headlines ("Mehr zum Thema" over them)
BOX_PARAGRAPH = 15.0  # a paragraph's prose score around a box: a news paragraph may be a single sentence


def inline_boxes(blocks: list[Block], scores: list[float]) -> list[int]:
    """Related-stories headings that head a box inside the article: right after its few lines
    the article's long paragraphs go on, where a list of other stories alternates headlines,
    excerpts and dates, and a comment thread has its furniture. A bare label over a teaser
    or two between the article's paragraphs needs fewer of them (``LABEL_GOES_ON``)."""
    out = []
    for i, s in enumerate(scores):
        if s > -1000.0 or blocks[i].label != "related":
            continue
        j, sections = i + 1, False
        while j < len(scores) and j - i <= BOX_LINES and scores[j] < BOX_PARAGRAPH:
            if (any(b.text for b in blocks[i + 1 : j]) and _heads_section(blocks, scores, j, SECTION_HEAD_WORDS)
                    and (_sectioned_above(blocks, scores, i) or _heads_section(blocks, scores, j, SECTION_HEAD_SHORT, 2))):
                sections = True  # the box's teasers end where the article's sections go on ("Step 3: File …" / its paragraph)
                break
            j += 1
        # (a comment thread after the article's last paragraphs: these count, the thread's none)
        reach = j + (3 if sections else 2) * WINDOW  # (a section's heading between the paragraphs)
        thread = next((k for k in range(j, min(len(blocks), reach)) if blocks[k].label == "comment"), len(blocks))
        after = [k for k in range(j, min(thread, reach))
                 if blocks[k].text and not inserted(blocks[k]) and not _over_credit(blocks, k)
                 and not counts_on(blocks, i, blocks[k].text)  # nor a listicle's next item (numbered on from above the box)
                 and not (sections and _heads_section(blocks, scores, k, SECTION_HEAD_WORDS))][:WINDOW]  # (nor their headings)
        if not after or any(b.label == "comment" for b in blocks[i:j]):
            continue
        # the box ends at a line the page set after it (an ad's label): what follows is the article's
        end = next((k for k in range(i + 1, j) if inserted(blocks[k], images=False)), j)
        box = sum(1 for b in blocks[i + 1 : end] if b.text)
        # the article's own paragraphs around it, past an ad label or a caption already taken out
        near = [k for k in range(max(0, i - 2 * WINDOW), i) if blocks[k].text and blocks[k].label == "body"][-2:]
        prose_above = any(scores[k] >= BOX_PARAGRAPH for k in near)
        if sum(scores[k] >= BOX_PARAGRAPH and not CUT_OFF.search(blocks[k].text.rstrip()) for k in after) >= GOES_ON:
            out.append(i)
            if _teaser_box(blocks[i + 1 : end]):
                _teasers(blocks, i + 1, end)
            continue
        goes_on = [k for k in range(j, min(len(blocks), reach))
                   if blocks[k].text and blocks[k].label == "body"
                   and not (sections and _heads_section(blocks, scores, k, SECTION_HEAD_WORDS))][:LABEL_GOES_ON]
        if (box <= LABEL_LINES and prose_above
                and len(goes_on) == LABEL_GOES_ON and all(scores[k] >= BOX_PARAGRAPH for k in goes_on)):
            out.append(i)
            _teasers(blocks, i + 1, end)
    return out


SECTION_HEAD_WORDS = 10


def _section_head(b: Block) -> bool:
    """The article's section heading between its paragraphs ("Step 3: File the Articles" / "Loaf size"): short, no
    sentence, no link; it neither ends nor carries the article past a box."""
    return (b.label == "body" and not b.prose and not b.links and 0 < b.words <= SECTION_HEAD_WORDS
            and not b.text.rstrip().endswith((".", ":", ",", ";", "!", "…")) and not _TEASER_META.search(b.text))


# a teaser's date and byline row ("12/19/2025 • Mises Wire • Jane Roe"), no heading
_TEASER_META = regex.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\b(?:19|20)\d\d\b|[•·|]")


SECTION_HEAD_SHORT, SECTIONED_REACH = 4, 12


def _sectioned_above(blocks: list[Block], scores: list[float], i: int) -> bool:
    """The article right above block ``i`` is set in sections, a heading over each paragraph ("Step 2: Name a
    Registered Agent" / "The registered agent receives …"): a line of that shape below a box is its next section,
    not one more of the box's titles ("Dear Annie: …" under "Dear Annie: …")."""
    return any(blocks[k].label == "body" and _heads_section(blocks, scores, k, SECTION_HEAD_WORDS)
               for k in range(max(0, i - SECTIONED_REACH), i))


def _heads_section(blocks: list[Block], scores: list[float], j: int, most: int = 4, heads_needed: int = 1) -> bool:
    """Block ``j`` (``most`` words at most), and at most one more such heading, stand right over a paragraph
    of the article's: its section's heading ("Step 3: File the Articles" / "File online at …"; "Buying Guide" /
    "Loaf size" / "Most machines offer …"), not a box's teaser over its blurb ("… The U.S. day…")."""
    heads = [k for k in range(j, min(len(blocks), j + 6)) if blocks[k].text][:3]

    def head(k: int) -> bool:
        return _section_head(blocks[k]) and blocks[k].words <= most

    def paragraph(k: int) -> bool:
        return scores[k] >= BOX_PARAGRAPH and not CUT_OFF.search(blocks[k].text.rstrip())

    return len(heads) >= 2 and head(heads[0]) and (
        (heads_needed == 1 and paragraph(heads[1])) or (len(heads) == 3 and head(heads[1]) and paragraph(heads[2])))




# What a page sets inside its article, between two of its paragraphs: an embedded post, a
# photo's caption, a gallery's slide, an ad's label ("Advertisement"; not a shop's button, a
# product box's) and, where asked, the image line itself (not where an author box's photo
# stands over the bio).
INSERTED_LABELS, INSERTED_RULES = frozenset({"embed", "caption", "gallery"}), frozenset({"ad.label"}) | SHOP_BUTTONS


def inserted(b: Block, images: bool = True) -> bool:
    """``b`` is one of the lines a page sets between two of the article's paragraphs."""
    return b.label in INSERTED_LABELS or b.rule in INSERTED_RULES or (images and b.rule == "chrome.image")


def _teaser_box(box: list[Block]) -> bool:
    """A box's lines are its stories' titles: two lines, or three headlines of a few words
    each (a longer box may run on into lines of the page's own: "4. Xero" / "The Cloud Pioneer")."""
    lines = [b for b in box if b.text]
    return len(lines) <= LABEL_LINES or (
        len(lines) <= TEASER_LINES and all(b.words >= TEASER_HEADLINE_WORDS for b in lines))


def _over_credit(blocks: list[Block], k: int) -> bool:
    """Block ``k`` stands over a picture's credit line, no prose: its caption (or a heading
    over the picture), one more line the page set between two paragraphs."""
    below = next((b for b in blocks[k + 1 : k + 3] if b.text), None)
    return below is not None and below.rule == "caption.credit-only" and not blocks[k].prose


def _teasers(blocks: list[Block], start: int, end: int) -> None:
    """The stories' titles in a box inside the article (``blocks[start:end]``): no sentence, no
    heading of the article's own (a heading that is all link is a story's title), nor its list's
    next item ("13. Diane Arbus" under "12. Robert Frank" and the box)."""
    for b in blocks[start:end]:
        if counts_on(blocks, start - 1, b.text):
            break
        if b.label == "body" and b.text and not b.prose and (b.kind != "heading" or b.link_share > 0.5):
            b.set("related", "context.read-also")


REPEAT_BOX_LINES = 3 * BOX_LINES  # a box shown again and again may be long: its repeats vouch for it


def repeated_boxes(blocks: list[Block], scores: list[float]) -> list[int]:
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


def label_teasers(blocks: list[Block], scores: list[float]) -> None:
    """A read-also label alone on its line ("Read also", "Lees ook") between the article's
    paragraphs, over one short line: that line is the other story's title, not the article's.
    Not a list's last entry ("Other posts you may enjoy" closing a table of contents), nor a
    section heading ("## Why it matters") or a label ("Kids:") under it: the article's own."""
    texts = [b.index for b in blocks if b.text]
    # (a label over titles, "Read more:", is no card's button)
    buttons = sum(1 for b in blocks if b.rule == "chrome.control" and _READ_MORE.fullmatch(b.text) and not b.text.endswith(":"))
    for n, i in enumerate(texts):
        b = blocks[i]
        if (not _read_also_label(b) or b.kind == "list" or b.words > LABEL_WORDS or _TITLE_AFTER.search(b.text)
                or not 0 < n < len(texts) - 2 or _box_entry(blocks[texts[n - 1]])):
            continue
        teasers = _teasers_under(blocks, scores, texts[n + 1 : n + 1 + LABEL_TEASERS])
        if len(teasers) > 1 and _sectioned_above(blocks, scores, i):
            teasers.pop()  # the last short line over the paragraph: the sectioned article's next heading
        if not teasers or (b.label != "related" and buttons > 1):
            continue  # ("Read more" under each card of a list is its button)
        above = next((k for k in reversed(texts[:n]) if blocks[k].label == "body"), None)
        below = next((k for k in texts[n + 1 :] if k > teasers[-1].index and blocks[k].label == "body"), None)
        if below is not None and _subheading_over(blocks, below, teasers[-1]):
            below = next((k for k in texts[n + 1 :] if k > below and blocks[k].label == "body"), None)
        prose, either = (float(LABEL_PROSE), SENTENCE_PROSE) if len(teasers) > 1 else (LONG_PROSE, LONG_PROSE)
        if b.text.rstrip().endswith(":") and _READ_MORE.fullmatch(b.text):
            prose = either = float(LABELLED_PROSE)  # "Read more:" names its titles: one-sentence paragraphs around it (a tabloid's)
        # (two titles or more: one of the paragraphs around them may be a one-sentence paragraph of eight words or more)
        if (above is not None and below is not None and max(scores[above], scores[below]) >= prose
                and min(scores[above], scores[below]) >= either):
            for teaser in teasers:
                teaser.set("related", "context.read-also")


def _box_entry(above: Block) -> bool:
    """The line above is a box's entry, so the label is one too; not a marker the page sets between the article's
    parts ("Article content", which navigation.toc takes)."""
    return above.label in ("navigation", "related") and above.rule != "navigation.toc"


LABEL_PROSE = 20  # a wire story's paragraphs around a label over two titles run to 20-30 words
LABELLED_PROSE = 12  # around "Read more:" with its colon, the regional press's one-sentence paragraphs
SENTENCE_PROSE = 8 / 3  # a short sentence's score (scores.block_score: eight words of prose)
LABEL_TEASERS = 3  # titles under one label ("Read more" / "Rail fares to rise …" / "Northern cancels …")
_READ_MORE = regex.compile(r"\W*read\s+more\W*", regex.I)


def _read_also_label(b: Block) -> bool:
    """A read-also label the rules named, or a bare "Read more" alone on its line (which they take for a button)."""
    return b.label == "related" or (b.rule == "chrome.control" and _READ_MORE.fullmatch(b.text) is not None)


def _teasers_under(blocks: list[Block], scores: list[float], lines: list[int]) -> list[Block]:
    """The titles right under a read-also label: short lines, no lead-in or top heading, down to a sentence or the
    article's next subheading ("Prevention" / its paragraph)."""
    out: list[Block] = []
    for k in lines:
        t = blocks[k]
        if (t.label != "body" or t.words > TEASER_WORDS or scores[k] >= LONG_PROSE or t.text.rstrip().endswith(":")
                or (t.kind == "heading" and t.level <= 2) or (out and _sentence_end(t.text))
                or (out and _subheading_over(blocks, k, out[-1]))):
            break
        out.append(t)
    return out


SUBHEADING_WORDS = 4
QUESTION_TITLE_CASE = 0.7  # "Ghost Kitchens After the Boom: Who Is Still Building?" is a title, a question set as one


def _sentence_end(text: str) -> bool:
    """A line that ends as the article's sentence does: a full stop or "!", or a question not in Title Case."""
    end = text.rstrip()
    return end.endswith((".", "!")) or (end.endswith("?") and title_case_share(end) < QUESTION_TITLE_CASE)


def _subheading_over(blocks: list[Block], k: int, teaser: Block) -> bool:
    """Block ``k``, right under the teaser, is the article's next subheading ("Prevention"), a
    line shorter than the teaser's title of five words or more: the article goes on under it."""
    b = blocks[k]
    return not b.prose and b.words <= SUBHEADING_WORDS and teaser.words >= 5 and not b.text.rstrip().endswith((".", "!", "?"))
