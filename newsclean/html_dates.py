"""Which date a page was published on, when its markup and its visible text disagree.

A page's structured dates (JSON-LD, meta tags) are often a CMS's bookkeeping: a migration
date, a re-save, or a UTC instant that falls on the next day where the reader lives. The
date a reader sees above the article is what the publisher means. So a date line shown
in the page's header wins over a structured date the page never shows, unless the line
says it is an update. With no date at all: a date line, the page's modified date, then
a date in the URL.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from . import dates
from .blocks import Block
from .document import Metadata
from .metadata import DATE_IN_TEXT, iso_date

_UPDATED = regex.compile(r"\b(?:updated?|modified|edited|revised|aktualisiert|mis\s+à\s+jour|actualizado)\b", regex.I)
_DIGIT = regex.compile(r"\d")
_MAX_WORDS = 30  # a date line is short; a date inside prose is something else
_MAX_SHOWN = 60  # dates read per page: enough for the header, bounded for huge pages
_HEAD_AFTER = 3  # blocks past the body's first prose that still count as its header


def _day(when: str | None) -> str:
    return (when or "")[:10]


def shown_dates(blocks: Sequence[Block]) -> list[tuple[int, str, bool]]:
    """(block index, ISO day, labelled as an update) for dates in the page's short lines."""
    out: list[tuple[int, str, bool]] = []
    for b in blocks:
        if b.words > _MAX_WORDS or not _DIGIT.search(b.text):
            continue
        for m in DATE_IN_TEXT.finditer(b.text):
            day = _day(iso_date(m[0]))
            if day and not dates.in_sentence(b.text[: m.start()]):  # not "Applications close June 30, 2025"
                out.append((b.index, day, bool(_UPDATED.search(b.text[: m.start()]))))
            if len(out) >= _MAX_SHOWN:
                return out
    return out


def _head_end(blocks: Sequence[Block]) -> int:
    first = next((b.index for b in blocks if b.label == "body" and b.prose and b.words >= 20), None)
    return len(blocks) if first is None else first + _HEAD_AFTER


def choose_published(page: Metadata, text: Metadata, blocks: Sequence[Block], url: str | None) -> None:
    """Settle ``page.published`` (which ``metadata.merge`` then prefers) against what the page shows."""
    shown = shown_dates(blocks)
    head_end = _head_end(blocks)
    head = [(day, upd) for i, day, upd in shown if i <= head_end]
    seen = text.published
    if seen is None:
        seen = next((day for day, upd in head if not upd), None)
    seen_is_update = any(upd for day, upd in head if day == _day(seen)) and not any(
        not upd for day, upd in head if day == _day(seen))
    if page.published:
        shown_days = {day for _, day, _ in shown}
        in_head = any(day == _day(seen) for day, _ in head)
        if seen and in_head and _day(seen) != _day(page.published) and not seen_is_update and _day(page.published) not in shown_days:
            page.published = seen  # the markup's date is never shown; the header's is
        return
    if text.published is None:
        page.published = seen or page.updated or dates.url_date(url)
