""" "The month" of a later sentence (`RunningReference.month_in_question`): the month the text
named last, not the publication's, a day of the publication's own month (the day the news was
told) passing over it; the publication's month when none was named. And a past verb after
"the month that" tells of the thing before the period ("a recall during the month that led
to ..."): the period stays a date, while a clause that says which period it is ("the year
that he retired", "the quarter that ended ...", "the year that followed") still is none."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

PUBLISHED = date(2031, 5, 7)  # a Wednesday


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month named in an earlier sentence
        ("Orders at the mill dropped in March. During the month, two kilns were idle.", "2031-03"),
        # ... and the day the figures were told, of the publication's own month, after it
        (
            "Ferry traffic rose 4% in April, the port said on Tuesday.\n\n"
            "Freight volumes fell 1% in the month.",
            "2031-04",
        ),
        # a day of another month names its month too
        (
            "The smelter shut on February 11. Output for the month was the lowest in years.",
            "2031-02",
        ),
        # a day ahead in the publication's month is a scene of its own: its month
        (
            "Shipments slipped in April, the port said on Tuesday. The fair opens on Friday, "
            "and for the whole of the month stalls will stay open late.",
            "2031-05",
        ),
        # named sentences back, past two others: the publication's
        (
            "Talks failed in January. Union leaders met. Farmers marched. Roads shut. "
            "Prices rose 2% in the month.",
            "2031-05",
        ),
        # no month named: the publication's
        ("The council met on Tuesday. Rents rose 2% in the month.", "2031-05"),
    ],
)
def test_the_month_is_the_month_named_last(text: str, value: str) -> None:
    assert _values(text)["the month"] == value


def test_the_month_in_its_own_sentence_is_that_sentences_date() -> None:
    text = "Bookings fell in January. Visits rose in February, the best for the month since 2009."
    assert _values(text)["the month"] == "2031-02"


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell in March. A plant lost a week to a strike during the month that slowed output.",
        "Sales fell in March, with a fire during the month that forced a shutdown at one site.",
        "Sales fell in March, with a frost during the month that cut the yield of every farm.",
        "Sales fell in March. A storm blew in during the month that hit trade across the coast.",
    ],
)
def test_a_past_verb_after_the_month_that_keeps_the_period(text: str) -> None:
    assert _values(text).get("the month") == "2031-03"


@pytest.mark.parametrize(
    "text",
    [
        "The orchard was planted in the year that he retired.",
        "In the quarter that ended March 29, the firm lost money.",
        "Two firms closed in the year that followed.",
    ],
)
def test_a_clause_telling_which_period_leaves_no_period_in_question(text: str) -> None:
    assert not any(t.text.startswith("the ") for t in tag(text, PUBLISHED))
