"""Speed and memory of newsclean, measured in one run on the same pages.

Parts (``--parts a,b,c,d,h,s``):

a  text track: pages/s of ``newsclean`` on the visible text of wcxb-dev pages
   (``html_text.extract_text``, not timed) vs ``trafilatura.extract`` on the same
   pages' HTML. Target: >= 10x.
b  ``newsclean -j 2`` vs ``-j 1`` (the command, start-up included) on an N-document
   JSONL built from those pages. Target: >= 1.7x.
c  seconds per MB for documents from 1 KB to ``--max-mb`` MB (concatenated gold
   article texts, paragraphs kept), and the largest as one single line; growth of
   s/MB beyond 2x from the small-document rate is flagged as superlinear.
d  peak RSS while streaming a ``--gb`` GB JSONL through the command (generated in
   /tmp, deleted after): the largest single process (``getrusage(RUSAGE_CHILDREN)``
   of a wrapper) and, when psutil is present, the sampled sum over the process
   tree (the command and its workers). Each record carries its page's visible
   text (cleaned) and raw HTML (an extra field, passed through), as crawl dumps
   do. Target: < 300 MB.
s  start-up: wall seconds of one command on a one-paragraph file, newsclean with its
   rule-set cache off (every run compiles the packs), then read from a warm cache (a
   temporary one), and ``trafilatura`` on a small HTML page; the median of five runs each.
h  HTML: newsclean ``format="html"`` vs trafilatura on the same HTML. Target: >= 1x. Then
   the peak RSS of a fresh process cleaning all those pages with each peer.

a and h time the pages in three interleaved slices, each slice on one peer then the
other (wall and CPU time): this machine's load comes in bursts that moved a single
pass's ratio by 0.15. No page is cleaned twice, so no cache flatters a repeat. Before the
clock starts, both peers clean the five pages after the timed ones (first-call costs).
The first line says which newsclean ran: the pure-Python source or the compiled build.

Quick run (under a minute): ``python bench/speed.py --quick``.
Full run: ``python bench/speed.py`` (all pages, 5,000 documents, 10 MB, 1 GB).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DATA = Path(os.environ.get("WCXB_DEV", "/work/shared/data/wcxb-dev"))
PY = sys.executable



def _seconds(work, pages: list[dict]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(wall, CPU) seconds to run ``work`` on every page, one after the other."""
    t0, c0 = time.perf_counter(), time.process_time()
    for p in pages:
        work(p)
    return time.perf_counter() - t0, time.process_time() - c0


SLICES = 3  # a/h: the pages in this many interleaved slices, each timed on both peers in turn


WARM_PAGES = 5  # real pages each peer cleans before the clock starts, never timed


def _race(ours, theirs, pages: list[dict]) -> dict:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds of newsclean and trafilatura over all pages, timed slice by slice
    (every third page), each slice on one peer then the other: a burst of load on this shared
    machine then hits both alike. No page is cleaned twice, so no cache flatters a repeat.
    First-call costs (imports, compiling rule alternations a mode needs only on some pages)
    are paid on the last WARM_PAGES pages, by both peers, and those pages are not timed."""
    warm, pages = pages[-WARM_PAGES:], pages[:-WARM_PAGES]
    for page in warm:
        ours(page), theirs(page)
    nc, tr, ratios = [0.0, 0.0], [0.0, 0.0], []
    for k in range(SLICES):
        part = pages[k::SLICES]
        if not part:
            continue
        a, b = _seconds(ours, part), _seconds(theirs, part)
        nc, tr = [nc[0] + a[0], nc[1] + a[1]], [tr[0] + b[0], tr[1] + b[1]]
        ratios.append(b[0] / a[0])
    n = len(pages)
    return {"pages": n, "newsclean_pages_s": n / nc[0], "trafilatura_pages_s": n / tr[0],
            "ratio": tr[0] / nc[0], "cpu_ratio": tr[1] / nc[1], "slice_ratios": ratios}


def _said(r: dict) -> str:
    return (f"newsclean {r['newsclean_pages_s']:.1f} pages/s, trafilatura {r['trafilatura_pages_s']:.1f} pages/s, "
            f"ratio {r['ratio']:.2f}x (CPU {r['cpu_ratio']:.2f}x; slices {', '.join(f'{x:.2f}' for x in r['slice_ratios'])})")


def _build() -> str:
    """Which newsclean runs: the pure-Python source or the compiled build (setup.py, NEWSCLEAN_MYPYC=1)."""
    import newsclean.classify

    where = Path(newsclean.classify.__file__)
    return f"{'compiled (mypyc)' if where.suffix != '.py' else 'pure Python'} at {where.parent}"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- pages


def load_pages(limit: int | None) -> list[dict]:
    """[{id, url, html, text}] for the first ``limit`` pages (sorted by id), then the
    WARM_PAGES pages after them (all pages: the last of them), for a/h's warm-up."""
    import html_text

    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    files = sorted((DATA / "html").glob("*.html.gz"))[: limit + WARM_PAGES if limit else None]
    pages = []
    for f in files:
        pid = f.name.split(".")[0]
        raw = gzip.decompress(f.read_bytes())
        html = raw.decode("utf-8", "replace")
        pages.append({"id": pid, "url": gold.get(pid, {}).get("url"), "html": html,
                      "text": html_text.extract_text(html)})
    return pages


