"""Step 4a: metadata from labelled blocks: who, when, where, and what was set aside."""

from __future__ import annotations

import warnings
from datetime import datetime
from functools import lru_cache

import regex
from dateutil import parser as dateparser

from . import author_cues, authors, copyright, datafiles, dates, markup
from . import title as headline
from .blocks import Block
from .document import Caption, Embed, GalleryItem, Metadata, Related
from .normalise import fix_mojibake

AGENCIES = regex.compile(
    r"^(?:the\s+)?(?:AP|AFP|Reuters|dpa|EFE|ANSA|UPI|PA|Xinhua|TASS|Interfax|Bloomberg|Kyodo|Yonhap|"
    r"Associated\s+Press|Agence\s+France[- ]Presse|Press\s+Association|Anadolu(?:\s+Agency)?)$",
    regex.I,
)
_BY = regex.compile(
    # (first, a correspondent's credit: "dal nostro inviato", "De notre envoyée spéciale", "Von unserem Korrespondenten")
    r"^(?:da(?:l|lla)\s+nostr[oa]\s+(?:inviat[oa](?:\s+speciale)?|corrispondente)|de\s+notre\s+(?:envoyée?\s+spéciale?|correspondante?)"
    r"|von\s+unsere[mr]\s+korrespondent(?:en|in)|de\s+nuestr[oa]\s+(?:enviad[oa]\s+especial|corresponsal)"
    r"|d[oa]\s+noss[oa]\s+(?:enviad[oa]\s+especial|correspondente)"
    r"|(?:photographs|photos|photography|pictures|words|text|story|illustrations)\s+(?:and|&)\s+(?:photographs|photos|photography|pictures|words|text|illustrations)\s+by"  # "Photographs and text by"
    r"|(?:written|reported|posted|story|words|text|article|guide|feature|column|essay|analysis)\s+by|by|von|par|por|di"
    r"|door|av|af|de(?=\s+(?-i:\p{Lu}))|(?:szerző|írta|автор(?:ка)?|muhabir|yazan)(?=\s*:)"  # ro "de Ioana Vlădescu", "Szerző: …", "Автор: …"
    r"|author\s+of\s+the\s+(?:article|story|post)|authors?|contributors?|autor(?:in)?|auteur|(?:text|texte|texto|tekst|testo|words)(?=\s*:))"  # "Words: Jane Roe"
    r"(?:\s*:\s*|\s+)|^(?-i:By(?=\p{Lu}\p{Ll}))"  # "ByDaryl Austin": a layout glued the label on
    r"|^(?:written|reported|posted|story|words|text|article)\s+by(?=(?-i:\p{Lu}\p{Ll}))",  # "Written byJane Roe"
    regex.I,
)
_NAME_SPLIT = regex.compile(rf"\s*(?:,|&|{authors.AND})\s*", regex.I)
_DATE_PREFIX = regex.compile(
    r"^(?:(?:first\s+)?(?:posted|published|updated|last\s+updated|modified)(?:\s+on|\s+at)?\s*:?\s*)", regex.I
)
_UPDATED = regex.compile(r"\b(?:updated|modified)\b", regex.I)
_LATE_BY = regex.compile(r"\bby\s+([^.!?|·•,–—]{1,60})", regex.I)  # the editor a page's date line names
# Wrappers and labels around a credit: "(credit:REX)", "Photo: Jane Doe", "(Photo: AP)", and as
# other languages write them: "(Crédit : AFP)", "(Créditos: Lusa)", "(Quelle: dpa)", "Beeld: ANP".
_CREDIT_WRAP = regex.compile(
    r"^\(?\s*(?:(?:photo(?:graph)?|image|picture|foto|illustration|video|bild|beeld|imagen|immagine|imagem)s?\s*)?"
    r"(?:credit|courtesy(?:\s+of)?|by|créditos?|crédits?|crediti|credito|quelle|fonte|fuente|bron)?\s*[:/]?\s*"
    r"(?P<credit>.*?)\s*\)?$",
    regex.I,
)
_DATELINE = regex.compile(
    r"^(?P<place>[^\s(—–-][^(—–/]*?(?:/[^(—–/\s][^(—–/]*?)?)?\s*(?:\(\s*(?P<agency>[^)]{1,30})\)\s*|/\s*(?P<wire>[^/]{1,30}?)\s*/\s*)?(?:—|–|--|-)\s"
)
# the wires' other orders: "SALT LAKE CITY, UT / ACCESSWIRE / January 21, 2026 /", "SEATTLE, April 2, 2026--(BUSINESS
# WIRE)--", "DENVER (PRWEB) August 19, 2026 --"
_WIRE_DAY = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
_WIRE_DATELINE = regex.compile(
    rf"^(?P<place>[^(/—–-]+?)\s*(?:/\s*(?P<wire>[^/]{{1,30}}?)\s*/\s*{_WIRE_DAY}\s*/"
    rf"|(?:—|–|--|-)\s*\(\s*(?P<agency>[^)]{{1,30}})\)\s*(?:—|–|--|-)"
    rf"|\(\s*(?P<before>[^)]{{1,30}})\)\s*{_WIRE_DAY}\s*(?:—|–|--|-))",
    regex.I,
)
_TWEET = regex.compile(r"[—–-]\s*(?P<author>[^()\n]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<date>.{0,40})$")
_URL = regex.compile(r"https?://[^\s<>\])]+")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE_DAY = regex.compile(rf"\s*,\s*{_MONTH}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?$", regex.I)  # "WASHINGTON, May 6"
_BAR = regex.compile(r"\s*[|•]\s*")
_YEAR_OR_TIME = regex.compile(r"\d{4}|\d{1,2}:\d{2}")
_AFTER_BAR = regex.compile(r"\s*[|—–•·⋅●]\s*.*$|\s+\*(?:\s.*)?$")  # " * " too: a converter's bullet between the parts
_LABEL = regex.compile(r"^[^:]{1,40}:\s*")
_NAME_DATE = regex.compile(
    rf"\s*(?:[•|·—–-]\s*)?(?:(?:updated|published|posted|last\s+updated)(?:\s+on)?\s*:?\s*)?"
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{{L}}{{0,6}}\.?,?\s+)?(?={_MONTH}\s+\d|\d)", regex.I  # (a weekday first: "Thu, 27 Nov")
)
_COUNTER = regex.compile(r"(\d{1,3})\s*(?:of|/)\s*\d{1,3}")


