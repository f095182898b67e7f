"""The fast path of normalise (looks_bad) answers exactly what the slow one would."""

from __future__ import annotations

import sys

import ftfy.badness
from hypothesis import given
from hypothesis import strategies as st

from newsclean import normalise

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
