"""Reporting periods that end on a day or in a month: "the quarter ended May 31", "the last
quarter, which ended December 30, 2006", "the year to March 31", "the fiscal year ending June
30, 2024", "its fiscal second quarter, which ended in November" (the three months to its end),
"the 12 weeks ended May 23" (a retailer's quarter, to the day).

Companies whose year does not start in January say which quarter they mean by the day it
ended. The day is not when the clause happened: the profit was earned over the three months
that end there. The temporal tagger keeps the two expressions apart, as TimeML does ("the last
quarter" and "December 30, 2006"); for dating events, the day becomes the period it closes.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Oracle earned $2 billion in the quarter ended May 31."
    >>> day = Timex(46, 52, "May 31", "DATE", "2010-05-31", granularity="day",
    ...             date_start=date(2010, 5, 31), date_end=date(2010, 5, 31))
    >>> [(t.text, t.value, t.granularity, t.date_start) for t in
    ...  periods_ended(Sentence(0, len(text), text, 0), [day])]
    [('the quarter ended May 31', 'FY2010-QX', 'quarter', datetime.date(2010, 3, 1))]
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline.determiners import POSSESSIVES, THE
from timeline.events.period_parts import part_of_period
from timeline.kinds import Granularity, TimexType
from timeline.temporal import Timex
from timeline.temporal.calendar import add_months
from timeline.temporal.vocabulary import NUMBER_WORDS, VOCABULARY

if TYPE_CHECKING:
    from timeline.sentences import Sentence

__all__ = ["PERIOD_UNITS", "periods_ended"]

_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
#: Each kind of period a report counts ("quarter", "six months", "52 weeks"): its months,
#: granularity and TIMEX3 letter; `named_periods` reads it too ("the same quarter").
PERIOD_UNITS: dict[str, tuple[int, Granularity, str]] = {
    "quarter": (3, Granularity.QUARTER, "Q"),
    "three months": (3, Granularity.QUARTER, "Q"),
    "13 weeks": (3, Granularity.QUARTER, "Q"),
    "half": (6, Granularity.HALF, "H"),
    "half year": (6, Granularity.HALF, "H"),
    "half-year": (6, Granularity.HALF, "H"),
    "six months": (6, Granularity.HALF, "H"),
    "26 weeks": (6, Granularity.HALF, "H"),
    "year": (12, Granularity.YEAR, ""),
    "twelve months": (12, Granularity.YEAR, ""),
    "12 months": (12, Granularity.YEAR, ""),
    "52 weeks": (12, Granularity.YEAR, ""),
}
_COUNT = r"(?:\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")"
_UNIT_WORDS = (
    "|".join(re.escape(unit).replace(r"\ ", r"\s+") for unit in PERIOD_UNITS)
    + rf"|{_COUNT}\s+weeks|{_COUNT}\s+months|week"
)
#: Periods counted in weeks by retailers' calendars ("the 12 weeks ended May 23", "the 16
#: weeks ended"): how many weeks make a quarter, a half, a year.
_WEEK_PERIODS: tuple[tuple[range, int, Granularity, str], ...] = (
    (range(11, 18), 3, Granularity.QUARTER, "Q"),
    (range(24, 29), 6, Granularity.HALF, "H"),
    (range(52, 54), 12, Granularity.YEAR, ""),
)
_WEEKS = re.compile(rf"({_COUNT})\s+weeks", re.IGNORECASE)
_MONTHS = re.compile(rf"({_COUNT})\s+months", re.IGNORECASE)


def _count(written: str) -> int:
    """ "12" -> 12, "five" -> 5."""
    return int(written) if written.isdigit() else int(NUMBER_WORDS[written.lower()])


def _counted_period(
    sentence: Sentence, window_start: int, match: re.Match[str], timex: Timex, unit: str
) -> Timex | None:
    """ "the five weeks to January 4", "the nine months to September 30", "the week ending
    Nov 11": that many weeks or months to the day (or month) named, at that unit's precision;
    not a reporting period's name, so its value is the interval (a week ending on a Sunday is
    that ISO week).

    >>> from timeline.sentences import Sentence
    >>> text = "Sales rose in the five weeks to January 4."
    >>> jan4 = Timex(32, 41, "January 4", "DATE", "2015-01-04", granularity="day",
    ...              date_start=date(2015, 1, 4), date_end=date(2015, 1, 4))
    >>> found = periods_ended(Sentence(0, len(text), text, 0), [jan4])[0]
    >>> found.text, found.value, found.date_start, found.granularity
    ('the five weeks to January 4', '2014-12-01/2015-01-04', datetime.date(2014, 12, 1), 'week')
    """
    end = timex.date_end
    if end is None:
        return None
    weeks, months = _WEEKS.fullmatch(unit), _MONTHS.fullmatch(unit)
    if unit == "week":  # "the week ending Nov 11": the seven days to it
        if timex.granularity != Granularity.DAY:
            return None
        first = end - timedelta(days=6)
        year, week, weekday = end.isocalendar()
        granularity = Granularity.WEEK
        value = f"{year}-W{week:02d}" if weekday == 7 else f"{first.isoformat()}/{end.isoformat()}"
    elif weeks is not None:
        first = end - timedelta(days=7 * _count(weeks.group(1)) - 1)
        granularity, value = Granularity.WEEK, f"{first.isoformat()}/{end.isoformat()}"
    elif months is not None:
        first = add_months(end + timedelta(days=1), -_count(months.group(1)))
        granularity, value = Granularity.MONTH, f"{first:%Y-%m}/{end:%Y-%m}"
    else:
        return None
    start = sentence.start + window_start + match.start()
    text = sentence.text[start - sentence.start : timex.end - sentence.start]
    return Timex(
        start, timex.end, text, TimexType.DATE.value, value, timex.mod,
        granularity.value, first, end,
    )  # fmt: skip


#: The company's year a numbered quarter or half is said to be of: "of its fiscal year 2025",
#: "of the 2021 financial year", "of fiscal 2023".
_OF_YEAR = (
    rf"\s+of\s+(?:(?:{THE}|{POSSESSIVES})\s+)?(?:(?:(?P<before>[12]\d{{3}})(?:[-/]\d{{2,4}})?\s+)?"
    r"(?:fiscal|financial)\s+year(?:\s+(?P<after>[12]\d{3}))?|fiscal\s+(?P<fiscal>[12]\d{3}))"
)
#: The words that make a year an organisation's own, as writers call it: "the fiscal year", a
#: Commonwealth government's or company's "financial year", a Japanese company's "business year".
_OWN_YEAR = r"(?:fiscal|financial|business)"
#: "the (fiscal) (first-)quarter, which ended", "its year to", "the financial year to" (a
#: company's or a government's year, as Commonwealth writers call it): right before the day; "the
#: second quarter of its fiscal year 2025, which ended": the quarter's end, when the day lies
#: before the year named (see `_of_a_later_year`).
_ENDED = re.compile(
    rf"(?i)\b(?:{THE}|{POSSESSIVES}|and)\s+(?:(?:last|latest|most\s+recent|full|whole)\s+)?"
    r"(?:fiscal\s+)?(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+)?"
    rf"(?:{_OWN_YEAR}\s+)?(?P<unit>" + _UNIT_WORDS + r")(?P<of_year>" + _OF_YEAR + r",)?"
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ending|ends|to)\s+(?P<at>on\s+|in\s+)?$"
)
#: A year's end stated as its calendar, the year the subject of "ends" ("Its financial year
#: ends on 30 June"): the day, not a period ended (not "the year, which ends", "the year that
#: ends on").
_CALENDAR_STATED = re.compile(r"(?i)(?<![,\s])(?<!\bwhich)(?<!\bthat)\s+ends\s+(?:on\s+|in\s+)?$")
#: The most characters between the start of a phrase and its day.
_REACH = 90


def periods_ended(sentence: Sentence, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` (those of `sentence`, sorted) with each day that closes a reporting period
    replaced by the period, from the phrase's start to the day; expressions inside the phrase
    ("first quarter", "three months") give way to it."""
    periods: list[Timex] = []
    for position, timex in enumerate(timexes):
        period = _period_ending(sentence, timex) or _named_by_its_month(sentence, timex)
        if period is None and position + 1 < len(timexes):
            period = part_of_period(sentence, timex, timexes[position + 1])
        if period is None and _MONTHS_NAMED.search(timex.text):
            restated = _restated(sentence, timexes[:position], timex)
            period = restated if restated is not timex else None
        if period is not None:
            period = _restated(sentence, timexes[:position], period)
            periods.append(_numbered_after(sentence, period, timexes[position + 1 :]))
    if not periods:
        return list(timexes)
    kept = [t for t in timexes if not any(p.start <= t.start < p.end for p in periods)]
    return sorted([*kept, *periods], key=lambda t: t.start)


