"""Code blocks: where Markdown's fenced and indented code runs, and how one is written out.

A code block is one block whatever blank lines it holds, so its lines survive: the text
output reads it as one paragraph (its lines folded, as every paragraph's are), the
Markdown output writes it back as one fenced block, line breaks and indentation kept.
"""

from __future__ import annotations

import regex

from . import markup

Line = tuple[int, int, str]  # (start, end, line) as segment reads them

# An opening fence: "```", "~~~", with a language's name at most ("```python", "``` c++"): a
# line of text after backticks ("```<a href=...") is a stray fence glued to it, no code.
_OPEN = regex.compile(r"[ \t]{0,3}(`{3,}|~{3,})[ \t]*([\w.+#-]*)[ \t]*")
_BACKTICKS = regex.compile(r"`{3,}")
CODE_INDENT = "    "  # Markdown's indented code (html2text writes a <pre> so)


def regions(lines: list[Line]) -> list[tuple[int, int, str | None]]:
    """``(first, last, info)`` of the code blocks, in order: line indices (inclusive) and the
    fence's info string ("python"), None for an indented block. Fenced ones need their
    closing fence (an unclosed one is a stray line of markup, not code to the end of the
    page); indented ones are read by ``_indented``."""
    found: list[tuple[int, int, str | None]] = []
    fenced_lines: set[int] = set()
    unclosed: dict[str, int] = {}  # a fence character -> the shortest fence found with no closing fence below
    i = 0
    while i < len(lines):
        opened = _OPEN.fullmatch(lines[i][2])
        if opened and len(opened[1]) < unclosed.get(opened[1][0], 1 << 30):  # else none closes below either
            fence = opened[1]
            close = next((j for j in range(i + 1, len(lines)) if _closes(lines[j][2], fence)), -1)
            if close > 0:
                found.append((i, close, opened[2]))
                fenced_lines.update(range(i, close + 1))
                i = close + 1
                continue
            unclosed[fence[0]] = len(fence)  # (a search from here on would be quadratic)
        i += 1
    for first, last in _indented(lines):
        if not fenced_lines.intersection(range(first, last + 1)):
            found.append((first, last, None))
    return sorted(found)


def _closes(line: str, fence: str) -> bool:
    """A closing fence: the opening one's character, at least as many, nothing after."""
    stripped = line.strip()
    return len(line) - len(line.lstrip()) <= 3 and len(stripped) >= len(fence) and stripped == fence[0] * len(stripped)


def _indented(lines: list[Line]) -> list[tuple[int, int]]:
    """Line ranges of Markdown's indented code blocks: opened by a line indented four spaces
    after a blank line, under no list item; its lines indented, blank lines between. An
    indented line right under a text line (a definition's value, a list item's second
    paragraph) is no code, and neither is a run of indented sentences (a second copy of
    the article, indented whole)."""
    out: list[tuple[int, int]] = []
    run: list[int] = []  # indices of the open run's lines
    blank = False
    above = ""  # the last non-blank line
    for n, (_, _, line) in enumerate([*lines, (0, 0, "<end>")]):
        if not line.strip():
            blank = True
            continue
        indented = line.startswith(CODE_INDENT) or line.startswith("\t")
        if run and not indented:
            if 2 * sum(_sentence(lines[k][2]) for k in run) < len(run):
                out.append((run[0], run[-1]))
            run = []
        if run or (indented and blank and not markup.LIST_ITEM.match(line)
                   and not markup.LIST_ITEM.match(above) and not above.startswith(CODE_INDENT)):
            run.append(n)
        blank, above = False, line
    return out


def _sentence(line: str) -> bool:
    """A line of prose: eight words or more, ending as a sentence does (not ";" or "…": a
    line of code ends so)."""
    stripped = line.rstrip()
    return len(stripped.split()) >= 8 and stripped[-1:] in ".!?:\"”)"


def content(lines: list[str], fenced: bool) -> str:
    """The code a block's lines hold: a fenced block's lines between its fences, an indented
    block's less their indent; trailing spaces and blank lines at either end dropped."""
    if fenced:
        lines = lines[1:-1]
    else:
        lines = [ln[4:] if ln.startswith(CODE_INDENT) else ln[1:] if ln.startswith("\t") else ln for ln in lines]
    return "\n".join(ln.rstrip() for ln in lines).strip("\n")


def fenced(code: str, info: str = "") -> str:
    """``code`` as one fenced block, its fence longer than any run of backticks inside it."""
    longest = max((len(m) for m in _BACKTICKS.findall(code)), default=2)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{code}\n{fence}"
