"""Names the model read as titles of works: a body or a place written without quotation marks
(`timeline/actors/misread_works.py`), and a name word of any Latin alphabet
(`extents._NAME_WORD`: "Cēsis"), stop 39, helper `actors10m`. Sentences invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.misread_works import read_as_work
from timeline.actors.pieces import pieces


def _label(text: str, entity: str, label: str = "WORK_OF_ART") -> str:
    start = text.index(entity)
    return read_as_work(text, start, start + len(entity), label)


def test_an_unquoted_work_ending_in_an_organisation_word_is_a_body() -> None:
    text = "The Hallerton Millers' Association's president, Mrs. Ada Voss, said so."
    assert _label(text, "The Hallerton Millers' Association's") == "ORG"
    text = "The Kelvin Boilerworks Company will close on Friday."
    assert _label(text, "The Kelvin Boilerworks Company") == "ORG"


def test_an_unquoted_work_someone_tells_something_is_a_body() -> None:
    """A title the model read for a newspaper, a station or a podcast is who listens when
    someone "told" it: a body (an obituary's quote, a vox pop, a trade podcast's note)."""
    text = '"Nobody came for years," she told The Kelvedon Courier at the time.'
    assert _label(text, "The Kelvedon Courier") == "ORG"
    assert _label(
        "Several drivers told Prairie Tonight they were not paid.", "Prairie Tonight"
    ) == ("ORG")
    assert _label("The chef tells Kitchen Talk that prices rose.", "Kitchen Talk") == "ORG"


def test_a_work_not_told_anything_stays_a_work() -> None:
    """A quoted title, or one that is what is told ("told the story of Harbour Nights"), stays."""
    text = 'She told "The Kelvedon Courier" readers nothing.'
    assert _label(text, "The Kelvedon Courier") == "WORK_OF_ART"
    text = "He told the story of Harbour Nights in a film."
    assert _label(text, "Harbour Nights") == "WORK_OF_ART"


def test_an_unquoted_work_after_a_preposition_of_place_is_a_place() -> None:
    assert _label("Ten growers will visit Kalvora on Monday.", "Kalvora") == "GPE"
    text = "Police closed the road between Tarnovo and Vireshka at 14:35."
    assert _label(text, "Tarnovo and Vireshka") == "GPE"
    assert _label("Students at Grenvale had to wait.", "Grenvale") == "GPE"


def test_an_unquoted_work_the_sentence_makes_a_body_is_a_body() -> None:
    # stop 42: after a body's noun, or with "the" and a saying or a "which" after it
    text = "Regional carrier Blue Tern said it had cancelled 14 flights."
    assert _label(text, "Blue Tern") == "ORG"
    text = "Vessels were held for two days, the operator Terminal Norte Operadora said."
    assert _label(text, "Terminal Norte Operadora") == "ORG"
    text = "The Friends of Kellow Woods, which planted 3,000 oaks, met on Monday."
    assert _label(text, "The Friends of Kellow Woods") == "ORG"
    text = "Sales fell in May, the Cycle Traders' Forum said."
    assert _label(text, "the Cycle Traders' Forum") == "ORG"


def test_an_event_or_a_person_the_sentence_makes_act_stays_a_work() -> None:
    text = "The Lisdoon Fair, which returns in May, drew 4,000."
    assert _label(text, "The Lisdoon Fair") == "WORK_OF_ART"
    text = '"We are ready," Arne Vos said on Monday.'
    assert _label(text, "Arne Vos") == "WORK_OF_ART"  # no "the": a person's name at times


def test_a_quoted_title_or_another_work_stays_a_work() -> None:
    assert _label('her song "Harbor Lights at Dawn" sold well', "Harbor Lights at Dawn") == (
        "WORK_OF_ART"
    )
    assert _label("She won the Grand Prix at the festival.", "the Grand Prix") == "WORK_OF_ART"
    text = "Welcome back to The Harbour Light, our weekly show."
    assert _label(text, "The Harbour Light") == "WORK_OF_ART"  # "The": a title's opening
    assert _label("The Kelvin Company said.", "The Kelvin Company", "ORG") == "ORG"


def test_two_places_of_any_latin_alphabet_joined_by_and_are_cut_apart() -> None:
    text = "took over the offices in Rēzekne and Cēsis overnight."
    start, end = text.index("Rēzekne"), text.index(" overnight")
    assert [text[s:e] for s, e, _ in pieces(text, start, end, "GPE")] == ["Rēzekne", "Cēsis"]


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_never_raises_and_keeps_other_labels(text: str, start: int, end: int) -> None:
    assert read_as_work(text, start, end, "PERSON") == "PERSON"
    assert read_as_work(text, start, end, "WORK_OF_ART") in ("WORK_OF_ART", "ORG", "GPE")


def test_a_town_after_a_journeys_end_is_the_place_not_the_body_named_after_it() -> None:
    from timeline.actors import find_actors

    text = "The Tarnbury Medical College was full. The first of them were flown to Tarnbury."
    mentions = find_actors([text])[0]
    flown = [m for m in mentions if m.start == text.rindex("Tarnbury")]
    assert [(m.name, m.type) for m in flown] == [("Tarnbury", "location")]


# stop 44, helper `unlabelled`: a place's name the model tagged a date, a law or a language


def test_a_name_tagged_a_date_or_a_law_after_a_preposition_of_place_is_a_place() -> None:
    assert _label("The report was released in Tarnbury on Friday.", "Tarnbury", "DATE") == "GPE"
    text = "About 300 members met at the Hallerton Rooms last night."
    assert _label(text, "the Hallerton Rooms", "LAW") == "GPE"
    assert _label(text, "Hallerton Rooms", "LAW") == "GPE"  # "the" before the span
    text = "Figures were handed to the Kelso Harbour Board on Monday."
    assert _label(text, "Kelso Harbour Board", "LAW") == "ORG"  # an organisation's last word


def test_a_date_a_feast_a_law_or_a_name_elsewhere_keeps_its_label() -> None:
    assert _label("Shops close in Ramadan for an hour.", "Ramadan", "DATE") == "DATE"
    assert _label("Talks resume in August as planned.", "August", "DATE") == "DATE"
    assert _label("It is banned in the Marine Reserves Act.", "Marine Reserves Act", "LAW") == "LAW"
    assert _label("He cited the Tarnbury Charter twice.", "Tarnbury Charter", "LAW") == "LAW"
    assert _label('Its notes in "Tarnbury Nights" vary.', "Tarnbury Nights", "DATE") == "DATE"
    assert _label("Rates rose in 2019 and in Q4.", "2019", "DATE") == "DATE"
    assert _label("Boats kept coming throughout Holy Week.", "Holy Week", "DATE") == "DATE"
    assert _label("Tours are given in Portuguese daily.", "Portuguese", "LANGUAGE") == "LANGUAGE"


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_a_misread_label_never_raises_and_is_kept_or_a_place_or_a_body(
    text: str, start: int, end: int
) -> None:
    for label in ("DATE", "LAW", "LANGUAGE"):
        assert read_as_work(text, start, end, label) in (label, "ORG", "GPE")
