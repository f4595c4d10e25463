"""A date without a year takes its direction from its own clause, not from a clause beside it.
Sentences written here (invented people and firms); the rules are in `temporal/tense.py`."""

from __future__ import annotations

from datetime import date

from timeline.temporal import tag


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def test_last_before_a_noun_says_which_one_not_when() -> None:
    """ "his third and last term" is no past: the clause looks ahead ("will begin")."""
    text = "Okafor, who first took the seat in 2001, will begin his third and last term on July 2."
    assert _values(text, date(2011, 5, 20))["July 2"] == "2011-07-02"
    text = "The ferry will make its last crossing on September 9."
    assert _values(text, date(2011, 8, 20))["September 9"] == "2011-09-09"


def test_a_participle_after_and_shares_the_passive_that_looks_ahead() -> None:
    """ "will be packed ... and shipped on Monday" (will be shipped), written on a Thursday."""
    text = "Parcels will be packed overnight at the depot and shipped on Monday, the firm said."
    assert _values(text, date(2019, 3, 14))["Monday"] == "2019-03-18"
    # a past passive keeps its past
    text = "Parcels were packed overnight at the depot and shipped on Monday."
    assert _values(text, date(2019, 3, 14))["Monday"] == "2019-03-11"


def test_to_before_a_name_opens_no_deadline() -> None:
    """ "Exports to Nordic buyers fell ... from May to July" is a past range, not a deadline."""
    text = "Exports to Nordic buyers fell sharply in the period from May to July, Veldmark said."
    values = _values(text, date(2021, 10, 5))
    assert (values["May"], values["July"]) == ("2021-05", "2021-07")
    # an infinitive still sets one: "agreed to settle the bill by June 30"
    assert _values("Tarrow agreed to settle the bill by June 30.", date(2021, 5, 2))["June 30"] == (
        "2021-06-30"
    )


def test_a_timetable_verb_after_and_looks_ahead() -> None:
    """ "Entries opened on 2 May and close for the season on Friday", written on a Tuesday."""
    text = "Entries opened on 2 May and close for the season on Friday."
    assert _values(text, date(2022, 6, 7))["Friday"] == "2022-06-10"
