"""Metadata a page states about itself: JSON-LD, OpenGraph and ``article:`` tags,
``<meta name=author>``, ``<time datetime>``, ``<link rel=canonical>``, ``<title>``.

Structured data is the publisher's own account, so it wins over what the text rules
read from the body (see ``metadata.merge``). Within the page the order is JSON-LD,
then meta tags, then ``<time>`` and ``<title>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import regex

from .authors import credential, role_only
from .document import Metadata
from .metadata import iso_date
from .normalise import fix_surrogates

ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "TechArticle",
        "ScholarlyArticle", "SocialMediaPosting", "Report", "SatiricalArticle", "AdvertiserContentArticle",
        "MedicalScholarlyArticle", "Posting", "DiscussionForumPosting", "Review", "Recipe", "HowTo",
        "JobPosting",  # its datePosted: the posting's date, not the closing date the page shows
    )
)
PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "faqpage", "qapage", "medicalwebpage", "collectionpage"})

_META_TITLE = ("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "headline")
_META_AUTHOR = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
    "citation_author", "twitter:creator:name", "cxenseparse:author", "authors",
)
_META_PUBLISHED = (
    "article:published_time", "og:published_time", "published_time", "article:published", "datepublished",
    "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date",
    "date", "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "citation_publication_date",
    "citation_date", "og:article:published_time", "release_date", "cxenseparse:recs:publishtime", "originalpublicationdate",
)
_META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "dc.date.modified")
# Any other key that names a publication date: "published", "w-published-date", "pub_date".
_PUBLISHED_KEY = regex.compile(r"(?:^|[-_.:])(?:publish(?:ed)?|pub)(?:[-_.]?(?:date|time|on))?$")
_META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_META_URL = ("og:url",)
_TITLE_SEPARATORS = regex.compile(r"\s+(?:[|–—·•»:]|-{1,2}|::)\s+")
_HANDLE = regex.compile(r"^@\w+$")
_BY = regex.compile(r"^(?:(?:written|posted)\s+by|by|von|par|por|author|autor|auteur)(?:\s*:\s*|\s+)", regex.I)
# What no name holds: code ("align-self:flex-start", "{"), a template's unfilled key
# ("page.head.extra.author"; not a user name, "sara.r.peter"), an account number ("262588213843476").
_NO_NAME = regex.compile(r"[{}:;=<>]|^[\w.]+\.(?:author|name|byline|writer)$|^[^\p{L}]*$", regex.I)
_URLISH = regex.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)\b", regex.I)


class PageFacts:
    """What the walker saw of the page's metadata elements, before any judgement."""

    __slots__ = ("base", "canonical", "h1", "itemprops", "jsonld", "meta", "repeats", "times", "title")

    def __init__(self) -> None:
        self.jsonld: list[str] = []
        self.meta: dict[str, str] = {}
        self.title: str | None = None
        self.canonical: str | None = None
        self.base: str | None = None  # <base href>: what a relative canonical link is relative to
        self.times: list[tuple[str, bool]] = []  # (datetime, says it is the publication date)
        self.itemprops: dict[str, str] = {}
        self.h1: list[str] = []
        self.repeats: dict[str, list[str]] = {}  # an author key's every value: one tag per author

    def add_meta(self, key: str | None, value: str | None) -> None:
        if key and value and value.strip():
            key, value = key.strip().lower(), value.strip()
            if key in self.meta and key in _META_AUTHOR:
                values = self.repeats.setdefault(key, [self.meta[key]])
                if value not in values:
                    values.append(value)
            self.meta.setdefault(key, value)


