"""A listed issuer's lines around its announcement (codes, listing, registration) and a
company's profile under its heading are furniture; the story's sentences about listings and
founding years are not."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture
from timeline.furniture.issuer_lines import is_security_codes

from .furniture_found import found_furniture as _found


@pytest.mark.parametrize(
    "line",
    [
        "Share code: HFC   ISIN: ZAE000123456",
        "Alpha code: HFCB | Bond code: HFC01",
        "Ticker: HFC",
        "LEI: 5493001KJTIIGC8Y1R12",
    ],
)
def test_a_line_of_security_codes(line: str) -> None:
    assert is_security_codes(line)


@pytest.mark.parametrize(
    "line",
    [
        "Code red: the harbour board closed the quay on Monday.",
        "Shares: up 4% on Monday after the results.",
        "Note: Prices rose",
        "Outlook: Weak",
    ],
)
def test_a_story_line_with_a_colon_is_no_line_of_codes(line: str) -> None:
    assert not is_security_codes(line)


def test_where_the_issuer_is_listed_and_its_number_are_furniture() -> None:
    text = (
        "Results\n\nHarbour Ferries raised fares on Monday.\n\n"
        "Listed on the Tarrow Stock Exchange. Registration number 2001/0042."
    )
    assert _found(text) == [
        ("credit", "Listed on the Tarrow Stock Exchange. Registration number 2001/0042.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Listed on the Tarrow Stock Exchange in 1998, the ferry company grew to 40 boats.",
        "The company was listed on the Tarrow Stock Exchange on Monday.",
        "Its registration number was withdrawn by the regulator on Friday.",
    ],
)
def test_a_story_sentence_on_a_listing_is_the_storys(text: str) -> None:
    assert furniture(f"Headline\n\n{text}") == []


def test_an_undated_profile_under_its_about_heading_is_furniture() -> None:
    profile = (
        "Based in Leith, Harbour Ferries Ltd. runs twelve boats between the islands. "
        "For more information, visit the company's website."
    )
    text = f"Headline\n\nFares rose on Monday.\n\nAbout Harbour Ferries\n{profile}"
    assert _found(text) == [("credit", "About Harbour Ferries"), ("credit", profile)]


def test_a_long_undated_profile_is_furniture_to_its_end() -> None:
    profile = " ".join(["Harbour Ferries Ltd. runs boats between the islands and the coast."] * 8)
    text = f"Headline\n\nFares rose on Monday.\n\nAbout Harbour Ferries\n{profile}"
    assert _found(text)[-1] == ("credit", profile)


def test_a_profile_that_dates_an_event_is_read_as_the_story() -> None:
    profile = "Harbour Ferries Ltd. runs twelve boats. It was founded in 1990 in Leith."
    text = f"Headline\n\nFares rose on Monday.\n\nAbout Harbour Ferries\n{profile}"
    assert _found(text) == [("credit", "About Harbour Ferries")]
