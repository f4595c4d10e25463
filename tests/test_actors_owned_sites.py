"""A town before the noun of a works its owner holds ("its Tarka plant") names no actor
(`timeline.actors.owned_sites`, stop 36); invented sentences, the rule alone and through the
real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.owned_sites import site_after_an_owner
from timeline.wordlists import word_list


def _end(text: str, name: str) -> int:
    return text.index(name) + len(name)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("He said the group would close its Tarka office by the end of the year.", "Tarka"),
        ("It will merge it with its Orrin branch.", "Orrin"),
        ("A fire shut our Velloport refinery in June.", "Velloport"),
        ("Output at the company's Kelso assembly line fell.", "Kelso"),
    ],
)
def test_a_town_between_an_owner_and_a_works_is_no_actor(text: str, town: str) -> None:
    assert site_after_an_owner(text, town, _end(text, town), "GPE")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Vell Mining shut its Vell plant.", "Vell", "GPE"),  # the company's own name
        ("Floods reached its Tarka river.", "Tarka", "GPE"),  # a feature, no works
        ("It closed the Tarka plant.", "Tarka", "GPE"),  # no owner: `modifiers`' rule
        ("Workers struck at its Kestrel plant.", "Kestrel", "ORG"),  # never written as a town
    ],
)
def test_names_that_are_not_a_works_place_are_kept(text: str, name: str, label: str) -> None:
    assert not site_after_an_owner(text, name, _end(text, name), label)


@given(st.sampled_from([w for w in word_list("site_nouns.txt") if not w.endswith("s")]))
def test_every_works_noun_after_an_owner_and_a_town(noun: str) -> None:
    text = f"The firm said its Tarka {noun} would stay open."
    assert site_after_an_owner(text, "Tarka", _end(text, "Tarka"), "GPE")


def test_the_row_keeps_its_company_and_leaves_the_towns() -> None:
    """End to end: the company acts; where its office and branch are is no actor."""
    text = (
        "Kestrel Trading Co. said on Monday it would close its Sydney office by the end of "
        "the year and merge it with its Melbourne branch."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Sydney" not in names and "Melbourne" not in names, names
