"""The owner of a thing a sentence opens with ("The company's shares", "The council's finance
convener, ...") is no actor of its rows; the mention stays, so an "It" after it still stands
for the owner, and a sentence that names the owner again keeps it (stop 43,
helper `referents`). Invented sentences, through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.documents import Document
from timeline.events.event import Event
from timeline.events.possessive_owners import possessive_opening, without_possessive_owners
from timeline.pipeline import extract
from timeline.sentences import Sentence


def _row_actors(text: str, sentence_start: str) -> list[tuple[str, ...]]:
    doc = Document("a", text, published=date(2024, 3, 8), published_source="user")
    table = extract([doc], workers=1).table
    return [
        tuple(row.actors) for row in table.itertuples() if row.sentence.startswith(sentence_start)
    ]


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("Veltra Semiconductor", "The company's fiscal year ends on the last Sunday in June."),
        ("Tarvik Capital Bank", "The bank's shares closed unchanged on Friday."),
        ("Fyfe Regional Council", "The council's finance convener, Mora Hynd, said so on Friday."),
    ],
)
def test_the_owner_of_the_opening_thing_is_no_actor(name: str, opening: str) -> None:
    text = f"{name} said on Monday it would close its Lund office. {opening}"
    rows = _row_actors(text, opening[:12])
    assert rows
    assert all(name not in actors for actors in rows)
    # the sentence before keeps it
    assert any(name in actors for actors in _row_actors(text, name))


def test_an_owner_the_sentence_names_again_stays() -> None:
    text = (
        "The Ruakaka Rangers Club met on Monday. The club's treasurer, Mrs. Noa Piri, told the "
        "meeting on Tuesday that the Ruakaka Rangers Club had made a profit."
    )
    rows = _row_actors(text, "The club's")
    assert rows
    assert all("Ruakaka Rangers Club" in actors for actors in rows)


def _mention(text: str, surface: str, name: str) -> ActorMention:
    start = text.index(surface)
    return ActorMention(start, start + len(surface), surface, name, "organisation")


def test_a_name_s_possessive_and_one_inside_the_sentence_stay() -> None:
    """ "The Fund's board" writes the body's short name; "Analysts said the company's shares"
    is no opening."""
    for text, surface in (
        ("The Fund's board approved a loan on May 2.", "The Fund's"),
        ("Analysts said the company's shares fell on May 2.", "the company's"),
    ):
        owner = _mention(text, surface, "Tarka Fund")
        sentence = Sentence(0, len(text), text, 0)
        row = Event(
            "ev", "d", text, 0, len(text), 0, "explicit", None, None, None, "May 2", "",
            text.index("May 2"), text.index("May 2") + 5,
            actors=("Tarka Fund",), actor_types=("organisation",),
        )  # fmt: skip
        assert not possessive_opening(owner, sentence)
        assert without_possessive_owners([row], (owner,), sentence) == [row]


@given(st.sampled_from(["", '"', "“", "  "]), st.sampled_from(["company", "union", "museum"]))
def test_an_opening_quotation_mark_does_not_hide_the_opening(lead: str, noun: str) -> None:
    text = f"{lead}The {noun}'s shares fell on May 2."
    owner = _mention(text, f"The {noun}'s", "Tarka")
    assert possessive_opening(owner, Sentence(0, len(text), text, 0))
