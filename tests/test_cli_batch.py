"""The command on batches: JSONL (plain, gzip, zstd), directories, WARC, -j, summary, progress, safe outputs."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES

from newsclean import Cleaner
from newsclean.cli import main

SEEDS = sorted(p for p in (FIXTURES / "seeds").glob("*.txt") if p.name.count(".") == 1)
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
BODIES = [Cleaner().clean(t).text for t in TEXTS]


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "newsclean.cli", *args], input=stdin, capture_output=True, timeout=120, cwd=cwd,
        env=env,
    )


def jsonl(records: list[dict], bad_at: int | None = None) -> bytes:
    lines = [json.dumps(r) for r in records]
    if bad_at is not None:
        lines.insert(bad_at, '{"id": "broken", "text": "no closing brace"')
    return ("\n".join(lines) + "\n").encode()


def records(n: int) -> list[dict]:
    return [{"id": f"doc-{i}", "text": TEXTS[i % len(TEXTS)], "lang": "en", "n": i} for i in range(n)]


def read_jsonl(data: str | bytes) -> list[dict]:
    text = data.decode() if isinstance(data, bytes) else data
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_order_with_two_jobs_and_a_bad_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "dump.jsonl"
    src.write_bytes(jsonl(records(60), bad_at=31))
    assert main(["-j", "2", str(src)]) == 1
    captured = capsys.readouterr()
    out = read_jsonl(captured.out)
    assert [r["id"] for r in out] == [f"doc-{i}" for i in range(60)]
    assert [r["text"] for r in out] == [BODIES[i % len(BODIES)] for i in range(60)]
    # the record's other fields stay; newsclean's findings are added
    assert out[5]["lang"] == "en" and out[5]["n"] == 5
    assert out[2]["newsclean"]["metadata"]["title"].startswith("U.S. Intel Has")
    assert out[0]["newsclean"]["removed"]["donation"] >= 1
    err = captured.err
    assert "dump.jsonl:32: invalid JSON" in err  # file and line of the bad record
    assert "61 documents read, 60 cleaned, 1 failed" in err


def test_text_and_id_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "d.ndjson"
    recs = [{"key": "k1", "body": TEXTS[0]}, {"key": "k2", "body": 7}, {"key": "k3", "body": TEXTS[1]}]
    recs += [{"key": "k4", "body": None}, {"key": "k5", "text": TEXTS[0]}, {"key": "k6", "body": [TEXTS[0]]}]
    src.write_bytes(jsonl(recs))
    assert main(["--text-field", "body", "--id-field", "key", "--meta-field", "nc", str(src)]) == 1
    captured = capsys.readouterr()
    out = read_jsonl(captured.out)
    assert [r["key"] for r in out] == ["k1", "k3"] and out[0]["body"] == BODIES[0] and "nc" in out[0]
    # each reason in JSON's words: a null field is there, a missing one is not
    assert "d.ndjson:2 (id k2): field 'body' is a number, not a string" in captured.err
    assert "d.ndjson:4 (id k4): field 'body' is null, not a string" in captured.err
    assert "d.ndjson:5 (id k5): field 'body' is missing" in captured.err
    assert "d.ndjson:6 (id k6): field 'body' is an array, not a string" in captured.err


def test_gzip_and_zstd_jsonl_to_output_dir(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    data = jsonl(records(5))
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    out = tmp_path / "out"
    assert main(["-j", "2", "-o", str(out), str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.jsonl.zst")]) == 0
    for name in ("a.jsonl", "b.jsonl"):
        assert [r["text"] for r in read_jsonl((out / name).read_text("utf-8"))] == BODIES[:5]
    assert sorted(p.name for p in out.iterdir()) == ["a.jsonl", "b.jsonl"]  # no temporary files left


def test_stdin_jsonl() -> None:
    done = run("--input-format", "jsonl", "-q", "-", stdin=gzip.compress(jsonl(records(3))))
    assert done.returncode == 0 and done.stderr == b""
    assert [r["text"] for r in read_jsonl(done.stdout)] == BODIES[:3]


def test_corrupt_file_in_a_directory_does_not_stop_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(9):
        (src / f"{i:02d}.txt").write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
    (src / "04.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))  # corrupt, in the middle
    (src / "045.md.gz").write_bytes(gzip.compress(TEXTS[0].encode())[:-30])  # truncated gzip
    (src / "10.md.gz").write_bytes(gzip.compress(TEXTS[1].encode()))  # fine
    out = tmp_path / "out"
    assert main(["-j", "2", "-o", str(out), str(src)]) == 1
    err = capsys.readouterr().err
    assert "04.txt: input " in err and "binary" in err
    assert "045.md.gz: " in err
    written = sorted(p.name for p in out.iterdir())
    assert written == [f"{i:02d}.txt" for i in range(9) if i != 4] + ["10.txt"]
    assert (out / "10.txt").read_text("utf-8") == BODIES[1] + "\n"
    for i in (0, 3, 5, 8):
        assert (out / f"{i:02d}.txt").read_text("utf-8") == BODIES[i % len(BODIES)] + "\n"
    assert "11 documents read, 9 cleaned, 2 failed" in err


def test_files_in_order_with_two_jobs(capsys: pytest.CaptureFixture[str]) -> None:
    names = [str(p) for p in SEEDS] * 2
    assert main(["-j", "2", "--json", *names]) == 0
    out = read_jsonl(capsys.readouterr().out)
    assert [r["source"] for r in out] == names
    assert [r["text"] for r in out] == BODIES * 2


def test_output_dir_is_the_input_folder(tmp_path: Path) -> None:  # a real run, as a user types it
    (tmp_path / "story.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "dump.jsonl").write_bytes(jsonl(records(3)))
    (tmp_path / "dump.txt").write_text(TEXTS[1], encoding="utf-8")  # would be the same stem as the JSONL's output
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    done = run("-j", "2", "-o", str(tmp_path), str(tmp_path))
    assert done.returncode == 0, done.stderr
    for name, data in before.items():
        assert (tmp_path / name).read_bytes() == data  # no input was touched
    assert (tmp_path / "story-2.txt").read_text("utf-8") == BODIES[0] + "\n"
    assert (tmp_path / "dump-2.txt").read_text("utf-8") == BODIES[1] + "\n"
    assert [r["text"] for r in read_jsonl((tmp_path / "dump-2.jsonl").read_text("utf-8"))] == BODIES[:3]
    assert not list(tmp_path.glob(".*.tmp"))


def test_split_names_cannot_escape_the_output_dir(tmp_path: Path) -> None:
    evil = ["../escape", "/etc/passwd", "a/../../b", "nul\x00x", "x" * 600, "..", "ok", "ok"]
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl([{"id": e, "text": TEXTS[i % 4]} for i, e in enumerate(evil)]))
    out = tmp_path / "deep" / "out"
    assert main(["-o", str(out), "--split", "-j", "2", str(src)]) == 0
    files = sorted(out.iterdir())
    assert len(files) == len(evil)  # one each; the two "ok" do not overwrite each other
    assert all(f.parent == out and len(f.name.encode()) <= 255 for f in files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "in.jsonl"]
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["out"]
    assert {json.loads(f.read_text("utf-8"))["id"] for f in files} == set(evil)
    assert (out / "ok.json").exists() and (out / "ok-2.json").exists()


def test_summary_and_quiet(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_bytes(jsonl(records(4), bad_at=2))
    done = run(str(src))
    err = done.stderr.decode()
    assert "newsclean: 5 documents read, 4 cleaned, 1 failed in" in err and "documents/s)" in err
    assert "failures:\n    " in err and "d.jsonl:3: invalid JSON" in err
    assert "removed " in err and "donation " in err
    quiet = run("-q", str(src))
    assert quiet.stdout == done.stdout
    assert quiet.stderr.decode().count("\n") == 1 and "d.jsonl:3" in quiet.stderr.decode()  # the failure only


def test_progress_only_when_asked_or_on_a_terminal(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_bytes(jsonl(records(3)))
    piped = run(str(src))
    assert "doc/s" not in piped.stderr.decode() and "\r" not in piped.stderr.decode()
    asked = run("--progress", str(src))
    assert "3/" in asked.stderr.decode() or "3 documents" in asked.stderr.decode()
    assert "\r" in asked.stderr.decode()
    assert "\r" not in run("--progress", "-q", str(src)).stderr.decode()


@pytest.mark.parametrize(
    "args", [["-j", "0"], ["--split"], ["--split", "-o", "-"], ["--input-format", "csv"], ["--time-budget", "-1"], ["-j", "two"]]
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*args, str(SEEDS[0])])
    assert info.value.code == 2
    assert capsys.readouterr().out == ""


def test_output_dir_dash_is_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # where a directory named "-" would appear
    assert main(["-o", "-", str(SEEDS[0])]) == 0
    assert capsys.readouterr().out.strip() and not (tmp_path / "-").exists()


def test_output_dir_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    assert main(["-o", str(tmp_path / "file"), str(SEEDS[0])]) == 2


# ---------------------------------------------------------------- WARC


def _warc(path: Path) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def page(title: str, body: str) -> bytes:
        paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
        return f"<!doctype html><html><head><title>{title}</title></head><body><article>{paras}</article></body></html>".encode()

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for uri, payload, ctype in [
            ("https://news.example/one", page("One", TEXTS[0]), "text/html; charset=utf-8"),
            ("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
            ("https://news.example/two?x=1", page("Two", TEXTS[1]), "text/html"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://news.example/one", "request", payload=io.BytesIO(b"GET /")))
    assert warcio


def _html_supported() -> bool:
    from newsclean import UnsupportedFormatError

    try:
        Cleaner().clean("<!doctype html><html><body><p>Some words here.</p></body></html>", format="html")
    except UnsupportedFormatError:
        return False
    return True


def test_warc_html_responses_become_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "crawl.warc.gz"
    _warc(src)
    out = tmp_path / "out"
    code = main(["-j", "2", "-o", str(out), str(src)])
    err = capsys.readouterr().err
    assert "skipped 2 WARC records" in err  # the PNG response and the request
    if _html_supported():
        assert code == 0, err
        recs = read_jsonl((out / "crawl.jsonl").read_text("utf-8"))
        assert [r["url"] for r in recs] == ["https://news.example/one", "https://news.example/two?x=1"]
        assert all(r["id"].startswith("<urn:uuid:") and r["text"] for r in recs)
    else:  # HTML cleaning has not landed: each HTML record fails, named by its URI, with the reason
        assert code == 1
        assert "crawl.warc.gz: https://news.example/one: HTML input is not supported" in err
        assert "crawl.warc.gz: https://news.example/two?x=1: HTML" in err
        assert "2 documents read, 0 cleaned, 2 failed" in err
        assert (out / "crawl.jsonl").read_text("utf-8") == ""


def test_warc_records_with_html_cleaning_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever the HTML cleaner does, the WARC path hands each page over with its URI, in order."""
    src = tmp_path / "crawl.warc"
    _warc(src)
    seen = []

    def fake_html(self: Cleaner, page: str | bytes, url: str | None, deadline: float | None):
        seen.append(url)
        text = page.decode() if isinstance(page, bytes) else page
        return self.clean(text.replace("<", " <"), format="text", url=url)

    monkeypatch.setattr(Cleaner, "_clean_html", fake_html)
    assert main(["-j", "1", "--split", "-o", str(tmp_path / "out"), str(src)]) == 0
    assert seen == ["https://news.example/one", "https://news.example/two?x=1"]
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["news.example_one.json", "news.example_two_x_1.json"]
    assert all(json.loads(p.read_text("utf-8"))["url"] in seen for p in (tmp_path / "out").iterdir())
    assert "2 documents read, 2 cleaned, 0 failed" in capsys.readouterr().err


def test_corrupt_warc_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("warcio")
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"this is not a warc file at all\n" * 10)
    good = tmp_path / "d.jsonl"
    good.write_bytes(jsonl(records(2)))
    assert main([str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert "bad.warc.gz (record 1): cannot read: not a WARC file" in captured.err
    assert len(read_jsonl(captured.out)) == 2
