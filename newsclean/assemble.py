"""Step 4b: body blocks -> clean text; every other block -> a Removal."""

from __future__ import annotations

from .blocks import Block
from .config import Config
from .document import Removal


def body_blocks(blocks: list[Block], config: Config) -> list[Block]:
    return [b for b in blocks if b.text and b.kind != "rule" and not config.removes(b.label)]


def render(block: Block, output: str) -> str:
    """One paragraph of output, always on a single line."""
    if output == "markdown":
        return " ".join((block.markdown or block.raw).split())  # HTML blocks carry their own Markdown
    return block.text


def removals(blocks: list[Block], config: Config) -> list[Removal]:
    return [
        Removal(category=b.label, rule=b.rule, text=b.raw, start=b.start, end=b.end)
        for b in blocks
        if b.text and b.kind != "rule" and config.removes(b.label)
    ]


def join(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p)
