"""The fast path of normalise (looks_bad) answers exactly what the slow one would."""

from __future__ import annotations

import sys

import ftfy.badness
import pytest
from conftest import pure_only
from hypothesis import example, given
from hypothesis import strategies as st

from newsclean import normalise
from newsclean.errors import InputError

if sys.version_info >= (3, 11):
    from re import _constants as C
    from re import _parser as P
else:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P


def _class_chars(items):  # type: ignore[no-untyped-def]
    """The characters a LITERAL or IN item matches, or None when it is not a plain set."""
    op, av = items
    if op is C.LITERAL:
        return {chr(av)}
    if op is not C.IN:
        return None
    chars = set()
    for o, v in av:
        if o is C.LITERAL:
            chars.add(chr(v))
        elif o is C.RANGE:
            chars.update(chr(c) for c in range(v[0], v[1] + 1))
        else:
            return None
    return chars


def test_every_badness_pattern_needs_a_non_ascii_character_within_its_width():
    tree = P.parse(ftfy.badness.BADNESS_RE.pattern, ftfy.badness.BADNESS_RE.flags)
    assert tree.getwidth()[1] == normalise._BAD_WIDTH < 20
    (op, av), = list(tree)
    assert op is C.BRANCH
    for alternative in av[1]:
        sets = [_class_chars(item) for item in alternative]
        assert any(s is not None and all(not c.isascii() for c in s) for s in sets), alternative


BAD_PIECES = ["Ã©", "â€™", "Ã¼", "Â ", "ï¿½", "Ð°Ñ", "Ã", "é", "’", "“", "€", "\x9d", "ª", "№"]


@given(st.lists(st.one_of(st.sampled_from(BAD_PIECES), st.text(alphabet="abc XYZ.,\n", max_size=40))))
def test_looks_bad_is_ftfys_is_bad(pieces):
    text = "".join(pieces)
    assert normalise.looks_bad(text) == ftfy.badness.is_bad(text)


@given(st.text())
def test_looks_bad_on_any_text(text):
    assert normalise.looks_bad(text) == ftfy.badness.is_bad(text)


def test_a_control_character_inside_mojibake_does_not_put_off_its_repair():
    # "Â\x1f¡": the control splits the mojibake; once it goes, "Â¡" must be repaired in the same read
    once = normalise.normalise("0000000Â\x1f¡")
    assert once == normalise.normalise(once) == "0000000¡"


# ---------------------------------------------------------------- repairing only the lines ftfy would change

# What ftfy or _repair_line changes beside mojibake: controls, C1, separators, invisibles, surrogates,
# decomposed accents (NFC).
TOUCHY = ["\x0b", "\x1b[31m", "\x85", "\x9d", "\u2028", "\u2029", "\u206b", "\ufeff", "\ufffa", "\u00ad",
          "\u200b", "e\u0301", "\ud83d", "\ude00", "œ", "Ã", "Â "]
LINE_TEXT = st.lists(st.one_of(st.sampled_from(BAD_PIECES + TOUCHY), st.text(alphabet="abc XYZ.,\n", max_size=20)))


@given(LINE_TEXT)
def test_repairing_the_touched_lines_is_repairing_the_whole_text(pieces):
    # _repair_line on the whole text is what _repair did before it skipped lines
    text = "".join(pieces)
    assert normalise._repair(text) == normalise._repair_line(text)


@given(st.text() | LINE_TEXT.map("".join))
def test_a_line_not_touched_comes_back_from_ftfy_unchanged(text):
    for line in normalise._LINES.findall(text):
        if not normalise._touched(line):
            assert normalise._repair_line(line) == line


