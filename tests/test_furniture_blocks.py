"""News furniture around the story: bylines with signature and contact blocks, wire slugs, pull
quotes, summaries and boxes, related-news and other-story blocks, credits and mastheads; and the
story's own lines kept."""

from __future__ import annotations

import pytest

from timeline.furniture import LINE_RULES, FurnitureKind, furniture

from .furniture_found import found_furniture as _found


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "By Ruth Amsel\nSpecial to the Valley Record",
            ["By Ruth Amsel", "Special to the Valley Record"],
        ),
        ("Special to the Valley Record", ["Special to the Valley Record"]),
        ("Ben Ochoa\nSpecial to the Valley Record", ["Ben Ochoa", "Special to the Valley Record"]),
        ("Ben Ochoa\nFor Coastline News", ["Ben Ochoa", "For Coastline News"]),
        ("By Ben Ochoa\nFor Coastline News", ["By Ben Ochoa", "For Coastline News"]),
        (
            "The Honourable Kaye Linden MP\nMinister for Health",
            ["The Honourable Kaye Linden MP", "Minister for Health"],
        ),
        (
            "The Hon. Kaye Linden MP\nMinister for Health and Ageing\nMember for Tarrow",
            ["The Hon. Kaye Linden MP", "Minister for Health and Ageing", "Member for Tarrow"],
        ),
        (
            "The Honourable Kaye Linden MP / Minister for Health",
            ["The Honourable Kaye Linden MP / Minister for Health"],
        ),
        ("Hon Kaye Linden MLA", ["Hon Kaye Linden MLA"]),
        ("Kaye Linden MP\nMinister for Health", ["Kaye Linden MP", "Minister for Health"]),
    ],
)
def test_the_lines_around_a_byline_and_a_signature_block(text: str, lines: list[str]) -> None:
    found = _found(
        f"Minister opens clinic\n\n{text}\n\nThe minister opened it on Monday.\n\nIt ended."
    )
    assert found == [("byline", line) for line in lines]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Media contact: Hal Breen 0400 000 000", ["Media contact: Hal Breen 0400 000 000"]),
        ("Media enquiries: Nora Vale, 0411 222 333", ["Media enquiries: Nora Vale, 0411 222 333"]),
        ("MEDIA INQUIRIES: Nora Vale", ["MEDIA INQUIRIES: Nora Vale"]),
        ("Contact: press@health.example.org", ["Contact: press@health.example.org"]),
        (
            "Press contact: Nora Vale (+44 20 7946 0000)",
            ["Press contact: Nora Vale (+44 20 7946 0000)"],
        ),
        (
            "For more information, contact Hal Breen on 0400 000 000.",
            ["For more information, contact Hal Breen on 0400 000 000."],
        ),
        (
            "Media contact:\nHal Breen\n0400 000 000",
            ["Media contact:", "Hal Breen", "0400 000 000"],
        ),
        (
            "For further information, please contact:\nHal Breen\n0400 000 000",
            ["For further information, please contact:", "Hal Breen", "0400 000 000"],
        ),
        ("Phone: (02) 5550 1234", ["Phone: (02) 5550 1234"]),
        ("+61 2 5550 1234", ["+61 2 5550 1234"]),
    ],
)
def test_a_contact_block(text: str, lines: list[str]) -> None:
    found = _found(
        f"Minister opens clinic\n\nThe minister opened it on Monday.\n\n{text}\n\nIt ended."
    )
    assert [line for _, line in found] == lines
    assert {kind for kind, _ in found} == {"credit"}


@pytest.mark.parametrize(
    "text",
    [
        "Contact with the crew was lost on Monday, officials said.",
        "For the first time since 2019, the clinic opened on a Sunday.",
        "For Coastline News, the sale closed a difficult year.",
        "Special forces entered the town on Monday.",
        "The clinic on the hill shut its doors in May.\n\nBen Ochoa\n\nFor years it was closed.",
        "The Honourable Kaye Linden MP said on Monday the clinic would open.",
        "Enquiries rose 12% in March, the agency said.",
        "Minister for Health Kaye Linden opened the clinic on Monday.",
        "Kaye Linden MP opened the clinic on Monday.",
        "The 2019 2020 season ended in May.",
    ],
)
def test_the_story_is_not_taken_for_a_byline_or_a_contact(text: str) -> None:
    assert _found(f"Minister opens clinic\n\n{text}") == []


