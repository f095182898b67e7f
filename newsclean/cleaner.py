"""The pipeline: read -> segment -> classify -> revise -> assemble.

Cleaning is a projection: a second pass over the output finds nothing more to
remove. The pipeline runs again on its own output until that holds (one extra
pass in practice), mapping later removals back to the input's spans.
"""

from __future__ import annotations

import os
import re
import time
import warnings
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import author_cues, authors, budget, features, headers, markup, metadata, title
from .assemble import body_blocks, item_indent, join, nest_lists, removals, render
from .blocks import Block
from .classify import Memo, classify
from .config import Config
from .document import Document, Metadata, Removal
from .errors import InputError, TimeBudgetExceeded, UnsupportedFormatError
from .normalise import normalise
from .revise import revise
from .rules import RuleSet, load
from .segment import segment

Span = tuple[str, int, int]  # a kept block's raw text and its place in the input

if TYPE_CHECKING:
    from .batch import Failed, OnError

FORMATS = ("auto", "text", "markdown", "html")
_MAX_PASSES = 4
_ASCII_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")  # what normalise() drops from ASCII text
_MEMO_LIMIT = 200_000  # rule matches remembered across documents, then forgotten at once


class Cleaner:
    """Compiles the rule packs once; ``clean()`` may then be called many times."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.rules: RuleSet = load(self.config.rule_packs, self.config.disable_rules)
        self._dom_free = not any(r.hints is not None or r.kinds for r in self.rules.rules)
        self._memo: Memo = {}

    def clean(
        self, data: str | bytes | bytearray | memoryview, *, format: str = "auto", url: str | None = None,
        config: Config | None = None,
    ) -> Document:
        """Clean one document. Raises InputError for unreadable input."""
        if config is not None and config != self.config:
            return cleaner_for(config).clean(data, format=format, url=url)
        if format not in FORMATS:
            raise InputError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")
        data = _readable(data)
        deadline = time.monotonic() + self.config.time_budget if self.config.time_budget else None
        with budget.running(deadline) as timeouts:
            try:
                doc = self._clean(data, format, url, deadline)
            except TimeoutError as exc:
                if isinstance(exc, TimeBudgetExceeded):
                    raise
                # A pattern ran past the regex module's timeout (the safety net against
                # pathological input): report it as the documented time error.
                raise TimeBudgetExceeded(f"a pattern exceeded its time limit on this document: {exc}") from exc
        if timeouts[0]:
            warnings.warn(TIMEOUT_WARNING, RuntimeWarning, stacklevel=2)
        return doc

    def _clean(self, data: str | bytes, format: str, url: str | None, deadline: float | None) -> Document:
        if format == "html" or (format == "auto" and _html_head(data)):
            return self._clean_html(data, url, deadline)  # bytes: decoded by the page's own charset
        text = normalise(data)
        _check(deadline)
        header = headers.read(text) if format != "html" else None
        body_at = header.end if header else 0  # the body starts under a tool's header
        dialect = detect_format(text[body_at:]) if format == "auto" else format
        if dialect == "html":
            return self._clean_html(text, url, deadline)
        if header is not None:
            url = url or header.metadata.url
        doc = self._clean_text(text, body_at, dialect, url, deadline, header)
        if format == "auto" and (_opens_page(doc.text) or _fragment(doc.text)):
            # Markup cut off mid-tag, or led by lines of junk, reads as text; once those go, its
            # output is a fragment that clean(doc.text) would read as HTML. Read it so now: the
            # output must clean to itself.
            return self._clean_html(text, url, deadline)
        if format == "auto" and dialect == "text" and markup.looks_markdown(doc.text):
            # Lines joined into paragraphs can complete a construct the input broke across
            # lines ("[a link's\ntext](url)"): clean(doc.text) would read Markdown, so read it so now.
            return self._clean_text(text, body_at, "markdown", url, deadline, header)
        return doc

    def _clean_text(
        self, text: str, body_at: int, dialect: str, url: str | None, deadline: float | None,
        header: headers.Header | None,
    ) -> Document:
        memo = self._shared_memo()
        # (the blocks are _finish's alone, so it can let them go before the output settles)
        return self._finish(text, dialect, self._read(text, body_at, dialect, url, deadline, memo), url, deadline, memo,
                            header=header)

    def _read(self, text: str, body_at: int, dialect: str, url: str | None, deadline: float | None,
              memo: Memo) -> list[Block]:
        blocks = _shifted(segment(text[body_at:], dialect), body_at)
        _check(deadline)
        return self._label(blocks, url, deadline, memo=memo)

    def clean_many(
        self, items: Iterable[Any], *, jobs: int | None = None, on_error: OnError = "raise", window: int | None = None
    ) -> Iterator[Document | Failed]:
        """Clean many documents in ``jobs`` worker processes (default: all cores); yield them in input order.

        ``items`` are ``str``/``bytes``, or mappings with ``"text"`` and optional ``"url"``
        and ``"format"``; any iterable, consumed lazily (at most ``window`` chunks in flight).
        Each worker builds one Cleaner from this one's (pickled) config. ``jobs=1`` runs here.

        A document that fails: ``on_error="raise"`` (default) raises
        :class:`~newsclean.batch.CleaningFailed` (its ``.failed`` says which and why) and
        stops; ``"return"`` yields a :class:`~newsclean.batch.Failed` in its place, so the
        output stays aligned with the input; ``"skip"`` leaves it out.
        """
        from .batch import clean_many

        return clean_many(self, items, jobs=jobs, on_error=on_error, window=window)

    def _shared_memo(self) -> Memo:
        """Rule matches depend only on a block's text and place, not on its document: pages
        of one site repeat their menus and footers, so matches are kept across documents."""
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
        return self._memo

    def _clean_html(self, text: str | bytes, url: str | None, deadline: float | None) -> Document:
        try:
            from .html_dates import choose_published
            from .revise_html import label_html
            from .segment_html import segment_html
        except ImportError as exc:  # a broken install: lxml and beautifulsoup4 are dependencies
            raise UnsupportedFormatError(f"HTML needs beautifulsoup4 and lxml ({exc}): pass text or Markdown") from None
        page_text, blocks, page_meta = segment_html(text, url, resolve=self.config.output == "markdown")
        _check(deadline)
        # A block's match depends on its DOM (hints, kind) only through rules that ask for them;
        # without such rules the page's matches serve its settle pass and the next pages.
        dom_free = self._dom_free
        memo: Memo = self._shared_memo() if dom_free else {}
        label_html(
            blocks, self.rules, url or page_meta.url, self.config.regex_timeout, lambda: _check(deadline),
            memo if dom_free else None,
        )
        # a theme's default, the site as its own author (Squarespace): the page's byline, when it names people, says
        # who wrote it (not on a site named for its writer, "Jane Roe")
        site = page_meta.source or ""
        site_only = bool(site) and {a.casefold() for a in page_meta.authors} == {site.casefold()} and not authors.person(site)
        doc = self._finish(page_text, "html", blocks, url or page_meta.url, deadline, memo, None if site_only else page_meta.authors)
        if site_only and doc.metadata.authors and all(authors.person(a) for a in doc.metadata.authors):
            page_meta.authors = []
        choose_published(page_meta, doc.metadata, blocks, url or page_meta.url)
        if page_meta.title:  # an og:title or JSON-LD headline is often the <title>: "Headline | Site"
            page_meta.title = metadata.strip_site_name(page_meta.title, url or page_meta.url, page_meta.source)
        metadata.merge(page_meta, doc.metadata)
        return doc

    def _label(  # type: ignore[no-untyped-def]
        self, blocks: list[Block], url: str | None, deadline: float | None, revise=revise,
        memo: Memo | None = None, language: str | None = "",
    ) -> list[Block]:
        if language == "":
            language = features.detect_language(blocks)
        features.annotate(blocks, language)
        _check(deadline)
        classify(blocks, self.rules, self.config.regex_timeout, memo)
        _check(deadline)
        revise(blocks, url)
        _check(deadline)
        return blocks

    def _finish(
        self, text: str, dialect: str, blocks: list[Block], url: str | None, deadline: float | None, memo: Memo,
        stated: list[str] | None = None, header: headers.Header | None = None,
    ) -> Document:
        output = self.config.output if dialect != "text" else "text"
        meta = metadata.build(blocks, url, stated, features.detect_language(blocks))
        if header is not None:
            header.metadata.title = title.without_site(header.metadata.title, meta.title)
            metadata.merge(header.metadata, meta)  # stated outright, as a page's own metadata is
        author_cues.mark_bios(blocks, meta.authors)
        author_cues.mark_name_lines(blocks, meta.authors)
        kept = body_blocks(blocks, self.config)
        removed = removals(blocks, self.config)
        meta.language = features.detect_language(kept) if kept else None
        paragraphs = [render(b, output) for b in kept]
        if output == "markdown":
            paragraphs = nest_lists(paragraphs)
        spans = [(b.raw, b.start, b.end) for b in kept]
        # The blocks go before the output settles, which segments it again: a document of many
        # short lines would otherwise hold both readings at once (the caller of a text's _finish
        # keeps no reference to them).
        blocks = kept = []
        # HTML output is settled too: cleaning is a projection whatever the input was.
        paragraphs, later = self._settle(paragraphs, spans, dialect, output, url, deadline, memo, meta)
        out = join(paragraphs, output == "markdown")
        if output == "markdown" and not markup.looks_markdown(out):
            # Lists alone do not say Markdown: clean(doc.text) reads an output with nothing else
            # of Markdown as text, a line a paragraph, no indentation; so it is written as such.
            out = join([p.lstrip(" ") for p in paragraphs])
        removed.extend(later)
        if header is not None:  # never article text, whatever the config keeps
            removed.append(Removal("boilerplate", header.rule, text[header.start : header.end], header.start, header.end))
        removed.sort(key=lambda r: r.start)
        return Document(text=out, metadata=meta, removed=removed, input_text=text, format=dialect)

    def _settle(
        self, paragraphs: list[str], origin: list[Span], dialect: str, output: str, url: str | None,
        deadline: float | None, memo: Memo, meta: Metadata,
    ) -> tuple[list[str], list[Removal]]:
        """Re-clean the output until it no longer changes; map later removals to input spans.

        The output is read the way ``clean(doc.text)`` would read it, so cleaning the
        result again is a no-op. Each pass only drops paragraphs or markup, so it ends.
        """
        later: list[Removal] = []
        if dialect == "html":
            # Page text was decoded from the DOM, not by normalise(): read it as clean() would.
            pairs = [(_renormalise(p), o) for p, o in zip(paragraphs, origin)]
            paragraphs = [p for p, _ in pairs if p]
            origin = [o for p, o in pairs if p]
        for _ in range(_MAX_PASSES):
            joined = join(paragraphs, output == "markdown")
            if not joined:
                break
            again = "markdown" if output == "markdown" else "text" if dialect == "text" else detect_format(joined)
            blocks = segment(joined, "text" if again == "html" else again)
            # A table's separator row is join()'s, not a paragraph of the output.
            units = [b for b in blocks if not _separator_row(b)] if output == "markdown" else blocks
            if len(units) != len(paragraphs):
                break  # one output paragraph is one block; anything else is not ours to judge
            self._label(blocks, url, deadline, memo=memo, language=meta.language)
            author_cues.mark_bios(blocks, meta.authors)  # as _finish did: the page's authors stand
            author_cues.mark_name_lines(blocks, meta.authors)
            kept, kept_origin = [], []
            for b, src in zip(units, origin):
                if b.text and b.kind != "rule" and not self.config.removes(b.label):
                    kept.append(render(b, output))
                    kept_origin.append(src)
                else:
                    label = b.label if b.text and b.label != "body" else "chrome"
                    raw, start, end = src
                    later.append(Removal(label, b.rule or "markup.empty", raw, start, end))
            if output == "markdown":
                kept = nest_lists(kept)
            if kept == paragraphs:
                break
            paragraphs, origin = kept, kept_origin
        return paragraphs, later


# One fixed message, so that Python's warning filter shows it once, not once per document.
TIMEOUT_WARNING = ("rule patterns ran past Config.regex_timeout and were abandoned: "
                   "the blocks they would have matched were left to the feature pass")


def _separator_row(b: Block) -> bool:
    return b.kind == "rule" and "|" in b.raw and markup.TABLE_SEP.match(b.raw) is not None


def _shifted(blocks: list[Block], offset: int) -> list[Block]:
    """Blocks segmented from ``text[offset:]``, their spans made the whole text's."""
    if offset:
        for b in blocks:
            b.start += offset
            b.end += offset
    return blocks


