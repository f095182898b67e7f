"""A page flattened to one line (``get_text(" ")``, a dataset's text field with its line
breaks collapsed) is read at its sentences (segment._flat_split)."""

from __future__ import annotations

import newsclean
from newsclean import features
from newsclean.blocks import Block
from newsclean.classify import classify
from newsclean.comments import thread_start
from newsclean.segment import segment

PROSE = [
    "The city council voted on Tuesday to expand the bus network across the northern districts.",
    "Officials said the plan would add twelve new routes and extend service hours on weekends.",
    "Residents who spoke at the meeting welcomed the change but asked for more frequent buses.",
    "The transport department expects the first new routes to open early next spring.",
    "Funding for the expansion comes from a regional grant approved by the state last year.",
    "Critics argued that the money would be better spent on repairing the existing roads.",
    "The mayor defended the decision, saying that better transit would reduce traffic for everyone.",
    "A public consultation on the exact routes will run until the end of the month.",
]
MENU = "Home News Sport Weather Politics Business"
APPEAL = "If you can, please support us monthly starting from just $2."


def _flat(*, menu: str = MENU) -> str:
    return " ".join([menu, *PROSE[:4], APPEAL, *PROSE[4:]] * 2)


def test_a_flattened_page_is_cut_at_its_sentences_and_keeps_its_offsets() -> None:
    text = _flat()
    blocks = [b for b in segment(text, "text") if b.raw]
    assert len(blocks) >= 2 * (len(PROSE) + 1)
    assert all(text[b.start : b.end] == b.raw for b in blocks)
    assert PROSE[1] in [b.raw for b in blocks]
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:]))


def test_a_menu_glued_before_a_sentence_is_a_block_of_its_own() -> None:
    raws = [b.raw for b in segment(_flat(), "text") if b.raw]
    assert MENU in raws and PROSE[0] in raws


def test_lines_of_their_own_are_not_cut_at_sentences() -> None:
    text = "\n\n".join([" ".join(PROSE[:4]), " ".join(PROSE[4:])])
    assert len([b for b in segment(text, "text") if b.raw]) == 2


def test_a_flattened_page_loses_its_menu_and_appeal_and_keeps_its_story() -> None:
    doc = newsclean.clean(_flat())
    assert all(p in doc.text for p in PROSE)
    assert APPEAL not in doc.text and MENU not in doc.text
    assert all(doc.input_text[r.start : r.end] == r.text for r in doc.removed)


def _labelled(text: str) -> list[Block]:
    cleaner = newsclean.Cleaner()
    blocks = segment(text, "text")
    features.annotate(blocks, "english")
    classify(blocks, cleaner.rules, cleaner.config.regex_timeout)
    return blocks


def test_a_comment_call_inside_a_flattened_story_ends_nothing() -> None:
    """"Leave a comment." between two sentences of a flattened story is no barrier and starts
    no thread: it sits in the article's flow. On a line of its own it is the thread's heading."""
    sentences = [*PROSE[:4], "Do you agree? Leave a comment.", *PROSE[4:], "Reply.", "Great piece.", "Reply.", "Reply."]
    blocks = _labelled(" ".join(sentences * 2))
    call = next(b for b in blocks if b.rule == "comment.section")
    assert not call.barrier
    assert thread_start(blocks, 0) is None
    blocks = _labelled("\n\n".join([*PROSE[:4], "Leave a comment", "Reply", "Great piece.", "Reply", "Reply"]))
    call = next(b for b in blocks if b.rule == "comment.section")
    assert call.barrier and thread_start(blocks, 0) == call.index
