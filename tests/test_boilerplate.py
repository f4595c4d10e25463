"""A page's own lines (`timeline/furniture/boilerplate.py`, `timeline/furniture/promo_lines.py`):
pointers to other stories, tag lines, share rows, calls to subscribe or to take the page's app,
the reader's number to call, and the story's sentences of a like shape that are none."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture
from timeline.furniture.boilerplate import is_promo_heading, is_share_row, is_tag_line
from timeline.furniture.contact_lines import is_contact_line
from timeline.furniture.promo_lines import is_promo_line, is_promo_opening
from timeline.furniture.scorecards import is_match_box


@pytest.mark.parametrize(
    "line",
    [
        "READ | Bus fares in the metro to rise from June",
        "READ: Shelters in the valley run short of water",
        "Read more: Why the ferry timetable changed",
        "More on this story: What the cut means for your savings",
        "More from Science: Why the tide tables changed",
        "» Tram fares to rise in the spring",
        "Full results: Tarrow Fun Run 2015 (PDF)",
        "Council budget papers [PDF, 1.2 MB]",
    ],
)
def test_pointers_to_other_stories(line: str) -> None:
    assert is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read the full statement, the minister told reporters on Monday.",
        "Readers wrote in their hundreds after the ferry sank in May.",
        "More than 300 workers walked out on Monday.",
        "More on Tuesday, when the council meets again.",
        "Reading: the town council voted on Monday to close the library.",
        "Next, the council will vote on the budget in June.",
        "The full results will be published in a PDF on Monday.",
        "Sponsored by the port, the race starts on Monday.",
        "Advertisements for the ferry ran in May.",
        "Promoted to chief executive in May, she cut fares.",
    ],
)
def test_story_sentences_are_no_pointers(line: str) -> None:
    assert not is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related topics: Interest rates, Inflation, Housing",
        "Related Topics: Tarrow / local elections / courts",
        "Tags: wool, shearing, industrial disputes · Cite this article",
        "Keywords: WHEAT/EXPORTS",
    ],
)
def test_tag_lines(line: str) -> None:
    assert is_tag_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tags: the council debated the budget for two hours on Monday.",
        "Tags on the crates showed they came from Tarrow in May.",
        "Keywords matter, the judge said on Friday, and so does context.",
    ],
)
def test_story_sentences_are_no_tag_lines(line: str) -> None:
    assert not is_tag_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Get the evening headlines on Telegram: send START to 555 0100",
        "Receive our breaking news alerts via Signal",
        "Like us on Facebook: Tarrow Harbour Residents",
        "Find us on Instagram",
        "TOP STORY",
        "View this email in your browser",
        "Having trouble viewing this newsletter? Open it online.",
    ],
)
def test_calls_and_labels_of_a_newsletter_or_a_page(line: str) -> None:
    assert is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Get the news on Monday, the minister told the harbour board.",
        "Like us, the port was hit by the storm on Friday.",
        "The top story of the year was the ferry strike.",
    ],
)
def test_story_sentences_are_no_calls_of_a_page(line: str) -> None:
    assert not is_promo_line(line)


def test_other_stories_under_a_heading_and_a_blank_line_are_furniture() -> None:
    assert is_promo_heading("ALSO ON HARBOUR FM:") and is_promo_heading("Most viewed")
    assert not is_promo_heading("Also on the ballot:")
    text = (
        "Ferry operator fined\n\nThe operator was fined on Friday.\n\n"
        "ALSO THIS WEEK\n\nLeith: dredger arrives for the new berth\n"
        "Tarrow: ferry timetable changes in May\n\nThe fine will be paid by June."
    )
    assert [text[f.start : f.end] for f in furniture(text)] == [
        "ALSO THIS WEEK",
        "Leith: dredger arrives for the new berth",
        "Tarrow: ferry timetable changes in May",
    ]
    # a sentence of the story after a heading and a blank line is the story's
    story = "Ferry fined\n\nMost viewed\n\nThe operator was fined on Friday.\n\nMore news."
    assert [story[f.start : f.end] for f in furniture(story)] == ["Most viewed"]


def test_a_related_headline_under_its_heading_is_furniture() -> None:
    assert is_promo_heading("RELATED ARTICLE") and is_promo_heading("More on this story:")
    text = (
        "Ferry operator fined\n\nThe operator was fined on Friday.\n\n"
        "RELATED ARTICLE\nRegulator suspends licences of two river ferries\n\n"
        "The fine will be paid by June."
    )
    assert [text[f.start : f.end] for f in furniture(text)] == [
        "RELATED ARTICLE",
        "Regulator suspends licences of two river ferries",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Copy link | Email | Forum | X",
        "Share / Partager : Forum · Email",
        "Share",
        "Share Save",
        "Bookmark",
        "COMMENTS",
        "Comments (14)",
        "READ LATER",
        "Tweet | Share | +1",
    ],
)
def test_share_rows(line: str) -> None:
    assert is_share_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Save Our Harbour",
        "Email Scam Hits Pensioners",
        "Share prices fell 4% on Monday.",
        "Français | English",
        "Print run: 40,000 copies",
    ],
)
def test_headings_and_sentences_are_no_share_rows(line: str) -> None:
    assert not is_share_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Support local journalism: subscribe to the Tarrow Post for €1.50 a week.",
        "Never miss a story: sign up to our morning newsletter.",
        "Get all the latest Tarrow news straight to your inbox.",
        "For more news about the region, visit our home page.",
    ],
)
def test_calls_to_subscribe(line: str) -> None:
    assert is_promo_opening(line)


@pytest.mark.parametrize(
    "line",
    [
        "The message was clear: subscribe to the plan or leave.",
        "He said: sign up to the scheme by Friday.",
        "Subscribers to the service rose 10% in March.",
    ],
)
def test_story_sentences_are_no_calls_to_subscribe(line: str) -> None:
    assert not is_promo_opening(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harbor: Quist; Lee, Roe, Doe, Kim; Park, Moss; Ruiz (Vale 78), Ortiz, Dunn; Abel.",
        "Harbor FC (4-2-3-1): Quist; Lee, van Hout, Doe; Park (c), Moss; Ruiz. Subs: Tait, Oduya.",
        "Man of the match: Ana Ruiz",
        "Player of the Match: Jo Lee (Rovers)",
        "Attendance: 41,203",
        "Referee: Ann Roe (Kent)",
        "Subs not used: Tait, Oduya, Bell.",
    ],
)
def test_a_match_reports_box(line: str) -> None:
    assert is_match_box(line)


@pytest.mark.parametrize(
    "line",
    [
        "Attendance: the crowd was the smallest since 1998.",
        "The referee, Ann Roe, sent off two players on Saturday.",
        "The plan: cut costs; sell the depot, the mill; close two plants by May.",
        "Harbor: a season of change; a new coach, a new ground; and a cup final in May.",
        "Crowd: thousands gathered outside the stadium on Sunday.",
    ],
)
def test_story_sentences_are_no_match_box(line: str) -> None:
    assert not is_match_box(line)


def test_a_stamp_with_its_country_is_a_byline() -> None:
    text = "Harbor 2-1 Rovers\n\nSaturday 22 March 2025 17:05, UK\n\nHarbor won on Saturday."
    assert [(f.kind.value, text[f.start : f.end]) for f in furniture(text)] == [
        ("byline", "Saturday 22 March 2025 17:05, UK")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "RELATED NEWS: Police arrest two over warehouse theft",
        "More long reads: The salt farmers of the delta",
        "Related stories: Ferry sailings cut",
    ],
)
def test_a_pointer_that_names_its_kind_of_content(line: str) -> None:
    assert is_promo_line(line)


def test_tags_set_apart_by_semicolons() -> None:
    assert is_tag_line("Keywords: floods; Kingston; harbour; 1979")
    assert not is_tag_line("Keywords: the council met; it voted to close the harbour on Monday.")


@pytest.mark.parametrize(
    "line",
    [
        "Related news reached the port on Monday.",
        "More long reads were printed in 2019 than ever before.",
    ],
)
def test_a_sentence_about_news_is_no_pointer(line: str) -> None:
    assert not is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Get the Tarrow Post Sports app for live scores and alerts.",
        "Download the Harbour Radio app",
        "Install our Tarrow News app to follow the count.",
    ],
)
def test_a_call_to_take_the_page_s_app(line: str) -> None:
    assert is_promo_line(line)


def test_an_app_in_the_story_is_the_story_s() -> None:
    assert not is_promo_line("The Harbour Post app was downloaded 40,000 times in May.")
    assert not is_promo_line("Get the Tarrow council to fund the app, residents urged.")


@pytest.mark.parametrize(
    "line",
    [
        "WHAT TO DO: Stop using the heater and unplug it. Call the Harbor Home helpline on "
        "0800 555 0142 (Mon-Fri, 9am-5pm) or visit the recall page.",
        "Ring the council on 01632 960 444 to book a collection.",
    ],
)
def test_the_reader_s_number_to_call(line: str) -> None:
    assert is_contact_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Call the helpline on 0800 555 0142, the minister urged residents on Monday.",
        "Residents called the helpline on Monday, the council said.",
        "Call centre staff at 14 sites went on strike on Monday.",
    ],
)
def test_a_call_in_the_story_is_no_contact_line(line: str) -> None:
    assert not is_contact_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Harbour Wire Trust Principles.",
        "Editorial standards: how we report and correct our stories",
        "Our principles: read the Tarrow Courier's charter",
    ],
)
def test_a_pointer_to_the_page_s_standards_is_furniture(line: str) -> None:
    assert is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our standards of care have slipped, the hospital's chief executive said on Monday.",
        "Editorial standards at the paper were questioned in the inquiry's report.",
    ],
)
def test_a_sentence_on_standards_is_not(line: str) -> None:
    assert not is_promo_line(line)
