"""In a history, "the first day (of the siege)", "on the third day", "the final day" is one
day of the story, counted from the running reference as "that day" is, never a one-day
duration; set off after a day ("On 21 July, the fifth day of the revolt") it is that day.
News leaves ordinal days as they were. "the first three days" stays a duration. Invented
sentences."""

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
def test_in_news_an_ordinal_day_set_off_after_a_day_is_left_as_it_was(published: date) -> None:
    # the day before the comma dates the sentence; a second day would make its row twice
    told = published + timedelta(days=3)
    text = (
        f"Brindle Motors will list its shares on {told.strftime('%B')} {told.day}, "
        f"{told.year}, the first day of the trading week."
    )
    assert _tagged(text, published)["the first day"] == ("DURATION", "P1D")


def test_in_news_an_ordinal_day_alone_dates_nothing() -> None:
    # a report of a match's fourth day, written that day: the publication day is no start
    text = "Kell took 7 for 61 on the fourth day of the second Test. Sales fell on the first day."
    assert _tagged(text, date(2023, 10, 14)) == {"the first day": ("DURATION", "P1D")}


def test_in_a_history_the_third_day_counts_from_the_day_told() -> None:
    text = "The Brindle workers walked out on 6 May 1901. On the third day of the strike, they met."
    assert _tagged(text, None)["the third day"] == ("DATE", "1901-05-08")


def test_an_ordinal_day_set_off_after_a_date_is_that_date() -> None:
    text = "The Kesh revolt began 18 July 1836. On 21 July, the fifth day of the revolt, Arn fell."
    assert _tagged(text, None)["the fifth day"] == ("DATE", "1836-07-21")


def test_a_run_of_days_and_an_ordinal_year_are_no_day() -> None:
    found = _tagged("Tarn shares fell for the third straight day. The second year was hard.", None)
    assert found == {}


def test_for_the_second_day_is_a_run_not_a_day() -> None:
    text = (
        "Tarn shares fell on Monday. They fell for the second day. "
        "Orders fell the third day in a row."
    )
    assert list(_tagged(text, date(2009, 6, 10))) == ["Monday"]
