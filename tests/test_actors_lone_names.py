"""Names of one word the model took for a person's, found again where it missed them
(`timeline.actors.sweeps.lone_names`): invented sentences, the rule alone and through
the real model."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.lone_names import lone_names
from timeline.actors.mention import ActorMention


def _person(text: str, name: str, kind: str = "person") -> ActorMention:
    start = text.index(name)
    return ActorMention(start, start + len(name), name, name, kind)


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        # a mononym, opening a sentence before its verb
        ("Tumenbayar herds goats. In 2010 Tumenbayar sold the flock.", "Tumenbayar", 1),
        # after "the" and before a comma
        ("Korvik spoke first. Then the Korvik, a ferry, left.", "Korvik", 1),
        # a possessive and a quotation's end
        ('Marisol wrote it. "Not yet," Marisol\'s agent said.', "Marisol", 1),
        # a sentence's first word before it is no word of its name
        ("Ondrava met us. The Ondrava said no.", "Ondrava", 1),
    ],
)
def test_a_lone_name_is_found_again(text: str, name: str, found: int) -> None:
    swept = lone_names(text, [_person(text, name)])
    assert [m.text for m in swept] == [name] * found
    assert all(m.name == name and m.type == "person" for m in swept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ondrava met us. Ondrava Freight said no.", "Ondrava"),  # a longer name's first word
        ("Ondrava met us. The Ostrava Ondrava office shut.", "Ondrava"),  # after a name's word
        ("Ondrava met us. Its Ondrava-based rival left.", "Ondrava"),  # a hyphen joins it
        ("Hope spoke. Hope left. There is little hope.", "Hope"),  # a word in lower case too
        ("Ondrava met us. Later Ondrava said no.", "Ondrava"),  # a word of its name perhaps
        ("Ondrava met us. Ondrava truckers left.", "Ondrava"),  # before a noun it qualifies
        ("Ondrava met us. A Ondrava maker left.", "Ondrava"),  # a kind of maker
        ("Ondrava met us. Rain fell in Ondrava.", "Ondrava"),  # a place's preposition
        ("CRP met us. The Civic Renewal Party (CRP) left.", "CRP"),  # a definition
        ("Ondrava met us. He lives on Mill Street, Ondrava.", "Ondrava"),  # an address
        ("Ondrava met us.\nOndrava Wins Big Again In Court\n", "Ondrava"),  # a headline
        ("Ondrava met us. The Bank of Ondrava said no.", "Ondrava"),  # a longer name's "of"
        ("Sahel met us. The Société Oléicole du Sahel said no.", "Sahel"),  # a particle
    ],
)
def test_a_lone_name_is_not_found_where_it_is_part_of_more(text: str, name: str) -> None:
    assert lone_names(text, [_person(text, name)]) == []


def test_a_word_of_a_longer_name_is_left_to_the_surname_sweep() -> None:
    text = "Ana spoke. Ana Roe left. Ana stayed."
    longer = ActorMention(11, 18, "Ana Roe", "Ana Roe", "person")
    assert lone_names(text, [_person(text, "Ana"), longer]) == []


def test_names_of_one_word_written_as_named_are_found_with_their_type() -> None:
    text = "Ondrava met us. Ondrava left."
    for kind in ("organisation", "group", "product"):
        assert [(m.start, m.type) for m in lone_names(text, [_person(text, "Ondrava", kind)])] == [
            (16, kind)
        ]
    place = ActorMention(0, 7, "Ondrava", "Ondrava", "location")  # the place sweep's
    assert lone_names(text, [place]) == []
    short = ActorMention(0, 7, "Ondrava", "Ana Ondrava", "person")  # the surname sweep's
    assert lone_names(text, [short]) == []


def test_the_model_keeps_a_name_it_reads_once_in_every_sentence_that_writes_it() -> None:
    text = (
        "Tumenbayar, a herder in the Altai, lost 40 goats to snow leopards last winter. "
        "Tumenbayar said the trust paid him in March. "
        "Tumenbayar employs two of his nephews and expects to hire a third."
    )
    mentions = find_actors([text])[0]
    starts = [m.start for m in mentions if m.text == "Tumenbayar"]
    written = [i for i in range(len(text)) if text.startswith("Tumenbayar", i)]
    assert starts == written