def build(facts: PageFacts) -> Metadata:
    """Metadata from the page's own structure; empty fields where the page says nothing."""
    meta = Metadata()
    meta.title = _visible_headline(facts.h1)
    site = _first(facts.meta, _META_SITE)
    if meta.title and site and meta.title.casefold() == site.casefold():
        meta.title = None  # a portal's banner h1 is its name (a help centre's), the article's title lower down
    article, page = _jsonld_nodes(facts.jsonld)
    for node in (article, page):
        if node is None:
            continue
        meta.title = meta.title or _text(node.get("headline")) or (_text(node.get("name")) if node is article else None)
        if not meta.authors:
            meta.authors = _people(node.get("author")) or _people(node.get("creator"))
        meta.published = (meta.published or _date(node.get("datePublished")) or _date(node.get("dateCreated"))
                          or _date(node.get("datePosted")))  # a JobPosting's
        meta.updated = meta.updated or _date(node.get("dateModified"))
        meta.source = meta.source or _name(node.get("publisher"))
        meta.url = meta.url or _url(node.get("url")) or _url(node.get("mainEntityOfPage"))
    m = facts.meta
    meta.title = meta.title or _first(m, _META_TITLE) or _clean_title(facts.title, facts.h1)
    outlet = {n.casefold() for n in (site, meta.source) if n}
    meta.authors = [a for a in meta.authors if a.casefold() not in outlet]  # a theme's default: the site as its own author
    if not meta.authors:
        meta.authors = _meta_authors(facts) or _split_authors(facts.itemprops.get("author"))
    meta.published = meta.published or _date(_first(m, _META_PUBLISHED) or facts.itemprops.get("datepublished"))
    if meta.published is None:
        keys = tuple(k for k in m if _PUBLISHED_KEY.search(k))
        found = [d for d in map(_date, (m[k] for k in keys)) if d]
        meta.published = min(found, key=lambda d: d[:10]) if found else None  # the original, not a re-save
    if meta.published is None:
        pub = [t for t, says in facts.times if says] or [t for t, _ in facts.times]
        meta.published = next((d for d in map(_date, pub[:3]) if d), None)
    meta.updated = meta.updated or _date(_first(m, _META_MODIFIED) or facts.itemprops.get("datemodified"))
    zone = _page_zone(facts.times)
    meta.published, meta.updated = _in_zone(meta.published, zone), _in_zone(meta.updated, zone)
    if site and not _HANDLE.match(site):
        meta.source = meta.source or site
    meta.url = facts.canonical or meta.url or _first(m, _META_URL)
    if meta.url and facts.base and facts.base.startswith(("http://", "https://")):
        meta.url = urljoin(facts.base, meta.url)  # "/2024/05/01/story" under <base href="https://example.com/">
    if meta.url and not meta.url.startswith(("http://", "https://")):
        meta.url = None
    return meta


