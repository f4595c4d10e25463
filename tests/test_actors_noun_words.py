"""The one predicate for "a lower-case word after a name is the noun it describes", shared by
the rules for letters, technologies and routes written only before their noun."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.noun_words import JOINING_WORDS, a_noun_word
from timeline.actors.technologies import names_a_technology
from timeline.actors.vocabulary import finite_verbs, prepositions
from timeline.wordlists import word_set

_NOT_NOUNS = sorted(finite_verbs() | prepositions() | word_set("clause_words.txt") | JOINING_WORDS)


@given(st.sampled_from(_NOT_NOUNS))
def test_no_verb_preposition_clause_or_joining_word_is_a_noun(word: str) -> None:
    assert not a_noun_word(word)


@given(st.sampled_from(["cameras", "service", "partners", "grades", "collars", "route"]))
def test_plain_nouns_are_nouns(word: str) -> None:
    assert a_noun_word(word)


@given(st.sampled_from(sorted(JOINING_WORDS | {"which", "since", "later"})))
def test_letters_before_a_joining_or_clause_word_are_no_technology(word: str) -> None:
    text = f"The council bought GPS {word} other kit."
    assert not names_a_technology(text, 19, 22)
    assert names_a_technology("The council bought GPS collars.", 19, 22)
