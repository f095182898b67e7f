"""The rule-set cache (newsclean/rules/store.py): a set read back cleans as the set built,
anything that makes the set different makes a new file, and a cache that cannot be read or
written only costs the build."""

from __future__ import annotations

import gzip
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES

from newsclean import Cleaner
from newsclean import rules as rules_mod
from newsclean.errors import RulePackError
from newsclean.rules import RuleSet, load, store

PACK = '''category = "advertisement"
[[rule]]
id = "test-sponsor"
match = "whole"
patterns = ["sponsored by acme"]
'''


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the rule sets built (rather than read from the cache)."""
    count: list[int] = []
    real = rules_mod._build

    def counted(*args: object) -> RuleSet:
        count.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(rules_mod, "_build", counted)
    return count


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("rules-*.pickle"))


def _documents() -> list[tuple[str, str]]:
    sample = FIXTURES / "wcxb-sample"
    pages = [("text", p.read_text(encoding="utf-8")) for p in sorted(sample.glob("*.visible.txt"))[:6]]
    pages += [("markdown", p.read_text(encoding="utf-8")) for p in sorted(sample.glob("*.markdown.md"))[:6]]
    pages += [("html", gzip.decompress(p.read_bytes()).decode("utf-8", "replace")) for p in sorted(sample.glob("*.html.gz"))[:4]]
    return pages


def test_a_set_read_back_cleans_as_the_set_built(cache: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", "off")
    built = Cleaner()
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(cache))
    Cleaner()  # builds and writes
    read = Cleaner()
    assert len(builds) == 2 and len(_files(cache)) == 1
    assert [r.id for r in read.rules.rules] == [r.id for r in built.rules.rules]
    docs = _documents()
    assert len(docs) >= 12
    for fmt, text in docs:
        assert read.clean(text, format=fmt).to_json() == built.clean(text, format=fmt).to_json()


def test_off_reads_and_writes_nothing(cache: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", "off")
    load()
    load()
    assert len(builds) == 2 and not cache.exists()


def test_a_changed_pack_or_switched_off_rule_is_a_new_set(cache: Path, builds: list[int], tmp_path: Path) -> None:
    pack = tmp_path / "mine.toml"
    pack.write_text(PACK, encoding="utf-8")
    load((pack,))
    load((pack,))
    assert len(builds) == 1
    pack.write_text(PACK.replace("acme", "globex"), encoding="utf-8")
    changed = load((pack,))
    assert len(builds) == 2
    assert "globex" in next(r for r in changed.rules if r.id == "test-sponsor").pattern.pattern
    load((pack,), frozenset({"test-sponsor"}))
    assert len(builds) == 3 and len(_files(cache)) == 3


def test_a_new_code_digest_is_a_new_set(cache: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    load()
    monkeypatch.setattr(store, "_code", "an edited newsclean")
    load()
    assert len(builds) == 2 and len(_files(cache)) == 2


def test_a_broken_file_is_rebuilt_and_replaced(cache: Path, builds: list[int]) -> None:
    load()
    (path,) = _files(cache)
    path.write_bytes(b"\x80\x05not a pickle")
    assert load().rules and len(builds) == 2
    assert isinstance(pickle.loads(path.read_bytes()), RuleSet)
    path.write_bytes(pickle.dumps(["not", "a", "rule set"]))
    assert load().rules and len(builds) == 3


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_file_others_may_write_is_not_read(cache: Path, builds: list[int]) -> None:
    load()
    (path,) = _files(cache)
    path.chmod(0o666)
    load()
    assert len(builds) == 2


def test_an_unwritable_cache_only_costs_the_build(tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSCLEAN_CACHE_DIR", str(blocker / "cache"))
    assert load().rules and load().rules
    assert len(builds) == 2 and blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_bad_pack_raises_and_writes_nothing(cache: Path, tmp_path: Path) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text(PACK.replace("sponsored by acme", "(unclosed"), encoding="utf-8")
    with pytest.raises(RulePackError):
        load((pack,))
    assert not _files(cache) and not list(cache.glob(".rules-*"))


def test_only_the_newest_sets_are_kept(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "KEEP", 2)
    for i in range(4):
        store.cached(f"{i:040d}", lambda: RuleSet(), RuleSet)
        os.utime(cache / f"rules-{i:040d}.pickle", (1000 + i, 1000 + i))
    store.cached("9" * 40, lambda: RuleSet(), RuleSet)
    assert [p.name[-8] for p in _files(cache)] == ["3", "9"]


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSCLEAN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = store.cache_dir()
    assert folder is not None and folder.name == "newsclean"
    if sys.platform not in ("win32", "darwin"):
        assert folder.parent == tmp_path


def test_the_command_writes_the_set_once_and_then_reads_it(cache: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("A short article. It has two sentences.", encoding="utf-8")
    env = {**os.environ, "NEWSCLEAN_CACHE_DIR": str(cache)}
    stamps = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "newsclean.cli", str(page)], capture_output=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        assert b"two sentences" in done.stdout
        stamps += [p.stat().st_mtime_ns for p in _files(cache)]
    assert len(stamps) == 2 and stamps[0] == stamps[1]  # one file, read the second time, not written again


def test_the_commands_help_names_the_cache_setting() -> None:
    from newsclean.cli import parser

    assert "NEWSCLEAN_CACHE_DIR=off" in " ".join(parser().format_help().split())


def test_no_home_to_be_found_means_no_cache(monkeypatch: pytest.MonkeyPatch, builds: list[int]) -> None:
    def homeless() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("NEWSCLEAN_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(homeless))
    assert store.cache_dir() is None
    assert load().rules and len(builds) == 1


def test_the_gates_pickle_whole() -> None:
    # __reduce__ lists the fields by hand (the compiled build's frozen classes need it): a field
    # added to a class must be added there too, or a set read back would lose it.
    import dataclasses

    from newsclean.rules import gate

    assert [f.name for f in dataclasses.fields(gate.Gate)] == [
        "first", "min_len", "max_len", "needles", "digit", "ends", "starts"]
    assert [f.name for f in dataclasses.fields(gate.ModeGates)] == [
        "gates", "alts", "anchored", "named", "limits", "words_cap", "shortlists", "split_lists", "by_head", "opens", "index"]
    rules = load()
    for mode, mg in rules.gates.items():
        back = pickle.loads(pickle.dumps(mg))
        assert (back.gates, back.alts, back.anchored, back.named, back.limits, back.words_cap) == (
            mg.gates, mg.alts, mg.anchored, mg.named, mg.limits, mg.words_cap), mode
        assert back.index is not None and mg.index is not None and back.index.words == mg.index.words
