"""The ``newsclean`` command."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

from . import __version__
from .batch import Failed, Output, Progress, Result, Summary, clean_item, map_ordered, reason_of
from .cleaner import FORMATS, Cleaner
from .config import CATEGORIES, Config
from .document import Document
from .errors import NewscleanError
from .files import OutputError, json_line, resolved
from .sinks import Sink
from .sources import INPUT_FORMATS, Item, Reader, expand, input_format

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Remove clutter (appeals, galleries, ads, captions, menus...) from scraped news "
        "text, Markdown or HTML; print the clean article body, or JSON with metadata.",
        epilog="Exit status: 0 all documents cleaned, 1 some failed (the rest were processed), 2 usage error. "
        "The compiled rules are cached in the user's cache folder: NEWSCLEAN_CACHE_DIR=DIR moves the cache, "
        "NEWSCLEAN_CACHE_DIR=off turns it off.",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE", help="files or directories to clean; - or nothing for stdin")
    p.add_argument("--json", action="store_true", help="print JSON (one object per line): text, metadata, removals")
    p.add_argument("--format", choices=FORMATS, default="auto", help="input format (default: detect)")
    p.add_argument("--markdown", action="store_true", help="keep Markdown markup (links, emphasis) in the body")
    p.add_argument("-o", "--output-dir", metavar="DIR", help="write NAME.txt or NAME.json per input into DIR (- for standard output)")
    p.add_argument("--explain", action="store_true", help="also list every removal with its category and rule")
    p.add_argument("--url", help="the page's URL (helps find the title)")
    p.add_argument("--keep", action="append", default=[], metavar="CATEGORY", choices=CATEGORIES,
                   help="leave this category in the body (repeatable)")
    p.add_argument("--disable-rule", action="append", default=[], metavar="ID", help="switch a rule off (repeatable)")
    p.add_argument("--rules", action="append", default=[], metavar="PACK.toml", help="load an extra rule pack")
    p.add_argument("--keep-embeds", action="store_true", help="leave embedded posts in the body")
    p.add_argument("--keep-captions", action="store_true", help="leave photo captions in the body")
    p.add_argument("--glob", metavar="PATTERN", help="in directories, clean only files matching PATTERN")
    b = p.add_argument_group("batches", "many documents at once; see docs/batch.md")
    b.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                   help="files (one document each), jsonl (one record a line) or warc (HTML responses); "
                   "default: by suffix (.jsonl/.ndjson, .warc[.gz]); .gz and .zst inputs are decompressed")
    b.add_argument("--text-field", metavar="NAME", help="JSONL: the field holding the text (default: text)")
    b.add_argument("--id-field", metavar="NAME", help="JSONL: the record id, for messages and --split names")
    b.add_argument("--meta-field", default="newsclean", metavar="NAME",
                   help="JSONL/WARC: the field the metadata and removal counts go in (default: newsclean)")
    b.add_argument("--split", action="store_true", help="with -o: one file per JSONL/WARC record, named by id or URI")
    b.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    b.add_argument("--time-budget", type=float, metavar="SECONDS", help="fail a document that takes longer than this")
    b.add_argument("--progress", action="store_true", help="show a progress bar on stderr even when it is not a terminal")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no closing summary")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def config_from(args: argparse.Namespace) -> Config:
    return Config(
        keep=frozenset(args.keep),
        disable_rules=frozenset(args.disable_rule),
        rule_packs=tuple(Path(r) for r in args.rules),
        keep_embeds=args.keep_embeds,
        keep_captions=args.keep_captions,
        output="markdown" if args.markdown else "text",
        time_budget=args.time_budget,
    )


def render(doc: Document, name: str, args: Any) -> str:
    """One document's output; ``args`` carries the output options (the command's
    arguments, or a batch worker's copy of them)."""
    if args.json:
        record = {"source": name, **doc.to_dict()}
        return json_line(record)
    out = doc.text + "\n"
    if args.explain:
        out += explain(doc)
    return out


def explain(doc: Document) -> str:
    lines = [f"\n--- {len(doc.removed)} removed ---"]
    for r in doc.removed:
        snippet = " ".join(r.text.split())
        snippet = snippet if len(snippet) <= 100 else snippet[:97] + "..."
        lines.append(f"[{r.category} / {r.rule}] {r.start}-{r.end}: {snippet}")
    return "\n".join(lines) + "\n"


