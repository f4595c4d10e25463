"""Stamp forms the tagger does not read, and a dateline's day that settles a stamp's order: a
day with its month's name between hyphens ("Issued: 19-Jan-2018, 15h30"), a day with points and
a two-digit year as a field of a line of fields ("Issue 2004/46 · 12.11.04"), and the day a
wire's dateline gives without its year ("PANAMA CITY, Sept 3 (Wire) -"), which tells which of
an all-number stamp's two readings is meant ("03/09/2014" over it is the 3rd of September).
Read by `timeline.published.datelines`.

    >>> hyphened_month_day("Issued: 19-Jan-2018, 15h30")
    (datetime.date(2018, 1, 19), 8, 19)
    >>> pointed_field_day("Issue 2004/46 · 12.11.04")
    datetime.date(2004, 11, 12)
"""

from __future__ import annotations

import re
from datetime import date

from timeline.furniture.bylines import wire_slug_date
from timeline.furniture.dateline_shapes import DATELINE_PATTERNS
from timeline.furniture.local_datelines import local_dateline_day
from timeline.temporal import Timex, tag
from timeline.temporal.date_order import calendar_day, full_year
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import alternation

__all__ = [
    "FIELD_SEPARATOR_RE",
    "capitals_dateline_timexes",
    "dateline_month_day",
    "hyphened_month_day",
    "machine_stamp_day",
    "masthead_local_day",
    "monitored_source_day",
    "of_month_of_year_day",
    "pointed_field_day",
    "short_year_day",
    "slug_day",
    "wire_local_day",
]

#: A day, its month's name and its year between hyphens: "19-Jan-2018", "3-Sept-2021", an
#: exchange's stamp with a two-digit year too, "03-Sep-03".
_HYPHENED_RE = re.compile(
    r"(?<![\w-])(?P<day>3[01]|[12]\d|0?[1-9])-(?P<month>[A-Za-z]{3,9})\.?-"
    r"(?P<year>(?:1[6-9]|20)\d\d|\d\d)(?![\w-])"
)


def hyphened_month_day(line: str) -> tuple[date, int, int] | None:
    """The day a date written with hyphens around its month's name gives, and where it stands
    in `line`; None when `line` holds none, or its month's name is no month ("12-Ton-2018").

    >>> hyphened_month_day("Posted 3-Sept-2021")
    (datetime.date(2021, 9, 3), 7, 18)
    >>> hyphened_month_day("Bay 12-Ton-2018") is None
    True
    >>> hyphened_month_day("Released 07:00 03-Sep-03")
    (datetime.date(2003, 9, 3), 15, 24)
    """
    found = _HYPHENED_RE.search(line)
    if found is None:
        return None
    month = MONTHS.get(found["month"].lower())
    year = int(found["year"]) if len(found["year"]) == 4 else full_year(int(found["year"]))
    day = None if month is None else calendar_day(year, month, int(found["day"]))
    return None if day is None else (day, found.start(), found.end())


#: The fields of a line of furniture: "Issue 46 · 12.11.04 | Page 3".
FIELD_SEPARATOR_RE = re.compile(r"\s[|·•]\s")
#: A field's separator, or the three spaces or more a digest's masthead sets its fields apart
#: with, in columns: "WORLD BROADCAST DIGEST   PART 4   ME/4556/B/3   16.3.74" (stop 40).
_FIELD_OR_COLUMN_RE = re.compile(FIELD_SEPARATOR_RE.pattern + r"| {3,}")
#: A day with points, a field by itself, its weekday before it or not: "12.11.04" (day first, as
#: the places that write dates with points write them), "Wednesday 24.3.93", and a month in
#: Roman figures, "Tuesday 13.III.1979" (a two- or four-digit year).
_POINTED_SHORT_RE = re.compile(
    r"(?i)(?:(?P<weekday>[a-z]{6,9}),?\s+)?(?P<day>3[01]|[12]\d|0?[1-9])\."
    r"(?:(?P<month>1[0-2]|0?[1-9])\.(?P<year>\d\d)"
    r"|(?P<roman>i{1,3}|iv|vi{0,3}|ix|xi{0,2})\.(?P<ryear>(?:1[6-9]|20)?\d\d))"
)
#: The months in Roman figures.
_ROMAN_MONTHS = {
    roman: number
    for number, roman in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), start=1
    )
}


