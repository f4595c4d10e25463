"""The publication date the text states, found; a day of another event near the top, never
taken (stop 48, helper `pubdate`): today bounds a yearless page's years from above
(`timeline/published/year_span.py`), a two-figure year of an all-number date is in the century
`full_year` gives (`timeline/temporal/calendar.py`), a court's "Judgment delivered:" line is a
dated field (`timeline/published/datelines.py`).

The fixtures are written here, for no benchmark article."""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from timeline.published import resolve_published
from timeline.published.year_span import YearSpan, year_span
from timeline.temporal import tag

from .calendar_years import fitting_years

_MONTHS = list(calendar.month_name)[1:]  # English in the C locale the tests run in
_SHORT_MONTHS = list(calendar.month_abbr)[1:]
_WEEKDAYS = list(calendar.day_name)
_STORY = (
    "The harbour board approved the new ferry timetable after a long debate that ran late "
    "into the evening, officials said.\n\n"
    "The chairman welcomed the vote and thanked residents for their patience.\n"
)


def _recent_day() -> date:
    """A day of last year whose weekday, from the year before it to today's, fits last year
    alone: the fixtures' page (found whatever today is)."""
    this_year = date.today().year  # noqa: DTZ011 - the year year_span bounds by, as it reads it
    for month in range(1, 13):
        for day_of_month in (3, 9, 14, 20, 26):
            day = date(this_year - 1, month, day_of_month)
            if fitting_years(day, day.year - 1, this_year) == [day.year]:
                return day
    raise AssertionError("no day of last year fits alone")  # pragma: no cover


def _weekday_day(day: date) -> str:
    """A day with its weekday and without its year: "Tuesday, May 19"."""
    return f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}"


# -- today bounds a yearless page from above ------------------------------------------------------


def _newsletter(day: date, floor: int) -> str:
    return (
        f"THE QUAY DOCKET — {_weekday_day(day)} — Issue No. 212\n"
        "View this email in your browser\n\n"
        f"Good morning. The ferry board, in business since {floor}, meets again today.\n\n" + _STORY
    )


def _wire(day: date, floor: int) -> str:
    earlier = date.fromordinal(day.toordinal() - 2)
    return (
        "Ferry timetable approved\n\n"
        f"TARROW, {_SHORT_MONTHS[day.month - 1]} {day.day} (Quay Wire) - The harbour board, "
        f"which met on {_weekday_day(earlier)}, approved the new ferry timetable, the first "
        f"change since the storms of {floor}.\n\n" + _STORY
    )


def _web_stamp(day: date, floor: int) -> str:
    return (
        "Ferry timetable approved\nThe Quay Courier > News\n"
        f"{_SHORT_MONTHS[day.month - 1]} {day.day} · 4:10 PM\n\n"
        f"The harbour board met on {_weekday_day(day)} and approved the new ferry timetable, "
        f"the first change since {floor}.\n\n" + _STORY
    )


@pytest.mark.parametrize("page", [_newsletter, _wire, _web_stamp])
def test_a_recent_year_and_today_bound_a_yearless_page_where_one_year_fits(page: object) -> None:
    day = _recent_day()
    assert callable(page)
    assert resolve_published(page(day, day.year - 1)).date == day


@pytest.mark.parametrize("page", [_newsletter, _wire, _web_stamp])
def test_a_year_long_ago_leaves_the_weekday_many_years_to_today(page: object) -> None:
    day = _recent_day()
    assert callable(page)
    assert resolve_published(page(day, 1954)).date is None  # fits a year every 5 to 11


def test_a_year_ahead_still_bounds_the_span_before_today() -> None:
    story = "The pier opened in 1971. A new one would come into force in 1976."
    assert year_span(story, None, this_year=2026) == YearSpan(1971, 1976)
    assert year_span("It has run since 2021.", None, this_year=2026) == YearSpan(2021, 2026)
    assert year_span("It runs twice a day.", None, this_year=2026) is None


# -- a two-figure year of an all-number date ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Filed 23/4/58 1430 GMT", "1958-04-23T14:30Z"),
        ("Received 4/23/58", "1958-04-23"),
        ("Cabled on 30/9/49 from the desk", "1949-09-30"),
        ("Filed 23/4/1958", "1958-04-23"),
    ],
)
def test_a_two_figure_year_is_in_the_century_that_puts_it_no_later_than_next_year(
    text: str, value: str
) -> None:
    assert [timex.value for timex in tag(text, None)] == [value]


def test_a_teleprinter_slug_with_a_two_figure_year_dates_its_page() -> None:
    text = (
        "FERRY TIMETABLE APPROVED\n\nQPA 0212 TARROW 23/4/58 1430 GMT\n\n"
        "TARROW, April 23 (QPA) - The harbour board today approved the new ferry timetable "
        "after a long debate, officials said.\n\n" + _STORY
    )
    assert resolve_published(text).date == date(1958, 4, 23)


