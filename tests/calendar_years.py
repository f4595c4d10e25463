"""The calendar's answer to a yearless weekday-and-date, for the publication-date tests."""

from __future__ import annotations

from datetime import date


def fitting_years(day: date, first: int, last: int) -> list[int]:
    """The years of first..last in which the day's month and day fall on its weekday.

    >>> fitting_years(date(2026, 3, 3), 2024, 2037)
    [2026, 2037]
    """
    years = []
    for year in range(first, last + 1):
        try:
            if date(year, day.month, day.day).isoweekday() == day.isoweekday():
                years.append(year)
        except ValueError:
            continue  # 29 February of a common year
    return years
