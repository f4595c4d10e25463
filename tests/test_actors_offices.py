"""Offices beside their holders, the places they serve, styles of address and titles kept out
of a person's name (`timeline/actors/offices.py`, `data/titles.txt`), and a company's lone
first word before its founder's namesake is named (`article_names`), through the real model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.offices import (
    abbreviates_a_title,
    addresses_someone,
    names_an_office_beside_its_holder,
)


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_an_office_in_apposition_to_its_holder_is_no_organisation() -> None:
    text = (
        "Announcing the date in Ndola yesterday, the Town Clerk of Mansa, Mr. John Banda, "
        "said the market would open in May."
    )
    names = _names(text)
    assert "John Banda" in names
    assert not any("Clerk" in name for name in names)


def test_a_bishop_of_a_see_after_his_name_is_no_organisation() -> None:
    text = (
        "His Lordship the Most Rev. Dr. Peter Keane, Bishop of Ossory, will open the new "
        "school on Sunday."
    )
    names = _names(text)
    assert "Peter Keane" in names
    assert not names & {"Lordship", "Bishop", "Bishop of Ossory"}


def test_a_solicitor_of_the_state_beside_his_name_is_no_body() -> None:
    text = "The State Solicitor, Mr. Liam Coffey, asked on Tuesday for an adjournment."
    assert _names(text) == {"Liam Coffey"}


def test_clerical_police_and_court_titles_are_no_words_of_the_name() -> None:
    cases = {
        "Deacon Mika Toleafoa, who has served since 1980, will retire in June.": "Mika Toleafoa",
        "Garda Seán Mulcahy told the court on Tuesday that he found a still.": "Seán Mulcahy",
        "District Justice Brendan Foley fined the defendant £5 on Tuesday.": "Brendan Foley",
        "The priest, Very Rev. Patrick Dolan, said on Monday the debt was paid.": "Patrick Dolan",
    }
    for text, name in cases.items():
        assert name in _names(text), text


def test_an_office_with_no_holder_beside_it_is_left_to_the_other_rules() -> None:
    text = "The Town Clerk of Ndola said so. The Ministry of Health, Ana Ruiz said, agreed."
    assert not names_an_office_beside_its_holder(text, 4, 22)
    assert not names_an_office_beside_its_holder(text, 36, 54)


def test_the_next_sentence_after_an_offices_place_holds_no_titled_person() -> None:
    text = (
        "The Railway Board ordered an inquiry by the Commissioner of Rail Safety. The "
        "Commissioner, Mr. R. K. Dash, is expected tomorrow."
    )
    names = _names(text)
    assert "The Commissioner" not in names
    assert "R. K. Dash" in names


def test_a_body_its_officer_is_described_by_stays_an_actor() -> None:
    text = "The prizes were given on Sunday by Mrs. Ana Sen, president of the Kells Chess Circle."
    assert {"Ana Sen", "Kells Chess Circle"} <= _names(text)


def test_a_style_of_address_names_no_one() -> None:
    assert addresses_someone("Her Excellency opened it.", 4, 14)
    assert not addresses_someone("The Lordship estate was sold.", 4, 12)


def test_a_companys_lone_first_word_before_its_founders_namesake_is_the_company() -> None:
    text = (
        "The satellite was built by Kurosawa Optical Industries. Kurosawa, which also makes "
        "cameras, said last week that it had set up a space division. Its president, Taro "
        "Kurosawa, said the company hoped to sell parts abroad by 1980."
    )
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert named["Kurosawa"] == "Kurosawa Optical Industries"
    assert named["Taro Kurosawa"] == "Taro Kurosawa"


def test_the_lone_surname_after_the_person_is_named_stays_the_person() -> None:
    text = "Taro Kurosawa founded Kurosawa Optical Industries in 1950. Kurosawa said he would go."
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert named["Kurosawa"] == "Taro Kurosawa"


@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_the_office_tests_never_raise(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    names_an_office_beside_its_holder(text, start, end)
    addresses_someone(text, start, end)


def test_a_titles_abbreviation_before_a_name_is_no_actor_nor_a_sentences_end() -> None:
    text = (
        "On Monday a coach left Kelbridge for Dublin after a Mass said by the parish priest, "
        "Fr. Tomasz Wilk, and the consortium's president, Ing. Paolo Bertelli, saw it off."
    )
    names = _names(text)
    assert {"Tomasz Wilk", "Paolo Bertelli"} <= names
    assert not names & {"Fr", "Ing", "Fr.", "Ing."}
    assert abbreviates_a_title(text, text.index("Fr."), text.index("Fr.") + 2)


def test_a_title_word_without_its_stop_or_a_name_after_is_left_alone() -> None:
    assert not abbreviates_a_title("Fr Tomasz Wilk said", 0, 2)
    assert not abbreviates_a_title("the Ing. at the end", 4, 7)


def test_an_office_qualified_by_its_place_or_field_beside_its_holder_is_no_body() -> None:
    # stop 52, helper `orgs`: a title after one or two words that only say which office
    cases = {
        "The Shire Surveyor, Mr. Alan Pike, said on Monday the bridge would reopen.": ("Alan Pike"),
        "Work on the drains will start in May, the Town Engineer, Mrs. Ruth Cole, said.": (
            "Ruth Cole"
        ),
        "The District Commissioner, Mr. Tom Ondieki, toured the camps yesterday.": ("Tom Ondieki"),
    }
    for text, holder in cases.items():
        names = _names(text)
        assert holder in names, text
        assert not any(
            word in name for name in names for word in ("Surveyor", "Engineer", "Commissioner")
        ), text


def test_a_qualified_office_is_an_office_only_beside_a_holder() -> None:
    text = "The Town Engineer reported on Monday that the drains were clear."
    start = text.index("Town Engineer")
    assert not names_an_office_beside_its_holder(text, start, start + len("Town Engineer"))


def test_a_bodys_officer_beside_a_holder_keeps_the_body() -> None:
    # the words before the title name a body: its council, not an office's qualifier
    text = "The Kelso City Council Treasurer, Mr. Tom Hale, said on Monday rates would rise."
    start = text.index("Kelso City Council Treasurer")
    end = start + len("Kelso City Council Treasurer")
    assert not names_an_office_beside_its_holder(text, start, end)


@given(st.text(alphabet="abcdefghij ", max_size=30))
def test_a_qualified_title_never_raises(words: str) -> None:
    text = f"The {words.title()} Engineer, Mr. Tom Hale, said so."
    assert names_an_office_beside_its_holder(text, 4, len(text) - 27) in (True, False)


def test_a_qualified_title_right_before_its_holders_name_is_an_office() -> None:
    text = "Oil reached the beach by Monday, said Rear Admiral Ana Roe, the district commander."
    start = text.index("Rear Admiral")
    assert names_an_office_beside_its_holder(text, start, start + len("Rear Admiral"))


def test_a_company_ending_in_a_titles_word_before_a_list_stays() -> None:
    # "King" is a title's word; ", Pizza Hut" is the list's next company, no holder
    text = "It sells to Burger King, Pizza Hut and Taco Bell."
    start = text.index("Burger King")
    assert not names_an_office_beside_its_holder(text, start, start + len("Burger King"))
