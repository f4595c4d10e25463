"""Days of a month written as ordinal words: "the twenty-sixth of March", "March the third"."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.vocabulary import DAY_ORDINALS

_REF = date(2024, 6, 12)
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_WORD_OF = {number: word for word, number in DAY_ORDINALS.items() if " " not in word}


def _values(text: str) -> list[str]:
    return [timex.value for timex in tag(text, _REF)]


def test_every_day_of_a_month_has_one_word() -> None:
    assert sorted(_WORD_OF) == list(range(1, 32))
    assert DAY_ORDINALS["twenty ninth"] == DAY_ORDINALS["twenty-ninth"] == 29


def test_day_word_of_month() -> None:
    assert _values("The ferry line reopened on the twenty-sixth of March.") == ["2024-03-26"]
    assert _values("The council sat again on the first of May.") == ["2024-05-01"]
    assert _values("Ballots were counted on the Third of February, 2021.") == ["2021-02-03"]


def test_month_then_day_word() -> None:
    assert _values("The harbour festival opened on April the ninth.") == ["2024-04-09"]
    assert _values("The levy takes effect on July first.") == ["2024-07-01"]


def test_ordinal_words_that_are_no_day_stay_out() -> None:
    # a place or a rank after a month, a compound: the month alone
    assert _values("In March second place went to a newcomer.") == ["2024-03"]
    assert "2024-05-01" not in _values("In May first-time buyers paid less.")
    # no such day
    assert _values("The thirtieth of February never comes.") == []


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_any_day_in_words(day: date) -> None:
    word = _WORD_OF[day.day]
    month = _MONTHS[day.month - 1]
    iso = day.isoformat()
    assert iso in _values(f"The record was set on the {word} of {month} {day.year}.")
    assert iso in _values(f"The record was set on {month} the {word}, {day.year}.")
