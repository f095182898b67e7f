"""Time per byte of long documents built in the shapes that stress a cleaner's passes.

    python bench/shapes.py [--sizes 2000,8000] [--formats text,markdown,html] [--shapes NAME,...]

bench/speed.py's part c grows an article's prose from 1 KB to 10 MB; real long documents
are rarely prose alone. Each shape here repeats one kind of line or block thousands of
times (a thread of replies, a feed of bylined posts, a pager under each post, a menu said
again and again, a column of figures, ...), and is cleaned at each size in ``--sizes``
(units of the shape, not bytes), each run with no document's text remembered (``forget``
in speed.py), so no run reads its lines from memory. A shape whose CPU microseconds per byte grow by more than
1.5x from the smallest size to the largest is flagged SUPERLINEAR: some pass reads the
document again for each unit (quadratic). Exit status 1 when any shape is flagged.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsclean  # noqa: E402
from bench.speed import forget  # noqa: E402

FLAG = 1.5
_WORDS = ("the council approved a new plan for city roads after long debate and residents said they were "
          "pleased with the outcome").split()
_NAMES = ("Home", "News", "Sports", "World", "Business", "Opinion", "Culture", "Travel", "Style", "Video")
_FIRST = ("Jane", "John", "Maria", "Ahmed", "Li", "Olga", "Pierre", "Sara")
_LAST = ("Roe", "Doe", "Smith", "Khan", "Wang", "Ivanova", "Dubois", "Berg")
_rng = random.Random(1)


def _prose(i: int) -> str:
    return " ".join(_rng.choice(_WORDS) for _ in range(30)).capitalize() + f" {i}."


def _name(i: int) -> str:
    return f"{_FIRST[i % 8]} {_LAST[i // 8 % 8]}" + (f"{chr(65 + i % 26)}{chr(97 + i // 26 % 26)}" if i >= 64 else "")


def _every(other: Callable[[int], str]) -> Callable[[int], str]:
    """A shape that puts a paragraph of prose between its units."""
    return lambda n: "\n\n".join(other(i) if i % 2 else _prose(i) for i in range(n))


TEXT: dict[str, Callable[[int], str]] = {
    "prose": lambda n: "\n\n".join(_prose(i) for i in range(n)),
    "same paragraph": lambda n: "\n\n".join([_prose(0)] * n),
    "numbers": lambda n: "\n\n".join(str(i) for i in range(n)),
    "menu": lambda n: "\n".join(f"{_rng.choice(_NAMES)} {i % 97}" for i in range(n)),
    "same line": lambda n: "\n".join(["Read more"] * n),
    "markdown links": lambda n: "\n".join(f"[{_rng.choice(_NAMES)} {i}](https://example.com/{i})" for i in range(n)),
    "table rows": lambda n: "\n".join(f"| {i} | {_rng.choice(_NAMES)} | {i * 3} |" for i in range(n)),
    "column of figures": lambda n: "\n\n".join(f"{i}%" for i in range(n)),
    "bullets": lambda n: "\n".join(f"* {_rng.choice(_NAMES)} item {i}" for i in range(n)),
    "link text split at tags": lambda n: "\n".join("see the " if i % 2 == 0 else _rng.choice(_NAMES) for i in range(n)),
    "feed of bylines": lambda n: "\n\n".join(f"By {_name(i)}\n\n{_prose(i)}" for i in range(n)),
    "thread of replies": lambda n: "\n\n".join(f"{_name(i)} says:\nDecember {i % 28 + 1}, 2025 at 3:{i % 60:02d} pm\n"
                                               f"{_prose(i)}\nReply" for i in range(n)),
    "share bar under posts": _every(lambda i: "Share on Facebook\nShare on X\nEmail"),
    "pager under posts": _every(lambda i: "1\n2\n3\n4\nNext"),
    "headline said twice": lambda n: "\n\n".join(f"Council Approves Plan {i // 3}" if i % 3 < 2 else _prose(i)
                                                 for i in range(n)),
    "dates": _every(lambda i: f"Published December {i % 28 + 1}, 2025 at 10:{i % 60:02d} a.m."),
    "captions": _every(lambda i: f"A man walks past the building. Photo: {_name(i)}/AP"),
    "names": _every(_name),
    "advertisements": _every(lambda i: "Advertisement"),
    "headings": _every(lambda i: f"## Section {i}"),
    "questions": _every(lambda i: f"What is {_rng.choice(_WORDS)} {i}?"),
    "box said again": _every(lambda i: "Most Popular\nCouncil plan one\nBus network two\nRoad works three"),
    "menu said again": _every(lambda i: "\n".join(_NAMES)),
    "breadcrumbs": _every(lambda i: f"Home > News > Council plan {i}\nCouncil plan {i}"),
    "story list": lambda n: "\n\n".join(f"Council Approves Plan {i}\nDecember {i % 28 + 1}, 2025\n{_prose(i)[:80]}..."
                                        for i in range(n)),
    "contents lists": lambda n: "\n\n".join(f"Contents\n1. Intro {i}\n2. Plan {i}\n3. End {i}" if i % 3 == 0
                                            else _prose(i) for i in range(n)),
    "newsletter boxes": _every(lambda i: "Sign up for our newsletter\nEnter your email\nSubscribe"),
    "copyright lines": _every(lambda i: f"© 2025 Example News {i}. All rights reserved."),
    "embedded posts": _every(lambda i: f"— {_name(i)} (@user{i}) December {i % 28 + 1}, 2025"),
    "one line of prose": lambda n: " ".join(_prose(i) for i in range(n // 10)),
}

HTML: dict[str, Callable[[int], str]] = {
    "paragraphs": lambda n: "<html><body>" + "".join(f"<p>{_prose(i)}</p>" for i in range(n)) + "</body></html>",
    "nested": lambda n: "<html><body>" + "<div>" * n + f"<p>{_prose(1)}</p>" + "</div>" * n + "</body></html>",
    "table": lambda n: (f"<html><body><p>{_prose(0)}</p><table>"
                        + "".join(f"<tr><td>{i}</td><td>{_rng.choice(_NAMES)}</td></tr>" for i in range(n))
                        + "</table></body></html>"),
    "figures": lambda n: "<html><body>" + "".join(
        f'<figure><img src="/i/{i}.jpg" alt="A man {i}"><figcaption>A man walks. Photo: {_name(i)}/AP</figcaption>'
        f"</figure><p>{_prose(i)}</p>" for i in range(n)) + "</body></html>",
    "articles": lambda n: "<html><body>" + "".join(
        f'<article><h1>Council plan {i}</h1><p class="byline">By {_name(i)}</p>'
        f'<time datetime="2025-12-0{i % 9 + 1}">Dec</time><p>{_prose(i)}</p></article>' for i in range(n))
        + "</body></html>",
    "JSON-LD authors": lambda n: (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        + ",".join(f'{{"@type": "Person", "name": "{_name(i)}"}}' for i in range(n))
        + f"]}}</script></head><body><p>{_prose(0)}</p></body></html>"),
    "embedded tweets": lambda n: "<html><body>" + "".join(
        f'<p>{_prose(i)}</p><blockquote class="twitter-tweet"><p>Post {i}</p>— Jane (@jane{i}) '
        f'<a href="https://twitter.com/x/status/{i}">December 1, 2025</a></blockquote>' for i in range(n))
        + "</body></html>",
    "asides": lambda n: "<html><body><article>" + "".join(
        f'<p>{_prose(i)}</p><aside><h3>Related</h3><a href="/r/{i}">Council plan {i}</a></aside>' for i in range(n))
        + "</article></body></html>",
    "menus": lambda n: "<html><body>" + "".join(
        f'<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">News {i}</a></li></ul></nav><p>{_prose(i)}</p>'
        for i in range(n)) + "</body></html>",
}


def measure(make: Callable[[int], str], fmt: str, sizes: list[int], cleaner: newsclean.Cleaner) -> list[float]:
    """Microseconds of CPU per byte at each size (best of two runs, each with nothing of the
    document remembered: a repeat, or a larger document whose first units the smaller one
    already cleaned, would read its lines from memory and hide a quadratic pass)."""
    out = []
    for n in sizes:
        doc = make(n)
        best = float("inf")
        for _ in range(2):
            forget(cleaner)
            t = time.process_time()
            cleaner.clean(doc, format=fmt)
            best = min(best, time.process_time() - t)
        out.append(best / len(doc) * 1e6)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="2000,8000", help="units of each shape, smallest first")
    ap.add_argument("--formats", default="text,markdown,html")
    ap.add_argument("--shapes", default="", help="comma-separated names (default: all)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    chosen = {s.strip() for s in args.shapes.split(",") if s.strip()}
    cleaner = newsclean.Cleaner()
    cleaner.clean("Warm up.")
    flagged = []
    for fmt in args.formats.split(","):
        for name, make in (HTML if fmt == "html" else TEXT).items():
            if chosen and name not in chosen:
                continue
            rates = measure(make, fmt, sizes, cleaner)
            growth = rates[-1] / rates[0]
            mark = "  SUPERLINEAR" if growth > FLAG else ""
            print(f"{fmt:8s} {name:26s} " + "  ".join(f"{r:6.2f}" for r in rates) + f"  us/B  x{growth:4.2f}{mark}",
                  flush=True)
            if mark:
                flagged.append(f"{fmt}/{name}")
    print(f"{len(flagged)} shape(s) flagged" + (": " + ", ".join(flagged) if flagged else ""))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
