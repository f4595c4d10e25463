"""Names the model missed that an apposition or an affiliation types
(`timeline/actors/affiliations.py`): invented sentences through the real model."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.affiliations
from timeline.actors import find_actors
from timeline.actors.affiliations import affiliated_names, apposed_names
from timeline.actors.spans import RawSpan


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_a_name_before_an_apposition_of_its_kind_is_an_organisation() -> None:
    assert "Varngas" in _names("Varngas, the Danish grid operator, said it expected a restart.")
    text = "Kivu Tel, the largest operator with 2 million users, said it would appeal."
    assert [(r.text, r.label) for r in apposed_names(text, [])] == [("Kivu Tel", "ORG")]


def test_a_person_or_a_lower_case_word_before_an_apposition_is_no_organisation() -> None:
    assert apposed_names("Ana Roe, a mother of three, left. Rates, the bank said, rose.", []) == []
    text = "The port, a hub for grain, grew. Grain, the main crop, fell."
    assert apposed_names(text, []) == []


def test_an_organisation_after_a_person_of_or_people_at_is_found() -> None:
    assert "Tarn Cycling" in _names("The leader, Pieter Vos of Tarn Cycling, lost three minutes.")
    assert "Orrin Capital" in _names("Analysts at Orrin Capital expect a return to profit.")
    text = "Ivo Marr of Port Hill Road said so."
    raw = [RawSpan(0, 8, "Ivo Marr", "PERSON")]
    assert affiliated_names(text, raw) == []  # a street, no organisation


@given(st.text(max_size=200))
def test_the_names_slice_the_text(text: str) -> None:
    for span in [*apposed_names(text, []), *affiliated_names(text, [])]:
        assert text[span.start : span.end] == span.text


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.affiliations).failed == 0
