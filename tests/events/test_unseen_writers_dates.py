"""Dated rows of kinds found on unseen writers (stop 39, helper `dates9`): an amount of time
back, a government's or a company's "financial year to" a day, the
statements of a court's sitting, a season of a named hemisphere, a thing set up in a present
perfect (invented sentences, the real components)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.events.statement_days import names_gathering
from timeline.temporal import tag
from timeline.temporal.hemisphere import named_hemisphere

PUBLISHED = date(2019, 6, 4)  # a Tuesday; "Monday" is 3 June


def rows(text: str, published: date = PUBLISHED) -> list[tuple[str | None, str, date | None]]:
    return [(e.action, e.date_value, e.date_start) for e in news_events(text, published)]


# --- "a decade ago": a year back ------------------------------------------------------------


def test_an_amount_back_without_a_bound_keeps_its_year() -> None:
    text = "Residents of Pinecrest were last evacuated a decade ago."
    ((_, value, day),) = rows(text)
    assert (value, day) == ("2009", date(2009, 1, 1))


# --- "the financial year to June 30": the year that ends there -----------------------------


def test_a_financial_year_to_a_day_is_the_year_it_ends() -> None:
    text = "The wing delivered 3,100 babies in the financial year to June 30, the board said."
    (row,) = [r for r in rows(text, date(2016, 8, 24)) if r[0] == "deliver"]
    assert row[1:] == ("FY2016", date(2015, 7, 1))


def test_a_financial_year_to_a_month_told_relatively_is_that_year() -> None:
    text = "Kestrel Mines produced 180,000 tonnes of copper in its financial year to last June."
    (row,) = rows(text, date(1974, 3, 14))
    assert row[1:] == ("FY1973", date(1972, 7, 1))


def test_a_year_whose_end_is_stated_is_that_day() -> None:
    """ "Its financial year ends on 30 June" states the calendar: the day, no period."""
    text = "Kestrel Mines lost money. Its financial year ends on 30 June."
    values = [value for _, value, _ in rows(text, date(2024, 1, 25))]
    assert values[-1] == "2024-06-30"


# --- a court's sitting: its statements are made there ---------------------------------------


def test_the_statements_after_a_court_s_sitting_are_made_on_its_day() -> None:
    text = (
        "A Kilrush publican was fined 1,500 euro at Ennis District Court on Monday. "
        "Sergeant Colm Hehir told the court that the bar had been warned twice last year. "
        "Solicitor Fiona Considine, for the publican, said her client had since installed "
        "cameras."
    )
    said = [day for action, _, day in rows(text) if action == "say"]
    assert said == [date(2019, 6, 3)]


def test_hearing_loss_is_no_gathering() -> None:
    assert names_gathering("The judge told the court that the bar had been warned.")
    assert names_gathering("The coroner opened an inquest into the deaths.")
    assert not names_gathering("A drug may slow the hearing loss that comes with age.")


# --- a season of a named hemisphere ---------------------------------------------------------


def test_a_season_named_as_the_south_s_has_its_months() -> None:
    text = "The longliner spent six weeks in dry dock during the southern winter."
    (winter,) = [t for t in tag(text, date(2003, 9, 3)) if t.granularity == "season"]
    assert (winter.value, winter.date_start, winter.date_end) == (
        "2003-WI",
        date(2003, 6, 1),
        date(2003, 8, 31),
    )


@given(st.dates(date(1950, 1, 1), date(2080, 12, 31)), st.sampled_from(["SP", "SU", "FA", "WI"]))
def test_a_named_hemisphere_gives_its_own_season_on_any_news_day(
    published: date, season: str
) -> None:
    word = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}[season]
    months = {"SP": (9, 11), "SU": (12, 2), "FA": (3, 5), "WI": (6, 8)}[season]
    text = f"Chile and Peru cut output in the southern {word}, Chilean growers said."
    (found,) = [t for t in tag(text, published) if t.granularity == "season"]
    assert found.date_start is not None and found.date_end is not None
    assert (found.date_start.month, found.date_end.month) == months
    northern = f"Chile and Peru cut output in the northern {word}, Chilean growers said."
    (found,) = [t for t in tag(northern, published) if t.granularity == "season"]
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    assert found.date_start is not None and found.date_start.month == first
    assert named_hemisphere(northern, northern.index(word)) is False


# --- a thing set up in a present perfect: its day is ahead ----------------------------------


def _day_of(text: str, published: date, written: str) -> date | None:
    (found,) = [t for t in tag(text, published) if t.text == written]
    return found.date_start


def test_a_thing_set_up_in_a_present_perfect_is_ahead() -> None:
    thursday = date(2022, 10, 27)
    text = "Traders in Lahore have announced protests against the bills on Friday."
    assert _day_of(text, thursday, "Friday") == date(2022, 10, 28)
    text = "The prefect has authorised a street collection in Tarbes on Shrove Tuesday."
    assert _day_of(text, date(1962, 2, 14), "Shrove Tuesday") == date(1962, 3, 6)
    text = 'The mayor has promised the shelter a second kitchen "before Easter".'
    assert _day_of(text, date(1993, 1, 8), "Easter") == date(1993, 4, 11)
    text = "The board has cancelled all leave for nurses from Carnival Monday to Ash Wednesday."
    assert _day_of(text, date(2026, 2, 11), "Ash Wednesday") == date(2026, 2, 18)


def test_a_past_or_a_statement_s_day_stays_back() -> None:
    thursday = date(2022, 10, 27)
    assert _day_of("Traders announced protests on Friday.", thursday, "Friday") == date(
        2022, 10, 21
    )
    text = "The board has approved the plan, the mayor said on Friday."
    assert _day_of(text, thursday, "Friday") == date(2022, 10, 21)
    text = "Police have charged a man who attacked a guard on Friday."
    assert _day_of(text, thursday, "Friday") == date(2022, 10, 21)


_WEEKDAYS = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
_SET_UP = st.sampled_from(["announced", "approved", "authorised", "scheduled", "cancelled"])


@settings(max_examples=60, deadline=None)
@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)), _WEEKDAYS, _SET_UP)
def test_a_weekday_set_up_in_a_perfect_is_the_next_one_on_any_news_day(
    published: date, weekday: str, verb: str
) -> None:
    text = f"The union has {verb} a rally outside the town hall on {weekday}."
    day = _day_of(text, published, weekday)
    assert day is not None and day.strftime("%A") == weekday
    assert 0 <= (day - published).days <= 7