def gold_articles() -> list[str]:
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    return [v["main_content"] for _, v in sorted(gold.items()) if v.get("main_content")]


# ---------------------------------------------------------------- a: text track vs trafilatura


def part_a(pages: list[dict]) -> dict:
    import trafilatura

    from newsclean import Cleaner

    cleaner = Cleaner()
    res = _race(lambda p: cleaner.clean(p["text"], format="text", url=p["url"]),
                lambda p: trafilatura.extract(p["html"], url=p["url"]), pages)
    res["target"] = 10.0
    log(f"a) text track, {res['pages']} pages: {_said(res)} (target >= 10x){'' if res['ratio'] >= 10 else '  MISSED'}")
    return res


# ---------------------------------------------------------------- b: -j 2 vs -j 1


def write_jsonl(path: Path, pages: list[dict], n: int, html: bool = False, target_bytes: int | None = None) -> int:
    """N records (or until ``target_bytes``) cycling over the pages; returns the number written."""
    written = size = 0
    with open(path, "w", encoding="utf-8") as fh:
        while (target_bytes is None and written < n) or (target_bytes is not None and size < target_bytes):
            p = pages[written % len(pages)]
            rec = {"id": f"{p['id']}-{written}", "url": p["url"], "text": p["text"]}
            if html:
                rec["html"] = p["html"]
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            written += 1
    return written


def run_cli(args: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and its workers) of one run."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([PY, "-m", "newsclean.cli", "-q", *args], stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def part_b(pages: list[dict], docs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs.jsonl"
        write_jsonl(src, pages, docs)
        load = os.getloadavg()[0]
        one, cpu1 = run_cli(["-j", "1", str(src)])
        two, cpu2 = run_cli(["-j", "2", str(src)])
    # With the machine to ourselves, -j 2 gets two cores (CPU/wall close to 2). Other load
    # caps that; the CPU figures tell contention (CPU/wall) from overhead (CPU j2 / CPU j1).
    res = {"docs": docs, "j1_s": one, "j2_s": two, "j1_docs_s": docs / one, "j2_docs_s": docs / two,
           "speedup": one / two, "target": 1.7, "j1_cpu_s": cpu1, "j2_cpu_s": cpu2,
           "j2_cores_used": cpu2 / two, "cpu_overhead": cpu2 / cpu1, "loadavg_before": load}
    log(f"b) {docs} JSONL documents: -j 1 {one:.1f} s ({docs / one:.1f} docs/s), -j 2 {two:.1f} s "
        f"({docs / two:.1f} docs/s), speed-up {one / two:.2f}x (target >= 1.7x)"
        f"{'' if one / two >= 1.7 else '  MISSED'}")
    log(f"b) CPU: -j 1 {cpu1:.1f} s, -j 2 {cpu2:.1f} s (overhead {cpu2 / cpu1:.2f}x); -j 2 used "
        f"{cpu2 / two:.2f} cores on average; load average before the run {load:.2f}")
    return res