def _segments_read(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    read: list[str] = []
    fix = ftfy.fix_and_explain

    def counting(text, *a, **kw):  # type: ignore[no-untyped-def]
        read.append(text)
        return fix(text, *a, **kw)

    monkeypatch.setattr(ftfy, "fix_and_explain", counting)
    return read


PROSE = "The council voted on Tuesday to expand the “bus” network, ending a debate. "


def test_one_broken_line_has_ftfy_read_that_line_alone(monkeypatch):
    text = "\n".join([PROSE * 3] * 2000 + ["The cafÃ© was full."] + [PROSE] * 2000)
    read = _segments_read(monkeypatch)
    out = normalise.normalise(text)
    assert "café" in out and "Ã" not in out
    assert sum(map(len, read)) < 100  # before: every one of the 4,001 lines, each read again


def test_a_long_line_has_ftfy_read_its_broken_pieces_alone(monkeypatch):
    line = (PROSE * 400 + "The cafÃ© was full. ") * 20  # about 600,000 characters on one line
    assert len(line) > normalise._LONG_LINE
    read = _segments_read(monkeypatch)
    out = normalise.normalise(line)
    assert out.count("café") == 20 and "Ã" not in out and out.count("“bus”") == 8000
    assert sum(map(len, read)) < len(line) / 100  # before: the whole line, fifty times over


def test_pieces_are_cut_where_no_badness_pattern_reaches():
    line = ("x" * 30 + "é" + "y" * 5 + "Ã©") * 2000
    pieces = normalise._pieces(line)
    assert "".join(pieces) == line and len(pieces) == 2001
    assert all(p[: normalise._BAD_WIDTH + 1].isascii() for p in pieces[1:])
    assert all(p[-normalise._BAD_WIDTH - 1 :].isascii() for p in pieces[:-1])
    assert [ftfy.badness.is_bad(p) for p in pieces[1:-1]] == [True] * 1999


def _assert_normalising_is_idempotent(text: str) -> None:
    try:
        once = normalise.normalise(text)
    except InputError:
        return  # control characters enough to read as binary: refused, as documented
    assert normalise.normalise(once) == once


@given(st.text() | LINE_TEXT.map("".join))
@example("\ufeffÂ Â ")  # the BOM hid "Â " at the line's start from the badness test; its removal uncovered it
@example("€e\u0301")  # composed (NFC) after the badness test, "€é" reads as mojibake
@example("Â ÂÂ 0")  # repaired to " Â 0", whose "Â " reads as mojibake once the leading space goes
@example("\x0bÃ\x0bÂ ")
def test_normalising_is_idempotent(text):
    _assert_normalising_is_idempotent(text)


@pure_only
@given(LINE_TEXT.map("".join))
def test_cutting_long_lines_keeps_normalising_idempotent(text):
    # the cut at a few characters, so that short generated lines are cut too
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(normalise, "_LONG_LINE", 20)
        _assert_normalising_is_idempotent(text)


@pytest.mark.parametrize("text, want", [
    ("Step 2:Â Appoint a registered agent", "Step 2: Appoint a registered agent"),  # the space folded by a renderer
    ("It cut back on emissions.Â\n\nNext.", "It cut back on emissions.\n\nNext."),  # stripped at the line's end
    ("rates vary widely. Â\nOn average", "rates vary widely.\nOn average"),
])
def test_the_capital_a_left_of_a_no_break_space_read_as_latin1_goes(text, want):
    assert normalise.normalise(text) == want


@pytest.mark.parametrize("text", ["ROMÂ NIA", "ROMÂNIA and PÂTE"])
def test_a_capital_a_with_circumflex_in_a_capitalised_word_stays(text):
    assert normalise.normalise(text) == text


def test_a_page_whose_no_break_spaces_were_read_as_latin1_loses_their_capital_a():
    import newsclean
    prose = "The council approved the shelter plan on Tuesday after a long debate over its cost and site."
    page = f"<html><body><article><p>{prose}Â </p><p>Step 2:Â Appoint a registered agent. {prose}</p></article></body></html>"
    assert "Â" not in newsclean.clean(page, format="html").text
