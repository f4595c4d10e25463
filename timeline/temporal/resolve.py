"""Resolving: a partial value (``partial``) and the running reference and tense -> a TIMEX3
value and interval (``resolve``), the one place where news and narrative part ways. Each kind
of partial value has its resolver in a module of its own kind: days (``resolve_days``), dates
without their year (``resolve_yearless``), periods counted from a date (``resolve_periods``),
periods the calendar names (``resolve_named_periods``).

    >>> from datetime import date
    >>> from timeline.temporal.partial import DayShift
    >>> running = RunningReference("Talks ended yesterday.", date(2023, 10, 23), False)
    >>> resolve(DayShift(-1), running)
    Resolved(value='2023-10-22', type='DATE', mod=None, remember=True, interval=None)
"""

from __future__ import annotations

from typing import assert_never

from timeline.temporal.partial import (
    AdjacentUnit,
    ClockTime,
    Counted,
    DayShift,
    Decade,
    Direction,
    FiscalYear,
    MonthlessDay,
    MonthOfYear,
    Partial,
    PartOfUnit,
    RelativeMonth,
    RelativeQuarter,
    RelativeUnit,
    Resolved,
    Season,
    TwoDigitYear,
    UnitInQuestion,
    Weekday,
    YearlessDate,
    YearlessQuarter,
)
from timeline.temporal.reference import RunningReference
from timeline.temporal.resolve_days import (
    resolve_weekday,
    resolved_clock_time,
    resolved_day_shift,
    resolved_weekday,
)
from timeline.temporal.resolve_named_periods import (
    resolved_decade,
    resolved_fiscal_year,
    resolved_relative_quarter,
    resolved_season,
    resolved_two_digit_year,
    resolved_yearless_quarter,
)
from timeline.temporal.resolve_periods import (
    resolved_adjacent_unit,
    resolved_counted,
    resolved_part_of_unit,
    resolved_relative_unit,
    resolved_unit_in_question,
)
from timeline.temporal.resolve_yearless import (
    resolve_year,
    resolved_month_of_year,
    resolved_monthless_day,
    resolved_relative_month,
    resolved_yearless_date,
    year_of,
)

__all__ = [
    "Direction",
    "Resolved",
    "resolve",
    "resolve_weekday",
    "resolve_year",
    "year_of",
]


def resolve(
    partial: Partial, running: RunningReference, span: tuple[int, int] | None = None
) -> Resolved | None:
    """The TIMEX3 value of ``partial`` in its text, or None when it names no date.

    ``span`` is where the expression stands in ``running.text``: the tense of its clause is
    read there, only when the partial leaves the direction to it (a bare weekday, a
    year-less date in news).

    >>> from datetime import date
    >>> from timeline.temporal.partial import Weekday
    >>> text = "He will meet them on Sunday."
    >>> news = RunningReference(text, date(2023, 10, 23), narrative=False)
    >>> resolve(Weekday(7), news, (21, 27)).value
    '2023-10-29'
    """
    match partial:  # the commonest kinds first
        case YearlessDate():
            return resolved_yearless_date(partial, running, span)
        case RelativeUnit():
            return resolved_relative_unit(partial, running, span)
        case DayShift():
            return resolved_day_shift(partial, running)
        case Counted():
            return resolved_counted(partial, running, span)
        case Weekday():
            return resolved_weekday(partial, running, span)
        case Season():
            return resolved_season(partial, running, span)
        case ClockTime():
            return resolved_clock_time(partial, running, span)
        case PartOfUnit():
            return resolved_part_of_unit(partial, running)
        case YearlessQuarter():
            return resolved_yearless_quarter(partial, running, span)
        case MonthOfYear():
            return resolved_month_of_year(partial, running)
        case RelativeQuarter():
            return resolved_relative_quarter(partial, running)
        case UnitInQuestion():
            return resolved_unit_in_question(partial, running, span)
        case MonthlessDay():
            return resolved_monthless_day(partial, running, span)
        case RelativeMonth():
            return resolved_relative_month(partial, running)
        case Decade():
            return resolved_decade(partial, running)
        case AdjacentUnit():
            return resolved_adjacent_unit(partial, running)
        case FiscalYear():
            return resolved_fiscal_year(partial, running)
        case TwoDigitYear():
            return resolved_two_digit_year(partial, running)
        case _:  # mypy checks that every kind of Partial has its case
            assert_never(partial)
