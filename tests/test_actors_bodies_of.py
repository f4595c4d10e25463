"""A public body named with the place or the field it is "of", which the model cut at its "of",
is one actor again (`timeline.actors.bodies_of`, stop 36); invented sentences, the rule alone
and through the real model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.bodies_of import bodies_of_places
from timeline.actors.spans import RawSpan


def _span(text: str, name: str, label: str) -> RawSpan:
    start = text.index(name)
    return RawSpan(start, start + len(name), name, label)


def test_a_body_cut_at_its_of_is_one_name() -> None:
    text = "It filed a notice with the Commodity Exchange of Vellmark on Tuesday."
    raw = [_span(text, "Commodity Exchange", "ORG"), _span(text, "Vellmark", "GPE")]
    assert [(r.text, r.label) for r in bodies_of_places(text, raw)] == [
        ("Commodity Exchange of Vellmark", "ORG")
    ]


def test_a_body_of_a_field_written_between_two_prepositions_is_one_name() -> None:
    text = "They will wait for the Regional Conference on the Law of the Lakes in May."
    raw = [_span(text, "Regional Conference", "ORG"), _span(text, "Lakes", "LOC")]
    assert [r.text for r in bodies_of_places(text, raw)] == [
        "Regional Conference on the Law of the Lakes"
    ]


def test_a_company_and_its_seat_stay_apart() -> None:
    """No "the": a company's name, and the town it is of (`split_names.seats_apart`)."""
    text = "The probe was built by Astrelle Industries of Toulouse at a cost of 9 million."
    raw = [_span(text, "Astrelle Industries", "ORG"), _span(text, "Toulouse", "GPE")]
    assert len(bodies_of_places(text, raw)) == 2


def test_a_body_the_text_names_without_its_place_stays_apart() -> None:
    text = "The Central Bank of Vellmark cut rates. The Central Bank said inflation had eased."
    raw = [
        _span(text, "Central Bank", "ORG"),
        _span(text, "Vellmark", "GPE"),
        RawSpan(44, 56, "Central Bank", "ORG"),
    ]
    assert [r.text for r in bodies_of_places(text, raw)][:2] == ["Central Bank", "Vellmark"]


def test_a_person_after_of_is_never_taken_in() -> None:
    text = "the Grain Board of Ana Lutz fame"
    raw = [_span(text, "Grain Board", "ORG"), _span(text, "Ana Lutz", "PERSON")]
    assert len(bodies_of_places(text, raw)) == 2


@given(st.sampled_from(["Port Authority", "Stock Exchange", "Reserve Bank", "Supreme Court"]))
def test_any_body_and_its_place_are_one_name_and_keep_their_offsets(body: str) -> None:
    text = f"Shares were listed on the {body} of Orrin Bay last week."
    raw = [_span(text, body, "ORG"), _span(text, "Orrin Bay", "GPE")]
    (joined,) = bodies_of_places(text, raw)
    assert text[joined.start : joined.end] == joined.text == f"{body} of Orrin Bay"


def test_the_row_names_the_whole_body() -> None:
    """End to end: the body is one actor, its place no actor of its own."""
    text = (
        "Tarvik Lines Ltd said on Monday that its net profit fell 12 percent, in a statement "
        "to the Grain Exchange of Port Tarvik."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Grain Exchange of Port Tarvik" in names, names
    assert "Grain Exchange" not in names and "Port Tarvik" not in names, names
