"""The years a page's day may fall in, as its text bounds them on both sides: a weekday-bearing
date without its year fixes the page's year only inside such a span, where one year alone fits
(stop 40, helper `pubdate3`; read by `timeline.published.weekday_dates`); today bounds it from
above when the story names no year ahead (stop 48, helper `pubdate`).

    >>> year_span("It was proposed in 1971. It would come into force in 1976.", None)
    YearSpan(first=1971, last=1976)
    >>> year_span("The mine has been open since 1965.", None, this_year=2026)
    YearSpan(first=1965, last=2026)
    >>> year_span("The mine is open.", None) is None
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline.published.past_floor import future_years, written_years
from timeline.temporal.vocabulary import number_value

__all__ = ["YearSpan", "own_year", "year_span"]


@dataclass(frozen=True, slots=True)
class YearSpan:
    """The first and the last year a page's day may fall in.

    >>> YearSpan(1963, 1963).first
    1963
    """

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"a span of years runs forwards: {self.first} is after {self.last}")


#: A year the text names as this year's, last year's or next year's: "last year's 1986
#: election" is written in 1987, "this year's 1987 budget" in 1987, "next year's 1988 Games" in
#: 1987 (the year from the page's own year: what to add to the named year); a year still
#: running, "the 13th storm so far in 1986", is the page's own (stop 45).
_OWN_YEAR_RE = re.compile(
    r"(?i)\b(?:(?P<which>last|this|next)\s+year['’]s\s+|so\s+far\s+in\s+)"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)
_FROM_NAMED = {"last": 1, "this": 0, "next": -1, None: 0}
#: A year the text names with how long ago it was: "in 1954, seven years ago", "ten years ago,
#: in 1978", "in 2001 -- 20 years ago --" is 1961, 1988, 2021 the page's (stop 48).
_YEARS_AGO_RE = re.compile(
    r"(?i)\b(?:(?P<year>(?:19|20)\d\d)(?!\d)\s*(?:,|--|[–—(])\s*(?P<count>[\w-]+)\s+years?\s+ago\b"
    r"|(?P<count2>[\w-]+)\s+years?\s+ago\s*(?:,|--|[–—(])?\s*in\s+(?P<year2>(?:19|20)\d\d)(?!\d))"
)


def own_year(story: str) -> int | None:
    """The page's year, when the story names a year as this year's, last year's or next year's,
    or as a year still running; None when it names none, or two that disagree.

    >>> own_year("Turnout was lower than at last year's 1986 election.")
    1987
    >>> own_year("It is the 13th storm so far in 1986."), own_year("It opened in 1986.")
    (1986, None)
    """
    own = _own_years(story)
    return own.pop() if len(own) == 1 else None


def _own_years(story: str) -> set[int]:
    """Every year the story names as the page's own (`own_year`): one is the page's year, two
    or more disagree, none bound nothing.

    >>> sorted(_own_years("It is the 13th storm so far in 1986, as in 1954, 30 years ago."))
    [1984, 1986]
    """
    return {
        int(found["year"]) + _FROM_NAMED[found["which"] and found["which"].lower()]
        for found in _OWN_YEAR_RE.finditer(story)
    } | _years_ago(story)


def _years_ago(story: str) -> set[int]:
    """The page's years that the years the story names with how long ago they were give:
    "in 1954, seven years ago" is written in 1961; a vague count ("some years ago") gives none.

    >>> _years_ago("Duties rose in 1954, seven years ago."), _years_ago("Twenty years ago, in 1966")
    ({1961}, {1986})
    >>> _years_ago("It shut in 1954, some years ago.")
    set()
    """
    years = set()
    for found in _YEARS_AGO_RE.finditer(story):
        count = number_value(found["count"] or found["count2"])
        if count is not None and count == int(count) and 0 < count < 100:
            years.add(int(found["year"] or found["year2"]) + int(count))
    return years


#: A year that bounds a time still running, no year told of: "a contract running until June
#: 2018", "by 2030", "through 2019".
_RUNNING_TO_RE = re.compile(r"\b(?:until|till|through|by)\s+(?:[A-Za-z]+\.?\s+)?$")


def year_span(
    story: str, copyright_year: int | None, *, this_year: int | None = None
) -> YearSpan | None:
    """The span of years the text bounds on both sides for its page's day, or None when it
    bounds them on no side (a weekday fits a year every five to eleven years, and the nearest
    one to a single bound is no evidence: on the train sets' stated days, the nearest year a
    weekday fits after the latest year the story names was wrong for 170 of 622).

    A year named as this year's, last year's or next year's ("last year's 1986 election") is
    the page's year on both sides; else the copyright line's year is (the year the page was
    made); else the latest year the story names in a clause not of the future (the story was
    written in it or after: "since 1965", "in February 1984", "the 1994 champion"; not a bound
    of a time still running, "a contract running until June 2018") is the first, and the
    earliest year it names only in clauses of the future (written before it: "would come into
    force in 1976", "the 1984 budget will be presented") the last, or, when it names none ahead,
    ``this_year`` (today's: a page read today was published by today; stop 48) is: "since 2021"
    read in 2026 puts "Tuesday, March 3" in 2026, the one year of 2021 to 2026 it fits, while
    "since 1954" leaves it in 1959, 1964, 1970, 1981, ... (no year). `story` is read without its
    copyright line.

    >>> year_span("Turnout was lower than at last year's 1986 election.", None)
    YearSpan(first=1987, last=1987)
    >>> year_span("It reopened in 1961.", 1963)
    YearSpan(first=1963, last=1963)
    >>> year_span("The budget for 1984 will be presented soon.", None) is None
    True
    >>> year_span("He signed in 2012 to run until June 2018. He will retire in 2016.", None)
    YearSpan(first=2012, last=2016)
    >>> year_span("It has been shut since 2021.", None, this_year=2026)
    YearSpan(first=2021, last=2026)
    """
    own = _own_years(story)  # read once: the page's own year, or two that disagree
    if len(own) == 1:
        year = own.pop()
        return YearSpan(year, year)
    if own:
        return None  # two years each named as the page's own disagree: no bound holds
    if this_year is None:
        this_year = date.today().year  # noqa: DTZ011 - bounds the years a text names, never a guess
    ahead = future_years(story)
    told = [
        year
        for found in written_years(story)
        if (year := int(found.group())) not in ahead
        and year <= this_year + 1
        and _RUNNING_TO_RE.search(story, max(0, found.start() - 24), found.start()) is None
    ]
    if copyright_year is not None:
        if told and max(told) > copyright_year:
            return None  # the story tells of a year after its page was made: no bound holds
        return YearSpan(copyright_year, copyright_year)
    if not told:
        return None
    # no year ahead: the page was published by today, the one bound a story never names
    first, last = max(told), min(ahead) if ahead else this_year
    return YearSpan(first, last) if first <= last else None
