"""The result types: Document, Metadata, Removal and their parts.

All are plain dataclasses with ``to_dict()`` so results serialise to JSON as-is.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Removal:
    """One piece of the input that left the body.

    ``input_text[start:end] == text`` where ``input_text`` is ``Document.input_text``,
    the normalised input the cleaner worked on.
    """

    category: str
    rule: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True)
class GalleryItem:
    caption: str
    credit: str | None = None
    position: int | None = None


@dataclass(frozen=True)
class Embed:
    kind: str  # "tweet", "instagram", "video", "embed"
    text: str
    author: str | None = None
    handle: str | None = None
    date: str | None = None  # ISO 8601 when it could be read


@dataclass(frozen=True)
class Related:
    title: str
    url: str | None = None


@dataclass
class Metadata:
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    url: str | None = None
    language: str | None = None
    captions: list[Caption] = field(default_factory=list)
    gallery: list[GalleryItem] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Document:
    """A cleaned document: the body text, its metadata and every removal."""

    text: str
    metadata: Metadata
    removed: list[Removal]
    input_text: str = field(repr=False, default="")
    format: str = "text"

    def to_dict(self, *, include_input: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "format": self.format,
            "metadata": self.metadata.to_dict(),
            "removed": [asdict(r) for r in self.removed],
        }
        if include_input:
            d["input_text"] = self.input_text
        return d

    def to_json(self, *, indent: int | None = None, include_input: bool = False) -> str:
        return json.dumps(self.to_dict(include_input=include_input), ensure_ascii=False, indent=indent)

    def removed_by_category(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.removed:
            counts[r.category] = counts.get(r.category, 0) + 1
        return counts
