"""A date the sentence writes itself, resolved to the wrong day or year (stop 49, helper
`owndate`): a month's or quarter's end set as a bound by a past verb, "the last day" taken for
yesterday, Canada's Thanksgiving (invented sentences, the real tagger).

A bound a past verb set ("gave the utility until the end of September", "had filled its line
until October") is the nearest month of its name, most often still ahead, not last year's; a
period told up to it ("in the three months to the end of June") and a past not reached before
it ("did not arrive until August") keep their clause's past.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.calendar import month_end

MONTHS = list(calendar.month_name)[1:]


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def _nearest_year(month: int, published: date) -> int:
    """The year of the month of that number whose middle is nearest `published`."""

    def middle(year: int) -> date:
        return date(year, month, 1) + (month_end(year, month) - date(year, month, 1)) / 2

    return min(
        (published.year - 1, published.year, published.year + 1),
        key=lambda year: abs((middle(year) - published).days),
    )


@pytest.mark.parametrize(
    ("text", "written", "published", "value"),
    [
        (
            "The regulator gave the water board until the end of September to file its plan.",
            "the end of September",
            date(2011, 8, 3),
            "2011-09",
        ),
        (
            "Inspectors recommended that the council repair the bridge by the end of June.",
            "the end of June",
            date(2019, 3, 12),
            "2019-06",
        ),
        (
            "The mill said the new contract had filled its order book until October.",
            "October",
            date(1981, 6, 9),
            "1981-10",
        ),
        (
            "The hotel said it had no rooms left before the end of August.",
            "the end of August",
            date(1995, 7, 4),
            "1995-08",
        ),
        (
            "Bakers have bought their flour to the end of the third quarter, millers said.",
            "the end of the third quarter",
            date(2002, 5, 21),
            "2002-Q3",
        ),
    ],
)
def test_a_bound_a_past_verb_set_is_the_nearest(
    text: str, written: str, published: date, value: str
) -> None:
    assert _values(text, published)[written] == value


@pytest.mark.parametrize(
    ("text", "written", "published", "value"),
    [
        # a past that was not reached before the bound: the month told of
        ("The permit did not arrive until August.", "August", date(1990, 11, 6), "1990-08"),
        # a period told up to its end keeps its clause's past
        (
            "Profit fell in the three months to the end of June.",
            "the end of June",
            date(2004, 2, 18),
            "2003-06",
        ),
        # a past that lasted up to it, a span told from a time to it
        (
            "The plant stayed closed until October.",
            "October",
            date(1981, 6, 9),
            "1980-10",
        ),
        (
            "Talks ran from May to the end of September.",
            "the end of September",
            date(1981, 6, 9),
            "1980-09",
        ),
        # no bound: the clause's past
        ("Sales of tractors rose in October.", "October", date(1981, 6, 9), "1980-10"),
    ],
)
def test_no_bound_keeps_the_clause_past(
    text: str, written: str, published: date, value: str
) -> None:
    assert _values(text, published)[written] == value


@settings(max_examples=150)
@given(
    published=st.dates(date(1950, 1, 1), date(2040, 12, 31)),
    month=st.integers(1, 12),
    form=st.sampled_from(["until the end of {}", "until {}", "by the end of {}"]),
)
def test_a_bound_is_the_month_nearest_the_news_day(published: date, month: int, form: str) -> None:
    written = form.format(MONTHS[month - 1]).removeprefix("until ").removeprefix("by ")
    text = f"The agency gave the operator {form.format(MONTHS[month - 1])} to report."
    value = _values(text, published)[written]
    assert value == f"{_nearest_year(month, published):04d}-{month:02d}"


@pytest.mark.parametrize(
    "text",
    [
        "It is the last day of the transfer window.",
        "The lawyers produced the letters on the last day of the trial.",
        "She told me on the last evening of the festival that she would leave.",
    ],
)
def test_the_last_day_is_no_yesterday(text: str) -> None:
    published = date(2022, 9, 1)
    assert (published - timedelta(days=1)).isoformat() not in " ".join(
        _values(text, published).values()
    )


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "Shares rose on the last day of the quarter.",
            "the last day of the quarter",
            "2022-09-30",
        ),
        ("The plant shut on the last day of June.", "the last day of June", "2022-06-30"),
        ("She resigned on the last day of 2019.", "the last day of 2019", "2019-12-31"),
    ],
)
def test_the_last_day_of_a_period_is_its_end(text: str, written: str, value: str) -> None:
    assert _values(text, date(2022, 9, 1))[written] == value


def test_last_night_and_the_last_week_are_still_counted_back() -> None:
    published = date(2022, 9, 1)
    assert _values("The fair closed last night.", published)["last night"] == "2022-08-31TNI"
    assert _values("Prices rose over the last week.", published) != {}


@pytest.mark.parametrize(
    ("text", "written", "published", "value"),
    [
        # Canada's Thanksgiving: the second Monday of October
        (
            "She said she had asked on Thanksgiving Monday for the cost figures.",
            "Thanksgiving Monday",
            date(2013, 10, 16),
            "2013-10-14",
        ),
        (
            "Both lanes will reopen to traffic for the Thanksgiving long weekend.",
            "Thanksgiving",
            date(2016, 8, 24),
            "2016-10-10",
        ),
        # the US one, a Thursday
        (
            "The parade will be held on Thanksgiving Day.",
            "Thanksgiving Day",
            date(2016, 11, 1),
            "2016-11-24",
        ),
    ],
)
def test_thanksgiving_of_canada_and_of_the_us(
    text: str, written: str, published: date, value: str
) -> None:
    assert _values(text, published)[written] == value