# (not a score's dash: "Marston Colliery 1 - 1 Fenwick Lane")
_SITE_SEPARATOR = regex.compile(r"(?<!\d)\s+(?:\||--?|–|—|::|·|•|»)\s+|(?<=\d)\s+(?:\||—|::|·|•|»)\s+|(?<=\d)\s+(?:--?|–)\s+(?!\d)")
_SITE_COLON = regex.compile(r":\s+")
_LAUNCH = regex.compile(r"(?:introducing|announcing|meet|inside|welcome\s+to|presenting|why|how|what)\b", regex.I)
_GLUED_SITE = regex.compile(r"^([\w-]+\.[a-z]{2,6})\s+|\s+\(([^()]{2,60})\)$")  # a leading domain, a trailing "(Site)"
_NON_ALNUM = regex.compile(r"[^a-z0-9]+")
HOST_SHARE = 0.6  # of the URL's host that a logo line spells
MAX_AUTHORS = 40  # names read off bylines (the dev pages' most: 12)
_LONGEST_TITLE = 400  # characters: a longer line is no title to cut a site's name from


_CONTACT = regex.compile(r"\S@\S|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")  # an e-mail address or a phone number


class SiteName:
    """Tells a site's own name from a headline, by the URL's host: "Headline | Site"."""

    def __init__(self, url: str | None) -> None:
        name = url.lower().split("://", 1)[-1].split("/")[0].split(":")[0].removeprefix("www.") if url else ""
        labels = name.split(".")
        # Drop the public suffix: "example.co.uk" -> "example", "news.example.org" -> "newsexample",
        # "marginalia.reviews" -> "marginalia" (a top-level domain may be a word: .reviews, .blog, .photo).
        if len(labels) > 1:
            labels.pop()
        while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in ("info", "news")):
            labels.pop()
        self.host = _NON_ALNUM.sub("", "".join(labels))

    def match(self, part: str) -> float:
        """How much ``part`` reads as the site's name: 1 when it spells the host, else the
        share of its longer words found in the host (short parts only)."""
        host = self.host
        if not host or _CONTACT.search(part):
            return 0.0  # (an e-mail address spells the host too: "Call Today: (512) 555-0163 | hello@example.com")
        compact = _NON_ALNUM.sub("", part.lower()).removeprefix("the")
        short = len(part.split()) <= 4  # a site's name; a headline may merely mention it
        if len(compact) >= 3 and (compact in host or (short and len(host) >= 4 and host in compact)):
            return 1.0
        if short and len(host) == 3 and _NON_ALNUM.split(part.lower().strip())[0] == host:
            return 1.0  # a short host opens the part as a word: "QCY Official" for qcy.com
        words = [w for w in _NON_ALNUM.split(part.lower()) if len(w) >= 4]
        return sum(w in host for w in words) / len(words) if short and words else 0.0

    def spells(self, part: str) -> bool:
        """``part`` is the site's name and at most one word more ("Garnix Blog"), not a kicker
        that holds it ("Redfin's 2026 Predictions")."""
        host = self.host
        if not host:
            return False  # no URL: no site to spell (and "" is in every word)
        words = [w for w in _NON_ALNUM.split(part.lower()) if w]
        rest = [w for w in words if not (len(w) >= 3 and (w in host or host in w))]
        return len(rest) < len(words) and len(rest) <= 1 and not any(w.isdigit() for w in rest)

    def names_host(self, part: str) -> bool:
        """``part`` spells most of the URL's host and nothing else ("Here Comes the Guide" for
        herecomestheguide.com; not "Austin Hardware Catalog" for austinhardware.com)."""
        compact = _NON_ALNUM.sub("", part.lower())
        return bool(self.host) and len(compact) >= HOST_SHARE * len(self.host) and compact in self.host

    def site_parts(self, parts: list[str], least: float = 0.5) -> set[int]:
        """Indices of the parts that name the site: the best matches, if they match ``least``."""
        scores = [self.match(p) for p in parts]
        top = max(scores, default=0.0)
        return {i for i, s in enumerate(scores) if s == top} if top >= least and len(parts) > 1 else set()

    def cut(self, title: str) -> str:
        """ "Headline | Site" -> "Headline" when the part cut off names the URL's site."""
        if len(title) > _LONGEST_TITLE:
            return title  # no headline: and the separator pattern stays linear
        parts, least = _SITE_SEPARATOR.split(title), 0.5
        if len(parts) < 2:
            # "Site: Headline", when the part spells the site: a kicker shares a word with it ("Book Beat: ...")
            parts, least = _SITE_COLON.split(title, maxsplit=1), 1.0
            if len(parts) > 1 and (not self.spells(parts[0]) or _LAUNCH.match(parts[0])):
                return title  # (not a launch's "Introducing Quillstack: …", the headline's own words)
        if len(parts) < 2:
            # no separator: "example.com Headline", "Headline (Site)"
            parts = [p for p in _GLUED_SITE.split(title, maxsplit=1) if p and p.strip()]
        site = self.site_parts(parts, least)
        if 0 in site and not self.spells(parts[0]):
            # A leading part that holds the name and more is the headline's: "Digjitale Signal
            # #18 – The World Without Work?" (the site's name first is spelled alone: "Garnix Blog: ...")
            site.discard(0)
        kept = [p for i, p in enumerate(parts) if i not in site]
        return " - ".join(kept) if kept and site else title


