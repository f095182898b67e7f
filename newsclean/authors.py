"""Authors read from plain text: the byline in the article's header.

A page names many people (menus, teasers, comments). The author's name sits in the header,
a few lines under the headline, as "By Jane Roe", "Written by Jane Roe", or as a bare
name line next to the date; and it often comes back lower down in the author's bio
("Jane Roe is a reporter ..."). Those are the signals weighed here.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import datafiles
from .blocks import Block

ABOVE, BELOW = 2, 8  # header window around the headline, in non-empty lines
WIDE = 30  # bare names are looked for this far, as the headline found may be off
SURE = 10.0
WEAK = 2.0  # a bare name scored below this must share no word with the page's prose
# A time after "By" ("By Friday, ...", "By March 2025"): spelled again in rules/byline.toml's
# byline.by, as a rule pack cannot read this module.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter)"
# "By Jane Roe", "Written by: Jane Roe", "Posted by Jane Roe on ...", "Author: Jane Roe".
_BY = regex.compile(
    r"(?:^|\s|\|)(?:(?:written|reported|posted|story|words|text|article)\s+by|by|von|par|por|door"
    r"|author\s+of\s+the\s+(?:article|story|post)|authors?|autor(?:in)?|auteur|(?:text|texte|texto|tekst|testo|words)(?=\s*:))(?:\s*:\s*|\s+)(?:by\s+)?(?=(?-i:\p{Lu}))"  # "Authors:Jane Roe" glued too; a capital (not "by appointment"); "Text: Jane Roe"
    # not a time ("By Friday, rescuers had ...", "By March 2025"), but "By June Thomas": as byline.by
    rf"(?!{_WEEKDAY}\b)(?!{_MONTH}\b(?!\s+(?-i:\p{{Lu}})))",
    regex.I,
)
# "Roe", "Smith-Jones", "MacFarlane", "O'Brien", "J.", "de".
_NAME_TOKEN = r"(?:\p{Lu}[\p{Ll}\x27’-]+(?:-?\p{Lu}[\p{Ll}\x27’]+)?|\p{Lu}\.|\p{Lu}{2,}|(?:de|van|von|der|da|di|del|la|le|bin|al)(?=\s))"
# A person's name: two to four name tokens, capitalised; the first and last not a particle.
_NAME = regex.compile(rf"\p{{Lu}}[\p{{L}}\x27’.-]*(?:\s+{_NAME_TOKEN}){{1,3}}", regex.V1)
_WHOLE_NAME = regex.compile(rf"^(?:{_NAME.pattern})$", regex.V1)
# After a name on its line: a role or outlet ("Jane Roe | Guest Columnist", "Jane Roe - Editor").
_ROLE_TAIL = regex.compile(r"\s*(?:[|,•·–—⋅]|\s-\s|\s{2})\s*.{0,60}$")
_DATE_LIKE = regex.compile(
    r"\b(?:\d{4}|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=\p{L}{3,9}\.?\s+\d|\d))\b"  # (its weekday first: "Tuesday, May 21")
    r"|\b(?:last\s+)?(?:updated|published|posted|min(?:ute)?s?\s+read)\b",  # ("… Last updated:", not a name's "Last")
    regex.I,
)
_NOT_NAME = regex.compile(
    r"\b(?:the|and|of|for|to|in|on|with|our|your|my|home|about|contact|menu|search|blog|news|more|read|share"
    r"|sign|log|subscribe|privacy|terms|policy|cookies?|login|account|use|case|type|role|industry|team|us"
    r"|best|top|how|what|why|guide|review|tips?|services?|products?|solutions?|company|pricing|resources?"
    # interface words: buttons and menu entries look like names to a capitalisation test
    r"|by|written|posted|page|link|copy|free|trial|get|started|select|stories|customers?|quotes?|shop|print"
    r"|download|view|all|comments?|reply|follow|join|now|click|here|open|close|next|previous|back|faq|questions?)\b",
    regex.I,
)
AND = r"(?<!\S)(?:and|und|et|y|(?-i:e|en))(?!\S)"  # a conjunction between names, a word of its own: not "Fold-and-Cut";
# "e" (it, pt) and "en" (nl) in lower case only: "John E Smith" holds an initial
_SPLIT = regex.compile(rf"\s*(?:,|&|{AND})\s*")
# Name particles, written in lower case inside names: never evidence against a name.
_PARTICLES = frozenset("de van von der da di del la le bin al du des den ter dos das".split())
# Words of prose, not of an address ("jane.roe@", "site.com/jane-roe").
_LOWER_WORD = regex.compile(r"(?<![\p{L}\d.@/_-])\p{Ll}[\p{Ll}\x27’]*(?![\p{L}\d@/_-]|\.\w)")
# A line that is only the "By" of a byline: the name follows on the next line.
_BY_ALONE = regex.compile(
    r"^(?:(?:written|reported|posted|story|words|text|article)\s+by|by|von|par|por|door"
    r"|authors?|autor(?:in)?|auteur)\s*:?$",
    regex.I,
)


@lru_cache(maxsize=1)
def non_names() -> frozenset[str]:
    """Words no person's name holds (``data/non_names.toml``): headings, menus, roles."""
    data = datafiles.load("non_names.toml")
    return frozenset(w for words in data["words"].values() for w in words)


