"""Author evidence besides a "By" line, and which evidence wins.

A name is the author's when the header's date line carries it ("Dec 17, 2025 · Jane Roe"),
when a post's footer credits it with its date ("Posted by Jane Roe on May 3, 2024"), or
when an author box presents it ("Jane Roe" over "Jane Roe is a reporter ...", "About Jane
Roe"). A "By" line in the header beats all of these; a date line beats a footer credit,
which beats a box, which beats a name line that only stands near the headline.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import unquote

import regex

from . import authors, dates
from .blocks import Block

LINKED, DATED, POSTED, BOX = 9.0, 8.0, 6.0, 5.0  # scores, against authors.SURE (10) and a bare name's (< 7)
REVIEWER = 0.5  # a reviewer's credit: only when nothing else names anyone
MAX_BOXES = 2  # more names with a bio each: a team or contributors' page, no author box
_SEP = regex.compile(r"\s*[|•·⋅—–/]\s*|\s+-\s+|\s{2,}")


def _phrases(key: str) -> str:
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(authors.cues()[key], key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], ...]:
    name_end = regex.compile(rf"\s+(?:{_phrases('name_ends')})\b.*$|\s*\d.*$", regex.I | regex.S)
    box_head = regex.compile(
        rf"^(?:(?P<about>{_phrases('about_heads')})|{_phrases('box_heads')})\s*:?\s+(?P<name>.+)$", regex.I
    )
    bio = regex.compile(  # also set in brackets: "(Jane Roe is a professor of ...)"
        rf"^[(\[]?(?:(?:{_phrases('honorifics')})\.?\s+)?(?P<name>[\p{{L}}\x27’. -]+?)"
        rf"(?:,\s*(?-i:[A-Z]{{2,6}}|Ph\.?D\.?|Jr\.?|Sr\.?))*,?"  # post-nominals: "Daniel Okafor, CPP, PSP, is …"
        rf"(?:\s*[:,]\s*(?P<again>\p{{Lu}}\p{{L}}+))?"
        rf"\s+(?:{_phrases('bio_verbs')})\b",
        regex.I,
    )
    posted = regex.compile(rf"^(?:{_phrases('posted_by')})\s*:?\s+(?P<rest>.+)$", regex.I)
    head_alone = regex.compile(rf"^(?:{_phrases('box_heads')})\s*:?$", regex.I)
    link_path = regex.compile(  # "/blog-authors/jane-roe", or a query: "/blog?author=5292a21d", "/library/?_author=Jane%20Roe"
        rf"/(?:\w+[-_])?(?:{_phrases('link_paths')})/(?P<slug>[^/?#\s]+)|[?&]_?(?:author|authors|writer)=(?P<slug2>[^&#\s]+)",
        regex.I,
    )
    link_opener = regex.compile(rf"^(?:(?:{_phrases('link_openers')})\b\s*:?\s*)+", regex.I)
    return name_end, box_head, bio, posted, head_alone, link_path, link_opener


def _all_names(part: str) -> list[str]:
    """Every comma/"and" piece of ``part`` a person's name ("Ann Roe and Tom Hale"), else none."""
    pieces = [p.strip(" .,") for p in authors._SPLIT.split(part.strip(" .,:"))]
    pieces = [p for p in pieces if p]
    return pieces if pieces and all(authors.person(p) for p in pieces) else []


def dated_names(text: str) -> list[str]:
    """The names a date line carries: "Dec 17, 2025 Jane Roe", "Jane Roe on May 3, 2024",
    "May 3, 2024 · Jane Roe in Gardening". None when it holds no date, or two name parts."""
    if len(text) > 200 or len(text.split()) > 16:
        return []
    text = authors.unglued(text)
    spans = dates.date_spans(text)
    if not spans or any(dates.in_sentence(text[:start]) for start, _ in spans):
        return []  # "16–17 October 2024 · Venue": an event's days and place, not a post's date and author
    name_end = _patterns()[0]
    found: list[list[str]] = []
    last = 0
    for start, end in [*spans, (len(text), len(text))]:
        for piece in _SEP.split(text[last:start]):
            names = _all_names(name_end.sub("", piece))
            found += [names] if names else []
        last = end
    return found[0] if len(found) == 1 else []


