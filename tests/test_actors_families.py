"""A family named by its surname (`timeline/actors/families.py`): invented sentences of a
business, a museum and a newspaper's sale, alone and through the real model."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.families
from timeline.actors import find_actors
from timeline.actors.families import named_families
from timeline.actors.spans import RawSpan


def test_a_surname_before_family_names_the_family() -> None:
    text = "The mill was sold by the Okafor family, which had run it since 1921."
    assert [r.text for r in named_families(text, [])] == ["Okafor family"]
    text = "The Ruiz de la Peña family sold its stake on Monday."
    assert [r.text for r in named_families(text, [])] == ["Ruiz de la Peña family"]


def test_a_people_a_place_or_a_family_describing_a_noun_is_no_family_name() -> None:
    text = "The Peruvian family flew home; the Lindqvist family farm was sold."
    assert named_families(text, []) == []
    text = "A gift from the Tarvik family arrived."
    at = text.index("Tarvik")
    assert named_families(text, [RawSpan(at, at + 6, "Tarvik", "GPE")]) == []


def test_through_the_model_the_family_is_no_namesake() -> None:
    text = (
        "Hanne Voskuil, 61, runs the dairy. The plant was bought from the Voskuil family "
        "in 1998, the company said."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert "Voskuil family" in names


@given(st.text(max_size=200))
def test_named_families_never_raise_and_slice_the_text(text: str) -> None:
    for span in named_families(text, []):
        assert text[span.start : span.end] == span.text


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.families).failed == 0