def _jsonld_nodes(scripts: list[str]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The first article-typed node and the first web-page node across all JSON-LD scripts."""
    nodes: list[dict[str, Any]] = []
    for text in scripts:
        data = _load(text)
        if data is None:
            continue
        stack: list[Any] = [data]
        while stack and len(nodes) < 500:  # iterative: a deep @graph must not recurse
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                nodes.append(item)
                for key in ("@graph", "mainEntity", "itemListElement"):
                    if isinstance(item.get(key), (list, dict)):
                        stack.append(item[key])
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    article = page = None
    for n in nodes:
        types = {t.lower() for t in _types(n)}
        if types & ARTICLE_TYPES and (article is None or _bare_part(article)):
            article = n if article is None or n.get("author") or n.get("datePublished") else article
        elif page is None and types & PAGE_TYPES:
            page = n
    return _resolve(article, by_id), _resolve(page, by_id)


_PART_TYPES = frozenset({"howto", "recipe", "review"})


def _bare_part(node: dict[str, Any]) -> bool:
    """A how-to's, recipe's or review's node with no author and no date, listed before the Article
    node of the same page in its @graph: the Article that comes later says who and when."""
    return bool({t.lower() for t in _types(node)} & _PART_TYPES) and not (node.get("author") or node.get("datePublished"))


def _resolve(node: dict[str, Any] | None, by_id: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """Replace {"@id": ...} references in author and publisher by the nodes they name."""
    if node is None:
        return None
    out = dict(node)
    for key in ("author", "creator", "publisher"):
        value = out.get(key)
        items = value if isinstance(value, list) else [value]
        resolved = [by_id.get(v["@id"], v) if isinstance(v, dict) and "@id" in v and len(v) <= 2 else v for v in items]
        out[key] = resolved if isinstance(value, list) else resolved[0]
    return out


_SURROGATE_ESCAPE = regex.compile(r"\\u[dD][89a-fA-F]")  # only such an escape makes a lone surrogate


def _load(text: str) -> Any:
    text = text.strip()
    text = text.removeprefix("<!--")
    text = text.removesuffix("-->").strip().rstrip(";")
    text = text.replace("<![CDATA[", "").replace("]]>", "")
    for attempt in (text, regex.sub(r"[\x00-\x1f]", " ", text)):
        try:
            data = json.loads(attempt)
        except (ValueError, RecursionError):
            continue
        try:
            return _scrub(data) if _SURROGATE_ESCAPE.search(attempt) else data
        except RecursionError:
            return None
    return None


def _scrub(value: Any) -> Any:
    """JSON data with each lone surrogate of its strings ("\\ud800") as U+FFFD."""
    if isinstance(value, str):
        return fix_surrogates(value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {fix_surrogates(k): _scrub(v) for k, v in value.items()}
    return value


def _types(node: dict[str, Any]) -> list[str]:
    t = node.get("@type")
    if isinstance(t, str):
        return [t.rsplit("/", 1)[-1]]
    if isinstance(t, list):
        return [x.rsplit("/", 1)[-1] for x in t if isinstance(x, str)]
    return []


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str):
        from html import unescape

        text = " ".join(unescape(value).split())
        return text or None
    return None


def _name(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _url(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    text = _text(value)
    return text if text and text.startswith(("http://", "https://")) else None


def _people(value: Any) -> list[str]:
    items: Iterable[Any] = value if isinstance(value, list) else [value]
    names: dict[str, None] = {}  # in order, once each (a paper's thousands of authors: no list scan a name)
    for item in items:
        names.update(dict.fromkeys(_split_authors(_name(item))))
    return list(names)


_AUTHOR_SPLIT = regex.compile(r"\s*(?:;|\||,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)\s*")


def _meta_authors(facts: PageFacts) -> list[str]:
    """The first author key's names, from each of its tags: a page with two authors writes
    two `article:author` tags (the first alone named only the first author)."""
    key = next((k for k in _META_AUTHOR if facts.meta.get(k) and not _URLISH.search(facts.meta[k])), None)
    if key is None:
        return []
    values = facts.repeats.get(key, [facts.meta[key]])
    if key in _ONE_PERSON_KEYS:
        values = [_first_last(v) for v in values]
    return list(dict.fromkeys(n for v in values for n in _split_authors(" ".join(v.split()))))[:10]


# Scholarly tags name one person each, often "Last, First" (Highwire's citation_author, Dublin
# Core's creator): their comma is no list of two names. The surname is one word (and its
# particles): "Jane Roe, Tom Hale" in one tag is two people.
_ONE_PERSON_KEYS = frozenset({"citation_author", "dc.creator", "dcterms.creator"})
_LAST_FIRST = regex.compile(r"^\s*((?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$")


def _first_last(value: str) -> str:
    """"Lindgren, Maja" -> "Maja Lindgren"; a value of another shape as it is."""
    m = _LAST_FIRST.match(value)
    if m is None or (m[2].isupper() and "." not in m[2] and len(m[2]) > 2) or role_only(m[2]):
        return value  # "Roe, CNN", "Pruitt, Attorney": a name and what follows it
    return f"{m[2]} {m[1]}"


def _split_authors(text: str | None) -> list[str]:
    if not text or _URLISH.search(text):
        return []
    text = _BY.sub("", text.strip())
    parts = _AUTHOR_SPLIT.split(text)
    stripped = (p.strip(" .") for p in parts)
    names = list(dict.fromkeys(p for p in stripped if p and len(p) <= 80 and not _HANDLE.match(p) and not _NO_NAME.search(p)))
    if len(names) > 1:  # "Jane Roe, Tom Hale, CNN": the outlet after its writers' names
        names = [n for n in names if " " in n or not n.isupper()] or names
        names = [n for n in names if not role_only(n) and not credential(n)] or names  # "Joanna Pruitt, Attorney": her role
    return names[:10]


def _date(value: Any) -> str | None:
    text = _text(value)
    if not text:
        return None
    if regex.match(r"^\d{4}-\d{2}-\d{2}", text):  # ISO already: keep the date and time as written
        when = iso_date(text)
        return when or text[:10]
    return iso_date(text)


_OFFSET = regex.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?([+-]\d\d):?(\d\d)$")


def _page_zone(times: list[tuple[str, bool]]) -> str | None:
    """The one UTC offset other than zero that the page's <time> stamps carry ("-05:00"), if
    they agree: the zone it shows its dates in."""
    zones = {f"{m[1]}:{m[2]}" for t, _ in times if (m := _OFFSET.search(t.strip()))} - {"+00:00", "-00:00"}
    return zones.pop() if len(zones) == 1 else None


def _in_zone(when: str | None, zone: str | None) -> str | None:
    """A UTC time stated in ``zone``: the same instant, on the date the page shows. (A site
    writes its meta tags in UTC and its <time> stamps in its own zone: "2025-12-19T02:41+00:00"
    is its reader's "December 18".)"""
    if not when or not zone or not when.endswith("+00:00"):
        return when
    try:
        at = datetime.fromisoformat(when).astimezone(datetime.strptime(zone.replace(":", ""), "%z").tzinfo)
    except ValueError:
        return when
    return at.strftime("%Y-%m-%dT%H:%M") + zone


def _first(meta: dict[str, str], keys: tuple[str, ...], skip_urls: bool = False) -> str | None:
    for k in keys:
        v = meta.get(k)
        if v and not (skip_urls and _URLISH.search(v)):
            return " ".join(v.split())
    return None


HEADLINE_WORDS = 30  # longer h1 text is a banner or a whole header, not a headline


def _visible_headline(h1: list[str]) -> str | None:
    """The page's one <h1>: the headline its reader sees. Structured data often carries
    the search-engine title instead ("… (2025) | Top 19 Picks"); several h1s are a
    template's (logo, section, headline), so none of them is trusted."""
    if len(h1) != 1 or not 1 < len(h1[0].split()) <= HEADLINE_WORDS:
        return None
    return h1[0]


def _clean_title(title: str | None, h1: list[str]) -> str | None:
    """The <title> without its " | Site name" part; an h1 that it contains wins."""
    if not title:
        return h1[0] if len(h1) == 1 else None
    title = " ".join(title.split())
    for h in h1:
        if h and h in title:
            return h
    parts = _TITLE_SEPARATORS.split(title)
    return max(parts, key=len) if len(parts) > 1 else title
