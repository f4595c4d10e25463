"""A settlement's noun as a clause's subject ("The village, home to 4,000 people, had been cut
off") is the one place the sentence before names, else the place the story is set in
(`timeline.actors.settlements`, read by `described.described_anaphora`; stop 38, helper
`referents8`). Invented names and sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.described import described_anaphora
from timeline.actors.settlements import settlement_nouns, settlement_referent

from .mentions import placer


def _referents(text: str, mentions: list) -> dict[str, str]:
    return {m.text: m.name for m in described_anaphora(text, mentions)}


def test_the_village_is_the_one_place_the_sentence_before_names() -> None:
    text = (
        "On Monday a convoy of nine trucks reached Aït Imour. "
        "The village, home to about 4,000 people, had been cut off since a storm."
    )
    at = placer(text)
    assert _referents(text, [at("Aït Imour", "location")]) == {"The village": "Aït Imour"}


def test_the_port_is_the_place_the_story_is_set_in_when_two_are_near() -> None:
    """The sentence before names two places; the story is set in one of them."""
    text = (
        "Waiting times at Varnapur fell. Tarn Lines ran two ships between Colombo and "
        "Varnapur in October. The port handled 3.2 million containers in the year."
    )
    at = placer(text)
    mentions = [
        at("Varnapur", "location"),
        at("Tarn Lines", "organisation"),
        at("Colombo", "location"),
        at("Varnapur", "location", 1),
    ]
    assert _referents(text, mentions) == {"The port": "Varnapur"}


def test_two_places_before_and_no_main_place_give_no_referent() -> None:
    text = "The ferry ran between Orvik and Tarsby. The town will get a new quay."
    at = placer(text)
    mentions = [at("Orvik", "location"), at("Tarsby", "location")]
    assert _referents(text, mentions) == {}


def test_a_noun_of_an_area_or_a_government_is_no_settlement() -> None:
    """ "The region was last hit in 2011", "The state will keep 29 percent": the golds name no
    place there."""
    text = "An earthquake struck Kessel on Monday. The region was last hit in 2011."
    at = placer(text)
    assert _referents(text, [at("Kessel", "location")]) == {}
    assert settlement_referent("state", text, text.index("The region"), []) is None


def test_a_possessive_or_a_noun_described_by_the_settlement_is_no_subject() -> None:
    text = "Relief reached Aït Imour. The village school had been shut since Monday."
    at = placer(text)
    assert _referents(text, [at("Aït Imour", "location")]) == {}


@given(
    noun=st.sampled_from(sorted(settlement_nouns())),
    place=st.sampled_from(["Aït Imour", "Kessel", "Port Varna", "Ostby"]),
    verb=st.sampled_from(["had been cut off", ", home to 4,000 people, flooded", "will reopen"]),
)
def test_any_settlement_noun_takes_the_one_place_just_named(
    noun: str, place: str, verb: str
) -> None:
    separator = "" if verb.startswith(",") else " "
    text = f"The convoy reached {place} on Monday. The {noun}{separator}{verb} on Tuesday."
    at = placer(text)
    found = settlement_referent(noun, text, text.index(f"The {noun}"), [at(place, "location")])
    assert found is not None
    assert found.name == place
