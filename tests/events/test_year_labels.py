"""A split year that labels a crop, a season or a budget ("the 2011/12 wheat crop") describes
the thing a figure is of, not when the clause happened (timeline/events/year_labels.py).
Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.events import year_labels
from timeline.events.year_labels import names_a_thing
from timeline.sentences import Sentence
from timeline.temporal import Timex

PUBLISHED = date(2021, 3, 18)  # a Thursday


def test_a_crop_label_leaves_the_report_on_the_news_day() -> None:
    text = "The Danube Grain Board said farmers had sown 62 percent of the 2020/21 maize crop."
    days = {e.date_start for e in news_events(text, PUBLISHED)}
    assert days == {PUBLISHED}


def test_a_forecast_for_a_season_is_made_on_the_news_day() -> None:
    text = "The Tarn Valley Dairy Co-operative has set its forecast for the 2021-22 season."
    events = news_events(text, PUBLISHED)
    assert events and all(e.date_start == PUBLISHED for e in events)


def test_a_season_after_during_is_the_time_of_the_clause() -> None:
    text = "Exports rose 4 percent during the 2019/20 season."
    start = text.index("2019")
    sentence = Sentence(0, len(text), text, 0)
    assert not names_a_thing(sentence, Timex(start, start + 4, "2019", "DATE", "2019"))


def test_years_that_do_not_follow_each_other_are_no_label() -> None:
    text = "It reviewed the 2010/15 plan."
    start = text.index("2010")
    sentence = Sentence(0, len(text), text, 0)
    assert not names_a_thing(sentence, Timex(start, start + 4, "2010", "DATE", "2010"))


@given(st.integers(1950, 2090), st.sampled_from(["/", "-", "–"]), st.booleans())
def test_both_years_of_any_label_name_the_thing(year: int, mark: str, short: bool) -> None:
    second = f"{(year + 1) % 100:02d}" if short else str(year + 1)
    text = f"Growers had sold half of the {year}{mark}{second} harvest by then."
    sentence = Sentence(0, len(text), text, 0)
    first_at = text.index(str(year))
    second_at = first_at + 4 + len(mark)
    first = Timex(first_at, first_at + 4, str(year), "DATE", str(year))
    later = Timex(second_at, second_at + len(second), second, "DATE", str(year + 1))
    assert names_a_thing(sentence, first) and names_a_thing(sentence, later)


@given(
    st.lists(
        st.sampled_from(
            ["the", "its", "in", " ", "2015", "/", "16", "–", "-", "season", "March", "x"]
        ),
        max_size=9,
    ),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=12),
)
def test_a_span_with_a_word_of_its_own_is_read_as_the_labels_would(
    pieces: list[str], start: int, width: int
) -> None:
    # `names_a_thing` reads no label for a span holding more than figures and separators:
    # on any span it must answer as reading the labels around it does
    text = " ".join(pieces)
    sentence = Sentence(0, len(text), text, 0)
    timex = Timex(start, start + width + 1, "x" * (width + 1), "DATE", "2015", granularity="year")
    expected = False
    for label in year_labels._LABEL.finditer(
        text, max(0, start - 60), min(len(text), start + width + 1 + 40)
    ):
        if label.start("first") <= start and start + width + 1 <= label.end("second"):
            expected = year_labels._running(label["first"], label["second"]) and (
                label["before"] is None
            )
            break
    assert names_a_thing(sentence, timex) == expected


@given(st.integers(1950, 2090), st.sampled_from(["/", "-", "–"]))
def test_a_bare_split_year_is_the_calendar_year_it_begins_in(year: int, mark: str) -> None:
    # stop 34: "in 2023-24" (no kind of year named) is one year of twelve months, not two
    # calendar years; its months unknown, the row takes the year it begins in
    from timeline.events.spans import range_of

    text = f"Exports from Tarrow fell 8 per cent in {year}{mark}{(year + 1) % 100:02d}."
    first_at = text.index(str(year))
    second_at = first_at + 4 + len(mark)
    first = Timex(first_at, first_at + 4, str(year), "DATE", str(year), granularity="year",
                  date_start=date(year, 1, 1), date_end=date(year, 12, 31))  # fmt: skip
    later = Timex(second_at, second_at + 2, text[second_at : second_at + 2], "DATE",
                  str(year + 1), granularity="year", date_start=date(year + 1, 1, 1),
                  date_end=date(year + 1, 12, 31))  # fmt: skip
    span = range_of(text, first, [first, later])
    assert span is not None
    assert (span.date_start, span.date_end) == (date(year, 1, 1), date(year, 12, 31))
