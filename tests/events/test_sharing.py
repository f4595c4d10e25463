"""Actors the rows of one sentence share (`timeline.events.sharing`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.events.event import Event
from timeline.events.sharing import sentence_places, shared_actors, with_shared_actors
from timeline.sentences import Sentence
from timeline.syntax import Predicate

from .helpers import news_events

_NAMES = st.lists(st.sampled_from(["Lorient", "Peru", "Ferrant", "Ana Ruiz", "Tarn Bank"]))


def _event(actors: list[str]) -> Event:
    return Event(
        "e", "d", "s", 0, 1, 0, "vague", None, None, None, "", "", None, None,
        tuple(actors), tuple("organisation" for _ in actors),
    )  # fmt: skip


@given(st.lists(_NAMES, min_size=1, max_size=4), _NAMES, _NAMES)
def test_a_row_keeps_its_actors_and_gains_only_the_shared_ones(
    rows: list[list[str]], names: list[str], shared: list[str]
) -> None:
    names = list(dict.fromkeys(names))
    events = [_event(list(dict.fromkeys(row))) for row in rows]
    types = ["organisation"] * len(names)
    result = with_shared_actors(events, names, types, set(shared) & set(names))
    assert len(result) == len(events)
    for before, after in zip(events, result, strict=True):
        assert set(before.actors) <= set(after.actors)
        if len(events) > 1:
            assert set(after.actors) <= set(before.actors) | (set(shared) & set(names))
        else:
            assert after.actors == before.actors
        assert len(after.actors) == len(set(after.actors)) == len(after.actor_types)


def test_a_speaker_named_first_has_the_row_of_what_was_said() -> None:
    events = news_events(
        "The Marlow Ferry Company said on Tuesday that crossings to Kettering fell by a third "
        "in May.",
        date(2021, 6, 10),
    )
    fell = next(e for e in events if e.date_start == date(2021, 5, 1))
    assert "Marlow Ferry Company" in fell.actors
    # a speaker named after what was said has it too, as before
    events = news_events(
        "Crossings to Kettering fell in May, the Marlow Ferry Company said on Tuesday.",
        date(2021, 6, 10),
    )
    assert all("Marlow Ferry Company" in e.actors for e in events)


def test_a_verb_before_the_report_keeps_its_clauses_apart() -> None:
    events = news_events(
        "Jo Marsh left the Marlow Ferry Company in March, and Tarn Bank said on Tuesday "
        "that it hired her in May.",
        date(2021, 6, 10),
    )
    hired = next(e for e in events if e.date_start == date(2021, 5, 1))
    assert "Marlow Ferry Company" not in hired.actors


def test_a_pronoun_speaker_has_the_row_of_what_was_said() -> None:
    events = news_events(
        "Maria Lopez became director of the Marlow Port Authority in 2019. She said on Tuesday "
        "that crossings to Kettering fell by a third in May.",
        date(2021, 6, 10),
    )
    fell = next(e for e in events if e.date_start == date(2021, 5, 1))
    assert set(fell.actors) == {"Maria Lopez", "Kettering"}


def test_clauses_coordinated_inside_what_was_said_share_the_statement() -> None:
    # the speaker named first: the flight and the arrival are what the governor said
    events = news_events(
        "Governor Helen Ward said the doses were flown from Denver to Pueblo and reached "
        "Durango early on Sunday morning.",
        date(2021, 4, 6),
    )
    assert len(events) == 2
    assert all({"Helen Ward", "Pueblo"} <= set(e.actors) for e in events)
    # the speaker named last, after a comma
    events = news_events(
        "President Marek Dolan declared three days of mourning and flew to Olomouc this "
        "morning, his office said.",
        date(2021, 4, 6),
    )
    flew = [e for e in events if e.date_value and e.date_value.startswith("2021-04-06")]
    assert flew and all({"Marek Dolan", "Olomouc"} <= set(e.actors) for e in flew)


def test_a_place_of_a_quotation_is_the_rows() -> None:
    (row,) = news_events(
        '"Flats in Ostrava are selling fast," said Ines Marr, an agent, on Monday.',
        date(2023, 5, 4),
    )
    assert "Ostrava" in row.actors and "Ines Marr" in row.actors


def test_a_counted_clause_and_its_sentence_share_their_places() -> None:
    events = news_events(
        "Finance Minister Pavel Lorenc announced the measures in a televised address on "
        "Wednesday, two days after talks with creditor banks ended in Vienna.",
        date(1985, 9, 5),
    )
    assert len(events) == 2
    assert all("Vienna" in e.actors for e in events)


def test_places_listed_after_a_place_share_every_row() -> None:
    events = news_events(
        "Rescuers have moved 4,000 people from villages in Leeds, Bradford and Wakefield since "
        "Sunday, and the rest will be moved by noon tomorrow.",
        date(2022, 10, 24),
    )
    assert len(events) == 2
    assert all({"Leeds", "Bradford", "Wakefield"} <= set(e.actors) for e in events)


def test_a_place_written_without_a_preposition_is_every_rows() -> None:
    events = news_events(
        "Rain raised the level of Lake Windermere on Monday, and the ferry will resume in March.",
        date(2022, 10, 26),
    )
    assert len(events) == 2
    assert all("Lake Windermere" in e.actors for e in events)


def test_a_speaker_named_after_a_quotation_has_its_dated_rows() -> None:
    events = news_events(
        "The mayor, Tom Becker, spoke on Thursday evening. "
        '"I watched this club play in Bristol in 2002," Becker told reporters.',
        date(2022, 10, 26),
    )
    (played,) = [e for e in events if e.date_value == "2002"]
    assert set(played.actors) == {"Tom Becker", "Bristol"}


def test_a_speaker_set_off_by_commas_after_what_was_said_has_each_row() -> None:
    # the title, then the name between commas, then the reporting verb
    events = news_events(
        "Ferry fares to Kettering will rise on July 1, the Marlow Ferry Company's director, "
        "Mr. Tobias Wrenfield, announced yesterday.",
        date(2021, 6, 10),
    )
    assert len(events) == 2
    assert all("Tobias Wrenfield" in e.actors for e in events)
    # a name, then what it is, between commas
    events = news_events(
        "The crossing closed on Sunday and reopened on Tuesday morning, the harbour's "
        "operator, Kettering Quays Ltd, said on Wednesday.",
        date(2021, 6, 10),
    )
    assert len(events) >= 2
    assert all("Kettering Quays Ltd" in e.actors for e in events)


def test_a_name_written_after_a_preposition_of_place_is_a_place_of_each_row() -> None:
    # the model may type a small town or an island as an organisation or a person: written
    # right after "in", "at", "from", "between", it is where the sentence happens
    text = "Ana Roe, who lost in Kelvara on Monday, conceded defeat at Tambo Reef on Friday."
    verbs = [Predicate(13, 17, "lose"), Predicate(40, 48, "concede")]
    found = [
        ActorMention(0, 7, "Ana Roe", "Ana Roe", "person"),
        ActorMention(21, 28, "Kelvara", "Kelvara", "organisation"),
        ActorMention(59, 69, "Tambo Reef", "Tambo Reef", "person"),
    ]
    sentence = Sentence(0, len(text), text, 0)
    assert shared_actors(text, sentence, verbs, ["Ana Roe", "Kelvara", "Tambo Reef"], found) == {
        "Kelvara",
        "Tambo Reef",
    }
    # not a name after another word, nor one set before a noun it describes
    text = "Ana Roe, who joined Kelvara in May, left the Tambo Reef office in June."
    verbs = [Predicate(13, 19, "join"), Predicate(36, 40, "leave")]
    found = [
        ActorMention(0, 7, "Ana Roe", "Ana Roe", "person"),
        ActorMention(20, 27, "Kelvara", "Kelvara", "organisation"),
        ActorMention(45, 55, "Tambo Reef", "Tambo Reef", "organisation"),
    ]
    sentence = Sentence(0, len(text), text, 0)
    assert (
        shared_actors(text, sentence, verbs, ["Ana Roe", "Kelvara", "Tambo Reef"], found) == set()
    )


def test_a_clause_that_names_no_one_has_the_sentence_s_actors() -> None:
    # the first clause's subject is a thing: its row takes the persons and organisations the
    # rest of the sentence names, as the outlet gold gives each row of a sentence
    events = news_events(
        "The motion was first lodged on May 28, but Speaker Tomas Vellacott ruled it out of "
        "order on June 4.",
        date(2021, 6, 10),
    )
    assert len(events) == 2
    assert all("Tomas Vellacott" in e.actors for e in events)


def test_a_clause_that_names_no_one_takes_the_actors_only_of_a_verb_row() -> None:
    # an event noun's row ("the conference ... last week") keeps what it had
    said = _event([])
    said = replace(said, action="conference")
    named = replace(_event(["Ferrant"]), action="open")
    result = with_shared_actors([said, named], ["Ferrant"], ["organisation"], set(), {"open"})
    assert result[0].actors == ()
    said = replace(said, action="lodge")
    result = with_shared_actors(
        [said, named], ["Ferrant"], ["organisation"], set(), {"open", "lodge"}
    )
    assert result[0].actors == ("Ferrant",)


def test_the_dated_clauses_of_one_sentence_share_its_actors() -> None:
    # a clause inside another ("after ..."): each row names everyone the sentence names
    events = news_events(
        "Shares of Kestrel Mining fell 4% on Tuesday after the Tarn Valley Authority "
        "suspended its licence on Monday.",
        date(2021, 6, 10),
    )
    assert len(events) == 2
    assert all(set(e.actors) == {"Kestrel Mining", "Tarn Valley Authority"} for e in events)
    # clauses coordinated by "and", each with its verb, keep their own
    events = news_events(
        "Kestrel Mining opened the Halden mine in 2019 and sold it to Tarn Bank in 2021.",
        date(2021, 6, 10),
    )
    sold = next(e for e in events if e.date_value == "2021")
    assert "Halden mine" not in sold.actors


def test_the_places_coordinated_clauses_share_are_the_places_the_model_typed() -> None:
    # "a stake in Kelvane Motors": a company the model typed as one, after "in", is a place of
    # one statement's rows, not of coordinated clauses, which keep their companies
    text = "Orvieto bought a stake in Kelvane Motors in Tarnby in 2009 and raised it in 2011."
    found = [
        ActorMention(0, 7, "Orvieto", "Orvieto", "organisation"),
        ActorMention(26, 40, "Kelvane Motors", "Kelvane Motors", "organisation"),
        ActorMention(44, 50, "Tarnby", "Tarnby", "location"),
    ]
    sentence = Sentence(0, len(text), text, 0)
    assert sentence_places(text, sentence, found) == {"Kelvane Motors", "Tarnby"}
    assert sentence_places(text, sentence, found, retyped=False) == {"Tarnby"}
