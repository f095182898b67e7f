"""Step 2 for HTML: a whole page -> the Blocks the text path uses, plus what the page
says about itself.

    page_text, blocks, page_meta = segment_html(html)

``page_text`` is the page's visible text, one block per paragraph-sized element,
blocks joined by a blank line; every block's ``raw`` is ``page_text[start:end]``,
so removals point into ``page_text`` (it becomes ``Document.input_text``).

Bytes are decoded as a browser would (``decoding.decode_html``: BOM, BOM-less UTF-16,
the page's declared charset, then UTF-8, then windows-1252), NULs dropped. The page is parsed by lxml's HTML parser (the
parser bs4 uses with ``"lxml"``) and walked once, iteratively, with lxml's
``iterwalk``: bs4's own tree costs several times the whole of this module (see
docs/html.md). Pathological input (nesting past libxml2's depth limit) falls back
to a flat reading of the tags.

Besides the text, each block carries what only a DOM knows: its element's tag, the
class and id words of the element and its ancestors (``hints``), its links, and a
``dom`` record (``BlockDom``) that ``revise_html`` uses to find the article.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from . import budget, code_blocks, html_meta
from .blocks import Block
from .decoding import decode_html
from .document import Metadata
from .errors import InputError
from .html_hints import element_category, element_hints, hint_category, hint_words  # noqa: F401 (re-exported)
from .normalise import STRAY_ZWJ, normalise

# Subtrees that are never visible text (read for metadata first where useful).
SKIP_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
    "audio", "source", "track", "button", "input", "select", "textarea", "option", "optgroup", "datalist",
    "head", "map", "dialog", "frameset", "frame", "noframes", "param", "applet", "link", "meta",
)
# Elements that a broken page can leave open around the article.
_SWALLOWING = ("button", "noscript", "template", "dialog", "svg", "math", "select", "label", "object", "canvas",
               "map", "video", "audio")
# Elements that start and end a block.
BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "caption"]
)
LANDMARK_TAGS = {"nav": "navigation", "aside": "boilerplate", "footer": "boilerplate", "header": "header"}
LANDMARK_ROLES = {"navigation": "navigation", "complementary": "boilerplate", "contentinfo": "boilerplate",
                  "banner": "header", "search": "navigation", "menu": "navigation", "menubar": "navigation",
                  "dialog": "boilerplate", "alertdialog": "boilerplate"}
ARTICLE_TAGS = frozenset({"article", "main"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_EMPHASIS = {"em": "*", "i": "*", "strong": "**", "b": "**", "code": "`", "del": "~~", "s": "~~"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# An element's text as shown: not the CSS of a <style> a component renders inside it.
_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::style) and not(ancestor::script)]")
_ITEM_NAME = etree.XPath(".//*[@itemprop='name']")
_ITEMPROPS = etree.XPath(".//*[@itemprop]")  # as iterfind, in libxml2 rather than ElementPath
_STREAMED = re.compile(r"S:[0-9a-f]+$")  # <div hidden id="S:0">, "S:1f" (hex): React streams the page into it, then shows it
_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{8000,}>")
_ATTRIBUTE = re.compile(r"""\s[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_MAX_ATTRIBUTES = 200
_PAGE_TAGS = frozenset({"html", "body", "main", "article"})
_TOC_TARGET = re.compile(r"toc[-_:]\w", re.I)  # a heading's id a contents script gave it
_TELLING = frozenset({"hidden", "aria-hidden", "style", "role", "itemprop"})  # attributes _attributes reads besides class and id
_MAX_HINT_LEVELS = 8
_SPECIAL = frozenset({"a", "td", "th", "img", "br", "q", *_EMPHASIS})
# Tags that matter without any attribute; any other bare element only passes its text on.
_NOTABLE = BLOCK_TAGS | ARTICLE_TAGS | set(LANDMARK_TAGS) | _SPECIAL
_PLAIN, _BLOCK, _MARK, _HIDDEN, _QUOTE = 0, 1, 2, 3, 4
_BARE = ("", "", "", False)  # what a notable element without attributes says of itself

BR_PARAGRAPH_WORDS = 12
_PARAGRAPH_END = frozenset('.!?"”’)…')

# Flags on a frame (an open element) and on a block.
F_FIGURE, F_FIGCAPTION, F_ARTICLE, F_GALLERY = 1, 2, 4, 8


@dataclass(slots=True)
class Element:
    """A block-level or hinted element: the run of blocks it holds and what it says it is."""

    tag: str
    start: int  # first block index
    end: int = -1  # one past the last block index
    category: str = ""  # from the DOM hints or the landmark tag
    content: bool = False  # article, main, role=main, itemprop=articleBody, a "content" hint
    landmark: str = ""
    hints: str = ""  # its own class and id words


@dataclass(slots=True)
class PageDom:
    elements: list[Element] = field(default_factory=list)
    body_text: str | None = None  # JSON-LD articleBody, when the page states it


@dataclass(slots=True)
class BlockDom:
    page: PageDom
    hint_el: int = -1  # innermost element whose class/id names a category
    landmark_el: int = -1  # innermost nav/aside/footer/header (tag or role)
    flags: int = 0
    credit_at: int = -1  # where a credit span starts in the block's text


class _Frame:
    __slots__ = ("el", "flags", "hint_el", "hints", "item", "kind", "landmark_el", "level", "tag")

    def __init__(self, tag: str, kind: str, level: int, hints: tuple[str, ...], hint_el: int, landmark_el: int,
                 flags: int, el: int, item: int = -1) -> None:
        self.tag, self.kind, self.level, self.hints = tag, kind, level, hints
        self.hint_el, self.landmark_el, self.flags, self.el = hint_el, landmark_el, flags, el
        self.item = item  # the enclosing list item's element index


def decode(data: bytes | bytearray) -> str:  # (bytearray spelt out: the compiled build checks types)
    """Bytes to text as a browser reads them: a BOM, UTF-16 without one, the page's own
    charset declaration, UTF-8, windows-1252 (see newsclean.decoding); NULs dropped."""
    return decode_html(data)


def tame(html: str) -> str:
    """Defuse what makes libxml2 lose text or time: stray </html> and </body> end tags
    (it drops everything after them) and tags with thousands of attributes (quadratic)."""
    html = _STRAY_END.sub("", html)
    if len(html) > 8000 and _LONG_TAG.search(html):
        html = _LONG_TAG.sub(_trim_tag, html)
    return html


def _trim_tag(m: re.Match[str]) -> str:
    tag = m.group(0)
    attrs = _ATTRIBUTE.findall(tag, 0)
    if len(attrs) <= _MAX_ATTRIBUTES:
        return tag
    name = re.match(r"<[A-Za-z][^\s/>]*", tag)
    return (name.group(0) if name else "<span") + "".join(attrs[:_MAX_ATTRIBUTES]) + ">"


def parse(html: str) -> etree._Element | None:
    """The lxml tree, or None when libxml2 gave up (nesting past its depth limit)."""
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True, no_network=True,
                              encoding="utf-8")
    root = etree.fromstring(html.encode("utf-8", "replace"), parser)
    if any(e.level_name == "FATAL" for e in parser.error_log):
        return None
    return root


