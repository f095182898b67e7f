"""A tool's header above the document (YAML front matter, a reader service's labelled
lines): its fields are the metadata, and it leaves the body."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import headers

BODY = (
    "As a developer, a version control system is a critical part of your toolkit, no matter the size "
    "of the project or the team you may find yourself working on.\n\n"
    "I first started learning git by applying it to my own projects and keeping local repositories "
    "to track them, then moved on to hosting them while still working alone."
)
FRONT = (
    '---\ntitle: "A brief intro to git"\ndate: 2021-06-06\nauthor: Cory Dransfeldt\n'
    "url: https://example.com/posts/2021/a-brief-intro-to-git\ntags:\n  - development\n  - git\n"
    "draft: false\n---\n\n"
)
READER = (
    "Title: Go ahead, self-host Postgres\n\nURL Source: https://example.com/notes/self-host-postgres\n\n"
    "Published Time: 2025-07-02T09:30:00+00:00\n\nMarkdown Content:\n"
)


@pytest.mark.parametrize("fmt", ["auto", "markdown", "text"])
def test_front_matter_is_metadata_and_leaves_the_body(fmt: str) -> None:
    doc = newsclean.clean(FRONT + BODY, format=fmt)
    meta = doc.metadata
    assert (meta.title, meta.authors, meta.published) == ("A brief intro to git", ["Cory Dransfeldt"], "2021-06-06")
    assert meta.url == "https://example.com/posts/2021/a-brief-intro-to-git"
    assert doc.text.startswith("As a developer") and "draft" not in doc.text
    header = [r for r in doc.removed if r.rule == "header.front-matter"]
    assert len(header) == 1 and doc.input_text[header[0].start : header[0].end] == header[0].text


@pytest.mark.parametrize("fmt", ["auto", "markdown"])
def test_a_reader_services_header_is_metadata_and_leaves_the_body(fmt: str) -> None:
    doc = newsclean.clean(READER + BODY, format=fmt)
    meta = doc.metadata
    assert meta.title == "Go ahead, self-host Postgres"
    assert meta.url == "https://example.com/notes/self-host-postgres"
    assert meta.published == "2025-07-02T09:30+00:00"
    assert meta.authors == []  # "Published Time" is no one's name
    assert doc.text.startswith("As a developer")
    assert newsclean.clean(doc.text, format=fmt).text == doc.text


@pytest.mark.parametrize(
    "text",
    [
        "---\n\nThe article opens under a thematic break, and this is its first paragraph of prose.\n\n---\n\nMore.",
        "---\ntitle: x\nthis line is prose, not YAML, so the fences hold no front matter\n---\n",
        "Title: a line of the article that happens to open so\n\nAnd the text goes on without a header's end.",
    ],
)
def test_text_that_only_looks_like_a_header_is_none(text: str) -> None:
    assert headers.read(text) is None


_BRIDGE = ("The council met on Tuesday to discuss the new bridge over the Kell River, which has been closed to trucks "
           "since March because of corrosion found during an inspection.\n\nEngineers told members that repairs would "
           "cost about $3 million and take most of next summer, with one lane open to cars throughout the work.")


@pytest.mark.parametrize("sep", ["|", "–", "-"])
def test_a_readers_title_line_loses_its_site_name_when_the_page_shows_the_headline(sep: str) -> None:
    head = f"Title: Bridge repairs to cost $3 million {sep} Kell Valley News\nURL Source: https://kv.example/news/bridge\n"
    doc = newsclean.clean(f"{head}Markdown Content:\n# Bridge repairs to cost $3 million\n\n{_BRIDGE}")
    assert doc.metadata.title == "Bridge repairs to cost $3 million"


def test_a_readers_title_line_stays_whole_when_the_page_shows_no_headline() -> None:
    head = "Title: Bridge repairs to cost $3 million | Kell Valley News\nURL Source: https://kv.example/news/bridge\n"
    doc = newsclean.clean(f"{head}Markdown Content:\n{_BRIDGE}")
    assert doc.metadata.title == "Bridge repairs to cost $3 million | Kell Valley News"
