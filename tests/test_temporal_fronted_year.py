"""Which year a date written without one is in, when its sentence says so elsewhere
(`timeline.temporal.fronted_year`, `joins._month_then_year`): a year opening the sentence
("Last year the season opened on April 9", "In 1998, ...", "Next year ..."), and a day with its
part of the day before "last year" ("on the morning of 15 March last year"). Invented
sentences."""

from __future__ import annotations

from calendar import month_name
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_DAYS = st.dates(date(1900, 1, 1), date(2090, 12, 31))


def _day_after_opening(text: str, reference: date) -> date | None:
    """The day of the last expression `tag` finds in `text`."""
    found = tag(text, reference)
    return found[-1].date_start


@given(_DAYS, _DAYS, st.sampled_from(["Last year", "Next year", "This year"]))
def test_a_year_opening_the_sentence_is_the_year_of_its_dates(
    reference: date, day: date, opening: str
) -> None:
    shift = {"Last year": -1, "Next year": 1, "This year": 0}[opening]
    if day.month == 2 and day.day == 29:
        day = day.replace(day=28)
    text = f"{opening} the ferry season opened on {month_name[day.month]} {day.day}."
    assert _day_after_opening(text, reference) == date(reference.year + shift, day.month, day.day)


@given(_DAYS, st.integers(1900, 2080))
def test_a_year_written_at_the_head_is_the_year_of_its_dates(reference: date, year: int) -> None:
    text = f"In {year}, the mill closed its gates on 3 June and never reopened."
    assert _day_after_opening(text, reference) == date(year, 6, 3)


def test_the_year_ends_with_its_clause() -> None:
    text = "Last year the carnival opened on April 9, but this year it opens on May 1."
    found = tag(text, date(2003, 4, 22))
    assert [(t.text, t.value) for t in found] == [
        ("Last year", "2002"),
        ("April 9", "2002-04-09"),
        ("this year", "2003"),
        ("May 1", "2003-05-01"),
    ]


def test_the_year_holds_for_every_date_of_its_clause() -> None:
    found = tag("Last year the season opened on April 9 and closed on June 30.", date(2003, 2, 22))
    assert [t.value for t in found] == ["2002", "2002-04-09", "2002-06-30"]


def test_a_year_that_is_no_opening_leaves_the_date_to_its_tense() -> None:
    # the year after the date, or a possessive, tells nothing of the date's year
    (april, _) = tag("The season opened on April 9, later than last year.", date(2003, 4, 22))
    assert april.value == "2003-04-09"
    found = tag("In 2002-03 terms, the season opened on April 9.", date(2003, 4, 22))
    assert found[-1].value == "2003-04-09"


@given(_DAYS, st.sampled_from(["morning", "afternoon", "evening", "night"]))
def test_a_part_of_a_day_then_last_year_is_that_day_of_last_year(
    reference: date, part: str
) -> None:
    text = f"The court heard the codes were passed on the {part} of 15 March last year."
    (found,) = tag(text, reference)
    assert found.text == f"the {part} of 15 March last year"
    assert found.date_start == date(reference.year - 1, 3, 15)
