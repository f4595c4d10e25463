"""Publication dates stated in forms of furniture read nowhere else (issue 13): a masthead line
with its issue number and price, a broadcast's transmission field, a foot stamp among a line's
fields, an official paper's line telling when it was laid before a house. Each kind has its
variants (other words, orders, outlets) and the dates near it that are no publication date: a
library's received stamp, a digitising note, the next broadcast, an event's day, a motion's
day."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.published import resolve_published

STORY = (
    "The driver of a delivery van told the court today that he had been struck from behind.\n\n"
    "He said the two men ran off towards the river, and the trial will continue tomorrow.\n"
)


def _with_head(line: str) -> str:
    return "HARBOUR ROBBERY TRIAL OPENS\n" + line + "\n\n" + STORY


def _with_foot(line: str) -> str:
    return "Harbour robbery trial opens\n\n" + STORY + "\n" + line + "\n"


# -- a masthead line: the paper's name, its issue number, its day and its price --------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("THE HARBOUR GAZETTE    No. 8,118    SATURDAY, MARCH 3, 1962    PRICE 3d.", "1962-03-03"),
        ("MIDLAND ECHO   No. 9,812   MONDAY, JUNE 2, 1947   ONE PENNY", "1947-06-02"),
        (
            "The Prairie Ledger · Vol. 12 No. 33 · Wednesday, July 8, 1931 · Five Cents",
            "1931-07-08",
        ),
        ("DAILY TRIBUNE   No. 4,512   Tuesday 3 May 1960   Price 10 cents", "1960-05-03"),
        ("NORTHERN ADVERTISER, No. 2,301. FRIDAY, APRIL 6, 1923. PRICE ONE PENNY.", "1923-04-06"),
        ("Volume 7, Number 41    Thursday, October 9, 1975    15c", "1975-10-09"),
        ("THE COAST MAIL   No. 14,203   SATURDAY, AUGUST 30, 1958   Price 6d", "1958-08-30"),
        ("THE VALLEY TIMES   No. 7,019   Friday, January 17, 1964   Price 5 cents", "1964-01-17"),
        ("KENT WEEKLY NEWS   No. 802   WEDNESDAY, SEPTEMBER 21, 1949   PRICE 2½d.", "1949-09-21"),
        ("THE ISLAND HERALD   Issue 1,207   Sunday, 4 February 1973   Rs. 0.25", "1973-02-04"),
        ("EVENING POST — Second Edition — Monday, May 5, 1952 — Price: 4d", "1952-05-05"),
        ("THE DAILY REPORTER   No. 31,006   Tuesday, November 12, 1985   50p", "1985-11-12"),
        ("LA VOZ DEL PUERTO   No. 3,415   Sunday, March 9, 1941   10 centavos", "1941-03-09"),
        ("VOL. XII.—No. 3,415.   LONDON, SUNDAY, MARCH 9, 1941.   PRICE ONE PENNY.", "1941-03-09"),
        ("No. 7,812.—Vol. CXL.   SATURDAY, MAY 5, 1900.   Price Sixpence.", "1900-05-05"),
        (
            "ESTABLISHED 1881   THE VALLEY TIMES   FRIDAY, JANUARY 17, 1964   TEN CENTS",
            "1964-01-17",
        ),
        ("Fourth Year, No. 212   Friday 3 May 1935   Twopence", "1935-05-03"),
        ("THE HARBOUR GAZETTE, THURSDAY, NOVEMBER 14, 1957 — No. 21,447 — Price 2d.", "1957-11-14"),
    ],
)
def test_a_masthead_line_with_its_number_and_price_is_the_day_published(
    line: str, day: str
) -> None:
    assert resolve_published(_with_head(line)).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    "line",
    [
        "[LIBRARY STAMP: CITY REFERENCE LIBRARY · REC'D 16 NOV 1957 · NEWSPAPER ROOM]",
        "Digitised 3 March 2011 from the bound volume · image 0412 · faint in places",
        "Scanned from microfilm on 3 March 2011 · price of a copy 2d.",
        "Reprint of 3 March 1962 sold at 3d. a copy",
        # a masthead whose weekday does not fit its day disagrees with itself: no guess
        "VOL. XII.—No. 3,415.   LONDON, SATURDAY, MARCH 9, 1941.   PRICE ONE PENNY.",
    ],
)
def test_an_archives_days_near_a_masthead_are_no_day_published(line: str) -> None:
    assert resolve_published(_with_head(line)).date is None


# -- a broadcast's transmission field ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Programme: Night Desk · Tx 12.05.98 · 07:30 IST · Item 1 of 6", "1998-05-12"),
        ("TX: 03.11.87 · 18:00 · Regional news", "1987-11-03"),
        ("Series 4, episode 2 · First broadcast 21.2.79 · Radio Four", "1979-02-21"),
        ("Air date 14.09.01 · 06:00", "2001-09-14"),
        ("Transmission 7.6.73 · Home Service", "1973-06-07"),
        ("Tx date: 30.01.95 | Duration 4 min", "1995-01-30"),
        ("ON AIR 05.04.91 · Morning Edition", "1991-04-05"),
        ("Bulletin 3 of 5 · tx 22.10.84", "1984-10-22"),
        ("Aired: 11.3.02 · Channel Five News", "2002-03-11"),
        ("Transmitted 1.12.69 · World Service", "1969-12-01"),
        ("Recorded 12.05.98 · Tx 14.05.98 · 07:30", "1998-05-14"),
    ],
)
def test_a_transmission_field_is_the_day_published(line: str, day: str) -> None:
    assert resolve_published(_with_head(line)).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    "line",
    [
        "Next broadcast 14.05.98 · 07:30",
        "Repeat 14.05.98 · 23:00",
        "Recorded 12.05.98 · Duration 4 min",
        "Version 2.1.09 · build 33",
    ],
)
def test_another_days_field_of_a_broadcast_is_no_day_published(line: str) -> None:
    assert resolve_published(_with_head(line)).date is None


# -- a stamp among the fields of a line at the foot ------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Page last updated April 4, 2022 · © 2022 Harbour Club. Site by Bay Web", "2022-04-04"),
        ("This page was last updated on 4 April 2022 | © 2022 Harbour Club", "2022-04-04"),
        ("© 2022 Harbour Club · Page updated 4 April 2022 · Contact us", "2022-04-04"),
        ("Article last updated: Apr 4, 2022 | Share", "2022-04-04"),
        ("Posted April 4, 2022 · Tags: news, club", "2022-04-04"),
        ("Page published 4 April 2022 · Accessibility · Cookies", "2022-04-04"),
        ("Last updated 4 April 2022 • Back to top", "2022-04-04"),
        ("Story published: Monday, April 4, 2022 | Comments (3)", "2022-04-04"),
        ("Site map | Page last modified April 4, 2022 | Privacy", "2022-04-04"),
        ("Updated on 2022-04-04 · 3 min read", "2022-04-04"),
        ("Club news · First published 4 April 2022 · © Harbour Club", "2022-04-04"),
    ],
)
def test_a_stamp_among_a_foot_lines_fields_is_the_day_published(line: str, day: str) -> None:
    assert resolve_published(_with_foot(line)).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    "line",
    [
        "Next update: 11 April 2022 · © 2022 Harbour Club",
        "Photo: 2 April 2022 · © 2022 Jo Lee",
        "Accessed 5 April 2022 · © 2022 Harbour Club",
        "Event date: 9 April 2022 · Tickets · © 2022 Harbour Club",
        "Membership renews 1 May 2022 | © 2022 Harbour Club",
    ],
)
def test_another_day_among_a_foot_lines_fields_is_no_day_published(line: str) -> None:
    assert resolve_published(_with_foot(line)).date is None


# -- an official paper's line telling when it was laid before a house ------------------------


def _paper(line: str) -> str:
    return (
        "Report on the Harbour Inquiry\nNATIONAL ASSEMBLY — SESSIONAL PAPER No. 4\n"
        + line
        + "\nPART I — INTRODUCTION\n1. The Committee held eleven sittings and heard "
        "twenty witnesses over three weeks.\n\n2. The harbour master told the Committee that "
        "the crane failed twice.\n"
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Laid on the Table of the House on Thursday, 24th November, 1966", "1966-11-24"),
        ("Presented to Parliament by the Minister of Works, 3rd March 1971", "1971-03-03"),
        ("Ordered by the House of Commons to be printed 12 March 1998", "1998-03-12"),
        ("Tabled in the Legislative Assembly on 5 June 1984", "1984-06-05"),
        ("Laid before the National Assembly on Tuesday, 2 May 1978", "1978-05-02"),
        ("Presented to the House on 14 October 1959", "1959-10-14"),
        ("Laid before Parliament 21 July 2004", "2004-07-21"),
        ("Tabled on 8 February 1993", "1993-02-08"),
        ("Laid on the Table, 9th December, 1964", "1964-12-09"),
        ("Presented to both Houses of Parliament, 30 January 1957", "1957-01-30"),
    ],
)
def test_a_papers_laying_line_is_the_day_published(line: str, day: str) -> None:
    assert resolve_published(_paper(line)).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    "line",
    [
        "Motion adopted by the House on 8 November 1966",
        "Inquiry directed by the House on 8th November, 1966",
        "The report was laid before Parliament on 21 July 2004, the minister said, and debated.",
        "Committee appointed 8 November 1966",
    ],
)
def test_another_day_of_a_paper_is_no_day_published(line: str) -> None:
    assert resolve_published(_paper(line)).date is None


# -- a wire's yearless dateline with its weekday, its year in an archive's month --------------


WIRE_STORY = (
    "The opposition won most of the seats when the last results were declared this afternoon, "
    "and its leader is expected to be sworn in on Thursday.\n\n"
    "The governing party, in office since independence in 1948, lost eight of its ministers.\n"
)


@pytest.mark.parametrize(
    ("head", "dateline", "foot", "day"),
    [
        (
            "",
            "COLOMBO, Monday, April 9 (AOP).—",
            "[Library copy — reel 56/14, April 1956]",
            "1956-04-09",
        ),
        (
            "OVERSEAS NEWS SERVICE — JUNE 1958",
            "NAIROBI, Tuesday, June 3 (Reuter).—",
            "",
            "1958-06-03",
        ),
        ("", "ACCRA, Friday, March 10.—", "[Bound volume, March 1961, p. 4]", "1961-03-10"),
        ("Wire service · October 1969", "LIMA, Sunday, Oct. 5 (AP) —", "", "1969-10-05"),
        ("", "BOMBAY, Wednesday, 14th January.—", "Overseas edition, January 1953", "1953-01-14"),
        (
            "",
            "KARACHI, Tuesday, Aug. 12 (APP) —",
            "[Press cuttings book, August 1947]",
            "1947-08-12",
        ),
        ("PACIFIC NEWS BULLETIN · NOVEMBER 1972", "SUVA, Tuesday, November 21 —", "", "1972-11-21"),
        ("", "SALISBURY, Friday, Feb. 28 (Sapa) —", "Microfiche 12 · February 1964", "1964-02-28"),
        ("", "KAMPALA, Wednesday, July 19.—", "Cable copy for July 1950", "1950-07-19"),
        ("WIRE COPY — SEPTEMBER 1939", "WARSAW, Monday, Sept. 4 (Wire) —", "", "1939-09-04"),
    ],
)
def test_a_yearless_datelines_weekday_fits_the_year_of_an_archives_month(
    head: str, dateline: str, foot: str, day: str
) -> None:
    text = "OPPOSITION WINS\n" + head + "\n" + dateline + "\n" + WIRE_STORY + "\n" + foot + "\n"
    assert resolve_published(text).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    ("dateline", "foot"),
    [
        # 9 April 2012 was a Monday too: a copy's digitising is not the story's month
        ("COLOMBO, Monday, April 9 (AOP).—", "[Digitised April 2012 from the reel]"),
        ("COLOMBO, Tuesday, April 9 (AOP).—", "[Library copy — reel 56/14, April 1956]"),
        ("COLOMBO, Monday, April 9 (AOP).—", "[Library copy — reel 56/14, May 1956]"),
        ("COLOMBO, Monday, April 9 (AOP).—", "The election of April 1956 is remembered there."),
    ],
)
def test_a_datelines_weekday_takes_no_other_year(dateline: str, foot: str) -> None:
    text = "OPPOSITION WINS\n" + dateline + "\n" + WIRE_STORY + "\n" + foot + "\n"
    assert resolve_published(text).date is None


# -- a stamp in the outlet's own language, its month's full name in that language -------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Aso Gafua, 3 Novema 2014", "2014-11-03"),
        ("Dar es Salaam, 14 Oktoba 2014", "2014-10-14"),
        ("Jakarta, 17 Agustus 2015", "2015-08-17"),
        ("Maynila, 12 Hunyo 2016", "2016-06-12"),
        ("Rotorua, 6 Pēpuere 2019", "2019-02-06"),
        ("Kaapstad, 27 Maart 2017", "2017-03-27"),
        ("Caerdydd, 1 Mawrth 2018", "2018-03-01"),
        ("Roma, 14 agosto 2007", "2007-08-14"),
        ("Dakar, 3 février 2012", "2012-02-03"),
        ("Wien, 5. Mai 2019", "2019-05-05"),
        ("Paramaribo, 12 juli 2018", "2018-07-12"),
        ("Maputo, 9 setembro 2020", "2020-09-09"),
        ("Tegucigalpa, 21 noviembre 2011", "2011-11-21"),
        ("Nukuʻalofa, 4 Sepitema 2013", "2013-09-04"),
    ],
)
def test_a_stamp_with_its_months_name_in_the_outlets_language_is_the_day_published(
    line: str, day: str
) -> None:
    text = "Composer dies at 81\n\nObituaries\n" + line + "\nBy Ana Lee\n\n" + STORY
    assert resolve_published(text).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    "line",
    ["Marso 2016", "Top 10 eras 1990", "Festival programme, 14 to 20 Agustus 2015"],
)
def test_no_day_in_the_outlets_language_is_no_day_published(line: str) -> None:
    text = "Composer dies at 81\n\nObituaries\n" + line + "\nBy Ana Lee\n\n" + STORY
    assert resolve_published(text).date is None


# -- a foot stamp labelled with the noun "publication", and a Crown copyright's day-first order


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publication date: 14 March 2019", "2019-03-14"),
        ("Date of publication: 14/03/2019", "2019-03-14"),
        ("Publication date 2019-03-14", "2019-03-14"),
        ("Date published: 14 March 2019", "2019-03-14"),
        ("Publish date: March 14, 2019", "2019-03-14"),
        ("Publication: 14 March 2019", "2019-03-14"),
        ("First publication date: 14.03.2019", "2019-03-14"),
        ("Date of issue: 14 March 2019", "2019-03-14"),
        ("Release date: 14 March 2019", "2019-03-14"),
        ("Published on: 14/03/2019", "2019-03-14"),
    ],
)
def test_a_publication_label_at_the_foot_is_the_day_published(line: str, day: str) -> None:
    assert resolve_published(_with_foot(line)).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    "copyright_line",
    ["© Crown copyright 2018", "Crown copyright © 2018", "© Crown Copyright 2018 · Terms of use"],
)
def test_a_crown_copyright_page_writes_its_dates_day_first(copyright_line: str) -> None:
    text = _with_foot("Publication date: 12/01/2018") + copyright_line + "\n"
    assert resolve_published(text).date == date(2018, 1, 12)


@pytest.mark.parametrize(
    "line",
    [
        "Review date: 14 March 2020",
        "Next review date: 14/03/2020",
        "Date of inspection: 14 March 2019",
        "Publication of the next report: 14 March 2019",
    ],
)
def test_another_days_label_at_the_foot_is_no_day_published(line: str) -> None:
    assert resolve_published(_with_foot(line)).date is None


# -- properties: any day, any price, any house -------------------------------------------------


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@given(
    day=st.dates(min_value=date(1850, 1, 1), max_value=date(2020, 12, 31)),
    number=st.integers(min_value=1, max_value=99_999),
    price=st.sampled_from(["PRICE 2d.", "Price 10 cents", "15c", "ONE PENNY", "50p", "Rs. 0.25"]),
    capitals=st.booleans(),
)
def test_any_masthead_line_gives_its_day(
    day: date, number: int, price: str, capitals: bool
) -> None:
    written = f"{day.strftime('%A')}, {_MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"
    line = f"THE HARBOUR GAZETTE     No. {number:,}     {written}     {price}"
    assert resolve_published(_with_head(line.upper() if capitals else line)).date == day


@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2020, 12, 31)))
def test_any_transmission_field_gives_its_day(day: date) -> None:
    line = f"Programme: Night Desk · Tx {day.day:02d}.{day.month:02d}.{day.year % 100:02d} · 07:30"
    assert resolve_published(_with_head(line)).date == day


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)))
def test_a_datelines_weekday_that_does_not_fit_the_archives_year_gives_no_day(day: date) -> None:
    wrong = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[
        day.isoweekday() % 7
    ]
    month = _MONTH_NAMES[day.month - 1]
    text = (
        f"OPPOSITION WINS\nCOLOMBO, {wrong}, {month} {day.day} (AOP).—\n{WIRE_STORY}\n"
        f"[Library copy — reel 14, {month} {day.year}]\n"
    )
    assert resolve_published(text).date is None
