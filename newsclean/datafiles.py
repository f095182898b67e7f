"""The package's data files (``newsclean/data/*.toml``): word lists and patterns kept as data."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@cache
def load(name: str) -> dict[str, Any]:
    """One data file parsed, once per process (``load("dates.toml")``); callers only read it."""
    return tomllib.loads((resources.files("newsclean") / "data" / name).read_text(encoding="utf-8"))
