"""A month with no year before a noun of a market's contracts ("for August delivery", "for
March-April shipment") names the contract, not when the clause happened
(`timeline/events/date_roles.describes_noun`). Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.events.date_roles import describes_noun
from timeline.sentences import Sentence
from timeline.temporal import Timex

PUBLISHED = date(2019, 3, 13)  # a Wednesday


def test_the_delivery_month_leaves_the_day_the_price_moved() -> None:
    text = "Brent crude for October delivery rose 2.1 per cent in Rotterdam yesterday."
    events = news_events(text, PUBLISHED)
    assert [(e.date_start, e.granularity) for e in events] == [(date(2019, 3, 12), "day")]


def test_a_range_of_shipment_months_dates_nothing() -> None:
    text = "Soybean oil for June-July shipment was quoted at 610 dollars a tonne in Rotterdam."
    assert all(e.granularity != "month" for e in news_events(text, PUBLISHED))


def test_a_month_that_dates_the_clause_is_kept() -> None:
    text = "The Rotterdam refinery resumed deliveries in October."
    events = news_events(text, PUBLISHED)
    assert [e.granularity for e in events] == ["month"]


MONTHS = ["January", "March", "June", "September", "November"]


@given(st.sampled_from(MONTHS), st.sampled_from(["delivery", "shipment", "loading", "futures"]))
def test_any_month_before_a_contract_noun_describes_it(month: str, noun: str) -> None:
    text = f"Cocoa for {month} {noun} fell."
    sentence = Sentence(0, len(text), text, 0)
    at = text.index(month)
    found = Timex(at, at + len(month), month, "DATE", "2019-06", granularity="month")
    assert describes_noun(sentence, found)


def test_a_month_with_its_year_is_not_a_contract_name() -> None:
    text = "Cocoa for June 2019 delivery fell."
    sentence = Sentence(0, len(text), text, 0)
    at = text.index("June 2019")
    found = Timex(at, at + 9, "June 2019", "DATE", "2019-06", granularity="month")
    assert not describes_noun(sentence, found)
