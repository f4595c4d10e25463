"""The order of a stamp's all-number date whose day and month could swap ("03/10/2022"): as
its weekday, its clock's zone, a wire's dateline, its points or the story's dates show it, and
no reading when the page shows none (a wrong publication date is worse than none). Split from
`timeline.published.datelines`, which reads the stamps.

    >>> _line_zone_order("03/05/25 6:12 PM ET")
    'month'
"""

from __future__ import annotations

import re
from datetime import date

from timeline.furniture import without_furniture
from timeline.furniture.record_lines import numeric_readings
from timeline.published.page_order import page_reading
from timeline.published.stamp_forms import dateline_month_day
from timeline.temporal import Timex
from timeline.temporal.date_order import (
    ALL_NUMBERS_RE,
    POINTED_DATE_RE,
    shows_month_first,
    weekday_named,
    weekday_reading,
    writes_day_first,
)
from timeline.temporal.tense import clause_tense
from timeline.temporal.vocabulary import MONTHS, VOCABULARY

__all__ = [
    "DATELINE_CHARS",
    "clock_of_a_day",
    "in_the_texts_order",
    "months_reading",
    "numeric_stamp_day",
]

#: how far into the text a dateline may sit
DATELINE_CHARS = 600
#: A clock and its zone beside an all-number date: "12/08/2019 18:40 WEST", "at 21:40 EAT on".
_CLOCK_ZONE_RE = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[apAP]\.?[mM]\.?\s*)?(?P<zone>[A-Z]{2,5})\b")


def in_the_texts_order(timex: Timex, text: str) -> date | None:
    """The day of an all-number date whose day and month could swap: as a stamp's zone tells
    (`_stamp_zone_order`: "12/08/2019 18:40 WEST" is day first), else day first when written
    with points ("06.03.2023", as German, Czech or Russian outlets write), else in the order
    the story writes its dates (`temporal.date_order.writes_day_first`): day first after "14
    January" or "13/03/2019", month first (the American order) after "03/13/2019" only (stop
    49: a day in words written month first, "May 25", is no evidence); else the reading the
    page's other stamps or the story's months allow (`page_reading`, `months_reading`).

    >>> from timeline.temporal import tag
    >>> t = tag("Updated: 12/01/2021", None, narrative=False)[0]
    >>> in_the_texts_order(t, "Updated: 12/01/2021\\n\\nTalks end on Thursday, 14 January.")
    datetime.date(2021, 1, 12)
    >>> in_the_texts_order(tag("Date 06.03.2023", None)[0], "Date 06.03.2023\\n\\nIt shut.")
    datetime.date(2023, 3, 6)
    >>> t = tag("12/08/2019 18:40 WEST", None, narrative=False)[0]
    >>> in_the_texts_order(t, "12/08/2019 18:40 WEST\\n\\nIt shut.")
    datetime.date(2019, 8, 12)
    """
    numbers = ALL_NUMBERS_RE.search(timex.text)
    day = timex.date_start
    named = _stamp_weekday(text, timex)
    if named is not None and day is not None and numbers is not None:
        # the stamp's weekday decides between the two readings: "Tue 05/03/2024" is 5 March
        return weekday_reading(numbers, day.year, named)
    if named is not None and day is not None and day.isoweekday() != named:
        return None  # "Tue 13 June 2023" (a Monday): the stamp disagrees with itself
    if numbers is None or day is None or int(numbers[1]) > 12 or int(numbers[2]) > 12:
        return day
    first, second = int(numbers[1]), int(numbers[2])
    told = dateline_month_day(text[:DATELINE_CHARS])
    if first != second and told in ((first, second), (second, first)):
        # "03/09/2014" over "PANAMA CITY, Sept 3 (Wire) -": the dateline names its day
        return date(day.year, *told)
    zone = _stamp_zone_order(text, timex)
    pointed = POINTED_DATE_RE.fullmatch(numbers.group()) is not None
    if pointed and zone == "month" and first != second:
        return None  # "02.01.2000 09:12 AM ET": the points and the zone disagree, no guess
    if zone == "day" or (zone is None and (pointed or _writes_day_first(text))):
        first, second = second, first
    elif zone is None and first != second and not _shows_month_first(text, timex):
        # "03/10/2022" over a story that writes no other date: either day, unless the rest of
        # the page shows one (stop 40), or the months its clauses place before or after the
        # page's own month allow one reading only; and so over a story that writes its days
        # in words month first only, "on May 25", as English editions of day-first pages do
        # (stop 49: "Published 11/06/2014 16:27" was read as the 6th of November)
        readings = [date(day.year, first, second), date(day.year, second, first)]
        line = next((line for line in text.splitlines() if timex.text in line), timex.text)
        return page_reading(text, line, readings) or months_reading(text, readings)
    try:
        return date(day.year, first, second)
    except ValueError:
        return day


#: A Crown copyright line: the page is a Commonwealth government's, which writes its dates day
#: first ("© Crown copyright 2018" under "Publication date: 12/01/2018", the 12th of January).
_CROWN_COPYRIGHT_RE = re.compile(r"(?i)\bcrown\s+copyright\b")


