"""A company's noun after a preposition is the thing a verb is done to or with, no actor,
unless a verb of its own follows it: "from the company next week" and "at the company
dormitory" name no actor, "Shares in the company fell" does
(`anaphor_context.after_a_preposition`; stop 38, helper `referents8`). Invented names and
sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.anaphor_context import after_a_preposition
from timeline.actors.organisation_anaphors import organisation_anaphora

from .mentions import placer

_LEAD = "Kirrin Orbital launched a satellite from Mahia on Monday. "


def _anaphors(text: str) -> dict[str, str]:
    at = placer(text)
    return {
        m.text: m.name for m in organisation_anaphora(text, [at("Kirrin Orbital", "organisation")])
    }


def test_a_time_after_the_noun_is_no_verb_of_it() -> None:
    text = _LEAD + "Students will take over the satellite from the company next week."
    assert _anaphors(text) == {}


def test_a_noun_the_anaphor_describes_is_no_verb_of_it() -> None:
    text = _LEAD + "The engineers are staying at the company hostel in Gisborne."
    assert _anaphors(text) == {}


def test_a_verb_after_the_noun_still_makes_it_act() -> None:
    text = _LEAD + "Shares in the company fell 4% on Tuesday."
    assert _anaphors(text) == {"the company": "Kirrin Orbital"}
    text = _LEAD + "Analysts cut their forecasts after the company withdrew its guidance."
    assert _anaphors(text) == {"the company": "Kirrin Orbital"}
    text = _LEAD + "The suit was settled in 2019, with the company paying $80,000."
    assert _anaphors(text) == {"the company": "Kirrin Orbital"}


@given(
    preposition=st.sampled_from(["from", "with", "at", "to", "for", "in"]),
    after=st.sampled_from(["next week", "dormitory", "hall", "last year", "this month"]),
)
def test_a_preposition_s_object_before_no_verb_is_no_actor(preposition: str, after: str) -> None:
    text = f"They met {preposition} the company {after}."
    start = text.index("the company")
    assert after_a_preposition(text, start, start + len("the company"))
