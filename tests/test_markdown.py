"""Markdown as converters (html2text, LLM scrapers) write it: its markup goes, its words stay."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import assemble, features, markup
from newsclean.segment import segment

INTRO = "The review below compares the six tools we tested over three months on real projects of our own."
OUTRO = "After the table the article goes on to explain how we tested each tool and what we would buy."


@pytest.mark.parametrize(
    "line,plain",
    [
        ("Mayzlin is the youngest company on our **list** , but we like it", "Mayzlin is the youngest company on our list, but we like it"),
        ("**Note** : fares rise in May", "Note: fares rise in May"),
        ("a**[**required activity**](/attendance \"Attendance\")**  at least once. **", "a required activity  at least once. "),
        ("on our list** , but", "on our list, but"),
        ("a kind of _wisdom beyond code_ : whether", "a kind of wisdom beyond code: whether"),
        ("the *Herald* , a daily", "the Herald, a daily"),
        ("snake_case , as written", "snake_case , as written"),  # no emphasis, no change
        ("2**10 is a large number", "2**10 is a large number"),  # no marker: an operator between digits
        ("broken down**in the gym", "broken down in the gym"),  # a marker glued between words: the space comes back
    ],
)
def test_emphasis_markers_go_with_the_space_a_converter_put_before_punctuation(line: str, plain: str) -> None:
    assert markup.strip_inline(line) == plain


@pytest.mark.parametrize(
    "line,plain",
    [
        ("_As an Acme Associate we earn from qualifying purchases.", "As an Acme Associate we earn from qualifying purchases."),
        ("_private and _protected are conventions", "_private and _protected are conventions"),  # two: no lone opener
        ("_3 ways to start", "_3 ways to start"),  # no letter after it
        ("snake_case", "snake_case"),
    ],
)
def test_an_emphasis_the_converter_closed_on_a_later_line_loses_its_opener(line: str, plain: str) -> None:
    # html2text opens "_" on one line and closes it on a later one (an <em> across a <br>)
    assert markup.strip_inline(line) == plain


@pytest.mark.parametrize(
    "line,plain",
    [
        ("My biggest dream is ___________.", "My biggest dream is ___________."),  # a worksheet's blank
        ("list a salary range for the _____ position", "list a salary range for the _____ position"),
        ("**a **b** c**", "a b c"),
        ("a __strong__ and __another__ word", "a strong and another word"),
    ],
)
def test_a_run_of_markers_is_no_emphasis_and_a_closer_is_the_next_marker(line: str, plain: str) -> None:
    assert markup.strip_inline(line) == plain


def test_a_table_whose_rows_drop_their_outer_pipes_is_a_table() -> None:
    table = ["Tool | Price | Rating", "---|---|---", "**Manufacturing** | Basic | Best", "Retail | Best | Basic"]
    blocks = [b for b in segment("\n".join([INTRO, "", *table, "", OUTRO]), "markdown") if b.text]
    rows = [b for b in blocks if b.kind == "table"]
    assert [b.text for b in rows] == ["Tool Price Rating", "Manufacturing Basic Best", "Retail Best Basic"]
    doc = newsclean.clean("\n".join([INTRO, "", *table, "", OUTRO]), format="markdown")
    assert "Manufacturing Basic Best" in doc.text and "Retail Best Basic" in doc.text  # not a breadcrumb


def test_a_heading_inside_a_cell_leaves_the_table_open() -> None:
    # html2text writes a <td>'s <h5> as a heading line between the separator and the rows
    table = ["#### Ingredients", "", "| ", "", "#### Amounts for 2 people  ", "---|---  ", "##### Vegetables  ",
             "Onions | 1 and a half  ", "Celery | 80g (around 3 sticks)  ", "Carrots | 4  "]
    text = "\n".join([INTRO, "", *table, "", OUTRO])
    rows = [b.text for b in segment(text, "markdown") if b.kind == "table"]
    assert rows == ["Onions 1 and a half", "Celery 80g (around 3 sticks)", "Carrots 4"]
    doc = newsclean.clean(text, format="markdown")
    assert "Celery 80g (around 3 sticks)" in doc.text  # not a breadcrumb
    after = "\n".join([INTRO, "", *table, "", "## Related", "Home | News | Sport", "", OUTRO])
    assert "Home News Sport" not in [b.text for b in segment(after, "markdown") if b.kind == "table"]  # a blank line ends it


CODE = ["", "", "    -- Only index active users", "    CREATE INDEX idx_active_users ON users(email)", "",
        "    WHERE status = 'active';", ""]


def test_an_indented_block_after_a_blank_line_is_one_code_block_blank_lines_and_all() -> None:
    blocks = segment("\n".join([INTRO, *CODE, OUTRO]), "markdown")
    code = [b for b in blocks if b.kind == "code"]
    assert [b.text for b in code] == [
        "-- Only index active users CREATE INDEX idx_active_users ON users(email) WHERE status = 'active';"]
    assert code[0].markdown == "```\n" + "\n".join(line[4:] for line in CODE[2:6]) + "\n```"
    assert [b.kind for b in blocks if b.text in (INTRO, OUTRO)] == ["paragraph", "paragraph"]


FENCED = ["```python", "import json", "", "data = json.loads(text)", "for key, value in data.items():",
          "    print(key, value)", "```"]
MARKDOWN = newsclean.Config(output="markdown")


def test_a_fenced_block_is_one_code_block_its_lines_kept_in_markdown_output() -> None:
    page = "\n\n".join([INTRO, "\n".join(FENCED), OUTRO])
    code = [b for b in segment(page, "markdown") if b.kind == "code"]
    assert len(code) == 1 and code[0].markdown == "\n".join(FENCED)  # blank line and indent kept
    md = newsclean.clean(page, format="markdown", config=MARKDOWN).text
    assert "\n".join(FENCED) in md
    assert newsclean.clean(md, config=MARKDOWN).text == md
    text = newsclean.clean(page, format="markdown").text
    assert "```" not in text  # plain text has no fences: the code is one paragraph
    assert "import json data = json.loads(text) for key, value in data.items(): print(key, value)" in text.split("\n\n")


def test_a_fence_without_its_closing_fence_is_no_code_to_the_end_of_the_page() -> None:
    page = "\n\n".join([INTRO, "```", OUTRO, INTRO])
    assert not [b for b in segment(page, "markdown") if b.kind == "code"]
    assert newsclean.clean(page, format="markdown").text.split("\n\n")[-2:] == [OUTRO, INTRO]


def test_backticks_inside_code_get_a_longer_fence() -> None:
    page = "\n\n".join([INTRO, "~~~", "Write ```python``` to open a fence.", "~~~", OUTRO])
    md = newsclean.clean(page, format="markdown", config=MARKDOWN).text
    assert "````\nWrite ```python``` to open a fence.\n````" in md
    assert newsclean.clean(md, config=MARKDOWN).text == md


def test_text_after_a_fence_on_its_line_opens_no_code() -> None:
    page = "\n\n".join([INTRO, "```<a href=\"/next\">Next story</a>", OUTRO, "```", INTRO])
    assert not [b for b in segment(page, "markdown") if b.kind == "code"]


@pytest.mark.parametrize("lines", [
    ["Acceptance Rate", "    96%", "Students Enrolled", "    164,091"],  # values under their labels
    ["* Kosher", "", "    Approved by the Kosher board"],  # a list item's second paragraph
    ["", "    # The Best Ferries of the Year", "", "    The harbour council agreed on Monday to run the ferries all winter.",
     "", "    Passenger numbers rose by a third this year, and the old boats struggled to keep up."],  # the article indented
])
def test_indented_lines_that_are_no_code(lines: list[str]) -> None:
    assert not [b for b in segment("\n".join([INTRO, *lines, "", OUTRO]), "markdown") if b.kind == "code"]


@pytest.mark.parametrize(
    "data",
    [
        "data:image/jpeg;base64,/9j/" + "4AAQSkZJRgABAQAAAQABAAD/4gIcSUNDX1BST0ZJTEUAAQEAAAIMbGNtcwIQ+" * 200 + "ZZ==",
        # an SVG placeholder keeps its spaces and quotes: the image is still one
        'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 450"%3E%3C/svg%3E',
    ],
)
def test_an_image_inlined_as_a_data_uri_is_an_image(data: str) -> None:
    line = f"**![A ferry leaving the harbour at dawn.]({data})**"
    blocks = [b for b in segment("\n".join([INTRO, "", line, "", OUTRO]), "markdown") if b.text]
    assert [b.text for b in blocks] == [INTRO, "A ferry leaving the harbour at dawn.", OUTRO]
    doc = newsclean.clean("\n".join([INTRO, "", line, "", OUTRO]), format="markdown")
    assert "data:" not in doc.text and "AAQSkZJRg" not in doc.text and "xmlns" not in doc.text


def test_a_long_svg_with_parentheses_inside_a_link_is_one_linked_image() -> None:
    # a share bar's icon: an SVG data: URI of over 1,000 characters, "translate(9 8)" in it
    svg = "data:image/svg+xml,%3csvg%20width='36'%3e" + "%3cpath%20d='M0%200h18v18H0z'%20transform='translate(9%208)'/%3e" * 20
    line = f'[![LinkedIn logo]({svg}%3c/svg%3e)](https://www.linkedin.com/share?u=x "Share to LinkedIn") Share'
    assert len(svg) > 1000
    assert markup.strip_inline(line) == "LinkedIn logo Share"


def test_pipes_outside_a_table_are_no_table() -> None:
    blocks = segment("\n".join([INTRO, "", "Home | News | Sport", "", OUTRO]), "markdown")
    assert not [b for b in blocks if b.kind == "table"]


def test_a_zero_width_character_left_by_stripped_markup_goes() -> None:
    story = f"{INTRO}**\u200d**\n\n#### How we tested\n\n{OUTRO}"
    doc = newsclean.clean(story, format="markdown")
    assert "\u200d" not in doc.text
    assert newsclean.clean(doc.text).text == doc.text  # as the output reads when cleaned again


_SECTIONS = ["When to choose a guided tour", "Is a rental car right for you? Next steps", "What to expect on the road"]


@pytest.mark.parametrize("opener", ["Jump to chapter", "## Table of Contents"])
def test_a_contents_list_of_plain_entries_goes_and_cleaning_again_keeps_the_sections(opener: str) -> None:
    para = "Iceland's roads are quiet in winter, but the weather can close a pass within the hour, so plan ahead. " * 2
    body = "\n\n".join(f"## {s}\n\n{para}" for s in _SECTIONS)
    page = f"# Tours or a car in Iceland?\n\n{para}\n\n{opener}\n\n" + "\n".join(f"  * {s}" for s in _SECTIONS) + f"\n\n{body}"
    doc = newsclean.clean(page)
    assert [r.rule for r in doc.removed if r.text.strip(" *") in _SECTIONS] == ["navigation.toc"] * 3
    assert all(doc.text.count(s) == 1 for s in _SECTIONS)  # each section keeps its heading
    assert newsclean.clean(doc.text).text == doc.text


def test_a_heading_markdown_would_end_on_goes() -> None:
    text = f"# Tools we tested\n\n{INTRO}\n\n## How we tested\n\n{OUTRO}\n\n{INTRO}\n\n### Listen to our weekly podcast\n"
    doc = newsclean.clean(text, format="markdown")
    assert "How we tested" in doc.text and OUTRO in doc.text
    assert "weekly podcast" not in doc.text


def test_a_bullet_item_keeps_one_bullet_in_text_output() -> None:
    text = f"{INTRO}\n\n* Sandbags for the first street\n* Pumps for the second street\n\n{OUTRO}\n"
    doc = newsclean.clean(text, format="markdown")
    assert "- Sandbags for the first street" in doc.text.split("\n")
    plain = newsclean.clean(f"{INTRO}\n\n• Sandbags for the first street\n\n{OUTRO}\n", format="text")
    assert "• Sandbags for the first street" in plain.text.split("\n")  # plain text keeps its own bullet, alone
    assert newsclean.clean(doc.text).text == doc.text


@pytest.mark.parametrize(("line", "plain"), [
    ("**If the auditor is doing your sales, then that 's a compliment.**", "If the auditor is doing your sales, then that's a compliment."),
    ("Forty-five merger and acquisition (M &A) deals were announced.", "Forty-five merger and acquisition (M&A) deals were announced."),
    ("Rock & roll stays as it is, and so does a 'quoted' word.", "Rock & roll stays as it is, and so does a 'quoted' word."),
])
def test_the_space_a_converter_left_inside_a_word_goes(line: str, plain: str) -> None:
    assert markup.strip_line(line)[1] == plain


def test_a_link_whose_address_kept_its_spaces_is_a_link() -> None:
    line = "[by Ann Lee](/search?type=article&q=Ann Lee) ● December 23, 2025"
    assert markup.strip_inline(line) == "by Ann Lee ● December 23, 2025"
    assert markup.links(line) == [("by Ann Lee", "/search?type=article&q=Ann Lee")]
    assert markup.links('[Ann Lee](/author/ann-lee "Ann\'s page")') == [("Ann Lee", "/author/ann-lee")]


def test_emphasis_round_a_link_leaves_with_its_markers() -> None:
    """html2text writes <em><a>..</a></em> as "_[text](url)_": the "_" is a marker on its outer
    side, so neither an opening nor a closing one gets a space that would unpair it."""
    line = "in the past. _[Outlined by](https://ex.org/a)_** _[Lenny Rachitsky](https://ex.org/b)_** , before"
    assert markup.strip_inline(line) == "in the past. Outlined by Lenny Rachitsky, before"
    line = " _**Want more news?**_[_**Sign up**_](https://ex.org/s) _**for our newsletter.**_"
    assert markup.strip_inline(line) == " Want more news? Sign up for our newsletter."
    assert markup.strip_inline("word[link](https://ex.org/l)word") == "word link word"


def test_the_lines_under_a_list_item_belong_to_the_item() -> None:
    # html2text writes a <br> inside an <li> as a line break: a clinic's name, then its address and phone.
    items = ["  * [Harbour Counselling Centre](https://example.org/harbour)", "110 Quay St. Suite 301",
             "Psychotherapy and medication", "  * [Northside Clinic](https://example.org/north)", "220 Mill Rd.",
             "Fees based on income"]
    text = "\n".join([INTRO, "", *items, "", "Paragraph after the list, which ends the note.", "", OUTRO])
    kinds = {b.text: b.kind for b in segment(text, "markdown")}
    assert kinds["110 Quay St. Suite 301"] == kinds["Fees based on income"] == "list"
    assert kinds["Paragraph after the list, which ends the note."] == "paragraph"  # a blank line ends the item
    loose = segment("\n".join([INTRO, "", "110 Quay St. Suite 301"]), "markdown")
    assert loose[-1].kind == "paragraph"


def test_a_directory_of_items_with_their_address_lines_stays_on_a_whole_page() -> None:
    menu = [f"  * [{w}](https://example.org/{w.lower()})" for w in
            ["Home", "Admissions", "Students", "Faculty", "Research", "Library", "Athletics", "Alumni", "Giving",
             "Events", "News", "Careers", "Contact", "Directory", "Maps", "Parking"]]
    clinics = [line for n, name in enumerate(["Harbour", "Northside", "Quayside", "Riverside", "Hillside", "Parkside"])
               for line in (f"  * [{name} Counselling Centre](https://example.org/c{n})", f"{100 + n} Quay St. Suite {n}",
                            f"(415) 555-01{n:02d}", "Psychotherapy and medication", "Fees based on income")]
    closing = "If you are in crisis, call the helpline at any hour; the counsellors there can also refer you on."
    text = "\n".join(["Skip to content", "", *menu, "", "# Low-cost counselling", "", INTRO, "", OUTRO, "",
                      *clinics, "", closing, "", "© 2025 Example University"])
    doc = newsclean.clean(text, format="markdown")
    assert INTRO in doc.text and closing in doc.text
    assert "105 Quay St. Suite 5" in doc.text and "Fees based on income" in doc.text
    assert "Athletics" not in doc.text


_PROSE = ("As a developer, a version control system is a critical part of your toolkit, no matter the "
          "size of the [project or team][4] you may find yourself working on, and git is the usual pick.")


def test_link_reference_definitions_leave_the_body_with_a_record() -> None:
    text = (f"# A brief intro to git\n\n{_PROSE}\n\n{_PROSE.replace('developer', 'writer')}\n\n"
            "[![][7]][8]\n\n   [4]: https://example.com/teams\n   [7]: https://example.com/a.jpg\n"
            '   [8]: /post "The post"\n')
    doc = newsclean.clean(text, format="markdown")
    assert "project or team" in doc.text
    assert "example.com" not in doc.text and "[" not in doc.text
    rules = [r.rule for r in doc.removed]
    assert rules.count("chrome.link-definition") == 3
    assert newsclean.clean(doc.text, format="markdown").text == doc.text


def test_an_escaped_character_inside_a_word_stays_in_the_word() -> None:
    text = f"{_PROSE}\n\nThe timeout is called request\\_timeout\\_ms, and the limit is [max\\_retries](https://example.com/doc) \\#1."
    doc = newsclean.clean(text, format="markdown")
    assert "request_timeout_ms" in doc.text and "max_retries #1" in doc.text


_PARAGRAPHS = [
    "The council voted on Tuesday to approve the new budget for the coming year, officials said.",
    "Under the plan the length of cycle lanes will double by 2030, and new parking will be built near "
    "major stations, the transport committee said in a statement released after the meeting.",
    "Shop owners fear that limits on cars will keep customers away from the city centre and hurt "
    "their trade, though the chamber of commerce has not yet taken a position on the plan.",
    "Hearings for residents start next month, and the final version will be approved by the end of the year.",
]


def _wrapped_page(width: int = 78) -> str:
    """A page as html2text writes it by default: paragraphs wrapped at ``width``, a menu of
    list items, a heading that wraps too, an image whose address moves whole to its own line."""
    import textwrap

    fill = lambda s: textwrap.fill(s, width, break_long_words=False, break_on_hyphens=False)  # noqa: E731
    menu = "  * [Home](/)\n  * [News](/news)\n  * [Sport](/sport)\n  * [About us](/about)"
    image = fill("![The council chamber during Tuesday's long vote on the budget](https://example.com/"
                 + "a" * 70 + ".jpg)")
    heading = fill("# Council approves a budget that doubles the city's cycle lanes by the end of the decade")
    body = "\n\n".join(fill(p) for p in _PARAGRAPHS * 3)
    return f"{menu}\n\n{heading}\n\n{image}\n\n{body}\n"


def test_a_page_wrapped_by_its_converter_reads_as_whole_paragraphs() -> None:
    doc = newsclean.clean(_wrapped_page())
    assert doc.metadata.title == "Council approves a budget that doubles the city's cycle lanes by the end of the decade"
    paragraphs = doc.text.split("\n\n")
    assert all(p in paragraphs for p in _PARAGRAPHS)  # each one line again, not one block per line
    assert "](https://" not in doc.text and "![" not in doc.text
    assert newsclean.clean(doc.text).text == doc.text


def test_short_lines_of_an_unwrapped_page_stay_apart() -> None:
    lines = ["Opening hours", "Monday to Friday 9 am to 5 pm", "Saturday 10 am to 2 pm", "Closed on Sunday"]
    text = "\n\n".join(_PARAGRAPHS) + "\n\n" + "\n".join(lines * 4)
    assert segment_blocks(text) >= 16


def segment_blocks(text: str) -> int:
    return sum(1 for b in segment(text, "markdown") if b.text)


def test_a_numbered_item_keeps_its_number_in_text_output() -> None:
    text = (f"# Steps\n\n{_PARAGRAPHS[0]}\n\n1. First step of the **procedure** we follow\n"
            f"2. Second step of the procedure we follow\n10) Tenth step\n\n{_PARAGRAPHS[1]}")
    doc = newsclean.clean(text, format="markdown")
    assert "1. First step of the procedure we follow" in doc.text.split("\n\n")
    assert "10. Tenth step" in doc.text.split("\n\n")
    assert newsclean.clean(doc.text, format="markdown").text == doc.text  # "10." was read as a list's and dropped


@pytest.mark.parametrize("escaped", [False, True])
def test_an_image_address_with_several_bracket_groups_is_one_image(escaped: bool) -> None:
    src = "https://example.com/thmb/1500x0/filters:no_upscale():max_bytes(150000):strip_icc()/chart.jpg"
    if escaped:  # as html2text writes it
        src = src.replace("(", "\\(").replace(")", "\\)")
    assert markup.strip_line(f"![Chart of channels]({src})") == ("image", "Chart of channels", 0)


@pytest.mark.parametrize("underline,level", [("=" * 40, 1), ("-" * 40, 2)])
def test_a_line_over_an_underline_is_a_heading(underline: str, level: int) -> None:
    blocks = segment(f"Council approves the new budget\n{underline}\n\n{_PARAGRAPHS[0]}", "markdown")
    assert (blocks[0].kind, blocks[0].level) == ("heading", level)


def test_a_sentence_over_a_thematic_break_stays_a_paragraph() -> None:
    blocks = segment(f"{_PARAGRAPHS[0]}\n---\n\n{_PARAGRAPHS[1]}", "markdown")
    assert blocks[0].kind == "paragraph"


def test_an_underlined_headline_under_a_section_kicker_is_the_title() -> None:
    text = ("### [Your Health](https://example.com/sections/health)\n\n"
            "Daily meditation may work as well as a popular drug to calm anxiety\n" + "=" * 66 + "\n\n"
            + "\n\n".join(_PARAGRAPHS))
    assert newsclean.clean(text).metadata.title == "Daily meditation may work as well as a popular drug to calm anxiety"


def test_a_stray_fence_in_markdown_output_pairs_with_no_code_blocks_fence() -> None:
    # An unclosed fence is a line of text; written back as it was, it would open a fence
    # with the next code block's and swallow the text between on the next clean.
    page = "\n\n".join([INTRO, "``` python", OUTRO, "    code line\n    more code", INTRO])
    once = newsclean.clean(page, format="markdown", config=MARKDOWN).text
    assert "```\ncode line\nmore code\n```" in once
    assert newsclean.clean(once, config=MARKDOWN).text == once


def test_a_link_list_the_article_introduces_is_the_articles() -> None:
    items = "\n".join(f"* [{t}](/docs/{n})" for n, t in enumerate(("Budget book", "Parks plan", "Consultation results")))
    page = "\n\n".join([INTRO, "The council published three documents on its website:", items, OUTRO, INTRO])
    assert "Parks plan" in newsclean.clean(page, format="markdown").text


def test_text_whose_joined_lines_complete_a_link_is_read_as_markdown() -> None:
    # Hard-wrapped text breaks the link across lines, so the input reads as plain text; its
    # lines, joined into paragraphs, hold the link, and clean(doc.text) would read Markdown.
    text = (
        "The harbour ferry service will run fewer boats from November, the operator\n"
        "said on Monday, citing falling passenger numbers in [its annual\n"
        "report](https://example.org/report) and the rising cost of fuel over the\n"
        "last two winters, when the busiest routes carried fewer people than before.\n\n"
        "Passengers on the busiest routes will see a boat every thirty minutes instead\n"
        "of every fifteen, while quieter services will run only at peak hours on\n"
        "weekdays and at weekends, the operator said in a statement on its website.\n"
    )
    assert not markup.looks_markdown(text)
    doc = newsclean.clean(text)
    assert doc.format == "markdown"
    assert "numbers in its annual report and the rising" in doc.text
    assert newsclean.clean(doc.text).text == doc.text


_ROWS_PROSE = ("The harbour ferry service will run fewer boats from November, the operator said on Monday, "
               "citing falling passenger numbers on its busiest routes.")


@pytest.mark.parametrize("table", [
    "| Route | Boats a day |\n|---|---|\n| North | 40 |\n| South | 32 |",
    "Route | Boats a day\n---|---\nNorth | 40\nSouth | 32",  # html2text's: no outer pipes
])
def test_a_pipe_table_stays_a_table_in_markdown_output(table: str) -> None:
    text = f"{_ROWS_PROSE}\n\n{table}\n\n{_ROWS_PROSE}"
    assert markup.looks_markdown(text)  # the separator row alone says Markdown
    md = newsclean.clean(text, config=newsclean.Config(output="markdown")).text
    assert "| Route | Boats a day |\n|---|---|\n| North | 40 |\n| South | 32 |" in md.split("\n\n")
    assert newsclean.clean(md, config=newsclean.Config(output="markdown")).text == md
    plain = newsclean.clean(text).text.split("\n\n")
    assert ["Route Boats a day", "North 40", "South 32"] == plain[1:4]


def test_a_lone_row_is_no_table() -> None:
    text = f"{_ROWS_PROSE}\n\n| Route | Boats a day |\n\n{_ROWS_PROSE}"
    md = newsclean.clean(text, format="markdown", config=newsclean.Config(output="markdown")).text
    assert "| Route | Boats a day |" in md.split("\n\n") and "|---|" not in md


def test_nested_items_are_indented_four_spaces_a_level_and_read_back_the_same() -> None:
    # html2text indents a level by two spaces; the output by four, which clears "1. " too.
    text = (f"{_ROWS_PROSE}\n\n* North routes\n  * Harbour to [Isle](https://example.org/i)\n  * Harbour to Point\n"
            f"    1. Morning boat\n* South routes\n\n{_ROWS_PROSE}")
    md = newsclean.clean(text, format="markdown", config=newsclean.Config(output="markdown")).text
    assert ("* North routes\n    * Harbour to [Isle](https://example.org/i)\n    * Harbour to Point\n"
            "        1. Morning boat\n* South routes") in md.split("\n\n")
    assert newsclean.clean(md, config=newsclean.Config(output="markdown")).text == md


def test_an_indented_item_after_a_paragraph_starts_at_the_margin() -> None:
    # Indented four spaces after a paragraph, it would read as code.
    assert assemble.nest_lists(["Intro.", "    - a", "        - b", "Next.", "  - c"]) == [
        "Intro.", "- a", "    - b", "Next.", "- c"]


def test_a_list_in_an_output_with_no_other_markdown_is_written_as_text_reads_it() -> None:
    # clean(doc.text) reads such an output as plain text: a line a paragraph, no indentation.
    text = f"{_ROWS_PROSE}\n\n* North routes\n  * Harbour to Isle\n* South routes\n\n{_ROWS_PROSE}"
    md = newsclean.clean(text, format="markdown", config=newsclean.Config(output="markdown")).text
    assert "* North routes\n\n* Harbour to Isle\n\n* South routes" in md
    assert newsclean.clean(md, config=newsclean.Config(output="markdown")).text == md


def test_an_images_alt_text_over_two_lines_is_one_image() -> None:
    # html2text keeps a caption's line break inside ![...](src)
    page = ("# Bridge vote\n\n![The old bridge at dusk on Monday.\nThe council will vote on its future in May. "
            "(Photo: Jane Roe/Agency)](https://example.com/bridge.jpg)\n\n"
            + "The council met on a wet evening and agreed, after a long debate, to rebuild the bridge. " * 2 + "\n\n"
            + "The council met on a dry morning and agreed, after a short debate, to rebuild the bridge. " * 2 + "\n")
    doc = newsclean.clean(page, format="markdown")
    assert "old bridge at dusk" not in doc.text and "vote on its future" not in doc.text
    assert [c.credit for c in doc.metadata.captions] == ["Jane Roe/Agency"]
    # an unclosed "![" that no address closes stays a line of its own
    doc = newsclean.clean(page.replace("](https://example.com/bridge.jpg)", ""), format="markdown")
    assert "The council met on a wet evening" in doc.text


def test_a_links_tooltip_over_lines_is_one_link() -> None:
    """html2text writes a title attribute as the link's tooltip, its line breaks and all."""
    tip = "The office that advances ethics and compliance. " * 6
    para = "The council met on a wet evening and agreed, after a long debate, to rebuild the bridge. " * 2
    page = (f"# Bridge vote\n\n{para}\n\nRead the documents the council published:\n\n"
            f'  * [Ethics office](https://example.org/ethics "{tip}\n")\n'
            f'  * [Council minutes](https://example.org/minutes "Minutes of every meeting")\n\n{para.replace("wet", "dry")}\n')
    doc = newsclean.clean(page, format="markdown")
    assert "- Ethics office" in doc.text and "- Council minutes" in doc.text
    assert "advances ethics" not in doc.text and '")' not in doc.text
    assert ("Ethics office", "https://example.org/ethics") in markup.links(f'[Ethics office](https://example.org/ethics "{tip}\nmore")')


