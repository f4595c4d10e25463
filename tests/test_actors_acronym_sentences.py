"""A name written before its acronym in brackets, read back no further than the sentence's
full stop (`timeline/actors/acronyms._name_before`, stop 53): invented obituary and campus
news sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.acronyms import defined_acronyms
from timeline.actors.ner import find_actors


def test_the_name_does_not_take_the_sentence_before() -> None:
    text = (
        "A mass will be said at the Church of La Loma. "
        "The Tarsk Harbour Pilots Association (APPT) said it would honour him."
    )
    names = [text[start:end] for start, end, _ in defined_acronyms(text)]
    assert names == ["Tarsk Harbour Pilots Association"]
    found = {m.name for m in find_actors([text])[0]}
    assert not any(". The" in name for name in found)
    assert "Tarsk Harbour Pilots Association" in found


def test_initials_and_abbreviations_stay_inside_the_name() -> None:
    text = "The U.S. Office of Grain Inspection (BGI) said so."
    assert [text[s:e] for s, e, _ in defined_acronyms(text)] == ["U.S. Office of Grain Inspection"]
    text = "He joined the Mt. Orrin Tea Growers Association (KTGA) in 1990."
    assert [text[s:e] for s, e, _ in defined_acronyms(text)] == [
        "Mt. Orrin Tea Growers Association"
    ]


@given(st.sampled_from(["October.", "Friday.", "Loma.", "again!", "there?"]))
def test_no_defined_name_holds_a_full_stop_after_a_lower_case_word(ending: str) -> None:
    text = f"They met in {ending} The Orrin Valley Growers Union (SOVU) objected."
    for start, end, _ in defined_acronyms(text):
        assert ending not in text[start:end]