def segment_html(data: str | bytes, url: str | None = None, resolve: bool = True) -> tuple[str, list[Block], Metadata]:
    """``(page_text, blocks, page_meta)`` for one HTML page; ``url``, the page's address,
    makes its relative links absolute in the blocks' Markdown (unless not ``resolve``: a
    text output never shows them, and urljoin is slow)."""
    html = decode(data) if isinstance(data, (bytes, bytearray)) else data.replace("\x00", "")  # as decode drops them
    html = tame(html)
    facts = html_meta.PageFacts()
    root = parse(html) if html.strip() else None
    page = PageDom()
    pipe_rows: set[int] = set()
    depths: dict[int, int] = {}
    if root is None:
        records = _flat_records(html, page)
    else:
        _read_facts(root, facts)
        for el in _swallowed(root):  # a broken page can leave a button or svg open around the article
            el.tag = "div"
        _unfold_accordions(root)
        _mark_signup_boxes(root)
        for el in root.iter("template", "meter", "progress"):
            if el.tag != "template":
                el.tail = " " + (el.tail or "")  # a gauge the browser draws between its label and figure: a gap, no text
                el.tag = "template"
            elif el.get("shadowrootmode") is not None or el.get("shadowroot") is not None:
                el.tag = "div"  # a declarative shadow root: the browser renders it (a plain <template> it does not)
        etree.strip_elements(root, *SKIP_TAGS, with_tail=False)
        walker = _Walker(page, facts, _link_base(url, facts) if resolve else None)
        walker.walk(root)
        records, pipe_rows, depths = walker.records, walker.pipe_rows, walker.depths
    page_meta = html_meta.build(facts)
    page_text, blocks = _assemble(records, page, pipe_rows, depths)
    return page_text, blocks, page_meta


def _link_base(url: str | None, facts: html_meta.PageFacts) -> str | None:
    """The address relative links resolve against: the page's <base href>, itself read
    against the page's address (``url``, else its canonical link); None when unknown."""
    page = url if url and url.startswith(("http://", "https://")) else facts.canonical
    base = _absolute(page, facts.base) if page and facts.base else facts.base or page
    return base if base and base.startswith(("http://", "https://")) else None


def _absolute(base: str, href: str) -> str:
    try:
        return urljoin(base, href.strip())
    except ValueError:  # an address urllib cannot read ("http://[::1"): left as written
        return href


