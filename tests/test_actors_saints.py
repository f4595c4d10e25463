"""A saint's name and "'s" names the church, school or hospital named for the saint."""

from __future__ import annotations

from timeline.actors.saints import saints_house
from timeline.actors.spans import clean_span


def _cleaned(text: str, surface: str, label: str = "PERSON") -> tuple[str, str] | None:
    start = text.index(surface)
    span = clean_span(text, start, start + len(surface), label)
    return None if span is None else (span.text, span.label)


def test_a_saints_house_keeps_its_possessive() -> None:
    assert _cleaned("They were married at St Oswin's sixty years ago.", "St Oswin's") == (
        "St Oswin's",
        "FAC",
    )
    assert _cleaned("St. Aldhelm's will ring at noon on Sunday.", "St. Aldhelm's", "ORG") == (
        "St. Aldhelm's",
        "ORG",
    )
    assert _cleaned("Mass at Saint Brannoc's began at nine.", "Saint Brannoc's")[0] == (
        "Saint Brannoc's"
    )


def test_a_possessive_before_another_noun_is_cut() -> None:
    assert _cleaned("Fans at St Kessog's ground booed.", "St Kessog's", "ORG") == (
        "St Kessog",
        "ORG",
    )
    assert _cleaned("Ana Roe's car was found.", "Ana Roe's") == ("Ana Roe", "PERSON")
    assert not saints_house("St Kessog's ground", "St Kessog's", 11)
