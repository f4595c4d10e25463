"""A mailing's, a page's, a picture's and a desk's furniture (issue 13, stop 38): a greeting and
its teaser, a sign-off with a wish or a call to reply, a bulletin's end, a sponsor with its
offer, other news this week, a broadcast listing, pointers to other pages and a document's
running heads, a picture's mark and its wire credit, a monitor's copyright with its terms and
its notes, a tape's cue, a report's period and its issuing place. Each gives no row and no
actor; the story's sentences in the same words keep their rows.

Every line here is invented (`tests/furniture_mailing_forms.py` draws more of each kind)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from .furniture_forms import article, covered, sentence_days
from .furniture_mailing_forms import desk_note, mailing_line, page_pointer, picture_caption

_STORY = (
    "The harbour board voted on Monday to close the old pier at Tarrow for repairs.\n\n"
    "Work will begin in June, the board's chairman, Jo Lee, told reporters.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Good morning. Here's what happened at the Tarrow quay this week.",
        "Hello from the desk. Here's what moved wool prices this weekend, and what to watch next.",
        "That's it for this week. Happy Thanksgiving to our readers in the States.",
        "That's all for today. Reply to this email with your tips for Saturday's final.",
        "That is the end of the news.",
        "Presented by Kestrel Outfitters - winter jackets, 15% off with code TARROW",
        "In other news this week: Quay Radio drops its late bulletin (see item 3)",
        "TV: Highlights of the semi-finals, Channel 4, 10.40pm tonight.",
        "Forwarded this email? Subscribe here.",
        "Full market reports from Tarrow and Leith, with the cattle prices, on Page 9.",
        "Wedding photographs appear on Page Twelve.",
        "(More farming news, Page 7.)",
        "— continued on page 5 —",
        "Tarrow Growers press release 12.03.97 - page 2",
        "(continued) 7/2019 Kestrel Trust",
        "[Picture] Shearing at Lakeside station, in a photograph from our files taken in 1981.",
        "(QP Wirephoto) -- Singer Ana Ruiz waves to fans at the Tarrow festival on Friday night.",
        "(c) Quay Broadcast Monitor 2011. Translated from French; headings added by the monitor.",
        "Copyright (c) Kestrel News Agency. Redistribution prohibited.",
        "(Passage omitted: the names of the three accused)",
        "Monitoring note: reception poor; item repeated in French at 0700 gmt.",
        'TAPE INSERT -- RUIZ -- 2\'05" -- OUTCUE: "...and we carry on."',
        "Period covered: 3–9 June 2019",
        "Issued: 11 June 2019, Port Tarrow",
    ],
)
def test_a_line_of_the_mailing_or_the_page_is_furniture_and_gives_no_row(line: str) -> None:
    text, _ = article(line, "foot")
    assert covered(line, "foot"), line
    assert not any(line[:30] in sentence for sentence, _ in sentence_days(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Presented by the mayor on Monday, the award went to the pier's oldest ferryman.",
        "Here's what happened on Monday: the board voted to close the pier.",
        "The notice, published on Monday, appeared on Page 6 of the gazette.",
        "The period covered by the inquiry ended on Monday, the board said.",
        "Happy families returned to the pier on Monday after the repairs.",
        "That is the end of the matter, the chairman told the board on Monday.",
    ],
)
def test_a_story_sentence_in_the_same_words_keeps_its_row(sentence: str) -> None:
    text = f"Pier to close\n\n{_STORY}\n{sentence}\n"
    assert any(sentence[:30] in row for row, _ in sentence_days(text))


@settings(max_examples=40, deadline=None)
@given(mailing_line())
def test_every_drawn_mailing_line_is_furniture(line: str) -> None:
    assert covered(line, "foot"), line


@settings(max_examples=40, deadline=None)
@given(page_pointer())
def test_every_drawn_page_pointer_is_furniture(line: str) -> None:
    assert covered(line, "between"), line


@settings(max_examples=40, deadline=None)
@given(picture_caption())
def test_every_drawn_picture_caption_is_furniture(line: str) -> None:
    assert covered(line, "between"), line


@settings(max_examples=40, deadline=None)
@given(desk_note())
def test_every_drawn_desk_note_is_furniture(line: str) -> None:
    assert covered(line, "foot"), line


def test_a_newsletter_s_pointer_to_its_own_page_is_furniture_even_with_a_verb() -> None:
    # Until stop 48 this line was kept as a story sentence; the learned line model with its
    # page-shape features (stop 48) reads it as what it is, the issue pointing to its own
    # page 4, and a story sentence that only names a page ("appeared on Page 6 of the
    # gazette", above) keeps its row.
    sentence = "Our chief executive, Jo Lee, explains the thinking on page 4."
    text = f"Pier to close\n\n{_STORY}\n{sentence}\n"
    assert not any(sentence[:30] in row for row, _ in sentence_days(text))
