"""The dates a story's furniture states near its top: a dateline, a stamp or a masthead, a
page's address with the day in its path, a wire's slug line, a wire's note to editors; and the
readings of a stamp's day they share with `foot_days` (the days stated at the foot).

    >>> dateline("WASHINGTON, Oct. 23, 2023 (Reuters) - Talks ended.")
    datetime.date(2023, 10, 23)

Each reader returns the day it found, or None; `timeline.published` weighs them against the
rest of the evidence.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from timeline.furniture import FurnitureKind, furniture
from timeline.furniture.dated_lists import (
    another_days_field,
    is_entry,
    line_timexes,
    local_stamp_label,
    names_an_issue,
    opens_a_period,
    published_field,
    under_headings,
    updated_field,
)
from timeline.furniture.kinds import line_spans
from timeline.furniture.local_datelines import local_dateline_day
from timeline.furniture.print_lines import without_price
from timeline.furniture.promo_lines import is_labelled_pointer
from timeline.published.capital_lines import (
    DATELINE_WORD_RE,
    clause_before,
    in_capitals,
    in_title_case,
)
from timeline.published.stamp_forms import (
    capitals_dateline_timexes,
    hyphened_month_day,
    machine_stamp_day,
    masthead_local_day,
    of_month_of_year_day,
    pointed_field_day,
    short_year_day,
    slug_day,
    wire_local_day,
)
from timeline.published.stamp_order import (
    DATELINE_CHARS,
    clock_of_a_day,
    in_the_texts_order,
    numeric_stamp_day,
)
from timeline.published.stamp_spellings import respelled_unread
from timeline.published.stamp_years import before_update
from timeline.published.standfirst import STORY_LINE_RE, first_stamp_line, is_standfirst
from timeline.temporal import tag
from timeline.temporal.patterns import DAY_FIGURES_RE
from timeline.temporal.vocabulary import VOCABULARY, WEEKDAYS

__all__ = [
    "CLOSING_LINES",
    "DATELINE_CHARS",
    "DATELINE_LINES",
    "STORY_LINE_RE",
    "dateline",
    "in_the_texts_order",
    "read_dateline",
    "short_year_day",
    "slug_day",
]


#: how many lines from the top a dateline may sit
DATELINE_LINES = 8
#: how many lines from the foot a closing stamp may sit
CLOSING_LINES = 6

_DATELINE_PREFIX_RE = re.compile(
    r"^\s*(?:(?:published|posted|updated|last\s+updated|first\s+published|dateline"
    r"|date\s+of\s+(?:issue|publication|report|release|bulletin|notice|judgment|decision|ruling)"
    r"|issue\s+date|issued|date"
    # a press release's release line (stop 42): "For immediate release: 4 March 2019"
    r"|for\s+(?:immediate\s+)?release"
    # a court's judgment summary, the day its judgment was given (stop 48): "Judgment delivered:
    # 24 August 1995", "Decision handed down 3 May 2019"
    r"|(?:judgment|decision|ruling)\s+(?:delivered|handed\s+down|given)"
    # the label alone, a transcript's header too (stop 51): "Date of judgment: 9 March 2021",
    # "Delivered: Wednesday 4 June 2019", "TRANSCRIPT: Tuesday 4 June 2019, 8.10 a.m. item"
    r"|delivered|transcript"
    # a report's day and clock of its figures, alone on its line: "As of 16 May 2017, 18:00"
    r"|as\s+(?:of|at))"
    r"(?:\s+on)?\s*[:\-–—]?\s*|[A-Z][A-Za-z.'’ -]{0,40},\s*|[-–—(]\s*)?$",
    re.IGNORECASE,
)
_DATELINE_SUFFIX_RE = re.compile(
    # a clock after its word in the outlet's language: "at 10:32", "kl. 10.32", "à 10h32" (stop 39)
    r"^\s*(?:,?\s*(?:[^\W\d_]{1,4}\.?\s*)?\d{1,2}[:.h]\d{2}[^\n]*|\s*\([^)\n]{1,40}\)[^\n]*"
    # another field after a separator; a semicolon parts a catalogue's fields, "[Catalogue:
    # broadcast 6.4.1968; typescript scanned 19.11.2004]" (stop 45)
    r"|\s*[-–—:|/·•▪;][^\n]*|"
    r"\s*[A-Z]{2,5}\b[^\n]*)?$"
)
#: A date that opens a period a masthead names: "Week of Oct. 7, 2019".
_PERIOD_OF_RE = re.compile(r"(?i)\b(?:week|weekend|month)\s+of\s*$")
_DATELINE_WORDS = VOCABULARY.dateline_words
# a sentence, not a dateline, starts with a preposition: "On September 1, 1939, Germany ..."
_SENTENCE_OPENERS = VOCABULARY.sentence_openers
_DATELINE_SEPARATOR_RE = re.compile(r"\s(?:--|[-–—|·•▪])\s|\s*[–—|·•▪]")
#: A masthead's fields set apart by three spaces or more, as a digest's or a paper's header sets
#: them in columns: "list-l Digest    Tuesday, 21 May 1996    Volume 03 : Number 112" (stop 33).
_WIDE_BEFORE_RE = re.compile(r"\S {3,}$")
_WIDE_AFTER_RE = re.compile(r"(?: {3,}\S[^\n]*)?$")
#: The fields of a line of furniture: "Media release · 14/06/2023 · 4 min read"; a bullet or a
#: small square between spaces parts them too, "WEEKLY ▪ Vol. 9, No. 38 ▪ 26 September 1996 ▪
#: Subscribers' edition" (stop 45).
_FIELD_SEPARATOR_RE = re.compile(r"\s[|·•▪]\s")
#: The first day of a range whose last day the date closes: "Saturday 12 – " before "Friday 18
#: June 2010" (an issue's week; it is published on its first day).
_RANGE_START_RE = re.compile(
    r"(?i)(?:\b(?P<weekday>[a-z]+),?\s+)?\b(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    r"\s*(?:[-–—]|to)\s*$"
)


#: The words after "week" of an issue named by the last day of its week: "Week ending".
_WEEK_END_WORDS = frozenset({"ending", "ended"})


def _only_dateline_words(part: str) -> bool:
    """No running text around the date: "By Jane Doe |", "NEW YORK (AP) —", "by admin"; an
    issue's week named by its last day, in a masthead set without separators, "THE PAPER No.
    412 Week ending" (stop 45).

    >>> _only_dateline_words("NEW YORK (AP) — "), _only_dateline_words(", Germany attacked")
    (True, False)
    >>> _only_dateline_words("THE PAPER No. 412 Week ending "), _only_dateline_words("ending ")
    (True, False)
    """
    previous = ""
    words = DATELINE_WORD_RE.findall(part)
    if words and words[0].lower() in _SENTENCE_OPENERS:
        return False
    for word in words:
        lowered = word.lower()
        if not (
            lowered in _DATELINE_WORDS
            or word[0].isupper()
            or word[0].isdigit()
            or previous in ("by", "from")
            or (previous == "week" and lowered in _WEEK_END_WORDS)
        ):
            return False
        previous = lowered
    return True


#: A page's address alone on its line: a day in its path is the day the story was filed
#: ("https://paper.example/news/2015/02/10/title/").
#: A page's address alone on its line, with its scheme, "www." or a bare host before its path:
#: "news.example.net/world/2015/02/10/a-story".
_URL_LINE_RE = re.compile(
    r"(?i)(?:https?://|www\.|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}/)\S+"
)


def dateline(text: str) -> date | tuple[int, int] | None:
    """The date of a dateline near the top: a day, or (month, day) when it gives no year; a
    masthead ("The Courier (NSW), Friday 9 August 1974, page 3"), a stamp in capitals or a
    page's address with the day in its path.

    >>> dateline("Title\\n\\nhttps://news.example/world/2015/02/10/a-story/\\n\\nText.")
    datetime.date(2015, 2, 10)
    >>> dateline("Title\\n\\nfarm.example.net/grains/2016/05/12/a-story\\n\\nText.")
    datetime.date(2016, 5, 12)
    >>> dateline("Title\\n\\nPUBLISHED: THU, JUN 13 2019 20:41\\n\\nText.")
    datetime.date(2019, 6, 13)
    >>> dateline("TITLE\\n\\nThe Valley Courier (NSW), Friday 9 August 1974, page 3\\n\\nText.")
    datetime.date(1974, 8, 9)
    """
    return read_dateline(text)[0]


def read_dateline(text: str) -> tuple[date | tuple[int, int] | None, bool]:
    """`dateline`, and whether the day it found is only the day the page was updated: a stamp
    "Updated: 5 May 2022" gives way to a "First published: 3 May 2022" near it, and a day in a
    chronology's entry, a period's first day, a pointer to another story or a photo's caption
    is no dateline (`timeline.furniture.dated_lists`).

    >>> read_dateline("Title\\n\\nUpdated: 5 May 2022\\nFirst published: 3 May 2022\\n\\nIt shut.")
    (datetime.date(2022, 5, 3), False)
    >>> read_dateline("Title\\n\\nUpdated: 5 May 2022\\n\\nIt shut.")
    (datetime.date(2022, 5, 5), True)
    >>> read_dateline('Title\\n\\nTranscript: "Quay Hour", broadcast 2 June 1986\\n\\nIt shut.')
    (datetime.date(1986, 6, 2), False)
    >>> read_dateline("Title\\n\\nquay-l Digest    Tuesday, 21 May 1996    No. 112\\n\\nIt shut.")
    (datetime.date(1996, 5, 21), False)
    >>> read_dateline("COURT OF APPEAL\\nJudgment delivered: 4 June 2003\\n\\nIt ruled.")
    (datetime.date(2003, 6, 4), False)
    """
    head = text[:DATELINE_CHARS]
    found = furniture(head)
    # a line that is a stamp ("June 18, 2025 4:27 PM EDT Updated 3 hours ago") is one whole
    stamps = {head[f.start : f.end] for f in found if f.kind is FurnitureKind.BYLINE}
    # a photo's caption names the day of the photo, not the page's
    elsewhere = {head[f.start : f.end] for f in found if f.kind in _ELSEWHERE}
    lines = [line for line in head.split("\n") if line.strip()][: DATELINE_LINES + 1]
    # a block under a heading of other stories or of comments names their days
    spans = line_spans(head)
    under = under_headings(head, spans)  # read once, not once a line
    pointed = {head[start:end] for start, end in spans if start in under}
    updated: date | tuple[int, int] | None = None
    furnished = {head[f.start : f.end] for f in found}
    first_stamp = first_stamp_line(lines, stamps)
    for index, written in enumerate(lines[:DATELINE_LINES]):
        if (
            index > 1
            and lines[index - 1].strip() not in furnished
            and STORY_LINE_RE.match(lines[index - 1])
            and not is_standfirst(lines, index - 1, index, first_stamp)
        ):
            break  # the story has begun: a day under its sentences is another story's
        if written.strip() in pointed or is_entry(lines, index):
            continue
        whole = written.strip()  # as furniture read it
        line = respelled_unread(written)
        if line != written and _slug(written, furnished) is not None:
            line = written  # a reader of its own reads it as written
        # else "Posted 4. 3. 2019", "Filed 12-Jan-1977 @ 9:12am" read in words (stop 42)
        timexes = list(line_timexes(line))
        if not any(t.granularity in ("day", "time") for t in timexes) and in_capitals(line):
            # a stamp in capitals ("PUBLISHED: THU, JUN 13 2019 20:41") reads as written in
            # title case (the same length: the offsets hold)
            timexes = tag(in_title_case(line), None, narrative=False)
            # a headline in capitals is a clause before its date ("PAY RISE IS DUE BY MAY 1"),
            # a masthead's or a dateline's words before theirs name places and papers only
            timexes = [t for t in timexes if not clause_before(line[: t.start])]
        elif not any(t.granularity in ("day", "time") for t in timexes):
            timexes = capitals_dateline_timexes(line) or timexes
        # a photo's caption, a pointer to another story or a correction names another day
        if (whole in elsewhere or is_labelled_pointer(line)) and not any(
            updated_field(line[: t.start]) or published_field(line[: t.start]) for t in timexes
        ):
            continue
        slug = _slug(line, furnished)
        if (
            slug is not None
            # under an update's stamp, a day before it: the day first published (stop 42)
            and (updated is None or _before(slug, updated))
            # a fax's stamp in its own column is the machine's: the sender's label is no field's
            and (not another_days_field(_before_figures(line)) or machine_stamp_day(line))
        ):
            return slug, False
        url = _URL_LINE_RE.fullmatch(line.strip())
        if (
            updated is None
            and whole in stamps
            and not any(t.granularity in ("day", "time") for t in timexes)
        ):
            numeric = numeric_stamp_day(line, text)
            if numeric is not None:
                return numeric, False
        skipped = False
        period_field = -1  # the field of a period's days on the line, none yet
        for number, timex in enumerate(timexes):
            if clock_of_a_day(timex, timexes[:number]):
                continue  # "Updated Monday, 04/11/2019 @ 9:12am": the day's own clock
            yearless = _YEARLESS_DAY_RE.fullmatch(timex.value)
            if yearless is None and (
                timex.granularity not in ("day", "time") or timex.date_start is None
            ):
                continue
            if yearless is None and not DAY_FIGURES_RE.match(timex.value):
                continue
            prefix, suffix = line[: timex.start], line[timex.end :]
            if _PERIOD_OF_RE.search(prefix) and not (
                names_an_issue(prefix) or names_an_issue(suffix)
            ):
                # "Week of Oct. 7, 2019": a period's first day, not the paper's; a weekly's
                # issue named by its week, "Vol. 7, No. 8 — Week of 24 February 1986", is
                # published on its first day, as an issue's range is (stop 45), its number
                # after the week too, "Week of 23 September 1988 · Vol. 9 No. 38" (stop 49)
                continue
            field_number = len(_FIELD_SEPARATOR_RE.findall(prefix))
            if field_number == period_field:
                continue  # the period's last day
            if opens_a_period(line, timex, timexes):
                if _FIELD_SEPARATOR_RE.search(line[timex.end :]) is None:
                    break  # "12 May 1942 – 3 June 2023": a life's or a festival's days
                # "Period: 3/06/2019 – 16/06/2019 | Date of issue: 17/06/2019": the next field's
                period_field = field_number
                continue
            if (
                url is None
                and another_days_field(_FIELD_SEPARATOR_RE.split(prefix)[-1])
                and not (index == 0 and _names_its_own_issue(prefix, suffix))
                # 'Transcript: "Harbour Hour", broadcast 2 June 1986': the day it went out
                and not _BROADCAST_FIELD_RE.fullmatch(_FIELD_SEPARATOR_RE.split(prefix)[-1])
            ):
                skipped = True
                continue  # "File No. 14/03/2019", "Recorded: 3 March ·": not the page's
            if skipped and timex.granularity != "day":
                break  # "Watch: ..., 3 March 2024 | 2:14": a clock of the day skipped
            # a line of fields: the date's own field decides ("Media release · 14/06/2023")
            field = _FIELD_SEPARATOR_RE.split(prefix)[-1]
            if updated is not None and updated_field(field):
                continue  # a second update's day
            if (
                whole in stamps
                or url is not None
                or (
                    (
                        _DATELINE_PREFIX_RE.match(field)
                        or local_stamp_label().fullmatch(field)
                        or _BROADCAST_FIELD_RE.fullmatch(field)
                    )
                    and _DATELINE_SUFFIX_RE.match(suffix)
                )
                or (_WIDE_BEFORE_RE.search(prefix) and _WIDE_AFTER_RE.match(suffix))
                or (
                    # a masthead's price is no running text ("No. 21,447 ... PRICE 2d.")
                    _only_dateline_words(without_price(field))
                    and _only_dateline_words(
                        without_price(_DATELINE_SEPARATOR_RE.split(suffix, maxsplit=1)[0])
                    )
                )
            ):
                day = in_the_texts_order(timex, text) if yearless is None else None
                first = _range_start(field, yearless, day)
                if first is not False:
                    day_found: date | tuple[int, int] | None = first
                elif yearless is not None:
                    day_found = int(yearless["month"]), int(yearless["day"])
                else:
                    day_found = day
                if updated is None and updated_field(field) and day_found is not None:
                    updated = day_found  # a first-published day near it comes first
                    continue
                if isinstance(updated, date) and isinstance(day_found, tuple):
                    # "Last Updated: Sep 10, 2015" over "New Delhi, Sep 9:" (stop 39)
                    day_found = before_update(day_found, updated) or day_found
                if updated is not None and not (
                    published_field(field) or _before(day_found, updated)
                ):
                    continue  # beside an update, a day the page was first published, or earlier
                return day_found, False
            if updated is None:
                break
    return updated, updated is not None


def _slug(line: str, furnished: set[str]) -> date | None:
    """The day of a line in a form a reader of its own reads: a wire's slug, a two-digit
    year's stamp, a dateline or a masthead in the outlet's language, a stamp's form the
    tagger does not read (`_stamp_form_day`)."""
    return (
        slug_day(line.strip())
        or short_year_day(line)
        or local_dateline_day(line)
        or of_month_of_year_day(line)
        or wire_local_day(line)
        or masthead_local_day(line)
        or _stamp_form_day(line, furnished)
    )


#: What may follow a stamp's day: a clock, "15h30" too, and its zone ("Issued: 19-Jan-2018, 15h30").
_STAMP_CLOCK_RE = re.compile(
    r"\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.h]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?)?\s*"
)


#: An exchange's release field, its clock before its day: "Released 07:00 03-Sep-03".
_RELEASE_FIELD_RE = re.compile(
    r"(?i)\s*(?:released|issued|published|posted)\s*:?\s*(?:\d{1,2}[:.]\d\d\s*)?"
)
#: A broadcast's line before its day, the programme and its broadcast: 'Transcript: "Harbour
#: Hour", broadcast ' (not its next or repeated broadcast, nor the day it was recorded); a
#: bulletin's label, its clock before its day or not: "Bulletin: 1.30 p.m., Tuesday, 15 October
#: 1974" (stop 37: the clock is the tagger's, its day the bulletin's).
_BROADCAST_FIELD_RE = re.compile(
    r"(?i)[^\n]{0,80}?(?<!next\s)(?<!repeat\s)(?<!repeated\s)"
    r"\b(?:broadcast|aired|transmitted|bulletin|newscast)(?:\s+on)?\s*:?\s*"
)


def _stamp_form_day(line: str, furnished: set[str]) -> date | None:
    """The day of a stamp in a form the tagger does not read (`stamp_forms`): a month's name
    between hyphens after a stamp's label, only a clock after it ("Issued: 19-Jan-2018,
    15h30"); a field with points and a two-digit year in a line of furniture ("Issue 2004/46 ·
    12.11.04").

    >>> _stamp_form_day("Issued: 19-Jan-2018, 15h30", set())
    datetime.date(2018, 1, 19)
    >>> _stamp_form_day("Cargo of 19-Jan-2018 lost at sea", set()) is None
    True
    >>> _stamp_form_day("Released 07:00 03-Sep-03", set())
    datetime.date(2003, 9, 3)
    """
    hyphened = hyphened_month_day(line)
    if hyphened is not None:
        day, start, end = hyphened
        field = _FIELD_SEPARATOR_RE.split(line[:start])[-1]
        if (
            _DATELINE_PREFIX_RE.match(field) or _RELEASE_FIELD_RE.fullmatch(field)
        ) and _STAMP_CLOCK_RE.fullmatch(line[end:]):
            return day
        return None
    return pointed_field_day(line) if line.strip() in furnished else None


#: A page's title naming it an issue of a series of reports, and its day: "Grain market report, "
#: before "Monday 3 May 2004: prices ease".
_SERIES_REPORT_RE = re.compile(r"^\s*[A-Z][\w'’ .-]{0,40}\breport,\s*$")


def _names_its_own_issue(prefix: str, suffix: str) -> bool:
    """Whether a title line names the page an issue of a series of reports and its day, the
    title's own words after a colon or none: "Mendoza harvest report, Friday 12 March 1999:
    heat brings picking forward" is the report of that day, as "Campus Brief, 12 April 2019:
    ..." is the brief's (a report the story is about has its day written in the story).

    >>> _names_its_own_issue("Snow report, ", ": fresh powder on the upper slopes")
    True
    >>> _names_its_own_issue("Snow report, ", " was read to the board")
    False
    """
    return (
        _SERIES_REPORT_RE.match(prefix) is not None and re.match(r"\s*(?::|$)", suffix) is not None
    )


def _before(day: date | tuple[int, int] | None, other: date | tuple[int, int]) -> bool:
    """Whether `day` is a day with its year before `other`, a day with its year."""
    return isinstance(day, date) and isinstance(other, date) and day < other


def _before_figures(line: str) -> str:
    """The words of `line` before its first figure: a stamp's label ("Retrieved 3 March")."""
    return re.split(r"\d", line, maxsplit=1)[0]


