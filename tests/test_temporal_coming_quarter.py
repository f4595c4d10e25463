"""A numbered quarter whose clause tells no tense is the nearest of its name: the coming one
when it is next ("Outlook: a return to profit in the fourth quarter", written in August, is
this year's fourth quarter, not last year's, three quarters back). Sentences written here; the
rule is `resolve_named_periods._the_coming_quarter`."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_ORDINALS = ("first", "second", "third", "fourth")
_NO_TENSE = (
    "Outlook: a return to profit in the {n} quarter.",
    "Kestrel Paper: two mills to close in the {n} quarter",
    "Two new lines for the Derby site in the {n} quarter, and a third after that.",
)


def _quarters(text: str, published: date) -> list[str]:
    return [t.value for t in tag(text, published) if "-Q" in t.value]


@given(
    published=st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)),
    form=st.sampled_from(_NO_TENSE),
)
def test_the_next_quarter_without_a_tense_is_the_coming_one(published: date, form: str) -> None:
    current = (published.month - 1) // 3 + 1
    coming = current % 4 + 1
    year = published.year + (1 if coming == 1 else 0)
    assert _quarters(form.format(n=_ORDINALS[coming - 1]), published) == [f"{year:04d}-Q{coming}"]


def test_the_fourth_quarter_of_an_august_story_is_ahead() -> None:
    # the tense is read within 120 characters of the expression: none here
    text = (
        "Harlow Foods has announced cuts of 21% (16,800 units) in its British and Irish output "
        "of frozen meals, resulting in the partial closure of six of its plants and two of its "
        "warehouses during the fourth quarter."
    )
    assert _quarters(text, date(2006, 8, 19)) == ["2006-Q4"]


def test_a_quarter_just_over_or_told_in_the_past_is_left_as_it_was() -> None:
    # January: the fourth quarter just over; May, a past clause: last year's third quarter
    assert _quarters("Outlook: a return to profit in the fourth quarter.", date(2006, 1, 19)) == [
        "2005-Q4"
    ]
    assert _quarters("Sales in the third quarter fell 3%.", date(2006, 5, 19)) == ["2005-Q3"]
    # two quarters ahead or behind alike: the one told of, as before
    assert _quarters("Outlook: a return to profit in the fourth quarter.", date(2006, 5, 19)) == [
        "2005-Q4"
    ]
