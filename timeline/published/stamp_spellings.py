"""A stamp's date spelled in a form the tagger does not read, written out in words, so the
readers of stamps weigh it as they weigh any other: a month in Roman figures ("4.III.2019"),
day-first points with spaces ("4. 3. 2019"), a year first with points and spaces or in East
Asian figures ("2019. 3. 4.", "2019年3月4日"), a month's name between hyphens ("04-Mar-2019",
"04-MAR-19"), a month's name before a two-digit year closing the stamp ("4 Mar 19 09:12 GMT")
or before one cut to an apostrophe ("May 10, '78"), a month's name before the day and a
two-digit year after a slash ("THURS NOV 7/96", stop 45)
(stop 42, helper `pubdate4`; read by `datelines.read_dateline`, where the tagger reads no day in
the line, and by `foot_days.closing_stamp`, whose lines need a year of four figures).

    >>> respelled("Published: 4.III.2019, 09:12")
    'Published: 4 March 2019, 09:12'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.furniture.dated_lists import line_timexes
from timeline.temporal.date_order import calendar_day, full_year
from timeline.temporal.patterns import DAY_FIGURES_RE
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

__all__ = ["respelled", "respelled_unread"]

#: The months' names, by number: what a respelled date is written with.
_MONTH_NAMES = {
    number: max((name for name, named in MONTHS.items() if named == number), key=len).capitalize()
    for number in set(MONTHS.values())
}
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"
_MONTH = r"(?P<month>1[0-2]|0?[1-9])"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
#: The months in Roman figures, in capitals or small letters: "4.III.2019", "4.iii.2019",
#: "4-III-2019", "4 III 2019" (as Polish, Italian, Hungarian and Romanian pages write them).
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_RE = re.compile(
    rf"(?<![\w.]){_DAY}(?P<sep>[./ -])(?P<roman>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I"
    r"|xii|xi|ix|x|viii|vii|vi|iv|v|iii|ii|i)"
    rf"(?P=sep){_YEAR}(?![\w])"
)
#: Day-first points, a space after each, as Czech, Slovak, German and Polish pages set them:
#: "4. 3. 2019".
_SPACED_POINTS_RE = re.compile(rf"(?<![\d.]){_DAY}\.\s{_MONTH}\.\s{_YEAR}(?!\d)")
#: A year first with points and spaces, as Korean pages write it: "2019. 3. 4." (the closing
#: point optional).
_YEAR_FIRST_POINTS_RE = re.compile(rf"(?<![\d.]){_YEAR}\.\s{_MONTH}\.\s{_DAY}(?![\d])\.?")
#: A year, a month and a day in East Asian figures' marks: "2019年3月4日", "2019년 3월 4일".
_EAST_ASIAN_RE = re.compile(rf"{_YEAR}\s*[年년]\s*{_MONTH}\s*[月월]\s*{_DAY}\s*[日일]")
#: A month's name between hyphens: "04-Mar-2019", "04-MAR-19", "3-Sept-2021".
_HYPHENED_RE = re.compile(
    rf"(?<![\w-]){_DAY}-(?P<name>[A-Za-z]{{3,9}})\.?-(?P<year>(?:1[6-9]|20)\d\d|\d\d)(?![\w-])"
)
#: A month's name or its abbreviation, in any case: "Mar", "SEPT", "October" (`MONTHS`).
_MONTH_NAME = "(?i:" + "|".join(map(re.escape, sorted(MONTHS, key=len, reverse=True))) + ")"
#: A month's name before a two-digit year that closes a stamp: the end of its line, a field's
#: separator, a dash, a clock or a zone after it ("4 Mar 19 09:12 GMT", "21 NOV 51"); only a
#: month's name, so a count and a word before it are passed over, "TAKE 1 OF 1 FILED 04 MAY 56
#: 1840 GMT" (stop 45: "1 FILED 04" took the day's figures).
_SHORT_YEAR_NAME_RE = re.compile(
    rf"(?<![\w'’]){_DAY}(?:st|nd|rd|th)?\s+(?P<name>{_MONTH_NAME})\.?\s+(?P<year>\d\d)"
    r"(?=\s*(?:$|[|·•,;(@]|[-–—]\s|at\s+\d|\d{1,2}[:.h]?\d\d\b|[A-Z]{2,5}\b))"
)
#: A month's name first, the day, a slash and the year in two figures, as a broadcast's script
#: heads its day: "THURS NOV 7/96" (stop 45), its weekday before it if any; not a night's two
#: days, "Nov. 10/11".
_SLASHED_YEAR_RE = re.compile(
    r"(?<![\w'’])(?:(?P<weekday>[A-Za-z]{3,9})\.?,?\s+)?"
    rf"(?P<name>{_MONTH_NAME})\.?\s+{_DAY}/(?P<year>\d\d)(?![\d/])"
)
#: A month's name first, its year cut to an apostrophe and two figures: "May 10, '78".
_APOSTROPHE_YEAR_RE = re.compile(
    rf"(?<![\w'’])(?P<name>[A-Za-z]{{3,9}})\.?\s+{_DAY}(?:st|nd|rd|th)?,?\s+['’](?P<year>\d\d)(?!\d)"
)
#: The Russian year's mark after a date: "07.12.2025 г.".
_YEAR_MARK_RE = re.compile(r"(?<=\d{4})\s?г\.")


def _written(year: int, month: int, day: int, spelled: str) -> str:
    """The day in words, or `spelled` as it was when the calendar has no such day."""
    if calendar_day(year, month, day) is None:
        return spelled
    return f"{day} {_MONTH_NAMES[month]} {year}"


def _named_month(name: str) -> int | None:
    """The month an English month's name or abbreviation names, in any case: "MAR", "Sept"."""
    return MONTHS.get(name.lower())


