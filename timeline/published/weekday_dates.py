"""The days a text writes with their weekday: a weekday-bearing date without its year placed in
the one year of the span the text bounds that fits it ("Monday, October 23rd" is a Monday in 2023),
and a date written with its weekday and its year that the weekday confirms ("Monday, September
30, 1963"). Read by `timeline.published` to give a yearless dateline its year.

    >>> weekday_dates("The strike began on Monday, October 23rd.", YearSpan(2022, 2024))
    [datetime.date(2023, 10, 23)]
"""

from __future__ import annotations

import re
from datetime import date

from timeline.published.year_span import YearSpan
from timeline.temporal.date_order import calendar_day
from timeline.temporal.tense import clause_tense
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

__all__ = [
    "WEEKDAY_DATE_RE",
    "calendar_days",
    "dated_weekday_days",
    "head_weekday",
    "head_weekday_day",
    "weekday_dates",
]

#: A weekday and a month's day, either way round: "Monday, Oct. 23", "Monday 23rd of October".
_WEEKDAY_MONTH_DAY = (
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
    r"(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
    r"|(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>[A-Z][a-z]{2,8})\b\.?)"
)
#: A date with its weekday and without its year.
WEEKDAY_DATE_RE = re.compile(_WEEKDAY_MONTH_DAY + r"(?!,?\s+(?:19|20)\d\d)")


def weekday_dates(text: str, span: YearSpan | None, *, ahead: bool = True) -> list[date]:
    """Dates written with a weekday and no year, each placed in the one year of ``span`` (the
    years the text bounds on both sides, `year_span`) that fits it; none when no year or two
    fit, or when the text bounds no span (stop 40: a weekday fits a year every five to eleven
    years, and the nearest to a year the story names is no evidence); with ``ahead`` False,
    none of a clause in the future ("will vote on Tuesday, March 8th": a day after the page's).

    >>> weekday_dates("On Tuesday, August 13, it flew.", YearSpan(1960, 1965))
    [datetime.date(1963, 8, 13)]
    >>> weekday_dates("On Tuesday, August 13, it flew.", YearSpan(1957, 1963))
    []
    >>> weekday_dates("On Tuesday, August 13, it flew.", None)
    []
    """
    if span is None:
        return []
    found: list[date] = []
    for match in WEEKDAY_DATE_RE.finditer(text):
        month_name = (match["mon"] or match["mon2"]).lower()
        if month_name not in MONTHS:
            continue
        if not ahead and clause_tense(text, match.start(), match.end()) == "future":
            continue
        fits = [
            day
            for day in calendar_days(span, MONTHS[month_name], int(match["day"] or match["day2"]))
            if day.isoweekday() == WEEKDAYS[match["wd"].lower()]
        ]
        if len(fits) == 1:  # one year fits; with two, the weekday is no evidence of either
            found.append(fits[0])
    return found


def calendar_days(span: YearSpan, month: int, day: int) -> list[date]:
    """The days of a month and day in each year of `span` that has it.

    >>> calendar_days(YearSpan(1999, 2001), 2, 29)
    [datetime.date(2000, 2, 29)]
    """
    days = (calendar_day(year, month, day) for year in range(span.first, span.last + 1))
    return [found for found in days if found is not None]


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


def head_weekday_day(head: str, month_day: tuple[int, int], span: YearSpan | None) -> date | None:
    """A yearless dateline's or masthead's day placed by the weekday it names itself, as a
    weekday-bearing date of the story is (`weekday_dates`): "THE QUAY BRIEF — Tuesday, March 3 —
    Issue No. 41" in a span of 2024 to 2027 is Tuesday 3 March 2026 (stop 37); none when the
    head names no weekday with that day, or the weekday fits no year or two of the span.

    >>> head_weekday_day("THE QUAY BRIEF — Tuesday, March 3 — Issue No. 41", (3, 3),
    ...                  YearSpan(2024, 2027))
    datetime.date(2026, 3, 3)
    >>> head_weekday_day("THE QUAY BRIEF — March 3 — Issue No. 41", (3, 3),
    ...                  YearSpan(2024, 2027)) is None
    True
    >>> head_weekday_day("QUAYTEXT 341 Fri 14 Feb 21:47/16", (2, 14), YearSpan(1995, 1998))
    datetime.date(1997, 2, 14)
    >>> head_weekday_day("QUAYTEXT 341 Fri 14 Feb 21:47/16", (2, 14), None) is None
    True
    """
    head = _SHORT_WEEKDAY_RE.sub(_full_weekday, head)  # "TELEVIEW 341 Fri 14 Feb 21:47"
    days = {day for day in weekday_dates(head, span) if (day.month, day.day) == month_day}
    return days.pop() if len(days) == 1 else None


def head_weekday(head: str, month_day: tuple[int, int]) -> int | None:
    """The weekday a yearless dateline or masthead names with its day (1 for Monday), or None
    when it names none: a year from elsewhere (a copyright line's) that puts the day on another
    weekday is no year of it (stop 40).

    >>> head_weekday("THE QUAY LETTER · No. 212 · Thursday 20 August", (8, 20))
    4
    >>> head_weekday("THE QUAY LETTER · No. 212 · 20 August", (8, 20)) is None
    True
    """
    head = _SHORT_WEEKDAY_RE.sub(_full_weekday, head)
    for match in WEEKDAY_DATE_RE.finditer(head):
        month = MONTHS.get((match["mon"] or match["mon2"]).lower())
        if (month, int(match["day"] or match["day2"])) == month_day:
            return WEEKDAYS[match["wd"].lower()]
    return None


#: A weekday's abbreviation before a day and a month, as a stamp or a teletext page's header
#: writes it: "Fri 14 Feb", "Tue, Mar 3" (stop 38; read in the head only).
_SHORT_WEEKDAY_RE = re.compile(
    r"\b(?P<wd>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?=,?\s+(?:\d|[A-Z][a-z]{2}))"
)


def _full_weekday(found: re.Match[str]) -> str:
    """The weekday's full name for its abbreviation: "Fri" is "Friday"."""
    short = found["wd"].lower()
    return next(name for name in WEEKDAYS if name.startswith(short)).title()
