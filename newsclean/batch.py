"""Clean many documents: a parallel, ordered, bounded map, and the run summary.

``map_ordered(task, items, config=..., jobs=N)`` calls ``task(cleaner, item)`` for
every item in worker processes, each holding one :class:`~newsclean.Cleaner` built
from the pickled :class:`~newsclean.Config`, and yields the results in input order.
At most ``window`` chunks are in flight, so memory stays flat however long the
input stream is. A task that raises yields a :class:`Failed` in its place: one bad
document never stops a batch. ``jobs=1`` (or a one-item input) runs in-process.

The tasks the command and :meth:`Cleaner.clean_many` use live here too, so that
worker processes can import them.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .config import Config
from .errors import NewscleanError
from .files import json_line

if TYPE_CHECKING:
    from .cleaner import Cleaner
    from .document import Document

OnError = Literal["raise", "return", "skip"]

#: Items per chunk sent to a worker, and the byte size at which a chunk is closed early.
CHUNK_ITEMS = 16
CHUNK_BYTES = 1 << 20
#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
WINDOW_PER_JOB = 4


@dataclass(frozen=True)
class Failed:
    """A document that could not be cleaned, in the place its result would have been.

    ``index`` is its position in the input, ``key`` a name for messages (file, line,
    record id), ``reason`` a one-line explanation and ``error`` the exception's class name.
    """

    index: int
    reason: str
    error: str = "NewscleanError"
    key: str | None = None

    def __str__(self) -> str:
        return f"{self.key}: {self.reason}" if self.key else self.reason


class CleaningFailed(NewscleanError):
    """Raised by ``clean_many(..., on_error="raise")``; ``.failed`` is the :class:`Failed`."""

    def __init__(self, failed: Failed) -> None:
        super().__init__(f"document {failed.index}: {failed.reason}")
        self.failed = failed


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------- the ordered map

class _WorkerCleaner:
    """The worker's one Cleaner, built from the pickled Config when a task first uses it."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._cleaner: Cleaner | None = None

    def __getattr__(self, name: str) -> Any:
        if self._cleaner is None:
            from .cleaner import Cleaner

            self._cleaner = Cleaner(self._config)
        return getattr(self._cleaner, name)


_worker_cleaner: Any = None


def _init_worker(config: Config) -> None:
    global _worker_cleaner
    # Ctrl-C reaches the whole process group: the parent stops the batch and shuts the pool
    # down; a worker interrupted while it waits for work would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the command's SIGTERM handler, which raises SystemExit: the pool's
    # worker loop catches that as the task's error and goes on, so SIGTERM could not end it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_cleaner = _WorkerCleaner(config)


def _call(task: Callable[[Cleaner, Any], Any], cleaner: Cleaner, item: Any, index: int) -> Any:
    try:
        return task(cleaner, item)
    except Exception as exc:  # noqa: BLE001 - one document must never stop the batch
        return Failed(index, reason_of(exc), type(exc).__name__, _key_of(item))


def _run_chunk(task: Callable[[Cleaner, Any], Any], start: int, chunk: list[Any]) -> list[Any]:
    assert _worker_cleaner is not None, "worker not initialised"
    return [_call(task, _worker_cleaner, item, start + i) for i, item in enumerate(chunk)]


