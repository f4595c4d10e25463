"""The lines a news database sets around a record, not the story: its name and the record's
kind, the record's number and the search that found it, its source line, the arrows to the next
record. Split from `timeline.furniture.site_lines`, which reads these rules in its own table
(`RECORD_RULES`) and the fields of a site's line defined here; their words are in
`timeline/data/`, and none names a database.

    >>> is_record_line("Record 7 of 31 | Search: peat AND Galway | Sorted by date")
    True

A database's source line carries the day the story was published: it is furniture of the
byline's kind, a stamp `timeline.published` reads at the head.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_list

__all__ = [
    "FIELDS",
    "FIELD_WORDS",
    "RECORD_RULES",
    "is_navigation_row",
    "is_record_line",
    "is_source_stamp",
    "name_field",
    "numeric_readings",
]

#: The fields of a site's line, set apart by bars or dots: "Name | Slogan", "Archive · Record".
FIELDS = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
#: A word of a name or a slogan: "KXYZ", "7", "Ohio's", "&".
_NAME_WORD = re.compile(r"(?:[A-Z0-9][\w'’.&-]*|&|of|and|the|for|in|on|at)")
#: The most words of a field of a site's line.
FIELD_WORDS = 6


def name_field(field: str) -> bool:
    """A field of a few capitalised words: a name or a slogan ("Harbour Archive")."""
    words = field.split()
    return 0 < len(words) <= FIELD_WORDS and all(_NAME_WORD.fullmatch(w) for w in words)


# -- a news database's record ------------------------------------------------------------------


@cache
def _record_field() -> re.Pattern[str]:
    words = alternatives(word_list("record_words.txt"))
    labels = alternatives(word_list("record_labels.txt"))
    rights = alternatives(word_list("record_rights_labels.txt"))
    return re.compile(
        rf"(?i:(?:{words})\s+\d{{1,6}}\s+of\s+\d{{1,7}}"  # "Record 7 of 31"
        rf"|full[- ]text(?:\s+(?:{words}))?"  # "Full-text record"
        # "Archive record 86-0315-0231", "Document no. 4471": the record's number
        rf"|(?:[A-Z][\w'’-]*\s+)?(?:{words})\s+(?:no\.?\s*|#\s*)?[A-Z]{{0,6}}\d[\w/.-]*(?<!\.)"
        rf"|(?P<labelled>(?:{labels})\s*:?\s+\S[^\n|·•]{{0,60}}(?<![.!?])"  # "Search: coal"
        rf"|(?:{rights})\s*:\s+\S[^\n|·•]{{0,80}}))"  # "Rights: Wire. For research use only."
    )


#: A labelled field's value that is a count: "Word count: 512", "Length: 1,204 words".
_COUNT = re.compile(r":?\s+\d[\d,]*(?:\s+(?i:words?))?$")


def is_record_line(line: str) -> bool:
    """A news database's line over a record: its name and the record's kind, the record's
    number in the list with the search that found it, its word count and its number.

    >>> is_record_line("Record 7 of 31 | Search: peat AND Galway | Sorted by date")
    True
    >>> is_record_line("Harbour Archive · Full-text record"), is_record_line("Record 7 of 31")
    (True, True)
    >>> is_record_line("Archive record 71-0402-0017 | Rights: Harbour Wire. For research use only.")
    True
    >>> is_record_line("Record rainfall of 31 mm fell on Monday, the office said.")
    False
    >>> is_record_line("Word count: 512"), is_record_line("Search: 512 homes were searched")
    (True, False)
    """
    fields = FIELDS.split(line)
    records = [match for field in fields if (match := _record_field().fullmatch(field))]
    return (
        bool(records)
        # "Search: ..." alone is no record, "Word count: 512" is
        and (len(fields) > 1 or not records[0]["labelled"] or _COUNT.search(line) is not None)
        and all(_record_field().fullmatch(field) or name_field(field) for field in fields)
    )


@cache
def _navigation() -> re.Pattern[str]:
    words = alternatives(word_list("record_words.txt"))
    return re.compile(
        r"[←→<>«»‹›]*\s*(?i:(?:previous|prev\.?|next|back\s+to|return\s+to|first|last)"
        rf"(?:\s+(?:{words}|top))?)\s*[←→<>«»‹›]*"
    )


def is_navigation_row(line: str) -> bool:
    """A row of a page's arrows to the record or the story before and after it.

    >>> is_navigation_row("← Previous record | Next record →"), is_navigation_row("Next story »")
    (True, True)
    >>> is_navigation_row("Next"), is_navigation_row("Next year the plant will close.")
    (False, False)
    """
    fields = FIELDS.split(line)
    return any(f != f.strip("←→<>«»‹›").strip() or len(f.split()) > 1 for f in fields) and all(
        _navigation().fullmatch(field) for field in fields
    )


#: A date all in numbers with its year: "09-02-1996", "9/2/1996", "09.02.1996".
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:1[89]|20)\d\d\b")
#: A field of a source line: a page, "p. 12", "Page A4".
_PAGE = re.compile(r"(?i:p\.|pp\.|pg\.?|page)\s*[A-Z]?\d{1,3}[A-Z]?")


#: A date in words with its year: "March 12, 1996", "12 March 1996".
_MONTH = rf"(?:{alternatives(tuple(MONTHS))})\.?"
_WORD_DATE = re.compile(
    rf"(?i:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:1[89]|20)\d\d)"
)


#: A bracketed part of a source line's field: the paper's town, its edition.
_BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)")

#: A source line: its label, then the paper (its city in brackets), the date, its weekday, the
#: section and the page, set apart by commas.
_SOURCE = re.compile(r"(?i:source|publication)\s*:\s*(?P<fields>[A-Z][^\n]{4,200})")


def is_source_stamp(line: str) -> bool:
    """A news database's line naming the paper a record is from and the day it ran, with its
    weekday, section and page: the story's publication date.

    >>> is_source_stamp("Source: The Harbour Mail (Leith), 09-02-1996, Friday, Home news, p. 4")
    True
    >>> is_source_stamp("Source: The Harbour Mail, 12 March 1996")
    True
    >>> is_source_stamp("Source: The Quay Herald (Tarrow, evening), 7 January 1993, p. 2.")
    True
    >>> is_source_stamp("Source: officials said on 12 March 1996 that the pit was safe.")
    False
    """
    match = _SOURCE.fullmatch(line)
    if match is None:
        return False
    written = _NUMERIC_DATE.search(match["fields"]) or _WORD_DATE.search(match["fields"])
    if written is None:
        return False
    rest = match["fields"][: written.start()] + "," + match["fields"][written.end() :]
    # the paper's town and edition in brackets are one field with its name, the line's stop
    # no field (stop 52): "Source: The Quay Herald (Tarrow, evening), 7 January 1993, p. 2."
    rest = _BRACKETED.sub("", rest).removesuffix(".")
    fields = [field.strip() for field in rest.split(",") if field.strip()]
    return all(
        field.lower() in WEEKDAYS
        or _PAGE.fullmatch(field) is not None
        or (0 < len(field.split()) <= FIELD_WORDS and field[0].isupper() and field[-1] not in ".!?")
        for field in fields
    )


_WEEKDAY = re.compile(rf"(?i)\b(?:{alternatives(tuple(WEEKDAYS))})\b")


def numeric_readings(line: str) -> list[date]:
    """The days a stamp's all-number date with its year may be, month first, then day first
    ("09-02-1996"), less those its weekday rules out ("09-02-1996, Friday" is the 9th of
    February: the 2nd of September 1996 was a Monday; none when it rules out both).

    >>> numeric_readings("Source: The Harbour Mail, 09-02-1996, Friday")
    [datetime.date(1996, 2, 9)]
    >>> [str(day) for day in numeric_readings("12/01/2021")]
    ['2021-12-01', '2021-01-12']
    """
    found = _NUMERIC_DATE.search(line)
    if found is None:
        return []
    first, second, year = (int(part) for part in re.split(r"[-/.]", found.group()))
    readings = []
    for month, day in dict.fromkeys(((first, second), (second, first))):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    weekday = _WEEKDAY.search(line)
    if weekday is not None:
        named = WEEKDAYS[weekday.group().lower()]
        return [day for day in readings if day.isoweekday() == named]
    return readings


# -- the rules ---------------------------------------------------------------------------------

RECORD_RULES: tuple[LineRule, ...] = (
    LineRule(
        "record line",
        FurnitureKind.CREDIT,
        lambda line: is_record_line(line) or is_navigation_row(line),
        (
            "Harbour Archive · Full-text record",
            "Record 12 of 40 | Search: peat AND Galway | Sorted by date",
            "Word count: 512 | Document ID: HMAIL-19960311-0022",
            "← Previous record | Next record →",
            "< Previous article | Next article >",
        ),
    ),
    LineRule(
        "source stamp",
        FurnitureKind.BYLINE,  # its date is the story's publication date
        is_source_stamp,
        (
            "Source: The Harbour Mail (Leith), 09-02-1996, Friday, Home news, p. 4",
            "Source: Tarrow Evening Post, March 12, 1996, Late edition, Page 7",
        ),
    ),
)
