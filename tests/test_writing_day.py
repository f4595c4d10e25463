"""Tests for timeline/published/writing_day.py: a story's own "today" when it was put online days
later."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.pipeline import extract
from timeline.published import resolve_published
from timeline.published.writing_day import MAX_DAYS_BEFORE, writing_day

UPLOADED = date(2011, 3, 10)  # a Thursday; the stories below were written on Monday 7 March

TIMED = (
    "Mill plan unveiled\n\n"
    "At a briefing at 10:30 GMT, March 7, the owner of the mill, which closed its doors "
    "earlier today, unveiled a rescue plan. The owner said the plan needs a buyer."
)
SIDE_BY_SIDE = "Today, March 7, the port workers walked out. Their union said the strike is open."


@pytest.mark.parametrize("text", [TIMED, SIDE_BY_SIDE, "The strike began today (March 7)."])
def test_a_day_the_lead_calls_today_is_the_writing_day(text: str) -> None:
    assert writing_day(text, UPLOADED) == date(2011, 3, 7)


@pytest.mark.parametrize(
    "text",
    [
        # two days, each named: today is the day of writing, not March 7
        "The strike that began on March 7 ends today.",
        # the report's day, not the event's
        "The owner said today that the mill closed on March 7.",
        "On March 7 the mill closed, the owner announced today.",
        # a clock time, but "today" is not said to be earlier or later than it
        "At 10:30 GMT, March 7, the mill closed. Talks resume today.",
        # no day named at all
        "The mill closed earlier today.",
        # beyond the lead
        "One. Two. Three. Four. Today, March 7, the port workers walked out.",
    ],
)
def test_other_todays_are_the_publication_day(text: str) -> None:
    assert writing_day(text, UPLOADED) is None


def test_a_day_too_far_before_or_after_publication_is_not_taken() -> None:
    assert writing_day(SIDE_BY_SIDE, date(2011, 3, 7)) is None  # the same day: nothing to do
    assert writing_day(SIDE_BY_SIDE, date(2011, 3, 6)) is None  # a day after publication
    late = date(2011, 3, 7) + timedelta(days=MAX_DAYS_BEFORE + 1)
    assert writing_day(SIDE_BY_SIDE, late) is None


def test_a_caption_is_not_the_lead() -> None:
    text = "FILE - Today, March 7, 2011, workers walk out in this photo.\n\nTalks ended."
    assert writing_day(text, UPLOADED) is None


def test_metadata_gives_way_with_a_warning_that_names_both_days() -> None:
    published = resolve_published(TIMED, "2011-03-10")
    assert (published.date, published.source) == (date(2011, 3, 7), "written")
    assert published.warning is not None
    assert "2011-03-07" in published.warning and "2011-03-10" in published.warning


def test_the_story_s_today_and_its_undated_statements_fall_on_the_writing_day() -> None:
    doc = Document(id="mill", text=TIMED, published_given="2011-03-10")
    result = extract([doc], workers=1)
    table = result.table
    monday = pd.Timestamp("2011-03-07")
    assert set(table["published"]) == {monday}
    assert set(table["date_start"]) == {monday}
    assert any("written on 2011-03-07" in warning for warning in result.warnings)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.dates(min_value=date(1900, 1, 8)))
def test_never_raises_and_never_moves_forward_or_far(text: str, published: date) -> None:
    found = writing_day(text, published)
    assert found is None or 1 <= (published - found).days <= MAX_DAYS_BEFORE


def test_a_weekday_dateline_is_the_day_the_story_was_filed() -> None:
    text = "LLANFAIR, Tuesday.\n\nTwo quarrymen were hurt today when a crane gave way."
    assert writing_day(text, date(1971, 3, 10)) == date(1971, 3, 9)  # a Wednesday's paper
    # the same weekday as the publication: no other day
    assert writing_day(text, date(1971, 3, 9)) is None
    # a weekday inside the story is no dateline
    assert writing_day("The crane gave way on Tuesday.", date(1971, 3, 10)) is None


@pytest.mark.parametrize(
    ("dateline", "published", "filed"),
    [
        ("OSTRAVA, Tues. \u2014", date(1982, 5, 12), date(1982, 5, 11)),
        ("PORT MORESBY, Thurs.:", date(1990, 2, 23), date(1990, 2, 22)),
        ("VALLETTA, Oct. 4.", date(1968, 10, 5), date(1968, 10, 4)),
        ("ASUNCION, December 30 \u2014", date(1977, 1, 2), date(1976, 12, 30)),
    ],
)
def test_a_dateline_cut_short_or_with_its_day_is_the_day_the_story_was_filed(
    dateline: str, published: date, filed: date
) -> None:
    text = f"{dateline} The harbour board raised its fees today.\n\nShippers protested."
    assert writing_day(text, published) == filed


def test_a_wire_dateline_with_its_source_and_a_far_day_are_not_the_filing_day() -> None:
    story = " The harbour board raised its fees today."
    assert writing_day("LIMA, Oct 4 (Wire) -" + story, date(2020, 10, 5)) is None
    assert writing_day("VALLETTA, Oct. 4." + story, date(1968, 10, 20)) is None
    assert writing_day("VALLETTA, Oct. 4." + story, date(1968, 10, 4)) is None