def _unfold_accordions(root: etree._Element) -> None:
    """An accordion's question is a button (in a heading, or one that opens a panel and asks a
    question: "How long does it take?"; or an element a script makes one, role="button"):
    text the reader sees, kept as a span; the hidden panel its button controls is the answer,
    read as WAI-ARIA's labelled region (``_folded``). A closed expander's panel ("Continue
    reading") that holds the article's paragraphs is the article's too."""
    for button in root.xpath("//button | //*[@role='button'] | //*[@aria-expanded]"):
        controls = button.get("aria-controls")
        parent = button.getparent()
        if (button.tag == "button" and any(e.tag in _HEADINGS for e in button.iterdescendants())
                and not "".join(button.itertext()).rstrip().endswith("?")):  # (an FAQ's question goes on below)
            # a heading inside the button ("<button aria-expanded><h3>First year</h3></button>": invalid, and common): the
            # toggle's label stays a button's (the dev gold leaves it out), the panel right after it is the article's
            _open(button, [p for p in [button.getnext()] if p is not None and _holds_paragraph(p)])
            continue
        in_heading = parent is not None and parent.tag in _HEADINGS
        if not (in_heading or controls or button.tag != "button"):
            continue  # most buttons: read no further
        words = " ".join("".join(button.itertext()).split())
        panels = [root.find(f".//*[@id='{i}']") for i in (controls or "").split() if _ID.match(i)]
        if not words or not (in_heading or words.endswith("?")):
            if button.get("aria-expanded") == "false":
                _open(button, [p for p in panels if p is not None and _holds_paragraph(p)])
            continue
        if button.tag == "button":
            button.tag = "span"
        toggle = parent if in_heading else button
        panels.append(toggle.getnext() if toggle is not None else None)  # the panel set right after it
        _open(button, panels)


SIGNUP_BOX_WORDS = 80


def _mark_signup_boxes(root: etree._Element) -> None:
    """A small box around a field for an e-mail address, with nothing to write in (a textarea is a
    comment's or a message's form), is a sign-up box whatever its class ("free-download-box"
    around a MailerLite form): its heading and pitch go with the form. The box is the largest
    element around the field of a few lines (not the article's, which holds more)."""
    for box_input in root.iter("input"):
        if (box_input.get("type") or "").lower() != "email":
            continue
        form = next(box_input.iterancestors("form"), None)
        if form is not None and form.find(".//textarea") is not None:
            continue
        box = form if form is not None else box_input.getparent()
        for above in (box.iterancestors() if box is not None else ()):
            if above.tag in _PAGE_TAGS or len(" ".join(above.itertext()).split()) > SIGNUP_BOX_WORDS:
                break
            box = above
        if box is not None:
            box.set("class", f"{box.get('class') or ''} signup-box")


def _open(button: etree._Element, panels: list[etree._Element | None]) -> None:
    for panel in panels:
        # (a region its button controls but names no label for: React accordions print role="region" alone)
        if panel is not None and panel.get("role") in (None, "region") and panel.get("aria-labelledby") is None and (
                panel.get("hidden") is not None or _HIDDEN_STYLE.search(panel.get("style") or "")):
            panel.set("role", "region")  # read as WAI-ARIA's labelled region (_folded)
            panel.set("aria-labelledby", button.get("id") or "accordion")


PANEL_PARAGRAPH = 15  # words of a paragraph that make a closed panel the article's rest, not a menu


def _holds_paragraph(panel: etree._Element) -> bool:
    return any(len("".join(p.itertext()).split()) >= PANEL_PARAGRAPH for p in panel.iter("p"))


_ID = re.compile(r"^[\w:.-]{1,100}$")


def _swallowed(root: etree._Element) -> list[etree._Element]:
    """The swallowing elements that hold an article, a main, an h1, or more than two
    paragraphs and most of the page's: what a broken page left open. A closed <template>
    or <dialog> holding a few paragraphs of its own (a consent text) is not one."""
    found = []
    page_paragraphs = -1  # counted when first needed: most pages have no candidate
    for el in root.iter(*_SWALLOWING):
        if not len(el):
            continue
        paragraphs = 0
        for inner in el.iter("article", "main", "h1", "p"):
            if inner.tag != "p":
                found.append(el)
                break
            paragraphs += 1
        else:
            if paragraphs > 2:
                if page_paragraphs < 0:
                    page_paragraphs = sum(1 for _ in root.iter("p"))
                if 2 * paragraphs > page_paragraphs:
                    found.append(el)
    return found


def _read_facts(root: etree._Element, facts: html_meta.PageFacts) -> None:
    """Metadata elements, read before the invisible ones are stripped."""
    for el in root.iter("meta", "link", "title", "script", "time", "base"):
        tag = el.tag
        if tag == "meta":
            key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
            facts.add_meta(key, el.get("content"))
            prop = el.get("itemprop")
            if prop and el.get("content"):
                facts.itemprops.setdefault(prop.lower(), el.get("content", ""))
        elif tag == "link":
            if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
                facts.canonical = facts.canonical or el.get("href", "").strip()
        elif tag == "base":
            facts.base = facts.base or (el.get("href") or "").strip() or None
        elif tag == "title":
            if facts.title is None and el.text:
                facts.title = el.text
        elif tag == "script":
            if "ld+json" in (el.get("type") or "").lower() and el.text:
                facts.jsonld.append(el.text)
        elif tag == "time":
            when = el.get("datetime") or el.get("content")
            if when:
                says = "publish" in ((el.get("itemprop") or "") + " " + (el.get("class") or "")).lower() or (
                    el.get("pubdate") is not None)
                facts.times.append((when, says))
    for el in root.iter("h1"):
        text = " ".join("".join(el.itertext()).split())
        if text and not _home_link(el, text):
            facts.h1.append(text)
        if len(facts.h1) > 3:
            break
    for el in _ITEMPROPS(root):
        prop = (el.get("itemprop") or "").lower()
        if prop in ("author", "datepublished", "datemodified") and prop not in facts.itemprops:
            name = _ITEM_NAME(el) if prop == "author" else []  # a Person's own name, not its bio box
            src = name[0] if name else el
            value = src.get("content") or src.get("datetime") or " ".join("".join(_SHOWN_TEXT(src)).split())
            if value:
                facts.itemprops[prop] = value


