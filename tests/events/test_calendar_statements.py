"""A date a relative clause gives its antecedent's year ("whose fiscal year ends Aug. 31",
", which begins Sept. 1") states a calendar, no event: beside another date of the sentence it
dates nothing (`timeline.events.calendar_statements`). Invented sentences of several outlet
shapes and decades."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.calendar_statements import states_a_calendar
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import news_events


def _states(text: str, written: str, *others: str) -> bool:
    found = [
        Timex(text.index(w), text.index(w) + len(w), w, "DATE", "2020") for w in (written, *others)
    ]
    return states_a_calendar(Sentence(0, len(text), text, 0), found[0], found)


@pytest.mark.parametrize(
    ("text", "written", "other"),
    [
        ("Velgrove Mills, whose fiscal year ends Aug. 31, reported on Thursday a loss.",
         "Aug. 31", "Thursday"),
        ("The Kestrel bank, whose financial year begins on 1 October, said last week that "
         "profit rose.", "1 October", "last week"),
        ("Hanro Electric, whose fiscal year begins in April, said yesterday that sales fell.",
         "April", "yesterday"),
        ("The council set aside $2m in the budget for fiscal 1987-88, which begins July 1, on "
         "Monday.", "July 1", "Monday"),
        ("Output in the first quarter of fiscal 2031, which runs from October to December, "
         "will be reported on Friday.", "October", "Friday"),
        ("The plan will not affect earnings in the current financial year, which ends on "
         "31 March, the company said on Tuesday.", "31 March", "Tuesday"),
    ],
)  # fmt: skip
def test_a_year_told_in_a_relative_clause_beside_another_date_states_a_calendar(
    text: str, written: str, other: str
) -> None:
    assert _states(text, written, other)
    assert not _states(text, other, written)


@pytest.mark.parametrize(
    ("text", "written", "others"),
    [
        # the calendar is the sentence's only date
        ("Tarn Ltd, whose fiscal year ends on June 30, employs 400 people.", "June 30", ()),
        # a clause of its own, not a relative clause
        ("The group's financial year ends on September 30; it reported on Monday.",
         "September 30", ("Monday",)),
        # a bound restated by its day: the event's own time
        ("It will pay before the end of the next fiscal year, which ends on March 31, 1996, "
         "the minister said on Friday.", "March 31, 1996", ("Friday",)),
        # a relative clause of an event, not of a year
        ("The strike, which began on Monday, ended on Thursday.", "Monday", ("Thursday",)),
    ],
)  # fmt: skip
def test_a_date_that_is_no_calendar_of_a_relative_clause_is_kept(
    text: str, written: str, others: tuple[str, ...]
) -> None:
    assert not _states(text, written, *others)


def test_the_company_s_report_keeps_only_its_day() -> None:
    text = "Brandholm Foods, whose fiscal year ends Jan. 31, reported on Wednesday a net loss."
    events = news_events(text, date(2015, 2, 26))  # a Thursday
    assert events
    assert {e.date_start for e in events} == {date(2015, 2, 25)}


def test_a_calendar_alone_still_dates_its_sentence() -> None:
    text = "Its financial year ends on 30 June."
    events = news_events(text, date(1994, 8, 3))
    # the present tense reads the coming end; what counts here is that the row keeps its day
    assert [e.date_start for e in events] == [date(1995, 6, 30)]
