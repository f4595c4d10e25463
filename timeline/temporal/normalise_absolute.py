"""Normalising calendar expressions: the normalisers of the calendar's kinds in one class,
each kind in its own module: days, months, years, decades and centuries
(``normalise_dates``), quarters, halves and fiscal years (``normalise_quarters``), seasons
and holidays (``normalise_holidays``)."""

from __future__ import annotations

from timeline.temporal.normalise_holidays import HolidayKinds
from timeline.temporal.normalise_quarters import QuarterKinds


class AbsoluteKinds(QuarterKinds, HolidayKinds):
    """The normalisers of calendar expressions (a date with a month name, a year, a quarter, a
    season, a holiday)."""

    __slots__ = ()
