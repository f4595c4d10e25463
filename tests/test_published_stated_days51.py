"""The publication date a page's header states under a label of its own kind, found; the same
label before another thing's day, and a day in the story, never taken (stop 51, helper
`furnpub`): a court summary's "Date of judgment:" and "Delivered:", a broadcast transcript's
"TRANSCRIPT:" (`timeline/published/datelines.py`, `timeline/furniture/dated_lists.py`).

The fixtures are written here, for no benchmark article."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.published import resolve_published

_STORY = (
    "\n\nThe judge said the harbour board had failed to keep the slipway in repair, and "
    "awarded the fishermen their costs.\n\n"
    "The board said it would study the ruling before deciding whether to appeal.\n"
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "HIGH COURT OF THE NORTHERN DISTRICT\nSUMMARY OF JUDGMENT\n\nCase no. 88/2017\n"
            "Case name: Fishers' Guild v Harbour Board\nDate of judgment: 14 November 2019",
            date(2019, 11, 14),
        ),
        (
            "COURT OF APPEAL\nMedia summary\n\nCase: Fishers' Guild v Harbour Board\n"
            "Delivered: Thursday 14 November 2019",
            date(2019, 11, 14),
        ),
        (
            "COURT OF APPEAL\nDate of decision: 3 March 2008\nBefore: three judges",
            date(2008, 3, 3),
        ),
        (
            "COASTAL RADIO\nMORNING PROGRAMME\nTRANSCRIPT: Monday 2 March 1992, 7.40 a.m. item",
            date(1992, 3, 2),
        ),
        (
            "Harbour minister's address to the port forum\nDelivered: 27 May 2015, Port Hall",
            date(2015, 5, 27),
        ),
    ],
)
def test_a_header_label_of_the_page_s_own_day_is_read(header: str, expected: date) -> None:
    published = resolve_published(header + _STORY)
    assert published.date == expected
    assert published.source == "dateline"


@pytest.mark.parametrize(
    "header",
    [
        # another thing's day under a label: a hearing's, a recording's, a deadline's
        "COURT OF APPEAL\nCase: Fishers' Guild v Harbour Board\nHearing: 14 November 2019",
        "COASTAL RADIO\nRecorded: Monday 2 March 1992",
        "PORT NOTICE\nClosing date: 27 May 2015",
        # the label's word inside the story's sentence: an event's day, not the page's
        "Slipway row\n\nThe judgment delivered on 14 November 2019 was the first of its kind.",
        "Radio row\n\nA transcript of the 2 March 1992 interview was read to the court.",
    ],
)
def test_another_days_label_or_a_story_day_is_not_taken(header: str) -> None:
    assert resolve_published(header + _STORY).date is None
