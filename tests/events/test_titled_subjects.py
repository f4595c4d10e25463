""" "He" after a sentence that opens with a body's name and its titled person ("Umoya chief
executive Johan Pretorius apologised ... He said") is that person, not one named later in it
(stop 49, helper `referents`). Invented names and sentences, through the real pipeline: a
live blog's entry, a trade paper's report, a wire's statement."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.documents import Document
from timeline.pipeline import extract


def _row_actors(text: str, sentence_start: str) -> list[set[str]]:
    doc = Document("a", text, published=date(2024, 3, 8), published_source="user")
    rows = extract([doc], workers=1).table.itertuples()
    return [set(row.actors) for row in rows if row.sentence.startswith(sentence_start)]


@pytest.mark.parametrize(
    ("opening", "person"),
    [
        (
            "Kavuma Telecom chief executive Joseph Lwanga apologised to customers in a video "
            "with presenter Grace Nalule on Thursday.",
            "Joseph Lwanga",
        ),
        (
            "Orlo Freight managing director Karin Holm showed the new hub to Mayor John Carter "
            "on Monday.",
            "Karin Holm",
        ),
    ],
)
def test_he_or_she_is_the_titled_subject(opening: str, person: str) -> None:
    pronoun = "She" if person == "Karin Holm" else "He"
    text = f"{opening} {pronoun} said the outage had begun at 4 a.m. on Wednesday."
    rows = _row_actors(text, pronoun)
    assert rows
    assert all(person in actors for actors in rows), rows


def test_a_person_without_a_title_after_a_body_stays_ambiguous() -> None:
    """ "Orlo hired Peter Walsh and John Carter. He ...": no title before the first, no guess."""
    text = (
        "Orlo Freight hired Peter Walsh and John Carter on Monday. "
        "He said the hub would open on Friday, March 15."
    )
    rows = _row_actors(text, "He said")
    assert all(not ({"Peter Walsh", "John Carter"} & actors) for actors in rows), rows
