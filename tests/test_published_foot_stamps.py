"""Stamps at a story's foot (`timeline.published.foot_days`): a line that is one date and
nothing else but a stamp's words is the day the story was published; all-number dates written
with hyphens are read as those with slashes are (`timeline.temporal`)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.published import resolve_published
from timeline.published.foot_days import DAY_WORDS_MAX, _other_words, day_stamp_line
from timeline.temporal import tag

STORY = (
    "Ferry fares to rise\n\n"
    "The island's ferry operator raised its fares on Monday after a month of talks with the "
    "council. Its chair Ines Varga said the crossing would stay open all winter.\n\n"
    "Councillors will vote on the harbour budget later this year.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Mar 9 2021",
        "March 9th, 2021",
        "2021-03-09T07:45:00Z",
        "Created 09/03/2021",
        "Tuesday 9 March 2021 (print edition)",
        "Issue of 9 March 2021",
        "Published: 09-03-2021",
        "9 March 2021 07:45 GMT",
    ],
)
def test_a_date_alone_at_the_foot_is_the_day_published(stamp: str) -> None:
    found = resolve_published(STORY + "\n" + stamp + "\n")
    if stamp.startswith(("Created", "Published")):
        # the order only numbers leave open, on a page that shows none: no guess
        assert found.date is None
    else:
        assert found.date == date(2021, 3, 9)


@pytest.mark.parametrize(
    "line",
    [
        "Next meeting: 9 March 2021",
        "The ferry sails again on 9 March 2021.",
        "Registration closes 9 March 2021, organisers said",
        "9 March 2021 - 12 April 2021",
    ],
)
def test_a_line_with_other_words_or_two_dates_is_no_stamp(line: str) -> None:
    assert not day_stamp_line(line)
    assert resolve_published(STORY + "\n" + line + "\n").date is None


def test_hyphens_read_as_slashes_with_a_year_of_four_figures() -> None:
    reference = date(2021, 6, 1)
    assert [t.value for t in tag("Filed 14-03-2021 by the clerk.", reference)] == ["2021-03-14"]
    assert [t.value for t in tag("Filed 14/03/2021 by the clerk.", reference)] == ["2021-03-14"]
    assert [t.text for t in tag("They won 3-1 in 2021.", reference)] == ["2021"]
    assert "10-12" not in [t.text for t in tag("Prices rose 10-12 percent in 2021.", reference)]


@given(
    st.dates(min_value=date(1950, 1, 13), max_value=date(2030, 12, 31)).filter(lambda d: d.day > 12)
)
def test_every_hyphenated_day_first_date_reads_as_its_day(day: date) -> None:
    written = f"{day.day:02d}-{day.month:02d}-{day.year}"
    values = [t.value for t in tag(f"The notice is dated {written}.", date(2031, 1, 1))]
    assert values == [day.isoformat()]


@pytest.mark.parametrize(
    "expression",
    [
        "the morning of Friday, the fifteenth of March, 2019",
        "Friday, March 15, 2019, at 9:12 in the evening",
        "the very beginning of the financial year",
        "the early hours of Sunday 17 March 2019",
    ],
)
def test_a_day_holds_far_fewer_words_than_the_bound_a_line_is_tagged_under(
    expression: str,
) -> None:
    # the longest expressions the tagger finds in the dev corpora hold 6 words that are not
    # a stamp's; a line with more than DAY_WORDS_MAX is not tagged for a stamp
    assert len(_other_words(expression)) <= DAY_WORDS_MAX // 2


@given(st.integers(min_value=1, max_value=28), st.sampled_from(["March", "October"]))
def test_a_sentence_longer_than_a_stamp_is_none_and_a_stamp_is_read(day: int, month: str) -> None:
    stamp = f"Created {day} {month} 2019 (print edition)"
    sentence = (
        f"The council said the works on the old bridge would end on {day} {month} 2019,"
        " weeks later than the contract first set"
    )
    assert day_stamp_line(stamp)
    assert not day_stamp_line(sentence)
