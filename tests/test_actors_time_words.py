"""A word of time is no first word of a name (`timeline.actors.runs`, `timeline.actors.spans`),
with invented sentences and the real model."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actors
from timeline.actors.persons import full_names_in
from timeline.actors.spans import clean_span
from timeline.temporal import tag


@pytest.mark.parametrize("word", ["Yesterday", "Today", "Tonight", "Tomorrow"])
def test_a_company_run_after_a_word_of_time_is_the_company(word: str) -> None:
    text = f'Ivo Marsh, the union\'s agent, added: "{word} Harlow Mills signs the lease."'
    times = [(t.start, t.end) for t in tag(text, date(2024, 5, 7))]
    names = {m.name for m in find_actors([text], times=[times])[0]}
    assert "Harlow Mills" in names
    assert not any(name.startswith(word) for name in names)


def test_a_span_the_model_opens_with_a_word_of_time_is_cut() -> None:
    text = 'she said: "Today Kelvale is changing"'
    span = clean_span(text, text.index("Today"), text.index(" is"), "GPE")
    assert span is not None and span.text == "Kelvale"


def test_a_name_with_a_word_of_time_inside_keeps_it() -> None:
    text = "The Kelvale Today Trust said so."
    span = clean_span(text, 4, 23, "ORG")
    assert span is not None and span.text == "Kelvale Today Trust"


@pytest.mark.parametrize("word", ["Today", "Yesterday", "Tonight"])
def test_a_word_of_time_before_a_lone_surname_is_no_first_name(word: str) -> None:
    text = f'Ada Roe said: "{word} Kelvale opens the lock." Kelvale had waited. Ivo Kelvale spoke.'
    assert full_names_in(text, {"Kelvale"}, []) == ["Ivo Kelvale"]
