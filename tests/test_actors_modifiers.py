"""A place or a demonym that describes a thing names no actor (`timeline.actors.modifiers`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.modifiers import describes_a_thing


def _end(text: str, name: str) -> int:
    return text.index(name) + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The coaster brought new rollers for the Ostvik mill on Friday.", "Ostvik"),
        ("Spares for the Brannagh sugar mill arrived on Friday.", "Brannagh"),
        ("The hearing is set for May 3 at the Pellham courthouse.", "Pellham"),
        ("A Tullyvarn man was fined on Monday for driving unlicensed.", "Tullyvarn"),
        ("The Skelby widow, Ada Moir, spoke at the inquest.", "Skelby"),
        ("It sold its stake in a Varnö zinc refinery on Monday.", "Varnö"),
    ],
)
def test_a_town_taken_for_a_body_before_a_works_or_a_person_describes_it(
    text: str, name: str
) -> None:
    """A town the text writes only so, before a noun of a works or a person, says where the
    works or the person is: no actor, whatever the model took it for."""
    assert describes_a_thing(text, name, _end(text, name), "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the company is named on its own elsewhere: "the Vellam plant" is its own plant
        ("Vellam said on Monday it would restart the Vellam plant.", "Vellam"),
        ("Profits at Vellam rose. Work at the Vellam plant resumed.", "Vellam"),
        # the first word of a longer name
        ("Ostvik Timber reported. The Ostvik mill restarted on Monday.", "Ostvik"),
        # a body's own people, a title or a position: the body acts
        ("A Korvex spokesman said the talks had failed.", "Korvex"),
        ("The Korvex workers voted to strike on Monday.", "Korvex"),
        ("The Korvex director resigned on Monday.", "Korvex"),
        # a feature, a unit or a body of the place, or a noun of no works, craft or person
        ("Strikers gathered at the Kallvik lock on Monday.", "Kallvik"),
        ("The Tarsk court ruled on Monday.", "Tarsk"),
        ("Flooding hit the Rossby operations in March.", "Rossby"),
        # a brand before a machine: a doer's ending tells no person from a machine
        ("The laptop has a Quorvex processor inside.", "Quorvex"),
        ("He bought the Quorvex computer in May.", "Quorvex"),
        ("A Quorvex computer in every office, it promised.", "Quorvex"),
        # a name before a craft's noun is the craft's own
        ("The Aurela lander touched down on Monday.", "Aurela"),
        ("The Aurela ferry sailed on Monday.", "Aurela"),
        # an acronym or a name with a digit is no town
        ("It signed a deal at the ECTS show in May.", "ECTS"),
        # no article before it
        ("Ostvik mill workers struck on Monday.", "Ostvik"),
    ],
)
def test_a_body_before_its_works_or_its_people_is_kept(text: str, name: str) -> None:
    assert not describes_a_thing(text, name, text.index(name) + len(name), "ORG")


def test_the_town_is_no_actor_of_the_row() -> None:
    """End to end: the sentence keeps its other actors and loses the town."""
    text = (
        "Harbour news. The coaster Malvina is expected from Port Arrow tomorrow with "
        "machinery for the Ostvik mill."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Ostvik" not in names, names


_TOWN = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
_NOUN = st.sampled_from(["mill", "plant", "man", "woman", "refinery", "office"])


@given(_TOWN, _NOUN)
def test_a_name_written_alone_elsewhere_is_never_taken_for_a_describer(
    name: str, noun: str
) -> None:
    """Whatever the name and the noun, a name the text writes on its own elsewhere is a body
    of its own, and the rule leaves it."""
    text = f"{name} said on Monday that the {name} {noun} would reopen."
    end = text.rindex(name) + len(name)
    assert not describes_a_thing(text, name, end, "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hal Quist, a Skelby shipowner, was re-elected on Monday.", "Skelby"),
        ("The Orrin farmer had never been better served, he said.", "Orrin"),
        ("A Tullagh feed dealer was fined $40 on Tuesday.", "Tullagh"),
        ("Rents rose at Varrow. One Varrow broker told me so.", "Varrow"),
        ("She is a former Kelsby grocer who retired in May.", "Kelsby"),
        ("A 31-year-old Brannock woman was fined on Monday.", "Brannock"),
        ("Brannock man jailed\n\nA 31-year-old Brannock man was jailed on Monday.", "Brannock"),
    ],
)
def test_a_town_taken_for_a_body_before_a_person_of_a_trade_describes_the_person(
    text: str, name: str
) -> None:
    """A town before a noun of a person by trade or kind ("farmer", "dealer", "broker"), with
    an age or "former" between at times, says where the person is from: no actor (stop 33).
    The text may write it alone after a preposition of place too ("at Varrow"), and a
    headline without its article ("Brannock man jailed")."""
    assert describes_a_thing(text, name, text.rindex(name) + len(name), "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the body's own people: its players, workers, members; a title; a position
        ("An Orrin player scored twice on Saturday.", "Orrin"),
        ("A Korvex worker was hurt on Monday.", "Korvex"),
        ("The Korvex manager resigned on Monday.", "Korvex"),
        # a company written on its own elsewhere, not after a preposition of place
        ("Korvex said a Korvex dealer was fined.", "Korvex"),
        # a machine's noun
        ("The Quorvex processor was fined.", "Quorvex"),
    ],
)
def test_a_body_before_its_own_people_or_a_machine_is_kept(text: str, name: str) -> None:
    assert not describes_a_thing(text, name, text.rindex(name) + len(name), "ORG")


_TRADE = st.sampled_from(["farmer", "dealer", "broker", "shipowner", "teenager", "grocer"])


@given(_TOWN, _TRADE)
def test_a_name_that_acts_elsewhere_is_never_a_town_before_a_trade(name: str, noun: str) -> None:
    """Whatever the name and the trade, a name the text writes acting on its own ("X said")
    is a body of its own, and the rule leaves it; written alone only after "in", a town."""
    text = f"{name} said on Monday that a {name} {noun} was fined."
    end = text.rindex(name) + len(name)
    assert not describes_a_thing(text, name, end, "ORG")
    text = f"Rents in {name} rose. A {name} {noun} was fined."
    assert describes_a_thing(text, name, text.rindex(name) + len(name), "ORG")


def test_a_town_opening_a_headline_before_a_persons_noun_describes_the_person() -> None:
    """A headline drops its article ("Brannock man jailed"): the town there is no actor either,
    where a sentence opening so (with its full stop) is left to the other rules."""
    text = "Brannock man jailed over marina break-in\n\nA Brannock man was jailed on Monday."
    assert describes_a_thing(text, "Brannock", len("Brannock"), "ORG")
    text = "Brannock man jailed over marina break-in.\n\nBrannock said so."
    assert not describes_a_thing(text, "Brannock", len("Brannock"), "ORG")


# A demonym or a country's letters name the country only before its government (stop 47).
_DEMONYMS = ("Danish", "Peruvian", "Kenyan", "Latvian", "Swedish", "Indian")
_STATES_PEOPLE = ("police", "officials", "regulators", "delegation", "troops", "court", "envoy")


@given(st.sampled_from(_DEMONYMS), st.sampled_from(_STATES_PEOPLE))
def test_a_demonym_before_a_states_people_is_no_actor(demonym: str, noun: str) -> None:
    """ "Danish police", "the Kenyan delegation": the people of a state, whom the golds name
    without the country."""
    text = f"On Monday the {demonym} {noun} met the Tarvik harbour board."
    assert describes_a_thing(text, demonym, _end(text, demonym), "NORP")


@given(st.sampled_from(_DEMONYMS))
def test_a_demonym_before_its_government_is_the_country(demonym: str) -> None:
    text = f"The {demonym} government agreed on Monday to move the camp."
    assert not describes_a_thing(text, demonym, _end(text, demonym), "NORP")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orla Venn lost twice to the American, most recently in Hobart.", "American"),
        ("He puts the blame squarely on the Japanese.", "Japanese"),
        ("Police guard the hotel where the Belgian is staying.", "Belgian"),
    ],
)
def test_a_demonym_standing_for_a_person_or_a_people_is_no_actor(text: str, name: str) -> None:
    assert describes_a_thing(text, name, _end(text, name), "NORP")


@pytest.mark.parametrize(
    ("text", "letters", "describes"),
    [
        ("The deal needs approval by U.S. regulators next month.", "U.S.", True),
        ("The UK delegation left on Friday.", "UK", True),
        ("The US government said so on Friday.", "US", False),
        ("Stores in the UK and Ireland closed.", "UK", False),
    ],
)
def test_a_countrys_letters_before_a_noun(text: str, letters: str, describes: bool) -> None:
    assert describes_a_thing(text, letters, _end(text, letters), "GPE") is describes


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a trade weekly, a business wire, a brewers' newsletter, a retail column
        ("Cider volume in the U.S. fell about 3% last year, the group said.", "U.S."),
        ("Orvane sold about 62,000 of its vans in the U.S. last year.", "U.S."),
        ("Tellwick plans to open stores in France and the UK next spring.", "UK"),
        ("Sales in the US rose 4% in the quarter, Halbro said.", "US"),
        ("The chain will enter the UK this March.", "UK"),
    ],
)
def test_a_countrys_letters_before_a_verb_or_a_time_are_the_country(
    text: str, letters: str
) -> None:
    """The letters describe a noun after them, not a verb ("the U.S. fell") or a time ("the
    UK next spring"): the country is the place of the event, as its full name would be."""
    assert not describes_a_thing(text, letters, _end(text, letters), "GPE")
    country = "United Kingdom" if letters == "UK" else "United States"
    assert country in {m.name for m in find_actors([text])[0]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a farm bulletin, a flood warning, a regional budget story, a health ministry's note
        ("Growers in the Fergana region lost a third of their wheat.", "Fergana"),
        ("More rain is due in the Irrawaddy basin next week.", "Irrawaddy"),
        ("The Western Cape government will fund the line until 2027.", "Western Cape"),
        ("There were 412 cases in the Kandy district alone.", "Kandy"),
        ("Trawlers were seen in the Celtic Sea last autumn.", "Celtic Sea"),
        ("Algae covered the mouth of the Tarrow River last week.", "Tarrow River"),
    ],
)
def test_a_region_after_the_before_its_own_noun_or_a_time_is_the_place(
    text: str, place: str
) -> None:
    """A region after "the" is an adjective before a noun it describes ("the Atlantic
    hurricane season"), not before the noun of its own unit, feature or government, nor
    before a time: those name the place."""
    assert not describes_a_thing(text, place, _end(text, place), "LOC")


