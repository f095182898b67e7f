"""The one settings object. Frozen, hashable, documented field by field."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

#: Every category a block can be given, besides "body". Dateline and note blocks stay
#: in the body by design (they are part of the article) and are also put in metadata.
CATEGORIES: tuple[str, ...] = (
    "title",  # the headline, and a repeated headline or alt text
    "subtitle",  # the standfirst under the headline
    "byline",  # author, agency and date lines
    "caption",  # photo captions and credits
    "gallery",  # photo gallery slides and their chrome
    "donation",  # donation and membership appeals
    "advertisement",  # ad slots, sponsored labels, ad-blocker prompts
    "newsletter",  # newsletter sign-up boxes
    "paywall",  # subscription and log-in prompts
    "share",  # share and follow buttons
    "related",  # related and recommended article links
    "embed",  # embedded tweets and posts
    "navigation",  # menus, breadcrumbs, tag lists, pagination
    "legal",  # copyright, terms, cookie and consent notices
    "comment",  # reader comments and their chrome
    "chrome",  # interface words: close buttons, "Read more", "Continue"
    "url",  # "Original url: <...>" lines
    "boilerplate",  # short non-prose blocks outside the article's run, found by features
)

#: Categories that are recorded in metadata but stay in the body.
KEPT_CATEGORIES: frozenset[str] = frozenset({"dateline", "note"})

OutputFormat = Literal["text", "markdown"]


@dataclass(frozen=True)
class Config:
    """How a :class:`~newsclean.Cleaner` cleans.

    Hashable: ``clean(..., config=c)`` keeps one Cleaner per Config (see ``cleaner_for``).

    Attributes:
        remove: categories to take out of the body; ``None`` means all of ``CATEGORIES``.
        keep: categories to leave in the body even when ``remove`` names them; their
            metadata (captions, embeds, related links) is still collected.
        rule_packs: extra TOML rule packs (paths) loaded after the built-in ones.
        disable_rules: rule and region ids to switch off (built-in or from extra packs); an id
            no loaded pack defines is a :class:`~newsclean.errors.RulePackError` when the
            Cleaner is built, so a misspelt id does not leave its rule on unnoticed.
        keep_embeds: leave embedded posts (tweets) in the body; they go to metadata either way.
        keep_captions: leave photo captions in the body; they go to metadata either way.
        output: "text" strips Markdown markup from the body (a list item keeps a "- " bullet),
            "markdown" keeps it.
        time_budget: seconds one document may take; past it the document fails with
            :class:`~newsclean.errors.TimeBudgetExceeded`. ``None`` means no limit.
        regex_timeout: seconds one pattern may run on one block before it is abandoned
            (a safety net against pathological input; the block is then left unlabelled).
            A document on which any pattern was abandoned so raises a ``RuntimeWarning``
            (shown once, by Python's warning filter): a value far below the default leaves
            nearly every rule unmatched (at 1 µs the regex module's own set-up runs out).
    """

    remove: frozenset[str] | None = None
    keep: frozenset[str] = field(default_factory=frozenset)
    rule_packs: tuple[Path, ...] = ()
    disable_rules: frozenset[str] = field(default_factory=frozenset)
    keep_embeds: bool = False
    keep_captions: bool = False
    output: OutputFormat = "text"
    time_budget: float | None = None
    regex_timeout: float = 1.0

    def __post_init__(self) -> None:
        # Accept any iterable for the set-like fields, so Config(keep={"caption"}) works,
        # and one name for one ("caption" is not the letters c, a, p ...).
        for name in ("keep", "disable_rules", "remove"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, frozenset([value] if isinstance(value, str) else value))
        packs = self.rule_packs
        object.__setattr__(self, "rule_packs", tuple(Path(p) for p in ([packs] if isinstance(packs, (str, Path)) else packs)))
        for name in ("keep_embeds", "keep_captions"):
            if not isinstance(getattr(self, name), bool):  # "no" would be read as True
                raise ValueError(f"{name} must be True or False, not {getattr(self, name)!r}")
        if self.output not in ("text", "markdown"):
            raise ValueError(f"output must be 'text' or 'markdown', not {self.output!r}")
        for name in ("time_budget", "regex_timeout"):
            limit = getattr(self, name)
            if limit is not None and (isinstance(limit, bool) or not isinstance(limit, (int, float)) or not limit > 0):
                raise ValueError(f"{name} must be a positive number of seconds, not {limit!r}")  # also NaN, "5"
        unknown = (set(self.remove or ()) | set(self.keep)) - set(CATEGORIES)
        if unknown:
            raise ValueError(f"unknown categories: {', '.join(sorted(unknown))}")

    def removes(self, category: str) -> bool:
        """True when blocks of this category leave the body."""
        if category in ("body",) or category in KEPT_CATEGORIES:
            return False
        if category in self.keep:
            return False
        if category == "embed" and self.keep_embeds:
            return False
        if category == "caption" and self.keep_captions:
            return False
        return self.remove is None or category in self.remove

    def replace(self, **changes: object) -> Config:
        return replace(self, **changes)  # type: ignore[arg-type]