@pytest.mark.parametrize(
    "line",
    [
        "BC-Fraud-Trial",
        "AW-DS-12-03-87 1432EST",
        "AP-NR-02-12-88 2344EST",
        "BC-Fraud-Trial,0412",
        "BC-Fraud-Trial, 1st Ld-Writethru,0412",
        "r a PM-FraudTrial 12-03 0412",
        "PM-Fraud Trial,0423",
        "^BC-Fraud-Trial,0412<",
    ],
)
def test_a_wire_slug_line(line: str) -> None:
    assert _found(f"Headline\n\n{line}\n\nThe council met on Monday.") == [("credit", line)]


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19",
        "F-16 jets flew over the city on Monday.",
        "US-China talks resumed on Monday.",
        "US-EU-UK, the three partners, met on Monday.",
        "US-China Summit",
    ],
)
def test_the_story_is_not_taken_for_a_wire_slug(text: str) -> None:
    assert _found(f"Headline\n\n{text}") == []


def test_a_slug_over_a_dateline_leaves_the_dateline_its_own() -> None:
    text = "BC-Fraud-Trial\n\nMARLOW, Kent (Wire) _ A jury convicted two managers on Thursday."
    assert _found(text) == [("credit", "BC-Fraud-Trial"), ("dateline", "MARLOW, Kent (Wire) _ ")]


@pytest.mark.parametrize(
    "line",
    [
        "\u201cWe had no choice but to close the mill\u201d",
        "'We had no choice but to close the mill'",
        "\u2018The town will survive this\u2019",
        "\u2018We can\u2019t keep the mill open for ever.\u2019",
        '"We had no choice but to close the mill"',
        "\u201cWe had no choice but to close the mill\u201d.",
        "\u201cWe had no choice but to close the mill\u201d \u2014 Dana Price",
        "'We had no choice but to close the mill' - Dana Price, chief executive",
    ],
)
def test_a_pull_quote_in_single_or_double_quotes(line: str) -> None:
    assert _found(f"Headline\n\nThe mill closed.\n\n{line}\n\nThe town met on Monday.") == [
        ("promo", line)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "'We had no choice,' she said, 'but to close the mill.'",
        "\u2018We had no choice,\u2019 Dana Price told workers on Monday.",
        "'Tis the season for the mill to close, the workers' union said.",
        "\u201cYes\u201d",
        "\u201cWe will win the vote in May\u201d \u2014 Mayor Jo Lee said on Monday",
        "The workers' union and the owners' group met on Monday.",
    ],
)
def test_the_story_is_not_taken_for_a_pull_quote(text: str) -> None:
    assert _found(f"Headline\n\n{text}") == []


def test_a_heading_in_quotes_is_no_pull_quote() -> None:
    assert _found('History\n\nThe war\n\n"War of the Cities"\n\nBoth sides fired missiles.') == []


def test_a_teletypes_marks_leave_its_lines_their_shapes() -> None:
    text = (
        "^BC-Fraud-Trial,0412<\n^Jury Convicts Two in Fraud Case<\n^By JANE DOE=\n"
        "^Associated Press Writer=\n\nMARLOW, Kent (Wire) _ A jury convicted two on Thursday."
    )
    assert _found(text) == [
        ("credit", "^BC-Fraud-Trial,0412<"),
        ("byline", "^By JANE DOE="),
        ("byline", "^Associated Press Writer="),
        ("dateline", "MARLOW, Kent (Wire) _ "),
    ]


def test_a_summary_under_its_heading_is_furniture() -> None:
    text = (
        "Shares slip\n\nSynopsis\nMetal stocks dragged the index lower on Wednesday.\n\n"
        "Indian shares closed lower on Wednesday."
    )
    assert _found(text) == [
        ("promo", "Synopsis"),
        ("promo", "Metal stocks dragged the index lower on Wednesday."),
    ]


def test_a_date_field_a_share_line_and_a_report_credit_are_furniture() -> None:
    for line, kind in [
        ("Date: 12th February, 2019", "byline"),
        ("Share: Twitter · LinkedIn · Hacker News", "promo"),
        ("Subscribers: download the full results table in our Data Centre.", "promo"),
        ("Report by Ilinca Marin", "credit"),
    ]:
        text = f"Tea prices rise\n\n{line}\n\nKericho Highlands said on Thursday profit fell."
        assert [(f.kind.value, text[f.start : f.end]) for f in furniture(text)] == [(kind, line)]
    text = "Tea prices rise\n\nA report by the agency found fraud on Thursday."
    assert furniture(text) == []


