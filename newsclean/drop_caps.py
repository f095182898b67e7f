"""A paragraph's drop cap, split off its word by a renderer: "T here are ..." reads "There are ...".

A page sets a paragraph's first letter large in its own element; text renderers that break
lines or add spaces at element edges (html-text, inscriptis) print it apart from the rest of
its word. The two are joined only when the page itself writes the joined word elsewhere, so
a letter that is a word or a prefix of its own stays ("T cells", "B vitamins", "W Polsce"),
and not when the rest is a word the page uses far more often than the joined one: in "B and
Q", "and" is the word, not "band".
"""

from __future__ import annotations

from collections import Counter

import regex

# A line's first letter alone, then a lower-case run: the two halves of a word. "A" and "I"
# are English words, so a line opening with one is a sentence, never a drop cap. A drop cap
# opens a paragraph: six more words at least follow on its line (a label "B corp" is none).
_SPLIT = regex.compile(r"^([ \t]*)((?![AI] )\p{Lu}) (\p{Ll}{1,20})(?!\w)(?=\S*(?:[ \t]+\S+){6})", regex.M)
_WORD = regex.compile(r"\w+")
REST_SHARE = 4  # the rest as a word of its own this many times more often than the joined word: two words


def join_drop_caps(text: str) -> str:
    """The text with each drop cap joined to its word, where the page vouches for the word."""
    if _SPLIT.search(text) is None:
        return text  # most text has none: one scan
    counts = Counter(_WORD.findall(text.casefold()))

    def join(m: regex.Match[str]) -> str:
        joined = counts[(m[2] + m[3]).casefold()]
        if not joined or counts[m[3].casefold()] - 1 > REST_SHARE * joined:
            return m[0]
        return m[1] + m[2] + m[3]

    return _SPLIT.sub(join, text)
