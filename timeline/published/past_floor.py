"""The latest year a story names in a past clause: the story was written after it, so a
weekday-bearing date placed in an earlier year is placed wrong (stop 36, helper `furniture6`;
read by `timeline.published` when it places a story's weekdays in a year).
"""

from __future__ import annotations

import re

from timeline.temporal.tense import clause_tense

__all__ = ["YEAR_RE", "future_years", "past_floor"]

#: A year written in a story: "1962", "2003" (not a figure such as "1,962" or "$2003").
YEAR_RE = re.compile(r"(?<![\w$.,])(?:19|20)\d\d(?![\w%]|[.,]\d)")


def past_floor(story: str) -> int | None:
    """The latest year the story names in a past clause ("The levee was completed in 1962"):
    the story was written after it, so a weekday-bearing date placed in an earlier year is
    placed wrong (stop 36; a year in a clause of the future, "was due to open in 2027", is
    none).

    >>> past_floor("The levee was completed in 1962. It is due to reopen in 2027.")
    1962
    >>> past_floor("The levee is due to reopen in 2027.") is None
    True
    >>> past_floor("He signed a contract running until June 2018.") is None
    True
    """
    past = [
        int(match.group(0))
        for match in YEAR_RE.finditer(story)
        if _AT_A_YEAR.search(story, max(0, match.start() - 24), match.start()) is not None
        and clause_tense(story, match.start(), match.end()) == "past"
    ]
    return max(past, default=None)


#: A year that something happened in ("in 1962", "in June 1962", "since 2003"), not a bound of
#: a time still running ("until June 2018", "by 2030").
_AT_A_YEAR = re.compile(r"\b(?:in|since)\s+(?:[A-Za-z]+\.?\s+)?$")


def future_years(story: str) -> set[int]:
    """The years the story names only in clauses of the future ("The next launch is planned
    for 2022."): the story was written before them, so they bound no day from below (stop 38).

    >>> sorted(future_years("The next launch is planned for 2022. It flew in 2021."))
    [2022]
    >>> future_years("It flew in 2022. The next launch is planned for 2022.")
    set()
    """
    future: set[int] = set()
    other: set[int] = set()
    for match in YEAR_RE.finditer(story):
        tense = clause_tense(story, match.start(), match.end())
        (future if tense == "future" else other).add(int(match.group(0)))
    return future - other