_NAME_WORD = regex.compile(r"\p{L}{3,}")


def _section_link(block: Block, names: list[str]) -> bool:
    """A name in a date line that links elsewhere than to a person's page, and whose words its
    address does not spell, names the story's section ("[North Korea](/nk/) 09:31 Aug 20")."""
    path = _patterns()[5]
    for text, url in block.links:
        if text.strip() in names and not path.search(url):
            words = _NAME_WORD.findall(text.casefold())
            if words and not any(w in url.casefold() for w in words):
                return True
    return False


_CLOCK = regex.compile(r"\bat\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?!\S)", regex.I)  # Blogger's stamp: "Posted by Jane Roe at 9:14 PM"


def posted_names(blocks: list[Block]) -> list[str]:
    """The one name the page's dated credits give: "Posted by Jane Roe on 2024-05-03 in News."
    A page of several such names (comments, a list of posts) names no author this way."""
    posted = _patterns()[3]
    seen: list[str] = []
    for b in blocks:
        m = posted.match(b.text) if b.text and b.words <= 30 else None
        if m and (dates.date_spans(b.text) or _CLOCK.search(b.text)):
            names = authors._byline_names(b.text)
            seen += [n for n in names if n not in seen]
    return seen if len(seen) == 1 else []


_ASIDE = frozenset({"comment", "related", "navigation", "embed"})
_OTHER_PAGES = _ASIDE - {"navigation"}  # an author's link is a link line, but not one of another story's


def labelled_names(blocks: list[Block]) -> list[str]:
    """The one name a credit label alone on its line gives anywhere on the page ("By" or
    "Author:" over "Jane Roe"): the byline of a page whose header holds none. Several such
    names (a list of posts) give none."""
    texts = [b for b in blocks if b.text and b.label not in _ASIDE]
    seen: list[str] = []
    for b, after in zip(texts, texts[1:]):
        if b.words <= 3 and authors._BY_ALONE.match(b.text):
            seen += [n for n in authors._bare_names(after.text) if n not in seen]
    return seen if len(seen) == 1 else []


_DOUBLED = regex.compile(r"^(?P<n>.+?)\s+(?P=n)$")
_CREDITED = regex.compile(r"(?P<w>[\p{L}-]+)\s+by\s*:?\s*$", regex.I)


def _link_name(text: str, slug: str = "") -> str | None:
    """The name a link's text gives: "Picture of Jane Roe Jane Roe" (a photo's alt, then the name) -> "Jane Roe"."""
    text = _patterns()[6].sub("", " ".join(text.split()))
    m = _DOUBLED.match(text)
    names = authors._bare_names(_slug_cut(m["n"] if m else text, slug))
    return names[0] if len(names) == 1 else None


_SLUG_WORD = regex.compile(r"\p{L}+")


def _slug_cut(text: str, slug: str) -> str:
    """``text`` up to where the address's slug stops spelling it, when a word runs on past that
    point: a converter glued the role on ("Harry RabinowitzTech Reporter", /author/harry-rabinowitz-ncpn12)."""
    words = _SLUG_WORD.findall(unquote(slug).casefold())
    spelled, k = "", 0
    for i, ch in enumerate(text):
        if not ch.isalpha():
            continue
        spelled += ch.casefold()
        if k < len(words) and spelled == "".join(words[: k + 1]):
            k += 1
            if k >= 2 and text[i + 1 : i + 2].isalpha() and text[i + 1].isupper():
                return text[: i + 1]
        elif not "".join(words[: k + 1]).startswith(spelled):
            break
    return text


