"""Undated sentences that tell of no day, whatever day they would take from the sentence before
or the news: what was done since a day told of, and a habit (`undated_rows.on_no_day`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.dates import done_since
from timeline.temporal.habits import habit_cue_before

from .helpers import news_events

PUBLISHED = date(2024, 5, 10)  # a Friday
THURSDAY = date(2024, 5, 9)

LEAD = "The Vell harbour board closed the north quay on Thursday after a crane collapsed.\n\n"


def _row(text: str, opening: str) -> tuple[str, date | None]:
    """The anchor and day of the only row of the sentence of `text` that opens with `opening`."""
    (row,) = [e for e in news_events(text, PUBLISHED) if e.sentence.startswith(opening)]
    return row.anchor, row.date_start


def test_what_was_done_since_a_day_told_of_has_no_day() -> None:
    text = LEAD + "Its operator, Kestrel Lifting, has since grounded its other four cranes."
    assert _row(text, "Its operator") == ("vague", None)
    text = (
        LEAD + "The board's engineer, Ana Ruiz, inspected the quay on Thursday. "
        "Ana Ruiz has since hired a second inspector, the board said."
    )
    assert _row(text, "Ana Ruiz has") == ("vague", None)
    # what a statement reports leaves the saying on its day
    text = LEAD + "Kestrel Lifting said it had since grounded its other four cranes."
    assert _row(text, "Kestrel Lifting")[1] is not None


def test_a_day_or_a_state_since_a_day_keeps_its_reading() -> None:
    text = LEAD + "Kestrel Lifting has operated the cranes at Vell since 2011."
    assert _row(text, "Kestrel Lifting")[1] is not None
    text = LEAD + "Kestrel Lifting grounded its other four cranes."
    assert _row(text, "Kestrel Lifting") == ("inherited", THURSDAY)


def test_a_habit_has_no_day() -> None:
    text = LEAD + "Trawlers of the Kestrel Fishing Company usually unload at the north quay."
    assert _row(text, "Trawlers") == ("vague", None)
    text = LEAD + "Trawlers of the Kestrel Fishing Company unloaded at the north quay."
    assert _row(text, "Trawlers") == ("inherited", THURSDAY)


def test_a_habit_reported_is_the_statement_of_its_day() -> None:
    text = LEAD + "The Kestrel Fishing Company said its trawlers usually unload at the quay."
    assert _row(text, "The Kestrel")[1] is not None


@given(st.sampled_from(["has", "have", "had"]), st.sampled_from(["closed", "sold", "cut", "been"]))
def test_since_before_a_participle_is_what_was_done_since(auxiliary: str, participle: str) -> None:
    assert done_since(f"The firm {auxiliary} since {participle} the depot.")
    assert not done_since(f"The firm {auxiliary} {participle} the depot since 1998.")


@given(st.sampled_from(["usually", "typically", "routinely", "rarely"]))
def test_a_habit_cue_before_the_verb(cue: str) -> None:
    text = f"The ferry {cue} stops at Kell."
    assert habit_cue_before(text, text.index("stops") + 5)
    assert not habit_cue_before("The ferry stops at Kell.", 15)