def test_a_gallery_slide_whose_caption_repeats_the_alt_text_is_an_image() -> None:
    # html2text writes a slide as its image, then the caption the page shows beside it
    slides = [f"![Crews clear the road in town {n} on Monday. ](https://example.com/{n}.jpg) Crews clear the road "
              f"in town {n} on Monday." for n in range(4)]
    body = ["The council met on a wet evening and agreed, after a long debate, to rebuild the bridge. " * 2,
            "The council met on a dry morning and agreed, after a short debate, to rebuild the bridge. " * 2]
    doc = newsclean.clean("\n\n".join(["# Storm", *slides, *body]), format="markdown")
    assert "Crews clear the road" not in doc.text and "wet evening" in doc.text
    # text after an image that is not its alt text is the paragraph's own
    line = "![A map of the route](https://example.com/map.jpg) The new route runs past the old mill and the school."
    doc = newsclean.clean("\n\n".join(["# Storm", body[0], line, body[1]]), format="markdown")
    assert "The new route runs past the old mill" in doc.text


def test_a_long_agency_caption_as_alt_text_is_an_image_not_a_dateline() -> None:
    alt = ("TOPSHOT - Justices of the court pose for their official photo on October 7, 2022. - (Seated from left) "
           + "Associate Justice Jane Roe, " * 18 + "(Photo by JANE ROE / AFP via Getty Images)")
    assert 600 < len(alt) < 1000
    body = ["The council met on a wet evening and agreed, after a long debate, to rebuild the bridge. " * 2,
            "The council met on a dry morning and agreed, after a short debate, to rebuild the bridge. " * 2]
    doc = newsclean.clean("\n\n".join(["# Court", body[0], f"![{alt}](https://example.com/p.jpg)", body[1]]),
                          format="markdown")
    assert "TOPSHOT" not in doc.text and doc.metadata.dateline is None


