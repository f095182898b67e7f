"""Step 3a, classify: give each block a label from the rule packs, context-free
except for two bounded looks around (``near`` rules and regions).

Blocks no rule claims stay "body" here; revise.py judges them by their features
and neighbours.
"""

from __future__ import annotations

from copy import copy
from functools import lru_cache

import regex

from . import authors, budget, datafiles
from .blocks import SHOP_BUTTONS, Block, counts_on
from .rules import Region, Rule, RuleSet
from .rules.gate import ModeGates, Probe

_PRIORITY = ("whole", "start", "end", "search")  # the tighter the shape, the surer the rule
_END_WINDOW = 200  # end rules look at a block's last characters only: credits and signatures are short
# Emoji before a button's or a box's words ("🚀 Sign up for ...", "✉️ Reply by email"): rules
# read the words after them. Not ©, ® or ™, which rules themselves name.
_LEAD_EMOJI = regex.compile(r"(?:(?![©®™])[\p{Extended_Pictographic}\uFE0F\u200D\u20E3])+\s+")
_TAIL_EMOJI = regex.compile(r"\s+(?:(?![©®™])[\p{Extended_Pictographic}\uFE0F\u200D\u20E3])+$")
# A list item's bullet in plain text ("- 2 min read", "• Share"): rules read the words after it.
_LEAD_BULLET = regex.compile(r"[-*•·]\s+")

Memo = dict[tuple[str, int, bool, bool], "tuple[Rule, int] | None"]
SHARE_WORDS = 6  # the most words of a share button's text ("Share this page to X")


def classify(blocks: list[Block], rules: RuleSet, timeout: float, memo: Memo | None = None) -> None:
    """Label blocks in place by rules, then by near-rules, then by regions.

    ``memo`` carries rule matches between passes over the same document: a block's
    match depends only on its text, length and whether it sits in the head or tail.
    """
    head_end, tail_start = body_bounds(blocks)
    deferred: list[tuple[Block, Rule]] = []
    memo = {} if memo is None else memo
    for n, b in enumerate(blocks):
        if not n % 256:
            budget.check()  # a block may cost up to regex_timeout: look at the clock often
        if not b.text or b.kind == "code":
            continue
        key = (b.text, b.words, b.index <= head_end, b.index >= tail_start)
        if key in memo:
            found = memo[key]
        else:
            found = memo[key] = (first_match(b, rules, timeout, head_end, tail_start) or _led_button(b, rules, timeout, head_end, tail_start)
                                     or _trailing_button(b, rules, timeout, head_end, tail_start)
                                     or _glued_buttons(b, rules, timeout, head_end, tail_start))
        if found is None:
            continue
        rule, b.mark = found
        if rule.near:
            deferred.append((b, rule))
        else:
            _claim(b, rule)
    for _ in range(2):  # a near-rule can enable its neighbour's ("Once", "Monthly", ...)
        for b, rule in deferred:
            if b.label == "body" and _near(blocks, b.index, rule.near or "", rule.near_blocks):
                b.set(rule.category, rule.id)
    for b, _rule in deferred:
        if b.label == "body":  # nothing near: the first rule without a condition claims it ("Next" is a pager's)
            found = first_match(b, rules, timeout, head_end, tail_start, skip_near=True)
            if found is not None:
                rule, b.mark = found
                _claim(b, rule)
    if rules.region_open is not None:
        _apply_regions(blocks, rules, timeout)
    share_links(blocks)
    _report_sections(blocks)
    _platform_sections(blocks)
    _quoted_lists(blocks)


# A paper's or an opinion's section names a thread's heading may share ("Discussion"); one over
# the article's paragraphs is the section's. ("Comments" stays a thread's: a post-extractor's text
# keeps the comments' words and loses their names and dates.)
_SECTION_WORDS = frozenset({"discussion", "responses"})
SECTION_PARAGRAPH_WORDS, SUBHEADING_WORDS = 25, 6


