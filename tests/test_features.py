"""Language detection: the per-block cache of stop-word hits gives what counting all
the sampled words at once gives (the plain reading below), warm or cold."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclean import features
from newsclean.blocks import Block
from newsclean.segment import segment


def _plain_detect(blocks: list[Block], sample_words: int = 3000) -> str | None:
    """detect_language as first written: one Counter over the sampled words."""
    counts: Counter[str] = Counter()
    seen = 0
    for b in blocks:
        words = features.WORD.findall(b.text.lower())
        counts.update(words)
        seen += len(words)
        if seen >= sample_words:
            break
    if not seen:
        return None
    lists = features.stop_lists()
    names = tuple(sorted(lists))
    hits = [sum(n for w, n in counts.items() if w in lists[name]) for name in names]
    best = max(range(len(names)), key=hits.__getitem__)
    return names[best] if hits[best] >= 0.15 * seen else None


TEXTS = [
    "The minister said on Tuesday that the plan would be put to a vote.\n\nIt was not clear when.",
    "Der Minister sagte am Dienstag, dass der Plan zur Abstimmung gestellt werde.\n\nEs ist nicht klar, wann.",
    "Le ministre a dit mardi que le plan serait soumis au vote.\n\nOn ne sait pas quand.",
    "El ministro dijo el martes que el plan se sometería a votación.\n\nNo está claro cuándo.",
    "Home\n\nNews\n\nSport\n\nWeather",  # too few stop words: None
    "東京で会議が開かれた。\n\n詳細は不明だ。",
    "",
    "Der die das und the of and le la les " * 40,  # a tie-prone mix, one long block
    "\n\n".join(["Menu Login Search"] * 5 + ["The story goes on and on, and it is in the text of the page."] * 400),
    "İstanbul'da bir toplantı yapıldı ve bu konuda çok şey söylendi.\n\nKAPAT",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("sample_words", [5, 3000])
def test_cached_hits_detect_what_counting_all_words_detects(text: str, sample_words: int) -> None:
    blocks = segment(text, "text")
    expected = _plain_detect(blocks, sample_words)
    features._WORD_HITS.clear()
    assert features.detect_language(blocks, sample_words) == expected  # cold
    assert features.detect_language(blocks, sample_words) == expected  # warm
    assert features.detect_language(blocks[1:], sample_words) == _plain_detect(blocks[1:], sample_words)


def test_word_hits_unpack_to_each_languages_count() -> None:
    names = features._word_languages()[0]
    lists = features.stop_lists()
    text = "Der Minister und the minister and le ministre: de la, of the, und der."
    words = features.WORD.findall(text.lower())
    n, packed = features._word_hits(text)
    assert n == len(words)
    for i, name in enumerate(names):
        field = (packed >> (features._FIELD_BITS * i)) & features._FIELD_MASK
        assert field == sum(w in lists[name] for w in words)


def test_word_hits_cache_is_bounded_and_skips_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    features._WORD_HITS.clear()
    monkeypatch.setattr(features, "_CACHE_LIMIT", 3)
    for i in range(10):
        features._word_hits(f"block number {i} of the page")
    assert len(features._WORD_HITS) <= 4
    long = "the " * (features._CACHED_TEXT // 4 + 1)
    assert features._word_hits(long)[0] == features._CACHED_TEXT // 4 + 1
    assert long not in features._WORD_HITS