def test_an_images_alt_text_inside_running_text_is_no_part_of_it() -> None:
    # A linked author card: the avatar's alt text would otherwise open the byline
    # ("Author image By Jane Roe, ..."), which no byline rule reads.
    card = "[ ![Author image](https://example.com/team/jane.webp) By Jane Roe, Journalist  ](/author/jane)"
    body = "\n\n".join(
        "The council voted on Tuesday to expand the bus network into the northern suburbs, ending a "
        f"debate that had dragged on for more than two years, part {i}." for i in range(4))
    doc = newsclean.clean(f"# Council Backs Bus Expansion\n\n{card}\n\n{body}", format="markdown")
    assert doc.metadata.authors == ["Jane Roe"]
    assert markup.strip_line("![A bus at the depot](bus.jpg)") == ("image", "A bus at the depot", 0)  # alone: its caption
    assert markup.strip_line("Riders ![icon](i.png) wait") == ("paragraph", "Riders wait", 0)


def test_a_hero_images_caption_that_says_its_alt_again_with_a_credit_is_the_images() -> None:
    alt = "The sun rises over an oil field on March 24, 2014 near Lost Hills, California."
    line = f"![{alt}](https://example.com/hero.jpg){alt}Jane Roe—Example Images"
    assert markup.strip_line(line)[0] == "image"
    body = "\n\n".join(
        "The council voted on Tuesday to expand the bus network into the northern suburbs, ending a "
        f"debate that had dragged on for more than two years, part {i}." for i in range(4))
    doc = newsclean.clean(f"# Council Backs Bus Expansion\n\n{line}\n\nBy Ann Lee\n\nNovember 2, 2023 3:53 PM EDT\n\n{body}",
                          format="markdown")
    assert doc.metadata.published is not None and doc.metadata.published.startswith("2023-11-02")  # not the photo's day


