"""A price written with a currency's letters glued to it ("R7.39", "RM6.85", "£C412,000") is
no actor, whatever the model took it for (`timeline/actors/portfolios.py`, `coded_sum`):
invented sentences through the real model and the rule alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.portfolios import coded_sum


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_a_price_glued_to_its_currency_is_no_actor() -> None:
    names = _names("Velmora Mining rose 40 cents to R12.65 on Friday, from R12.25 a week ago.")
    assert not any(name[:1] == "R" and name[1:2].isdigit() for name in names)
    names = _names("Profit for the year was £C218,000, against £C196,000 a year before.")
    assert not any(name[:1] == "C" and name[1:2].isdigit() for name in names)


@given(
    st.sampled_from(["R", "RM", "C", "K"]),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from([".", ","]),
)
def test_any_sum_with_cents_after_a_currency_letter_is_a_sum(
    code: str, units: int, cents: int, point: str
) -> None:
    assert coded_sum(f"at {code}{units}{point}{cents:02d} on Friday", 3)


@given(st.sampled_from(["VN30", "CC417", "X3", "A320", "N1", "B3", "MLT412"]))
def test_a_code_with_a_plain_number_is_no_sum(code: str) -> None:
    assert not coded_sum(f"the {code} index", 4)
