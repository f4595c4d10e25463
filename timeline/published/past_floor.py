"""The years a story names, and those it names only in clauses of the future: the story was
written before them (stop 36, helper `furniture6`; stop 40 reads them in
`timeline.published.year_span` as the bounds of the years a page's day may fall in).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.temporal.tense import clause_tense

__all__ = ["YEAR_RE", "future_years", "written_years"]

#: A year written in a story: "1962", "2003" (not a figure such as "1,962" or "$2003").
YEAR_RE = re.compile(r"(?<![\w$.,])(?:19|20)\d\d(?![\w%]|[.,]\d)")


#: How many stories' years are remembered: dating a page reads the years of its story (without
#: its copyright line) three times, for its evidence, its span and the span's future years.
RECENT_STORIES = 8


@lru_cache(maxsize=RECENT_STORIES)
def written_years(story: str) -> tuple[re.Match[str], ...]:
    """Every year written in `story` (`YEAR_RE.finditer`), read once for each story.

    >>> [match.group() for match in written_years("From 1999 to 2003, not $2004 nor 1,962.")]
    ['1999', '2003']
    """
    return tuple(YEAR_RE.finditer(story))


def future_years(story: str) -> set[int]:
    """The years the story names only in clauses of the future ("The next launch is planned
    for 2022."): the story was written before them, so they bound no day from below (stop 38).

    >>> sorted(future_years("The next launch is planned for 2022. It flew in 2021."))
    [2022]
    >>> future_years("It flew in 2022. The next launch is planned for 2022.")
    set()

    A year named outside the future is not read again: news names its year many times, and
    each clause's tense is read from its words (stop 43, helper `perf3`).
    """
    future: set[int] = set()
    other: set[int] = set()
    for match in written_years(story):
        year = int(match.group(0))
        if year in other:
            continue  # named outside the future once: its other clauses' tenses change nothing
        tense = clause_tense(story, match.start(), match.end())
        (future if tense == "future" else other).add(year)
    return future - other
