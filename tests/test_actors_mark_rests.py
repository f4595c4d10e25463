"""The part of a name the model left across a mark or an "and" beside its span
(`timeline/actors/mark_rests.py`), and the names cut at a plural's possessive or a list of
fields, a facility joined to its town, a place's particle (stop 38, helper `names9`).
Sentences invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.extents import widened
from timeline.actors.joined_halves import joined_neighbours
from timeline.actors.mark_rests import body_after_and, hyphenated_family_name, ordinal_opening
from timeline.actors.missed_places import lone_places
from timeline.actors.pieces import pieces
from timeline.actors.possessive_names import possessive_names
from timeline.actors.remits import remit_after_and
from timeline.actors.spans import RawSpan


def _widen(text: str, entity: str, label: str, taken: list[tuple[int, int]] | None = None) -> str:
    start = text.index(entity)
    end = start + len(entity)
    new_start, new_end = widened(text, start, end, label, taken or [(start, end)])
    return text[new_start:new_end]


def test_an_ordinal_in_figures_opens_a_numbered_units_name() -> None:
    text = "Patrols of the 14th Highland Rifle Brigade crossed the ridge on Monday."
    assert _widen(text, "Highland Rifle Brigade", "ORG") == "14th Highland Rifle Brigade"
    text = "He enlisted in 1941 and served with the 2/7th Field Regiment in Borneo."
    assert _widen(text, "Field Regiment", "ORG") == "2/7th Field Regiment"
    text = "The 3rd Coastal Squadron sailed at dawn."
    assert _widen(text, "Coastal Squadron", "ORG") == "3rd Coastal Squadron"


def test_no_ordinal_joins_a_name_that_ends_in_no_units_word_nor_a_number_no_ordinal() -> None:
    text = "She finished 3rd Ardmore Foods said, and 2nd Harbour Road was closed."
    assert _widen(text, "Ardmore Foods", "ORG") == "Ardmore Foods"
    assert ordinal_opening(text, text.index("Harbour"), text.index(" was")) is None
    text = "Since 1998 Field Regiment veterans have met in May."
    assert _widen(text, "Field Regiment", "ORG") == "Field Regiment"


def test_the_units_name_with_its_ordinal_is_the_actor_through_the_model() -> None:
    text = "Soldiers of the 9th Mountain Brigade reached the cut-off villages on Tuesday."
    assert "9th Mountain Brigade" in {m.name for m in find_actors([text])[0]}


def test_a_hyphen_and_a_capitalised_name_word_finish_a_persons_family_name() -> None:
    text = "Council leader Maria Kowalczyk-Brandt opened the hall on Friday."
    assert _widen(text, "Maria Kowalczyk", "PERSON") == "Maria Kowalczyk-Brandt"
    text = "The prize went to Ines Faye-Diallo's second film."
    assert _widen(text, "Ines Faye", "PERSON") == "Ines Faye-Diallo"


def test_no_small_word_after_a_hyphen_nor_a_name_the_model_found_joins_a_person() -> None:
    text = "a Tomas Ruiz-led coalition"
    assert _widen(text, "Tomas Ruiz", "PERSON") == "Tomas Ruiz"
    text = "the Kennedy-Nixon debate"
    assert hyphenated_family_name(text, 11, [(4, 11), (12, 17)]) is None


@given(st.text(alphabet="abcXY- '", max_size=30))
def test_a_hyphenated_rest_is_always_a_capitalised_word_glued_to_the_end(tail: str) -> None:
    text = "Ana Roe" + tail
    end = hyphenated_family_name(text, 7, [(0, 7)])
    if end is not None:
        rest = text[7:end]
        assert rest.startswith("-") and rest[1].isupper() and " " not in rest


def test_a_body_named_for_two_fields_takes_the_second_after_and() -> None:
    text = "The ministry and the Kestrel Grain and Seed Union agreed on 2 May to open stores."
    assert _widen(text, "the Kestrel Grain", "ORG") == "the Kestrel Grain and Seed Union"
    assert body_after_and("the Ardmore Bank and Kelso Board met", 4, 16, [(4, 16)]) is None
    text = "Ana Ruiz and Harbour Board met"
    assert body_after_and(text, 0, 8, [(0, 8)]) is None
    text = "the Kestrel Grain and Seed Union of Tarvo"
    assert body_after_and(text, 4, 17, [(4, 17)]) is None  # "of": a longer name


def test_a_remit_listed_with_commas_joins_the_body() -> None:
    nouns = frozenset({"sport", "art", "culture", "heritage"})
    text = "the Department of Heritage, Sports and Culture gave her an award in 2009"
    end = remit_after_and(text, 4, 26, nouns)
    assert end is not None and text[4:end] == "Department of Heritage, Sports and Culture"
    text = "the Ministry of Heritage, Tomas Ruiz and Ana Roe met"
    assert remit_after_and(text, 4, 24, nouns) is None


def test_a_field_written_after_a_titles_of_is_no_name_of_its_own() -> None:
    nouns = frozenset({"fishery", "ocean"})
    text = "The Department of Fisheries and Oceans met. The Minister of Oceans spoke."
    end = remit_after_and(text, 4, 27, nouns)
    assert end is not None and text[4:end] == "Department of Fisheries and Oceans"
    text = "The Department of Fisheries and Oceans met. Oceans cover the earth."
    assert remit_after_and(text, 4, 27, nouns) is None


def test_a_lower_case_word_after_the_keeps_a_body_named_for_its_fields_whole() -> None:
    text = "The provincial Department of Mines and Energy said on Monday that it would act."
    names = {m.name for m in find_actors([text])[0]}
    assert "Department of Mines and Energy" in names
    assert "Energy" not in names


def test_qualified_people_before_a_possessive_name_a_body_cut_there() -> None:
    text = "The Tarvo Dairy Farmers' Liaison Board said on Monday."
    start = text.index("Liaison")
    spans = possessive_names(text, [RawSpan(start, start + 13, "Liaison Board", "ORG")])
    assert [s.text for s in spans] == ["Tarvo Dairy Farmers' Liaison Board"]
    owner = RawSpan(4, 23, "Tarvo Dairy Farmers", "ORG")
    spans = possessive_names(text, [owner, RawSpan(start, start + 13, "Liaison Board", "ORG")])
    assert [s.text for s in spans] == ["Tarvo Dairy Farmers' Liaison Board"]


def test_a_company_before_a_possessive_still_owns_the_body_after_it() -> None:
    text = "Kelso Motors' Retail Board said so."
    start = text.index("Retail")
    spans = possessive_names(text, [RawSpan(start, start + 12, "Retail Board", "ORG")])
    assert [s.text for s in spans] == ["Retail Board"]


def test_the_ordinal_opens_a_numbered_court_after_the() -> None:
    text = "A panel of the 5th U.S. Circuit Court of Appeals ruled on Monday."
    assert _widen(text, "U.S. Circuit Court of Appeals", "ORG") == (
        "5th U.S. Circuit Court of Appeals"
    )
    text = "Kelso placed 2nd Ardmore Bank said"
    assert _widen(text, "Ardmore Bank", "ORG") == "Ardmore Bank"


def test_a_facility_and_its_town_after_a_comma_are_two_places() -> None:
    text = "The count will be held at the Town Hall, Kelvale, on Friday."
    start = text.index("the Town")
    end = start + len("the Town Hall, Kelvale")
    found = [(text[s:e], label) for s, e, label in pieces(text, start, end, "FAC")]
    assert found == [("Town Hall", "FAC"), ("Kelvale", "GPE")]
    text = "Shares of Ardmore Foods Co., Ltd. rose."
    start = text.index("Ardmore")
    end = start + len("Ardmore Foods Co., Ltd.")
    assert pieces(text, start, end, "FAC") == [(start, end, "FAC")]


def test_a_place_written_with_a_particle_after_a_preposition_is_whole() -> None:
    text = "Clinics in Vargas de Oro will open on Monday, and trains run from Lisboa e Porto."
    assert [r.text for r in lone_places(text, [], frozenset({"clinic"}))] == ["Vargas de Oro"]


def test_a_word_taken_for_a_place_and_written_only_before_the_next_name_opens_it() -> None:
    text = "Shares in Kelana Ports fell on Bursa Sulawesi today."
    start = text.index("Bursa")
    spans = [
        RawSpan(start, start + 5, "Bursa", "GPE"),
        RawSpan(start + 6, start + 14, "Sulawesi", "GPE"),
    ]
    assert [s.text for s in joined_neighbours(text, spans)] == ["Bursa Sulawesi"]


def test_a_place_the_text_names_elsewhere_still_qualifies_the_name_after_it() -> None:
    text = "Workers in Dearborn struck. Dearborn Ford staff joined them on Monday."
    start = text.index("Dearborn Ford")
    spans = [
        RawSpan(start, start + 8, "Dearborn", "GPE"),
        RawSpan(start + 9, start + 13, "Ford", "ORG"),
    ]
    assert [s.text for s in joined_neighbours(text, spans)] == ["Dearborn", "Ford"]
