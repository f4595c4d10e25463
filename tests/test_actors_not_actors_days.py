"""Names that are days, clocks, feasts or letters, no actor where they stand: a name ending in a
weekday, a clock in a zone, a festival or feast, a grade before futures, a member's letters
after a name; and the companies and offices named like them, which stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.not_actors import (
    names_a_day,
    names_a_document,
    names_a_festival,
    names_a_grade,
    names_a_holiday,
    names_an_office,
    qualifies_a_name,
)

from .mentions import actor_names as _names
from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The parish office will be closed on Carnival Monday and Tuesday.", "Carnival Monday"),
        ("Repairs should be finished by Palm Sunday, 27 March.", "Palm Sunday"),
        ("Last Friday the Tarvo Council met for the first time.", "Last Friday"),
    ],
)
def test_a_name_ending_in_a_weekday_is_a_day_no_actor(text: str, name: str) -> None:
    assert names_a_day(text, *_at(text, name))
    assert name not in _names(text)


def test_a_weekday_alone_or_after_on_in_a_name_is_no_day() -> None:
    text = "The Mail on Sunday reported it. Sunday was wet."
    assert not names_a_day(text, *_at(text, "Mail on Sunday"))
    weekday = text.rindex("Sunday")
    assert not names_a_day(text, weekday, weekday + 6)


def test_a_holiday_the_model_took_with_its_full_stop_is_no_actor() -> None:
    text = "Engineers held a strike at Easter. Fares rose in Dunmore on Friday."
    assert names_a_holiday(text, *_at(text, "Easter."))
    assert "Easter." not in _names(text) and "Easter" not in _names(text)


@pytest.mark.parametrize("clock", ["9.42pm SAST", "6:15 a.m. GMT", "11pm AEST", "7.30 p.m. EAT"])
def test_a_clock_in_a_zone_is_no_actor(clock: str) -> None:
    """A time of day written with its zone, which the model may read as a name, is a time."""
    names = _names(f"Observers at Kestrel Ridge recorded the flash at {clock} on Saturday.")
    assert not [name for name in names if name[0].isdigit()], names


@pytest.mark.parametrize(
    ("text", "letters", "name"),
    [
        ("Jo Vance was fined by Mr K. L. Orme, S.M., on Tuesday.", "S.M.", "K. L. Orme"),
        ("The death of Mr. Eamon Roe, T.D., was announced on Monday.", "T.D.", "Eamon Roe"),
        ("Counsel, Mr Tunde Bakare, SAN, asked for bail on Friday.", "SAN", "Tunde Bakare"),
    ],
)
def test_a_member_s_letters_after_a_name_and_a_comma_are_no_actor(
    text: str, letters: str, name: str
) -> None:
    assert qualifies_a_name(text, *_at(text, letters))
    names = _names(text)
    assert letters not in names and letters.rstrip(".") not in names
    assert name in names


def test_a_state_abbreviated_after_its_town_is_no_actor() -> None:
    text = "Vell Stores opened shops in Dayton, Oh., and Frankfort, Ky., in May."
    assert qualifies_a_name(text, *_at(text, "Ky"))
    names = _names(text)
    assert "Ky" not in names and "Oh" not in names
    assert "Frankfort" in names


def test_a_country_at_the_end_of_a_sentence_after_its_town_stays() -> None:
    text = "Staff at the plant in Dalian, China. The union met on Monday."
    assert not qualifies_a_name(text, *_at(text, "China"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Traders in Hue sold most of their stock before Tet last year.", "Tet"),
        ("Shops in Ravel will close on Monday and Tuesday for Carnival.", "Carnival"),
        ("The mill is due to reopen after Eid al-Fitr, its owner said.", "Eid al-Fitr"),
        ("The couple will renew their vows at Evensong on Sunday.", "Evensong"),
    ],
)
def test_a_festival_after_a_preposition_of_time_is_no_actor(text: str, name: str) -> None:
    assert names_a_festival(text, *_at(text, name))
    assert name not in _names(text)


def test_a_festival_s_word_alone_may_name_a_company() -> None:
    text = "Carnival said on Monday that bookings rose."
    assert not names_a_festival(text, *_at(text, "Carnival"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hari Raya falls on Friday if the new moon is seen.", "Hari Raya"),
        ("Durga Puja crowds filled the lanes of Tarsk on Monday.", "Durga Puja"),
        ("The Tarnwood Trust closed its shop, and Yom Kippur began at dusk.", "Yom Kippur"),
    ],
)
def test_a_feast_of_two_words_names_no_actor_wherever_it_stands(text: str, name: str) -> None:
    """A feast's name of two words or more is no company's."""
    assert names_a_festival(text, *_at(text, name))
    assert name not in _names(text)


def test_the_rest_of_a_feast_cut_after_its_first_word_is_no_actor() -> None:
    text = "A range of kaftans for Eid al-Fitr will follow in May."
    assert names_a_festival(text, *_at(text, "al-Fitr"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shops expect crowds when Tobaski falls this year.", "Tobaski"),
        ("Tabaski (Eid al-Adha) is expected around 20 July.", "Tabaski"),
        ("Tet falls on a Saturday in Vellany this year.", "Tet"),
    ],
)
def test_a_feast_that_falls_on_its_day_or_has_its_other_name_after_it_is_no_actor(
    text: str, name: str
) -> None:
    assert names_a_festival(text, *_at(text, name))


def test_a_company_named_like_a_feast_that_falls_in_value_stays() -> None:
    text = "Carnival fell 3% on Friday after the cruise line cut its forecast."
    assert not names_a_festival(text, *_at(text, "Carnival"))


def test_a_cabinet_office_with_a_name_of_its_own_stays() -> None:
    text = "The Cabinet Office said on Monday that it would review the rules."
    assert "Cabinet Office" in _names(text)


def test_a_company_named_like_a_feast_with_its_ticker_in_brackets_stays() -> None:
    text = "Carnival (CCL) said on Monday that bookings rose."
    assert not names_a_festival(text, *_at(text, "Carnival"))


@pytest.mark.parametrize("grade", ["Liberica", "Excelsa", "Tarnblend"])
def test_a_grade_before_futures_is_no_actor(grade: str) -> None:
    text = f"{grade} futures in London hit their highest level since 2008 on Wednesday."
    assert names_a_grade(text, *_at(text, grade))


def test_a_company_before_its_shares_is_no_grade() -> None:
    text = "Kessel shares in London rose 4 percent on Wednesday."
    assert not names_a_grade(text, *_at(text, "Kessel"))


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("The hall was blessed by Canon Liam Brody, P.P., Kilcarra, on Sunday.", "P.P."),
        ("Rev. Owen Tully, C.C., thanked the committee.", "C.C."),
    ],
)
def test_initials_set_off_after_a_person_are_no_actor(text: str, letters: str) -> None:
    assert qualifies_a_name(text, *_at(text, letters))
    assert letters not in _names(text)


def test_a_member_s_letters_after_the_and_a_word_name_the_seat() -> None:
    text = "The fair was opened by the county chairman in place of the local T.D."
    assert names_an_office(text, *_at(text, "T.D."))
    assert "T.D." not in _names(text)


def test_a_country_s_initials_set_off_after_a_name_stay() -> None:
    text = "Dana Voss, U.S., spoke."
    assert not qualifies_a_name(text, *_at(text, "U.S."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Clinics shut from Carnival Monday to Ash Wednesday.", "Carnival"),
        ("Admissions peaked over last year's Carnival weekend.", "Carnival"),
    ],
)
def test_a_feast_before_its_day_or_a_stretch_of_time_is_no_actor(text: str, name: str) -> None:
    assert names_a_festival(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Assembly passed the Fisheries (Licensing) Bill by 31 votes.", "Bill"),
        ("The minister said he would bring in a Bill on ferry fares.", "Bill"),
    ],
)
def test_a_document_s_word_after_a_the_or_its_title_is_no_actor(text: str, word: str) -> None:
    assert names_a_document(text, *_at(text, word))
    assert "Bill" not in _names(text)


def test_a_person_named_bill_stays() -> None:
    text = "Bill Tarrant, the harbour master, said the quay would reopen."
    assert not names_a_document(text, *_at(text, "Bill"))


@pytest.mark.parametrize(
    ("text", "market"),
    [
        ("Orrin Water Systems Limited (NZX: OWS) reported results today.", "NZX"),
        ("Tallis Gold Limited (ASX code: TGL) is pleased to report.", "ASX"),
        ("Bellcote Outdoor Co. (NYSE: BOC) today reported results.", "NYSE"),
        ("Varrow AG (SIX: VRW; OTC: VRWY) said on Monday.", "SIX"),
    ],
)
def test_the_exchange_in_a_tickers_brackets_is_no_actor(text: str, market: str) -> None:
    """The market in a ticker's brackets only lists the company: no actor (stop 33)."""
    from timeline.actors.not_actors import names_a_ticker

    start = text.index(market)
    assert names_a_ticker(text, start, start + len(market))


