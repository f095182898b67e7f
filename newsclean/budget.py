"""The per-document time budget (``Config.time_budget``), checked cooperatively.

``Cleaner.clean`` opens a budget with :func:`running`; the long loops of the pipeline
(segmenting, features, rules) call :func:`check` every few thousand blocks, so a
huge document fails with :class:`~newsclean.errors.TimeBudgetExceeded` soon after
its budget runs out instead of at the end of a stage. Outside a budget ``check``
costs one context-variable read.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import TimeBudgetExceeded

#: How many loop iterations pass between two looks at the clock.
EVERY = 2048

_deadline: ContextVar[float | None] = ContextVar("newsclean_deadline", default=None)
_timeouts: ContextVar[list[int] | None] = ContextVar("newsclean_timeouts", default=None)


def timed_out() -> None:
    """Count a pattern abandoned at ``Config.regex_timeout`` in the current document."""
    count = _timeouts.get()
    if count is not None:
        count[0] += 1


def check() -> None:
    """Raise TimeBudgetExceeded when the current document's budget has run out."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise TimeBudgetExceeded("document exceeded Config.time_budget")


@contextmanager
def running(deadline: float | None) -> Iterator[list[int]]:
    """Make ``deadline`` (a ``time.monotonic()`` value, or None) the current document's;
    yields the document's count of timed-out patterns (see :func:`timed_out`)."""
    count = [0]
    token, counted = _deadline.set(deadline), _timeouts.set(count)
    try:
        yield count
    finally:
        _deadline.reset(token)
        _timeouts.reset(counted)