@lru_cache(maxsize=1)
def stamp_words() -> frozenset[str]:
    """A date line's and a fact row's labels and days (``non_names.toml``'s times_and_places): "Date Announced
    December 2, 2025", "Aired February 17", "Venue Great Hall" name no one."""
    return frozenset(datafiles.load("non_names.toml")["words"]["times_and_places"])


@lru_cache(maxsize=1)
def facets() -> frozenset[str]:
    """A filter menu's words (``non_names.toml``'s facets): "By Industry" credits no one."""
    data = datafiles.load("non_names.toml")
    return frozenset(data["words"]["facets"])


@lru_cache(maxsize=1)
def no_name_words() -> frozenset[str]:
    """Words no name is made of alone: ``non_names`` and ``non_names.toml``'s ``[no_one]`` lists."""
    return non_names() | frozenset(w for words in datafiles.load("non_names.toml")["no_one"].values() for w in words)


@lru_cache(maxsize=1)
def _personal_words() -> frozenset[str]:
    return frozenset(cues()["bio_words"]) | _roles()


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    """Author cues other than a name's shape (``data/author_cues.toml``): bio verbs, box headings."""
    return datafiles.load("author_cues.toml")


_WORDS = regex.compile(r"[\p{L}\x27’]+")


def personal(text: str, roles: bool = True) -> bool:
    """``text`` speaks of a person (a pronoun, a writer's word; or a role, when ``roles``), not
    of a company or a place. A role alone is weak: "a coding assistant" is a product."""
    words = _WORDS.findall(text[:300].lower())
    return not (_personal_words() if roles else frozenset(cues()["bio_words"])).isdisjoint(words)


def has_non_name(text: str) -> bool:
    stop = non_names()
    return any(w.strip("\x27’") in stop for w in _WORDS.findall(text.casefold()))


@lru_cache(maxsize=2)  # metadata.build and choose() both ask, for the same page text
def vocabulary(text: str) -> frozenset[str]:
    """The words a page writes in lower case: the ordinary words of its language(s)."""
    return frozenset(_LOWER_WORD.findall(text))


def page_vocabulary(blocks: list[Block]) -> frozenset[str]:
    """``vocabulary`` of the page's blocks, images' alt text left out: an alt is often a name
    in lower case, a file's words ("ryan carrigan moving expert"), not the page's prose."""
    return vocabulary(" \n".join(b.text for b in blocks if b.text and b.kind != "image"))


def plausible(name: str, vocab: frozenset[str], strict: bool = False) -> bool:
    """A capitalised phrase is no person's name when the page writes each of its words in
    lower case elsewhere ("Mobile Apps", "Set Goals"): a given name or surname rarely is
    an ordinary word of the page; a heading or menu entry always is. ``strict``: when any
    of its words is ("Water Filtration", but "Podium Staff" is a desk's credit) or it is all
    capitals, for a name that nothing else vouches for."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    words = [w for w in words if w and w not in _PARTICLES and len(w) > 1]
    if strict:
        desk = cues()["desk_words"]
        return not any(w in vocab and w not in desk for w in words) and not name.isupper()  # "GIFT CARDS"
    return not words or not all(w in vocab for w in words)


def trim(name: str, vocab: frozenset[str]) -> str:
    """ "Brian Truitt USA TODAY" -> "Brian Truitt", "Jane Roe Executive Editor" -> "Jane Roe",
    "Colin Gray Colin Gray" -> "Colin Gray": a role, outlet or repeat after the name; a platform's
    follow button glued on ("Junie Abernathy Follow", "Junie AbernathyFollow")."""
    name = _FOLLOW.sub("", name)
    words = name.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    caps = 0  # a run of capitals after a mixed-case name: an outlet ("USA TODAY")
    while caps < len(words) and words[-1 - caps].isupper() and len(words[-1 - caps]) > 1:
        caps += 1
    if caps >= 2 and len(words) - caps >= 2:
        words = words[:-caps]
    lead = 0  # a name in capitals, then its outlet or role in mixed case ("LUCAS BRANDVOLD Associated Press")
    while lead < len(words) and words[lead].isupper() and words[lead].isalpha() and len(words[lead]) > 1:
        lead += 1
    if 2 <= lead < len(words) and not any(w.isupper() for w in words[lead:]):
        words = words[:lead]
    return without_desk_role(" ".join(words))


_FOLLOW = regex.compile(r"(?:\s+|(?<=\p{Ll}))Follow(?:ing)?$")


def _beat_cut(name: str, line: str, vocab: frozenset[str]) -> str:
    """A three-word name a role follows on its line, whose last word the page writes in lower
    case: that word is the role's beat ("Oliver Brandt Tennis Correspondent" -> "Oliver Brandt")."""
    words = name.split()
    if len(words) == 3 and len(line) > len(name) and line.startswith(name) and words[2].lower() in vocab:
        return " ".join(words[:2])
    return name


