"""News furniture through the whole pipeline: invented articles, one for each kind of
furniture that slipped through before, give no row from their furniture and no actor from the
names in it (the story's own rows stay)."""

from __future__ import annotations

import pytest

from timeline.documents import Document
from timeline.pipeline import extract


def _rows(text: str, published: str | None) -> list[tuple[str, list[str]]]:
    title = text.split("\n", 1)[0]
    document = Document(id="a", text=text, title=title, published_given=published)
    table = extract([document], workers=1).table
    return [(row.sentence, list(row.actors)) for row in table.itertuples()]


def _assert_no_furniture(
    text: str, published: str | None, lines: list[str], names: list[str], story: list[str]
) -> None:
    rows = _rows(text, published)
    sentences = [sentence for sentence, _ in rows]
    for line in lines:
        assert not [s for s in sentences if s[:30] in line or line[:30] in s], line
    actors = {actor for _, row_actors in rows for actor in row_actors}
    assert not actors & set(names), actors
    for opening in story:
        assert any(sentence.startswith(opening) for sentence in sentences), (opening, sentences)


PROMO = (
    "Ferry firm cuts evening sailings\n\n"
    "Listen to this article\n\n"
    "The Kestrel Ferry Company said on Tuesday it would cut its evening sailings to Dunmore.\n\n"
    "This article appears in the March 2011 issue of Coastal Monthly.\n\n"
    "A version of this story first appeared in the Dunmore Gazette on 3 May.\n\n"
    "Subscribe to Coastal Monthly and get twelve issues for the price of ten.\n\n"
    "Sign up for our weekly briefing on the harbour.\n\n"
    "Mayor Ellen Vask said she would meet the company on Friday."
)


def test_promo_lines_and_calls_to_the_reader_give_no_row() -> None:
    _assert_no_furniture(
        PROMO,
        "2011-03-08",
        [
            "Listen to this article",
            "This article appears in the March 2011 issue of Coastal Monthly.",
            "A version of this story first appeared in the Dunmore Gazette on 3 May.",
        ],
        ["Coastal Monthly", "Dunmore Gazette"],
        ["The Kestrel Ferry Company said", "Mayor Ellen Vask said"],
    )


@pytest.mark.parametrize("published", [None, "2011-03-08"])
def test_a_promo_lines_date_dates_nothing(published: str | None) -> None:
    rows = _rows(PROMO, published)
    assert not [s for s, _ in rows if "first appeared" in s or "issue of" in s]


CAPTIONS = (
    "Storm floods quay\n\n"
    "The storm flooded the quay at Port Alder on Monday, the harbour board said.\n\n"
    "Sandbags line the quay at Port Alder on Monday. (Photo: Marta Quill/The Courier)\n\n"
    "A lifeboat crew searches the bay on Sunday. Tomas Reyna/Coast Guard handout via Wire\n\n"
    "Rescuers carry a man from the water on Sunday.\nHandout photo\n\n"
    "A diver checks the pier on Sunday.\nPHOTO: GRETA HOLM\n\n"
    "Picture: Supplied\n\n"
    "Image: Agency archive\n\n"
    "Board chair Ivo Renn said the repairs would take a month."
)


def test_captions_and_credits_give_no_row_and_no_actor() -> None:
    _assert_no_furniture(
        CAPTIONS,
        "2019-11-05",
        [
            "Sandbags line the quay at Port Alder on Monday.",
            "A lifeboat crew searches the bay on Sunday.",
            "Tomas Reyna/Coast Guard handout via Wire",
            "Rescuers carry a man from the water on Sunday.",
            "A diver checks the pier on Sunday.",
        ],
        ["Marta Quill", "Tomas Reyna", "Tomas Reyna/Coast Guard", "Greta Holm", "GRETA HOLM"],
        ["The storm flooded the quay", "Board chair Ivo Renn said"],
    )


CONTACTS = (
    "Minister opens clinic in Tarrow\n\n"
    "By Ruth Amsel\nSpecial to the Valley Record\n\n"
    "Ben Ochoa\nFor Coastline News\n\n"
    "The state health minister opened a new clinic in Tarrow on Wednesday.\n\n"
    "Department head Omar Fitch thanked the builders at the opening.\n"
    "The Honourable Kaye Linden MP\nMinister for Health\n\n"
    "Media contact: Hal Breen 0400 000 000\n\n"
    "Media enquiries:\nNora Vale\n0411 222 333\n\n"
    "Contact: press@health.example.org"
)


