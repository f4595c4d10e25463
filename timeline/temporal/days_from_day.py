"""A day counted from a day named right after it: "the day after Christmas" is December 26,
"three days after March 3" is March 6, "the day before New Year's Day" December 31, "the Friday
after Ascension Day" the first Friday after it ("the Sunday before Christmas" the last Sunday
before it), "the week after Easter" the calendar week after Easter Day's (stop 35), "the week
before Easter" the calendar week most of the seven days before it fall in (stop 41). The named
day is what the phrase counts from, not the time it tells; `tag.tag` calls `days_from_days`
on what the normaliser and the joins found. Only a date written right after the phrase counts
("two days after the vote on May 3" is no such phrase), and a count after "for" is how long a
thing went on from that day ("closed for two weeks after Monday": Monday, the count a duration;
stop 41).

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag
    >>> [(t.text, t.value) for t in tag("Shops reopened the day after Christmas.",
    ...                                  date(2024, 1, 6))]
    [('the day after Christmas', '2023-12-26')]
    >>> [(t.text, t.value) for t in tag("The strike began two days after Christmas.",
    ...                                  date(2024, 1, 6))]
    [('two days after Christmas', '2023-12-27')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import accumulate

from timeline.temporal.patterns import DAY_VALUE_RE, HOW_LONG_BEFORE_RE
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import NUMBER_WORDS, WEEKDAYS
from timeline.wordlists import longest_alternation

#: "the day after", "the day before", "the day following" right before a named day
_THE_DAY_RE = re.compile(r"(?i)\b(the\s+day\s+(after|before|following))\s+$")
#: "the week after", "the week following" right before a named day: the calendar week after
#: the one it falls in ("in the week after Easter" is the Monday to the Sunday after Easter Day);
#: "the week before", "the week preceding": the calendar week most of the seven days before it
#: fall in (stop 41)
_THE_WEEK_RE = re.compile(
    r"(?i)\b(the\s+week\s+(?P<way>after|following|before|preceding))\s+(?:the\s+)?$"
)
#: "the Friday after", "the Sunday before" right before a named day
_THE_WEEKDAY_RE = re.compile(
    rf"(?i)\b(the\s+(?P<weekday>{longest_alternation(WEEKDAYS)})\s+(?P<way>after|before|following))\s+$"
)
#: a count of days or weeks right before "after" or "before" and a named day
_COUNTED_RE = re.compile(
    r"(?i)\b(?P<count>[\w-]+)\s+(?P<unit>days?|weeks?)\s+(?P<way>after|before)\s+$"
)


def days_from_days(text: str, found: Sequence[Timex]) -> list[Timex]:
    """``found`` with each day written right after "the day after/before" or "N days (weeks)
    after/before" replaced by the day so counted, its span the whole phrase; the count's own
    duration ("two days") is then part of it and dropped."""
    result = list(found)
    for index, timex in enumerate(found):
        if timex.date_start is None or not DAY_VALUE_RE.match(timex.value):
            continue
        before = text[max(0, timex.start - 40) : timex.start]
        the_day = _THE_DAY_RE.search(before)
        if the_day is not None:
            shift = -1 if the_day[2].lower() == "before" else 1
            start = timex.start - len(before) + the_day.start(1)
            result[index] = _counted(text, timex, start, timedelta(days=shift))
            continue
        the_week = _THE_WEEK_RE.search(before)
        if the_week is not None:
            start = timex.start - len(before) + the_week.start(1)
            ahead = the_week["way"].lower() in ("after", "following")
            result[index] = (_week_after if ahead else _week_before)(text, timex, start)
            continue
        the_weekday = _THE_WEEKDAY_RE.search(before)
        if the_weekday is not None:
            start = timex.start - len(before) + the_weekday.start(1)
            shift = _to_weekday(timex, WEEKDAYS[the_weekday["weekday"].lower()], the_weekday["way"])
            result[index] = _counted(text, timex, start, timedelta(days=shift))
            continue
        counted = _COUNTED_RE.search(before)
        if counted is None:
            continue
        number = _count(counted["count"])
        if number is None:
            continue
        days = number * (7 if counted["unit"].lower().startswith("week") else 1)
        sign = -1 if counted["way"].lower() == "before" else 1
        start = timex.start - len(before) + counted.start("count")
        if HOW_LONG_BEFORE_RE.search(text, max(0, start - 30), start):
            continue  # "shut for two weeks after Monday": how long from Monday, not a day
        result[index] = _counted(text, timex, start, timedelta(days=sign * days))
    return _without_parts_of_made(result, found)


def _without_parts_of_made(result: Sequence[Timex], found: Sequence[Timex]) -> list[Timex]:
    """`result` without the expressions inside one it made that `found` did not hold (the
    count's "two days" of "two days after Christmas"): the made ones by a set and their spans
    by the furthest end among those starting no later, not each list read for each expression
    (stop 35).

    >>> day = Timex(15, 24, "Christmas", "DATE", "2023-12-25", None, "day")
    >>> count = Timex(0, 8, "two days", "DURATION", "P2D")
    >>> made = Timex(0, 24, "two days after Christmas", "DATE", "2023-12-27", None, "day")
    >>> [t.text for t in _without_parts_of_made([count, made], [count, day])]
    ['two days after Christmas']
    """
    held = set(found)
    made = sorted((t for t in result if t not in held), key=lambda t: t.start)
    if not made:
        return list(result)
    made_set = set(made)
    starts = [t.start for t in made]
    furthest = list(accumulate((t.end for t in made), max))
    kept: list[Timex] = []
    for timex in result:
        before = bisect_right(starts, timex.start)  # made ones starting no later
        if timex in made_set or not (before and furthest[before - 1] >= timex.end):
            kept.append(timex)
    return kept


def _to_weekday(day: Timex, weekday: int, way: str) -> int:
    """Days from `day` to the first `weekday` (ISO) after it, or back to the last before it.

    >>> from datetime import date
    >>> ascension = Timex(0, 13, "Ascension Day", "DATE", "1986-05-08", None, "day",
    ...                   date(1986, 5, 8), date(1986, 5, 8))
    >>> _to_weekday(ascension, 5, "after"), _to_weekday(ascension, 4, "after")
    (1, 7)
    >>> _to_weekday(ascension, 7, "before"), _to_weekday(ascension, 4, "before")
    (-4, -7)
    """
    isoweekday = (day.date_start or date.min).isoweekday()
    if way.lower() == "before":
        return -((isoweekday - weekday - 1) % 7 + 1)
    return (weekday - isoweekday - 1) % 7 + 1


def _week_after(text: str, day: Timex, start: int) -> Timex:
    """The calendar week (Monday to Sunday) after the one `day` falls in, as "the week after"
    `day` names it.

    >>> from datetime import date
    >>> text = "in the week after Easter"
    >>> easter = Timex(18, 24, "Easter", "DATE", "1957-04-21", None, "day",
    ...                date(1957, 4, 21), date(1957, 4, 21))
    >>> week = _week_after(text, easter, 3)
    >>> week.text, week.value, week.date_start, week.date_end
    ('the week after Easter', '1957-W17', datetime.date(1957, 4, 22), datetime.date(1957, 4, 28))
    """
    named: date = day.date_start or date.min
    return _calendar_week(text, day, start, named + timedelta(days=8 - named.isoweekday()))


def _week_before(text: str, day: Timex, start: int) -> Timex:
    """The calendar week (Monday to Sunday) most of the seven days before `day` fall in, as
    "the week before" `day` names it: the one that holds the fourth day before it. "The week
    before Easter" is Holy Week, Monday to Easter Day; "the week before the New Year" of a
    Friday the 1st is the Monday before it to the Sunday after.

    >>> from datetime import date
    >>> text = "in the week before Easter"
    >>> easter = Timex(19, 25, "Easter", "DATE", "1974-04-14", None, "day",
    ...                date(1974, 4, 14), date(1974, 4, 14))
    >>> week = _week_before(text, easter, 3)
    >>> week.text, week.value, week.date_start, week.date_end
    ('the week before Easter', '1974-W15', datetime.date(1974, 4, 8), datetime.date(1974, 4, 14))
    """
    middle = (day.date_start or date.min) - timedelta(days=4)
    return _calendar_week(text, day, start, middle - timedelta(days=middle.isoweekday() - 1))


def _calendar_week(text: str, day: Timex, start: int, monday: date) -> Timex:
    """`day` made the calendar week from `monday`, its span from `start` (the phrase)."""
    year, week, _ = monday.isocalendar()
    return replace(
        day,
        start=start,
        text=text[start : day.end],
        value=f"{year:04d}-W{week:02d}",
        granularity="week",
        date_start=monday,
        date_end=monday + timedelta(days=6),
    )


def _count(word: str) -> int | None:
    lowered = word.lower()
    if lowered.isdigit():
        return int(lowered)
    value = NUMBER_WORDS.get(lowered)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _counted(text: str, day: Timex, start: int, shift: timedelta) -> Timex:
    moved: date = (day.date_start or date.min) + shift
    return replace(
        day,
        start=start,
        text=text[start : day.end],
        value=moved.isoformat(),
        granularity="day",
        date_start=moved,
        date_end=moved,
    )
