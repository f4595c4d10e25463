"""Names that are no actor where they stand: holidays, time zones, grades of goods, the
place an organisation is based in, the short name of a statistic."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.missed_places import lone_places
from timeline.actors.not_actors import (
    is_an_adverb,
    labels_a_turn,
    names_a_grade,
    names_a_holiday,
    names_a_kind_of_people,
    names_a_statistic,
    names_a_time_zone,
    names_an_office,
)
from timeline.actors.seats import locates_an_organisation

from .mentions import actor_names as _names
from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Banks shut on Monday for the Harvest Thanksgiving holiday.", "Harvest Thanksgiving"),
        ("The toy ships on Feb. 10, in time for Valentine's Day.", "Valentine"),
        ("Offices close early on Saint Brigid's Eve.", "Saint Brigid"),
    ],
)
def test_a_holiday_is_no_actor(text: str, name: str) -> None:
    assert names_a_holiday(text, *_at(text, name))
    assert name not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ferries stop on Friday, as Orthodox Easter falls early this year.", "Orthodox Easter"),
        ("Stalls in Penvale sold out before Lunar New Year.", "Lunar New Year"),
        ("Turnout rose on Election Day in Marrow County.", "Election Day"),
    ],
)
def test_a_name_ending_in_a_holiday_is_the_holiday(text: str, name: str) -> None:
    assert names_a_holiday(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Excavation at the fort will resume after the Easter weekend.", "Easter weekend"),
        ("The union will meet the minister before the Christmas break.", "Christmas break"),
        ("Sales fell over the Thanksgiving week.", "Thanksgiving week"),
    ],
)
def test_a_holiday_and_the_time_it_names_is_no_actor(text: str, name: str) -> None:
    """Stop 39 (`actors10x`): "the Easter weekend" tells when, as "Easter" does."""
    assert names_a_holiday(text, *_at(text, name))
    assert not {n for n in _names(text) if "Easter" in n or "Christmas" in n}


def test_a_holiday_after_to_is_no_place_the_model_missed() -> None:
    """Stop 39 (`actors10x`): the lone places after "to" leave a holiday out, as a month."""
    text = "Most of the guest-houses close from November to Easter, the owners said."
    assert "Easter" not in _names(text)
    assert [r.text for r in lone_places("It sailed to Sur and stayed to Easter.", [])] == ["Sur"]


def test_a_holiday_word_inside_a_place_or_body_leaves_it_a_name() -> None:
    text = "Christmas Island Council said on Monday the jetty would reopen."
    assert not names_a_holiday(text, *_at(text, "Christmas Island Council"))
    text = "Flights to Christmas Island resumed."
    assert not names_a_holiday(text, *_at(text, "Christmas Island"))


def test_a_surname_that_reads_day_is_still_a_person() -> None:
    text = "Marta Day won the regional title on Sunday."
    assert not names_a_holiday(text, *_at(text, "Marta Day"))


def test_a_place_telling_the_clock_is_no_actor() -> None:
    text = "Copper fell 2% by 4 p.m. Santiago time, traders said."
    assert names_a_time_zone(text, *_at(text, "Santiago"))
    assert "Santiago" not in _names(text)
    assert not names_a_time_zone("She spent time in Santiago.", 18, 26)


def test_a_place_telling_the_same_clock_in_its_own_time_is_no_actor() -> None:
    """Stop 32: a clock told again in a place, in brackets with its weekday or after a clock in
    a zone's letters and a comma, gives that place's time; no event happens there."""
    text = "Ana Roe will sign the deal at 09:00 Seoul time on Friday (01:00 on Friday in Tarvik)."
    assert names_a_time_zone(text, *_at(text, "Tarvik"))
    assert "Tarvik" not in _names(text)
    text = "The final started at 7pm NZST, 5pm in Tarvik, before a record crowd."
    assert names_a_time_zone(text, *_at(text, "Tarvik"))
    assert "Tarvik" not in _names(text)
    # a clock and "in" alone is where the market traded, and no zone's letters, no clock
    for text in (
        "Kestrel shares rose 4% to 281p by 10am in Tarvik, valuing the group at £4m.",
        "The final started at 7pm today, 5pm in Tarvik, before a record crowd.",
    ):
        assert not names_a_time_zone(text, *_at(text, "Tarvik")), text


def test_the_grade_of_a_good_in_market_copy_is_no_actor() -> None:
    text = "Robusta coffee for May delivery rose 1.2% to $2,310 a tonne."
    assert names_a_grade(text, *_at(text, "Robusta"))
    assert "Robusta" not in _names(text)
    assert not names_a_grade("Velmar Oil workers went on strike.", 0, 6)


def test_the_place_a_company_is_based_in_is_no_actor() -> None:
    text = "Danish toy maker Lumikko, based in Aarhus, was founded in 1998."
    assert locates_an_organisation(text, *_at(text, "Aarhus"), "GPE")
    opening = "Founded in 1998 and based in Aarhus, Lumikko makes toys."
    assert not locates_an_organisation(opening, *_at(opening, "Aarhus"), "GPE")


def test_the_place_a_described_company_is_based_in_is_no_actor() -> None:
    """Stop 32: an apposition's description before "based in" ("Lumo Oy, the boot maker based
    in Tampere,") says where the company is, as ", based in Tampere," does."""
    text = "Lumo Oy, the boot maker based in Tarvik, said profits fell."
    assert locates_an_organisation(text, *_at(text, "Tarvik"), "GPE")
    assert "Tarvik" not in _names(text)
    text = "Lumo Oy, the boot maker that moved production to Tarvik, said profits fell."
    assert not locates_an_organisation(text, *_at(text, "Tarvik"), "GPE")


