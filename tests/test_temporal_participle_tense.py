"""A participle in "-ed" coordinated after a passive that looks ahead shares it
(`timeline.temporal.word_tense.shares_future_passive`), even when the first participle has no
ending of its own ("would be cut and shipped in April"). Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _month(text: str, reference: date) -> date:
    (found,) = [t for t in tag(text, reference) if t.granularity == "month"]
    assert found.date_start is not None
    return found.date_start


@given(
    st.dates(date(1950, 1, 1), date(2040, 12, 31)),
    st.integers(1, 12),
    st.sampled_from(["will", "would", "is to", "are expected to"]),
    st.sampled_from(["cut", "built", "sold", "shut", "rebuilt", "paid"]),
    st.sampled_from(["shipped", "opened", "delivered", "reopened"]),
)
def test_a_participle_after_a_passive_that_looks_ahead_shares_it(
    reference: date, month: int, modal: str, first: str, second: str
) -> None:
    text = f"The old sheds {modal} be {first} and {second} in {_MONTHS[month - 1]}."
    start = _month(text, reference)
    assert (start.year, start.month) >= (reference.year, reference.month), text


def test_a_past_clause_stays_past() -> None:
    reference = date(2025, 2, 13)
    assert _month("The old wing was built and opened in March.", reference) == date(2024, 3, 1)
