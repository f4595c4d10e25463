"""Resolving the partial values of periods counted from a date: a relative unit ("last
year"), a count of units ("two years ago"), a part of a unit ("the end of the year"), the unit
in question ("in the quarter"), the unit next to the last date ("the day after");
``resolve.resolve`` dispatches to them (the periods the calendar names, a season or a quarter,
are ``resolve_named_periods``). And the day of a part of the day said without one ("in the
afternoon": `day_of_a_day_part`)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline.temporal.calendar import (
    SEASON_MONTHS,
    granularity_of,
    shifted,
    value_at,
    year_value,
)
from timeline.temporal.date_parts import DateParts
from timeline.temporal.hemisphere import season_days
from timeline.temporal.partial import (
    AdjacentUnit,
    Counted,
    PartOfUnit,
    RelativeUnit,
    Resolved,
    UnitInQuestion,
)
from timeline.temporal.reference import RunningReference
from timeline.temporal.tense import tense_around

#: the calendar unit a season, a part of the day or the weekend counts in
_COUNTED_IN = {
    **dict.fromkeys(("SP", "SU", "FA", "WI"), "Y"),
    **dict.fromkeys(("MO", "AF", "EV", "NI", "DT"), "D"),
    "WE": "W",
}
_SEASON_CODES = frozenset(SEASON_MONTHS)
_PART_CODES = frozenset(("MO", "AF", "EV", "NI", "DT"))


def _partial_value(parts: DateParts, unit: str, shift: int) -> str:
    """A day (D), week (W), decade (DE) or century (CE) relative to a running reference known
    only in part.

    >>> _partial_value(DateParts(-479, 6), "D", 0)
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
        return f"{year_value(year)}-WXX"
    if shift == 0 and parts.month is not None and parts.day is not None:
        return f"{year_value(year)}-{parts.month:02d}-{parts.day:02d}"
    month = f"{parts.month:02d}" if parts.month is not None else "XX"  # a day's shift: same month
    return f"{year_value(year)}-{month}-XX"


def _month_after(year: int, month: int, months: int) -> str:
    """The month ``months`` after a month of a year."""
    index = year * 12 + month - 1 + months
    return f"{year_value(index // 12)}-{index % 12 + 1:02d}"


def _unwritten_day(running: RunningReference) -> bool:
    """News without its publication date: what counts from the day it was written ("last
    week", "next month", "two years ago") has no day to count from, and must not borrow one
    from another date of the text."""
    return not running.narrative and running.reference is None


def _unknown_of(unit: str) -> str:
    """The value of a period of `unit` whose place is not known: "XXXX-WXX" for a week.

    >>> _unknown_of("M"), _unknown_of("SU"), _unknown_of("NI")
    ('XXXX-XX', 'XXXX-SU', 'XXXX-XX-XXTNI')
    """
    if unit in _SEASON_CODES:
        return f"XXXX-{unit}"
    if unit in _PART_CODES:
        return f"XXXX-XX-XXT{unit}"
    return _UNKNOWN_VALUES.get(unit, "XXXX")


_UNKNOWN_VALUES = {
    "D": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "M": "XXXX-XX",
    "Q": "XXXX-QX",
    "H": "XXXX-HX",
    "DE": "XXX",
    "CE": "XX",
}


def year_of_its_sentence(running: RunningReference, start: int) -> int | None:
    """In news, the year that opens the sentence of `start` as its scene, when the date told
    last is that year alone and not the year of the news ("In 2013 a thief ...", "Last year,
    output fell"): what the sentence tells without a year of its own ("a month later", "during
    the summer war") is of that year; None otherwise.

    >>> text = "In 2013 a thief took plates, found a month later."
    >>> running = RunningReference(text, date(2019, 3, 12), narrative=False)
    >>> running.remember("2013", 3, 7); year_of_its_sentence(running, 36)
    2013
    """
    anchor = running.anchor
    if (
        running.narrative
        or anchor is None
        or anchor.month is not None
        or running.reference is None
        or anchor.year == running.reference.year
        or not running.mentioned_in_sentence(start)
        or not running.near_sentence_start(running.anchor_at)
    ):
        return None  # not the sentence's scene ("will open it next year and ... in the summer")
    return anchor.year


def _day_lost(running: RunningReference, anchor: str, unit: str) -> bool:
    """Whether a day or week counted from the story's day ("the next morning", "a week
    earlier") counts from a day told but not known ("on Thursday", in news without its
    date): it is not known either, whatever year was told before (`RunningReference.lost_day`).
    """
    return running.lost_day and anchor != "deictic" and unit in ("D", "W", *_PART_CODES)