def _credited_otherwise(block: Block, name: str) -> bool:
    """The line credits ``name`` with other work than the text: "Edited by Jane Roe"."""
    at = block.text.find(name)
    m = _CREDITED.search(block.text[max(0, at - 40) : at]) if at > 0 else None
    return m is not None and m["w"].lower() in authors.cues()["other_credits"]


def _person_links(blocks: list[Block]) -> list[tuple[int, str, str]]:
    """(block index, address, name) of every link to a person's page outside other stories' and comments' lines."""
    path = _patterns()[5]
    out = []
    for b in blocks:
        if b.links and b.label not in _OTHER_PAGES:
            for text, url in b.links:
                m = path.search(url)
                name = _link_name(text, m["slug"] or m["slug2"]) if m else None
                if name and not _credited_otherwise(b, name):
                    out.append((b.index, url, name))
    return out


def linked_names(blocks: list[Block], first_prose: int | None = None) -> list[str]:
    """The names the page's first line of links to a person's page gives ("By [Jane Roe](/author/jane-roe)
    and [John Doe](/author/jdoe)"). Each address takes its shortest name ("Jane Roe", not the
    "Jane RoeTrending" of a glued card). Links to several people first met below the article's
    opening are a comment thread's or a team's, and name no author."""
    thread = next((b.index for b in blocks if b.label == "comment" and b.barrier and b.index > (first_prose or 0)), None)
    links = [x for x in _person_links(blocks) if thread is None or x[0] < thread]  # commenters' profiles
    if not links:
        return []
    shortest: dict[str, str] = {}
    for _, url, name in links:
        if len(name) < len(shortest.get(url, name + " ")):
            shortest[url] = name
    first = links[0][0]
    if len(shortest) > 1 and first_prose is not None and first > first_prose:
        return []
    names: list[str] = []
    for at, url, _ in links:
        if at == first and shortest[url] not in names:
            names.append(shortest[url])
    return names


def box_head(text: str) -> tuple[str | None, bool]:
    """The name an author box's heading introduces ("More articles by Jane Roe"), and whether
    the heading alone vouches for it (not "About Jane Roe", which may be a company's page)."""
    m = _patterns()[1].match(text)
    names = authors._bare_names(m["name"].strip(" .:")) if m else []
    return (names[0], not m["about"]) if len(names) == 1 else (None, False)


_SURVIVED = regex.compile(r"\b(?:is|was)\s+(?:survived|predeceased|preceded\s+in\s+death)\s+by\b", regex.I)
_PRONOUN = regex.compile(r"\b(?:he|she|his|her|him)\b", regex.I)


def _opens_bio(block: Block, name: str) -> bool:
    """``text`` opens a bio of ``name``: "Jane Roe is ...", "Dr. Jane Roe has ...", "Jane is ...",
    and reads as a person's (a pronoun, a role outside the story), not as a company's blurb. A bio by the given
    name alone must say "he" or "she" ("Acme is an open tool for developers" is a product's)."""
    text = block.text
    m = _patterns()[2].match(text)
    if not m or not authors.personal(text, roles=block.label != "body"):  # the story may review a product
        return False
    if _SURVIVED.search(text[: m.end() + 30]):
        return False  # an obituary's "Harold is survived by his daughters …": the subject's family, no writer's bio
    said, first = m["name"].strip(), name.split()[0]
    if said == name or (m["again"] is not None and m["again"] == first):
        return True
    return said == first and bool(_PRONOUN.search(text[:300]))


BIO_TAIL, BIO_WORDS, BIO_AFTER = 0.75, 170, 150  # a bio: in the body's last quarter, a paragraph (a guest writer's runs to 150 words), after a story
BOX_ABOVE = 3  # lines above a bio where its box's name line or heading stands
BIO_LAST = 3  # the body's last blocks, where a full name's bio is the writer's whoever the page credits


