"""Tests for the publication date read from weak or conflicting evidence: a stamp's weekday
against its all-number date, an issue's week named by its last day, an issue line over a
signature at the foot, and weekday-bearing dates that disagree (no guess)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import Published, resolve_published

_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# -- a stamp's weekday decides its all-number date's order, or rules the stamp out -------------


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Tue 05/03/2024 · 9.40am", date(2024, 3, 5)),  # 3 May 2024 is a Friday
        ("Fri 05/03/2024 · 9.40am", date(2024, 5, 3)),  # 5 March 2024 is a Tuesday
        ("Sun 05/03/2024 · 9.40am", None),  # neither reading is a Sunday: no guess
        ("Wed 14/03/2024 · 7.05pm", None),  # 14 March 2024 is a Thursday: the stamp disagrees
        ("Thu 14/03/2024 · 7.05pm", date(2024, 3, 14)),
    ],
)
def test_a_stamps_weekday_decides_its_numeric_date(stamp: str, expected: date | None) -> None:
    text = (
        "Van hits harbour wall\n\nTHE QUAY POST\nNews › Courts\n"
        f"{stamp}\nBy Jo Lee\n\nA van hit the harbour wall on Saturday night, police said."
    )
    assert resolve_published(text).date == expected


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2024, 12, 31)),
    named=st.integers(min_value=1, max_value=7),
)
def test_a_stamp_never_gives_a_day_its_weekday_denies(day: date, named: int) -> None:
    text = (
        "Ferry delayed\n\nTHE QUAY POST\n"
        f"{_ABBREVIATIONS[named - 1]} {day:%d/%m/%Y} · 8.15pm\n\nThe ferry sailed late."
    )
    found = resolve_published(text).date
    assert found is None or found.isoweekday() == named


# -- an issue's week named by its last day ------------------------------------------------------


def test_an_issue_named_by_its_weeks_last_day_is_published_that_day() -> None:
    text = (
        "NORTHERN FARM PRICES LETTER\nNo. 7/88 — Week ending Friday, 12 February 1988\n\n"
        "Cattle prices rose in the week as buyers returned after the snow."
    )
    assert resolve_published(text) == Published(date(1988, 2, 12), "dateline")


def test_a_periods_last_day_is_no_stamp() -> None:
    text = (
        "NORTHERN FARM PRICES LETTER\nQuarter ending 31 March 1988\n\n"
        "Cattle prices rose in the quarter as buyers returned after the snow."
    )
    assert resolve_published(text).date is None


# -- an issue line over a signature at the foot -------------------------------------------------

_STORY = (
    "GROWERS' UNION — CIRCULAR No. 4\n\nBARLEY PRICE AGREED\n\n"
    "The committee met last week and agreed a price of $9 a sack for the barley crop.\n\n"
    "Payment will be made at the depot from next month.\n\n"
)


def test_an_issue_line_over_a_signature_dates_the_page() -> None:
    text = _STORY + "Issued at Kilbarra, 3rd May, 1976.\nClerk to the Union: J. Lee"
    assert resolve_published(text) == Published(date(1976, 5, 3), "dateline")


@pytest.mark.parametrize(
    "foot",
    [
        # a sentence of the story opening with the verb: its date does not close it
        "Released on 3 May 1976, the report was sent to members.\nClerk to the Union: J. Lee",
    ],
)
def test_a_sentence_opening_with_an_issue_verb_is_no_stamp(foot: str) -> None:
    assert resolve_published(_STORY + foot).date is None


# -- weekday-bearing dates that disagree --------------------------------------------------------


def test_two_weekday_bearing_days_are_no_guess() -> None:
    text = (
        "The 2015 accord was signed. Officials met on Monday, March 7th and again on "
        "Thursday, March 10th to review it."
    )
    assert resolve_published(text) == Published(None, "none")


def test_a_weekday_bearing_day_ahead_of_the_story_is_no_guess() -> None:
    text = "After the 2021 survey, the council will vote on Tuesday, March 8th to shut the bridge."
    assert resolve_published(text) == Published(None, "none")
    text = (
        "The 2015 accord was signed. Officials met on Monday, March 7th and will meet again "
        "on Thursday, March 10th. The accord will run out in 2019."
    )
    assert resolve_published(text) == Published(date(2016, 3, 7), "inferred")


def test_one_weekday_bearing_day_still_dates_the_story() -> None:
    text = (
        "The 2015 accord was signed. Officials met on Thursday, March 3rd to review it. A "
        "second accord will follow in 2018."
    )
    assert resolve_published(text) == Published(date(2016, 3, 3), "inferred")


def test_a_weekday_the_pages_own_years_place_elsewhere_is_no_guess() -> None:
    # "since 1988" alone puts Monday 14 February in 1983; the masthead's issue line names 1994
    text = (
        "HARBOUR NOTES\nVolume 12, 1994 · Issue 5\n\n"
        "Tariffs rose by a quarter, the first rise since 1988. "
        "The dockers walked out on Monday 14 February."
    )
    assert resolve_published(text).date is None


def test_weekday_fix_is_unchanged_when_the_page_names_no_other_year() -> None:
    text = (
        "Tariffs rose by a quarter, the first rise since 1993. "
        "The dockers walked out on Monday 14 February. New tariffs will apply "
        "from 1996."
    )
    found = resolve_published(text).date
    assert found is not None and found.isoweekday() == 1
    assert abs(found - date(1994, 2, 14)) < timedelta(days=1)


def test_a_weekday_bearing_day_below_the_lead_is_an_events_not_the_pages() -> None:
    text = (
        "Growers Paid More\n\n"
        "The growers' committee fixed the price of barley at $9 a sack, the highest since 1971.\n\n"
        "The union's yearly dinner takes place at the depot on Friday, 3rd December."
    )
    assert resolve_published(text) == Published(None, "none")


def test_the_leads_weekday_bearing_day_dates_the_story() -> None:
    text = (
        "Growers Paid More\n\n"
        "The growers' committee met on Tuesday, 9th November and fixed the price of barley at "
        "$9 a sack, the highest since 1971.\n\n"
        "The union's yearly dinner takes place at the depot on Friday, 3rd December. A new "
        "scale of prices will apply from 1973."
    )
    assert resolve_published(text) == Published(date(1971, 11, 9), "inferred")


# -- a stamp in words whose weekday does not fit; a library's line ------------------------------


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [("Friday, 3 May 2019", date(2019, 5, 3)), ("Thursday, 3 May 2019", None)],
)
def test_a_stamp_in_words_whose_weekday_does_not_fit_is_no_guess(
    stamp: str, expected: date | None
) -> None:
    text = f"Bridge shut\n\n{stamp}\n\nThe council shut the old bridge to lorries on Friday."
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    "line",
    [
        "Retrieved from the Kilbarra Library Archive, 12 March 2020",
        "Downloaded from Town Records, 4 April 2021",
    ],
)
def test_a_library_line_names_the_day_a_copy_was_fetched_not_published(line: str) -> None:
    text = f"Bridge shut\n\n{line}\n\nThe council shut the old bridge to lorries after a survey."
    assert resolve_published(text).date is None
    assert resolve_published(f"{text}\n\n{line}").date is None


@pytest.mark.parametrize(
    "under",
    ["Next meeting: 14 June 1976", "Members who cannot attend should write to the clerk."],
)
def test_an_issue_line_in_its_own_shape_dates_the_page_whatever_is_under_it(under: str) -> None:
    # "Issued at Place, day." is a release's issue line (timeline.furniture.release_lines),
    # a stamp as "Issued in Place by Name on day." is, wherever it stands
    text = _STORY + "Issued at Kilbarra, 3rd May, 1976.\n" + under
    assert resolve_published(text) == Published(date(1976, 5, 3), "dateline")
