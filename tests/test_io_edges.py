"""Edges of input and output that once stopped a whole batch or lost data: lone surrogates,
symlink loops, a reader that goes away, SIGTERM, HTML-looking text, API arguments."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES

import newsclean
from newsclean import Config, InputError
from newsclean.cleaner import detect_format
from newsclean.cli import main

SEED = next(p for p in sorted((FIXTURES / "seeds").glob("*.txt")) if p.name.count(".") == 1)
PROSE = "The ferry timetable will run all winter, the council said on Tuesday, after a busy year. " * 3


def test_a_lone_surrogate_in_a_records_own_field_is_written_as_its_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "s.jsonl"
    first = json.dumps({"id": "s1", "text": PROSE, "note": "bad "})[:-2] + '\\ud800"}'  # as a dump may hold it
    src.write_text(first + "\n" + json.dumps({"id": "s2", "text": PROSE}) + "\n", encoding="utf-8")
    assert main(["-q", str(src)]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # what stdout must be able to take
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["s1", "s2"]
    assert records[0]["note"] == "bad \ud800"  # the same data, escaped in the file
    assert main(["-q", "-o", str(tmp_path / "o"), str(src)]) == 0
    assert len((tmp_path / "o" / "s.jsonl").read_text("utf-8").splitlines()) == 2


def test_a_lone_surrogate_escaped_in_json_ld_becomes_a_replacement_character() -> None:
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferries", '
            '"author": {"@type": "Person", "name": "Jane \\udc00Roe"}}</script></head>'
            f"<body><article><h1>Ferries</h1><p>{PROSE}</p></article></body></html>")
    doc = newsclean.clean(html)
    assert doc.metadata.authors == ["Jane \ufffdRoe"]
    doc.to_json().encode("utf-8")


def test_an_undecodable_file_name_is_shown_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(name, "w", encoding="utf-8") as fh:
        fh.write(PROSE)
    (folder / "plain.txt").write_text(PROSE, encoding="utf-8")
    assert main(["-q", str(folder)]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")
    assert "==> " + str(folder) + "/caf\ufffd.txt <==" in out and out.count("==> ") == 2
    assert main(["-q", "--json", str(folder)]) == 0
    sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
    assert len(sources) == 2 and any(s.endswith("caf\udce9.txt") for s in sources)  # the name, byte for byte


def test_a_symlink_loop_among_the_inputs_is_reported_and_the_rest_cleaned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    good = tmp_path / "good.txt"
    good.write_text(PROSE, encoding="utf-8")
    assert main(["-q", str(good), str(loop)]) == 1
    captured = capsys.readouterr()
    assert PROSE.split(",")[0] in captured.out
    assert "loop.txt" in captured.err and "Traceback" not in captured.err
    out = tmp_path / "o"
    out.mkdir()
    (out / "good.txt").symlink_to(out / "good.txt")  # a looping name where the output would go
    assert main(["-q", "-o", str(out), str(good)]) == 0
    assert not (out / "good.txt").is_symlink()  # the rename replaced the link, as it does an old output
    assert (out / "good.txt").read_text("utf-8").startswith(PROSE.split(",")[0])


def test_a_reader_that_goes_away_stops_the_run_quietly(tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(400):
            fh.write(json.dumps({"id": i, "text": PROSE}) + "\n")
    proc = subprocess.run(f"{sys.executable} -m newsclean.cli -j 1 {src} | head -c 100",
                          shell=True, capture_output=True, timeout=120)
    err = proc.stderr.decode()
    assert "Broken pipe" not in err and "Traceback" not in err
    assert "400 documents" not in err  # it stopped, rather than cleaning all for no reader


def test_sigterm_leaves_no_half_written_output(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    text = SEED.read_text("utf-8")
    with src.open("w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": i, "text": text}) + "\n")
    out = tmp_path / "o"
    proc = subprocess.Popen([sys.executable, "-m", "newsclean.cli", "-q", "-j", "1", "-o", str(out), str(src)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.is_dir() and any(out.iterdir())):
            time.sleep(0.05)
        assert proc.poll() is None, "the run finished before it could be stopped"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 128 + signal.SIGTERM, err.decode()
    assert list(out.iterdir()) == []  # the stream's temporary file went with the run


def test_text_that_shows_html_in_a_code_sample_is_not_read_as_html() -> None:
    menu = "\n".join(["Home", "Tutorials", "Reference", "About"])
    article = ("# Your first page\n\nEvery page has a head and a body; the head holds its title.\n\n"
               "```html\n<html>\n<head><title>My first page</title></head>\n<body><p>Hello</p></body>\n</html>\n```\n\n"
               + PROSE)
    assert detect_format(menu + "\n\n" + article) == "markdown"
    assert detect_format(article) == "markdown"
    assert detect_format("<!-- saved from url=(0014)about:internet -->\n<html><head></head><body></body></html>") == "html"
    assert detect_format("<meta charset='utf-8'>\n<body><p>Story</p></body>") == "html"
    assert detect_format("</div>\n\n<header class='site'>\n\nHRSA\n\n</header>") == "text"  # <header> is no <head>
    once = newsclean.clean(menu + "\n\n" + article, config=Config(output="markdown")).text
    assert newsclean.clean(once, config=Config(output="markdown")).text == once


def test_config_and_clean_arguments_are_checked_clearly() -> None:
    assert Config(keep="caption").keep == frozenset({"caption"})  # one name, not its letters
    assert Config(remove="advertisement").remove == frozenset({"advertisement"})
    for bad in ({"time_budget": -1}, {"time_budget": float("nan")}, {"regex_timeout": 0}, {"time_budget": "5"}):
        with pytest.raises(ValueError, match="positive"):
            Config(**bad)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="not int"):
        newsclean.clean(123)  # type: ignore[arg-type]


def test_workers_that_die_at_start_name_the_main_guard(tmp_path: Path) -> None:
    # A script that starts a thread runs its workers under forkserver, which imports the
    # script again: without the guard they die, and the error says what to do.
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import threading, time, newsclean\n"
        "threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n"
        f"list(newsclean.Cleaner().clean_many([{PROSE!r}] * 2, jobs=2))\n",
        encoding="utf-8",
    )
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=300, cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode != 0 and "CleaningFailed" in err
    assert "if __name__ ==" in err.splitlines()[-1]


def test_a_second_run_does_not_clean_the_first_runs_outputs_inside_the_input_folder(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.txt").write_text(PROSE, encoding="utf-8")
    out = src / "clean"
    for _ in range(2):
        assert main(["-q", "-o", str(out), str(src)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["story.txt"]  # not clean/story-2.txt from clean/story.txt
    assert main(["-q", "-o", str(src), str(src)]) == 0  # -o the folder itself: its files are still the inputs
    assert (src / "story-2.txt").exists()


def test_an_output_stream_that_cannot_be_opened_is_tried_once_per_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsclean import sinks

    def refuse(self: object, path: Path, protected: set[Path]) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sinks.AtomicFile, "__init__", refuse)
    src = tmp_path / "s.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": PROSE}) + "\n" for i in range(5)), encoding="utf-8")
    assert main(["-j", "1", "-o", str(tmp_path / "o"), str(src)]) == 1
    err = capsys.readouterr().err
    assert "5 documents read" in err and "5 failed" in err  # each record once, not a sixth for the stream
    assert "s-2.jsonl" not in err  # no new name claimed for each record


def test_an_interrupt_while_a_stream_opens_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    """A SIGTERM raises where it lands: between the temporary file's creation and its handle, the sink
    must already hold it, so that closing the sink removes it (the command's -o run once left one)."""
    from newsclean import sinks

    def interrupted(*args, **kwargs):
        raise SystemExit(128 + signal.SIGTERM)

    sink = sinks.Sink(tmp_path, set())
    monkeypatch.setattr(sinks.os, "fdopen", interrupted)
    with pytest.raises(SystemExit):
        sink._open("big.jsonl")
    monkeypatch.undo()
    sink.close()
    assert list(tmp_path.iterdir()) == []
