"""Names of the wrong kind typed by what the article writes of them (`timeline/actors/
name_kinds.py`): a company the model took for a place or a person is an organisation for the
whole article, and a lone surname shared with a company named after its family is the company
where its clause says so. Invented articles in several outlets' shapes, through the real model,
and the rules alone."""

from __future__ import annotations

import doctest

import timeline.actors.name_kinds
from timeline.actors import find_actors
from timeline.actors.mention import ActorMention
from timeline.actors.name_kinds import (
    company_at,
    organisations_by_evidence,
    written_as_organisation,
)


def _named(text: str, written: str) -> set[tuple[str, str]]:
    """(name, type) of every mention whose text is `written`."""
    return {(m.name, m.type) for m in find_actors([text])[0] if m.text == written}


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.name_kinds).failed == 0


# A lone surname shared with the company named after the family.

_BUSINESS_DAILY = (
    "Marunaka Textile Industries Co., the Nagoya maker of synthetic yarns, said yesterday that "
    "its net profit for the half year fell 31 percent.\n\n"
    "Its president, Mr. Hideo Marunaka, told reporters the company would cut overtime.\n\n"
    "Marunaka shares fell ¥9 to ¥244 on the Nagoya exchange.\n\n"
    "Marunaka, which employs about 6,000 people, will report full-year results in May.\n\n"
    "Mr. Marunaka said he would stay on as president."
)


def test_a_family_company_s_shares_are_the_company_s() -> None:
    assert _named(_BUSINESS_DAILY, "Marunaka") >= {
        ("Marunaka Textile Industries Co.", "organisation")
    }


def test_the_family_s_person_keeps_his_title_and_pronoun() -> None:
    text = _BUSINESS_DAILY
    after = text.index("Mr. Marunaka said") + len("Mr. ")
    names = [m for m in find_actors([text])[0] if m.start == after]
    assert [(m.name, m.type) for m in names] == [("Hideo Marunaka", "person")]


def test_a_clause_with_its_and_no_person_is_the_company_s() -> None:
    text = "Hoshino now expects its full-year profit to halve."
    assert company_at(text, 0, len("Hoshino"))
    assert not company_at("Hoshino said his firm would sell it.", 0, len("Hoshino"))
    assert not company_at("Hoshino, who built it, retired.", 0, len("Hoshino"))


def test_a_press_release_s_founded_clause_is_the_company_s() -> None:
    text = (
        "PORTO — Calçados Ferreirinha Lda, the family shoemaker, will open a second plant.\n\n"
        "The chairman, Rui Ferreirinha, will sign the lease on Friday.\n\n"
        "Ferreirinha, founded in 1931, exports most of its shoes to Germany."
    )
    # the company's name does not open with the surname: nothing for the rule to choose
    assert ("Rui Ferreirinha", "person") in _named(text, "Rui Ferreirinha")


# A company the model took for a place or a person, typed by the article.


def test_shares_of_a_name_make_it_a_company() -> None:
    text = "Shares of Tarvik rose 4% on Monday."
    tarvik = ActorMention(10, 16, "Tarvik", "Tarvik", "location")
    assert organisations_by_evidence(text, [tarvik])[0].type == "organisation"


def test_an_apposed_company_noun_makes_it_a_company() -> None:
    text = "Brelland Pumpenwerk, the Kassel maker of irrigation pumps, won an order."
    assert written_as_organisation(text, "Brelland Pumpenwerk", "location")
    text = "Darvik, an Oslo-based parcel delivery start-up, raised $9 million on Monday."
    assert written_as_organisation(text, "Darvik", "person")


def test_a_place_s_market_and_founding_stay_a_place_s() -> None:
    text = "Tokyo shares fell. Rome, founded in 753 BC, grew. Ohio, which votes today, is close."
    for place in ("Tokyo", "Rome", "Ohio"):
        assert not written_as_organisation(text, place, "location")


def test_a_person_s_apposition_is_no_company_s() -> None:
    text = "Vela Ortiz, the Lima-based lawyer, said the group would appeal."
    assert not written_as_organisation(text, "Vela Ortiz", "person")
    text = "Moscow, the group said, had not replied."
    assert not written_as_organisation(text, "Moscow", "location")


def test_the_company_after_a_company_read_as_a_place() -> None:
    text = (
        "Kellmark Antriebstechnik, the Ulm maker of gearboxes, has won a contract from a "
        "Swedish truck maker, it said on Monday.\n\n"
        "Kellmark shares closed at DM 212 on the Stuttgart exchange.\n\n"
        "The company also said its chief executive would retire in June."
    )
    mentions = find_actors([text])[0]
    company = [m for m in mentions if m.text == "The company"]
    assert company
    assert company[0].type == "organisation"
    assert company[0].name.startswith("Kellmark")


def test_a_sector_word_ends_a_company_s_name() -> None:
    text = "Brightmoor Securities cut its forecast on Tuesday, Brightmoor said."
    kinds = {m.type for m in find_actors([text])[0] if m.name.startswith("Brightmoor")}
    assert kinds == {"organisation"}
