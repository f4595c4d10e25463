"""Places that only say where a person lives (`timeline.actors.homes`, stop 31)."""

from __future__ import annotations

from timeline.actors.homes import without_homes

from .mentions import placer


def test_a_persons_home_after_age_or_trade_is_no_actor() -> None:
    for between in (", 47, of ", ", farmer, of ", ", a retired teacher, of ", ", of "):
        text = f"Judge Ola Brandt fined Mr. Per Lindqvist{between}Tarnby, on Monday."
        at = placer(text)
        mentions = [
            at("Ola Brandt", "person"),
            at("Per Lindqvist", "person"),
            at("Tarnby", "location"),
        ]
        assert [m.text for m in without_homes(text, mentions)] == ["Ola Brandt", "Per Lindqvist"]


def test_a_home_right_after_the_name_and_of_is_no_actor() -> None:
    """Stop 32: "Mr. Per Lindqvist of Tarnby, said" (no comma before "of"), a place or a word
    the model took for a person, closed by a comma or "and"; an employer the model took for an
    organisation stays ("Dr Ola Brandt of KIPS", "Per Lindqvist of Team Tarnby")."""
    for text, home, kind in [
        ("Its chairman, Mr. Per Lindqvist of Tarnby, said prices would rise.", "Tarnby", "person"),
        ("He leaves a son, Dr. Per Lindqvist of Tarnby and a daughter.", "Tarnby", "location"),
    ]:
        at = placer(text)
        mentions = [at("Per Lindqvist", "person"), at(home, kind)]
        assert [m.text for m in without_homes(text, mentions)] == ["Per Lindqvist"], text
    for text, employer in [
        ("Dr Per Lindqvist of KIPS, the institute, said so.", "KIPS"),
        ("Per Lindqvist of Team Tarnby won the stage.", "Team Tarnby"),
    ]:
        at = placer(text)
        mentions = [at("Per Lindqvist", "person"), at(employer, "organisation")]
        assert len(without_homes(text, mentions)) == 2, text
    # a place the sentence goes on from is no home: "of Tarnby in May" is left
    text = "Mr. Per Lindqvist of Tarnby in May won."
    at = placer(text)
    mentions = [at("Per Lindqvist", "person"), at("Tarnby", "location")]
    assert len(without_homes(text, mentions)) == 2


def test_the_larger_place_after_a_home_goes_too_found_or_not() -> None:
    text = "Kim Vasse, 52, of Orlby, West Tarn, pleaded guilty in Kelso."
    at = placer(text)
    person, town, county = (
        at("Kim Vasse", "person"),
        at("Orlby", "location"),
        at("West Tarn", "location"),
    )
    kelso = at("Kelso", "location")
    assert without_homes(text, [person, town, county, kelso]) == [person, kelso]
    assert without_homes(text, [person, county, kelso]) == [person, kelso]


def test_a_companys_seat_and_an_employer_stay() -> None:
    text = (
        "Orlby Chemicals Ltd, of Kelso, was fined. Dr Ana Roe of Kelso University said so. "
        "Tom Ince, of the Tarn Ramblers' Club, spoke."
    )
    at = placer(text)
    mentions = [
        at("Orlby Chemicals Ltd", "organisation"),
        at("Kelso", "location"),
        at("Ana Roe", "person"),
        at("Kelso University", "organisation"),
        at("Tom Ince", "person"),
        at("Tarn Ramblers' Club", "organisation"),
    ]
    assert without_homes(text, mentions) == mentions
