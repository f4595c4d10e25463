"""A site's own lines around a story (`timeline.furniture.site_lines`): each kind is furniture, and
a line of the story of a similar shape is not."""

from __future__ import annotations

import pytest

from timeline.furniture.record_lines import is_navigation_row, is_record_line, is_source_stamp
from timeline.furniture.site_lines import (
    is_case_field,
    is_follow_call,
    is_monitored_source,
    is_page_note,
    is_release_header,
    is_status_line,
    is_strapline,
    is_tool_row,
)
from timeline.published import resolve_published

from .furniture_found import found_furniture as _found


@pytest.mark.parametrize(
    ("test", "line"),
    [
        (is_follow_call, "Follow @TarrowDesk for breaking news from Tarrow, Lenz and Cray."),
        (is_follow_call, "Follow us at @TarrowDesk for updates on the storm"),
        (is_strapline, "WQRT 5 News | The Valley's News Leader"),
        (is_strapline, "Channel 9 | Coverage You Can Count On"),
        (is_tool_row, "Email | Print | Share | Text Size: A A A"),
        (is_tool_row, "Share | Font size A- A A+"),
        (is_release_header, "PRESS RELEASE"),
        (is_release_header, "News release | Regulatory announcement pursuant to Art. 12 LR"),
        (is_record_line, "Tarrow Archive · Full-text record"),
        (is_record_line, "Result 3 of 12 | Search: flood AND Tarrow | Sorted by relevance"),
        (is_record_line, "Wire record 71-0402-0017 | Rights: Harbour Wire. For research use only."),
        (is_record_line, "Document no. 4471 | Licence: CC BY 4.0"),
        (is_navigation_row, "« Previous article | Back to results | Next article »"),
        (is_source_stamp, "Source: The Tarrow Mail (Lenz), 11-03-1994, Friday, Home news, p. 6"),
        (is_case_field, "Case Title: K. Arun v. The State of Tarrow & Anr."),
        (is_case_field, "Case No.: Crl.A. No. 512 of 2019"),
        (is_case_field, "Coram: Justice M. Ilango and Justice R. Vance"),
        (is_case_field, "Date of judgment: 14 March 2019"),
        (is_status_line, "Mission day: 212 | Distance from Earth: 41.2 million km"),
        (is_status_line, "Sol 988 | Ls 212° | Air temperature: -71 °C"),
        (is_page_note, "All times are Central Africa Time (CAT)."),
        (is_page_note, "All times Eastern."),
        (is_page_note, "-- HNW/jr/kb"),
        (is_page_note, "ar/kb"),
    ],
)
def test_a_site_s_lines(test: object, line: str) -> None:
    assert callable(test) and test(line)


@pytest.mark.parametrize(
    ("test", "line"),
    [
        (is_follow_call, "Follow the path to the lake, the ranger said."),
        (is_follow_call, "Follow @TarrowDesk, the mayor told residents on Monday."),
        (is_strapline, "Valley News said it would close | staff were told on Monday."),
        (is_strapline, "Oil | Gas"),
        (is_tool_row, "Email your questions about the text size of ballots to the clerk."),
        (is_release_header, "Press release | The company said its profit rose 12 per cent."),
        (is_release_header, "Press releases from the ministry were delayed on Monday."),
        (is_record_line, "Record rainfall of 31 mm fell on Monday, forecasters said."),
        (is_record_line, "Search: the police searched the house on Monday."),
        (is_record_line, "Rights: the union said members would strike."),
        (is_record_line, "Record 2019 sales | Rights: the firm said it would appeal."),
        (is_navigation_row, "Next year the plant will close."),
        (is_source_stamp, "Source: officials said on 11 March 1994 that the pit was safe."),
        (is_case_field, "Bench: the judges said the order would stand until June."),
        (is_case_field, "Case in point: the council closed the pool in 2019."),
        (is_status_line, "Turnout: 71%"),
        (is_status_line, "Sales rose 4% | profit fell"),
        (is_status_line, "The rover drove 212 m on Sol 988 | its team said on Monday"),
        (is_page_note, "All times are approximate, the police said."),
        (is_page_note, "All times in the race were slower than in 2019."),
        (is_page_note, "and/or"),
    ],
)
def test_the_story_is_not_taken_for_a_site_s_line(test: object, line: str) -> None:
    assert callable(test) and not test(line)


