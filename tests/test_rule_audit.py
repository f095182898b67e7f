"""bench/rule_audit.py's page audit: which removals count against their rule."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.rule_audit import audit_page  # noqa: E402

GOLD = "Council backs bus plan. The committee met on Monday. Read more: Bridge to close for a month."


def test_a_removal_of_text_the_gold_keeps_counts_against_its_rule() -> None:
    rows = audit_page([("related.labelled", "Read more: Bridge to close for a month")], "The committee met.", GOLD)
    assert rows == [("related.labelled", 8, True)]


def test_a_second_copy_taken_while_the_first_stays_is_no_error() -> None:
    output = "Council backs bus plan. The committee met on Monday."
    rows = audit_page([("title.repeat", "Council backs bus plan")], output, GOLD)
    assert rows == [("title.repeat", 4, False)]


def test_text_the_gold_lacks_and_removals_too_short_to_tell_are_no_error() -> None:
    rows = audit_page([("share.buttons", "Share on Facebook"), ("chrome.control", "Monday"), ("x", "—")], "", GOLD)
    assert rows == [("share.buttons", 3, False), ("chrome.control", 1, False), ("x", 0, False)]
