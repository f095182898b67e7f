"""Step 2, segment: normalised text or Markdown -> [Block].

A block is one line, except in hard-wrapped text, where a paragraph's lines are
joined (a line break there is layout, not structure). Only this module and
segment_html know the input dialect.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import budget, code_blocks, datafiles, markup
from .blocks import Block

_LINE = regex.compile(r"[^\n]*")
_WRAPPED_LINES = 3  # a paragraph wrapped alone: so many lines at least
_GOES_ON = regex.compile(r"\p{Ll}{2,}[,;]?(?:\s|$)")  # a lower-case word, not an "o" bullet or "https://..."
_SENTENCE_END = regex.compile(r"[.!?:;\"”’)»…]$")


def segment(text: str, dialect: str) -> list[Block]:
    """Split ``text`` into blocks; ``dialect`` is "text" or "markdown"."""
    lines = _lines(text)
    lines, flat = _flat_split(lines)
    # A converter's wrap width is read in Markdown only (html2text's default output): joined,
    # a plain text's lines could read as Markdown when its output is cleaned again.
    width = _wrap_width(lines) if dialect == "markdown" else 0
    codes = code_blocks.regions(lines) if dialect == "markdown" else []
    split = dialect != "markdown" and _tag_split(lines)
    groups = _grouped(lines, codes, _hard_wrapped(lines), width, dialect == "markdown", split)
    if dialect == "markdown":
        groups = _link_spans(groups, {lines[first][0] for first, _, _ in codes})
    code_at = {lines[first][0]: (first, last, info) for first, last, info in codes}
    blocks: list[Block] = []
    tables = _Tables()
    for n, group in enumerate(groups):
        if not n % budget.EVERY:
            budget.check()
        start, end = group[0][0], group[-1][1]
        raw = text[start:end]
        first = group[0][2]
        if start in code_at:
            blocks.append(_code(len(blocks), code_at[start], lines, raw, start, end, text))
            continue
        # A one-line group's span is its stripped line already.
        joined = raw if len(group) == 1 else _join(group)
        if dialect == "markdown":
            kind, plain, level = markup.strip_line(joined)
            if kind == "paragraph" and _under_item(blocks, start, text):
                kind = "list"  # a <br> inside a list item: its next line (an address under a name)
            kind, plain = tables.read(joined, kind, plain, blocks)
        else:
            kind, plain, level = _text_kind(first), joined, 0
        if kind == "rule" or not plain:
            # Rule lines and empty markup carry no words; they still separate blocks.
            kind = "rule"
        if dialect == "markdown" and kind == "rule" and blocks:
            _underlined(blocks[-1], raw, text, start)
        blocks.append(_make(len(blocks), kind, raw, start, end, _fold(plain), level, text))
        blocks[-1].sentence = flat
        if dialect == "markdown":
            blocks[-1].links = markup.links(joined)  # (a link over lines, joined: "[Jane\n\nRoe](…)")
            if kind == "list" and first[:1] in " \t" and _NESTED_ITEM.match(first):
                blocks[-1].indent = len(first.expandtabs(4)) - len(first.lstrip())  # a nested item's
    return blocks


class _Tables:
    """Markdown's pipe tables as segmenting meets their lines: whether one is open, whether a
    heading inside a cell holds it open, and how many cells its separator row has."""

    def __init__(self) -> None:
        self.open = self.held = False
        self.columns = 0

    def read(self, joined: str, kind: str, plain: str, blocks: list[Block]) -> tuple[str, str]:
        """The kind and plain text of line ``joined`` (read as ``kind``) in the tables' light:
        a row that drops its outer pipes, a separator that makes the line above a header row."""
        if self.open and kind == "paragraph" and "|" in joined and (not self.held or _cells(joined) == self.columns):
            kind, plain = _pipe_row(joined)  # a row that drops its outer pipes ("a | b": GFM, html2text)
        opens = kind == "rule" and "|" in joined and markup.TABLE_SEP.match(joined) is not None
        if opens:
            self.columns = _cells(joined)
        if opens and blocks and blocks[-1].kind == "paragraph" and "|" in blocks[-1].raw:
            head = blocks[-1]  # the header row above the separator
            head_kind, head_plain = _pipe_row(head.raw)
            head.kind, head.text = head_kind, _fold(head_plain)
        # A heading inside a cell (html2text writes a <td>'s <h5> as "##### Vegetables")
        # holds the table open for rows as wide as it (not "## Related" over "Home | News | Sport").
        self.held = self.open and kind == "heading"
        self.open = opens or (self.open and kind in ("table", "heading"))
        return kind, plain


_NESTED_ITEM = regex.compile(r"[ \t]+(?:[-*+]|\d{1,9}[.)])[ \t]")  # an indented item's marker (not a line under an item)
SETEXT_WORDS = 30  # the longest line an underline makes a heading ("Title" over "=====")
_SETEXT = regex.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*")
_HEADING_END_OK = regex.compile(r"[^.!?:;,]$")


LINK_SPAN_GROUPS = 6  # paragraphs one link's text may run over ("[Maria\n\nMathioudaki](/author/maria)")


def _link_spans(groups: list[list[tuple[int, int, str]]], code_starts: set[int]) -> list[list[tuple[int, int, str]]]:
    """Groups joined where one link's text runs over blank lines, as html2text writes a link
    round block elements ("[- Choose your hotel\n\n](https://…)", a card's "[Title\n\nExcerpt](…)"):
    from a group that leaves a "[" open to the group whose "](" closes it, a few groups on, when
    the joined lines read as a link."""
    depths = [_bracket_depth(g) for g in groups]  # (read once: a group may be asked by six before it)
    out: list[list[tuple[int, int, str]]] = []
    i = 0
    while i < len(groups):
        end = _link_end(groups, depths, i, code_starts)
        out.append([ln for g in groups[i : end + 1] for ln in g] if end > i else groups[i])
        i = end + 1
    return out


def _link_end(groups: list[list[tuple[int, int, str]]], depths: list[int], i: int, code_starts: set[int]) -> int:
    """The group whose "](" closes the "[" that group ``i`` leaves open; ``i`` if none does."""
    depth = depths[i]
    if depth <= 0 or groups[i][0][0] in code_starts:
        return i
    for j in range(i + 1, min(len(groups), i + 1 + LINK_SPAN_GROUPS)):
        if groups[j][0][0] in code_starts or markup.LIST_ITEM.match(groups[j][0][2]):
            return i  # (a list's items, each a link over lines, are items still: a share bar's)
        depth += depths[j]
        if depth <= 0:
            closes = depth == 0 and any("](" in ln[2] for ln in groups[j])
            return j if closes and markup.links(_join([ln for g in groups[i : j + 1] for ln in g])) else i
    return i


def _bracket_depth(group: list[tuple[int, int, str]]) -> int:
    """Square brackets the group opens and does not close (escaped ones aside)."""
    text = "".join(ln[2] for ln in group)
    if "[" not in text and "]" not in text:
        return 0
    text = text.replace("\\[", "").replace("\\]", "")
    return text.count("[") - text.count("]")


def _join(group: list[tuple[int, int, str]]) -> str:
    """A group's lines as one, a space between them but before a closing mark (", a", ".")."""
    out = group[0][2].strip()
    for ln in group[1:]:
        piece = ln[2].strip()
        out += piece if piece[:1] in _CLOSING else " " + piece
    return out


_CLOSING = frozenset(",.;:!?)]}”’%")  # marks that close onto the word before them


def _underlined(above: Block, line: str, text: str, start: int) -> None:
    """A setext heading: a line right over a row of "=" (level 1) or "-" (level 2), as turndown
    writes headings by default. Over "-" only a headline-like line (no sentence end): a
    paragraph over a thematic break stays one."""
    if above.kind != "paragraph" or "\n" in above.raw or text.count("\n", above.end, start) != 1:
        return
    if not _SETEXT.fullmatch(line) or not 0 < len(above.text.split()) <= SETEXT_WORDS:
        return
    level = 1 if "=" in line else 2
    if level == 2 and not _HEADING_END_OK.search(above.text):
        return
    above.kind, above.level = "heading", level
    above.markdown = "#" * level + " " + above.raw

def _grouped(lines: list[tuple[int, int, str]], codes: list[tuple[int, int, str | None]], hard: bool,
             width: int, markdown: bool = False, split: bool = False) -> list[list[tuple[int, int, str]]]:
    """The lines' groups, each code block one group, blank lines and all."""
    out: list[list[tuple[int, int, str]]] = []
    at = 0
    for first, last, _ in [*codes, (len(lines), len(lines), None)]:
        stretch = lines[at:first]
        if hard:
            out.extend(_paragraph_groups(stretch))
        else:
            out.extend(_tag_groups(stretch) if split else _wrapped_groups(stretch, width, markdown))
        if first < len(lines):
            out.append(lines[first : last + 1])
        at = last + 1
    return out


def _code(index: int, region: tuple[int, int, str | None], lines: list[tuple[int, int, str]], raw: str,
          start: int, end: int, text: str) -> Block:
    """A code block: its text the code's words (a paragraph of output, as any), its Markdown
    the code fenced, lines kept; an empty one is a rule (markup, no words)."""
    first, last, info = region
    code = code_blocks.content([ln[2] for ln in lines[first : last + 1]], fenced=info is not None)
    block = _make(index, "code" if code.strip() else "rule", raw, start, end, _fold(code), 0, text)
    block.markdown = code_blocks.fenced(code, info or "")
    return block


def _under_item(blocks: list[Block], start: int, text: str) -> bool:
    """The line right under a list item's line (or under such a line), no blank line between."""
    if not blocks or blocks[-1].kind != "list" or blocks[-1].blank_after:
        return False
    return text.count("\n", blocks[-1].end, start) == 1


def _cells(line: str) -> int:
    """Cells of a table row or separator, outer pipes or not."""
    return line.strip().strip("|").count("|") + 1


def _pipe_row(line: str) -> tuple[str, str]:
    """(kind, plain text) of a table row written without its outer pipes."""
    kind, plain, _ = markup.strip_line(f"|{line.strip()}|")
    return kind, plain


def _text_kind(line: str) -> str:
    """Plain text keeps its markup, but a bullet or a pipe row still says what the line is."""
    if markup.LIST_ITEM.match(line):
        return "list"
    stripped = line.strip()
    if len(stripped) > 2 and stripped[0] == "|" and stripped[-1] == "|":
        return "table"
    return "paragraph"


def _make(index: int, kind: str, raw: str, start: int, end: int, plain: str, level: int, text: str) -> Block:
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return Block(
        index=index,
        kind=kind,
        raw=raw,
        start=start,
        end=end,
        text=plain,
        level=level,
        blank_before=start == 0 or before == "\n\n",
        blank_after=end == len(text) or after == "\n\n",
    )


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for each line, the newline excluded; trailing spaces trimmed from spans."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped), line))
        else:
            out.append((pos, pos, ""))
        pos = end + 1
    return out


FLAT_WORDS, FLAT_SHARE = 200, 0.9  # one line this long, holding this share of the words: a page flattened
# A sentence's end: its mark (and a closing quote or bracket), then the next one's capital or
# figure; not after an initial or a short title or month ("J. Smith", "Dr. Roe", "U.S. officials", "(Sept. 30-Nov. 5)").
_FLAT_BREAK = regex.compile(
    r"(?<=[.!?…][\"'”’)\]]{0,2})(?<!(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}{0,2}|Sept|\p{Lu}(?:\.\p{Lu})+)\.)\s+(?=[\"“‘(]?[\p{Lu}\d])"
)


def _flat_split(lines: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], bool]:
    """A page flattened to one line (``get_text(" ")``, a dataset's text field with its breaks
    collapsed) has no lines to read: its long line is cut at its sentences, each a line
    of its own with a blank line between, so its menus, labels and appeals are blocks the
    rules can match, and its prose runs as paragraphs do."""
    if not lines or max(len(ln[2]) for ln in lines) < FLAT_WORDS * 2:  # (a cheap test first: a word is 2 characters at least)
        return lines, False
    counts = [len(ln[2].split()) for ln in lines]
    if max(counts) < FLAT_WORDS or max(counts) < FLAT_SHARE * sum(counts):
        return lines, False
    out: list[tuple[int, int, str]] = []
    for (start, end, line), words in zip(lines, counts):
        if words < FLAT_WORDS:
            out.append((start, end, line))
            continue
        base = start - (len(line) - len(line.lstrip()))  # the line's own offset (``start`` is past its indent)
        # the sentences' bounds: the line's start, each break's two ends, the line's end
        bounds = [start - base, *(x for m in _FLAT_BREAK.finditer(line, start - base, end - base) for x in m.span()), end - base]
        for a, b in zip(bounds[::2], bounds[1::2]):
            head = _head_cut(line[a:b])
            pieces = [(a, b)] if head is None else [(a, a + len(line[a : a + head].rstrip())), (a + head, b)]
            for x, y in pieces:
                out += [(base + x, base + y, line[x:y]), (base + y, base + y, "")]
    return out, True


