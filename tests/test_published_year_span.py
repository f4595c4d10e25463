"""The publication date where the text states a day without its year, or in a form read for the
first time (stop 40, `timeline/published/year_span.py`, `page_order.py`, `signing_line.py`): a
weekday places a yearless day only in a span of years the text bounds on both sides, one year
alone fitting it; a wire's dateline in capitals keeps its own day; a stamp's all-number date is
read in the order the rest of its page shows, or not at all; a place and a date signing the
text at its foot, and a weekly's issue range in its masthead, give the page's day.

The fixtures are written here, for no benchmark article."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import resolve_published
from timeline.published.year_span import YearSpan, year_span

from .calendar_years import fitting_years

_MONTHS = list(calendar.month_name)[1:]  # English in the C locale the tests run in
_WEEKDAYS = list(calendar.day_name)
_DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2024, 12, 20))
_STORY = (
    "The harbour board approved the new ferry timetable after a long debate that ran late "
    "into the evening, officials said.\n\n"
    "The chairman welcomed the vote and thanked residents for their patience.\n"
)


def _weekday_day(day: date) -> str:
    """A day with its weekday and without its year: "Tuesday, May 19"."""
    return f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}"


# -- a weekday and the span of years the text bounds --------------------------------------------


@settings(max_examples=80, deadline=None)
@given(_DAYS, st.integers(0, 8))
def test_a_year_told_of_alone_places_a_yearless_dateline_only_where_one_year_to_today_fits(
    day: date, back: int
) -> None:
    # a year on one side only: the weekday fits a year every five to eleven years after it, and
    # today is the other bound (stop 48): only where one year of the two fits is there a day
    text = (
        f"Ferry timetable approved\n\nTARROW, {_MONTHS[day.month - 1]} {day.day} (Wire) - The "
        f"harbour board met on {_weekday_day(day)}, and approved the new ferry timetable, the "
        f"first change since {day.year - back}.\n\n{_STORY}"
    )
    fitting = fitting_years(day, day.year - back, date.today().year)  # noqa: DTZ011
    assert resolve_published(text).date == (day if fitting == [day.year] else None)


@settings(max_examples=80, deadline=None)
@given(_DAYS, st.integers(0, 4), st.integers(1, 8))
def test_a_span_bounded_on_both_sides_places_the_day_where_one_year_fits(
    day: date, back: int, ahead: int
) -> None:
    first, last = day.year - back, day.year + ahead
    text = (
        f"Ferry timetable approved\n\nTARROW, {_MONTHS[day.month - 1]} {day.day} (Wire) - The "
        f"harbour board met on {_weekday_day(day)}, and approved the new ferry timetable, the "
        f"first change since {first}.\n\nA new harbour will open in {last}.\n\n{_STORY}"
    )
    found = resolve_published(text).date
    fitting = fitting_years(day, first, last)
    assert found == (day if fitting == [day.year] else None)


def test_a_year_named_as_last_year_s_bounds_both_sides() -> None:
    # Tuesday, May 19 fits 1981 and 1987: "last year's 1986 election" says 1987
    text = (
        "Upper House poll\nTHE QUAY EXAMINER -- LETTERS -- Tuesday, May 19\n\n"
        "Sir, -- Turnout in Tarrow was over 80 per cent in 1981, and far lower at last year's "
        "1986 election, when nobody knew the candidates.\n\n"
        "Electors are entitled to know who would replace the member.\n"
    )
    assert resolve_published(text).date == date(1987, 5, 19)
    alone = text.replace("last year's 1986 election", "the election")
    assert resolve_published(alone).date is None  # 1981 on one side only


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("It was proposed in 1971. The zone would come into force in 1976.", YearSpan(1971, 1976)),
        ("The mine has been open since 1965.", YearSpan(1965, 2026)),
        ("The budget for 1984 will be presented on Tuesday.", None),
        ("He signed in 2012 to run until June 2018. He will retire in 2016.", YearSpan(2012, 2016)),
        ("It closed in 1999. It will reopen in 1995.", None),
    ],
)
def test_the_span_is_the_latest_year_told_of_to_the_earliest_ahead(
    story: str, expected: YearSpan | None
) -> None:
    assert year_span(story, None, this_year=2026) == expected


def test_a_copyright_year_the_head_s_weekday_does_not_fit_gives_no_day() -> None:
    text = (
        "A quiet campaign\nTHE QUAY LETTER · No. 212 · Thursday 20 August\n"
        "View this email in your browser\n\n" + _STORY + "\nUnsubscribe · Forward to a friend\n"
    )
    assert resolve_published(text + "© 2026 The Quay Letter").date == date(2026, 8, 20)
    # 20 August 2025 was a Wednesday: the page is of another year
    assert resolve_published(text + "© 2025 The Quay Letter").date is None


# -- a wire's dateline in capitals ----------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(_DAYS, st.booleans())
def test_a_dateline_in_capitals_keeps_its_own_day_over_a_day_of_the_story(
    day: date, short: bool
) -> None:
    month = _MONTHS[day.month - 1].upper()
    month = month[:3] if short else month
    earlier = day - timedelta(days=3)
    text = (
        f"WELD CAUSED DERAILMENT\nZCZC QW231 NAT RLY\n"
        f"TARROW, {month} {day.day} (QPA) -- The derailment near Quay on "
        f"{_weekday_day(earlier)}, was caused by a fractured weld, the inspector said in a "
        f"report submitted today.\n\n{_STORY}\nCopyright {day.year} QPA\n"
    )
    assert resolve_published(text).date == day


# -- a stamp's all-number date, day and month swappable --------------------------------------------


@settings(max_examples=80, deadline=None)
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2025, 12, 20)),
    st.integers(1, 10),
    st.booleans(),
)
def test_an_update_days_later_tells_the_stamp_s_order(
    day: date, later: int, day_first: bool
) -> None:
    update = day + timedelta(days=later)

    def numbers(when: date) -> str:
        first, second = (when.day, when.month) if day_first else (when.month, when.day)
        return f"{first:02d}/{second:02d}/{when.year}"

    text = (
        "Appeal court frees clerk\nThe Quay Courier > News > Justice\nBy Jo Lee\n"
        f"Published: {numbers(day)} | Last updated: {numbers(update)} 09:14\n\n" + _STORY
    )
    found = resolve_published(text).date
    assert found in (day, None)
    if day.day <= 12 and day.day != day.month and update.month == day.month:
        assert found == day  # the other reading puts the update months away, or before it


def test_a_stamp_whose_page_shows_no_order_gives_no_day() -> None:
    head = "Appeal court frees clerk\nBy Jo Lee\nPublished: 03/07/2008\n\n"
    assert resolve_published(head + _STORY).date is None
    # another all-number date of the page with a part over 12, or a day in words, decides
    assert resolve_published(
        head + _STORY + "\nRead also: Bail bill delayed (25/06/2008)\n"
    ).date == (date(2008, 7, 3))
    assert resolve_published(head + _STORY + "\nPrint edition of July 3, 2008, page 4\n").date == (
        date(2008, 7, 3)
    )


# -- a place and a date signing the text; a weekly's issue range ---------------------------------


_SIGNING = (
    ("Tarrow, {day} de {month} de {year}.", "pt"),
    ("Tarrow, le {day} {month} {year}", "fr"),
    ("Tarrow, {day} de {month} de {year}.", "es"),
)
_LOCAL_MONTHS = {
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"],
}
_LOCAL_MONTHS["pt"] += ["setembro", "outubro", "novembro", "dezembro"]
_LOCAL_MONTHS["fr"] += ["septembre", "octobre", "novembre", "décembre"]
_LOCAL_MONTHS["es"] += ["septiembre", "octubre", "noviembre", "diciembre"]


@settings(max_examples=60, deadline=None)
@given(_DAYS, st.sampled_from(_SIGNING), st.booleans())
def test_a_place_and_date_signing_the_text_dates_it(
    day: date, form: tuple[str, str], credit: bool
) -> None:
    written, language = form
    line = written.format(day=day.day, month=_LOCAL_MONTHS[language][day.month - 1], year=day.year)
    foot = "\nReproduction permitted with credit to the bulletin." if credit else ""
    text = f"Court orders talks\n\n{_STORY}\n{line}{foot}\n"
    assert resolve_published(text).date == day
    # above the text's last two lines, a place's day may be an event's
    inside = (
        f"Court orders talks\n\n{_STORY}\n{line}\n\n"
        "The board will meet again next month, the chairman said.\n\n"
        "Its minutes will be published.\n"
    )
    assert resolve_published(inside).date is None


@pytest.mark.parametrize(
    "line",
    ["Funeral, 14 marzo 2019", "Downloaded from Town Records, 4 April 2021."],
)
def test_an_event_s_or_a_label_s_day_at_the_foot_signs_nothing(line: str) -> None:
    assert resolve_published(f"Court orders talks\n\n{_STORY}\n{line}\n").date is None


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2025, 12, 20)), st.booleans())
def test_a_weekly_s_issue_range_is_published_on_its_first_day(day: date, dashed: bool) -> None:
    last = day + timedelta(days=6)
    if last.month != day.month:
        return
    month = _MONTHS[day.month - 1]
    join = " - " if dashed else "–"
    head = (
        f"THE QUAY WEEKLY COURIER • Vol. 4, No. 8 • {month} {day.day}{join}{last.day}, {day.year}"
    )
    text = f"Ministry wants prison closed\n{head} • 12 kroons\nNATIONAL\nBy Jo Lee\n\n{_STORY}"
    assert resolve_published(text).date == day
    festival = f"Quay Folk Festival • {month} {day.day}{join}{last.day}, {day.year}"
    assert resolve_published(f"Folk week\n{festival}\n\n{_STORY}").date is None


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 3), max_value=date(2025, 12, 20)))
def test_a_digest_s_day_in_its_columns_is_the_page_s_over_its_item_s_broadcast(day: date) -> None:
    # a digest's masthead sets its fields three spaces apart; its item's source line names
    # the day of the broadcast, earlier
    aired = day - timedelta(days=2)
    text = (
        "TARROW: ASSEMBLY REJECTS MOTION\n"
        f"QUAY BROADCAST DIGEST   PART 4   AFRICA   QB/4556/B/3   {day.day}.{day.month}."
        f"{day.year % 100:02d}\n"
        f"Tarrow home service in English 1600 gmt {aired.day} {_MONTHS[aired.month - 1][:3]} "
        f"{aired.year % 100:02d}\nText of report:\n\n{_STORY}"
    )
    assert resolve_published(text).date == day
