#!/usr/bin/env python3
"""Regenerate ``fixtures/wcxb-sample/`` from the WCXB dev split, and its floors.

    python bench/make_sample.py /work/shared/data/wcxb-dev            # files
    python bench/make_sample.py /work/shared/data/wcxb-dev --floors   # + floors.json
    python bench/make_sample.py --floors-only                          # floors only

The sample is every ``STEP``-th page id of the sorted dev ids (40 pages).  For each
page it writes the two text renderings users hold (``<id>.visible.txt``,
``<id>.markdown.md``, made exactly as ``bench/tracks.py`` makes the benchmark
tracks) and the page itself (``<id>.html.gz``), smallest files first, as long as the
whole sample stays under ``MAX_BYTES``.  ``gold.json`` holds the gold subset.

``--floors`` measures the current newsclean on the sample (mean word F1 per track,
as ``tests/test_quality_floor.py`` does) and writes ``floors.json``; the html track
is included only if newsclean accepts ``format="html"`` on every sample page that
has its html.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import metrics as M
from bench import tracks as T

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "fixtures" / "wcxb-sample"
STEP = 18
MAX_BYTES = 3_000_000
SAMPLE_TRACKS = {"visible": ".visible.txt", "markdown": ".markdown.md", "html": ".html.gz"}

README = """\
# wcxb-sample: {n} pages of the WCXB dev split, for the quality floor test

Derived from the development split of **WCXB, the Web Content eXtraction Benchmark
(Murrough Foley, 2026)**, released under the **Creative Commons Attribution 4.0
International licence (CC-BY-4.0)**, https://creativecommons.org/licenses/by/4.0/.
This sample is derived data and is shared under the same licence; keep this
attribution with it.  Changes from the original: a subset of pages; the pages
rendered to text as described below; gold fields copied unchanged.

How it was made (`python bench/make_sample.py /path/to/wcxb-dev`): every {step}th id
of the sorted dev ids ({first} ... {last}).  Per page:

- `<id>.visible.txt`: `html_text.extract_text(html)` (html-text {v_html_text});
- `<id>.markdown.md`: `html2text.HTML2Text()` with `body_width=0`, links kept
  (html2text {v_html2text});
{html_note}

