"""The day an undated statement was made on: the news day, or the day the story tells when the
speaker was there (`timeline.events.statement_days`, `reports.said_in_the_week`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.statement_days import (
    names_gathering,
    pronoun_speaks,
    quotes_its_day,
)

from .helpers import news_events

PUBLISHED = date(2021, 4, 16)  # a Friday
THURSDAY = date(2021, 4, 15)


def _statement(text: str) -> tuple[str, date | None]:
    """The anchor and day of the row of `text`'s last sentence."""
    last = text.rsplit("\n\n", 1)[-1][:20]
    rows = [e for e in news_events(text, PUBLISHED) if e.sentence.startswith(last)]
    return rows[0].anchor, rows[0].date_start


def test_another_speaker_after_a_day_before_the_news_speaks_on_the_news_day() -> None:
    text = (
        "Brindle Appliances said on Thursday it was recalling 30,000 toasters.\n\n"
        "The Consumer Safety Office said it had received 12 reports of fires."
    )
    assert _statement(text) == ("published", PUBLISHED)
    text = (
        "A fire destroyed the Harrow Street depot on Thursday.\n\n"
        '"We lost everything we had built," said Tomas Orlov, the depot manager.'
    )
    assert _statement(text) == ("published", PUBLISHED)


def test_a_statement_at_a_gathering_the_story_told_of_is_made_that_day() -> None:
    text = (
        "The Lindale town council approved a new parking charge on Thursday.\n\n"
        "Mayor Petra Holm said the charge would pay for road repairs."
    )
    assert _statement(text) == ("inherited", THURSDAY)
    text = (
        "The Greywater school board voted to close Alder Primary on Thursday.\n\n"
        "Superintendent Rosa Vance told the board that enrolment had fallen."
    )
    assert _statement(text) == ("inherited", THURSDAY)


def test_the_speaker_of_the_day_goes_on_on_that_day() -> None:
    text = (
        "Brindle Appliances cut 400 jobs at its Leeds plant on Thursday.\n\n"
        "Brindle Appliances said the plant had lost money for three years."
    )
    assert _statement(text) == ("inherited", THURSDAY)
    text = (
        "Marta Keane resigned as chair of Harrow Rail on Thursday.\n\n"
        "She said the board had lost confidence in the plan."
    )
    assert _statement(text)[1] == THURSDAY


def test_a_statement_whose_quotation_says_today_is_made_on_the_story_day() -> None:
    text = (
        "The Selwyn ferry sank off Port Amber on Thursday.\n\n"
        '"What happened today must never happen again," said Minister Ana Ruiz.'
    )
    assert _statement(text)[1] == THURSDAY


def test_a_statement_under_a_day_heading_is_made_that_day() -> None:
    text = (
        "Business news this week.\n\nTHURSDAY\n\n"
        "Oakridge Credit Union said it will merge with Fenwick Savings next year."
    )
    assert _statement(text) == ("inherited", THURSDAY)


def test_add_with_an_amount_counts_rather_than_speaks() -> None:
    text = (
        "Carn Vale beat Redmoor 24-10 on Thursday.\n\n"
        "Winger Joel Tamsin added a second try after the break."
    )
    assert _statement(text) == ("inherited", THURSDAY)


def test_the_cues_read_whole_sentences() -> None:
    assert names_gathering("The minister told the committee that costs had doubled.")
    assert names_gathering("She spoke after the ceremony.")
    assert not names_gathering("The company said sales fell.")
    assert quotes_its_day('"This morning we found the bridge gone," Ruiz said.')
    assert not quotes_its_day("Ruiz said today that the bridge was gone.")
    assert pronoun_speaks("He said the plan would fail.")
    assert pronoun_speaks('"It will fail," she added.')
    assert not pronoun_speaks("Ruiz said he would resign.")


@given(st.text(max_size=200))
def test_the_cues_never_raise(text: str) -> None:
    for cue in (names_gathering, quotes_its_day, pronoun_speaks):
        assert isinstance(cue(text), bool)