HEAD_WORDS, HEAD_MAX, GLUED_TAIL, LABELLED_TAIL = 2, 30, 8, 3


def _head_cut(piece: str) -> int | None:
    """Where a sentence starts after a Title Case heading or menu glued before it ("Russia-
    Taliban Bounties The Kremlin has long dismissed ..."): at a capitalised function word
    after two or more Title Case words, with lower-case words mostly after it; None when
    there is no such heading."""
    words = list(regex.finditer(r"\S+", piece))
    if len(words) < HEAD_WORDS + LABELLED_TAIL:
        return None
    openers = _openers()
    if not all(_title_word(x.group(), openers) for x in words[:HEAD_WORDS]):
        return None
    for k in range(HEAD_WORDS, min(len(words) - LABELLED_TAIL, HEAD_MAX)):
        w = words[k].group()
        # (a heading ends on a word of its own, not "from": "A Message from The Moscow Times")
        if (w[:1].isupper() and w.lower() in openers and words[k - 1].group().lower() not in openers
                and len(words) - k > GLUED_TAIL):
            rest = [x.group() for x in words[k + 1 : k + 1 + GLUED_TAIL]]
            if sum(x[:1].islower() for x in rest) * 2 >= len(rest):
                return words[k].start()
        if not _title_word(w, openers):
            return None
        if w.endswith(":"):  # a label over what follows: "A Message from The Moscow Times: Dear readers, ..."
            return words[k + 1].start()
    return None


