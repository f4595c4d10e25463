"""Where the dateline is among the head's candidates: the first match of a dateline's pattern
outside the lines of furniture found before it, and not a desk's slug in capitals that a
dateline's pattern also matches ("CONTINENTAL PRESS — SPORTS WIRE — ISTANBUL BUREAU" over
"ISTANBUL, Oct. 12 (CP) — The federation ...").
"""

from __future__ import annotations

import re

from timeline.furniture.kinds import Furniture

__all__ = ["first_outside"]


def first_outside(
    pattern: re.Pattern[str], head: str, lines: list[Furniture]
) -> re.Match[str] | None:
    """The first match of a dateline's pattern that starts outside the lines of furniture
    ("FILE - ..."), searched again past a line it started in ("BC-Fraud-Trial" over "MARLOW,
    Kent (Wire) _ ") or past a desk's slug in capitals (`_runs_into_prose`)."""
    position = 0
    while (match := pattern.search(head, position)) is not None:
        inside = next((f for f in lines if f.start <= match.start() < f.end), None)
        if inside is None:
            return (
                match if _runs_into_prose(head, match.end()) else _under_slug(pattern, head, match)
            )
        position = inside.end
    return None


def _under_slug(pattern: re.Pattern[str], head: str, slug: re.Match[str]) -> re.Match[str]:
    """The dateline opening the line right under a desk's slug in capitals that a dateline's
    pattern matched ("ISTANBUL, Oct. 12 (CP) — The federation ..." under "CONTINENTAL PRESS —
    SPORTS WIRE — ISTANBUL BUREAU"), when it runs into prose; else the slug's match, as
    before (a line further down may be a label: "READER: ...")."""
    line_end = head.find("\n", slug.end())
    if line_end < 0:
        return slug
    under = pattern.match(head, line_end + 1)
    if under is not None and _runs_into_prose(head, under.end()):
        return under
    return slug


def _runs_into_prose(head: str, end: int) -> bool:
    """Whether the rest of the line after a dateline's match holds a word in lower case, as
    the story's first sentence does: "CONTINENTAL PRESS — SPORTS WIRE — ISTANBUL BUREAU", a
    desk's slug in capitals, is no dateline ("ISTANBUL, Oct. 12 (CP) — The federation ..."
    on the next line is). A dateline alone on its line runs into the next.

    >>> _runs_into_prose("WIRE — SPORTS — BUREAU\\nLIMA (AP) — The bank", 7)
    False
    >>> _runs_into_prose("LIMA (AP) — The bank rose", 12), _runs_into_prose("LIMA —\\nThe bank", 6)
    (True, True)
    """
    line_end = head.find("\n", end)
    rest = head[end : line_end if line_end >= 0 else len(head)]
    return not rest.strip() or any(c.islower() for c in rest)
