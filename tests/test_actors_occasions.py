"""Occasions are no actors (`timeline.actors.occasions`): a name before the noun of its event,
a feast written "Feast of ...", a saint's abbreviation cut from his day; invented sentences,
the rule alone and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.occasions import (
    names_a_day_of_observance,
    names_a_rite,
    names_an_apposed_occasion,
    names_an_occasion,
    names_an_occasion_taking_place,
)
from timeline.actors.spans import clean_span

from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harriers play Dunmore on Saturday in the Varda championship.", "Varda"),
        ("Orlen Systems will show its chip at the Kelso trade show in May.", "Kelso"),
        ("Tickets for the Brannagh Bumper draw went on sale on Monday.", "Brannagh Bumper"),
        ("Stalls filled the square for the Lammas fair last week.", "Lammas"),
    ],
)
def test_a_name_before_its_events_noun_is_no_actor(text: str, name: str) -> None:
    assert names_an_occasion(text, *_at(text, name))


@pytest.mark.parametrize("trophy", ["Ostrava Shield", "Delmont Show", "Kelso Expo"])
def test_a_name_ending_in_an_events_word_is_no_actor(trophy: str) -> None:
    text = f"Extra trains will run for the {trophy} on Tuesday."
    assert clean_span(text, *_at(text, trophy), "ORG") is None


@pytest.mark.parametrize(
    "event",
    ["Jarrow Ad Summit", "Carrow Derby", "Lakeside Beer Fest"],
)
def test_a_summit_a_derby_or_a_fest_is_no_actor(event: str) -> None:
    text = f"The {event} takes place at the Tollgate Hall on 4 May."
    assert clean_span(text, *_at(text, event), "ORG") is None


def test_the_body_before_its_summit_stays_an_actor() -> None:
    text = "He will fly to the Coral Rim Group summit in Suva in July."
    assert not names_an_occasion(text, *_at(text, "Coral Rim Group"))
    span = clean_span(text, *_at(text, "Coral Rim Group"), "ORG")
    assert span is not None and span.text == "Coral Rim Group"


@pytest.mark.parametrize(
    "text",
    [
        "The shop shut on the night of 15 August, the Feast of the Assumption.",
        "Processions are held on the Octave of Easter each year.",
    ],
)
def test_a_feast_of_is_no_actor(text: str) -> None:
    start = text.index("Feast") if "Feast" in text else text.index("Octave")
    end = text.index(".", start) if "Feast" in text else text.index(" each")
    assert names_an_occasion(text, start, end)


def test_a_saints_abbreviation_before_his_day_is_no_actor() -> None:
    text = "Mr. Ivo Quane said the gate was shut on St. Brendan's Day last year."
    assert names_an_occasion(text, *_at(text, "St"))
    other = "She taught at a school in St. Albans for years."
    assert not names_an_occasion(other, *_at(other, "St"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Workers at the Kelso plant struck on Monday.", "Kelso"),
        ("The Tarn figures show that rents rose in May.", "Tarn"),
        ("Dredgers kept the Suez Canal open all winter.", "Suez Canal"),
        ("Kelso won fair and square on Saturday.", "Kelso"),
    ],
)
def test_a_name_before_another_noun_or_a_verb_stays_a_name(text: str, name: str) -> None:
    assert not names_an_occasion(text, *_at(text, name))


def test_through_the_model_the_event_goes_and_the_teams_stay() -> None:
    text = (
        "Los Cardos travel to Villa Ombú next Saturday for the fourth round of the URBA "
        "championship. The company will show the chip at the Networld trade show in Reno."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert "URBA" not in names
    assert "Networld" not in names


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_never_raises_on_any_text(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert names_an_occasion(text, start, end) in (True, False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ana Quell won the third stage of the Grand Prix des Vallons on Monday.",
            "Grand Prix des Vallons",
        ),
        ("The Tour de Varda starts on Saturday in Orvé.", "Tour de Varda"),
        ("Crowds came to the Festival of Lanterns on Friday.", "Festival of Lanterns"),
    ],
)
def test_a_contests_or_festivals_head_opening_a_name_is_no_actor(text: str, name: str) -> None:
    assert names_an_occasion(text, *_at(text, name))


def test_the_sweeps_find_no_occasion_where_a_headline_named_it() -> None:
    from timeline.actors.mention import ActorMention
    from timeline.actors.persons import full_name_sweep
    from timeline.actors.sweeps import name_sweep

    text = "Kelso Bumper prize goes to Orvé\n\nThe winner of the Kelso Bumper draw was named."
    headline = ActorMention(0, 12, "Kelso Bumper", "Kelso Bumper", "person")
    assert full_name_sweep(text, [headline]) == []
    thing = ActorMention(0, 12, "Kelso Bumper", "Kelso Bumper", "organisation")
    assert name_sweep(text, [thing], []) == []
    later = text + " Kelso Bumper said so."
    assert [m.start for m in name_sweep(later, [thing], [])] == [later.rindex("Kelso")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Orders slowed only slightly around Tarnaki Day, the firm said.", "Tarnaki Day", "GPE"),
        (
            "The planting, postponed from National Hedge Day, is on Sunday.",
            "National Hedge Day",
            "ORG",
        ),
        ("Shops stay open until Kessel Founders Day next week.", "Kessel Founders Day", "ORG"),
        ("Trains ran a Sunday timetable during the Varda Day holiday.", "Varda Day", "LOC"),
    ],
)
def test_a_day_kept_named_after_a_preposition_of_time_is_no_actor(
    text: str, name: str, label: str
) -> None:
    assert names_a_day_of_observance(text, *_at(text, name), label)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The letter came from Mara Day on Friday.", "Mara Day", "PERSON"),  # a family name
        ("The figures were printed in Business Day.", "Business Day", "ORG"),  # a paper
        ("Tarnaki Day drew 4,000 people.", "Tarnaki Day", "GPE"),  # no preposition of time
        ("The shop shut for Day.", "Day", "ORG"),  # one word
    ],
)
def test_a_person_a_paper_or_a_day_without_a_preposition_stays(
    text: str, name: str, label: str
) -> None:
    assert not names_a_day_of_observance(text, *_at(text, name), label)


@given(st.sampled_from(["around", "after", "before", "until", "since", "from", "during"]))
def test_every_preposition_of_time_makes_a_kept_day_no_actor(preposition: str) -> None:
    text = f"Sales were slow {preposition} Tarnaki Day this year."
    assert names_a_day_of_observance(text, *_at(text, "Tarnaki Day"), "ORG")


@pytest.mark.parametrize("name", ["Annual General Meeting", "Silver Jubilee", "Varda Jubilee"])
def test_a_meeting_or_a_jubilee_by_its_name_is_no_actor(name: str) -> None:
    text = f"Bells will ring for the {name} in Kessel on Sunday."
    assert clean_span(text, *_at(text, name), "ORG") is None


def test_the_events_word_the_model_cut_from_its_name_is_no_actor() -> None:
    """The model read "Meeting" alone as a person in "The Annual General Meeting will be held
    ...": the event's word after a word of its name names no one."""
    text = "The Annual General Meeting will be held in Kessel on Thursday."
    assert clean_span(text, *_at(text, "Meeting"), "PERSON") is None
    assert clean_span("Meeting notes were lost.", 0, 7, "ORG") is not None  # no name before


