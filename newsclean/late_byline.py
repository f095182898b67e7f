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
from .dates import date_label, date_spans, opens_with_update

FIRST_LINES = 6  # the output's opening lines where a lone date is the byline's
DATE_LINES = 2  # "Published 3 May 2024" and "Updated 5 May 2024" each alone; more make a timeline
DATE_LINE_WORDS, LABEL_WORDS = 16, 3  # "Publicerad 2026-12-02 14:03 Uppdaterad 2026-12-02 17:55" is 12 words of figures
TWO_DATE_WORDS = 22  # two dates with their weekdays, times and zones: "Posted Tue, Dec 9, 2025 at 9:22 am ET | Updated Tue, …"
# What a date line may hold besides its date: a weekday and punctuation ("Friday, December 19, 2025"),
# and Polish "r." (rok) after the year ("3 grudnia 2026 r.").
_REST = regex.compile(r"(?:\s*r\.)?[\W_]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?)?[\W_]*", regex.I)
# A clock time after the date: "12 mars 2025, 18:05", "March 12, 2025 at 6:05 pm", "3. Mai 2024 um 14:03 Uhr".
_TIME = regex.compile(
    r"(?:\s*r\.)?[\s,|·•–—-]*(?:(?:at|à|um|a\s+las|alle|às|om|kl\.?|klo|o\s+godz\.|godz\.|saat|в)\s+)?[0-2]?\d[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?"
    r"(?:\s+(?-i:[A-Z]{2,5})\b)?\W*",  # a zone: "CET", "GMT"
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
    """A date alone on its line, with a weekday or a clock time at most, or its label
    ("Publicerad 2026-12-02 14:03"), and an update's date after it ("... Uppdaterad 2026-12-02 17:55")."""
    if b.words > TWO_DATE_WORDS or b.kind in ("heading", "code", "table"):
        return False
    spans = date_spans(b.text)
    if not 1 <= len(spans) <= 2 or (b.words > DATE_LINE_WORDS and len(spans) == 1):
        return False
    head, rest = b.text[: spans[0][0]], b.text[spans[-1][1] :]
    if len(spans) == 2 and not _labelled(_TIME_FIRST.sub("", b.text[spans[0][1] : spans[1][0]], count=1)):
        return False
    return bool(_REST.fullmatch(head) or _labelled(head) or _labelled(_TIME_LAST.sub(" ", head, count=1))) and bool(
        _REST.fullmatch(rest) or _TIME.fullmatch(rest) or _READING.fullmatch(rest)
        or _READING.fullmatch(after := _TIME_FIRST.sub("", rest, count=1))  # "14.01.2026, 17.45 Uhr • 6 Min"
        or _update_tail(after))


# A reading time after the date, "read" or not: "Updated Jan 6, 2026 · 7 min", "May 2, 2025 5 min read"
_READING = regex.compile(r"[\s,|·•–—-]*\d{1,3}\s*(?:min(?:ute)?s?)\.?(?:\s+read)?\W*", regex.I)


def _update_tail(text: str) -> bool:
    """``text`` is an update's label and a few words: "Atualizado há 2 horas", "Updated 3 hours ago"
    (the labels are data/dates.toml's)."""
    return len(text.split()) <= UPDATE_TAIL_WORDS and opens_with_update(text)


UPDATE_TAIL_WORDS = 6
# A clock time that opens the text between two dates ("14:03 Uppdaterad "), read past to the second's label.
_TIME_FIRST = regex.compile(r"^[\s,|·•–—-]*(?:(?:at\s+)?[0-2]?\d[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+(?-i:[A-Z]{2,5})\b)?[\s|·•–—-]*)?", regex.I)


# A clock time between a date's label and the date: "Published 5:00 a.m. CT March 9, 2026".
_TIME_LAST = regex.compile(r"\s(?:[0-2]?\d[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+(?-i:[A-Z]{2,5}))?)\s*,?\s*$", regex.I)


def _labelled(text: str) -> bool:
    """``text`` is a date's label and little else: "Published ", "Mis à jour le ", "Uppdaterad "."""
    text = _WEEKDAY_AFTER.sub("", text, count=1)  # "Updated Tue, " before the date
    return len(text.split()) <= LABEL_WORDS and date_label(text, whole=True)


_WEEKDAY_AFTER = regex.compile(r"\s(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$", regex.I)
