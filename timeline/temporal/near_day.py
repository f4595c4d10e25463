"""Holidays written without a year, read against the news day: which one, and its long weekend.

    >>> from timeline.temporal.reference import RunningReference
    >>> text = "Shops will close on Christmas Day."
    >>> running = RunningReference(text, date(1992, 12, 31), False)
    >>> near_holiday(text, (20, 33), running, lambda year: date(year, 12, 25)).value
    '1993-12-25'

The true day of a US holiday whose rule changed over the years (Memorial Day was 30 May until
1971, Veterans Day a Monday of October from 1971 to 1977) comes from the ``holidays``
package's tables, as shipped (`true_day`, `timeline.temporal.holiday_tables`). The year is the
nearest one the clause's tense allows: a past clause the latest such day not after the news
day, a future one the earliest not before it; "last Christmas" is the one strictly before,
"next Easter" the one strictly after. "the Easter weekend", "over the Labor Day weekend" is
the long weekend the holiday makes (`long_weekend`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from timeline.determiners import ARTICLES, POSSESSIVES, THIS_OR_THAT
from timeline.temporal.holiday_tables import US_NAMES, US_YEARS, us_day
from timeline.temporal.reference import RunningReference
from timeline.temporal.resolve_yearless import NEAR_DAY_REACH
from timeline.temporal.tense import tense_around, when_clause_year
from timeline.temporal.vocabulary import DAY_PARTS, FIXED_HOLIDAYS, VOCABULARY, single_spaced
from timeline.wordlists import longest_alternation

#: Deictic relation words of a yearly day ("last Christmas", "next Easter"): those of seasons.
_RELATIONS = {
    word: VOCABULARY.shift(word)
    for word in VOCABULARY.relation_words("season")
    if VOCABULARY.shift(word) and not VOCABULARY.counts_from_running(word)
}
_RELATION_RE = re.compile(rf"(?i)\b(?P<rel>{longest_alternation(_RELATIONS)})\s+$")
_WEEKEND_RE = re.compile(r"(?i)\s+(?:holiday\s+)?weekend\b")
#: A part of the holiday: "Christmas morning", "on New Year's Eve night".
_PART_RE = re.compile(
    rf"(?i)\s+(?P<part>{longest_alternation(p for p in DAY_PARTS if ' ' not in p)})\b"
)
#: A holiday's year told in its own tense as reaching only that far from the news day.
_SEARCH_YEARS = 2
#: A holiday naming a thing after a determiner: "all seats for the Bastille Day gala", "its
#: Christmas concert" (the thing's tense, not the clause's, is its).
_THING_BEFORE_RE = re.compile(rf"(?i)\b(?:{ARTICLES}|{POSSESSIVES}|{THIS_OR_THAT})\s+$|['’]s\s+$")
_THING_AFTER_RE = re.compile(r"\s+[a-z]{3,}\b")


@dataclass(frozen=True, slots=True)
class NearDay:
    """A holiday read against the news day: its span (with "last", "weekend"), value, days."""

    start: int
    end: int
    value: str
    date_start: date
    date_end: date
    granularity: str

    @property
    def interval(self) -> tuple[date, date, str] | None:
        """Its days when they are more than the day its value names (a long weekend)."""
        if self.granularity != "week":
            return None
        return self.date_start, self.date_end, self.granularity


@lru_cache(maxsize=2048)
def true_day(name: str, year: int) -> date | None:
    """The day of a US holiday in `year` as the ``holidays`` package keeps it, else None.

    >>> true_day("memorial day", 1962), true_day("memorial day", 1990), true_day("easter", 1990)
    (datetime.date(1962, 5, 30), datetime.date(1990, 5, 28), None)
    """
    label = US_NAMES.get(name)
    if label is None or year not in US_YEARS:
        return None
    return us_day(label, year)


def names_a_fixed_holiday(words: str) -> bool:
    """Whether a day written as a date is a holiday's name ("the Fourth of July").

    >>> names_a_fixed_holiday("the Fourth of July"), names_a_fixed_holiday("the fourth of June")
    (True, False)
    """
    return single_spaced(words.lower()).removeprefix("the ") in FIXED_HOLIDAYS


def long_weekend(day: date) -> tuple[date, date]:
    """The days off a holiday makes with its weekend: a Monday's from the Saturday before, a
    Thursday's or Friday's to the Sunday after, a Sunday's (Easter) from the Friday before to
    the Monday after, a Tuesday's from the Saturday before, any other day's weekend after it.

    >>> long_weekend(date(2023, 9, 4))  # Labor Day, a Monday
    (datetime.date(2023, 9, 2), datetime.date(2023, 9, 4))
    >>> long_weekend(date(2023, 4, 9))  # Easter Sunday
    (datetime.date(2023, 4, 7), datetime.date(2023, 4, 10))
    """
    weekday = day.weekday()
    if weekday in (0, 1):
        return day - timedelta(days=2 + weekday), day
    if weekday in (3, 4):
        return day, day + timedelta(days=6 - weekday)
    if weekday == 6:
        return day - timedelta(days=2), day + timedelta(days=1)
    if weekday == 5:
        return day, day + timedelta(days=1)
    return day + timedelta(days=3), day + timedelta(days=4)  # a Wednesday: the weekend after


def near_holiday(
    text: str,
    span: tuple[int, int],
    running: RunningReference,
    day_in: Callable[[int], date | None],
) -> NearDay | None:
    """The holiday at `span` of news text, read against the news day, when its words or its
    tense choose the year (None: leave it to the reading of year-less days).

    >>> from timeline.temporal.reference import RunningReference
    >>> text = "Traffic was heavy over the Easter weekend."
    >>> running = RunningReference(text, date(2023, 5, 2), False)
    >>> near = near_holiday(text, (27, 33), running, lambda year: date(2023, 4, 9))
    >>> near.value, near.date_start, near.date_end
    ('2023-W14-WE', datetime.date(2023, 4, 7), datetime.date(2023, 4, 10))
    """
    reference = running.reference
    start, end = span
    if running.narrative or reference is None or when_clause_year(text, start) is not None:
        return None
    relation = _RELATION_RE.search(text, max(0, start - 12), start)
    weekend = _WEEKEND_RE.match(text, end)
    part = None if weekend else _PART_RE.match(text, end)
    shift = _RELATIONS[relation["rel"].lower()] if relation else 0
    tense = tense_around(text, start, end, None)
    years = range(reference.year - _SEARCH_YEARS, reference.year + _SEARCH_YEARS + 1)
    days = [day for year in years if (day := day_in(year)) is not None]
    if (
        tense == "past"
        and not (shift or weekend or part)
        and _names_a_near_thing(text, span, reference, days)
    ):
        tense = "near"  # "said all seats for the Bastille Day gala had been sold", a week before
    if not shift and not weekend and not part and tense not in ("past", "future", "near"):
        return None
    spans = [long_weekend(day) if weekend else (day, day) for day in days]
    if shift < 0:
        chosen = [s for s in spans if s[0] < reference][-1:]
    elif shift > 0:
        chosen = [s for s in spans if s[0] > reference][:1]
    elif tense == "future":
        chosen = [s for s in spans if s[1] >= reference][:1]
    elif tense == "past":
        chosen = [s for s in spans if s[0] <= reference][-1:]
    else:  # a weekend or a part of the day told in no tense, a thing of it: the nearest
        chosen = sorted(spans, key=lambda s: abs((s[0] - reference).days))[:1]
    if not chosen:
        return None
    first, last = chosen[0]
    if relation:
        start = relation.start()
    if weekend:
        saturday = first + timedelta(days=(5 - first.weekday()) % 7)
        year, week, _ = saturday.isocalendar()
        return NearDay(start, weekend.end(), f"{year:04d}-W{week:02d}-WE", first, last, "week")
    if part:
        value = f"{first.isoformat()}T{DAY_PARTS[part['part'].lower()]}"
        return NearDay(start, part.end(), value, first, last, "time")
    return NearDay(start, end, first.isoformat(), first, last, "day")


def _names_a_near_thing(
    text: str, span: tuple[int, int], reference: date, days: list[date]
) -> bool:
    """Whether the holiday at `span` names a thing after a determiner ("the Bastille Day gala",
    "its Christmas concert") and one of its `days` is within `NEAR_DAY_REACH` of the news day:
    the thing is then the nearest one's, as a near day written without a year is, whatever the
    clause's tense ("said that all seats for the Bastille Day gala had been sold").

    >>> text = "All seats for the Bastille Day gala had been sold."
    >>> days = [date(1965, 7, 14), date(1966, 7, 14)]
    >>> _names_a_near_thing(text, (18, 30), date(1966, 7, 8), days)
    True
    >>> _names_a_near_thing(text, (18, 30), date(1966, 3, 8), days)
    False
    >>> text = "He was hurt on Bastille Day last year."
    >>> _names_a_near_thing(text, (15, 27), date(1966, 7, 8), days)
    False
    """
    start, end = span
    if not _THING_BEFORE_RE.search(text, max(0, start - 8), start):
        return False
    if not _THING_AFTER_RE.match(text, end):
        return False
    return any(abs((day - reference).days) <= NEAR_DAY_REACH for day in days)
