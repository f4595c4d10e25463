"""A word of time is no first word of a name (`timeline.actors.runs`, `timeline.actors.spans`),
with invented sentences and the real model."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actors
from timeline.actors.persons import full_names_in
from timeline.actors.spans import clean_span
from timeline.actors.time_edges import outside_times
from timeline.temporal import tag


@pytest.mark.parametrize("word", ["Yesterday", "Today", "Tonight", "Tomorrow"])
def test_a_company_run_after_a_word_of_time_is_the_company(word: str) -> None:
    text = f'Ivo Marsh, the union\'s agent, added: "{word} Harlow Mills signs the lease."'
    times = [(t.start, t.end) for t in tag(text, date(2024, 5, 7))]
    names = {m.name for m in find_actors([text], times=[times])[0]}
    assert "Harlow Mills" in names
    assert not any(name.startswith(word) for name in names)


def test_a_span_the_model_opens_with_a_word_of_time_is_cut() -> None:
    text = 'she said: "Today Kelvale is changing"'
    span = clean_span(text, text.index("Today"), text.index(" is"), "GPE")
    assert span is not None and span.text == "Kelvale"


def test_a_name_with_a_word_of_time_inside_keeps_it() -> None:
    text = "The Kelvale Today Trust said so."
    span = clean_span(text, 4, 23, "ORG")
    assert span is not None and span.text == "Kelvale Today Trust"


@pytest.mark.parametrize("word", ["Today", "Yesterday", "Tonight"])
def test_a_word_of_time_before_a_lone_surname_is_no_first_name(word: str) -> None:
    text = f'Ada Roe said: "{word} Kelvale opens the lock." Kelvale had waited. Ivo Kelvale spoke.'
    assert full_names_in(text, {"Kelvale"}, []) == ["Ivo Kelvale"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last November Kessel Armaturen bought a foundry in Linz.", "Kessel Armaturen"),
        ("On Easter Sunday Villa Ombú had lost 22-6 at home.", "Villa Ombú"),
        ("In May Tarrow Foods cut 40 jobs.", "Tarrow Foods"),
    ],
)
def test_a_time_fronted_in_its_sentence_is_no_word_of_the_name_after_it(
    text: str, name: str
) -> None:
    times = [(t.start, t.end) for t in tag(text, date(2024, 6, 12))]
    names = {m.name for m in find_actors([text], times=[times])[0]}
    assert name in names
    assert not any(n != name and n.endswith(name) for n in names)


def test_a_time_after_the_stays_a_word_of_the_name() -> None:
    text = "Veterans of the October Revolution met."
    start = text.index("October")
    assert outside_times(text, start, start + 18, [(start, start + 7)]) == (start, start + 18)


def test_last_and_a_month_before_a_lone_surname_is_no_first_name() -> None:
    text = "Last November Kessel bought Linz Valves. Kessel grew. Ivo Kessel spoke."
    assert full_names_in(text, {"Kessel"}, []) == ["Ivo Kessel"]


def test_a_name_the_model_ran_into_a_time_after_a_preposition_ends_before_it() -> None:
    # "the Senate on Friday", "the Agency before March 1, 2031": the model's span ran on into
    # the time (stop 47, helper `spans`)
    from timeline.actors.time_edges import outside_times

    text = "He will ask the Senate on Friday to vote again."
    start = text.index("Senate")
    friday = text.index("Friday")
    assert text[slice(*outside_times(text, start, friday + 6, [(friday, friday + 6)]))] == "Senate"
    text = "Claims may go to the Agency before March 1, 2031."
    start, time_start = text.index("Agency"), text.index("before")
    span = outside_times(text, start, len(text) - 1, [(time_start, len(text) - 1)])
    assert text[slice(*span)] == "Agency"
    # a time after "of" is a word of the name
    text = "The Class of 2031 met."
    year = text.index("2031")
    assert outside_times(text, 4, year + 4, [(year, year + 4)]) == (4, year + 4)