def pointed_field_day(line: str) -> date | None:
    """The day of a field of a line of fields that is only a date with points ("Issue 2004/46 ·
    12.11.04"), its weekday before it or not ("Wednesday 24.3.93", "Tuesday 13.III.1979"), day
    first, a two-digit year in the century that puts it no later than next year; None when the
    line is one field (a version "2.1.09" alone), holds two such fields, a four-digit year on
    the line names another year, or the weekday is not the day's.

    >>> pointed_field_day("Vol. 12 · 3.2.99 · Page 4")
    datetime.date(1999, 2, 3)
    >>> pointed_field_day("QUAY BROADCAST DIGEST   PART 4   QB/4556/B/3   16.3.74")
    datetime.date(1974, 3, 16)
    >>> pointed_field_day("COURIER · Tuesday 13.III.1979 · Ports")
    datetime.date(1979, 3, 13)
    >>> pointed_field_day("12.11.04") is None, pointed_field_day("Issue 1998/46 · 12.11.04") is None
    (True, True)
    >>> pointed_field_day("Echo · Monday 24.3.93") is None
    True
    """
    fields = [field.strip() for field in _FIELD_OR_COLUMN_RE.split(line)]
    if len(fields) < 2:
        return None
    days = [found for field in fields if (found := _POINTED_SHORT_RE.fullmatch(field))]
    if len(days) != 1:
        return None
    found = days[0]
    month = int(found["month"]) if found["month"] else _ROMAN_MONTHS[found["roman"].lower()]
    short = int(found["year"] or found["ryear"])
    year = short
    if short < 100:
        year = full_year(short)
    other_years = {int(y) for y in re.findall(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)", line)}
    if other_years and other_years != {year}:
        return None
    day = calendar_day(year, month, int(found["day"]))
    if day is None:
        return None
    if found["weekday"] is not None and WEEKDAYS.get(found["weekday"].lower()) != day.isoweekday():
        return None  # a weekday that is not the day's, or a word that is no weekday
    return day


#: A day, its month's name and its year joined by "of", as a translation from Portuguese or
#: Spanish writes a place-and-date line: "Rio de Janeiro, 3rd of August of 1961"; the line holds
#: only the date, a place before it or not, and a full stop after it.
_OF_MONTH_OF_YEAR_RE = re.compile(
    r"(?:[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){0,4},\s*)?(?:the\s+)?"
    r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|º)?\s+of\s+(?P<month>[A-Z][a-z]{2,8}),?\s+of\s+"
    r"(?P<year>(?:1[6-9]|20)\d\d)\.?"
)


def of_month_of_year_day(line: str) -> date | None:
    """The day of a line that is only a date written "3rd of August of 1961", a place before it
    or not; None for any other line.

    >>> of_month_of_year_day("Rio de Janeiro, 3rd of August of 1961")
    datetime.date(1961, 8, 3)
    >>> of_month_of_year_day("He left on the 3rd of August of 1961 for Lisbon.") is None
    True
    """
    found = _OF_MONTH_OF_YEAR_RE.fullmatch(line.strip())
    if found is None:
        return None
    month = MONTHS.get(found["month"].lower())
    return None if month is None else calendar_day(int(found["year"]), month, int(found["day"]))


#: A month's name and a day, either way round, in a dateline: "Sept 3", "3 September".
_MONTH_DAY_RE = re.compile(
    r"\b(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
    r"|\b(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<month2>[A-Z][a-z]{2,8})\b"
)


def dateline_month_day(head: str) -> tuple[int, int] | None:
    """The month and day of the first dateline in `head` (the top of a text) that names its
    day ("PANAMA CITY, Sept 3 (Wire) -" is (9, 3)); None when no dateline names one.

    >>> dateline_month_day("Sold\\n03/09/2014 15:22\\nPANAMA CITY, Sept 3 (Wire) -\\nIt sold.")
    (9, 3)
    >>> dateline_month_day("Sold\\n\\nPANAMA CITY (Wire) - It sold two ships.") is None
    True
    """
    for pattern in DATELINE_PATTERNS:
        for line in pattern.finditer(head):
            for found in _MONTH_DAY_RE.finditer(line.group()):
                month = MONTHS.get((found["month"] or found["month2"]).lower())
                if month is not None:
                    return month, int(found["day"] or found["day2"])
    return None


