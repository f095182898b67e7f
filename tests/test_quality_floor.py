"""Quality floor: newsclean's mean word F1 on the committed WCXB sample must not drop.

Floors live in fixtures/wcxb-sample/floors.json (set with
``python bench/make_sample.py --floors-only``); a track fails when it scores more
than TOLERANCE below its floor.  The html track is tested on the sample pages
whose ``<id>.html.gz`` is committed (a size cap keeps the smallest ones) when
floors.json has an "html" floor; otherwise a warning says it is left out.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_sample import SAMPLE_DIR, evaluate_sample, html_available

TOLERANCE = 0.01
FLOORS = json.loads((SAMPLE_DIR / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cleaner():
    import newsclean

    return newsclean.Cleaner()


@pytest.mark.parametrize("track", sorted(FLOORS))
def test_mean_word_f1_at_or_above_floor(cleaner, track):
    if track == "html":
        assert html_available(), "floors.json has an html floor but the sample has no html pages"
    f1, n = evaluate_sample(cleaner.clean, track)
    floor = FLOORS[track]
    print(f"\n{track}: mean word F1 {f1:.4f} over {n} sample pages (floor {floor:.4f})")
    assert n >= (20 if track == "html" else 30)
    assert f1 >= floor - TOLERANCE, (
        f"{track}: mean word F1 {f1:.4f} < floor {floor:.4f} - {TOLERANCE}"
    )


def test_text_tracks_have_floors():
    assert {"visible", "markdown"} <= set(FLOORS)
    if "html" not in FLOORS:
        reason = (
            "the sample has no html pages (size cap)"
            if not html_available()
            else "newsclean did not accept format='html' when floors were set"
        )
        warnings.warn(f"html track left out of the quality floor: {reason}", stacklevel=1)
