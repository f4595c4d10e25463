"""A headline's capitalised words the model took for an organisation: no name, and no long
form of the story's short names (stop 41)."""

from __future__ import annotations

from timeline.actors import find_actors
from timeline.actors.headline_phrases import without_headline_phrases
from timeline.actors.spans import RawSpan


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_a_headlines_verb_phrase_is_no_organisation() -> None:
    text = (
        "Carrow Bazaar Clears Debt on New Parish Hall\n\n"
        "The bazaar in aid of the new parish hall at Carrow closed on Tuesday night "
        "with the debt cleared."
    )
    names = _names(text)
    assert not any("Clears" in name for name in names)
    assert "Carrow" in names


def test_a_capitals_headline_is_no_antecedent_of_the_storys_noun() -> None:
    text = (
        "MERLO TO SEND SHIPPING CLERK HOME FOR TRIAL\n\n"
        "The clerk, Anton Beyer, was arrested in Merlo on Friday."
    )
    assert not any("CLERK" in name for name in _names(text))


def test_a_headlines_organisation_the_story_names_again_stays() -> None:
    text = "Vale Grain Board Raises Fees\n\nThe Vale Grain Board said fees would rise."
    raw = [RawSpan(0, 16, "Vale Grain Board", "ORG"), RawSpan(34, 50, "Vale Grain Board", "ORG")]
    assert without_headline_phrases(text, raw, lambda start: start < 28) == raw


def test_a_headlines_organisation_of_words_the_story_never_lowers_stays() -> None:
    text = "Kestrel Harbour Authority Fees Rise\n\nFees rose at the port on Monday."
    raw = [RawSpan(0, 25, "Kestrel Harbour Authority", "ORG")]
    assert without_headline_phrases(text, raw, lambda start: start < 36) == raw


def test_a_name_in_the_story_is_never_dropped() -> None:
    text = "Talks Resume\n\nThe Harbour Pilots Guild of Tarn met. The pilots said so."
    raw = [RawSpan(18, 45, "Harbour Pilots Guild of Tarn", "ORG")]
    assert without_headline_phrases(text, raw, lambda start: start < 13) == raw
