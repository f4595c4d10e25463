"""A date without a year takes its direction from its own clause, not from a clause beside it.
Sentences written here (invented people and firms); the rules are in `temporal/tense.py`."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_MONTH_NAMES = list(calendar.month_name)[1:]


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def test_last_before_a_noun_says_which_one_not_when() -> None:
    """ "his third and last term" is no past: the clause looks ahead ("will begin")."""
    text = "Okafor, who first took the seat in 2001, will begin his third and last term on July 2."
    assert _values(text, date(2011, 5, 20))["July 2"] == "2011-07-02"
    text = "The ferry will make its last crossing on September 9."
    assert _values(text, date(2011, 8, 20))["September 9"] == "2011-09-09"


def test_a_participle_after_and_shares_the_passive_that_looks_ahead() -> None:
    """ "will be packed ... and shipped on Monday" (will be shipped), written on a Thursday."""
    text = "Parcels will be packed overnight at the depot and shipped on Monday, the firm said."
    assert _values(text, date(2019, 3, 14))["Monday"] == "2019-03-18"
    # a past passive keeps its past
    text = "Parcels were packed overnight at the depot and shipped on Monday."
    assert _values(text, date(2019, 3, 14))["Monday"] == "2019-03-11"


def test_to_before_a_name_opens_no_deadline() -> None:
    """ "Exports to Nordic buyers fell ... from May to July" is a past range, not a deadline."""
    text = "Exports to Nordic buyers fell sharply in the period from May to July, Veldmark said."
    values = _values(text, date(2021, 10, 5))
    assert (values["May"], values["July"]) == ("2021-05", "2021-07")
    # an infinitive still sets one: "agreed to settle the bill by June 30"
    assert _values("Tarrow agreed to settle the bill by June 30.", date(2021, 5, 2))["June 30"] == (
        "2021-06-30"
    )


def test_a_timetable_verb_after_and_looks_ahead() -> None:
    """ "Entries opened on 2 May and close for the season on Friday", written on a Tuesday."""
    text = "Entries opened on 2 May and close for the season on Friday."
    assert _values(text, date(2022, 6, 7))["Friday"] == "2022-06-10"


def test_a_time_asked_for_lies_ahead_of_the_request() -> None:
    """A month a request sets a limit by ("sought time until", "asked for ... before the X in
    October") is still to come, though the request is told in the past."""
    text = "Ardmore farmers have asked for a cut in the levy before the Budget in October."
    assert _values(text, date(2031, 5, 17))["October"] == "2031-10"
    text = "Lawyers for the tenants sought time until the end of the dry season in December."
    assert _values(text, date(2031, 8, 4))["December"] == "2031-12"
    # no request: a past limit stays past
    text = "The stoppage at the Kelso yard lasted until December, the union said."
    assert _values(text, date(2031, 8, 4))["December"] == "2030-12"
    # nor across a past verb after the request
    text = "Brannock Ltd asked for a loan in March, which was repaid before the vote in April."
    assert _values(text, date(2031, 5, 17))["April"] == "2031-04"


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)), st.integers(1, 12))
def test_a_month_asked_for_is_never_behind_the_news_day(published: date, month: int) -> None:
    """On every publication day, the month a request names as its limit is the coming one:
    within the next twelve months, never one already over."""
    name = _MONTH_NAMES[month - 1]
    text = f"Growers have asked for relief before the harvest in {name}, the co-operative said."
    value = _values(text, published)[name]
    year, got = int(value[:4]), int(value[5:7])
    assert got == month
    months_ahead = (year - published.year) * 12 + (month - published.month)
    assert 0 <= months_ahead < 12
