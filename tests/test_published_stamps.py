"""Tests for timeline/published: closing stamps, mastheads, lines of fields, citations, issue
lines and notes to editors that date the page."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import Published, resolve_published

_LONG_STORY = (
    "Dock workers at Valparen ended their strike after the port authority agreed to a raise. "
    "The union said work would resume at all four terminals, and the authority said the first "
    "ships would be unloaded within a day. The strike had stranded more than forty ships. "
) * 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Port strike ends\n\n{_LONG_STORY}\n\n© 2018 Southern Wire\n\n"
            "Published 27 December 2017 09:12 CLT",
            date(2017, 12, 27),
        ),
        (
            f"Port strike ends\n\n© 2018 Southern Wire\n\n{_LONG_STORY}\n\n"
            "Posted: Dec 27, 2017 9:12 AM",
            date(2017, 12, 27),
        ),
        (f"Port strike ends\n\n{_LONG_STORY}\n\nAW-DS-12-03-87 1432EST", date(1987, 12, 3)),
        (
            f"Port strike ends\n\n{_LONG_STORY}\n\nPublished 27 December 2017 09:12 CLT\n\n"
            "Reporting by Ana Ruiz; Editing by Tom Roe\n\n© 2018 Southern Wire\n\n"
            "Read more: Port talks resume",
            date(2017, 12, 27),
        ),
        (f"AP-NR-02-12-88 2344EST\n\n^Port Strike Ends<\n\n{_LONG_STORY}", date(1988, 2, 12)),
    ],
)
def test_a_closing_stamp_or_a_wire_slug_dates_the_story_before_a_copyright_year(
    text: str, expected: date
) -> None:
    assert resolve_published(text) == Published(expected, "dateline")


def test_a_dateline_at_the_top_wins_over_a_closing_stamp() -> None:
    text = (
        f"Port strike ends\n\nVALPAREN, Dec. 26, 2017 (Wire) — {_LONG_STORY}\n\n"
        "Updated 2 January 2018 10:00 CLT"
    )
    assert resolve_published(text) == Published(date(2017, 12, 26), "dateline")


def test_a_dated_last_sentence_is_no_closing_stamp() -> None:
    text = f"Port strike ends\n\n{_LONG_STORY}\n\nThe next talks are set for December 27, 2017."
    assert resolve_published(text).source != "dateline"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("https://www.paper.example/business/2016/03/08/mill-reopens/", date(2016, 3, 8)),
        ("PUBLISHED: WED, MAR 9 2016 18:02 | UPDATED: THU, MAR 10 2016 07:15", date(2016, 3, 9)),
        ("The Ridge Herald (QLD : 1921 - 1990), Tuesday 8 March 1977, page 5", date(1977, 3, 8)),
        ("NEWS RELEASE 8-MAR-2016", date(2016, 3, 8)),
    ],
)
def test_a_masthead_a_stamp_in_capitals_or_an_address_dates_the_story(
    head: str, expected: date
) -> None:
    text = f"Mill reopens after a year\n\n{head}\n\nThe mill reopened on Monday with 40 staff."
    assert resolve_published(text).date == expected


def test_a_sentence_with_a_date_and_a_page_is_no_masthead() -> None:
    text = "Mill reopens\n\nThe mill shut on Friday 4 March 2016, says page 3 of the report."
    assert resolve_published(text).source != "dateline"


def test_a_yearless_dateline_takes_no_year_from_weekdays_the_story_bounds_on_one_side() -> None:
    # "until June 2018" is told in a past clause: a bound of nothing, and Tuesday, Aug. 19 fits
    # 2008, 2014 and 2025 (stop 40: no guess rather than the year nearest a year named)
    text = (
        "Club signs striker\n\nISTANBUL, Aug 21 (Wire) - The club signed a striker on a "
        "contract running until June 2018, the club said on Thursday.\n\nThe clubs agreed "
        "the fee on Tuesday, Aug. 19."
    )
    assert resolve_published(text).date is None
    bounded = text + " He joined his first club in 2012 and will be free to leave in 2016."
    assert resolve_published(bounded).date == date(2014, 8, 21)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Date 04.02.2021", date(2021, 2, 4)),  # points: day first, as European outlets write
        ("Datum: 4.2.2021 | Autorin Lena Vogt", date(2021, 2, 4)),
        # slashes and no other evidence: either order, no guess (test_published_swappable_day)
        ("Date 02/04/2021", None),
    ],
)
def test_an_all_number_stamp_with_points_is_read_day_first(
    stamp: str, expected: date | None
) -> None:
    text = f"Dam repairs begin\n\n{stamp}\n\nCrews began work on the dam on Thursday morning."
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    "line",
    [
        'Cite this article: L. Moyo, "Tribunal halts quarry work", Ledger Weekly, 9 May 2018.',
        'To cite this story: Moyo, L. "Tribunal halts quarry work." Ledger Weekly, 9 May 2018.',
        "How to cite this page: Moyo L (9 May 2018) Tribunal halts quarry work. Ledger Weekly.",
        # the quoted title's date is the story's; the last date is the day it was read
        'Cite this article as: Moyo, "Quarry shut on 2 May 2018", Ledger, 9 May 2018. '
        "Accessed 1 June 2020.",
    ],
)
def test_a_line_telling_how_to_cite_the_page_gives_its_day(line: str) -> None:
    text = (
        "Tribunal halts quarry work\n\nLEGAL | Mining\n\nThe tribunal on Tuesday halted work "
        f"at the quarry.\n\nThe owners may appeal within 30 days.\n\n{line}\n\nSubscribe now."
    )
    assert resolve_published(text) == Published(date(2018, 5, 9), "dateline")


def test_a_citation_of_a_study_is_no_date_of_the_page() -> None:
    text = (
        "Bees find their way by the sun\n\nBees steer by the sun, a study found.\n\n"
        "Citation: Okafor et al., Journal of Insect Flight, 14 March 2019."
    )
    assert resolve_published(text) == Published(None, "none")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a date set apart in the headline, as its label, is the day of the update
        ("Lander mission update, 3 November 2027: descent engine tested", date(2027, 11, 3)),
        # a date in the headline's sentence is the day of its event, not of the story
        ("Storm to make landfall on 3 November 2027, forecasters say", None),
        ("Council votes to close the bridge on 3 November 2027", None),
        ("Flights resume after outages on November 1 and 2", None),
    ],
)
def test_a_headline_s_date_is_the_story_s_only_set_apart_as_its_label(
    headline: str, expected: date | None
) -> None:
    text = f"{headline}\n\nEngineers said on Tuesday that the work had gone to plan."
    assert resolve_published(text).date == expected


def test_a_dateline_without_its_year_takes_the_copyright_line_s() -> None:
    text = (
        "Quarry wall gives way\n\nTARROW, March 14 (HNA) - Four workers were hurt when a wall "
        "collapsed, police said.\n\nCopyright 2012 Harbour News Agency. All rights reserved."
    )
    assert resolve_published(text) == Published(date(2012, 3, 14), "dateline")


def test_a_closing_stamp_under_a_block_of_other_stories_dates_the_story() -> None:
    # the blank line ends the block over it: the post's line is the stamp, not a headline
    text = (
        "Harbour board elects a chair\n\nThe board elected its chair yesterday.\n\n"
        "ALSO ON HARBOUR FM:\n» Ferry fares to rise in May\n» Dredger arrives at Leith\n\n"
        "Posted in Politics | 15/03/2019 at 8:15 AM | 2 Comments"
    )
    assert resolve_published(text).date == date(2019, 3, 15)


def test_a_stamp_in_a_block_of_fields_under_the_story_dates_it() -> None:
    # the fields sit more than six lines from the foot, a move list and a count under them
    text = (
        "Lee wins the harbour derby\n\nJo Lee won the derby in 31 moves.\n\n"
        "Her next game is against Ann Roe.\n\n"
        + "".join(f"Lee played board {n} of the match.\n\n" for n in range(1, 8))
        + '[Event "Harbour Open"]\n[Site "Leith"]\n[Date "2014.03.15"]\n[Round "4"]\n'
        '[White "Lee, Jo"]\n[Black "Roe, Ann"]\n[Result "1-0"]\n\n'
        "1.d4 d5 2.c4 e6 3.Nc3 Nf6 1-0\n\nComments (3)"
    )
    assert resolve_published(text).date == date(2014, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stamp's clock in a zone east of the Atlantic: the all-number date is day first
        (
            "Harbour cranes idle\n\nPorts › Europe\n03/07/2021 09:15 CEST\n\n"
            "Dock workers walked out at dawn on Saturday.",
            date(2021, 7, 3),
        ),
        # one of the Americas: month first
        (
            "Harbour cranes idle\n\nPorts › Americas\n03/07/2021 09:15 EDT\n\n"
            "Dock workers walked out at dawn on Sunday.",
            date(2021, 3, 7),
        ),
        # the last line tells when the story was issued or updated
        (
            "Dock workers walked out at dawn.\n\nMedia contact: press@example.org\n"
            "Issued in Valletta by the Port Workers Union on 4 June 2021.",
            date(2021, 6, 4),
        ),
        (
            "Dock workers walked out at dawn.\n\nThis story was last updated at 18:05 SAST "
            "on 05/06/2021.",
            date(2021, 6, 5),
        ),
        # a page's address without its scheme, the day in its path
        (
            "Dock strike spreads\n\nportnews.example/europe/2021/06/04/dock-strike-spreads\n\n"
            "Dock workers walked out at dawn.",
            date(2021, 6, 4),
        ),
    ],
)
def test_a_stamp_s_zone_its_issue_line_and_a_bare_address_date_the_story(
    text: str, expected: date
) -> None:
    assert resolve_published(text).date == expected


def test_a_story_sentence_that_says_issued_is_no_stamp_without_a_year() -> None:
    text = "Dock workers walked out at dawn.\n\nThe union issued a statement on 4 June."
    assert resolve_published(text).date != date(2021, 6, 4)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # a zone whose clocks write dates day first, beside a clock of 24 hours
        ("3 hours ago · 05/09/2022 17:05 CEST", date(2022, 9, 5)),
        ("Posted 05/09/2022 08:30 AEST", date(2022, 9, 5)),
        # an American zone: month first
        ("Posted 05/09/2022 8:30 AM EDT", date(2022, 5, 9)),
        # a clock with "p.m.": the American house style, month first wherever the story is
        ("05/09/2022 4:10 p.m. BRT", date(2022, 5, 9)),
    ],
)
def test_a_stamp_s_time_zone_tells_the_order_of_its_day_and_month(
    stamp: str, expected: date
) -> None:
    text = f"Ferry fares rise\n\nTransport › Ferries\n{stamp}\n\nThe ferry board raised fares."
    assert resolve_published(text).date == expected


def test_a_page_s_address_without_its_scheme_dates_the_story() -> None:
    text = (
        "Wool prices climb\n\nHome > Markets\nwoolnews.example.org/markets/2014/07/22/wool-prices\n"
        "\nWool prices rose at the auction."
    )
    assert resolve_published(text) == Published(date(2014, 7, 22), "dateline")


@pytest.mark.parametrize(
    "closing",
    [
        "Issued in Tarrow by the Harbour Relief Trust on 14 October 2020.",
        "This story was last updated at 19:20 EAT on 14/10/2020.",
        "This article was updated on Wednesday, 14 October 2020 at 9:05 BST.",
    ],
)
def test_a_closing_line_on_when_the_page_was_issued_or_updated_dates_it(closing: str) -> None:
    text = (
        "Relief trust sends tents to flooded valley\n\nThe trust sent 300 tents to the valley "
        "since Monday, it said.\n\nRain is forecast to continue.\n\n" + closing
    )
    assert resolve_published(text).date == date(2020, 10, 14)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [("(Wire) 04-SET-09 17:10", date(2009, 9, 4)), ("22-dic-2011 08.05", date(2011, 12, 22))],
)
def test_a_wire_s_closing_stamp_in_its_own_language_dates_the_story(
    stamp: str, expected: date
) -> None:
    text = f"Airline seeks protection\n\nThe airline asked for protection on Tuesday.\n\n{stamp}"
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a line of fields: the date's own field is a stamp, whatever fields stand beside it
        ("Press note · 27/09/2021 · 3 min read", date(2021, 9, 27)),
        ("19/08/2016 · 08:15 (GMT+3) · by Oren Malka · 2 min read", date(2016, 8, 19)),
        ("Notice | 19 August 2016 | Harbour desk", date(2016, 8, 19)),
        # a label naming the day of issue, with other fields on its line
        ("Date of issue: 19/08/2016 · Bulletin No. 7 · Distribution: partners", date(2016, 8, 19)),
        ("Issue date: 19 August 2016 · Report No. 3", date(2016, 8, 19)),
        # a clock written with the Nordic "kl." after the date
        ("19.08.2016 kl. 07:30", date(2016, 8, 19)),
    ],
)
def test_a_date_in_a_line_of_fields_near_the_top_dates_the_story(line: str, expected: date) -> None:
    text = f"Ferry service cut for winter\n\n{line}\n\nThe ferry will sail twice a week, it said."
    assert resolve_published(text) == Published(expected, "dateline")


def test_a_sentence_with_a_date_among_fields_is_no_stamp() -> None:
    text = (
        "Ferry service cut\n\nPress note · the ferry stops on 19 August 2016 · Harbour desk\n\n"
        "The ferry will stop, the operator said."
    )
    assert resolve_published(text).date != date(2016, 8, 19)


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("THE LAGOON TIMES · Issue 212 · Monday 7 – Sunday 13 March 2016", date(2016, 3, 7)),
        ("The Reef Weekly | Thursday 3 – Wednesday 9 November 2022", date(2022, 11, 3)),
        # a weekday that does not fit the first day: no guess rather than a wrong one
        ("THE LAGOON TIMES · Issue 212 · Friday 7 – Sunday 13 March 2016", None),
    ],
)
def test_an_issue_s_week_in_its_masthead_is_published_on_its_first_day(
    masthead: str, expected: date | None
) -> None:
    body = "".join(f"\n\nThe council heard speaker {n} on the harbour." for n in range(1, 8))
    text = f"Council votes on harbour\n\n{masthead}\n\nThe council voted to dredge it.{body}"
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        (
            "This story was first broadcast on Harvest Hour on Tuesday 9 March 2021.\n\n"
            "Tags: farming · wool · prices",
            date(2021, 3, 9),
        ),
        ("This report aired on the evening bulletin on 9 March 2021.", date(2021, 3, 9)),
        # a sentence of the story about a broadcast is no note on the page
        ("The interview was broadcast on 9 March 2021.\n\nTags: farming", None),
    ],
)
def test_a_note_on_when_the_page_went_out_dates_it(foot: str, expected: date | None) -> None:
    body = "".join(f"\n\nGrower {n} sold wool at the sale." for n in range(1, 6))
    text = f"Wool prices climb at the sale\n\nWool prices rose.{body}\n\n{foot}"
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Eds: Race run Sunday, June 4. ADDS quotes. No pickup.", date(2000, 6, 4)),
        ("Editors' note: Vote held Sunday, June 4.", date(2000, 6, 4)),
        ("EDS: Race run Sunday, June 4. UPDATES with times.", date(2000, 6, 4)),
    ],
)
def test_a_wire_s_note_to_editors_names_the_day_its_year_from_the_copyright(
    note: str, expected: date
) -> None:
    text = (
        "Kettering wins the coastal marathon\n\nBC-ATH-MARATHON, 2nd Ld-Writethru, 0512\n"
        f"{note}\nBy JO ABARA\n\nPORT HALL (SW) _ Ann Kettering won the marathon "
        "Sunday morning.\n\nShe won it in 2 hours, 21 minutes.\n\n(c) 2000 SportsWire."
    )
    assert resolve_published(text).date == expected


def test_a_note_to_editors_without_a_weekday_keeps_the_copyright_year() -> None:
    text = "Marathon won\n\nEds: ADDS quotes. No pickup.\n\nAnn Kettering won.\n\n(c) 2000 SW."
    published = resolve_published(text)
    assert published.date is None
    assert published.warning is not None and "2000" in published.warning


@pytest.mark.parametrize(
    ("head", "foot", "expected"),
    [
        # a monitoring service's source line: a clock, its zone, a day and a two-digit year
        ("Lakeside radio in Dutch 0915 gmt 3 Feb 91\nText of report:", "", date(1991, 2, 3)),
        ("Text of report:", "Source: Lakeside radio, 1815 GMT 3 Feb 91", date(1991, 2, 3)),
        # an archive's catalogue line: a label telling when it went out, day first with points
        ("", "Catalogue: reel 12/40 · Broadcast 3.2.91 · Duration 8 min", date(1991, 2, 3)),
        # a date with a two-digit year and no such clock or label is no stamp
        ("", "Catalogue: reel 12/40 · Reel 3.2.91 · Duration 8 min", None),
    ],
)
def test_a_source_or_catalogue_line_with_a_two_digit_year_dates_the_story(
    head: str, foot: str, expected: date | None
) -> None:
    body = "".join(f"\n\nThe ferry called at port {n}." for n in range(1, 8))
    text = f"Ferry strike ends\n\n{head}\n\nThe strike ended, the union said.{body}\n\n{foot}"
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Montevideo, jueves 3 de octubre de 2019 – 08:40", date(2019, 10, 3)),
        ("Lisboa, 3 de outubro de 2019", date(2019, 10, 3)),
        ("Roma, giovedì 3 ottobre 2019, 08:40", date(2019, 10, 3)),
        # a title of numbers and a year is no stamp
        ("Top 10 decades 1990", None),
    ],
)
def test_a_stamp_in_the_outlet_s_own_language_dates_the_story(
    stamp: str, expected: date | None
) -> None:
    body = "".join(f"\n\nThe port handled cargo {n}." for n in range(1, 8))
    text = f"Port reopens after strike\n\n{stamp}\n\nThe port reopened, its operator said.{body}"
    assert resolve_published(text).date == expected


@given(
    first=st.integers(min_value=1, max_value=28),
    last=st.integers(min_value=1, max_value=28),
    weekday=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
)
@settings(max_examples=60, deadline=None)
def test_an_issue_s_week_never_gives_a_day_after_its_last_nor_a_wrong_weekday(
    first: int, last: int, weekday: str
) -> None:
    body = "".join(f"\n\nThe council heard speaker {n}." for n in range(1, 8))
    masthead = f"THE LAGOON TIMES · Issue 9 · {weekday} {first} – Sunday {last} March 2016"
    found = resolve_published(f"Council votes\n\n{masthead}\n\nThe council voted.{body}").date
    if found is not None:
        assert found <= date(2016, 3, last)
        if found != date(2016, 3, last):
            assert found == date(2016, 3, first)
            assert found.strftime("%A") == weekday
