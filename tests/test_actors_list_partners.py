"""A person named in a pair with a person the model found (`timeline/actors/list_partners.py`):
invented sentences of a court report, a business column and an obituary, by the rule alone."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.list_partners
from timeline.actors.list_partners import pair_partners
from timeline.actors.spans import RawSpan


def _span(text: str, name: str, label: str = "PERSON") -> RawSpan:
    start = text.index(name)
    return RawSpan(start, start + len(name), name, label)


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.list_partners).failed == 0


def test_the_other_person_of_a_pair_is_a_person_on_either_side() -> None:
    court = "Two clerks, Lyuben Ilk and Vera Marn (name as heard), were sentenced."
    assert [r.text for r in pair_partners(court, [_span(court, "Lyuben Ilk")])] == [
        "Lyuben Ilk",
        "Vera Marn",
    ]
    column = "Sofie Brouwer-Tak and Anders Ek founded the practice in 2004."
    assert [r.text for r in pair_partners(column, [_span(column, "Anders Ek")])] == [
        "Sofie Brouwer-Tak",
        "Anders Ek",
    ]


def test_no_partner_that_is_a_body_a_place_a_date_a_firm_or_a_longer_name() -> None:
    for text, found in (
        ("Talks between Ana Ruiz and Tarsk Port Authority failed.", "Ana Ruiz"),
        ("Ana Ruiz and Kelso Harbour met.", "Ana Ruiz"),
        ("Ana Ruiz and Lee Smith & Co agreed.", "Ana Ruiz"),
        ("Ana Ruiz and Tom Lee Hart Vane said so.", "Ana Ruiz"),
        ("Ana Ruiz and Chief Inspector Tom Lee came.", "Ana Ruiz"),
        ("Ana Ruiz and New Zealand won.", "Ana Ruiz"),
        ("It runs between Ana Ruiz and Sunday March.", "Ana Ruiz"),
        ("Ana Ruiz and the Kelso Band played.", "Ana Ruiz"),
        ("Brian and Terence Hart came.", "Terence Hart"),
    ):
        raw = [_span(text, found)]
        assert pair_partners(text, raw) == raw, text


def test_a_body_the_model_found_gets_no_partner() -> None:
    text = "Vela Shipping and Anders Ek agreed."
    raw = [_span(text, "Vela Shipping", "ORG")]
    assert pair_partners(text, raw) == raw


@given(st.text(max_size=80))
def test_never_raises_and_keeps_offsets(tail: str) -> None:
    text = f"Ana Ruiz and {tail}"
    for span in pair_partners(text, [RawSpan(0, 8, "Ana Ruiz", "PERSON")]):
        assert text[span.start : span.end] == span.text
