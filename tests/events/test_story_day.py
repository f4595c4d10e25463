"""The day a news story tells of: the lead's day, and days told after it from before it
(invented sentences, the real components)."""

from __future__ import annotations

from datetime import date

from tests.events.helpers import news_events

PUBLISHED = date(2025, 6, 18)  # a Wednesday; "Monday" is 16 June


def rows(text: str) -> list[tuple[str | None, str]]:
    return [(e.action, e.date_value) for e in news_events(text, PUBLISHED)]


def test_a_day_before_an_undated_lead_is_background_once_the_story_moves_on() -> None:
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Output at the plant fell 12% in 2024. "
        "Tom Reyes, its chief executive, said the site would be sold."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-18"]


def test_a_day_before_the_lead_still_dates_the_sentence_right_after_it() -> None:
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Tom Reyes, its chief executive, said the site would be sold."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-16"]


def test_the_lead_s_own_day_carries_on_past_a_year() -> None:
    text = (
        "Harlow Mills closed its paper plant in Dunmore on Monday. "
        "Output at the plant fell 12% in 2024. "
        "Tom Reyes, its chief executive, said the site would be sold."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-16"]


def test_a_date_line_before_the_lead_is_not_the_lead() -> None:
    """A stamp ("18 June 2025") is no lead: the lead is the first sentence of prose, and a day
    the lead inherits from the stamp is the lead's day."""
    text = (
        "18 June 2025\n\n"
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Output at the plant fell 12% in 2024. "
        "Tom Reyes, its chief executive, said the site would be sold."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-18"]