# -- a court's judgment line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "HIGH COURT - TARROW REGISTRY\nJudgment summaries for the media\nJudgment delivered: "
        "24 August 1995\nSUMMARY OF JUDGMENT\n",
        "COURT OF APPEAL OF QUAYLAND\nDecision handed down 24 August 1995\n\n",
        "Tarrow District Court\nMedia summary\nRuling given: 24 August 1995\n\n",
    ],
)
def test_a_judgment_line_states_the_day_of_the_summary(head: str) -> None:
    text = head + "The Court today found the harbour board liable for the collapse of the pier.\n"
    assert resolve_published(text + _STORY).date == date(1995, 8, 24)


# -- a day of another event near the top is no publication date -----------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Ferry strike called for Monday, March 2, 2020\n\n",  # an event's day in the headline
        "Vote set for 14 June 2021 as board splits\n\n",
        "Ferry timetable approved\nPhoto: The pier on 3 May 2019 (Quay Photo)\n\n",  # a caption
        "Ferry timetable approved\n\nThe old pier, pictured on 3 May 2019. (Quay Photo)\n\n",
        'Ferry timetable approved\n\n"On 4 June 2010 we lost everything," said the harbour '
        "master, who has run the port for thirty years and more.\n\n",  # a quoted day
        "Ferry timetable approved\nRelated: Ferry fares rise (12 March 2018)\n\n",  # a pointer
        "Ferry timetable approved\nPublic meeting: Thursday 5 March 2020, 7pm, Town Hall\n\n",
        "Ferry timetable approved\n\nSince 3 May 2019 the ferry has run twice a day, the board "
        "said in a statement on its site.\n\n",
        "Judgment due on 24 August 1995 in pier case\n\n",  # a judgment's day still ahead
    ],
)
def test_a_day_of_another_event_in_the_first_lines_is_not_taken(head: str) -> None:
    assert resolve_published(head + _STORY).date is None


# -- a year named with how long ago it was --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The duty was raised in 1954, seven years ago, and has not moved since.", 1961),
        ("Ten years ago, in 1968, the pier was last rebuilt by the board.", 1978),
        ("The ferry first sailed in 1995 -- 22 years ago -- from the old quay.", 2017),
    ],
)
def test_a_year_named_with_how_long_ago_it_was_gives_the_page_s_year(
    sentence: str, expected: int
) -> None:
    # Tuesday, April 25 is of 1961, 1967, 1972, 1978, ..., 2017, 2023: the year told of with how
    # long ago it was is the page's
    text = (
        "Ferry timetable approved\n\nTARROW, April 27 (Quay Wire) - The harbour board, which "
        f"met on Tuesday, April 25, approved the new ferry timetable.\n\n{sentence}\n\n{_STORY}"
    )
    assert resolve_published(text).date == date(expected, 4, 27)


def test_a_vague_count_of_years_ago_gives_no_year() -> None:
    text = (
        "Ferry timetable approved\n\nTARROW, April 27 (Quay Wire) - The harbour board approved "
        "the new ferry timetable.\n\nThe duty was raised in 1954, some years ago.\n\n" + _STORY
    )
    assert resolve_published(text).date is None


# -- a magazine's deck under its masthead and headline --------------------------------------------


@pytest.mark.parametrize(
    "masthead",
    [
        "THE QUAY REVIEW\nThe magazine of harbour life\nSeptember 2026 · Features\n\n",
        "QUAY MONTHLY\nIssue 41 · Spring\n\n",
    ],
)
def test_a_deck_under_a_masthead_and_a_headline_leaves_the_byline_s_stamp_the_page_s(
    masthead: str,
) -> None:
    text = (
        masthead + "The ferry that refused to sink\n\n"
        "The old ferry lost half its passengers in the storms. Now a new timetable could "
        "make it the busiest boat on the coast.\n\n"
        "By Ana Ruiz · Published 15 September 2026 · 6 min read\n\n" + _STORY
    )
    assert resolve_published(text).date == date(2026, 9, 15)


def test_a_story_s_first_sentence_under_a_stamp_and_headline_keeps_a_later_day_out() -> None:
    text = (
        "THE QUAY REVIEW\nSeptember 2026 · Features\n\nThe ferry that refused to sink\n\n"
        "The harbour board said on Monday that the old ferry would sail again on 15 October "
        "2026.\n\nPublic meeting: Thursday 1 October 2026, Town Hall\n\n" + _STORY
    )
    assert resolve_published(text).date is None
