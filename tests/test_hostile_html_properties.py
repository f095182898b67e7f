"""Properties of HTML input, as tests/test_properties.py has them for text and Markdown.

CI runs the "ci" profile (1,000 examples per property); `HYPOTHESIS_PROFILE=long` runs 20,000.
Pages are built from real page furniture (nav, asides, figures, scripts, hint classes)
and from arbitrary text, attributes and broken markup.
"""

from __future__ import annotations

from collections import Counter
from html import escape

import regex
from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean.normalise import normalise

WORD = regex.compile(r"[^\W_]+")
_OL_NUMBER = regex.compile(r"^\d+\. ", regex.M)

TAGS = ["div", "p", "span", "a", "b", "i", "em", "strong", "li", "ul", "ol", "h1", "h2", "h3", "nav", "aside",
        "footer", "header", "article", "main", "section", "figure", "figcaption", "blockquote", "table", "tr", "td",
        "pre", "code", "button", "label", "form", "br", "img", "script", "style", "noscript", "svg", "template"]
CLASSES = ["", "related", "share-buttons", "newsletter", "ad-slot", "caption", "content", "article-body", "comments",
           "menu", "hidden", "byline", "gallery", "paywall", "footer", "relatedPosts__list", "tag-news"]
PIECES = [
    "Support us", "Advertisement", "Read more", "×", "By Jane Doe", "June 27, 2020", "Share this article",
    "MOSCOW (AP) — Officials said on Friday that talks would resume.", "© 2024 Example. All rights reserved.",
    "The council voted on Tuesday to expand the bus network, ending a debate that lasted two years.",
    "Supporters said the new routes would cut commuting times for thousands of workers in the suburbs.",
    "Les élus ont voté mardi pour étendre le réseau de bus vers les banlieues du nord de la ville.",
    "市议会周二投票决定将公交网络扩展到北部郊区。", "&amp;", "&nbsp;", "&#x27;", "&bogus;", "<", ">", "</", "<!--",
    "-->", "<![CDATA[", "\u200b", "\u00ad", "caf\u00c3\u00a9", "\x00", "\ud800", "",
]

text = st.sampled_from(PIECES) | st.text(max_size=30)


@st.composite
def element(draw, depth: int = 0) -> str:  # type: ignore[no-untyped-def]
    tag = draw(st.sampled_from(TAGS))
    attrs = ""
    cls = draw(st.sampled_from(CLASSES))
    if cls:
        attrs += f' class="{cls}"'
    if draw(st.booleans()):
        attrs += f' {draw(st.sampled_from(["id", "role", "style", "aria-hidden", "href", "alt", "hidden"]))}="{escape(draw(text))}"'
    if tag in ("br", "img"):
        return f"<{tag}{attrs}>"
    children = []
    if depth < 3:
        children = draw(st.lists(element(depth + 1) | text, max_size=4))
    else:
        children = [draw(text)]
    close = "" if draw(st.integers(0, 9)) == 0 else f"</{tag}>"  # now and then left unclosed
    return f"<{tag}{attrs}>" + "".join(children) + close


@st.composite
def page(draw) -> str:  # type: ignore[no-untyped-def]
    head = ""
    if draw(st.booleans()):
        head = f"<head><title>{escape(draw(text))}</title><meta property=\"og:title\" content=\"{escape(draw(text))}\"></head>"
    body = "".join(draw(st.lists(element() | text, min_size=1, max_size=5)))
    doctype = draw(st.sampled_from(["<!DOCTYPE html>", "", "<?xml version='1.0'?>"]))
    return f"{doctype}<html>{head}<body>{body}</body></html>"


def clean_or_none(html: str) -> newsclean.Document | None:
    try:
        return newsclean.clean(html, format="html")
    except newsclean.InputError:
        return None  # documented: undecodable or binary-looking input is refused


@given(page())
def test_html_never_raises_anything_undocumented(html: str) -> None:
    clean_or_none(html)


@given(page())
@example("<!DOCTYPE html><html><body>Support us<div>Ã 0</body></html>")  # a line repaired alone
def test_html_never_invents_words(html: str) -> None:
    doc = clean_or_none(html)
    if doc is None:
        return
    # The page's text is repaired (ftfy takes a lone "»Ä" for mojibake of "Ȁ"): words of
    # the repaired text count as given too.
    # The repair is per block, so a line may be repaired where the whole page is not ("Ã 0" ->
    # "à 0" alone, found by hypothesis): each line's repaired words count too.
    given_words = Counter(WORD.findall(doc.input_text)) | Counter(WORD.findall(normalise(doc.input_text)))
    for line in doc.input_text.splitlines():
        given_words |= Counter(WORD.findall(normalise(line)))
    # An <ol>'s items are numbered in the output ("1. ..."), as Markdown numbers them: the
    # numbers are the list's, not words of its text.
    out = _OL_NUMBER.sub("", doc.text)
    assert not Counter(WORD.findall(out)) - given_words


@given(page())
def test_html_output_is_idempotent(html: str) -> None:
    doc = clean_or_none(html)
    if doc is None:
        return
    assert newsclean.clean(doc.text).text == doc.text


@given(page())
def test_html_deterministic(html: str) -> None:
    first, second = clean_or_none(html), clean_or_none(html)
    assert (first is None) == (second is None)
    if first is not None and second is not None:
        assert first.to_dict() == second.to_dict()


@given(page())
def test_html_removal_spans_match_input(html: str) -> None:
    doc = clean_or_none(html)
    if doc is None:
        return
    for r in doc.removed:
        assert 0 <= r.start <= r.end <= len(doc.input_text)
        assert doc.input_text[r.start : r.end] == r.text