_HOME_HREF = re.compile(r"^(?:https?://[^/?#]+)?/?$")


def _home_link(el: etree._Element, text: str) -> bool:
    """An h1 that is one link to the site's front page: the blog's name in its header (a Blogger
    template's), the post's title standing in an h2 or h3 below."""
    links = el.findall(".//a")
    return len(links) == 1 and bool(_HOME_HREF.match((links[0].get("href") or "x").strip())) and (
        " ".join("".join(links[0].itertext()).split()) == text)


_SLUG_PART = re.compile(r"[^\W_]+")


def _own_slug(el: etree._Element, eid: str) -> bool:
    """A heading's id spelt from its own words ("three-comments" on "Three comments, three decisions"):
    an anchor a site generator gave it, no role ("comments-title" on "3 thoughts on …" is one)."""
    parts = _SLUG_PART.findall(eid.lower())
    words = set(_SLUG_PART.findall("".join(el.itertext()).lower()))
    return bool(parts) and all(p in words or p.isdigit() for p in parts)


def _attributes(el: etree._Element, keys: list[str]) -> tuple[str, str, str, bool] | None:
    """``(hint words, hint category, landmark role, content)`` from an element's attributes; None when they hide it."""
    get = el.get
    words = category = landmark = ""
    content = False
    cls, eid = get("class"), get("id")
    if eid and el.tag in _HEADINGS and _TOC_TARGET.match(eid):
        eid = None  # the contents list's target ("toc-signs", "toc-1"): the heading it links to, no contents box
    if cls or eid:
        words, category = element_hints(cls, eid)
        if category and eid and el.tag in _HEADINGS and _own_slug(el, eid):
            category = element_hints(cls, None)[1] if cls else ""  # its id's words are its text's, no role
        if category == "hidden" and (el.tag in _PAGE_TAGS or _tooltip_trigger(el, words)):
            category = ""  # a page's class names its options ("wvs-tooltip": tooltips on), not a hidden page
    if _TELLING.isdisjoint(keys):  # most elements: class, id, href, src...
        return None if category == "hidden" else (words, category, landmark, content)
    if category == "hidden":
        return None
    if ((("hidden" in keys and not _STREAMED.match(eid or "")) or ("aria-hidden" in keys and get("aria-hidden") == "true")
            or ("style" in keys and _HIDDEN_STYLE.search(get("style") or ""))) and not _folded(el, category)):
        return None
    role = get("role") if "role" in keys else None
    if role:
        landmark = LANDMARK_ROLES.get(role, "")
        content = role in ("main", "article")
    if "itemprop" in keys and (get("itemprop") or "").lower() == "articlebody":
        content = True
    return words, category, landmark, content


def _tooltip_trigger(el: etree._Element, words: str) -> bool:
    """An element named a tooltip that is the word the reader sees, not the text shown on
    hover: it opens with words of its own and is a link ("glossary-tooltip") or holds the
    tooltip's text in an element of its own (<span class="tooltip">CBO<span class="tooltiptext">…).
    A pop-up box opens with its parts (thumbnail, text, a "Learn more" link), no words."""
    if "tooltip" not in words or not (el.text or "").strip():
        return False
    return el.tag == "a" or any("tooltip" in (inner.get("class") or "").lower() for inner in el.iterdescendants())



def _flags(flags: int, tag: str, content: bool, category: str) -> int:
    """An element's frame flags: its parent's, and whether it is a figure, a figure's
    caption, the article, or a gallery."""
    if tag == "figure":
        flags |= F_FIGURE
    elif tag == "figcaption":
        flags |= F_FIGCAPTION
    if content:
        flags |= F_ARTICLE
    if category == "gallery":
        flags |= F_GALLERY
    return flags

def _start(el: etree._Element) -> int:
    """Where an <ol> starts counting (its start attribute, else 1)."""
    value = (el.get("start") or "").strip()
    return int(value) if value.isdigit() and len(value) < 6 else 1


def _folded(el: etree._Element, category: str) -> bool:
    """A collapsed accordion panel (WAI-ARIA's pattern: role="region", labelled by its button)
    or a hidden tab's panel (role="tabpanel"): the reader opens it, its text is the page's.
    Not when its class names furniture (a menu's drop-down)."""
    role = el.get("role")
    return not category and ((role == "region" and el.get("aria-labelledby") is not None) or role == "tabpanel")