def _report_sections(blocks: list[Block]) -> None:
    texts = [b for b in blocks if b.text]
    for k, b in enumerate(texts):
        if not (b.barrier and b.label == "comment" and b.text.strip(" :.").lower() in _SECTION_WORDS):
            continue
        # its subsections' headings between ("Discussion" / "Principal Findings" / … / "Limitations" / …), one
        # over each paragraph at most (a thread's name and date lines are two, or name its commenters)
        below: list[Block] = []
        sub = False
        for a in texts[k + 1 : k + 6]:
            if _subheading(a):
                if sub:
                    break
                sub = True
                continue
            below.append(a)
            sub = False
            if len(below) == 2:
                break
        if len(below) == 2 and all(a.label == "body" and a.prose and a.words >= SECTION_PARAGRAPH_WORDS for a in below):
            b.set("body", "")
            b.barrier = False


PLATFORM_HEADING_WORDS = 3


def _platform_sections(blocks: list[Block]) -> None:
    """A platform's name as a heading over a paragraph that speaks of it ("### Instagram" / "Instagram lets
    businesses tag products …"): a guide's section on it, no share button. A bar's buttons are no
    headings; in text, such a line stands between two paragraphs."""
    texts = [b for b in blocks if b.text]
    for k in range(1, len(texts) - 1):
        above, b, below = texts[k - 1], texts[k], texts[k + 1]
        if (b.rule == "share.buttons" and b.words <= PLATFORM_HEADING_WORDS and _paragraph(below)
                and (b.kind == "heading" or _paragraph(above))
                and b.text.strip(" #:").casefold() in below.text.casefold()):
            b.set("body", "")


def _paragraph(b: Block) -> bool:
    return b.label == "body" and b.prose and b.words >= SECTION_PARAGRAPH_WORDS


def _subheading(b: Block) -> bool:
    """A section's short heading: no sentence, no figure (a date's), no person's name (a commenter's)."""
    return (b.label == "body" and not b.prose and b.words <= SUBHEADING_WORDS
            and not any(c.isdigit() for c in b.text) and not authors.person(b.text))


def _claim(b: Block, rule: Rule) -> None:
    b.set(rule.category, rule.id)
    # A flattened page's sentence ("Leave a comment.") sits in the article's flow: no wall.
    b.barrier = rule.barrier and not b.sentence
    b.ends_extracted = rule.ends_extracted


@lru_cache(maxsize=1)
def _share_endpoint() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in datafiles.load("share_links.toml")["endpoints"]), regex.I)


# A Markdown link's text and the start of its address: a share button's address often holds
# the page's title, spaces and all, which no link pattern should try to read to its end.
_LINK_OPENER = regex.compile(r"\[([^\[\]\n]{0,80})\]\(\s*<?([^\s)>]{1,80})")


def share_links(blocks: list[Block]) -> None:
    """A block of a few words whose every link shares the page (``data/share_links.toml``)
    is a share button, whatever its words say ("Twitter", "__", "Share:"): Markdown keeps
    the address that plain text loses."""
    endpoint = _share_endpoint()
    for b in blocks:
        if b.label != "body" or not b.text or not (b.links or "](" in b.raw):
            continue
        if b.links:
            few, targets = b.words <= SHARE_WORDS, b.links
        else:
            # A link whose address holds spaces is read from its opening only: a few words
            # may lead up to it ("Share:"), and it must close the block.
            targets = [(m[1], m[2]) for m in _LINK_OPENER.finditer(b.raw)]
            few = len(b.raw.split("[", 1)[0].split()) <= SHARE_WORDS and b.raw.rstrip().endswith(")")
        if (few and targets
                and all(len(text.split()) <= SHARE_WORDS and endpoint.search(url) for text, url in targets)):
            b.set("share", "share.link")


def body_bounds(blocks: list[Block]) -> tuple[int, int]:
    """Indices of the first and last long prose blocks: the head lies before, the tail after."""
    long_prose = [b.index for b in blocks if b.prose and b.words >= 20]
    if not long_prose:
        return len(blocks), len(blocks)
    return long_prose[0], long_prose[-1]


