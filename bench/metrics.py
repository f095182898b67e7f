"""Scoring functions for the newsclean quality benchmark.

Everything here is pure (no I/O) so tests can import it without the benchmark data.

Metrics
-------
word F1
    Lower-cased ``\\w+`` tokens of prediction and gold as bags (multisets).
    tp = size of the bag intersection; P = tp/|pred|, R = tp/|gold|, F1 per page,
    then averaged over pages (macro).  Empty vs empty scores 1.0 (P = R = F1 = 1);
    one side empty scores 0.0.

shingle F1
    The ScrapingHub article-extraction-benchmark metric (``evaluate.py`` in
    scrapinghub/article-extraction-benchmark), reimplemented here:
    tokens are ``\\w+`` matches *without* lower-casing (as upstream); shingles are
    word 4-grams, counted as a bag; a text with fewer than 4 tokens yields one
    shorter shingle holding all its tokens, an empty text yields none.
    Per page tp/fp/fn are divided by their sum (so every page weighs the same).
    Precision is averaged over pages with tp+fp > 0 (pages where the prediction is
    empty are *left out* of the precision mean, as upstream), recall over pages with
    tp+fn > 0; a page with fp == fn == 0 scores 1 on both.  F1 is the harmonic mean
    of the two averages (not a mean of per-page F1s).

snippet accuracy
    Prediction and snippets are lower-cased and runs of white space folded to a
    single space.  Each ``with`` snippet scores 1 when it is a substring of the
    prediction, each ``without`` snippet scores 1 when it is not.  Per page the
    share of scoring snippets; the headline figure is the mean over pages that have
    at least one snippet (``snippet_acc``).  The pooled share over all snippets is
    also reported (``snippet_acc_pooled``).

metadata
    Only pages whose gold field is non-empty count (denominator).
    title: NFKC + casefold, every non-word character turned into a space, white
      space folded; a hit when the two normalised strings are equal.
    title_loose: also a hit when the normalised gold title begins or ends the
      normalised prediction at a word boundary ("Title | Site", "Site: Title").
    publish_date: the first ``YYYY-MM-DD`` (also ``YYYY-M-D``, zero-padded) found at
      the start of each value; a hit when those are equal.  A gold date with less
      precision (``2003-11``) is compared on the prefix it has.
    author (lenient, the headline ``author``): gold and predicted strings are split
      into names on ``,`` ``;`` ``&`` ``|`` ``/`` and the word ``and``; names are
      normalised like titles (plus a leading ``by``/``dr``/``prof`` dropped) and credential-like parts
      (``MS``, ``RD``, ``Ph.D.``, ``E-RYT 200``: a known list, or a part without
      lower-case letters and at most 6 letters) are dropped.  A hit when the two name
      sets overlap, or when the whole normalised strings are equal (which keeps
      "Center for Drug Evaluation and Research" a single name).
    author_exact: same, but the name sets must be equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_WORD_RE = re.compile(r"\w+")
_WS_RE = re.compile(r"\s+")
_NONWORD_RE = re.compile(r"[\W_]+")


# ---------------------------------------------------------------------------
# word F1
# ---------------------------------------------------------------------------


def word_tokens(text: str | None) -> list[str]:
    """Lower-cased ``\\w+`` tokens."""
    return _WORD_RE.findall((text or "").lower())


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def prf_from_bags(pred: Counter, gold: Counter) -> PRF:
    n_pred = sum(pred.values())
    n_gold = sum(gold.values())
    if n_pred == 0 and n_gold == 0:
        return PRF(1.0, 1.0, 1.0)
    if n_pred == 0 or n_gold == 0:
        return PRF(0.0, 0.0, 0.0)
    tp = sum((pred & gold).values())
    p = tp / n_pred
    r = tp / n_gold
    f = 2 * p * r / (p + r) if tp else 0.0
    return PRF(p, r, f)


def word_prf(pred: str | None, gold: str | None) -> PRF:
    """Bag-of-words precision, recall and F1 of one page."""
    return prf_from_bags(Counter(word_tokens(pred)), Counter(word_tokens(gold)))


def word_f1(pred: str | None, gold: str | None) -> float:
    return word_prf(pred, gold).f1


def mean(values: Iterable[float]) -> float:
    vals = list(values)
    return sum(vals) / len(vals) if vals else float("nan")


# ---------------------------------------------------------------------------
# shingle F1 (ScrapingHub article-extraction-benchmark)
# ---------------------------------------------------------------------------


def shingles(text: str | None, n: int = 4) -> Counter:
    """Bag of word n-grams of the case-preserved ``\\w+`` tokens."""
    toks = _WORD_RE.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(zip(*(toks[k:] for k in range(n))))


def shingle_counts_tp_fp_fn(p: Counter, g: Counter) -> tuple[float, float, float]:
    """Per-page tp, fp, fn of two shingle bags, normalised to sum to 1 (all 0 if none)."""
    tp = sum((p & g).values())
    fp = sum(p.values()) - tp  # == sum of max(0, pred_count - true_count)
    fn = sum(g.values()) - tp
    s = tp + fp + fn
    if s:
        return tp / s, fp / s, fn / s
    return 0.0, 0.0, 0.0


def shingle_tp_fp_fn(pred: str | None, gold: str | None, n: int = 4) -> tuple[float, float, float]:
    """Per-page tp, fp, fn over shingles, normalised to sum to 1 (all 0 if none)."""
    return shingle_counts_tp_fp_fn(shingles(pred, n), shingles(gold, n))


def _shingle_precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fp == 0:
        return 0.0
    return tp / (tp + fp)


def _shingle_recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fn == 0:
        return 0.0
    return tp / (tp + fn)


def shingle_aggregate(tp_fp_fns: Sequence[tuple[float, float, float]]) -> dict[str, float]:
    """Precision/recall averaged over pages, F1 of the averages (upstream rules)."""
    ps = [_shingle_precision(*t) for t in tp_fp_fns if t[0] + t[1] > 0]
    rs = [_shingle_recall(*t) for t in tp_fp_fns if t[0] + t[2] > 0]
    p = mean(ps) if ps else 0.0
    r = mean(rs) if rs else 0.0
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return {"precision": p, "recall": r, "f1": f}


def shingle_page_f1(pred: str | None, gold: str | None, n: int = 4) -> float:
    """Per-page shingle F1 (for listings; the headline uses :func:`shingle_aggregate`)."""
    return shingle_f1_from_tp_fp_fn(shingle_tp_fp_fn(pred, gold, n))


def shingle_f1_from_tp_fp_fn(t: tuple[float, float, float]) -> float:
    if t[0] == t[1] == t[2] == 0:
        return 1.0
    p, r = _shingle_precision(*t), _shingle_recall(*t)
    return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------------------
# snippets
# ---------------------------------------------------------------------------


def fold(text: str | None) -> str:
    """Lower-case and fold white space runs to one space."""
    return _WS_RE.sub(" ", (text or "").lower()).strip()


def snippet_hits(pred: str | None, with_: Sequence[str], without: Sequence[str]) -> tuple[int, int]:
    """(scoring snippets, total snippets) for one page."""
    hay = fold(pred)
    hits = 0
    total = 0
    for s in with_ or ():
        fs = fold(s)
        if not fs:
            continue
        total += 1
        hits += fs in hay
    for s in without or ():
        fs = fold(s)
        if not fs:
            continue
        total += 1
        hits += fs not in hay
    return hits, total


def snippet_accuracy(
    pred: str | None, with_: Sequence[str], without: Sequence[str]
) -> float | None:
    """Share of snippets scored correctly on one page; None if the page has none."""
    hits, total = snippet_hits(pred, with_, without)
    return hits / total if total else None


# ---------------------------------------------------------------------------
# metadata
# ---------------------------------------------------------------------------


def norm_text(s: str | None) -> str:
    """NFKC, casefold, punctuation to spaces, folded white space."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).casefold()
    return _NONWORD_RE.sub(" ", s).strip()