def lead_name(part: str, vocab: frozenset[str]) -> str | None:
    """The name at the head of a longer part: "Jane Roe Executive Digital Editor" -> "Jane Roe",
    cut where the page's ordinary words (the role) begin, or a figure or bracket ("Jane Roe 4
    Comments", "Jane Roe (JRoe)": a comment count, a handle)."""
    words = part.split()
    k = 0
    stop = non_names()
    while (k < len(words) and words[k][:1].isalpha() and words[k].strip(".,").lower() not in vocab
           and words[k].strip(".,").lower() not in stop and not compound_role(words[k])):
        k += 1
    if k == 3 and k < len(words) and words[2].lower() in _ROLE_MODIFIERS:
        k = 2  # "Tessa Lindgren Staff writer": the role's first word, capitalised as a name's
    head = " ".join(words[:k])
    return head if 2 <= k <= 3 and k < len(words) and person(head) else None


# A role run into its desk, as Germanic languages write it: "Ekonomireporter", "Wirtschaftsredakteurin".
_COMPOUND_ROLE = regex.compile(
    r"\p{L}{3,}(?:reporter|journalist|redaktör|redaktør|redakteur|redakteurin|korrespondent|korrespondentin|toimittaja)",
    regex.I,
)


def compound_role(word: str) -> bool:
    """A role run into its desk (one word, "Ekonomireporter", "Politikredaktør"), never a name."""
    return bool(_COMPOUND_ROLE.fullmatch(word.strip(".,")))


def without_desk_role(name: str) -> str:
    """The name without such a role after it: "Anna Lindqvist Ekonomireporter" -> "Anna Lindqvist"."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) >= 3 and compound_role(words[-1]) else name


_ROLE_MODIFIERS = frozenset({
    "staff", "senior", "contributing", "special", "chief", "deputy", "associate", "freelance", "guest",
    # a desk before the role: "Ryan Tolley Sport Reporter", "Jane Roe Showbiz Editor"
    "sport", "sports", "showbiz", "entertainment", "money", "consumer", "weather", "political", "politics", "crime",
    "health", "travel", "royal", "business", "technology", "science", "education", "environment", "transport",
    "courts", "features", "fashion", "property", "motoring", "football", "trends", "audience", "digital",
    "tv", "royals", "celebrity", "music", "film", "culture", "arts", "lifestyle", "beauty", "food", "video",
})


def credit(text: str) -> bool:
    """Reads as what a "By" line credits: a person or a desk ("Podium Staff", "Jane Roe")."""
    return bool(_WHOLE_NAME.match(text)) and not _NOT_NAME.search(text) and 2 <= len(text.split()) <= 4


_POSSESSIVE = regex.compile(r"\p{L}[\x27’]s\b")


def person(text: str) -> bool:
    """Reads as one person's name: "Jane Roe", "J. R. Roe", "Anna van der Berg", or a desk
    ("Podium Staff"); not a heading or role capitalised like one ("Key Takeaways"), nor what
    holds a word's "'s" ("It’s Blogvent", "Jane’s Kitchen": a contraction or a possessive)."""
    return credit(text) and not has_non_name(text) and not _POSSESSIVE.search(text)


_LAST_WORD = regex.compile(r"([\p{L}-]+)\W*$")


def other_credit(text: str, by: regex.Match[str]) -> bool:
    """The word before a bare "by" credits someone else than the author: "Reviewed", "Photo"
    (not "Profile image Written by")."""
    if not by[0].strip(" |").lower().startswith("by"):
        return False
    m = _LAST_WORD.search(text[: by.start() + 1])
    if m and _WRITER_AND.search(text[: m.start()]):
        return False  # "Story and photos by Jane Roe": the writer is credited first
    return bool(m) and (m[1].lower() in cues()["other_credits"] or _passive(text[: by.start()], m[1].lower()))


_WRITER_AND = regex.compile(r"\b(?:story|text|words|article|reporting)\s+(?:and|&)\s*$", regex.I)


_CREDIT_VERBS = frozenset({
    "written", "posted", "reported", "published", "updated", "compiled", "curated", "produced", "authored",
    "created", "contributed", "submitted", "shared", "presented", "narrated", "hosted", "prepared", "researched",
})


