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
        # written elsewhere, and not as a town: the name of something else
        ("Kestrel won the bid. Workers struck at its Kestrel plant.", "Kestrel", "ORG"),
        # a name of two words the model took for a body: the works' own name at times
        ("Output at the group's Jorf Lasfar line fell.", "Jorf Lasfar", "ORG"),
        # a body's word
        ("Workers struck at its Holdings plant.", "Holdings", "ORG"),
    ],
)
def test_names_that_are_not_a_works_place_are_kept(text: str, name: str, label: str) -> None:
    assert not site_after_an_owner(text, name, _end(text, name), label)


@pytest.mark.parametrize(
    ("text", "town", "label"),
    [
        # an owner's name and its possessive, a word between (stop 39, `actors10x`)
        ("Workers walked out at Marlow Motors' giant Tarka plant last night.", "Tarka", "GPE"),
        ("The update will be at Tasman Rail's Orrin office.", "Orrin", "GPE"),
        ("Depositors queued outside the bank's only Kelso branch.", "Kelso", "GPE"),
        # a name the model took for a body or a person, written only there
        ("A strike had closed its Albino mill for six weeks.", "Albino", "ORG"),
        ("Members at the company's Varrow wire mill rejected it.", "Varrow", "PERSON"),
        ("The forecast rose, the board's Orrin office announced.", "Orrin", "PRODUCT"),
    ],
)
def test_an_owner_a_word_between_or_a_town_the_model_took_for_a_body(
    text: str, town: str, label: str
) -> None:
    assert site_after_an_owner(text, town, _end(text, town), label)


@given(st.sampled_from([w for w in word_list("site_nouns.txt") if not w.endswith("s")]))
def test_every_works_noun_after_an_owner_and_a_town(noun: str) -> None:
    text = f"The firm said its Tarka {noun} would stay open."
    assert site_after_an_owner(text, "Tarka", _end(text, "Tarka"), "GPE")


@given(st.sampled_from(["its", "our", "their", "the firm's", "Kestrel Foods'", "Orla's"]))
def test_every_owner_before_a_town_the_model_took_for_a_body(owner: str) -> None:
    text = f"A strike closed {owner} new Tarka mill in May."
    assert site_after_an_owner(text, "Tarka", _end(text, "Tarka"), "ORG")


def test_the_row_keeps_its_company_and_leaves_the_towns() -> None:
    """End to end: the company acts; where its office and branch are is no actor."""
    text = (
        "Kestrel Trading Co. said on Monday it would close its Sydney office by the end of "
        "the year and merge it with its Melbourne branch."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Sydney" not in names and "Melbourne" not in names, names


def test_a_town_the_model_took_for_a_body_before_its_owners_mill_end_to_end() -> None:
    """Stop 39: the model reads a town before a works as a body; written only there, it is
    where the works is."""
    text = (
        "Corvane Textiles returned to profit last year after a strike had closed its Albino "
        "mill for six weeks in the spring of 1964."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Albino" not in names and "Corvane Textiles" in names, names


def test_a_town_between_an_owner_and_its_site_or_complex_is_no_actor() -> None:
    """Stop 47: a "site", a "complex" and a "campus" are works too."""
    for noun in ("site", "complex", "campus"):
        text = f"The group will close its Tarka {noun} next year."
        assert site_after_an_owner(text, "Tarka", _end(text, "Tarka"), "GPE"), noun


def test_a_district_the_model_labels_a_location_before_an_owners_works() -> None:
    text = "Tees Tarvik, which employs 420 people at its Orrin Hill works, said so."
    assert site_after_an_owner(text, "Orrin Hill", _end(text, "Orrin Hill"), "LOC")


def test_a_name_closing_a_line_is_not_the_first_word_of_the_paragraph_under_it() -> None:
    """Stop 47: "... | Tarka" closing a release's line before a blank line and "Kestrel
    Coatings" is no "Tarka Kestrel": the town written "in Tarka" locates the works."""
    text = (
        "KESTREL N.V. | Communications | Tarka\n\nKestrel Coatings will stop production in "
        "Tarka. It makes paints at its Tarka plant."
    )
    at = text.rindex("Tarka")
    assert site_after_an_owner(text, "Tarka", at + len("Tarka"), "ORG")


def test_the_sweep_does_not_bring_back_a_town_before_its_owners_works_end_to_end() -> None:
    """Stop 47: the model reads the town as a body once ("Renfield would offer"); the sweep
    found it again between the owner and its works. What stays: the town acting."""
    text = (
        "Kestrel Tool Co. said yesterday that it will close its Renfield works by the end of "
        "the year. The mayor said Renfield would offer the company tax relief. Kestrel "
        "employed more than 2,100 people in Renfield at its peak."
    )
    found = find_actors([text])[0]
    at = text.index("Renfield works")
    assert not any(m.start == at for m in found), [(m.start, m.name) for m in found]
