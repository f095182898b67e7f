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


MEGA_MENU = ("Products Cloud Storage Compute Engine Databases Networking Security Analytics Solutions Retail "
             "Healthcare Media Gaming Finance Resources Documentation Pricing Partners Careers Events Blog Support "
             "Contact Sales Sign In Get Started")


def _scored(text: str) -> list[Block]:
    blocks = _labelled(text)
    return [b for b in blocks if b.text]


def test_a_glued_menu_weighs_by_its_length_on_a_flattened_page_only() -> None:
    """A flattened page's menu is one long Title Case piece: it weighs as many lines would,
    not as one. A table's row of figures is no menu, and on a page with lines the same
    text is one line among others."""
    from newsclean.scores import block_score

    flat = " ".join([MEGA_MENU + ".", *PROSE, MEGA_MENU + "."] * 2)
    menu = next(b for b in _scored(flat) if b.text.startswith("Products Cloud"))
    assert block_score(menu) <= -menu.words / 4
    row = "Rank 1 Harvard 2 Stanford 3 Wharton 4 Booth 5 Kellogg 6 Sloan 7 Columbia 8 Haas 9 Yale 10 Tuck."
    figures = next(b for b in _scored(" ".join([row, *PROSE] * 3)) if b.text.startswith("Rank 1"))
    assert block_score(figures) > -2
    lines = next(b for b in _scored("\n\n".join([MEGA_MENU, *PROSE])) if b.text.startswith("Products Cloud"))
    assert block_score(lines) > -2


def test_a_flattened_page_with_menus_is_read_as_a_whole_page() -> None:
    """Its menus glued into pieces (a hundred words or more of them) make it a page with its
    chrome; an extractor's output flattened, prose alone, is not one."""
    from newsclean.scores import whole_page

    menu = MEGA_MENU + "."
    assert whole_page(_labelled(" ".join([menu, menu, *PROSE, menu, *PROSE, menu])))
    assert not whole_page(_labelled(" ".join(PROSE * 4)))


def test_a_flattened_page_is_not_cut_after_an_initial_a_title_or_a_month() -> None:
    glued = "The festival (Sept. 30-Nov. 5) was opened by Dr. Roe and J. Smith of the U.S. Embassy in the city."
    raws = [b.raw for b in segment(" ".join([*PROSE, glued] * 3), "text") if b.raw]
    assert glued in raws
