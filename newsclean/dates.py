"""The publication date read from plain text: dates near the headline, and the URL's.

A scraped page shows many dates: today's in the masthead, teasers' in side lists, comments'
and the footer's. The article's own sits in its header, between the headline and the first
paragraph, often labelled ("Published", "Updated"). So dates are read in that window
first; the URL's date (/2024/05/01/) comes next. Parsing is by hand (month names from
``data/dates.toml``): a few regex matches per page, far cheaper than a general date parser.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import NamedTuple

import regex

from . import datafiles
from .blocks import Block

ABOVE_COST, MAX_COST = 3, 100  # a line above the headline weighs three below it; farther is not the header
MAX_WORDS = 40  # a date line, not a paragraph that mentions a date
UPDATE_COST = 5  # lines a bare date may lie further off than an "Updated" one and still win
HEADER_LINES = 8  # a header's date line sits at most this far above the first paragraph
MAX_CHARS = 600  # longer lines are prose or junk; and patterns stay linear on short input
SHORT = 12  # a line this short is a header line even when it ends like a sentence


class Found(NamedTuple):
    iso: str
    updated: bool  # labelled as an update or revision date
    labelled: bool  # a label ("Published", "Updated", "on") stands right before it
    within: bool = False  # a sentence's word stands right before it ("as of", "since"; not "updated as of"): the story's date


@lru_cache(maxsize=1)
def _data() -> dict:  # type: ignore[type-arg]
    """``data/dates.toml``: month names and the labels before a date."""
    return datafiles.load("dates.toml")


# Whether a numeric date ("05/03/2025", "05-03-2025") reads day first: so on a page in a language
# that writes dates so (``data/dates.toml``'s day_first), set by ``reading`` for one page's metadata.
_DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=False)


# How the page itself writes numeric dates, per separator: True when day first. A date
# whose order only one reading allows ("11.24.2025", "24/11/2025") shows it; the page's
# other dates with that separator read the same way ("09.10.2024" is 10 September there).
# Read from the page's texts only when an ambiguous date is met: most pages have none.
_PAGE_TEXTS: ContextVar[Sequence[str]] = ContextVar("page_texts", default=())
_PAGE_ORDER: ContextVar[dict[str, bool] | None] = ContextVar("page_order", default=None)
_NUMERIC = regex.compile(r"(?<![\d.])([0-3]?\d)([/.-])([0-3]?\d)\2(?:19|20)\d\d(?![\d])")


_WEEKDAY_BEFORE = regex.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*$", regex.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_order(text: str, at: int, year: int, a: int, b: int) -> bool | None:
    """Whether the weekday written before a numeric date puts its day first, when it fits one order only."""
    m = _WEEKDAY_BEFORE.search(text, max(0, at - 12), at)
    if m is None:
        return None
    wanted = _WEEKDAYS.index(m[1].lower())
    fits = [first for first, (month, day) in ((False, (a, b)), (True, (b, a))) if _weekday(year, month, day) == wanted]
    return fits[0] if len(fits) == 1 else None


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None


def page_order(texts: Iterable[str]) -> dict[str, bool]:
    """Per separator, whether the page's numeric dates put the day first, where its dates
    that only one order allows agree; separators with no such date, or both kinds, are left out."""
    seen: dict[str, set[bool]] = {}
    for text in texts:
        if not _YEAR.search(text):
            continue
        for m in _NUMERIC.finditer(text):
            a, b = int(m[1]), int(m[3])
            if (a > 12) != (b > 12) and max(a, b) <= 31:
                seen.setdefault(m[2], set()).add(a > 12)
    return {sep: next(iter(v)) for sep, v in seen.items() if len(v) == 1}


def _shown_order(sep: str) -> bool | None:
    """The order the page being read shows for ``sep`` (read once per page, when first asked)."""
    order = _PAGE_ORDER.get()
    if order is None:
        order = page_order(_PAGE_TEXTS.get())
        _PAGE_ORDER.set(order)
    return order.get(sep)


def day_first(sep: str) -> bool:
    """Whether a numeric date written with ``sep`` ("05.12.26") puts the day first on the page
    being read: its own dates show it, else "." always does and the page's language may."""
    shown = _shown_order(sep)
    return shown if shown is not None else sep == "." or _DAY_FIRST.get()


