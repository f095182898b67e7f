#!/usr/bin/env python
"""newsclean on renderings the quality benchmark does not score: the text other tools make of
the same pages, as users hold it.

    python bench/renderers.py DATA_DIR [--pages 200] [--renderers bs4-newline,markdownify,...] [-j 2]

For each renderer: the mean word F1 of the raw rendering and of newsclean's output against
the gold's main_content, title accuracy, the pages where newsclean loses more than 0.05
against raw, and the worst pages. Renderers:

- ``bs4-newline``: BeautifulSoup's ``get_text("\\n")`` (a newline at every tag's edge);
- ``bs4-newline-strip``: ``get_text("\\n", strip=True)`` (each string stripped: no blank lines, no
  space left to tell a link's text inside a sentence);
- ``bs4-space``: ``get_text(" ", strip=True)`` (the page flattened to one line);
- ``markdownify``: the page through markdownify (ATX headings);
- ``html2text-wrapped``: html2text with its default 78-column wrap;
- ``trafilatura-md``: trafilatura's Markdown output (formatting and links kept);
- ``visible-auto``, ``markdown-auto``: the benchmark's visible and markdown tracks with
  ``format="auto"`` (what detection makes of them).
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsclean  # noqa: E402
from bench import tracks as T  # noqa: E402
from bench.metrics import title_match, word_f1  # noqa: E402

RENDERERS = ("bs4-newline", "bs4-newline-strip", "bs4-space", "markdownify", "html2text-wrapped", "trafilatura-md",
             "visible-auto", "markdown-auto")
LOSS = 0.05


def _soup(html: str):  # type: ignore[no-untyped-def]
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return soup


def render(name: str, html: str) -> tuple[str, str]:
    """(text, the format newsclean is told) of one page by one renderer."""
    if name == "bs4-newline":
        return _soup(html).get_text("\n"), "text"
    if name == "bs4-newline-strip":
        return _soup(html).get_text("\n", strip=True), "text"
    if name == "bs4-space":
        return _soup(html).get_text(" ", strip=True), "text"
    if name == "markdownify":
        import markdownify

        soup = _soup(html)
        for tag in soup(["head"]):
            tag.decompose()
        return markdownify.markdownify(str(soup), heading_style="ATX"), "markdown"
    if name == "html2text-wrapped":
        import html2text

        h = html2text.HTML2Text()
        h.body_width = 78
        return h.handle(html), "markdown"
    if name == "trafilatura-md":
        import trafilatura

        out = trafilatura.extract(html, output_format="markdown", include_formatting=True, include_links=True)
        return out or "", "markdown"
    if name == "visible-auto":
        return T.render_visible(html), "auto"
    if name == "markdown-auto":
        return T.render_markdown(html), "auto"
    raise ValueError(f"unknown renderer {name!r}; known: {', '.join(RENDERERS)}")


_GOLD: dict = {}


def _one(job: tuple[str, str, str]) -> tuple[str, float, float, bool | None] | None:
    data_dir, name, pid = job
    if not _GOLD:
        _GOLD.update(json.loads((Path(data_dir) / "gold.json").read_text()))
    g = _GOLD[pid]
    html = T.decode_html(T.read_page_bytes(data_dir, pid))
    try:
        text, fmt = render(name, html)
    except Exception:  # noqa: BLE001 (a renderer that fails on a page: not newsclean's to score)
        return None
    doc = newsclean.clean(text, format=fmt, url=g.get("url"))
    title = title_match(doc.metadata.title, g["title"]) if g.get("title") else None
    return pid, word_f1(text, g["main_content"]), word_f1(doc.text, g["main_content"]), title


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir")
    ap.add_argument("--pages", type=int, default=200, help="the first N pages by id (default 200)")
    ap.add_argument("--renderers", default=",".join(RENDERERS))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    ids = sorted(json.loads((Path(args.data_dir) / "gold.json").read_text()))[: args.pages]
    print(f"{'renderer':20s} {'pages':>5s} {'raw F1':>7s} {'newsclean':>9s} {'title':>6s} {'losers':>6s}")
    with ProcessPoolExecutor(args.jobs) as ex:
        for name in args.renderers.split(","):
            rows = [r for r in ex.map(_one, [(args.data_dir, name, p) for p in ids], chunksize=4) if r]
            if not rows:
                print(f"{name:20s} no page rendered")
                continue
            raw = sum(r[1] for r in rows) / len(rows)
            ours = sum(r[2] for r in rows) / len(rows)
            titles = [r[3] for r in rows if r[3] is not None]
            losers = [r for r in rows if r[2] < r[1] - LOSS]
            title = f"{sum(titles) / len(titles):.3f}" if titles else "-"
            print(f"{name:20s} {len(rows):5d} {raw:7.4f} {ours:9.4f} {title:>6s} {len(losers):6d}", flush=True)
            worst = sorted(rows, key=lambda r: r[2])[:5]
            print("    worst:", ", ".join(f"{r[0]} {r[1]:.2f}->{r[2]:.2f}" for r in worst))
            if losers:
                print("    losers:", ", ".join(f"{r[0]} {r[1]:.2f}->{r[2]:.2f}" for r in losers[:8]))


if __name__ == "__main__":
    main()