def _readable(data: object) -> str | bytes:
    """The input as str or bytes: the decoders and bs4 take no other buffer."""
    if isinstance(data, (str, bytes)):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise InputError(f"expected text (str) or bytes to clean, not {type(data).__name__}")


def _renormalise(paragraph: str) -> str:
    """An output paragraph as clean() would read it: white space folded, but for a fenced
    code block's lines (the one paragraph render writes on several lines) and a nested
    list item's indentation."""
    lines = paragraph.startswith("```") and "\n" in paragraph
    indent = item_indent(paragraph)
    if paragraph.isascii() and not _ASCII_CONTROL.search(paragraph):
        return paragraph if lines else indent + " ".join(paragraph.split())  # all normalise() would change is white space
    try:
        fixed = normalise(paragraph)
    except InputError:
        return paragraph
    return "\n".join(ln.rstrip() for ln in fixed.split("\n")) if lines else indent + " ".join(fixed.split())


def _html_head(data: str | bytes) -> bool:
    """The input starts like an HTML page (checked before any decoding, so that the page's
    own charset decodes it). A fragment is found after decoding, by detect_format()."""
    head = data[:1000].decode("latin-1") if isinstance(data, bytes) else data[:1000]
    return _opens_page(head.lstrip("\ufeff\xef\xbb\xbf"))