def _title_word(w: str, openers: frozenset[str]) -> bool:
    """A heading's word: capitalised, a figure, or a short function word ("of", "to")."""
    first = w.lstrip("\"“‘'(")[:1]
    return first.isupper() or first.isdigit() or (len(w) <= 4 and w.lower() in openers)


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Every language's sentence openers (data/sentence_openers.toml): a flattened page's
    language is not read yet."""
    lists = datafiles.load("sentence_openers.toml")["openers"].values()
    return frozenset(w for words in lists for w in words)


def _paragraph_groups(lines: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Lines between blank lines, joined, but list items and headings stay alone."""
    groups: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for ln in lines:
        if not ln[2].strip():
            if current:
                groups.append(current)
            current = []
            continue
        if current and (markup.LIST_ITEM.match(ln[2]) or markup.HEADING.match(ln[2])):
            groups.append(current)
            current = []
        current.append(ln)
        if markup.HEADING.match(ln[2]):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _wrapped_groups(lines: list[tuple[int, int, str]], width: int = 0,
                    markdown: bool = False) -> list[list[tuple[int, int, str]]]:
    """One line per block, except a paragraph of its own hard-wrapped lines (an article
    set in <pre> or broken by <br> under a page's one-line menus): its lines join. In a
    page whose paragraphs a converter wrapped at ``width`` (html2text: 78), lines the
    wrapper broke join (``_filled``), however short their paragraph. In Markdown, an
    image whose alt text holds line breaks is one block (``_image_lines``)."""
    out: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for ln in [*lines, (0, 0, "")]:  # a blank line at the end closes the last run
        if ln[2].strip():
            run.append(ln)
        elif run:
            if _wrapped_alone(run):
                out.append(run)
            elif width:
                out.extend(_filled(run, width))
            else:
                out.extend(_image_lines(run) if markdown else ([x] for x in run))
            run = []
    return out


