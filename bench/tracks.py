"""Renderings of a fetched page into the text users actually hold, and peer outputs.

Each rendering ("track") and each slow peer output is an *artefact*, computed once
per page and cached on disk as JSON ``{"text": ..., "seconds": ..., "error": ...}``
under ``<cache>/<artefact>/<version>/<id>.json``.  The version folds in the
library version, so upgrading e.g. trafilatura invalidates only its artefacts.

Tracks (the input newsclean gets, and the "raw" baseline):
    visible           html_text.extract_text(html)
    markdown          html2text, body_width=0, links kept, images default
    inscriptis        inscriptis.get_text(html)
    post-trafilatura  trafilatura.extract(html), default settings
    post-readability  html_text.extract_text(readability.Document(html).summary())
    html              the page itself (no artefact; newsclean gets the bytes)

Peer artefacts:
    justext           non-boilerplate paragraphs joined by blank lines
    trafilatura-meta  title/author/date from trafilatura.extract_metadata
(the trafilatura peer's text is the post-trafilatura artefact; c4 is cheap and
computed from the visible artefact on the fly, see :func:`c4_filter`.)
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import time
from importlib import metadata as _md
from pathlib import Path
from typing import Any

TRACKS = ["visible", "markdown", "inscriptis", "post-trafilatura", "post-readability", "html"]
# format= passed to newsclean for each track
TRACK_FORMAT = {
    "visible": "text",
    "markdown": "markdown",
    "inscriptis": "text",
    "post-trafilatura": "text",
    "post-readability": "text",
    "html": "html",
}
PEER_ARTEFACTS = ["justext", "trafilatura-meta"]
ARTEFACTS = [t for t in TRACKS if t != "html"] + PEER_ARTEFACTS

# bump when the rendering code below changes
_CODE_VERSION = "1"
_LIB = {
    "visible": "html-text",
    "markdown": "html2text",
    "inscriptis": "inscriptis",
    "post-trafilatura": "trafilatura",
    "post-readability": "readability-lxml",
    "justext": "jusText",
    "trafilatura-meta": "trafilatura",
}

DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"


def artefact_version(name: str) -> str:
    lib = _LIB[name]
    try:
        v = _md.version(lib)
    except _md.PackageNotFoundError:
        v = "missing"
    extra = ""
    if name == "post-readability":
        extra = "+html-text" + _safe_version("html-text")
    return f"v{_CODE_VERSION}-{lib}{v}{extra}"


def _safe_version(lib: str) -> str:
    try:
        return _md.version(lib)
    except _md.PackageNotFoundError:
        return "missing"


# ---------------------------------------------------------------------------
# reading pages
# ---------------------------------------------------------------------------


def read_page_bytes(data_dir: str | Path, page_id: str) -> bytes:
    with gzip.open(Path(data_dir) / "html" / f"{page_id}.html.gz", "rb") as fh:
        return fh.read()


def decode_html(raw: bytes) -> str:
    """UTF-8 when valid, else bs4's UnicodeDammit, else UTF-8 with replacement."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from bs4 import UnicodeDammit

        dammit = UnicodeDammit(raw, is_html=True)
        if dammit.unicode_markup is not None:
            return dammit.unicode_markup
    except Exception:  # noqa: BLE001, S110 - fall through to lossy UTF-8
        pass
    return raw.decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------


def render_visible(html: str) -> str:
    import html_text

    return html_text.extract_text(html)


def render_markdown(html: str) -> str:
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    h.ignore_links = False
    return h.handle(html)


def render_inscriptis(html: str) -> str:
    import inscriptis

    return inscriptis.get_text(html)


def render_post_trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def render_post_readability(html: str) -> str:
    import html_text
    import readability

    logging.getLogger("readability").setLevel(logging.ERROR)
    summary = readability.Document(html).summary()
    return html_text.extract_text(summary)


_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_JUSTEXT_LANG = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk",
    "fi": "Finnish",
    "cs": "Czech",
    "sk": "Slovak",
    "ru": "Russian",
    "uk": "Ukrainian",
    "tr": "Turkish",
    "hu": "Hungarian",
    "ro": "Romanian",
    "el": "Greek",
    "id": "Indonesian",
    "ca": "Catalan",
    "hr": "Croatian",
    "sl": "Slovenian",
    "bg": "Bulgarian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "vi": "Vietnamese",
    "ms": "Malay",
    "tl": "Tagalog",
    "sw": "Swahili",
}


def page_language(html: str) -> str:
    m = _LANG_RE.search(html[:20000])
    return m.group(1).lower()[:2] if m else "en"


def render_justext(html: str) -> str:
    import justext

    stoplist = justext.get_stoplist(_JUSTEXT_LANG.get(page_language(html), "English"))
    paras = justext.justext(html, stoplist)
    return "\n\n".join(p.text for p in paras if not p.is_boilerplate)


def render_trafilatura_meta(html: str, url: str | None = None) -> str:
    import trafilatura

    doc = trafilatura.extract_metadata(html, default_url=url)
    if doc is None:
        return json.dumps({"title": None, "author": None, "date": None})
    return json.dumps({"title": doc.title, "author": doc.author, "date": doc.date})