class _Walker:
    """One pass over the tree: text into blocks, element runs into ``PageDom``."""

    def __init__(self, page: PageDom, facts: html_meta.PageFacts, base: str | None = None) -> None:
        self.page = page
        self.base = base  # what relative links are relative to, when known
        self.records: list[tuple[str, str, list[tuple[str, str]], _Frame, int]] = []
        self.parts: list[str] = []
        self.md: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.gen = 0  # bumped at each flush: inline marks opened before it are stale
        self.opened: list[tuple[int, int, int, str, str]] = []  # (gen, part index, md index, marker, href)
        self.credit_at = -1
        self.brs = 0
        self.line_at = 0  # where the text after the last <br> starts in parts
        self.code_lang = ""  # the open <pre>'s language ("python"), from its class
        self.numbers: dict[int, int] = {}  # an <ol>'s element index -> its next item's number
        self.item_started: set[int] = set()  # list items that have a block already
        self.row_gen = -1  # self.gen when the open <tr> started: a row flushed at the same gen is whole
        self.pipe_rows: set[int] = set()  # records that are a whole table row, written as Markdown's "| a | b |"
        self.depths: dict[int, int] = {}  # a list item's element index -> how many items enclose it

    def walk(self, root: etree._Element) -> None:
        # One stack entry per open element: None for one that only passes its text on (most of
        # them: their start and end cost a few operations, inline here), else (enclosing frame,
        # end action). A notable element's start is ``open``'s, its end ``close``'s.
        frame = _Frame("div", "paragraph", 0, (), -1, -1, 0, -1)
        stack: list[tuple[_Frame, int] | None] = []
        push, pop = stack.append, stack.pop
        parts, md = self.parts, self.md
        special = _MD_SPECIAL.search  # most text holds nothing Markdown would read as markup
        it = etree.iterwalk(root, events=("start", "end"))
        for event, el in it:
            tag = el.tag
            if event == "end":
                entry = pop()
                if entry is not None:
                    frame = self.close(frame, entry, tag)
                tail = el.tail
                if tail:
                    if self.brs and tail.strip():  # text after a <br>: a second <br> breaks no paragraph
                        self.brs = 0
                    parts.append(tail)
                    md.append(_md_escape(tail) if special(tail) else tail)
                continue
            if not isinstance(tag, str):  # an entity or a leftover comment: only its tail counts
                push(None)
                continue
            keys = el.keys()
            if keys:
                said = _attributes(el, keys)
                if said is None:  # hidden: its text is not the page's
                    if tag in BLOCK_TAGS and self.parts:
                        self.flush(frame)  # but it still ends the line: "5 min read" [hidden "·"] "Nov 19, 2023"
                    it.skip_subtree()
                    push(None)
                    continue
            elif tag in _NOTABLE:
                said = _BARE
            else:  # a bare inline element: its text is its parent's
                said = None
                self.brs = 0
            opened = self.open(el, tag, frame, said) if said is not None else None
            if opened is None:
                push(None)
            else:
                push((frame, opened[1]))
                frame = opened[0]
            text = el.text  # each read of .text decodes it anew
            if text:
                parts.append(text)
                md.append(_md_escape(text) if special(text) else text)
        self.flush(frame)

    def open(self, el: etree._Element, tag: str, parent: _Frame,
             said: tuple[str, str, str, bool]) -> tuple[_Frame, int] | None:
        """An element with attributes or a notable tag starts (``said``: what its attributes
        say, as ``_attributes`` reads them): the text before it breaks as it asks, and unless it
        only passes its text on, its frame and the action its end takes."""
        words, category, landmark, content = said
        block = tag in BLOCK_TAGS
        if tag in ARTICLE_TAGS or content or category == "content":
            content, category = True, ""  # an article's classes are its taxonomy ("tag-news"), not furniture
        elif category == "byline" and parent.hint_el >= 0 and self.page.elements[parent.hint_el].category == "comment":
            category = "comment"  # a comment's or a guestbook entry's author ("tc-tw-author"): no byline of the page's
        if tag in LANDMARK_TAGS and not (parent.kind == "quote" and tag in ("footer", "header")):
            landmark = LANDMARK_TAGS[tag]  # a quote's <footer> is its attribution ("— Mayor Ellen Park")
        self.break_before(el, tag, block, parent)
        if not (block or words or landmark or content or tag in _SPECIAL):
            return None  # a plain inline element: its text is its parent's
        el_id = -1
        if block or category or landmark:
            el_id = len(self.page.elements)
            self.page.elements.append(Element(tag, len(self.records), category=category, content=content,
                                              landmark=landmark, hints=words))
        kind, level = self.kind_level(el, tag, block, parent, el_id)
        hints = parent.hints
        if words and tag not in ("body", "html"):
            hints = (hints + (words,))[-_MAX_HINT_LEVELS:]
        if tag == "ol" and el_id >= 0:
            self.numbers[el_id] = _start(el)
        frame = _Frame(tag if block or el_id >= 0 else parent.tag, kind, level, hints,
                       el_id if category else parent.hint_el, el_id if landmark else parent.landmark_el,
                       _flags(parent.flags, tag, content, category), el_id, el_id if tag == "li" else parent.item)
        action = self.start_action(el, tag, kind, block)
        if category == "caption" and frame.flags & (F_FIGCAPTION | F_FIGURE) and self.credit_at < 0 and self.parts:
            self.credit_at = len(self.parts)  # a credit span: the caption's text ends here
        return frame, action

    def close(self, frame: _Frame, entry: tuple[_Frame, int], tag: str) -> _Frame:
        """A notable element ends (``frame`` its own, ``entry`` its parent's frame and its end
        action): its block, inline mark or quotation closes; the parent's frame is returned."""
        action = entry[1]
        if action == _BLOCK:
            if self.parts:
                self.flush(frame, row_end=tag == "tr")
        elif action == _MARK:
            self.close_inline()
        elif action == _QUOTE:
            self.parts.append('"')
            self.md.append('"')
        if frame.el >= 0:
            self.page.elements[frame.el].end = len(self.records)
        return entry[0]

    def break_before(self, el: etree._Element, tag: str, block: bool, parent: _Frame) -> None:
        """What an element's start does to the text before it: a block ends the block before
        it; a <br> breaks the line (twice, or under a line that reads as a paragraph: the
        paragraph); an image in a figure is noted for its caption."""
        if block:
            if self.parts:
                self.flush(parent)
            self.brs = 0
            if tag == "tr":
                self.row_gen = self.gen
        elif tag == "br":
            self.brs += 1
            if self.brs >= 2 or (parent.kind != "list" and self.line_is_paragraph()):  # an item stays one
                if self.parts:
                    self.flush(parent)
            else:
                self.parts.append(" ")
                self.md.append(" ")
                self.line_at = len(self.parts)
        else:
            self.brs = 0
            if tag == "img" and parent.flags & F_FIGURE:
                self.image(el, parent)

    def kind_level(self, el: etree._Element, tag: str, block: bool, parent: _Frame, el_id: int) -> tuple[str, int]:
        """The kind of block an element's text makes (heading, code, quote, list, table or the
        parent's) and its level (a heading's, a list item's number)."""
        kind, level = parent.kind, parent.level
        if tag in _HEADINGS:
            kind, level = "heading", _HEADINGS[tag]
        elif tag == "pre":
            kind = "code"
            self.code_lang = _code_language(el.get("class"))
        if tag == "code" and kind == "code" and not self.code_lang:
            self.code_lang = _code_language(el.get("class"))  # <pre><code class="language-python">
        elif tag == "blockquote":
            kind = "quote"
        elif tag in ("li", "dt", "dd"):
            kind = "list" if kind != "quote" else kind
            level = self.item_number(parent) if tag == "li" else 0
            if tag == "li" and el_id >= 0:
                self.depths[el_id] = self.depths.get(parent.item, -1) + 1 if parent.item >= 0 else 0
        elif tag == "tr":
            kind = "table"
        elif block and kind == "table" and tag not in ("tbody", "thead", "tfoot", "table"):
            kind = "paragraph"
        return kind, level

    def start_action(self, el: etree._Element, tag: str, kind: str, block: bool) -> int:
        """What an element's start writes (a cell's separator, an opening quotation mark), and
        the action its end takes: end the block, close an inline mark (a link, emphasis) or a
        quotation, or none."""
        if tag in ("td", "th"):
            self.parts.append(" ")
            self.md.append(_CELL)
        elif tag == "a":
            self.opened.append((self.gen, len(self.parts), len(self.md), "a", el.get("href") or ""))
            return _MARK
        elif tag == "q":  # an inline quotation: a browser shows its quotation marks
            self.parts.append('"')
            self.md.append('"')
            return _QUOTE
        elif tag in _EMPHASIS and kind != "code":
            self.opened.append((self.gen, len(self.parts), len(self.md), _EMPHASIS[tag], ""))
            return _MARK
        return _BLOCK if block else _PLAIN

    def row_markdown(self, md: str, whole: bool) -> str:
        """A table row's Markdown: "| a | b |" when the row is one block of two cells or more
        (a cell that holds paragraphs splits its row, which then reads as text); else its
        cells apart by a space."""
        cells = md.split(_CELL)
        if not whole or len(cells) < 3 or cells[0].strip():
            return md.replace(_CELL, " ")
        self.pipe_rows.add(len(self.records))
        return "| " + " | ".join(" ".join(c.replace("|", "\\|").split()) for c in cells[1:]) + " |"

    def line_is_paragraph(self) -> bool:
        """The text before a lone <br> is a paragraph of its own: a sentence of BR_PARAGRAPH_WORDS
        words or more (an article whose paragraphs a page set apart with single <br>s; the
        lines of an address, a poem or a credit are shorter and stay one paragraph)."""
        line = "".join(self.parts[self.line_at :]).rstrip()
        return line[-1:] in _PARAGRAPH_END and len(line.split()) >= BR_PARAGRAPH_WORDS

    def item_part(self, frame: _Frame) -> _Frame:
        """The frame a list item's block is read in: the item's own for its first block; a
        paragraph's for the next ones (an item of several <p>s is one item, its number or
        bullet said once)."""
        if frame.item not in self.item_started:
            self.item_started.add(frame.item)
            return frame
        return _Frame(frame.tag, "paragraph", 0, frame.hints, frame.hint_el, frame.landmark_el, frame.flags,
                      frame.el, frame.item)

    def item_number(self, parent: _Frame) -> int:
        """An <ol> item's number (a list frame's level: headings alone use it otherwise); 0 in a <ul>."""
        if parent.tag != "ol" or parent.el not in self.numbers:
            return 0
        n = self.numbers[parent.el]
        self.numbers[parent.el] = n + 1
        return n

    def image(self, el: etree._Element, frame: _Frame) -> None:
        alt = " ".join((el.get("alt") or "").split())
        if alt:
            self.flush(frame)
            self.records.append((alt, f"![{alt}]({el.get('src') or ''})", [], frame, -2))

    def close_inline(self) -> None:
        if not self.opened:
            return
        gen, pi, mi, marker, href = self.opened.pop()
        if marker == "a":
            anchor = " ".join("".join(self.parts[pi:] if gen == self.gen else self.parts).split())
            if anchor:
                self.links.append((anchor, href))
        if gen != self.gen:
            return
        inner = "".join(self.md[mi:])
        core = inner.strip()
        if not core:
            return
        lead = " " if inner[:1].isspace() else ""
        trail = " " if inner[-1:].isspace() else ""
        if marker == "a":
            # Brackets in the text are escaped ("the plan \\[PDF\\]"); an unescaped one is markup already.
            usable = href and not href.startswith(("#", "javascript:", "mailto:")) and "[" not in _MD_ESCAPED.sub("", core)
            if usable and self.base and not href.startswith(("http://", "https://")):
                href = _absolute(self.base, href)  # (urljoin is slow: absolute addresses skip it)
            self.md[mi:] = [lead, f"[{core}]({_link_target(href)})" if usable else core, trail]
        else:
            if marker == "`":
                core = _MD_ESCAPED.sub(r"\1", core)  # a code span shows its text as it is: no escapes inside
            self.md[mi:] = [lead, f"{marker}{core}{marker}", trail]

    def flush(self, frame: _Frame, row_end: bool = False) -> None:
        """The text gathered so far becomes one block, in the context of ``frame``; ``row_end``
        when a <tr> closes."""
        if not self.parts:
            return
        text = "".join(self.parts)
        if text.strip():
            for gen, pi, _mi, marker, href in self.opened:  # a link still open runs across the break
                if marker == "a":
                    # (opened blocks ago, it holds the whole block: a card's <a> round its heading and blurb)
                    anchor = " ".join("".join(self.parts[pi:] if gen == self.gen else self.parts).split())
                    if anchor:
                        self.links.append((anchor, href))
            credit = -1
            if self.credit_at > 0:
                head = " ".join("".join(self.parts[: self.credit_at]).split())
                credit = len(head) + 1 if head and head != " ".join(text.split()) else -1
            if frame.kind == "list" and frame.item >= 0:
                frame = self.item_part(frame)
            # A code block's Markdown is its lines, fenced in _assemble: its record carries the language.
            md = self.code_lang if frame.kind == "code" else "".join(self.md)
            if _CELL in md:
                md = self.row_markdown(md, row_end and self.gen == self.row_gen)
            self.records.append((text, md, self.links, frame, credit))
            if not len(self.records) % budget.EVERY:
                budget.check()  # Config.time_budget, on a page with very many blocks
            self.links = []
        self.parts.clear()
        self.md.clear()
        self.gen += 1
        self.credit_at = -1
        self.brs = 0
        self.line_at = 0
        self.code_lang = ""