def _short_year(year: str) -> int:
    return int(year) if len(year) == 4 else full_year(int(year))


def respelled(line: str) -> str:
    """`line` with each date in a form the tagger does not read written in words; the line
    itself when it holds none.

    >>> respelled("Posted 18. 8. 1998 0912 GMT")
    'Posted 18 August 1998 0912 GMT'
    >>> respelled("2009. 12. 17. (09:12)"), respelled("Updated 2014年6月26日")
    ('17 December 2009 (09:12)', 'Updated 26 June 2014')
    >>> respelled("Filed 12-Jan-1977 @ 9:12am"), respelled("Dated 14-SEP-92 09:12")
    ('Filed 12 January 1977 @ 9:12am', 'Dated 14 September 1992 09:12')
    >>> respelled("Wed, May 10, '78 09:12")
    'Wed, 10 May 1978 09:12'
    >>> respelled("Published: 21 Nov 51"), respelled("4 March 12 people died")
    ('Published: 21 November 1951', '4 March 12 people died')
    >>> respelled("WIRE 114 DESK TAKE 1 OF 1 FILED 04 MAY 56 1840 GMT")
    'WIRE 114 DESK TAKE 1 OF 1 FILED 4 May 1956 1840 GMT'
    >>> respelled("Published 30.II.2019"), respelled("Datum: 07.12.2025 г.")
    ('Published 30.II.2019', 'Datum: 07.12.2025')
    """
    if _DIGIT_RE.search(line) is None:
        return line  # every spelling holds a figure (most of a story's lines hold none)
    for spelling in _SPELLINGS:
        if spelling.cue.search(line) is not None:
            line = spelling.pattern.sub(spelling.written, line)
    return line


def _roman_day(found: re.Match[str]) -> str:
    """A date with its month in Roman figures, in words; in small letters only between points
    ("4.iii.2019", not "3 x 2019", a count).

    >>> _ROMAN_RE.sub(_roman_day, "4.iii.2019 · 3 x 2019 · 4 III 2019")
    '4 March 2019 · 3 x 2019 · 4 March 2019'
    """
    if found["roman"].islower() and found["sep"] != ".":
        return found.group()
    month = _ROMAN.index(found["roman"].upper()) + 1
    return _written(int(found["year"]), month, int(found["day"]), found.group())


def _named_day(found: re.Match[str]) -> str:
    """A date with its month's name and a two- or four-digit year, in words."""
    month = _named_month(found["name"])
    if month is None:
        return found.group()
    return _written(_short_year(found["year"]), month, int(found["day"]), found.group())