def test_a_name_before_its_own_meeting_in_lower_case_stays() -> None:
    """ "the Kessel board meeting" is the company's meeting: Kessel stays an actor."""
    text = "Ana Ruiz told the Kessel board meeting on Friday that sales rose."
    assert not names_an_occasion(text, *_at(text, "Kessel"))


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Fr Ivo Quane will celebrate the Easter Vigil at 11 p.m.", "Easter Vigil", "FAC"),
        ("Requiem Mass was celebrated yesterday in St. Ronan's.", "Requiem Mass", "ORG"),
        ("Canon Quane announced at all Masses last Sunday that times change.", "Masses", "GPE"),
        ("Confessions will be heard before the 9 a.m. Mass.", "Mass.", "GPE"),
        ("Bishop Ivo Quane will administer Confirmation on Sunday.", "Confirmation", "ORG"),
        ("Solemn Benediction follows the evening devotions.", "Solemn Benediction", "ORG"),
    ],
)
def test_a_rite_is_no_actor(text: str, name: str, label: str) -> None:
    assert names_a_rite(text, *_at(text, name), label)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Lena Vigil said the road would reopen.", "Lena Vigil", "PERSON"),
        ("Kelvane Corp., based in Worcester, Mass., cut jobs.", "Mass.", "GPE"),
        ("Holy Redeemer parish opened a hall.", "Holy Redeemer", "ORG"),
    ],
)
def test_a_person_a_states_short_form_or_a_parish_is_kept(text: str, name: str, label: str) -> None:
    assert not names_a_rite(text, *_at(text, name), label)


@given(st.sampled_from(["Mass", "Masses", "Vigil", "Novena", "Evensong", "Vespers"]))
def test_a_rite_after_the_is_never_an_actor(rite: str) -> None:
    text = f"Fr Ivo Quane will lead the Palm Sunday {rite} at Holy Redeemer."
    start = text.index("Palm")
    assert names_a_rite(text, start, text.index(rite) + len(rite), "ORG")