@contextmanager
def reading(language: str | None, texts: Sequence[str] = ()) -> Iterator[None]:
    """Read numeric dates as a page in ``language`` (a stop list's name) writes them, or as
    the page's own ``texts`` show it does."""
    token = _DAY_FIRST.set(language in _data()["day_first"])
    page, order = _PAGE_TEXTS.set(texts), _PAGE_ORDER.set(None)
    try:
        yield
    finally:
        _PAGE_ORDER.reset(order)
        _PAGE_TEXTS.reset(page)
        _DAY_FIRST.reset(token)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    data = _data()
    months = {name: int(num) for num, names in data["months"].items() for name in names}
    alt = "|".join(sorted(map(regex.escape, months), key=len, reverse=True))
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"  # (French "1er mars")
    year = r"(?P<y>(?:19|20)\d{2})"
    mon = rf"(?P<m>{alt})\.?"
    clock = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?-i:[A-Z]{2,5}))?"  # (the Unix date's "Tue Aug 22 11:04:37 CEST 2023")
    pattern = regex.compile(
        # Not run on from a word or number either, but for a capitalised month glued to a name's last letter
        # by a converter that lost the space between two spans ("By Priya VenkataramanMarch 6, 2025", "onJanuary")
        rf"(?:(?<![\p{{L}}\d])|(?-i:(?<=\p{{Ll}})(?=\p{{Lu}})|(?<=(?:19|20)\d\d)(?=\p{{Lu}})))(?:"
        rf"(?:{mon}\s+{day},?\s+(?:{clock}\s+)?(?:de\s+)?{year})"  # May 3, 2024 / Nov 25th, 2025 / Aug 22 11:04:37 CEST 2023
        rf"|(?:{day}\s*(?:de\s+|[-.])?{mon}(?:,?\s+|[-.])(?:de\s+)?{year})"  # 3 May 2024 / 3. Mai 2024 / 19-Dec-2025
        rf"|(?:{year}[-/.](?P<m2>[01]?\d)[-/.](?P<d2>[0-3]?\d))"  # 2024-05-03, 2024/5/3
        # 05/03/2024, 3.5.2024, 05-03-2024, and the Czech and Slovak spaced "9. 1. 2026"
        rf"|(?:(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<sp>(?<=\.)\x20)?(?P<b>[0-3]?\d)(?P=sep)(?(sp)\x20)(?P<y2>(?:19|20)\d{{2}}))"
        # Not run on into a word or number; a time's "T" may follow, and so may a capitalised
        # word a scrape glued on ("June 29, 2020November 12, 2021", "Dec 17, 2025Jane Roe"), or a
        # reading time ("Mar 27, 20255 mins": html2text lost the space between two spans) or a
        # clock time ("May 6, 20245:42 AM GMT", the same), or a byline's "by" ("March 2, 2026by Jane Roe"), or a count of
        # comments ("October 21, 202534 Comments"); and a year may run on into the next date ("…, 2026March 25, 2026",
        # a theme's published and updated dates: "22 April 202423 April 2024").
        rf")(?-i:(?=[Tt]\d|\d{{1,4}}\s?(?i:min|comments?|responses?|replies)|\d{{1,2}}:[0-5]\d|by\s|[0-3]?\d\s+\p{{L}}{{3,9}}\.?\s+(?:19|20)\d\d"
        rf"|(?!\d|\p{{Ll}}|\p{{Lu}}(?!\p{{Ll}}))))",
        regex.I | regex.V1,
    )
    updated = regex.compile(
        r"\b(?:" + "|".join(regex.escape(w) for w in data["labels"]["updated"]) + r")\b", regex.I
    )
    within = regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in data["labels"]["within"]) + r")\s+$", regex.I)
    label = regex.compile(
        r"\b(?:" + "|".join(_label_word(w) for w in data["labels"]["updated"] + data["labels"]["published"])
        + r")\b\s*:?\s*(?:\p{L}+,?\s+)?$",  # "Published on", "Updated: Friday,"
        regex.I,
    )
    return months, pattern, updated, label, within


