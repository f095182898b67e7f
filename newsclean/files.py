"""File handling for the command: find inputs, write outputs atomically and safely."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

import regex

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Mode for outputs: what ``open()`` would give. mkstemp's temporary files are 0600,
#: which would leave every output unreadable to the rest of the group.
OUTPUT_MODE = 0o666 & ~_umask()


class OutputError(OSError):
    """An output could not be written where it was asked to go."""


# A lone surrogate cannot be written as UTF-8: a JSON escape in a record's own field
# ("\ud800"), an undecodable byte of a file name (Python's surrogateescape).
_SURROGATE = regex.compile("[" + chr(0xD800) + "-" + chr(0xDFFF) + "]")  # (mypyc takes no surrogate literal)


def json_line(record: dict[str, Any]) -> str:
    """One JSON Lines line, readable UTF-8 always: a record holding a lone surrogate keeps
    it as its ``\\uXXXX`` escape (the same data), never as bytes no reader can decode."""
    line = json.dumps(record, ensure_ascii=False)
    return (json.dumps(record) if _SURROGATE.search(line) else line) + "\n"


def resolved(path: Path) -> Path:
    """``path.resolve()``, or its absolute form when it cannot be resolved (a symlink loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # Python before 3.13 raises RuntimeError on a loop
        return Path(os.path.abspath(path))


def read_input(name: str) -> bytes:
    if name == "-":
        import sys

        return sys.stdin.buffer.read()
    path = Path(name)
    if path.is_dir():
        raise IsADirectoryError(f"{name}: is a directory")
    return path.read_bytes()


def safe_stem(stem: str) -> str:
    """A file name that stays inside its folder: no separators, no dots in front, bounded length."""
    cleaned = "".join(c if (c.isalnum() or c in "-_.") else "_" for c in stem).lstrip(".")
    # Bounded in UTF-8 bytes, not characters: file systems limit names to 255 bytes.
    return (cleaned or "document").encode("utf-8")[:150].decode("utf-8", "ignore") or "document"


def temp_name(path: Path) -> Path:
    """A hidden, unique sibling of ``path`` for writing before the rename."""
    return path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"


def write_atomic(path: Path, data: str, protected: set[Path]) -> None:
    """Write via a temporary file and rename, so no reader ever sees half a file.

    Refuses to replace any path in ``protected`` (the inputs).
    """
    target = resolved(path)
    if target in protected:
        raise OutputError(f"{path}: refusing to overwrite an input file")
    path.parent.mkdir(parents=True, exist_ok=True)
    # The name is chosen before the file exists, so an interrupt (Ctrl-C) at any point
    # after this line still knows what to remove.
    tmp = temp_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OUTPUT_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
