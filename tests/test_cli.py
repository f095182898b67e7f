"""The newsclean command: outputs, exit codes, and never losing or overwriting data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES

from newsclean.cli import main

SEED = FIXTURES / "seeds" / "002_ac559dd063ccdab7.txt"
BODY = SEED.with_suffix(".body.txt").read_text(encoding="utf-8")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsclean.cli", *args], input=stdin, capture_output=True, timeout=60)


def test_prints_clean_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    assert capsys.readouterr().out == BODY


def test_json_lines_for_many_files(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt") if p.name.count(".") == 1)
    assert main(["--json", *seeds]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in records] == seeds
    assert all({"text", "metadata", "removed"} <= r.keys() for r in records)
    assert records[2]["metadata"]["title"].startswith("U.S. Intel Has")


def test_explain_lists_every_removal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "[donation / donation.appeal-region]" in out
    assert "[chrome / chrome.control]" in out


def test_stdin_and_version() -> None:
    done = run("-", stdin=SEED.read_bytes())
    assert done.returncode == 0 and done.stdout.decode() == BODY
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"newsclean ")


def test_missing_file_fails_but_others_are_processed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path / "nope.txt"), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "nope.txt" in captured.err
    assert BODY in captured.out


def test_binary_file_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    png = tmp_path / "picture.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert main([str(png)]) == 1
    assert "picture.txt" in capsys.readouterr().err


def test_usage_error_exits_2() -> None:
    assert run("--no-such-flag").returncode == 2
    assert run("--keep", "not-a-category", str(SEED)).returncode == 2


def test_output_dir_writes_one_file_per_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["-o", str(out), "--json", str(SEED)]) == 0
    record = json.loads((out / "002_ac559dd063ccdab7.json").read_text(encoding="utf-8"))
    assert record["text"] == BODY.rstrip("\n")
    assert not list(out.glob(".*.tmp"))  # no temporary file left behind


def test_output_dir_never_overwrites_an_input(tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    original = SEED.read_bytes()
    src.write_bytes(original)
    assert main(["-o", str(tmp_path), str(src)]) == 0  # would be story.txt: gets another name
    assert src.read_bytes() == original
    assert (tmp_path / "story-2.txt").read_text(encoding="utf-8") == BODY


def test_directory_input_is_walked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "two.md").write_text("# Title Here\n\n" + BODY, encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    assert main(["--json", str(tmp_path)]) == 0
    sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
    assert [Path(s).name for s in sources] == ["one.txt", "two.md"]


def test_keep_category_leaves_it_in_the_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--keep", "donation", str(SEED)]) == 0
    assert "Dear readers," in capsys.readouterr().out


def test_extra_rule_pack_and_disable_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "mine.toml"
    pack.write_text(
        'category = "chrome"\n[[rule]]\nid = "mine.spokesperson"\nmatch = "start"\npatterns = ["spokesperson jen"]\n',
        encoding="utf-8",
    )
    assert main(["--json", "--rules", str(pack), "--disable-rule", "chrome.control", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "Spokesperson Jen Psaki" not in record["text"]
    rules = {r["rule"] for r in record["removed"]}
    assert "mine.spokesperson" in rules
    assert "chrome.control" not in rules


def test_broken_rule_pack_is_a_usage_error(tmp_path: Path) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text('[[rule]]\nid = "x"\npatterns = ["(unclosed"]\ncategory = "chrome"\n', encoding="utf-8")
    done = run("--rules", str(pack), str(SEED))
    assert done.returncode == 2
    assert b"bad.toml" in done.stderr
