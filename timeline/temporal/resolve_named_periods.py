"""Resolving the partial values of periods the calendar names, whose year is to be found: a
season ("last summer", "in the winter"), a quarter or a half ("last quarter", "the third
quarter"), a decade ("the nineties"), a fiscal year ("this fiscal year"), a two-digit year
("since '05"); ``resolve.resolve`` dispatches to them, and ``resolve_periods`` resolves the
periods counted from a date.

    >>> running = RunningReference("Sales peaked in the nineties.", date(2023, 10, 23), False)
    >>> resolved_decade(Decade(9), running).value
    '199'
    >>> resolved_relative_quarter(RelativeQuarter(-1), running).value
    '2023-Q3'
"""

from __future__ import annotations

from datetime import date

from timeline.temporal.calendar import year_value
from timeline.temporal.date_order import full_year
from timeline.temporal.date_parts import DateParts
from timeline.temporal.deadline import bound_of_a_period
from timeline.temporal.hemisphere import named_hemisphere, season_days
from timeline.temporal.partial import (
    Decade,
    FiscalYear,
    RelativeQuarter,
    Resolved,
    Season,
    TwoDigitYear,
    YearlessQuarter,
)
from timeline.temporal.patterns import names_figures
from timeline.temporal.reference import RunningReference
from timeline.temporal.resolve_periods import year_of_its_sentence
from timeline.temporal.tense import tense_around, when_clause_year


def resolved_season(
    partial: Season, running: RunningReference, span: tuple[int, int] | None
) -> Resolved:
    """A season (`Season`: "the summer", "next winter") of the year its relation or tense
    points to.

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import Season
    >>> from timeline.temporal.reference import RunningReference
    >>> text = "The plant closed in the summer."
    >>> running = RunningReference(text, date(2023, 3, 1), narrative=False)
    >>> resolved_season(Season("SU"), running, (20, 30)).value
    '2022-SU'
    """
    season, shift = partial.season, partial.shift or 0
    anaphoric = partial.anchor == "anaphoric" or running.narrative
    base = running.anaphoric_day() if anaphoric else running.deictic_day()
    if base is None:
        parts = running.anaphoric_parts()
        if parts is None:
            return Resolved.unknown(f"XXXX-{season}")
        if _narrative_winter(partial, running):
            return _winter(parts.year + (1 if (parts.month or 12) > 2 else 0))
        return Resolved(f"{year_value(parts.year + shift)}-{season}")
    year = base.year
    then = when_clause_year(running.text, span[0]) if span and partial.shift is None else None
    if then is None and span is not None and partial.shift is None and not anaphoric:
        then = year_of_its_sentence(running, span[0])  # "In 2006, during the summer war"
    if then is not None:
        year = then  # "in 2016, when spring frosts hit the valley"
    elif _narrative_winter(partial, running):
        return _winter(year if base.month <= 2 else year + 1)
    named = named_hemisphere(running.text, span[0]) if span is not None else None
    southern = running.southern if named is None else named
    first, last = season_days(year, season, southern=southern)
    if then is None and not running.narrative and partial.shift is None:
        # news: the nearest such season around the reference
        tense = tense_around(running.text, *span) if span is not None else "past"
        if tense == "past" and first > base:
            year -= 1
        elif tense == "future" and last < base:
            year += 1
    elif shift == -1:
        if last >= base:
            year -= 1
    elif shift == 1 and first <= base:
        year += 1
    if named is not None and named != running.southern:
        # "the northern spring" in a text from the south: its own months, not the text's
        first, last = season_days(year, season, southern=named)
        return Resolved(f"{year_value(year)}-{season}", interval=(first, last, "season"))
    return Resolved(f"{year_value(year)}-{season}")


def _narrative_winter(partial: Season, running: RunningReference) -> bool:
    """Whether `partial` is a northern winter of a narrative counted from its running date."""
    return (
        running.narrative
        and not running.southern
        and partial.season == "WI"
        and partial.shift is None
    )


def _winter(january: int) -> Resolved:
    """A narrative's winter, the one its running date is in (January, February) or the one
    after it, named by the year of its January as TIMEX2 writes it ("in November 1914 ... in
    winter" is 1915-WI, December 1914 to February 1915; 481 BC's is BC0480-WI). It does not
    move the running reference: the story goes on in the year it told."""
    first, last = season_days(january - 1, "WI", southern=False) if january > 1 else (None, None)
    interval = (first, last, "season") if first is not None else None
    return Resolved(f"{year_value(january)}-WI", interval=interval, remember=False)


def resolved_relative_quarter(partial: RelativeQuarter, running: RunningReference) -> Resolved:
    """This, the previous or the next quarter or half (`RelativeQuarter`).

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import RelativeQuarter
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_relative_quarter(RelativeQuarter(-1), running).value
    '2023-Q3'
    """
    count = 2 if partial.half else 4
    letter = "H" if partial.half else "Q"
    base = running.deictic_day() if partial.anchor == "deictic" else running.anaphoric_day()
    if base is None:
        return Resolved.unknown(f"XXXX-{letter}X")
    current = (base.month - 1) // (12 // count) + 1
    index = base.year * count + current - 1 + partial.shift
    return Resolved(f"{index // count:04d}-{letter}{index % count + 1}")


#: How far from the reference date the date told last may be for the text to be telling of
#: the news time still: a year.
_NEWS_TIME_DAYS = 366


