"""A bare season described by a word between a determiner and it, outside a phrase of time,
is the season's weather or a kind of thing, not when its clause happened ("the wet spring had
cut yields", "a mild autumn left it with unsold coats": `season_kinds.described_season`).
Invented sentences of several outlet shapes and decades."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.season_kinds import described_season, season_names_a_kind
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import news_events


def _bare(text: str, season: str) -> Timex:
    start = text.index(season)
    return Timex(start, start + len(season), season, "DATE", "1958-SP", None, "season")


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("The chairman told members yesterday that the wet spring had halved the hay crop.",
         "spring"),
        ("A mild autumn left the Tarn outfitters with 40,000 unsold coats.", "autumn"),
        ("Growers say a sodden summer will wipe out the gain.", "summer"),
        ("Forecasters said it was the earliest winter gale since 1970.", "winter"),
        ("The fund will hand out seed for the dimba winter crop in April.", "winter"),
    ],
)  # fmt: skip
def test_a_described_season_outside_a_phrase_of_time_is_no_time(text: str, season: str) -> None:
    sentence = Sentence(0, len(text), text, 0)
    assert season_names_a_kind(sentence, _bare(text, season))


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("The longliner spent six weeks in dry dock during the southern winter.", "winter"),
        ("Prices are likely to hold firm into the northern summer.", "summer"),
        ("Agents expect a quiet market through the Cape winter.", "winter"),
        ("The mill was sold the same winter.", "winter"),
        ("It is early, but spring shows signs of hope.", "spring"),
    ],
)
def test_a_season_in_a_phrase_of_time_is_kept(text: str, season: str) -> None:
    assert not described_season(text, text.index(season))


def test_the_row_of_a_statement_about_a_wet_spring_is_its_day() -> None:
    text = "Alderman Hoyle told the council yesterday that the wet spring had flooded 40 farms."
    events = news_events(text, date(1958, 6, 14))
    assert events and {e.date_start for e in events} == {date(1958, 6, 13)}