def test_a_region_after_the_before_a_noun_it_describes_still_does() -> None:
    text = "It was the Atlantic hurricane season's busiest week."
    assert describes_a_thing(text, "Atlantic", _end(text, "Atlantic"), "LOC")
    text = "Prices in the Baltic grain trade fell."
    assert describes_a_thing(text, "Baltic", _end(text, "Baltic"), "LOC")


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Two U.S. carmakers said last week they would cut prices.", "U.S."),
        ("The UK economy shrank last quarter.", "UK"),
        ("US officials met next week's deadline.", "US"),
    ],
)
def test_a_countrys_letters_before_a_noun_still_describe_it(text: str, letters: str) -> None:
    """A time later in the sentence changes nothing: the word after the letters is a noun."""
    assert describes_a_thing(text, letters, _end(text, letters), "GPE")


def test_rows_keep_the_government_and_leave_the_police() -> None:
    text = (
        "Danish police said on Monday that the clerk had left. The Peruvian government "
        "declared an emergency on Friday."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert "Peru" in names
    assert "Denmark" not in names


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("It is the third novel by a South African writer to be banned.", "South African", "NORP"),
        ("South Korean police said on Monday the men were held.", "South Korean", "NORP"),
        ("A court will hear a challenge from two Sri Lankan detainees.", "Sri Lankan", "PERSON"),
    ],
)
def test_a_demonym_of_two_words_describes_as_one_word_does(
    text: str, name: str, label: str
) -> None:
    assert describes_a_thing(text, name, _end(text, name), label)


def test_a_countrys_own_name_the_model_took_for_a_person_stays() -> None:
    text = "Britain said on Monday that it would act."
    assert not describes_a_thing(text, "Britain", _end(text, "Britain"), "PERSON")
    text = "The South Korean government said on Monday it would act."
    assert not describes_a_thing(text, "South Korean", _end(text, "South Korean"), "NORP")