_FLAT_BLOCK = re.compile(r"<\s*/?\s*(?:{})\b[^>]*>".format("|".join(sorted(BLOCK_TAGS | {"br"}))), re.IGNORECASE)
_FLAT_SKIP = re.compile(r"<(script|style|noscript|noframes|template|svg|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_FLAT_TAG = re.compile(r"<[^>]*>")


def _flat_records(html: str, page: PageDom) -> list[tuple[str, str, list[tuple[str, str]], _Frame, int]]:
    """When the tree is lost (libxml2's depth limit): block tags break, other tags vanish."""
    from html import unescape

    top = _Frame("div", "paragraph", 0, (), -1, -1, 0, -1)
    text = _FLAT_BLOCK.sub("\n\n", _FLAT_SKIP.sub(" ", html))
    out: list[tuple[str, str, list[tuple[str, str]], _Frame, int]] = []
    for chunk in text.split("\n\n"):
        plain = unescape(_FLAT_TAG.sub("", chunk))
        if plain.strip():
            out.append((plain, plain, [], top, -1))
    return out


# What ftfy (in normalise) would repair: UTF-8 read as Latin-1/windows-1252 (two or more such
# characters in a row, or the "Â" of a no-break space), escapes of HTML, and control characters.
# Without them, only spaces and invisible characters need work, and ftfy's scan can be skipped.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]"
                       "|\u00c2(?=\\s|$)|[\x00-\x08\x0b-\x1f\x7f-\x9f" + chr(0xD800) + "-" + chr(0xDFFF) + "]|&#?\\w+;|\u00ef\u00bb\u00bf")  # (mypyc takes no surrogate literal)
