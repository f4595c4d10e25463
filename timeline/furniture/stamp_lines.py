"""Stamps: the lines that say when a story was published or updated, alone or among a
byline's fields: "Thu 7 Nov 2024 12.00 GMT", "Jo Lee | Wire | Updated: Mar 15, 2019, 22:41
IST", "Updated May 4, 2020, 3:10pm EDT: Added the agency's reply.", a live page's clock,
"Updated 12 minutes ago". Split from `timeline.furniture.bylines`; `STAMP_RULE` is read by
`timeline.furniture.line_rules`.

    >>> STAMP_RULE.test("Published: 12 Jan 2021 14:05 GMT")
    True
    >>> STAMP_RULE.test("Published figures showed a rise.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.furniture.print_lines import capitals_only, in_capitals, is_price_field
from timeline.temporal.vocabulary import MONTHS, VOCABULARY, WEEKDAYS
from timeline.wordlists import table

__all__ = [
    "MASTHEAD_RULE",
    "STAMP_RULE",
    "TOKEN",
    "is_labelled_stamp",
    "is_live_clock",
    "is_masthead_line",
    "is_separated_stamp",
    "is_stamp",
    "is_stamped_note",
    "is_version_stamp",
    "stamp_word",
]

TOKEN = re.compile(r"@\w+|[\w.+-]+@[\w-]+\.[\w.]+|[^\W\d_][\w&'’.-]*|\d[\d:./-]*(?:st|nd|rd|th)?")
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d")
_STAMP_LABELS = frozenset(
    {"published", "updated", "posted", "modified", "last", "first", "date", "dated", "issued"}
)


def stamp_word(word: str) -> bool:
    """A word a stamp may hold: a month or weekday (or its abbreviation), a time zone, "a.m.",
    "Updated", "ago" ... (`dateline_words` of `data/temporal_words.json`)."""
    lowered = word.lower().rstrip(".")
    return (
        lowered in MONTHS
        or lowered in _local_months()
        or lowered in VOCABULARY.dateline_words
        or word.rstrip(".").upper() in VOCABULARY.time_zones
        or re.fullmatch(r"[A-Z]{1,4}T", word) is not None  # a zone's abbreviation: "IST", "AEST"
        or (len(lowered) >= 3 and any(day.startswith(lowered) for day in WEEKDAYS))
    )


@cache
def _local_months() -> frozenset[str]:
    """The months' names in the other languages a stamp is set in (`data/month_names.csv`)."""
    return frozenset(row[0] for row in table("month_names.csv"))


def _is_month(token: str) -> bool:
    """A month's name or its abbreviation, in English or another language: "Nov.", "maggio"."""
    lowered = token.lower().rstrip(".")
    return lowered in MONTHS or lowered in _local_months()


#: The country a stamp's clock time is of, after a comma: ", UK".
_STAMP_PLACE = re.compile(r",\s+[A-Z]{2,3}$")


#: The place a labelled stamp was issued at, after a comma: ", Blantyre", ", Port Moresby".
_ISSUING_PLACE = re.compile(r",\s+[A-Z][a-z'’.-]+(?:[\s-][A-Z][a-z'’.-]+){0,2}$")


