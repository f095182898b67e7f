"""newsclean: turn scraped news text, Markdown and HTML into the article a reader came for.

    >>> import newsclean
    >>> doc = newsclean.clean(scraped_text)
    >>> doc.text, doc.metadata.title, doc.removed
"""

from .cleaner import Cleaner, clean
from .config import CATEGORIES, Config
from .document import Caption, Document, Embed, GalleryItem, Metadata, Related, Removal
from .errors import (
    InputError,
    NewscleanError,
    RulePackError,
    TimeBudgetExceeded,
    UnsupportedFormatError,
)

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "Caption",
    "Cleaner",
    "Config",
    "Document",
    "Embed",
    "GalleryItem",
    "InputError",
    "Metadata",
    "NewscleanError",
    "Related",
    "Removal",
    "RulePackError",
    "TimeBudgetExceeded",
    "UnsupportedFormatError",
    "__version__",
    "clean",
]