#: Between a period and the same period restated by its end: "the first quarter, the three
#: months ended November 30", "its first half (the six months to September 30)".
_RESTATED = re.compile(r"\s*(?:,|\(|--|\u2013|\u2014)\s*")


#: The same, after the company's year the part is of: "the second quarter of the 2021 financial
#: year, the three months ended 31 December 2020"; an article may open the months that restate
#: it ("the second quarter, the July-September period").
_RESTATED_OF_YEAR = re.compile(rf"(?i)(?:{_OF_YEAR})?{_RESTATED.pattern}(?:the\s+)?")
#: A quarter or half told by the months it runs over: "July-September", "the April-June period".
_MONTHS_NAMED = re.compile(
    r"(?i)^(?:the\s+)?(?:" + "|".join(VOCABULARY.months) + r")\.?\s*[-\u2013]"
)
#: A numbered part right after the period it restates: "the September 2022 quarter, the first
#: quarter of its 2023 financial year", "the six months to September 30, the first half of its
#: financial year".
_NUMBERED_PART = re.compile(
    rf"(?i)(?:{THE}|{POSSESSIVES})\s+(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)"
    r"[-\s]+(?:(?:fiscal|financial)\s+)?(?:quarter|half)"
)


def _numbered_after(sentence: Sentence, period: Timex, after: Sequence[Timex]) -> Timex:
    """`period` (a quarter or half named by its months or closed by its day) with the numbered
    part of the company's year that restates it right after it, in apposition: "the September
    2022 quarter, the first quarter of its 2023 financial year" is one quarter, July to
    September 2022, the first of the company's year (not the calendar's first quarter).

    >>> from timeline.sentences import Sentence
    >>> text = "Output in the September 2022 quarter, the first quarter of its 2023 financial year."
    >>> sep = Timex(14, 36, "September 2022 quarter", "DATE", "2022-Q3", granularity="quarter",
    ...             date_start=date(2022, 7, 1), date_end=date(2022, 9, 30))
    >>> q1 = Timex(38, 55, "the first quarter", "DATE", "2022-Q1", granularity="quarter",
    ...            date_start=date(2022, 1, 1), date_end=date(2022, 3, 31))
    >>> found = _numbered_after(Sentence(0, len(text), text, 0), sep, [q1])
    >>> found.text, found.value, found.date_start
    ('September 2022 quarter, the first quarter of its 2023 financial year', 'FY2023-Q1', \
datetime.date(2022, 7, 1))
    """
    later = [t for t in after if t.start >= period.end]
    if (
        not later
        or later[0].granularity != period.granularity
        or period.granularity not in (Granularity.QUARTER.value, Granularity.HALF.value)
        or period.date_start is None
        or period.date_end is None
    ):
        return period
    numbered = later[0]
    gap = sentence.text[period.end - sentence.start : numbered.start - sentence.start]
    part = _NUMBERED_PART.fullmatch(numbered.text) or _NUMBERED_PART.fullmatch(
        "the " + numbered.text
    )
    if _RESTATED.fullmatch(gap) is None or part is None:
        return period
    end = numbered.end
    of_year = re.compile(rf"(?i){_OF_YEAR}").match(sentence.text, end - sentence.start)
    if of_year is not None:
        end = sentence.start + of_year.end()
    months, letter = _RESTATABLE[period.granularity]
    ordinal = _ORDINALS[part["ordinal"].lower()]
    value = _value(period.date_start, period.date_end, months, letter, ordinal)
    text = sentence.text[period.start - sentence.start : end - sentence.start]
    return Timex(
        period.start, end, text, period.type, value, period.mod,
        period.granularity, period.date_start, period.date_end,
    )  # fmt: skip