def is_stamp(line: str) -> bool:
    """A line that is only a date, with its weekday, clock time, zone and stamp words:
    "Thu 7 Nov 2024 12.00 GMT", "Updated Oct 4, 2018; Posted Oct 4, 2018", "Saturday 22
    February 2025 19:41, UK", "Issued: 18 March 1997, Tarrow" (a labelled stamp's place).

    >>> is_stamp("Issued: 18 March 1997, Port Tarrow"), is_stamp("18 March 1997, Port Tarrow")
    (True, False)
    >>> is_stamp("Tuesday 14 May, 11:42 CET"), is_stamp("Tuesday 14 May")
    (True, False)
    """
    if len(line) > 100:
        return False
    line = _STAMP_PLACE.sub("", line)  # "Saturday 22 February 2025 19:41, UK"
    tokens = TOKEN.findall(line)
    if tokens and tokens[0].lower() in _STAMP_LABELS and _ISSUING_PLACE.search(line):
        # where it was issued, after its day (stop 38): "Issued: 18 March 1997, Blantyre"
        tokens = TOKEN.findall(_ISSUING_PLACE.sub("", line))
    if not tokens or not all(t[0].isdigit() or stamp_word(t) for t in tokens):
        return False
    if tokens[0].lower() in _STAMP_LABELS:
        return True
    has_month = any(_is_month(t) for t in tokens)
    # "1953." closes a masthead's date: "SATURDAY, 14th FEBRUARY, 1953."
    has_year = any(re.fullmatch(r"(?:1[89]|20)\d\d\.?", t) for t in tokens)
    # a date alone on its line ("May 07, 2009") is the story's date line, read as a sentence
    # of the story: a stamp has a clock time, a zone, a weekday or a stamp word beside it
    stamped = any(
        not re.fullmatch(r"\d+(?:st|nd|rd|th)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", t)
        and not _is_month(t)
        for t in tokens
    )
    # a yearless day with its weekday and its clock (stop 49): "Tuesday 14 May, 11:42 CET"
    clocked = _weekday_day(tokens) and any(_CLOCK.fullmatch(t) for t in tokens)
    return stamped and (
        (has_month and has_year) or clocked or _NUMERIC_DATE.search(line) is not None
    )