def test_the_short_name_of_a_statistic_is_no_organisation() -> None:
    text = "Traders await quarterly jobless figures (QJR-3) from the census office."
    assert names_a_statistic(text, *_at(text, "QJR"))
    defined = "the Fiscal Council (FCX) warned on Monday"
    assert not names_a_statistic(defined, *_at(defined, "FCX"))


def test_the_label_of_an_interviews_turn_is_no_actor() -> None:
    text = "Lotta Virkkunen spoke to us.\nQUESTION: Why now?\nANSWER: Because."
    assert labels_a_turn(text, text.index("QUESTION"), text.index("QUESTION") + 8)
    assert labels_a_turn(text, text.index("ANSWER"), text.index("ANSWER") + 6)
    assert not labels_a_turn("QUESTION TIME: Why?", 0, 8)
    assert not labels_a_turn("The QUESTION: why?", 4, 12)


def test_a_shares_ticker_is_no_actor() -> None:
    text = (
        "Marrow Biotics Inc. (NASDAQ: MRWB) said on Monday it would cut 40 jobs. Its shares "
        "began trading in 2019 under the symbol MRWB."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert "MRWB" not in names
    assert any(name.startswith("Marrow Biotics") for name in names)


def test_an_exchange_and_a_ticker_as_one_span_are_no_actor() -> None:
    from timeline.actors.not_actors import names_a_ticker

    text = "Harwell Pumps Ltd (LSE: HWP) said on Monday it would cut jobs."
    assert names_a_ticker(text, text.index("LSE"), text.index(")"))


@pytest.mark.parametrize(
    "text",
    [
        "Nationally, grocery sales slipped for a second month.",
        "Separately, the ferry operator said it would add a route.",
        "Regionally, the Tarrow Valley fared better.",
    ],
)
def test_an_adverb_opening_a_sentence_is_no_actor(text: str) -> None:
    word = text.split(",", maxsplit=1)[0]
    assert is_an_adverb(text, 0, len(word))
    assert word not in _names(text)


def test_a_name_ending_like_an_adverb_stays_a_name() -> None:
    text = "Kelly Donnelly said on Monday the plant would close."
    assert not is_an_adverb(text, 0, 5)
    assert not is_an_adverb(text, 6, 14)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fishers' cooperatives in Tarvo rejected the quota.", "Fishers"),
        ("The vote was close. Nurses' unions backed the deal.", "Nurses"),
        ("Talks ended.\nGrowers’ groups said prices fell.", "Growers"),
    ],
)
def test_a_kind_of_people_opening_a_sentence_is_no_actor(text: str, word: str) -> None:
    assert names_a_kind_of_people(text, *_at(text, word))
    assert word not in _names(text)


