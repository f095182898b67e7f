"""Compiled rule sets kept on disk between runs.

Building the rule set compiles some eight hundred patterns (the regex module parses each in
Python) and reads each for its gates: about 2.5 s, paid by every ``newsclean`` command and
every worker a spawn or forkserver pool starts, for a few milliseconds of cleaning a page.
A pickled rule set loads in a few tens of milliseconds: the regex module pickles a pattern's
compiled code, not its source.

The file's name is a digest of everything the rule set is made of: the packs' texts, the
rules switched off, newsclean's own code, the Python and regex versions. Anything changed is
a new name, so a stale set is never read; a file that will not load is rebuilt; the cache
failing to write (a read-only home) costs the rebuild and nothing else.

``NEWSCLEAN_CACHE_DIR`` moves the cache (default: the user's cache folder); set to ``off``,
nothing is read or written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import regex

FORMAT = 1  # bump when what is pickled changes in a way the code digest would not show
KEEP = 8  # rule-set files kept; older ones are removed when a new one is written
_CODE_SUFFIXES = (".py", ".so", ".pyd")

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where rule sets are kept, or None when the cache is off."""
    setting = os.environ.get("NEWSCLEAN_CACHE_DIR", "")
    if setting.strip().lower() == "off":
        return None
    if setting:
        return Path(setting)
    try:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        elif sys.platform == "darwin":
            base = str(Path.home() / "Library" / "Caches")
        else:
            base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except (RuntimeError, KeyError):  # no home to be found (a service account): no cache
        return None
    return Path(base) / "newsclean"


def digest(sources: Sequence[tuple[str, str]], disabled: frozenset[str]) -> str:
    h = hashlib.sha256()
    for part in (str(FORMAT), sys.version, regex.__version__, str(pickle.HIGHEST_PROTOCOL), _code_digest()):
        h.update(part.encode() + b"\0")
    for name, text in sources:
        h.update(name.encode() + b"\0" + text.encode("utf-8", "surrogatepass") + b"\0")
    h.update("\0".join(sorted(disabled)).encode())
    return h.hexdigest()


_code: str | None = None


def _code_digest() -> str:
    """newsclean's own code, file by file: an edit, an upgrade or a compiled build is a new set."""
    global _code
    if _code is None:
        package = Path(__file__).resolve().parent.parent
        h = hashlib.sha256()
        for path in sorted(p for p in package.rglob("*") if p.suffix in _CODE_SUFFIXES):
            h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
        _code = h.hexdigest()
    return _code


def cached(key: str, build: Callable[[], T], kind: type) -> T:
    """``build()``'s result, read from the cache when it holds one for ``key``, else built
    and written there."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"rules-{key[:40]}.pickle"
    found = _read(path, kind)
    if found is not None:
        return found  # type: ignore[no-any-return]
    made = build()  # a pack that fails raises here, and nothing is written
    _write(folder, path, made)
    return made


def _read(path: Path, kind: type) -> Any:
    try:
        with open(path, "rb") as f:
            if not _trusted(os.fstat(f.fileno())):
                return None
            found = pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, truncated or from another build: rebuild
        return None
    return found if isinstance(found, kind) else None


def _trusted(st: os.stat_result) -> bool:
    """A pickle runs code as it loads: only a file this user owns that nobody else may write."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the user's own local app data
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _write(folder: Path, path: Path, value: Any) -> None:
    tmp = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".rules-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # whole or absent: another process may be reading
        tmp = None
        _prune(folder, path)
    except Exception:  # noqa: BLE001 - no cache is only slower
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _prune(folder: Path, newest: Path) -> None:
    """Keep the KEEP most recent sets: each code edit or upgrade leaves one behind."""
    files = sorted(folder.glob("rules-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        if old != newest:
            old.unlink(missing_ok=True)
