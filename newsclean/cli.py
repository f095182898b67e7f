"""The ``newsclean`` command."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .cleaner import FORMATS, Cleaner
from .config import CATEGORIES, Config
from .document import Document
from .errors import NewscleanError
from .files import expand, output_path, read_input, write_atomic

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Remove clutter (appeals, galleries, ads, captions, menus...) from scraped news "
        "text, Markdown or HTML; print the clean article body, or JSON with metadata.",
        epilog="Exit status: 0 all documents cleaned, 1 some failed (the rest were processed), 2 usage error.",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE", help="files or directories to clean; - or nothing for stdin")
    p.add_argument("--json", action="store_true", help="print JSON (one object per line): text, metadata, removals")
    p.add_argument("--format", choices=FORMATS, default="auto", help="input format (default: detect)")
    p.add_argument("--markdown", action="store_true", help="keep Markdown markup (links, emphasis) in the body")
    p.add_argument("-o", "--output-dir", metavar="DIR", help="write NAME.txt or NAME.json per input into DIR")
    p.add_argument("--explain", action="store_true", help="also list every removal with its category and rule")
    p.add_argument("--url", help="the page's URL (helps find the title)")
    p.add_argument("--keep", action="append", default=[], metavar="CATEGORY", choices=CATEGORIES,
                   help="leave this category in the body (repeatable)")
    p.add_argument("--disable-rule", action="append", default=[], metavar="ID", help="switch a rule off (repeatable)")
    p.add_argument("--rules", action="append", default=[], metavar="PACK.toml", help="load an extra rule pack")
    p.add_argument("--keep-embeds", action="store_true", help="leave embedded posts in the body")
    p.add_argument("--keep-captions", action="store_true", help="leave photo captions in the body")
    p.add_argument("--glob", metavar="PATTERN", help="in directories, clean only files matching PATTERN")
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
    )


def render(doc: Document, name: str, args: argparse.Namespace) -> str:
    if args.json:
        record = {"source": name, **doc.to_dict()}
        return json.dumps(record, ensure_ascii=False) + "\n"
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


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        cleaner = Cleaner(config_from(args))
    except (NewscleanError, ValueError) as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    names = list(expand(args.inputs or ["-"], args.glob))
    out_dir = Path(args.output_dir) if args.output_dir else None
    protected = {Path(n).resolve() for n in names if n != "-"}
    taken: set[Path] = set()
    failed = 0
    for name in names:
        try:
            doc = cleaner.clean(read_input(name), format=args.format, url=args.url)
            text = render(doc, name, args)
            if out_dir is None:
                if len(names) > 1 and not args.json:
                    text = f"==> {name} <==\n{text}\n"
                sys.stdout.write(text)
                sys.stdout.flush()
            else:
                target = output_path(out_dir, name, ".json" if args.json else ".txt", taken | protected)
                write_atomic(target, text, protected)
                taken.add(target.resolve())
        except (NewscleanError, OSError, UnicodeError) as exc:
            failed += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"newsclean: {name}: {reason}", file=sys.stderr)
        except BrokenPipeError:
            return EXIT_OK
    return EXIT_FAILED if failed else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
