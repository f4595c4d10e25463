"""Resolving the partial values of a month or a day whose year the text leaves to the reader:
a year-less date ("on May 28", "in January": `year_of`, by the tense in news), a month-less day
("on the 5th"), a month of a relative year ("March next year"), a relative month ("last
January"); ``resolve.resolve`` dispatches to them.

    >>> running = RunningReference("It ended in January.", date(2023, 10, 23), False)
    >>> resolved_yearless_date(YearlessDate(1), running, (12, 19)).value
    '2023-01'
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.arranged import planned_in_the_past
from timeline.temporal.calendar import add_months, month_end, year_value
from timeline.temporal.date_parts import DateParts
from timeline.temporal.deadline import bound_of_a_period, due_ahead
from timeline.temporal.fronted_year import fronted_year
from timeline.temporal.partial import (
    MonthlessDay,
    MonthOfYear,
    RelativeMonth,
    Resolved,
    YearlessDate,
)
from timeline.temporal.patterns import (
    DETERMINER_BEFORE_RE,
    NOUN_AFTER_YEAR_RE,
    SENTENCE_END_RE,
    names_figures,
    sentence_start,
)
from timeline.temporal.reference import RunningReference
from timeline.temporal.tense import tense_around, when_clause_year
from timeline.temporal.vocabulary import VOCABULARY
from timeline.wordlists import longest_alternation

__all__ = [
    "resolve_year",
    "resolved_month_of_year",
    "resolved_monthless_day",
    "resolved_relative_month",
    "resolved_yearless_date",
    "year_of",
]

#: in narrative, a year-less month this many months before the running reference's month is
#: next year's ("December 7, 1941 ... In January" is January 1942)
NARRATIVE_ROLLOVER_MONTHS = 8
#: in news, a year-less day this many days or fewer from the reference date is that nearest
#: one whatever its clause's tense ("a tanker due on May 28", written on June 2)
NEAR_DAY_REACH = 31
#: ... unless its sentence says the year is another ("next year's edition will run from
#: Nov. 16 to Dec. 2", written on December 3)
#: ... or it is an end of a range ("ran from 3 July to 28 August": the range's tense is its days';
#: not the day a thing takes effect, "was raised with effect from 1 October", which opens none)
_RANGE_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:(?<!effect )from|between|to|until|till|through|and)|[-–])\s*$"
)
_RANGE_AFTER_RE = re.compile(r"(?i)\s*(?:[-–]|(?:to|until|till|through|and)\b)")
_RANGE_INSIDE_RE = re.compile(r"(?i)\d\s*(?:[-–]|(?:to|until|till|through|and)\b)")
#: ... or, a day ahead, it is the day of the past verb right before it ("Shops closed on
#: Thanksgiving", "The data was updated March 11": last year's)
_ITS_PAST_VERB_RE = re.compile(r"(?i)\b(?:[a-z]+ed|was|were)\s+(?:on\s+)?$")
_ANOTHER_YEAR_RE = re.compile(
    r"(?i)\b(?:"
    + longest_alternation(w for w in VOCABULARY.relation_words("unit") if VOCABULARY.shift(w))
    + r")\s+year\b"
)


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
            last = date(year, month, day) if day else month_end(year, month)
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


def year_of(
    partial: YearlessDate, running: RunningReference, span: tuple[int, int] | None = None
) -> int | None:
    """The year of a month (and day) written without one.

    News: a past-tense clause takes the latest such date not after the reference, a future
    one the earliest not before it, and otherwise the nearest one. Narrative: the running
    reference's year, or the next when the month lies far behind its month. News without its
    date: the year told in its sentence or the one before, else none (it counts from the day
    of writing, which is not known).

    >>> running = RunningReference("It ended in January.", date(2023, 10, 23), False)
    >>> year_of(YearlessDate(1), running, (12, 19))
    2023
    """
    if running.narrative or running.reference is None:
        parts = running.anaphoric_parts()
        if not running.narrative and (span is None or not running.told_just_before(span[0])):
            parts = None  # "the first months of 2019 ... between January and April" only
        if parts is None:
            return None
        if parts.month is not None and parts.month - partial.month >= NARRATIVE_ROLLOVER_MONTHS:
            return parts.year + 1  # "December 7, 1941 ... In January" is January 1942
        return parts.year
    then = when_clause_year(running.text, span[0]) if span else None
    if then is not None:
        return then  # "in 2016, when frosts hit the valley in October"
    opened = (
        fronted_year(running.text, span[0], running.reference, running.anchor_at) if span else None
    )
    if opened is not None:
        return opened  # "Last year the season opened on April 9"
    tense = tense_around(running.text, span[0], span[1], None) if span else None  # present: nearest
    if (
        span
        and partial.day is None
        and (_names_a_period_of(running.text, span) or names_figures(running.text, *span))
    ):
        # "the February jobs report, due next Friday", "its stock figures for April": the
        # nearest February, the nearest April
        tense = None
    if span and planned_in_the_past(
        running.text, sentence_start(running.text, span[0], 120), span[0]
    ):
        # "had hoped that the album would lift sales in February": a plan of the past, the
        # nearest February (stop 44)
        tense = None
    if tense == "past" and span and partial.day is None and bound_of_a_period(running.text, *span):
        # "gave the utility until the end of September", "had filled its line until October":
        # a bound a past verb set, the nearest September, the nearest October (stop 49)
        tense = None
    if (
        span is not None
        and partial.day is not None
        and _near_the_reference(partial.month, partial.day, running, span)
    ) or (
        tense == "past"
        and span is not None
        and _PERIOD_TO_RE.search(running.text, max(0, span[0] - 40), span[0])
    ):
        tense = None
    return resolve_year(
        partial.month, partial.day, running.deictic_day() or running.reference, tense
    )


#: A period told up to a day or month, with no verb of its own that says whether it is over:
#: in a past clause, its nearest end is meant ("raised its forecast for the fiscal year ending
#: March 31", written in January, is the year still running); "ended" keeps the tense, and so
#: does a clause that looks ahead ("expects output to rise in the half year to September 30",
#: written in February, is the half to come).
_PERIOD_TO_RE = re.compile(
    r"(?i)\b(?:year|months|weeks|quarter|half|period)\s+(?:ending|to)\s+(?:on\s+)?$"
)


def _near_the_reference(
    month: int, day: int, running: RunningReference, span: tuple[int, int]
) -> bool:
    """Whether a year-less day lies within `NEAR_DAY_REACH` days of the news reference date,
    in its nearest year: that day, not one a year away, is the one meant, whatever the tense
    of its clause ("said on Thursday that a tanker due on May 28 had been diverted", written
    on June 2; "was planned for the night of the twenty-sixth of March", written on March
    18); not an end of a range ("ran from 3 July to 28 August", written on June 18: the
    range's tense decides), nor a day ahead that its past verb right before it tells of
    ("The data was updated March 11", written on March 9: last year's).

    >>> running = RunningReference("", date(1979, 6, 2), False)
    >>> _near_the_reference(5, 28, running, (0, 0)), _near_the_reference(4, 28, running, (0, 0))
    (True, False)
    """
    reference, text = running.deictic_day() or running.reference, running.text
    if (
        reference is None
        or _RANGE_BEFORE_RE.search(text, max(0, span[0] - 12), span[0])
        or _RANGE_AFTER_RE.match(text, span[1])
        or _RANGE_INSIDE_RE.search(text, span[0], span[1])
        or _ANOTHER_YEAR_RE.search(_sentence_of(text, span))
    ):
        return False
    nearest = resolve_year(month, day, reference, None)
    if nearest is None:
        return False
    try:
        distance = (date(nearest, month, day) - reference).days
    except ValueError:
        return False  # February 29 of no leap year
    if distance > 0 and _ITS_PAST_VERB_RE.search(text, max(0, span[0] - 30), span[0]):
        return False
    if distance < 0 and due_ahead(text, span[0]):
        return False  # "expects to finish by Dec. 31", written on January 31: the coming one
    return abs(distance) <= NEAR_DAY_REACH


def _sentence_of(text: str, span: tuple[int, int]) -> str:
    """The sentence `span` stands in (within 300 characters either side).

    >>> _sentence_of("It fell. It rose on May 2 again. Then", (19, 24))
    'It rose on May 2 again.'
    """
    start = sentence_start(text, span[0], 300)
    closing = SENTENCE_END_RE.search(text, span[1], span[1] + 300)
    return text[start : closing.start() + 1 if closing else span[1] + 300].strip()


def _names_a_period_of(text: str, span: tuple[int, int]) -> bool:
    """Whether the month at `span` describes a thing after a determiner ("the February jobs
    report", "its March sales"): the clause's tense is the thing's, not the month's.

    >>> _names_a_period_of("The February jobs report is due.", (4, 12))
    True
    >>> _names_a_period_of("The report is due in February.", (20, 28))
    False
    """
    start, end = span
    return bool(
        DETERMINER_BEFORE_RE.search(text[max(0, start - 12) : start])
        and NOUN_AFTER_YEAR_RE.match(text, end)
    )


def resolved_yearless_date(
    partial: YearlessDate, running: RunningReference, span: tuple[int, int] | None
) -> Resolved | None:
    """A month, maybe with a day, written without a year (`YearlessDate`: "December 5"):
    in news the year the tense points to, in narrative the running reference's.

    >>> from datetime import date
    >>> from timeline.temporal.partial import YearlessDate
    >>> from timeline.temporal.reference import RunningReference
    >>> text = "Talks ended on December 5."
    >>> running = RunningReference(text, date(2023, 10, 23), narrative=False)
    >>> resolved_yearless_date(YearlessDate(12, 5), running, (15, 25)).value
    '2022-12-05'
    """
    year = year_of(partial, running, span)
    month, day = partial.month, partial.day
    if day is None:
        if year is None:
            return Resolved.unknown(f"XXXX-{month:02d}")
        return Resolved(f"{year_value(year)}-{month:02d}")
    if year is None:
        return Resolved.unknown(f"XXXX-{month:02d}-{day:02d}")
    return _day_of(year, month, day)


def resolved_monthless_day(
    partial: MonthlessDay, running: RunningReference, span: tuple[int, int] | None
) -> Resolved | None:
    """A day of the month without its month (`MonthlessDay`: "the 15th").

    >>> from datetime import date
    >>> from timeline.temporal.partial import MonthlessDay
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_monthless_day(MonthlessDay(30), running, None).value
    '2023-10-30'
    """
    day = partial.day
    parts = running.anaphoric_parts()
    if parts is None or parts.month is None:
        return Resolved.unknown(f"XXXX-XX-{day:02d}")
    if (
        not running.narrative
        and running.reference is not None
        and (running.anchor is None or _month_told_elsewhere(running, span))
    ):
        # news: the nearest such day of a month around the reference
        reference = running.reference
        options = [add_months(reference.replace(day=1), k) for k in (-1, 0, 1)]
        best = min(
            (o for o in options if day <= month_end(o.year, o.month).day),
            key=lambda o: abs((o.replace(day=day) - reference).days),
            default=None,
        )
        return _day_of(best.year, best.month, day) if best is not None else None
    if partial.year is not None:
        return _day_of(partial.year, parts.month, day)
    return resolved_yearless_date(YearlessDate(parts.month, day), running, span)


def _month_told_elsewhere(running: RunningReference, span: tuple[int, int] | None) -> bool:
    """Whether the month last told, without a day, stands in an earlier paragraph than a day
    written without its month: in news "on the 13th" is then the 13th nearest the news day,
    not of a month told as background ("good weather in July and August raised yields.
    <paragraph> The maker announced on the 13th ...", written on October 14: October 13).
    A month told in the same paragraph ("In August the firm cut jobs; on the 13th it closed a
    plant") still gives its month.

    >>> text = "Weather in August helped.\\n\\nThe maker said on the 13th it would buy more."
    >>> running = RunningReference(text, date(1972, 10, 14), narrative=False)
    >>> running.remember("1972-08", 11, 17)
    >>> _month_told_elsewhere(running, (text.index("the 13th"), text.index(" it would")))
    True
    """
    anchor = running.anchor
    if anchor is None or anchor.day is not None or span is None or running.anchor_at < 0:
        return False
    return "\n" in running.text[running.anchor_at : span[0]]


def _day_of(year: int, month: int, day: int) -> Resolved | None:
    """A day of a known year; None when there is no such day (February 30)."""
    try:
        if year > 0:
            date(year, month, day)
    except ValueError:
        return None
    return Resolved(f"{year_value(year)}-{month:02d}-{day:02d}")


def resolved_month_of_year(partial: MonthOfYear, running: RunningReference) -> Resolved | None:
    """A month (maybe a day) of a year a relation gives (`MonthOfYear`: "August of next
    year").

    >>> from datetime import date
    >>> from timeline.temporal.partial import MonthOfYear
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_month_of_year(MonthOfYear(8, shift=1), running).value
    '2024-08'
    """
    # "next year" counts from the reference date in news, from the last date in narrative
    year: int | None
    if partial.anchor == "deictic" and not running.narrative and running.reference is not None:
        year = running.reference.year + partial.shift
    else:
        parts = running.anaphoric_parts()
        year = parts.year + partial.shift if parts is not None else None
    if year is None:
        return Resolved.unknown(f"XXXX-{partial.month:02d}")
    if partial.day is None:
        return Resolved(f"{year_value(year)}-{partial.month:02d}")
    return _day_of(year, partial.month, partial.day)


def resolved_relative_month(partial: RelativeMonth, running: RunningReference) -> Resolved:
    """The nearest named month before or after a date (`RelativeMonth`: "next March").

    >>> from datetime import date
    >>> from timeline.temporal.partial import RelativeMonth
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("", date(2023, 10, 23), narrative=False)
    >>> resolved_relative_month(RelativeMonth(3, 1), running).value
    '2024-03'
    """
    parts: DateParts | None = None
    if partial.anchor == "anaphoric" or running.narrative:
        parts = running.anaphoric_parts()
    elif running.reference is not None:
        reference = running.reference
        parts = DateParts(reference.year, reference.month, reference.day)
    month = partial.month
    if parts is None or parts.month is None:
        return Resolved.unknown(f"XXXX-{month:02d}")
    year = parts.year
    if partial.shift < 0 and month >= parts.month:
        year -= 1
    elif partial.shift > 0 and month <= parts.month:
        year += 1
    return Resolved(f"{year_value(year)}-{month:02d}")
