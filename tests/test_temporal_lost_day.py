"""In news without its publication date, a day told that cannot be known ("on Thursday")
leaves what counts from it unknown too ("the next morning", "a week earlier"), never a day
or a year taken from an earlier date of the text. Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _found(text: str, reference: date | None) -> dict[str, tuple[date | None, date | None]]:
    return {t.text: (t.date_start, t.date_end) for t in tag(text, reference)}


def test_the_next_morning_after_an_unknown_weekday_has_no_day() -> None:
    text = (
        "The ferry line opened its first route in 2016. Engineers found the fault on "
        "Tuesday and restored the timetable the next morning."
    )
    assert _found(text, None)["the next morning"] == (None, None)


def test_with_the_publication_date_it_counts_from_the_weekday() -> None:
    text = (
        "The ferry line opened its first route in 2016. Engineers found the fault on "
        "Tuesday and restored the timetable the next morning."
    )
    assert _found(text, date(2021, 6, 10))["the next morning"][0] == date(2021, 6, 9)


def test_a_month_without_its_year_still_takes_the_year_told() -> None:
    text = "The board said on Monday that sales fell in the first half of 2019. In March they rose."
    assert _found(text, None)["March"] == (date(2019, 3, 1), date(2019, 3, 31))


@given(
    st.sampled_from(_WEEKDAYS),
    st.integers(1990, 2030),
    st.sampled_from(["the next day", "a week later", "the following morning"]),
)
def test_no_day_counts_from_an_unknown_weekday(weekday: str, year: int, after: str) -> None:
    text = f"The depot was built in {year}. Crews closed it on {weekday}, and reopened it {after}."
    found = [t for t in tag(text, None) if t.text.lower().startswith(after.split(maxsplit=1)[0])]
    assert found and all(t.date_start is None for t in found)