def first_match(b: Block, rules: RuleSet, timeout: float, head_end: int, tail_start: int,
                skip_near: bool = False) -> tuple[Rule, int] | None:
    """The first rule that claims the block, and where its match ends (start) or begins (end);
    with ``skip_near``, the first of the rules that ask nothing of the block's neighbours."""
    whole = None  # the probe of the whole text, shared by the modes that read all of it
    lead = 0
    first = b.text[:1]
    if first and first in "-*•·":
        bullet = _LEAD_BULLET.match(b.text)
        lead = bullet.end() if bullet is not None else 0
    elif not first.isascii():
        emoji = _LEAD_EMOJI.match(b.text)
        lead = emoji.end() if emoji is not None else 0
    text = b.text[lead:] if lead else b.text
    if text and not text[-1].isascii() and (tail := _TAIL_EMOJI.search(text)) is not None:
        text = text[: tail.start()]  # a button framed in emoji: "✨ Book your color consultation ✨"
    for mode in _PRIORITY:
        limit = rules.max_words.get(mode)
        if not rules.by_mode.get(mode) or (limit is not None and b.words > limit):
            continue
        offset = max(0, len(text) - _END_WINDOW) if mode == "end" else 0
        if offset:
            probe = Probe(text[offset:], rules.needles)
        else:
            probe = whole = whole or Probe(text, rules.needles)
        found = _mode_match(b, rules, mode, probe, timeout, head_end, tail_start, skip_near)
        if found is not None:
            rule, m = found
            if mode == "search" and _quoted(probe.text, m):
                continue
            return rule, lead + offset + (m.end() if mode == "start" else m.start())
    return None


# A button set after a question on its line: "Struggling with leash pulling? Book a private session"
_BUTTON_LEAD = regex.compile(r"[^.!?:\n]{3,80}\?\s+(?=\p{Lu})")
LED_BUTTON_RULES, LED_BUTTON_WORDS = frozenset({"chrome.cta", "newsletter.signup"}), 14


def _led_button(b: Block, rules: RuleSet, timeout: float, head_end: int, tail_start: int) -> tuple[Rule, int] | None:
    """A call to action's button after its question: the line is the button's, as the rest alone would be."""
    lead = _BUTTON_LEAD.match(b.text) if "?" in b.text[:82] else None
    if lead is None:
        return None
    rest = _part(b, b.text[lead.end() :])
    if rest.words > LED_BUTTON_WORDS or rest.text.rstrip().endswith("?"):
        return None
    found = first_match(rest, rules, timeout, head_end, tail_start)
    if found is None or found[0].id not in LED_BUTTON_RULES:
        return None
    if rest.text.rstrip().endswith((".", "!")) and found[0].id != "newsletter.signup":
        return None  # (a sentence after the question is the writer's close: "Want to see how it works? Request a demo!";
        # not a sign-up's: "Want more tips like this? Join my newsletter and get my free 7-day meal plan!")
    return found[0], 0


# A pitch of a sentence or two with its button glued on after the last one, a link inside the box's
# paragraph: "Sign up for Notify Me to receive shutoff notices for your street. Subscribe"
# (or after a dash: "See Fieldnote in action — Book a 20-minute demo")
_TRAILING_BUTTON = regex.compile(r"(?P<lead>.{10,240}(?:[.!?]|\s[—–]))\s+(?P<button>\p{Lu}[^.!?:;,\n]{1,50})", regex.S)
# (or announces an opening: "Fall enrollment is now open! Reserve your lesson time")
# (or opens on a need or a launch: "Need more seats? …", "New: …")
_PITCH_CUE = regex.compile(r"^\W*(?:(?:need|want|looking\s+for)\b[^.!?]{1,40}\?|new\s*:)|\b(?:you|your|our|us|my|free|off|in\s+action)\b|[$€£]\s?\d|\d\s?%"
                           r"|\b(?:enrol+ment|registration|booking|bookings|sign-?ups?|tickets?)\s+(?:is|are)\s+(?:now\s+)?open\b", regex.I)
TRAILING_BUTTON_RULES = frozenset({"chrome.cta", "newsletter.signup", "paywall.prompt", "donation.support-line"}) | SHOP_BUTTONS
TRAILING_LEAD_WORDS, TRAILING_BUTTON_WORDS = 30, 6


def _trailing_button(b: Block, rules: RuleSet, timeout: float, head_end: int, tail_start: int) -> tuple[Rule, int] | None:
    """A short pitch that speaks to its reader or sells, its button after its last sentence: the line
    is the button's box, as the button alone would be. (An article's paragraph is longer, or names no
    offer; a heading after a sentence is no button a rule knows.)"""
    text = b.text.strip()  # (not a link's sentence closing it, "… Get a free trial.": dev 0306's and 0080's gold keeps such)
    if (b.words > TRAILING_LEAD_WORDS + TRAILING_BUTTON_WORDS or b.kind == "list"  # (a book list's item: "… Buy on Amazon")
            or text[-1:] in ".!?:;,…\"”’)"):
        return None
    m = _TRAILING_BUTTON.fullmatch(text)
    if m is None or len(m["button"].split()) > TRAILING_BUTTON_WORDS or not _PITCH_CUE.search(m["lead"]):
        return None
    found = first_match(_part(b, m["button"]), rules, timeout, head_end, tail_start)
    return (found[0], 0) if found is not None and found[0].id in TRAILING_BUTTON_RULES else None


