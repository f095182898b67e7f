"""A bounded memo keyed by a block's text.

The settle pass re-reads the paragraphs it just kept, and a site's pages repeat their
lines, so per-text answers (features, stop-word hits, Title Case share) are remembered.
The cache is cleared at once when full, and long texts are never kept: a huge line must
not outlive its document.
"""

from __future__ import annotations

from typing import Any


class TextCache(dict):  # type: ignore[type-arg]
    def __init__(self, limit: int = 50_000, longest: int = 4000) -> None:
        super().__init__()
        self.limit, self.longest = limit, longest

    def keep(self, key: Any, text: str, value: Any) -> None:
        """Remember ``value`` under ``key`` unless ``text`` is too long to keep."""
        if len(text) <= self.longest:
            if len(self) > self.limit:
                self.clear()
            self[key] = value
