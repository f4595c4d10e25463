"""Two months in a row are one stretch when "and" alone joins them ("consulted in March and
April"), but the dates of two clauses when the second leaves out its verb and names its own
thing ("will finish the whites by March and the reds in April"). Invented sentences."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.spans import adjoining
from timeline.temporal import Timex

_MONTHS = list(calendar.month_name)[1:]


def _month(text: str, name: str, number: int, after: int = 0) -> Timex:
    at = text.index(name, after)
    last = calendar.monthrange(2019, number)[1]
    return Timex(
        at,
        at + len(name),
        name,
        "DATE",
        f"2019-{number:02d}",
        granularity="month",
        date_start=date(2019, number, 1),
        date_end=date(2019, number, last),
    )


def _pair(template: str, first: int) -> tuple[str, Timex, Timex]:
    one, two = _MONTHS[first - 1], _MONTHS[first]
    text = template.format(one=one, two=two)
    a = _month(text, one, first)
    return text, a, _month(text, two, first + 1, a.end)


@given(st.integers(min_value=1, max_value=11))
def test_two_months_in_a_row_joined_by_and_are_one_stretch(first: int) -> None:
    text, a, b = _pair("The board consulted growers in {one} and {two}.", first)
    span = adjoining(text, a, [b])
    assert span is not None
    assert (span.date_start, span.date_end) == (a.date_start, b.date_end)


@given(
    st.sampled_from(
        [
            "The mill will finish the whites by {one} and the reds in {two}.",
            "Crews will paint the hall in {one} and the chapel in {two}.",
            "The council opened the pool in {one}, and the rink in {two}.",
        ]
    ),
    st.integers(min_value=1, max_value=11),
)
def test_months_of_two_clauses_one_without_its_verb_stay_two(template: str, first: int) -> None:
    text, a, b = _pair(template, first)
    assert adjoining(text, a, [b]) is None