def test_the_rite_is_no_actor_of_the_row() -> None:
    """End to end: the sentence keeps its priest and loses the rite."""
    text = "Church notes. Canon Ivo Quane will celebrate the Easter Vigil at 11 p.m. on Saturday."
    names = {mention.name for mention in find_actors([text])[0]}
    assert not any("Vigil" in name for name in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rana Iyer took the lead of the Harbour Masters on Saturday.", "Harbour Masters"),
        (
            "The Velden International Violin Competition opened on Monday.",
            "Velden International Violin Competition",
        ),
    ],
)
def test_a_masters_or_a_competition_by_its_name_is_no_actor(text: str, name: str) -> None:
    """Stop 38: a contest named by "Masters" or "Competition" is an event, as a cup is."""
    for label in ("ORG", "EVENT"):
        assert clean_span(text, *_at(text, name), label) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz won the Copa del Sur in Tarvik on Sunday night.", "Copa del Sur"),
        ("Kessel lost the Coupe de Varda final on Saturday.", "Coupe de Varda"),
        ("He rode the Trofeo di Orvé last year.", "Trofeo di Orvé"),
    ],
)
def test_a_cup_in_a_romance_language_is_no_actor(text: str, name: str) -> None:
    assert names_an_occasion(text, *_at(text, name))


def test_a_surname_like_an_events_word_and_a_cups_airline_stay() -> None:
    """ "Brian Masters" is a person, "Copa Airlines" a company, "the Tarn competition
    commissioner" the body's officer: the stop 38 words take none of them."""
    text = "Brian Masters, the club secretary, said on Monday that fees would rise."
    assert clean_span(text, *_at(text, "Brian Masters"), "PERSON") is not None
    assert not names_an_occasion("Copa Airlines said on Monday", 0, 13)
    text = "the Tarn competition commissioner said so"
    assert not names_an_occasion(text, *_at(text, "Tarn"))
    (found,) = find_actors(["Brian Masters, the club secretary, said on Monday that fees rose."])
    assert [m.name for m in found] == ["Brian Masters"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tarnexpo, the building trade fair, opens in Kelso on 4 May.", "Tarnexpo"),
        ("Rivermeet, the region's annual conference, will be held on 9 June.", "Rivermeet"),
        ("Ticket 0412 won the Brannagh, the first prize, on Monday.", "Brannagh"),
        ("Last year Vela Gold, the festival's top award, went to a short film.", "Vela Gold"),
    ],
)
def test_a_name_set_off_by_its_occasions_description_is_no_actor(text: str, name: str) -> None:
    # stop 52, helper `orgs`
    assert names_an_apposed_occasion(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelso Events, the fair's organiser, said on Monday it would pay.", "Kelso Events"),
        ("Kelso Events, the sponsor of the fair, said on Monday it would pay.", "Kelso Events"),
        ("Orlen Systems, the chip maker, said on Monday it would expand.", "Orlen Systems"),
        ("The Ferry Road, the only crossing still open, was shut on Monday.", "Ferry Road"),
    ],
)
def test_a_name_whose_description_names_no_occasion_stays(text: str, name: str) -> None:
    assert not names_an_apposed_occasion(text, *_at(text, name))


def test_an_apposed_occasion_is_dropped_and_its_place_kept_through_the_model() -> None:
    text = "Tarnexpo, the building trade fair, opens in Kelso on Monday, 4 May."
    names = {m.name for m in find_actors([text])[0]}
    assert "Tarnexpo" not in names


@given(st.text(max_size=60))
def test_an_apposed_occasion_never_raises(text: str) -> None:
    assert names_an_apposed_occasion(text, 0, len(text) // 2) in (True, False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tarn Safety Day takes place in Kelso on 3 March.", "Tarn Safety Day"),
        ("The annual Oskeby Growers Forum will take place on 24 March.", "Oskeby Growers Forum"),
        ("Last year Kelso Live took place in a tent on the green.", "Kelso Live"),
    ],
)
def test_a_name_that_takes_place_is_an_occasion(text: str, name: str) -> None:
    # stop 52, helper `orgs`
    assert names_an_occasion_taking_place(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A meeting of the Kelso Council takes place on Monday.", "Kelso Council"),
        ("The wedding of Ana Roe and Tom Hale takes place on Saturday.", "Tom Hale"),
        ("Talks with Orlen Systems take place on Monday.", "Orlen Systems"),
        ("Orlen Systems will hold its meeting on Monday.", "Orlen Systems"),
    ],
)
def test_a_name_that_is_no_subject_of_taking_place_stays(text: str, name: str) -> None:
    assert not names_an_occasion_taking_place(text, *_at(text, name))
