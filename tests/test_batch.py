"""The batch machinery: ordered parallel map, clean_many's failure contract, readers, safe names."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES

from newsclean import Cleaner, Config
from newsclean.batch import CleaningFailed, Failed, Summary, map_ordered
from newsclean.sinks import record_stem
from newsclean.sources import Reader, output_stem

SEEDS = sorted(p for p in (FIXTURES / "seeds").glob("*.txt") if p.name.count(".") == 1)
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def _length(cleaner: Cleaner, item: int) -> int:
    if item == 13:
        raise ValueError("thirteen")
    return item * 2


def test_map_ordered_keeps_order_and_turns_errors_into_failed() -> None:
    out = list(map_ordered(_length, range(40), jobs=2, chunk_size=3, window=2))
    assert [r for r in out if not isinstance(r, Failed)] == [i * 2 for i in range(40) if i != 13]
    failed = out[13]
    assert isinstance(failed, Failed) and failed.index == 13
    assert failed.reason == "ValueError: thirteen" and failed.error == "ValueError"


def _crash_on_seven(cleaner: Cleaner, item: int) -> int:
    if item == 7:
        os._exit(3)  # a worker dying under us (segfault, OOM killer)
    return item


def test_a_dying_worker_fails_only_its_document() -> None:
    out = list(map_ordered(_crash_on_seven, range(12), jobs=2, chunk_size=1, window=2))
    assert [r for r in out if not isinstance(r, Failed)] == [i for i in range(12) if i != 7]
    assert isinstance(out[7], Failed) and out[7].index == 7 and "died" in out[7].reason


def _sigterm_on_three(cleaner: Cleaner, item: int) -> int:
    if item == 3:
        os.kill(os.getpid(), signal.SIGTERM)  # as `kill` or the pool's own terminate() sends it
        time.sleep(5)
    return item


def test_a_worker_ends_on_sigterm_though_the_command_handles_it() -> None:
    """The command turns SIGTERM into SystemExit; a forked worker inheriting that would report it
    as its task's error and go on working, so the pool could no longer end it."""
    from newsclean.cli import _terminated

    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        out = list(map_ordered(_sigterm_on_three, range(6), jobs=2, chunk_size=1, window=2))
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert [r for r in out if not isinstance(r, Failed)] == [0, 1, 2, 4, 5]
    assert isinstance(out[3], Failed) and "died" in out[3].reason


def test_map_ordered_reads_the_input_lazily() -> None:
    pulled = []

    def numbers():
        for i in range(10_000):
            pulled.append(i)
            yield i

    results = map_ordered(_length, numbers(), jobs=2, chunk_size=4, window=3)
    assert next(results) == 0
    # head (2 items) + at most `window` chunks of 4, plus the chunk being assembled
    assert len(pulled) <= 2 + 4 * 3 + 4
    results.close()


def test_clean_many_equals_clean_one_by_one_in_order() -> None:
    cleaner = Cleaner()
    expected = [cleaner.clean(t).to_dict() for t in TEXTS]
    got = [d.to_dict() for d in cleaner.clean_many(iter(TEXTS * 2), jobs=2)]
    assert got == expected * 2


def test_clean_many_workers_use_the_config() -> None:
    cleaner = Cleaner(Config(keep=frozenset({"donation"})))
    docs = list(cleaner.clean_many(TEXTS[2:4] * 3, jobs=2))
    assert [d.text for d in docs] == [cleaner.clean(t).text for t in TEXTS[2:4] * 3]
    assert "Dear readers," in docs[0].text


def test_clean_many_on_error_return_keeps_alignment() -> None:
    items = [TEXTS[0], BINARY, {"text": TEXTS[1], "url": "https://example.com/a"}]
    out = list(Cleaner().clean_many(items, jobs=2, on_error="return"))
    assert len(out) == 3
    assert isinstance(out[1], Failed) and out[1].index == 1 and out[1].error == "InputError"
    assert "binary" in out[1].reason
    assert out[2].metadata.url == "https://example.com/a"


def test_clean_many_on_error_skip_and_raise() -> None:
    items = [TEXTS[0], BINARY, TEXTS[1]]
    assert len(list(Cleaner().clean_many(items, jobs=1, on_error="skip"))) == 2
    with pytest.raises(CleaningFailed) as info:
        list(Cleaner().clean_many(items, jobs=2))
    assert info.value.failed.index == 1
    with pytest.raises(ValueError):
        Cleaner().clean_many(items, on_error="ignore")  # checked at the call, not on first next()


