"""Where a comment thread starts below the article, and what in it reads like prose.

The body run never crosses a comment thread's start; replies ("Great read!") and a thread's
buttons are told from the article by the comment cues (``data/comment_cues.toml``).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import datafiles
from .blocks import Block
from .boxes import BOX_LINES
from .scores import NEXT_PARAGRAPH


def comment_barrier(blocks: list[Block], scores: list[float], first: int | None, buttons: set[int]) -> None:
    """Reader comments repeat their chrome ("Reply", "Jane says:", a timestamp): where there
    are several such lines (three, or two commenters' "says"), the first one after the article's prose (``first``) ends the
    article. A comment button the article goes on under is not one."""
    comments = [b.index for b in blocks
                if b.label == "comment" and not _in_share_bar(blocks, b.index) and b.index not in buttons]
    after = [i for i in comments if first is not None and i > first]
    if not any(blocks[i].rule == "comment.entry" for i in after):
        after = [i for i in after if blocks[i].rule != "comment.stars"]  # a listicle's stars under each pick: no reviewer, no thread
    # (two commenters' "Jane says" are as sure: an extractor keeps them and drops the rest of the chrome)
    if len(after) >= 3 or sum(1 for i in after if blocks[i].rule == "comment.entry" and _SAYS.search(blocks[i].text)) >= 2:
        k = 0
        while k + 1 < len(after) and _lone_button(blocks, scores, after[k], after[k + 1]):
            k += 1  # a teaser's kicker read as a button ("Report" over a report's card): the article goes on under it
        scores[after[k]] = -1000.0


LONE_REACH, LONG_PARAGRAPH, PARAGRAPHS_UNDER = 3, 20.0, 2


def _lone_button(blocks: list[Block], scores: list[float], i: int, nxt: int) -> bool:
    """A one-word comment button ("Report") with no other comment line near it and two of the
    article's long paragraphs under it before the next: a thread's buttons come in clusters."""
    b = blocks[i]
    if b.rule != "comment.entry" or b.words != 1:
        return False
    near = range(max(0, i - LONE_REACH), min(len(blocks), i + LONE_REACH + 1))
    if any(blocks[j].label == "comment" for j in near if j != i):
        return False
    return sum(1 for j in range(i + 1, nxt) if scores[j] >= LONG_PARAGRAPH) >= PARAGRAPHS_UNDER


_SAYS = regex.compile(r"\b(?:says|said|wrote|replied)\s*:?$", regex.I)


def _in_share_bar(blocks: list[Block], i: int) -> bool:
    """A comment-like line between share buttons ("Pocket", "Email", "Reddit") is one of them:
    a comment form's "Email" field sits among its own fields."""
    return (0 < i < len(blocks) - 1 and blocks[i].words <= 2
            and blocks[i - 1].label == "share" and blocks[i + 1].label == "share")


THREAD_ENTRIES = 2  # per-comment lines ("Jane says:", a timestamp, "Reply") that make a thread
THREAD_RULES = frozenset({"comment.entry", "comment.reply", "comment.stars"})
REPLY_OPENERS = 3  # paragraphs opened as replies are ("Great read!", "Hi Jane,") that make a thread
REPLY_WORDS = 8  # ...one of them at least this long: a reader who says something


@lru_cache(maxsize=1)
def _reply_opener() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in datafiles.load("comment_cues.toml")["reply_openers"]), regex.I)


