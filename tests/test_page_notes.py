"""A page's notes on itself (`timeline/furniture/page_notes.py`): its calls to the reader, its
disclosures, the note on where the story ran, an archive's note, a release's embargo line and
editor's notes, a wire's headline; and the story's sentences of a like shape that are none."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.furniture.newsletter_lines import is_issue_line, is_mail_footer
from timeline.furniture.notice_lines import (
    is_citation_line,
    is_machine_text_note,
    is_programme_credits,
    is_rights_notice,
    is_study_reference,
)
from timeline.furniture.page_notes import (
    is_archive_note,
    is_disclosure,
    is_edition_stamp,
    is_reader_appeal,
)
from timeline.furniture.release_lines import (
    is_about_profile,
    is_embargo_line,
    release_notes,
    wire_headline,
)
from timeline.published import resolve_published

from .furniture_found import found_furniture as _found


@pytest.mark.parametrize(
    "line",
    [
        "Get our Harbour Week newsletter every Monday morning.",
        "Receive the Morning Tide newsletter in your inbox at 6 a.m.",
        "Support independent journalism in Tarrow – become a member from $5 a month.",
        "Support quality reporting from the valley: subscribe for €1 a week.",
        "Help us fund local news - donate to the Dunmore Courier today.",
    ],
)
def test_calls_to_the_reader(line: str) -> None:
    assert is_reader_appeal(line)
    assert _found(f"Headline\n\nThe council met.\n\n{line}\n\nIt rained.") == [("promo", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Support for the ferry plan fell among members of the council, a poll found.",
        "Get the newsletter out by Monday, the editor told her staff.",
        "Support for local journalism grew in 2019 as more readers paid for news.",
        "Residents who support the mill said they would become members of the trust.",
    ],
)
def test_the_story_is_not_taken_for_a_call_to_the_reader(line: str) -> None:
    assert not is_reader_appeal(line)


@pytest.mark.parametrize(
    "line",
    [
        "If you buy something from a Gadget Ledger link, we may earn a commission.",
        "We may earn a commission from links on this page. See our ethics statement.",
        "This article contains affiliate links; we may earn a small commission.",
        "See our ethics statement.",
        "Read our editorial guidelines.",
        "Reporting for this piece was funded by a grant from the Delta Arts Fund.",
        "Travel for this story was paid for by the Harbour Trust. Comments are closed.",
        "This series is supported by the Coastal Reporting Trust.",
        "This long read was supported by the Harbour Crafts Fund. Comments (12)",
        "This investigation was funded by the Tarrow Press Trust.",
    ],
)
def test_disclosures(line: str) -> None:
    assert is_disclosure(line)


@pytest.mark.parametrize(
    "line",
    [
        "The study was funded by a grant from the Delta Arts Fund.",
        "The retailer said it would earn a commission on every sale.",
        "Brokers earn a commission of 2% on each trade, the regulator said on Monday.",
        '"We may earn a commission, but the buyer decides," the founder said.',
        "The council said it would review its ethics policy in March.",
        "This project was funded by the state in 2019 and opened a year later.",
    ],
)
def test_the_story_is_not_taken_for_a_disclosure(line: str) -> None:
    assert not is_disclosure(line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 1987 Harbour Wire. All rights reserved. This story is reproduced from the "
        "Harbour Wire archive as it was originally transmitted.",
        "All rights reserved. This material may not be reproduced without written permission. "
        "© 2014 The Tarrow Post",
        "© Tarrow Rovers RFC 2022 · Website by ClubWorks",
        "Copyright 2011 by WQRT. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.",
    ],
)
def test_a_copyright_notice_and_its_notes_on_the_rights(line: str) -> None:
    assert is_rights_notice(line)
    assert _found(f"Headline\n\nThe council met.\n\n{line}") == [("credit", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2019 Harbour Wire. The mill reopened on Monday after a fire.",
        "Copyright holders won a ruling in 2019, the court said.",
        "The archive was reproduced in 1994 by the county library, which bought the rights.",
    ],
)
def test_the_story_is_not_taken_for_a_copyright_notice(line: str) -> None:
    assert not is_rights_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "OCR text: this text was generated automatically and may contain errors.",
        "This transcript was generated automatically and may hold errors.",
        "This transcript was produced by speech-recognition software. It may contain errors.",
    ],
)
def test_a_note_that_a_machine_read_the_text(line: str) -> None:
    assert is_machine_text_note(line)


def test_the_story_is_not_taken_for_a_machine_read_note() -> None:
    assert not is_machine_text_note("The text was signed by both ministers on Monday.")
    assert not is_machine_text_note("This text was written by the mayor in 1962.")


@pytest.mark.parametrize(
    "line",
    [
        'Cite this article: J. Roe, "Court orders survey of harbour wall", Bench Notes, '
        "4 May 2016.",
        "How to cite this page: Roe, J. (2016). Court orders survey. Bench Notes.",
    ],
)
def test_a_citation_line(line: str) -> None:
    assert is_citation_line(line)
    assert _found(f"Headline\n\nThe court met.\n\n{line}") == [("credit", line)]


def test_the_story_is_not_taken_for_a_citation_line() -> None:
    assert not is_citation_line("Cite this ruling in your appeal, the lawyer told him.")
    assert not is_citation_line("Citations rose by 12% in 2016, the council said.")


def test_the_note_on_where_the_story_ran_dates_the_story() -> None:
    line = "This report first appeared in the print edition of The Lima Star on March 5, 2020."
    assert is_edition_stamp(line)
    text = (
        "Court remands man\n\nA court on Wednesday remanded a former official.\n\n"
        f"He denied the charges.\n\n{line}"
    )
    assert _found(text) == [("byline", line)]
    published = resolve_published(text)
    assert published.date is not None and published.date.isoformat() == "2020-03-05"


@pytest.mark.parametrize(
    "line",
    [
        "This story first appeared in the Gazette on 3 May.",  # no year: a promo, no stamp
        "The report was first published on March 5, 2020, officials said.",
        "This bridge was first opened on March 5, 2020.",
    ],
)
def test_no_edition_stamp(line: str) -> None:
    assert not is_edition_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "[Transcribed from microfilm by the Harbour Heritage Project, 2014]",
        "[Digitised by the county library, 2009. Spelling as in the original.]",
        "[Editor's note: this story was first printed in 1962.]",
    ],
)
def test_an_archive_note(line: str) -> None:
    assert is_archive_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "[The minister] said the port would reopen on Monday.",
        "He said [the port] would open in 2014.",
        "[Laughter]",
    ],
)
def test_no_archive_note(line: str) -> None:
    assert not is_archive_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 9 APRIL 2025",
        "Embargoed until 00:01 BST, Thursday 12 June 2025",
        "EMBARGO: 10:00 CET 3 May 2024",
        "Not for publication before 10.00 on 3 May 2024",
    ],
)
def test_an_embargo_line(line: str) -> None:
    assert is_embargo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Embargoed goods worth 3 million were seized on 9 April 2025.",
        "The embargo on 3 May 2024 hit exports of grain.",
    ],
)
def test_no_embargo_line(line: str) -> None:
    assert not is_embargo_line(line)


RELEASE = (
    "Trust counts more curlews\n\n"
    "PRESS RELEASE\n\n"
    "EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 9 APRIL 2025\n\n"
    "Breeding pairs of lapwing on the estuary rose to 61 last year, the Marsh Trust said today.\n\n"
    "Volunteers will begin this year's count on 1 May.\n\n"
    "ENDS\n\n"
    "Notes to editors\n"
    "1. The Marsh Trust is a registered charity founded in 1979. It runs nine reserves.\n"
    "2. The 2024 count was carried out between 1 April and 31 July by 30 volunteers.\n\n"
    "Media contact: Jo Lee\nTel: 028 9000 0000"
)


def test_a_release_s_embargo_dates_it_and_its_notes_are_furniture() -> None:
    published = resolve_published(RELEASE)
    assert published.date is not None and published.date.isoformat() == "2025-04-09"
    found = _found(RELEASE)
    assert ("byline", "EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 9 APRIL 2025") in found
    notes = release_notes(RELEASE)
    assert notes is not None and RELEASE[notes[0] :].startswith("ENDS")
    assert [text for _, text in found if text.startswith(("1. The Marsh", "2. The 2024"))]
    assert not [text for _, text in found if text.startswith(("Breeding", "Volunteers"))]


@pytest.mark.parametrize(
    "text",
    [
        "Trust counts birds\n\nNumbers rose.\n\nThe survey ends in May.\n\nIt was founded in 1979.",
        "ENDS\n\nThe survey ran in May.",  # a first line is no release's end
        "Tide turns\n\nThe tide turned.\n\nThe End\n\nThe crew came home in June.",
    ],
)
def test_no_release_notes(text: str) -> None:
    assert release_notes(text) is None


@pytest.mark.parametrize(
    "headline",
    [
        "INTERVIEW-Peruvian minister says copper talks will resume in May",
        "UPDATE 2-Oil prices climb as supply fears return",
        "EXCLUSIVE-Carmaker weighs sale of truck unit, sources say",
        'INTERVIEW-Minister says deal faces its test "next summer"',
    ],
)
def test_a_wire_s_headline(headline: str) -> None:
    text = f"{headline}\n\nBy Jo Lee\n\nLIMA, May 3 (Wire) - Talks ended on Monday."
    assert wire_headline(text) == (0, len(headline))
    assert ("credit", headline) in _found(text)


@pytest.mark.parametrize(
    "headline",
    [
        "US-China talks resume in Geneva",
        "COVID-19 cases rise in the north",
        "Update on the harbour works",
        "UPDATE: Ferry sailings resume",
    ],
)
def test_no_wire_headline(headline: str) -> None:
    assert wire_headline(f"{headline}\n\nTalks resumed on Monday.") is None


def test_a_report_in_the_story_is_no_disclosure() -> None:
    assert not is_disclosure("This report was funded by the regional council, Ms Lee said.")


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Hour is produced by Kelp Audio. Producer: Jo Lee. Subscribe wherever you "
        "get your podcasts.",
        "Tide Talk is hosted by Ann Roe. Sound design by Lee Kim.",
    ],
)
def test_a_programme_s_credits(line: str) -> None:
    assert is_programme_credits(line)
    assert _found(f"Headline\n\nThe council met.\n\n{line}") == [("credit", line)]


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Hour is produced by Kelp Audio.",
        "The film was produced by Kelp Films. It opened in Tarrow in May.",
        "The show is produced by Kelp Audio. Its host left on Monday.",
    ],
)
def test_the_story_is_not_taken_for_a_programme_s_credits(line: str) -> None:
    assert not is_programme_credits(line)


@pytest.mark.parametrize(
    "line",
    [
        "Know someone who would like the bulletin? Forward this email.",
        "This digest is compiled by Jo Lee. You are receiving this email because you signed up at "
        "harbourweek.example. This issue was sent on Monday 3 May 2021.",
        "This newsletter was forwarded to you? Sign up for it here.",
        "Get stories like this in your inbox. Sign up for the Tarrow newsletter.",
    ],
)
def test_a_newsletter_s_footer(line: str) -> None:
    assert is_mail_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "The email was sent on Monday, and staff were told to unsubscribe, the union said.",
        "Customers can unsubscribe at any time. The firm sold 4,000 locks in May.",
        "This letter was sent on 3 May 2021 to every household, the mayor said.",
    ],
)
def test_the_story_is_not_taken_for_a_newsletter_s_footer(line: str) -> None:
    assert not is_mail_footer(line)


def test_a_newsletter_s_issue_line() -> None:
    assert is_issue_line("Issue 88 · Your weekly digest of harbour news")
    assert is_issue_line("Vol. 3 | Tarrow Parents' Bulletin")
    assert not is_issue_line("Issue 88 of the report found that rents rose.")


def test_a_newsletter_dated_only_by_its_sending_line() -> None:
    text = (
        "HARBOUR WEEK\n\nIssue 88 · Your weekly digest of harbour news\n\n"
        "View this email in your browser\n\nTOP STORY\n\nDockers strike at Leith\n\n"
        "Dockers at Leith walked out on Wednesday over pay.\n\n"
        "The strike will go on until Friday, the union said.\n\n"
        "Forward this email to a colleague.\n\n"
        "This digest is written by Jo Lee. This issue was sent on Thursday 6 May 2021.\n\n"
        "Unsubscribe | Update your preferences"
    )
    assert resolve_published(text).date == date(2021, 5, 6)
    found = [line for _, line in _found(text)]
    assert "Dockers at Leith walked out on Wednesday over pay." not in found
    assert "This digest is written by Jo Lee. This issue was sent on Thursday 6 May 2021." in found
    calls = {"TOP STORY", "View this email in your browser", "Forward this email to a colleague."}
    assert calls <= set(found)


def test_a_sending_line_in_the_story_does_not_date_it() -> None:
    text = "Mayor writes to residents\n\nThe mayor wrote to residents.\n\n" + (
        "This letter was sent on 3 May 2021 to every household, the mayor said."
    )
    assert resolve_published(text).date != date(2021, 5, 3)


@pytest.mark.parametrize(
    "line",
    [
        "Archive note: This article was converted from microfilm and may hold transcription slips.",
        "Scanned from the county paper's bound volumes. Text may contain OCR errors.",
        "This page's text may contain some recognition errors.",
    ],
)
def test_a_note_on_machine_read_text(line: str) -> None:
    assert is_machine_text_note(line)
    assert _found(f"Headline\n\nThe mill closed.\n\n{line}\n\nIt rained.") == [("credit", line)]


@pytest.mark.parametrize(
    "line",
    [
        "The text may change before the vote, the clerk said.",
        "Officials said the article was converted from a draft the ministry wrote.",
        "Errors in the text may contain clues, the historian said on Monday.",
    ],
)
def test_story_sentences_are_no_machine_text_note(line: str) -> None:
    assert not is_machine_text_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "[Monitoring note: the station first carried the report at 0600 gmt on 3 May 1981.]",
        "[Desk note: figures are provisional.]",
        "[The full text of the decision will be posted on the court's site.]",
    ],
)
def test_a_desk_note_in_brackets(line: str) -> None:
    assert is_archive_note(line)


def test_a_bracketed_story_sentence_is_no_desk_note() -> None:
    assert not is_archive_note("[The mayor] noted the cost on Monday.")
    assert not is_archive_note("Monitoring note: the pumps failed twice, he said.")


def test_a_broadcast_note_is_an_edition_stamp() -> None:
    line = "This report was first broadcast on Harbour Morning on Friday 4 June 2021."
    assert is_edition_stamp(line)
    assert not is_edition_stamp("The final was first broadcast on 4 June 2021, the station said.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HARBOUR WEEK · No. 88", True),
        ("Tarrow Digest | Issue 12 | Your week in farming", True),
        ("Harbour Week rose 88 points on Monday.", False),
    ],
)
def test_an_issue_line_under_its_masthead(line: str, expected: bool) -> None:
    assert is_issue_line(line) is expected


def test_a_footer_saying_why_the_reader_gets_the_mail() -> None:
    line = "You are receiving Harbour Week because you signed up at harbour.example."
    assert is_mail_footer(line)
    assert not is_mail_footer("Residents signed up because the fees fell, the council said.")


def test_the_study_named_with_its_article() -> None:
    assert is_study_reference("The paper: Roe A. et al. (2022), Eels, J. Fish. 4.")
    assert not is_study_reference("The paper: it closed in 2022 after the mill shut, he said.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("About Coast Grain Ltd.: Coast Grain buys wheat from 900 farms in the valley.", True),
        ("About Lumen Tides: Headquartered in Tarrow, it makes tide gauges.", True),
        ("About Tarrow: the council voted on Monday to close the mill.", False),
        ("About Lumen Tides: Officials said the firm would close on Monday.", False),
    ],
)
def test_a_companys_profile_under_its_heading_on_one_line(line: str, expected: bool) -> None:
    assert is_about_profile(line) is expected
