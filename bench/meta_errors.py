#!/usr/bin/env python
"""Metadata errors on one track: what newsclean returned vs gold, per page.

    python bench/meta_errors.py DATA_DIR --track visible [--field title] [--out run.json]
        [--compare old.json]

Reads renderings from the quality cache (run bench/quality.py once first). Prints
accuracy per field, body word F1, and with --field the pages that field misses,
with the head of the track's text, so error classes can be read off by eye.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import metrics as M  # noqa: E402
from bench import tracks as T  # noqa: E402

_STATE: dict = {}


def _run(job: tuple[str, str, str | None]) -> tuple[str, dict]:
    page_id, text, url = job
    cleaner = _STATE["cleaner"]
    fmt = T.TRACK_FORMAT[_STATE["track"]]
    s = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = cleaner.clean(text, format=fmt, url=url)
    md = doc.metadata
    return page_id, {"title": md.title, "authors": list(md.authors), "published": md.published,
                     "text": doc.text, "seconds": time.perf_counter() - s}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("--track", default="visible")
    ap.add_argument("--cache", type=Path, default=T.DEFAULT_CACHE)
    ap.add_argument("--field", choices=["title", "author", "date"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier --out: list pages that changed")
    ap.add_argument("--head", type=int, default=25, help="lines of the input to show per miss")
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args()
    import newsclean

    gold = json.loads((Path(args.data_dir) / "gold.json").read_text(encoding="utf-8"))
    ids = sorted(gold)
    texts = {i: (T.load_artefact(args.cache, args.track, i) or {}).get("text", "") for i in ids}
    _STATE.update(cleaner=newsclean.Cleaner(), track=args.track)
    jobs = [(i, texts[i], gold[i].get("url")) for i in ids]
    with mp.get_context("fork").Pool(args.j) as pool:
        preds = dict(pool.imap(_run, jobs, chunksize=4))
    scores: dict[str, dict[str, bool]] = {"title": {}, "author": {}, "date": {}}
    f1 = []
    for i in ids:
        g, p = gold[i], preds[i]
        if g.get("title"):
            scores["title"][i] = M.title_match(p["title"], g["title"])
        if g.get("author"):
            scores["author"][i] = M.author_match(p["authors"], g["author"])
        if g.get("publish_date"):
            scores["date"][i] = M.date_match(p["published"], g["publish_date"])
        if (g.get("main_content") or "").strip():
            f1.append(M.word_f1(p["text"], g["main_content"]))
    secs = sum(p["seconds"] for p in preds.values())
    print(f"{args.track}: " + "  ".join(f"{k} {sum(v.values()) / len(v):.3f} ({len(v)})" for k, v in scores.items())
          + f"  word_f1 {sum(f1) / len(f1):.4f}  {len(ids) / secs:.1f} pages/s")
    if args.out:
        args.out.write_text(json.dumps({"preds": preds, "scores": scores}, ensure_ascii=False))
    if args.compare:
        old = json.loads(args.compare.read_text(encoding="utf-8"))
        for k, v in scores.items():
            won = [i for i in v if v[i] and not old["scores"][k].get(i)]
            lost = [i for i in v if not v[i] and old["scores"][k].get(i)]
            print(f"  {k}: +{len(won)} -{len(lost)}  lost: {' '.join(lost[:30])}")
        changed = [i for i in ids if preds[i]["text"] != old["preds"][i]["text"]]
        print(f"  body text changed on {len(changed)} pages: {' '.join(changed[:30])}")
    if args.field:
        key = {"title": "title", "author": "author", "date": "publish_date"}[args.field]
        got = {"title": "title", "author": "authors", "date": "published"}[args.field]
        for i, ok in scores[args.field].items():
            if ok:
                continue
            print(f"\n=== {i} {gold[i].get('url')}\n  gold: {gold[i][key]!r}\n  got:  {preds[i][got]!r}")
            lines = [ln for ln in texts[i].splitlines() if ln.strip()]
            for ln in lines[: args.head]:
                print("   |", ln[:160])


if __name__ == "__main__":
    main()
