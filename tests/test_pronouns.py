"""The personal pronouns, one definition (`data/pronouns.csv` through `wordlists.pronouns`,
stop 38): each query gives exactly the table's words of its person, case, number and gender;
an alternation of them reads each word in exactly the case forms it allows; and the rules that
read them read the same words as before (invented sentences, through the real components)."""

from __future__ import annotations

import re
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture.newsletter_lines import is_next_issue_promo
from timeline.temporal.word_tense import _unmarked_past
from timeline.wordlists import alternation, pronouns, table

_ROWS = table("pronouns.csv")
_PERSONS = ["first", "second", "third"]
_NUMBERS = ["singular", "plural"]
Letters = Literal["as written", "capitalised", "either"]


@given(
    case=st.sampled_from(["subject", "object"]),
    persons=st.sets(st.sampled_from(_PERSONS), min_size=1),
    numbers=st.sets(st.sampled_from(_NUMBERS), min_size=1),
    personal=st.booleans(),
)
def test_a_query_gives_exactly_its_rows(
    case: str, persons: set[str], numbers: set[str], personal: bool
) -> None:
    words = pronouns(case, person=" ".join(persons), number=" ".join(numbers), personal=personal)
    expected = [
        word
        for word, person, cases, number, gender in _ROWS
        if case in cases.split()
        and persons & set(person.split())
        and numbers & set(number.split())
        and not (personal and gender == "neuter")
    ]
    assert list(words) == expected


def test_the_sets_the_rules_read() -> None:
    assert pronouns("subject") == ("I", "we", "you", "he", "she", "it", "they")
    assert pronouns("object") == ("me", "us", "you", "him", "her", "it", "them")
    assert pronouns("subject", person="third") == ("he", "she", "it", "they")
    assert pronouns("subject", person="third", personal=True) == ("he", "she", "they")
    assert pronouns("subject", person="third", number="singular", personal=True) == ("he", "she")
    assert pronouns("subject", person="first third", personal=True) == (
        "I",
        "we",
        "he",
        "she",
        "they",
    )


def _forms(word: str) -> st.SearchStrategy[str]:
    """`word` in any case form, each letter either way."""
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda upper: "".join(
            c.upper() if u else c.lower() for c, u in zip(word, upper, strict=True)
        )
    )


@given(
    st.sampled_from(pronouns("subject") + pronouns("object")).flatmap(
        lambda word: st.tuples(st.just(word), _forms(word))
    ),
    st.sampled_from(["as written", "capitalised", "either"]),
)
def test_an_alternation_reads_its_words_in_their_case(
    pair: tuple[str, str], letters: Letters
) -> None:
    word, written = pair
    capital = word[0].upper() + word[1:]
    allowed = {"as written": {word}, "capitalised": {capital}, "either": {word, capital}}[letters]
    piece = alternation(pronouns("subject") + pronouns("object"), letters)
    assert (re.fullmatch(piece, written) is not None) == (written in allowed)


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Next week: I sail from Tarrow to Leith on the new ferry.", False),
        ("Next week: they're back at the Tarrow food fair.", False),
        ("Next week: full report of the Tarrow council's budget meeting.", True),
    ],
)
def test_a_promo_with_a_subject_is_the_storys(line: str, promo: bool) -> None:
    assert is_next_issue_promo(line) is promo


def test_a_bare_past_after_a_singular_subject() -> None:
    assert _unmarked_past(["she", "cut", "in"], 1)
    assert not _unmarked_past(["we", "cut", "in"], 1)
