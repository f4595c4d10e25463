"""A ship is "she": names written after a vessel's noun or a ship's prefix
(`timeline.actors.vessels`), and "She" opening a sentence after one
(`timeline.events.anaphora.resolve_anaphora`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.vessels import names_a_vessel, vessel_names, vessel_nouns, vessel_types
from timeline.events.anaphora import resolve_anaphora
from timeline.sentences import split_sentences

from .mentions import placer


def test_a_name_after_a_vessels_noun_or_a_ships_prefix_is_a_vessel() -> None:
    text = (
        "The Danish tanker Kalmar Rose put into Tarsk on Monday with a damaged rudder. "
        "MV Orla Bay towed her in. Captain Ebbe Lund said the crew were safe."
    )
    at = placer(text)
    found = (
        at("Kalmar Rose", "organisation"),
        at("Tarsk", "location"),
        at("Orla Bay", "location"),
        at("Ebbe Lund", "person"),
    )
    assert vessel_names(text, found) == frozenset({"Kalmar Rose", "Orla Bay"})
    assert vessel_types(text, found) == {"Kalmar Rose": "organisation", "Orla Bay": "location"}


def test_a_name_after_other_nouns_or_a_prefix_inside_a_word_is_none() -> None:
    text = "The shipping agent Lena Voss met SMS Holdings and the airline Skyvale."
    at = placer(text)
    for surface, kind in (("Lena Voss", "person"), ("Holdings", "organisation")):
        assert not names_a_vessel(text, at(surface, kind)), surface
    assert not names_a_vessel(text, at("Skyvale", "organisation"))


@given(st.sampled_from(vessel_nouns()), st.sampled_from(["the", "a", "The Norwegian"]))
def test_every_vessels_noun_names_the_vessel_after_it(noun: str, article: str) -> None:
    text = f"{article} {noun} Marta Kell sailed."
    start = text.index("Marta")
    kell = ActorMention(start, start + 10, "Marta Kell", "Marta Kell", "person")
    assert names_a_vessel(text, kell)


def _she(text: str, found: list[ActorMention]) -> list[str]:
    sentences = split_sentences(text)
    last = text[sentences[-1].start : sentences[-1].end]
    kinds = vessel_types(text, tuple(found))
    names, _ = resolve_anaphora(last, [], [], sentences[:-1], found, genders={}, vessels=kinds)
    return names


def test_she_opening_a_sentence_after_a_vessel_is_the_vessel() -> None:
    text = (
        "The coastal steamer Tarwin ran aground off Kelso. "
        "Her master, Captain Ivo Brandt, said the ship was sound. "
        "The Tarwin was built at Leith in 1921. She came to Kelso in 1925."
    )
    at = placer(text)
    found = [
        at("Tarwin", "organisation"),
        at("Kelso", "location"),
        at("Ivo Brandt", "person"),
        at("Tarwin", "organisation", 1),
        at("Leith", "location"),
    ]
    assert _she(text, found) == ["Tarwin"]


def test_she_before_a_verb_of_saying_or_inside_a_sentence_is_no_vessel() -> None:
    text = "Ana Roe joined in May. The tanker Vela left Tarsk. She said the voyage was calm."
    at = placer(text)
    found = [at("Ana Roe", "person"), at("Vela", "organisation"), at("Tarsk", "location")]
    assert _she(text, found) == ["Ana Roe"]
    text = "The tanker Vela left Tarsk. The pilot said she was late."
    at = placer(text)
    assert _she(text, [at("Vela", "organisation"), at("Tarsk", "location")]) == []


def test_a_person_named_before_is_still_she() -> None:
    text = "The tanker Vela left Tarsk. Dr Ana Roe met its crew. She said they were well."
    at = placer(text)
    found = [at("Vela", "organisation"), at("Tarsk", "location"), at("Ana Roe", "person")]
    assert _she(text, found) == ["Ana Roe"]
