"""The publication date of an article: given in metadata, or inferred from its text.

    >>> resolve_published("WASHINGTON, Oct. 23, 2023 (Reuters) - Talks ended.")
    Published(date=datetime.date(2023, 10, 23), source='dateline', warning=None)

Order of evidence: a valid date given by the caller (metadata or ``--published``); a dateline
near the top of the text (a wire's slug line with its date, "AW-DS-12-03-87 1432EST", is one);
a closing stamp or slug at the foot ("Published 27 December 2017 09:12 CLT"); a newsletter's
sending line in its footer ("This issue was sent on Friday 10 June 2022."); a line telling
how to cite the page ('Cite this article: Name, "Title", Site, 4 August 2016.'); an explicit date
in the story's lead whose weekday fixes its year ("Monday, October 23rd" is a Monday in 2023 and
in no other year of the span the text bounds on both sides, `year_span`: the copyright year, or
the latest year told of to the earliest named ahead; none when the text bounds its years on one
side only, when the lead names two such days, or when the page's own years place it in another
year; a wire's note to editors, "Eds: Fight held Saturday, March 18.", counts though it is
furniture).
A copyright year alone dates nothing: it is when the page was made, not a day (the warning
says it). Never today's date.
The dates the furniture states are read in `timeline.published.datelines`; this module weighs them.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from dateutil.parser import parse as parse_datetime

from timeline.errors import PublishedDateError
from timeline.furniture import without_furniture
from timeline.furniture.dated_lists import another_days_field, plausible
from timeline.kinds import PublishedSource
from timeline.published.closing_notes import citation_day, sending_day, sign_off_year
from timeline.published.datelines import (
    DATELINE_LINES,
    STORY_LINE_RE,
    read_dateline,
)
from timeline.published.foot_days import closing_stamp
from timeline.published.issue_week import issue_week_day
from timeline.published.past_floor import written_years
from timeline.published.source_notes import editors_notes, source_day
from timeline.published.stamp_years import head_figures_year, receipt_year
from timeline.published.weekday_dates import (
    WEEKDAY_DATE_RE as _WEEKDAY_DATE_RE,
)
from timeline.published.weekday_dates import (
    dated_weekday_days,
    head_weekday,
    head_weekday_day,
)
from timeline.published.weekday_dates import weekday_dates as _weekday_dates
from timeline.published.writing_day import writing_day
from timeline.published.year_span import YearSpan, own_year, year_span
from timeline.temporal import Timex, tag
from timeline.temporal.date_order import full_year
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

__all__ = ["Published", "PublishedSource", "parse_date_given", "resolve_published"]

#: what this stage can find; "user" is the user's own date, which needs no finding
_SOURCES = frozenset(PublishedSource) - {PublishedSource.USER}


@dataclass(frozen=True, slots=True)
class Published:
    """The publication date and where it came from.

    >>> Published(date(2023, 10, 23), "metadata").source
    'metadata'
    """

    date: date | None
    source: str
    warning: str | None = None

    def __post_init__(self) -> None:
        if self.source not in _SOURCES:
            raise ValueError(f"source {self.source!r} is not one of {sorted(_SOURCES)}")
        if (self.date is None) != (self.source == "none"):
            raise ValueError(f"source {self.source!r} does not fit date {self.date!r}")


#: A copyright line's year, or the last of its years: "© 1998-2024 Valley Media" is 2024; the
#: owner's name of up to three words in capitals may stand between the sign and the year, "© KPA
#: 2011.", "(c) TELETEXT 1993" (not after the word: "Copyright Act 1968" names a law).
_COPYRIGHT_RE = re.compile(
    r"(?i)(?:copyright|©|\(c\))\s*(?:©\s*)?"
    r"(?-i:(?:(?<=©)|(?<=\(c\))|(?<=\(C\)))\s*(?:[A-Z][\w&.'’-]*\s+){1,3})?"
    r"(?P<first>(?:19|20)\d\d)(?!\d)"
    r"(?:\s*[-–—]\s*(?P<last>(?:19|20)\d\d)(?!\d))?"
)
#: Day and month written as numbers: "03-02-2009", "3/2/09", "11.10.2011".
_NUMERIC_DATE_RE = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$")
#: Two defaults that differ in year, month and day: a field the text lacks shows as a change.
_DEFAULTS = (datetime(1904, 1, 1), datetime(1905, 2, 2))  # noqa: DTZ001 - calendar dates only


def parse_date_given(value: str) -> tuple[date, str | None]:
    """A publication date as metadata and feeds write it, and a warning when it was ambiguous.

    ISO 8601 (with or without time and zone), RFC 2822 (RSS `pubDate`), and dates in words
    ("Oct 11, 2011", "11 October 2011") are read as the calendar day they name in their own
    zone. A date all in numbers whose day and month could swap ("03-02-2009") is read month
    first, as American newswires and most feeds write it, or day first when written with
    points ("06.03.2023", the European order), with a warning; a date missing its
    day, month or year, or one that does not exist, raises `PublishedDateError`.

    >>> parse_date_given("Tue, 11 Oct 2011 10:44:00 GMT")
    (datetime.date(2011, 10, 11), None)
    >>> parse_date_given("03-02-2009")[1]
    "'03-02-2009' is ambiguous: read month first as 2009-03-02; write YYYY-MM-DD to be sure"
    """
    text = " ".join(value.split())
    for read in (date.fromisoformat, lambda t: datetime.fromisoformat(t).date()):
        try:
            return read(text), None
        except ValueError:
            pass
    numeric = _NUMERIC_DATE_RE.match(text)
    if numeric is not None:
        return _numeric_date(value, numeric)
    try:
        return parsedate_to_datetime(text).date(), None
    except (TypeError, ValueError, IndexError):
        pass
    try:
        readings = {parse_datetime(text, default=default).date() for default in _DEFAULTS}
    except (ValueError, OverflowError):
        readings = set()
    if len(readings) != 1:
        raise PublishedDateError(
            f"published date {value.strip()!r} is not a calendar date (a day, month and year "
            "that exist): write it as YYYY-MM-DD, e.g. 2023-10-23"
        )
    return readings.pop(), None


def _numeric_date(value: str, match: re.Match[str]) -> tuple[date, str | None]:
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    if len(match[4]) == 2:
        year = full_year(year)
    # points are the European order, day first ("06.03.2023"); feeds and American wires write
    # slashes or dashes, month first
    day_first = first > 12 or (match[2] == "." and second <= 12)
    month, day = (second, first) if day_first else (first, second)
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise PublishedDateError(
            f"published date {value.strip()!r} is not a calendar date (a day, month and year "
            "that exist): write it as YYYY-MM-DD, e.g. 2023-10-23"
        ) from None
    if first <= 12 and second <= 12 and first != second:
        return parsed, (
            f"{value.strip()!r} is ambiguous: read {'day' if day_first else 'month'} first as "
            f"{parsed.isoformat()}; "
            "write YYYY-MM-DD to be sure"
        )
    return parsed, None


def _complete(month_day: tuple[int, int], weekday_dates: list[date]) -> date | None:
    """A dateline's month and day in the year the text's weekday-bearing dates fix: the year
    that puts it nearest to them ("WASHINGTON, Oct 23 (Reuters) - ... on Monday, Oct. 23")."""
    month, day = month_day
    candidates = []
    for year in {d.year + shift for d in weekday_dates for shift in (-1, 0, 1)}:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates or not weekday_dates:
        return None
    latest = max(weekday_dates)
    return min(candidates, key=lambda candidate: abs((candidate - latest).days))


def _evidence_years(text: str, story: str) -> tuple[int | None, list[int]]:
    """The copyright year (its line is furniture: read in the whole text) and the years the
    story mentions."""
    copyright_match = _COPYRIGHT_RE.search(text)
    copyright_year = (
        int(copyright_match["last"] or copyright_match["first"]) if copyright_match else None
    )
    body = _COPYRIGHT_RE.sub(" ", story)
    mentioned = [int(m.group(0)) for m in written_years(body)]
    return copyright_year, mentioned


def _years_disagree(text: str, story: str, span: YearSpan | None, mentioned: list[int]) -> bool:
    """Whether the years the whole page names, its furniture's too ("Bulletin No. 5 — 1998"),
    place the story's weekday-bearing dates otherwise than the story's own years do (a year
    "since 1990" and one ahead, "in 1995", put "Monday 14 February" in 1994, where the
    bulletin's 1998 is past the story's span): the evidence disagrees.

    >>> story = "Fees rose, the first rise since 1990. A strike starts Monday 14 February."
    >>> story += " A new scale will come into force in 1995."
    >>> _years_disagree("Bulletin No. 5 — 1998\\n\\n" + story, story, YearSpan(1990, 1995),
    ...                 [1990, 1995])
    True
    >>> _years_disagree(story, story, YearSpan(1990, 1995), [1990, 1995])
    False
    """
    everywhere = [int(m.group(0)) for m in written_years(_COPYRIGHT_RE.sub(" ", text))]
    if span is None or span.first == span.last or sorted(everywhere) == sorted(mentioned):
        return False  # the page's own year (a copyright line's) is the span either way
    page_span = year_span(_COPYRIGHT_RE.sub(" ", text), None)
    return _weekday_dates(story, span) != _weekday_dates(story, page_span)


#: A month and its year: "April 1956", "Sept. 1939", "JUNE 1958".
_MONTH_YEAR_RE = re.compile(r"\b(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<year>1[6-9]\d\d|20\d\d)\b")


def _head_lines(text: str) -> str:
    """The lines a dateline or a masthead may stand on (`DATELINE_LINES`), as the text writes
    them."""
    return "\n".join(text.split("\n")[:DATELINE_LINES])


def _archived_year(text: str, story: str, month_day: tuple[int, int]) -> date | None:
    """A yearless dateline's day in the year the page's furniture names with the dateline's
    month, "[Library copy — reel 56/14, April 1956]" under "COLOMBO, Monday, April 9 (AOP).—",
    when the weekday the dateline names falls on that day in that year and in no other year
    so named. A month in the story is an event's; a copy's digitising or retrieval, "Digitised
    April 2012", another day's (`another_days_field`).

    >>> story_text = "It voted.\\n\\nThe count ended today, officials said at the hall."
    >>> text = "COLOMBO, Monday, April 9 (AOP).—\\n" + story_text + "\\n[Reel 14, April 1956]"
    >>> story = " " * 33 + story_text + " " * 21
    >>> _archived_year(text, story, (4, 9))
    datetime.date(1956, 4, 9)
    """
    month, day = month_day
    weekday = None
    head = _head_lines(text)
    for match in _WEEKDAY_DATE_RE.finditer(head):
        named = (
            MONTHS.get((match["mon"] or match["mon2"]).lower()),
            int(match["day"] or match["day2"]),
        )
        if named == month_day and not story[match.start() : match.end()].strip():
            weekday = WEEKDAYS[match["wd"].lower()]
            break
    if weekday is None:
        return None
    fits = set()
    for found in _MONTH_YEAR_RE.finditer(text):
        if story[found.start() : found.end()].strip() or MONTHS.get(found["mon"].lower()) != month:
            continue
        line_start = text.rfind("\n", 0, found.start()) + 1
        if another_days_field(text[line_start : found.start()]):
            continue
        with contextlib.suppress(ValueError):
            candidate = date(int(found["year"]), month, day)
            if candidate.isoweekday() == weekday:
                fits.add(candidate)
    return fits.pop() if len(fits) == 1 else None


def _head_weekday(text: str, month_day: tuple[int, int], span: YearSpan | None) -> date | None:
    """A yearless dateline's or masthead's day in the one year of the span the text bounds that
    its own weekday fits (`head_weekday_day`); none when the page names the day's month with a
    year (an archive's month: `_archived_year` weighs it, and a weekday that does not fit it
    gives no day)."""
    if any(
        MONTHS.get(found["mon"].lower()) == month_day[0] for found in _MONTH_YEAR_RE.finditer(text)
    ):
        return None
    return head_weekday_day(_head_lines(text), month_day, span)


def _lead(story: str) -> str:
    """The story's lead: its first paragraph written as a sentence of a dozen words or more
    (a headline above it is no sentence).

    >>> _lead("Talks End\\n\\nThe two sides ended their talks on Monday, March 7th, after "
    ...       "a week of meetings.\\n\\nThey meet again on Friday, March 11th.")
    'The two sides ended their talks on Monday, March 7th, after a week of meetings.'
    """
    for paragraph in re.split(r"\n\s*\n", story):
        joined = " ".join(paragraph.split())
        if STORY_LINE_RE.match(joined):
            return joined
    return ""


def _infer(text: str) -> Published:
    head, updated = read_dateline(text)
    stated = closing_stamp(text) or sending_day(text) or citation_day(text) or source_day(text)
    # a stamp in another calendar ("3 March 2564", "1400/02/04") states no Gregorian day
    this_year = date.today().year  # noqa: DTZ011 - bounds a calendar's years, never a guess
    if isinstance(head, date) and not plausible(head, this_year):
        head = None
    if stated is not None and not plausible(stated, this_year):
        stated = None
    if isinstance(head, date):
        # "Updated March 23, 2024" at the top, "Published March 20, 2024" at the foot
        if updated and stated is not None and stated < head:
            return Published(stated, "dateline")
        return Published(head, "dateline")
    if stated is not None:
        return Published(stated, "dateline")
    weekly = issue_week_day(text) if head is None else None  # "Week 41, 1994" + "TARROW, Wed."
    if weekly is not None and plausible(weekly, this_year):
        return Published(weekly, "dateline")
    # A photo caption's or a byline's date is not the story's: furniture is no evidence here.
    story = without_furniture(text)
    copyright_year, mentioned = _evidence_years(text, story)
    # a weekday fits a year every five to eleven years: it places a day only in a span of
    # years the text bounds on both sides, where one year alone fits it (stop 40)
    span = year_span(_COPYRIGHT_RE.sub(" ", story), copyright_year)
    notes = editors_notes(text)
    # a wire's note to editors is furniture, and still names the day its story is of
    weekday_dates = _weekday_dates(story, span) + _weekday_dates(notes, span)
    if weekday_dates and _years_disagree(text, story, span, mentioned):
        weekday_dates = []  # the page's own years place its weekdays elsewhere: no guess
    if head is not None:
        # "HW 12-10-77 1840 GMT" under "TARROW, Oct. 12"; a desk's stamp in the head, "rec'd
        # 0552 11.3.64", or a library's receipt, "RECEIVED 15 MAR 1956", states the year (stop 39)
        signed = (
            sign_off_year(text, head)
            or head_figures_year(text, head)
            or receipt_year(text, story, head)
        )
        if signed is not None:
            with contextlib.suppress(ValueError):
                return Published(date(signed, *head), "dateline")
        # a date with its weekday and its year in the story's latest year ("due by Monday,
        # September 30, 1963") places the dateline as a weekday-bearing date does (stop 37)
        completed = _complete(head, weekday_dates or dated_weekday_days(story, mentioned))
        if completed is not None:
            return Published(completed, "dateline")
        archived = _archived_year(text, story, head) or _head_weekday(text, head, span)
        if archived is not None:
            return Published(archived, "dateline")
        # "POTOSI, March 14 (ANA) -" over "Copyright 2012"; "FUKUOKA, Aug. 28 --" over "the
        # 13th storm so far in 1986", a year the story names as the page's own (stop 45)
        page_year = copyright_year if copyright_year is not None else own_year(story)
        if page_year is not None:
            with contextlib.suppress(ValueError):
                day = date(page_year, *head)
                # "Thursday 20 August" over "© 2025" (a Wednesday then): the page is of
                # another year (stop 40)
                named = head_weekday(_head_lines(text), head)
                if named is None or named == day.isoweekday():
                    return Published(day, "dateline")
    # the day a news story is of is named in its lead, or in a wire's note: a weekday-bearing
    # date further down is an event's (a meeting "on Friday, 3rd December"), no stamp
    leading = _weekday_dates(_lead(story), span, ahead=False) + _weekday_dates(notes, span)
    if weekday_dates and len(set(leading)) == 1:
        # two weekday-bearing days are two events' (a call on Monday 7th, a meeting on
        # Thursday 10th): neither is the day published, and the latest is no better a guess
        return Published(leading[0], "inferred")
    if copyright_year is not None:
        # a copyright year is when the page was made, not a day it was published: the story's
        # relative dates counted from its first day, or from a day of its events, land wrong
        return Published(
            None,
            "none",
            f"only the year {copyright_year} is known (from the copyright line): no day to "
            "resolve relative dates against",
        )
    return Published(None, "none")


def resolve_published(text: str, given: str | date | None = None) -> Published:
    """The publication date: ``given`` when it is a valid date, else inferred from the text.

    >>> resolve_published("Talks ended.", "2023-10-23")
    Published(date=datetime.date(2023, 10, 23), source='metadata', warning=None)
    >>> print(resolve_published("Talks ended.", "2009-02-30").warning)
    published date '2009-02-30' is not a calendar date (a day, month and year that exist): ...
    """
    if isinstance(given, datetime):
        return _as_written(text, given.date())
    if isinstance(given, date):
        return _as_written(text, given)
    if given is not None and given.strip():
        try:
            parsed, ambiguity = parse_date_given(given)
        except PublishedDateError as error:
            inferred = _infer(text)
            warning = f"{error}; inferred from the text instead"
        else:
            if ambiguity is None:
                return _as_written(text, parsed)
            return _disambiguated(text, given.strip(), parsed, ambiguity)
        if inferred.warning:
            warning += f"; {inferred.warning}"
        return Published(inferred.date, inferred.source, warning)
    return _infer(text)


def _as_written(text: str, published: date) -> Published:
    """A metadata date, unless the text says it was written a few days before it
    (`timeline.published.writing_day`): its "today" is then the day its relative dates count from.

    >>> _as_written("At 09:00 GMT, May 4, the bank, which failed earlier today, closed.",
    ...             date(2010, 5, 6)).source
    'written'
    """
    written = writing_day(text, published)
    if written is None:
        return Published(published, "metadata")
    days = (published - written).days
    return Published(
        written,
        "written",
        f"written on {written.isoformat()}, {days} day{'s' if days > 1 else ''} before its "
        f"published date {published.isoformat()} (its lead or dateline names that day as the "
        "day of writing); its "
        "relative dates count from the day it was written",
    )


def _disambiguated(text: str, given: str, read: date, ambiguity: str) -> Published:
    """An all-number date whose day and month could swap: the text's own date decides when it
    names one of the two readings ("03-02-2009" over a dateline "February 03, 2009" is the
    3rd of February); else the documented reading (`read`: month first, or day first when
    written with points) stands, with a warning.

    >>> _disambiguated("Sales\\n\\nFebruary 03, 2009\\n\\nSales fell.", "03-02-2009",
    ...                date(2009, 3, 2), "...").date
    datetime.date(2009, 2, 3)
    """
    swapped = date(read.year, read.day, read.month)
    inferred = _infer(text).date
    if inferred == swapped:
        return Published(swapped, "metadata")
    if inferred == read:
        return Published(read, "metadata")
    return Published(read, "metadata", f"published date {ambiguity}")


def tag_with_published(text: str, given: str | date | None = None) -> tuple[Published, list[Timex]]:
    """Resolve the publication date, then tag the text against it.

    >>> tag_with_published("Talks ended yesterday.", "2023-10-23")[1][0].value
    '2023-10-22'
    """
    published = resolve_published(text, given)
    return published, tag(text, published.date)