def test_a_plural_name_inside_a_sentence_or_without_a_possessive_stays() -> None:
    text = "Fans of the Harbor Kestrels' coach cheered. Kestrels won."
    inside = text.index("Kestrels")
    assert not names_a_kind_of_people(text, inside, inside + len("Kestrels"))
    opening = text.rindex("Kestrels")
    assert not names_a_kind_of_people(text, opening, opening + len("Kestrels"))


def test_a_place_after_a_clock_alone_in_brackets_is_a_time_zone() -> None:
    text = "The probe Lumen-3 was launched at 21:10 UTC (23:10 in Windhoek) from a pad in Kourou."
    names = {m.name for m in find_actors([text])[0]}
    assert "Windhoek" not in names, names
    assert "Kourou" in names, names
    # a place in brackets with more than a clock is where something happened
    text = "The second fire (the worst in Windhoek) spread on Friday."
    assert "Windhoek" in {m.name for m in find_actors([text])[0]}


def test_a_place_before_a_markets_securities_is_no_actor() -> None:
    text = (
        "The shilling slid on Friday, and Nairobi shares had their worst day in seven weeks. "
        "Traders in Nairobi blamed the central bank."
    )
    assert "Nairobi" not in {m.name for m in find_actors([text])[0] if m.start < 90}
    # a company's short name before "shares" is the company
    text = "Kasuri Steel Works cut output at Kasuri. Kasuri shares fell 3% in Osaka."
    assert "Kasuri" in {m.text for m in find_actors([text])[0]}
    text = "Lusaka said on Friday it would cut fuel duty."
    assert "Lusaka" in {m.name for m in find_actors([text])[0]}


def test_acronyms_of_things_and_identifiers_are_no_actors() -> None:
    for text, word in [
        ("The regulator ordered carriers to register all prepaid SIM cards by June.", "SIM"),
        ("Residents said the village's only GP surgery had closed in March.", "GP"),
        ("Brackwater Foods raised $40 million in its IPO on Tuesday.", "IPO"),
        ("Share code: BRW   ISIN: ZAE000111222", "ISIN"),
    ]:
        assert word not in {m.name for m in find_actors([text])[0]}, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Clerk read a letter from the ferry company on Monday.", "Clerk"),
        ("The council sent the request to the County Engineer on May 3.", "County Engineer"),
        ("The Registrar's office said marks would be out by June.", "Registrar"),
        ("The motion was put by the Speaker on Tuesday.", "Speaker"),
        (
            "Parcels will be delivered on Monday, the Postmaster General's office said.",
            "Postmaster General",
        ),
        ("Berths were cleared last week, the Port Captain, Captain O. Renn, said.", "Port Captain"),
        (
            "The judges directed the District Collector to file a report by Friday.",
            "District Collector",
        ),
    ],
)
def test_an_office_after_the_with_no_holder_is_no_actor(text: str, name: str) -> None:
    assert names_an_office(text, *_at(text, name))
    assert name not in _names(text)


def test_an_office_before_its_holders_name_or_a_name_ending_in_a_title_stays() -> None:
    text = "Clerk Maria Osei read it to the Stephen King fans on Monday."
    assert not names_an_office(text, *_at(text, "Clerk"))
    assert not names_an_office(text, *_at(text, "Stephen King"))
    assert "Maria Osei" in _names(text)
