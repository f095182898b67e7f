"""Shared test setup: hypothesis profiles and paths to the seeds and fixtures."""

from __future__ import annotations

import getpass
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# Rule sets the tests build are cached apart from the user's own (newsclean/rules/store.py);
# the command's runs in subprocesses read them there too.
def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - a container's user may have no name: one folder for all
        return "anyone"


os.environ.setdefault("NEWSCLEAN_CACHE_DIR", os.path.join(tempfile.gettempdir(), f"newsclean-tests-{_user()}"))

settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile(
    "ci", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
# The compiled build's run repeats the suite to check the compiled modules behave as the source
# does; the 1,000-example search has just run on the pure build, so it replays fewer, derandomised.
settings.register_profile(
    "ci-compiled", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile("long", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# The compiled build (setup.py, NEWSCLEAN_MYPYC=1) has no Python source to read and calls its
# functions directly, past module attributes: tests that read source or patch a module's
# function check the pure build, which CI runs.
import pytest  # noqa: E402

import newsclean.classify  # noqa: E402

COMPILED = not (newsclean.classify.__file__ or "").endswith(".py")
pure_only = pytest.mark.skipif(COMPILED, reason="reads source or patches functions: checked on the pure build")