def test_the_lines_around_a_byline_and_a_contact_block_give_no_row_and_no_actor() -> None:
    _assert_no_furniture(
        CONTACTS,
        "2022-05-11",
        ["Media contact: Hal Breen 0400 000 000", "The Honourable Kaye Linden MP"],
        [
            *("Ruth Amsel", "Valley Record", "Ben Ochoa", "Coastline News", "Kaye Linden"),
            *("Hal Breen", "Hal Breen 0400 000", "Nora Vale"),
        ],
        ["The state health minister opened", "Department head Omar Fitch"],
    )


STANDFIRST = (
    "Jury convicts two in Fenwick Savings fraud case\n\n"
    "Two former managers of Fenwick Savings face up to 20 years in prison after a jury found them "
    "guilty of fraud.\n\n"
    "By Ruth Amsel\n\n"
    "MARLOW (Wire) — A jury on Thursday convicted two former managers of Fenwick Savings of "
    "fraud after a three-week trial.\n\n"
    "Judge Ada Quint set sentencing for June 3."
)


def test_a_standfirst_that_repeats_the_lead_is_no_second_row() -> None:
    _assert_no_furniture(
        STANDFIRST,
        "2016-03-04",
        ["Two former managers of Fenwick Savings face up to 20 years in prison"],
        ["Ruth Amsel"],
        ["A jury on Thursday convicted", "Judge Ada Quint set"],
    )


TELETYPE = (
    "AW-DS-12-03-87 1432EST\n\n"
    "^Jury Convicts Two in Fenwick Savings Fraud Case<\n\n"
    "BC-Fraud-Trial\n\n"
    "MARLOW, Kent (Wire) _ A jury on Thursday convicted two former managers of Fenwick Savings "
    "of fraud.\n\n"
    "Judge Ada Quint set sentencing for January.\n\n"
    "AW-DS-12-03-87 1432EST"
)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("AW-DS-12-03-87 1432EST", TELETYPE),
        ("", TELETYPE),
        ("", TELETYPE.replace("Case<", "Case").replace("BC-Fraud-Trial", "BC-Fraud-Trial,0412")),
    ],
)
def test_a_teletype_headline_and_wire_slugs_give_no_row(title: str, text: str) -> None:
    document = Document(id="a", text=text, title=title, published_given="1987-12-03")
    table = extract([document], workers=1).table
    sentences = list(table["sentence"])
    assert not [s for s in sentences if "Jury Convicts" in s or "AW-DS" in s or "BC-" in s]
    assert any(s.startswith("A jury on Thursday convicted") for s in sentences), sentences


def test_a_teletype_story_is_dated_by_its_slug() -> None:
    table = extract([Document(id="a", text=TELETYPE)], workers=1).table
    row = table[table["sentence"].str.startswith("A jury")].iloc[0]
    assert str(row["date_start"])[:10] == "1987-12-03"


PULL_QUOTES = (
    "Mill to close\n\n"
    "Northfield Paper said on Monday it would close its mill in Arden, cutting 300 jobs.\n\n"
    "'We had no choice but to close the mill on Monday'\n\n"
    '"We had no choice but to close the mill," chief executive Dana Price told workers.\n\n'
    "\u201cThe town of Arden will survive this, as it survived the floods of 1982\u201d\n\n"
    "Mayor Joan Pell said the town of Arden would survive this, as it survived the floods of "
    "1982."
)


def test_a_pull_quote_gives_no_row() -> None:
    _assert_no_furniture(
        PULL_QUOTES,
        "2020-02-04",
        [
            "'We had no choice but to close the mill on Monday'",
            "\u201cThe town of Arden will survive this, as it survived the floods of 1982\u201d",
        ],
        [],
        ["Northfield Paper said", '"We had no choice', "Mayor Joan Pell said"],
    )


