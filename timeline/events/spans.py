"""The dates joined to a clause's date: coordinated ("in March and June": two dates), a range
("between March and June": one period), two days or months in a row ("on November 18 and 19":
one stretch), and a clause after "and" that leaves out its verb.

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "It shipped in March and June."
    >>> march, june = (Timex(s, s + len(w), w, "DATE", v, granularity="month",
    ...                      date_start=date(2011, m, 1), date_end=date(2011, m, 28))
    ...                for s, w, v, m in [(14, "March", "2011-03", 3), (24, "June", "2011-06", 6)])
    >>> [t.text for t in coordinated(text, march, [march, june])]
    ['June']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, POSSESSIVES, THE, THIS_OR_THAT
from timeline.kinds import Granularity
from timeline.temporal.calendar import month_end
from timeline.temporal.fiscal_calendar import SPLIT_KIND_CALENDAR, bound_right_after
from timeline.temporal.possessed_year import in_year
from timeline.wordlists import word_list

if TYPE_CHECKING:
    from timeline.temporal import Timex

__all__ = ["adjoining", "coordinated", "part_told_by_months", "range_of"]

_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)


def coordinated(text: str, timex: Timex, attached: Sequence[Timex]) -> list[Timex]:
    """The dates joined to `timex` by "and" (or a list's commas) with the same precision: "in
    March and June", "in 2004, 2006 and 2009". A range ("between March and June") is one
    period, not two dates."""
    same = sorted(
        (t for t in attached if t.granularity == timex.granularity and t.date_start is not None),
        key=lambda t: t.start,
    )
    position = same.index(timex) if timex in same else -1
    if position < 0:
        return []
    chain = [timex]
    for earlier in reversed(same[:position]):
        if not _AND.fullmatch(" " + text[earlier.end : chain[0].start]):
            break
        chain.insert(0, earlier)
    for later in same[position + 1 :]:
        if not _AND.fullmatch(" " + text[chain[-1].end : later.start]):
            break
        chain.append(later)
    if len(chain) < 2:
        return _elliptical(text, timex, attached)
    if _BETWEEN.search(text, max(0, chain[0].start - 20), chain[0].start):
        return []
    return [t for t in chain if t is not timex]


def adjoining(text: str, timex: Timex, others: Sequence[Timex]) -> Timex | None:
    """Two days or months in a row joined by "and" are one stretch of time: "will meet on
    November 18 and 19" is a two-day meeting, "consulted in March and April" one spell;
    "in March and June" stays two dates.

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> march, april = (Timex(s, s + len(w), w, "DATE", v, granularity="month",
    ...                        date_start=date(2019, m, 1), date_end=date(2019, m, e))
    ...                  for s, w, v, m, e in [(3, "March", "2019-03", 3, 31),
    ...                                        (13, "April", "2019-04", 4, 30)])
    >>> adjoining("In March and April.", march, [april]).value
    '2019-03/2019-04'
    """
    if len(others) != 1 or timex.granularity not in ("day", "month"):
        return None
    first, second = sorted((timex, others[0]), key=lambda t: t.start)
    if not _AND.fullmatch(" " + text[first.end : second.start]):
        # "finish the whites by the end of the month and the reds in April": the dates of
        # two clauses, one left without its verb (`_elliptical`), not one stretch
        return None
    if (
        first.date_end is None
        or second.date_start is None
        or second.date_start - first.date_end != timedelta(days=1)
    ):
        return None
    return _span(text, first, second)


#: "... and a second one the following year", "... and the second in the autumn of 2026": a
#: clause after "and" that leaves out its verb, with a date of its own.
_ELLIPSIS = re.compile(
    rf",?\s+and\s+(?:{ARTICLES}|another|{POSSESSIVES})\s+[^,;:.]{{0,40}}?\s+(?:(?:in|on|at|by|during)\s+)?",
    re.IGNORECASE,
)


#: A word that looks like a verb's past form: no left-out verb then.
_PAST_FORM = re.compile(r"\b\w{3,}ed\b", re.IGNORECASE)


def _elliptical(text: str, timex: Timex, attached: Sequence[Timex]) -> list[Timex]:
    """The date of a clause after `timex` that leaves out its verb, joined by "and".

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "It opened a plant in 2019 and a second one in 2021."
    >>> first, second = (Timex(s, s + 4, w, "DATE", w, granularity="year",
    ...                        date_start=date(int(w), 1, 1), date_end=date(int(w), 12, 31))
    ...                  for s, w in [(21, "2019"), (46, "2021")])
    >>> [t.text for t in _elliptical(text, first, [first, second])]
    ['2021']
    """
    later = [t for t in attached if t.start >= timex.end and t.date_start is not None]
    if not later:
        return []
    after = min(later, key=lambda t: t.start)
    gap = _ELLIPSIS.fullmatch(text, timex.end, after.start)
    if gap is None or _PAST_FORM.search(gap.group()):
        return []  # "and the union protested on Monday": a clause of its own, verb and all
    return [after]


#: Between the two sides of a range: "between March and June", "from Monday to Wednesday",
#: "from 2001 until 2009", "January through March".
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|thru|-|–|—)\s*|/", re.IGNORECASE)
_RESCHEDULING = word_list("rescheduling_verbs.txt")
_THROUGH = re.compile(r"\s*(?:through|thru)\s*", re.IGNORECASE)


def range_of(
    text: str, timex: Timex, attached: Sequence[Timex], verb: str | None = None
) -> Timex | None:
    """The period from `timex` to the other side of the range it opens, as one expression:
    "sales rose between January and April" is January to April, not January; "the strike
    lasted from Monday to Wednesday" is three days. Both sides have the same precision and
    the second does not come before the first; "between" or "from" opens the range, or the
    sides are joined by "through" or a dash ("the July-September quarter"). The value is an
    ISO 8601 interval, "2019-01/2019-04". A
    clause that moves a thing in time (`verb` "move", "postpone") names two times instead:
    "moved the vote from Monday to Wednesday", but not "between" them ("moved money between
    2003 and 2006" is the whole stretch).

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "Sales rose between January and April."
    >>> january, april = (Timex(s, s + len(w), w, "DATE", v, granularity="month",
    ...                         date_start=date(2019, m, 1), date_end=date(2019, m, e))
    ...                   for s, w, v, m, e in [(19, "January", "2019-01", 1, 31),
    ...                                         (31, "April", "2019-04", 4, 30)])
    >>> span = range_of(text, january, [january, april])
    >>> span.text, span.value, span.date_start, span.date_end
    ('January and April', '2019-01/2019-04', datetime.date(2019, 1, 1), datetime.date(2019, 4, 30))
    """
    later = [t for t in attached if t.start >= timex.end]
    if later:
        span = _range(text, timex, min(later, key=lambda t: t.start))
        if span is not None:
            return span if _a_period(text, span, verb) else None
    # the clause's date closes the range: "Between June 2018 and April 2021, he took ..."
    earlier = [t for t in attached if t.end <= timex.start]
    span = _range(text, max(earlier, key=lambda t: t.start), timex) if earlier else None
    return span if span is not None and _a_period(text, span, verb) else None


#: "between" right before a range's first side: a stretch of time, whatever the verb.
_BETWEEN_ONLY = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _a_period(text: str, span: Timex, verb: str | None) -> bool:
    """Whether the range `span` is one period of its clause: not the two times a clause that
    moves a thing names ("moved the vote from Monday to Wednesday"), though "between" makes a
    stretch of any verb ("moved money to Gibraltar between 2003 and 2006")."""
    if verb not in _RESCHEDULING:
        return True
    return _BETWEEN_ONLY.search(text, max(0, span.start - 20), span.start) is not None


def closes_range(text: str, timex: Timex, other: Timex) -> bool:
    """Whether `other` closes the range `timex` opens ("between January 2014 and March 2016").

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "between January 2014 and March 2016"
    >>> jan, mar = (Timex(s, s + len(w), w, "DATE", v, granularity="month",
    ...                   date_start=date(y, m, 1), date_end=date(y, m, 28))
    ...             for s, w, v, y, m in [(8, "January 2014", "2014-01", 2014, 1),
    ...                                   (25, "March 2016", "2016-03", 2016, 3)])
    >>> closes_range(text, jan, mar)
    True
    """
    return _range(text, timex, other) is not None


def _range(text: str, timex: Timex, other: Timex) -> Timex | None:
    """`timex` to `other` as one period, if the words between and before them make a range."""
    between = text[timex.end : other.start]
    other = _after_its_opening(timex, other)
    if (
        timex.date_start is None
        or other.granularity != timex.granularity
        or other.date_start is None
        or other.date_end is None
        or other.date_start < timex.date_start
        or not _RANGE_JOIN.fullmatch(between)
        or _overnight(timex, other)
    ):
        return None
    span = _span(text, timex, other)
    part = part_told_by_months(text, span)
    opened = _BETWEEN.search(text, max(0, timex.start - 20), timex.start) is not None
    # "the July-September quarter": a dash with no space is a range too
    if (
        not opened
        and part is None
        and not _THROUGH.fullmatch(between)
        and between not in ("-", "–", "/")
    ):
        return None
    split = _split_year(text, timex, other, span)
    if split is not None:
        return split
    if span.granularity == Granularity.TIME and timex.date_start != other.date_start:
        # "between Monday night and Wednesday noon": the days it runs over, not a clock
        return replace(span, granularity=Granularity.DAY)
    return span if part is None else replace(span, granularity=part)


def _after_its_opening(timex: Timex, other: Timex) -> Timex:
    """`other`, the yearless month that closes a range `timex` opens (itself yearless), in the
    year that puts it after the opening: "from October to December" runs October to December of
    one year, though "December" alone, told beside the news of June, might be the last one.

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> october = Timex(5, 12, "October", "DATE", "1974-10", granularity="month",
    ...                 date_start=date(1974, 10, 1), date_end=date(1974, 10, 31))
    >>> december = Timex(16, 24, "December", "DATE", "1973-12", granularity="month",
    ...                  date_start=date(1973, 12, 1), date_end=date(1973, 12, 31))
    >>> _after_its_opening(october, december).value
    '1974-12'
    """
    if (
        timex.granularity != Granularity.MONTH
        or other.granularity != Granularity.MONTH
        or timex.date_start is None
        or other.date_start is None
        or other.date_end is None
        or other.date_start >= timex.date_start
        or any(c.isdigit() for c in timex.text + other.text)
    ):
        return other
    years = timex.date_start.year - other.date_start.year
    if other.date_start.replace(year=other.date_start.year + years) < timex.date_start:
        years += 1
    return in_year(other, other.date_start.year + years)


def _overnight(timex: Timex, other: Timex) -> bool:
    """Whether two clocks make a stretch over a night ("from 9 p.m. on Tuesday until 5 a.m.
    yesterday", "from 18:00 today until 06:00 on Wednesday"): a thing of the evening it
    began, dated by its opening clock, not a span of two days. Clocks days apart ("between
    Monday night and Wednesday noon") make a stretch of those days (`_range`)."""
    return (
        timex.granularity == Granularity.TIME
        and other.granularity == Granularity.TIME
        and timex.date_start is not None
        and other.date_start is not None
        and other.date_start - timex.date_start == timedelta(days=1)
    )


#: A quarter or half named just before the months that make it, in apposition: "the fourth
#: quarter, from", "the quarter (between", "the second half, from", "the first half of the
#: current fiscal year, " (not "fell by half, from": a share).
_PART_BEFORE = re.compile(
    rf"(?i)\b(?:{THE}|{POSSESSIVES}|{THIS_OR_THAT}|first|second|third|fourth|final|last|current|"
    rf"fiscal|financial)[\s-]+(?P<unit>quarter|half)(?:\s+of\s+(?:{THE}|this|{POSSESSIVES})\s+"
    r"(?:current\s+)?(?:(?:financial|fiscal|business|calendar)\s+)?year)?"
    r"\s*[,(–—-]?\s*(?:from|between)?\s*$"
)
#: The same named right after the months: "the December-February quarter".
_PART_AFTER = re.compile(r"(?i)[\s-]+(?P<unit>quarter|half)\b")
#: Each part: its months and precision.
_PARTS = {"quarter": (3, Granularity.QUARTER), "half": (6, Granularity.HALF)}
#: A calendar quarter's months written with a bare dash: "in October-December".
_DASHED = ("-", "–")


def part_told_by_months(text: str, span: Timex) -> Granularity | None:
    """The quarter or half that a range of whole months is, when the text names it so: "in the
    second half, from March to August", "for the first half of the current fiscal year, April
    to September", "the December-February quarter" (a company's part of its year, told by its
    months); and a calendar quarter's months joined by a bare dash, "sales in
    October-December", as results tables write a quarter. A range of months the text names no
    part ("between October and December") stays months.

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "Exports fell in the second half, from March to August."
    >>> span = Timex(38, 53, "March to August", "DATE", "2026-03/2026-08", granularity="month",
    ...              date_start=date(2026, 3, 1), date_end=date(2026, 8, 31))
    >>> part_told_by_months(text, span)
    <Granularity.HALF: 'half'>
    """
    months = _months_spanned(span)
    before = _PART_BEFORE.search(text, max(0, span.start - 60), span.start)
    after = _PART_AFTER.match(text, span.end)
    for named in (before, after):
        if named is not None and _PARTS[named["unit"].lower()][0] == months:
            return _PARTS[named["unit"].lower()][1]
    dashed = any(span.text.count(dash) == 1 and f" {dash}" not in span.text for dash in _DASHED)
    if dashed and months == 3 and span.date_start is not None and span.date_start.month % 3 == 1:
        return Granularity.QUARTER
    return None


#: After a split year ("2022-23", "2014/15"), the kind of year it is: one that runs across the
#: turn of the calendar year.
_SPLIT_YEAR_KIND = re.compile(
    r"(?i)\s+(?:(?:fiscal|financial|budget|tax|school|academic|crop|marketing|harvest)\s+year"
    r"|season|crop|harvest)\b"
)


def _split_year(text: str, first: Timex, second: Timex, span: Timex) -> Timex | None:
    """A split year named as a fiscal, school or crop year or a season ("the 2022–23 financial
    year", "the 2014/15 season"): the twelve months from July to June, the split most such
    years have, not two calendar years, or the months the words right after state ("its
    1996/97 financial year, which began on 1 April" is April to March, stop 44); one named
    no kind ("in 2023-24", "for 1997/98"): the calendar year it begins in ("2016-2017", its
    second year written whole, stays two years).

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "in the 2022-23 financial year"
    >>> y22, y23 = (Timex(s, e, w, "DATE", str(y), granularity="year",
    ...                   date_start=date(y, 1, 1), date_end=date(y, 12, 31))
    ...             for s, e, w, y in [(7, 11, "2022", 2022), (12, 14, "23", 2023)])
    >>> found = _range(text, y22, y23)
    >>> found.date_start, found.date_end
    (datetime.date(2022, 7, 1), datetime.date(2023, 6, 30))
    >>> told = "in its 2022-23 financial year, which began on 1 April"
    >>> found = _range(told, y22, y23)
    >>> found.date_start, found.date_end
    (datetime.date(2022, 4, 1), datetime.date(2023, 3, 31))
    >>> bare = "grew in 2022-23, it said"
    >>> found = _range(bare, *(replace(t, start=t.start + 1, end=t.end + 1) for t in (y22, y23)))
    >>> found.value, found.date_start, found.date_end
    ('2022/2023', datetime.date(2022, 1, 1), datetime.date(2022, 12, 31))
    """
    if (
        span.granularity != Granularity.YEAR
        or first.date_start is None
        or second.date_start is None
        or second.date_start.year != first.date_start.year + 1
        or text[first.end : second.start] not in ("-", "–", "/")
    ):
        return None
    if _SPLIT_YEAR_KIND.match(text, second.end) is not None:
        # the months the words right after state ("which began on 1 April"), else July to June
        stated = bound_right_after(text, second.end)
        calendar = stated if stated is not None and stated.last_month != 12 else None
        last = (calendar or SPLIT_KIND_CALENDAR).last_month
        return replace(
            span,
            date_start=date(first.date_start.year, last + 1, 1),
            date_end=month_end(second.date_start.year, last),
        )
    if len(second.text) == 2:
        # "grew 8 per cent in 2023-24": a year of twelve months, whose months the text does
        # not say, is the calendar year it begins in, not two calendar years
        return replace(span, date_end=first.date_end)
    return None


def _months_spanned(span: Timex) -> int:
    """How many whole months `span` (a range of months) runs over; 0 for any other range."""
    if span.granularity != Granularity.MONTH or span.date_start is None or span.date_end is None:
        return 0
    months = (span.date_end.year - span.date_start.year) * 12 + span.date_end.month
    return months - span.date_start.month + 1


def _span(text: str, first: Timex, last: Timex) -> Timex:
    """One expression from `first` to `last`: its value the ISO 8601 interval of theirs."""
    return replace(
        first,
        end=last.end,
        text=text[first.start : last.end],
        value=f"{first.value}/{last.value}",
        date_end=last.date_end,
    )