def test_a_site_s_trail_a_follow_call_and_a_posted_by_line_are_furniture() -> None:
    for line in [
        "News › Highlands › Courts",
        "The Crossroads · Moncton · Dieppe · Riverview",
        "Follow The Daily Meridian on WhatsApp for the latest news and updates.",
        "Posted by Tom Ashworth · 3 min read",
        "March 9, 2022 · Updated March 11, 2022 · 6 min read",
        "For enquiries: Public Relations Unit, 0302 665 421",
        "This article was supported by the Steppe Reporting Fund.",
    ]:
        text = f"Tea prices rise\n\n{line}\n\nKericho Highlands said on Thursday profit fell."
        assert [text[f.start : f.end] for f in furniture(text)] == [line], line
    for line in ["Follow the leader: the firm grew in 2019.", "Prices rose > 5% in Dieppe."]:
        assert furniture(f"Tea prices rise\n\n{line}\n\nShares rose.") == [], line


def test_a_summary_block_under_its_heading_is_furniture() -> None:
    text = (
        "Tea profit falls\n\nIN SUMMARY\n• Net earnings dropped to Sh412 million.\n"
        "• Board halves dividend to Sh5 a share.\n\n"
        "Kericho Highlands on Thursday reported a drop in profit.\n\n"
        "In summary, the firm had a hard year."
    )
    found = [text[f.start : f.end] for f in furniture(text)]
    assert found == [
        "IN SUMMARY",
        "• Net earnings dropped to Sh412 million.",
        "• Board halves dividend to Sh5 a share.",
    ]


def test_a_box_of_results_is_furniture_but_a_sentence_of_results_is_not() -> None:
    line = "STAGE 4 RESULTS: 1. Ana Ruiz (Team Sol) 4hr 51min 07sec; 2. Jo Lee +38sec."
    text = f"Race report\n\n{line}\n\nThe race ended on Sunday in Brasov."
    assert [text[f.start : f.end] for f in furniture(text)] == [line]
    for line in ["The results: profit rose 4% on Monday.", "Election results: the Greens won."]:
        assert furniture(f"Report\n\n{line}\n\nShares rose.") == [], line


def test_a_teletype_s_headline_under_the_page_s_headline_is_furniture() -> None:
    text = (
        "Jury Awards $2 Million to Welder\n\n"
        "r a PM-Welder Verdict 12-03 0391\n"
        "^Jury Awards $2 Million to Welder^\n"
        "^By ANA RUIZ=\n\n"
        "   TARROW (Wire) _ A jury on Thursday ordered a firm to pay $2 million to a welder.\n\n"
        "   Jury Awards $2 Million to Welder\n\n"
        "   The firm said on Friday it would appeal."
    )
    found = _found(text)
    assert ("promo", "^Jury Awards $2 Million to Welder^") in found
    # the story's own line, past the head, is no headline again (in the story: under its last
    # sentence, a line without a stop is in its margin, `timeline.furniture.margin_lines`)
    assert all(line != "Jury Awards $2 Million to Welder" for _, line in found)


def test_a_writer_and_their_place_over_the_stamp_is_the_byline() -> None:
    text = (
        "Ferry Strike Ends\n\nKofi Mensah in Kumasi\n\nMarch 9, 2004 · 6.47pm local time\n\n"
        "The strike ended on Monday."
    )
    found = _found(text)
    assert ("byline", "Kofi Mensah in Kumasi") in found
    # a headline in title case over the story is none
    text = "Ferry Strike Ends\n\nJury Convicts Two in Fraud Case\n\nThe jury ruled on Monday."
    assert _found(text) == []


def test_the_lines_under_a_related_news_heading_are_furniture() -> None:
    text = (
        "The ferry resumed on Monday.\n\nRelated news:\nPort signs deal with Tarrow Shipping\n"
        "New ferry shipped to the harbour\n\nPage last reviewed: 02/07/2024"
    )
    assert _found(text) == [
        ("promo", "Related news:"),
        ("promo", "Port signs deal with Tarrow Shipping"),
        ("promo", "New ferry shipped to the harbour"),
        ("byline", "Page last reviewed: 02/07/2024"),
    ]


def test_a_section_label_and_a_writer_in_place_beside_the_stamp_are_furniture() -> None:
    text = (
        "Ports slow as dockers strike\n\nHarbour Weekly\n\nRail & road\n\n"
        "Wed 4 May 2011 10.02 BST\nLast modified on Wed 4 May 2011 12.40 BST\n\n"
        "Ana Ruiz in Leith\n\nDockers at Leith walked out on Tuesday.\n\nTalks resume on Friday."
    )
    found = _found(text)
    assert ("promo", "Rail & road") in found
    assert ("byline", "Ana Ruiz in Leith") in found
    assert all(line != "Dockers at Leith walked out on Tuesday." for _, line in found)


def test_a_short_line_of_the_story_over_no_stamp_is_the_story_s() -> None:
    text = "Ports slow\n\nHarbour Weekly\n\nRail & road\n\nDockers walked out on Tuesday."
    assert ("promo", "Rail & road") not in _found(text)