# Text that a newline was written at every tag's edge (BeautifulSoup's get_text("\n")): a
# sentence breaks at each link or emphasis, its pieces on lines of their own.
_GOES_ON_PUNCT = regex.compile(r"^[,.;!?)\]}”’%][ \t]+\w")  # ". To determine", ", a leading" (not ".NET", ": term")
_GOES_ON_SPACE = regex.compile(r"^ \p{Ll}")  # a text node's own leading space: " section below."
_CODE = regex.compile(r"[{}=;]|\(\s*\)")  # a line of code, not a sentence's piece
_CLOSES = regex.compile(rf"^[{regex.escape(''.join(sorted(_CLOSING)))}]+$")  # a sentence's last mark alone, after its link
_ENDS_SENTENCE = regex.compile(r"[.!?:…][\"'”’)\]]*$")
_LETTER = regex.compile(r"\p{L}")
TAG_SPLIT_LINES, TAG_SPLIT_SHARE = 3, 0.002  # lines that go on another's sentence, of the text's lines


def _tag_split(lines: list[tuple[int, int, str]]) -> bool:
    """The text broke its sentences at their tags: lines open with the punctuation or the
    lower-case word that goes on the line above. (Renderers that know inline tags, html-text,
    inscriptis, html2text, write none such.)"""
    texts = [ln[2] for ln in lines if ln[2].strip()]
    marks = sum(1 for t in texts if t[0] in ",.;!?)]}”’%" and _GOES_ON_PUNCT.match(t))
    spaced = sum(1 for t in texts if t[0] == " " and _GOES_ON_SPACE.match(t) and not _CODE.search(t))
    # a text node's space before a link whose text goes on in lower case ("for the top 20 " /
    # "full-time MBA programs"): normalise() keeps that one space
    marks += sum(1 for t, u in zip(texts, texts[1:]) if t[-1] == " " and u[0].islower() and not _CODE.search(t))
    # one mark at least: code indented one space (" user = {") opens its lines in lower case too
    return marks >= 1 and marks + spaced >= TAG_SPLIT_LINES and marks + spaced >= TAG_SPLIT_SHARE * len(texts)