def _range_start(
    field: str, yearless: re.Match[str] | None, last: date | None
) -> date | tuple[int, int] | Literal[False] | None:
    """The first day of a range the date closes, as a masthead names an issue's week:
    "Saturday 12 – Friday 18 June 2010" is published on Saturday 12 June; False when the date
    closes no range, None when the range's first day is unclear (a weekday that does not fit).

    >>> _range_start("Saturday 12 – ", None, date(2010, 6, 18))
    datetime.date(2010, 6, 12)
    >>> _range_start("Issue 1,482 · ", None, date(2010, 6, 18))
    False
    """
    start = _RANGE_START_RE.search(field)
    if start is None:
        return False
    weekday = (start["weekday"] or "").lower()
    if weekday not in WEEKDAYS:
        return False  # "Vol. 3 – 18 June 2010" is no range
    if yearless is not None:
        month, day = int(yearless["month"]), int(yearless["day"])
        return (month, int(start["day"])) if int(start["day"]) < day else None
    if last is None or int(start["day"]) >= last.day:
        return None
    first = last.replace(day=int(start["day"]))
    return first if first.isoweekday() == WEEKDAYS[weekday] else None


#: the furniture whose days are a photo's, not the page's
_ELSEWHERE = frozenset({FurnitureKind.CAPTION})


#: A day written without its year: "Oct 23" is XXXX-10-23.
_YEARLESS_DAY_RE = re.compile(r"XXXX-(?P<month>\d\d)-(?P<day>\d\d)")