#: The periods a reporting period may restate, with their months and TIMEX3 letters.
_RESTATABLE: dict[str | None, tuple[int, str]] = {
    Granularity.QUARTER.value: (3, "Q"),
    Granularity.HALF.value: (6, "H"),
    Granularity.YEAR.value: (12, ""),
}


def _restated(sentence: Sentence, before: Sequence[Timex], period: Timex) -> Timex:
    """`period` (a reporting period closed by its day) taken back over the period of the
    same length named right before it, which it restates in apposition: "the first quarter,
    the three months ended November 30" is one quarter, September to November, and the first
    of the company's year; not the calendar's first quarter.

    >>> from timeline.sentences import Sentence
    >>> text = "Sales for the first quarter, the three months ended November 30, rose."
    >>> q1 = Timex(10, 27, "the first quarter", "DATE", "2024-Q1", granularity="quarter",
    ...            date_start=date(2024, 1, 1), date_end=date(2024, 3, 31))
    >>> nov = Timex(52, 63, "November 30", "DATE", "2023-11-30", granularity="day",
    ...             date_start=date(2023, 11, 30), date_end=date(2023, 11, 30))
    >>> [(t.value, t.date_start, t.date_end) for t in
    ...  periods_ended(Sentence(0, len(text), text, 0), [q1, nov])]
    [('FY2024-Q1', datetime.date(2023, 9, 1), datetime.date(2023, 11, 30))]
    """
    earlier = [t for t in before if t.end <= period.start]
    if not earlier or period.granularity not in _RESTATABLE:
        return period
    while len(earlier) > 1 and earlier[-1].granularity == Granularity.YEAR.value:
        earlier = earlier[:-1]  # "the second quarter of the 2021 financial year, the three months"
    named = earlier[-1]
    if named.granularity != period.granularity:
        return period
    gap = sentence.text[named.end - sentence.start : period.start - sentence.start]
    if _RESTATED_OF_YEAR.fullmatch(gap) is None or period.date_start is None:
        return period
    if period.date_end is None:
        return period
    ordinal = _ORDINALS.get(named.text.lower().removeprefix("the ").split(" ")[0].split("-")[0])
    months, letter = _RESTATABLE[period.granularity]
    value = _value(period.date_start, period.date_end, months, letter, ordinal)
    text = sentence.text[named.start - sentence.start : period.end - sentence.start]
    return Timex(
        named.start, period.end, text, period.type, value, period.mod,
        period.granularity, period.date_start, period.date_end,
    )  # fmt: skip


