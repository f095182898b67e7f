"""The five seed articles: exact body and key metadata, as written in fixtures/seeds/."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES

import newsclean

SEEDS = sorted(p for p in (FIXTURES / "seeds").glob("*.txt") if p.name.count(".") == 1)


def test_all_five_seeds_are_there() -> None:
    assert len(SEEDS) == 5


@pytest.fixture(scope="module", params=SEEDS, ids=lambda p: p.stem[:3])
def seed(request: pytest.FixtureRequest) -> tuple[newsclean.Document, dict, str]:
    path = request.param
    doc = newsclean.clean(path.read_text(encoding="utf-8"))
    body = path.with_suffix(".body.txt").read_text(encoding="utf-8")
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    return doc, meta, body


def test_body_matches_exactly(seed) -> None:  # type: ignore[no-untyped-def]
    doc, _, body = seed
    assert doc.text == body.rstrip("\n")


@pytest.mark.parametrize("field", ["title", "subtitle", "authors", "source", "published", "dateline", "url"])
def test_metadata_field(seed, field: str) -> None:  # type: ignore[no-untyped-def]
    doc, meta, _ = seed
    assert getattr(doc.metadata, field) == meta[field]


def test_captions_gallery_embeds_related_notes(seed) -> None:  # type: ignore[no-untyped-def]
    doc, meta, _ = seed
    m = doc.metadata
    assert [{"text": c.text, "credit": c.credit} for c in m.captions] == meta["captions"]
    assert [{"position": g.position, "credit": g.credit} for g in m.gallery] == meta["gallery"]
    assert [{"kind": e.kind, "author": e.author, "handle": e.handle, "date": e.date} for e in m.embeds] == meta["embeds"]
    assert [r.title for r in m.related] == meta["related"]
    assert [n[:60] for n in m.notes] == meta["notes"]


def test_removals_by_category(seed) -> None:  # type: ignore[no-untyped-def]
    doc, meta, _ = seed
    assert doc.removed_by_category() == meta["removed_categories"]


def test_removal_spans_index_the_normalised_input(seed) -> None:  # type: ignore[no-untyped-def]
    doc, _, _ = seed
    for r in doc.removed:
        assert doc.input_text[r.start : r.end] == r.text
