"""The new time of a thing just put off (`timeline.temporal.tense`): "has pushed back the
release to the last week of November" is still to come, with invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_PUT_OFF = ("has postponed", "has pushed back", "has put back", "have delayed", "has rescheduled")


@given(
    reference=st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)),
    month=st.integers(min_value=1, max_value=12),
    verb=st.sampled_from(_PUT_OFF),
    joint=st.sampled_from(["to", "until"]),
)
def test_the_month_a_thing_is_put_off_to_is_ahead(
    reference: date, month: int, verb: str, joint: str
) -> None:
    text = f"Kestrel Soft {verb} the launch of its rally game {joint} {_MONTHS[month - 1]}."
    [found] = [t for t in tag(text, reference) if t.granularity == "month"]
    assert found.date_start is not None
    assert (found.date_start.year, found.date_start.month) >= (reference.year, reference.month)


def test_a_week_of_a_month_a_release_is_pushed_back_to() -> None:
    text = "Tarn Games has pushed back the release of Fell Runner to the last week of November."
    [week] = tag(text, date(1995, 9, 14))
    assert week.date_start == date(1995, 11, 27)


def test_a_past_plan_keeps_its_past() -> None:
    [month] = tag("In the end the club moved the dinner to March.", date(1995, 9, 14))
    assert month.value == "1995-03"
