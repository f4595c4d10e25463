"""How dates and times are written: day-first dates with points, clocks written "16h10", a
live page's day and clock headings, a company's fiscal year, the southern hemisphere's
seasons, months without a year and two-digit years. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.date_order import reads_day_first
from timeline.temporal.live_page import heads_live_entries


def _values(text: str, reference: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


# -- day-first dates written with points ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The tribunal fixed the next hearing for 07.11.2019.", "2019-11-07"),
        ("A notice dated 02.04.2021 was pasted on the gate.", "2021-04-02"),
        ("The levy was raised by 14.02.2020 decree.", "2020-02-14"),
    ],
)
def test_a_date_with_points_is_day_first(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2021, 6, 1))] == [value]


def test_a_date_with_points_at_the_end_of_a_sentence_is_found() -> None:
    found = _values("The board must reply by 30.09.2016. It met on 01.08.2016.", date(2016, 8, 4))
    assert found == [("30.09.2016", "2016-09-30"), ("01.08.2016", "2016-08-01")]


def test_a_text_that_shows_the_month_first_keeps_it_for_points() -> None:
    text = "The filing of 08.23.2016 cites the order of 03.08.2016."
    assert reads_day_first("03.08.2016", text) is False
    assert [t.value for t in tag(text, date(2016, 9, 1))] == ["2016-08-23", "2016-03-08"]


def test_slashes_stay_month_first_without_evidence() -> None:
    assert reads_day_first("03/08/2016", "Signed 03/08/2016.") is False
    assert reads_day_first("03.08.2016", "Signed 03.08.2016.") is True


# -- clocks written with "h", and zones after a stamp -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bulletin was issued at 16h10.", "2006-01-26T16:10"),
        ("The ferry will leave at 06h00.", "2006-01-26T06:00"),
        ("Shops closed from 22h45 onwards.", "2006-01-26T22:45"),
    ],
)
def test_a_clock_written_with_h(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2006, 1, 26))] == [value]


def test_a_number_of_hours_with_h_is_no_clock() -> None:
    found = tag("The pharmacy is open 24h and the drive took 3h40.", date(2006, 1, 26))
    assert [t for t in found if t.type == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Posted 12 March 2019, 08:15 CAT", "2019-03-12T08:15+02:00"),
        ("Voting closed at 19:00 EAT.", "2019-03-12T19:00+03:00"),
        ("The market opened at 09:30 JST.", "2019-03-12T09:30+09:00"),
        # Chile's offset depends on the date: the zone is read, no offset written
        ("Filed at 10:02 CLT.", "2019-03-12T10:02"),
    ],
)
def test_a_zone_after_a_clock_is_part_of_it(text: str, value: str) -> None:
    found = tag(text, date(2019, 3, 12))
    assert [t.value for t in found] == [value]
    assert found[0].text.endswith(("CAT", "EAT", "JST", "CLT"))


def test_a_zone_in_lower_case_is_a_word() -> None:
    # "cat" and "eat" are words, not zones, when not in capitals
    found = tag("At 7 pm eat dinner.", date(2019, 3, 12))
    assert [(t.text, t.value) for t in found] == [("7 pm", "2019-03-12T19:00")]


# -- a live page's day headings over clock headings --------------------------------------------

_LIVE_PAGE = """Live: the count as it happens

First posted: 10 May 2015, 06:00

Monday 11 May

21:40
The commission has now declared 40 of 60 seats.

14:15
Counting resumed at 14:00 after a fault that began at 09:30 this morning.

Sunday 10 May

20:00
Polls closed at 20:00.
"""


def test_a_live_page_entry_counts_from_its_day_heading() -> None:
    found = {t.text: t for t in tag(_LIVE_PAGE, date(2015, 5, 10))}
    assert found["21:40"].value == "2015-05-11T21:40"
    assert found["14:00"].value == "2015-05-11T14:00"
    assert found["this morning"].value == "2015-05-11TMO"
    assert found["20:00"].value == "2015-05-10T20:00"
    # "now" in an entry is the entry's day, not the day the page was first posted
    assert found["now"].date_start == date(2015, 5, 11)


def test_a_day_heading_without_clock_entries_is_no_live_page() -> None:
    text = "Monday, March 7\n\nThe council met. It will vote on its budget this morning."
    assert not heads_live_entries(text, len("Monday, March 7"))
    found = {t.text: t.value for t in tag(text, date(2022, 3, 8))}
    assert found["this morning"] == "2022-03-08TMO"


def test_overnight_in_a_past_clause_is_the_night_before() -> None:
    found = _values("Crews fought the blaze overnight.", date(2019, 3, 2))
    assert found == [("overnight", "2019-03-01TNI")]
    found = _values("Talks will continue overnight.", date(2019, 3, 2))
    assert found == [("overnight", "2019-03-02TNI")]