def resolved_yearless_quarter(
    partial: YearlessQuarter, running: RunningReference, span: tuple[int, int] | None
) -> Resolved:
    """A numbered quarter with no year: in news, the one around the reference date the tense
    points to.

    >>> from datetime import date
    >>> text = "Its quarter ended December 31. In the fourth quarter it rose."
    >>> running = RunningReference(text, date(2010, 1, 14), narrative=False)
    >>> running.remember("2009-12-31")
    >>> resolved_yearless_quarter(YearlessQuarter(4), running, (34, 52)).value
    '2009-Q4'
    """
    count = 2 if partial.half else 4
    quarter = f"{'H' if partial.half else 'Q'}{partial.number}"
    base = running.anaphoric_day()
    if base is None:
        return Resolved.unknown(f"XXXX-{quarter}")
    year = base.year + (partial.year_shift or 0)
    if partial.year_shift is None and not running.narrative and running.reference is not None:
        # news: the quarter around the reference date the tense points to, counted from the
        # reference's year while the text tells of the news time ("the third quarter ended
        # December 31", then "the October-December period", written 14 January 2010: 2009)
        if abs((base - running.reference).days) <= _NEWS_TIME_DAYS:
            year = running.reference.year
        current = (running.reference.month - 1) // (12 // count) + 1
        tense = tense_around(running.text, *span, default=None) if span is not None else "past"
        if tense == "past" and span is not None and bound_of_a_period(running.text, *span):
            tense = None  # "have covered their needs to the end of the third quarter" (stop 49)
        just_over = partial.number == (current - 2) % count + 1  # the quarter before
        if tense is None:
            tense = "future" if _the_coming_quarter(partial.number, current, count) else "past"
        if tense == "past" and partial.number > current:
            year -= 1
        elif (
            tense == "future"
            and just_over
            and span is not None
            and names_figures(running.text, *span)
        ):
            # "will report first-quarter results on May 3", written in April: the quarter
            # just over, whose figures are still to come (of last year, from January)
            year -= 1 if partial.number > current else 0
        elif tense == "future" and partial.number < current:
            year += 1
    return Resolved(f"{year:04d}-{quarter}")


def _the_coming_quarter(number: int, current: int, count: int) -> bool:
    """Whether the part `number` of a year cut in `count` parts is the one right after the
    `current` part, and nearer ahead than behind: a numbered quarter whose clause tells no tense
    is the nearest of its name ("has announced cuts, resulting in closures during the fourth
    quarter", written in August, is the coming fourth quarter, not last year's, three quarters
    back); a half, as near behind as ahead, stays the one told of (stop 41).

    >>> _the_coming_quarter(4, 3, 4), _the_coming_quarter(3, 1, 4), _the_coming_quarter(2, 1, 2)
    (True, False, False)
    """
    ahead = (number - current) % count
    return ahead == 1 and ahead < count - ahead


def resolved_decade(partial: Decade, running: RunningReference) -> Resolved:
    """The decade of the running reference's century; news looks back from the day it was
    written, whatever date it told last: "the late '70s" in a 1989 obituary that told 1968
    just before are the 1970s, not the 1870s.

    >>> from datetime import date
    >>> running = RunningReference("", date(1989, 6, 12), narrative=False)
    >>> running.remember("1968")
    >>> resolved_decade(Decade(7), running).value
    '197'
    """
    parts = running.anaphoric_parts()
    year = parts.year if parts is not None and parts.year > 0 else None
    if not running.narrative and running.reference is not None:
        year = running.reference.year
    century = year // 100 if year is not None else 19
    # news looks back: "the nineties" written in 2023 are the 1990s, "the tens" the 2010s
    if not running.narrative and year is not None and century * 100 + partial.tens * 10 > year:
        century -= 1
    return Resolved(f"{century:02d}{partial.tens}")


def resolved_fiscal_year(partial: FiscalYear, running: RunningReference) -> Resolved:
    """This, the last or the next fiscal year (`FiscalYear`).

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import FiscalYear
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_fiscal_year(FiscalYear(-1), running).value
    'FY2022'
    """
    base = running.deictic_day()
    if base is None:
        return Resolved.unknown("FYXXXX")
    year = base.year + partial.shift
    interval = (date(year, 1, 1), date(year, 12, 31), "year")
    return Resolved(f"FY{year:04d}", remember=False, interval=interval)


def resolved_two_digit_year(partial: TwoDigitYear, running: RunningReference) -> Resolved:
    """A year written with two digits (`TwoDigitYear`: "'98"), in the century that keeps it
    no later than the year after the reference.

    >>> from datetime import date
    >>> from timeline.temporal.partial_periods import TwoDigitYear
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_two_digit_year(TwoDigitYear(98), running).value
    '1998'
    """
    # news counts from the day of writing ("shut since 05" written in 2022 is 2005)
    reference = running.reference
    news = reference is not None and not running.narrative
    parts = DateParts(reference.year) if news and reference else running.anaphoric_parts()
    if parts is not None and parts.year > 0:
        year = parts.year // 100 * 100 + partial.digits
        if year > parts.year + 1:
            year -= 100
    else:
        # no reference at all, as a stamp is read: the century that puts it no later than
        # next year ("01-May-05" is 2005, not 1905; stop 42)
        year = full_year(partial.digits)
    return Resolved(year_value(year))
