"""Names of another language joined by lower-case particles that the model reads as nothing or
in part (`timeline.actors.particle_runs`): invented sentences in several outlets' shapes and
languages, the rule alone and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.particle_runs import particle_runs, with_particle_runs
from timeline.actors.spans import RawSpan

#: A few English words, as the lemma index holds them, for the rule alone.
WORDS = frozenset(
    {"open", "terminal", "exhibition", "president", "festival", "portage", "prairie", "visit"}
    | {"headliner", "walk", "stage", "council", "tour", "hall", "minister", "grand", "house"}
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a regional paper's notice, Spanish, after "the" and "at"
        ("A craft fair opens at the Casa de la Juventud on Friday.", "Casa de la Juventud"),
        # a trade weekly's operator, Portuguese, between commas, an English first word
        (
            "The berth will close, its operator, Terminal Fluvial do Norte, said on Monday.",
            "Terminal Fluvial do Norte",
        ),
        # a wire's venue, French, before a month
        ("The talks began in the Palais des Congrès last March.", "Palais des Congrès"),
        # a bulletin's quarter, Portuguese, after "of"
        ("Residents of Morro do Cantagalo marched on Tuesday.", "Morro do Cantagalo"),
        # an Italian theatre, two particles
        ("The Teatro della Fortuna reopens this month.", "Teatro della Fortuna"),
        # a Dutch foundation opening a sentence
        ("Stichting van Houten said it would appeal.", "Stichting van Houten"),
        # a Spanish group, several words before its particle
        ("She spoke for the Grupo Ecológico del Bajío, a small club.", "Grupo Ecológico del Bajío"),
        # a weekday ending the capitalised run is no part of the name
        ("The Sala de Armas Monday hosted the final.", "Sala de Armas"),
    ],
)
def test_a_run_joined_by_particles_is_one_name(text: str, name: str) -> None:
    assert [text[start:end] for start, end in particle_runs(text, [], WORDS)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "President de Gaulle visited the town.",  # a title, then no name before the particle
        "The council met in Portage la Prairie.",  # every word English
        'She sang "Noches de Verano" on the radio.',  # a quoted title of a work
        "Casa de la Juventud Opens Doors\nThe hall opened.",  # a headline's line
        "The grand de luxe hall opened.",  # no capitalised words around the particle
        "Headliners de Noche walked off stage.",  # past the sentence's English opener, no name
    ],
)
def test_no_run(text: str) -> None:
    assert particle_runs(text, [], WORDS) == []


def test_a_run_under_an_event_or_a_works_label_is_left() -> None:
    text = "He won the Prix de Lausanne in May."
    assert particle_runs(text, [(11, 27, "EVENT")], WORDS) == []
    assert particle_runs(text, [(11, 27, "ORG")], WORDS) == [(11, 27)]


def test_spans_inside_a_run_are_taken_in_and_a_span_across_its_edge_is_left() -> None:
    text = "Fans of Los Vientos del Norte waited."
    inside = [RawSpan(24, 29, "Norte", "GPE")]
    assert [(r.text, r.label) for r in with_particle_runs(text, inside, [], WORDS)] == [
        ("Los Vientos del Norte", "GPE")
    ]
    across = [RawSpan(0, 19, "Fans of Los Vientos", "ORG")]
    assert with_particle_runs(text, across, [], WORDS) == across


def test_a_run_found_whole_is_kept_as_found() -> None:
    text = "The Banco do Sertão lent more."
    found = [RawSpan(4, 19, "Banco do Sertão", "ORG")]
    assert with_particle_runs(text, found, [], WORDS) == found


def test_the_label_is_a_place_after_a_place_preposition() -> None:
    text = "A fair opens at the Casa de la Juventud and by Grupo del Bajío."
    labels = [(r.text, r.label) for r in with_particle_runs(text, [], [], WORDS)]
    assert labels == [("Casa de la Juventud", "FAC"), ("Grupo del Bajío", "ORG")]


@given(st.text(alphabet='Ca de la Juventud Pal des., \n"', max_size=80))
def test_never_raises(text: str) -> None:
    for start, end in particle_runs(text, [], WORDS):
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A craft fair opens at the Casa de la Juventud next Thursday.", "Casa de la Juventud"),
        ("The talks began in the Palais des Congrès last September.", "Palais des Congrès"),
        (
            "Its operator, Terminal Fluvial do Norte, said on Thursday that the berth would close.",
            "Terminal Fluvial do Norte",
        ),
    ],
)
def test_through_the_model(text: str, name: str) -> None:
    assert name in {m.name for m in find_actors([text])[0]}


def test_through_the_model_a_title_stays_out() -> None:
    names = {m.name for m in find_actors(["President de Gaulle visited Bonn on Monday."])[0]}
    assert not any(name.startswith("President") for name in names)
