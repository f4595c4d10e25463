"""A decade that describes things (timeline/events/ages.py): no date of the clause."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.events.ages import ages_a_thing
from timeline.sentences import Sentence
from timeline.temporal import Timex

PUBLISHED = date(2022, 10, 23)


def _decade_at(text: str, written: str, value: str) -> Timex:
    start = text.index(written)
    return Timex(start, start + len(written), written, "DATE", value, granularity="decade")


def test_a_sentence_is_dated_by_its_year_not_by_the_decades_of_the_things_it_names() -> None:
    events = news_events(
        "The Harlow Juniper first went on sale in 1991, and it pushed rivals to drop the "
        "heavy vans of the 70s and 80s.",
        PUBLISHED,
    )
    assert [(e.date_value, e.date_text) for e in events] == [("1991", "1991")]


def test_a_decade_after_events_or_a_preposition_still_dates_the_clause() -> None:
    assert [
        e.date_value for e in news_events("The strikes of the 1980s shut the mills.", PUBLISHED)
    ] == ["198"]
    assert [e.date_value for e in news_events("In the 1980s the firm made vans.", PUBLISHED)] == [
        "198"
    ]


def test_the_second_of_two_joined_decades_describes_the_same_things() -> None:
    text = "The museum keeps radios of the 1950s and 1960s."
    sentence = Sentence(0, len(text), text, 0)
    assert ages_a_thing(sentence, _decade_at(text, "1960s", "196"))
    assert ages_a_thing(sentence, _decade_at(text, "the 1950s", "195"))


@given(st.sampled_from(["during", "since", "until", "in", "by"]), st.integers(1, 9))
def test_a_decade_after_a_preposition_of_time_is_never_a_things_age(word: str, tens: int) -> None:
    text = f"Vans were built {word} the 19{tens}0s."
    sentence = Sentence(0, len(text), text, 0)
    assert not ages_a_thing(sentence, _decade_at(text, f"the 19{tens}0s", f"19{tens}"))


@given(
    year=st.integers(min_value=1900, max_value=2099),
    word=st.sampled_from(["built", "vintage", "registered", "model", "era"]),
)
def test_a_year_joined_to_the_word_after_it_describes_a_thing(year: int, word: str) -> None:
    text = f"Harlow Shipping sold the {year}-{word} carrier for $14 million."
    written = str(year)
    start = text.index(written)
    timex = Timex(start, start + 4, written, "DATE", written, granularity="year")
    assert ages_a_thing(Sentence(0, len(text), text, 0), timex)


def test_a_year_before_a_range_or_alone_still_dates() -> None:
    for text in ("Harlow Shipping sold the carrier in 2013.", "Sales rose in 2013-14."):
        start = text.index("2013")
        timex = Timex(start, start + 4, "2013", "DATE", "2013", granularity="year")
        assert not ages_a_thing(Sentence(0, len(text), text, 0), timex)


def test_the_sale_of_a_ship_built_in_a_year_is_not_dated_by_that_year() -> None:
    events = news_events(
        "Greek buyers paid $21.5 million on Tuesday for the 2013-built Harlow Star.", PUBLISHED
    )
    assert [e.date_value for e in events] == ["2022-10-18"]