_TERMINATED: list[int] = []  # the signal, once received


def _terminated(signum: int, frame: object) -> None:
    _TERMINATED.append(signum)  # seen again after each document: a finaliser may swallow the raise
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: half-written outputs are removed


def main(argv: list[str] | None = None) -> int:
    if threading.current_thread() is not threading.main_thread():
        return _main(argv)  # only the main thread may set a signal handler
    previous = signal.signal(signal.SIGTERM, _terminated)
    _TERMINATED.clear()
    try:
        return _main(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)  # a SIGTERM while the interpreter exits just ends it


def _main(argv: list[str] | None) -> int:
    p = parser()
    args = p.parse_args(argv)
    _check_numbers(p, args)
    try:
        cleaner = Cleaner(config_from(args))
    except (NewscleanError, ValueError) as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # "-o -" is standard output, as "-" is standard input (it once made a directory named "-")
    out_dir = Path(args.output_dir) if args.output_dir not in (None, "", "-") else None
    if args.split and out_dir is None:
        p.error("--split needs -o/--output-dir (a directory, not -)")
    names = list(expand(args.inputs or ["-"], args.glob, args.input_format, skip=out_dir))
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        print(f"newsclean: {out_dir}: not a directory", file=sys.stderr)
        return EXIT_USAGE
    protected = {resolved(Path(n)) for n in names if n != "-"}
    jsonl_fields = args.text_field is not None or args.id_field is not None  # named: stdin is JSONL
    batch_input = any(input_format(n, args.input_format, jsonl_fields) != "files" for n in names)
    options = _output_options(args)
    reader = Reader(names, args.input_format, jsonl_fields)
    sink = Sink(out_dir, protected, json=args.json, headers=len(names) > 1, split=args.split)
    summary = Summary()
    show = not args.quiet and (args.progress or sys.stderr.isatty())
    progress = Progress(show, total=None if batch_input else len(names))
    results = map_ordered(partial(clean_item, options), reader, config=cleaner.config, jobs=args.jobs, cleaner=cleaner)
    try:
        with closing(results):
            for result in results:
                if _TERMINATED:
                    raise SystemExit(128 + _TERMINATED[0])
                _take(result, sink, summary, progress)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        progress.close()
        print("newsclean: interrupted", file=sys.stderr)
        return 130
    finally:
        sink.close()
        progress.close()
    summary.skipped = reader.counters.skipped
    if not args.quiet and (summary.read > 1 or batch_input):
        sys.stderr.write(summary.render())
    return EXIT_FAILED if summary.failed else EXIT_OK


def _check_numbers(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """A usage error (exit 2) for a count or a budget that cannot be."""
    if args.jobs is not None and args.jobs < 1:
        p.error("-j/--jobs must be at least 1")
    if args.time_budget is not None and args.time_budget <= 0:
        p.error("--time-budget must be positive")


def _output_options(args: argparse.Namespace) -> Output:
    """What each output record holds, from the command line."""
    return Output(
        json=args.json, explain=args.explain, format=args.format, url=args.url,
        text_field="text" if args.text_field is None else args.text_field,
        id_field="id" if args.id_field is None else args.id_field, meta_field=args.meta_field,
    )


def _take(result: Item | Result | Failed, sink: Sink, summary: Summary, progress: Progress) -> None:
    """One result of the run, in input order: an input's end closes its output; a document
    is written (a write that fails fails the document), counted, and reported if it failed.
    A closed pipe (``| head``) goes up to stop the run."""
    if isinstance(result, Item):  # an input is finished
        try:
            sink.end(result.source, ok=result.error is None)
        except BrokenPipeError:
            raise
        except (OutputError, OSError) as exc:
            reason = f"{result.source}: cannot write output: {reason_of(exc)}"
            summary.output_failed(reason)
            progress.message(f"newsclean: {reason}")
        return
    if isinstance(result, Result):
        try:
            sink.write(result, result.kind, result.source)
        except BrokenPipeError:
            raise
        except (OutputError, OSError) as exc:
            result = Failed(result.index, f"cannot write output: {reason_of(exc)}", "OutputError", result.key)
    summary.add(result)
    if isinstance(result, Failed):
        progress.message(f"newsclean: {result}")
    progress.update()


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's final flush is silent."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
