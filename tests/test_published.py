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