# ---------------------------------------------------------------- c: time per MB


def build_doc(articles: list[str], size: int) -> str:
    parts, total, i = [], 0, 0
    while total < size:
        a = articles[i % len(articles)]
        parts.append(a)
        total += len(a.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def forget(cleaner):  # type: ignore[no-untyped-def]
    """``cleaner`` with no document's text remembered: its rule matches kept by text (the
    memo it shares between documents) and the per-text caches emptied. A repeat of the same
    document would otherwise read every line from memory, so small documents, repeated many
    times, would time warm against large ones timed once. (What the rule set built for
    itself, its gates' shortlists, stays: a batch shares it between documents too.)"""
    import gc

    from newsclean.textcache import TextCache

    cleaner._memo.clear()
    for cache in [o for o in gc.get_objects() if isinstance(o, TextCache)]:
        cache.clear()
    return cleaner


def time_clean(cleaner, text: str, min_seconds: float = 0.3) -> float:  # type: ignore[no-untyped-def]
    """Seconds for one clean (the best of repeats that add up to ``min_seconds``, each with
    nothing of the document remembered: see ``forget``)."""
    best, spent = float("inf"), 0.0
    while spent < min_seconds or best == float("inf"):
        forget(cleaner)
        t0 = time.perf_counter()
        cleaner.clean(text, format="text")
        dt = time.perf_counter() - t0
        best, spent = min(best, dt), spent + dt
        if dt > min_seconds:
            break
    return best


def part_c(max_mb: float) -> dict:
    from newsclean import Cleaner

    cleaner = Cleaner()
    articles = gold_articles()
    sizes = [s for s in (1e3, 3e3, 1e4, 3e4, 1e5, 3e5, 1e6, 3e6, 1e7, 3e7) if s <= max_mb * 1e6 * 1.0001]
    rows = []
    for size in sizes:
        doc = build_doc(articles, int(size))
        dt = time_clean(cleaner, doc)
        rows.append({"bytes": int(size), "seconds": dt, "s_per_mb": dt / (size / 1e6)})
        log(f"c) {int(size):>10,d} B: {dt * 1000:9.1f} ms  {dt / (size / 1e6):7.2f} s/MB")
    small = statistics.median(r["s_per_mb"] for r in rows if 1e4 <= r["bytes"] <= 1e5) if len(rows) > 3 else rows[0]["s_per_mb"]
    for r in rows:
        r["vs_small"] = r["s_per_mb"] / small
        r["superlinear"] = r["bytes"] > 1e5 and r["vs_small"] > 2.0  # (smaller ones pay a document's fixed cost)
    largest = int(sizes[-1])
    line = build_doc(articles, largest).replace("\n", " ")
    dt = time_clean(cleaner, line)
    single = {"bytes": largest, "seconds": dt, "s_per_mb": dt / (largest / 1e6), "vs_small": dt / (largest / 1e6) / small}
    single["superlinear"] = single["vs_small"] > 2.0
    log(f"c) {largest:>10,d} B as one line: {dt * 1000:9.1f} ms  {single['s_per_mb']:7.2f} s/MB")
    flagged = [r["bytes"] for r in rows if r["superlinear"]] + (["single-line"] if single["superlinear"] else [])
    log(f"c) superlinear growth (s/MB > 2x the 10-100 KB rate): {flagged or 'none'}")
    return {"rows": rows, "single_line": single, "small_s_per_mb": small, "superlinear": flagged}


# ---------------------------------------------------------------- d: peak RSS on a large stream

_RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)\n"
)


