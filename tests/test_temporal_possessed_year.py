"""The month of a year's possessive (`timeline.temporal.possessed_year`): "next year's
edition would move to August" is August of next year, with invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _values(text: str, reference: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, reference)}


@given(
    reference=st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)),
    month=st.integers(min_value=1, max_value=12),
    which=st.sampled_from([("next", 1), ("last", -1)]),
)
def test_a_month_in_the_clause_of_a_year_possessive_is_in_that_year(
    reference: date, month: int, which: tuple[str, int]
) -> None:
    word, step = which
    name = _MONTHS[month - 1]
    verb = "would move to" if step > 0 else "was held in"
    text = f"Dr Ilse Marrow said {word} year's Tarnby fair {verb} {name}."
    assert _values(text, reference)[name] == f"{reference.year + step:04d}-{month:02d}"


def test_a_month_after_the_clause_keeps_its_own_year() -> None:
    values = _values(
        "Next year's Tarnby fair is sold out; the stalls open in May.", date(2019, 3, 4)
    )
    assert values["May"] == "2019-05"


def test_a_month_written_with_its_year_keeps_it() -> None:
    values = _values("Next year's fair, unlike the one in May 2006, is free.", date(2019, 3, 4))
    assert values["May 2006"] == "2006-05"


def test_a_day_of_a_month_moves_with_the_year() -> None:
    values = _values("Last year's Tarnby regatta started on 3 September.", date(2019, 3, 4))
    assert values["3 September"] == "2018-09-03"


def test_a_year_possessive_of_an_object_leaves_the_month_of_another_noun() -> None:
    text = "The Brannock board will vote on next year's budget at its meeting on May 18."
    assert _values(text, date(2023, 3, 16))["May 18"] == "2023-05-18"
