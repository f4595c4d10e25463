"""Persons written with a patronymic word (`timeline/actors/patronyms.py`): invented names,
through the real model where the pipeline must find them."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.patronyms
from timeline.actors.ner import find_actors
from timeline.actors.patronyms import with_patronymic_names
from timeline.actors.spans import RawSpan

_GIVEN = st.sampled_from(["Siti", "Nurul Huda", "Ahmad", "Mohd Faiz", "Daniel", "Khadija"])
_WORD = st.sampled_from(["bin", "binti", "bint", "ibn", "arap"])
_FAMILY = st.sampled_from(["Yusof", "Abdul Rahman", "Hashim", "Moi", "Salleh"])


@given(_GIVEN, _WORD, _FAMILY, st.sampled_from(["", "Yesterday ", "The board said "]))
def test_a_patronymic_name_is_one_person(
    given_name: str, word: str, family: str, before: str
) -> None:
    name = f"{given_name} {word} {family}"
    text = f"{before}{name} was named chief executive on Monday."
    last = family.rsplit(maxsplit=1)[-1]
    inner = text.index(last, text.index(name))
    raw = [RawSpan(inner, inner + len(last), last, "ORG")]
    assert [(r.text, r.label) for r in with_patronymic_names(text, raw)] == [(name, "PERSON")]


def test_a_span_reaching_outside_keeps_its_words() -> None:
    text = "Bank Siti binti Yusof Holdings said so."
    raw = [RawSpan(0, 34, "Bank Siti binti Yusof Holdings", "ORG")]
    assert with_patronymic_names(text, raw) == raw


def test_no_patronymic_word_no_change() -> None:
    text = "Vale do Norte said so."
    raw = [RawSpan(0, 13, "Vale do Norte", "ORG")]
    assert with_patronymic_names(text, raw) == raw


def test_the_pipeline_finds_a_name_the_model_missed() -> None:
    text = "Siti binti Yusof was named chief executive of Ashby Steel on Thursday."
    names = [m.name for m in find_actors([text])[0]]
    assert "Siti binti Yusof" in names


def test_examples_run() -> None:
    results = doctest.testmod(timeline.actors.patronyms)
    assert results.failed == 0 and results.attempted > 0
