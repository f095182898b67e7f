"""Headroom: the best a text cleaner could score on a track, read from the gold.

A cleaner of scraped text can only drop what the input holds and can only report
what the input says, so each track has a ceiling below 1.0:

- body: the *line oracle*, the word F1 of the best set of whole input lines,
  found by starting from the lines mostly made of gold words and flipping single
  lines while that raises F1 (a hill climb: a lower bound on the true optimum,
  an upper bound on any line-removing cleaner up to that slack);
- date: the gold date written in the input in a common form (ISO, "June 3, 2024",
  "3 June 2024", "06/03/2024", "03.06.2024", ...), or found by the cleaner anyway;
- title: the gold title equal to an input line or to one part of a line split at
  a title separator ("Title | Site"), or found by the cleaner anyway.

``bench/quality.py --headroom`` prints these beside newsclean's figures. The spellings of
dates and title separators here are the bench's own, not newsclean's readers: a ceiling must
not move with the code it bounds.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Iterable

from bench import metrics as M

CLIMB_ROUNDS = 20  # a cap: each flip raises F1, and flips settle in two or three rounds
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|»|·|•)\s+")


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    return 2 * tp / (n_pred + n_gold) if tp else 0.0


def _overlap(words: Counter, have: Counter, gold: Counter) -> int:
    """Gold words a unit adds to the kept bag ``have``."""
    return sum(min(have[w] + c, gold[w]) - min(have[w], gold[w]) for w, c in words.items())


def line_oracle(text: str, gold_text: str) -> tuple[float, list[str]]:
    """Word F1 of the best whole-line selection of ``text`` found, and its lines."""
    gold = Counter(M.word_tokens(gold_text))
    lines = [line for line in text.split("\n") if M.word_tokens(line)]
    units = [Counter(M.word_tokens(line)) for line in lines]
    n_gold = sum(gold.values())
    keep = [2 * sum(min(c, gold[w]) for w, c in u.items()) >= sum(u.values()) for u in units]
    have: Counter = Counter()
    for u, k in zip(units, keep):
        if k:
            have.update(u)
    tp = sum(min(c, gold[w]) for w, c in have.items())
    n_pred = sum(have.values())
    for _ in range(CLIMB_ROUNDS):
        changed = False
        for i, u in enumerate(units):
            n = sum(u.values())
            if keep[i]:
                have.subtract(u)
                d_tp = _overlap(u, have, gold)
                if _f1(tp - d_tp, n_pred - n, n_gold) > _f1(tp, n_pred, n_gold):
                    keep[i], tp, n_pred, changed = False, tp - d_tp, n_pred - n, True
                else:
                    have.update(u)
            else:
                d_tp = _overlap(u, have, gold)
                if _f1(tp + d_tp, n_pred + n, n_gold) > _f1(tp, n_pred, n_gold):
                    have.update(u)
                    keep[i], tp, n_pred, changed = True, tp + d_tp, n_pred + n, True
        if not changed:
            break
    return _f1(tp, n_pred, n_gold), [line for line, k in zip(lines, keep) if k]


def line_oracle_f1(text: str, gold_text: str) -> float:
    return line_oracle(text, gold_text)[0]


def date_forms(iso: str) -> list[str]:
    """Common written forms of an ISO date (lower case); [] if not a full date."""
    try:
        d = _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return []
    month, mon, day, mm, y = d.strftime("%B"), d.strftime("%b"), d.day, d.month, d.year
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    forms = [d.isoformat(), f"{mm:02d}/{day:02d}/{y}", f"{mm}/{day}/{y}", f"{mm}/{day}/{y % 100:02d}",
             f"{day:02d}/{mm:02d}/{y}", f"{day:02d}.{mm:02d}.{y}", f"{mm:02d}.{day:02d}.{y}"]
    for m in (month, mon, mon + "."):
        for dd in (str(day), f"{day:02d}", f"{day}{suffix}"):
            forms += [f"{m} {dd}, {y}", f"{m} {dd} {y}", f"{dd} {m} {y}", f"{dd}. {m} {y}"]
    return [f.lower() for f in forms]


def date_written(text: str, gold_date: str) -> bool:
    """A form of the date stands in ``text`` with no figure glued on ("13 june 2024" is not
    "3 june 2024")."""
    forms = date_forms(gold_date)
    if not forms:
        return False
    pattern = r"(?<!\d)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\d)"
    return re.search(pattern, text.lower()) is not None


def title_lines(text: str) -> Iterable[str]:
    """Every line, and every part of a line split at a title separator."""
    for line in text.split("\n"):
        if line.strip():
            yield line
            parts = _TITLE_SEP.split(line)
            if len(parts) > 1:
                yield from parts


def title_written(text: str, gold_title: str) -> bool:
    return any(M.title_match(cand, gold_title) for cand in title_lines(text))


def meta_ceiling(text: str, gold: dict, found: dict[str, bool | None]) -> dict[str, bool | None]:
    """Per field: could a cleaner of ``text`` get it right (None: no gold)?"""
    out: dict[str, bool | None] = {"title": None, "date": None}
    if gold.get("title"):
        out["title"] = bool(found.get("title")) or title_written(text, gold["title"])
    if gold.get("publish_date"):
        out["date"] = bool(found.get("date")) or date_written(text, gold["publish_date"])
    return out


def track_headroom(
    texts: dict[str, str],
    gold: dict[str, dict],
    body_ids: list[str],
    meta_found: dict[str, dict[str, bool | None]],
) -> dict:
    """One track's ceilings: mean line-oracle word F1 over ``body_ids``, and the
    share of pages with each gold field whose value a cleaner could report."""
    oracle = {i: line_oracle_f1(texts[i], gold[i].get("main_content") or "") for i in body_ids}
    ceil = {i: meta_ceiling(texts[i], gold[i], meta_found.get(i, {})) for i in texts}
    out: dict = {"line_oracle_word_f1": M.mean(oracle.values()), "pages": oracle}
    for field in ("title", "date"):
        vals = [c[field] for c in ceil.values() if c[field] is not None]
        out[f"{field}_ceiling"] = sum(vals) / len(vals) if vals else float("nan")
    return out
