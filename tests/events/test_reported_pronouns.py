""" "The Cricket Board said he had accepted the ban": a "he" or "she" in what an organisation
opening the sentence reports takes no person named before
(`timeline.events.reported_pronouns`, read by `timeline.events.anaphora`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.reported_pronouns import reported_pronoun

from .helpers import news_events


def _actors_of(text: str, opening: str) -> list[tuple[str, ...]]:
    events = news_events(text, date(2021, 3, 10))
    return [e.actors for e in events if e.sentence.startswith(opening)]


def test_a_pronoun_an_organisation_reports_takes_no_one_named_before() -> None:
    text = (
        "Selwyn Moray bowled the last over on Monday. "
        "The Tarvo Cricket Board said on Tuesday he had accepted a two-match ban."
    )
    rows = _actors_of(text, "The Tarvo Cricket Board")
    assert rows and all("Selwyn Moray" not in actors for actors in rows)
    assert all("Tarvo Cricket Board" in actors for actors in rows)
    text = (
        "Dora Vint, a fund manager, opposed the merger on Monday. "
        "One of Orlo Mining's largest investors said on Tuesday that she would back it."
    )
    rows = _actors_of(text, "One of Orlo")
    assert rows and all("Dora Vint" not in actors for actors in rows)


def test_a_speaker_who_may_be_the_person_keeps_the_person_named_before() -> None:
    """ "The magistrate said he would rule": the statement's row keeps its person."""
    text = (
        "Magistrate Colin Dray heard the case on Monday. "
        "The magistrate said he would rule on bail next week."
    )
    rows = _actors_of(text, "The magistrate")
    assert rows and all("Colin Dray" in actors for actors in rows)


def test_a_pronoun_opening_its_sentence_still_takes_the_person() -> None:
    text = (
        "Selwyn Moray bowled the last over on Monday. "
        "He said on Tuesday the tribunal had been fair."
    )
    rows = _actors_of(text, "He said")
    assert rows and all("Selwyn Moray" in actors for actors in rows)


def test_a_possessive_subject_reports_its_owner() -> None:
    """ "His lawyer said he would appeal": the client, whom the "he" stands for."""
    assert reported_pronoun("His lawyer said on Monday he would appeal.") is None
    assert reported_pronoun("Her coach told reporters she would rest.") is None


def test_the_pronoun_reported_is_found_after_words_between() -> None:
    text = "One of the fund's largest investors told reporters last week that he would vote no."
    start = reported_pronoun(text)
    assert start is not None and text[start : start + 2] == "he"


@given(st.text(max_size=120))
def test_reported_pronoun_never_raises_and_points_at_a_pronoun(text: str) -> None:
    start = reported_pronoun(text)
    assert start is None or text[start : start + 3].rstrip() in ("he", "she")