def _of_a_later_year(match: re.Match[str], end: date) -> bool:
    """Whether the day `end` that a clause says ended lies in a year before the company's year
    the phrase `match` names, so that it closes the part named, not the year: "the second
    quarter of its fiscal year 2025, which ended December 31, 2024". A year named by no number,
    or one the day may close ("fiscal 2024, which ended June 30, 2024"), leaves it the year's;
    so does a day that ends no month ("the first quarter of fiscal 2025, ending September 29,
    2024": a quarter counted in weeks, which the company's year places).

    >>> found = _ENDED.search("the second quarter of its fiscal year 2025, which ended ")
    >>> _of_a_later_year(found, date(2024, 12, 31)), _of_a_later_year(found, date(2025, 6, 30))
    (True, False)
    >>> _of_a_later_year(found, date(2024, 12, 29))
    False
    """
    named = match["before"] or match["after"] or match["fiscal"]
    month_end = (end + timedelta(days=1)).day == 1  # a week-counted quarter is left to the year
    return named is not None and end.year < int(named) and month_end


def _period_ending(sentence: Sentence, timex: Timex) -> Timex | None:
    if timex.granularity not in (Granularity.DAY, Granularity.MONTH) or timex.date_end is None:
        return None
    start = timex.start - sentence.start
    window_start = max(0, start - _REACH)
    match = _ENDED.search(sentence.text[window_start:start])
    if match is None or _CALENDAR_STATED.search(match[0]):
        return None
    if timex.granularity == Granularity.MONTH and (match["at"] or "").strip().lower() == "on":
        return None  # "ended on" a month is no English: not a period's end
    unit = " ".join(match["unit"].lower().split())
    end = timex.date_end
    if match["of_year"] and not _of_a_later_year(match, end):
        return None  # "the first half of fiscal 2025, which ends June 30, 2025": the year's end
    counted = _MONTHS.fullmatch(unit)
    if counted is not None and _count(counted.group(1)) == 6:
        unit = "six months"  # "in the six months to March": a company's half, as to a day
    elif timex.granularity == Granularity.MONTH and counted is not None and not match["ordinal"]:
        # "unemployment in the three months to May": a statistic's rolling months, not a
        # company's quarter (which ends on a day: "the three months ended May 31")
        return _counted_period(sentence, window_start, match, timex, unit)
    if unit in PERIOD_UNITS:
        months, granularity, letter = PERIOD_UNITS[unit]
        first_day = add_months(end + timedelta(days=1), -months)
    else:  # "the 12 weeks ended May 23": to the day
        counted = _WEEKS.fullmatch(unit)
        if counted is None:
            return _counted_period(sentence, window_start, match, timex, unit)
        weeks = _count(counted.group(1))
        kinds = [kind for kind in _WEEK_PERIODS if weeks in kind[0]]
        if not kinds:
            return _counted_period(sentence, window_start, match, timex, unit)
        _, months, granularity, letter = kinds[0]
        first_day = end - timedelta(days=7 * weeks - 1)
    ordinal = _ORDINALS.get((match["ordinal"] or "").lower())
    phrase_start = sentence.start + window_start + match.start()
    text = sentence.text[phrase_start - sentence.start : start] + timex.text
    span = (phrase_start, timex.end)
    return _period(timex, span, text, (first_day, months), (granularity, letter), ordinal)