def _passive(before: str, word: str) -> bool:
    """A sentence's passive before "by" ("A bridge weakened by Storm Ciaran will stay shut"):
    a participle that credits no writing, after words of the sentence's own."""
    return (len(before.split()) >= 3 and len(word) >= 4 and word.endswith(("ed", "en"))
            and word not in _CREDIT_VERBS)


def reviewers(text: str) -> list[str]:
    """The names a reviewer's credit gives: "Reviewed by Jane Roe, Attorney, on May 3, 2024"."""
    m = _BY.search(text)
    w = _LAST_WORD.search(text[: m.start() + 1]) if m else None
    return _byline_names(text[m.start() :]) if m and w and w[1].lower() in cues()["reviewers"] else []


DESK_WORDS = 5


def desk(text: str) -> bool:
    """A desk's credit on a line of its own: a few capitalised words ending in a desk's word
    ("Great Day Editorial Team", "Podium Staff")."""
    words = text.split()
    return (2 <= len(words) <= DESK_WORDS and all(w[:1].isupper() for w in words)
            and words[-1].lower() in cues()["desk_words"])


def desk_or_person(text: str) -> bool:
    """A credit a byline gives: no organisation's or heading's word, or a desk's ("News Desk")."""
    return not has_non_name(text) or text.split()[-1].lower() in cues()["desk_words"]


# Where a converter that lost the space between a byline's spans glued them: "ByJake", "FerreiraUpdated",
# "HolmLast updated", "2026by Jane Roe" (case-sensitive: a stamp word starts a span with its capital)
_GLUE = regex.compile(r"^By(?=\p{Lu}\p{Ll})|(?<=\p{Ll})(?=(?:Updated|Published|Posted|Modified|Last\s+(?:updated|modified))\b)|(?<=\d)(?=by\s)"
                   # a name glued to its date ("Sam OkaforMarch 5, 20245 Comments")
                   rf"|(?<=\p{{Ll}})(?=(?=\p{{Lu}})(?i:{_MONTH})\s+\d{{1,2}}\b)")  # (_MONTH's names, capitalised)


def unglued(text: str) -> str:
    """A byline's spans parted again where a converter glued them."""
    return _GLUE.sub(" ", text)


def split_names(text: str) -> list[str]:
    """A byline's name part cut at its commas and "and"s: "Jane Roe and John Doe" -> both, checked or not."""
    return [p.strip(" .") for p in _SPLIT.split(text)]


def names_in(text: str) -> list[str]:
    """Person names of a byline's name part: "Jane Roe and John Doe" -> both."""
    return [n for n in split_names(text) if person(n)]


_PLACE = regex.compile(r"[^,]{2,60},\s*(?:" + "|".join(cues()["state_codes"]) + r")\.?(?:\s+\d{5}(?:-\d{4})?)?")  # (and its ZIP)


MAX_JOINED = 3


@lru_cache(maxsize=4096)  # the author box scan and the header scan read the same short lines
def _bare_names(text: str) -> tuple[str, ...]:
    """A line that is a name, maybe with a role after it: "Jane Roe | Guest Columnist";
    not a place with its state ("Edgewater Park, NJ")."""
    if _PLACE.fullmatch(text):
        return ()
    if person(text):
        return (text,)
    parts = split_names(text) if ("," in text or "&" in text or " and " in text) else []
    if 2 <= len(parts) <= MAX_JOINED and all(person(p) for p in parts):
        return tuple(parts)  # "Leo Brandt & Nadia Haddad", "Sofia Marchetti, Dev Patel"
    head = _ROLE_TAIL.sub("", text)
    if head != text and (person(head) or (len(names_in(head)) >= 2)):
        return tuple(names_in(head))
    head = role_name(text)
    return (head,) if head else ()


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    data = datafiles.load("non_names.toml")
    return frozenset(data["words"]["roles"])


_ROLE_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=1)
def _credentials() -> frozenset[str]:
    return frozenset(datafiles.load("non_names.toml")["credentials"]["letters"])


def credential(part: str) -> bool:
    """Nothing but letters after a name: "CPA", "RD (UK)", "Ph.D."."""
    words = [w.lower() for w in _ROLE_WORD.findall(part.replace(".", ""))]
    return bool(words) and all(w in _credentials() for w in words)


def has_role(part: str) -> bool:
    """A role's word in ``part``: "Home Security Expert", "Print Managing Editor"."""
    return any(w.lower() in _roles() or compound_role(w) for w in _ROLE_WORD.findall(part))


def _plural_role(part: str) -> bool:
    """A role in the plural ends ``part``: "Instructional Designers", "Staff Writers"."""
    words = part.split()
    last = words[-1].lower() if words else ""
    return last.endswith("s") and last[:-1] in _roles()