def test_importing_newsclean_loads_no_optional_dependency() -> None:
    code = (
        "import sys, newsclean, newsclean.batch, newsclean.sources, newsclean.sinks, newsclean.cli\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'warcio', 'tqdm', 'zstandard'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_reader_decompresses_gzip_and_zstd_by_content(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    lines = b'{"id": 1, "text": "a"}\n\n{"id": 2, "text": "b"}\n'
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "y.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(lines))
    (tmp_path / "z.jsonl").write_bytes(gzip.compress(lines))  # compressed, though not named so
    items = list(Reader([str(tmp_path / n) for n in ("x.jsonl.gz", "y.jsonl.zst", "z.jsonl")]))
    docs = [i for i in items if i.kind == "jsonl"]
    assert [json.loads(i.data)["id"] for i in docs] == [1, 2] * 3
    assert [i.key.rsplit(":", 1)[1] for i in docs[:2]] == ["1", "3"]  # line numbers, blank line skipped
    assert [i.kind for i in items].count("end") == 3


def test_reader_reports_a_truncated_gzip_and_goes_on(tmp_path: Path) -> None:
    good = b"".join(b'{"id": %d, "text": "word"}\n' % i for i in range(2000))
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(good)[:-200])
    (tmp_path / "ok.jsonl").write_bytes(good[:100])
    items = list(Reader([str(tmp_path / "cut.jsonl.gz"), str(tmp_path / "ok.jsonl")]))
    errors = [i for i in items if i.error and i.kind != "end"]
    assert len(errors) == 1 and "cut.jsonl.gz" in errors[0].key and "cannot read" in errors[0].error
    assert items[-2].source.endswith("ok.jsonl") and items[-2].error is None


def test_output_stems() -> None:
    assert output_stem("/a/dump.jsonl.zst") == "dump"
    assert output_stem("crawl-00001.warc.gz") == "crawl-00001"
    assert output_stem("story.txt.gz") == "story"
    assert output_stem("-") == "stdin"


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd", "/etc/passwd", "a/../../b", "..", ".", "", "nul\x00byte", "x" * 1000, "ü" * 400,
     "https://example.com/" + "seg/" * 200, "C:\\windows\\system32", "\udcff-surrogate"],
)
def test_record_stem_stays_in_its_folder(name: str, tmp_path: Path) -> None:
    stem = record_stem(name)
    assert stem and "/" not in stem and "\\" not in stem and "\x00" not in stem and not stem.startswith(".")
    assert len(stem.encode("utf-8", "surrogateescape")) <= 150
    target = tmp_path / f"{stem}.json"
    assert target.resolve().parent == tmp_path.resolve()
    target.write_text("{}", encoding="utf-8", errors="surrogateescape")  # the OS accepts the name


def test_record_stem_keeps_long_names_apart() -> None:
    a, b = "https://example.com/" + "x" * 300 + "/a", "https://example.com/" + "x" * 300 + "/b"
    assert record_stem(a) != record_stem(b)
    assert record_stem("https://example.com/news/story") == "example.com_news_story"


def test_summary_text() -> None:
    s = Summary(keep_reasons=2)
    for i in range(4):
        s.add(Failed(i, f"reason {i}", key=f"f.jsonl:{i + 1}"))
    text = s.render(elapsed=2.0)
    assert text.startswith("newsclean: 4 documents read, 0 cleaned, 4 failed in 2.0 s (2.0 documents/s)")
    assert "f.jsonl:1: reason 0" in text and "f.jsonl:2: reason 1" in text
    assert "reason 3" not in text and "... and 2 more" in text


def test_a_chunk_submitted_to_a_broken_pool_waits_as_a_failed_future() -> None:
    """A worker can die between two submits: the next submit must not raise out of the batch."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from newsclean.batch import _submit

    pool = ProcessPoolExecutor(1)
    with pytest.raises(BrokenProcessPool):
        pool.submit(os._exit, 3).result()
    fut = _submit(pool, _crash_on_seven, 0, [1])
    assert isinstance(fut.exception(), BrokenProcessPool)
    pool.shutdown(wait=True)
