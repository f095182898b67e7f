"""Author evidence besides a "By" line, and which evidence wins.

A name is the author's when the header's date line carries it ("Dec 17, 2025 · Jane Roe"),
when a post's footer credits it with its date ("Posted by Jane Roe on May 3, 2024"), or
when an author box presents it ("Jane Roe" over "Jane Roe is a reporter ...", "About Jane
Roe"). A "By" line in the header beats all of these; a date line beats a footer credit,
which beats a box, which beats a name line that only stands near the headline.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import authors, dates
from .blocks import Block

DATED, POSTED, BOX = 8.0, 6.0, 5.0  # scores, against authors.SURE (10) and a bare name's (< 7)
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
    bio = regex.compile(
        rf"^(?:(?:{_phrases('honorifics')})\.?\s+)?(?P<name>[\p{{L}}\x27’. -]+?)(?:\s*[:,]\s*(?P<again>\p{{Lu}}\p{{L}}+))?"
        rf"\s+(?:{_phrases('bio_verbs')})\b",
        regex.I,
    )
    posted = regex.compile(rf"^(?:{_phrases('posted_by')})\s*:?\s+(?P<rest>.+)$", regex.I)
    head_alone = regex.compile(rf"^(?:{_phrases('box_heads')})\s*:?$", regex.I)
    return name_end, box_head, bio, posted, head_alone


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
    spans = dates.date_spans(text)
    if not spans:
        return []
    name_end = _patterns()[0]
    found: list[list[str]] = []
    last = 0
    for start, end in [*spans, (len(text), len(text))]:
        for piece in _SEP.split(text[last:start]):
            names = _all_names(name_end.sub("", piece))
            found += [names] if names else []
        last = end
    return found[0] if len(found) == 1 else []


def posted_names(blocks: list[Block]) -> list[str]:
    """The one name the page's dated credits give: "Posted by Jane Roe on 2024-05-03 in News."
    A page of several such names (comments, a list of posts) names no author this way."""
    posted = _patterns()[3]
    seen: list[str] = []
    for b in blocks:
        m = posted.match(b.text) if b.text and b.words <= 30 else None
        if m and dates.date_spans(b.text):
            names = authors._byline_names(b.text)
            seen += [n for n in names if n not in seen]
    return seen if len(seen) == 1 else []


_ASIDE = frozenset({"comment", "related", "navigation", "embed"})


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


def _box_head(text: str) -> tuple[str | None, bool]:
    """The name an author box's heading introduces ("More articles by Jane Roe"), and whether
    the heading alone vouches for it (not "About Jane Roe", which may be a company's page)."""
    m = _patterns()[1].match(text)
    names = authors._bare_names(m["name"].strip(" .:")) if m else []
    return (names[0], not m["about"]) if len(names) == 1 else (None, False)


_PRONOUN = regex.compile(r"\b(?:he|she|his|her|him)\b", regex.I)


def _opens_bio(block: Block, name: str) -> bool:
    """``text`` opens a bio of ``name``: "Jane Roe is ...", "Dr. Jane Roe has ...", "Jane is ...",
    and reads as a person's (a pronoun, a role outside the story), not as a company's blurb. A bio by the given
    name alone must say "he" or "she" ("Acme is an open tool for developers" is a product's)."""
    text = block.text
    m = _patterns()[2].match(text)
    if not m or not authors.personal(text, roles=block.label != "body"):  # the story may review a product
        return False
    said, first = m["name"].strip(), name.split()[0]
    if said == name or (m["again"] is not None and m["again"] == first):
        return True
    return said == first and bool(_PRONOUN.search(text[:300]))


def box_names(blocks: list[Block]) -> list[str]:
    """Names an author box presents: a name line ("Jane Roe", "Jane Roe Founder & Editor") whose
    next lines open her bio, or a heading such as "About Jane Roe"."""
    texts = [b for b in blocks if b.text]
    out: list[str] = []
    for k, b in enumerate(texts):
        if b.words > 12 or b.label in ("comment", "navigation"):
            continue
        name, sure = _box_head(b.text)
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


def choose(
    blocks: list[Block], anchor: int, first_prose: int | None = None, also: tuple[int, ...] = ()
) -> tuple[list[str], float]:
    """The page's authors and the strength of the evidence (see the module's precedence)."""
    found, score = authors.choose(blocks, anchor, first_prose, also)
    if score >= authors.SURE:
        return found, score
    heads = authors.header_lines(blocks, anchor, first_prose, also)
    for b in heads:
        names = dated_names(b.text)
        if names:
            return names, DATED
    vocab = authors.vocabulary(" \n".join(b.text for b in blocks if b.text))
    for names, strength in ((posted_names(blocks), POSTED), (labelled_names(blocks), POSTED), (box_names(blocks), BOX)):
        names = [n for n in names if authors.plausible(n, vocab)]
        if names and strength > score:
            return names, strength
    if not found:
        found = next((names for b in heads if (names := authors.reviewers(b.text))), [])
        score = REVIEWER if found else score
    return found, score
