"""Why a row has its date (`timeline.events.reasons`); the reference article's reasons are in
`tests/test_pipeline.py`."""

from __future__ import annotations

from datetime import date

from .helpers import news_events


def test_each_kind_of_date_is_explained() -> None:
    published = date(2011, 4, 12)  # a Tuesday
    events = news_events(
        # the plant's day more than a week before the news: the undated sentence after the
        # background one falls back on the news day, not the lead's (`leads.STORY_DAYS`)
        "Vellmar Foods opened a plant on April 1, 2011. Ada Berg ran it.\n\n"
        "Vellmar Foods recently closed a mill.\n\n"
        "Ada Berg praised the workers.\n\n"
        "Vellmar Foods will hire staff in May.",
        published,
    )
    explicit, inherited, vague, published_row, future = [(e.anchor, e.date_reason) for e in events]
    reasons = [explicit, inherited, future]
    assert published_row == (
        "published",
        "no date in the sentence: the publication day, Tuesday 12 April 2011 -> "
        "Tuesday 12 April 2011",
    )
    assert reasons[0] == (
        "explicit",
        "'April 1, 2011' written in the sentence -> Friday 1 April 2011",
    )
    assert reasons[1] == (
        "inherited",
        "inherited from 'April 1, 2011' the sentence before -> Friday 1 April 2011",
    )
    assert reasons[2][1].startswith("'May' has no year: taken from the publication day")
    assert reasons[2][1].endswith("future tense -> May 2011")
    assert vague[0] == "vague" and vague[1].endswith("no day")


def test_a_count_from_a_day_told_long_before_says_so() -> None:
    published = date(2011, 11, 14)
    events = news_events(
        "Vellmar Foods opened a plant in Lyon on Friday, August 5.\n\n"
        "Vellmar Foods hired 40 workers there the following day.",
        published,
    )
    following = [e for e in events if e.date_text == "the following day"]
    assert [e.date_reason for e in following] == [
        "'the following day' counted from the date the text gave before it -> "
        "Saturday 6 August 2011"
    ]