NOTES = (
    "Court remands former official over pension fraud\n\n"
    "From Ama Mensah, Kumasi\n\n"
    "A High Court in Kumasi on Wednesday remanded a former official, Kofi Boateng, in custody.\n\n"
    "Residents wait outside the court on Wednesday. (Pic by Anil Perera)\n\n"
    "Judge Efua Owusu adjourned the case to March 19.\n\n"
    "RELATED NEWS: Two bank managers charged over loan fraud\n\n"
    "Get our Harbour Week newsletter every Monday morning.\n\n"
    "If you buy something from a Gadget Ledger link, we may earn a commission. "
    "See our ethics statement.\n\n"
    "Keywords: courts; Kumasi; pensions; 2020\n\n"
    "This report was first published in the print edition of The Kumasi Star on Thursday, "
    "March 5, 2020."
)


@pytest.mark.parametrize("published", [None, "2020-03-05"])
def test_a_page_s_notes_give_no_row_and_no_actor(published: str | None) -> None:
    _assert_no_furniture(
        NOTES,
        published,
        [
            "From Ama Mensah, Kumasi",
            "Residents wait outside the court on Wednesday.",
            "RELATED NEWS: Two bank managers charged over loan fraud",
            "Get our Harbour Week newsletter every Monday morning.",
            "If you buy something from a Gadget Ledger link, we may earn a commission.",
            "This report was first published in the print edition of The Kumasi Star",
        ],
        ["Ama Mensah", "Anil Perera", "Gadget Ledger", "Kumasi Star", "Harbour Week"],
        ["A High Court in Kumasi on Wednesday", "Judge Efua Owusu adjourned"],
    )


def test_the_print_edition_s_note_dates_the_story() -> None:
    table = extract([Document(id="a", text=NOTES)], workers=1).table
    row = table[table["sentence"].str.startswith("A High Court")].iloc[0]
    assert str(row["date_start"])[:10] == "2020-03-04"


TENNIS = (
    "Berg saves match point to win the Harbour Open\n\n"
    "Tomas Kahale, tennis writer\n"
    "Saturday January 9 2016 7.48pm\n\n"
    "Sweden's Jana Berg saved a match point to beat Tia Kahale in the final on Saturday.\n\n"
    "RESULTS – Women's singles final: J Berg (Swe) bt T Kahale (USA) [2] 4-6 7-6 (7-5) 6-3. "
    "Doubles final: A Roe/B Vale bt C Lee/D Kim [1] 6-2 3-6 10-7.\n\n"
    "Match stats (Berg first): Aces 12-7; Double faults 2-5; Break points won 3/9-2/6."
)


def test_a_results_box_and_a_writer_s_beat_give_no_row_and_no_actor() -> None:
    _assert_no_furniture(
        TENNIS,
        None,
        ["Tomas Kahale, tennis writer", "RESULTS – Women's singles final", "Match stats (Berg"],
        ["Tomas Kahale", "A Roe", "C Lee/D Kim", "Roe/B Vale"],
        ["Sweden's Jana Berg saved"],
    )


RELEASE = (
    "Lapwing numbers on the estuary rise for a second year\n\n"
    "PRESS RELEASE\n\n"
    "EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 9 APRIL 2025\n\n"
    "Breeding pairs of lapwing on the estuary rose to 61 last year, the Marsh Trust said today.\n\n"
    "Volunteers will begin this year's count on 1 May.\n\n"
    "ENDS\n\n"
    "Notes to editors\n"
    "1. The Marsh Trust is a registered charity founded in 1979. It runs nine reserves in "
    "Kenter and Dunmore.\n"
    "2. The 2024 count was carried out between 1 April and 31 July by 30 volunteers.\n\n"
    "Media contact: Jo Lee, Communications Officer\nTel: 028 9000 0000"
)


def test_a_release_s_embargo_and_notes_give_no_row_and_no_actor() -> None:
    _assert_no_furniture(
        RELEASE,
        None,
        ["EMBARGOED UNTIL", "The Marsh Trust is a registered charity", "The 2024 count was"],
        ["EMBARGOED", "Kenter", "Dunmore", "Jo Lee"],
        ["Breeding pairs of lapwing", "Volunteers will begin"],
    )
    table = extract([Document(id="a", text=RELEASE)], workers=1).table
    row = table[table["sentence"].str.startswith("Volunteers")].iloc[0]
    assert str(row["date_start"])[:10] == "2025-05-01"


