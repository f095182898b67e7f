"""Hand-computed cases for bench/metrics.py (answers worked out in the comments)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import metrics as M

# --- word F1 ---------------------------------------------------------------


def test_word_prf_subset():
    # pred: the cat sat on the mat (6 tokens); gold: the cat sat (3); tp = 3
    r = M.word_prf("The cat sat on the mat.", "the cat sat")
    assert r.precision == pytest.approx(0.5)
    assert r.recall == pytest.approx(1.0)
    assert r.f1 == pytest.approx(2 / 3)


def test_word_prf_is_a_multiset():
    # pred a×3 b×1, gold a×1 b×2: tp = min(3,1) + min(1,2) = 2; P = 2/4, R = 2/3, F1 = 4/7
    r = M.word_prf("a a a b", "a b b")
    assert r.precision == pytest.approx(0.5)
    assert r.recall == pytest.approx(2 / 3)
    assert r.f1 == pytest.approx(4 / 7)


def test_word_f1_case_and_punctuation_insensitive():
    assert M.word_f1("Hello, WORLD!!", "hello world") == 1.0
    assert M.word_tokens("naïve café—déjà vu") == ["naïve", "café", "déjà", "vu"]


def test_word_f1_empty_cases():
    assert M.word_f1("", "") == 1.0
    assert M.word_f1(None, "  ... ") == 1.0  # no tokens on either side
    assert M.word_f1("", "gold words") == 0.0
    assert M.word_f1("extra words", "") == 0.0
    assert M.word_f1("x y", "z w") == 0.0


# --- shingle F1 -------------------------------------------------------------


def test_shingles_windows_and_short_texts():
    assert M.shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert M.shingles("a b") == {("a", "b"): 1}  # shorter than 4: one short shingle
    assert M.shingles("") == {}
    # upstream does not lower-case
    assert M.shingles("A b c d") != M.shingles("a b c d")


def test_shingle_tp_fp_fn_normalised():
    # pred {abcd, bcde}, gold {abcd, bcdf}: tp 1, fp 1, fn 1 -> thirds
    t = M.shingle_tp_fp_fn("a b c d e", "a b c d f")
    assert t == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    # repeated shingles count: pred abcd×2 (text "a b c d a b c d" has 5 shingles:
    # abcd, bcda, cdab, dabc, abcd), gold "a b c d" has abcd×1 -> tp 1, fp 4, fn 0
    assert M.shingle_tp_fp_fn("a b c d a b c d", "a b c d") == pytest.approx((0.2, 0.8, 0.0))
    assert M.shingle_tp_fp_fn("", "") == (0.0, 0.0, 0.0)


def test_shingle_aggregate_skips_empty_predictions_in_precision():
    pages = [
        (1 / 3, 1 / 3, 1 / 3),  # P 0.5, R 0.5
        (0.0, 0.0, 1.0),  # empty prediction: not in the precision mean, R 0
        (1.0, 0.0, 0.0),  # perfect: P 1, R 1
    ]
    agg = M.shingle_aggregate(pages)
    assert agg["precision"] == pytest.approx(0.75)  # (0.5 + 1) / 2, not / 3
    assert agg["recall"] == pytest.approx(0.5)  # (0.5 + 0 + 1) / 3
    assert agg["f1"] == pytest.approx(0.6)  # 2 * .75 * .5 / 1.25


def test_shingle_page_f1():
    assert M.shingle_page_f1("a b c d e", "a b c d f") == pytest.approx(0.5)
    assert M.shingle_page_f1("", "a b c d") == 0.0
    assert M.shingle_page_f1("", "") == 1.0


# --- snippets ---------------------------------------------------------------


def test_snippets_fold_case_and_whitespace():
    pred = "The  Quick\nbrown fox jumps"
    assert M.snippet_accuracy(pred, ["quick   brown"], ["Subscribe now"]) == 1.0
    # with: "quick brown" yes, "lazy dog" no; without: "fox" present -> wrong; 1/3
    assert M.snippet_accuracy(pred, ["quick brown", "lazy dog"], ["FOX"]) == pytest.approx(1 / 3)
    assert M.snippet_hits(pred, ["quick brown", "lazy dog"], ["FOX"]) == (1, 3)
    assert M.snippet_accuracy(pred, [], []) is None
    assert M.snippet_accuracy("", ["a b"], ["c"]) == pytest.approx(0.5)


# --- metadata ---------------------------------------------------------------


def test_title_match():
    assert M.title_match("Hello,  World!", "hello world")
    assert M.title_match("Top Trends: Fall 2025 (and More)", "top trends fall 2025 and more")
    assert not M.title_match("Hello World - Example Site", "Hello World")
    assert M.title_match("Hello World - Example Site", "Hello World", loose=True)
    assert M.title_match("Example Site: Hello World", "Hello World", loose=True)
    assert not M.title_match("Hello Worldwide", "Hello World", loose=True)  # word boundary
    assert not M.title_match("Say Hello World Again", "Hello World", loose=True)
    assert not M.title_match("", "")
    assert not M.title_match("x", None)


def test_dates():
    assert M.norm_date("2020-06-27T05:54:00+02:00") == "2020-06-27"
    assert M.norm_date("2020-6-7") == "2020-06-07"
    assert M.norm_date("June 27, 2020") == ""
    assert M.date_match("2020-06-27T05:54:00", "2020-06-27")
    assert not M.date_match("2020-06-28", "2020-06-27")
    assert M.date_match("2003-11-05", "2003-11")  # gold less precise: prefix compared
    assert not M.date_match(None, "2020-01-01")
    assert not M.date_match("2020-01-01", None)


def test_author_names_split_and_credentials():
    assert M.author_names("Dylan Bailey, MS, RD, FAND") == {"dylan bailey"}
    assert M.author_names("Genevieve Carlton, Ph.D.") == {"genevieve carlton"}
    assert M.author_names("Holly Wilgus, E-RYT 200") == {"holly wilgus"}
    assert M.author_names("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen") == {
        "danielle desiato",
        "donna enzmann",
        "natalie nguyen",
    }
    assert M.author_names(["By Jane Doe", "Dr. John Roe"]) == {"jane doe", "john roe"}
    assert M.author_names(None) == set()


def test_author_match_lenient_and_exact():
    gold = "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"
    assert M.author_match(["Donna Enzmann"], gold)
    assert not M.author_match(["Donna Enzmann"], gold, exact=True)
    assert M.author_match(["Natalie Nguyen", "Danielle DeSiato", "Donna Enzmann"], gold, exact=True)
    assert M.author_match(["LEONARDO GARCIA"], "Leonardo Garcia", exact=True)
    assert M.author_match(["Dylan Bailey"], "Dylan Bailey, MS, RD, FAND", exact=True)
    # an organisation with "and" stays whole
    org = "Center for Drug Evaluation and Research"
    assert M.author_match([org], org, exact=True)
    assert not M.author_match(["Center for Drug Evaluation"], org, exact=True)
    assert not M.author_match([], "Jane Doe")
    assert not M.author_match(["Jane Doe"], None)
    assert not M.author_match(["Jane Smith"], "Jane Doe")


def test_mean_of_nothing_is_nan():
    assert math.isnan(M.mean([]))