def strip_site_name(title: str, url: str | None, name: str | None = None) -> str:
    """ "Headline | Site" -> "Headline" when the part cut off names the URL's site, or is the
    site's ``name`` as the page states it ("Coffee - University of Wisconsin-Stevens Point"
    on uwsp.edu, whose og:site_name says so)."""
    title = SiteName(url).cut(title)
    key = _NON_ALNUM.sub("", name.lower()) if name else ""
    if not key or len(title) > _LONGEST_TITLE:
        return title
    last = None
    for last in _SITE_SEPARATOR.finditer(title):
        pass
    if last is not None and _NON_ALNUM.sub("", title[last.end() :].lower()) == key:
        return title[: last.start()]
    return title


_DATE_BODY = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
)
# A calendar date inside a longer line: "Jan. 31, 2026", "3 January 2024", "2024-01-03", "12/19/2025".
DATE_IN_TEXT = regex.compile(rf"\b{_DATE_BODY}\b", regex.I)
# Also one a scrape glued to the words around it, at a change of case ("By Jane Roe
# UpdatedJanuary 25, 2026", "July 30, 2019January 18, 2023"): where a byline's names end.
_GLUED_DATE = regex.compile(
    rf"(?:\b|(?-i:(?<=\p{{Ll}})(?=\p{{Lu}})))(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?{_DATE_BODY}(?:\b|(?-i:(?=\p{{Lu}}\p{{Ll}}))|(?=\d{{1,2}}:\d\d)"
    r"|(?=\d{1,4}\s+(?:comments?|responses?|replies|views|shares)\b))", regex.I
)  # (also a year glued to the clock, "March 26, 20264:12 PM", or to a count, "March 5, 20245 Comments"; its weekday
# before it: "By Maren Oakes Monday, May 20, 2024")
# Dates before a "by": "May 21, 2025 April 24, 2025 by Jane Roe" (a theme's modified and published dates).
_DATES_BY = regex.compile(rf"^(?:{_DATE_BODY},?\s+){{1,2}}(?=by\s)", regex.I)
# Where a byline's names end: a stamp's label, a reading time ("Jane Roe 15 min read", "2–3
# minutes") or a figure left at the end (a range's "–3 minutes" cut off at its dash before).
_STAMP_WORD = regex.compile(
    r"\s+(?:published|updated|posted|last\s+updated|modified|on|(?:category|categories|section|hits)(?=\s*:)|(?:\p{L}{3,12}ly\s+)?(?:reviewed|edited|fact[\s-]checked)\s+by|(?:photography|photos?|illustrations?)\s+by|\d+(?:\s*[–-]\s*\d+)?\s+min(?:ute)?s?|\d+$)\b.*$",
    regex.I,
)
_HANDLE_TAIL = regex.compile(r"\s+@[\w.]{2,30}$")  # "Jamal Fenwick @jfenwickhoops": the name's social handle
_FOR_OUTLET = regex.compile(r"\s+(?:for|For|FOR)\s+(?=\p{Lu})")
_IN_SECTION = regex.compile(r"\s+in\s+(?=\p{Lu})|\s+[Ii]n\s*$")  # "Jane Roe in Woodworking", a trailing "In"
_PERSON = regex.compile(r"^(?-i:\p{Lu}[\p{Ll}\x27’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}\x27’-]+)){1,2})$")


VOUCHED = 3.0  # authors.choose score that outweighs a rule's bare-name reading


def _top(blocks: list[Block]) -> Block | None:
    return next((b for b in blocks if b.text), None)


def _first_prose(blocks: list[Block]) -> int:
    """Index of the body's first long prose block: header lines (bylines, dates) sit above it."""
    return next((b.index for b in blocks if b.prose and b.words >= 20 and b.label == "body"), len(blocks))


def scan_author(blocks: list[Block]) -> str | None:
    """A bare person's name next to a date line above the body: "Andrew King" / "May 3, 2024"."""
    first_prose = _first_prose(blocks)
    head = blocks[: first_prose + 1]
    for i, b in enumerate(head):
        name = _ITEM_MARK.sub("", b.text)  # (a layout renderer's bullet: "  * Marta Lindqvist" / "  * February 13, 2024")
        if not _PERSON.match(name) or not authors.person(name):
            continue
        near = head[max(0, i - 1) : i] + head[i + 1 : i + 2]
        if any(n.label == "byline" or DATE_IN_TEXT.search(n.text) for n in near if n.words <= 20):
            return name
    return None


_ITEM_MARK: regex.Pattern[str] = authors.ITEM_MARK


_DATE_SCAN_LABELS = frozenset({"body", "byline", "boilerplate", "title", "subtitle", "chrome"})


_BAR = regex.compile(r"\s+\|\s+")
HEADLINE_PART_WORDS = 4


_LAST_PART = regex.compile(r"\s+[|/–—-]\s+(?P<part>[^|/–—]{6,40})$")
# "Dec 2025", "December 2025": a post's month, no day. Whole month names, not _MONTH's
# prefixes: "Mayday 2024" ends a headline, not a date.
_MONTH_YEAR = regex.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{4}", regex.I)


_LETTER = regex.compile(r"\w")  # a letter or a digit: a title "001" names something, "/" nothing
_SPACED_END = regex.compile(r"\s+([.!?,;:…])$")


def stated_names(names: list[str]) -> list[str]:
    """The names a page's markup states, less a value with no letter or digit ("/"). (An
    e-mail address stays: an ``author`` tag's "jane.roe@example.com" still says who.)"""
    return [a for a in names if _LETTER.search(a)]


def tidy_title(text: str) -> str:
    """A headline less the space a page set before its last mark ("... 10 travel hacks .") and
    less a post's date a layout renderer set on its line (see ``unglued_date``)."""
    return unglued_date(_SPACED_END.sub(r"\1", text))


# "... Strategy " before a date (not a weekday, the date's own: "Lotto Results: Saturday 12 April 2025")
_CAPITAL_BEFORE = regex.compile(
    r"(?:^|\s)(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}[\p{L}\x27’-]*\s+$")
