"""Furniture of a broadcast script and of a printed page from writers of a third era: a
bulletin's slug, the next programme with its clock, the stations a script is for, a call to
watch the full report on a named broadcast, a reader's comment under a post, an imprint naming
its proprietors, a tide table and where a list stands in the paper. Each stays out of the rows;
the story's sentences around it, in the same words, stay in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.furniture import furniture
from timeline.pipeline import extract


def _taken(text: str) -> set[str]:
    return {text[piece.start : piece.end] for piece in furniture(text)}


_STORY = (
    "Ferry service resumes at Tarrow\n\n"
    "The island ferry sailed from Tarrow on Tuesday for the first time since the storm.\n\n"
    "The harbour board said repairs to the slipway would be finished by Friday.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "HOME SERVICE — EVENING NEWS BULLETIN, 7 P.M.",
        "MIDLAND REGION — LATE NEWS, 10.30 P.M.",
        "NEXT: The Farm Hour, with Jo Lee, 7.15 P.M.",
        "Coming up at 8 p.m.: Quay Talk with Ann Roe",
        "For all National stations.",
        "For broadcast on all regional transmitters.",
        "Watch the full report on Quay 4 News at 6.30 p.m.",
        "Listen to the full interview on Harbour FM Drive from 5 pm.",
        "Jo L. said... Same in our street. March 3, 2008 8:02 AM",
        "quaywatcher wrote:",
        "Printed and published by the proprietors, Quay Press Ltd., at Mill Lane, Tarrow.",
        "Tide table: High water 5.10 a.m., 5.36 p.m. Low water 11.20 a.m., 11.48 p.m.",
        "Sailing times for Friday appear on page 8.",
        "Hymns and readers for Easter Sunday are listed on the back page.",
    ],
)
def test_a_line_under_the_story_is_furniture(line: str) -> None:
    assert line in _taken(_STORY + "\n" + line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The night bulletin at 9 p.m. carried the first news of the storm.",
        "Next, the board will meet at 7.15 p.m. to approve the repairs.",
        "For all the stations on the coast, the storm meant a week of silence.",
        "Watch keepers on the quay saw the ferry leave at 6.30 p.m. on Tuesday.",
        "The skipper said the crossing was rough but the ferry kept time.",
        "High water at 3.41 p.m. flooded the slipway, the harbour master said.",
        "The new timetable was printed on page 3 of the gazette on Monday.",
        "Printed by hand, the notices were posted on the quay on Tuesday.",
    ],
)
def test_a_sentence_of_the_story_is_no_furniture(sentence: str) -> None:
    assert sentence not in _taken(_STORY + "\n" + sentence)


def test_a_script_gives_rows_for_its_story_only() -> None:
    script = (
        "Ferry service resumes\n"
        "HOME SERVICE — EVENING NEWS BULLETIN, 7 P.M.\n"
        "For all National stations. Read by Jo Lee.\n\n"
        "The island ferry sailed from Tarrow on Tuesday for the first time since the storm.\n"
        "That is the end of the news.\n"
        "NEXT: The Farm Hour, with Ann Roe, 7.15 P.M.\n"
    )
    document = Document(
        id="s", text=script, title="Ferry service resumes", published_given="1951-03-08"
    )
    table = extract([document], workers=1, merge=False).table
    sentences = " ".join(table["sentence"])
    assert "ferry sailed" in sentences
    assert "Farm Hour" not in sentences and "BULLETIN" not in sentences
    assert "National stations" not in sentences


_WORDS = st.sampled_from(["HOME", "SERVICE", "NEWS", "EVENING", "LATE", "NORTH", "REGION", "WORLD"])
_CLOCKS = st.builds(
    lambda hour, minute, half: f"{hour}{minute} {half}",
    st.integers(1, 12),
    st.sampled_from(["", ".15", ".30", ".45", ":05"]),
    st.sampled_from(["P.M.", "A.M.", "p.m.", "a.m."]),
)


@given(st.lists(_WORDS, min_size=1, max_size=5), st.sampled_from([", ", " — "]), _CLOCKS)
def test_any_bulletin_slug_and_next_programme_are_furniture(
    words: list[str], separator: str, clock: str
) -> None:
    slug = " ".join(words) + separator + clock
    following = f"NEXT: The Quay Hour, with Jo Lee, {clock}"
    taken = _taken(_STORY + "\n" + slug + "\n" + following)
    assert slug in taken and following in taken
