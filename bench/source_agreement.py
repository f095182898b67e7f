#!/usr/bin/env python
"""How often the source newsclean reads from a page's text agrees with the name its markup declares.

    python bench/source_agreement.py DATA_DIR [--track visible] [-j 2] [--show]

The gold has no source field, so the reference is the page's own og:site_name or JSON-LD
publisher, read by newsclean's HTML path. The text is read twice: with the page's URL and
without it (a scrape that lost its URL). A reading agrees when the two names are equal or
one holds the other once case and punctuation are dropped ("Wine Folly" / "Wine Folly Inc").
Reads renderings from the quality cache (run bench/quality.py once first).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import tracks as T  # noqa: E402

_STATE: dict = {}


def _norm(name: str) -> str:
    return regex.sub(r"[^\p{L}\p{N}]+", "", name.casefold())


def _run(job: tuple[str, str, str | None]) -> tuple[str, str | None, str | None, str | None]:
    pid, text, url = job
    cleaner, data = _STATE["cleaner"], _STATE["data"]
    declared = cleaner.clean(T.read_page_bytes(data, pid), format="html", url=url).metadata.source
    fmt = T.TRACK_FORMAT[_STATE["track"]]
    with_url = cleaner.clean(text, format=fmt, url=url).metadata.source
    without = cleaner.clean(text, format=fmt).metadata.source
    return pid, declared, with_url, without


def _init(track: str, data: Path) -> None:
    import newsclean

    _STATE.update(cleaner=newsclean.Cleaner(), track=track, data=data)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--track", default="visible")
    ap.add_argument("--cache", type=Path, default=T.DEFAULT_CACHE)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--show", action="store_true", help="list the readings that disagree")
    args = ap.parse_args()
    gold = json.loads((args.data_dir / "gold.json").read_text(encoding="utf-8"))
    jobs = [(i, (T.load_artefact(args.cache, args.track, i) or {}).get("text", ""), gold[i].get("url")) for i in sorted(gold)]
    with mp.Pool(args.j, initializer=_init, initargs=(args.track, args.data_dir)) as pool:
        rows = pool.map(_run, jobs, chunksize=8)
    print(f"{len(rows)} pages; {sum(1 for r in rows if r[1])} declare a source in their markup")
    for col, label in ((2, "with the URL"), (3, "without the URL")):
        read = [r for r in rows if r[col]]
        judged = [r for r in read if r[1]]
        agree = [r for r in judged if (a := _norm(r[col])) and (b := _norm(r[1])) and (a in b or b in a)]
        print(f"{label:16s} source read on {len(read)} pages; on {len(judged)} with a declared name, "
              f"{len(agree)} agree ({len(agree) / max(len(judged), 1):.1%})")
        if args.show:
            for r in judged:
                if r not in agree:
                    print(f"    {r[0]}  read {r[col]!r}  declared {r[1]!r}")


if __name__ == "__main__":
    main()
