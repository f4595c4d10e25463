"""News furniture: the parts of an article that are not its story (datelines, bylines and their
timestamps, credit lines, photo captions and credits), found as spans so that the stages can
leave them out without moving an offset.

    >>> text = "LIMA, Peru (AP) — Floods hit the coast on Tuesday.\\n\\nReporting by Ana Ruiz"
    >>> [(f.kind.value, text[f.start:f.end]) for f in furniture(text)]
    [('dateline', 'LIMA, Peru (AP) — '), ('credit', 'Reporting by Ana Ruiz')]

A dateline's date still tells when the story was filed (`timeline.published` reads it); its
city and agency are no actors and it is no event. A caption's date is the photo's, not the
story's: a later sentence must not inherit it. Each rule below is one pattern with its examples;
none names an outlet or an agency: they are recognised by their shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Furniture", "FurnitureKind", "blank", "furniture", "without_furniture"]


class FurnitureKind(StrEnum):
    """What a piece of furniture is."""

    DATELINE = "dateline"  # "WASHINGTON, Oct 23 (Reuters) - " before the first sentence
    BYLINE = "byline"  # "By Jane Doe, Staff Writer", "Published 10:15 a.m. ET Oct. 23, 2023"
    CREDIT = "credit"  # "Reporting by ...; Editing by ..."
    CAPTION = "caption"  # "FILE - ...", a photo credit "(Name via Agency)"


@dataclass(frozen=True, slots=True)
class Furniture:
    """A span of furniture in a text: [start, end) and its kind."""

    start: int
    end: int
    kind: FurnitureKind


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
_DASH = r"\s*(?:--|[-–—])\s+"
#: A place in capitals, a region after a comma, a date, a source in parentheses, a dash:
#: "WASHINGTON, Oct 23 (Reuters) - ", "LIMA, Peru (AP) — ", "NEW YORK — ".
_SOURCE = r"\s*\([A-Z][\w&.'’/ -]{0,30}\)"
_CAPITAL_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Z'’-]+\.?(?:[ -][A-Z][A-Z'’-]+\.?){{0,3}}"
    rf"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?"
    rf"(?:,?\s+{_DATE})?(?:{_SOURCE})?(?:,?\s+{_DATE})?{_DASH}(?=[\"“‘A-Z0-9])",
    re.MULTILINE,
)
#: A place in ordinary case needs its source in parentheses: "Beijing (AFP) Dec 20, 2009 - ".
_SOURCED_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,3}}"
    rf"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?"
    rf"{_SOURCE}(?:,?\s+{_DATE})?{_DASH}(?=[\"“‘A-Z0-9])",
    re.MULTILINE,
)
#: A line that is only a byline or a stamp: "By Jane Doe and John Roe, Staff Writers",
#: "By JANE DOE | October 23, 2023", "Published 10:15 a.m. ET, Mon October 23, 2023".
_BYLINE = re.compile(
    r"^[ \t]*(?:By|BY)\s+[A-Z][\w.'’-]*"
    r"(?:(?:\s*[,|&/]\s*|\s+)(?:and\s+)?[A-Z0-9][\w.:'’&/-]*){0,12}[ \t]*$"
    r"|^[ \t]*(?:Published|Updated|Posted|Last updated|First published|Modified)"
    r"(?:\s+on)?:?\s+[\w.,:/| -]{4,80}$",
    re.MULTILINE,
)
#: "Reporting by Ana Ruiz; Editing by Tom Roe", "(Additional reporting by Jo Lee)".
_CREDIT = re.compile(
    r"^[ \t]*\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
    r"[Ee]dited|[Pp]roduced)\s+by\s+[A-Z][^\n]{0,200}$",
    re.MULTILINE,
)
#: "FILE - Residents wade through ... (Jo Lee via AP)", "FILE PHOTO: ...", "Photo: ...",
#: and any line ending with a photo credit: "(AP Photo/Jo Lee)", "(Jo Lee/Agency)".
_CAPTION = re.compile(
    r"^[ \t]*(?:FILE(?:\s+PHOTO)?\s*(?:-|–|—|:)|(?:Photo|Image|Picture|Pictured|Caption|"
    r"Credit|Photograph)\s*:)[^\n]*$"
    r"|^[^\n]*\((?:[A-Z][\w.'’-]*\s+){1,4}via\s+[A-Z][\w.&' -]{0,30}\)[ \t]*$"
    r"|^[^\n]*\((?:[A-Z][\w.'’-]*\s+)*Photo(?:graph)?\s*/\s*[A-Z][^)\n]{0,40}\)[ \t]*$",
    re.MULTILINE,
)
_LINE_RULES = (
    (FurnitureKind.BYLINE, _BYLINE),
    (FurnitureKind.CREDIT, _CREDIT),
    (FurnitureKind.CAPTION, _CAPTION),
)
#: A dateline opens one of the first paragraphs only.
DATELINE_REACH = 1200


def furniture(text: str) -> list[Furniture]:
    """The furniture of `text`, sorted, not overlapping.

    >>> text = "By Jane Doe, Staff Writer\\n\\nNEW YORK — Stocks fell on Monday."
    >>> [(f.kind.value, text[f.start:f.end]) for f in furniture(text)]
    [('byline', 'By Jane Doe, Staff Writer'), ('dateline', 'NEW YORK — ')]
    >>> furniture("U.S. - China talks resumed on Monday, officials said.")
    []
    """
    found: list[Furniture] = []
    for kind, pattern in _LINE_RULES:
        for match in pattern.finditer(text):
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            if match.end() > start:
                found.append(Furniture(start, match.end(), kind))
    lines = list(found)
    head = text[:DATELINE_REACH]
    datelines = [
        match
        for pattern in (_CAPITAL_DATELINE, _SOURCED_DATELINE)
        for match in pattern.finditer(head)
        if not any(line.start <= match.start() < line.end for line in lines)  # "FILE - ..."
    ]
    if datelines:
        first = min(datelines, key=lambda match: match.start())
        found.append(Furniture(first.start(), first.end(), FurnitureKind.DATELINE))
    kept: list[Furniture] = []
    for piece in sorted(found, key=lambda f: (f.start, -f.end)):
        if not kept or piece.start >= kept[-1].end:
            kept.append(piece)
    return kept


def blank(text: str) -> str:
    """`text` as spaces of the same length, its line ends kept (offsets never move).

    >>> blank("By Jo\\nLee")
    '     \\n   '
    """
    return "".join(c if c == "\n" else " " for c in text)


def without_furniture(text: str) -> str:
    """`text` with its furniture blanked (spaces; line ends kept), every offset unchanged.

    >>> without_furniture("FILE - A photo on May 2, 2019.\\nTalks ended.")
    '                              \\nTalks ended.'
    """
    pieces = furniture(text)
    if not pieces:
        return text
    parts: list[str] = []
    position = 0
    for piece in pieces:
        parts.append(text[position : piece.start])
        parts.append(blank(text[piece.start : piece.end]))
        position = piece.end
    parts.append(text[position:])
    return "".join(parts)
