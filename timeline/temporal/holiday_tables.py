"""The days of the holidays whose day the ``holidays`` package keeps and the product reads, as a
small table shipped with it (`timeline/data/holiday_days.json`, written from the package by
`benchmarks/write_holiday_days.py` and held to it by the tests): the US holidays whose rules
the laws moved (`timeline.temporal.near_day.true_day`) and the first day of the lunar year
(`timeline.temporal.lunar_year.lunar_new_year`). Reading the package itself loads its registry
of every country's rules at a process's first holiday (0.07 to 0.09 s of CPU in each worker).

    >>> us_day("Memorial Day", 1962), us_day("Memorial Day", 1990)
    (datetime.date(1962, 5, 30), datetime.date(1990, 5, 28))
    >>> lunar_day(2024), lunar_day(1900)
    (datetime.date(2024, 2, 10), None)
"""

from __future__ import annotations

from datetime import date
from functools import cache

from timeline.wordlists import json_object

__all__ = [
    "HOLIDAY_DAYS",
    "LUNAR_YEARS",
    "US_LABELS",
    "US_NAMES",
    "US_YEARS",
    "lunar_day",
    "us_day",
]

#: The table's file in `timeline/data/`.
HOLIDAY_DAYS = "holiday_days.json"
#: The holidays of the vocabulary whose day the US table of the ``holidays`` package keeps,
#: with the package's name of it (its rules follow the laws that moved them).
US_NAMES = {
    "thanksgiving": "Thanksgiving Day",
    "thanksgiving day": "Thanksgiving Day",
    "labor day": "Labor Day",
    "memorial day": "Memorial Day",
    "columbus day": "Columbus Day",
    "veterans day": "Veterans Day",
    "martin luther king day": "Martin Luther King Jr. Day",
    "mlk day": "Martin Luther King Jr. Day",
    "presidents' day": "Washington's Birthday",
}
#: The package's names of those holidays.
US_LABELS = frozenset(US_NAMES.values())
#: The years the package's US rules are kept for.
US_YEARS = range(1900, 2200)
#: The years China's table in the package gives the lunar year's first day (its calendar's).
LUNAR_YEARS = range(1950, 2101)


@cache
def us_day(label: str, year: int) -> date | None:
    """The day of the US holiday the package names `label` in `year` (no observed day), else
    None (a year outside `US_YEARS`, a label not in `US_LABELS`, a year before the holiday)."""
    written = json_object(HOLIDAY_DAYS)["united_states"].get(label, {}).get(str(year))
    return None if written is None else date.fromisoformat(written)


@cache
def lunar_day(year: int) -> date | None:
    """The first day of the lunar year that begins in `year`, or None for a year outside
    `LUNAR_YEARS`."""
    written = json_object(HOLIDAY_DAYS)["lunar_new_year"].get(str(year))
    return None if written is None else date.fromisoformat(written)