def mark_bios(blocks: list[Block], names: list[str]) -> None:
    """Label the author's bio below the story ("Jane Roe is a reporter who covers ...") a
    byline: it speaks of the writer, not of the news. Only in the body's last quarter and
    after a story: a profile that opens the page, or a page that is the bio, is the article.
    The author is one the page credits (``names``), one its author box presents, or anyone
    the bio calls a writer: the output, whose header is gone, reads the same."""
    body = [b for b in blocks if b.label == "body" and b.text]
    start = min(int(len(body) * BIO_TAIL), _word_tail(body))  # (a few short lines kept below it push no bio out)
    story = sum(b.words for b in body[:start])
    found = []
    for b in body[start:]:
        footnote = b.text.rstrip().endswith(("↩", "↩︎"))  # its backlink: a footnote that opens with a name, no bio
        said = _bio_subject(b.text) if story >= BIO_AFTER and b.words <= BIO_WORDS and not footnote else ""
        if said:
            found.append((b, said))  # opens like a bio: "<Name> is/has/writes ..."
        story += b.words
    last = {b.index for b in body[-BIO_LAST:]}
    for b, said in found:
        if _under_trust_heading(blocks, b):
            continue  # a roundup's "Why trust us?" section: the article's own case for its picks
        if (_writer_bio(b, said) or any(_opens_bio(b, n) for n in names) or _closing_bio(b, said, last)
                or _credited_closing(b, said, names, last)):
            b.set("byline", "byline.bio")
        elif any(_opens_bio(b, n) for n in box_names(blocks[max(0, b.index - BOX_ABOVE) : b.index + 1])):
            b.set("byline", "byline.bio")  # under its box's name line or heading ("About the author")
        if b.label == "byline":
            _mark_card_name(blocks, b, said)


def _mark_card_name(blocks: list[Block], bio: Block, said: str) -> None:
    """The author card's name line right over its bio ("Callum Aherne" / "Callum is an esports
    reporter …"): the card's, as the bio is. Only a bare name whose first word opens the bio."""
    above = next((x for x in reversed(blocks[: bio.index]) if x.text.strip()), None)
    if above is None or above.label != "body" or not 2 <= above.words <= 4:
        return
    names = authors._bare_names(above.text)
    if len(names) == 1 and names[0] == above.text.strip() and names[0].split()[0] == said.split()[0]:
        above.set("byline", "byline.bio")


# A roundup's heading over the paragraph that vouches for its writer: a section of the article the page's gold keeps
_TRUST_HEADING = regex.compile(
    r"(?:why\s+(?:you\s+should\s+)?trust\s+[^.!?]{1,40}|why\s+we[’']?re\s+the\s+experts?|meet\s+the\s+experts?"
    r"|our\s+expertise)\s*\??",
    regex.I,
)


def _under_trust_heading(blocks: list[Block], block: Block) -> bool:
    """The nearest text block above ``block`` is a "Why trust us?" / "Meet the experts" heading."""
    above = next((b for b in reversed(blocks[: block.index]) if b.text.strip()), None)
    return above is not None and _TRUST_HEADING.fullmatch(above.text.strip(" #*")) is not None


def _word_tail(body: list[Block]) -> int:
    """The first of the body's blocks past ``BIO_TAIL`` of its words."""
    total, seen = sum(b.words for b in body), 0
    for k, b in enumerate(body):
        if seen >= total * BIO_TAIL:
            return k
        seen += b.words
    return len(body)


# What a contributor line says right after the writers' names: "… is a hydrologist with …", "… are partners at …"
_CREDITED_IS = regex.compile(
    r"\s*,?\s+(?:(?:is|was|serves\s+as)\s+(?:an?|the)\s|(?:are|were)\s+(?:the\s+)?[\p{L}-]+s\s+(?:at|of|with|for|in)\b)", regex.I
)


