"""The bare side of a range or a pair: a number joined by "to", "and", "or" or a dash to a date,
a year or a duration takes what it leaves out from the other side, as TimeML annotates each side.

    >>> from datetime import date
    >>> text = "The talks ran from June 3 to 5."
    >>> june3 = Timex(19, 25, "June 3", "DATE", "2009-06-03", granularity="day",
    ...               date_start=date(2009, 6, 3), date_end=date(2009, 6, 3))
    >>> [(t.text, t.value) for t in range_partners(text, [june3])]
    [('5', '2009-06-05')]

The kinds, one pattern each:

* a day after a month-first date: "June 3 to 5", "May 4 and 5, 1865", "May 6 and 7th";
* a day before a day-first date: "from 15 to 22 February", "on the 28 and 29 August";
* the second year of "1915-17" (its century from the first), and of a split year, "2011/12";
* a year before a BC year: "from 499 to 493 BC";
* the number of a duration: "between 60 and 90 days", "for ten or fifteen years";
* the day of a clock before a clock that names its day: "between 0842 and 1317 UTC on
  Thursday 9 March" (`clock_range_days`);
* the year of months with no year, told in a past clause, whose range would end after the
  news: "between December and April" in a past clause of February 2023 is December 2021 to
  April 2022 (`past_month_ranges`).

A number followed by a word ("May 4 and 5 soldiers") is a count, not a day.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from timeline.temporal.tense import clause_tense
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import VOCABULARY
from timeline.wordlists import longest_alternation

__all__ = ["clock_range_days", "past_month_ranges", "range_partners"]

_JOIN = r"\s*(?:to|and|or|through|until|-|–|—)\s*"
_DAY_VALUE = re.compile(r"(?P<ym>-?\d{4}-\d\d)-(?P<day>\d\d)")
_YEAR_VALUE = re.compile(r"\d{4}")
#: A month-first date ("June 3") followed by its partner day: "to 5", "and 7th".
_DAY_AFTER = re.compile(
    _JOIN + r"(?P<text>(?:the\s+)?(?P<n>\d{1,2})(?P<ord>st|nd|rd|th)?)"
    r"(?=(?(ord)\b|\s*(?:[,.;:)]|$|\s+(?:1\d|20)\d\d\b)))",
    re.IGNORECASE,
)
#: A day-first date ("22 February") after its partner: "15 to", "the 28 and".
_DAY_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<text>(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)?)" + _JOIN + r"$",
    re.IGNORECASE,
)
#: "1915-17": a year and the last two digits of a later one, no space between; "2011/12": a
#: split year (a season, a crop or fiscal year), always the next one.
_SHORT_YEAR = re.compile(r"(?P<sep>[-–/])(?P<text>(?P<n>\d\d))(?![\d/])")
#: "499 to": a year before a BC year.
_YEAR_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<text>(?P<n>\d{1,4}))" + _JOIN + r"$")
_NUMBER_WORDS = "|".join(
    sorted((re.escape(w) for w in VOCABULARY.number_words if " " not in w), key=len, reverse=True)
)
#: "60 and", "ten or": a number before a duration's number.
_COUNT_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?P<text>(?P<n>\d+(?:\.\d+)?|" + _NUMBER_WORDS + r"))" + _JOIN + r"$",
    re.IGNORECASE,
)
_DURATION_VALUE = re.compile(r"P(?P<n>\d+(?:\.\d+)?)(?P<unit>[YMWD]|DE|CE)")
_DAY_FIRST = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]")
_MONTH_FIRST_DAY = re.compile(r"(?i)[a-z.]+\s+\d{1,2}(?:st|nd|rd|th)?$")
#: Characters looked at beside an expression.
_REACH = 24


def range_partners(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """The bare partners of `timexes` (sorted, not overlapping) in `text`, not overlapping any
    of them."""
    found: list[Timex] = []
    starts = [t.start for t in timexes]
    for timex in timexes:
        partner = _partner(text, timex)
        if partner is None:
            continue
        # Sorted and apart, the expressions end in order: only the last one starting before
        # the partner's end can overlap it; and a partner lies in a gap beside its own
        # expression, where only the partner found just before may stand too.
        before = bisect_left(starts, partner.end) - 1
        neighbours = ([timexes[before]] if before >= 0 else []) + found[-1:]
        if not any(t.start < partner.end and partner.start < t.end for t in neighbours):
            found.append(partner)
    return found


_CLOCK_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)(?P<clock>T\d\d:\d\d.*)")
#: Between the two clocks of a range: "0842 and", "9am to".
_CLOCK_JOIN = re.compile(_JOIN + r"$", re.IGNORECASE)
#: A clock that says no day: "1pm", "9.30 a.m.", "14:35", "0842 UTC", "about 6pm".
_BARE_CLOCK = re.compile(
    r"(?:(?i:about|around|after|before)\s+)?\d{1,2}(?:[:.]?\d\d)?\s*(?i:[ap]\.?m\b\.?)?"
    r"(?:\s+[A-Z]{2,5})?"
)

#: A word of a clock that says its day: "18:00 today", "9 p.m. on Tuesday", "noon on 3 May".
_SAYS_ITS_DAY = re.compile(
    r"(?i)\b(?:today|tonight|tomorrow|yesterday|this|next|last|"
    + longest_alternation({*VOCABULARY.weekdays, *VOCABULARY.months}, escape=False)
    + r")\b"
)


def clock_range_days(text: str, timexes: Sequence[Timex], reference: date | None) -> list[Timex]:
    """`timexes` with a clock that opens a range taking the day of the clock that closes it,
    when the tagger gave it the reference day for want of one: "between 0842 and 1317 UTC on
    Thursday 9 March" are both on 9 March; and when the closing clock says its day and the
    opening one is a bare clock, whatever day the story gave that one ("tour the ship from
    1pm to 4pm tomorrow" after "arrives at 10am on Thursday" is tomorrow's 1pm). An opening
    clock that says its own day keeps it ("from 18:00 today until 06:00 on Wednesday").

    >>> text = "Between 0842 and 1317 UTC on Thursday 9 March, errors rose."
    >>> first = Timex(8, 12, "0842", "TIME", "2023-03-14T08:42", None, "time",
    ...               date(2023, 3, 14), date(2023, 3, 14))
    >>> second = Timex(17, 45, "1317 UTC on Thursday 9 March", "TIME", "2023-03-09T13:17Z",
    ...                None, "time", date(2023, 3, 9), date(2023, 3, 9))
    >>> clock_range_days(text, [first, second], date(2023, 3, 14))[0].value
    '2023-03-09T08:42'
    >>> text = "Visitors may board from 1pm to 4pm tomorrow."
    >>> one = Timex(24, 27, "1pm", "TIME", "2023-03-16T13:00", None, "time",
    ...             date(2023, 3, 16), date(2023, 3, 16))
    >>> four = Timex(31, 43, "4pm tomorrow", "TIME", "2023-03-15T16:00", None, "time",
    ...              date(2023, 3, 15), date(2023, 3, 15))
    >>> clock_range_days(text, [one, four], date(2023, 3, 14))[0].value
    '2023-03-15T13:00'
    """
    result = list(timexes)
    for number, (first, second) in enumerate(pairwise(timexes)):
        opening = _CLOCK_VALUE.fullmatch(first.value)
        closing = _CLOCK_VALUE.fullmatch(second.value)
        if opening is None or closing is None or reference is None:
            continue
        if second.date_start is None or first.date_start == second.date_start:
            continue
        if _SAYS_ITS_DAY.search(first.text):
            continue  # "from 18:00 today until 06:00 on Wednesday": the opening keeps its day
        says_its_day = not _BARE_CLOCK.fullmatch(second.text)
        if not says_its_day and (first.date_start != reference or second.date_start == reference):
            continue
        if not _CLOCK_JOIN.fullmatch(" " + text[first.end : second.start]):
            continue
        day = second.date_start
        value = f"{closing['day']}{opening['clock']}"
        result[number] = replace(first, value=value, date_start=day, date_end=day)
    return result


_MONTH_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)")


def past_month_ranges(text: str, timexes: Sequence[Timex], reference: date | None) -> list[Timex]:
    """`timexes` with the two months of a range with no year ("between December and April",
    "from October to March") a year earlier, when the clause is past and the closing month
    would begin after the `reference` day: what the clause tells is over by the news.

    >>> text = "We had 140 rescues between December and April."
    >>> dec = Timex(27, 35, "December", "DATE", "2022-12", None, "month",
    ...             date(2022, 12, 1), date(2022, 12, 31))
    >>> apr = Timex(40, 45, "April", "DATE", "2023-04", None, "month",
    ...             date(2023, 4, 1), date(2023, 4, 30))
    >>> [t.value for t in past_month_ranges(text, [dec, apr], date(2023, 2, 9))]
    ['2021-12', '2022-04']
    """
    result = list(timexes)
    if reference is None:
        return result
    for number, (first, second) in enumerate(pairwise(timexes)):
        if not all(
            _MONTH_VALUE.fullmatch(side.value) and not any(c.isdigit() for c in side.text)
            for side in (first, second)
        ):
            continue
        if (
            second.date_start is None
            or second.date_start <= reference
            or not _CLOCK_JOIN.fullmatch(" " + text[first.end : second.start])
            or clause_tense(text, first.start, first.end) != "past"
        ):
            continue
        result[number], result[number + 1] = _year_before(first), _year_before(second)
    return result


def _year_before(month: Timex) -> Timex:
    """The month `month` names, a year earlier."""
    found = _MONTH_VALUE.fullmatch(month.value)
    if found is None:
        return month
    year, number = int(found["year"]) - 1, int(found["month"])
    last = calendar.monthrange(year, number)[1]
    return replace(
        month,
        value=f"{year:04d}-{number:02d}",
        date_start=date(year, number, 1),
        date_end=date(year, number, last),
    )


def _partner(text: str, timex: Timex) -> Timex | None:
    day = _DAY_VALUE.fullmatch(timex.value)
    if day is not None:
        return _day_partner(text, timex, day["ym"])
    if _YEAR_VALUE.fullmatch(timex.value) and timex.text.isdigit():
        match = _SHORT_YEAR.match(text, timex.end)
        if match is not None:
            first = int(timex.value)
            year = first // 100 * 100 + int(match["n"])
            if year <= first or (match["sep"] == "/" and year != first + 1):
                return None  # "1998-02" may be a month written the ISO way
            return _at(text, match, f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))
        return None
    if timex.value.startswith("BC") and timex.value[2:].isdigit():
        match = _YEAR_BEFORE.search(text, max(0, timex.start - _REACH), timex.start)
        if match is not None and int(match["n"]) > int(timex.value[2:]):
            return _at(text, match, f"BC{int(match['n']):04d}", None, None, None)
        return None
    duration = _DURATION_VALUE.fullmatch(timex.value)
    if timex.type == "DURATION" and duration is not None and timex.text[:1].isalnum():
        match = _COUNT_BEFORE.search(text, max(0, timex.start - _REACH), timex.start)
        if match is not None:
            number = _number(match["n"])
            if number is not None:
                shown = f"{number:g}"
                return _at(text, match, f"P{shown}{duration['unit']}", None, None, None, "DURATION")
    return None


def _day_partner(text: str, timex: Timex, year_month: str) -> Timex | None:
    if _MONTH_FIRST_DAY.search(timex.text) or _MONTH_FIRST_DAY.search(timex.text.split(",")[0]):
        match = _DAY_AFTER.match(text, timex.end)
    elif _DAY_FIRST.match(timex.text):
        match = _DAY_BEFORE.search(text, max(0, timex.start - _REACH), timex.start)
    else:
        return None
    if match is None:
        return None
    try:
        year, month = (int(part) for part in year_month.rsplit("-", 1))
        day = date(year, month, int(match["n"]))
    except ValueError:
        return None
    value = f"{year_month}-{day.day:02d}"
    return _at(text, match, value, "day", day, day)


def _at(
    text: str,
    match: re.Match[str],
    value: str,
    granularity: str | None,
    start: date | None,
    end: date | None,
    kind: str = "DATE",
) -> Timex:
    return Timex(
        match.start("text"), match.end("text"), text[match.start("text") : match.end("text")],
        kind, value, None, granularity, start, end,
    )  # fmt: skip


def _number(written: str) -> float | None:
    try:
        return float(written)
    except ValueError:
        found = VOCABULARY.number_words.get(written.lower())
        return float(found) if found is not None else None
