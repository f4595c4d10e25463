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


def test_a_saints_possessive_before_a_bodys_words_is_one_name() -> None:
    # stop 34: the model cut these at the mark into the saint and the body's words
    text = "A meeting of the St. Aidan's Hall Committee will be held on Monday evening."
    assert _names(text) == {"St. Aidan's Hall Committee"}
    text = "Members of the St. Kieran's Parish Guild will collect at the doors on Sunday."
    assert _names(text) == {"St. Kieran's Parish Guild"}


def test_a_peoples_possessive_before_a_bodys_words_is_one_name() -> None:
    text = "The Women's Relief Service served hot meals to 200 people this afternoon."
    assert _names(text) == {"Women's Relief Service"}


def test_a_companys_or_a_countrys_possessive_stays_its_owner() -> None:
    text = "Tesco's Retail Group and Kenya's High Court"
    raw = [
        RawSpan(0, 5, "Tesco", "ORG"),
        RawSpan(8, 20, "Retail Group", "ORG"),
        RawSpan(25, 30, "Kenya", "GPE"),
        RawSpan(33, 43, "High Court", "ORG"),
    ]
    assert possessive_names(text, raw) == raw


@given(
    st.sampled_from(["St. Ossian", "Saint Ossian", "Women", "Seamen", "Children", "Dockers"]),
    st.sampled_from(["Parish Guild", "Relief Service", "Hall Committee", "Welfare Society"]),
)
def test_a_naming_owner_and_a_body_cut_apart_are_one_name(owner: str, body: str) -> None:
    mark = "'" if owner.endswith("ers") else "'s"
    text = f"The {owner}{mark} {body} met on Monday."
    start = text.index(body)
    raw = [RawSpan(4, 4 + len(owner), owner, "ORG"), RawSpan(start, start + len(body), body, "ORG")]
    assert [r.text for r in possessive_names(text, raw)] == [f"{owner}{mark} {body}"]


def test_a_body_going_on_after_its_head_is_not_taken() -> None:
    text = "the Women's Relief Service of Tarnvale met"
    raw = [RawSpan(4, 9, "Women", "ORG"), RawSpan(12, 26, "Relief Service", "ORG")]
    assert possessive_names(text, raw) == raw