def _writes_day_first(text: str) -> bool:
    """Whether the page writes its all-number dates day first: as its story's dates show
    (`temporal.date_order.writes_day_first`), or under a Crown copyright.

    >>> _writes_day_first("It shut.\\n\\n© Crown copyright 2018"), _writes_day_first("It shut.")
    (True, False)
    """
    return writes_day_first(without_furniture(text)) or _CROWN_COPYRIGHT_RE.search(text) is not None


def _shows_month_first(text: str, timex: Timex) -> bool:
    """Whether the page shows that its all-number dates are month first: its story's figures
    do ("03/13/2019", `temporal.date_order.shows_month_first`); its days in words written month
    first do not ("May 25"), and beside a clock in Greenwich time, only the page's other stamps
    may tell (stop 42, `_beside_gmt`).

    >>> from timeline.temporal import tag
    >>> stamp = tag("Posted 11/06/2014", None, narrative=False)[0]
    >>> _shows_month_first("Posted 11/06/2014\\n\\nIt aired on May 25.", stamp)
    False
    >>> _shows_month_first("Posted 11/06/2014\\n\\nIt was filed on 03/13/2014.", stamp)
    True
    """
    return shows_month_first(without_furniture(text)) and not _beside_gmt(text, timex)


#: A weekday or its abbreviation beside a stamp's date: "Tue 05/03/2024", "05/03/2024, Tuesday".
_WEEKDAY_WORD = r"(?P<weekday>[A-Za-z]{3,9})\.?"
_WEEKDAY_BEFORE_RE = re.compile(rf"(?:^|[\s|·,(])\s*{_WEEKDAY_WORD}\s*,?\s*$")
_WEEKDAY_AFTER_RE = re.compile(rf"^\s*,?\s*{_WEEKDAY_WORD}(?![\w])")


def _stamp_weekday(text: str, timex: Timex) -> int | None:
    """The weekday a stamp names with its date, in the expression or next to it: "Tue
    05/03/2024 · 9.40am" names a Tuesday (2); None when it names none.

    >>> from timeline.temporal import tag
    >>> _stamp_weekday("Tue 05/03/2024 · 9.40am", tag("Tue 05/03/2024", None)[0])
    2
    """
    inside = re.match(rf"\s*{_WEEKDAY_WORD}\s*,?\s", timex.text)
    if inside is not None and (number := weekday_named(inside["weekday"])) is not None:
        return number
    for line in text.splitlines():
        at = line.find(timex.text)
        if at < 0:
            continue
        before = _WEEKDAY_BEFORE_RE.search(line[:at])
        after = _WEEKDAY_AFTER_RE.match(line[at + len(timex.text) :])
        for found in (before, after):
            if found is not None and (number := weekday_named(found["weekday"])) is not None:
                return number
        return None
    return None


def _stamp_zone_order(text: str, timex: Timex) -> str | None:
    """The order a stamp's zone tells its all-number date is in: "day" first beside a clock of
    a zone east of the Atlantic other than UTC or GMT ("12/08/2019 18:40 WEST", "at 21:40 EAT
    on 12/08/2027", as Europe, Africa, Asia and Oceania write dates), "month" first beside one
    of the Americas ("10:02 EST"); None without a zone, or with one the world shares.

    >>> from timeline.temporal import tag
    >>> text = "Updated 12/08/2019 18:40 WEST"
    >>> _stamp_zone_order(text, tag(text, None, narrative=False)[0])
    'day'
    """
    # the readers tag a line at a time: the expression's offsets may be the line's
    for line in text.splitlines():
        if timex.text in line and (order := _line_zone_order(line)) is not None:
            return order
    return None


def _line_zone_order(line: str) -> str | None:
    """`_stamp_zone_order` of the clock with a zone on `line`.

    >>> _line_zone_order("11/03/2021 09:15 a.m. BRT"), _line_zone_order("12/08/2027 21:40 UTC")
    ('month', None)
    >>> _line_zone_order("03/05/25 6:12 PM ET")
    'month'
    >>> _line_zone_order("Published 10/07/2013 14h32"), _line_zone_order("10/07/2013 14:32")
    ('day', None)
    """
    for match in _CLOCK_ZONE_RE.finditer(line):
        if match["zone"] in VOCABULARY.zones_of_the_americas:
            return "month"  # "03/05/25 6:12 PM ET"
        offset = _ZONE_OFFSETS.get(match["zone"])
        if offset and offset != "Z":
            return "month" if offset.startswith("-") else "day"
    if _H_CLOCK_RE.search(line) is not None:
        return "day"  # "10/07/2013 14h32": a clock as French and Portuguese write it (stop 49)
    return None


#: A clock with an "h" between its hours and its minutes, "14h32", "9h05": the way French,
#: Portuguese and the outlets of their countries write the hour, all of which write their
#: all-number dates day first ("Publié le 10/07/2013 à 14h32"; an American stamp writes
#: "2:32 p.m.").
_H_CLOCK_RE = re.compile(r"(?<![\w.:/-])(?:[01]?\d|2[0-3])h[0-5]\d(?![\w:])")


