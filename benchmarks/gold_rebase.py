"""A gold date counted again from another publication day (`rebase`): how two annotators of
a page that states no day, each counting from the day they assumed, are compared, and how a
row is scored by the second annotation of such a page (`bench_outlets.py`,
`gold_agreement.py`). Its own module so that both import it.

"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the types only: bench_outlets imports this module
    from bench_outlets import Gold, GoldDate


def _month_shift(value: GoldDate, months: int) -> GoldDate:
    assert value.start is not None and value.end is not None
    first = value.start.year * 12 + value.start.month - 1 + months
    last = value.end.year * 12 + value.end.month - 1 + months
    start = date(first // 12, first % 12 + 1, 1)
    end = date(last // 12, last % 12 + 1, calendar.monthrange(last // 12, last % 12 + 1)[1])
    return replace(value, start=start, end=end)


def rebase(value: GoldDate, counted_from: date, onto: date) -> GoldDate:
    """A date one annotator counted from the publication day they assumed, counted the same
    way from another's: the same offset in the value's own unit (days, weeks, months, years).

    Two annotators of an article that states no day each assume one (`published_stated:
    false`) and count its relative values from it; their readings agree when the offsets do.

        >>> from bench_outlets import parse_gold_date as d
        >>> str(rebase(d("1997-05-13"), date(1997, 5, 14), date(1994, 8, 16)))
        '1994-08-15..1994-08-15 (day)'
        >>> str(rebase(d("1997-W19"), date(1997, 5, 14), date(1994, 8, 16)))
        '1994-08-08..1994-08-14 (week)'
        >>> str(rebase(d("1997-04"), date(1997, 5, 14), date(1994, 8, 16)))
        '1994-07-01..1994-07-31 (month)'
        >>> str(rebase(d("1996-Q4"), date(1997, 5, 14), date(1994, 8, 16)))
        '1994-01-01..1994-03-31 (quarter)'
        >>> str(rebase(d("1996"), date(1997, 5, 14), date(1994, 8, 16)))
        '1993-01-01..1993-12-31 (year)'
        >>> str(rebase(d(None), date(1997, 5, 14), date(1994, 8, 16)))
        'no day'

    """
    if value.start is None or value.end is None:
        return value
    years = onto.year - counted_from.year
    if value.granularity in ("day", "time"):
        return replace(
            value, start=value.start + (onto - counted_from), end=value.end + (onto - counted_from)
        )
    if value.granularity == "week":
        weeks = (value.start - (counted_from - timedelta(days=counted_from.weekday()))).days // 7
        monday = onto - timedelta(days=onto.weekday()) + timedelta(weeks=weeks)
        return replace(value, start=monday, end=monday + timedelta(days=6))
    if value.granularity in ("month", "quarter", "half"):
        months = (onto.year * 12 + onto.month) - (counted_from.year * 12 + counted_from.month)
        if value.granularity != "month":
            size = 3 if value.granularity == "quarter" else 6
            months = (
                size * (((onto.month - 1) // size) - ((counted_from.month - 1) // size))
                + 12 * years
            )
        return _month_shift(value, months)
    if value.granularity in ("year", "season"):
        season = (
            None if value.season is None else f"{int(value.season[:4]) + years}{value.season[4:]}"
        )
        return replace(
            value,
            start=value.start.replace(year=value.start.year + years),
            end=value.end.replace(year=value.end.year + years),
            season=season,
        )
    shift = onto - counted_from
    return replace(value, start=value.start + shift, end=value.end + shift)


def onto_first(first: Gold, second: Gold) -> Gold:
    """The second annotation of a page, its relative values counted from the first's
    publication day when neither states one (`published_stated: false`): the product is given
    the first's day, and two annotators of such a page agree when their offsets do."""
    if first.published_stated or second.published_stated:
        return second
    events = tuple(
        replace(e, dates=tuple(rebase(v, second.published, first.published) for v in e.dates))
        if e.relative
        else e
        for e in second.events
    )
    return replace(second, events=events)
