"""A date the sentence writes itself, read wrong (stop 46, helper `owndates`): a past form that
is an adjective taken for the clause's past, "to" before a figure taken for a deadline's
infinitive, and a clock in the scene told last (invented sentences, the real tagger).

A weekday is counted from the news day by its clause's tense: an adjective in "-ed" ("its list
of protected flights", "a newly refitted ferry") is no past, so the clause's own verb tells.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.tense import clause_tense
from timeline.temporal.word_tense import word_tense

WEDNESDAY = date(2013, 5, 22)  # "Monday" back is 20 May, ahead 27 May


def _value(text: str, written: str, published: date = WEDNESDAY) -> str:
    (found,) = [t for t in tag(text, published) if t.text == written]
    return found.value


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line said it would publish its list of cancelled sailings on Monday.",
        "The museum will open a newly restored gallery on Monday.",
        "The council will vote on revised plans for the market on Monday.",
        "The club will hand shirts with printed names to members on Monday.",
    ],
)
def test_a_past_form_as_an_adjective_leaves_the_clause_ahead(text: str) -> None:
    assert _value(text, "Monday") == "2013-05-27"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line published its list of cancelled sailings on Monday.",
        "The museum opened a newly restored gallery on Monday.",
        "Firefighters were called to the abandoned mill on Monday.",
        # the figure between is no noun: "appeared" stays the clause's verb
        "Its accounts for 2011-12 appeared in the gazette on Monday.",
    ],
)
def test_the_clause_own_past_still_counts_back(text: str) -> None:
    assert _value(text, "Monday") == "2013-05-20"


def test_an_adjective_after_a_preposition_or_a_determiner_is_no_verb() -> None:
    assert word_tense(["list", "of", "cancelled", "sailings"], 2) is None
    assert word_tense(["a", "newly", "restored", "gallery"], 2) is None
    assert word_tense(["the", "ferry", "cancelled", "sailings"], 2) == "past"
    # an irregular past stays a verb wherever it stands: "of" before "said" is rare but told
    assert word_tense(["of", "said"], 1) == "past"
    # "to" is no such preposition: "agreed to" before a past form keeps its past
    assert word_tense(["to", "revised"], 1) == "past"


def test_can_be_looks_ahead_as_will_be_does() -> None:
    text = "Application forms can be collected from Thursday, the council said."
    assert _value(text, "Thursday") == "2013-05-23"


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("Crews had restored power to about 9,000 homes by Friday.", "past"),
        ("The mill had shipped the order to its buyers by Friday.", "past"),
        ("The board agreed to pay the fine by Friday.", "future"),
        ("The union has been told to return to work by Friday.", "future"),
    ],
)
def test_to_before_a_figure_or_a_determiner_sets_no_deadline(text: str, tense: str) -> None:
    start = text.index("Friday")
    assert clause_tense(text, start, start + len("Friday")) == tense


def test_a_past_clock_is_not_moved_to_a_day_ahead_by_a_preposition() -> None:
    text = (
        "Forecasters said the storm would reach the coast early on Thursday. "
        "Crews had restored power to about 9,000 homes by 9 a.m., the company said."
    )
    assert _value(text, "9 a.m.", date(1998, 10, 20)) == "1998-10-20T09:00"


def test_a_clock_in_the_scene_told_last_is_on_its_day() -> None:
    text = (
        "A man was fined today. The court heard that on the evening of Sunday 3 March he flew "
        "a drone near the runway. A pilot saw it at 6.55pm."
    )
    assert _value(text, "6.55pm", date(2013, 8, 21)) == "2013-03-03T18:55"


def test_a_clock_outside_the_scene_told_last_stays_on_the_news_day() -> None:
    # the morning's scene holds no evening clock, and a plan ahead is not told in a scene
    text = "The court heard that on the morning of Sunday 3 March he flew a drone. It sat at 7pm."
    assert _value(text, "7pm", date(2013, 8, 21)) == "2013-08-21T19:00"
    text = "The court heard that on the evening of Sunday 3 March he flew a drone. It sits at 7pm."
    assert _value(text, "7pm", date(2013, 8, 21)) == "2013-08-21T19:00"


def test_a_live_page_entry_heading_is_not_put_in_the_scene() -> None:
    text = (
        "The court heard that on the evening of Sunday 3 March he flew a drone.\n\n"
        "7:30pm\nThe hearing ended."
    )
    assert _value(text, "7:30pm", date(2013, 8, 21)) == "2013-08-21T19:30"


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))
def test_an_adjective_never_turns_a_plan_into_a_past(published: date) -> None:
    text = "The council will vote on the revised budget on Monday."
    (monday,) = [t for t in tag(text, published) if t.text == "Monday"]
    assert monday.date_start is not None
    assert 0 <= (monday.date_start - published).days < 7
