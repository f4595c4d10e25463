"""Furniture and publication dates that stop 33 finds, from the train sets' furniture errors: a
release's deck under its headline, its issuer's name with its ticker, its "About Name Co."
heading, a dateline in capitals with its day before a colon, a place before a colon that the
byline names, a caption credited to the dateline's source with a label, a labelled note on the
next report, a pointer to a page with its stop, a newsletter's pointer to its archive, a
digest's signature over its separator; and the day of a digest's masthead set in wide columns
and of a wire's stamp in figures. Every fixture is invented; the story's sentences of the same
words stay the story's."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import resolve_published

from .furniture_found import found_furniture as _found

_WEEKDAYS = tuple(calendar.day_name)
_MONTHS = tuple(calendar.month_name)[1:]


def _kinds(line: str) -> list[tuple[str, str]]:
    return _found(f"Headline\n\nThe council met on Monday and voted to shut the quay.\n\n{line}")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("About Quay Tools Co.", "credit"),
        ("About Tarrow Pumps Inc.", "credit"),
        ("Quay Tools Limited (TSX: QTL)", "credit"),
        ("Tarrow Pumps plc (LSE: TPP; OTCQX: TRPMF)", "credit"),
        ("Next freight report: Monday 3 June.", "promo"),
        ("Tide tables for the week are on Page 22.", "promo"),
        ("From the archive: our 2019 interview with the ferrymen of Tarrow.", "promo"),
    ],
)
def test_a_line_of_furniture(line: str, kind: str) -> None:
    assert _kinds(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "About Quay Tools.",
        "Quay Tools Limited (TSX: QTL) said on Monday it would close its Tarrow plant.",
        "Quay Tools Limited (Quay or the Company) today reports its results for the half.",
        "The next freight report will be sent to members on 3 June.",
        "The minister quoted from the archive of the port authority on Monday.",
    ],
)
def test_a_story_sentence_of_the_same_words_is_the_storys(line: str) -> None:
    assert _kinds(line) == []


def test_a_deck_under_a_releases_headline_is_furniture() -> None:
    text = (
        "Quay Tools reports fourth-quarter results\n"
        "Fourth quarter sales up 9.1%; store sales up 2.4%\n\n"
        "TARROW, March 7, 2013 /Newsline/ -- Quay Tools Co. today reported its results.\n\n"
        "Sales for the fourth quarter rose 9.1% to $61 million."
    )
    assert ("promo", "Fourth quarter sales up 9.1%; store sales up 2.4%") in _found(text)


def test_a_paragraph_set_apart_from_the_headline_is_no_deck() -> None:
    text = (
        "Quay Tools reports results\n\nFourth quarter sales rose 9.1% at Quay Tools\n\n"
        "Sales for the fourth quarter rose 9.1% to $61 million."
    )
    assert _found(text) == []


def test_a_dateline_in_capitals_with_its_day_before_a_colon() -> None:
    text = (
        "Ward by-election passes off peacefully\n\nStaff Correspondent\n\n"
        "TARROW, Feb 7: Voting in the ward by-election passed off peacefully today, the "
        "returning officer said."
    )
    assert ("dateline", "TARROW, Feb 7: ") in _found(text)


def test_a_place_before_a_colon_that_the_byline_names_is_the_dateline() -> None:
    head = "Quay Tools profit up 18%\nJo Lee, Tarrow | Jan 14, 2010, 07.12pm IST\n\n"
    story = "Quay Tools Ltd, the Tarrow-based pump maker, on Thursday reported a rise in profit."
    assert ("dateline", "Tarrow: ") in _found(f"{head}Tarrow: {story}")
    # a word before a colon that no byline names is a label, the story's
    assert not any(kind == "dateline" for kind, _ in _found(f"{head}Leith: {story}"))


def test_a_caption_credited_to_the_datelines_source_with_a_label() -> None:
    text = (
        "Bond goes to voters\n\nTARROW, Iowa (QTV4) - The school board voted 5-2 Monday night "
        "to put a bond on the November ballot.\n\n"
        "Board members listen to public comment Monday night. (Source: QTV4)\n\n"
        "The board meets again on Oct. 2."
    )
    found = _found(text)
    assert ("caption", "Board members listen to public comment Monday night. (Source: QTV4)") in (
        found
    )
    assert not any(piece.startswith("The board meets") for _, piece in found)


def test_a_digests_signature_over_its_separator() -> None:
    text = (
        "Quay Sans released\n\nquay-l Digest    Tuesday, 21 May 1996    Volume 03 : Number 112\n"
        "==== Message 1 of 2 ====\nFrom: Jo Lee <jo@quaytype.example>\n\n"
        "Quay Type released Quay Sans this morning.\n\nJo L., Quay Type, Tarrow\n"
        "==== Message 2 of 2 ====\nFrom: Al Roe <al@leith.example>\n\n"
        "Will the fonts come with hinting for small sizes?"
    )
    found = [piece for _, piece in _found(text)]
    assert "Jo L., Quay Type, Tarrow" in found
    assert "Quay Type released Quay Sans this morning." not in found


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1980, 1, 1), max_value=date(2020, 12, 31)))
def test_a_digests_masthead_in_wide_columns_states_its_day(day: date) -> None:
    masthead = (
        f"quay-l Digest    {_WEEKDAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} "
        f"{day.year}    Volume 03 : Number 112"
    )
    text = (
        f"Quay Sans released\n\n{masthead}\n==== Message 1 of 1 ====\n\n"
        "Quay Type released Quay Sans this morning in both of the common formats."
    )
    assert resolve_published(text).date == day


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1960, 1, 1), max_value=date(2019, 12, 31)))
def test_a_wires_stamp_in_figures_states_its_day(day: date) -> None:
    stamp = f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d} 19:40 GMT"
    text = (
        "AM-Tarrow-Shipping, 0421\nLine to scrap eight ships\nBy JO LEE\nQuay Press Writer\n"
        f"{stamp}\n\nTARROW, Belgium (QP) _ Quay Lines said it will scrap eight of its ships."
    )
    assert resolve_published(text).date == day
