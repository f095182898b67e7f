"""Hostile input: every case gives a correct result or a documented error, promptly.

Each test runs under an alarm, so a hang fails the test instead of blocking CI.
"Linear time" is checked by timing sizes N and 4N (CPU time, best of three): the ratio must
stay under 8 in at least one of three readings.
"""

from __future__ import annotations

import gc
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import regex
from conftest import pure_only

import newsclean
from newsclean import Cleaner, Config, InputError, NewscleanError, TimeBudgetExceeded, markup

WORD = regex.compile(r"[^\W_]+")


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    def fire(signum, frame):  # type: ignore[no-untyped-def]
        raise AssertionError(f"hung: no result within {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def clean(data: str | bytes, seconds: int = 20, **kw) -> newsclean.Document:  # type: ignore[no-untyped-def]
    with alarm(seconds):
        return newsclean.clean(data, **kw)


def seconds(fn: Callable[[], object]) -> float:
    """Best of three runs, with the garbage collector held off: a collection of the whole
    test session's heap inside one run is no growth of newsclean's own."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            t = time.process_time()  # CPU time: a test run beside this one (pytest -n) takes no share of it
            fn()
            best = min(best, time.process_time() - t)
    finally:
        gc.enable()
    return best


def assert_linear(make: Callable[[int], str], n: int, fmt: str = "auto", limit: float = 8.0) -> None:
    newsclean.clean("warm up")
    readings = []
    for _ in range(3):  # a burst of load can spoil one reading; quadratic growth spoils every one
        with alarm(60):
            small = seconds(lambda: newsclean.clean(make(n), format=fmt))
            big = seconds(lambda: newsclean.clean(make(4 * n), format=fmt))
        if big < 0.05 or big / max(small, 1e-3) < limit:
            return
        readings.append((small, big))
    raise AssertionError(f"4x the input took over {limit}x the time in each of three readings: {readings}")


# ---------------------------------------------------------------- text and encodings

def test_empty() -> None:
    doc = clean("")
    assert doc.text == "" and doc.removed == []
    assert clean(b"").text == ""


def test_whitespace_only() -> None:
    assert clean(" \n\t\n \u00a0 \r\n\u3000").text == ""


def test_image_bytes_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    with pytest.raises(InputError):
        clean(png)


def test_nul_bytes_refused() -> None:
    with pytest.raises(InputError):
        clean(b"abc\x00\x00\x00def" * 100)
    with pytest.raises(InputError):
        clean("abc\x00\x00\x00def" * 100)


def test_invalid_utf8_decoded() -> None:
    doc = clean(b"The caf\xe9 opened on Tuesday, \xff the owner said in a statement to reporters.")
    assert "café" in doc.input_text
    assert "Tuesday" in doc.text


ARTICLE = "Ein Artikel über Köln: the council voted on Tuesday to expand the bus network, officials said."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(encoding: str) -> None:
    doc = clean(ARTICLE.encode(encoding))
    assert doc.text == ARTICLE


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_single_byte_encodings(encoding: str) -> None:
    text = "Ça coûte très cher à Zürich, a déclaré le maire lors d'une conférence de presse mardi."
    if encoding == "cp1252":
        text = "“" + text + "” — €5"
    doc = clean(text.encode(encoding))
    assert doc.input_text == text


def test_mojibake_repaired() -> None:
    doc = clean("The cafÃ© was â€œgreatâ€\x9d, the town council said on Tuesday after a long debate.")
    assert doc.input_text == "The café was “great”, the town council said on Tuesday after a long debate."


def test_lone_surrogates() -> None:
    doc = clean("The council met \ud800 on Tuesday \udfff and voted to expand the bus network.")
    doc.input_text.encode("utf-8")  # no surrogate survives
    assert doc.input_text.count("\ufffd") == 2
    doc.to_json()


def test_right_to_left() -> None:
    text = "مرحبا بالعالم. هذا مقال إخباري عن السياسة في المنطقة.\n\nשלום עולם, זהו מאמר חדשות על הבחירות."
    assert clean(text).text == text


def test_cjk() -> None:
    text = "市议会周二投票决定将公交网络扩展到北部郊区。支持者表示，新线路将缩短数千名工人的通勤时间。"
    assert clean(text).text == text


def test_emoji_with_joiners() -> None:
    text = "The family 👨‍👩‍👧‍👦 waved a flag 🏳️‍🌈 at the parade on Saturday, organisers said."
    doc = clean(text)
    assert "👨\u200d👩\u200d👧\u200d👦" in doc.text


# ---------------------------------------------------------------- scale

def test_50mb_single_line_within_budget() -> None:
    data = "word " * 10_000_000  # 50 MB, one line
    cleaner = Cleaner(Config(time_budget=1.0))
    t = time.perf_counter()
    with alarm(60):
        try:
            cleaner.clean(data)
        except TimeBudgetExceeded:
            pass
    assert time.perf_counter() - t < 30


def test_single_line_linear() -> None:
    assert_linear(lambda n: "word " * n, 40_000)


def test_million_one_character_lines_within_budget() -> None:
    cleaner = Cleaner(Config(time_budget=1.0))
    t = time.perf_counter()
    with alarm(60), pytest.raises(TimeBudgetExceeded):
        cleaner.clean("a\n" * 1_000_000)
    assert time.perf_counter() - t < 10


def test_one_character_lines_linear() -> None:
    assert_linear(lambda n: "a\n" * n, 5_000)


def test_unclosed_code_fences_linear() -> None:
    # Each opening fence looks for its closing one below: with none anywhere, that was quadratic.
    assert_linear(lambda n: "\n\n".join(["```python", "Some words of the article go here."] * n), 1_000, "markdown")


# ---------------------------------------------------------------- HTML

def test_html_nested_100000_deep() -> None:
    depth = 100_000
    doc = clean("<html><body>" + "<div>" * depth + "deep text" + "</div>" * depth + "</body></html>", format="html")
    assert "deep text" in doc.text


def test_html_100000_attributes() -> None:
    attrs = " ".join(f"a{i}=x" for i in range(100_000))
    doc = clean(f"<html><body><p {attrs}>The council voted on Tuesday to expand the bus network.</p></body></html>")
    assert "bus network" in doc.text


def test_html_unclosed_tags() -> None:
    doc = clean("<html><body>" + "<p><b><i>text " * 10_000, format="html")
    assert set(WORD.findall(doc.text)) <= {"text"}


def test_html_unclosed_script() -> None:
    doc = clean("<html><body><p>Visible words here.</p><script>var a = '<p>hidden</p>';\n" * 2_000, format="html")
    assert "hidden" not in doc.text and "var" not in doc.text


def test_html_unclosed_linear() -> None:
    assert_linear(lambda n: "<html><body>" + "<p><b><i>text " * n, 5_000, fmt="html")


# ---------------------------------------------------------------- patterns that could backtrack

ADVERSARIAL = [
    lambda n: "a" + " " * n + "!",  # normalise's trailing-space strip (was quadratic)
    lambda n: "# a" + " " * n + "b",  # markup.HEADING (hung)
    lambda n: "-" * n + " " * n + "x",  # markup.TABLE_SEP (was quadratic)
    lambda n: "|" + "--|" * n + " " * n + "x",
    lambda n: "." * n,
    lambda n: "[" * n + "](" * n,
    lambda n: "**" + "*a" * n,
    lambda n: "_a" * n + "\\" * n,
    lambda n: "<http://" + "a" * n,
    lambda n: "By " + "a, " * n,
    lambda n: "Photo: " + "AP/" * n,
    lambda n: "© " + "2024 " * n,
    lambda n: ("Share " + "| " * n + "x"),
    lambda n: "Advertisement" + " -" * n + "x",
]


@pytest.mark.parametrize("make", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_adversarial_patterns_linear(make: Callable[[int], str], fmt: str) -> None:
    assert_linear(make, 2_000, fmt)


@pytest.mark.parametrize("unit", ["__a ", "**a ", "~~a ", "*a ", "_a ", "`a "])
def test_a_long_line_of_unpaired_emphasis_openers_is_cleaned(unit: str) -> None:
    # Each opener looked up to 1,000 characters on for its closer: 20,000 of them on one line
    # ran the emphasis pattern past its regex timeout, and the document failed.
    doc = clean(unit * 20_000, format="markdown")
    assert len(WORD.findall(doc.text)) >= 19_000


def test_markup_patterns_finish_on_space_runs() -> None:
    with alarm(10):
        assert markup.HEADING.match("# a" + " " * 50_000 + "b")["text"] == "a" + " " * 50_000 + "b"
        assert markup.HEADING.match("## Title ##")["text"] == "Title"
        assert markup.TABLE_SEP.match("|" + "--|" * 50_000 + " " * 50_000)
        assert not markup.TABLE_SEP.match("-" * 50_000 + " " * 50_000 + "x")


# ---------------------------------------------------------------- time budget and timeouts

@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_time_budget_every_path(fmt: str) -> None:
    line = "The council voted on Tuesday to expand the bus network, officials said."
    data = {
        "text": (line + "\n\n") * 60_000,
        "markdown": ("- [" + line + "](https://x.org/a)\n") * 60_000,
        "html": "<html><body>" + ("<p>" + line + "</p>") * 60_000 + "</body></html>",
    }[fmt]
    cleaner = Cleaner(Config(time_budget=0.2))
    t = time.perf_counter()
    with alarm(60), pytest.raises(TimeBudgetExceeded):
        cleaner.clean(data, format=fmt)
    assert time.perf_counter() - t < 5  # checked inside the long loops, not only between stages


def test_time_budget_in_settle_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """The settle pass re-labels the output: the budget holds there too."""
    import newsclean.cleaner as cleaner_module

    calls = {"n": 0}
    real = cleaner_module.Cleaner._label

    def slow_label(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:  # the first settle pass
            time.sleep(0.3)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cleaner_module.Cleaner, "_label", slow_label)
    with pytest.raises(TimeBudgetExceeded):
        Cleaner(Config(time_budget=0.2)).clean("The council voted on Tuesday to expand the bus network, officials said.")


def test_regex_timeout_is_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern running past the regex module's timeout never escapes as a bare TimeoutError."""

    def times_out(text: str) -> bool:
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(markup, "looks_markdown", times_out)
    with pytest.raises(TimeBudgetExceeded) as info:
        newsclean.clean("some text")
    assert isinstance(info.value, NewscleanError)


@pure_only
def test_every_pattern_call_on_block_text_has_a_timeout() -> None:
    """classify's rule matching passes ``timeout=`` and turns a timeout into "no match"."""
    import inspect

    from newsclean import classify

    source = inspect.getsource(classify._find)
    assert source.count("timeout=timeout") == 2 and "except TimeoutError" in source


# ---------------------------------------------------------------- documents of many posts

def _thread(n: int) -> str:
    """A thread of ``n`` replies: a name, a time, a paragraph and a "Reply" button each."""
    return "\n\n".join(f"Jane Roe{i} says:\nDecember {i % 28 + 1}, 2025 at 3:{i % 60:02d} pm\n"
                       f"The council voted on Tuesday to expand the bus network to the north, reply {i}.\nReply"
                       for i in range(n))


@pure_only
def test_run_tail_reads_each_line_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    # At each gap in the run's tail, _trim_tail asks whether the lines above it repeat the
    # gap's labels; read again for every gap, a thread (a gap every few lines) was quadratic.
    from newsclean import body_run

    calls = 0
    real = body_run._opening

    def counted(text: str) -> str | None:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(body_run, "_opening", counted)
    with alarm(60):
        newsclean.clean(_thread(2_000), format="text")
    assert calls < 10 * 4 * 2_000


def test_thread_of_replies_linear() -> None:
    assert_linear(_thread, 1_000, "text")


FIRST = ["Jane", "John", "Maria", "Ahmed", "Olga", "Pierre", "Sara", "Tomas", "Aiko", "Lena"]
LAST = ["Roe", "Doe", "Smith", "Khan", "Wang", "Ivanova", "Dubois", "Berg", "Tanaka", "Moreau"]


def test_feed_of_bylines_reads_a_bounded_number_of_authors() -> None:
    # A feed of posts, each under its own byline, is no one article's: each name read cost a
    # pass over every byline (quadratic); newsclean reads the first MAX_AUTHORS names.
    from newsclean.metadata import MAX_AUTHORS

    names = [f"{f} {s}" for f in FIRST for s in LAST]
    text = "\n\n".join(f"By {name}\n\nThe council voted on Tuesday to expand the bus network to the northern "
                       f"suburbs, officials said, after a debate that ran late into the night." for name in names)
    with alarm(60):
        authors = newsclean.clean(text, format="text").metadata.authors
    assert 0 < len(authors) <= MAX_AUTHORS < len(names)
    assert authors[0] == names[0]


def _json_ld_authors(n: int, distinct: int | None = None) -> str:
    """A page whose JSON-LD names ``n`` authors (``distinct`` of them, said again in turn)."""
    people = ",".join(f'{{"@type": "Person", "name": "{FIRST[k % 10]} {LAST[k // 10 % 10]}{k // 100 or ""}"}}'
                      for k in (i % (distinct or n) for i in range(n)))
    return ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": [' + people
            + "]}</script></head><body><p>The council voted on Tuesday to expand the bus network to the northern"
            " suburbs, officials said.</p></body></html>")