def role_only(part: str) -> bool:
    """Nothing but a role's and a desk's words: "Staff Writer", "Senior Correspondent"."""
    words = {w.lower() for w in _ROLE_WORD.findall(part)}
    known = _roles() | frozenset(cues()["desk_words"])
    return bool(words) and all(w in known or w[:-1] in known for w in words)  # "Correspondents"


def role_name(text: str) -> str | None:
    """The name before a role on its line, no separator between: "Jane Roe Founder & Lead
    Reviewer", "Jane Roe Senior Editor at Acme". The role must hold a role's word."""
    words = text.split()
    if len(words) > 14:
        return None
    for k in (3, 2):
        head, rest = " ".join(words[:k]), words[k:]
        roles = {w.lower() for w in _ROLE_WORD.findall(" ".join(rest))}
        if rest and rest[0][:1].isupper() and person(head) and (not roles.isdisjoint(_roles()) or any(map(compound_role, rest))):
            return head
    return None


_AFTER_NAMES = regex.compile(
    r"\s+(?:on|in|at|for|\|)\s+|\s+(?:For|FOR)\s+(?=\p{Lu})|\s*[|•·–—⋅]\s*|\s+-\s+"  # ("By Jane Roe For Mailonline")
    r"|\.\s+(?=(?i:last|updated|published|posted|modified|reviewed|edited)\b)"
    r"|\s+(?=(?i:(?:\p{L}{3,12}ly\s+)?(?:reviewed|edited|fact[- ]checked|verified)\s+by|(?:photography|photographs|photos?|illustrations?)\s+by)\b)")


SITE_STAFF = regex.compile(r"\p{Lu}[\p{L}\p{N}.&\x27’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&\x27’-]*){0,2}\s+Staff")  # "…, FizzFeed Staff"


# An outlet after a writer's name in a byline: "The Public Ledger", "Altamaha Observer", "Valley Public Radio"
OUTLET_PART = regex.compile(
    r"(?-i:The\s+\p{Lu}[\p{L}\x27’&.-]*(?:\s+\p{Lu}[\p{L}\x27’&.-]*){0,4})"
    r"|(?-i:\p{Lu}[\p{L}\x27’&.-]*\s+){0,3}(?-i:News|Observer|Ledger|Times|Post|Journal|Tribune|Herald|Gazette|Chronicle|Daily|Weekly"
    r"|Magazine|Radio|Network|Media|Newsroom|Report|Review|Press|Sentinel|Courier|Bulletin|Monitor|Dispatch|Register|Star)"
)


def _byline_names(text: str, vocab: frozenset[str] = frozenset()) -> list[str]:
    """The names a "By" line credits, up to the first part that is none: "By Jane Roe and
    John Doe", "By Jane Roe, Staff Writer"; a role after a name is cut ("By Jane Roe Editor")."""
    m = _BY.search(text)
    if m and other_credit(text, m):
        return []  # "Reviewed by Jane Roe", "Photo by Jane Roe"
    if not m:
        return _handle(text)
    rest = text[m.end() :]
    cut = _DATE_LIKE.search(rest)
    rest = rest[: cut.start()] if cut else rest
    rest = _AFTER_NAMES.split(rest, maxsplit=1)[0]  # (and "…, PharmD. Last updated", "… Medically reviewed by …")
    out: list[str] = []
    for part in (p.strip(" .") for p in _SPLIT.split(rest.strip(" ,:"))):
        if out and credential(part):
            continue  # a name's letters, another name may follow: "By Renée Castillo, CPA and Jonah Feld, CPA"
        if out and (not part or OUTLET_PART.fullmatch(part)):
            continue  # the name's outlet, another name may follow: "By Jane Roe, The Public Ledger, and John Doe, Valley Observer"
        if out and (role_only(part) or _plural_role(part) or SITE_STAFF.fullmatch(part)):
            break  # the name's role ("By Jane Roe, Staff Writer"; two names', "…, Instructional Designers"), no second author
        if credit(part) and (not out or person(part)):  # first may be an outlet's ("By ASU Online")
            out.append(part)
            continue
        head = lead_name(part, vocab)
        out += [head] if head else []
        break
    return out or _handle(text)


# A one-word credit in a short byline: "by jsteinhardt", "Posted by BeauHD on Friday ...",
# "Posted on July 1, 2024 by infuy": a user name or a given name, which the page does not
# write as an ordinary word.
_HANDLE = regex.compile(
    r"(?:^|\s)(?:(?:written|posted|published|words|text|article)\s+by|by)\s*:?\s+"
    rf"(?!(?:{_WEEKDAY}|{_MONTH})\b)"  # "By Friday, rescuers had ...": a time, no handle
    r"(?P<h>[\p{L}\d][\p{L}\d_.-]{1,29}?)\.?\s*(?:$|[|•·–—,]|\s(?:on|at|in|-|·)\s)",
    regex.I,
)


