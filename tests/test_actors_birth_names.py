"""A birth name is the person born (`timeline.actors.birth_names`)."""

from __future__ import annotations

from timeline.actors import ActorMention, find_actors
from timeline.actors.birth_names import birth_names


def _person(text: str, surface: str, name: str | None = None) -> ActorMention:
    start = text.index(surface)
    return ActorMention(start, start + len(surface), surface, name or surface, "person")


def test_the_name_after_was_born_is_the_person_the_sentence_opens_with() -> None:
    text = "Mary Walsh, a singer, died on Sunday. Ms. Walsh was born Mary Ann Pruitt in 1940."
    mentions = find_actors([text])[0]
    persons = {m.text: m.name for m in mentions if m.type == "person"}
    assert persons["Mary Ann Pruitt"] == "Mary Walsh"


def test_nee_and_a_she_opening_the_sentence_take_the_main_person() -> None:
    text = "Ida Roe died. Roe sang. Roe wrote. She was born Ida Kell. Ida Roe (née Kell) ..."
    ida = [
        ActorMention(0, 7, "Ida Roe", "Ida Roe", "person"),
        ActorMention(14, 17, "Roe", "Ida Roe", "person"),
        ActorMention(24, 27, "Roe", "Ida Roe", "person"),
        _person(text, "Ida Kell"),
    ]
    assert [m.name for m in birth_names(text, ida)][-1] == "Ida Roe"


def test_born_in_a_place_or_someone_else_born_is_left_alone() -> None:
    text = "Tom Hill met Ann Lee, born in Leeds. Ann Lee was born on a farm."
    mentions = [_person(text, "Tom Hill"), _person(text, "Ann Lee")]
    assert birth_names(text, mentions) == mentions
    lone = "The baby was born Ann Lee."  # no person before it, no "She": nobody to rename to
    assert birth_names(lone, [_person(lone, "Ann Lee")])[0].name == "Ann Lee"