_RENDER = {
    "visible": render_visible,
    "markdown": render_markdown,
    "inscriptis": render_inscriptis,
    "post-trafilatura": render_post_trafilatura,
    "post-readability": render_post_readability,
    "justext": render_justext,
}


# ---------------------------------------------------------------------------
# C4 line filter peer
# ---------------------------------------------------------------------------


def c4_filter(text: str) -> str:
    """The C4 *line* rules via datatrove's C4QualityFilter.

    Uses ``datatrove.pipeline.filters.C4QualityFilter`` with the line rules only:
    ``min_num_sentences=-1`` (its sentence counting needs spaCy, and dropping whole
    pages is not cleaning), ``filter_curly_bracket=False`` and
    ``filter_lorem_ipsum=False`` (both drop the whole document).  Kept line rules:
    terminal punctuation (. ! ? " ' and not ...), >= 3 words, no "javascript",
    no cookie/terms-of-use/privacy-policy phrases, no word > 1000 chars, wiki-style
    citations removed.  Falls back to :func:`c4_lines_reimpl` (same rules) if
    datatrove cannot be imported.
    """
    f = _c4_filter_obj()
    if f is None:
        return c4_lines_reimpl(text)
    from datatrove.data import Document as DTDocument

    d = DTDocument(text=text, id="x")
    res = f.filter(d)
    ok = res if isinstance(res, bool) else res[0]
    return d.text if ok else ""


_C4 = None
C4_VERSION = "1"  # bump when c4_filter's settings change


def _c4_filter_obj():
    global _C4
    if _C4 is None:
        try:
            from datatrove.pipeline.filters import C4QualityFilter

            _C4 = C4QualityFilter(
                min_num_sentences=-1, filter_curly_bracket=False, filter_lorem_ipsum=False
            )
        except Exception:  # noqa: BLE001 - use the reimplementation
            _C4 = False
    return _C4 or None


_C4_CITATION = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
_C4_POLICY = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)


def c4_lines_reimpl(text: str) -> str:
    """Reimplementation of the same C4 line rules (used only without datatrove)."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        words = line.split()
        if any(len(w) > 1000 for w in words):
            continue
        line = _C4_CITATION.sub("", line)
        if not line.endswith((".", "?", "!", '"', "'")) or line.endswith("..."):
            continue
        if len(words) < 3:
            continue
        low = line.lower()
        if "javascript" in low or any(p in low for p in _C4_POLICY):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


# ---------------------------------------------------------------------------
# cache
# ---------------------------------------------------------------------------


def _cache_path(cache_dir: Path, name: str, page_id: str) -> Path:
    return Path(cache_dir) / name / artefact_version(name) / f"{page_id}.json"


def load_artefact(cache_dir: Path, name: str, page_id: str) -> dict[str, Any] | None:
    p = _cache_path(cache_dir, name, page_id)
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def compute_artefact(name: str, html: str, url: str | None = None) -> dict[str, Any]:
    t0 = time.perf_counter()
    err = None
    try:
        if name == "trafilatura-meta":
            text = render_trafilatura_meta(html, url)
        else:
            text = _RENDER[name](html) or ""
    except Exception as e:  # noqa: BLE001 - a renderer failing on one page must not stop the run
        text = "" if name != "trafilatura-meta" else json.dumps({})
        err = f"{type(e).__name__}: {e}"[:300]
    return {"text": text, "seconds": time.perf_counter() - t0, "error": err}


def _store(cache_dir: Path, name: str, page_id: str, art: dict[str, Any]) -> None:
    p = _cache_path(cache_dir, name, page_id)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
    tmp.replace(p)


def ensure_page(job: tuple[str, str, str, str | None, tuple[str, ...]]) -> tuple[str, int]:
    """Compute and cache the missing artefacts of one page; returns (id, n computed)."""
    data_dir, cache_dir, page_id, url, names = job
    missing = [n for n in names if not _cache_path(Path(cache_dir), n, page_id).exists()]
    if not missing:
        return page_id, 0
    html = decode_html(read_page_bytes(data_dir, page_id))
    for n in missing:
        _store(Path(cache_dir), n, page_id, compute_artefact(n, html, url))
    return page_id, len(missing)


def ensure_all(
    data_dir: str | Path,
    cache_dir: str | Path,
    ids: list[str],
    urls: dict[str, str | None],
    names: list[str],
    jobs: int = 1,
    progress: bool = True,
) -> int:
    """Make sure every (id, artefact) is cached; returns how many were computed."""
    work = [(str(data_dir), str(cache_dir), i, urls.get(i), tuple(names)) for i in ids]
    work = [
        w for w in work if any(not _cache_path(Path(cache_dir), n, w[2]).exists() for n in names)
    ]
    if not work:
        return 0
    done = 0
    computed = 0
    if jobs > 1:
        import multiprocessing as mp

        with mp.get_context("fork").Pool(jobs, maxtasksperchild=50) as pool:
            for _, n in pool.imap_unordered(ensure_page, work, chunksize=2):
                done += 1
                computed += n
                if progress and done % 50 == 0:
                    print(f"  rendered {done}/{len(work)} pages", flush=True)
    else:
        for w in work:
            computed += ensure_page(w)[1]
            done += 1
            if progress and done % 50 == 0:
                print(f"  rendered {done}/{len(work)} pages", flush=True)
    return computed