_ZONE_OFFSETS = VOCABULARY.time_zones
#: A clock in Greenwich time, its offset after it or not: "07:45 GMT", "15:22 (GMT-5)".
_GMT_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]?\d\d\s*(?:[apAP]\.?[mM]\.?\s*)?\(?GMT\b")


def _beside_gmt(text: str, timex: Timex) -> bool:
    """Whether the stamp's line has a clock in Greenwich time, as the pages of Britain, West
    Africa and the wires set it, and the Americas' own stamps do not (they write "ET", "EST").

    >>> from timeline.temporal import tag
    >>> text = "By Jo Lee · 04/03/2026 · 07:45 GMT"
    >>> _beside_gmt(text, tag(text, None, narrative=False)[0])
    True
    """
    return any(
        timex.text in line and _GMT_CLOCK_RE.search(line) is not None for line in text.splitlines()
    )


def numeric_stamp_day(line: str, text: str) -> date | None:
    """The day of a stamp's all-number date the tagger does not read ("09-02-1996, Friday"):
    the one reading its weekday allows (`record_lines.numeric_readings`), else day first when
    written with points, else the reading in the order the story writes its dates
    (`writes_day_first`)."""
    readings = numeric_readings(line)
    zone = _line_zone_order(line)
    if len(readings) > 1 and zone == "month" and POINTED_DATE_RE.search(line):
        return None  # the points and the zone disagree
    if len(readings) > 1 and (
        zone == "day"
        or (zone is None and (POINTED_DATE_RE.search(line) or _writes_day_first(text)))
    ):
        return readings[1]
    if len(readings) > 1 and zone is None and not shows_month_first(without_furniture(text)):
        # either reading, unless the rest of the page or the story's months tell
        return page_reading(text, line, readings) or months_reading(text, readings)
    return readings[0] if readings else None


#: The words that place a year before or after the page's: "last", "next", "previous" (the
#: relation words of the temporal vocabulary that shift a unit).
_SHIFTING_WORDS = "|".join(
    word for word in VOCABULARY.relation_words("unit") if VOCABULARY.shift(word) != 0
)
#: A month the story names alone, with no day or year beside it, after "in": "in August", "in
#: late January" (a month of the page's own year, before it in a past clause, after it in a
#: future one); not one another year is named with, "in July last year", "in March of the
#: previous year", "in June a year earlier" (stop 45: that July is no bound of the page's month).
_BARE_MONTH_RE = re.compile(
    r"\bin\s+(?:(?:early|mid|late)[\s-]+)?(?P<month>[A-Z][a-z]{2,8})\b(?!\.?,?\s*\d)"
    rf"(?!,?\s+(?:of\s+)?(?:the\s+)?(?:(?:{_SHIFTING_WORDS})\s+year"
    r"|(?:a|one)\s+year\s+(?:ago|earlier|before|later|on)))"
)


def months_reading(text: str, readings: list[date]) -> date | None:
    """The one reading of a stamp's all-number date that the story's months allow: a month
    named alone in a past clause ("was published in August") is this year's, on or before the
    page's month; in a future clause ("opens in June"), on or after it. None when both readings
    fit them, or neither does: no guess.

    >>> story = "03/10/2022\\n\\nAn analysis published in August found a cut. Two fell ill in June."
    >>> readings = [date(2022, 3, 10), date(2022, 10, 3)]
    >>> months_reading(story, readings)
    datetime.date(2022, 10, 3)
    >>> months_reading("03/10/2022\\n\\nThe trial began in March.", readings) is None
    True

    A month named with another year places nothing: "a strike in July last year".

    >>> months_reading("03/10/2022\\n\\nA strike in July last year cost a week.", readings) is None
    True
    """
    story = without_furniture(text)
    placed: list[tuple[int, str]] = []
    for found in _BARE_MONTH_RE.finditer(story):
        month = MONTHS.get(found["month"].lower())
        tense = clause_tense(story, found.start("month"), found.end())
        if month is not None and tense in ("past", "future"):
            placed.append((month, tense))
    fitting = [
        reading
        for reading in readings
        if all(
            (month <= reading.month) if tense == "past" else (month >= reading.month)
            for month, tense in placed
        )
    ]
    return fitting[0] if placed and len(fitting) == 1 else None


def clock_of_a_day(timex: Timex, before: list[Timex]) -> bool:
    """Whether an expression is only the clock of a day the line names before it: its day is
    that day's as the tagger wrote it, whichever order the stamp's figures are read in (the
    clock of "Updated Monday, 04/11/2019 @ 9:12am" is no earlier day than 4 November).

    >>> line = "Updated Monday, 04/11/2019 @ 9:12am"
    >>> from timeline.furniture.dated_lists import line_timexes
    >>> timexes = list(line_timexes(line))
    >>> [clock_of_a_day(timex, timexes[:number]) for number, timex in enumerate(timexes)]
    [False, False, True]
    """
    return timex.granularity == "time" and any(
        earlier.granularity == "day" and timex.value.startswith(earlier.value) for earlier in before
    )
