"""Where the command's results go: stdout, or files in ``-o DIR``, written atomically.

* a text/Markdown/HTML file gives ``DIR/<stem>.txt`` (or ``.json``), as before;
* a JSONL or WARC input gives one ``DIR/<stem>.jsonl``, streamed to a temporary
  file and renamed into place when the input is finished;
* with ``--split`` every record gives its own ``DIR/<name>.json``, named after its
  id (JSONL) or target URI (WARC).

No name can leave ``DIR`` (separators, ``..``, NUL and over-long names are
neutralised by :func:`record_stem`), and no output ever replaces an input: a
clash gets a ``-2``, ``-3``... suffix instead.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import IO

from .batch import Result
from .files import OUTPUT_MODE, OutputError, resolved, safe_stem, temp_name, write_atomic
from .normalise import fix_surrogates
from .sources import output_stem

#: Bytes allowed for a stem, leaving room for suffixes and temporary-file decorations
#: inside the usual 255-byte limit on a file name.
MAX_STEM_BYTES = 150


def record_stem(name: str) -> str:
    """A file stem for a record id or URI that stays inside its folder.

    The scheme of a URI is dropped; anything but letters, digits, ``-``, ``_`` and
    ``.`` becomes ``_``; leading dots go; a long name is cut (on a character
    boundary, by UTF-8 bytes) and given a hash of the whole name so cut names differ.
    """
    text = name.split("://", 1)[1] if "://" in name[:16] else name
    stem = safe_stem(text.rstrip("/"))
    raw = stem.encode("utf-8")
    if len(raw) > MAX_STEM_BYTES or len(text) > len(stem):
        digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        cut = raw[: MAX_STEM_BYTES - 11].decode("utf-8", "ignore")
        stem = f"{cut}-{digest}"
    return stem


class AtomicFile:
    """A file written through a temporary sibling, renamed into place by ``commit()``. ``open()``
    creates the sibling: its owner holds the object first, so an interrupt at any point between
    (a SIGTERM raises where it lands) finds it and ``abort()`` removes what was made."""

    def __init__(self, path: Path, protected: set[Path]) -> None:
        if resolved(path) in protected:
            raise OutputError(f"{path}: refusing to overwrite an input file")
        self.path = path
        self.protected = protected
        self.tmp = temp_name(path)  # named first: an interrupt can always remove it
        self.fh: IO[str] | None = None

    def open(self) -> AtomicFile:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OUTPUT_MODE)
        self.fh = os.fdopen(fd, "w", encoding="utf-8")
        return self

    def write(self, text: str) -> None:
        assert self.fh is not None, "AtomicFile.open() first"
        self.fh.write(text)

    def commit(self) -> None:
        assert self.fh is not None, "AtomicFile.open() first"
        self.fh.close()
        if resolved(self.path) in self.protected:
            self.abort()
            raise OutputError(f"{self.path}: refusing to overwrite an input file")
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if self.fh is not None:
            self.fh.close()
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


class Sink:
    """Writes results in the order they come; one open streamed file at a time."""

    def __init__(
        self, out_dir: Path | None, protected: set[Path], *, json: bool = False, headers: bool = False,
        split: bool = False,
    ) -> None:
        self.out_dir = out_dir
        self.protected = protected
        self.json = json
        self.headers = headers
        self.split = split
        self.taken: set[Path] = set()
        self.stream: AtomicFile | None = None
        self.stream_source: str | None = None
        self.broken: tuple[str, OSError] | None = None  # an input whose stream could not be opened, and why

    def write(self, result: Result, kind: str, source: str) -> None:
        if self.out_dir is None:
            text = result.text
            if kind == "file" and self.headers and not self.json:
                text = f"==> {fix_surrogates(source)} <==\n{text}\n"  # a file name's undecodable byte
            sys.stdout.write(text)
            sys.stdout.flush()
        elif kind == "file":
            stem = safe_stem(output_stem(source))
            self._write_file(stem, ".json" if self.json else ".txt", result.text)
        elif self.split:
            self._write_file(record_stem(result.name or result.key or "record"), ".json", result.text)
        else:
            self._open(source).write(result.text)

    def end(self, source: str, ok: bool = True) -> None:
        """The input ``source`` is finished: its streamed output (even if empty) goes into place."""
        if self.out_dir is None or self.split:
            return
        if self.broken is not None and self.broken[0] == source:
            self.broken = None  # its records were each reported failed: no second report
            return
        if ok and self.stream_source != source:
            self._open(source)
        if self.stream is not None and self.stream_source == source:
            stream, self.stream, self.stream_source = self.stream, None, None
            stream.commit()

    def close(self) -> None:
        """Abandon a half-written stream (the run was interrupted)."""
        if self.stream is not None:
            self.stream.abort()
            self.stream = None

    def _open(self, source: str) -> AtomicFile:
        if self.broken is not None and self.broken[0] == source:
            raise self.broken[1]  # one try per input: not a new name for every record
        if self.stream_source != source:
            self.close()
            assert self.out_dir is not None
            target = self._claim(safe_stem(output_stem(source)), ".jsonl")
            try:
                self.stream, self.stream_source = AtomicFile(target, self.protected), source
                self.stream.open()  # (held before it is made: close() removes it, however an interrupt falls)
            except OSError as exc:
                self.stream, self.stream_source = None, None
                self.broken = (source, exc)
                raise
        assert self.stream is not None
        return self.stream

    def _write_file(self, stem: str, suffix: str, text: str) -> None:
        target = self._claim(stem, suffix)
        write_atomic(target, text, self.protected)

    def _claim(self, stem: str, suffix: str) -> Path:
        """``DIR/stem.suffix``, or ``stem-2.suffix``... if an input or an earlier output has it."""
        assert self.out_dir is not None
        stem = stem or "document"
        candidate, n = self.out_dir / f"{stem}{suffix}", 1
        while resolved(candidate) in self.taken or resolved(candidate) in self.protected:
            n += 1
            candidate = self.out_dir / f"{stem}-{n}{suffix}"
        self.taken.add(resolved(candidate))
        return candidate
