""" "the judge", "the governor": a title standing for the person named with it before
(invented texts; `timeline.actors.title_anaphors`)."""

from __future__ import annotations

from dataclasses import replace

from timeline.actors import ActorMention, find_actors
from timeline.actors.title_anaphors import title_anaphora

from .mentions import placer


def _found(text: str, persons: dict[str, str | None]) -> list[tuple[str, str]]:
    at = placer(text)
    mentions: list[ActorMention] = sorted(
        (replace(at(name, "person"), role=role) for name, role in persons.items()),
        key=lambda m: m.start,
    )
    return [(m.text, m.name) for m in title_anaphora(text, mentions)]


def test_the_judge_is_the_justice_named_before() -> None:
    text = (
        "Justice Mirela Kost granted the injunction on Friday. Tomas Vell, for the council, "
        "had opposed it. The judge gave the council ten days to reopen the hall."
    )
    found = _found(text, {"Mirela Kost": "Justice", "Tomas Vell": None})
    assert found == [("The judge", "Mirela Kost")]


def test_the_governor_speaking_after_a_quotation_is_the_governor_named_before() -> None:
    text = (
        "Governor Ramon Itzel said the doses had arrived. "
        '"Our elders have waited long enough," the governor said on Monday.'
    )
    assert _found(text, {"Ramon Itzel": "Governor"}) == [("the governor", "Ramon Itzel")]


def test_a_title_with_its_own_place_a_name_after_it_or_two_holders_is_left() -> None:
    persons: dict[str, str | None] = {"Ramon Itzel": "Governor"}
    own_place = "Governor Ramon Itzel spoke. The governor of Tarvo province said no."
    assert _found(own_place, persons) == []
    named_after = "Governor Ramon Itzel spoke. The governor, Ana Bell, said no."
    assert _found(named_after, {**persons, "Ana Bell": None}) == []
    two = "Judge Ana Bell and Judge Tom Rees sat. The judge said no."
    assert _found(two, {"Ana Bell": "Judge", "Tom Rees": "Judge"}) == []
    before = "The judge said no. Judge Ana Bell sat on Monday."
    assert _found(before, {"Ana Bell": "Judge"}) == []


def test_a_title_after_a_preposition_is_a_place_or_an_object_not_the_actor() -> None:
    text = "Judge Ana Bell ruled on Monday. Lawyers waited outside the judge chambers."
    assert _found(text, {"Ana Bell": "Judge"}) == []


def test_the_judge_is_found_by_the_whole_actor_pipeline() -> None:
    text = (
        "Justice Hélène Marchetti granted the injunction on Friday in Oranvale. "
        '"Nothing shows the hall is unsafe," the judge wrote in her decision.'
    )
    mentions = find_actors([text])[0]
    named = {m.text: m.name for m in mentions}
    assert named.get("the judge") == "Hélène Marchetti"


def test_a_capitalised_title_is_the_one_holder_named_before() -> None:
    """Stop 35: "The Treasurer said" is the person named with the title, as "the treasurer"
    is; "The Treasurer of Tarsk" is a title of its own."""
    text = (
        "Treasurer Ana Roe handed down a budget on Tuesday. The Treasurer said wages would rise. "
        "The Treasurer of Tarsk, Tom Bell, disagreed."
    )
    found = _found(text, {"Ana Roe": "Treasurer", "Tom Bell": None})
    assert found == [("The Treasurer", "Ana Roe")]


def test_a_title_in_apposition_after_a_name_gives_its_holder() -> None:
    text = (
        "Mr. Karl Penrose, the Home Office minister, moved the bill on Monday. "
        "The Minister replied that it would not."
    )
    assert _found(text, {"Karl Penrose": None}) == [("The Minister", "Karl Penrose")]


def test_a_title_asked_of_in_a_question_does_not_act() -> None:
    text = (
        "Mr. Karl Penrose, the Home Office minister, moved the bill on Monday. "
        "Did the Minister, he wondered, propose to abolish the sea as well?"
    )
    assert _found(text, {"Karl Penrose": None}) == []


def test_a_title_in_apposition_before_a_name_gives_its_holder() -> None:
    """Stop 37: "The Minister of Works and Housing, Mr. Tomas Vell, will open ..." makes Tomas
    Vell "the Minister"; the name's comma closes the apposition."""
    text = (
        "The Minister of Works and Housing, Mr. Tomas Vell, will open the new market on "
        "Saturday. The Minister will also address a public meeting in the afternoon."
    )
    assert _found(text, {"Tomas Vell": "Mr."}) == [("The Minister", "Tomas Vell")]
    chaired = "The chairman of the Orlo Trust, Ana Roe, spoke. Later the chairman said no."
    assert _found(chaired, {"Ana Roe": None}) == [("the chairman", "Ana Roe")]


def test_a_title_before_a_name_no_comma_closes_or_a_title_of_its_own_gives_no_holder() -> None:
    wrote = (
        "In a letter to the Minister of Works, Tomas Vell wrote on Monday. The Minister said no."
    )
    assert _found(wrote, {"Tomas Vell": None}) == []
    own = (
        "With me is the Minister of State at the Ministry, Mr. Tomas Vell, who came on "
        "Monday. The Minister read the report in September."
    )
    assert _found(own, {"Tomas Vell": "Mr."}) == []


def test_the_minister_apposed_before_is_found_by_the_whole_actor_pipeline() -> None:
    text = (
        "The Minister of Local Government, Mr. Jonas Mbeki Tarvo, will open the new market "
        "in Kessel on Saturday. The Minister will also address a public meeting."
    )
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert named.get("The Minister") == "Jonas Mbeki Tarvo"


def test_a_capitalised_title_with_its_portfolio_after_a_name_gives_its_holder() -> None:
    """Stop 44: ", the Minister for Fisheries," and ", Bishop of Kessel." after a name, and
    "the Hon." between a title and its holder's name."""
    text = "Mr. Ivo Marsh, the Minister for Fisheries, spoke. The Minister said the quota holds."
    assert _found(text, {"Ivo Marsh": None}) == [("The Minister", "Ivo Marsh")]
    text = "The Mass was said by Mgr. Luc Varenne, Bishop of Kessel. The bishop blessed the bells."
    assert _found(text, {"Luc Varenne": None}) == [("The bishop", "Luc Varenne")]
    text = "Tom Bell, chairman of the Orlo Trust, spoke. The chairman replied that it would pay."
    assert _found(text, {"Tom Bell": None}) == [("The chairman", "Tom Bell")]
    text = "The Minister of Works, the Hon. Ana Roe, came. The Minister opened the road."
    assert _found(text, {"Ana Roe": None}) == [("The Minister", "Ana Roe")]


def test_a_relation_or_a_title_of_its_own_in_apposition_gives_no_holder() -> None:
    text = "Mrs. Ana Roe, wife of the Minister for Works, spoke. The Minister said no."
    assert _found(text, {"Ana Roe": None}) == []
    text = "Mr. Ivo Marsh, Minister of State for Works, spoke. The Minister said no."
    assert _found(text, {"Ivo Marsh": None}) == []
