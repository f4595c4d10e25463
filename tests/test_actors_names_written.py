"""Names written in the sentence that the model cut or missed (stop 41, helper `names2`): a
hyphenated first word ("Per-Olof"), a place's hyphenated rest ("-upon-Avon"), a body named by
its kind and its field after "of" or "for", a title before a full name, a name in telex
capitals taken with the word after it. Sentences invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.capital_spans import without_capital_tail
from timeline.actors.extents import widened
from timeline.actors.joined_halves import joined_neighbours
from timeline.actors.mark_rests import (
    hyphenated_first_word,
    hyphenated_place_rest,
    joined_by_infixes,
)
from timeline.actors.runs import with_organisation_runs
from timeline.actors.spans import RawSpan


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_actors([text])[0]}


def _widen(text: str, entity: str, label: str, taken: list[tuple[int, int]] | None = None) -> str:
    start = text.index(entity)
    end = start + len(entity)
    new_start, new_end = widened(text, start, end, label, taken or [(start, end)])
    return text[new_start:new_end]


def test_a_hyphenated_given_name_keeps_its_first_part() -> None:
    text = "The chairman, Lars-Erik Dahlgren, said the mill would close."
    assert _widen(text, "Erik Dahlgren", "PERSON") == "Lars-Erik Dahlgren"
    assert "Per-Arne Lindgren" in _names("The mayor, Per-Arne Lindgren, said the ferry would stop.")


def test_a_body_named_for_two_places_keeps_the_first() -> None:
    text = "Kelso-Ardmore Regional Airport shut its runway on Friday."
    start = text.index("Ardmore")
    first = hyphenated_first_word(text, start, start + 24, "FAC", [(0, 5), (start, start + 24)])
    assert first == 0


def test_no_hyphenated_word_joins_one_word_nor_a_person_found_before() -> None:
    text = "An Anti-Lomax march was held on Monday."
    start = text.index("Lomax")
    assert hyphenated_first_word(text, start, start + 5, "PERSON", [(start, start + 5)]) is None
    text = "the Jo Kennedy-Al Nixon debate"
    start = text.index("Al Nixon")
    assert (
        hyphenated_first_word(text, start, start + 8, "PERSON", [(7, 14), (start, start + 8)])
        is None
    )


def test_a_place_cut_at_its_first_hyphen_keeps_its_rest() -> None:
    text = "Floods reached Henley-on-Thames and Ashby-de-la-Zouch on Monday."
    assert text[15 : hyphenated_place_rest(text, 21)] == "Henley-on-Thames"
    start = text.index("Ashby")
    assert text[start : hyphenated_place_rest(text, start + 5)] == "Ashby-de-la-Zouch"
    assert hyphenated_place_rest("the Leeds-to-York line", 9) is None


def test_a_hyphenated_place_the_model_missed_after_a_preposition() -> None:
    assert "Walton-on-Naze" in _names("Police in Walton-on-Naze said on Monday two men were held.")
    assert "Frankfurt-am-Main" in _names("She moved to Frankfurt-am-Main in 1990.")


@given(
    st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True),
    st.sampled_from(["on", "upon", "sur", "en", "de-la", "under"]),
    st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True),
)
def test_parts_joined_by_a_places_small_words_are_one_name(
    first: str, infix: str, last: str
) -> None:
    assert joined_by_infixes(f"{first}-{infix}-{last}")
    assert not joined_by_infixes(f"{first}-to-{last}")


def test_a_body_named_by_its_kind_before_of_or_for_is_found() -> None:
    assert "Secretariat of Public Health" in _names(
        "The Secretariat of Public Health (SSP) said on Monday it had closed two clinics."
    )
    assert "Ministry of Fisheries" in _names(
        "Under a Ministry of Fisheries order issued last month, boats must stay in port."
    )
    text = "The mayor was in Kelso on Tuesday for a League of Coastal Towns meeting."
    assert [r.text for r in with_organisation_runs(text, [])] == ["League of Coastal Towns"]
    text = "Gales swept the Bay of Kelso and the Duke of Ardmore's estate on Monday."
    assert with_organisation_runs(text, []) == []


def test_a_body_after_of_keeps_the_kind_before_it_not_the_words_before() -> None:
    names = _names("Delegates of the National Union of Dockers voted on Monday to strike.")
    assert "National Union of Dockers" in names
    names = _names("He studied at the University of Kelso and the Ardmore-based firm Lomax Ltd.")
    assert not any("Ardmore-based" in name for name in names)


def test_a_title_and_a_full_name_are_the_person() -> None:
    assert "Ines Barrau" in _names(
        "The auctioneer, Maître Ines Barrau, opened the bidding at noon."
    )
    assert "Rafael Tumbaga" in _names(
        "Navy spokesman Commodore Rafael Tumbaga said two boats brought the crew to port."
    )
    text = "the priest, Very Rev. Ana Ruane, said"
    spans = [RawSpan(12, 21, "Very Rev.", "ORG"), RawSpan(22, 31, "Ana Ruane", "PERSON")]
    assert [(s.text, s.label) for s in joined_neighbours(text, spans)] == [("Ana Ruane", "PERSON")]


def test_a_name_in_telex_capitals_ends_before_the_word_after_it() -> None:
    text = "TEAMS FROM KESTREL BAY AND FROM LOMAX REACHED THE LEVEL BY NOON."
    start = text.index("KESTREL")
    assert text[slice(*without_capital_tail(text, start, start + 15))] == "KESTREL BAY"
    text = "KARI LIE TOLD REPORTERS THE YARD WOULD CLOSE."
    assert text[slice(*without_capital_tail(text, 0, 13))] == "KARI LIE"


def test_a_name_in_mixed_case_text_keeps_its_words() -> None:
    text = "Teams from Kestrel Bay And Co reached the level by noon."
    start = text.index("Kestrel")
    assert without_capital_tail(text, start, start + 18) == (start, start + 18)