_CAPITAL_AFTER = regex.compile(r"\s+\p{Lu}")  # " Preparing ..." after one


def unglued_date(text: str) -> str:
    """A headline less the date glued to it with a space, as a renderer that lays out a page's
    boxes side by side prints a post's header ("Backup Strategy January 22nd, 2019", "Dec 18
    2025 Preparing a transition"): a date spelled with its month's name, after a capitalised
    word or before one. A date the headline says stays: "The riot of January 6, 2021", "Wrap-Up
    12/19/2025", "January 6, 2021: the day ...", "Notes (2025-09-21)"."""
    if len(text) > _LONGEST_TITLE:
        return text
    for m in dates.month_dates(text):
        if m.end() == len(text) and _CAPITAL_BEFORE.search(text[: m.start()]):
            rest = text[: m.start()].strip()
        elif m.start() == 0 and _CAPITAL_AFTER.match(text[m.end() :]):
            rest = text[m.end() :].strip()
        else:
            continue
        if len(rest.split()) >= 2:
            return rest
    return text


def headline_part(text: str) -> str:
    """A title that still holds " | " once the site's name is cut carries a tagline or a
    section after its headline ("Best Movers in NYC 2025 | Top 19 Companies"): the first
    part, when it is a headline by itself. A date as the last part ("Headline / Dec 2025")
    is the post's, not its headline's."""
    last = _LAST_PART.search(text)
    if last is not None and (_MONTH_YEAR.fullmatch(last["part"]) or (DATE_IN_TEXT.fullmatch(last["part"]) and iso_date(last["part"]))):
        text = text[: last.start()]
    parts = _BAR.split(text)
    return parts[0] if len(parts) > 1 and len(parts[0].split()) >= HEADLINE_PART_WORDS else text


def scan_date(blocks: list[Block]) -> tuple[str | None, str | None]:
    """(published, updated) from dates inside the short lines above the body's first prose.

    A fallback for when no date line stood alone: "By Jane Roe Jan. 31, 2026 7:47 am".
    """
    first_prose = _first_prose(blocks)
    published = updated = None
    for b in blocks[: first_prose + 3]:
        if b.words > 30 or b.label not in _DATE_SCAN_LABELS or (b.prose and b.words > dates.SHORT):
            continue  # a date in a sentence ("Since July 1, 2024, we ...") is the story's
        if dates.DATA_LINE.search(b.text):
            continue  # a sample's data row
        m = DATE_IN_TEXT.search(b.text)
        if not m:
            continue
        when = iso_date(m[0])
        if when and dates.in_sentence(b.text[: m.start()]):
            continue  # "As of July 31, 2025, the agency ...": however short the line
        if when and _UPDATED.search(b.text[: m.start()]):
            updated = updated or when
        elif when:
            published = published or when
    return published or updated, updated if published else None


def iso_date(text: str) -> str | None:
    """ISO 8601 for a date line, or None when it holds no readable date."""
    if dates.RELATIVE.search(text):
        return None  # "12 days ago" has no date without knowing when the page was read
    text = _DATE_PREFIX.sub("", text.strip())
    text = _READ_TIME.sub("", _BAR.split(text)[0])  # "November 12, 2025 11 min read": no clock time
    # The calendar date is read by dates.find_dates (month names of many languages, "."
    # day first): a fuzzy parse reads "Issue 5, 2020" as May 2020, "5 de junio" as May and
    # a bare "05:54 AM" as today. The parse only adds the time, where it agrees on the day.
    found = dates.find_dates(text)
    if not found and not DATE_IN_TEXT.search(text) and not _SHORT_YEAR.search(text):
        return None
    short = _SHORT_YEAR.search(text)
    when = _parse(text, dayfirst=bool(short) and dates.day_first(short[1]))  # "05.12.26" is 5 December
    if found and (when is None or when.date().isoformat() != found[0].iso):
        return found[0].iso
    if when is None or not (1900 <= when.year <= 2100):
        return None
    if when.hour or when.minute:
        return when.replace(tzinfo=None).isoformat(timespec="minutes") if when.tzinfo is None else when.isoformat(timespec="minutes")
    return when.date().isoformat()


_READ_TIME = regex.compile(r"\b\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?|hours?|hrs?)\.?\s+(?:read|listen|watch)\b", regex.I)
_SHORT_YEAR = regex.compile(r"(?<!\d)\d{1,2}([./-])\d{1,2}\1\d{2}(?!\d)")  # "14.11.24": find_dates wants four digits


def _parse(text: str, dayfirst: bool = False) -> datetime | None:
    try:
        with warnings.catch_warnings():  # "EST" and friends: the date is still right
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            return dateparser.parse(text, fuzzy=True, default=None, dayfirst=dayfirst)  # type: ignore[arg-type,no-any-return]
    except (ValueError, OverflowError, TypeError):
        return None


@lru_cache(maxsize=1)
def _glued_role() -> regex.Pattern[str]:
    """Where a role word starts glued to a name's last letter ("RoeSenior")."""
    roles = sorted({w.capitalize() for w in datafiles.load("non_names.toml")["words"]["roles"] if w.isalpha()}, key=len, reverse=True)
    return regex.compile(r"(?<=\p{Ll})(?=(?:" + "|".join(roles) + r")\b)")


