""" "The Samoan-born lawyer", "The Mexican" and "They" taking persons named before
(`timeline.events.person_anaphors`, read by `timeline.events.anaphora`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.events import has_anaphor
from timeline.events.anaphora import resolve_anaphora
from timeline.events.person_anaphors import coordinated_persons, described_person
from timeline.sentences import split_sentences

from .helpers import mention, news_events


def _resolved(text: str, names: list[str]) -> list[str]:
    """The names the last sentence of `text` takes, with `names` found in the text."""
    sentences = split_sentences(text)
    people = [mention(name, text) for name in names]
    last = sentences[-1]
    found, _ = resolve_anaphora(
        text[last.start : last.end], [], [], sentences[:-1], people, pointed={}, genders={}
    )
    return found


def test_a_description_of_who_a_person_is_is_the_person_named_before() -> None:
    text = (
        "Lemeki Tauvaga, the defendant's lawyer, said his client would pay. "
        "The Fijian-born lawyer told reporters that he would not appeal."
    )
    assert _resolved(text, ["Lemeki Tauvaga"]) == ["Lemeki Tauvaga"]
    text = "Orrin Valdés, 29, had never been knocked down. The Chilean, ranked third, lost."
    assert _resolved(text, ["Orrin Valdés"]) == ["Orrin Valdés"]
    text = "Tomasz Rendl, 41, has never coached a club. The former goalkeeper played in Brno."
    assert _resolved(text, ["Tomasz Rendl"]) == ["Tomasz Rendl"]
    text = "Their coach Harold Pyne said so on Monday. The Irishman, who arrived in May, left."
    assert _resolved(text, ["Harold Pyne"]) == ["Harold Pyne"]


def test_an_age_before_more_words_of_a_description_is_the_person() -> None:
    events = news_events(
        "Ravi Kelkar won the Ostby open chess title on Sunday. "
        "The 24-year-old Ostby bank clerk finished with 10 points on Sunday.",
        date(1979, 12, 17),
    )
    finished = [e for e in events if e.sentence.startswith("The 24-year-old")]
    assert finished and all("Ravi Kelkar" in e.actors for e in finished)


def test_a_role_alone_may_be_someone_new_and_takes_no_one() -> None:
    """ "The driver" or "The lawyer" may be a person the story has not named: no guess."""
    for sentence in (
        "The driver was taken to hospital.",
        "The lawyer told reporters.",
        "The new coach will be named on Monday.",
        "The Kenyan government said so.",
        "The 40-year-old bridge was closed.",
        "The three-day music festival had planned for more.",
        "The American carmaker Velmar Motors said so.",  # a name after the description
    ):
        assert described_person(sentence) is None, sentence
        assert not has_anaphor(sentence), sentence
    text = "Ana Roe saw the crash on Monday. The driver was taken to hospital."
    assert _resolved(text, ["Ana Roe"]) == []


def test_they_after_persons_joined_as_a_subject_are_those_persons() -> None:
    text = (
        "Arvid Lunde, 23, of Tarsk, and Oskar Hale, 27, of Ostby, are each charged with fraud. "
        "They appeared in court yesterday."
    )
    assert _resolved(text, ["Arvid Lunde", "Oskar Hale"]) == ["Arvid Lunde", "Oskar Hale"]
    text = (
        "In May two divers, Nils Varg and Karin Holm, dropped onto a wreck off Tarsk. "
        "They reported the find the following day."
    )
    assert _resolved(text, ["Nils Varg", "Karin Holm"]) == ["Nils Varg", "Karin Holm"]


def test_they_goes_on_with_the_persons_an_earlier_they_stood_for() -> None:
    events = news_events(
        "Michael Dobson and Peter Harris were charged with fraud on Monday. "
        "They appeared in court on Tuesday. They are due to appear again on November 3.",
        date(2016, 10, 18),
    )
    due = [e for e in events if e.sentence.startswith("They are due")]
    assert due and all({"Michael Dobson", "Peter Harris"} <= set(e.actors) for e in due)


def test_they_after_persons_as_objects_or_no_persons_is_no_one() -> None:
    """ "Police arrested A and B. They said": "They" may be the police."""
    text = "Police arrested Arvid Lunde and Oskar Hale. They said more arrests were likely."
    assert _resolved(text, ["Arvid Lunde", "Oskar Hale"]) == []
    text = "Arvid Lunde met Oskar Hale in Tarsk. They signed a deal."
    assert _resolved(text, ["Arvid Lunde", "Oskar Hale"]) == []
    text = "Soviet scientists arrived in Tarsk yesterday. They will stay for ten days."
    assert _resolved(text, []) == []


def test_coordinated_persons_need_every_person_of_the_sentence_joined() -> None:
    text = "Ana Roe and Tom Bell, with their lawyer Jo Kim, are charged."
    sentence = split_sentences(text)[0]
    people = [mention(name, text) for name in ("Ana Roe", "Tom Bell", "Jo Kim")]
    assert coordinated_persons(sentence, people) == []


@given(st.text(max_size=80))
def test_described_person_never_raises_and_opens_with_the(text: str) -> None:
    match = described_person(text)
    assert match is None or match.group(1).startswith("The")