_DAY_LIKE = regex.compile(_DATE_LIKE.pattern.replace(r"|\d{1,2}:\d{2}", ""), regex.I)
_OR_BY = regex.compile(r"\b(?:or|and)\s*$", regex.I)


def _handle(text: str) -> list[str]:
    if len(text.split()) > 16:
        return []
    m = _HANDLE.search(text)
    if not m or m.start() > 0 and not _DAY_LIKE.search(text[: m.start()]):
        return []  # "by" starts the line, or follows its date (not a clock time's: "10:00–11:00 a.m., or by appointment")
    if _OR_BY.search(text[: m.start() + 1]):
        return []  # "in person or by phone"
    h = m["h"].lower()
    if h.endswith("ing") and m["h"].islower():
        return []  # a gerund: "By joining, you agree to …", "by clicking here"
    if text[: m.start()].lower().rstrip().endswith(f" {h}") or text[: m.start()].lower().rstrip() == h:
        return []  # a phrase's word said twice: "… fire, minute by minute", "step by step"
    return [m["h"]] if h not in non_names() and h not in stop_words() and not h.isdigit() else []


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words of every language shipped: "by far", "par exemple" name nobody. Less
    the words the lists only ever write capitalised: jusText's lists are word frequencies,
    and a Wikipedia's most frequent words hold given names ("Linda", "Margaret", "Walt")."""
    from .features import stop_list_names, stop_lists

    return frozenset().union(*stop_lists().values()) - stop_list_names()


_BIO_BEFORE = regex.compile(
    r"\b(?:about|more\s+(?:articles|posts|stories)\s+(?:by|from)|latest\s+posts\s+by|(?:written|posted)\s+by)\s+$", regex.I
)
_BIO_AFTER = regex.compile(r"^\s+(?:is|was|has|writes|covers|joined|holds)\b")


