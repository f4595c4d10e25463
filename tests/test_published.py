"""Tests for timeline/published/__init__.py: metadata wins, then dateline, weekday, copyright."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import Published, parse_date_given, resolve_published

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "blinken-iraq-2023.txt"
if not ARTICLE.exists():
    ARTICLE = Path("/work/shared/articles/blinken-iraq-2023.txt")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2023-10-23", date(2023, 10, 23)),
        ("2023-10-23T09:30:00", date(2023, 10, 23)),
        ("2023-10-23T09:30:00Z", date(2023, 10, 23)),
        ("2023-10-23T09:30:00+02:00", date(2023, 10, 23)),
        (date(2009, 3, 2), date(2009, 3, 2)),
    ],
)
def test_given_date_wins(given: str | date, expected: date) -> None:
    text = "WASHINGTON, Oct. 1, 2020 (Reuters) - Talks ended."
    assert resolve_published(text, given) == Published(expected, "metadata")


@pytest.mark.parametrize(
    "given", ["2023-02-30", "yesterday", "2023-13-01", "October 2011", "Tuesday", "31/31/2011"]
)
def test_malformed_given_warns_and_infers(given: str) -> None:
    published = resolve_published("Apple news\n\nMarch 06, 2008\n\nApple released it.", given)
    assert published.date == date(2008, 3, 6)
    assert published.source == "dateline"
    assert published.warning is not None
    assert f"'{given}' is not a calendar date" in published.warning
    assert "YYYY-MM-DD" in published.warning


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Oct 11, 2011", date(2011, 10, 11)),
        ("11 October 2011", date(2011, 10, 11)),
        ("October 11th, 2011", date(2011, 10, 11)),
        ("2011-10-11T10:44:00Z", date(2011, 10, 11)),
        ("2011-10-11T23:30:00-05:00", date(2011, 10, 11)),  # the day where it was published
        ("2011-10-11 10:44:00.123456+00:00", date(2011, 10, 11)),
        ("Tue, 11 Oct 2011 10:44:00 GMT", date(2011, 10, 11)),
        ("Tue, 11 Oct 2011 10:44:00 +0200", date(2011, 10, 11)),
        ("2011/10/11", date(2011, 10, 11)),
        ("13/10/2011", date(2011, 10, 13)),  # only one reading: day first
        ("10/13/2011", date(2011, 10, 13)),
        ("  Oct  11,\n2011 ", date(2011, 10, 11)),
    ],
)
def test_given_dates_as_feeds_and_people_write_them(given: str, expected: date) -> None:
    assert resolve_published("Talks ended.", given) == Published(expected, "metadata")


@pytest.mark.parametrize(
    ("given", "expected"), [("03-02-2009", date(2009, 3, 2)), ("3/2/09", date(2009, 3, 2))]
)
def test_ambiguous_given_date_is_read_month_first_with_a_warning(
    given: str, expected: date
) -> None:
    published = resolve_published("Talks ended.", given)
    assert (published.date, published.source) == (expected, "metadata")
    assert published.warning is not None
    assert "ambiguous" in published.warning
    assert expected.isoformat() in published.warning


def test_an_ambiguous_given_date_with_points_is_read_day_first_with_a_warning() -> None:
    published = resolve_published("Talks ended.", "04.02.2021")
    assert (published.date, published.source) == (date(2021, 2, 4), "metadata")
    assert published.warning is not None and "read day first as 2021-02-04" in published.warning
    # the text's own date still decides between the two readings
    text = "Talks end\n\nApril 2, 2021\n\nTalks ended."
    assert resolve_published(text, "04.02.2021") == Published(date(2021, 4, 2), "metadata")
    assert parse_date_given("04.13.2021") == (date(2021, 4, 13), None)  # one reading only


@settings(max_examples=200, deadline=None)
@given(day=st.dates(date(1900, 1, 1), date(2099, 12, 31)))
def test_every_written_form_of_a_day_reads_back_as_that_day(day: date) -> None:
    forms = [
        day.isoformat(),
        f"{day:%b} {day.day}, {day.year}",
        f"{day.day} {day:%B} {day.year}",
        f"{day:%a}, {day.day:02d} {day:%b} {day.year} 10:44:00 GMT",
        f"{day.isoformat()}T10:44:00Z",
    ]
    for form in forms:
        assert parse_date_given(form)[0] == day, form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple releases SDK\n\nMarch 06, 2008\n\nDuring a media event...", date(2008, 3, 6)),
        ("WASHINGTON, Oct. 23, 2023 (Reuters) - The talks ended.", date(2023, 10, 23)),
        ("LONDON, 5 June 2019 - Ministers met.", date(2019, 6, 5)),
        ("KÖLN, 3 May 2016 (Wire) – Brenner Bau filed for insolvency.", date(2016, 5, 3)),
        ("AKRON, Ohio, Nov. 2, 2023 /Release Wire/ -- Hollin Tools reported.", date(2023, 11, 2)),
        ("Published: 2021-04-09\nThe council voted.", date(2021, 4, 9)),
        ("By Jane Doe | October 23, 2023\n\nTalks ended.", date(2023, 10, 23)),
        ("NEW YORK (AP) — Oct. 23, 2023\nTalks ended.", date(2023, 10, 23)),
        ("Posted on 2023-10-23 by admin\nTalks ended.", date(2023, 10, 23)),
        ("Updated: Oct 23, 2023 10:15 AM ET\nTalks ended.", date(2023, 10, 23)),
        # a stamp line of its own, whatever words stand beside its date
        (
            "Talks end\n\nOct 23, 2023 4:27 PM EDT Updated 3 hours ago\n\nTalks ended.",
            date(2023, 10, 23),
        ),
        ("Talks end\n\nMon 23 Oct 2023 12.00 GMT\n\nTalks ended.", date(2023, 10, 23)),
        ("Talks end\n\nOctober 23, 2023, Monday, AM cycle\n\nTalks ended.", date(2023, 10, 23)),
        (
            "Talks end\n\nUpdated Oct 23, 2023; Posted Oct 23, 2023\n\nTalks ended.",
            date(2023, 10, 23),
        ),
        # a masthead's fields: the week it covers is no day; the compiler's stamp is
        (
            "Week in review\n\nThe Valley Courier | Week of Feb. 4, 2019\n"
            "Compiled by the metro desk | Friday, February 8, 2019\n\nThe mill reopened.",
            date(2019, 2, 8),
        ),
        (
            "Talks end\n\nNadia Rao | PNS | Updated: Jul 4, 2018, 20:05 IST\n\nIt ended.",
            date(2018, 7, 4),
        ),
        ("Talks end\n\nLast Updated: Feb 2, 2021, 09:15 AM IST\n\nTalks ended.", date(2021, 2, 2)),
    ],
)
def test_dateline(text: str, expected: date) -> None:
    assert resolve_published(text) == Published(expected, "dateline")


@pytest.mark.parametrize(
    "text",
    [
        "On September 1, 1939, Germany attacked Poland.",
        "It rained on October 23, 2023 in town.",
        "On September 1, 1939, Germany and Slovakia - a client state - attacked.",
    ],
)
def test_sentence_with_a_date_is_no_dateline(text: str) -> None:
    assert resolve_published(text) == Published(None, "none")


def test_reference_article_is_inferred_from_weekday() -> None:
    published = resolve_published(ARTICLE.read_text(encoding="utf-8"))
    assert published.source == "inferred"
    assert published.date in (date(2023, 10, 23), date(2023, 10, 24))


def test_weekday_fixes_year_in_the_span_the_story_bounds() -> None:
    # 2015 told of, 2018 ahead: of 2011, 2016 and 2022, where March 3rd is a Thursday, 2016
    # alone is between them; with 2015 alone, any year after it may be the page's (stop 40)
    text = "The 2015 accord was signed. Officials met on Thursday, March 3rd to review it."
    assert resolve_published(text) == Published(None, "none")
    bounded = f"{text} A second accord will take effect in 2018."
    assert resolve_published(bounded) == Published(date(2016, 3, 3), "inferred")


def test_copyright_year_alone_dates_nothing_and_says_the_year() -> None:
    # a copyright year is when the page was made: its first day would be a wrong guess
    published = resolve_published("The council voted to close the bridge.\n\nCopyright 2021")
    assert (published.date, published.source) == (None, "none")
    assert published.warning is not None and "2021" in published.warning


def test_nothing_to_go_on() -> None:
    assert resolve_published("The council voted to close the bridge.") == Published(None, "none")


def test_published_validates() -> None:
    with pytest.raises(ValueError, match="source"):
        Published(date(2023, 1, 1), "guess")
    with pytest.raises(ValueError, match="does not fit"):
        Published(None, "metadata")


@settings(max_examples=50, deadline=None)
@given(text=st.text(max_size=300), given=st.one_of(st.none(), st.text(max_size=30)))
def test_never_raises_and_never_today(text: str, given: str | None) -> None:
    published = resolve_published(text, given)
    assert published.source in ("metadata", "dateline", "inferred", "copyright", "none")
    if published.source != "metadata":
        today = date.today()  # noqa: DTZ011 - the rule is about the local calendar day
        assert published.date != today or str(today.year) in text


def test_an_ambiguous_given_date_is_read_as_the_text_dates_it() -> None:
    text = "Car sales fall\n\nFebruary 03, 2009\n\nSales fell in January."
    published = resolve_published(text, "03-02-2009")
    assert published == Published(date(2009, 2, 3), "metadata")  # day first, as the text says
    text = "Car sales fall\n\nMarch 2, 2009\n\nSales fell in February."
    assert resolve_published(text, "03-02-2009") == Published(date(2009, 3, 2), "metadata")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # years on both sides: with none, or one side only, the weekday fits a year every
            # few years (stops 39, 40)
            "WASHINGTON, Oct 23 (Wire) - The envoy met the prime minister on Monday, Oct. 23, "
            "and flew home. The talks began in 2022 and will end in 2025.",
            date(2023, 10, 23),
        ),
        (
            "GENEVA, March 3 - Talks resumed. Delegates, who first met in 2017, had arrived on "
            "Friday, March 1, and met on Saturday, March 2. A treaty will be signed in 2021.",
            date(2019, 3, 3),
        ),
    ],
)
def test_a_dateline_without_a_year_takes_the_year_of_the_weekday_dates(
    text: str, expected: date
) -> None:
    assert resolve_published(text) == Published(expected, "dateline")


def test_a_captions_date_is_not_the_storys() -> None:
    text = (
        "Dockers strike\n\n"
        "FILE - Dockers march in the port on Tuesday, May 5, during an earlier strike.\n\n"
        "The dockers walked out again, the union said. Copyright 2023 Harbour News."
    )
    published = resolve_published(text)
    assert published.date != date(2020, 5, 5)
    assert published == Published(None, "none", published.warning)


def test_a_weekday_date_that_fits_two_recent_years_is_no_guess() -> None:
    this_year = date.today().year  # noqa: DTZ011 - the window the rule uses
    years = range(this_year - 6, this_year + 1)
    for month, day in ((m, d) for m in range(1, 13) for d in range(1, 29)):
        by_weekday: dict[int, list[int]] = {}
        for year in years:
            by_weekday.setdefault(date(year, month, day).isoweekday(), []).append(year)
        twice = [weekday for weekday, fits in by_weekday.items() if len(fits) == 2]
        if twice:
            break
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    month_name = date(2000, month, 1).strftime("%B")
    text = f"Floods\n\nThe river rose on {name[twice[0] - 1]}, {month_name} {day}, officials said."
    assert resolve_published(text) == Published(None, "none")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story writes its dates day first: so is its stamp's all-number date
        (
            "Fine imposed\n\nBy Ann Roe • Updated: 12/01/2021 - 17:45\n\nThe court ruled on "
            "Tuesday. Ministers meet on Thursday, 14 January.",
            date(2021, 1, 12),
        ),
        # month first, as American wires write it, when the story's figures do ("12/14/2021")
        (
            "Fine imposed\n\nBy Ann Roe | Updated: 12/01/2021 - 17:45\n\nThe court ruled on "
            "Wednesday. Ministers meet again on 12/14/2021.",
            date(2021, 12, 1),
        ),
        # none when only its words are, "December 2": day-first pages' English editions write
        # so too (stop 49)
        (
            "Fine imposed\n\nBy Ann Roe | Updated: 12/01/2021 - 17:45\n\nThe court ruled on "
            "Wednesday. Ministers meet on Thursday, December 2.",
            None,
        ),
    ],
)
def test_an_all_number_stamp_is_read_in_the_order_the_story_writes_dates(
    text: str, expected: date | None
) -> None:
    assert resolve_published(text).date == expected


def test_a_copyright_line_is_furniture_and_still_evidence_of_the_year() -> None:
    text = "Bridge closes\n\nThe council voted to close the bridge.\n\nCopyright 2021 Herald"
    warning = resolve_published(text).warning
    assert warning is not None and "2021" in warning


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


_LEAD = (
    "Dock workers ended their strike on Monday after three weeks of talks with the port. "
    "The union said the deal was fair and that its members would return to work."
)
_MORE = "".join(f"\n\nShips waiting offshore numbered {n} by the evening." for n in range(1, 4))


@pytest.mark.parametrize(
    "text",
    [
        # a chronology's entries, at the top or the foot: each line opens with its own day
        f"Key dates\n\n14 February 2024 - Dockers vote\n1 March 2024 - Strike begins\n\n{_LEAD}",
        f"Port strike ends\n\n{_LEAD}{_MORE}\n\nTIMELINE\nJan 4, 2022: Talks open\n"
        "March 9, 2022: Strike called\n\nBoth sides will meet again.",
        f"Ana Ruiz, singer, dies\n\n{_LEAD}\n\nLIFE IN DATES\n1942 — Born in Lima\n"
        "12 May 2003 — Retires\n\nShe leaves two sons.",
        f"Key dates\n\nJan 4, 2022\nTalks open.\n\nMarch 9, 2022\nStrike called.\n\n{_LEAD}",
        # a life's or a festival's first day, not the page's
        f"Ana Ruiz\n\n12 May 1942 – 3 June 2023\n\n{_LEAD}",
        f"Obituary\n\nAna Ruiz (12 May 1942 – 3 June 2023)\n\n{_LEAD}",
        f"Harbour festival\n\n3 June 2023 – 12 June 2023\n\n{_LEAD}",
        # a photo's caption under the headline
        f"Port strike ends\n\nPhoto: Jo Lee, 14 February 2024\n\n{_LEAD}",
        # a pointer to another story under the story's first paragraphs
        f"Port strike ends\n\n{_LEAD}\n\nRelated stories\nDockers vote to strike\n"
        "14 February 2024\nPort fees to rise\n2 January 2024",
    ],
)
def test_a_chronology_a_period_a_caption_or_another_story_s_day_is_no_publication_date(
    text: str,
) -> None:
    assert resolve_published(text).date is None


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        ("Updated: 5 May 2022\nFirst published: 3 May 2022", date(2022, 5, 3)),
        ("First published: 3 May 2022\nUpdated: 5 May 2022", date(2022, 5, 3)),
        ("Published 3 May 2022, updated 5 May 2022", date(2022, 5, 3)),
        ("Updated 5 May 2022 · Published 3 May 2022", date(2022, 5, 3)),
        # an update alone is the only day the page states
        ("Updated: 5 May 2022", date(2022, 5, 5)),
        # a day and its clock are no period
        ("Updated: 13/01/2021 - 17:45", date(2021, 1, 13)),
        # a day whose day and month could swap, on a page showing no order: no guess
        ("Updated: 12/01/2021 - 17:45", None),
    ],
)
def test_a_page_first_published_is_dated_by_that_day_not_its_update(
    stamps: str, expected: date | None
) -> None:
    assert resolve_published(f"Port strike ends\n\n{stamps}\n\n{_LEAD}{_MORE}").date == expected


def test_an_update_at_the_top_gives_way_to_the_first_publication_at_the_foot() -> None:
    top = "Port strike ends\n\nUpdated March 23, 2024"
    text = f"{top}\n\n{_LEAD}{_MORE * 3}\n\nPublished March 20, 2024"
    assert resolve_published(text).date == date(2024, 3, 20)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    later=st.integers(min_value=8, max_value=30000),
    kind=st.sampled_from(["chronology", "period", "caption", "related"]),
)
@settings(max_examples=60, deadline=None)
def test_a_text_whose_only_days_are_distractors_gets_no_publication_date(
    day: date, later: int, kind: str
) -> None:
    from datetime import timedelta

    other = day + timedelta(days=later)
    first, last = f"{day.day} {day:%B %Y}", f"{other.day} {other:%B %Y}"
    box = {
        "chronology": f"KEY DATES\n{first} - Talks open\n{last} - Strike called",
        "period": f"{first} – {last}",
        "caption": f"Photo: Jo Lee, {first}",
        "related": f"Read more\nDockers vote to strike\n{first}",
    }[kind]
    text = (
        f"Port strike ends\n\n{box}\n\n{_LEAD}"
        if kind != "related"
        else f"Port strike ends\n\n{_LEAD}\n\n{box}"
    )
    assert resolve_published(text).date is None


@given(
    day=st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)),
    later=st.integers(min_value=0, max_value=6),
)
@settings(max_examples=60, deadline=None)
def test_a_weekday_date_in_a_text_that_names_no_year_gives_no_publication_date(
    day: date, later: int
) -> None:
    # the weekday fits a year every few years: an archive's story is as likely as this year's
    from datetime import timedelta

    other = day + timedelta(days=later)
    text = (
        f"Talks end\n\nThe council met on {day:%A}, {day.day} {day:%B}. Members said talks "
        f"would resume on {other:%A}, {other.day} {other:%B}."
    )
    assert resolve_published(text) == Published(None, "none")


@pytest.mark.parametrize(
    "text",
    [
        # a reference's, a document's or an event's day under the headline
        f"Port strike ends\n\nRef: PWU/2023/08/14\n\n{_LEAD}{_MORE}",
        f"Court ruling\n\nFile No. 14/03/2019\n\n{_LEAD}{_MORE}",
        f"Minister's letter\n\nLetter dated 12 January 2020\n\n{_LEAD}{_MORE}",
        f"Audit\n\nSource: Audit Office report, 12 January 2020\n\n{_LEAD}{_MORE}",
        f"Harbour festival\n\nWhen: Saturday, 3 June 2023\nWhere: Harbour front\n\n{_LEAD}",
        # a stamp in another calendar
        f"Port strike ends\n\nPublished 3 March 2564\n\n{_LEAD}{_MORE}",
        f"Port strike ends\n\n1400/02/04\n\n{_LEAD}{_MORE}",
        # a block of other stories or of readers' comments at the foot
        f"Port strike ends\n\n{_LEAD}{_MORE * 3}\n\nRelated stories\nDockers vote to strike\n"
        "Published: 14 February 2024",
        f"Port strike ends\n\n{_LEAD}{_MORE * 3}\n\nComments\nMaria · 12 March 2021\nAbout time.",
        f"Port strike ends\n\n{_LEAD}\n\n12 Comments\nJo Lee, 4 March 2024\nGood news at last.",
    ],
)
def test_a_reference_a_document_an_event_another_calendar_or_a_comment_dates_no_page(
    text: str,
) -> None:
    assert resolve_published(text).date is None


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("© 1998-2024 Valley Media", 2024),
        ("Copyright © 2009–2023 Valley Media Ltd. All rights reserved.", 2023),
        ("Copyright 2021 Valley Media", 2021),
    ],
)
def test_a_copyright_line_with_a_range_of_years_is_of_its_last(line: str, year: int) -> None:
    # its year completes a dateline without one ("LIMA, March 14 (Wire) -")
    published = resolve_published(f"LIMA, March 14 (Wire) - {_LEAD}\n\n{line}")
    assert published == Published(date(year, 3, 14), "dateline")


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        (
            "Editor's note: This analysis was first published on 3 May 2022 and will be "
            "revised after the count.\nMore analysis: What the port deal means",
            date(2022, 5, 3),
        ),
        ("Note: This column was first published on 9 June 2019.", date(2019, 6, 9)),
        # a sentence of the story about a law's publication is no note on the page
        ("The decree was published on 3 May 2021, the minister said.", None),
    ],
)
def test_an_editor_s_note_on_when_the_page_went_out_dates_it(
    foot: str, expected: date | None
) -> None:
    assert resolve_published(f"Port strike ends\n\n{_LEAD}{_MORE}\n\n{foot}").date == expected


@pytest.mark.parametrize(
    "last",
    [
        "The decree was published on 3 May 2021, the minister said.",
        "The audit office released its report on 3 May 2021.",
        "Police said the suspect was released on bail on 3 May 2021.",
    ],
)
def test_a_story_s_last_sentence_on_a_publication_or_a_release_is_no_stamp(last: str) -> None:
    assert resolve_published(f"Port strike ends\n\n{_LEAD}{_MORE}\n\n{last}").date is None


@pytest.mark.parametrize(
    "label",
    [
        "Event date: 3 June 2023",
        "Closing date: 3 June 2023",
        "Effective date: 1 April 2024",
        "Hearing date: 3 March 2024",
        "Born: 12 May 1942 | Died: 3 June 2023",
        "Retrieved 3 March 2024",
        '"3 March 2024 — a day we will remember," said the union.',
        "Listen: The Port Podcast, 3 March 2024 (24 min)",
        "Watch: Dockers march, 3 March 2024 | 2:14",
    ],
)
def test_a_day_labelled_as_another_thing_s_is_no_publication_date(label: str) -> None:
    assert resolve_published(f"Port strike ends\n\n{label}\n\n{_LEAD}{_MORE}").date is None


def test_a_broadcast_s_recording_day_gives_way_to_its_airing_day() -> None:
    text = f"Interview\n\nRecorded: 3 March 2024 · Aired: 5 March 2024\n\n{_LEAD}{_MORE}"
    assert resolve_published(text).date == date(2024, 3, 5)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    label=st.sampled_from(
        ["File No.", "Ref:", "Letter dated", "When:", "Closing date:", "Born:", "Hearing date:"]
    ),
    style=st.sampled_from(["%d %B %Y", "%B %d, %Y", "%d/%m/%Y"]),
)
@settings(max_examples=80, deadline=None)
def test_a_text_whose_only_day_is_a_labelled_distractor_gets_no_publication_date(
    day: date, label: str, style: str
) -> None:
    text = f"Port strike ends\n\n{label} {day.strftime(style)}\n\n{_LEAD}{_MORE}"
    assert resolve_published(text).date is None


@pytest.mark.parametrize(
    "stamps",
    [
        "Last modified on Sat 23 Mar 2024 12.00 GMT\nWed 20 Mar 2024 11.00 GMT",
        "By Jo Lee | Updated 23 March 2024, 10:12 | Published 20 March 2024",
        "UPDATED: MAR 23 2024 | PUBLISHED: MAR 20 2024",
    ],
)
def test_an_update_s_stamp_gives_way_to_an_earlier_stamp_beside_it(stamps: str) -> None:
    text = f"Port strike ends\n\n{stamps}\n\n{_LEAD}{_MORE}"
    assert resolve_published(text).date == date(2024, 3, 20)
