"""One name whose list of fields or partners the model cut at its "and" or commas, joined again,
and two names joined by "and" kept two (`timeline/actors/coordinated.py`): invented sentences
through the real model and the rule alone."""

from __future__ import annotations

import doctest

import timeline.actors.coordinated
from timeline.actors.coordinated import coordinated_joined
from timeline.actors.spans import RawSpan

from .mentions import actor_names as _names


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.coordinated).failed == 0


def test_a_ministry_of_two_fields_is_one_name() -> None:
    text = "The Ministry of Culture and Rural Affairs said on Monday that the grants would rise."
    assert _names(text) == ["Ministry of Culture and Rural Affairs"]


def test_a_ministry_whose_first_field_is_a_body_word_stays_whole() -> None:
    text = "The Ministry of Government and Housing Services opened an inquiry on Monday."
    assert _names(text) == ["Ministry of Government and Housing Services"]


def test_a_firm_named_by_its_partners_is_one_name() -> None:
    text = "In 1931 Mr. Abel Trenholm founded Quayle and Trenholm Ltd. with two clerks."
    assert "Quayle and Trenholm Ltd." in _names(text)
    assert "Quayle" not in _names(text)


def test_a_body_of_fields_listed_with_commas_is_one_name() -> None:
    first, second = "Ministry of Roads, Bridges", "Inland Waterways"
    text = f"the {first} and {second} said"
    spans = [RawSpan(4, 4 + len(first), first, "ORG"), RawSpan(35, 35 + len(second), second, "ORG")]
    assert [s.text for s in coordinated_joined(text, spans)] == [
        "Ministry of Roads, Bridges and Inland Waterways"
    ]


def test_a_company_written_alone_elsewhere_stays_apart() -> None:
    text = "Halvard rose 3%. Halvard and Tenmoor Holdings Ltd. signed a deal on Monday."
    spans = [RawSpan(17, 24, "Halvard", "ORG"), RawSpan(29, 50, "Tenmoor Holdings Ltd.", "ORG")]
    assert [s.text for s in coordinated_joined(text, spans)] == [
        "Halvard",
        "Tenmoor Holdings Ltd.",
    ]


def test_a_company_whose_partner_is_written_alone_stays_apart() -> None:
    text = "Tenmoor rose 3%. Shares of Halvard and Tenmoor Inc. fell on Monday."
    spans = [RawSpan(27, 34, "Halvard", "ORG"), RawSpan(39, 51, "Tenmoor Inc.", "ORG")]
    assert len(coordinated_joined(text, spans)) == 2


def test_a_ministry_and_a_company_written_again_stay_two() -> None:
    text = (
        "The trial is run with the Ministry of Health and Tarnbeck Biologics, the Danish "
        "company. Tarnbeck's chief scientist said so on Monday."
    )
    names = _names(text)
    assert "Ministry of Health" in names
    assert not any(name.startswith("Ministry of Health and") for name in names)


def test_a_list_of_companies_stays_a_list() -> None:
    text = "The Big Three automakers -- Halvard, Tenmoor, and General Motors -- lost the vote."
    names = _names(text)
    assert "General Motors" in names
    assert not any(" and " in name for name in names)
    text = "Shares of Halvard and General Motors Co. rose on Monday."
    assert not any(" and " in name for name in _names(text))


def _pieces(text: str, *names: str, label: str = "PERSON") -> list[RawSpan]:
    """Spans over each written place of each of `names`, in text order."""
    spans = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            spans.append(RawSpan(at, at + len(name), name, label))
            at = text.find(name, at + 1)
    return sorted(spans, key=lambda s: s.start)


def test_a_firm_named_for_its_partners_written_whole_again_and_again_is_one() -> None:
    """A wire on a takeover and a trade column: the partners' names are never written apart."""
    wire = (
        "Harlow and Penge raised their offer for Cobb Ales today. Harlow and Penge, the "
        "brewers, will post documents on Monday. Shareholders of Cobb Ales meet on Friday."
    )
    found = coordinated_joined(wire, _pieces(wire, "Harlow", "Penge"))
    assert [(s.text, s.label) for s in found] == [("Harlow and Penge", "ORG")] * 2
    column = "Orders went to Tusk & Meyrick in May. Tusk & Meyrick will deliver in July."
    assert [s.text for s in coordinated_joined(column, _pieces(column, "Tusk", "Meyrick"))] == [
        "Tusk & Meyrick"
    ] * 2


def test_two_persons_two_towns_or_a_pair_written_once_stay_two() -> None:
    """A court report names each accused in full; a bulletin's towns stand after "at"; a pair
    written once gives no evidence."""
    court = "Ian Harlow and Tom Penge were charged. Harlow and Penge pleaded. Harlow and Penge"
    assert len(coordinated_joined(court, _pieces(court, "Harlow", "Penge"))) == 6
    bulletin = "Baths at Renby and Cowra shut today. Renby and Cowra reopen them on Monday."
    assert len(coordinated_joined(bulletin, _pieces(bulletin, "Renby", "Cowra"))) == 4
    once = "Harlow and Penge raised their offer today."
    assert len(coordinated_joined(once, _pieces(once, "Harlow", "Penge"))) == 2
    places = "Harlow and Penge raised it. Harlow and Penge won."
    assert len(coordinated_joined(places, _pieces(places, "Harlow", "Penge", label="GPE"))) == 4


def test_a_pair_ending_a_longer_list_of_names_stays_two() -> None:
    """A bulletin's villages: "Baliau, Kuluguma and Abaria" are three names, each written so."""
    text = (
        "Ash fell on Baliau, Kulmora and Abreth villages. Kulmora and Abreth were evacuated "
        "on Monday."
    )
    assert len(coordinated_joined(text, _pieces(text, "Kulmora", "Abreth"))) == 4