_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff\u00ad\u180e]")
_ASCII_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")  # what normalise drops


# Markdown output: text that would read as markup is escaped ("\\*", "\\<script>", "snake\\_case"),
# inline where a character would open emphasis, code, a link or raw HTML, and at a block's
# start where it would open a heading, quote, list item or table row ("1984\\. That was").
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_CELL = "\x1f"  # where a table cell starts in a block's Markdown, until the row is written
_MD_ESCAPED = re.compile(r"\\([\\`*_\[\]<])")
_MD_BLOCK_START = re.compile(r"(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|\||=+$)|(\d{1,9})([.)])(?=\s|$)")


_LANGUAGE = re.compile(r"(?:^|\s)(?:language|lang)-([\w+#.-]{1,30})(?=\s|$)")


_ODD_HREF = re.compile(r"[\s()<>]")


def _link_target(href: str) -> str:
    """A link's address as Markdown reads it whole: in <…> when it holds a space or a
    parenthesis ("/search?q=elm park"), angle brackets percent-encoded."""
    href = href.strip()
    if _ODD_HREF.search(href) is None:
        return href  # most addresses
    href = href.replace("<", "%3C").replace(">", "%3E")
    return f"<{href}>" if _ODD_HREF.search(href) else href


def _code_language(cls: str | None) -> str:
    """The language a code block's class names ("language-python", Prism's and highlight.js's way)."""
    m = _LANGUAGE.search(cls) if cls else None
    return m[1] if m else ""


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_line_start(markdown: str) -> str:
    m = _MD_BLOCK_START.match(markdown)
    if m is None:
        return markdown
    if m[1]:
        return "\\" + markdown
    return f"{m[2]}\\{m[3]}{markdown[m.end():]}"


