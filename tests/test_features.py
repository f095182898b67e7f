"""Language detection: the per-block cache of stop-word hits gives what counting all
the sampled words at once gives (the plain reading below), warm or cold."""

from __future__ import annotations

from collections import Counter

import pytest

import newsclean
from newsclean import features
from newsclean.blocks import Block
from newsclean.normalise import normalise
from newsclean.segment import segment


def _plain_detect(blocks: list[Block], sample_words: int = 3000) -> str | None:
    """detect_language as first written: one Counter over the sampled words."""
    counts: Counter[str] = Counter()
    seen = 0
    for b in blocks:
        words = features.WORD.findall(b.text.lower())
        counts.update(words)
        seen += len(words)
        if seen >= sample_words:
            break
    if not seen:
        return None
    lists = features.stop_lists()
    names = tuple(sorted(lists))
    hits = [sum(n for w, n in counts.items() if w in lists[name]) for name in names]
    best = max(range(len(names)), key=hits.__getitem__)
    return names[best] if hits[best] >= 0.15 * seen else None


TEXTS = [
    "The minister said on Tuesday that the plan would be put to a vote.\n\nIt was not clear when.",
    "Der Minister sagte am Dienstag, dass der Plan zur Abstimmung gestellt werde.\n\nEs ist nicht klar, wann.",
    "Le ministre a dit mardi que le plan serait soumis au vote.\n\nOn ne sait pas quand.",
    "El ministro dijo el martes que el plan se sometería a votación.\n\nNo está claro cuándo.",
    "Home\n\nNews\n\nSport\n\nWeather",  # too few stop words: None
    "東京で会議が開かれた。\n\n詳細は不明だ。",
    "",
    "Der die das und the of and le la les " * 40,  # a tie-prone mix, one long block
    "\n\n".join(["Menu Login Search"] * 5 + ["The story goes on and on, and it is in the text of the page."] * 400),
    "İstanbul'da bir toplantı yapıldı ve bu konuda çok şey söylendi.\n\nKAPAT",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("sample_words", [5, 3000])
def test_cached_hits_detect_what_counting_all_words_detects(text: str, sample_words: int) -> None:
    blocks = segment(text, "text")
    expected = _plain_detect(blocks, sample_words)
    features._WORD_HITS.clear()
    assert features.detect_language(blocks, sample_words) == expected  # cold
    assert features.detect_language(blocks, sample_words) == expected  # warm
    assert features.detect_language(blocks[1:], sample_words) == _plain_detect(blocks[1:], sample_words)


def test_word_hits_unpack_to_each_languages_count() -> None:
    names = features._word_languages()[0]
    lists = features.stop_lists()
    text = "Der Minister und the minister and le ministre: de la, of the, und der."
    words = features.WORD.findall(text.lower())
    n, packed = features._word_hits(text)
    assert n == len(words)
    for i, name in enumerate(names):
        field = (packed >> (features._FIELD_BITS * i)) & features._FIELD_MASK
        assert field == sum(w in lists[name] for w in words)


def test_word_hits_cache_is_bounded_and_skips_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    features._WORD_HITS.clear()
    monkeypatch.setattr(features._WORD_HITS, "limit", 3)
    for i in range(10):
        features._word_hits(f"block number {i} of the page")
    assert len(features._WORD_HITS) <= 4
    long = "the " * (features._WORD_HITS.longest // 4 + 1)
    assert features._word_hits(long)[0] == features._WORD_HITS.longest // 4 + 1
    assert long not in features._WORD_HITS


def test_title_case_share_cache_answers_as_computing_it_does(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import scores

    def plain(text: str) -> float:
        words = [w for w in text.split() if w[:1].isalpha()]
        return sum(1 for w in words if w[0].isupper()) / len(words) if words else 1.0

    scores._TITLE_CASE.clear()
    monkeypatch.setattr(scores._TITLE_CASE, "limit", 3)
    texts = ["Home News Sport", "a lower-case phrase here", "", "42 7", "Über uns und Kontakt", "Mixed Case line"]
    for text in texts * 2:  # cold, then warm (and cleared when full)
        assert scores.title_case_share(text) == plain(text)
        assert len(scores._TITLE_CASE) <= 4
    long = "Title " * 1000
    assert scores.title_case_share(long) == 1.0 and long not in scores._TITLE_CASE


def test_dates_read_once_for_both_anchors_are_those_read_per_anchor() -> None:
    from newsclean import dates

    text = "\n\n".join(
        ["Home", "Published March 3, 2024", "The Headline Of The Story", "By Jane Doe | 04/05/2024",
         "Since July 1, 2024, the council has met in the town hall every week, and it will go on doing so.",
         "Updated: 2024-06-01", "Posted 2 days ago, 2024-01-01", "Footer 2023-12-31"] * 3
    )
    blocks = segment(text, "text")
    features.annotate(blocks, features.detect_language(blocks))

    def plain(anchor: int) -> list[tuple[float, dates.Found]]:  # near_dates as first written
        lo = max(0, anchor - int(dates.MAX_COST / dates.ABOVE_COST) * 4)
        texts = [b for b in blocks[lo : anchor + int(dates.MAX_COST) * 4] if b.text]
        at = next((k for k, b in enumerate(texts) if b.index >= anchor), len(texts))
        out = []
        for k, b in enumerate(texts):
            if (b.words > dates.MAX_WORDS or len(b.text) > dates.MAX_CHARS or b.label in dates._SKIP_LABELS
                    or dates.RELATIVE.search(b.text)):
                continue
            cost = k - at if k >= at else dates.ABOVE_COST * (at - k)
            if cost <= dates.MAX_COST:
                out.extend((cost, f) for f in dates.find_dates(b.text)
                           if f.labelled or not (b.prose and b.words > dates.SHORT))
        out.sort(key=lambda cf: cf[0])
        return out

    assert plain(0)  # the sample has dates to find
    for a, b in [(0, 0), (2, 5), (5, 2), (0, len(blocks) - 1), (len(blocks), 3)]:
        seen: dict[int, list[dates.Found]] = {}
        assert dates.near_dates(blocks, a, seen) == plain(a)
        assert dates.near_dates(blocks, b, seen) == plain(b)


def test_a_paragraph_ending_in_a_quote_attribution_is_prose() -> None:
    from newsclean.blocks import Block
    from newsclean.features import annotate

    def block(text: str) -> Block:
        return Block(index=0, kind="paragraph", raw=text, start=0, end=len(text), text=text)

    quoted = block("The hosts explain how founders grow their firms, and I learn from it. – Jane Roe, lead engineer, Acme")
    signed = block("If your team's planning keeps spilling over into the new year, this one is for you.— Kate Lee")
    menu = block("Home – News – Sport – Culture – Contact Us")
    annotate([quoted, signed, menu], "en")
    assert quoted.prose and signed.prose and not menu.prose


@pytest.mark.parametrize("text", [
    "Er lacht und sagt: »Aber wenigstens weiß ich jetzt, wofür.«",  # German »…«
    "Die Ministerin sagte am Abend: „Das ist ein guter Tag für die Stadt.“",  # German „…“
    "Der Bürgermeister sagte dazu nur: ‚Wir warten ab, was das Gericht entscheidet.‘",
    "市長は会見で「計画は予定通り進める。」",
])
def test_a_paragraph_ending_in_a_quote_in_another_languages_marks_is_prose(text: str) -> None:
    from newsclean.features import annotate

    b = Block(index=0, kind="paragraph", raw=text, start=0, end=len(text), text=text)
    annotate([b], "ja" if "「" in text else "de")
    assert b.prose


@pytest.mark.parametrize("text", [
    "The runner turns in open air inside a casing at atmospheric pressure. [1]",
    "The runner turns in open air inside a casing at atmospheric pressure.[1][2]",
    "The runner turns in open air inside a casing at atmospheric pressure. [[3]](#cite_note-3)",
    "The runner turns in open air inside a casing at atmospheric pressure. [citation needed]",
])
def test_a_paragraph_ending_in_a_reference_mark_is_prose(text: str) -> None:
    from newsclean.features import annotate

    b = Block(index=0, kind="paragraph", raw=text, start=0, end=len(text), text=text)
    annotate([b], "en")
    assert b.prose
    bare = Block(index=0, kind="paragraph", raw="Atmospheric pressure [1]", start=0, end=24, text="Atmospheric pressure [1]")
    annotate([bare], "en")
    assert not bare.prose


def test_a_menu_glued_into_one_line_is_no_prose_but_title_case_sentences_are() -> None:
    from newsclean.blocks import Block
    from newsclean.features import annotate

    def block(text: str) -> Block:
        return Block(index=0, kind="paragraph", raw=text, start=0, end=len(text), text=text)

    glued = block("Average Cost of College Average Cost of Private School Student Loan Debt College Dropout Rate "
                  "How Do People Pay for College? H.S. to College U.S. Public Education Spending Statistics.")
    slogans = block("Discover Unique Insights. Visualize Opportunities. Fuel Your Workflow With The Data You Need Today.")
    listing = block("Speakers Include Jane Roe, Tom Hale, Ann Lee And Maria Okafor Of The Harbour Ferry Trust On Friday.")
    annotate([glued, slogans, listing], "en")
    assert not glued.prose
    assert slogans.prose and listing.prose


_WRAPPED = (
    "Gym equipment refers to the various machines, tools, and accessories used in a\n"
    "fitness facility to help people reach their goals. These machines are built to\n"
    "target different muscle groups, improve the health of the heart, and build up\n"
    "strength over the months that a member trains with them at the club.\n"
)


def test_a_paragraph_hard_wrapped_alone_under_one_line_menus_is_one_block() -> None:
    menu = "Home\nAbout Us\nOur History\nTestimonials\nCareers\nContact Us\n" * 3 + "\n"  # most of the lines: no wrapped page
    contents = ("Which Machine Is Best for Me in This Year's Guide\nConclusion: The Best Machines for Beginners\n"
                "About the Club, Its Trainers and Its History\n\n")
    urls = "".join(f"https://www.example.org/science/article/pii/S10501738183002{n}\n" for n in range(3))
    text = menu + contents + "\n\n".join([_WRAPPED] * 3) + "\n" + urls
    blocks = segment(text, "text")
    joined = [b for b in blocks if b.text.startswith("Gym equipment refers")]
    assert len(joined) == 3 and all(b.text.endswith("trains with them at the club.") for b in joined)
    assert {"Home", "About Us", "Which Machine Is Best for Me in This Year's Guide"} <= {b.text for b in blocks}
    assert sum(b.text.startswith("https://") for b in blocks) == 3  # URL lines stay apart
    doc = newsclean.clean(text)
    assert "fitness facility to help people reach their goals" in doc.text and "Our History" not in doc.text


def test_sentences_broken_at_every_tag_are_joined() -> None:
    # BeautifulSoup's get_text("\n"): a newline at each tag's edge, inside sentences too
    text = ("Home\nNews\nSport\n\n\nThe council met on a wet evening and agreed, after a \nlong debate\n, to rebuild "
            "the bridge. To see the plans, visit the \nFull Results\n section below.\n\n\nThe mayor said the "
            "\nwork\n would start in May. Critics asked for a \nnew vote\n.\n\n\nSchool\nTuition\nAbilene College\n"
            "$1,388\n$1,012\nBaylor College\n$1,200\n$990\n")
    texts = [b.text for b in segment(text, "text")]
    assert ("The council met on a wet evening and agreed, after a long debate, to rebuild the bridge. To see the "
            "plans, visit the Full Results section below.") in texts
    assert "The mayor said the work would start in May. Critics asked for a new vote." in texts
    assert "Home" in texts and "News" in texts  # menu lines stay lines
    # a link's capitalised text between a line that stops mid-sentence and its closing mark
    hits = segment(normalise("Home\n\nNews\n\nBig \nhits\n this year with the likes of \nDandadan\n, \nSakamoto Days\n, and "
                             "the underrated \nMoonrise\n. The best was \nThe Summer\n.\n\nAbout us"), "text")
    assert ("Big hits this year with the likes of Dandadan, Sakamoto Days, and the underrated Moonrise. The best was "
            "The Summer.") in [b.text for b in hits]
    # and so through clean(), whose normalising keeps a text node's space before a link
    assert "visit the Full Results section below." in newsclean.clean(text).text
    # a table, a cell a line: each row's figures join its name
    assert "Abilene College $1,388 $1,012" in texts and "Baylor College $1,200 $990" in texts
    # text whose renderer knew inline tags is read line by line as before: ".NET" and code lines open no sentence
    plain = ".NET 8.0 - LTS support\n.NET 9.0 - STS support\n    .AddLogging()\n    .AddHttpClient()\n ok then"
    assert len(segment(plain, "text")) == 5
    # nor does code indented one space, whose lines open in lower case too
    code = "user = {\n prefix: \"Dr.\"\n}\n name = \"\";\n if ( user.prefix.len() ) {\n name = user.prefix;\n}\n. Done here"
    assert len(segment(code, "text")) == 8


def test_a_table_a_cell_a_line_with_the_pages_own_blank_lines_reads_as_rows() -> None:
    # get_text("\n") of a page whose source breaks lines between tags: the sentence breaks at
    # its links (a text node's space before each, nothing else to tell), the table's cells come
    # two blank lines apart and its rows six
    intro = ("The ranking data for the top \nfull-time programs\n can be found in the chart below, with "
             "details and dates on \napplication deadlines\n on the school pages.\n\n\n")
    rows = [("1", "Chicago School of Business", "37% / 40%", "$175,000"), ("2 (tie)", "Kellogg School", "38%", "3.7")]
    table = "\n\n\n\n\n\n".join("\n\n\n".join(row) for row in rows)
    texts = [b.text for b in segment(normalise(intro + table + "\n\n\n\n\n\nSee the notes below."), "text")]
    assert ("The ranking data for the top full-time programs can be found in the chart below, with details and "
            "dates on application deadlines on the school pages.") in texts
    assert "1 Chicago School of Business 37% / 40% $175,000" in texts and "2 (tie) Kellogg School 38% 3.7" in texts
    # a paragraph the page's source wrapped, in the same text, is one block still
    texts = [b.text for b in segment(normalise(intro + _WRAPPED), "text")]
    assert any(t.startswith("Gym equipment refers") and t.endswith("trains with them at the club.") for t in texts)
    # a pager's numbers after a sentence join no paragraph
    pager = [b.text for b in segment(normalise(intro + "1\n\n\n2\n\n\nNext"), "text")]
    assert pager[0].endswith("on the school pages.") and pager[1:] == ["1 2", "Next"]
    # a long column of figures is no row: it is cut every ROW_CELLS cells (each cell would join
    # the whole column again, which is quadratic)
    from newsclean.segment import ROW_CELLS

    column = [b.text for b in segment(normalise(intro * 4 + "Name\n\n" + "\n\n".join("7" * 500)), "text")]
    assert max(len(t.split()) for t in column[4:]) <= ROW_CELLS + 1 and sum(t.count("7") for t in column) == 500


def test_each_stop_word_is_packed_once_in_the_field_of_each_list_holding_it():
    names, _ = features._word_languages()
    lists = features.stop_lists()
    packed = features._packed_languages()
    assert set(packed) == set().union(*lists.values())
    mask = (1 << features._FIELD_BITS) - 1
    for w in list(packed)[::97] + ["the", "der", "le"]:
        fields = [(packed[w] >> (features._FIELD_BITS * i)) & mask for i in range(len(names))]
        assert fields == [int(w in lists[n]) for n in names], w
