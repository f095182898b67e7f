"""Block: the paragraph-sized unit every stage works on, whatever the input dialect."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex


@dataclass(slots=True)
class Block:
    """One line or paragraph of the input with its span, kind and cheap features.

    ``raw`` is ``input_text[start:end]`` exactly; ``text`` is its plain reading
    (Markdown markup stripped, white space folded), which rules match against.
    """

    index: int
    kind: str  # paragraph | heading | list | quote | image | table | code | rule
    raw: str
    start: int
    end: int
    text: str
    level: int = 0  # heading level, 0 for non-headings
    blank_before: bool = True
    blank_after: bool = True
    links: Sequence[tuple[str, str]] = ()  # (a shared empty default: most blocks link nowhere, and a list costs 56 bytes)
    # What only a DOM knows; empty for text and Markdown input.
    tag: str = ""
    hints: str = ""  # class and id words of the element and its ancestors
    markdown: str = ""  # the block as one line of Markdown, when the input was not Markdown (HTML)
    indent: int = 0  # a list item's indentation in Markdown: its line's, or four spaces per level of an HTML list
    sentence: bool = False  # of a page flattened to one line, read at its sentences (segment._flat_split)
    dom: Any = None  # segment_html.BlockDom: the block's place in the page, for revise_html
    # Features, filled by features.annotate().
    words: int = 0
    stop_share: float = 0.0
    link_share: float = 0.0
    prose: bool = False  # ends like a sentence and reads like one
    # Decisions, filled by classify and revise.
    label: str = "body"
    rule: str = ""
    barrier: bool = False  # set by a barrier rule: the article's run never crosses it
    ends_extracted: str = ""  # set by a barrier rule that also ends cut-out text: "always" or "box"
    mark: int = -1  # where in ``text`` a start/end rule's match ends/begins (dateline, credit)

    @property
    def is_body(self) -> bool:
        return self.label == "body"

    def set(self, label: str, rule: str) -> None:
        self.label = label
        self.rule = rule


def lines_above(blocks: list[Block], i: int, n: int, reach: int) -> list[Block]:
    """The last ``n`` blocks with text among the ``reach`` blocks above ``i`` (empty lines skipped)."""
    return [b for b in blocks[max(0, i - reach) : i] if b.text][-n:]


def lines_below(blocks: list[Block], i: int, n: int, reach: int) -> list[Block]:
    """The first ``n`` blocks with text among the ``reach`` blocks below ``i``."""
    return [b for b in blocks[i + 1 : i + 1 + reach] if b.text][:n]


# The rules that name a shop's button ("See at Amazon", "$49.99 at Amazon $49.99 at Best Buy"): a product card ends there.
SHOP_BUTTONS = frozenset({"ad.shop-button", "ad.price-row"})

# "12. Robert Frank", and a how-to's "Step 3: File the articles" ("Tip 4 -", "Day 2.")
_NUMBERED = regex.compile(
    r"^[#*\s]*(?:(\d{1,3})[.)]|(?:step|tip|part|day|week|phase|stage|method|option|chapter|lesson)\s+#?(\d{1,3})\s*[.:)–—-])\s+\S",
    regex.I)


def counts_on(blocks: list[Block], start: int, text: str) -> bool:
    """``text`` numbers the item after the last numbered line above block ``start``: a
    listicle's "13. Diane Arbus" under its "12. Robert Frank" and a box set between them.
    (A box's own numbered teasers start again at 1.)"""
    m = _NUMBERED.match(text)
    if not m or int(m[1] or m[2]) < 2:
        return False
    for k in range(start - 1, max(-1, start - 41), -1):
        above = _NUMBERED.match(blocks[k].text)
        if above:
            return int(above[1] or above[2]) == int(m[1] or m[2]) - 1
    return False
