"""The publication date the text states, found, and never a wrong day (stop 49, helper
`pubdate`): a weekly's issue named by its week with its number after it
(`timeline/published/datelines.py`); an all-number stamp beside a clock written "14h32", as
French and Portuguese pages write the hour, is day first; a story writing its days in words month
first ("May 25") shows no order of the stamp's figures (`timeline/published/stamp_order.py`).

The fixtures are written here, for no benchmark article, in several outlets' styles."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import resolve_published

_STORY = (
    "The harbour board approved the new ferry timetable after a long debate that ran late "
    "into the evening, officials said.\n\n"
    "The chairman welcomed the vote and thanked residents for their patience.\n"
)


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("Week of 23 September 1988 · Vol. 9 No. 38 · Rights & Sport", date(1988, 9, 23)),
        ("Week of March 4, 1996 | Volume 12, Issue 9", date(1996, 3, 4)),
        ("WEEK OF 7 JUNE 1971 — No. 412 — Shipping", date(1971, 6, 7)),
        ("Week of 14 February 2005 · Issue 7 · Print edition", date(2005, 2, 14)),
    ],
)
def test_a_weekly_s_issue_named_by_its_week_before_its_number_is_published_that_day(
    masthead: str, expected: date
) -> None:
    text = f"QUAY TRADE WEEKLY\n{masthead}\n\nFerry fares to rise\n\nBy Jo Lee\n\n{_STORY}"
    assert resolve_published(text).date == expected


def test_a_period_s_week_without_an_issue_s_number_is_still_no_stamp() -> None:
    # the week of an event, in the story's first line, names no issue
    text = (
        "Ferry fares to rise\n\nThe board meets in the week of 23 September 1988, and fares rise "
        "after it, officials said.\n\n" + _STORY
    )
    assert resolve_published(text).date is None


_H_CLOCKS = st.sampled_from(["14h32", "9h05", "18h40", "07h15", "23h59"])
_H_LABELS = st.sampled_from(
    ["Published ", "Publicado em ", "Publié le ", "Posted ", "", "Atualizado em ", "Mis à jour "]
)
_JOINS = st.sampled_from([" ", " - ", " à ", " às ", " | "])


@settings(max_examples=80, deadline=None)
@given(
    st.dates(min_value=date(1995, 1, 1), max_value=date(2025, 12, 31)).filter(
        lambda day: day.day <= 12 and day.day != day.month
    ),
    _H_LABELS,
    _JOINS,
    _H_CLOCKS,
    st.sampled_from(["/", "-"]),
    st.booleans(),
)
def test_a_swappable_stamp_beside_a_clock_written_with_h_is_day_first(
    day: date, label: str, join: str, clock: str, separator: str, foot: bool
) -> None:
    written = f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"
    stamp = f"{label}{written}{join}{clock}"
    text = (
        f"Ferry fares to rise\n\n{_STORY}\n{stamp}\n"
        if foot
        else f"Ferry fares to rise\nPorto Notícias | Business\n{stamp}\n\n{_STORY}"
    )
    assert resolve_published(text).date == day, stamp


@pytest.mark.parametrize(
    "stamp",
    [
        "Published 11/06/2014 16:27 | Updated 11/06/2014 18:05",
        "Posted on 04/09/2019",
        "By Ana Costa · 03/05/2021 · 10:20",
    ],
)
def test_a_story_writing_its_days_month_first_in_words_is_no_order_of_the_stamp(
    stamp: str,
) -> None:
    # the English edition of a day-first page writes "May 25" in its story: no guess
    text = (
        f"Brewer told to pull TV spot\n\n{stamp}\n\n"
        "The council ordered the brewer to take the spot off the air, officials said. The spot "
        "first aired on May 25 and ran for two weeks.\n\n" + _STORY
    )
    assert resolve_published(text).date is None


def test_figures_month_first_in_the_story_still_read_the_stamp_month_first() -> None:
    text = (
        "Brewer told to pull TV spot\n\nPosted on 04/09/2019\n\n"
        "The council ordered the brewer to take the spot off the air. Its form, dated "
        "03/28/2019, was filed late.\n\n" + _STORY
    )
    assert resolve_published(text).date == date(2019, 4, 9)


def test_a_story_writing_its_days_day_first_in_words_still_reads_the_stamp_day_first() -> None:
    text = (
        "Brewer told to pull TV spot\n\nPosted on 04/09/2019\n\n"
        "The council ordered the brewer to take the spot off the air. The spot first aired on "
        "25 August.\n\n" + _STORY
    )
    assert resolve_published(text).date == date(2019, 9, 4)
