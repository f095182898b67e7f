"""Markdown markup: recognise it, strip it to plain text, pull links out.

Stripping never glues two words together: where removed markup sat between two
word characters a space is left, so the output's words are always input words.
"""

from __future__ import annotations

import regex

# [text](url "title"), with one level of nested brackets in the text; ![alt](src) too. An
# address may hold a few "(...)" groups ("filters:no_upscale():max_bytes(150000)/x.jpg").
LINK = regex.compile(
    # (an agency caption as alt text runs long; an image inlined as a data: URI in it, a lazy
    # loader's placeholder, is one unit however long: "[![](data:image/png;base64,…) Jane Roe](/authors/jane-roe)")
    r"(?P<img>!?)\[(?P<text>(?:\(data:(?:[^()\n]++|\([^()\n]*+\))*+\)|[^\[\]\n]|\[[^\[\]\n]*\]){0,1000})\]"
    # an inlined image's data: URI runs to megabytes (possessive: read once, never backtracked
    # into), an SVG's with its spaces, quotes and parentheses ('data:image/svg+xml,%3Csvg xmlns="…"
    # transform="translate(9 8)"%3E')
    # (spaces may pad the address, as CommonMark allows: "[Jane Roe]( https://example.com/jane )")
    r"\([ \t]*+(?P<url>data:(?:[^()\n]++|\([^()\n]*+\))*+|<[^>\n]{0,2000}>|[^()\s]{0,2000}(?:\([^()\s]{0,200}\)[^()\s]{0,200}){0,8}"
    r"|[^()\s\"]{1,2000}(?: [^()\s\"]{1,200}){1,8})"  # a converter keeps an address's spaces: "/search?q=Jane Roe"
    r"(?:\s+\"(?:[^\"\n]|\n(?![ \t]*+\n)){0,2000}\")?[ \t]*+\)"  # a tooltip may run long, over lines (no blank one)
)
REF_LINK = regex.compile(r"\[(?P<text>[^\[\]\n]{1,300})\]\[[^\[\]\n]{0,100}\]")
# A reference-style image ("![alt][7]"), and one a reference link wraps ("[![][7]][8]").
REF_IMAGE = regex.compile(r"!\[(?P<text>[^\[\]\n]{0,300})\]\[[^\[\]\n]{0,100}\]")
LINKED_REF_IMAGE = regex.compile(r"\[[ \t]*+!\[(?P<text>[^\[\]\n]{0,300})\]\[[^\[\]\n]{0,100}\][ \t]*+\]\[[^\[\]\n]{0,100}\]")
AUTOLINK = regex.compile(r"<(?P<url>(?:https?|ftp|mailto):[^<>\s]{1,2000})>")
# The text is empty or ends in a non-space, so the closing "###" is tried once per run of
# spaces, not at every space (the lazy form was quadratic-to-cubic on long runs); same matches.
HEADING = regex.compile(r"^(?P<hashes>#{1,6})[ \t]++(?P<text>(?:.*?[^ \t\n])??)(?:[ \t]++#++)?[ \t]*+$")
LIST_ITEM = regex.compile(r"^[ \t]{0,12}(?:[-*+•]|\d{1,3}[.)])[ \t]+")
# A bullet however deep: layout renderers (inscriptis) indent a nested menu by its depth and
# mark it by it too ("*", "+", then "o": "o Reinforcement Learning", a third-level menu entry).
BULLET = regex.compile(r"^[ \t]*(?:[-*+•]|o(?=[ \t]+\S))[ \t]+")
# A heading that is one link to a site's home page: its logo or name ("# [Example Blog](https://example.com/)"),
# not a headline, which links to its own story if anywhere.
HOME_LINK = regex.compile(r"^\s*(?:#{1,6}\s*)?\[.*\]\(\s*(?:https?://[^/\s)]+)?/?\s*(?:\"[^\"]*\"\s*)?\)\s*#*\s*$", regex.S)
QUOTE = regex.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
RULE_LINE = regex.compile(r"^[ \t]*(?:[-*_=][ \t]*){3,}$")
# Possessive: the same lines, but dashes followed by a long run of spaces no longer backtrack (was quadratic).
TABLE_SEP = regex.compile(r"^[ \t]*+\|?[ \t]*+:?-{2,}+:?[ \t]*+(?:\|[ \t]*+:?-{2,}+:?[ \t]*+)*+\|?[ \t]*+$")
# Emphasis and code spans: markers only, the words inside stay.
_EMPHASIS = regex.compile(
    # The text runs to the next marker at most ("__a __b" pairs nothing: each opener looks as far
    # as the next, not 1,000 characters on, which made a long line of openers quadratic).
    r"(?P<m>\*\*|__|~~)(?=\S)(?P<t>(?:(?!(?P=m)).){1,1000}?)(?<=\S)(?P=m)(?:[ \t](?=[,.;:!?)]))?"  # "**x** ," (html2text): "x,"
    r"|(?<![\w*])(?P<m1>\*)(?=[^\s*])(?P<t1>[^*\n]{1,1000}?)(?<=[^\s*])\*(?![\w*])(?:[ \t](?=[,.;:!?)]))?"
    r"|(?<![\w_])(?P<m2>_)(?=[^\s_])(?P<t2>[^_\n]{1,1000}?)(?<=[^\s_])_(?![\w_])(?:[ \t](?=[,.;:!?)]))?"
    r"|(?P<m3>`{1,3})(?P<t3>[^`\n]{1,1000}?)(?P=m3)"
)
_STRAY_BOLD = regex.compile(r"(?<!\w)\*\*|\*\*(?!\w)(?:[ \t](?=[,.;:!?)]))?")  # a marker left unpaired (a converter's nesting)
# ... or between two words, where a converter dropped the space ("broken down**in the gym"; not
# "2**10": figures keep theirs): the space comes back.
_GLUED_BOLD = regex.compile(r"(?<=\p{L})\*\*(?=\p{L})")
# An emphasis with nothing in it, as html2text writes an empty <em> or an icon's: "__ 3 min read", "UX Tip __"
# or glued to the word after it ("__98% of reviews were positive", "__Subscribe"): left unpaired by
# _EMPHASIS, two underscores at a word's start are no markup a writer meant.
_LONE_UNDERSCORES = regex.compile(r"(?<![^ \t(\[])_{1,2}(?![^ \t])[ \t]?|(?<![^ \t(\[])__(?=[\p{L}\p{N}$€£])")
# A space a converter (html2text) left where an inline tag or entity ended: "that 's", "M &A".
_CONVERTER_SPACE = regex.compile(r"(?<=\w) (?=['’](?:s|t|re|ve|ll|d|m)\b)|(?<=\b\p{Lu}{1,3}) (?=&\p{Lu})")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~=])")
# Constructs plain text almost never holds, each with a string every match holds: one
# alternation of them all costs a regex attempt at every position of a long page (0.7 ms),
# while most pages lack most of the strings. Tolerant of runs of spaces, so folding
# white space can never turn text into Markdown.
_MD_SIGNALS = tuple(
    (needles, regex.compile(pattern, regex.M))
    for needles, pattern in (
        (("#",), r"^[ \t]*#{1,6}[ \t]+\S"),
        (("](",), r"\[(?:[^\[\]\n]|\\[\[\]]){1,300}\]\((?:[^()\s]{0,2000}|<[^<>\n]{1,2000}>)\)"),
        (("**",), r"\*\*[^*\n]{1,300}\*\*"),
        (("```", "~~~"), r"^[ \t]*(?:```|~~~)"),
        (("<http",), r"<https?://[^<>\s]{1,2000}>"),
        # A table's separator row of two cells or more ("|---|---|", "---|---"): plain text has no such line.
        (("--",), r"^[ \t]*+\|?[ \t]*+:?-{2,}+:?[ \t]*+(?:\|[ \t]*+:?-{2,}+:?[ \t]*+)++\|?[ \t]*+$"),
    )
)


