"""The shapes of photo captions and credits: "FILE - ...", "Photo: ...", "... (Jo Lee via
Wire)", "... Photograph: Name/Agency", "Photo by Name / Site", "... Credit: via the family".
Read by `timeline.furniture`, which holds the rules and their examples; none names an outlet,
an agency or a person.
"""

from __future__ import annotations

import re

__all__ = ["is_caption"]


#: A caption's opening: "FILE - ...", "FILE PHOTO: ...", "Photo: ...", "Image credit: ...".
_CAPTION_START = re.compile(
    r"(?:FILE(?:\s+PHOTO)?\s*(?:-|–|—|:)|(?:Photo|Image|Picture|Pictured|Caption|Credit|"
    r"Photograph|Illustration)(?:\s+credits?)?\s*:)"
)
#: A caption's credit at the end of its line: "(Jo Lee via AP)", "(AP Photo/Jo Lee)",
#: "Photograph: Name/Agency", "(Photo by Name/Agency)", "AGENCY PHOTO / Name".
_CAPTION_END = re.compile(
    r"\((?:[A-Z][\w.'’-]*\s+){1,4}via\s+[A-Z][\w.&' -]{0,30}\)$"
    r"|\((?:[A-Z][\w.'’-]*\s+)*Photo(?:graph)?\s*/\s*[A-Z][^)\n]{0,40}\)$"
    r"|[.!?]\s+(?:Photograph|Photo|Picture|Illustration|Image)s?(?:\s+by)?\s*:\s*[A-Z][^\n]{0,60}$"
    r"|\([^()\n]{0,60}\b(?:[Pp]hoto|PHOTO)(?:graph)?\s+by\s+[A-Z][^()\n]{0,60}\)$"
    r"|[.!?]\s+[A-Z]{2,}\s+PHOTO\s*/\s*[A-Z][^\n]{0,40}$"
)


#: A credit line of its own, no full stop: "Photo by Name / Site", "Pictures courtesy of ...".
_PHOTO_BY = re.compile(
    r"(?:Photo(?:graph)?|Picture|Image|Illustration)s?\s+"
    r"(?:by|courtesy\s+of|(?:supplied|provided)\s+by)\s+[A-Z]"
    r"[^\n]{0,80}(?<![.!?])"
)
#: A caption's credit after its sentence: "... on Monday. Credit: via the family", "... on
#: Monday. (Newsroom: Jo Lee)" (a source or a note in brackets is the story's).
_CREDIT_END = re.compile(
    r"[.!?]\s+(?:(?:Photo|Image|Picture)\s+)?[Cc]redits?\s*:\s*\S[^\n]{0,60}$"
    r"|[.!?]\s+\((?!(?:Sources?|Notes?)\s*:)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?:\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\)$"
)


def is_caption(line: str) -> bool:
    """A photo's caption or credit line: "FILE - ...", "... (Jo Lee via Wire)", "Photo by Name /
    Site", "... Credit: via the family"."""
    return (
        _CAPTION_START.match(line) is not None
        or _CAPTION_END.search(line) is not None
        or _PHOTO_BY.fullmatch(line) is not None
        or _CREDIT_END.search(line) is not None
    )