#: A date with a two-digit year in a field of furniture, as monitoring services and archives
#: write it: after a clock and its zone, "1630 gmt 27 Jun 84", or a label telling when it went
#: out, "Broadcast 18.3.66", "Tx 12.05.98", "Air date 14.09.01", or a telex's "DATE 20.2.74"
#: opening its line (with points: day first); not the day it was recorded, nor its next or
#: repeated broadcast ("Next broadcast 14.05.98").
_SHORT_YEAR_RE = re.compile(
    r"(?i)\b\d{4}\s*(?:gmt|utc)\s+(?P<day>3[01]|[12]\d|0?[1-9])\s+(?P<month>[a-z]{3,9})\.?\s+"
    r"(?P<year>\d\d)(?![\d:.])"
    r"|(?<!next\s)(?<!repeat\s)(?<!repeated\s)"
    r"(?:\b(?:broadcast|aired|transmitted|transmission|tx|air\s+date|on\s+air|issued|published)"
    # a telex's or a memo's own date field opening its line: "DATE 20.2.74 1630 JST" (stop 39)
    r"(?:\s+date)?|^\s*date)\s*:?\s*"
    r"(?P<pday>3[01]|[12]\d|0?[1-9])\.(?P<pmonth>1[0-2]|0?[1-9])\.(?P<pyear>\d\d)(?![\d.]\d)"
    # a stamp's verb, then the day, its month's name and the year cut to an apostrophe and two
    # figures: "Compiled Tues. 10th Sept. '96", "Printed 3 May '71"
    r"|\b(?:compiled|issued|published|printed|posted|released)(?:\s+on)?\s+"
    r"(?:(?P<aweekday>[a-z]{3,9})\.?,?\s+)?(?P<aday>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+"
    r"(?P<amonth>[a-z]{3,9})\.?,?\s+['’](?P<ayear>\d\d)(?![\d])"
)

#: The points of a date with a two-digit year ("18.3.66"): with a zone ("gmt", "utc", any
#: case), what every match of `_SHORT_YEAR_RE` holds; a line without either is not searched.
_POINTED_DIGITS = re.compile(r"\d\.\d")
#: A year cut to an apostrophe and two figures: "'96".
_APOSTROPHE_YEAR = re.compile(r"['’]\d\d")


#: A wire's stamp alone on its line: its day in figures with a two-digit year, month first as
#: American wires write it, its clock and zone: "06/12/85 19:40 GMT" (stop 33).
_SLASHED_STAMP_RE = re.compile(
    r"(?i)\s*(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d\d)\s+"
    r"\d{1,2}:\d\d\s*(?:gmt|utc)\s*"
)


#: A machine's stamp with a two-digit year, as a fax's or a telex's header sets it in a column of
#: its own: the day, its month's name and the year, then the clock it was sent at, "17 MAY 91
#: 14:12" (stop 37).
_MACHINE_STAMP_RE = re.compile(
    r"(?:^|\s{2,})(?P<day>3[01]|[12]\d|0?[1-9])\s+(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d\d)"
    r"\s+\d{1,2}:\d\d(?::\d\d)?(?=\s{2,}|\s*$)"
)
#: A monitoring service's source line closing on the day its source went out, the source's
#: language before it: "Source: Radio Tarrow, in Spanish 9 Jul 03" (stop 37).
_MONITORED_SOURCE_RE = re.compile(
    r"\bin\s+[A-Z][a-z]+\s+(?P<day>3[01]|[12]\d|0?[1-9])\s+(?P<month>[A-Za-z]{3,9})\.?\s+"
    r"(?P<year>\d\d)[ \t.]*$"
)


def machine_stamp_day(line: str) -> date | None:
    """The day of a fax's or a telex's transmission stamp in its own column, its year cut to two
    figures (`_MACHINE_STAMP_RE`): the columns around it are the sender's, none a field of
    another day. A day so written in a sentence is none.

    >>> machine_stamp_day("FROM: QUAY TRADING   TEL 32 41 18   17 MAY 91 14:12   P.01")
    datetime.date(1991, 5, 17)
    >>> machine_stamp_day("The order of 17 May 91 14:12 was late.") is None
    True
    """
    if ":" not in line:
        return None  # no clock: nothing to search
    return _month_name_day(_MACHINE_STAMP_RE.search(line))