def _period(
    timex: Timex,
    span: tuple[int, int],
    text: str,
    opening: tuple[date, int],
    kind: tuple[Granularity, str],
    ordinal: int | None,
) -> Timex:
    """The period that ends with `timex`, from `opening`'s first day, that many months long,
    of `kind` (its granularity and TIMEX3 letter), written `text` at `span`."""
    first_day, months = opening
    granularity, letter = kind
    last_day = timex.date_end if timex.date_end is not None else first_day
    return Timex(
        start=span[0],
        end=span[1],
        text=text,
        type=TimexType.DATE.value,
        value=_value(first_day, last_day, months, letter, ordinal),
        mod=timex.mod,
        granularity=granularity.value,
        date_start=first_day,
        date_end=last_day,
    )


#: "December quarter", "the June half": a period named by the month it ends with.
_MONTH_NAMES_PERIOD = re.compile(r"(?i)\s+(?P<unit>quarter|half)\b")


def _named_by_its_month(sentence: Sentence, timex: Timex) -> Timex | None:
    """ "December quarter output was a record", "costs fell in the June half": the quarter or
    half that ends with the month named (as Australian companies report).

    >>> from timeline.sentences import Sentence
    >>> text = "December quarter output rose."
    >>> december = Timex(0, 8, "December", "DATE", "2014-12", granularity="month",
    ...                  date_start=date(2014, 12, 1), date_end=date(2014, 12, 31))
    >>> found = _named_by_its_month(Sentence(0, len(text), text, 0), december)
    >>> found.text, found.value, found.date_start
    ('December quarter', '2014-Q4', datetime.date(2014, 10, 1))
    """
    if timex.granularity != Granularity.MONTH or timex.date_end is None:
        return None
    match = _MONTH_NAMES_PERIOD.match(sentence.text, timex.end - sentence.start)
    if match is None:
        return None
    months, granularity, letter = PERIOD_UNITS[match["unit"].lower()]
    end = timex.date_end
    first_day = add_months(end + timedelta(days=1), -months)
    start = timex.start
    opening = _OPENING_MONTH.search(sentence.text, 0, timex.start - sentence.start)
    if opening is not None and calendar.month_name[first_day.month].lower().startswith(
        opening["month"].lower().rstrip(".")
    ):  # "the December-February quarter": its first month too, one period
        start = sentence.start + opening.start("month")
    text = sentence.text[start - sentence.start : match.end()]
    return _period(timex, (start, sentence.start + match.end()), text, (first_day, months),
                   (granularity, letter), None)  # fmt: skip


#: The first month of a period named by its months, right before its last: "December-".
_OPENING_MONTH = re.compile(r"(?i)\b(?P<month>[a-z]{3,9}\.?)[-–]$")


def _value(first_day: date, end: date, months: int, letter: str, ordinal: int | None) -> str:
    """The calendar period's value when the period is one ("2010-Q1", "2010"); else a fiscal
    one of the year it ends in ("FY2010-Q4", "FY2010-QX" when the text gives no number).

    >>> _value(date(2010, 1, 1), date(2010, 3, 31), 3, "Q", None)
    '2010-Q1'
    >>> _value(date(2009, 7, 1), date(2010, 6, 30), 12, "", None)
    'FY2010'
    >>> _value(date(2009, 9, 28), date(2009, 12, 27), 3, "Q", 1)
    'FY2010-Q1'
    """
    calendar = first_day.day == 1 and (first_day.month - 1) % months == 0
    if ordinal is not None and letter and ordinal != (first_day.month - 1) // months + 1:
        calendar = False  # "the September quarter, the first of its year": the company's
    if calendar and first_day.year == end.year:
        if not letter:
            return str(end.year)
        return f"{end.year}-{letter}{(first_day.month - 1) // months + 1}"
    if not letter:
        return f"FY{end.year}"
    if ordinal is None:
        return f"FY{end.year}-{letter}X"
    # a fiscal year is named by the year it ends in: the first of four quarters ended in
    # December 2009 belongs to the year that ends in 2010
    periods = 12 // months
    year_end = add_months(end, (periods - ordinal) * months)
    return f"FY{year_end.year}-{letter}{ordinal}"
