"""Resolving: a partial value (``partial``) and the running reference and tense -> a TIMEX3
value and interval (``resolve``), the one place where news and narrative part ways.

    >>> from datetime import date
    >>> from timeline.temporal.partial import DayShift
    >>> running = RunningReference("Talks ended yesterday.", date(2023, 10, 23), False)
    >>> resolve(DayShift(-1), running)
    Resolved(value='2023-10-22', type='DATE', mod=None, remember=True, interval=None)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from timeline.temporal.calendar import (
    _SEASON_MONTHS,
    _granularity_of,
    _month_end,
    _shift,
    _value_at,
    _year_value,
)
from timeline.temporal.partial import (
    Counted,
    DayShift,
    Direction,
    MonthOfYear,
    Partial,
    RelativeMonth,
    RelativeUnit,
    Season,
    Weekday,
    YearlessDate,
)
from timeline.temporal.reference import RunningReference, _Anchor
from timeline.temporal.tense import _tense

__all__ = ["Direction", "Resolved", "resolve", "resolve_weekday", "resolve_year", "year_of"]

#: in narrative, a year-less month this many months before the running reference's month is
#: next year's ("December 7, 1941 ... In January" is January 1942)
NARRATIVE_ROLLOVER_MONTHS = 8

#: the calendar unit a season, a part of the day or the weekend counts in
_COUNTED_IN = {
    **dict.fromkeys(("SP", "SU", "FA", "WI"), "Y"),
    **dict.fromkeys(("MO", "AF", "EV", "NI", "DT"), "D"),
    "WE": "W",
}
_SEASON_CODES = frozenset(("SP", "SU", "FA", "WI"))
_PART_CODES = frozenset(("MO", "AF", "EV", "NI", "DT"))


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


def _unknown(value: str, type_: str = "DATE") -> Resolved:
    """A value that names no known day ("XXXX-WXX-5", "PAST_REF"): it moves nothing."""
    return Resolved(value, type_, remember=False)


def resolve(
    partial: Partial, running: RunningReference, span: tuple[int, int] | None = None
) -> Resolved | None:
    """The TIMEX3 value of ``partial`` in its text, or None when it names no date.

    ``span`` is where the expression stands in ``running.text``: the tense of its clause is
    read there, only when the partial leaves the direction to it (a bare weekday, a
    year-less date in news).

    >>> from timeline.temporal.partial import Weekday
    >>> text = "He will meet them on Sunday."
    >>> news = RunningReference(text, date(2023, 10, 23), narrative=False)
    >>> resolve(Weekday(7), news, (21, 27)).value
    '2023-10-29'
    """
    if isinstance(partial, Weekday):
        return _weekday(partial, running, span)
    if isinstance(partial, DayShift):
        return _day_shift(partial, running)
    if isinstance(partial, RelativeUnit):
        return _relative_unit(partial, running)
    if isinstance(partial, Counted):
        return _counted(partial, running)
    if isinstance(partial, Season):
        return _season(partial, running, span)
    if isinstance(partial, MonthOfYear):
        return _month_of_year(partial, running)
    if isinstance(partial, RelativeMonth):
        return _relative_month(partial, running)
    return _yearless(partial, running, span)


def _weekday(partial: Weekday, running: RunningReference, span: tuple[int, int] | None) -> Resolved:
    # narrative moves forward from the last date ("On Monday ... On Friday" is that week's)
    base: date | None
    direction: Direction = "forward"
    if partial.anchor == "anaphoric" or running.narrative:
        base = running.anaphoric_day()
    else:
        base = running.deictic_day()
        if partial.direction is not None:
            direction = partial.direction
        else:
            tense = _tense(running.text, *span) if span is not None else "past"
            direction = "back" if tense == "past" else "forward"  # present, future: ahead
    suffix = f"T{partial.part}" if partial.part else ""
    type_ = "TIME" if partial.part else "DATE"
    if base is None:
        return _unknown(f"XXXX-WXX-{partial.weekday}{suffix}", type_)
    day = resolve_weekday(base, partial.weekday, direction)
    return Resolved(day.isoformat() + suffix, type_)


def _day_shift(partial: DayShift, running: RunningReference) -> Resolved:
    suffix = f"T{partial.part}" if partial.part else ""
    type_ = "TIME" if partial.part else "DATE"
    base = running.deictic_day()
    if base is None:
        if partial.today and running.narrative:
            return _unknown("PRESENT_REF")
        return _unknown("XXXX-XX-XX" + suffix, type_)
    return Resolved((base + timedelta(days=partial.days)).isoformat() + suffix, type_)


def resolve_weekday(base: date, weekday: int, direction: Direction) -> date:
    """The ISO ``weekday`` nearest ``base`` in ``direction``.

    >>> monday = date(2023, 10, 23)
    >>> resolve_weekday(monday, 5, "back"), resolve_weekday(monday, 1, "before")
    (datetime.date(2023, 10, 20), datetime.date(2023, 10, 16))
    >>> resolve_weekday(monday, 1, "forward"), resolve_weekday(monday, 1, "after")
    (datetime.date(2023, 10, 23), datetime.date(2023, 10, 30))
    """
    delta = weekday - base.isoweekday()
    if direction == "back":
        delta = delta if delta <= 0 else delta - 7
    elif direction == "forward":
        delta = delta if delta >= 0 else delta + 7
    elif direction == "before":
        delta = delta if delta < 0 else delta - 7
    else:
        delta = delta if delta > 0 else delta + 7
    return base + timedelta(days=delta)


def resolve_year(month: int, day: int | None, reference: date, tense: str | None) -> int | None:
    """The year of a month (and day) written without one, in news.

    A past-tense clause takes the latest such date not after the reference, a future one the
    earliest not before it, and otherwise (present, no cue) the nearest one.

    >>> reference = date(2023, 10, 23)
    >>> [resolve_year(12, 5, reference, tense) for tense in ("past", "future", None)]
    [2022, 2023, 2023]
    """
    options: list[tuple[date, date, int]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            first = date(year, month, day or 1)
            last = date(year, month, day) if day else _month_end(year, month)
        except ValueError:
            continue
        options.append((first, last, year))
    if not options:
        return None
    if tense == "past":
        past = [o for o in options if o[0] <= reference]
        if past:
            return past[-1][2]
    elif tense == "future":
        future = [o for o in options if o[1] >= reference]
        if future:
            return future[0][2]
    middle = {o[2]: o[0] + (o[1] - o[0]) / 2 for o in options}
    return min(middle, key=lambda y: abs((middle[y] - reference).days))


def _partial_value(parts: _Anchor, unit: str, shift: int) -> str:
    """A day (D), week (W), decade (DE) or century (CE) relative to a running reference known
    only in part.

    >>> _partial_value(_Anchor(-479, 6), "D", 0)
    'BC0479-06-XX'
    """
    year = parts.year
    if unit == "DE":
        year += 10 * shift
        return f"{year // 10:03d}" if year > 0 else f"BC{-year // 10:03d}"
    if unit == "CE":
        year += 100 * shift
        return f"{year // 100:02d}" if year > 0 else f"BC{-year // 100:02d}"
    if unit == "W":
        return f"{_year_value(year)}-WXX"
    if shift == 0 and parts.month is not None and parts.day is not None:
        return f"{_year_value(year)}-{parts.month:02d}-{parts.day:02d}"
    month = f"{parts.month:02d}" if parts.month is not None else "XX"  # a day's shift: same month
    return f"{_year_value(year)}-{month}-XX"


def _month_after(year: int, month: int, months: int) -> str:
    """The month ``months`` after a month of a year."""
    index = year * 12 + month - 1 + months
    return f"{_year_value(index // 12)}-{index % 12 + 1:02d}"


def _relative_unit(partial: RelativeUnit, running: RunningReference) -> Resolved | None:
    unit, shift = partial.unit, partial.shift
    code = _COUNTED_IN.get(unit, unit)
    if partial.anchor == "anaphoric":
        base = running.anaphoric_day(code)
    else:
        base = running.deictic_day()
        if running.narrative and base is None:
            base = running.anaphoric_day(code)
    if base is None:
        return _relative_unit_in_part(partial, running.anaphoric_parts())
    if unit in _SEASON_CODES:
        first, last = _SEASON_MONTHS[unit]
        year = base.year
        if unit == "WI" and base.month <= 2:
            year -= 1
        if shift == -1:
            end_month_year = year + 1 if last < first else year
            if _month_end(end_month_year, last) >= base:
                year -= 1
        elif shift == 1 and date(year, first, 1) <= base:
            year += 1
        return Resolved(f"{year:04d}-{unit}")
    if unit in _PART_CODES:
        return Resolved(f"{(base + timedelta(days=shift)).isoformat()}T{unit}", "TIME")
    if unit == "WE":
        iso = (base + timedelta(weeks=shift)).isocalendar()
        return Resolved(f"{iso.year:04d}-W{iso.week:02d}-WE")
    moved = _shift(base, shift, code)
    return Resolved(_value_at(moved, code)) if moved is not None else None


def _relative_unit_in_part(partial: RelativeUnit, parts: _Anchor | None) -> Resolved:
    """ "the following year" after a running reference known in part: shift what is known."""
    unit, shift = partial.unit, partial.shift
    if parts is not None and unit == "Y" and parts.year:
        return Resolved(_year_value(parts.year + shift))
    if parts is not None and unit == "M" and parts.month:
        return Resolved(_month_after(parts.year, parts.month, shift))
    if parts is not None and unit in ("D", "W", "DE", "CE"):
        return Resolved(_partial_value(parts, unit, shift))
    return _unknown({1: "FUTURE_REF", -1: "PAST_REF"}.get(shift, "PRESENT_REF"))


# over 60 lines: the cases of a count from a point (partial reference, clock, more than)
def _counted(partial: Counted, running: RunningReference) -> Resolved | None:
    code, amount, sign = partial.unit, partial.amount, partial.sign
    deictic = partial.anchor == "deictic"
    base = running.deictic_day() if deictic else running.anaphoric_day(code)
    parts = running.anaphoric_parts()
    vague = "PAST_REF" if sign < 0 else "FUTURE_REF"
    if base is None and amount is not None and amount == int(amount) and parts is not None:
        # the running reference is a month or a year: shift what is known
        count = sign * int(amount)
        if code in ("Y", "DE", "CE"):
            factor = {"Y": 1, "DE": 10, "CE": 100}[code]
            return Resolved(_year_value(parts.year + count * factor))
        if code == "M" and parts.month is not None:
            return Resolved(_month_after(parts.year, parts.month, count))
        month_part = f"{parts.month:02d}" if parts.month is not None else "XX"
        return _unknown(f"{_year_value(parts.year)}-{month_part}-XX")
    if amount is None or base is None:
        return _unknown(vague)
    if code in ("H", "MIN", "S"):
        hours = {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[code] * amount * sign
        moment = datetime.combine(base, datetime.min.time()) + timedelta(hours=hours)
        return Resolved(moment.date().isoformat())
    if amount != int(amount):
        return _unknown(vague)
    whole = int(amount)
    anchor_day = _shift(base, sign * whole, code)
    if anchor_day is None:
        return None
    value = _value_at(anchor_day, code)
    mod = partial.mod
    if sign < 0 and mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        # "over a decade ago": some time before that point, a period as long again
        earliest = _shift(base, 2 * sign * whole, code) or anchor_day
        if anchor_day <= earliest:  # the start of the calendar: no earlier day to give
            return None
        latest = anchor_day - timedelta(days=1)
        if code in ("DE", "CE", "ML"):
            # the value names the same stretch as the interval: the decade (century) that
            # holds its middle, so the one that overlaps it most. "over a decade ago" from
            # 2023-10-23 is 2003-10-23 .. 2013-10-22, mostly the 2000s: 200, where the
            # decade of the point a decade back (201, the 2010s) lies mostly after it.
            # A year or a finer unit keeps the period of that point, the annotators'
            # convention (WikiWars: "just over a year earlier" in March 2003 is 2002),
            # which holds the interval's last day.
            value = _value_at(earliest + (latest - earliest) / 2, code)
        # "just over a year earlier" is a glance back, as below
        interval = (earliest, latest, _granularity_of(code))
        return Resolved(value, "DATE", "BEFORE", remember=deictic, interval=interval)
    if sign < 0 and mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        mod = "AFTER"
    elif mod in ("MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"):
        mod = "AFTER" if mod.startswith(("MORE", "EQUAL_OR_MORE")) else "BEFORE"
    # a narrative moves forward: "three days later" is the new scene, "a year earlier"
    # is a glance back that does not move the running reference
    return Resolved(value, "DATE", mod, remember=sign > 0 or deictic)


def year_of(
    partial: YearlessDate, running: RunningReference, span: tuple[int, int] | None = None
) -> int | None:
    """The year of a month (and day) written without one.

    News: a past-tense clause takes the latest such date not after the reference, a future
    one the earliest not before it, and otherwise the nearest one. Narrative: the running
    reference's year, or the next when the month lies far behind its month.

    >>> running = RunningReference("It ended in January.", date(2023, 10, 23), False)
    >>> year_of(YearlessDate(1), running, (12, 19))
    2023
    """
    if running.narrative or running.reference is None:
        parts = running.anaphoric_parts()
        if parts is None:
            return None
        if parts.month is not None and parts.month - partial.month >= NARRATIVE_ROLLOVER_MONTHS:
            return parts.year + 1  # "December 7, 1941 ... In January" is January 1942
        return parts.year
    tense = _tense(running.text, span[0], span[1], None) if span else None  # present: nearest
    return resolve_year(partial.month, partial.day, running.reference, tense)


def _yearless(
    partial: YearlessDate, running: RunningReference, span: tuple[int, int] | None
) -> Resolved | None:
    year = year_of(partial, running, span)
    month, day = partial.month, partial.day
    if day is None:
        if year is None:
            return _unknown(f"XXXX-{month:02d}")
        return Resolved(f"{_year_value(year)}-{month:02d}")
    if year is None:
        return _unknown(f"XXXX-{month:02d}-{day:02d}")
    return _day_of(year, month, day)


def _day_of(year: int, month: int, day: int) -> Resolved | None:
    """A day of a known year; None when there is no such day (February 30)."""
    try:
        if year > 0:
            date(year, month, day)
    except ValueError:
        return None
    return Resolved(f"{_year_value(year)}-{month:02d}-{day:02d}")


def _season(partial: Season, running: RunningReference, span: tuple[int, int] | None) -> Resolved:
    season, shift = partial.season, partial.shift or 0
    anaphoric = partial.anchor == "anaphoric" or running.narrative
    base = running.anaphoric_day() if anaphoric else running.deictic_day()
    if base is None:
        parts = running.anaphoric_parts()
        if parts is None:
            return _unknown(f"XXXX-{season}")
        return Resolved(f"{_year_value(parts.year + shift)}-{season}")
    first, last = _SEASON_MONTHS[season]
    year = base.year
    if not running.narrative and partial.shift is None:
        # news: the nearest such season around the reference
        tense = _tense(running.text, *span) if span is not None else "past"
        if tense == "past" and date(year, first, 1) > base:
            year -= 1
        elif tense == "future" and _month_end(year + 1 if last < first else year, last) < base:
            year += 1
    elif shift == -1:
        if _month_end(year + 1 if last < first else year, last) >= base:
            year -= 1
    elif shift == 1 and date(year, first, 1) <= base:
        year += 1
    return Resolved(f"{_year_value(year)}-{season}")


def _month_of_year(partial: MonthOfYear, running: RunningReference) -> Resolved | None:
    # "next year" counts from the reference date in news, from the last date in narrative
    year: int | None
    if partial.anchor == "deictic" and not running.narrative and running.reference is not None:
        year = running.reference.year + partial.shift
    else:
        parts = running.anaphoric_parts()
        year = parts.year + partial.shift if parts is not None else None
    if year is None:
        return _unknown(f"XXXX-{partial.month:02d}")
    if partial.day is None:
        return Resolved(f"{_year_value(year)}-{partial.month:02d}")
    return _day_of(year, partial.month, partial.day)


def _relative_month(partial: RelativeMonth, running: RunningReference) -> Resolved:
    parts: _Anchor | None = None
    if partial.anchor == "anaphoric" or running.narrative:
        parts = running.anaphoric_parts()
    elif running.reference is not None:
        reference = running.reference
        parts = _Anchor(reference.year, reference.month, reference.day)
    month = partial.month
    if parts is None or parts.month is None:
        return _unknown(f"XXXX-{month:02d}")
    year = parts.year
    if partial.shift < 0 and month >= parts.month:
        year -= 1
    elif partial.shift > 0 and month <= parts.month:
        year += 1
    return Resolved(f"{_year_value(year)}-{month:02d}")
