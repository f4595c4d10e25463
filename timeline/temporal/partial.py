"""Partial values: what a relative expression says before it is resolved ("Friday, looking
back", "the day before", "a year after the last date"), as HeidelTime's ``UNDEF-...`` values.

The days and dates are here, the periods in ``partial_periods``. The normalisers write them;
``resolve.resolve`` turns them into TIMEX3 values (``Resolved``) against the running reference
and the tense, and is the one place that tells news from narrative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from timeline.temporal.partial_periods import (
    AdjacentUnit,
    Counted,
    Decade,
    FiscalYear,
    PartOfUnit,
    RelativeQuarter,
    RelativeUnit,
    Season,
    TwoDigitYear,
    UnitInQuestion,
    YearlessQuarter,
)

__all__ = [
    "AdjacentUnit",
    "Anchor",
    "ClockTime",
    "Counted",
    "DayShift",
    "Decade",
    "Direction",
    "FiscalYear",
    "MonthOfYear",
    "MonthlessDay",
    "PartOfUnit",
    "Partial",
    "RelativeMonth",
    "RelativeQuarter",
    "RelativeUnit",
    "Resolved",
    "Season",
    "TwoDigitYear",
    "UnitInQuestion",
    "Weekday",
    "YearlessDate",
    "YearlessQuarter",
]

#: what a relative expression counts from: "deictic", the moment of writing ("yesterday",
#: "two years ago": the reference date in news); "anaphoric", the date last mentioned ("the
#: next day", "that Friday", "two days later": HeidelTime's ``UNDEF-REF``); "contextual",
#: the period in question, which the text's kind decides ("the end of the year": this year
#: in news, the running reference's in narrative)
Anchor = Literal["deictic", "anaphoric", "contextual"]

#: which way a weekday lies from its base day: "back"/"forward" include the base day itself
#: (a bare "Friday" in a past or future clause), "before"/"after" do not ("last Friday")
Direction = Literal["back", "forward", "before", "after"]


@dataclass(frozen=True, slots=True)
class Weekday:
    """A weekday (ISO 1-7), maybe with a part of the day: ``UNDEF-day-WEEKDAY``.

    ``direction`` is given by a relation word ("last Friday": before, "next Friday": after)
    or, when None, by the tense of the clause ("resigned on Friday": back).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> text = "The minister resigned on Friday night."
        >>> running = RunningReference(text, date(2023, 10, 23), narrative=False)
        >>> resolve(Weekday(5, part="NI"), running, (25, 37)).value
        '2023-10-20TNI'
        >>> resolve(Weekday(5, direction="after"), running, (25, 31)).value
        '2023-10-27'
    """

    weekday: int
    direction: Direction | None = None
    anchor: Anchor = "deictic"
    part: str | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.weekday <= 7:
            raise ValueError(f"weekday {self.weekday} is not an ISO weekday: use 1 (Monday)..7")


@dataclass(frozen=True, slots=True)
class DayShift:
    """A day counted from the day of writing, maybe with a part of the day:
    ``UNDEF-this-day-MINUS-1`` ("yesterday"), ``UNDEF-this-day-PLUS-0`` with ``NI``
    ("tonight"). ``today`` marks the word itself, read as PRESENT_REF when no day is known.

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("Talks ended yesterday.", date(2023, 10, 23), False)
        >>> resolve(DayShift(-1), running).value, resolve(DayShift(0, "NI"), running).value
        ('2023-10-22', '2023-10-23TNI')
        >>> resolve(DayShift(0, today=True), RunningReference("", None, True)).value
        'PRESENT_REF'
    """

    days: int
    part: str | None = None
    today: bool = False


@dataclass(frozen=True, slots=True)
class YearlessDate:
    """A month, maybe with a day, written without a year: ``UNDEF-year-12-05`` ("December 5").

    News picks the year by the tense around the reference date, narrative takes the running
    reference's year (rolling over to the next one when the month lies far behind it).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> text = "Talks ended on December 5."
        >>> running = RunningReference(text, date(2023, 10, 23), narrative=False)
        >>> resolve(YearlessDate(12, 5), running, (15, 25)).value
        '2022-12-05'
        >>> narrative = RunningReference("", None, narrative=True)
        >>> narrative.remember("1941-12-07")
        >>> resolve(YearlessDate(1), narrative).value
        '1942-01'
    """

    month: int
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not a month: use 1..12")


@dataclass(frozen=True, slots=True)
class MonthOfYear:
    """A month (maybe a day) of a year given by a relation: ``UNDEF-this-year-PLUS-1-08``
    ("August of next year", deictic), ``UNDEF-REF-year-PLUS-0-07-25`` ("July 25 of that
    year", anaphoric).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> resolve(MonthOfYear(8, shift=1), running).value
        '2024-08'
        >>> running.remember("1941-12-07")
        >>> resolve(MonthOfYear(7, 25, anchor="anaphoric"), running).value
        '1941-07-25'
    """

    month: int
    day: int | None = None
    shift: int = 0
    anchor: Anchor = "deictic"


@dataclass(frozen=True, slots=True)
class RelativeMonth:
    """The nearest named month before or after a date: "the previous April" (-1,
    anaphoric), "next March" (+1, deictic); 0 keeps the year of the date.

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> [resolve(RelativeMonth(m, s), running).value for m, s in ((3, 1), (12, -1))]
        ['2024-03', '2022-12']
    """

    month: int
    shift: int
    anchor: Anchor = "deictic"


_ZONE_OFFSET = re.compile(r"Z|[+-](?:0\d|1[0-4]):[0-5]\d")


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of a day not written: ``UNDEF-this-day-T17:00`` ("at 5 pm"), on the day last
    mentioned when it is in the same sentence (in narrative, always).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("It began at 5 pm.", date(2023, 10, 23), narrative=False)
        >>> resolve(ClockTime(17, 0), running, (12, 16)).value
        '2023-10-23T17:00'
        >>> resolve(ClockTime(12, 0, "Z"), running, (12, 16)).value
        '2023-10-23T12:00Z'
    """

    hour: int
    minute: int
    #: the TIMEX3 offset of the zone written after it ("Z" for UTC, "-05:00" for EST)
    zone: str = ""

    def __post_init__(self) -> None:
        if not (0 <= self.hour <= 24 and 0 <= self.minute < 60):
            raise ValueError(f"{self.hour}:{self.minute} is not a time of day: use 0..24, 0..59")
        if self.zone and not _ZONE_OFFSET.fullmatch(self.zone):
            raise ValueError(f"zone {self.zone!r} is not a TIMEX3 offset: use Z or +HH:MM")


@dataclass(frozen=True, slots=True)
class MonthlessDay:
    """A day of the month without its month: ``UNDEF-month-15`` ("the 15th"), in the month
    last mentioned, or in news with none the nearest such day around the reference date.
    ``year`` when a range partner writes it ("the 12th 1950").

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> resolve(MonthlessDay(30), running).value, resolve(MonthlessDay(2), running).value
        ('2023-10-30', '2023-11-02')
    """

    day: int
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved value: what the normaliser emits for the expression.

    ``remember``: whether it moves the running reference; ``interval``: the days it covers,
    when they are not those of ``value`` (computed from the value otherwise).
    """

    value: str
    type: str = "DATE"
    mod: str | None = None
    remember: bool = True
    interval: tuple[date | None, date | None, str | None] | None = None

    @classmethod
    def unknown(cls, value: str, type_: str = "DATE") -> Resolved:
        """A value that names no known day ("XXXX-WXX-5", "PAST_REF"): it moves nothing.

        >>> Resolved.unknown("PAST_REF").remember
        False
        """
        return cls(value, type_, remember=False)


#: every partial value the normalisers write
Partial = (
    Weekday
    | DayShift
    | RelativeUnit
    | Counted
    | YearlessDate
    | Season
    | MonthOfYear
    | RelativeMonth
    | PartOfUnit
    | UnitInQuestion
    | ClockTime
    | MonthlessDay
    | Decade
    | RelativeQuarter
    | YearlessQuarter
    | AdjacentUnit
    | FiscalYear
    | TwoDigitYear
)
