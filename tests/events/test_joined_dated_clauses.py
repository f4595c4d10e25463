"""A sentence that names no one reads its clauses when it joins two that each have a date of
their own (`timeline.events.build._read_by_clause`, `clauses.joined_dated_clauses`); dates
within one clause or in a dependent clause keep one row. Invented sentences."""

from __future__ import annotations

from datetime import date

from timeline.documents import Document
from timeline.pipeline import events_of

from .helpers import news_events

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def _days(text: str) -> list[str]:
    return sorted(e.date_value for e in news_events(text, PUBLISHED))


def test_two_joined_dated_clauses_give_two_rows() -> None:
    assert _days("The ferry stopped on Saturday and resumed on Monday.") == [
        "2024-03-02",
        "2024-03-04",
    ]
    assert _days("The mill was built in 1921 and was last repaired in 1988.") == ["1921", "1988"]
    assert _days("In 2011, a new dam was built upstream; two years later, the ferry stopped.") == [
        "2011",
        "2013",
    ]


def test_dates_of_one_clause_keep_one_row() -> None:
    # a range, a date restating another, a date in a dependent clause
    assert _days("Voting ran from 12 February to 14 February.") == ["2024-02-12/2024-02-14"]
    assert len(_days("The ferry resumes on Friday, March 8, the first day of the season.")) == 1
    assert _days("Grain prices rose on Tuesday after the port closed on Saturday.") == [
        "2024-03-05"
    ]
    assert _days("Wheat prices fell on Monday as traders waited for Thursday's report.") == [
        "2024-03-04"
    ]


def test_the_tagger_reads_a_sentence_that_names_no_one_but_holds_two_dates() -> None:
    text = (
        "Wrenfield Parish Council approved the budget on Monday. "
        "The old bridge closed on 4 January, and the new one opened on 1 March."
    )
    doc = Document(id="w", text=text, published=PUBLISHED, published_source="metadata")
    rows = [e for e in events_of([doc]) if e.sentence.startswith("The old bridge")]
    assert sorted(e.date_value for e in rows) == ["2024-01-04", "2024-03-01"]


def test_a_past_clause_beside_a_present_one_keeps_one_row() -> None:
    # the present clause is a timetable or a habit: its date would count from the past
    assert len(_days("The old bridge closed on 4 January, and the new one opens on Friday.")) == 1


def test_a_clause_once_something_happens_is_a_dependent_one() -> None:
    assert _days("Grain prices fell in January and should recover once ships sail in May.") == [
        "2024-01"
    ]


def test_a_past_clause_beside_a_perfect_one_keeps_one_row() -> None:
    text = "The ferry stopped this morning and has been suspended on Friday and Saturday."
    assert _days(text) == ["2024-03-06TMO"]