def title_match(pred: str | None, gold: str | None, *, loose: bool = False) -> bool:
    """Equal after :func:`norm_text`; ``loose`` also accepts the gold title at the
    start or end of the predicted one (a site name added: "Title | Site")."""
    g = norm_text(gold)
    if not g:
        return False
    p = norm_text(pred)
    if p == g:
        return True
    return loose and (p.startswith(g + " ") or p.endswith(" " + g))


_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def norm_date(s: str | None) -> str:
    """``YYYY-MM-DD`` prefix of an ISO-ish date ('' if none); keeps lower precision."""
    if not s:
        return ""
    m = _DATE_RE.match(s)
    if not m:
        return ""
    parts = [m.group(1)] + [f"{int(x):02d}" for x in m.groups()[1:] if x]
    return "-".join(parts)


def date_match(pred: str | None, gold: str | None) -> bool:
    g = norm_date(gold)
    p = norm_date(pred)
    if not g or not p:
        return False
    return p[: len(g)] == g


_NAME_PREFIX_RE = re.compile(r"^(?:by|dr|prof) ")
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:[,;&|/]|\band\b)\s*", re.IGNORECASE)
_CREDENTIALS = {
    "phd",
    "ph d",
    "md",
    "m d",
    "do",
    "rn",
    "ma",
    "ms",
    "msc",
    "mba",
    "mph",
    "mfa",
    "cpa",
    "cfp",
    "cfa",
    "jr",
    "sr",
    "dvm",
    "vmd",
    "rd",
    "ld",
    "ba",
    "bs",
    "bsc",
    "esq",
    "ii",
    "iii",
    "iv",
    "facp",
    "facs",
    "lcsw",
    "np",
    "pa c",
    "pharmd",
}


def _is_credential(part: str) -> bool:
    n = norm_text(part)
    if n in _CREDENTIALS:
        return True
    letters = [c for c in part if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters) and len(letters) <= 6


def author_names(value: str | Sequence[str] | None) -> set[str]:
    """Normalised individual names of an author field (string or list)."""
    if not value:
        return set()
    items = [value] if isinstance(value, str) else list(value)
    out: set[str] = set()
    for item in items:
        for part in _AUTHOR_SPLIT_RE.split(item or ""):
            if not part.strip() or _is_credential(part):
                continue
            n = norm_text(part)
            n = _NAME_PREFIX_RE.sub("", n)
            if n:
                out.add(n)
    return out


def _author_whole(value: str | Sequence[str] | None) -> str:
    if not value:
        return ""
    if not isinstance(value, str):
        value = ", ".join(v for v in value if v)
    return _NAME_PREFIX_RE.sub("", norm_text(value))


def author_match(
    pred: str | Sequence[str] | None, gold: str | None, *, exact: bool = False
) -> bool:
    """Lenient (any shared name) or exact (same name set) author comparison."""
    gw = _author_whole(gold)
    if not gw:
        return False
    if _author_whole(pred) == gw:
        return True
    g = author_names(gold)
    p = author_names(pred)
    if not g or not p:
        return False
    return p == g if exact else bool(p & g)
