"""Stop 50 (helper `furniture`): a publication's notes on how it keeps what it prints
(`timeline.furniture.house_notes`), a page's calls to comment, share or pay, and a cutting's
source line, which dates the page. Every line is invented."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.furniture import furniture
from timeline.published import resolve_published
from timeline.published.source_notes import source_day

STORY = (
    "The harbour board approved a new ferry contract on Monday, the chairman said.\n\n"
    "Quayline Ferries will start the service on June 3, the company said on Tuesday.\n"
)


def _covered(text: str, line: str) -> bool:
    start = text.index(line)
    return any(f.start <= start and f.end >= start + len(line) for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        # a council's, a court's, a trade weekly's, a broadcaster's notes on their record
        "These highlights are not the official minutes. Minutes are posted once approved by "
        "the Board.",
        "For the information of the news media. Names suppressed by order of the Court are not "
        "included.",
        "Official prices for the week appear in the Market Tables on page 14.",
        "Judgments in both matters are published in full in the Harbour Gazette.",
        "Transcripts are prepared from the broadcast audio and may contain errors.",
        # a page's calls to its reader
        "Join the conversation",
        "Have your say in the comments below.",
        "Enjoyed this article? Share it with a friend.",
        "Support independent journalism. Donate today.",
        "Our journalism relies on readers like you.",
        # a cutting's source line
        "From THE QUAY WEEKLY, August 14, 1973, page 22",
    ],
)
@pytest.mark.parametrize("place", ["head", "foot"])
def test_a_page_note_is_furniture(line: str, place: str) -> None:
    text = (
        f"Ferry contract approved\n\n{line}\n\n{STORY}"
        if place == "head"
        else f"Ferry contract approved\n\n{STORY}\n{line}\n"
    )
    assert _covered(text, line)


@pytest.mark.parametrize(
    "line",
    [
        "The minutes were posted on Monday after the vote.",
        "Results are published on Friday 3 May.",
        "Prices are listed too high, the minister said.",
        "The names of the dead are not yet known, and rescuers are still digging.",
        "Have your say on the plan at the town hall on Monday, the council urged residents.",
        "Our journalism students won three prizes on Monday.",
    ],
)
def test_story_sentences_in_those_words_stay(line: str) -> None:
    text = f"Ferry contract approved\n\nThe harbour board met on Monday.\n\n{line}\n"
    assert not _covered(text, line)


def test_a_cutting_line_dates_the_page_and_a_digest_head_is_no_cutting() -> None:
    cutting = (
        "HEALTH\nThe clinic boom\n\nFrom THE QUAY WEEKLY, August 14, 1973, page 22\n\n"
        "When the clinic opened its new wing in June, the waiting list shrank by a third.\n"
    )
    assert resolve_published(cutting).date == date(1973, 8, 14)
    # a digest's head for one of its sources names no page: no cutting's day (whatever else
    # the page's readers make of it)
    digest = "Press review\n\nFrom the Harbour Post, 06.11.2013:\n\nThe paper says talks stalled.\n"
    assert source_day(digest) is None