def resolved_relative_unit(
    partial: RelativeUnit, running: RunningReference, span: tuple[int, int] | None = None
) -> Resolved | None:
    """A period next to the reference (`RelativeUnit`: "last year", "the following month").

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import RelativeUnit
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_relative_unit(RelativeUnit("W", -1), running, None).value
    '2023-W42'
    """
    unit, shift = partial.unit, partial.shift
    code = _COUNTED_IN.get(unit, unit)
    if partial.anchor == "anaphoric":
        same = partial.that and unit in ("D", *_PART_CODES)  # "that night", "that day"
        base = running.anaphoric_day(code, story=unit in ("D", "W") or same, same=same)
        if same and span is not None:
            # "the blast on June 21, the inquiry heard today ... that day": a day away from
            # the news day told after it (`RunningReference.distal_day`)
            base = running.distal_day(span[0]) or base
    else:
        base = running.deictic_day()
        if running.narrative and base is None:
            base = running.anaphoric_day(code)
        if base is None and _unwritten_day(running):
            return Resolved.unknown(_unknown_of(unit))
    if base is None:
        if _day_lost(running, partial.anchor, unit):
            return Resolved.unknown(_unknown_of(unit))  # "on Thursday ... the next morning"
        return _relative_unit_in_part(partial, running.anaphoric_parts())
    if unit in _SEASON_CODES:
        told = running.anchor if partial.anchor == "anaphoric" else None
        if shift and told is not None and told.month is None and told.season is None:
            # "found in 2017, declared a monument the following spring": the year after it
            return Resolved(f"{told.year + shift:04d}-{unit}")
        southern = running.southern
        said = running.anchor.season if partial.anchor == "anaphoric" and running.anchor else None
        if said is not None and base.month == 1:
            # "the autumn of 1994 ... That winter": the winter after that autumn
            base = season_days(base.year, said, southern=southern)[0]
        year = base.year
        # the season of that name holding the base, or the one of its year
        if base < season_days(year, unit, southern=southern)[0]:
            year -= int(base <= season_days(year - 1, unit, southern=southern)[1])
        elif base > season_days(year, unit, southern=southern)[1]:
            year += int(base >= season_days(year + 1, unit, southern=southern)[0])
        first, last = season_days(year, unit, southern=southern)
        if shift == -1 and last >= base:
            year -= 1
        elif shift == 1 and first <= base:
            year += 1
        return Resolved(f"{year:04d}-{unit}")
    if unit in _PART_CODES:
        return Resolved(f"{(base + timedelta(days=shift)).isoformat()}T{unit}", "TIME")
    if unit == "WE":
        iso = (base + timedelta(weeks=shift)).isocalendar()
        return Resolved(f"{iso.year:04d}-W{iso.week:02d}-WE")
    moved = shifted(base, shift, code)
    return Resolved(value_at(moved, code)) if moved is not None else None


def day_of_a_day_part(running: RunningReference, span: tuple[int, int]) -> date | None:
    """In news, the day of a part of the day said without one ("in the afternoon", "through
    the morning") when it is not the day told last: that day is told after the reference
    date while the clause tells what happened ("will visit Osh on Thursday. Aftershocks
    continued through the morning."), or it was told sentences before and before the
    story's latest day ("the frost forecast on Friday. ... in a stable condition in the
    afternoon", of a race on Sunday). It is then the story's latest day, else the reference
    date. None: the day told last is the day (the caller's rule), as it is when told in the
    same sentence or the one before ("Shares rose on Tuesday, then fell in afternoon trading").

    >>> text = "They will meet on Thursday. Talks went on through the morning."
    >>> running = RunningReference(text, date(2022, 3, 9), False)
    >>> running.remember("2022-03-10", 17, 25)
    >>> day_of_a_day_part(running, (48, 63))
    datetime.date(2022, 3, 9)
    """
    reference, anchor = running.reference, running.anchor
    if running.narrative or reference is None or anchor is None:
        return None
    told = anchor.as_date()
    if told is None:  # a month, a year, a season told last: the day told before it
        told = running.news_day
    elif running.mentioned_in_sentence(span[0]):
        return None
    if told is None:
        return None
    story = running.latest_day or reference
    tense = tense_around(running.text, *span)
    if told > reference and tense == "past":
        return story
    if told < reference and tense == "future":
        # "moved the start on Friday ... The heat is expected to peak in the early
        # afternoon": a clause that looks ahead tells of no part of a day gone by
        return max(story, reference)
    if told < story and not running.mentioned_just_before(span[0]):
        return story
    return None


