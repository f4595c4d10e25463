"""The days a text writes with their weekday: a weekday-bearing date without its year placed in
the one year near the text's years that fits it ("Monday, October 23rd" is a Monday in 2023),
and a date written with its weekday and its year that the weekday confirms ("Monday, September
30, 1963"). Read by `timeline.published` to give a yearless dateline its year.

    >>> weekday_dates("The strike began on Monday, October 23rd.", None, [2022])
    [datetime.date(2023, 10, 23)]
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.tense import clause_tense
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

__all__ = [
    "WEEKDAY_DATE_RE",
    "WEEKDAY_WINDOW_YEARS",
    "dated_weekday_days",
    "head_weekday_day",
    "weekday_dates",
]

#: how many years either side of the evidence year a weekday may fix
WEEKDAY_WINDOW_YEARS = 3


#: A weekday and a month's day, either way round: "Monday, Oct. 23", "Monday 23rd of October".
_WEEKDAY_MONTH_DAY = (
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
    r"(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
    r"|(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>[A-Z][a-z]{2,8})\b\.?)"
)
#: A date with its weekday and without its year.
WEEKDAY_DATE_RE = re.compile(_WEEKDAY_MONTH_DAY + r"(?!,?\s+(?:19|20)\d\d)")


def weekday_dates(
    text: str,
    copyright_year: int | None,
    mentioned: list[int],
    *,
    ahead: bool = True,
    floor: int | None = None,
) -> list[date]:
    """Dates written with a weekday and no year, each placed in the one year that fits; with
    ``ahead`` False, none of a clause in the future ("will vote on Tuesday, March 8th": a day
    after the page's); none before ``floor``, a year the story tells of in the past
    (`past_floor`), which leaves the year after it alone where the two were as near (stop 38:
    "since 1960" places "Tuesday, August 13" in 1963, where 1957 and 1963 tied).

    >>> weekday_dates("On Tuesday, August 13, it flew.", None, [1960])
    []
    >>> weekday_dates("On Tuesday, August 13, it flew.", None, [1960], floor=1960)
    [datetime.date(1963, 8, 13)]
    """
    # only bounds the years a weekday may fix; the result is never today's date
    this_year = date.today().year  # noqa: DTZ011 - a local calendar year is enough here
    if copyright_year is not None:
        centre: int | None = copyright_year
    elif mentioned:
        centre = (
            max(y for y in mentioned if y <= this_year + 1)
            if any(y <= this_year + 1 for y in mentioned)
            else None
        )
    else:
        centre = None
    found: list[date] = []
    for match in WEEKDAY_DATE_RE.finditer(text):
        month_name = (match["mon"] or match["mon2"]).lower()
        if month_name not in MONTHS:
            continue
        if not ahead and clause_tense(text, match.start(), match.end()) == "future":
            continue
        month = MONTHS[month_name]
        day = int(match["day"] or match["day2"])
        weekday = WEEKDAYS[match["wd"].lower()]
        if centre is not None:
            # the years a story names run ahead of it (a contract "until June 2018") more
            # than far behind the news: the window reaches twice as far back
            years = range(centre - 2 * WEEKDAY_WINDOW_YEARS, centre + WEEKDAY_WINDOW_YEARS + 1)
        else:
            years = range(this_year - 2 * WEEKDAY_WINDOW_YEARS, this_year + 1)
        fits = []
        for year in years:
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate.isoweekday() == weekday and (floor is None or year >= floor):
                fits.append(candidate)
        if centre is not None and len(fits) > 1:
            # the nearest year to the centre; two as near, one either side, are no guess
            # ("since 1971" puts a Friday, June 21 in 1968 as well as in 1974: stop 34)
            nearest = min(abs(d.year - centre) for d in fits)
            fits = [d for d in fits if abs(d.year - centre) == nearest]
        if len(fits) == 1:  # one year fits; with several and no year in sight, no guess
            found.append(fits[-1])
    return found


#: A date with its weekday and its year: "Monday, September 30, 1963", "Monday 30th September
#: 1963".
_DATED_WEEKDAY_RE = re.compile(_WEEKDAY_MONTH_DAY + r",?\s+(?P<year>(?:19|20)\d\d)\b")


def dated_weekday_days(story: str, mentioned: list[int]) -> list[date]:
    """The dates `story` writes with their weekday and their year, each confirmed by its weekday,
    when each is in the latest year the story names (a date of years ago, "on Sunday, December
    7, 1941", beside a later year, is history, no sign of the page's year): they give a yearless
    dateline its year as the weekday-bearing dates without a year do (stop 37).

    >>> dated_weekday_days("Forms are due by Monday, September 30, 1963.", [1928, 1963])
    [datetime.date(1963, 9, 30)]
    >>> dated_weekday_days("Forms are due by Tuesday, September 30, 1963.", [1963])
    []
    >>> dated_weekday_days("It fell on Sunday, December 7, 1941.", [1941, 1991])
    []
    """
    found: list[date] = []
    for match in _DATED_WEEKDAY_RE.finditer(story):
        month = MONTHS.get((match["mon"] or match["mon2"]).lower())
        if month is None:
            continue
        try:
            day = date(int(match["year"]), month, int(match["day"] or match["day2"]))
        except ValueError:
            continue
        if day.isoweekday() != WEEKDAYS[match["wd"].lower()]:
            return []  # a weekday that does not fit: the text's dates are not to be trusted
        found.append(day)
    if not found or any(day.year != max(mentioned, default=0) for day in found):
        return []
    return found


def head_weekday_day(
    head: str,
    month_day: tuple[int, int],
    copyright_year: int | None,
    mentioned: list[int],
) -> date | None:
    """A yearless dateline's or masthead's day placed by the weekday it names itself, as a
    weekday-bearing date of the story is (`weekday_dates`): "THE QUAY BRIEF — Tuesday, March 3 —
    Issue No. 41" over a story naming 2024 is Tuesday 3 March 2026 (stop 37); none when the head
    names no weekday with that day or the weekday fits two years.

    >>> head_weekday_day("THE QUAY BRIEF — Tuesday, March 3 — Issue No. 41", (3, 3), None, [2024])
    datetime.date(2026, 3, 3)
    >>> head_weekday_day("THE QUAY BRIEF — March 3 — Issue No. 41", (3, 3), None, [2024]) is None
    True
    >>> head_weekday_day("QUAYTEXT 341 Fri 14 Feb 21:47/16", (2, 14), None, [1995])
    datetime.date(1997, 2, 14)
    >>> head_weekday_day("QUAYTEXT 341 Fri 14 Feb 21:47/16", (2, 14), None, []) is None
    True
    """
    if not mentioned and copyright_year is None:
        return None  # no year in sight: the weekday fits a year every few years (stop 38)
    head = _SHORT_WEEKDAY_RE.sub(_full_weekday, head)  # "TELEVIEW 341 Fri 14 Feb 21:47"
    days = {
        day
        for day in weekday_dates(head, copyright_year, mentioned)
        if (day.month, day.day) == month_day
    }
    return days.pop() if len(days) == 1 else None


#: A weekday's abbreviation before a day and a month, as a stamp or a teletext page's header
#: writes it: "Fri 14 Feb", "Tue, Mar 3" (stop 38; read in the head only).
_SHORT_WEEKDAY_RE = re.compile(
    r"\b(?P<wd>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?=,?\s+(?:\d|[A-Z][a-z]{2}))"
)


def _full_weekday(found: re.Match[str]) -> str:
    """The weekday's full name for its abbreviation: "Fri" is "Friday"."""
    short = found["wd"].lower()
    return next(name for name in WEEKDAYS if name.startswith(short)).title()
