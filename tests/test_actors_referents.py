"""What a document tells of its persons for "he" and "she" (`timeline.actors.referents`)."""

from __future__ import annotations

from timeline.actors import ActorMention
from timeline.actors.referents import (
    main_person,
    mention_gender,
    person_genders,
    placed_persons,
)


def _person(text: str, surface: str, name: str | None = None, at: int = 0) -> ActorMention:
    start = text.index(surface, at)
    return ActorMention(start, start + len(surface), surface, name or surface, "person")


def test_an_honorific_a_noun_before_or_a_noun_in_apposition_gives_the_sex() -> None:
    text = "Ms. Ida Roe thanked her nephew Carl Moe. Lena Holt, the actress, was there."
    assert mention_gender(text, _person(text, "Ida Roe")) == "female"
    assert mention_gender(text, _person(text, "Carl Moe")) == "male"
    assert mention_gender(text, _person(text, "Lena Holt")) == "female"


def test_a_verb_a_possessive_or_a_full_stop_before_the_name_says_nothing() -> None:
    text = "Fans will miss Ian Dunn. He thanked his son. Tom Hill, his wife's lawyer, spoke."
    assert mention_gender(text, _person(text, "Ian Dunn")) is None  # "miss" in lower case
    assert mention_gender(text, _person(text, "Tom Hill")) is None


def test_the_sex_of_one_mention_holds_for_every_mention_of_the_person() -> None:
    text = "Mrs Ida Roe spoke. Later Roe left. Carl Roe, her husband, stayed."
    mentions = (
        _person(text, "Ida Roe"),
        _person(text, "Roe", "Ida Roe", at=20),
        _person(text, "Carl Roe"),
    )
    assert person_genders(text, mentions) == {"Ida Roe": "female", "Carl Roe": "male"}


def test_words_that_disagree_give_no_sex() -> None:
    text = "Mr Sam Lee arrived. Sam Lee, the actress, left."
    mentions = (_person(text, "Sam Lee"), _person(text, "Sam Lee", at=20))
    assert person_genders(text, mentions) == {}


def test_the_main_person_opens_the_story_and_is_named_most() -> None:
    text = "Ida Roe died. Roe sang. Carl Moe played. Roe recorded. Moe left."
    ida = [_person(text, "Ida Roe"), *(_person(text, "Roe", "Ida Roe", at=n) for n in (14, 40))]
    carl = [_person(text, "Carl Moe"), _person(text, "Moe", "Carl Moe", at=55)]
    mentions = tuple(sorted([*ida, *carl], key=lambda m: m.start))
    assert main_person(mentions) == "Ida Roe"
    # a story that opens with another person, or names two as often, has no main person
    assert main_person((carl[0], *ida, carl[1])) is None
    assert main_person((*ida, *carl, carl[0])) is None
    assert main_person(tuple(ida[:2])) is None  # named twice: too few for a profile


def test_a_possessive_noun_in_apposition_before_a_name_gives_its_sex() -> None:
    text = "His wife, the cellist Ada Brunn, died in 2010. Their son, Leo Brunn, lives in Graz."
    ada = ActorMention(22, 31, "Ada Brunn", "Ada Brunn", "person")
    leo = ActorMention(58, 67, "Leo Brunn", "Leo Brunn", "person")
    assert text[ada.start : ada.end] == "Ada Brunn" and text[leo.start : leo.end] == "Leo Brunn"
    assert mention_gender(text, ada) == "female"
    assert mention_gender(text, leo) == "male"


def test_a_person_written_only_where_a_place_stands_is_a_place() -> None:
    text = (
        "Ana Roe left Asni in 1990. She taught near Asni and Imlil, in a school south of "
        "Tafza. A man from Tin Mal said Ana Roe met Imlil in May."
    )
    mentions = (
        _person(text, "Ana Roe"),
        _person(text, "Asni"),
        _person(text, "Asni", at=30),
        _person(text, "Imlil"),
        _person(text, "Tafza"),
        _person(text, "Tin Mal"),
        _person(text, "Ana Roe", at=80),
        _person(text, "Imlil", at=90),
    )
    # "Asni" once after a verb, "Imlil" once after "met": either may be a person
    assert placed_persons(text, mentions) == {"Tafza", "Tin Mal"}
    joined = "Ana Roe taught in Asni and Imlil."
    found = (_person(joined, "Ana Roe"), _person(joined, "Asni"), _person(joined, "Imlil"))
    assert placed_persons(joined, found) == {"Asni", "Imlil"}


def test_a_name_joined_by_and_to_a_placed_name_is_placed_not_one_after_other_words() -> None:
    # the coordination is the whole gap between the two names: an "and" after other words
    # joins nothing ("from Asni near the river and Imlil": Imlil is not placed by it)
    for text, placed in [
        ("She came from Asni and Imlil.", {"Asni", "Imlil"}),
        ("She came from Asni near the river and Imlil.", {"Asni"}),
    ]:
        found = (_person(text, "Asni"), _person(text, "Imlil"))
        assert placed_persons(text, found) == frozenset(placed), text