def test_json_ld_authors_once_each_in_order() -> None:
    doc = clean(_json_ld_authors(600, distinct=300), format="html")
    assert doc.metadata.authors[:3] == ["Jane Roe", "John Roe", "Maria Roe"]
    assert len(doc.metadata.authors) == len(set(doc.metadata.authors)) == 300


def test_json_ld_many_authors_linear() -> None:
    assert_linear(_json_ld_authors, 4_000, "html")


def test_contents_list_check_linear_in_lines_said_many_times() -> None:
    # drop_contents_lists looks for each short line's next copy below: a pager's "1", "2", "3"
    # under every post is said thousands of times, and scanning all its places was quadratic.
    from newsclean.copies import drop_contents_lists
    from newsclean.segment import segment

    post = "The council voted on Tuesday to expand the bus network to the northern suburbs, officials said."

    def blocks(n: int) -> list:  # type: ignore[type-arg]
        text = "\n\n".join("1\n2\n3\n4\nNext" if i % 2 else post for i in range(n))
        return Cleaner()._label(segment(text, "text"), None, None, revise=lambda *_: None)

    small, big = blocks(2_000), blocks(8_000)
    with alarm(60):
        a = seconds(lambda: drop_contents_lists(small))
        b = seconds(lambda: drop_contents_lists(big))
    assert b < 0.05 or b / max(a, 1e-3) < 8, (a, b)