def _weekday_day(tokens: list[str]) -> bool:
    """Whether a stamp's tokens name a weekday, a month and a day of it: "Thursday, Feb. 25",
    "Tue 14 May" (its year left out, as a daily's masthead and a web page's stamp may).

    >>> _weekday_day(["Thursday", "Feb.", "25"]), _weekday_day(["Feb.", "25"])
    (True, False)
    """
    weekday = any(
        not _is_month(t)
        and len(t) >= 3
        and any(day.startswith(t.lower().rstrip(".")) for day in WEEKDAYS)
        for t in tokens
    )
    day = any(re.fullmatch(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?", t) for t in tokens)
    return weekday and day and any(_is_month(t) for t in tokens)


#: The separators between the fields of a masthead or a byline line: "Name | Agency | date",
#: "PAPER -- Tuesday, March 14, 1978 -- Page 1", or a run of spaces, as a scanned masthead sets
#: its columns: "THE PAPER      No. 21,447      THURSDAY, NOVEMBER 14, 1957      PRICE 2d.".
_FIELD_SEPARATOR = re.compile(r"\s+(?:\||--|—|–|•|·)\s+|\s{3,}")
#: In a masthead in capitals, a full stop before a capital parts fields too ("2,301. FRIDAY").
_CAPITALS_FIELD_SEPARATOR = re.compile(rf"{_FIELD_SEPARATOR.pattern}|\.\s+(?=[A-Z])")
#: A field's longest label or name, in words: "Compiled by the business staff".
FIELD_WORDS = 8


def _dated_field(field: str) -> bool:
    """A field that is a date with a label before it and its clock and zone after it:
    "Updated: Mar 15, 2019, 22:41 IST", "Week of Oct. 7, 2019", "Friday, October 11, 2019"."""
    tokens = TOKEN.findall(field)
    label = 0
    while label < min(2, len(tokens)) and not (
        tokens[label][0].isdigit() or stamp_word(tokens[label])
    ):
        label += 1
    rest = tokens[label:]
    if not rest or not all(t[0].isdigit() or stamp_word(t) for t in rest):
        # the paper's name before its date, a comma between: "THE COURIER, FRIDAY, MAY 3, 1957"
        name, comma, day = field.partition(",")
        return bool(comma) and _label_field(name) and _dated_field(day)
    return _month_and_year(rest, field)


def _month_and_year(rest: list[str], field: str) -> bool:
    """A date's tokens name its month and its year, or it is written in figures."""
    has_month = any(_is_month(t) for t in rest)
    has_year = any(re.fullmatch(r"(?:1[89]|20)\d\d\.?", t) for t in rest)  # "1900." ends a field
    # or its weekday, as a daily's masthead names its day without its year (stop 49): "The
    # Ledger -- Thursday, Feb. 25 -- Page 3"
    return (has_month and (has_year or _weekday_day(rest))) or _NUMERIC_DATE.search(
        field
    ) is not None


def _label_field(field: str) -> bool:
    """A field that names a paper, a writer, a desk or a page, a few words from a capital, not a
    sentence; or a masthead's price (`print_lines.is_price_field`)."""
    words = field.split()
    if is_price_field(field):
        return True  # a masthead's price: "PRICE 2d.", "15c"
    return 0 < len(words) <= FIELD_WORDS and field[0].isupper() and field[-1] not in "!?:;"


def is_separated_stamp(line: str) -> bool:
    """A line of fields set apart by bars or dashes, one of them a date and the others
    names or labels: "Jo Lee | Wire | Updated: Mar 15, 2019, 22:41 IST", "THE DAILY
    COURIER -- Tuesday, May 2, 1978 -- Page 1", "Compiled by the desk | Friday, June 7, 2019";
    a masthead all in capitals may set its fields apart by full stops, "THE ADVERTISER, No.
    2,301. FRIDAY, APRIL 6, 1923. PRICE ONE PENNY." (a sentence's stops part no fields)."""
    if len(line) > 200:
        return False
    separator = _FIELD_SEPARATOR
    if in_capitals(line):
        separator = _CAPITALS_FIELD_SEPARATOR
    fields = separator.split(line)
    if len(fields) < 2:
        return False
    dated = [field for field in fields if _dated_field(field)]
    return bool(dated) and all(field in dated or _label_field(field) for field in fields)


def is_masthead_line(line: str) -> bool:
    """A masthead's line in capitals whose fields commas part, the paper's name, its town and
    its full date, a stop closing it as print-era papers set it (stop 35; with bars or dashes
    between the fields, `is_separated_stamp` reads it).

    >>> is_masthead_line("THE TARROW SENTINEL, TARROW, TUESDAY, FEBRUARY 3, 1948.")
    True
    >>> is_masthead_line("THE PORT VARGA ECHO, PORT VARGA, MONDAY, JANUARY 1, 1985")
    True
    >>> is_masthead_line("STRIKE CALLED FOR MAY 3, 1948."), is_masthead_line("Tarrow, May 3, 1948.")
    (False, False)
    """
    body = line.rstrip(". ")
    if len(line) > MASTHEAD_CHARS or "," not in body or not capitals_only(body):
        return False
    fields = [field.strip() for field in body.split(",")]
    for first in range(1, len(fields)):  # the date's first field: the names are before it
        date = ", ".join(fields[first:])
        tokens = TOKEN.findall(date)
        if all(t[0].isdigit() or stamp_word(t) for t in tokens) and _month_and_year(tokens, date):
            return all(_label_field(field) for field in fields[:first])
    return False


#: The longest masthead line.
MASTHEAD_CHARS = 200


#: A stamp, a colon, and the editor's note on what changed: "Updated May 4, 2020, 3:10pm EDT:
#: Added the agency's reply."
_STAMPED_NOTE = re.compile(r"(?P<stamp>(?:[^:\n]|:(?=\d)){6,90}?):\s+(?P<note>[^\n]{1,200})")


#: An update's label with its clock, then the page's note that it was updated: "Update, 4:40 PM
#: ET: This story has been updated with the minister's reply."
_UPDATED_PAGE_NOTE = re.compile(
    r"(?i:update[d]?)(?:,?\s+(?:[^:\n]|:(?=\d)){1,30})?:\s+This\s+(?:post|story|article|page|report|item"
    r"|piece)\s+(?:has\s+been|was|is\s+being)\s+updated\b[^\n]{0,200}"
)


def is_stamped_note(line: str) -> bool:
    """A stamp with a label and a full date, then an editor's note after a colon: "Updated
    May 4, 2020, 3:10pm EDT: Added the agency's reply." (a clock time alone, "Update, 4:40PM
    ET: ...", opens a paragraph of the story, unless what follows is the page's note that it
    was updated: "Update, 4:40 PM ET: This post has been updated with ...")."""
    if _UPDATED_PAGE_NOTE.fullmatch(line) is not None:
        return True
    match = _STAMPED_NOTE.fullmatch(line)
    if match is None:
        return False
    stamp = match["stamp"]
    tokens = TOKEN.findall(stamp)
    return (
        bool(tokens)
        and tokens[0].lower() in _STAMP_LABELS
        and is_stamp(stamp)
        and _dated_field(stamp)
    )


#: A stamp's label and what follows it: "Published 10:15 a.m. ET", "Posted in Politics".
_LABELLED = re.compile(
    r"(?:Published|Updated|Posted|Last [Uu]pdated|First [Pp]ublished|Modified"
    r"|(?:Page\s+)?[Ll]ast\s+[Rr]eviewed)"
    r"(?:\s+on)?:?\s+(?P<rest>[\w.,:/| -]{4,80})"
)
#: Two words in small letters, neither a stamp's, in a row: a clause ("tide tables were").
_CLAUSE = re.compile(r"\b(?P<one>[a-z]+)\s+(?P<two>[a-z]+)\b")


def is_labelled_stamp(line: str) -> bool:
    """A stamp's label and its date or place, not a sentence that opens with the label's word.

    >>> is_labelled_stamp("Posted: 04/03/2025"), is_labelled_stamp("Posted in Politics")
    (True, True)
    >>> is_labelled_stamp("Updated tide tables were published on Monday.")
    False
    """
    match = _LABELLED.fullmatch(line)
    return match is not None and not any(
        not stamp_word(clause["one"]) and not stamp_word(clause["two"])
        for clause in _CLAUSE.finditer(match["rest"])
    )


#: A page's note on its own version under a label of a few words naming an update, a review
#: or its currency, a colon, and a stamp, an editor's note after a dash: "Latest update: Friday
#: 4 June 2021 — updated 'Entry requirements'", "Still current at: 4 June 2021", "Next
#: scheduled update: 11:00 AM EST Wednesday".
_VERSION_STAMP = re.compile(
    r"(?P<label>(?:[A-Z][a-z]+\s+(?:[a-z]+\s+)?)?(?i:update|updated|current|reviewed|revised)"
    r"(?:\s+(?:at|on|as\s+of))?)\s*:\s*(?P<stamp>[^—–\n]{3,60}?)(?:\s+[—–-]\s+[^\n]{1,200})?"
)


def is_version_stamp(line: str) -> bool:
    """A page's note on its own version (`_VERSION_STAMP`): its stamp a day, a clock or a
    weekday in stamp words only (a sentence after the label is the story's).

    >>> is_version_stamp("Still current at: 4 June 2021")
    True
    >>> is_version_stamp("Next scheduled update: 11:00 AM EST Wednesday")
    True
    >>> is_version_stamp("Update: the ferry will run on Monday.")
    False
    """
    match = _VERSION_STAMP.fullmatch(line)
    if match is None:
        return False
    tokens = TOKEN.findall(match["stamp"])
    return (
        bool(tokens)
        and all(t[0].isdigit() or stamp_word(t) for t in tokens)
        and any(t[0].isdigit() for t in tokens)
    )


#: A live page's clock, the time since the item was posted: "2 hours ago", "Updated 12 mins
#: ago", "1h ago", "Just now", after the page's label too ("Live updates: 3 minutes ago",
#: "LIVE · 12 mins ago").
_LIVE_CLOCK = re.compile(
    r"(?:(?i:live(?:\s+(?:updates?|coverage|blog|reporting))?)\s*[:·|•–—-]\s*)?"
    r"(?:(?:Updated|Published|Posted|Last updated|UPDATED|PUBLISHED)\s+)?"
    r"(?:(?:\d{1,3}|an?|one)\s*(?i:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?"
    r"|w|wks?|weeks?)\s+(?i:ago)|(?i:just\s+now))"
)
#: A clock time: "15:46", "3:42", "14.05".
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")


def is_live_clock(line: str) -> bool:
    """A live page's clock: the time since the item was posted, or a clock time and its zone
    alone on the line ("15:46 IST", "3:42 PM EST"; a time alone, "15:46", may be a score).

    >>> is_live_clock("23 minutes ago"), is_live_clock("15:46 IST"), is_live_clock("15:46")
    (True, True, False)
    >>> is_live_clock("Live updates: 3 minutes ago"), is_live_clock("Live: 3 dead in floods")
    (True, False)
    """
    if _LIVE_CLOCK.fullmatch(line):
        return True
    tokens = TOKEN.findall(line)
    return (
        1 < len(tokens) <= 5
        and _CLOCK.fullmatch(tokens[0]) is not None
        and all(t[0].isdigit() or stamp_word(t) for t in tokens)
        and any(
            not t[0].isdigit() and t.lower().rstrip(".") not in ("am", "pm", "a.m", "p.m")
            for t in tokens
        )
    )


#: A line that stamps the story's time: its writing, its update, its edition.
STAMP_RULE = LineRule(
    "stamp",
    FurnitureKind.BYLINE,
    lambda line: (
        is_stamp(line)
        or is_separated_stamp(line)
        or is_stamped_note(line)
        or is_labelled_stamp(line)
        or is_live_clock(line)
        or is_version_stamp(line)
    ),
    (
        "Published 10:15 a.m. ET, Mon October 23, 2023",
        "Updated: Oct. 24, 2023 at 9:02 p.m.",
        "Updated Oct 4, 2018; Posted Oct 4, 2018",
        "September 28, 2024 4:12 PM EDT Updated an hour ago",
        "Thu 7 Nov 2024 12.00 GMT",
        "Last modified on Thu 7 Nov 2024 13.21 GMT",
        "19 January 2012 | 04:02 GMT",
        "October 14, 1994, Friday, AM cycle",
        "Last Updated: Feb 2, 2021, 09:15 AM IST",
        "Nadia Rao | PNS | Updated: Jul 4, 2018, 20:05 IST",
        "Compiled by the metro desk | Monday, June 3, 2019",
        "The Valley Courier | Week of Feb. 4, 2019",
        "THE HARBOR GAZETTE -- Friday, May 5, 1961 -- Page 3",
        "THE TARROW TIMES, FRIDAY, MAY 5, 1961. PRICE 2d.",
        "FRIDAY, 5th MAY, 1961.",
        "NEWS PROVIDED BY Ostrava Tools Ltd. -- Mar 3, 2023, 08:30 ET",
        "Updated Aug 9, 2022, 1:15pm EDT: Added the mayor's reply.",
        "Update, 4:40 PM ET: This story has been updated with the minister's reply.",
        "Saturday 22 March 2025 17:05, UK",
        "Page last reviewed: 02/07/2024",
        "Updated 12 minutes ago",
        "Just now",
        "15:46 IST",
        "Latest update: Friday 4 June 2021 — updated 'Entry requirements' (new test rules)",
        "Still current at: 4 June 2021",
        "Next scheduled update: 6:00 AM EST Thursday",
    ),
)


#: A masthead's line with its date, read after the stamps: furniture of the promo's kind, as the
#: story's margins take a masthead (a byline's kind would take the headline under it as the
#: byline's next line).
MASTHEAD_RULE = LineRule(
    "masthead",
    FurnitureKind.PROMO,
    is_masthead_line,
    (
        "THE TARROW SENTINEL, TARROW, TUESDAY, FEBRUARY 3, 1948.",
        "THE QUAY HERALD, LEITH, MONDAY, MAY 5, 1952",
        "HARBOUR EVENING ECHO, FRIDAY, 14 MARCH 1958.",
    ),
)