def _relative_unit_in_part(partial: RelativeUnit, parts: DateParts | None) -> Resolved:
    """ "the following year" after a running reference known in part: shift what is known."""
    unit, shift = partial.unit, partial.shift
    if parts is not None and unit == "Y" and parts.year:
        return Resolved(year_value(parts.year + shift))
    if parts is not None and unit == "M" and parts.month:
        return Resolved(_month_after(parts.year, parts.month, shift))
    if parts is not None and unit in _PART_CODES and parts.year:
        # "in 1994 ... that night": a night of 1994
        month = f"{parts.month:02d}" if parts.month is not None else "XX"
        return Resolved(f"{year_value(parts.year)}-{month}-XXT{unit}", "TIME")
    if parts is not None and unit in ("D", "W", "DE", "CE"):
        return Resolved(_partial_value(parts, unit, shift))
    if partial.that and unit in _PART_CODES:
        return Resolved.unknown(f"XXXX-XX-XXT{unit}")  # "that night" of a day not known
    return Resolved.unknown({1: "FUTURE_REF", -1: "PAST_REF"}.get(shift, "PRESENT_REF"))


def _unit_of_value(code: str, amount: int, mod: str | None) -> str:
    """The unit whose period a count of ``amount`` ``code`` units lands in names: the unit
    counted, but one week or one fortnight counted plainly ("a week ago", "a fortnight ago",
    "a week later" from a day told) is the day seven (fourteen) days away, as a reader takes
    it; "two weeks ago" and "about a week ago" stay the calendar week.

    >>> [_unit_of_value(*c) for c in [("W", 1, None), ("2W", 1, None), ("W", 2, None)]]
    ['D', 'D', 'W']
    >>> _unit_of_value("W", 1, "APPROX"), _unit_of_value("M", 1, None)
    ('W', 'M')
    """
    return "D" if code in ("W", "2W") and amount == 1 and mod is None else code