def looks_markdown(text: str) -> bool:
    """One Markdown construct that plain text does not use is enough."""
    text = text[:500_000]
    return any(
        any(n in text for n in needles) and pattern.search(text, timeout=2.0) is not None
        for needles, pattern in _MD_SIGNALS
    )


def _is_word(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_")


def _needs_space(left: str, right: str) -> bool:
    """Text ending in ``left`` meets text starting with ``right``: a space between them when
    both sides are words. An emphasis "_" counts on its outer side only: "_[Outlined
    by](url)_" opens and closes round the link, "?_[Sign up](url)" closes before it."""
    a, b = left[-1:], right[:1]
    if not (_is_word(a) and _is_word(b)):
        return False
    if a == "_" and not left.rstrip("_*~")[-1:].strip():
        return False  # an opening marker: only markers between it and a space
    return not (b == "_" and (len(right) < 2 or not _is_word(right[1])))  # a closing marker


_CONTEXT = 8  # characters of the text written last that _needs_space reads (markers, then a word or space)


def _replace(pattern: regex.Pattern[str], text: str, repl) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    pos = 0
    last = ""  # the text written last, to decide whether a space is needed
    for m in pattern.finditer(text, timeout=1.0):
        for piece in (text[pos : m.start()], repl(m)):
            if piece:
                if out and _needs_space(last, piece):
                    out.append(" ")
                out.append(piece)
                last = (last + piece[-_CONTEXT:])[-_CONTEXT:]
        pos = m.end()
        if pos < len(text) and _needs_space(last, text[pos : pos + 2]):
            out.append(" ")
            last = " "
    out.append(text[pos:])
    return "".join(out)


def links(text: str) -> list[tuple[str, str]]:
    """(anchor text, url) for every inline link and autolink, images excluded."""
    found = [(strip_inline(m["text"]), m["url"].strip("<>")) for m in LINK.finditer(text, timeout=1.0) if not m["img"]]
    found += [(m["url"], m["url"]) for m in AUTOLINK.finditer(text, timeout=1.0)]
    return found


def strip_inline(text: str, alt: bool = True) -> str:
    """Inline Markdown to plain text: links to their text, images to alt (or to nothing,
    ``alt=False``), no emphasis."""
    if not any(c in text for c in "[]<*_`~\\"):
        return text
    text = _replace(LINK, text, lambda m: strip_inline(m["text"], alt) if alt or not m["img"] else "")
    if "![" in text:
        text = _replace(REF_IMAGE, text, lambda m: m["text"] if alt else "")
    text = _replace(REF_LINK, text, lambda m: m["text"])
    text = _replace(AUTOLINK, text, lambda m: m["url"])
    spans: list[str] = []
    if "`" in text and "\ue000" not in text:  # a code span's text is literal ("`float.__repr__`"): set aside from the emphasis passes
        text = _replace(_CODE_SPAN, text, lambda m: _set_aside(spans, m["t"]))
    for _ in range(3):  # nested emphasis: ***x*** and **_x_**
        stripped = _replace(_EMPHASIS, text, _emphasis_text)
        if stripped == text:
            break
        text = stripped
    if "**" in text:
        text = _STRAY_BOLD.sub("", _GLUED_BOLD.sub(" ", text))
    if "_" in text:
        bare = _LONE_UNDERSCORES.sub("", text)
        text = bare if bare.strip() else text  # a line of markers alone stays one (chrome.underscores)
        if text.count("_") == 1 and text[:1] == "_" and text[1:2].isalpha():
            text = text[1:]  # an emphasis the converter closed on a later line: "_As an Acme Associate we earn …
    text = _ESCAPE.sub(r"\1", text)  # in a word: "request\_timeout" is one word, no space to insert
    return _replace(_SET_ASIDE, text, lambda m: spans[int(m[1])]) if spans else text  # (spaced as the spans read)


_CODE_SPAN = regex.compile(r"(?P<m>`{1,3})(?P<t>[^`\n]{1,1000}?)(?P=m)")
_SET_ASIDE = regex.compile("\ue000(\\d+)\ue001")  # private-use marks, used only on a text that holds none


def _set_aside(spans: list[str], text: str) -> str:
    spans.append(text)
    return f"\ue000{len(spans) - 1}\ue001"


def _emphasis_text(m: regex.Match[str]) -> str:
    return m["t"] or m["t1"] or m["t2"] or m["t3"] or ""


def strip_line(line: str) -> tuple[str, str, int]:
    """(kind, plain text, heading level) of one Markdown line."""
    kind, plain, level = _strip_line(line)
    if " '" in plain or " ’" in plain or " &" in plain:
        plain = _CONVERTER_SPACE.sub("", plain)
    return kind, plain, level


CREDIT_WORDS = 8  # what may follow a caption that says the alt text again: its credit


def _echoes(rest: str, alt: str) -> bool:
    """The text after an image says its alt text again, word for word, maybe followed by a
    short credit ("... Lost Hills, California.David McNew—Getty Images"). With no alt text,
    a few words after it are an icon's label ("![](error.jpg)Promotion Has Expired")."""
    words = _WORDS.findall(rest.casefold())
    said = _WORDS.findall(strip_inline(alt).casefold())
    return bool(words) and words[: len(said)] == said and len(words) - len(said) <= CREDIT_WORDS


_WORDS = regex.compile(r"\w+")


def _strip_line(line: str) -> tuple[str, str, int]:
    h = HEADING.match(line)
    if h:
        return "heading", strip_inline(h["text"]).strip(), len(h["hashes"])
    if RULE_LINE.match(line) or TABLE_SEP.match(line):
        return "rule", "", 0
    if QUOTE.match(line):
        return "quote", strip_inline(QUOTE.sub("", line, count=1)).strip(), 0
    if LIST_ITEM.match(line):
        return "list", strip_inline(LIST_ITEM.sub("", line, count=1)).strip(), 0
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        cells = [strip_inline(c.strip()) for c in stripped.strip("|").split("|")]
        return "table", " ".join(c for c in cells if c), 0
    if stripped.startswith("![") and LINK.fullmatch(stripped):
        return "image", strip_inline(stripped).strip(), 0
    if stripped.startswith("![") and (m := LINK.match(stripped)) and _echoes(stripped[m.end() :], m["text"]):
        # a gallery slide or a hero image: the image, then its alt as caption (and its credit)
        return "image", strip_inline(stripped[m.end() :]).strip(), 0
    if stripped[:1] == "[" and stripped[1:].lstrip().startswith("![") and (m := LINK.fullmatch(stripped)) and LINK.fullmatch(m["text"].strip()):
        return "image", strip_inline(m["text"]).strip(), 0  # a linked image alone: an image as much ("[![alt](src)](href)")
    if stripped.startswith(("![", "[![")):
        ref = REF_IMAGE.fullmatch(stripped) or LINKED_REF_IMAGE.fullmatch(stripped)
        if ref:
            return "image", ref["text"].strip(), 0
    return "paragraph", _running_text(stripped), 0


def _running_text(line: str) -> str:
    """A line's plain text; an image inside running text ("[![Author image](…) By Jane Roe](…)")
    leaves its alt text out, as a page's visible text does: it is no part of the sentence."""
    if "![" in line:
        bare = " ".join(strip_inline(line, alt=False).split())  # (the image's place leaves two spaces)
        if _WORDS.search(bare):
            return bare
    return strip_inline(line).strip()
