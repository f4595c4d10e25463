"""A weekday seen from a day told before it in its sentence (`timeline.temporal.reported_day`):
only the day of a statement ("said on Monday it would close the plant on Friday") moves it; a
day that dates some other thing ("the drive, which began on Feb. 19, would reach ... from
Monday"; "two ships due on 25 May had not berthed by Tuesday") leaves it to the news day and
the clause's tense. Invented sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _value(text: str, written: str, published: date) -> str:
    (found,) = [t for t in tag(text, published) if t.text.endswith(written)]
    return found.value


@given(
    st.dates(date(1950, 1, 20), date(2040, 12, 31)),
    st.integers(9, 20),
    st.sampled_from(_NAMES),
    st.sampled_from(
        [
            "The drive, which began in the capital on {day}, will reach the towns from {weekday}.",
            "The ferry line, which opened on {day}, will add a second boat on {weekday}.",
        ]
    ),
)
def test_a_day_that_dates_another_thing_leaves_a_planned_weekday_to_the_news_day(
    published: date, back: int, weekday: str, template: str
) -> None:
    earlier = published - timedelta(days=back)
    day = f"{earlier.day} {_MONTHS[earlier.month - 1]}"
    text = template.format(day=day, weekday=weekday)
    found = date.fromisoformat(_value(text, weekday, published))
    # the first such weekday on or after the news day, as "will" says, whatever day came before
    assert found.isoweekday() == _NAMES.index(weekday) + 1
    assert 0 <= (found - published).days < 7


def test_a_past_weekday_after_a_due_day_is_the_last_before_the_news() -> None:
    text = "The importers said two vessels due on 25 May had still not berthed by Tuesday."
    assert _value(text, "Tuesday", date(1987, 6, 3)) == "1987-06-02"


@given(st.dates(date(1950, 1, 1), date(2040, 12, 31)))
def test_the_day_of_a_statement_still_sees_its_weekday_ahead(published: date) -> None:
    for text in (
        "The firm said on Monday it would close the plant on Friday.",
        "On Monday, the firm said it would close the plant on Friday.",
        "The firm told reporters late on Monday that it would close the plant on Friday.",
        "The firm said in a statement on Monday that it would close the plant on Friday.",
    ):
        monday, friday = (t for t in tag(text, published) if t.value[:4].isdigit())
        said = date.fromisoformat(monday.value)
        assert date.fromisoformat(friday.value) == said + timedelta(days=4), text
