"""Titles of reports a body publishes are no actors (`timeline.actors.report_titles`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.report_titles import names_a_report


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_a_title_between_its_owner_and_a_noun_of_a_report_is_no_actor() -> None:
    text = (
        "The Ministry of Fisheries said in its annual Cod and Haddock report on Monday that "
        "catches fell. The Reserve Bank of Tarsk will release its monthly Kestrel business "
        "survey next week."
    )
    names = _names(text)
    assert "Ministry of Fisheries" in names
    assert not {"Cod and Haddock", "Kestrel"} & names


def test_the_short_name_in_brackets_after_a_reports_title_is_no_actor() -> None:
    text = "The Bank of Tarsk will publish its Financial Stability Report (FSRT) on June 3."
    assert "FSRT" not in _names(text)
    text = "The Bank of Tarsk (BOT) will publish a report on June 3."
    assert names_a_report(text, text.index("BOT"), text.index("BOT") + 3) is False


def test_a_survey_without_its_owner_keeps_its_maker() -> None:
    """ "a Gallup survey" tells who made the survey: no owner is written before the name."""
    text = "A Gallup survey published on Monday found support had fallen."
    assert names_a_report(text, 2, 8) is False


@given(st.text(alphabet="its Report (A) survey's ", max_size=60), st.integers(0, 60))
def test_never_raises(text: str, start: int) -> None:
    names_a_report(text, min(start, len(text)), len(text))