`gold.json` is the gold of these pages ({{id: {{url, domain, title, author,
publish_date, main_content, with, without}}}}), unchanged.  `floors.json` holds the
mean word F1 newsclean reached on each track when the floors were last set
(`--floors`); `tests/test_quality_floor.py` fails when a track drops more than 0.01
below its floor.
"""


def sample_ids(gold: dict[str, Any]) -> list[str]:
    return sorted(gold)[::STEP]


def write_sample(data_dir: Path, out: Path) -> None:
    gold = json.loads((data_dir / "gold.json").read_text(encoding="utf-8"))
    ids = sample_ids(gold)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.name.endswith(tuple(SAMPLE_TRACKS.values())):
            old.unlink()
    total = 0
    for i in ids:
        raw = T.read_page_bytes(data_dir, i)
        html = T.decode_html(raw)
        for track, suffix in (("visible", ".visible.txt"), ("markdown", ".markdown.md")):
            text = T.compute_artefact(track, html)["text"]
            p = out / f"{i}{suffix}"
            p.write_text(text, encoding="utf-8")
            total += p.stat().st_size
    sub = {i: gold[i] for i in ids}
    gj = out / "gold.json"
    gj.write_text(json.dumps(sub, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total += gj.stat().st_size
    # the pages themselves, smallest .html.gz first, as long as the sample stays
    # under MAX_BYTES (all 40 would take it to ~3.8 MB)
    html_ids: list[str] = []
    by_size = sorted(ids, key=lambda i: ((data_dir / "html" / f"{i}.html.gz").stat().st_size, i))
    for i in by_size:
        src = data_dir / "html" / f"{i}.html.gz"
        if total + src.stat().st_size > MAX_BYTES:
            break
        (out / f"{i}.html.gz").write_bytes(src.read_bytes())
        total += src.stat().st_size
        html_ids.append(i)
    html_ids.sort()
    from importlib.metadata import version

    (out / "README.md").write_text(
        README.format(
            n=len(ids),
            step=STEP,
            first=ids[0],
            last=ids[-1],
            v_html_text=version("html-text"),
            v_html2text=version("html2text"),
            html_note=(
                "- `<id>.html.gz`: the page as fetched, gzip, unchanged"
                + (
                    "."
                    if len(html_ids) == len(ids)
                    else f", for {len(html_ids)} of the {len(ids)} pages only: the smallest\n"
                    f"  files first while the sample stays under {MAX_BYTES / 1e6:.0f} MB (all "
                    f"{len(ids)} would take it to ~3.8 MB).\n  The html floor is measured on "
                    "these pages, which lean to lighter pages."
                )
                if html_ids
                else f"- no `<id>.html.gz`: they would take the sample over {MAX_BYTES / 1e6:.0f} MB."
            ),
        ),
        encoding="utf-8",
    )
    print(f"wrote {len(ids)} pages to {out} ({total / 1e6:.2f} MB, html for {len(html_ids)})")


# ---------------------------------------------------------------------------
# evaluation shared with tests/test_quality_floor.py
# ---------------------------------------------------------------------------


def load_sample(sample_dir: Path = SAMPLE_DIR) -> dict[str, Any]:
    return json.loads((sample_dir / "gold.json").read_text(encoding="utf-8"))


def sample_input(sample_dir: Path, page_id: str, track: str) -> str | bytes | None:
    p = sample_dir / f"{page_id}{SAMPLE_TRACKS[track]}"
    if not p.exists():
        return None
    if track == "html":
        with gzip.open(p, "rb") as fh:
            return fh.read()
    return p.read_text(encoding="utf-8")


def evaluate_sample(
    clean: Callable[..., Any], track: str, sample_dir: Path = SAMPLE_DIR
) -> tuple[float, int]:
    """(mean word F1, pages) of ``clean(input, format=..., url=...)`` on one track.

    Pages with an empty gold body are skipped (as in bench/quality.py), and on the
    html track the pages whose html is not in the sample.  Exceptions propagate:
    the floor test should fail loudly, not score them as empty.
    """
    gold = load_sample(sample_dir)
    scores = []
    for i in sorted(gold):
        if not (gold[i].get("main_content") or "").strip():
            continue
        inp = sample_input(sample_dir, i, track)
        if inp is None and track == "html":
            continue
        if inp is None:
            raise FileNotFoundError(f"{i}{SAMPLE_TRACKS[track]} missing from {sample_dir}")
        doc = clean(inp, format=T.TRACK_FORMAT[track], url=gold[i].get("url"))
        scores.append(M.word_f1(doc.text, gold[i]["main_content"]))
    return M.mean(scores), len(scores)


def html_available(sample_dir: Path = SAMPLE_DIR) -> int:
    """How many sample pages have their html in the sample."""
    gold = load_sample(sample_dir)
    return sum((sample_dir / f"{i}.html.gz").exists() for i in gold)


def write_floors(sample_dir: Path = SAMPLE_DIR) -> dict[str, float]:
    import newsclean

    cleaner = newsclean.Cleaner()
    floors: dict[str, float] = {}
    tracks = ["visible", "markdown"] + (["html"] if html_available(sample_dir) else [])
    for t in tracks:
        t0 = time.perf_counter()
        try:
            f1, n = evaluate_sample(cleaner.clean, t, sample_dir)
        except Exception as e:
            if t == "html":
                print(f"html: newsclean fails ({type(e).__name__}: {e}); html left out of floors")
                continue
            raise
        floors[t] = round(f1, 4)
        print(f"{t}: mean word F1 {f1:.4f} over {n} pages ({time.perf_counter() - t0:.1f}s)")
    (sample_dir / "floors.json").write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {sample_dir / 'floors.json'}: {floors}")
    return floors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("data_dir", type=Path, nargs="?")
    ap.add_argument("--out", type=Path, default=SAMPLE_DIR)
    ap.add_argument(
        "--floors", action="store_true", help="also measure newsclean, write floors.json"
    )
    ap.add_argument("--floors-only", action="store_true", help="only (re)write floors.json")
    args = ap.parse_args(argv)
    if not args.floors_only:
        if args.data_dir is None:
            ap.error("data_dir is required unless --floors-only")
        write_sample(args.data_dir, args.out)
    if args.floors or args.floors_only:
        write_floors(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
