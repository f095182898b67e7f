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
        if block.kind == "table" and not block.markdown:
            return pipe_row(line)  # a Markdown row, outer pipes or not (an HTML row's is written whole or not at all)
        if block.indent and block.kind == "list":
            return " " * block.indent + line  # a nested item (nest_lists() settles how deep)
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


def join(paragraphs: list[str], markdown: bool = False) -> str:
    """The output text: paragraphs apart by a blank line. In Markdown, a list's items stay
    together (a tight list, as most pages mean theirs), and so do the rows of a table, a
    separator row under the first (GFM's header), so that it reads as a table."""
    paragraphs = [p for p in paragraphs if p]
    if not markdown:
        return "\n\n".join(paragraphs)
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = i + 1
        if _is_row(paragraphs[i]):
            while j < len(paragraphs) and _is_row(paragraphs[j]):
                j += 1
            if j - i >= 2:  # a lone row stays as it was written
                out.append("\n".join([paragraphs[i], table_separator(paragraphs[i]), *paragraphs[i + 1 : j]]))
                i = j
                continue
        elif _ITEM_LINE.match(paragraphs[i]):
            while j < len(paragraphs) and _ITEM_LINE.match(paragraphs[j]):
                j += 1
        out.append("\n".join(paragraphs[i:j]))
        i = j
    return "\n\n".join(out)


def nest_lists(paragraphs: list[str]) -> list[str]:
    """Markdown list items indented four spaces per level under the item above them, as
    CommonMark nests them (four clear "- " and "1. "). An indented item after other text
    starts again at the margin: indented there, it would read as code."""
    out: list[str] = []
    open_items: list[int] = []  # indentation of the items enclosing the next one
    for p in paragraphs:
        item = _ITEM_LINE.match(p)
        if item is None:
            open_items.clear()
            out.append(p)
            continue
        indent = len(item[1])
        while open_items and open_items[-1] >= indent:
            open_items.pop()
        out.append(" " * (4 * len(open_items)) + p[indent:] if indent or open_items else p)
        open_items.append(indent)
    return out


_ITEM_LINE = re.compile(r"( *)(?:[-*+]|\d{1,9}[.)])(?: |$)")


def item_indent(paragraph: str) -> str:
    """The spaces before a nested list item's marker, as render and nest_lists write one."""
    item = _NESTED_ITEM.match(paragraph) if paragraph[:1] == " " else None
    return item[1] if item else ""


_NESTED_ITEM = re.compile(r"( +)(?:[-*+]|\d{1,9}[.)]) ")


def pipe_row(line: str) -> str:
    """A table row as GFM writes it, outer pipes and all ("a | b" -> "| a | b |")."""
    if not line.startswith("|"):
        line = "| " + line
    if not line.endswith("|") or line.endswith("\\|"):
        line += " |"
    return line


def table_separator(row: str) -> str:
    """The separator row for a header row of as many cells."""
    return "|" + "---|" * max(1, len(_CELL_BAR.findall(row)) - 1)


_CELL_BAR = re.compile(r"(?<!\\)\|")  # an escaped "\|" is a cell's text


def _is_row(paragraph: str) -> bool:
    return len(paragraph) > 2 and paragraph[0] == "|" and paragraph[-1] == "|" and "\n" not in paragraph