def _label_word(word: str) -> str:
    """A label's pattern. A bare "on" labels a date at a line's start, after a mark or a name ("Jane Roe on March 3"),
    not after a sentence's word: "delayed payouts on March 3, 2026", "… retire on June 30" is a headline's."""
    return r"(?<!\p{Ll}\s)on" if word == "on" else regex.escape(word)


_URL_DATE = regex.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
# Also spelt at the slug's end or unpadded: "/copper-mines-2024-03-14/", "-20240523", "/2024/3/5/slug".
_URL_SLUG_DATE = regex.compile(
    r"[-_]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:/|[-_.]|$)"
    r"|[-_]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|[-_.]|$)"
    r"|/((?:19|20)\d{2})/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/"
)
_URL_NAMED = regex.compile(r"/((?:19|20)\d{2})/(\p{L}{3,})/([0-3]?\d)(?:/|$)")  # /2023/october/03/
_URL_MONTH = regex.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(?!\d)")  # /2015/07/slug: no day
# "3 days ago", "today": no date without knowing when the page was read. Not "04-ago-2021",
# where "ago" is August (Spanish, Italian, Portuguese).
RELATIVE = regex.compile(r"\b(?:\d+|an?|one)\s+\p{L}+\s+ago\b|\b(?:today|yesterday)\b", regex.I)


def _iso(y: int, m: int, d: int) -> str | None:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


