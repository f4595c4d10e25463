"""A count after "for" before "after" or "before" (`days_from_day`, `events.counted`): "shut for
two weeks after Monday" tells how long a thing went on from Monday, so the day is Monday and
the count a duration, where "reopened two weeks after Monday" is the day so counted; and "closed
for two days after a worker fell ill" is no clause counted back from the main one. Invented
sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.counted import counted_clause
from timeline.sentences import Sentence
from timeline.syntax import Predicate
from timeline.temporal import tag

_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
_COUNTS = {"two": 2, "three": 3, "seven": 7, "ten": 10}


@given(
    st.dates(date(1950, 1, 1), date(2080, 12, 31)),
    st.sampled_from(sorted(_COUNTS)),
    st.sampled_from(["days", "weeks"]),
    st.sampled_from(["after", "before"]),
    st.sampled_from(["for", "for at least", "lasting"]),
)
def test_a_count_for_how_long_keeps_its_day(
    day: date, count: str, unit: str, way: str, how_long: str
) -> None:
    written = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    text = f"The road was shut {how_long} {count} {unit} {way} {written}."
    found = {t.text: t for t in tag(text, date(2081, 1, 1))}
    assert found[written].date_start == day
    assert [t.type for t in found.values() if t.text.endswith(f"{count} {unit}")] == ["DURATION"]


@given(
    st.dates(date(1950, 1, 1), date(2080, 12, 31)),
    st.sampled_from(sorted(_COUNTS)),
    st.sampled_from(["days", "weeks"]),
    st.sampled_from(["after", "before"]),
)
def test_a_count_without_for_is_still_the_day_counted(
    day: date, count: str, unit: str, way: str
) -> None:
    written = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    text = f"The road reopened {count} {unit} {way} {written}."
    (timex,) = tag(text, date(2081, 1, 1))
    days = _COUNTS[count] * (7 if unit == "weeks" else 1)
    assert timex.date_start == day + timedelta(days=days if way == "after" else -days)


def test_flags_for_seven_days_after_a_weekday_fly_from_that_weekday() -> None:
    text = "Flags will fly at half-mast for seven days after Friday."
    found = {t.text: t.value for t in tag(text, date(2018, 4, 19))}
    assert found == {"seven days": "P7D", "Friday": "2018-04-20"}


def test_how_long_a_thing_closed_is_no_clause_counted_back() -> None:
    text = "The creche closed for two days after a member of staff fell ill."
    count = next(t for t in tag(text, date(2018, 4, 19)) if t.text == "two days")
    verbs = [Predicate(11, 17, "close", tense="past"), Predicate(55, 59, "fall", tense="past")]
    sentence = Sentence(0, len(text), text, 0)
    assert counted_clause(sentence, [count], verbs, date(2018, 4, 13)) is None
    told = text.replace("closed for two days", "closed two days")
    count = next(t for t in tag(told, date(2018, 4, 19)) if t.text == "two days")
    verbs = [Predicate(11, 17, "close", tense="past"), Predicate(51, 55, "fall", tense="past")]
    found = counted_clause(Sentence(0, len(told), told, 0), [count], verbs, date(2018, 4, 13))
    assert found is not None and found[0].value == "2018-04-11"
