"""A stamp in capitals with an ordinal's ending and an issue's "No." ("ISSUE No. 52 — RELEASE
DATE FRIDAY 2ND MAY 1958") is read as in title case; a head line naming a meeting with its
day ("REGULAR MEETING OF COUNCIL, MONDAY EVENING, MARCH 3RD, 1952") gives the meeting's day,
not the page's.

The fixtures are written here."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.published import resolve_published

_HEADLINE = "NEW FERRY LAUNCHED AT THE YARD"
_BODY = (
    "The new ferry slid down the slipway at noon yesterday before a crowd of several thousand "
    "shipyard workers and their families.\n\n"
    "She will enter service on the island route in the spring after her trials are complete.\n"
)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("COASTAL NEWSREEL — ISSUE No. 52 — RELEASE DATE FRIDAY 2ND MAY 1958", date(1958, 5, 2)),
        ("THE WEEKLY LEDGER · Vol. 12 No. 4 · MONDAY 3RD MARCH 1952", date(1952, 3, 3)),
        ("ISSUE No. 88 — TUESDAY 21ST JUNE 1949", date(1949, 6, 21)),
        ("RELEASED THURSDAY 22ND SEPTEMBER 1960", date(1960, 9, 22)),
        ("PRINTED WEDNESDAY 1ST OCTOBER 1947", date(1947, 10, 1)),
    ],
)
def test_a_stamp_in_capitals_with_an_ordinal_is_read(stamp: str, expected: date) -> None:
    text = f"{_HEADLINE}\n{stamp}\n\n{_BODY}"
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    "head",
    [
        "SUMMARY OF PROCEEDINGS — REGULAR MEETING OF COUNCIL, MONDAY EVENING, MARCH 3RD, 1952",
        "MINUTES — ANNUAL MEETING OF MEMBERS, TUESDAY, 4TH MARCH 1952",
        "Report of the special meeting of the board, Thursday 2 May 1963",
        "SITTING OF THE HOUSE, WEDNESDAY 5TH JUNE 1957",
    ],
)
def test_a_meeting_s_day_at_the_head_is_not_the_day_published(head: str) -> None:
    text = f"Council backs bridge\n{head}\n\n{_BODY}"
    assert resolve_published(text).date is None
    prepared = f"{text}\nPrepared by the Clerk, 9 June 1963.\n"
    assert resolve_published(prepared).date == date(1963, 6, 9)
