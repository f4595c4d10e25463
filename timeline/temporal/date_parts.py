"""A date known in part, as the running reference holds it (`reference.RunningReference`) and
the resolvers read it: a year, maybe a month and a day, or a season.

    >>> DateParts(2009, 5, 2).as_date(), DateParts(2009).as_date()
    (datetime.date(2009, 5, 2), None)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True)
class DateParts:
    """A date known in part, as the running reference holds it: a year, maybe a month, a day."""

    year: int
    month: int | None = None
    day: int | None = None
    season: str | None = None  # "1994-FA": the season said, when no month is

    def as_date(self) -> date | None:
        if self.month is None or self.day is None or self.year < 1:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None