def part_d(pages: list[dict], gb: float, jobs: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="newsclean-speed-", dir="/tmp"))
    src = tmp / "big.jsonl"
    try:
        n = write_jsonl(src, pages, 0, html=True, target_bytes=int(gb * 1e9))
        size = src.stat().st_size
        log(f"d) generated {size / 1e9:.2f} GB, {n} records; streaming it through newsclean -j {jobs} ...")
        cmd = [PY, "-c", _RSS_WRAPPER, PY, "-m", "newsclean.cli", "-q", "-j", str(jobs), str(src)]
        peak_tree = [0]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        sampler = threading.Thread(target=_sample_tree, args=(proc.pid, peak_tree), daemon=True)
        sampler.start()
        out, _ = proc.communicate()
        elapsed = time.perf_counter() - t0
        sampler.join(timeout=2)
        max_kb, rc = (int(x) for x in out.split())
    finally:
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()
    res = {"bytes": size, "records": n, "jobs": jobs, "seconds": elapsed, "exit": rc,
           "max_process_rss_mb": max_kb / 1024, "peak_tree_rss_mb": peak_tree[0] / 2**20 or None,
           "mb_s": size / 1e6 / elapsed, "target_mb": 300}
    tree = f", sampled peak of the whole tree {res['peak_tree_rss_mb']:.0f} MB" if res["peak_tree_rss_mb"] else ""
    log(f"d) {size / 1e9:.2f} GB in {elapsed:.0f} s ({res['mb_s']:.1f} MB/s, exit {rc}): largest process "
        f"{res['max_process_rss_mb']:.0f} MB{tree} (target < 300 MB)")
    return res


def _sample_tree(pid: int, peak: list[int]) -> None:
    try:
        import psutil
    except ImportError:
        return
    try:
        root = psutil.Process(pid)
        while root.is_running() and root.status() != psutil.STATUS_ZOMBIE:
            total = 0
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            peak[0] = max(peak[0], total)
            time.sleep(0.2)
    except psutil.Error:
        return


# ---------------------------------------------------------------- h: HTML vs trafilatura


def part_h(pages: list[dict]) -> dict:
    """newsclean on HTML vs trafilatura on the same HTML."""
    import trafilatura

    from newsclean import Cleaner, UnsupportedFormatError

    cleaner = Cleaner()
    try:
        cleaner.clean(pages[-1]["html"], format="html")  # a warm-up page (see _race)
    except UnsupportedFormatError as exc:
        log(f"h) HTML: not available ({exc})")
        return {"available": False}
    res = _race(lambda p: cleaner.clean(p["html"], format="html", url=p["url"]),
                lambda p: trafilatura.extract(p["html"], url=p["url"]), pages)
    log(f"h) HTML, {res['pages']} pages: {_said(res)} (target >= 1x){'' if res['ratio'] >= 1 else '  MISSED'}")
    res["peak_rss_mb"] = peak = _peak_rss(pages)
    log(f"h) peak RSS of a process reading those pages one by one and cleaning each (a fresh process per peer): "
        f"newsclean {peak['newsclean']:.0f} MB, trafilatura {peak['trafilatura']:.0f} MB, reading only {peak['none']:.0f} MB")
    return {"available": True, **res}


_PEAK_CHILD = (
    "import json, resource, sys\n"
    "who = sys.argv[1]\n"
    "if who == 'newsclean':\n"
    "    import newsclean\n"
    "    c = newsclean.Cleaner()\n"
    "    work = lambda p: c.clean(p['html'], format='html', url=p['url'])\n"
    "elif who == 'trafilatura':\n"
    "    import trafilatura\n"
    "    work = lambda p: trafilatura.extract(p['html'], url=p['url'])\n"
    "else:\n"
    "    work = lambda p: None\n"
    "for line in open(sys.argv[2], encoding='utf-8'):\n"
    "    work(json.loads(line))\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"  # (the wrapper's reading counts)
)


