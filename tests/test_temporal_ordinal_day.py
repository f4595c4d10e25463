""" "the first day (of the siege)", "on the final day": one day of the story, the running
reference's, as "that day" is, never a one-day duration; "the first three days" stays a
duration. Invented sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag


def _tagged(text: str, reference: date | None) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, reference)}


def test_the_first_day_of_a_war_is_the_day_told_before_it() -> None:
    text = "The Varnian war began on 3 May 1821. On the first day of the war, the fort fell."
    assert _tagged(text, None)["the first day"] == ("DATE", "1821-05-03")


def test_the_final_day_keeps_the_month_when_only_a_month_is_told() -> None:
    text = "In August 1650 the fleets met off Kessa. On the final day of the battle, both withdrew."
    assert _tagged(text, None)["the final day"] == ("DATE", "1650-08-XX")


def test_a_counted_span_of_first_days_stays_a_duration() -> None:
    text = "In 1790 the siege of Orlan began. The defenders held out for the first three days."
    assert _tagged(text, None)["the first three days"] == ("DURATION", "P3D")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
def test_in_news_the_first_day_after_a_told_day_is_that_day(published: date) -> None:
    told = published - timedelta(days=1)
    text = (
        f"Brindle Motors listed its shares on {told.strftime('%B')} {told.day}, "
        f"{told.year}. Trading was brisk on the first day, the bourse said."
    )
    assert _tagged(text, published)["the first day"] == ("DATE", told.isoformat())