def test_an_image_without_alt_text_and_a_few_words_is_an_icon_with_its_label() -> None:
    assert markup.strip_line("![](https://example.com/error.jpg)Promotion Has Expired")[0] == "image"
    long = "![](https://example.com/bus.jpg) Riders waited for more than an hour at the depot on Monday morning."
    assert markup.strip_line(long)[0] == "paragraph"  # a sentence beside an image is no label


_SIGNAL_PIECES = ["#", "## ", "[a](b)", "](", "**x**", "**", "```", "~~~", "<https://a.b>", "<http", "---|---",
                  "|--|--|", "--", " ", "\n", "\t", "x", "[", "]", "(", ")", "*", "|", ":", "<", ">", "é"]


@given(st.lists(st.sampled_from(_SIGNAL_PIECES), max_size=30).map("".join))
def test_markdown_signals_read_with_their_strings_as_one_alternation_would(text):
    # Each signal is searched only when a string every match of it holds is in the text:
    # the strings must be right, or a page's Markdown would go unnoticed.
    together = regex.compile("|".join(f"(?:{p.pattern})" for _, p in markup._MD_SIGNALS), regex.M)
    assert markup.looks_markdown(text) == (together.search(text) is not None), text


def test_a_link_whose_text_ends_in_a_line_break_is_one_block_with_the_line_that_closes_it() -> None:
    # html2text writes a <br> at the end of a link's text inside the brackets: "[Title  \n](url)"
    box = ("**Recommended:**[ Best bus routes in the county  \n](https://example.com/a)**Recommended:**"
           "[ Best ferry routes  \n](https://example.com/b)**Recommended:** [Best cycle paths](https://example.com/c)")
    blocks = [b for b in segment(f"{INTRO}\n\n{box}\n\n{OUTRO}", "markdown") if b.text]
    assert len(blocks) == 3
    assert "](" not in blocks[1].text and "Best ferry routes" in blocks[1].text
    doc = newsclean.clean(f"{INTRO}\n\n{box}\n\n{OUTRO}", format="markdown")
    assert "](" not in doc.text and "Best ferry routes" not in doc.text