def resolved_counted(
    partial: Counted, running: RunningReference, span: tuple[int, int] | None = None
) -> Resolved | None:
    """A period counted from the reference (`Counted`: "two years ago", "in three days").

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import Counted
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_counted(Counted("Y", 2.0, -1), running, None).value
    '2021'
    """
    code, amount, sign = partial.unit, partial.amount, partial.sign
    deictic = partial.anchor == "deictic"
    base = (
        running.deictic_day() if deictic else running.anaphoric_day(code, story=code in ("D", "W"))
    )
    if (
        not deictic
        and span is not None
        and code in ("M", "W", "D")
        and year_of_its_sentence(running, span[0]) is not None
    ):
        base = None  # "In 2013 a thief took plates, recovered a month later": a month of 2013
    parts = running.anaphoric_parts()
    vague = "PAST_REF" if sign < 0 else "FUTURE_REF"
    if deictic and base is None and _unwritten_day(running):
        return Resolved.unknown(_unknown_of(code))
    if base is None and _day_lost(running, partial.anchor, code):
        return Resolved.unknown(vague)  # "on Thursday ... a week earlier": no day known
    if base is None and amount is not None and amount == int(amount) and parts is not None:
        # the running reference is a month or a year: shift what is known
        count = sign * int(amount)
        if code in ("Y", "DE", "CE"):
            factor = {"Y": 1, "DE": 10, "CE": 100}[code]
            return Resolved(year_value(parts.year + count * factor))
        if code == "M" and parts.month is not None:
            return Resolved(_month_after(parts.year, parts.month, count))
        month_part = f"{parts.month:02d}" if parts.month is not None else "XX"
        return Resolved.unknown(f"{year_value(parts.year)}-{month_part}-XX")
    if amount is None or base is None:
        return Resolved.unknown(vague)
    if code in ("H", "MIN", "S"):
        hours = {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[code] * amount * sign
        start = datetime.combine(base, datetime.min.time())
        if not deictic and running.clock is not None and running.clock.date() == base:
            # "left at 7:52 p.m. ... lost about eight minutes later": from the clock told on
            # the day counted from (not one put on the news day for want of a day)
            start = running.clock
        moment = start + timedelta(hours=hours)
        return Resolved(moment.date().isoformat())
    if amount != int(amount):
        return Resolved.unknown(vague)
    whole = int(amount)
    anchor_day = shifted(base, sign * whole, code)
    if anchor_day is None:
        return None
    value = value_at(anchor_day, _unit_of_value(code, whole, partial.mod))
    if code in ("DE", "CE") and partial.mod is None:
        # "in 2006 ... A decade later": the year ten years on, not the decade that holds it;
        # "a decade ago" too, as TimeML writes it (a decade back from 2024 is 2014)
        value = year_value(anchor_day.year)
    mod = partial.mod
    if sign < 0 and mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        # "over a decade ago": some time before that point, a period as long again
        earliest = shifted(base, 2 * sign * whole, code) or anchor_day
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
            value = value_at(earliest + (latest - earliest) / 2, code)
        # "just over a year earlier" is a glance back, as below
        interval = (earliest, latest, granularity_of(code))
        return Resolved(value, "DATE", "BEFORE", remember=deictic, interval=interval)
    if sign < 0 and mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        mod = "AFTER"
    elif mod in ("MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"):
        mod = "AFTER" if mod.startswith(("MORE", "EQUAL_OR_MORE")) else "BEFORE"
    # a narrative moves forward: "three days later" is the new scene, "a year earlier"
    # is a glance back that does not move the running reference
    return Resolved(value, "DATE", mod, remember=sign > 0 or deictic)


def resolved_part_of_unit(partial: PartOfUnit, running: RunningReference) -> Resolved | None:
    """A part of a period (`PartOfUnit`: "the end of the year", "the second half of last
    year").

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import PartOfUnit
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_part_of_unit(PartOfUnit("Y", "H2", shift=-1), running).value
    '2022-H2'
    """
    code, shift, mod = partial.unit, partial.shift, partial.mod
    # news: "the end of the year" is this year's; narrative: the running reference's
    anaphoric = partial.anchor == "anaphoric" or (
        partial.anchor == "contextual" and running.narrative
    )
    base = running.anaphoric_day(code) if anaphoric else running.deictic_day()
    if mod in ("H1", "H2"):
        parts = running.anaphoric_parts() if base is None else DateParts(base.year)
        if code == "Y" and parts is not None:
            return Resolved(f"{year_value(parts.year + shift)}-{mod}", remember=False)
        return None
    if base is None:
        parts = running.anaphoric_parts()
        if parts is not None and code == "Y":
            return Resolved(year_value(parts.year + shift), mod=mod)
        if parts is not None and code == "M" and parts.month:
            return Resolved(f"{year_value(parts.year)}-{parts.month:02d}", mod=mod)
        return None
    day = shifted(base, shift, code)
    if day is None:
        return None
    value = f"{(day.year + 50) // 100:02d}" if partial.turn else value_at(day, code)
    return Resolved(value, "DATE", mod, remember=False)


def resolved_unit_in_question(
    partial: UnitInQuestion, running: RunningReference, span: tuple[int, int] | None
) -> Resolved | None:
    """The period a text is about (`UnitInQuestion`: "in the quarter", "over the weekend").

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import UnitInQuestion
    >>> from timeline.temporal.reference import RunningReference
    >>> text = "Sales grew in the quarter. They met over the weekend."
    >>> running = RunningReference(text, date(2023, 10, 23), narrative=False)
    >>> resolved_unit_in_question(UnitInQuestion("Q"), running, (14, 25)).value
    '2023-Q4'
    """
    if partial.unit == "WE":
        base = running.deictic_day()
        if base is None:
            return Resolved.unknown("XXXX-WXX-WE")
        tense = tense_around(running.text, *span) if span is not None else "past"
        # the weekend just past (or, in a future clause, the coming one)
        if tense == "past":
            day = base - timedelta(days=(base.isoweekday() - 6) % 7)
        else:
            day = base + timedelta(days=(6 - base.isoweekday()) % 7)
        iso = day.isocalendar()
        return Resolved(f"{iso.year:04d}-W{iso.week:02d}-WE")
    code = partial.unit
    same_sentence = span is not None and running.mentioned_in_sentence(span[0])
    # news: "later in the week" is this week, unless a date in its sentence says which
    if running.narrative or same_sentence:
        base = running.anaphoric_day(code)
    else:  # "in the month" of a later sentence: the month named last (stop 43)
        named = running.month_in_question(span[0]) if code == "M" and span is not None else None
        base = named or running.deictic_day()
    if base is None:
        parts = running.anaphoric_parts()
        if parts is not None and code == "Y":
            return Resolved(year_value(parts.year), remember=False)
        return None
    return Resolved(value_at(base, code), remember=False)


def resolved_adjacent_unit(partial: AdjacentUnit, running: RunningReference) -> Resolved | None:
    """The period next to the date last mentioned (`AdjacentUnit`: "the day after").

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import AdjacentUnit
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", None, narrative=True)
    >>> running.remember("2020-03-03")
    >>> resolved_adjacent_unit(AdjacentUnit("D", 1), running).value
    '2020-03-04'
    """
    base = running.anaphoric_day(partial.unit)
    if base is None:
        return Resolved.unknown("FUTURE_REF" if partial.shift > 0 else "PAST_REF")
    day = shifted(base, partial.shift, partial.unit)
    return Resolved(value_at(day, partial.unit)) if day is not None else None