def read_byline(text: str, meta: Metadata) -> None:
    """Authors and source from "By A and B", "A, B and C, The Publisher" or an agency line."""
    if len(meta.authors) >= MAX_AUTHORS:
        return  # a feed or a thread of posts, not one article's byline: each name read costs a pass over the bylines
    bare = _ITEM_MARK.sub("", text)
    if bare != text and _BY.match(bare):
        text = bare  # a layout renderer's bullet before the "By": "* By Jane Roe" (not a list of posts' "- Title - date")
    text = _DATES_BY.sub("", authors.unglued(text))  # "May 21, 2025 April 24, 2025 by Jane Roe"
    if _YEAR_OR_TIME.search(text) and not _BY.match(text):
        return
    text = _PARENS.sub("", _BY.sub("", text))  # a role or place: "Jane Roe (Brussels correspondent)"
    text = _glued_role().sub(" ", text)  # "Jane RoeSenior banking reporter": a name's link and its role's span
    date = _GLUED_DATE.search(text)
    text = _AFTER_BAR.sub("", text[: date.start()] if date else text)  # "Jane Roe • 4 min read"
    text = _STAMP_WORD.split(text, maxsplit=1)[0]  # "Jane Roe Published:", Joomla's "Ann Lee Category: News"
    text = _IN_SECTION.split(text, maxsplit=1)[0]  # "Jane Roe in Woodworking"
    outlet = _FOR_OUTLET.split(text, maxsplit=1)  # "Jane Roe For Mailonline", "Jane Roe for The Ledger"
    text = outlet[0] if len(outlet) == 2 and authors.person(outlet[0].strip()) else text  # (not "The Best VPN For School")
    # "Beth Arrowood / March 4, 2024", "Jane Roe - March 7, 2025" (a news theme's byline on one line)
    # (a dash after the name only: a list's "- Title - date" is a teaser's, its bullet no byline's)
    names = [n.strip(" .|/").rstrip(" -–—") for n in _NAME_SPLIT.split(text) if n.strip(" .|/").rstrip(" -–—")]
    names = [_HANDLE_TAIL.sub("", _AFTER_BAR.sub("", n)) for n in names]
    for name in names:
        if all(w in authors.facets() for w in name.casefold().split()):
            continue  # a filter menu's heading, "By Role", "By Company Type": no one's name
        if meta.authors and name is not names[-1] and authors.OUTLET_PART.fullmatch(name):
            meta.source = meta.source or name  # the first name's outlet, another name after it ("…, The Public Ledger, and …")
            continue
        if meta.authors and authors.credential(name) and name is not names[-1]:
            continue  # a name's letters, another name after them ("By Renée Castillo, CPA and Jonah Feld, CPA")
        if meta.authors and (authors.role_only(name) or authors.credential(name) or authors.has_role(name)
                             or authors.SITE_STAFF.fullmatch(name)):
            break  # the names' role or letters ("By Jane Roe, Staff Writer", "Jane Roe, CPA", "…, FSA, MAAA")
        if meta.authors and " of " in name and authors.has_non_name(name):
            break  # the name's department ("By Jane Roe, Division of Continuing and Professional Studies")
        if meta.authors and not name[:1].isupper():
            break  # a place or phrase after the name ("Par Jean Dupont, à Paris"), no one else's name
        if AGENCIES.match(name) or (_looks_like_publisher(name) or _OUTLET.search(name)) and name is names[-1] and len(names) > 1:
            meta.source = meta.source or name  # "By Jane Roe, CBS News"
        elif meta.authors and " " not in name and name is names[-1] and _PLACE_AFTER_COMMA.search(text):
            break  # one word after the names' comma is their place ("Von Julia Löhr, Berlin"), no one's name
        elif any(w in authors.stamp_words() for w in name.casefold().split()):
            continue  # a fact row's label, "Date Announced", "Venue Great Hall": no one's name
        elif 1 <= len(name.split()) <= 4 and name not in meta.authors:
            head = authors.lead_name(name, frozenset()) if authors.has_role(name) else None
            meta.authors.append(head or name)
            if head:
                break  # a role run on without a comma ("Jane Roe Senior Editor, Smart Home"): its desk follows
        elif len(name.split()) > 4 and (head := authors.lead_name(name, frozenset())):
            meta.authors += [head] if head not in meta.authors else []
            break  # a role ran on: "Jane Roe Executive Editor and Master Gardener"


# (not a name's middle part: "Paramita (Guha) Ghosh")
_PARENS = regex.compile(r"\s*\((?!\p{Lu}\p{Ll}+\)\s+\p{Lu})[^()]{0,60}\)")
_PLACE_AFTER_COMMA = regex.compile(r",\s*\p{Lu}[\p{L}-]+\s*$")
# An outlet's name ends in a newsroom's word: "CBS News", "USA TODAY", "Daily Herald", "Die Zeit"; or is a domain
_OUTLET = regex.compile(
    r"\b(?:news|times|post|press|today|journal|herald|tribune|gazette|media|network|magazine|radio|tv|"
    r"wire|observer|telegraph|chronicle|insider|weekly|courier|register|bulletin|monitor|examiner|dispatch|"
    r"inquirer|sentinel|globe|online|zeitung|nachrichten|presse|rundschau|quotidien|diario|noticias|notícias|"
    r"giornale|corriere|krant|dagblad)$"
    r"|^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|tv|news|fm|co\.uk|com\.au|ca|us)$",  # the site's domain: "By Jane Roe, Channel4Atlanta.com"
    regex.I,
)


def _looks_like_publisher(name: str) -> bool:
    """"The Publisher", "Acme Media Group", "AP"; not a person with a particle or an initial
    ("Anna van der Berg")."""
    if authors.person(name):
        return False
    return name.lower().startswith("the ") or len(name.split()) >= 3 or name.isupper()


def split_credit(text: str, mark: int = -1) -> Caption:
    """Caption and credit, split where the caption rule found the credit to begin."""
    if mark <= 0 or mark >= len(text):
        return Caption(text=text)
    head, tail = text[:mark], text[mark:]
    # An end rule may start at the caption's closing punctuation: give it back.
    lead = len(tail) - len(tail.lstrip(".!?”\" "))
    head, tail = head + tail[:lead].rstrip(), tail[lead:]
    m = _CREDIT_WRAP.match(tail)
    credit = (m["credit"] if m and m["credit"] else tail).strip(" .")
    return Caption(text=head.strip(" -—|") or text, credit=credit or None)