@pytest.mark.parametrize("line, plain", [
    ("__ 3 min read", "3 min read"),
    ("UX Tip __", "UX Tip"),
    ("__98% of reviews were positive", "98% of reviews were positive"),  # an icon's, glued to the word after it
    ("__Subscribe to Podcast __Discuss", "Subscribe to Podcast Discuss"),
    ("a __strong__ word", "a strong word"),
    ("(_ Jane Roe is a reporter.", "(Jane Roe is a reporter."),
    ("__", "__"),  # a line of markers alone stays one, for chrome.underscores
])
def test_an_empty_emphasis_leaves_no_marker(line: str, plain: str) -> None:
    from newsclean.markup import strip_inline
    assert strip_inline(line).strip() == plain


_BLOG_POST = ["I have been talking to people about small language models for a while now, and they tell me the results are good and cheap.",
              "This post walks through three small experiments I ran at home, with the code and what each one taught me about them."]


@pytest.mark.parametrize("top,title", [
    # a blog's name as a heading that links home (its logo): the post's own heading is the headline
    ("# [ Example Data Blog ](https://blog.example.com/)", "Small adventures with small language models"),
    ("# [ ![An avatar of Jane Roe](https://cdn.example.com/a.png) Jane Roe ](/)", "Small adventures with small language models"),
    # a headline that links to its own story stays the headline
    ("# [Small steps with tiny models](https://blog.example.com/2025/12/tiny-models.html)", "Small steps with tiny models"),
])
def test_a_heading_that_links_home_is_no_headline(top: str, title: str) -> None:
    page = [top, "Notes on AI, data and analytics.", "## Friday, December 19, 2025",
            "### Small adventures with small language models", *_BLOG_POST]
    doc = newsclean.clean("\n\n".join(page), format="markdown")
    assert doc.metadata.title == title


