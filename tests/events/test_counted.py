"""A clause counted from the main clause's day: "comes a day after Harlow Mills released ..."
(invented sentences; `timeline.events.counted`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.events.counted import counted_clause, is_counted_clause
from timeline.sentences import Sentence
from timeline.syntax import Predicate
from timeline.temporal import Timex

PUBLISHED = date(2025, 6, 18)  # a Wednesday


def rows(text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(e.action, e.date_value, e.actors) for e in news_events(text, PUBLISHED)]


def test_a_clause_a_day_after_is_the_day_before_with_its_own_actors() -> None:
    text = (
        "The move by Velgrove comes a day after Harlow Mills, another carmaker, "
        "released a list of dealers it was closing."
    )
    assert rows(text) == [
        ("come", "2025-06-18", ("Velgrove",)),
        ("release", "2025-06-17", ("Harlow Mills",)),
    ]


def test_the_count_runs_from_the_main_clause_s_own_day() -> None:
    text = (
        "Kestrel Air was placed under administration on Tuesday, a week after its board "
        "asked the government for protection."
    )
    found = rows(text)
    assert found[0][:2] == ("place", "2025-06-17")
    assert found[1][:2] == ("ask", "2025-06-10")
    assert found[1][2] == ("Kestrel Air",)  # "its board" names no one: the sentence's actors


def test_a_count_before_a_clause_moves_forward() -> None:
    text = "Velgrove cut its prices on Monday, two days before Harlow Mills announced its results."
    assert rows(text)[-1][:2] == ("announce", "2025-06-18")


def test_no_count_to_a_clause_still_to_come_or_without_a_day() -> None:
    to_come = "Velgrove will open its store on June 20, two days before Harlow Mills opens."
    assert [action for action, _, _ in rows(to_come)] == ["open"]
    more_than = (
        "The Holm Museum said on Tuesday it would return the carvings, more than 120 years "
        "after they were taken."
    )
    assert all(value != "1905-06-17" for _, value, _ in rows(more_than))


def test_the_reason_tells_what_the_count_runs_from() -> None:
    text = "The move by Velgrove comes a day after Harlow Mills released a list of dealers."
    events = news_events(text, PUBLISHED)
    assert events[-1].date_reason.startswith("'a day after' counted from the day of the clause")
    assert is_counted_clause("a week after") and not is_counted_clause("a week")


@given(
    st.integers(1, 40), st.sampled_from(["D", "W", "M", "Y"]), st.sampled_from(["after", "before"])
)
def test_the_counted_day_moves_by_the_count(amount: int, unit: str, relation: str) -> None:
    words = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}[unit]
    head = f"It came {amount} {words}"
    text = f"{head} {relation} Velgrove released its plan."
    count = Timex(8, len(head), head[8:], "DURATION", f"P{amount}{unit}")
    verb_at = text.index("released")
    verbs = [
        Predicate(3, 7, "come", tense="past"),
        Predicate(verb_at, verb_at + 8, "release", tense="past"),
    ]
    found = counted_clause(Sentence(0, len(text), text, 0), [count], verbs, PUBLISHED)
    assert found is not None
    dated, verb = found
    assert verb.lemma == "release"
    assert dated.date_start is not None
    assert (dated.date_start < PUBLISHED) == (relation == "after")
    assert text[dated.start : dated.end] == dated.text