def _caption_with_credit(meta: Metadata, caption: str, credit: str) -> None:
    """A caption and its credit on two lines, either first ("Getty Images" / "Residents were
    evacuated by boat", "Een dijk bij Arnhem …" / "ANP"): one caption with its credit, in place
    of the line above read alone."""
    if meta.captions and meta.captions[-1].text in (caption, credit) and meta.captions[-1].credit is None:
        meta.captions.pop()
    m = _CREDIT_WRAP.match(credit)
    meta.captions.append(Caption(text=caption, credit=(m["credit"] if m and m["credit"] else credit).strip(" .") or None))


def read_dateline(text: str, meta: Metadata) -> None:
    m = _DATELINE.match(text) or _WIRE_DATELINE.match(text)
    if m:
        place = _DATELINE_DAY.sub("", (m["place"] or "").strip(" ,"))  # "WASHINGTON, May 6": the place
        meta.dateline = place.strip(" ,") or None
        found = m.groupdict()
        agency = found["agency"] or found["wire"] or found.get("before")
        if agency and not meta.source:
            meta.source = agency.strip()


def read_embed(block: Block, post_text: str | None) -> Embed:
    m = _TWEET.search(block.text)
    text = post_text or block.text
    if not m:
        return Embed(kind="embed", text=text)
    before = block.text[: m.start()].strip()
    return Embed(
        kind="tweet",
        text=post_text or before,
        author=m["author"].strip(),
        handle=m["handle"],
        date=iso_date(m["date"]) if m["date"].strip() else None,
    )


def read_related(block: Block) -> list[Related]:
    found = [Related(title=anchor, url=url if url not in ("#", "") else None) for anchor, url in block.links if anchor]
    if found:
        return found
    title = _LABEL.sub("", block.text).strip()
    return [Related(title=title)] if title else []


def build(blocks: list[Block], url: str | None, stated: list[str] | None = None, language: str | None = None) -> Metadata:
    """The text's reading of the metadata. ``stated``: the authors the page's markup names,
    which win over the text's (metadata.merge): then the text is not searched for others.
    ``language`` (a stop list's name) says how its numeric dates read ("05/03/2025"), unless
    the page's own unambiguous dates ("11.24.2025") show it."""
    with dates.reading(language, [b.text for b in blocks]):
        return _build(blocks, url, stated)


def _build(blocks: list[Block], url: str | None, stated: list[str] | None) -> Metadata:
    meta = Metadata(url=url)
    _read_labelled(blocks, meta, url)
    first_prose = _first_prose(blocks)
    title, chosen = _read_title(blocks, meta, url, first_prose)
    # The header's own date (near the headline) over a date line further off.
    anchor = title if title is not None and title is not _top(blocks) else chosen
    head = anchor.index if anchor is not None else first_prose
    _read_dates(blocks, meta, url, head, first_prose)
    _read_authors(blocks, meta, stated_names(stated or []), head, first_prose)
    return meta


LAST_PROSE_WORDS = 20  # the article's last paragraph: a series of bylines below it is its teasers'
_TEASER_BYLINES = frozenset({"byline.by", "byline.name-date"})


def _read_labelled(blocks: list[Block], meta: Metadata, url: str | None) -> None:
    """What the labelled blocks say: the rules' headline, standfirst, bylines, dateline, notes,
    captions, gallery slides, embeds, related links and the page's address."""
    gallery_pos: int | None = None
    in_gallery = False
    last_prose = max((b.index for b in blocks if b.label == "body" and b.prose and b.words >= LAST_PROSE_WORDS), default=-1)
    # Two "By" lines or more under the article's last paragraph: its teasers' (one alone may be its author box)
    teasers = sum(b.label == "byline" and b.rule in _TEASER_BYLINES and b.index > last_prose for b in blocks) >= 2
    # The comments' heading under the article: a "Name Month D, YYYY" line below it heads a comment
    thread = min((b.index for b in blocks if b.rule == "comment.section" and b.index > last_prose >= 0), default=None)
    own: list[str] | None = None
    for i, b in enumerate(blocks):
        label, rule = b.label, b.rule
        if label == "byline" and thread is not None and b.index > thread:
            continue
        if in_gallery and label not in ("gallery", "caption"):
            in_gallery, gallery_pos = False, None
        if label == "title" and rule == "title.headline":
            meta.title = strip_site_name(b.text, url)
        elif label == "subtitle":
            meta.subtitle = meta.subtitle or b.text
        elif label == "byline":
            if own is None and b.index > last_prose:
                own = list(meta.authors)  # the names the article's own bylines gave, above its last paragraph
            _read_byline_block(b, meta)
            if own and teasers:
                meta.authors = list(own)  # those read, the bylines under it are teasers' ("Read More" / "By Marco Ferri")
        elif label == "dateline" and meta.dateline is None:
            read_dateline(b.text, meta)
        elif label == "note":
            meta.notes.append(b.text)
        elif label == "caption" and gallery_pos is not None:
            cap = split_credit(b.text, b.mark)  # a slide: its caption follows the counter
            meta.gallery.append(GalleryItem(caption=cap.text, credit=cap.credit, position=gallery_pos))
        elif label == "caption" and rule == "caption.under-image" and i and blocks[i - 1].rule == "caption.credit-only":
            _caption_with_credit(meta, b.text, blocks[i - 1].text)  # "Getty Images" / its caption
        elif label == "caption" and rule == "caption.credit-only" and i and blocks[i - 1].rule == "caption.over-credit":
            _caption_with_credit(meta, blocks[i - 1].text, b.text)  # the caption / "ANP"
        elif label == "caption":
            meta.captions.append(split_credit(b.text, b.mark))
        elif label == "gallery":
            gallery_pos = _read_gallery(b, meta, gallery_pos)
            in_gallery = True
        elif label == "embed" and rule not in ("embed.post-text",):
            prev = blocks[i - 1] if i and blocks[i - 1].rule == "embed.post-text" else None
            meta.embeds.append(read_embed(b, prev.text if prev else None))
        elif label == "related":
            meta.related.extend(read_related(b))
        elif label == "url" and meta.url is None:
            m = _URL.search(b.text)
            if m:
                meta.url = m[0]


