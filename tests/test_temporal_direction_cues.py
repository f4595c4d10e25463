"""Which way a bare weekday or a year-less date points (stop 53, helper `direction`): the tense
cue the reader takes must be the clause's own. A hyphened past form is an adjective ("drought-
damaged corn"), no verb; a past tense in a clause of "once", "until", "till" or "before" under
"would" or "will" is a future told back ("would be released once a test was complete on
Friday"); an aside opened by "whose" tells no tense of the main clause; a thing arranged in a
present perfect ("has called a shutdown", "has declared fire bans from Thursday") is still to
come; "returns", "releases", "publishes" tell a timetable; a clock just before a day ("until
noon Wednesday") leaves the words before it to tell the tense. Invented sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.tense import clause_tense, clock_start

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31))


def _day_of(text: str, written: str, published: date) -> date:
    """The day `written` (an expression of `text`) resolves to, read on `published`."""
    values = {t.text: t.value for t in tag(text, published)}
    return date.fromisoformat(values[written][:10])


def _ahead(day: date, published: date) -> bool:
    """Within the seven days from the news day on."""
    return timedelta(0) <= day - published <= timedelta(days=6)


def _behind(day: date, published: date) -> bool:
    """Within the seven days up to the news day."""
    return timedelta(0) <= published - day <= timedelta(days=6)


@given(_DAYS, st.sampled_from(_WEEKDAYS))
def test_a_weekday_told_in_the_past_lands_in_the_week_before(published: date, name: str) -> None:
    text = f"The council met the growers on {name}."
    assert _behind(_day_of(text, name, published), published)


@given(_DAYS, st.sampled_from(_WEEKDAYS), st.sampled_from(["flood-damaged", "state-owned"]))
def test_a_hyphened_past_form_is_no_verb(published: date, name: str, adjective: str) -> None:
    text = f"The agent will hold a meeting on {adjective} farms at 7:30 p.m. {name} in the hall."
    assert _ahead(_day_of(text, f"7:30 p.m. {name}", published), published)


def test_a_hyphened_past_form_leaves_the_verb_before_it() -> None:
    text = "Mills will reopen their storm-damaged sheds on Friday."
    start = text.index("Friday")
    assert clause_tense(text, start, start + 6) == "future"


@given(_DAYS, st.sampled_from(_WEEKDAYS), st.sampled_from(["once", "until", "before"]))
def test_a_past_under_would_in_a_clause_of_time_looks_ahead(
    published: date, name: str, word: str
) -> None:
    text = f"A spokesman said the stock would be held {word} a second test was done on {name}."
    assert _ahead(_day_of(text, name, published), published)


@given(_DAYS, st.sampled_from(_WEEKDAYS))
def test_a_past_clause_of_when_stays_behind(published: date, name: str) -> None:
    text = f"Workers will earn more from next year, after the board voted on {name}."
    assert _behind(_day_of(text, name, published), published)


@given(_DAYS, st.sampled_from(_WEEKDAYS))
def test_an_aside_of_whose_tells_no_tense(published: date, name: str) -> None:
    text = f"The bakery, whose oven is the largest in town, put its night shift back on {name}."
    assert _behind(_day_of(text, name, published), published)


@given(
    _DAYS,
    st.sampled_from(_WEEKDAYS),
    st.sampled_from(["called a one-day strike", "declared a total fire ban", "ordered a recount"]),
)
def test_a_thing_arranged_in_a_present_perfect_is_ahead(
    published: date, name: str, arranged: str
) -> None:
    text = f"The regional authority has {arranged} for three districts from {name}."
    assert _ahead(_day_of(text, name, published), published)


@given(_DAYS, st.sampled_from(_WEEKDAYS), st.sampled_from(["returns", "releases", "publishes"]))
def test_a_timetable_verb_in_the_present_is_ahead(published: date, name: str, verb: str) -> None:
    text = f"The statistics office {verb} monthly trade figures on {name}."
    assert _ahead(_day_of(text, name, published), published)


def test_a_festival_that_returns_on_a_yearless_day_is_the_coming_one() -> None:
    text = "The lantern festival returns on December 26, its organisers said."
    assert _day_of(text, "December 26", date(2017, 11, 6)) == date(2017, 12, 26)


@given(_DAYS, st.sampled_from(_WEEKDAYS), st.sampled_from(["noon", "midnight", "6 p.m."]))
def test_a_clock_before_a_day_keeps_the_limit_ahead(published: date, name: str, clock: str) -> None:
    text = f"A frost warning remains in effect until {clock} {name}."
    assert _ahead(_day_of(text, f"{clock} {name}", published), published)


def test_the_clock_before_a_day_is_where_its_time_starts() -> None:
    text = "The road stays shut until 6 p.m. on Friday."
    assert clock_start(text, 0, text.index("Friday")) == text.index("6 p.m.")
    assert clock_start(text, 0, text.index("shut")) == text.index("shut")


def test_a_thing_put_off_to_a_quarter_is_ahead_past_a_long_object() -> None:
    text = (
        "The recycler has pushed back the opening of its new 40,000-tonne glass sorting plant "
        "near the northern port to the fourth quarter."
    )
    assert {t.text: t.value for t in tag(text, date(2026, 3, 4))}["the fourth quarter"] == (
        "2026-Q4"
    )
