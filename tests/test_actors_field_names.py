"""A body named for two fields or a list of them, which the model cut at its "and" or its
commas (`timeline/actors/field_names.py`, stop 39, helper `actors10m`). Sentences invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.field_names import (
    after_the_and_a_word,
    fields_before_and,
    list_items_apart,
    reads_as_organisation,
)
from timeline.actors.spans import RawSpan


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_actors([text])[0]}


def test_the_first_field_before_and_joins_the_body_the_model_found_after_it() -> None:
    text = "Traders said they would ask the Prices and Tariffs Board to step in next month."
    assert _names(text) == {"Prices and Tariffs Board"}
    text = "The Rates and Levies Commission met on Monday."
    assert _names(text) == {"Rates and Levies Commission"}


def test_a_body_read_as_a_person_after_and_joins_the_first_field() -> None:
    text = "The long-delayed Kestrel Heart and Lung Centre will open its wards on May 4."
    assert "Kestrel Heart and Lung Centre" in _names(text)
    text = "The long-delayed Westfield Heart and Lung Center will open in March."
    assert "Westfield Heart and Lung Center" in _names(text)


def test_a_list_of_fields_after_of_or_for_is_one_body() -> None:
    text = "The Department for Culture, Media and Sport said in June that the rules would change."
    assert "Department for Culture, Media and Sport" in _names(text)
    text = (
        "The Housing Ombudsman ruled in May. The Department for Levelling Up, "
        "Housing and Communities said in June it would act."
    )
    assert "Department for Levelling Up, Housing and Communities" in _names(text)


def test_a_name_of_its_own_before_and_stays_apart() -> None:
    text = "the Treasury and Federal Reserve Board met. The Treasury said so."
    assert not fields_before_and(text, 4, 12, [])
    assert fields_before_and("the Prices and Tariffs Board met", 4, 10, [])
    assert not fields_before_and("the IMF and World Bank met", 4, 7, [])
    assert not fields_before_and("the Irish and British Governments met", 4, 9, [])
    assert not fields_before_and("the Vale and Kelso Board", 4, 8, [RawSpan(4, 8, "Vale", "GPE")])


def test_a_listed_field_the_article_writes_as_a_name_of_its_own_keeps_the_list_apart() -> None:
    text = "the Ministry of Health, Pfizer and Moderna met. Pfizer said so."
    assert list_items_apart(text, "Health, Pfizer", "Ministry of Health, Pfizer and Moderna")
    name = "Ministry of Trade, Kenya and Energy"
    assert list_items_apart(name, "Trade, Kenya", name)


def test_only_an_organisation_word_makes_a_persons_span_an_organisation() -> None:
    assert reads_as_organisation(RawSpan(0, 11, "Lung Centre", "PERSON"))
    assert not reads_as_organisation(RawSpan(0, 8, "Ann Ruiz", "PERSON"))
    assert not reads_as_organisation(RawSpan(0, 6, "Centre", "PERSON"))
    assert after_the_and_a_word("the new Kestrel Heart", 8)
    assert not after_the_and_a_word("the Kestrel Heart", 4)


@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_the_checks_never_raise_on_any_text(text: str, start: int, end: int) -> None:
    fields_before_and(text, start, max(start, end), [])
    after_the_and_a_word(text, start)
    list_items_apart(text, text, text)