def _read_title(blocks: list[Block], meta: Metadata, url: str | None,
                first_prose: int) -> tuple[Block | None, Block | None]:
    """The headline (``headline.choose`` over the rules' pick) and the source, into ``meta``;
    returns the headline's block and the rules' pick."""
    chosen = next((b for b in blocks if b.rule == "title.headline"), None)
    site = SiteName(url)
    title = headline.choose(blocks, first_prose, chosen, site, headline.slug_words(url))
    if title is not None:
        top = _top(blocks)
        shown = title.text if title is top or top is None else headline.respelled(title.text, top.text, site)
        meta.title = tidy_title(headline_part(site.cut(_without_logo_link(title, shown, site))))
    if meta.source is None:
        meta.source = footer_source(blocks, site)
        if meta.source and meta.title:  # "Headline | Example News" without a URL to tell the site
            meta.title = strip_site_name(meta.title, url, meta.source)
    return title, chosen


def _without_logo_link(b: Block, shown: str, site: SiteName) -> str:
    """A headline that ends with a link naming the site, the logo's link inside the heading
    ("# Headline[Example Times](/ "Back to the front page")"), less that name."""
    found = list(markup.LINK.finditer(b.raw, timeout=1.0)) if "](" in b.raw else []
    last = found[-1] if found else None
    if last is None or last["img"] or last.end() != len(b.raw.rstrip()):
        return shown
    name = markup.strip_inline(last["text"]).strip()
    if name and len(shown) > len(name) + 1 and shown.endswith(name) and site.spells(name):
        return shown[: -len(name)].rstrip()
    return shown


def _dateline_date(blocks: list[Block]) -> str | None:
    """The date a dateline states in its place's part, the first dateline's ("TULSA, Okla., March 3, 2026 --")."""
    b = next((b for b in blocks if b.label == "dateline" and b.mark > 0), None)
    found = dates.find_dates(b.text[: b.mark]) if b is not None else []
    return found[0].iso if found else None


def _read_dates(blocks: list[Block], meta: Metadata, url: str | None, head: int, first_prose: int) -> None:
    """When the story was published and updated: the header's date (``head``: where the
    header is), then an original publication stated lower down, then any date the page gives."""
    published, updated = dates.choose(blocks, head, url, first_prose)
    stamped = _dateline_date(blocks)  # a release's: "TULSA, Okla., March 3, 2026 -- Redstone …"
    if stamped and (published is None or published[:10] > stamped):
        published = stamped  # (a later date in its sentences is an event's: "… at the conference on March 10, 2026")
    if published and not (meta.published or "").startswith(published):  # same day: keep the byline's time
        meta.published, meta.updated = published, updated
    elif updated and meta.updated is None and meta.published and updated > meta.published[:10]:
        meta.updated = updated  # the byline gave the same day, and no update
    # "originally published on 26 Sep 2019" below a later header date: that one is the update's
    if meta.published and (original := dates.stated_date(blocks, "original")) and original < meta.published[:10]:
        meta.published, meta.updated = original, meta.updated or meta.published
    if meta.published is None:
        meta.published, updated = scan_date(blocks)
        meta.updated = meta.updated or updated  # (a date line's "Updated on ..." read above)
    if meta.published is None:
        meta.published = dates.stated_date(blocks)
    if meta.published is None:
        meta.published = dates.beside_byline(blocks)
    if meta.published is None:  # only an update's date: the page's latest version is dated so
        meta.published = dates.stated_date(blocks, "updated")


def _read_authors(blocks: list[Block], meta: Metadata, stated: list[str], head: int, first_prose: int) -> None:
    """The authors: the names the page states (HTML metadata) when it does, else the bylines'
    names, or the names the header or a bio vouches for, or a name found anywhere."""
    if stated:
        meta.authors = stated
        return
    vocab = authors.page_vocabulary(blocks)
    meta.authors = list(dict.fromkeys(authors.trim(a, vocab) for a in meta.authors))  # "Jane Roe Jane Roe"
    found, sure = author_cues.choose(blocks, head, first_prose, _echoes(blocks, meta.title, head))
    found = [a for a in found if not AGENCIES.match(a)]
    by_lines = [b.text for b in blocks if b.rule == "byline.by"]
    by_line = bool(by_lines)
    # A "By" line the rules read stands; other rule readings give way to a name the
    # header or a bio vouches for, and to any name when they read no person's name.
    # A name a "By" line gave ("Written by Kristin") stands against a bare name line; a
    # filter menu's "By Role", "By Industry" does not.
    by_read = [a for a in meta.authors if any(a in t for t in by_lines)]
    # "By Acme Collective Hotels" reads as no one's name: a name the header vouches for wins.
    read = 2 * sum(authors.plausible(a, vocab) and authors.desk_or_person(a) for a in by_read) > len(by_read) > 0
    if found and not read and (not any(authors.person(a) for a in meta.authors) or (not by_line and sure >= VOUCHED)):
        meta.authors = found
    title = (meta.title or "").casefold()  # the headline said as a name line is no byline ("Dental Hygienists")
    meta.authors = [a for a in meta.authors if not _no_one(a) and a.casefold() != title]
    if not meta.authors:
        name = scan_author(blocks)
        meta.authors = ([name] if name and authors.plausible(name, vocab) and not _no_one(name) and name.casefold() != title
                        else [])
    meta.authors = [authors.without_desk_role(a) for a in meta.authors]  # "Anna Lindqvist Ekonomireporter"


_NAME_PART = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")  # "InstagramYoutube" -> Instagram, Youtube


def _no_one(name: str) -> bool:
    """A "name" made of words no name holds: a date line's weekday ("Tuesday"), a row of
    social icons run together ("InstagramYoutubeLinkedin Behance"), a comment count. A desk's credit
    ("Marketing Team") is a byline's."""
    parts = [p.casefold() for p in _NAME_PART.findall(name)]
    if not parts or parts[-1] in authors.cues()["desk_words"]:
        return False
    return all(p in authors.no_name_words() for p in parts)


