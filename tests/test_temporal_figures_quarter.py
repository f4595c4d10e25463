"""A quarter whose figures a future clause announces ("will report first-quarter results on
May 3", written in April) is the quarter just over, not next year's: results come after the
quarter ends. Sentences written here; the rule is
`resolve_named_periods.resolved_yearless_quarter`."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_ORDINALS = ("first", "second", "third", "fourth")


def _quarter_end(year: int, number: int) -> date:
    return (date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)) - timedelta(
        days=1
    )


@given(
    published=st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)),
    form=st.sampled_from(
        [
            "Kestrel will report {n}-quarter results next week.",
            "The agency will publish its figures for the {n} quarter at the end of the month.",
            "Harlow Foods is expected to post {n}-quarter earnings on Thursday.",
        ]
    ),
)
def test_the_figures_to_come_are_of_the_quarter_just_over(published: date, form: str) -> None:
    current = (published.month - 1) // 3 + 1
    just_over = (current - 2) % 4 + 1
    text = form.format(n=_ORDINALS[just_over - 1])
    values = [t.value for t in tag(text, published) if "Q" in t.value]
    year = published.year - (1 if just_over == 4 else 0)
    assert values == [f"{year:04d}-Q{just_over}"]
    assert 0 < (published - _quarter_end(year, just_over)).days <= 92


@given(published=st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)))
def test_a_quarter_ahead_without_figures_keeps_the_coming_one(published: date) -> None:
    """ "Sales will grow in the first quarter", written after it: next year's first quarter."""
    current = (published.month - 1) // 3 + 1
    just_over = (current - 2) % 4 + 1
    values = [
        t.value
        for t in tag(f"Sales will grow in the {_ORDINALS[just_over - 1]} quarter.", published)
    ]
    year = published.year + (1 if just_over < current else 0)
    assert values == [f"{year:04d}-Q{just_over}"]


_MONTHS = ("January", "February", "April", "June", "July", "August", "September", "October")


@given(
    published=st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)),
    month=st.sampled_from(_MONTHS),
)
def test_a_month_whose_figures_are_to_come_is_the_nearest(published: date, month: str) -> None:
    """ "When the office publishes its stock figures for April", in a clause ahead: the
    nearest April, as "the February jobs report, due next Friday" is."""
    number = _MONTHS_NUMBER[month]
    text = (
        "Dealers expect more activity next week, when the office publishes its figures for "
        f"{month}."
    )
    values = [t.value for t in tag(text, published) if t.text == month]
    candidates = [date(published.year + shift, number, 15) for shift in (-1, 0, 1)]
    nearest = min(candidates, key=lambda d: abs((d - published).days))
    assert values == [f"{nearest.year:04d}-{number:02d}"]


_MONTHS_NUMBER = {
    "January": 1, "February": 2, "April": 4, "June": 6, "July": 7, "August": 8, "September": 9,
    "October": 10,
}  # fmt: skip