def test_a_database_s_record_is_furniture_and_its_source_dates_the_story() -> None:
    text = (
        "Ferry sinks off Lenz\n\n"
        "Tarrow Archive · Full-text record\n"
        "Record 4 of 9 | Search: ferry AND Lenz | Sorted by date\n"
        "Source: The Tarrow Mail (Lenz), 04-03-1994, Friday, Home news, p. 6\n"
        "[Photograph not available in this record]\n\n"
        "A ferry sank off Lenz on Wednesday night, the coastguard said.\n\n"
        "← Previous record | Next record →"
    )
    kinds = {line: kind for kind, line in _found(text)}
    assert kinds["Tarrow Archive · Full-text record"] == "credit"
    assert kinds["[Photograph not available in this record]"] == "credit"
    assert kinds["← Previous record | Next record →"] == "credit"
    assert kinds["Source: The Tarrow Mail (Lenz), 04-03-1994, Friday, Home news, p. 6"] == "byline"
    assert "A ferry sank off Lenz on Wednesday night, the coastguard said." not in kinds
    # day first: the 4th of March 1994 was a Friday (the 3rd of April a Sunday)
    assert str(resolve_published(text).date) == "1994-03-04"


def test_a_legal_report_s_case_fields_and_its_citation_line_are_furniture() -> None:
    text = (
        "High court orders a survey of the harbour wall\n\n"
        "COURTS | Tarrow\n\n"
        "Case Title: K. Arun v. The Harbour Board, Tarrow & Ors.\n"
        "Case No.: W.P. No. 2291 of 2019\n\n"
        "The High Court on Wednesday ordered the harbour board to survey the old wall.\n\n"
        "The board said it would appeal.\n\n"
        'Cite this article: J. Roe, "High court orders a survey of the harbour wall", Bench '
        "Notes, 12 June 2019.\n\n"
        "Subscribe to Bench Notes for judgments in your inbox."
    )
    kinds = {line: kind for kind, line in _found(text)}
    assert kinds["Case Title: K. Arun v. The Harbour Board, Tarrow & Ors."] == "credit"
    assert kinds["Case No.: W.P. No. 2291 of 2019"] == "credit"
    citation = [line for line in kinds if line.startswith("Cite this article")]
    assert [kinds[line] for line in citation] == ["credit"]


def test_a_status_line_under_a_mission_s_post_is_furniture() -> None:
    text = (
        "Probe update, 3 May 2027\n\n"
        "Mission elapsed time: 412 d | DOY 123\n\n"
        "The probe fired its thrusters on Monday, the team said."
    )
    assert _found(text) == [("promo", "Mission elapsed time: 412 d | DOY 123")]


def test_a_source_line_s_date_is_read_month_first_when_its_weekday_says_so() -> None:
    text = "Title\n\nSource: The Tarrow Mail, 04-03-1994, Sunday, p. 6\n\nA ferry sank."
    assert str(resolve_published(text).date) == "1994-04-03"


def test_a_release_s_header_and_summary_bullets_over_its_dateline_are_furniture() -> None:
    text = (
        "Hollin trial meets its goal\n\n"
        "Press Release | Regulatory announcement\n\n"
        "- Company plans to start a Phase 3 trial in the first half of 2022\n"
        "- Conference call today at 14:00 CEST\n\n"
        "Akron, Ohio, May 10, 2021 – Hollin Tools Inc. today announced the results of its trial of "
        "a new drill in 40 hospitals.\n\n"
        "The board listed its aims:\n\n"
        "- cut costs by 2023\n"
    )
    found = _found(text)
    assert ("credit", "Press Release | Regulatory announcement") in found
    assert ("promo", "- Conference call today at 14:00 CEST") in found
    assert ("dateline", "Akron, Ohio, May 10, 2021 – ") in found
    assert all(line != "- cut costs by 2023" for _, line in found)  # the story's own bullet


def test_bullets_without_a_dateline_under_them_are_the_story_s() -> None:
    text = "Plan agreed\n\n- Costs cut by 2023\n- Jobs kept\n\nThe council agreed the plan."
    assert _found(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Floods hit the coast. Photo: © Relief Agency/2008/J. Roe",
        "Get the Tarrow Business briefing every weekday at 7am.",
        "More profiles: The woman who counts bats · The man who maps reefs",
        "Tarrow Archive · Full-text record",
    ],
)
def test_a_line_of_these_kinds_gives_no_row(line: str) -> None:
    assert [text for _, text in _found(f"Title\n\n{line}\n\nTalks ended.")] == [line]


def test_a_briefing_in_the_story_is_the_story_s() -> None:
    assert _found("Title\n\nGet the briefing right, the general told his staff.") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tarrow external service in Erse 0900 gmt 4 Mar 79", True),
        ("Source: Voice of Tarrow radio, Erse, 2100 gmt 12 May 1983; received 2130 gmt.", True),
        ("Tarrow radio reported at 1630 gmt 27 Jun 84 that the dam had failed.", False),
        ("The service resumed at 1630 gmt on Monday after the storm.", False),
    ],
)
def test_a_monitoring_services_source_line(line: str, expected: bool) -> None:
    assert is_monitored_source(line) is expected