_YEAR = regex.compile(r"(?:19|20)\d\d")


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` spells a calendar date with its year: (start, end) of each."""
    if not _YEAR.search(text):
        return []
    return [m.span() for m in _tables()[1].finditer(text)]


def _month(months: dict[str, int], name: str) -> int | None:
    """The month a matched name spells. The pattern ignores case, and a few capitals lower
    to more than one character ("JUİN" -> "jui̇n"): those are looked up by a case-blind match."""
    found = months.get(name.lower())
    if found is None:
        found = next((n for k, n in months.items() if regex.fullmatch(regex.escape(k), name, regex.I)), None)
    return found


def date_label(before: str, whole: bool = False) -> bool:
    """A date's label ends ``before`` ("Published", "Updated:", "Publicerad", "Mis à jour le"),
    or, ``whole``, is all of it (not "Release date:", a fact of the work)."""
    m = _tables()[3].search(before)
    return m is not None and not (whole and before[: m.start()].strip())


def opens_with_update(text: str) -> bool:
    """``text`` opens with an update's label ("Atualizado há 2 horas", "Updated 3 hours ago")."""
    m = _tables()[2].search(text)
    return m is not None and not text[: m.start()].strip(" \t,|·•–—-")


# A range's first day right before a date ("16–17 October 2024"): an event's days, not the page's date.
_RANGE_DASH = regex.compile(r"\s*[–—]\s*|\s+-\s+|\s+(?:to|until|till|bis|au|al|a)\s+")  # between a span's two dates
_RANGE_START = regex.compile(r"(?<![\d.,:/])[0-3]?\d(?:st|nd|rd|th)?\s*[–—-]\s*$")


def in_sentence(before: str) -> bool:
    """A sentence's word ("as of", "since", ``data/dates.toml``'s within) ends ``before``, the
    text right before a date, or a range's first day does: the date is the story's, not the page's."""
    return _tables()[4].search(before[-40:]) is not None or _RANGE_START.search(before[-40:]) is not None


def has_year(text: str) -> bool:
    return _YEAR.search(text) is not None


def month_dates(text: str) -> list[regex.Match[str]]:
    """The dates in ``text`` spelled with a month's name ("Jan 22nd, 2019", "3 May 2024"), as matches."""
    return [m for m in _tables()[1].finditer(text) if m["m"]] if has_year(text) else []


def find_dates(text: str) -> list[Found]:
    """Every calendar date in ``text``, in order, with whether a label calls it an update."""
    if not has_year(text):
        return []  # every date read here spells its year: skip the long pattern
    months, pattern, updated, label, within = _tables()
    out: list[Found] = []
    ends = (-1, -1)  # where the last date read ended, and where it stands in ``out``
    for m in pattern.finditer(text):
        if m["m"]:
            month = _month(months, m["m"])
            iso = _iso(int(m["y"]), month, int(m["d"])) if month else None
        elif m["m2"]:
            iso = _iso(int(m["y"]), int(m["m2"]), int(m["d2"]))
        else:
            a, b = int(m["a"]), int(m["b"])
            # "/" reads month first (US) unless that cannot be, or the page's language writes the
            # day first (``reading``); "." reads day first, unless that cannot be. "-" is day first
            # on such a page and read elsewhere only when one order cannot be: an English page
            # writes "02-12-2025" for 2 December as often as for February 12.
            shown = _shown_order(m["sep"]) if a <= 12 and b <= 12 else None
            said = _weekday_order(text, m.start(), int(m["y2"]), a, b) if a <= 12 and b <= 12 else None
            if said is not None:
                day_first = said  # its weekday says which ("Fri, 06/02/2026" is 6 February)
            elif shown is not None:
                day_first = shown  # the page's own dates show the order
            else:
                day_first = ((m["sep"] == "." or _DAY_FIRST.get()) and b <= 12) or a > 12
                if m["sep"] == "-" and not _DAY_FIRST.get() and a <= 12 and b <= 12:
                    continue
            iso = _iso(int(m["y2"]), a if not day_first else b, b if not day_first else a)
        if iso:
            before = text[max(0, m.start() - 40, ends[0]) : m.start()]  # (not a label of the date before: "Updated … · Published …")
            upd = bool(updated.search(before))
            inside = bool(within.search(before) or _RANGE_START.search(before))
            if ends[0] >= 0 and _RANGE_DASH.fullmatch(text, ends[0], m.start()):
                inside = True  # "July 14, 1940 – March 9, 2025": a span's two ends, a life's or an event's
                out[ends[1]] = out[ends[1]]._replace(within=not out[ends[1]].updated)
            out.append(Found(iso, upd, bool(label.search(before)), not upd and inside))
            ends = (m.end(), len(out) - 1)
    return out


@lru_cache(maxsize=4)
def _stated(kind: str) -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in _data()["labels"][kind])
    return regex.compile(r"\b(?:" + words + r")(?:\s+on)?\s*:?\s*", regex.I)


STATED_GAP = 2  # characters between a stating label and its date ("Posted on: 3 May 2024")


def stated_date(blocks: list[Block], kind: str = "stated") -> str | None:
    """The first date a label states outright ("Published on …", "Posted on …",
    "originally published on …") anywhere on the page outside comments and teasers: for a
    page whose header gives no date, the byline may sit below the article. With
    ``kind="updated"``, an update's date on a line of its own ("Updated: …"; not the
    site's terms' "Last updated" inside a footer's paragraph)."""
    for b in blocks:
        if not b.text or (kind == "updated" and b.words > SHORT) or _skipped(b) or not _YEAR.search(b.text):
            continue
        for m in _stated(kind).finditer(b.text):
            rest = b.text[m.end() : m.end() + 40]
            spans = date_spans(rest)
            if spans and spans[0][0] <= STATED_GAP:
                found = find_dates(rest[spans[0][0] : spans[0][1]])
                if found:
                    return found[0].iso
    return None


BESIDE, BARE_WORDS = 2, 8  # the lines under a "By" line where its date may stand, and their length


def beside_byline(blocks: list[Block]) -> str | None:
    """The date on a short line right under a "By" line, wherever it stands: for a page whose
    only byline sits at the article's foot ("Written by Moses Kim" / "April 8, 2024")."""
    for b in blocks:
        if b.rule != "byline.by" or _skipped(b):
            continue
        after = [x for x in blocks[b.index + 1 : b.index + 6] if x.text][:BESIDE]
        for x in after:
            if x.words <= BARE_WORDS and not _skipped(x) and _YEAR.search(x.text):
                found = [f for f in find_dates(x.text) if f.labelled or not f.within]
                if found:
                    return found[0].iso
    return None


def url_date(url: str | None) -> str | None:
    """The date a news URL spells: /2024/05/01/slug, /20240501-slug, /2023/october/03/,
    /slug-2024-05-01/, /slug-20240501, /2024/5/1/slug."""
    if not url:
        return None
    path = url.split("?")[0]
    m = _URL_DATE.search(path)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    m = _URL_SLUG_DATE.search(path)
    if m:
        y, mo, d = (g for g in m.groups() if g)
        return _iso(int(y), int(mo), int(d))
    m = _URL_NAMED.search(path)
    month = _tables()[0].get(m[2].lower()) if m else None
    return _iso(int(m[1]), month, int(m[3])) if m and month else None


def url_month(url: str | None) -> str | None:
    """"YYYY-MM" of a URL that spells a year and month but no day (/2015/07/slug.html)."""
    m = _URL_MONTH.search(url.split("?")[0]) if url else None
    return f"{m[1]}-{int(m[2]):02d}" if m else None


_SKIP_LABELS = frozenset({"comment", "related", "embed", "caption", "gallery"})


def _skipped(b: Block) -> bool:
    """Dates of comments, other stories, embeds and captions are not the page's, nor an
    image's own alt text or caption. A line only placed under an image (caption.under-image,
    a guess by position) may be the header's date line."""
    return b.kind == "image" or (b.label in _SKIP_LABELS and b.rule != "caption.under-image")


def near_dates(
    blocks: list[Block], anchor: int, seen: dict[int, list[Found]] | None = None
) -> list[tuple[float, Found]]:
    """Dates in short lines, with their distance from the article's head (``anchor``, a
    block index): lines below it count by distance, lines above it three times over
    (a masthead's "today"), so the header's date comes first and a footer's last.
    ``seen`` keeps each block's dates (by id) for another anchor on the same blocks."""
    # Only blocks within MAX_COST of the anchor count: look no further (a huge input stays cheap).
    lo = max(0, anchor - int(MAX_COST / ABOVE_COST) * 4)
    texts = [b for b in blocks[lo : anchor + int(MAX_COST) * 4] if b.text]
    at = next((k for k, b in enumerate(texts) if b.index >= anchor), len(texts))
    seen = {} if seen is None else seen
    teasers = _teaser_bylines(texts)
    out: list[tuple[float, Found]] = []
    read = False  # a paragraph below the head: a comments' heading further down opens the thread
    for k, b in enumerate(texts):
        read = read or (k > at and b.prose and b.words >= THREAD_AFTER_WORDS)
        if read and b.rule == "comment.section":
            break  # "Comments" / "Tomasz June 10, 2025 at 2:14 AM": a comment's date, not the post's
        cost = (k - at if k >= at else ABOVE_COST * (at - k)) + (TITLE_DATE_COST if b.label == "title" else 0)
        if cost <= MAX_COST and k not in teasers:
            dates = seen.get(id(b))
            if dates is None:
                dates = seen[id(b)] = _line_dates(b, blocks)
            out.extend((cost, f) for f in dates)
    out.sort(key=lambda cf: cf[0])
    return out


THREAD_AFTER_WORDS = 20  # a paragraph this long between the head and a comments' heading
# A date in the headline is its subject's ("Webhook signatures v1 retire on June 30, 2026"), or the issue's ("Morning
# briefing: March 3"): a dated line of the header under it comes first.
TITLE_DATE_COST = 3

TEASER_GAP, TEASERS = (2, 4), 3  # lines between dated bylines of a list; how many make one


def _teaser_bylines(texts: list[Block]) -> set[int]:
    """Positions (in ``texts``) of dated bylines that repeat every few lines, each under
    its own headline: a list of other stories ("Jane Roe | June 5, 2025"), not the header."""
    dated = [k for k, b in enumerate(texts) if b.label == "byline" and _YEAR.search(b.text)]
    out: set[int] = set()
    run: list[int] = []
    for k in [*dated, -99]:
        if run and TEASER_GAP[0] <= k - run[-1] <= TEASER_GAP[1]:
            run.append(k)
            continue
        if len(run) >= TEASERS:
            out.update(run)
        run = [k]
    return out


LABEL_WORDS = 4  # a date's label alone on the line above ("Last update:" / "July 16, 2025")


def _label_above(blocks: list[Block], at: int) -> str:
    """The line above block ``at`` when it is a date's label alone ("Updated", "Joined"), else ""."""
    for b in reversed(blocks[max(0, at - 3) : at]):
        if b.text:
            if b.words > LABEL_WORDS or _YEAR.search(b.text):
                return ""
            _, _, updated, label, within = _tables()
            return b.text if label.search(b.text) or updated.search(b.text) or within.search(b.text + " ") else ""
    return ""


DATA_LINE = regex.compile(r"(?<![^,\s])(?:[^,\s]++,){3,}[^,\s]|\"[\w-]+\"\s*:\s*\"|^\s*[\w.-]+\s*=\s*[\"\x27]")


def _line_dates(b: Block, blocks: list[Block]) -> list[Found]:
    """The dates a block may give the page: none from long lines, relative ones or asides.
    A label alone on the line above (in ``blocks``) names the block's date."""
    if b.words > MAX_WORDS or len(b.text) > MAX_CHARS or _skipped(b) or not _YEAR.search(b.text):
        return []
    if DATA_LINE.search(b.text):
        return []  # a sample's data, no date of the page's: "WX001,Harrow Hill,51.58,72,1987-04-01", '"date": "2025-09-02"'
    label = _label_above(blocks, b.index)
    # In a sentence ("Since July 1, 2024, we ...", however short) a date is the story's, not the page's; beside
    # "today" or "2 days ago" it is a masthead's, unless labelled ("Updated Dec. 23, 2024 / Source: TODAY").
    loose = not (b.prose and b.words > SHORT) and not RELATIVE.search(b.text)
    found = [f for f in find_dates(f"{label} {b.text}" if label else b.text) if f.labelled or (loose and not f.within)]
    return _dated_pair(found) if len(found) == 2 else found


def _dated_pair(found: list[Found]) -> list[Found]:
    """Two bare dates of different days on one line ("May 21, 2025 April 24, 2025 by Jane Roe"):
    a theme's modified and published dates, in either order. The older is the publication."""
    a, b = found
    if a.labelled or b.labelled or a.iso[:10] == b.iso[:10]:
        return found
    old, new = (a, b) if a.iso <= b.iso else (b, a)
    return [old, new._replace(updated=True)]


def choose(blocks: list[Block], anchor: int, url: str | None, first_prose: int = 0) -> tuple[str | None, str | None]:
    """(published, updated): the URL's date, else the date nearest the article's head,
    an "Updated" one counting a few lines further off."""
    # Measured from the headline and from just above the first paragraph: either may be off.
    seen: dict[int, list[Found]] = {}
    found = near_dates(blocks, anchor, seen)
    lead = max(0, first_prose - HEADER_LINES)
    # Prose above the headline is a teaser's, not the article's lead; a headline within the
    # lead's lines already heads them (the lines above it are a ticker's, not its header's).
    if first_prose >= anchor and lead > anchor:
        found += near_dates(blocks, lead, seen)
    updated = next((f.iso for _, f in found if f.updated), None)
    # A label says which date it is: "Published" beats a nearer bare date, and a bare
    # date only beats a nearer "Updated" one by a few lines (it may be the teasers').
    ranked = sorted(found, key=lambda cf: cf[0] + (UPDATE_COST if cf[1].updated else 0))
    month = url_month(url)
    if month:  # a URL's year and month (/2015/07/slug): a date in that month first
        ranked.sort(key=lambda cf: not cf[1].iso.startswith(month))
    published = url_date(url) or next((f.iso for _, f in ranked), None)
    return published, updated if updated != published else None
