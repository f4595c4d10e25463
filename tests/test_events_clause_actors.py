"""Which names go with which dated clause of a sentence (`timeline/events/clause_actors.py`):
a relative clause's name, through the whole pipeline on sentences of our own."""

from __future__ import annotations

from datetime import date

from timeline.documents import Document
from timeline.pipeline import extract


def _actors_by_date(text: str) -> dict[str, list[str]]:
    document = Document(id="a", text=text)
    table = extract([document], published=date(2024, 3, 14), workers=1).table
    return {row.date_value: list(row.actors) for row in table.itertuples()}


def test_a_clause_opened_by_whose_is_the_name_before_it() -> None:
    # "whose president resigned": the broker's clause, not the exchange's (stop 47, `spans`)
    rows = _actors_by_date(
        "The Tarvik Stock Exchange on Monday suspended trading in the shares of Morrow "
        "Securities Co., the small broker whose president resigned in 2019."
    )
    assert rows["2019"] == ["Morrow Securities Co."]


def test_who_stands_for_the_person_named_before_it_not_the_body() -> None:
    # an apposition names his company between the person and "who"
    rows = _actors_by_date(
        "The prize was set up in 1979 by Ilse Vaarmann, the former head of Tallmark Shipping, "
        "who died in 1988."
    )
    assert rows["1988"] == ["Ilse Vaarmann"]
    # a body "who" follows, a person named before it without a comma: the body
    rows = _actors_by_date(
        "Ana Ruiz said the Tallmark Dockers' Union, who struck for a week in March 1990, "
        "would strike again in 2031."
    )
    # (a bare "who struck in 1990" is no row under stop 47's non-event threshold, `dates`)
    assert "Tallmark Dockers' Union" in rows["1990-03"]
    # "which" stands for the thing named last
    rows = _actors_by_date(
        "Ilse Vaarmann joined Tallmark Shipping in 1961, which opened a yard in Rostock in 1970."
    )
    assert "Tallmark Shipping" in rows["1970"]
    assert "Ilse Vaarmann" not in rows["1970"]
