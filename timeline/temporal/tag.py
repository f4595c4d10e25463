"""Temporal expressions: find them in English text and normalise them to TIMEX3 values.

    >>> [(t.text, t.value) for t in tag("He spoke on Monday, October 23rd.", date(2023, 10, 24))]
    [('Monday, October 23rd', '2023-10-23')]

A rule-based recogniser (regular expressions compiled once, word lists in
``timeline/data/temporal_words.json``) finds minimal spans; ``dateparser`` parses the calendar
date strings it finds; the normaliser below turns each span into a TIMEX3 type, value, mod,
granularity and the interval of days it covers.

Reference times (which date a relative expression counts from):

* Deictic expressions ("yesterday", "last week", "two years ago", "Monday", "this year") count
  from the reference date, the publication date in news.
* A bare weekday takes its direction from the tense of its clause: the nearest tense cue to its
  left decides ("confirmed", "was", "said": the weekday on or before the reference; "will",
  "is set to", "to be held", "is scheduled for", and present-tense schedules like "opens" or
  "is": the one on or after it); with no cue on the left, the rest of the sentence decides,
  and past is the default (news reports what happened). "last Friday" is strictly before,
  "next Friday" strictly after. A month or day written without a year follows the same tense
  rule in news (past: the latest such date not after the reference; future: the earliest not
  before it; present or no cue: the nearest).
* Anaphoric expressions ("the following year", "two days later", "that month", "the next day")
  count from the running reference: the most recent date mentioned before them. In news, when
  that date is too coarse for the unit (a year, for "the next day"), the publication date is
  used instead, unless it is a month of another year ("in August 2005 ... the following day"
  is 2005-08-XX).
* In narrative text (``narrative=True``, the default when there is no reference date, as in an
  encyclopedia article) every relative expression counts from the running reference. A month or
  day without a year takes its year (or the next year when the month is 8 or more months before
  the running reference's month: "December 7, 1941 ... In January" is January 1942); a bare
  weekday is the first such day on or after it; an expression the running reference is too
  coarse for keeps X's ("four days later" after "in 1915" is 1915-XX-XX); "two days after the
  invasion" is a date counted from it. Asides do not move the running reference: dates in
  parentheses, after "until" or "since", years used as modifiers ("the 1614 rules"), a bare
  year in passing deep inside a sentence while the reference is a month or a day (unless it is
  said a second time, or stands in the first sentence after a heading), and glances
  back ("a year earlier"). A clock time takes the running reference's day. Narrative text also
  follows the TIMEX2 habit of tagging "former" and "future" too ("recent" and "current" are
  tagged in news as well), and of
  reading "the Spring Offensive" as a season.
* Without any reference, relative expressions keep X's in their value and have no interval.

Bounds: tag() runs each pattern only in small windows around its trigger words, looks at most
a few words beyond a candidate, and hands dateparser strings of at most MAX_PARSE_CHARS
characters, so the work per document is linear in its length (`benchmarks/bench_scale.py`
measures it from 1 KB to 5 MB) and the whole of a long document is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline.temporal.clock_day import converted_clock_days
from timeline.temporal.days_from_day import days_from_days
from timeline.temporal.detect import candidates_in
from timeline.temporal.genre import is_narrative
from timeline.temporal.holiday_days import holidays_beside_days
from timeline.temporal.interval_order import ordered_ranges
from timeline.temporal.joins import join_adjacent
from timeline.temporal.live_page import entry_at
from timeline.temporal.modifiers import with_left_modifier
from timeline.temporal.normalise import Normaliser
from timeline.temporal.offset_days import offsets_beside_days
from timeline.temporal.possessed_year import months_of_possessed_year
from timeline.temporal.ranges import clock_range_days, past_month_ranges, range_partners
from timeline.temporal.recurring import recurring_times
from timeline.temporal.reference import RunningReference
from timeline.temporal.reported_day import reported_days
from timeline.temporal.season_pairs import seasons_of_paired_year
from timeline.temporal.timex import Timex
from timeline.temporal.week_of import weeks_of_days
from timeline.temporal.weekday_pairs import weekdays_beside_days
from timeline.temporal.years_ago_this import years_ago_this


def tag(
    text: str,
    reference_date: date | None,
    *,
    narrative: bool | None = None,
    entries: Sequence[tuple[int, date]] = (),
) -> list[Timex]:
    """All temporal expressions of ``text``, sorted by start, non-overlapping.

    >>> [(t.text, t.value) for t in tag("Talks ended yesterday.", date(2023, 10, 23))]
    [('yesterday', '2023-10-22')]

    ``reference_date`` is the publication date (None: only absolute expressions resolve);
    ``narrative`` (default: when there is no reference date and the text does not count from
    the day it was written, see `genre.is_narrative`) resolves relative
    expressions against the running reference, the most recent date mentioned before them.
    ``entries``: a live page's entries, the offset of each one's stamp and its day
    (`live_entries.entry_days`): what an entry tells counts from its day.
    """
    if narrative is None:
        narrative = is_narrative(text, reference_date)
    is_narrative_text = narrative
    running = RunningReference(text, reference_date, is_narrative_text, hemisphere=None)
    normaliser = Normaliser(text, running)
    section_day = dict(entries)
    section: int | None = None  # the offset of the date line read under
    for cand in candidates_in(text, is_narrative_text):
        if entries and (at := entry_at(entries, cand.start)) is not None and at != section:
            section = at  # a live entry's stamp, an item's date line: blanked as furniture
            running.enter_section(section_day[at])
        before = len(normaliser.out)
        normaliser.handle(cand)
        if len(normaliser.out) > before:
            normaliser.out[-1] = with_left_modifier(text, cand, normaliser.out[-1])
    result = days_from_days(text, join_adjacent(text, normaliser.out, narrative=is_narrative_text))
    result = clock_range_days(text, result, reference_date)
    result = past_month_ranges(text, result, reference_date)
    result = months_of_possessed_year(text, result)
    partners = range_partners(text, result)
    if partners:
        result = sorted([*result, *partners], key=lambda t: t.start)
    result = years_ago_this(text, weeks_of_days(text, result))
    result = seasons_of_paired_year(text, result)
    result = reported_days(text, weekdays_beside_days(text, result, reference_date))
    result = converted_clock_days(text, holidays_beside_days(text, result))
    result = offsets_beside_days(text, result, reference_date)
    if not is_narrative_text:
        result = ordered_ranges(text, result, reference_date)
    return recurring_times(text, result, narrative=is_narrative_text)
