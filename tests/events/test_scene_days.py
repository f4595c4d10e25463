"""An undated sentence right after one that told of a background day, in its paragraph, goes on
in that scene (`leads.scene_told_before`, `undated_rows.news_day_rows`)."""

from __future__ import annotations

from datetime import date

from .helpers import news_events

PUBLISHED = date(2024, 5, 10)  # a Friday
THURSDAY = date(2024, 5, 9)
TUESDAY = date(2024, 5, 7)


def _row(text: str, opening: str) -> tuple[str, date | None]:
    """The anchor and day of the only row of the sentence of `text` that opens with `opening`."""
    (row,) = [e for e in news_events(text, PUBLISHED) if e.sentence.startswith(opening)]
    return row.anchor, row.date_start


LEAD = "Floods have cut the hill town of Vell off from the coast, the county said today.\n\n"


def test_what_happened_right_after_a_background_day_goes_on_in_its_scene() -> None:
    text = (
        LEAD + "On Tuesday evening, rescuers pulled a girl, Mira Holt, from the mud. "
        "She was taken to hospital in Dorne with a broken leg."
    )
    assert _row(text, "She was taken") == ("inherited", TUESDAY)
    text = (
        LEAD + "The ferry Aster Belle reached the harbour at Kellan on Tuesday. "
        "Her master, Captain Ivo Renn, said the crossing had been the worst in years."
    )
    assert _row(text, "Her master") == ("published", PUBLISHED)  # said to the reporter


def test_the_scene_ends_with_its_paragraph() -> None:
    text = (
        LEAD + "On Tuesday evening, rescuers pulled a girl, Mira Holt, from the mud.\n\n"
        "Mira Holt was taken to hospital in Dorne with a broken leg."
    )
    assert _row(text, "Mira Holt was") == ("published", PUBLISHED)


def test_the_scene_reaches_only_the_sentence_right_after() -> None:
    text = (
        LEAD + "On Tuesday evening, rescuers pulled a girl, Mira Holt, from the mud. "
        "She was taken to hospital in Dorne with a broken leg. "
        "The Vell council opened a hall for the families."
    )
    assert _row(text, "The Vell council") == ("published", PUBLISHED)


def test_a_state_or_a_time_before_the_scene_is_not_in_it() -> None:
    text = (
        LEAD + "On Tuesday evening, rescuers pulled a girl, Mira Holt, from the mud. "
        "Mira Holt lives with her aunt in Dorne."
    )
    assert _row(text, "Mira Holt lives")[1] != TUESDAY
    text = (
        LEAD + "On Tuesday evening, rescuers pulled a girl, Mira Holt, from the mud. "
        "Mira Holt had previously worked at the Dorne mill."
    )
    assert _row(text, "Mira Holt had")[1] != TUESDAY


def test_the_story_day_of_a_lead_goes_before_a_scene() -> None:
    # the lead told of a day just before the news: the story goes on on it ("Striker Tomas Vey
    # scored twice"), whatever background day the sentence before told of
    text = (
        "Floods cut the hill town of Vell off from the coast on Thursday.\n\n"
        "On Tuesday evening, rescuers pulled a girl, Mira Holt, from the mud. "
        "She was taken to hospital in Dorne with a broken leg."
    )
    assert _row(text, "She was taken") == ("inherited", THURSDAY)