def monitored_source_day(line: str) -> date | None:
    """The day a monitoring service's source line gives its source, its year cut to two figures
    (`_MONITORED_SOURCE_RE`).

    >>> monitored_source_day("Source: Radio Tarrow website, Tarrow, in Spanish 9 Jul 03")
    datetime.date(2003, 7, 9)
    >>> monitored_source_day("It was sold in Tarrow 9 Jul 03 to a buyer.") is None
    True
    """
    if not line.rstrip(" \t.")[-2:].isdigit():
        return None  # no year closing the line: nothing to search
    return _month_name_day(_MONITORED_SOURCE_RE.search(line))


def _month_name_day(found: re.Match[str] | None) -> date | None:
    """The day of a match with a day, a month's name and a two-digit year."""
    if found is None or (month := MONTHS.get(found["month"].lower())) is None:
        return None
    return calendar_day(full_year(int(found["year"])), month, int(found["day"]))


def short_year_day(line: str) -> date | None:
    """The day of a date with a two-digit year in a monitoring service's or an archive's line,
    its year in the century that puts it no later than next year.

    >>> short_year_day("Capital home service in Bulgarian 1630 gmt 27 Jun 84")
    datetime.date(1984, 6, 27)
    >>> short_year_day("Catalogue: tape 114 · Broadcast 18.3.66 · Duration 10 min")
    datetime.date(1966, 3, 18)
    >>> short_year_day("Wool Department, Quay Street, Tarrow. Compiled Tues. 10th Sept. '96")
    datetime.date(1996, 9, 10)
    >>> short_year_day("Compiled Mon. 10th Sept. '96") is None  # 10 September 1996 a Tuesday
    True
    >>> short_year_day("06/12/85 19:40 GMT"), short_year_day("Rain fell 06/12/85 19:40 GMT")
    (datetime.date(1985, 6, 12), None)
    """
    if not _may_hold_short_year(line):
        # neither a zone nor a pointed date: a machine's or a monitor's stamp, or nothing
        return machine_stamp_day(line) or monitored_source_day(line)
    if (stamp := _SLASHED_STAMP_RE.fullmatch(line)) is not None:
        return calendar_day(full_year(int(stamp["year"])), int(stamp["month"]), int(stamp["day"]))
    found = _SHORT_YEAR_RE.search(line)
    if found is None:
        return machine_stamp_day(line) or monitored_source_day(line)
    if found["aday"] is not None:
        return _apostrophe_year_day(found)
    if found["day"] is not None:
        month = MONTHS.get(found["month"].lower())
        if month is None:
            return None
        day, year = int(found["day"]), int(found["year"])
    else:
        day, month, year = int(found["pday"]), int(found["pmonth"]), int(found["pyear"])
    return calendar_day(full_year(year), month, day)


def _apostrophe_year_day(found: re.Match[str]) -> date | None:
    """The day of a stamp whose year is cut to an apostrophe and two figures; None when its
    month's name is no month or its weekday does not fit."""
    month = MONTHS.get(found["amonth"].lower())
    if month is None:
        return None
    day = calendar_day(full_year(int(found["ayear"])), month, int(found["aday"]))
    weekday = found["aweekday"]
    if day is None or weekday is None:
        return day
    named = [number for name, number in WEEKDAYS.items() if name.startswith(weekday.lower())]
    return day if named == [day.isoweekday()] else None


def _may_hold_short_year(line: str) -> bool:
    """Whether `line` has what every match of `_SHORT_YEAR_RE` holds: a clock's zone ("gmt",
    "utc": `str.lower` finds every letter the pattern's IGNORECASE matches for these, which no
    other letter folds to) or a pointed date's figures.

    >>> _may_hold_short_year("1630 GMT 27 Jun 84"), _may_hold_short_year("In 1984 it sold.")
    (True, False)
    """
    lowered = line.lower()
    return (
        "gmt" in lowered
        or "utc" in lowered
        or _POINTED_DIGITS.search(line) is not None
        or _APOSTROPHE_YEAR.search(line) is not None
    )