def footer_source(blocks: list[Block], site: SiteName) -> str | None:
    """The holder a copyright line below the body names ("© 2025 Example News"): the last one.
    With a URL it must name the URL's site: "© 2025 Valnet Inc." on xda-developers.com names
    the owner, not the publication."""
    last_body = max((i for i, b in enumerate(blocks) if b.label == "body"), default=-1)
    for b in reversed(blocks[last_body + 1 :]):
        if b.rule == "legal.copyright" and (name := copyright.holder(b.text)):
            return name if not site.host or site.match(name) >= 0.5 else None
    return None


def _echoes(blocks: list[Block], title: str | None, head: int) -> tuple[int, ...]:
    """Other lines that spell the headline: the story's own header may sit under one of them."""
    key = (title or "").strip().casefold()
    lists = ("related", "navigation", "comment")  # a teaser of the story itself, under another's byline
    return tuple(
        b.index for b in blocks if key and b.index != head and b.label not in lists and b.text.strip().casefold() == key
    )[:3]


def _split_name_date(text: str) -> tuple[str, str, str]:
    """ "Jane Roe • Updated on Jul 4, 2024" -> ("Jane Roe", "", "Jul 4, 2024 ...")."""
    m = _NAME_DATE.search(text)
    return (text[: m.start()], "", text[m.start() :]) if m else (text, "", "")


# Byline rules whose line names no author: a label alone (authors.by_line reads the next line's
# name), a reviewer's credit, a bio's greeting or its labelled bio, a live blog's post stamp.
NAMELESS_BYLINES = frozenset({"byline.label", "byline.reviewer", "byline.reviewer-bio", "byline.greeting-bio", "byline.bio-labelled",
                              "byline.post-time"})


# A blog's category before its date ("Budgeting · March 4, 2025", "Parenting | May 2, 2024"): one word
# that names an activity, no given name
_SECTION_WORD = regex.compile(r"\p{Lu}\p{Ll}+ing")
_WRITTEN_BY = regex.compile(r"\b(?:written|reported)\s+by\s+(.+?)(?:\s+[—–|]\s+|$)", regex.I)


_CHECKED = regex.compile(r"\b(?:reviewed|fact[\s-]?checked|verified)\b", regex.I)


def _read_byline_block(b: Block, meta: Metadata) -> None:
    if b.rule == "byline.reviewer" and (written := _WRITTEN_BY.search(b.text)):
        read_byline(written[1], meta)  # "Medically reviewed by A, MD — Written by B, RDN — Updated on …"
        return
    if b.rule in NAMELESS_BYLINES:
        return
    if b.rule == "byline.name-date":
        name, _, rest = _split_name_date(b.text)
        if (not _SECTION_WORD.fullmatch(name.strip(" •|·—–-")) and not _CHECKED.search(name)
                and not (meta.authors and authors.has_non_name(name) and not authors.person(name))):
            # (not a review's stamp, "Medically Reviewed. Last updated on 03/14/2024.", nor a page history's line under
            # the byline's, "Current Version · Apr 2, 2024")
            read_byline(name, meta)
        when = iso_date(rest)
        if when:
            meta.published = meta.published or when
    elif b.rule in ("byline.credit", "byline.box-heading"):
        boxed = author_cues.box_head(b.text)[0]  # "More posts by Jane Roe"; no name in "About the Author"
        if boxed:
            read_byline(boxed, meta)
    elif b.rule in ("byline.date", "byline.last-updated"):
        when = iso_date(b.text)
        if when and _UPDATED.search(b.text) and (meta.published or b.rule == "byline.last-updated"):
            meta.updated = meta.updated or when  # (a page's date line says which date it is)
        elif when:
            meta.published = meta.published or when
        by = _LATE_BY.search(b.text) if b.rule == "byline.last-updated" else None
        if by is not None:
            read_byline(by[1], meta)  # "Last updated March 3, 2025 by Erik Demaine."
    else:
        # An author box's heading read as a byline: "About Jane Roe", "More articles by Jane Roe".
        read_byline(author_cues.box_head(b.text)[0] or b.text, meta)


def _read_gallery(b: Block, meta: Metadata, position: int | None) -> int | None:
    """Counters set the slide number; caption-like gallery blocks become slides."""
    m = _COUNTER.search(b.text) if b.rule == "gallery.counter" else None
    if m:
        return int(m[1])
    if b.rule in ("gallery.chrome", "gallery.counter") or b.words < 4:
        return position
    if b.rule == "gallery.region" and position is None:
        return position  # a gallery heading or title, before the first slide
    cap = split_credit(b.text, b.mark)
    meta.gallery.append(GalleryItem(caption=cap.text, credit=cap.credit, position=position))
    return position


_WORDED = frozenset({"title", "subtitle", "source", "dateline"})  # fields in words, which mojibake can garble


def merge(page: Metadata, doc: Metadata) -> Metadata:
    """Fill ``doc`` (read from the text) with what the page states (``page``), in place.

    The page's structured data (JSON-LD, meta tags, canonical link) wins for the fields
    it sets; the text's reading stays for the rest. Lists the page holds replace the
    text's (authors) or come first (captions, gallery, embeds, related, notes).
    """
    for name in ("title", "subtitle", "source", "published", "updated", "dateline", "url", "language"):
        value = getattr(page, name)
        if value and (name not in _WORDED or _LETTER.search(value)):  # og:site_name "/" names nothing
            setattr(doc, name, fix_mojibake(value) if name in _WORDED else value)
    if doc.title:
        doc.title = tidy_title(doc.title)
    stated = stated_names(page.authors)
    if stated:
        doc.authors = [fix_mojibake(a) for a in stated]
    for name in ("captions", "gallery", "embeds", "related", "notes"):
        extra = getattr(page, name)
        if extra:
            setattr(doc, name, [*extra, *(x for x in getattr(doc, name) if x not in extra)])
    return doc