_DOCUMENT_TAG = re.compile(r"<(?:head|body)[\s>/]")  # not "<header>"
# The block elements a fragment of a page (a CMS's article body, a scraped <div>) opens with.
_FRAGMENT_OPEN = re.compile(
    r"<(?:article|aside|blockquote|div|dl|figure|footer|h[1-6]|header|main|ol|p|pre|section|table|ul)[\s>]"
)
_CLOSING_TAG = re.compile(r"</[a-z][a-z0-9]*\s*>")
_FRAGMENT_END = re.compile(r"</[a-z][a-z0-9]*\s*>\Z")


def detect_format(text: str) -> str:
    """"html" for a page that opens with markup and has a document's tags near its top
    ("<!-- saved from … --> <html>"), or a fragment of one; an article that shows "<body>"
    in a code sample opens with words, so it stays text or Markdown (and its clean output
    reads the same)."""
    if _opens_page(text) or _fragment(text):
        return "html"
    return "markdown" if markup.looks_markdown(text) else "text"


def _opens_page(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (head.startswith("<") and bool(_DOCUMENT_TAG.search(head)))


def _fragment(text: str) -> bool:
    """Markup cut out of a page: it opens with a block element's tag, ends with a closing
    tag and closes two elements at least. Text or Markdown that merely shows a tag (a code
    sample, an opening "<div>" line) opens or ends with words, so it is never read as one."""
    head = text.lstrip()[:1000].lower()
    if not _FRAGMENT_OPEN.match(head):
        return False
    tail = text[-1000:].rstrip().lower()
    sample = text.lower() if len(text) <= 2000 else head + tail  # head and tail apart: no tag counted twice
    return bool(_FRAGMENT_END.search(tail)) and len(_CLOSING_TAG.findall(sample)) >= 2


def _check(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise TimeBudgetExceeded("document exceeded Config.time_budget")


def clean(
    data: str | bytes | bytearray | memoryview, *, format: str = "auto", url: str | None = None,
    config: Config | None = None,
) -> Document:
    """Clean one document with a shared Cleaner for ``config`` (default: ``Config()``)."""
    return cleaner_for(config or Config()).clean(data, format=format, url=url)


def cleaner_for(config: Config) -> Cleaner:
    """A shared Cleaner for ``config``, built on first use: loading the packs costs tens of
    milliseconds from the rule-set cache (seconds to compile them without it), cleaning a
    page a few. Rebuilt when a pack file of its changes."""
    return _built(config, tuple(_stamp(p) for p in config.rule_packs))


@lru_cache(maxsize=4)  # few configs are used at once; each Cleaner holds its rules and memo
def _built(config: Config, stamps: tuple[tuple[int, int] | None, ...]) -> Cleaner:
    return Cleaner(config)  # a pack that fails raises, and nothing is cached


def _stamp(path: os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None  # Cleaner() reports it as a RulePackError
    return st.st_mtime_ns, st.st_size