def _peak_rss(pages: list[dict]) -> dict[str, float]:
    """Peak RSS (MB) of a fresh process that reads the pages one by one and cleans each with
    one peer ("none": reads them only): peers in one process would share one high-water mark."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", dir="/tmp", delete=False, encoding="utf-8") as f:
        for p in pages:
            f.write(json.dumps({"html": p["html"], "url": p["url"]}) + "\n")
    try:
        # Through the small wrapper (part d's): a child forked from this process would inherit its
        # high-water mark, the pages already loaded here.
        return {who: int(subprocess.run([PY, "-c", _RSS_WRAPPER, PY, "-c", _PEAK_CHILD, who, f.name],
                                         capture_output=True, text=True, check=True).stdout.split()[0]) / 1024
                for who in ("none", "newsclean", "trafilatura")}
    finally:
        os.unlink(f.name)


# ---------------------------------------------------------------- s: start-up


STARTUP_RUNS = 5


def part_s() -> dict:
    para = "The council voted on Tuesday to keep the library open. Its budget rises by a tenth next year."
    with tempfile.TemporaryDirectory() as tmp:
        text, html = Path(tmp) / "page.txt", Path(tmp) / "page.html"
        text.write_text(para, encoding="utf-8")
        html.write_text(f"<html><body><article><h1>Library</h1><p>{para}</p></article></body></html>", encoding="utf-8")
        cache = str(Path(tmp) / "cache")
        nc = [PY, "-m", "newsclean.cli", "-q", str(text)]
        traf = [PY, "-m", "trafilatura.cli"]  # reads the page on stdin
        _median_run(nc, {"NEWSCLEAN_CACHE_DIR": cache}, 1)  # fills the cache
        res = {
            "newsclean_cache_off_s": _median_run(nc, {"NEWSCLEAN_CACHE_DIR": "off"}),
            "newsclean_cache_warm_s": _median_run(nc, {"NEWSCLEAN_CACHE_DIR": cache}),
            "trafilatura_s": _median_run(traf, {}, stdin=html),
        }
    log(f"s) start-up, one small file (median of {STARTUP_RUNS}): newsclean {res['newsclean_cache_off_s']:.2f} s with "
        f"the rule cache off, {res['newsclean_cache_warm_s']:.2f} s from a warm cache; trafilatura "
        f"{res['trafilatura_s']:.2f} s")
    return res


def _median_run(cmd: list[str], env: dict[str, str], runs: int = STARTUP_RUNS, stdin: Path | None = None) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        with open(stdin or os.devnull, "rb") as fin:
            done = subprocess.run(cmd, stdin=fin, capture_output=True, env={**os.environ, **env}, check=True)
        assert b"library open" in done.stdout, (cmd, done.stdout[:200], done.stderr[-300:])
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--parts", default="a,b,c,d", help="comma-separated parts: a,b,c,d,h,s (default a,b,c,d)")
    p.add_argument("--pages", type=int, default=None, help="a/h: pages to use (default: all)")
    p.add_argument("--docs", type=int, default=5000, help="b: JSONL documents (default 5000)")
    p.add_argument("--max-mb", type=float, default=10.0, help="c: largest document in MB (default 10)")
    p.add_argument("--gb", type=float, default=1.0, help="d: size of the streamed JSONL in GB (default 1)")
    p.add_argument("-j", "--jobs", type=int, default=2, help="d: worker processes (default 2)")
    p.add_argument("--quick", action="store_true", help="small sizes: the whole run takes about a minute")
    p.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    args = p.parse_args(argv)
    if args.quick:
        args.pages, args.docs, args.max_mb, args.gb = args.pages or 20, 120, 0.3, 0.01
    parts = {x.strip() for x in args.parts.split(",") if x.strip()}
    log(f"newsclean speed: parts {','.join(sorted(parts))} on {os.cpu_count()} cores, python {sys.version.split()[0]}, "
        f"newsclean {_build()}")
    t0 = time.perf_counter()
    pages = load_pages(args.pages) if parts & {"a", "b", "d", "h"} else []
    if pages:
        log(f"loaded {len(pages)} pages in {time.perf_counter() - t0:.1f} s")
    results: dict = {"cores": os.cpu_count(), "argv": sys.argv[1:]}
    if "a" in parts:
        results["a"] = part_a(pages)
    if "b" in parts:
        results["b"] = part_b(pages, args.docs)
    if "c" in parts:
        results["c"] = part_c(args.max_mb)
    if "d" in parts:
        results["d"] = part_d(pages, args.gb, args.jobs)
    if "h" in parts:
        results["h"] = part_h(pages)
    if "s" in parts:
        results["s"] = part_s()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    log(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
