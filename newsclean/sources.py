"""Readers for the command: files, directories, stdin, JSONL and WARC; gzip and zstd transparently.

Every reader yields :class:`Item`\\ s, one per document, lazily: a JSONL dump or a
WARC file is streamed, never loaded whole. A problem with one document (an
unreadable file, a bad JSON line, a truncated archive) becomes an ``Item`` with
``error`` set, so it is reported in its place and the run goes on. After the last
document of a JSONL or WARC input comes an ``Item`` of kind ``"end"``, so the
writer knows the input's output is complete.

JSON lines are passed on undecoded: the workers parse them, so the reading
process only splits lines.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .files import TEXT_SUFFIXES, resolved

INPUT_FORMATS = ("auto", "files", "jsonl", "warc")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst", ".jsonl.zstd")
WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.zst", ".arc", ".arc.gz")
COMPRESSED_SUFFIXES = (".gz", ".zst", ".zstd")

_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Item:
    """One document to clean (or the error reading it), and where its output goes.

    ``kind`` is "file", "jsonl", "warc" or "end"; ``source`` is the input it came from
    ("-" for stdin); ``key`` names it in messages ("dump.jsonl:17", a URI).
    """

    index: int
    kind: str
    source: str
    key: str
    data: bytes | str | None = None
    error: str | None = None
    url: str | None = None
    record_id: str | None = None
    date: str | None = None


class Counters:
    """What the readers skipped (non-HTML WARC records), for the summary."""

    def __init__(self) -> None:
        self.skipped = 0


def input_format(name: str, requested: str, jsonl_fields: bool = False) -> str:
    """"files", "jsonl" or "warc" for one input name. Stdin has no suffix: it is JSONL when
    the user named a JSONL field (``jsonl_fields``: ``--text-field``, ``--id-field``)."""
    if requested != "auto":
        return requested
    if name == "-":
        return "jsonl" if jsonl_fields else "files"
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    return "files"


def expand(paths: list[str], pattern: str | None, requested: str = "auto", skip: Path | None = None) -> Iterator[str]:
    """Files as given; directories walked (sorted, recursive) for files we can read, or
    ``pattern``, leaving out the folder ``skip`` (the outputs of ``-o`` inside an input
    folder: a second run must not clean the first run's results)."""
    skip = resolved(skip) if skip is not None else None
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            if pattern:
                found: Iterable[Path] = path.rglob(pattern)
            else:
                found = (f for f in path.rglob("*") if _wanted(f.name, requested))
            below = skip if skip != resolved(path) else None  # "-o" the folder itself: its inputs stay
            yield from (str(f) for f in sorted(found) if _readable(f) and not _inside(f, below))
        else:
            yield p


def _readable(path: Path) -> bool:
    """A file, or a symlink to nothing (dangling, or a loop): reading it then fails in its place,
    as it would given by name, rather than leave it out unnoticed. FIFOs, sockets and devices
    are left out: reading them could block forever."""
    return path.is_file() or path.is_symlink() and not path.exists()


def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and folder in resolved(path).parents


def _wanted(name: str, requested: str) -> bool:
    lower = name.lower()
    if lower.startswith("."):
        return False  # hidden files, and our own temporary files
    if requested == "jsonl":
        return lower.endswith(JSONL_SUFFIXES)
    if requested == "warc":
        return lower.endswith(WARC_SUFFIXES)
    text = lower.endswith(TEXT_SUFFIXES) or any(lower.endswith(s + c) for s in TEXT_SUFFIXES for c in COMPRESSED_SUFFIXES)
    if requested == "files":
        return text
    return text or lower.endswith(JSONL_SUFFIXES) or lower.endswith(WARC_SUFFIXES)


def output_stem(name: str) -> str:
    """The name an input's output is called by: ``dump.jsonl.zst`` -> ``dump``."""
    if name == "-":
        return "stdin"
    base = Path(name).name
    lower = base.lower()
    for suffix in sorted(JSONL_SUFFIXES + WARC_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return base[: -len(suffix)] or base
    for c in COMPRESSED_SUFFIXES:
        if lower.endswith(c):
            base = base[: -len(c)]
            break
    return Path(base).stem or base


@contextmanager
def opened(name: str) -> Iterator[IO[bytes]]:
    """The file (or stdin) as a binary stream, decompressed when it starts with a gzip or zstd header.

    Stdin is read but never closed.
    """
    _refuse_special(name)
    raw: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    try:
        yield _decompressed(raw)
    finally:
        if name != "-":
            raw.close()


#: Already-open descriptors (``newsclean <(curl ...)``, /dev/stdin): pipes the shell connected.
_FD_PATHS = ("/dev/fd/", "/proc/self/fd/", "/dev/stdin")


def _refuse_special(name: str) -> None:
    """A named FIFO with no writer would block forever, a device like /dev/zero never ends:
    only regular files (and descriptors the shell hands over) are read."""
    if name == "-" or name.startswith(_FD_PATHS):
        return
    try:
        mode = os.stat(name).st_mode
    except OSError:
        return  # open() reports it, with its own reason
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise OSError(0, "not a regular file (a FIFO, socket or device)", name)


def _decompressed(raw: IO[bytes]) -> IO[bytes]:
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type,type-var]
    head = buffered.peek(4)[:4]
    if head.startswith(_GZIP_MAGIC):
        return gzip.GzipFile(fileobj=buffered, mode="rb")  # type: ignore[return-value]
    if head.startswith(_ZSTD_MAGIC):
        try:
            import zstandard
        except ImportError:
            raise OSError(0, "zstd-compressed input needs the zstandard package: pip install 'newsclean[zstd]'") from None
        reader = zstandard.ZstdDecompressor().stream_reader(buffered, read_across_frames=True, closefd=False)
        return io.BufferedReader(reader)  # type: ignore[arg-type]
    return buffered


def _reason(exc: BaseException) -> str:
    from .batch import reason_of

    return reason_of(exc)


class Reader:
    """All the inputs of one run, as one stream of :class:`Item`."""

    def __init__(self, names: list[str], requested: str = "auto", jsonl_fields: bool = False) -> None:
        self.names = names
        self.requested = requested
        self.jsonl_fields = jsonl_fields
        self.counters = Counters()
        self._index = 0

    def __iter__(self) -> Iterator[Item]:
        for name in self.names:
            fmt = input_format(name, self.requested, self.jsonl_fields)
            if fmt == "jsonl":
                yield from self._jsonl(name)
            elif fmt == "warc":
                yield from self._warc(name)
            else:
                yield self._file(name)

    def _item(self, kind: str, source: str, key: str, **fields: Any) -> Item:
        item = Item(self._index, kind, source, key, **fields)
        self._index += 1
        return item

    def _end(self, source: str, error: str | None = None) -> Item:
        """The marker after an input's last document; ``error`` when it could not be read at all."""
        return Item(-1, "end", source, source, error=error)

    def _file(self, name: str) -> Item:
        try:
            if name != "-" and Path(name).is_dir():
                raise IsADirectoryError(21, "is a directory", name)
            with opened(name) as fh:
                data = fh.read()
        except (OSError, EOFError, ValueError) as exc:
            return self._item("file", name, name, error=_reason_file(exc))
        return self._item("file", name, name, data=data)

    def _jsonl(self, name: str) -> Iterator[Item]:
        line_no = 0
        unreadable = None
        try:
            with opened(name) as fh:
                for line_no, line in enumerate(fh, 1):
                    if line.strip():
                        yield self._item("jsonl", name, f"{name}:{line_no}", data=line)
        except (OSError, EOFError, ValueError) as exc:
            where = f"{name}:{line_no + 1}" if line_no else name
            reason = f"cannot read: {_reason_file(exc)}"
            unreadable = None if line_no else reason
            yield self._item("jsonl", name, where, error=reason)
        yield self._end(name, unreadable)

    def _warc(self, name: str) -> Iterator[Item]:
        try:
            from warcio.archiveiterator import ArchiveIterator
        except ImportError:
            reason = "WARC input needs warcio: pip install 'newsclean[warc]'"
            yield self._item("warc", name, name, error=reason)
            yield self._end(name, reason)
            return
        n = 0
        unreadable = None
        try:
            with _warc_stream(name) as fh:
                arc = name.lower().endswith((".arc", ".arc.gz"))
                for record in ArchiveIterator(fh, arc2warc=arc):
                    n += 1
                    if not arc and record.format != "warc":
                        raise InputError("not a WARC file (no WARC/1.x record header)")
                    if record.rec_type != "response" or not _is_html(record):
                        self.counters.skipped += 1
                        continue
                    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{n}"
                    try:
                        data = record.content_stream().read()
                    except Exception as exc:  # noqa: BLE001 - a broken record body
                        yield self._item("warc", name, f"{name}: {uri}", error=f"cannot read record: {_reason(exc)}")
                        continue
                    yield self._item(
                        "warc", name, f"{name}: {uri}", data=data, url=uri,
                        record_id=record.rec_headers.get_header("WARC-Record-ID"),
                        date=record.rec_headers.get_header("WARC-Date"),
                    )
        except Exception as exc:  # noqa: BLE001 - warcio raises its own types for corrupt archives
            reason = f"cannot read: {_reason_file(exc)}"
            unreadable = None if n else reason
            yield self._item("warc", name, f"{name} (record {n if isinstance(exc, InputError) else n + 1})", error=reason)
        yield self._end(name, unreadable)


@contextmanager
def _warc_stream(name: str) -> Iterator[IO[bytes]]:
    """warcio reads gzip itself (record by record); zstd we undo first."""
    _refuse_special(name)
    raw: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    try:
        buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type,type-var]
        yield _decompressed(buffered) if buffered.peek(4)[:4].startswith(_ZSTD_MAGIC) else buffered
    finally:
        if name != "-":
            raw.close()


def _is_html(record: Any) -> bool:
    if record.http_headers is None:
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return ctype.split(";")[0].strip() in _HTML_TYPES


def _reason_file(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return _reason(exc)
