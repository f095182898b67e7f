"""The article's own date, and the name over it, below a standfirst: where the head rules
no longer look.

The byline and date rules read only a page's head (above its first long paragraph), since
dates further down belong to comments, teasers and timelines. A page that opens on a
standfirst prints its date line, often under the author's name, just below that paragraph.
So among the first lines the output would keep, a date alone on its line is the article's
date when the article holds no more than two such lines (a timeline holds many).
"""

from __future__ import annotations

import regex

from . import authors
from .blocks import Block
from .dates import date_spans

FIRST_LINES = 6  # the output's opening lines where a lone date is the byline's
DATE_LINES = 2  # "Published 3 May 2024" and "Updated 5 May 2024" each alone; more make a timeline
DATE_LINE_WORDS = 6
# What a date line may hold besides its date: a weekday and punctuation ("Friday, December 19, 2025").
_REST = regex.compile(r"[\W_]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?)?[\W_]*", regex.I)
# A clock time after the date: "12 mars 2025, 18:05", "March 12, 2025 at 6:05 pm", "3. Mai 2024 um 14:03 Uhr".
_TIME = regex.compile(
    r"[\s,|·•–—-]*(?:(?:at|à|um|a\s+las|alle|às|om)\s+)?[0-2]?\d[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?"
    r"(?:\s+[A-Z]{2,5})?\W*",  # a zone: "CET", "GMT"
    regex.I,
)
# A date's label on a line of its own above it: "Last updated:", "Updated on", "Page updated:".
_LABEL = regex.compile(r"(?:page\s+|last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?", regex.I)


def mark_late_byline(blocks: list[Block]) -> None:
    """Label such date lines ``byline.date``, a label on the line above ``byline.label`` and a
    person's name over them ``byline.name``. (Which date is the published one is dates.py's
    choice, as for any date line in the header.)"""
    kept = _opening(blocks)
    dated = [i for i, b in enumerate(kept) if date_line(b)]
    if not dated or len(dated) > DATE_LINES or dated[-1] >= FIRST_LINES:
        return
    for i in dated:
        kept[i].set("byline", "byline.date")
        above = kept[i - 1] if i else None
        if above is not None and above.label == "body" and _LABEL.fullmatch(above.text):
            above.set("byline", "byline.label")
            above = kept[i - 2] if i > 1 else None
        if above is not None and above.label == "body" and authors.person(above.text):
            above.set("byline", "byline.name")  # read as the article's author


def _opening(blocks: list[Block]) -> list[Block]:
    """The lines the output keeps, and among its first lines a comment's timestamp
    ("12 mars 2025, 18:05", comment.entry): above the article it is the article's date."""
    kept: list[Block] = []
    for b in blocks:
        if b.text and b.label == "body":
            kept.append(b)
        elif b.rule == "comment.entry" and len(kept) < FIRST_LINES and date_line(b):
            kept.append(b)
    return kept


def date_line(b: Block) -> bool:
    """A date alone on its line, with a weekday or a clock time at most."""
    if b.words > DATE_LINE_WORDS or b.kind in ("heading", "code", "table"):
        return False
    spans = date_spans(b.text)
    if len(spans) != 1:
        return False
    start, end = spans[0]
    rest = b.text[end:]
    return bool(_REST.fullmatch(b.text[:start])) and bool(_REST.fullmatch(rest) or _TIME.fullmatch(rest))