# Two buttons a text renderer ran into one line: "Play Now Read review", "Start for free Book a demo →"
_BUTTON_VERBS = frozenset({"book", "start", "get", "try", "play", "read", "join", "sign", "subscribe", "request", "schedule",
                           "claim", "download", "buy", "shop", "see", "view", "learn", "contact", "talk", "apply", "bet",
                           "watch", "add", "call", "register", "donate", "give", "compare", "check", "find", "order"})
GLUED_BUTTON_WORDS = 10


def _glued_buttons(b: Block, rules: RuleSet, timeout: float, head_end: int, tail_start: int) -> tuple[Rule, int] | None:
    """Two buttons on one line, each a button a rule knows when read alone: the line is the first one's."""
    words = b.text.split()
    if not 3 <= len(words) <= GLUED_BUTTON_WORDS or words[0].lower() not in _BUTTON_VERBS or b.kind == "list":
        return None
    for k in range(1, len(words)):
        if words[k][:1].isupper() and words[k].lower() in _BUTTON_VERBS:
            left = first_match(_part(b, " ".join(words[:k])), rules, timeout, head_end, tail_start)
            if left is None or left[0].id not in TRAILING_BUTTON_RULES:
                continue
            right = first_match(_part(b, " ".join(words[k:])), rules, timeout, head_end, tail_start)
            if right is not None and right[0].id in TRAILING_BUTTON_RULES:
                return left[0], 0
    return None


def _part(b: Block, text: str) -> Block:
    """``b`` holding only ``text``, a part of its line, for the rules to read alone."""
    part = copy(b)
    part.text = text
    part.words = len(text.split())
    return part


_CLOSING_QUOTE = regex.compile(r"[^“”\"\n]{0,60}?[”\"’]")
QUOTE_CONTEXT_WORDS = 4


def _quoted(text: str, m: regex.Match[str]) -> bool:
    """A search rule's match set in quotation marks inside a sentence that goes on around it:
    the article quoting the furniture ("If you see “Enjoying ad-free content?” while …"), no furniture."""
    before = text[: m.start()].rstrip()
    if not before.endswith(("“", '"', "‘")):
        return False
    after = _CLOSING_QUOTE.match(text, m.end())
    rest = text[after.end() :].split() if after else []
    return bool(before.split()) and bool(rest) and len(before.split()) + len(rest) >= QUOTE_CONTEXT_WORDS


def _mode_match(  # type: ignore[no-untyped-def]
    b: Block, rules: RuleSet, mode: str, probe: Probe, timeout: float, head_end: int, tail_start: int,
    skip_near: bool = False,
):
    """The rule of ``mode`` that claims the probe's text and its match, as the alternation
    of all the mode's rules picks it (match modes: the first rule that matches; search
    modes: the leftmost match), passing over a rule barred here. Rules whose gate turns
    the text away cannot match, so they never change the pick."""
    ordered, gates = rules.by_mode[mode], rules.gates[mode]
    parts = rules.part_gates.get(mode, ())
    anchored = mode in ("whole", "start")
    if anchored:
        # The first allowed match wins: leave barred rules out at once.
        candidates = [i for i in gates.candidates(probe, b.words) if _allowed(ordered[i], b, head_end, tail_start, skip_near)]
    else:
        candidates = gates.candidates(probe)
    if not candidates:
        return None
    # One by one, each rule running only its patterns the gates admit: the regex module scans
    # an alternation of unlike patterns far slower than the few that may match.
    found = ((_rule_find(ordered[i], parts[i] if parts else None, mode, probe, timeout), i) for i in candidates)
    m, first = _leftmost(found, anchored)
    if m is None:
        return None
    if _allowed(ordered[first], b, head_end, tail_start, skip_near):
        return ordered[first], m
    # The leftmost match's rule is barred here (too long, wrong position): the next allowed one.
    for i in candidates:
        if i > first and _allowed(ordered[i], b, head_end, tail_start, skip_near):
            m = _rule_find(ordered[i], parts[i] if parts else None, mode, probe, timeout)
            if m is not None:
                return ordered[i], m
    return None


