"""A town the noun index knows, after a preposition of place and before a temporal expression
(`missed_places.lone_places` with the text's times; stop 51, helper `missing`): invented
sentences."""

from __future__ import annotations

import doctest
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.missed_places
from timeline.actors import find_actors, load_model
from timeline.actors.missed_places import lone_places
from timeline.temporal import tag

#: Names the test treats as known nouns, as the model's noun index holds many towns.
NOUNS = frozenset({"tarvik", "ostrevo", "politics", "meeting", "european", "danish"})


def _times(text: str) -> list[tuple[int, int]]:
    return [(timex.start, timex.end) for timex in tag(text, date(2024, 5, 3))]


def _places(text: str) -> list[str]:
    return [span.text for span in lone_places(text, [], NOUNS, _times(text))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The board will meet in Tarvik next June.", "Tarvik"),
        ("The union met officials in Tarvik on Tuesday.", "Tarvik"),
        ("The firm, founded in Ostrevo in 1887, runs six ships.", "Ostrevo"),
        ("Rain fell at Ostrevo last week.", "Ostrevo"),
    ],
)
def test_a_known_name_before_a_time_is_a_place(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The board will meet in Tarvik to agree the plan.",  # no time after it: the noun index
        "She took a degree in Politics at the college.",
        "Sporting will play in European competition in September.",  # a nationality
        "Crews worked in Danish waters on Monday.",
    ],
)
def test_a_known_name_with_no_time_after_it_or_a_nationality_is_no_place(text: str) -> None:
    assert _places(text) == []


def test_without_times_the_noun_index_still_keeps_the_name_out() -> None:
    assert lone_places("They met in Tarvik on Tuesday.", [], NOUNS) == []


def test_a_span_over_the_name_leaves_it_to_the_span() -> None:
    from timeline.actors.spans import RawSpan

    text = "They met in Tarvik on Tuesday."
    raw = [RawSpan(11, 17, "Tarvik", "GPE")]
    assert lone_places(text, raw, NOUNS, _times(text)) == []


@given(st.text(alphabet="aT in ontuesdayk.,", max_size=60))
def test_never_raises_and_finds_only_capitalised_words(text: str) -> None:
    for span in lone_places(text, [], NOUNS, _times(text)):
        assert span.text[:1].isupper() and text[span.start : span.end] == span.text


def test_through_the_real_model_a_town_before_a_date_is_found() -> None:
    text = "He won his first cap for Scotland against Wales in Cardiff last October."
    mentions = find_actors([text], nlp=load_model(), times=[_times(text)])[0]
    assert ("Cardiff", "location") in {(m.name, m.type) for m in mentions}


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.missed_places).failed == 0
