"""Tests for stamp forms the tagger does not read and for a dateline's day that settles an
all-number stamp's order (`timeline.published.stamp_forms`): a month's name between hyphens
after a stamp's label, a day with points and a two-digit year as a field of a line of fields,
and a wire's yearless dateline under an all-number stamp."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import Published, resolve_published, stamp_forms

# -- a month's name between hyphens after a stamp's label ---------------------------------------

_NOTICE = (
    "Water supply cut in the north\n"
    "DEPARTMENT OF WATER — NOTICE No. 12/2021\n"
    "{stamp}\n\n"
    "The department wishes to inform residents that the supply to the northern villages "
    "was cut on Monday 8 March after a main burst near the reservoir.\n\n"
    "Repairs will last until Friday."
)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Issued: 10-Mar-2021, 09h15", date(2021, 3, 10)),
        ("Date of issue: 10-March-2021", date(2021, 3, 10)),
        ("Published 10-Mar-2021 at 14:05", date(2021, 3, 10)),
    ],
)
def test_a_hyphened_month_after_a_stamps_label_dates_the_page(stamp: str, expected: date) -> None:
    assert resolve_published(_NOTICE.format(stamp=stamp)) == Published(expected, "dateline")


def test_a_hyphened_month_in_a_sentence_is_no_stamp() -> None:
    # the lead's weekday date is the only evidence left, and the lead names the day of the burst
    text = _NOTICE.format(stamp="A cargo logged 10-Mar-2021 was lost at sea near the port.")
    assert resolve_published(text).date != date(2021, 3, 10)


# -- a day with points and a two-digit year as a field of a line of fields ----------------------


def test_a_pointed_short_year_field_dates_the_page() -> None:
    text = (
        "Two trawlers join the fleet\nHARBOUR GAZETTE · Fleet Notes\nNo. 1999/12 · 26.03.99\n\n"
        "Two trawlers joined the island's fleet this week, the harbour office said on Thursday."
    )
    assert resolve_published(text) == Published(date(1999, 3, 26), "dateline")


@pytest.mark.parametrize(
    "line",
    [
        "Release notes · 2.1.09",  # a version would read as a day only as a field of furniture
        "No. 2003/12 · 26.03.99",  # the line's own year names another century's year
    ],
)
def test_a_pointed_field_that_is_not_the_pages_day(line: str) -> None:
    text = (
        f"Two trawlers join the fleet\n{line}\n\n"
        "Two trawlers joined the island's fleet this week, the harbour office said."
    )
    assert resolve_published(text).date != date(1999, 3, 26)


# -- a yearless dateline settles an all-number stamp's order ------------------------------------


@pytest.mark.parametrize(
    ("stamp", "dateline", "expected"),
    [
        ("04/06/2017 10:02", "QUITO, June 4 (Wire) -", date(2017, 6, 4)),  # day first
        ("04/06/2017 10:02", "QUITO, April 6 (Wire) -", date(2017, 4, 6)),  # month first
        ("04/06/2017 10:02", "QUITO, 4 June (Wire) -", date(2017, 6, 4)),
    ],
)
def test_a_yearless_dateline_settles_a_stamps_order(
    stamp: str, dateline: str, expected: date
) -> None:
    text = (
        f"Miner to close two pits\nANDEAN MARKETS WIRE · Mining\n{stamp}\n{dateline}\n"
        "A state miner said on Sunday it would close two pits, citing falling copper prices "
        "since Oct. 12."
    )
    assert resolve_published(text).date == expected


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_a_dateline_never_turns_a_stamp_into_a_third_day(day: date) -> None:
    # whatever the dateline names, the stamp is read as one of its own two readings
    text = (
        f"Miner to close two pits\n{day:%m/%d/%Y} 10:02\nQUITO, June 4 (Wire) -\n"
        "A state miner said it would close two pits."
    )
    readings: set[date | None] = {day}
    if day.day <= 12:
        readings.add(date(day.year, day.day, day.month))
        readings.add(None)  # either reading, on a page that shows no order: no guess
    assert resolve_published(text).date in readings


@given(
    st.lists(
        st.sampled_from(
            [
                "1630",
                " gmt ",
                "UTC",
                "27",
                " Jun ",
                "84",
                "Broadcast",
                " ",
                "18",
                ".",
                "3",
                "66",
                "next ",
                "Tx",
                "ǵmt",
                "Utc",
                ":",
                "2024",
                "x",
            ]
        ),
        max_size=10,
    )
)
def test_a_line_is_searched_for_a_short_year_only_when_it_may_hold_one(pieces: list[str]) -> None:
    # `short_year_day` skips a line without a clock or a pointed date: on any line it must
    # answer as the whole pattern does
    line = "".join(pieces)
    found = stamp_forms._SHORT_YEAR_RE.search(line)
    assert stamp_forms._may_hold_short_year(line) or found is None
