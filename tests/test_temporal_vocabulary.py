"""The temporal vocabulary (timeline/temporal/vocabulary.py): one typed home, validated, and the
patterns, prefilters and handlers built from it."""

from __future__ import annotations

import re

import pytest

from timeline.temporal.normalise import _HANDLERS
from timeline.temporal.patterns import WEEKDAY_RELATIONS
from timeline.temporal.rules import COMPILED_RULES, RULE_PREFILTERS, RULES
from timeline.temporal.vocabulary import (
    RELATION_PLACES,
    VOCABULARY,
    Relation,
    load_vocabulary,
)


def test_the_vocabulary_is_loaded_once_and_frozen() -> None:
    assert load_vocabulary() == VOCABULARY
    with pytest.raises(TypeError):
        VOCABULARY.months["smarch"] = 13  # type: ignore[index]


def test_a_bad_relation_entry_is_refused() -> None:
    with pytest.raises(ValueError, match="shift"):
        Relation(2, "reference", frozenset({"unit"}))
    with pytest.raises(ValueError, match="counts_from"):
        Relation(1, "nowhere", frozenset({"unit"}))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="place"):
        Relation(1, "reference", frozenset({"elsewhere"}))
    with pytest.raises(ValueError, match="elsewhere"):
        VOCABULARY.relation_words("elsewhere")


@pytest.mark.parametrize("place", ["unit", "month"])
def test_every_relation_word_passes_the_prefilter_of_its_rule(place: str) -> None:
    """The prefilters are derived from the relation table: none can lack a word its pattern
    takes (the bug of "the preceding month")."""
    rule = {"unit": "relunit", "month": "month_rel"}[place]
    for word in VOCABULARY.relation_words(place):
        assert RULE_PREFILTERS[rule].search(f"the {word} "), word


@pytest.mark.parametrize("place", sorted(RELATION_PLACES))
def test_every_place_has_relation_words(place: str) -> None:
    assert VOCABULARY.relation_words(place)


def test_relation_words_reach_the_weekday_pattern() -> None:
    for word in VOCABULARY.relation_words("weekday"):
        assert re.fullmatch(WEEKDAY_RELATIONS, word)
        assert COMPILED_RULES["weekday"].fullmatch(f"{word} Friday"), word


def test_every_rule_has_a_normaliser() -> None:
    assert set(_HANDLERS) == {rule.name for rule in RULES}
