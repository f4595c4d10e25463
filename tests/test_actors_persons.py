"""Persons' names within an article (`timeline/actors/persons.py`): namesakes, double
surnames, and full names the model found once."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import AliasTable, find_actors
from timeline.actors.names import canonical
from timeline.actors.spans import RawSpan

from .events.helpers import news_events

OBITUARY = (
    "Elena Vargas Rojo, a teacher who founded the Orbeta Literacy Project, died on Sunday "
    "in Valparaíso. She was 88.\n\n"
    "Vargas was born in 1935 in Talca. In 1961 she married the engineer Luis Ibáñez Soto, "
    "who died in 2004.\n\n"
    "Her son, Tomás Ibáñez Vargas, said on Monday that his mother had taught until she was "
    "80. Vargas Rojo opened the project's first reading room in 1972.\n\n"
    "Vargas will be buried on Friday."
)


def _names_of(text: str, surface: str) -> list[str]:
    return [m.name for m in find_actors([text])[0] if m.text == surface]


def test_a_lone_first_surname_is_not_another_persons_second_surname() -> None:
    assert set(_names_of(OBITUARY, "Vargas")) == {"Elena Vargas Rojo"}
    assert set(_names_of(OBITUARY, "Vargas Rojo")) == {"Elena Vargas Rojo"}
    assert set(_names_of(OBITUARY, "Tomás Ibáñez Vargas")) == {"Tomás Ibáñez Vargas"}


def test_a_full_name_is_never_another_persons_name() -> None:
    # the model misses the first full name: no word of it is the brother's
    text = "Ana Ruiz Soto and her brother Pablo Ruiz Soto spoke on Monday."
    mentions = find_actors([text])[0]
    assert [m.name for m in mentions if m.start < 13] in ([], ["Ana Ruiz Soto"])
    assert {m.name for m in mentions if m.start > 13} == {"Pablo Ruiz Soto"}


def test_a_shared_surname_takes_the_namesake_named_last_or_stays_as_written() -> None:
    text = (
        "John Smith met Mary Smith in Leeds on Monday. Mary Smith spoke first. Smith said "
        "the plan was sound."
    )
    spans = [
        RawSpan(0, 10, "John Smith", "PERSON"),
        RawSpan(15, 25, "Mary Smith", "PERSON"),
        RawSpan(46, 56, "Mary Smith", "PERSON"),
        RawSpan(70, 75, "Smith", "PERSON"),
    ]
    mentions = canonical(text, spans, AliasTable())
    assert [m.name for m in mentions if m.text == "Smith"] == ["Mary Smith"]
    # written before either full name: nothing to go by, kept as written
    early = "Smith said so. John Smith met Mary Smith."
    spans = [
        RawSpan(0, 5, "Smith", "PERSON"),
        RawSpan(15, 25, "John Smith", "PERSON"),
        RawSpan(30, 40, "Mary Smith", "PERSON"),
    ]
    assert [m.name for m in canonical(early, spans, AliasTable()) if m.text == "Smith"] == ["Smith"]


def test_a_headline_name_the_body_writes_in_full_is_kept_and_found_there() -> None:
    text = (
        "Elena Vargas Rojo, Teacher Who Taught a City to Read, Dies at 88\n\n"
        "VALPARAÍSO, Chile — Elena Vargas Rojo, who founded the Orbeta Literacy Project, died "
        "on Sunday. Her son, Tomás Ibáñez Vargas, said she taught until she was 80. A mass "
        "for Vargas Rojo will be held on Friday."
    )
    mentions = find_actors([text])[0]
    elena = [m for m in mentions if m.name == "Elena Vargas Rojo"]
    assert [m.text for m in elena] == ["Elena Vargas Rojo", "Elena Vargas Rojo", "Vargas Rojo"]
    assert all(m.type == "person" for m in elena)


def test_she_skips_a_man_the_article_calls_her_son() -> None:
    events = news_events(
        "Elena Vargas Rojo died on Sunday in Valparaíso. She was born in 1935 in Talca. "
        "Her son, Tomás Ibáñez Vargas, said on Monday that she had taught until 2015. "
        "She is survived by two grandchildren.",
        date(2024, 3, 5),
    )
    survived = [e for e in events if "survived" in e.sentence]
    assert survived and all("Tomás Ibáñez Vargas" not in e.actors for e in survived)


def test_a_surname_after_a_sentence_ending_in_a_name_is_the_person() -> None:
    text = (
        "Rhiannon Askew won the stage on Sunday. The race ends in Cluj next Sunday.\n\n"
        "Askew, who turned professional in 2019, leads by a minute. It ends on Sunday. Askew "
        "said she was tired."
    )
    spans = [RawSpan(0, 15, "Rhiannon Askew", "PERSON"), RawSpan(58, 62, "Cluj", "GPE")]
    mentions = canonical(text, spans, AliasTable())
    assert [m.name for m in mentions if m.text == "Askew"] == ["Rhiannon Askew"] * 2
    # a capitalised word of the same line with no full stop is still a word of another name
    other = "Rhiannon Askew won. Dai Askew lost."
    spans = [RawSpan(0, 14, "Rhiannon Askew", "PERSON")]
    assert not [m for m in canonical(other, spans, AliasTable()) if m.text == "Askew"]


def test_a_surname_with_its_particle_is_the_person() -> None:
    text = "Jens van Roey lost the lead on Sunday. Van Roey now trails by 21 seconds."
    spans = [RawSpan(0, 13, "Jens van Roey", "PERSON")]
    mentions = canonical(text, spans, AliasTable())
    assert [(m.text, m.name) for m in mentions if m.start > 13] == [("Van Roey", "Jens van Roey")]


@pytest.mark.parametrize("name", ["Ana Ruiz", "Jo Kim", "Li Wen", "Ade Bello"])
@pytest.mark.parametrize("title", ["chief executive", "chairman", "spokeswoman", "Director"])
def test_a_short_name_in_apposition_to_a_title_is_a_person(name: str, title: str) -> None:
    """A name the model may miss, set off by commas after a title ("The company's chief
    executive, Ana Ruiz, said"), is the person the title belongs to."""
    text = (
        "Kestrel Shipping lent money to thousands of people. "
        f"The company's {title}, {name}, said on Monday that it would appeal."
    )
    mentions = find_actors([text])[0]
    assert name in {m.name for m in mentions if m.type == "person"}


def test_an_owner_and_its_thing_is_no_person_whose_surname_follows() -> None:
    """ "Lisbon's Ondulo" in a headline, then "Ondulo" read as a person: no one is named with a
    possessive, so the name keeps the model's type (`described_persons`)."""
    from timeline.actors.described_persons import described_persons

    text = "Lisbon's Ondulo raises money\n\nOndulo said on Monday it had hired staff."
    raw = [RawSpan(0, 15, "Lisbon's Ondulo", "ORG"), RawSpan(30, 36, "Ondulo", "PERSON")]
    assert [r.label for r in described_persons(text, raw)] == ["ORG", "PERSON"]