def _bio(name: str, text: str) -> bool:
    """The page names ``name`` again as its author: "About Jane Roe", "Jane Roe is a ..."."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _BIO_BEFORE.search(text[max(0, at - 30) : at]):
            return True
        if _BIO_AFTER.match(text[end : end + 12]) and personal(text[at : at + 300]):
            return True  # "Jane Roe is a reporter ... she", not "Las Vegas is a city"
        at = text.find(name, end)
    return False


def _short_lines(blocks: list[Block], anchor: int) -> list[Block]:
    near = blocks[max(0, anchor - 4 * WIDE) : anchor + 4 * WIDE]  # empty lines included: a margin
    thread = next((k for k, b in enumerate(near) if b.index > anchor and b.label == "comment" and b.barrier), len(near))
    # (a comment's author, a guestbook entry's, a line under the thread's heading names no author of the page)
    return [b for b in near[:thread] if b.text and b.words <= 30 and len(b.text) <= 400 and b.label != "comment"
            and not _QUOTE_LEAD.search(b.text)]


# A quotation's lead-in, no byline: "Dr. Jane Roe, Secretary General of the X Society, said:"
_QUOTE_LEAD = regex.compile(r"\b(?:said|says|added|adds|explained|stated|wrote|writes|told\s+[^:]{1,40})\s*:\s*$", regex.I)


def _at(texts: list[Block], index: int) -> int:
    return next((k for k, b in enumerate(texts) if b.index >= index), len(texts))


def header_lines(blocks: list[Block], anchor: int, first_prose: int | None = None, also: tuple[int, ...] = ()) -> list[Block]:
    """The header's lines: a few around the headline, those above the first paragraph (the
    headline found may be off), and those around each echo of the headline (``also``)."""
    texts = _short_lines(blocks, anchor)
    at = _at(texts, anchor)
    heads = texts[max(0, at - ABOVE) : at + BELOW + 1]
    if first_prose is not None:
        heads += [b for b in texts if first_prose - 2 * BELOW <= b.index <= first_prose + 1]
    for other in also:  # "Headline | Site" on top, the headline again over the story
        more = _short_lines(blocks, other)
        k = _at(more, other)
        heads += [b for b in more[k : k + BELOW + 1] if b not in heads]
    return heads


def by_line(heads: list[Block], vocab: frozenset[str]) -> list[str]:
    """The names the first "By" line among the header's lines credits (an embedded post's or
    player's line is none: "Shipwreck by Jane Roe and John Doe" names an album's artists)."""
    for k, b in enumerate(heads):
        if b.label in ("embed", "advertisement") or _late_by(b):
            continue  # (nor a sponsor's: "Today's issue is brought to you by Relay Payroll.")
        found = [trim(n, vocab) for n in _byline_names(b.text, vocab)]
        found = [n for n in found if " " not in n or plausible(n, vocab)]  # a handle is written as it is
        if not found and _BY_ALONE.match(b.text) and k + 1 < len(heads):
            after = heads[k + 1].text
            found = [n for n in _bare_names(after) if plausible(n, vocab)]  # "By" / "Jane Roe"
            found = found or ([after] if desk(after) else [])  # "By:" / "Great Day Editorial Team"
        if not found and (m := _BY.search(b.text)) and not other_credit(b.text, m):
            head = lead_name(_DATE_LIKE.split(b.text[m.end() :], maxsplit=1)[0], vocab)
            found = [head] if head else []
        if found:
            return found
    return []


LATE_BY_WORDS = 15
_SENTENCE_BREAK = regex.compile(r"[\p{Ll}\d)][.!?]['\"”’]?\s+\p{Lu}")


def _late_by(b: Block) -> bool:
    """A paragraph whose "by" comes after its first sentence: prose that credits someone, not a
    byline ("… book the right cover for you. Recommended by Lonely Planet.")."""
    if b.words < LATE_BY_WORDS:
        return False
    by = _BY.search(b.text)
    return by is not None and _SENTENCE_BREAK.search(b.text, 0, by.start() + 1) is not None


def choose(
    blocks: list[Block], anchor: int, first_prose: int | None = None, also: tuple[int, ...] = ()
) -> tuple[list[str], float]:
    """The header's authors and how sure: a "By" line near the headline first (sure), else
    a bare name line that a date stands next to, that sits right under the headline, or
    that the page names again (a bio)."""
    whole = " \n".join(b.text for b in blocks if b.text)
    vocab = page_vocabulary(blocks)
    found = by_line(header_lines(blocks, anchor, first_prose, also), vocab)
    if found:
        return found, SURE
    texts = _short_lines(blocks, anchor)
    at = _at(texts, anchor)
    return bare_name(texts, at, first_prose, whole, vocab)


def _contact_label(text: str) -> bool:
    """A label over a contact's name ("Media contact:", "Press inquiries:"; a box's heading with no colon,
    "Media Contact", "For media inquiries": a press office's or newsroom's words before it)."""
    return len(text) <= 60 and _CONTACT.search(text) is not None and (
        text.endswith(":") or (len(text.split()) <= 4 and _PRESS.search(text) is not None))


_PRESS = regex.compile(r"\b(?:media|press|news(?:room)?)\b", regex.I)


_CONTACT = regex.compile(r"\b(?:" + "|".join(map(regex.escape, cues()["contact_labels"])) + r")\b", regex.I)


CAPTION_LEAST = 1.0  # the least score of a name in a caption (a headshot's, by the byline)
GROUP_PHOTO = 3  # names in a caption that say who is in a photo, not who wrote
_LEFT_TO_RIGHT = regex.compile(r"\(\s*(?:l\s*[-–/]\s*r|from\s+left)\s*\)|\bleft\s+to\s+right\b|\bfrom\s+left\b", regex.I)


def _group_photo(text: str) -> bool:
    """A caption that names who is in a photo: "(L-R) ...", or three people or more."""
    return bool(_LEFT_TO_RIGHT.search(text)) or sum(
        1 for part in _SPLIT.split(text) if person(part.strip(" .,"))) >= GROUP_PHOTO


def _headshot(before: Block | None, name: str) -> bool:
    """The block before a name line is an image whose alt text names the same person ("![Picture
    of Jane Roe](…)" / "Jane Roe"): Markdown's and HTML's author boxes (plain text shows no alt)."""
    return before is not None and before.kind == "image" and name.lower() in before.text.lower()


# A line a rule took for the headline, a menu, a button, an ad, a share bar or a notice ("SOURCE Acme Corp",
# a wire's tail; "Check Availability", a shop's button) is no byline whatever its words. (A headshot's alt
# text, "![Tim Enwall](…) Tim Enwall", is chrome too: its name is an author box's.)
_NO_NAME_LABELS = frozenset({"title", "navigation", "chrome", "advertisement", "share", "legal", "paywall", "donation",
                             "newsletter"})  # (and a box's lines: "Our pick" / "Crunchyroll Mega Fan" / its pitch)
MENU_ENTRY_WORDS = 3  # a menu's entries: lines of this many words or fewer, all around a line


def _in_menu(texts: list[Block], k: int) -> bool:
    """``texts[k]`` sits among a menu's entries: the two lines above it and the two below are
    short, undated phrases (a byline's neighbours are a headline, a date, a paragraph)."""
    near = texts[max(0, k - 2) : k] + texts[k + 1 : k + 3]
    return len(near) == 4 and all(
        n.words <= MENU_ENTRY_WORDS and not _DATE_LIKE.search(n.text) and not n.text.rstrip().endswith((".", "!", "?", ":"))
        for n in near)