def _leftmost(found, anchored: bool):  # type: ignore[no-untyped-def]
    """(match, index) of the pick an alternation would make from ``found``, pairs of (match
    or None, index) in pattern order, read lazily: in anchored modes the first match, in
    search modes the leftmost (ties: the earlier pattern); (None, -1) if none matched."""
    best, first = None, -1
    for m, i in found:
        if m is None:
            continue
        if anchored:
            return m, i  # every match starts at 0: the first wins
        if best is None or m.start() < best.start():
            best, first = m, i
    return best, first


def _rule_find(rule: Rule, gates: ModeGates | None, mode: str, probe: Probe, timeout: float):  # type: ignore[no-untyped-def]
    """The rule's match; of a rule with several patterns, only those whose gates admit the text run."""
    if gates is None:
        return _find(rule.pattern, mode, probe.text, timeout)
    found = ((_find(rule.parts[k], mode, probe.text, timeout), k) for k in gates.candidates(probe))
    return _leftmost(found, mode in ("whole", "start"))[0]


def _find(pattern, mode: str, text: str, timeout: float):  # type: ignore[no-untyped-def]
    try:
        if mode in ("whole", "start"):
            return pattern.match(text, timeout=timeout)
        return pattern.search(text, timeout=timeout)
    except TimeoutError:
        budget.timed_out()  # Cleaner.clean warns: a tiny regex_timeout would silently match nothing
        return None  # a pathological block is left to the feature pass, not a crash