def test_a_wire_s_headline_gives_no_row_and_its_code_no_actor() -> None:
    text = (
        'INTERVIEW-Peruvian minister says copper talks face their test "next year"\n\n'
        "By Jo Lee\n\n"
        "LIMA, Sept 14 (Wire) - Peru and Chile signed a copper agreement on Tuesday, Sept. 12.\n\n"
        "The minister spoke to the Wire on Wednesday."
    )
    _assert_no_furniture(
        text,
        "2023-09-14",
        ["INTERVIEW-Peruvian minister"],
        ["INTERVIEW"],
        ["Peru and Chile signed"],
    )


COURT = (
    "High court orders a survey of the harbour wall\n\n"
    "COURTS | Tarrow\n\n"
    "J. ROE\n"
    "3 min read\n\n"
    "Case Title: K. Arun v. The Harbour Commissioner, Lenz & Ors.\n"
    "Case No.: W.P. No. 2291 of 2019\n\n"
    "The High Court on Wednesday ordered the harbour board to survey the old wall within "
    "six weeks.\n\n"
    "Justice Mira Osei said the board had ignored two earlier reports.\n\n"
    "Click here to read the order\n\n"
    'Cite this article: J. Roe, "High court orders a survey of the harbour wall", Bench '
    "Notes, 12 June 2019."
)


@pytest.mark.parametrize("published", [None, "2019-06-12"])
def test_a_legal_report_s_case_fields_and_citation_give_no_row(published: str | None) -> None:
    _assert_no_furniture(
        COURT,
        published,
        [
            "Case Title: K. Arun v. The Harbour Commissioner, Lenz & Ors.",
            "Case No.: W.P. No. 2291 of 2019",
            "Cite this article: J. Roe",
        ],
        ["K. Arun", "Harbour Commissioner", "Bench Notes"],
        ["The High Court on Wednesday ordered", "Justice Mira Osei said"],
    )


CLUB = (
    "Harbor 24 Rovers 17\n\n"
    "Club News › Match Reports\n\n"
    "Posted 23/10/22 by Press Officer\n\n"
    "Harbor beat Rovers 24-17 at Quay Park on Saturday to stay top of the league.\n\n"
    "Fly-half Tom Vance kicked three penalties.\n\n"
    "Scorers - Harbor: T Lee 2, Roe; C Vance; P Vance 3. Rovers: T Ames, Doyle; C Ford 2; "
    "P Ford.\n\n"
    "Thanks as always to our kit sponsors, Quayside Timber Ltd.\n\n"
    "© Harbor RFC 2022 · Website by ClubWorks"
)


def test_a_club_s_scorers_and_sponsors_give_no_row_and_no_actor() -> None:
    _assert_no_furniture(
        CLUB,
        "2022-10-23",
        [
            "Scorers - Harbor: T Lee 2, Roe; C Vance",
            "Thanks as always to our kit sponsors, Quayside Timber Ltd.",
        ],
        ["Quayside Timber Ltd", "Quayside Timber", "ClubWorks", "Doyle", "Ames"],
        ["Harbor beat Rovers", "Fly-half Tom Vance kicked"],
    )


ARCHIVE = (
    "Savings bank taken over\n\n"
    "By ANA RUIZ\n"
    "Feb. 17, 1982\n\n"
    "LENZ, Tarrovia (Wire) -- The government on Wednesday took control of the Lenz Savings "
    "Bank and froze withdrawals.\n\n"
    "Depositors queued outside its branches before dawn, police said.\n\n"
    "Copyright 1982 Harbour Wire. All rights reserved. This story is reproduced from the Harbour "
    "Wire archive as it was originally transmitted.\n\n"
    "Mission elapsed time: 412 d | DOY 48\n\n"
    "This long read was supported by the Tarrow Reporting Fund. Comments (4)"
)


def test_a_rights_notice_a_status_line_and_a_funding_note_give_no_row() -> None:
    _assert_no_furniture(
        ARCHIVE,
        "1982-02-17",
        [
            "This story is reproduced from the Harbour Wire archive",
            "Mission elapsed time: 412 d | DOY 48",
            "This long read was supported by the Tarrow Reporting Fund.",
        ],
        ["Harbour Wire", "Tarrow Reporting Fund", "DOY 48"],
        ["The government on Wednesday took control"],
    )
