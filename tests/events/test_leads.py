"""The lead's statement dated by the day a statement right after it names (invented sentences;
`timeline.events.leads`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events, timex
from timeline.events.leads import dates_a_statement, lead_said_on
from timeline.events.selection import EventSentence
from timeline.sentences import Sentence

PUBLISHED = date(2025, 6, 18)  # a Wednesday; "Monday" is 16 June


def rows(text: str) -> list[tuple[str | None, str]]:
    return [(e.action, e.date_value) for e in news_events(text, PUBLISHED)]


def test_an_undated_lead_takes_the_day_its_statement_is_told_after_it() -> None:
    text = (
        "Kestrel Paper said it would cut 400 jobs at its mill in Dunmore. "
        "Its finance director, Ana Ruiz, wanted costs down by a fifth. "
        "Ruiz announced the cuts on Monday."
    )
    assert rows(text)[0] == ("say", "2025-06-16")


def test_a_lead_under_a_date_line_of_the_news_day_takes_the_day_too() -> None:
    text = (
        "18 June 2025\n\n"
        "The carmaker Velgrove has posted a loss of $40 million. "
        "Velgrove admitted Monday night that the loss could grow."
    )
    assert rows(text)[0] == ("post", "2025-06-16")


def test_a_day_that_dates_another_verb_leaves_the_lead_on_the_news_day() -> None:
    text = (
        "Kestrel Paper said it would cut 400 jobs at its mill in Dunmore. "
        "Its board approved the cuts at a meeting on Monday."
    )
    assert rows(text)[0] == ("say", "2025-06-18")


def test_a_day_of_what_was_said_leaves_the_lead_on_the_news_day() -> None:
    text = (
        "Kestrel Paper said it would cut 400 jobs at its mill in Dunmore. "
        "Ana Ruiz said the mill would close on Monday."
    )
    assert rows(text)[0] == ("say", "2025-06-18")


def test_a_day_long_before_the_news_is_background_not_the_lead_s_day() -> None:
    text = (
        "Kestrel Paper said it would cut 400 jobs at its mill in Dunmore. "
        "Ana Ruiz announced a first round of cuts on March 3."
    )
    assert rows(text)[0] == ("say", "2025-06-18")


def test_a_statement_far_after_the_lead_does_not_date_it() -> None:
    text = (
        "Kestrel Paper said it would cut 400 jobs at its mill in Dunmore. "
        "The mill opened in 1961. "
        "It employs 1,200 people. "
        "Output fell by a tenth in 2024. "
        "Ana Ruiz announced the cuts on Monday."
    )
    assert rows(text)[0] == ("say", "2025-06-18")


def test_the_statement_s_day_is_read_after_its_verb_and_a_short_object() -> None:
    cases = {
        "Ruiz announced the cuts on Monday.": True,
        "The firm admitted Monday night that it erred.": True,
        "Ruiz confirmed on Monday that the mill would shut.": True,
        "Ruiz said the mill would close on Monday.": False,
        "The board approved the cuts on Monday.": False,
        "Ruiz read the notice on Monday.": False,
    }
    for text, expected in cases.items():
        day = timex("Monday", text, "2025-06-16", date(2025, 6, 16))
        assert dates_a_statement(Sentence(0, len(text), text, 0), day) is expected, text


@given(st.lists(st.booleans(), max_size=6), st.one_of(st.none(), st.integers(0, 5)))
def test_only_the_lead_can_change(on_news_day: list[bool], lead: int | None) -> None:
    """Whatever the sentences and wherever the lead, no candidate but the lead changes."""
    text = "Ruiz announced the cuts on Monday."
    monday = timex("Monday", text, "2025-06-16", date(2025, 6, 16))
    candidates = [
        EventSentence(Sentence(0, len(text), text, 0), on_published=True)
        if flag
        else EventSentence(Sentence(0, len(text), text, 0), (monday,))
        for flag in on_news_day
    ]
    where = lead if lead is not None and lead < len(candidates) else None
    after = lead_said_on(candidates, where, PUBLISHED)
    assert len(after) == len(candidates)
    changed = [n for n, (a, b) in enumerate(zip(candidates, after, strict=True)) if a != b]
    assert changed in ([], [where])