ITEM_MARK: regex.Pattern[str] = regex.compile(r"^\s*[*•·-]\s+")  # a list item's bullet as a layout renderer prints it: "  * Jane Roe"
# a meta list's date or reading time: "Jun 9", "Sep 26, 2022", "2025-01-04", "5 min read" (not a menu's "1031 Exchange")
_META_STAMP = regex.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}\b|\d{4}-\d{2}-\d{2}"
                            r"|\d{1,2}/\d{1,2}/\d{2,4}|\d+\s*min(?:ute)?s?\s+read)", regex.I)


def _meta_item(texts: list[Block], k: int) -> str:
    """``texts[k]`` less its bullet when it is an item of a post's meta list, a date or a reading
    time among the items beside it ("  * Claire Ashdown" / "  * Apr 7" / "  * 7 min read", a layout
    renderer's); else as it is (a menu's or a directory's bulleted entries name no writer)."""
    text = texts[k].text
    bullet = ITEM_MARK.match(text)
    if bullet is None:
        return text
    near = texts[max(0, k - 2) : k] + texts[k + 1 : k + 3]
    if any(ITEM_MARK.match(n.text) and _META_STAMP.search(n.text) and n.words <= 6 for n in near):
        return text[bullet.end() :]
    return text
LONG_LIST = 5  # a list of this many items names songs, films or places (a post's meta list holds two or three)


def _long_list(texts: list[Block], k: int) -> bool:
    """``texts[k]`` is an item of a list of LONG_LIST items or more."""
    if texts[k].kind != "list":
        return False
    lo = hi = k
    while lo > 0 and texts[lo - 1].kind == "list":
        lo -= 1
    while hi + 1 < len(texts) and texts[hi + 1].kind == "list":
        hi += 1
    return hi - lo + 1 >= LONG_LIST


def bare_name(
    texts: list[Block], at: int, first_prose: int | None, whole: str, vocab: frozenset[str]
) -> tuple[list[str], float]:
    """The best bare name line near the headline (``texts[at]``), and its score."""
    lo = max(0, at - WIDE)
    spots = set(range(lo, min(len(texts), at + WIDE + 1)))
    fp = next((k for k, b in enumerate(texts) if first_prose is not None and b.index >= first_prose), None)
    if fp is not None:  # the headline found may be off: the lines above the first paragraph too
        spots |= set(range(max(0, fp - 2 * BELOW), min(len(texts), fp + 2)))
    best: tuple[float, list[str]] = (0.0, [])
    headline = texts[at].text.casefold() if 0 <= at < len(texts) else None
    for k in sorted(spots):
        b = texts[k]
        line = _meta_item(texts, k)
        found = [_beat_cut(trim(n, vocab), line, vocab) for n in _bare_names(line)]
        found = [n for n in found if plausible(n, vocab)]
        shot = _headshot(texts[k - 1] if k else None, found[0]) if found else False
        if not found or (b.label in _NO_NAME_LABELS and b.rule != "chrome.image") or (
                b.kind == "heading" and not (shot or _bio(found[0], whole))):
            continue  # a heading names a section, unless the page writes of it as of its author
        if b.kind == "table" or _long_list(texts, k):
            continue  # a table's row ("Subdivision | Cole Valley Estates"), a setlist's item: no byline
        if b.label == "related" and fp is not None and k > fp:
            continue  # a related list's line under the article ("More news" / … / "Boreal Air"): the site's, no byline
        if headline is not None and k != at and _ROLE_TAIL.sub("", b.text).casefold() == headline:
            continue  # the <title> line, "Headline – Site", over the headline said alone
        if b.label == "caption" and _group_photo(b.text):
            continue  # "(L-R) Jane Roe, Tom Hale": who is in the photo (a headshot's caption names its writer)
        if k and _contact_label(texts[k - 1].text):
            continue  # "Media contact:" / "Jane Roe": a press office, no author
        near = texts[max(0, k - 2) : k] + texts[k + 1 : k + 3]
        score = 0.0
        if any(_DATE_LIKE.search(n.text) and n.words <= 16 for n in near):
            score += 2
        if _bio(found[0], whole):
            score += 3
        elif whole.count(found[0]) >= 2:
            score += 1  # named again
        if 0 <= k - at <= 3:
            score += 1  # right under the headline
        if shot:
            score += 1  # under a photo of the same name: an author box's headshot
        score -= 0.1 * min(abs(k - at), abs(k - fp) + 3 if fp is not None else WIDE)
        if b.label == "caption" and score < CAPTION_LEAST:
            continue  # a name under a photo is whom it shows, unless a date or a bio says writer
        if score < WEAK and not all(plausible(n, vocab, strict=True) for n in found):
            continue  # a heading's words ("Water Filtration") with no more than a date near it
        if score < WEAK and _in_menu(texts, k):
            continue  # "Private Events" between "Our Story" and "Gift Cards": a menu's entry
        if score > best[0]:
            best = (score, found)
    return best[1], best[0]
