"""Partial values of periods: a unit counted from a date ("last year", "two years ago", "the
end of the year", "in the quarter", "the day after") and the periods the calendar names (a
season, a quarter, a decade, a fiscal year, a two-digit year), as HeidelTime's ``UNDEF-...``
values; ``partial`` has the days and dates and the union of them all (``Partial``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.temporal.partial import Anchor

__all__ = [
    "AdjacentUnit",
    "Counted",
    "Decade",
    "FiscalYear",
    "PartOfUnit",
    "RelativeQuarter",
    "RelativeUnit",
    "Season",
    "TwoDigitYear",
    "UnitInQuestion",
    "YearlessQuarter",
]


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
    reference's century unless that puts it past the next year (else the century before);
    without a reference, the century that puts it no later than next year.

        >>> from datetime import date
        >>> from timeline.temporal.reference import RunningReference
        >>> from timeline.temporal.resolve import resolve
        >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
        >>> resolve(TwoDigitYear(98), running).value, resolve(TwoDigitYear(21), running).value
        ('1998', '2021')
    """

    digits: int