def _credited_closing(block: Block, said: str, names: list[str], last: set[int]) -> bool:
    """A contributor line among the text's last blocks that opens with the full names the page credits
    ("Jane Roe is a parent of two …", "Ann Lee and Tom Hale are partners at …"): an op-ed's writers, whatever
    their trade. Only the credited full names: a closing line about someone in the news names another."""
    parts = authors.split_names(said) if " and " in said or "," in said else [said]
    if block.index not in last or not all(len(p.split()) >= 2 and p in names for p in parts):
        return False
    return _CREDITED_IS.match(block.text, len(said)) is not None and not _SAID.search(block.text)


HEAD_BIO_WORDS = 60


def _mark_head_bio(blocks: list[Block], names: list[str]) -> None:
    """A credited writer's one-line bio right under her byline ("By Jane Roe" / "Jane Roe is a former
    deputy director of … and a consultant in Yakima."): an op-ed's, the writer's, not the column's."""
    texts = [b for b in blocks if b.text]
    for above, b in zip(texts, texts[1:]):
        m = _patterns()[2].match(b.text) if above.label == "byline" and b.label == "body" else None
        if m and b.words <= HEAD_BIO_WORDS and m["name"].strip() in names and _ROLE.search(b.text):
            b.set("byline", "byline.bio")
            return


NAME_LINES, NAME_LINE_WORDS = 6, 8  # the body's opening lines where a credited name with its outlet is a byline


def mark_name_lines(blocks: list[Block], names: list[str]) -> None:
    """Label ``byline.name`` a line among the body's first that is a credited author's name
    with the outlet or role after it ("Brian Truitt USA TODAY"): a byline set below a
    standfirst, where the head's rules no longer look, never a line of the story. (Not a
    name alone: a heading read as the author, "Data Course", would go with it; on the dev
    pages that took 13 pages' bylines and 3 pages' headings.)"""
    if not names:
        return
    keys = {_name_key(n) for n in names}
    _mark_head_bio(blocks, names)
    for b in [b for b in blocks if b.label == "body" and b.text][:NAME_LINES]:
        if b.words <= NAME_LINE_WORDS and b.kind != "heading":
            name = authors.trim(b.text, frozenset())
            if name == b.text:
                name = authors.role_name(b.text) or name  # "Priya Raman Senior Investment Writer"
            if (name != b.text or _over_date_line(blocks, b)) and _name_key(name) in keys:
                b.set("byline", "byline.name")
            elif _all_credited(b.text, keys):
                b.set("byline", "byline.name")  # "Sofia Marchetti, Dev Patel": two credited names and nothing else


def _all_credited(text: str, keys: set[str]) -> bool:
    parts = authors.split_names(text)
    return len(parts) >= 2 and all(_name_key(p) in keys for p in parts)


def _over_date_line(blocks: list[Block], b: Block) -> bool:
    """The name alone right over the byline's date line ("Jane Roe" / "Sep 16, 2025 • 2 min read")."""
    after = next((a for a in blocks[b.index + 1 :] if a.text), None)
    return after is not None and after.label == "byline" and dates.has_year(after.text)


def _name_key(text: str) -> str:
    return " ".join(regex.findall(r"\w+", text.casefold()))


@lru_cache(maxsize=1)
def _bio_verbs() -> frozenset[str]:
    return frozenset(authors.cues()["bio_verbs"])


def _bio_subject(text: str) -> str:
    """The person's name (or given name alone) ``text`` opens with before a bio's verb, else ""."""
    verbs = _bio_verbs()
    if not any(w in verbs for w in text[:80].split()[1:7]):  # the verb follows a name of 1 to 4 words (and a title)
        return ""
    m = _patterns()[2].match(text)
    said = m["name"].strip() if m else ""
    pair = authors.split_names(said) if " and " in said else []
    if len(pair) == 2 and all(authors.person(p) for p in pair):
        return said  # two writers: "Ann Lee and Tom Hale are partners at …"
    if not said[:1].isupper() or len(said.split()) > 4:
        return ""
    return said if authors.person(said) or (" " not in said and not authors.has_non_name(said)) else ""


_WRITER_WORDS = regex.compile(r"\b(?:" + "|".join(authors.cues()["writer_words"]) + r")\b", regex.I)


