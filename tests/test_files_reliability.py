"""Faults around files: unreadable inputs, time budgets, interrupted writes, Ctrl-C, hostile record names.

Complements tests/test_cli.py and tests/test_cli_batch.py (missing files, corrupt files in a
folder, -o on the input folder, JSONL ids that try to escape -o are covered there).
"""

from __future__ import annotations

import builtins
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES

from newsclean import Cleaner, sources
from newsclean.cli import main

SEEDS = sorted(p for p in (FIXTURES / "seeds").glob("*.txt") if p.name.count(".") == 1)
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
BODIES = [Cleaner().clean(t).text for t in TEXTS]


def folder(tmp_path: Path, n: int) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"{i:03d}.txt").write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
    return src


def test_permission_denied_is_named_and_the_rest_processed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = folder(tmp_path, 3)
    locked = str(src / "001.txt")

    def fake_open(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(name) == locked:
            raise PermissionError(13, "Permission denied", name)
        return builtins.open(name, *args, **kwargs)

    monkeypatch.setattr(sources, "open", fake_open, raising=False)  # tests run as root: simulate it
    out = tmp_path / "out"
    assert main(["-j", "1", "-q", "-o", str(out), str(src)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"newsclean: {locked}: Permission denied"]
    assert sorted(p.name for p in out.iterdir()) == ["000.txt", "002.txt"]


def test_directory_and_missing_inputs_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = folder(tmp_path, 1)
    empty = tmp_path / "empty.txt"
    empty.mkdir()  # a directory with a file's name, named on the command line
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    assert main(["-q", "-o", str(out), str(empty), str(missing), str(src / "000.txt")]) == 1
    err = capsys.readouterr().err
    assert f"{missing}: No such file or directory" in err
    assert (out / "000.txt").read_text("utf-8") == BODIES[0] + "\n"


def test_time_budget_reported_per_file_and_run_continues(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = folder(tmp_path, 2)
    (src / "001.txt").write_text("The council voted on Tuesday to expand the bus network.\n\n" * 200_000, "utf-8")
    out = tmp_path / "out"
    t = time.perf_counter()
    assert main(["-q", "-j", "1", "--time-budget", "0.5", "-o", str(out), str(src)]) == 1
    assert time.perf_counter() - t < 30
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"newsclean: {src / '001.txt'}: ") and "time_budget" in err[0]
    assert sorted(p.name for p in out.iterdir()) == ["000.txt"]


def test_interrupted_write_leaves_no_half_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = folder(tmp_path, 3)
    out = tmp_path / "out"
    real_replace = os.replace

    def crash_on_second(a, b):  # type: ignore[no-untyped-def]
        if str(b).endswith("001.txt"):
            raise OSError(28, "No space left on device", str(b))
        return real_replace(a, b)

    monkeypatch.setattr(os, "replace", crash_on_second)
    assert main(["-q", "-j", "1", "-o", str(out), str(src)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["000.txt", "002.txt"]  # no temporary file left behind
    assert (out / "002.txt").read_text("utf-8") == BODIES[2] + "\n"


def test_output_dir_is_the_input_folder_never_overwrites(tmp_path: Path) -> None:
    src = folder(tmp_path, 2)
    (src / "000.md").write_text(TEXTS[2], encoding="utf-8")  # same stem as 000.txt
    before = {p.name: p.read_bytes() for p in src.iterdir()}
    assert main(["-q", "-j", "1", "-o", str(src), str(src)]) == 0
    for name, data in before.items():
        assert (src / name).read_bytes() == data
    outputs = sorted({p.name for p in src.iterdir()} - set(before))
    assert outputs == ["000-2.txt", "000-3.txt", "001-2.txt"]


def _warc(path: Path, uris: list[str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for i, uri in enumerate(uris):
            body = f"<html><body><article><p>{TEXTS[i % len(TEXTS)][:2000]}</p></article></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_uris_cannot_escape_the_output_dir(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    uris = ["http://x.org/../../../etc/passwd", "https:///etc/shadow", "http://x.org/" + "a/" * 400, "http://x.org/%2e%2e/",
            "http://../../up", "http://x.org/a\x00b"]
    src = tmp_path / "crawl.warc"
    _warc(src, uris)
    out = tmp_path / "o"
    assert main(["-q", "-j", "1", "-o", str(out), "--split", str(src)]) == 0
    files = sorted(out.iterdir())
    assert len(files) == len(uris)
    assert all(f.parent == out and len(f.name.encode()) <= 255 and not f.name.startswith(".") for f in files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crawl.warc", "o"]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sigint_stops_workers_and_keeps_finished_outputs(tmp_path: Path) -> None:
    n = 2000  # enough that the batch cannot finish between the poll and the signal, even on a loaded machine
    src = folder(tmp_path, n)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean.cli", "-q", "-j", "2", "-o", str(out), str(src)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True,
        # As a terminal's foreground job has it: a shell running the tests in the background
        # leaves SIGINT ignored, the child inherits that, and then Ctrl-C means nothing to it.
        preexec_fn=_default_sigint,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list(out.glob("*.txt"))) < 20:
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
        t = time.monotonic()
        _, err = proc.communicate(timeout=60)
        assert time.monotonic() - t < 30  # generous for a loaded machine; `written < n` below proves the stop
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err.decode()
    assert b"interrupted" in err
    written = sorted(out.iterdir())
    assert 20 <= len(written) < n
    assert not [p for p in written if p.name.startswith(".")]  # no temporary file left
    for p in written:
        i = int(p.stem)
        assert p.read_text("utf-8") == BODIES[i % len(BODIES)] + "\n"
    assert not [line for line in err.decode().splitlines() if "Traceback" in line]


def test_outputs_get_the_usual_file_mode(tmp_path: Path) -> None:
    """Atomic writes go through mkstemp (mode 0600); the output must still honour the umask like open()."""
    src = folder(tmp_path, 1)
    (src / "d.jsonl").write_text(json.dumps({"id": "a", "text": TEXTS[0]}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        assert main(["-q", "-j", "1", "-o", str(out), str(src)]) == 0
    finally:
        os.umask(old)
    from newsclean.files import OUTPUT_MODE

    for p in out.iterdir():
        assert p.stat().st_mode & 0o777 == OUTPUT_MODE, p
    assert OUTPUT_MODE & 0o044  # readable by group and others under the usual umask


def test_fifo_and_device_inputs_are_refused_not_waited_on(tmp_path: Path) -> None:
    """A named FIFO without a writer would block forever and /dev/zero never ends."""
    src = folder(tmp_path, 1)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "-q", str(fifo), "/dev/zero", str(src / "000.txt")],
        capture_output=True, timeout=60, env=env, check=False,
    )
    assert done.returncode == 1
    err = done.stderr.decode().splitlines()
    assert f"newsclean: {fifo}: not a regular file (a FIFO, socket or device)" in err
    assert "newsclean: /dev/zero: not a regular file (a FIFO, socket or device)" in err
    assert BODIES[0] in done.stdout.decode()