GLUED_SECTIONS = [
    ("Upper Falls", "The upper fall drops over four hundred feet from the rim of the valley into a deep pool below."),
    ("Half Dome", "The granite dome rises nearly five thousand feet above the floor of the valley to the east."),
    ("High Sierra", "This view from about eight thousand feet shows the high country and the peaks around it."),
    ("Tunnel View", "The camera on a dome near the tunnel looks down the length of the valley from the west."),
]


MENU = ["Home", "Info", "Alerts", "Maps", "Calendar", "Fees", "Lodging", "Camping", "Hiking", "Trails",
        "Permits", "Directions", "Events", "News", "Photos", "Search"]


def _glued_button_page(broken: int) -> str:
    """Sections whose paragraph ends in a link button: glued to its last sentence, but for
    section ``broken``, whose button the converter put on a line of its own."""
    glue = ["  \n" if n == broken else " " for n in range(len(GLUED_SECTIONS))]
    sections = "\n\n".join(
        f"## {name}\n\n{text} It is refreshed every few minutes during the day for visitors who plan a trip."
        f"{glue[n]}[View Webcam](https://example.org/cams/{n}) Webcam"
        for n, (name, text) in enumerate(GLUED_SECTIONS)
    )
    menu = "\n".join(f"* [{entry}](/{entry.lower()})" for entry in MENU)  # a whole page's
    return (f"{menu}\n\nSkip to the main content\n\n# Webcams\n\n{sections}\n\n"
            "Last updated: November 13, 2025\n\n* [Contact Us](/contact)\n* [Privacy Policy](/privacy)\n")