def slug_day(line: str) -> date | None:
    """The day a wire's slug line names, its two-digit year in the century that puts it no
    later than next year: "AW-DS-12-03-87 1432EST" is 1987-12-03.

    >>> slug_day("AW-DS-12-03-87 1432EST")
    datetime.date(1987, 12, 3)
    """
    found = wire_slug_date(line)
    if found is None:
        return None
    month, day, year = found
    return calendar_day(full_year(year), month, day)


#: A wire's dateline before the story on its line, its source in brackets and a dash or a colon
#: after it: "ROMA, 14 marzo 2019 (ANSA) - ", "BERLIN, 14. März 2019 (dpa) - ".
_WIRE_HEAD_RE = re.compile(
    r"^\s*(?P<head>[^()\n]{6,80}?)\s*\([A-Za-z][\w&.' -]{0,30}\)\s*(?:--|[-–—:]|\.-)\s"
)


def wire_local_day(line: str) -> date | None:
    """The day of a wire's dateline that runs into its story, its month named in the wire's
    own language or in English (`local_datelines.local_dateline_day` reads the dateline alone):

    >>> wire_local_day("ROMA, 14 marzo 2019 (ANSA) - The council approved the plan.")
    datetime.date(2019, 3, 14)
    >>> wire_local_day("BERLIN, 14. März 2019 (dpa) - Der Rat stimmte zu.")
    datetime.date(2019, 3, 14)
    >>> wire_local_day("The council (ANSA) - approved it on 14 marzo 2019.") is None
    True
    """
    found = _WIRE_HEAD_RE.match(line)
    return local_dateline_day(found["head"]) if found is not None else None


#: Where a masthead's fields part: a long dash, a bar, a dot between spaces (a short dash may
#: join a range's days).
_MASTHEAD_FIELD_RE = re.compile(r"\s+[—|·•]\s+")


def masthead_local_day(line: str) -> date | None:
    """The day of a masthead's field that is a stamp in the paper's own language
    (`local_datelines.local_dateline_day`), its paper's name, its issue or its section in the other
    fields: "LA GAZETTE DU LAC · Annecy, mardi 14 mars 2017 · No. 41" is 14 March 2017.

    >>> masthead_local_day("LA GAZETTE DU LAC · Annecy, mardi 14 mars 2017 · No. 41")
    datetime.date(2017, 3, 14)
    >>> masthead_local_day("IL FOGLIO DEL LAGO — Martedì 14 marzo 2017 — Anno XII, n. 61")
    datetime.date(2017, 3, 14)
    >>> masthead_local_day("Annecy, mardi 14 mars 2017") is None  # one field: read whole
    True
    >>> masthead_local_day("Jo Lee · 12 mai 1942 · 3 juin 2023") is None  # a life's days
    True
    """
    fields = _MASTHEAD_FIELD_RE.split(line.strip())
    if len(fields) < 2:
        return None
    days = [day for field in fields if (day := local_dateline_day(field)) is not None]
    # two days are a period's or a life's: "Jo Lee, 12 May 1942 — 3 June 2023"
    return days[0] if len(days) == 1 else None


#: A wire's dateline in capitals opening a line of the story, its month's name in capitals too:
#: "NEW DELHI, OCT 14 (BPS) -- The derailment ..." (stop 40: the tagger reads a month's name
#: in small letters or title case only, and the line is not all in capitals).
_CAPITALS_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]*(?:,\s*[A-Z][A-Z.'’ -]*)*,\s+(?P<month>"
    + alternation(sorted((name.upper() for name in MONTHS), key=len, reverse=True))
    + r")(?=\.?\s+(?:3[01]|[12]\d|0?[1-9])\b)"
)


def capitals_dateline_timexes(line: str) -> list[Timex]:
    """The expressions of a line opened by a dateline in capitals, its month's name read as in
    title case (the same length: the offsets hold); none when no such dateline opens it.

    >>> [t.value for t in capitals_dateline_timexes("NEW DELHI, OCT 14 (BPS) -- It fell.")]
    ['XXXX-10-14']
    >>> capitals_dateline_timexes("The OCT 14 meeting was put off.")
    []
    """
    found = _CAPITALS_DATELINE_RE.match(line)
    if found is None:
        return []
    month = found["month"].title()
    return tag(line[: found.start("month")] + month + line[found.end("month") :], None)
