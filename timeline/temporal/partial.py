"""Partial values: what a relative expression says before it is resolved ("Friday, looking
back", "the day before", "a year after the last date"), as HeidelTime's ``UNDEF-...`` values.

The normalisers write them; ``resolve.resolve`` turns them into TIMEX3 values (``Resolved``)
against the running reference and the tense, and is the one place that tells news from
narrative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

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
class RelativeUnit:
    """This, the previous or the next period of a unit: ``UNDEF-this-year-MINUS-1`` ("last
    year"), ``UNDEF-REF-month-PLUS-1`` ("the following month").

    ``unit`` is a TIMEX3 code: a calendar unit (D, W, M, Q, Y, DE, CE), a season (SP, SU,
    FA, WI), a part of the day (MO, AF, EV, NI) or the weekend (WE).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> [resolve(RelativeUnit(u, -1), running).value for u in ("Y", "W", "SU", "WE")]
        ['2022', '2023-W42', '2023-SU', '2023-W42-WE']
        >>> narrative = RunningReference("", None, narrative=True)
        >>> narrative.remember("1941-12")
        >>> resolve(RelativeUnit("M", 1, "anaphoric"), narrative).value
        '1942-01'
    """

    unit: str
    shift: int
    anchor: Anchor = "deictic"
    #: written with "that" ("that night", "that day"): the day of the date told, never the
    #: news day when that date is of another year
    that: bool = False


@dataclass(frozen=True, slots=True)
class Counted:
    """A count of units before or after a point: ``UNDEF-this-year-MINUS-2`` ("two years
    ago", deictic), ``UNDEF-REF-day-PLUS-3`` ("three days later", anaphoric). ``amount`` is
    None for an uncounted plural ("years ago"); ``mod`` is the approximation's TIMEX3 mod
    ("over a decade ago": MORE_THAN).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> resolve(Counted("Y", 2.0, -1), running).value
        '2021'
        >>> over = resolve(Counted("DE", 1.0, -1, mod="MORE_THAN"), running)
        >>> over.value, over.mod, over.interval
        ('200', 'BEFORE', (datetime.date(2003, 10, 23), datetime.date(2013, 10, 22), 'decade'))
        >>> resolve(Counted("D", 3.0, 1, "anaphoric"), RunningReference("", None, True)).value
        'FUTURE_REF'
    """

    unit: str
    amount: float | None
    sign: int
    anchor: Anchor = "deictic"
    mod: str | None = None

    def __post_init__(self) -> None:
        if self.sign not in (-1, 1):
            raise ValueError(f"sign {self.sign} is not a direction: use -1 (before) or 1 (after)")


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
class Season:
    """A season without a year: ``UNDEF-year-SU`` ("in the summer"), shifted by a relation
    word ("last winter": -1, "the following spring": +1, anaphoric); ``shift`` None when
    no relation word is written, and then news takes the tense's season around the
    reference date.

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> text = "The plant closed in the summer."
        >>> running = RunningReference(text, date(2023, 3, 1), narrative=False)
        >>> resolve(Season("SU"), running, (20, 30)).value, resolve(Season("SU", 1), running).value
        ('2022-SU', '2023-SU')
    """

    season: str
    shift: int | None = None
    anchor: Anchor = "deictic"


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


@dataclass(frozen=True, slots=True)
class PartOfUnit:
    """A part of a period: ``UNDEF-this-year`` with mod END ("the end of the year"), START
    ("the beginning of last month", shift -1), a half (H1, H2: "the second half of the
    year"), or the turn of a century (``turn``: the century that begins there).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> end = resolve(PartOfUnit("Y", "END"), running)
        >>> end.value, end.mod, resolve(PartOfUnit("Y", "H2", shift=-1), running).value
        ('2023', 'END', '2022-H2')
        >>> resolve(PartOfUnit("CE", "START", turn=True), running).value
        '20'
    """

    unit: str
    mod: str
    shift: int = 0
    anchor: Anchor = "contextual"
    turn: bool = False


@dataclass(frozen=True, slots=True)
class UnitInQuestion:
    """The period in question: "in the quarter", "for the year" (``UNDEF-this-quarter``, or
    the last date's when it is in the same sentence, or in narrative), "over the weekend"
    (``WE``: the weekend just past, or in a future clause the coming one).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> text = "Sales grew in the quarter. They met over the weekend."
        >>> running = RunningReference(text, date(2023, 10, 23), narrative=False)
        >>> resolve(UnitInQuestion("Q"), running, (14, 25)).value
        '2023-Q4'
        >>> resolve(UnitInQuestion("WE"), running, (40, 52)).value
        '2023-W42-WE'
    """

    unit: str


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
class Decade:
    """A decade without its century: ``UNDEF-century-6`` ("the sixties", "the '60s"), of the
    running reference's century (news: the last such decade not after it; else the 1900s).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> resolve(Decade(6), running).value, resolve(Decade(1), running).value
        ('196', '201')
    """

    tens: int


@dataclass(frozen=True, slots=True)
class RelativeQuarter:
    """This, the previous or the next quarter (``half``: half year): ``UNDEF-this-quarter-
    MINUS-1`` ("last quarter", deictic), "the final quarter" (anaphoric).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> resolve(RelativeQuarter(-1), running).value
        '2023-Q3'
        >>> resolve(RelativeQuarter(1, half=True), running).value
        '2024-H1'
    """

    shift: int
    half: bool = False
    anchor: Anchor = "deictic"


@dataclass(frozen=True, slots=True)
class YearlessQuarter:
    """A numbered quarter (``half``: half year) without a year: ``UNDEF-year-Q3`` ("the third
    quarter"), of the last date's year shifted by ``year_shift`` ("of last year": -1); when
    no year is named (None), news takes the tense's quarter around the reference date.

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> text = "Profits rose in the fourth quarter."
        >>> running = RunningReference(text, date(2023, 8, 1), narrative=False)
        >>> resolve(YearlessQuarter(4), running, (16, 34)).value
        '2022-Q4'
        >>> resolve(YearlessQuarter(2, half=True, year_shift=1), running).value
        '2024-H2'
    """

    number: int
    half: bool = False
    year_shift: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.number <= (2 if self.half else 4):
            raise ValueError(f"{self.number} is no quarter or half: use 1..4 or 1..2")


@dataclass(frozen=True, slots=True)
class AdjacentUnit:
    """The unit next to the date last mentioned: ``UNDEF-REF-day-PLUS-1`` ("the day after"),
    ``UNDEF-REF-year-MINUS-1`` ("the year before").

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", None, narrative=True)
        >>> running.remember("2020-03-03")
        >>> resolve(AdjacentUnit("D", 1), running).value
        '2020-03-04'
    """

    unit: str
    shift: int


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """This, the last or the next fiscal year: ``FY`` of ``UNDEF-this-year-MINUS-1``.

    >>> from datetime import date
    >>> from timeline.temporal.reference import RunningReference
    >>> from timeline.temporal.resolve import resolve
    >>> resolve(FiscalYear(-1), RunningReference("", date(2023, 10, 23), False)).value
    'FY2022'
    """

    shift: int


@dataclass(frozen=True, slots=True)
class TwoDigitYear:
    """A year written with two digits: ``UNDEF-century-98`` ("'98"), in the running
    reference's century unless that puts it past the next year (else the 1900s).

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> resolve(TwoDigitYear(98), running).value, resolve(TwoDigitYear(21), running).value
        ('1998', '2021')
    """

    digits: int


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