@pytest.mark.parametrize("broken", [0, 1, 3])
def test_paragraphs_a_converter_glued_a_button_to_are_the_articles(broken: int) -> None:
    # html2text puts a link after a paragraph's last sentence on the same line ("… trip.
    # [View Webcam](…) Webcam"); the sentences before it are prose, as they are with a break.
    doc = newsclean.Cleaner().clean(_glued_button_page(broken), format="markdown")
    for _, text in GLUED_SECTIONS:
        assert text in doc.text
    assert "Privacy Policy" not in doc.text


@pytest.mark.parametrize(
    "text,anchor,prose",
    [
        ("The dome rises far above the valley floor to the east. View Webcam Webcam", "View Webcam", True),
        ("This post first appeared on Example Blog, please read the original post: here", "here", False),
        ("The dome rises far above the valley floor. See all of our webcams and live views here", "See all of our webcams and live views here", False),
        ("See the dome. View Webcam", "View Webcam", False),  # too short to be prose before it
    ],
)
def test_prose_before_a_glued_button(text: str, anchor: str, prose: bool) -> None:
    assert features._prose_before_button(text, anchor) is prose


@pytest.mark.parametrize(
    "line,anchor,url",
    [
        ("By:  [Jane Roe, Contributor]( https://example.com/authors/jane-roe)", "Jane Roe, Contributor", "https://example.com/authors/jane-roe"),
        ("Read [the report](/reports/2024 ) first", "the report", "/reports/2024"),
        ('See [our guide]( /guide "The guide" ) below', "our guide", "/guide"),
    ],
)
def test_spaces_padding_a_link_address_leave_a_link(line: str, anchor: str, url: str) -> None:
    # CommonMark allows spaces around the address; converters write them when an href has them.
    assert markup.links(line) == [(anchor, url)]
    assert "](" not in markup.strip_line(line)[1]


@pytest.mark.parametrize("image", [
    "![common-types-of-wine-by-wine-folly](https://example.com/wine.jpg)",
    "[![common-types-of-wine-by-wine-folly](https://example.com/wine.jpg)](/review/common-types-of-wine/)",
    "[ ![common-types-of-wine-by-wine-folly](https://example.com/wine.jpg) ](https://example.com/wine.jpg)",
])
def test_a_linked_image_alone_is_an_image_as_a_bare_one_is(image: str) -> None:
    # a page's visible text shows no alt text; an image wrapped in a link is no more a paragraph
    assert markup.strip_line(image) == ("image", "common-types-of-wine-by-wine-folly", 0)
    doc = newsclean.clean(f"{INTRO}\n\n{image}\n\n{OUTRO}", format="markdown")
    assert "common-types" not in doc.text and INTRO in doc.text and OUTRO in doc.text


