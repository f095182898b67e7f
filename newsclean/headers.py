"""A header a tool set above the document: YAML front matter (static sites, crawler
exports) or a reader service's "Title: / URL Source: / Published Time: / Markdown
Content:" lines. Its fields state the document's metadata outright; the header itself
is never article text, so the body starts after it.

Only the header's shape is read, no YAML library: top-level ``key: value`` lines, quoted
or not, and a key's list (``- item`` lines or ``[a, b]``). Anything else between the
fences (a line of prose, a thematic break opening an article) means it is no header.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from .document import Metadata
from .metadata import iso_date

FRONT_MATTER_LINES = 100  # the most lines a front matter block may hold
_FENCE = regex.compile(r"---[ \t]*\n")
_CLOSE = regex.compile(r"^(?:---|\.\.\.)[ \t]*$", regex.M)
_KEY_LINE = regex.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_ITEM_LINE = regex.compile(r"^[ \t]+-[ \t]+(.*?)[ \t]*$|^-[ \t]+(.*?)[ \t]*$")
_NESTED_LINE = regex.compile(r"^[ \t]+\S")  # a nested mapping's line: read past, not used
# A reader service's header: "Label: value" lines, blank lines between, until "Markdown Content:".
_READER_LINE = regex.compile(r"^(Title|URL Source|Published Time|Description|Warning|Number of Pages):[ \t]*(.*?)[ \t]*$")
_READER_END = regex.compile(r"^Markdown Content:[ \t]*$")
READER_LINES = 20

# Field names, as the tools spell them, for each metadata field.
_TITLE = ("title", "Title")
_AUTHORS = ("author", "authors", "byline")
_PUBLISHED = ("date", "published", "pubDate", "publishDate", "date_published", "Published Time")
_UPDATED = ("lastmod", "updated", "modified", "date_modified")
_URL = ("url", "permalink", "canonical", "canonical_url", "URL Source")
_SUBTITLE = ("subtitle",)


@dataclass
class Header:
    kind: str  # "front-matter" or "reader"
    start: int  # the header's span in the text
    end: int
    fields: dict[str, str | list[str]]

    @property
    def rule(self) -> str:
        return f"header.{self.kind}"

    @cached_property
    def metadata(self) -> Metadata:
        """What the header states, as metadata (read once: the URL is wanted before the rest)."""
        meta = Metadata()
        meta.title = self._text(_TITLE)
        meta.subtitle = self._text(_SUBTITLE)
        for key in _AUTHORS:
            value = self.fields.get(key)
            if value:
                meta.authors = [value] if isinstance(value, str) else list(value)
                break
        published, updated = self._text(_PUBLISHED), self._text(_UPDATED)
        meta.published = iso_date(published) if published else None
        meta.updated = iso_date(updated) if updated else None
        url = self._text(_URL)
        meta.url = url if url and url.startswith(("http://", "https://")) else None
        return meta

    def _text(self, keys: tuple[str, ...]) -> str | None:
        for key in keys:
            value = self.fields.get(key)
            if isinstance(value, str) and value:
                return value
        return None


def read(text: str) -> Header | None:
    """The header at the start of ``text``, or None."""
    lead = len(text) - len(text.lstrip())
    if text.startswith("---", lead):
        return _front_matter(text, lead)
    if text.startswith("Title:", lead):
        return _reader(text, lead)
    return None


def _front_matter(text: str, lead: int) -> Header | None:
    opened = _FENCE.match(text, lead)
    if opened is None:
        return None
    close = _CLOSE.search(text, opened.end())
    if close is None:
        return None
    lines = text[opened.end() : close.start()].splitlines()
    if len(lines) > FRONT_MATTER_LINES:
        return None
    fields = _yaml_fields(lines)
    if not fields:
        return None
    return Header("front-matter", lead, close.end(), fields)


def _yaml_fields(lines: list[str]) -> dict[str, str | list[str]] | None:
    """Top-level scalars and lists of simple YAML; None when a line is not YAML's."""
    fields: dict[str, str | list[str]] = {}
    key = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM_LINE.match(line)
        if item and key is not None:
            value = fields.get(key)
            if isinstance(value, list) or not value:
                fields[key] = [*(value or []), _unquote(item[1] or item[2] or "")]
            continue
        m = _KEY_LINE.match(line)
        if m:
            key = m[1]
            fields[key] = _value(m[2] or "")
            continue
        if _NESTED_LINE.match(line) and key is not None:
            continue  # a nested mapping ("image:\n  src: ..."): not a field we read
        return None
    return fields or None


def _value(raw: str) -> str | list[str]:
    if raw.startswith("[") and raw.endswith("]"):
        return [_unquote(v) for v in raw[1:-1].split(",") if v.strip()]
    return _unquote(raw)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _reader(text: str, lead: int) -> Header | None:
    fields: dict[str, str | list[str]] = {}
    pos = lead
    for n, line in enumerate(text[lead:].split("\n")):
        if n > READER_LINES:
            return None
        end = pos + len(line)
        if _READER_END.match(line):
            return Header("reader", lead, end, fields) if "Title" in fields else None
        m = _READER_LINE.match(line)
        if m:
            fields[m[1]] = m[2]
        elif line.strip():
            return None  # the header's lines are labelled, each one: this is text
        pos = end + 1
    return None