def reason_of(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror + (f": {exc.filename}" if exc.filename else "")
    text = " ".join(str(exc).split())
    if not isinstance(exc, NewscleanError):
        text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text[:300] or type(exc).__name__


def _key_of(item: Any) -> str | None:
    key = getattr(item, "key", None)
    return key if isinstance(key, str) else None


def _size_of(item: Any) -> int:
    data = getattr(item, "data", item)
    if isinstance(data, (str, bytes, bytearray)):
        return len(data)
    if isinstance(data, Mapping):
        return sum(len(v) for v in data.values() if isinstance(v, (str, bytes)))
    return 1


def _chunks(items: Iterator[Any], size: int, max_bytes: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    nbytes = 0
    for item in items:
        chunk.append(item)
        nbytes += _size_of(item)
        if len(chunk) >= size or nbytes >= max_bytes:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    """The platform's start method, but not fork once threads run (forking them is unsafe)."""
    ctx = multiprocessing.get_context()
    if ctx.get_start_method() == "fork" and threading.active_count() > 1:
        return multiprocessing.get_context("forkserver")
    return ctx


def map_ordered(
    task: Callable[[Cleaner, Any], Any],
    items: Iterable[Any],
    *,
    config: Config | None = None,
    jobs: int | None = None,
    cleaner: Cleaner | None = None,
    chunk_size: int = CHUNK_ITEMS,
    window: int | None = None,
) -> Generator[Any, None, None]:
    """``task(cleaner, item)`` for each item, in input order; a raising task yields :class:`Failed`.

    ``task`` must be a module-level function (it is pickled to the workers). ``cleaner``
    is used for in-process runs (``jobs=1``, or fewer than two items); workers build
    their own from ``config``. ``window`` is the number of chunks in flight
    (default ``4 * jobs``).
    """
    config = config if config is not None else (cleaner.config if cleaner is not None else Config())
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    it = iter(items)
    head = list(itertools.islice(it, 2))
    if jobs == 1 or len(head) < 2:
        if cleaner is None:
            from .cleaner import Cleaner

            cleaner = Cleaner(config)
        for index, item in enumerate(itertools.chain(head, it)):
            yield _call(task, cleaner, item, index)
        return
    yield from _parallel(task, itertools.chain(head, it), config, jobs, chunk_size, window or WINDOW_PER_JOB * jobs)


def _parallel(
    task: Callable[[Cleaner, Any], Any], items: Iterator[Any], config: Config, jobs: int, chunk_size: int, window: int
) -> Iterator[Any]:
    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init_worker, initargs=(config,))

    pool = new_pool()
    pending: deque[tuple[int, list[Any], Future[list[Any]]]] = deque()
    start = 0
    interrupted = False
    try:
        chunks = _chunks(items, chunk_size, CHUNK_BYTES)
        for chunk in chunks:
            pending.append((start, chunk, _submit(pool, task, start, chunk)))
            start += len(chunk)
            if len(pending) >= window:
                first, chunk0, fut = pending.popleft()
                results, pool = _collect(first, chunk0, fut, pool, pending, new_pool, task)
                yield from results
        while pending:
            first, chunk0, fut = pending.popleft()
            results, pool = _collect(first, chunk0, fut, pool, pending, new_pool, task)
            yield from results
    except (KeyboardInterrupt, SystemExit):
        interrupted = True
        raise
    finally:
        for _, _, fut in pending:
            fut.cancel()
        try:
            # Stopped by the user: the work not started is dropped and the chunks already handed
            # to the workers (a few, bounded by the pool's queue) finish; the interpreter's exit
            # waits for them. Killing the workers instead could cut a result off halfway down the
            # pipe, and the pool's thread, reading the rest, would then hold the exit forever.
            pool.shutdown(wait=not interrupted, cancel_futures=True)
        except RuntimeError:
            pass  # interrupted while the pool was starting: its threads never ran


def _collect(
    first: int,
    chunk: list[Any],
    fut: Future[list[Any]],
    pool: ProcessPoolExecutor,
    pending: deque[tuple[int, list[Any], Future[list[Any]]]],
    new_pool: Callable[[], ProcessPoolExecutor],
    task: Callable[[Cleaner, Any], Any],
) -> tuple[list[Any], ProcessPoolExecutor]:
    """The chunk's results. If a worker died (a crash in C code, the OOM killer), the pool is
    broken: this chunk is redone one document at a time so only the culprit fails, then
    the other chunks in flight are resubmitted to a fresh pool.
    """
    try:
        return fut.result(), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
    results: list[Any] = []
    for i, item in enumerate(chunk):
        pool = new_pool()
        try:
            results.extend(pool.submit(_run_chunk, task, first + i, [item]).result())
        except BrokenProcessPool:
            reason = "the worker process died while cleaning this document"
            if _context().get_start_method() != "fork":  # workers import __main__: it may run again
                reason += f" (with the {_context().get_start_method()} start method a script needs an 'if __name__ == \"__main__\":' guard)"
            results.append(Failed(first + i, reason, "BrokenProcessPool", _key_of(item)))
        pool.shutdown(wait=True)
    pool = new_pool()
    retry = list(pending)
    pending.clear()
    for start, ch, _ in retry:
        pending.append((start, ch, _submit(pool, task, start, ch)))
    return results, pool


def _submit(pool: ProcessPoolExecutor, task: Callable[[Cleaner, Any], Any], start: int, chunk: list[Any]) -> Future[list[Any]]:
    """The chunk's future. A worker that died since the last collect leaves the pool broken and
    ``submit`` raising: the chunk then waits as a failed future. The dead worker's chunk is
    older, so its _collect comes first and resubmits this one, whole, to the fresh pool."""
    try:
        return pool.submit(_run_chunk, task, start, chunk)
    except BrokenProcessPool as e:
        fut: Future[list[Any]] = Future()
        fut.set_exception(e)
        return fut


# ---------------------------------------------------------------- Cleaner.clean_many


def _clean_one(cleaner: Cleaner, item: Any) -> Document:
    """Items are text/bytes, or mappings with "text" and optional "url" and "format"."""
    if isinstance(item, Mapping):
        return cleaner.clean(item["text"], format=item.get("format", "auto"), url=item.get("url"))
    return cleaner.clean(item)


def clean_many(
    cleaner: Cleaner, items: Iterable[Any], *, jobs: int | None = None, on_error: OnError = "raise",
    window: int | None = None,
) -> Iterator[Document | Failed]:
    """See :meth:`newsclean.Cleaner.clean_many`. Arguments are checked at once, not on first ``next()``."""
    if on_error not in ("raise", "return", "skip"):
        raise ValueError(f"on_error must be 'raise', 'return' or 'skip', not {on_error!r}")
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    return _clean_many(cleaner, items, jobs, on_error, window)


def _clean_many(
    cleaner: Cleaner, items: Iterable[Any], jobs: int | None, on_error: OnError, window: int | None
) -> Iterator[Document | Failed]:
    for result in map_ordered(_clean_one, items, cleaner=cleaner, jobs=jobs, window=window):
        if isinstance(result, Failed):
            if on_error == "raise":
                raise CleaningFailed(result)
            if on_error == "skip":
                continue
        yield result


# ---------------------------------------------------------------- records (JSONL, WARC, dask)


def removed_counts(doc: Document) -> dict[str, int]:
    return dict(sorted(doc.removed_by_category().items()))


def annotate_record(
    record: dict[str, Any], doc: Document, *, text_field: str = "text", meta_field: str = "newsclean",
    explain: bool = False,
) -> dict[str, Any]:
    """``record`` with the cleaned text in ``text_field`` and what newsclean found under ``meta_field``."""
    record[text_field] = doc.text
    info: dict[str, Any] = {"format": doc.format, "metadata": doc.metadata.to_dict(), "removed": removed_counts(doc)}
    if explain:
        info["removals"] = doc.to_dict()["removed"]
    record[meta_field] = info
    return record


@dataclass(frozen=True)
class Output:
    """How the command renders a result (passed to the workers with each chunk)."""

    json: bool = False
    explain: bool = False
    format: str = "auto"
    url: str | None = None
    text_field: str = "text"
    id_field: str = "id"
    meta_field: str = "newsclean"


@dataclass
class Result:
    """One cleaned document, rendered for output, with what the summary needs."""

    index: int
    kind: str  # "file", "jsonl" or "warc"
    source: str  # the input it came from
    text: str
    removed: dict[str, int]
    key: str | None = None
    name: str | None = None  # per-record output name (record id or WARC URI)


def clean_item(options: Output, cleaner: Cleaner, item: Any) -> Result | Failed:
    """The command's task: clean one :class:`~newsclean.sources.Item` and render it.

    An "end" marker (an input is finished) comes back as it went.
    """
    if item.kind == "end":
        return item
    if item.error is not None:
        return Failed(item.index, item.error, "InputError", item.key)
    if item.kind == "jsonl":
        return _clean_jsonl(options, cleaner, item)
    if item.kind == "warc":
        doc = cleaner.clean(item.data, format="html", url=item.url)
        record = {"url": item.url, "id": item.record_id, "date": item.date}
        record = annotate_record(record, doc, meta_field=options.meta_field, explain=options.explain)
        line = json_line(record)
        return Result(item.index, "warc", item.source, line, removed_counts(doc), item.key, item.url)
    from .cli import render

    doc = cleaner.clean(item.data, format=options.format, url=options.url)
    return Result(item.index, "file", item.source, render(doc, item.key, options), removed_counts(doc), item.key)


def _json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words (a record's user wrote JSON, not Python)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def _clean_jsonl(options: Output, cleaner: Cleaner, item: Any) -> Result | Failed:
    try:
        record = json.loads(item.data)
    except json.JSONDecodeError as exc:
        return Failed(item.index, f"invalid JSON: {exc.msg} at column {exc.pos + 1}", "InputError", item.key)
    except ValueError as exc:  # bytes that are not UTF-8
        return Failed(item.index, f"invalid JSON: {reason_of(exc)}", "InputError", item.key)
    if not isinstance(record, dict):
        return Failed(item.index, "not a JSON object", "InputError", item.key)
    ident = record.get(options.id_field)
    key = f"{item.key} (id {ident})" if ident is not None else item.key
    text = record.get(options.text_field)
    if not isinstance(text, str):
        what = "missing" if options.text_field not in record else f"{_json_kind(text)}, not a string"
        return Failed(item.index, f"field {options.text_field!r} is {what}", "InputError", key)
    url = record.get("url") if isinstance(record.get("url"), str) else options.url
    try:
        doc = cleaner.clean(text, format=options.format, url=url)
    except Exception as exc:  # noqa: BLE001 - a failed record is reported, the stream goes on
        return Failed(item.index, reason_of(exc), type(exc).__name__, key)
    record = annotate_record(
        record, doc, text_field=options.text_field, meta_field=options.meta_field, explain=options.explain
    )
    name = str(ident) if ident is not None else None
    line = json_line(record)
    return Result(item.index, "jsonl", item.source, line, removed_counts(doc), key, name)


# ---------------------------------------------------------------- summary


@dataclass
class Summary:
    """Counts for the closing report: read, cleaned, failed (first few reasons), removals, rate."""

    read: int = 0
    cleaned: int = 0
    failed: int = 0
    skipped: int = 0
    reasons: list[str] = field(default_factory=list)
    removed: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    keep_reasons: int = 5

    def output_failed(self, reason: str) -> None:
        """An output could not be put in place (after its documents were counted)."""
        self.failed += 1
        if len(self.reasons) < self.keep_reasons:
            self.reasons.append(reason)

    def add(self, result: Result | Failed) -> None:
        self.read += 1
        if isinstance(result, Failed):
            self.failed += 1
            if len(self.reasons) < self.keep_reasons:
                self.reasons.append(str(result))
        else:
            self.cleaned += 1
            self.removed.update(result.removed)

    def render(self, elapsed: float | None = None) -> str:
        elapsed = time.monotonic() - self.started if elapsed is None else elapsed
        rate = self.read / elapsed if elapsed > 0 else 0.0
        lines = [
            f"newsclean: {self.read} documents read, {self.cleaned} cleaned, {self.failed} failed"
            f" in {elapsed:.1f} s ({rate:.1f} documents/s)"
        ]
        if self.skipped:
            lines.append(f"  skipped {self.skipped} WARC records that are not HTML responses")
        if self.reasons:
            more = self.failed - len(self.reasons)
            lines.append("  first failures:" if more else "  failures:")
            lines.extend(f"    {r}" for r in self.reasons)
            if more:
                lines.append(f"    ... and {more} more")
        if self.removed:
            total = sum(self.removed.values())
            parts = ", ".join(f"{cat} {n}" for cat, n in sorted(self.removed.items(), key=lambda kv: (-kv[1], kv[0])))
            lines.append(f"  removed {total} blocks: {parts}")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- progress


class Progress:
    """A tqdm bar on stderr, or a plain counter line when tqdm is not installed; or nothing."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.bar: Any = None
        self.enabled = enabled
        self.count = 0
        self.last = 0.0
        self.started = time.monotonic()
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(self, failed: int = 0) -> None:
        if not self.enabled:
            return
        self.count += 1
        if self.bar is not None:
            self.bar.update(1)
            return
        now = time.monotonic()
        if now - self.last >= 0.5:
            self.last = now
            rate = self.count / max(now - self.started, 1e-9)
            sys.stderr.write(f"\r{self.count} documents ({rate:.1f}/s)")
            sys.stderr.flush()

    def message(self, text: str) -> None:
        """Print a line on stderr without tearing the bar."""
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
            return
        if self.enabled and self.count:
            sys.stderr.write("\r\033[K")
            self.last = 0.0
        print(text, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        elif self.enabled and self.count:
            sys.stderr.write("\n")
            self.enabled = False