def test_a_link_round_an_image_and_words_is_no_image() -> None:
    assert markup.strip_line("[![Jane Roe](https://example.com/jane.jpg) By Jane Roe](/authors/jane-roe)")[0] == "paragraph"


def test_a_links_text_over_blank_lines_is_one_link() -> None:
    # html2text writes a link round block elements with blank lines inside its brackets
    page = (f"{INTRO}\n\n[Maria\n\nMathioudaki](https://example.com/author/maria-mathioudaki/)\n\n"
            f"[Launch your business,\n\nnot your stress levels.](https://example.com/formation)\n\n{OUTRO}")
    blocks = [b for b in segment(page, "markdown") if b.text]
    assert [b.text for b in blocks] == [INTRO, "Maria Mathioudaki", "Launch your business, not your stress levels.", OUTRO]
    assert blocks[1].links == [("Maria Mathioudaki", "https://example.com/author/maria-mathioudaki/")]
    assert "](" not in newsclean.clean(page, format="markdown").text


@pytest.mark.parametrize("lines", [
    ["A [bracket left open", "and a paragraph with no link after it."],  # nothing closes it
    ["[", "  * Share __ ](https://example.com/share)", "  * Email __ ](mailto:x@example.com)"],  # a list's items stay items
])
def test_brackets_no_link_closes_over_blank_lines_join_nothing(lines: list[str]) -> None:
    blocks = [b for b in segment("\n\n".join([INTRO, *lines, OUTRO]), "markdown") if b.text]
    assert len(blocks) == len(lines) + 2


def test_an_icons_alt_text_opens_no_box_over_the_headline() -> None:
    # "![trending](...)" is an icon; read as a "Trending" heading it opened a list of links that took
    # the headline (a line under 160 characters, ending in "!") for one of its entries
    headline = "Harbour ferries to run fewer boats from November, and the town is not happy!"
    body = [
        "The harbour ferry service will run fewer boats from November, the operator said on Monday, citing falling passenger numbers.",
        "Passengers on the busiest routes will see a boat every thirty minutes instead of every fifteen, while quieter services run at peak hours.",
        "The operator said it would review the timetable again in March, once the spring schedules for buses and trains are known.",
    ]
    text = "\n\n".join([
        "[Home](https://x.example) [Local](https://x.example/local/)", "![trending](https://x.example/icon.svg)",
        f"# {headline}", "Fewer boats, longer waits.",
        "By [Jane Roe](https://x.example/author/jane-roe/) November 19, 2023 7:18 pm", *body,
    ])
    doc = newsclean.clean(text, format="markdown")
    assert doc.metadata.title == headline
    assert not any(r.category == "related" and headline in r.text for r in doc.removed)


@pytest.mark.parametrize(("heading", "title"), [
    # the logo's link inside the heading, run into the headline: the site's name goes
    ('# Harbour ferries to run fewer boats from November[Harbour Times](/index.html "Back to the front page")',
     "Harbour ferries to run fewer boats from November"),
    # a link that names no site stays the headline's
    ("# Why the ferries will run fewer boats from [Lisbon](/tags/lisbon)", "Why the ferries will run fewer boats from Lisbon"),
])
def test_a_logo_link_inside_the_headline_is_no_part_of_the_title(heading: str, title: str) -> None:
    body = [
        "The harbour ferry service will run fewer boats from November, the operator said on Monday, citing falling passenger numbers.",
        "Passengers on the busiest routes will see a boat every thirty minutes instead of every fifteen, while quieter services run at peak hours.",
    ]
    doc = newsclean.clean("\n\n".join([heading, "By Jane Roe", *body]), format="markdown",
                          url="https://www.harbourtimes.com/news/2024/ferries")
    assert doc.metadata.title == title


def test_table_rows_with_a_linked_cell_beside_data_are_no_link_run() -> None:
    paragraph = ("The Answer is your written response to the Complaint. It tells the court which of the landlord's "
                 "claims you disagree with and why, and it must be filed within two court days.")
    rows = ["[Tenant's Answer (Residential Eviction)](/forms/tenant-answer.pdf)| FED-3| PDF, fillable",
            "[Instructions for Tenant's Answer](/forms/tenant-answer-instructions.pdf)| FED-3i| PDF",
            "[Application for Waiver of Fees](/forms/waiver.pdf)| FW-1| PDF, fillable"]
    page = "\n".join(["# How to respond", "", paragraph, "", "## Forms", "", "Form| Number| Format", "---|---|---",
                      *rows, "", paragraph.replace("Answer", "Reply")])
    doc = newsclean.clean(page, format="markdown")
    assert "FED-3i" in doc.text and "Application for Waiver of Fees" in doc.text


def test_an_embedded_posts_quoted_lines_go_with_its_signature() -> None:
    body = ["The council voted on Tuesday to extend the harbour ferry timetable through the winter, after a year in "
            "which the number of passengers rose by almost a third.",
            "Tributes came in quickly from the crews, the port and the passengers who use the boats every day.",
            "The first of the new boats is expected next spring, and fares will stay the same until at least the end of the year."]
    tweet = ["> Forty years on the water. Thousands of crossings.   \n>   \n> Thank you for everything, Captain. "
             "[pic.twitter.com/Pq3xWm8Zr1](https://t.co/Pq3xWm8Zr1)",
             "> -- Harbour Port (@HarbourPort) [March 5, 2025](https://twitter.com/HarbourPort/status/1897301452281991234)"]
    doc = newsclean.clean("\n\n".join([*body[:2], *tweet, body[2]]), format="markdown")
    assert "Forty years on the water" not in doc.text and "Thank you for everything" not in doc.text
    assert all(p in doc.text for p in body)
