#!/usr/bin/env python
"""Which rules take text the gold keeps: every removal, held against the gold, per rule.

    python bench/rule_audit.py DATA_DIR [--tracks visible,html] [--rule ID] [--top 40] [--json F]

For each page of each track, newsclean's removals (Document.removed) are read one by
one. A removal of three words or more counts as *kept by the gold* when the gold's main
content holds its text (case, punctuation and spacing folded) more often than newsclean's
output does: a second copy of a paragraph or a repeated headline is not counted against
the rule that took it. Shorter removals are too common as words to tell. Prints, per rule:
removals, words removed, words the gold keeps, their share, and on how many pages; with
--rule, the removals of that rule the gold keeps, to read by eye.

A rule whose share is high is either wrong, or right where the gold is not consistent
(a "Read more:" link line between paragraphs is kept on some pages, dropped on others):
read its removals before changing it. Renderings come from the quality cache
(bench/quality.py fills it; missing ones are rendered here).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import re
import sys
import warnings
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import tracks as T  # noqa: E402

TRACKS = ["visible", "markdown", "inscriptis", "post-trafilatura", "post-readability", "html"]
MIN_WORDS = 3  # a shorter removal ("Share", "Home") is in most articles as words
_WORD = re.compile(r"\w+")
_STATE: dict = {}


def fold(text: str) -> str:
    """Words only, lower case, one space between, padded so a match is whole words."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def audit_page(removed: list[tuple[str, str]], output: str, gold: str) -> list[tuple[str, int, bool]]:
    """(rule, words, kept by the gold) for each removal of one page, in order; see the module doc."""
    g, out = fold(gold), fold(output)
    rows = []
    for rule, text in removed:
        f = fold(text)
        words = len(f.split())
        rows.append((rule, words, words >= MIN_WORDS and g.count(f) > out.count(f)))
    return rows


def _run(job: tuple[str, str, str]) -> tuple[str, str, list[tuple[str, int, bool]], list[tuple[str, str]]]:
    track, page_id, gold = job
    data, cache, url = _STATE["data"], _STATE["cache"], _STATE["urls"].get(page_id)
    if track == "html":
        inp: bytes | str = T.read_page_bytes(data, page_id)
    else:
        inp = (T.load_artefact(cache, track, page_id) or {}).get("text", "")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = _STATE["cleaner"].clean(inp, format=T.TRACK_FORMAT[track], url=url)
    except Exception as exc:  # noqa: BLE001 - one bad page is reported, not fatal
        print(f"{track} {page_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return track, page_id, [], []
    removed = [(r.rule, r.text) for r in doc.removed]
    rows = audit_page(removed, doc.text or "", gold)
    kept = [(rule, text) for (rule, text), (_, _, in_gold) in zip(removed, rows) if in_gold]
    return track, page_id, rows, kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--tracks", default=",".join(TRACKS))
    ap.add_argument("--cache", type=Path, default=T.DEFAULT_CACHE)
    ap.add_argument("--rule", help="list this rule's removals that the gold keeps")
    ap.add_argument("--top", type=int, default=40, help="rules to print, most words kept by the gold first")
    ap.add_argument("--pages", type=int, help="only the first N pages (by id)")
    ap.add_argument("--json", type=Path, help="write the per-rule table here")
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args(argv)
    import newsclean

    tracks = [t for t in args.tracks.split(",") if t]
    unknown = set(tracks) - set(TRACKS)
    if unknown:
        ap.error(f"unknown tracks: {', '.join(sorted(unknown))}")
    gold = json.loads((args.data_dir / "gold.json").read_text(encoding="utf-8"))
    ids = [i for i in sorted(gold) if (gold[i].get("main_content") or "").strip()][: args.pages]
    urls = {i: gold[i].get("url") for i in ids}
    T.ensure_all(args.data_dir, args.cache, ids, urls, [t for t in tracks if t != "html"], jobs=args.j)
    _STATE.update(cleaner=newsclean.Cleaner(), data=args.data_dir, cache=args.cache, urls=urls)
    jobs = [(t, i, gold[i]["main_content"]) for t in tracks for i in ids]
    table: dict[str, dict] = defaultdict(lambda: {"removals": 0, "words": 0, "kept_words": 0, "pages": set()})
    shown: list[str] = []
    with mp.get_context("fork").Pool(args.j) as pool:
        for track, page_id, rows, kept in pool.imap(_run, jobs, chunksize=8):
            for rule, words, in_gold in rows:
                if not words:
                    continue
                r = table[rule]
                r["removals"] += 1
                r["words"] += words
                if in_gold:
                    r["kept_words"] += words
                    r["pages"].add(page_id)
            shown += [f"{track:16s} {page_id} {text[:140]!r}" for rule, text in kept if rule == args.rule]
    ranked = sorted(table.items(), key=lambda kv: (-kv[1]["kept_words"], kv[0]))
    print(f"{len(ids)} pages, tracks: {', '.join(tracks)}")
    print(f"{'rule':36s} {'removals':>8s} {'words':>8s} {'gold keeps':>10s} {'share':>6s} {'pages':>6s}")
    for rule, r in ranked[: args.top]:
        share = r["kept_words"] / r["words"] if r["words"] else 0.0
        print(f"{rule:36s} {r['removals']:8d} {r['words']:8d} {r['kept_words']:10d} {share:6.2f} {len(r['pages']):6d}")
    if args.rule:
        print(f"\n{args.rule}: {len(shown)} removals the gold keeps")
        print("\n".join(shown))
    if args.json:
        out = {rule: {**r, "pages": sorted(r["pages"])} for rule, r in ranked}
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
