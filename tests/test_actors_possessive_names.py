"""Names the model cut at the possessive inside them (`timeline/actors/possessive_names.py`):
invented sentences through the real model and the rule alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.possessive_names import possessive_names
from timeline.actors.spans import RawSpan


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_a_body_named_for_its_members_keeps_its_possessive_and_head() -> None:
    assert "Harrow Dockers' Guild" in _names("The Harrow Dockers' Guild said it would strike.")
    text = "Pits at Cwmlas shut in May, the Lasvale Miners' Lodge said."
    assert "Lasvale Miners' Lodge" in _names(text)


def test_a_house_named_for_its_patron_keeps_its_head() -> None:
    names = _names("The funeral will be at St. Ebba's Cathedral, Tarnmouth, on Friday.")
    assert "St. Ebba's Cathedral" in names


def test_a_country_before_a_body_stays_its_owner() -> None:
    text = "Norway's Ministry of Fisheries and Zambia's Police said"
    raw = [RawSpan(0, 6, "Norway", "GPE"), RawSpan(35, 41, "Zambia", "GPE")]
    assert possessive_names(text, raw) == raw


@given(st.sampled_from(["Guild", "Lodge", "Union", "Cathedral", "Church"]))
def test_a_head_alone_takes_the_owner_words_before_the_mark(head: str) -> None:
    text = f"The Corran Weavers' {head} met."
    start = text.index(head)
    found = possessive_names(text, [RawSpan(start, start + len(head), head, "PERSON")])
    assert [r.text for r in found] == [f"Corran Weavers' {head}"]