def test_a_block_of_other_stories_set_apart_by_blank_lines_is_furniture_to_its_end() -> None:
    lead = "The ferry board cut fares on Monday, and the union said it would call off its strike."
    text = (
        f"Ferries cut\n\n{lead}\n\nRELATED\n\nFerry staff strike over rosters (Oct 30)\n\n"
        "Port fees to rise from April\n\nThe board meets again in May."
    )
    assert _found(text) == [
        ("promo", "RELATED"),
        ("promo", "Ferry staff strike over rosters (Oct 30)"),
        ("promo", "Port fees to rise from April"),
    ]


def test_a_line_whose_every_sentence_is_furniture_is_furniture() -> None:
    line = "Stay with Harbour FM for updates all night. Share this story: Email | X | Facebook"
    assert furniture(f"Headline\n\n{line}\n\nThe count went on.")[0].kind is FurnitureKind.PROMO
    told = "Stay with Harbour FM for updates all night. The count went on until dawn."
    assert _found(f"Headline\n\n{told}") == []


def test_a_subheading_between_the_story_s_paragraphs_is_furniture() -> None:
    lead = "The ferry board cut fares on Monday, and the union said it would call off its strike "
    lead += "at the port."
    text = f"Ferries cut\n\n{lead}\n\nWhat changes for riders\n\nFares fall by a tenth."
    assert _found(text) == [("promo", "What changes for riders")]
    # a one-line paragraph of the story keeps its stop; a figure makes no heading
    kept = f"Ferries cut\n\n{lead}\n\nFares fall.\n\n2 ferries stop\n\nThe board met."
    assert _found(kept) == []


def test_a_writer_with_a_particle_and_their_place_over_the_stamp_is_the_byline() -> None:
    text = (
        "Ferry deal agreed\n\nHarbour Desk › Transport\n\nAna Nogueira da Costa, São Paulo\n"
        "12/03/2021 09:15 a.m. BRT · 3 hours ago\n\nThe ferry firm agreed to buy its rival."
    )
    assert ("byline", "Ana Nogueira da Costa, São Paulo") in _found(text)
    # a headline's words with a comma are no writer
    assert _found("Prices rise, Lisbon\n\nThe ferry firm agreed to buy its rival.") == []


@pytest.mark.parametrize(
    "line",
    [
        "With files from the Harbour Wire",
        "Translated from the Portuguese by the desk. The original prevails.",
        "Summary written by Ledger editors from the annual report.",
        "Got a flood photo? Call our newsroom on 0400 000 000.",
    ],
)
def test_credits_for_sources_translators_and_a_call_to_the_newsroom(line: str) -> None:
    text = f"Headline\n\nThe council met on Monday.\n\n{line}\n\nIt rained."
    assert [(p.kind.value, text[p.start : p.end]) for p in furniture(text)] == [("credit", line)]


@pytest.mark.parametrize(
    "line",
    [
        "With files from the archive, the historian rebuilt the timeline of the strike.",
        "The letter was translated from Spanish by a court interpreter, she said.",
        "Who called? Officials said the minister called on Monday at 10.",
    ],
)
def test_story_sentences_are_no_source_credit(line: str) -> None:
    text = f"Headline\n\nThe council met on Monday.\n\n{line}\n\nIt rained."
    assert furniture(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Published weekly by the Tarrow Growers' Association. Members' copy.",
        "Printed every Friday for Coast Media Group",
    ],
)
def test_a_publishers_masthead_line(line: str) -> None:
    text = f"Headline\n\nThe council met on Monday.\n\n{line}\n\nIt rained."
    assert [(p.kind.value, text[p.start : p.end]) for p in furniture(text)] == [("byline", line)]
    publisher = next(rule for rule in LINE_RULES if rule.name == "publisher")
    assert not publisher.test("Published weekly by the Council, the figures showed a rise.")


def test_a_dateline_alone_without_its_date() -> None:
    text = "Headline\n\nTarrow, Kent —\n\nThe council met on Monday."
    assert [(p.kind.value, text[p.start : p.end]) for p in furniture(text)] == [
        ("dateline", "Tarrow, Kent —")
    ]


def test_a_sites_heading_over_its_other_stories() -> None:
    text = "Headline\n\nThe council met.\n\nALSO IN HARBOUR WEEK\nA film opens.\n\nIt rained."
    assert [text[p.start : p.end] for p in furniture(text)][:1] == ["ALSO IN HARBOUR WEEK"]
    story = (
        "Headline\n\nThe council met on Monday.\n\nAlso in the ballot: a new levy.\n\nIt rained."
    )
    assert furniture(story) == []