def _goes_on(above: str, line: str, below: str | None) -> bool:
    """``line`` continues the sentence of ``above``: it opens with its punctuation or a
    lower-case word after a space, or it is a link's text between a line that stops
    mid-sentence at a space and one that goes on (" section below.") or closes it (",", ".")."""
    if _GOES_ON_PUNCT.match(line) or _GOES_ON_SPACE.match(line) or _CLOSES.match(line.rstrip()):
        return True
    open_end = above[-1:] in (" ", "\t") and not _ENDS_SENTENCE.search(above.rstrip())
    if open_end and line.strip()[:1].islower():
        return True
    return open_end and below is not None and bool(
        _GOES_ON_PUNCT.match(below) or _GOES_ON_SPACE.match(below) or _CLOSES.match(below.strip()))


def _tag_groups(lines: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """A sentence's pieces joined, within a run of lines, and a line of figures to the line above
    (a table, a cell a line: "Abilene Christian University" / "$1,388" / "$1,012" reads as its
    row, "1/1/2013" / "+13.1%" as data, not hundreds of lines like a menu's). Blank lines part
    runs as ever, and a run that is a paragraph wrapped in the page's source is one group."""
    out: list[list[tuple[int, int, str]]] = []
    blanks, skip, wrapped = 0, 0, _wrapped_runs(lines)
    for n, ln in enumerate(lines):
        if n < skip:
            continue
        if not ln[2].strip():
            blanks += 1
            continue
        if n in wrapped:
            out.append(lines[n : wrapped[n]])
            blanks, skip = 0, wrapped[n]
            continue
        prev = lines[n - 1][2] if n else ""
        below = lines[n + 1][2] if n + 1 < len(lines) and lines[n + 1][2].strip() else None
        # (a line after a non-blank one: that line ended the last group)
        if out and prev.strip() and (_goes_on(prev, ln[2], below) or not _LETTER.search(ln[2])):
            out[-1].append(ln)
        elif out and blanks <= CELL_BLANKS and _next_cell(out[-1], ln[2]):
            out[-1].append(ln)  # a table's cell, the page's own line breaks around it
        else:
            out.append([ln])
        blanks = 0
    return out


def _wrapped_runs(lines: list[tuple[int, int, str]]) -> dict[int, int]:
    """{start: end} of the runs between blank lines that are one paragraph hard-wrapped."""
    out, start = {}, None
    for n, ln in enumerate([*lines, (0, 0, "")]):
        if ln[2].strip():
            start = n if start is None else start
        elif start is not None:
            if n - start >= _WRAPPED_LINES and _wrapped_alone(lines[start:n]):
                out[start] = n
            start = None
    return out


CELL_BLANKS, ROW_WORDS, ROW_CELLS = 3, 12, 40  # blank lines between a row's cells; words of its name cell; its cells
# Wider than boxes._CELL (a lone figure, which counts a table's cells among short lines): a cell
# here may hold a pair or a note ("37% / 40%", "3 (tie)"). One shared pattern was measured: the
# wider one as boxes' count took a ranking's stats boxes (0267 -0.006), so each keeps its own.
_FIGURE_CELL = regex.compile(r"[^\p{L}]*\d[^\p{L}]*(?:\p{L}{1,3}\b[^\p{L}]*)?")  # "37% / 40%", "$175,000", "3 (tie)", "160g"


def _figure_cell(line: str) -> bool:
    return len(line) <= 24 and bool(_FIGURE_CELL.fullmatch(line.strip()))


def _next_cell(group: list[tuple[int, int, str]], line: str) -> bool:
    """``line`` is the next cell of the row ``group`` holds: a figure after the row's name or
    figures, or the name after a row's number ("1" / "Chicago Booth School of Business")."""
    if _figure_cell(line):
        return _row_so_far(group)
    return (len(group) == 1 and _figure_cell(group[0][2]) and len(line.split()) <= ROW_WORDS
            and not _ENDS_SENTENCE.search(line.rstrip()))


def _row_so_far(group: list[tuple[int, int, str]]) -> bool:
    """A row's name cell and the figures after it, not a paragraph: a page's figures after a
    sentence (a pager's "1", "2") are no part of it. (Capped at ROW_CELLS lines: a column of
    figures, each on its own line, must not be joined again at each one, which is quadratic.)"""
    if len(group) > ROW_CELLS:
        return False
    text = _join(group)
    return len(text.split()) <= ROW_WORDS + 2 * (len(group) - 1) and not _ENDS_SENTENCE.search(text)


IMAGE_LINES = 6  # the most lines an image's alt text runs over
_OPEN_IMAGE = regex.compile(r"!\[[^\]]*$")  # an image whose alt text goes on on the next line
_OPEN_TOOLTIP = regex.compile(r"\]\([^()\s]++[ \t]++\"[^\"]*+$")  # a link whose tooltip ("title") goes on


def _image_lines(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """A line each, but an image's lines together when its alt text breaks over them
    (html2text keeps a caption's line breaks in ``![...](src)``), and a link's when its
    tooltip does (``[text](url "A title attribute's\nline breaks")``), or its text ends in one."""
    out: list[list[tuple[int, int, str]]] = []
    i = 0
    while i < len(run):
        j = i
        if "![" in run[i][2] and _OPEN_IMAGE.search(run[i][2]):
            j = next((k for k in range(i + 1, min(len(run), i + IMAGE_LINES)) if "](" in run[k][2]), i)
        elif '"' in run[i][2] and _OPEN_TOOLTIP.search(run[i][2]):
            j = next((k for k in range(i + 1, min(len(run), i + IMAGE_LINES)) if '")' in run[k][2]), i)
        while j + 1 < len(run) and run[j + 1][2].startswith("]("):
            j += 1  # a link's text ended in a line break ("[Title  \n](url)"): the next line closes it
        out.append(run[i : j + 1])
        i = j + 1
    return out


WRAP_SLACK = 20  # a wrapped page's lines mostly end this close to its width (a word's length and a space)
WRAP_LINES, WRAP_OVER, WRAP_FULL = 10, 0.02, 0.3  # plain lines needed; share allowed past the width; share filled


def _wrap_width(lines: list[tuple[int, int, str]]) -> int:
    """The width a converter wrapped the page's paragraphs at, or 0: its plain lines (no list
    item, heading or table row: converters leave those whole) almost never pass it (an
    address too long to break may), and many of them end within WRAP_SLACK of it."""
    spaced = [ln[2] for ln in lines if " " in ln[2].strip()]
    # Most pages are not wrapped: their paragraphs run past any width. Said off the long lines
    # alone (more of them than the share allowed of all lines), that costs no regex per line.
    if sum(1 for t in spaced if len(t.rstrip()) > 100 and not _whole_line(t)) > WRAP_OVER * len(spaced):
        return 0
    plain = sorted(len(t.rstrip()) for t in spaced if not _whole_line(t))
    if len(plain) < WRAP_LINES:
        return 0
    width = plain[min(len(plain) - 1, int(len(plain) * (1 - WRAP_OVER)))]
    if not 40 <= width <= 100:
        return 0
    return width if sum(1 for n in plain if width - WRAP_SLACK <= n <= width) >= WRAP_FULL * len(plain) else 0


def _whole_line(line: str) -> bool:
    return bool(markup.LIST_ITEM.match(line) or markup.HEADING.match(line) or markup.QUOTE.match(line)
                or line.lstrip().startswith("|"))


def _filled(run: list[tuple[int, int, str]], width: int) -> list[list[tuple[int, int, str]]]:
    """The run's lines grouped: a line goes on in the next when the next one's first word would
    not have fitted after it (the wrapper's break: a long address moves whole to the next
    line), it ends in no hard break (two spaces) and the next starts no list item, heading,
    quote or table row."""
    out = [[run[0]]]
    for prev, ln in zip(run, run[1:]):
        text = prev[2]
        if (len(text.rstrip()) + 1 + len(ln[2].split()[0]) > width and not text.endswith("  ") and not _whole_line(ln[2])
                and not text.lstrip().startswith("|")):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _wrapped_alone(run: list[tuple[int, int, str]]) -> bool:
    """Lines between blank lines that are one paragraph wrapped for display: no list item or heading among them."""
    return (len(run) >= _WRAPPED_LINES and _hard_wrapped(run, _WRAPPED_LINES) and _mid_sentence(run)
            and not any(markup.LIST_ITEM.match(x[2]) or markup.HEADING.match(x[2]) for x in run))


def _mid_sentence(group: list[tuple[int, int, str]]) -> bool:
    """Most of the group's line breaks fall inside a sentence: the next line goes on in lower case
    (a menu's or a contents list's lines each start with a capital, a bullet or a URL)."""
    goes_on = sum(1 for ln in group[1:] if _GOES_ON.match(ln[2].lstrip()))
    return 2 * goes_on >= len(group) - 1


def _hard_wrapped(lines: list[tuple[int, int, str]], least: int = 8) -> bool:
    """Most lines fill a fixed width and break mid-sentence: text wrapped for display."""
    lengths = [len(ln[2].rstrip()) for ln in lines if ln[2].strip()]
    if len(lengths) < least:
        return False
    longest = max(lengths)
    if not 40 <= longest <= 100:
        return False
    full = [ln for ln in lines if len(ln[2].rstrip()) >= longest - 15]
    if len(full) < 0.5 * len(lengths):
        return False
    open_ended = sum(1 for ln in full if not _SENTENCE_END.search(ln[2].rstrip()))
    return open_ended >= 0.6 * len(full)


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _fold(text: str) -> str:
    """White space folded; zero-width characters that markup stripping left at an edge
    ("**\u200d**" after a sentence) go, as normalise() takes them off a line's ends."""
    return " ".join(text.split()).strip(_ZERO_WIDTH)
