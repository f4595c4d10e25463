"""Furniture at a story's foot and head that stop 32 finds (`timeline.furniture.foot_notes` and
the rules it touched): a correction's note with the error it mends, a note on the figures' units,
a labelled legal statement, an advertiser's call to book, a pointer telling the reader to see a
page, a weather note in capitals, a name's photo credit, a writer after "From" under a column's
label; and a teletext page's yearless stamp that its copyright line completes. Every fixture is
invented; the story's sentences of the same words stay the story's."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.published import resolve_published
from timeline.temporal import tag


def _kinds(line: str) -> list[tuple[str, str]]:
    text = f"Headline\n\nThe council met on Monday and voted to shut the quay.\n\n{line}"
    return [(f.kind.value, text[f.start : f.end]) for f in furniture(text)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "• This article was amended on 4 June 2015. An earlier version misspelled Jo Lee.",
            "promo",
        ),
        ("* This story was corrected on 3 May. It gave the toll as 12, not 21.", "promo"),
        ("Prices in kroner per tonne, ex-quay Tarrow.", "credit"),
        ("All figures in US$ million", "credit"),
        ("Prices in kroner per tonne, ex-quay Tarrow. Next report: 10 June.", "credit"),
        (
            "Quay Air flies to Tarrow three times a week from Leith. Book at quayair.example",
            "promo",
        ),
        ("Order online at tarrowbooks.example/order", "promo"),
        (
            "Competent Person's Statement: The information in this report that relates to Ore "
            "Reserves is based on information compiled by Ms Ana Ruiz.",
            "credit",
        ),
        ("Next issue: 8 November. Subscriptions: see page 4.", "promo"),
        ("See also pages 6 and 7", "promo"),
        ("WEATHER: Tarrow coast — dull and mild, light southerly wind. Sunrise 6.02.", "promo"),
        ("JO A. VARN (Photo courtesy of the family)", "caption"),
    ],
)
def test_a_line_of_furniture(line: str, kind: str) -> None:
    assert _kinds(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "The report was amended on Monday after the minister objected.",
        "Prices in Tarrow fell 3 per cent on Monday.",
        "Prices in the region soared after the frost.",
        "He told the court to see page 4 of the contract.",
        "The weather on Monday closed the port for a day.",
    ],
)
def test_a_story_sentence_of_the_same_words_is_the_storys(line: str) -> None:
    assert _kinds(line) == []


def test_a_call_to_book_after_a_dated_sentence_leaves_the_sentence() -> None:
    line = "The festival opens on Friday. Tickets at tarrowfest.example."
    assert _kinds(line) == [("promo", "Tickets at tarrowfest.example.")]


def test_a_legal_phrase_in_a_later_sentence_of_a_line_is_the_storys() -> None:
    line = "The carmaker filed on Monday. Speaking under safe harbor rules, its chief spoke."
    assert _kinds(line) == []


def test_a_writer_after_from_under_a_column_label_is_a_byline() -> None:
    text = (
        "Spot copper firms\n\nTARROW METALS JOURNAL · Vol. 4, No. 22 · 3 June 1987\nMARKET REPORT\n"
        "From Jo van Dam\n\nSpot copper in Tarrow closed on Friday at 2,310 a tonne."
    )
    found = [(f.kind.value, text[f.start : f.end]) for f in furniture(text)]
    assert ("byline", "From Jo van Dam") in found


def test_a_place_after_from_is_no_writer() -> None:
    text = "Ferries\n\nMARKET REPORT\nFrom Tarrow\n\nThe ferries sailed on Friday."
    assert "From Tarrow" not in [text[f.start : f.end] for f in furniture(text)]


_WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBREVIATIONS = (
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()  # noqa: SIM905 - a table
)


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1975, 1, 1), max_value=date(2015, 12, 31)))
def test_a_teletext_stamp_takes_its_year_from_the_copyright_line(day: date) -> None:
    stamp = (
        f"P142  QUAYTEXT  {_WEEKDAY_ABBREVIATIONS[day.weekday()]} {day.day} "
        f"{_MONTH_ABBREVIATIONS[day.month - 1]}  18:47:12"
    )
    text = (
        f"FERRIES HALTED AS GALE HITS\n{stamp}\nNEWS  1/2\n\n"
        "All ferry crossings were suspended at 06:00 today as a gale swept the islands.\n\n"
        f"(c) QUAYTEXT {day.year}"
    )
    assert resolve_published(text).date == day


@settings(max_examples=40, deadline=None)
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=59),
)
def test_a_number_before_a_clocks_minutes_is_no_day(day: date, minute: int) -> None:
    # "Sep  18:47:12": the 18 is the clock's hour, not the 18th of September
    text = f"Updated {_MONTH_ABBREVIATIONS[day.month - 1]}  {day.day}:{minute:02d}:12"
    values = [timex.value for timex in tag(text, None)]
    assert f"XXXX-{day.month:02d}-{day.day:02d}" not in values


def test_a_boxs_labelled_items_under_the_story_are_furniture() -> None:
    text = (
        "Liner berths\n\nThe liner Tarrow Star berthed at Pier 4 at 7.15 this morning.\n\n"
        "SHIPPING MOVEMENTS\nArrived: Tarrow Star, from Leith, 212 passengers.\n"
        "Sailed: Quay Queen, for Lagos and the Cape."
    )
    found = [text[f.start : f.end] for f in furniture(text)]
    assert "Arrived: Tarrow Star, from Leith, 212 passengers." in found
    assert "Sailed: Quay Queen, for Lagos and the Cape." in found
    assert "The liner Tarrow Star berthed at Pier 4 at 7.15 this morning." not in found


def test_a_chronology_under_the_story_stays_the_storys() -> None:
    text = (
        "Port strike\n\nDockers at Tarrow walked out on Monday over pay.\n\n"
        "How it unfolded\nMarch 3: Talks collapse.\nMarch 9: Dockers walk out."
    )
    found = [text[f.start : f.end] for f in furniture(text)]
    assert "March 3: Talks collapse." not in found
    assert "March 9: Dockers walk out." not in found


def test_an_interviews_last_turns_stay_the_storys() -> None:
    text = (
        "Five questions for a baker\n\nJo Varn opened her third bakery in Tarrow on Monday.\n\n"
        "Q: When will you open a fourth?\nA: Not before 2028. We'll revisit it next year.\n"
        "Q: And for you?\nA: I'm running my first marathon next month, badly."
    )
    found = [text[f.start : f.end] for f in furniture(text)]
    assert "A: Not before 2028. We'll revisit it next year." not in found
    assert "Q: And for you?" not in found
