"""The exceptions newsclean raises. Everything else is a bug."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class: every error newsclean raises on purpose derives from it."""


class InputError(NewscleanError, ValueError):
    """The input cannot be read as text (binary data, undecodable bytes, wrong format)."""


class UnsupportedFormatError(InputError):
    """The input's format is known but not handled here."""


class TimeBudgetExceeded(NewscleanError, TimeoutError):
    """Cleaning one document took longer than ``Config.time_budget`` seconds."""


class RulePackError(NewscleanError):
    """A rule pack (TOML) is malformed: not TOML, an unknown field or category, a value of
    the wrong type, a bad pattern, an id defined twice; or ``disable_rules`` names an id
    that no loaded pack defines."""
