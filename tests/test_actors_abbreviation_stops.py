"""An abbreviation's stop before a figure ("on Oct. 20", "the No. 4 seed") ends no sentence for
`anaphor_context.sentence_start`, so that "It" after "The company will replace the heaters
from Oct. 20." goes on with the company (stop 38, helper `referents8`). Invented names and
sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.anaphor_context import sentence_start
from timeline.actors.anaphora import thing_anaphora

from .mentions import placer

_MONTHS = ["Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]


@given(
    month=st.sampled_from(_MONTHS),
    day=st.integers(min_value=1, max_value=31),
    gap=st.sampled_from([" ", "\n", "\n\n"]),
)
def test_a_month_s_stop_before_its_day_ends_no_sentence(month: str, day: int, gap: str) -> None:
    text = f"Orlo said so. The company will pay from {month}. {day}.{gap}It expects a loss."
    start = sentence_start(text, text.index("It expects"))
    assert text[start:].startswith("The company will pay")


def test_a_stop_before_a_capitalised_word_still_ends_its_sentence() -> None:
    text = "Orlo paid on Monday. The firm grew. It fell."
    assert text[sentence_start(text, text.index("It fell")) :].startswith("The firm grew")


def test_it_after_the_company_and_a_date_with_its_month_abbreviated_is_the_company() -> None:
    text = (
        "Kirrin Denki said on Thursday it would recall 210,000 heaters. "
        "The company will replace the heaters free of charge from Oct. 20.\n\n"
        "It expects the recall to cost about 3.4 billion yen."
    )
    at = placer(text)
    found = {m.text: m.name for m in thing_anaphora(text, [at("Kirrin Denki", "organisation")])}
    assert found == {"The company": "Kirrin Denki", "It": "Kirrin Denki"}
