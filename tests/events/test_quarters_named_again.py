"""Which quarter a later "the quarter" names again (`events/named_periods.periods_named`): a
quarter reported, not one still to begin at the news day ("expects to open the plant in the
first quarter of 2012-13"), nor a count back that is only about ("Over a decade ago, in 2013":
the year written beside it dates the clause, `events/clauses.at_times`). Invented sentences
(stop 37)."""

from __future__ import annotations

from datetime import date

from .helpers import news_events


def test_a_quarter_still_to_begin_is_not_named_again() -> None:
    text = (
        "Kestrel Cables reported a 12 per cent rise in profit on Wednesday. "
        "Its chairman said the company expected to open a plant at Hosur in the first "
        "quarter of 2012-13. "
        "Its rival, Marlow Wires, will announce its results for the quarter on January 27."
    )
    events = news_events(text, date(2012, 1, 19))
    (rival,) = [e for e in events if "Marlow" in e.sentence]
    assert (rival.date_start, rival.granularity) == (date(2012, 1, 27), "day")
    (plant,) = [e for e in events if "Hosur" in e.sentence and e.granularity == "quarter"]
    assert (plant.date_start, plant.date_end) == (date(2012, 4, 1), date(2012, 6, 30))


def test_a_year_beside_an_approximate_count_dates_the_clause() -> None:
    text = (
        "The trust counted 31 pairs of curlew on the lough this spring. "
        "Over a decade ago, in 2011, volunteers counted 58 pairs."
    )
    events = news_events(text, date(2024, 6, 3))
    (count,) = [e for e in events if "volunteers" in e.sentence]
    assert (count.date_start, count.date_end) == (date(2011, 1, 1), date(2011, 12, 31))
