"""The publisher named by a page's copyright line: "© 2025 Example News. All rights reserved."

A text scrape keeps no og:site_name, but its footer usually names who owns the page. The
holder is read as the source when nothing else names one (metadata._build). Company forms
("LLC", "Inc.") are dropped: the source is the publication, "Wine Folly", not "Wine Folly Inc.".
"""

from __future__ import annotations

import regex

# The claim and what precedes the holder: "Copyright © 2000-2025", "(c) 2024,", "©2025 by".
_CLAIM = regex.compile(
    r"^.*?(?:(?:©|\(c\)|℗|\bcopyrights?\b)[\s:,.]*)+"
    r"(?:\d{4}(?:\s*[-–—/]\s*(?:\d{4}|present|today))?[\s,.]*)?(?:by\s+)?",
    regex.I,
)
# Rights reserved, in the languages the legal rules read: "All rights reserved", "Tous droits réservés".
_RESERVED = (
    r"\ball\s+rights\s+reserved\b|\btous\s+droits\b|\balle\s+rechte\b|\btodos\s+los\s+derechos\b"
    r"|\btodos\s+os\s+direitos\b|\btutti\s+i\s+diritti\b|\briproduzione\s+riservata\b|\balle\s+rechten\b"
)
# A footer's claim is dated or reserves rights; a bare "© Jane Roe" is a photo's credit and
# "Copyright Guidelines" a link.
_FOOTER = regex.compile(rf"\b(?:19|20)\d{{2}}\b|{_RESERVED}", regex.I)

# Where the holder's name ends: "All rights reserved", a separator, a sentence, a second
# claim, a company's added words ("powered by StackCommerce", "a subsidiary of ...").
_END = regex.compile(
    rf"\s*(?:{_RESERVED}"
    r"|[|•·;]|\s[-–—]\s|(?<!\b(?:inc|ltd|co|corp|llc|s\.a|l\.l\.c))\.(?:\s|$)|,?\s+(?:powered|owned|operated)\s+by\b"
    r"|,?\s+(?:a|an)\s+(?:subsidiary|division|part|member)\s+of\b|\s+\d{4}\b|©|\bcopyright\b|\bissn\b|https?:|www\.).*$",
    regex.I,
)
# A company's form after its name, repeated: "Penske Media Corporation", "Acme, Inc.".
_FORM = regex.compile(
    r"(?:,?\s+(?:llc|l\.l\.c\.?|inc\.?|incorporated|ltd\.?|limited|gmbh|ag|s\.a\.?|sas|plc|corp\.?|corporation"
    r"|co\.|company|pty|llp|lp)\b\.?|[®™]|\s+\d{4})+\s*$",
    regex.I,
)
_NAME = regex.compile(r"^(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.+\-/ ]*$")
MAX_WORDS = 6


def holder(line: str) -> str | None:
    """The name a copyright line claims the page for, or None (a person list, a sentence,
    a bare claim)."""
    m = _CLAIM.match(line)
    if m is None or not _FOOTER.search(line):
        return None
    rest = line[m.end() :]
    rest = _END.sub("", rest).strip(" ,.:-–—")
    rest = _FORM.sub("", rest).strip(" ,.:-–—")
    words = rest.split()
    if not words or len(words) > MAX_WORDS or rest.count(",") or not _NAME.match(rest):
        return None
    if words[0].lower() in _NOT_A_NAME or _PICTURES.search(rest):
        return None
    return rest


# A picture library's claim under the last photo is the photo's credit, not the page's.
_PICTURES = regex.compile(
    r"\b(?:getty\s+images|shutterstock|istock(?:photo)?|alamy|dreamstime|unsplash|pexels|adobe\s+stock|depositphotos"
    r"|123rf|corbis|wikimedia\s+commons|pixabay)\b",
    regex.I,
)
# What follows a claim that names no one: "Copyright notice", "© All rights reserved" (cut),
# "Copyright Policy".
_NOT_A_NAME = frozenset({"notice", "policy", "information", "info", "statement", "and", "this", "all"})