def _slashed_year_day(found: re.Match[str]) -> str:
    """A month's name, a day and a two-digit year after a slash, in words; a night's two days
    ("Nov 10/11"), or a day its weekday does not fit, as they were (the readers weigh the
    respelled line without its weekday's check).

    >>> _SLASHED_YEAR_RE.sub(_slashed_year_day, "THURS NOV 7/96 · Nov 10/11 · FRI NOV 7/96")
    'THURS 7 November 1996 · Nov 10/11 · FRI NOV 7/96'
    >>> _SLASHED_YEAR_RE.sub(_slashed_year_day, "THE DESK NOV 7/96")
    'THE DESK 7 November 1996'
    """
    day = calendar_day(_short_year(found["year"]), MONTHS[found["name"].lower()], int(found["day"]))
    weekday = found["weekday"]
    if int(found["year"]) == int(found["day"]) + 1 or day is None:
        return found.group()
    named = [
        number
        for name, number in WEEKDAYS.items()
        if weekday is not None and name.startswith(weekday.lower())
    ]
    if named and named != [day.isoweekday()]:
        return found.group()  # "FRI NOV 7/96": 7 November 1996 was a Thursday
    return found.group()[: found.start("name") - found.start()] + _named_day(found)


def _numbered_day(found: re.Match[str]) -> str:
    """A date all in figures (its year, its month and its day), in words."""
    return _written(int(found["year"]), int(found["month"]), int(found["day"]), found.group())


def _dropped(found: re.Match[str]) -> str:
    """Nothing: a mark the tagger need not read (the Russian year's "г.")."""
    return ""


#: A figure: every spelling holds one.
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Spelling:
    """A form of a stamp's date the tagger does not read: its pattern, what writes a match of
    it in words, and its cue, a pattern that finds something in every line `pattern` matches
    in, searched first (stop 43, helper `perf3`). A story's lines, read at its foot and head
    for every text, seldom hold a cue: the cue opens with a figure or a mark, which the engine
    skips to at once, where most spellings open with a lookbehind tried at every character.

    >>> _SPELLINGS[1].cue.search("Posted 4.III.2019").group()
    '4.I'
    """

    pattern: re.Pattern[str]
    written: Callable[[re.Match[str]], str]
    cue: re.Pattern[str]


#: The spellings, in the order `respelled` writes them; each cue is its pattern's figures and
#: marks before the month: the day's last figure and the mark after it, the month's first letter
#: or figure ("4.III.2019", "4. 3. 2019", "04-Mar-2019", "4 Mar 19", "May 10, '78").
_SPELLINGS = (
    _Spelling(_YEAR_MARK_RE, _dropped, re.compile(r"г")),
    _Spelling(_ROMAN_RE, _roman_day, re.compile(r"\d[./ -][IVXivx]")),
    _Spelling(_SPACED_POINTS_RE, _numbered_day, re.compile(r"\d\.\s\d")),
    _Spelling(_YEAR_FIRST_POINTS_RE, _numbered_day, re.compile(r"\d\.\s\d")),
    _Spelling(_EAST_ASIAN_RE, _numbered_day, re.compile(r"[年년]")),
    _Spelling(_HYPHENED_RE, _named_day, re.compile(r"\d-[A-Za-z]")),
    _Spelling(
        _SHORT_YEAR_NAME_RE,
        _named_day,
        re.compile(r"\d(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d\d"),
    ),
    _Spelling(_APOSTROPHE_YEAR_RE, _named_day, re.compile(r"['’]\d\d")),
    _Spelling(_SLASHED_YEAR_RE, _slashed_year_day, re.compile(r"\d/\d\d")),
)


def respelled_unread(line: str) -> str:
    """`respelled`, for a line in which the tagger reads no day with its year; the line as it
    is when it reads one (a line it reads is read as it was).

    >>> respelled_unread("Filed 12-Jan-1977"), respelled_unread("Filed 12 Jan 1977 · 4-III-2019")
    ('Filed 12 January 1977', 'Filed 12 Jan 1977 · 4-III-2019')
    """
    spelled = respelled(line)
    if spelled == line or any(DAY_FIGURES_RE.match(timex.value) for timex in line_timexes(line)):
        return line
    return spelled
