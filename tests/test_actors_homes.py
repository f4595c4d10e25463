"""Places that only say where a person lives (`timeline.actors.homes`, stop 31)."""

from __future__ import annotations

from timeline.actors import find_actors
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


def test_a_companys_seat_after_of_without_a_comma_is_no_actor() -> None:
    """Stop 38: "Orlby Optics of Kelso was granted a patent": the seat says where the company
    is; a body's place after "the" or a public body's word, a country, and a seat set off by
    commas stay."""
    for text, firm in [
        ("Orlby Optics of Kelso was granted a patent on Tuesday.", "Orlby Optics"),
        ("The ferry was built by Tarn Yards of Kelso at a cost of 40 million euros.", "Tarn Yards"),
        ("Rival lines, among them Oster Linien of Kelso, have cut capacity.", "Oster Linien"),
    ]:
        at = placer(text)
        mentions = [at(firm, "organisation"), at("Kelso", "location")]
        assert [m.text for m in without_homes(text, mentions)] == [firm], text
    for text, body, place, kind in [
        ("It told the Tarn Board of Kelso on Monday.", "Tarn Board", "Kelso", "location"),
        ("Orlby Metro Council of Kelso said so.", "Orlby Metro Council", "Kelso", "location"),
        ("Orlby Optics of Canada was granted a patent.", "Orlby Optics", "Canada", "location"),
        ("Orlby Optics of Tarnland was granted a patent.", "Orlby Optics", "Tarnland", "country"),
        ("Orlby Optics, of Kelso, was fined.", "Orlby Optics", "Kelso", "location"),
    ]:
        at = placer(text)
        mentions = [at(body, "organisation"), at(place, kind)]
        assert without_homes(text, mentions) == mentions, text


def test_a_home_closed_by_the_persons_verb_is_no_actor() -> None:
    """Stop 38: "Judge Tom Reyes of Kelso named the champion", "Mrs. Ann Roe of Kelso was
    fined"; not a country (a minister's state), a club the model took for a person, nor a
    team after "of", nor a place the sentence goes on from."""
    for text, person in [
        ("Judge Tom Reyes of Kelso named the grand champion.", "Tom Reyes"),
        ("Mrs. Ann Roe of Kelso was fined $25 on Friday.", "Ann Roe"),
        ("Dr. Tom Reyes of Kelso will hold a clinic on Wednesday.", "Tom Reyes"),
        ("Orlby Cryotech of Kelso announced a new pump.", "Orlby Cryotech"),
    ]:
        at = placer(text)
        mentions = [at(person, "person"), at("Kelso", "location")]
        assert [m.text for m in without_homes(text, mentions)] == [person], text
    for text, person, place in [
        ("Foreign minister Ann Roe of Tarnland signed the accord.", "Ann Roe", "Tarnland"),
        ("Tarn Sporting Club of Kelso agreed terms on Monday.", "Tarn Sporting Club", "Kelso"),
        ("Tom Reyes of Team Kelso won the stage.", "Tom Reyes", "Team Kelso"),
        ("Tom Reyes of Kelso in May won the stage.", "Tom Reyes", "Kelso"),
    ]:
        at = placer(text)
        kind = "country" if place == "Tarnland" else "location"
        mentions = [at(person, "person"), at(place, kind)]
        assert without_homes(text, mentions) == mentions, text
    text = "Foreign minister Ann Roe of Bolivia signed the accord."
    at = placer(text)
    mentions = [at("Ann Roe", "person"), at("Bolivia", "location")]
    assert without_homes(text, mentions) == mentions


def test_through_the_model_a_companys_seat_goes() -> None:
    text = "Orlby Systems Ltd of Winnipeg was granted a patent on Tuesday for a pump."
    (found,) = find_actors([text])
    assert "Winnipeg" not in [m.name for m in found]
    assert any(m.name.startswith("Orlby Systems") for m in found)