def _search(pattern, mode: str, text: str, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    return _find(pattern, mode, text, timeout) is not None


def _allowed(rule: Rule, b: Block, head_end: int, tail_start: int, skip_near: bool = False) -> bool:
    if skip_near and rule.near:
        return False
    if rule.max_words is not None and b.words > rule.max_words:
        return False
    if b.words < rule.min_words:
        return False
    if rule.kinds and b.kind not in rule.kinds:
        return False
    if rule.position == "head" and b.index > head_end:
        return False
    if rule.position == "tail" and b.index < tail_start:
        return False
    if rule.hints is not None and not rule.hints.search(b.hints):
        return False
    if rule.unless is not None and rule.unless.search(b.text):
        return False
    if b.kind == "quote" and rule.category == "byline" and b.index > head_end:
        return False  # a byline quoted in the article ("> Ines (Community Team) · Mar 3, 2025"): an example, no byline
    return True


def _near(blocks: list[Block], i: int, category: str, distance: int) -> bool:
    lo, hi = max(0, i - distance), min(len(blocks), i + distance + 1)
    return any(blocks[j].label == category for j in range(lo, hi) if j != i)


def _apply_regions(blocks: list[Block], rules: RuleSet, timeout: float) -> None:
    """Walk the blocks once; an opener starts its region, which is labelled and skipped."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        # (not an image: its alt text is an icon's name, "![trending](...)", no box's heading)
        opens = (b.text and b.words <= 40 and b.kind != "image"
                 and (rules.region_gates is None or rules.region_gates.may_open(b.text)))
        m = _find(rules.region_open, "whole", b.text, timeout) if opens else None
        if m is None or not m.lastgroup:
            i += 1
            continue
        region = rules.regions[int(m.lastgroup[1:])]
        end = _region_end(blocks, i, region, timeout)
        if end == i and region.needs_member:
            i += 1  # no member follows: a heading that only reads like the box's ("Before you go" over a section)
            continue
        if region.category == "donation" and not any(_ASK.search(blocks[j].text) for j in range(i, end + 1)):
            i += 1  # a letter that asks for nothing ("Dear friends," / "This year we served …" / "Thank you")
            continue
        keep = _gallery_story(blocks, i, end) if region.category == "gallery" else frozenset()
        for j in range(i, end + 1):
            if (blocks[j].label == "body" or j == i) and j not in keep:
                blocks[j].set(region.category, region.id)
        i = end + 1


SLIDE_PROSE_WORDS, GALLERY_STORY_SHARE = 25, 0.5


def _gallery_story(blocks: list[Block], start: int, end: int) -> frozenset[int]:
    """The slides' long captions when they hold most of the page's prose: a photo story ("Week in
    photos"), whose captions are its article; its counters and credits still go."""
    long = [j for j in range(start, end + 1) if blocks[j].prose and blocks[j].words >= SLIDE_PROSE_WORDS]
    words = sum(blocks[j].words for j in long)
    total = sum(b.words for b in blocks if b.prose and b.words >= SLIDE_PROSE_WORDS)
    return frozenset(long) if long and words >= GALLERY_STORY_SHARE * total else frozenset()


SECTION_WORDS = 30  # a paragraph this long under a heading: the article's section, not a box's teaser


def _section_heading(blocks: list[Block], j: int, lists: bool = False) -> bool:
    """A heading that links nowhere, over a long paragraph of prose (or, with ``lists``, over a list that links
    nowhere)."""
    if blocks[j].kind != "heading" or blocks[j].links:
        return False
    after = next((b for b in blocks[j + 1 :] if b.text), None)
    return after is not None and ((after.prose and after.words >= SECTION_WORDS)
                                  or (lists and after.kind == "list" and not after.links))


HEAD_WORDS, HEAD_PROSE_WORDS = 4, 15


def _short_heads_over_prose(blocks: list[Block], j: int) -> bool:
    """Two short lines that link nowhere, right over a paragraph of prose: the article's section heading and
    its subheading ("Buying Guide" / "Loaf size" / "Most machines offer …"), where the text holds no heading
    marks. A box's teaser is a title of more words, or a link; one short line over the article's paragraph is
    as often the box's last title ("Our Favorite Tea Makers")."""
    heads = 0
    for b in blocks[j:]:
        if not b.text:
            continue
        if b.prose:
            return heads == 2 and b.words >= HEAD_PROSE_WORDS and not b.links  # (one short line: the box's last title)
        if heads == 2 or b.links or b.words > HEAD_WORDS or b.kind == "list" or b.text.rstrip()[-1:] in ".!?:":
            return False
        heads += 1
    return False


_ENTRY_MARK = regex.compile(r"^[\s*•·◦▪‣+-]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s+)?")  # ("11 Months Out" keeps its number)


def _region_end(blocks: list[Block], start: int, region: Region, timeout: float) -> int:
    """The last block of the region: the last member, plus ``tail`` blocks after it."""
    last_member = start
    limit = min(len(blocks), start + region.max_blocks + 1)
    seen: set[str] = set()
    listed = False  # a list item has joined
    for j in range(start + 1, limit):
        text = blocks[j].text
        if not text:
            continue
        if listed and blocks[j].kind != "list":
            break  # the list is over: the article goes on ("STEP #2:" after "Suggested reading:" and its links)
        if region.distinct:
            key = _ENTRY_MARK.sub("", text).casefold()  # (a layout renderer keeps an entry's bullet: "* Comparison table")
            if key in seen:  # the page going on: a contents entry's own section
                break
            seen.add(key)
        if region.stop is not None and _search(region.stop, "whole", text, timeout):
            break
        if blocks[j].label in region.stop_labels:
            break
        if counts_on(blocks, start, text):
            break  # "13. Diane Arbus" after "12. Robert Frank" and a "Read next" box: the listicle goes on
        if _section_heading(blocks, j, lists=last_member == start) or (
                region.subheads_end and _short_heads_over_prose(blocks, j)):
            # the article's next heading over its next paragraph, right under the box's last link or under its
            # label (where the markup's own box took its links); there over a list too ("Related Articles:" /
            # "Which tool should you pick?" / "Mailpost: best overall for …")
            break
        if region.member is not None and _search(region.member, "search", text, timeout) and (
                region.address is None or blocks[j].words <= region.address_words
                or _search(region.address, "search", text, timeout)):
            last_member = j
            listed = region.one_list and blocks[j].kind == "list"
        elif j - last_member > region.gap or (region.address is not None and blocks[j].prose
                                              and blocks[j].words > region.address_words
                                              and not _search(region.address, "search", text, timeout)):
            # (nor does the appeal bridge a paragraph of the article that speaks to nobody: "University CFO Dale
            # Whitcomb told the board …" between a student paper's two boxes)
            break
    if region.echoed and last_member > start:
        last_member = _last_echoed(blocks, start, last_member)
    return min(last_member + region.tail, len(blocks) - 1) if last_member > start else start


ECHOED_ENTRIES, UNECHOED_TAIL = 2, 3


def _last_echoed(blocks: list[Block], start: int, last: int) -> int:
    """The region's last block: its last member that a later line begins with ("How we test" / … / "How we
    test identity theft protection services"), when two or more are and more than a few after it are not
    (the article's own heading, product name and list, short lines all); else ``last``."""
    # (headings, an FAQ's questions too; not a paragraph's opening)
    later = [_entry_key(b.text) for b in blocks[last + 1 :] if b.text and (not b.prose or b.text.rstrip().endswith("?"))]
    echoed = [j for j in range(start + 1, last + 1) if blocks[j].text and _echoes(_entry_key(blocks[j].text), later)]
    if not echoed and _said_again(blocks, start, last):
        return start  # a label said between the paragraphs again and again (Postmedia's "Article content"), no contents
        # (twice is a contents box's heading over its entries and again at the page's foot: Britannica's, dev 4043)
    if len(echoed) < ECHOED_ENTRIES:
        return last
    tail = sum(1 for b in blocks[echoed[-1] + 1 : last + 1] if b.text)
    return echoed[-1] if tail > UNECHOED_TAIL else last


LABEL_SAID = 3  # times a label is said on the page for it to be a repeated label


def _said_again(blocks: list[Block], start: int, last: int) -> bool:
    key = blocks[start].text.strip().casefold()
    return sum(b.text.strip().casefold() == key for b in (*blocks[:start], *blocks[last + 1 :])) + 1 >= LABEL_SAID


def _entry_key(text: str) -> str:
    return _ENTRY_MARK.sub("", text.lstrip("#* ")).strip().casefold()


def _echoes(key: str, later: list[str]) -> bool:
    return bool(key) and any(t == key or (t.startswith(key) and not t[len(key)].isalnum()) for t in later)


# What an appeal asks for, beyond its warmer words ("monthly", "thank you", "independent"): money, a membership, a subscription
_ASK = regex.compile(
    # (not "members" alone: a trade association's director writes to and of its members, "A Note from the
    # Executive Director" / "… our members met with …"; a membership or joining as one is asked for)
    # (asked for, not told: "the items will be donated", "parents contributed", a principal's note)
    r"\b(?:donat(?:e|es|ing|ion|ions)\b|contribut(?:e|ing|ion|ions)\b|subscri\w+|fundrais\w+|membership\b|(?:become|join\s+(?:us\s+)?as)\s+an?\s+(?:\w+\s+)?member\b|chip(?:ping)?\s+in|pitch(?:ing)?\s+in"
    r"|give\s+(?:today|now|monthly|once|what)|every\s+dollar|your\s+(?:gift|support|donation)"
    r"|tax[- ]deductible|support\s+(?:us|our\s+(?:work|journalism|reporting|newsroom|mission))|journalis\w+|paywalls?)|[$€£]\s?\d",
    regex.I)


QUOTED_ITEM_WORDS, QUOTED_ITEMS, INTRO_WORDS = 3, 3, 6


def _quoted_lists(blocks: list[Block]) -> None:
    """A list the article's sentence introduces ("Here are anchor texts from the audit:" / "Read more" /
    "Click here" / "Related posts"), its prose going on below, quotes furniture's words as examples:
    items of a few words each, three or more, no link. They are the article's, and no barrier."""
    texts = [b for b in blocks if b.text]
    k = 0
    while k < len(texts) - 1:
        intro = texts[k]
        j = k + 1
        while j < len(texts) and texts[j].words <= QUOTED_ITEM_WORDS and not texts[j].links and texts[j].kind != "heading":
            j += 1
        if (j - k - 1 >= QUOTED_ITEMS and j < len(texts) and intro.label == "body" and intro.prose
                and intro.words >= INTRO_WORDS and intro.text.rstrip().endswith(":")
                and texts[j].label == "body" and texts[j].prose and texts[j].words >= INTRO_WORDS
                and not any(b.label == "share" for b in texts[k + 1 : j])  # ("… share it with a friend:" / "Facebook" / "X")
                and 2 * sum(b.label != "body" for b in texts[k + 1 : j]) >= j - k - 1):  # (a list of names with a credit in it: no quote)
            for b in texts[k + 1 : j]:
                if b.label != "body":
                    b.set("body", "")
                    b.barrier = False
        k = max(j, k + 1)
