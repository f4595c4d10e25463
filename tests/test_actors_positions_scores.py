"""Sport's words around a name: a position in a contest opening a sentence before a name
("Referee Aiko Sato", "Opener Vani Morea") is the person's role, not a word of the name
(`roles.role_nouns`); the first number of a match's score after a name ("beat Tarn Valley
College 3-1") is no model number of it (`products.model_span`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.particles import titled_persons
from timeline.actors.products import model_span
from timeline.actors.roles import leading_title, role_nouns


def _actors(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.role) for m in find_actors([text])[0]]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Referee Aiko Sato stopped the bout in the sixth round on Friday.",
            "Aiko Sato",
            "Referee",
        ),
        ("Opener Tevita Lolo made 71 off 90 balls on Sunday.", "Tevita Lolo", "Opener"),
        ("The hosts lost. Winger Oskar Lind scored twice on Friday.", "Oskar Lind", "Winger"),
        ("Shooter Kira Olsen, 24, scored the winner on Saturday.", "Kira Olsen", "Shooter"),
        ("Skip Arni Thorsen, 58, won the title again on Sunday.", "Arni Thorsen", "Skip"),
        ("Centre Rhys Penhale added a try on 52 minutes.", "Rhys Penhale", "Centre"),
        ("Fly-half Tomás Iriarte kicked four penalties.", "Tomás Iriarte", "Fly-half"),
        ("Scrum-half Ollie Trewin was sin-binned.", "Ollie Trewin", "Scrum-half"),
        ("Winger Pablo Ruiz Ocampo scored twice on Saturday.", "Pablo Ruiz Ocampo", "Winger"),
    ],
)
def test_a_position_opening_a_sentence_is_the_role_of_the_name_after_it(
    text: str, name: str, role: str
) -> None:
    actors = _actors(text)
    assert name in [found for found, _ in actors]
    assert all(found_role in (None, role) for found, found_role in actors if found == name)
    assert not any(found.startswith(role) for found, _ in actors)


def test_a_position_inside_a_sentence_leaves_the_club_before_it() -> None:
    names = [name for name, _ in _actors("Port Kelso City winger Tom Aru has joined Vila Nova.")]
    assert "Port Kelso City" in names and "Tom Aru" in names


def test_a_body_after_a_position_word_stays_a_body() -> None:
    assert titled_persons("Striker Lake Stadium reopened.", []) == []
    assert leading_title("Opener Vani Morea Club") is None


@given(st.sampled_from(sorted(role_nouns())), st.sampled_from(["Aiko Sato", "Tevita Lolo"]))
def test_every_position_is_cut_from_a_three_word_span(role: str, name: str) -> None:
    assert leading_title(f"{role.capitalize()} {name}") == f"{role.capitalize()} "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Saturday the under-19 side beat Tarn Valley College 3-1.", "Tarn Valley College"),
        ("They won on Sunday, beating the rink of Mara Quist 8–6 in an extra end.", "Mara Quist"),
    ],
)
def test_the_first_number_of_a_score_is_no_model_number(text: str, name: str) -> None:
    names = [m.name for m in find_actors([text])[0]]
    assert name in names
    assert not any(found.startswith(f"{name} ") for found in names)


def test_a_number_after_a_name_before_a_score_dash_stays_out_of_it() -> None:
    text = "beat Kelso Rovers 3-1 and Kelso Rovers 3 won"
    assert model_span(text, 5, 17, "ORG") == (5, 17, "ORG")
    assert model_span(text, 26, 38, "ORG") == (26, 40, "PRODUCT")  # no score: a model number


@given(
    st.sampled_from(sorted(role_nouns())), st.sampled_from(["Pablo Ruiz Ocampo", "Ana Vela Soto"])
)
def test_every_position_is_cut_from_a_four_word_span(role: str, name: str) -> None:
    assert leading_title(f"{role.capitalize()} {name}") == f"{role.capitalize()} "