@pytest.mark.parametrize(
    ("text", "market"),
    [
        ("The company told the ASX on Monday that it would raise capital.", "ASX"),
        ("NYSE rose 2% on Monday.", "NYSE"),
        ("The bourse (NYSE) halted trading on Monday.", "NYSE"),
    ],
)
def test_an_exchange_that_acts_is_kept(text: str, market: str) -> None:
    from timeline.actors.not_actors import names_a_ticker

    start = text.index(market)
    assert not names_a_ticker(text, start, start + len(market))


@given(
    st.from_regex(r"[A-Z]{2,5}", fullmatch=True),
    st.from_regex(r"[A-Z]{1,5}(?:\.[A-Z])?", fullmatch=True),
    st.sampled_from([": ", ":", " code: "]),
)
def test_any_exchange_before_a_ticker_in_brackets_is_no_actor(
    market: str, ticker: str, colon: str
) -> None:
    from timeline.actors.not_actors import names_a_ticker

    text = f"Orrin Holdings Ltd ({market}{colon}{ticker}) said on Monday."
    start = text.index("(") + 1
    assert names_a_ticker(text, start, start + len(market))


def test_an_exchange_found_again_in_a_tickers_brackets_is_no_actor() -> None:
    """The sweep that finds a name again where the model missed it asks whether it names an
    actor where it stands: the market that acts in one sentence only lists the company in
    the ticker's brackets of another (stop 34)."""
    from timeline.actors.mention import ActorMention
    from timeline.actors.sweeps import name_sweep

    text = "The KEX said on Friday it would open longer. Orlo Inc. (KEX: ORL) cut 300 jobs."
    market = ActorMention(4, 7, "KEX", "KEX", "organisation")
    assert [m.start for m in name_sweep(text, [market], [])] == []
    plain = "The KEX said on Friday it would open longer. Orlo Inc. told the KEX so."
    assert [m.start for m in name_sweep(plain, [market], [])] == [plain.rindex("KEX")]
