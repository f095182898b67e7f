"""One digest of newsclean's output on every wcxb-dev page: speed work must not change it.

    python bench/same_output.py [--tracks visible,markdown[,html]] [--pages N] [--cache DIR] [--dump FILE]

Cleans each track of each page (tracks rendered by bench/tracks.py, cached on disk)
and hashes every Document's JSON (text, metadata, removals) in page order. Run it
before and after an optimisation: the digests must be identical. ``--dump`` writes
one line per page (track, id, sha256) so a changed digest can be traced to its pages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import tracks as T
from bench.speed import DATA


def page_ids(limit: int | None) -> tuple[list[str], dict[str, str | None]]:
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    ids = sorted(f.name.split(".")[0] for f in (DATA / "html").glob("*.html.gz"))[: limit or None]
    return ids, {i: gold.get(i, {}).get("url") for i in ids}


def digest(tracks: list[str], ids: list[str], urls: dict[str, str | None], cache: Path,
           dump: Path | None) -> tuple[str, float]:
    from newsclean import Cleaner

    total = hashlib.sha256()
    lines, seconds = [], 0.0
    for track in tracks:
        cleaner = Cleaner()  # one per track, pages in a fixed order: the shared memo is deterministic
        for i in ids:
            if track == "html":
                data: str | bytes = T.read_page_bytes(DATA, i)
            else:
                art = T.load_artefact(cache, track, i)
                assert art is not None, f"{track}/{i} missing from {cache}"
                data = art["text"]
            t0 = time.perf_counter()
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    out = cleaner.clean(data, format=T.TRACK_FORMAT[track], url=urls[i]).to_json()
            except Exception as exc:  # noqa: BLE001 - an error is output too
                out = f"ERROR {type(exc).__name__}: {exc}"
            seconds += time.perf_counter() - t0
            h = hashlib.sha256(out.encode("utf-8")).hexdigest()
            total.update(f"{track}\t{i}\t{h}\n".encode())
            lines.append(f"{track}\t{i}\t{h}")
    if dump:
        dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total.hexdigest(), seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tracks", default="visible,markdown")
    ap.add_argument("--pages", type=int, default=None, help="first N pages (default: all)")
    ap.add_argument("--cache", type=Path, default=T.DEFAULT_CACHE)
    ap.add_argument("--dump", type=Path, default=None, help="per-page hashes, to find what changed")
    args = ap.parse_args(argv)
    tracks = [t for t in args.tracks.split(",") if t]
    ids, urls = page_ids(args.pages)
    T.ensure_all(DATA, args.cache, ids, urls, [t for t in tracks if t != "html"], jobs=1)
    d, seconds = digest(tracks, ids, urls, args.cache, args.dump)
    print(f"{d}  {len(ids)} pages x {','.join(tracks)}, cleaned in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
