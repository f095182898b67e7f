#!/usr/bin/env python
"""newsclean on pages it was never tuned on: the test pages of newspaper4k's source release
(news articles in eight languages, with the text and metadata newspaper4k expects).

    python bench/newspaper4k_pages.py [--tracks html,visible,markdown] [--cache DIR] [--show]

Fetches ``newspaper4k==0.9.6``'s source archive from the package index once (pip download,
into ``bench/.cache/newspaper4k``), renders each page that has expected text as the quality
benchmark's tracks do, and prints per page and on average the word F1 of newsclean's output
against that text, with title and date matches where the expected metadata has them. The
expected text is newspaper4k's extraction, not a human's: it keeps some clutter, and its
scores say where newsclean differs from it, not always where newsclean is wrong. The pages
are newspaper4k's (MIT licence); nothing of them is stored in this repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsclean  # noqa: E402
from bench import tracks as T  # noqa: E402
from bench.metrics import date_match, title_match, word_f1  # noqa: E402

RELEASE = "newspaper4k==0.9.6"
RENDER = {"visible": T.render_visible, "markdown": T.render_markdown, "inscriptis": T.render_inscriptis}


def fetch(cache: Path) -> Path:
    """The release's tests/data folder, downloaded and unpacked once."""
    found = sorted(cache.glob("newspaper4k-*/tests/data"))
    if found:
        return found[0]
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    "-d", str(cache), RELEASE], check=True)
    archive = next(cache.glob("newspaper4k-*.tar.gz"))
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if "/tests/data/" in m.name and m.isfile()]
        tar.extractall(cache, members=members, filter="data")
    return next(cache.glob("newspaper4k-*/tests/data"))


def score(data: Path, track: str, show: bool) -> float:
    f1s: list[float] = []
    titles: list[bool] = []
    days: list[bool] = []
    for page in sorted((data / "html").glob("*.html")):
        expected = data / "txt" / f"{page.stem}.txt"
        if not expected.exists():
            continue
        meta_file = data / "metadata" / f"{page.stem}.json"
        meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
        raw = page.read_bytes()
        if track == "html":
            doc = newsclean.clean(raw, format="html", url=meta.get("url"))
        else:
            text = RENDER[track](T.decode_html(raw))
            doc = newsclean.clean(text, format="markdown" if track == "markdown" else "text", url=meta.get("url"))
        f1 = word_f1(doc.text, expected.read_text())
        f1s.append(f1)
        if meta.get("title"):
            titles.append(title_match(doc.metadata.title, meta["title"]))
        if meta.get("publish_date"):
            days.append(date_match(doc.metadata.published, meta["publish_date"]))
        if show:
            print(f"  {track:10s} {page.stem:22s} F1 {f1:.3f}  title {doc.metadata.title!r:.60}")
    mean = sum(f1s) / len(f1s)
    title = f"{sum(titles)}/{len(titles)}"
    day = f"{sum(days)}/{len(days)}"
    print(f"{track:10s} pages {len(f1s):3d}  word F1 {mean:.3f}  titles {title:>6s}  dates {day:>6s}", flush=True)
    return mean


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tracks", default="html,visible,markdown,inscriptis")
    ap.add_argument("--cache", type=Path, default=Path(__file__).resolve().parent / ".cache" / "newspaper4k")
    ap.add_argument("--show", action="store_true", help="print every page's score")
    args = ap.parse_args()
    data = fetch(args.cache)
    for track in args.tracks.split(","):
        score(data, track, args.show)


if __name__ == "__main__":
    main()
