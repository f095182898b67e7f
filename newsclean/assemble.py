"""Step 4b: body blocks -> clean text; every other block -> a Removal."""

from __future__ import annotations

import re

from . import markup
from .blocks import Block
from .config import Config
from .document import Removal


def body_blocks(blocks: list[Block], config: Config) -> list[Block]:
    return [b for b in blocks if b.text and b.kind != "rule" and not config.removes(b.label)]


def render(block: Block, output: str) -> str:
    """One paragraph of output, on a single line but for a code block's Markdown (fenced, its lines kept)."""
    if output == "markdown":
        if block.kind == "code" and block.markdown.startswith("```"):
            return block.markdown
        line = " ".join((block.markdown or block.raw).split())  # HTML blocks carry their own Markdown
        return "\\" + line if line.startswith(("```", "~~~")) else line  # a stray fence: escaped, it pairs with no other
    if block.kind == "list":
        mark = _ITEM_MARK.match(block.markdown) if block.markdown else None
        if mark or _bulleted(block):
            return (mark[0] if mark else "- ") + block.text  # a list item keeps its bullet or number, as plain text does
        number = _ORDERED.match(block.raw)
        if number and not block.text.startswith(number[1]):
            return f"{number[1]}. {block.text}"  # a Markdown numbered item keeps its number
    return block.text


_ITEM_MARK = re.compile(r"- |\d{1,5}\. ")  # how segment_html writes an item's Markdown
_ORDERED = re.compile(r"[ \t]*(\d{1,3})[.)][ \t]+")  # a Markdown numbered item ("1. ", "2) ")


def _bulleted(block: Block) -> bool:
    """A Markdown bullet item, whose plain reading dropped the bullet (plain text keeps its own)."""
    return bool(markup.BULLET.match(block.raw)) and not markup.BULLET.match(block.text)


def removals(blocks: list[Block], config: Config) -> list[Removal]:
    return [
        Removal(category=b.label, rule=b.rule, text=b.raw, start=b.start, end=b.end)
        for b in blocks
        if b.text and b.kind != "rule" and config.removes(b.label)
    ]


def join(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p)