def _needs_repair(text: str) -> bool:
    return not text.isascii() and _MOJIBAKE.search(text) is not None


def _tidy(text: str) -> str:
    if text.isascii():
        # Control characters would make the output read as binary when cleaned again.
        return _ASCII_CONTROL.sub("", text)
    return unicodedata.normalize("NFC", STRAY_ZWJ.sub("", _INVISIBLE.sub("", text)))


def _code_text(raw: str) -> str:
    """A <pre>'s code as the Markdown output writes it and clean() reads it back: normalised
    (odd spaces and line ends, as in any text), tabs expanded first (normalise() would fold
    them), trailing spaces, blank edges and the common indent gone."""
    try:
        fixed = normalise(raw.expandtabs(4))
    except InputError:
        fixed = _tidy(raw.expandtabs(4))
    return textwrap.dedent("\n".join(ln.rstrip() for ln in fixed.split("\n"))).strip("\n")


def _assemble(records: list[tuple[str, str, list[tuple[str, str]], _Frame, int]], page: PageDom,
              pipe_rows: set[int], depths: dict[int, int]) -> tuple[str, list[Block]]:
    """Normalise the blocks' texts, join them, and give every block its span."""
    texts = [" ".join(r[0].split()) for r in records]
    joined = "\n\n".join(texts)
    fixed = normalise(joined).split("\n\n") if _needs_repair(joined) else [_tidy(t) for t in texts]
    if len(fixed) != len(texts):
        fixed = [normalise(t) for t in texts]
    blocks: list[Block] = []
    pos = 0
    pieces: list[str] = []
    first_block = []  # record index -> index of the first block at or after it
    joined_hints: dict[tuple[str, ...], str] = {}  # frames share their ancestors' hint tuples
    every = budget.EVERY
    for at, ((raw_text, md, links, frame, credit_at), before, text) in enumerate(zip(records, texts, fixed)):
        first_block.append(len(blocks))
        if not len(first_block) % every:
            budget.check()
        same = text == before  # the usual case: tidying changed nothing, spaces are folded already
        if not same:
            text = " ".join(text.split())
        if not text:
            continue
        if pieces:
            pos += 2
        start = pos
        pos += len(text)
        pieces.append(text)
        kind = "image" if credit_at == -2 else frame.kind
        if kind == "paragraph" and frame.tag in ("td", "th"):
            kind = "table"
        if kind == "code":
            markdown = code_blocks.fenced(_code_text(raw_text), md)  # lines and indentation kept
        else:
            markdown = _block_markdown(kind, frame.level, md if text == before else normalise(md), at in pipe_rows)
        dom = BlockDom(page, frame.hint_el, frame.landmark_el, frame.flags,
                       credit_at if credit_at >= 0 and text == before else -1)
        hints = joined_hints.get(frame.hints)
        if hints is None:
            hints = joined_hints[frame.hints] = " ".join(frame.hints)
        blocks.append(
            Block(
                index=len(blocks), kind=kind, raw=text, start=start, end=pos, text=text,
                level=frame.level if kind == "heading" else 0, links=links, tag=frame.tag or "div",
                hints=hints, markdown=markdown, dom=dom, indent=4 * depths.get(frame.item, 0) if kind == "list" else 0,
            )
        )
    first_block.append(len(blocks))
    _to_blocks(page.elements, first_block)
    return "\n\n".join(pieces), blocks


def _block_markdown(kind: str, level: int, md: str, pipe_row: bool) -> str:
    """A block's Markdown line from its inline Markdown ``md``, with the marker its kind
    takes: a heading's "#", an item's "- " or "2. ", a quote's "> "."""
    markdown = " ".join(md.split())
    if not pipe_row:
        markdown = _md_line_start(markdown)  # a row's leading "|" is the table's
    if kind == "heading":
        return "#" * max(1, level) + " " + markdown
    if kind == "list":
        return (f"{level}. " if level > 0 else "- ") + markdown
    if kind == "quote":
        return "> " + markdown
    return markdown


def _to_blocks(elements: list[Element], first_block: list[int]) -> None:
    """Elements' record indices -> block indices (``first_block``: a record's first block at or
    after it, one more entry past the last record). min/max spelt out: 100k elements on a big page."""
    n = len(first_block) - 1
    for el in elements:
        start, end = el.start, el.end
        el.start = first_block[start if start < n else n]
        el.end = first_block[n if end > n else end if end > 0 else 0]
