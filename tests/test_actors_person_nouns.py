"""A trade before a person's full name at a sentence's opening is the person's role
(`timeline/actors/person_nouns.py`, `trade_before_name`): the rule alone on invented sentences,
for all names (hypothesis), and through the real model and `opening_names`."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.appositives
import timeline.actors.opening_names
import timeline.actors.person_nouns
from timeline.actors import find_actors
from timeline.actors.person_nouns import trade_before_name

_GIVEN = st.sampled_from(["Mira", "Tomas", "Ines", "Kofi", "Anja", "Ravi"])
_FAMILY = st.sampled_from(["Solano", "Ek", "Varga", "Mensah", "Lind", "Okafor"])


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


@given(_GIVEN, _FAMILY, st.sampled_from(["Accountant", "Agronomist", "Volunteer", "Nurse"]))
def test_a_trade_opening_a_sentence_before_a_full_name_is_its_role(
    given_name: str, family: str, trade: str
) -> None:
    surface = f"{trade} {given_name} {family}"
    assert trade_before_name(f"{surface} said so.", 0, surface) == f"{trade} "
    text = f"Prices rose. {surface} said so."
    assert trade_before_name(text, 13, surface) == f"{trade} "


@given(_GIVEN, _FAMILY, st.sampled_from(["Hunter", "Walter", "Victor", "Christian", "Peter"]))
def test_a_given_name_shaped_like_a_doer_stays_a_word_of_the_name(
    first: str, given_name: str, family: str
) -> None:
    surface = f"{first} {given_name} {family}"
    assert trade_before_name(f"{surface} said so.", 0, surface) is None


def test_no_role_inside_a_sentence_in_a_headline_or_a_companys_name() -> None:
    assert trade_before_name("He met Accountant Mira Solano.", 7, "Accountant Mira Solano") is None
    text = "Volunteer Groups Gather In Park"
    assert trade_before_name(text, 0, "Volunteer Groups Gather") is None
    text = "Consultant Data Services Ltd said so."
    assert trade_before_name(text, 0, "Consultant Data Services Ltd") is None
    text = "Students Anna Lind Berg said so."  # a plural: no one person's trade
    assert trade_before_name(text, 0, "Students Anna Lind Berg") is None
    text = "President Anna Lind Berg said so."  # a title: the title rules' own
    assert trade_before_name(text, 0, "President Anna Lind Berg") is None


def test_the_person_is_found_without_the_trade() -> None:
    names = _names("Prices rose in May. Accountant Mira Solano said clients had filed early.")
    assert "Mira Solano" in names
    assert not any(name.startswith("Accountant") for name in names)
    names = _names("The hall was full. Auctioneer Ivo Lind Berg closed the sale at ten.")
    assert "Ivo Lind Berg" in names
    assert not any(name.startswith("Auctioneer") for name in names)


def test_the_examples_of_the_rule_and_its_callers_hold() -> None:
    for module in (
        timeline.actors.person_nouns,
        timeline.actors.appositives,
        timeline.actors.opening_names,
    ):
        results = doctest.testmod(module)
        assert results.attempted > 0
        assert results.failed == 0, module.__name__
