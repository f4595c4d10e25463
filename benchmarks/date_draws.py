"""What a generated sentence of a kind of date is (`Draw`), the readings accepted for it
(`Expect`), how a reading is compared with what the product gives, and the true days of the
holidays the sentences name (from the ``holidays`` package, never from the rules under test).

The kinds themselves are drawn in ``date_kinds.py``; ``bench_date_kinds.py`` and
``tests/test_temporal_date_kinds.py`` read both.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import holidays

from timeline.temporal.set_values import day_part

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SUBJECTS = ("The council", "The union", "Officials", "The ministry", "The board", "The agency")


@dataclass(frozen=True, slots=True)
class Expect:
    """One acceptable reading: the interval, granularity and (when given) value."""

    date_start: date | None
    date_end: date | None
    granularity: str | None
    value: str | None = None
    #: "the end of the month": any days of the period that run to its end
    end_part: bool = False
    #: "the early 1990s": any days of the period, at its granularity and value
    within: bool = False


@dataclass(frozen=True, slots=True)
class Draw:
    """A drawn text, the expression at `at` in it, and the readings accepted for it.

    `whole`: the expression is the text's only date, so the event row must carry it too.
    """

    kind: str
    template: str
    text: str
    at: int
    published: date
    accepted: tuple[Expect, ...]
    whole: bool = True


# -- the true days ------------------------------------------------------------------------------


def _us(name: str) -> Callable[[int], date | None]:
    def on(year: int) -> date | None:
        for day, label in holidays.US(years=year, observed=False).items():
            if label == name:
                return day
        return None

    return on


def _easter(shift: int) -> Callable[[int], date | None]:
    def on(year: int) -> date | None:
        for day, label in holidays.GB(years=year, observed=False).items():
            if label == "Good Friday":
                return day + timedelta(days=shift + 2)
        return None

    return on


def _norway(name: str) -> Callable[[int], date | None]:
    """A moveable feast as Norway's table keeps it ("Maundy Thursday", "Pentecost Monday")."""

    def on(year: int) -> date | None:
        table = holidays.country_holidays("NO", years=year, language="en_US")
        for day, label in table.items():
            if name in label.split("; "):  # "Constitution Day; Pentecost Monday" in 2027
                return day
        return None

    return on


def _fixed(month: int, day: int) -> Callable[[int], date | None]:
    return lambda year: date(year, month, day)


#: (the words a writer uses, its day in a year); not "Independence Day", whose day differs by
#: country (the vocabulary's `country_holidays`)
HOLIDAYS: tuple[tuple[str, Callable[[int], date | None]], ...] = (
    ("Christmas Eve", _fixed(12, 24)),
    ("Christmas", _us("Christmas Day")),
    ("Christmas Day", _us("Christmas Day")),
    ("New Year's Day", _us("New Year's Day")),
    ("New Year's Eve", _fixed(12, 31)),
    ("Thanksgiving", _us("Thanksgiving Day")),
    ("Labor Day", _us("Labor Day")),
    ("Memorial Day", _us("Memorial Day")),
    ("the Fourth of July", _us("Independence Day")),
    ("Veterans Day", _us("Veterans Day")),
    ("Columbus Day", _us("Columbus Day")),
    ("Presidents' Day", _us("Washington's Birthday")),
    ("Martin Luther King Day", _us("Martin Luther King Jr. Day")),
    ("Good Friday", _easter(-2)),
    ("Easter", _easter(0)),
    ("Easter Sunday", _easter(0)),
    ("Easter Monday", _easter(1)),
    ("Maundy Thursday", _norway("Maundy Thursday")),
    ("Ascension Day", _norway("Ascension Day")),
    ("Pentecost", _norway("Pentecost")),
    ("Whit Sunday", _norway("Pentecost")),
    ("Whit Monday", _norway("Pentecost Monday")),
    ("Boxing Day", _fixed(12, 26)),
    ("Halloween", _fixed(10, 31)),
    ("Valentine's Day", _fixed(2, 14)),
)

#: (the words, the long weekend's first and last day counted from the holiday)
WEEKEND_HOLIDAYS: tuple[tuple[str, Callable[[int], date | None], int, int], ...] = (
    ("Easter", _easter(0), -2, 1),
    ("Labor Day", _us("Labor Day"), -2, 0),
    ("Thanksgiving", _us("Thanksgiving Day"), 0, 3),
)


def holiday_days(on: Callable[[int], date | None], published: date) -> list[date]:
    return [d for y in range(published.year - 1, published.year + 2) if (d := on(y)) is not None]


def day_reading(day: date, granularity: str = "day", value: str | None = None) -> Expect:
    return Expect(day, day, granularity, value)


# -- the kinds ----------------------------------------------------------------------------------


def on_or_after(published: date, weekday: int) -> date:
    return published + timedelta((weekday - published.weekday()) % 7)


def on_or_before(published: date, weekday: int) -> date:
    return published - timedelta((published.weekday() - weekday) % 7)


def draw_at(
    kind: str, template: str, text: str, words: str, published: date, *accepted: Expect
) -> Draw:
    return Draw(kind, template, text, text.index(words), published, accepted)


def draw_published(rng: random.Random) -> date:
    """A publication day from the 1950s to the 2020s: any day, a month's end, or 29 February."""
    year = rng.randrange(1950, 2030)
    pick = rng.randrange(4)
    if pick == 0:  # a month's last day
        month = rng.randrange(1, 13)
        return date(year + (month == 12), month % 12 + 1, 1) - timedelta(1)
    if pick == 1:  # a leap day
        leap = year - year % 4
        return date(leap, 2, 29)
    return date(year, 1, 1) + timedelta(rng.randrange(365))


def row_reading(reading: Expect) -> Expect:
    """What an event row says of an accepted reading: its days and precision, not its value;
    a part of the day ("Thanksgiving evening", value "...TEV") is a row at the day's precision.

    >>> row_reading(Expect(date(2024, 11, 28), date(2024, 11, 28), "time", "2024-11-28TEV"))
    Expect(date_start=datetime.date(2024, 11, 28), date_end=datetime.date(2024, 11, 28), \
granularity='day', value=None, end_part=False, within=False)
    """
    grain = reading.granularity
    if grain == "time" and reading.value is not None and day_part(reading.value):
        grain = "day"
    return Expect(
        reading.date_start, reading.date_end, grain, None, reading.end_part, reading.within
    )


def _inside(got: Expect, accepted: Expect) -> bool:
    """Whether `got` lies in the period `accepted` allows any part of (`Expect.within`)."""
    bounds = (got.date_start, got.date_end, accepted.date_start, accepted.date_end)
    if not accepted.within or None in bounds:
        return False
    return accepted.date_start <= got.date_start <= got.date_end <= accepted.date_end  # type: ignore[operator]


def mismatch(draw: Draw, got: Expect | None) -> bool:
    """Whether `got` (None: no expression there) is none of the readings accepted."""
    if got is None:
        return not any(a.date_start is None and a.granularity is None for a in draw.accepted)
    return not any(
        (
            got.date_start == a.date_start
            or (
                a.end_part
                and None not in (got.date_start, a.date_start, a.date_end)
                and a.date_start <= got.date_start <= a.date_end
            )  # type: ignore[operator]
            or _inside(got, a)
        )
        and (got.date_end == a.date_end or _inside(got, a))
        and got.granularity == a.granularity
        and (a.value is None or got.value == a.value)
        for a in draw.accepted
    )