def mark_replies(blocks: list[Block], first: int | None) -> None:
    """A thread whose chrome the scrape lost (no "Reply", no "Jane says:") still reads as
    one: several paragraphs in the text's second half, after the article's first prose, open
    as replies do, each in its own words. Each is a comment; the first then ends the article
    (``comment_barrier``)."""
    if first is None:
        return
    opener = _reply_opener()
    start = max(first + 1, len(blocks) // 2)
    found = [b for b in blocks[start:] if b.label == "body" and b.text and opener.match(b.text.lstrip("-*•· "))]
    if not found or _call_transcript(blocks):
        return
    speakers = {b.index: s for b in found if (s := _speaker_above(blocks, b.index))}
    if len(set(speakers.values())) >= TRANSCRIPT_SPEAKERS:  # (one name again and again: a thread's own writer replying)
        found = [b for b in found if b.index not in speakers]
    # (a form's "Thanks!" under each of its copies is one; the writer's own cheers between the
    # article's sections, "Good stuff!", "Congrats!", "Thanks Jane!", say no more than that)
    if len({b.text for b in found}) >= REPLY_OPENERS and any(b.words >= REPLY_WORDS for b in found):
        for b in found:
            b.set("comment", "comment.reply")


SPEAKER_WORDS, TRANSCRIPT_SPEAKERS, OPERATOR_LINES = 12, 2, 2

# A call's transcript says so: "[Operator Instructions]", its sessions' headings
_CALL_MARKS = regex.compile(r"\[operator\s+instructions\]|^\W*(?:question-and-answer|q\s*&\s*a)\s+session\W*$|^\W*prepared\s+remarks\W*$", regex.I)


def _call_transcript(blocks: list[Block]) -> bool:
    """An earnings call's or a hearing's transcript, whose turns open as replies do ("Thanks, Lena. …"): its
    operator speaks twice or more on lines of their own, or it marks its instructions and sessions."""
    operator = sum(1 for b in blocks if b.text.strip().rstrip(":").lower() == "operator")
    return operator >= OPERATOR_LINES or any(_CALL_MARKS.search(b.text) for b in blocks if b.text)


def _speaker_above(blocks: list[Block], i: int) -> str | None:
    """The line above ``blocks[i]`` when it names a speaker as other lines of the text do:
    a transcript's turn ("Arjun Mehta -- Keel Partners -- Analyst" / "Thank you."); two speakers
    or more so, and the turns are no replies."""
    above = next((b for b in reversed(blocks[:i]) if b.text), None)
    if above is None or above.label != "body" or above.prose or above.words > SPEAKER_WORDS:
        return None
    if not _SPEAKER.fullmatch(above.text):
        return None  # (a bare name is as often a commenter's, who wrote twice)
    return above.text if sum(1 for b in blocks if b.text == above.text) >= 2 else None


# A transcript's speaker line: a name and a role after a dash ("Arjun Mehta -- Keel Partners -- Analyst"), a
# name in capitals ("MAYA CHEN"), a name and a colon ("Maya Chen:"), the call's own voices ("Operator").
_SPEAKER = regex.compile(
    r"\p{Lu}[\p{L}.\x27’-]*(?:\s+\p{Lu}[\p{L}.\x27’-]*){0,3}\s*(?:--|—|–)\s*\S.{0,80}|(?-i:[\p{Lu}][\p{Lu}\s.\x27’-]{1,40}):?"
    r"|[^:\n]{2,40}:|operator|moderator|host|interviewer", regex.I)


def comment_buttons(blocks: list[Block], first: int | None, start: int | None) -> list[int]:
    """Comment headings that are a button under the article ("Leave a comment"), not the
    thread's start: the thread has a heading of its own further down ("Discussion about
    this post") and, between them, a paragraph follows the button within a few lines,
    before any comment's chrome or form field. What a post prints after its button (a
    sponsor's note, its references) is its own. ``start``: the thread's (thread_start)."""
    if first is None or start is None or blocks[start].rule not in SECTION_RULES:
        return []
    out = []
    # (under a platform's own thread heading, "Discussion about this post", a letter's short closing paragraph will do)
    least = PLATFORM_NEXT_WORDS if blocks[start].rule == "comment.platform-section" else NEXT_PARAGRAPH
    for b in blocks[first + 1 : start]:
        if b.rule not in SECTION_RULES:
            continue
        for a in [a for a in blocks[b.index + 1 : start] if a.text][:BOX_LINES]:
            if a.label == "comment" or a.barrier:
                break
            if a.label == "body" and a.prose and a.words >= least:
                out.append(b.index)
                break
    return out


PLATFORM_NEXT_WORDS = 10


def thread_start(blocks: list[Block], first: int | None) -> int | None:
    """Where a reader-comment thread starts below the article's first prose (``first``): its
    heading ("59 Comments on …") or else its first comment's chrome, when several comments follow."""
    first_prose = len(blocks) if first is None else first
    # (a flattened page's sentence, "Leave a comment.", sits in the article's flow: no thread's mark)
    entries = [b.index for b in blocks if b.rule in THREAD_RULES and b.index > first_prose and not b.sentence]
    if len(entries) < THREAD_ENTRIES:
        # a platform's thread that prints one "Reply" or none: its own heading ("Discussion about this post") under
        # another comment heading (the post's "Leave a comment" button) is the thread's start
        heads = [b.index for b in blocks[first_prose:] if b.rule in SECTION_RULES and not b.sentence]
        platform = [h for h in heads[1:] if blocks[h].rule == "comment.platform-section"]
        return platform[0] if platform else None
    heads = [b.index for b in blocks[first_prose : entries[0]] if b.rule in SECTION_RULES and not b.sentence]
    return heads[-1] if heads else entries[0]


SECTION_RULES = frozenset({"comment.section", "comment.platform-section"})  # a thread's heading
COMMENTER_RULES = frozenset({"byline.name-date", "byline.date", "byline.name", "byline.by"})


def commenters(blocks: list[Block]) -> None:
    """Under a thread's counted heading ("6 comments:", below the article's first paragraph), a
    name over its date ("Joan P. August 14, 2023 at 3:13 PM") is a commenter's: no byline of
    the page's, nor its date. (An uncounted "Comments" may head the writer's own question.)"""
    first = next((i for i, b in enumerate(blocks) if b.label == "body" and b.prose and b.words >= FIRST_WORDS), None)
    if first is None:
        return
    head = next((i for i in range(first + 1, len(blocks)) if blocks[i].rule == "comment.count"), None)
    if head is None:
        return
    for b in blocks[head + 1 :]:
        if b.rule in COMMENTER_RULES:
            b.set("comment", "comment.author")


FIRST_WORDS = 15


def texts_over_replies(blocks: list[Block]) -> None:
    """A comment's text over its lone "Reply" button, where an extractor kept the two and lost the name and date
    ("Pulled The Tower on Sunday too … Spooky!" / "Reply"): a "Reply" sits under a reader's comment, not under the
    article's paragraph. Below the article's first paragraph only, and not a heading."""
    texts = [b for b in blocks if b.text]
    first = next((k for k, b in enumerate(texts) if b.label == "body" and b.prose and b.words >= FIRST_WORDS), None)
    if first is None:
        return
    for k in range(first + 2, len(texts)):
        b, above = texts[k], texts[k - 1]
        if (b.rule == "comment.entry" and _LONE_REPLY.fullmatch(b.text.strip()) and above.label == "body"
                and above.kind not in ("heading", "list") and above.words <= REPLY_TEXT_WORDS
                and texts[k - 2].kind != "heading"):
            above.set("comment", "comment.reply-text")


_LONE_REPLY, REPLY_TEXT_WORDS = regex.compile(r"(?:like\s+)?reply", regex.I), 80