def _writer_bio(block: Block, said: str) -> bool:
    """A bio of a writer by full name (``said``: "Jane Roe is a freelance writer who ..."),
    whoever the page credits: the same on the output, whose header (and credit) is gone."""
    return len(said.split()) >= 2 and authors.person(said) and _WRITER_WORDS.search(block.text[:300]) is not None


def _closing_bio(block: Block, said: str, last: set[int]) -> bool:
    """A bio by full name that ends the text ("Ann Lee is an associate professor of radiology at ..."):
    an op-ed's or a guest post's writer, as the text's last lines present them."""
    if block.index not in last or len(said.split()) < 2 or not authors.person(said):
        return False
    after = block.text[len(said) : len(said) + 80]
    return (_ROLE.search(after) is not None or _CONTACT.search(block.text) is not None) and not _SAID.search(block.text)


# How to reach the writer: "… Reach her at jroe@example.com", "Email him at …", "Follow them on X"
_CONTACT = regex.compile(r"\b(?:reach|contact|e-?mail|follow|write\s+to)\s+(?:him|her|them)\s+(?:at|on|via)\b", regex.I)


# The role and where it is held ("professor of ...", "director at ..."); not "a nurse who has worked ...,
# she said", a person in the news.
_ROLE = regex.compile(
    r"\b(?:" + "|".join(regex.escape(w) for w in authors.cues()["bio_roles"]) + r")\s+(?:at|of|for|with|in|and|based)\b",
    regex.I,
)
_SAID = regex.compile(r"\b(?:said|says|told)\b", regex.I)


def box_names(blocks: list[Block]) -> list[str]:
    """Names an author box presents: a name line ("Jane Roe", "Jane Roe Founder & Editor") whose
    next lines open her bio, or a heading such as "About Jane Roe"."""
    texts = [b for b in blocks if b.text]
    out: list[str] = []
    for k, b in enumerate(texts):
        if b.words > 12 or b.label in ("comment", "navigation"):
            continue
        name, sure = box_head(b.text)
        if name is None and k + 1 < len(texts) and _patterns()[4].match(b.text):  # "Article by" / "Jane Roe"
            names = authors._bare_names(texts[k + 1].text)
            name, sure = (names[0], True) if len(names) == 1 else (None, False)
        if name is None:
            names = authors._bare_names(b.text)
            name = names[0] if len(names) == 1 else None
        if name and not sure and not any(_opens_bio(n, name) for n in texts[k + 1 : k + 4]):
            name = None
        if name and name not in out:
            out.append(name)
    return out if len(out) <= MAX_BOXES else []


def _evidence(
    blocks: list[Block], heads: list[Block], first_prose: int | None
) -> Iterator[tuple[float, list[str]]]:
    """(strength, names) of each kind of evidence, strongest first. A generator: the page is
    read for a kind only when every stronger kind named no one."""
    yield LINKED, linked_names(blocks, first_prose)
    yield DATED, next((names for b in heads if (names := dated_names(b.text)) and not _section_link(b, names)), [])
    yield POSTED, posted_names(blocks)
    yield POSTED, labelled_names(blocks)
    yield BOX, box_names(blocks)


def choose(
    blocks: list[Block], anchor: int, first_prose: int | None = None, also: tuple[int, ...] = ()
) -> tuple[list[str], float]:
    """The page's authors and the strength of the evidence (see the module's precedence)."""
    found, score = authors.choose(blocks, anchor, first_prose, also)
    if score >= authors.SURE:
        return found, score
    vocab = authors.page_vocabulary(blocks)
    heads = authors.header_lines(blocks, anchor, first_prose, also)
    for strength, names in _evidence(blocks, heads, first_prose):
        names = [n for n in names if authors.plausible(n, vocab)]
        if names and strength > score:
            return names, strength
    if not found:
        found = next((names for b in heads if (names := authors.reviewers(b.text))), [])
        score = REVIEWER if found else score
    return found, score
