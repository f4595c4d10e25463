"""Furniture lines of kinds the earlier sets lacked: a pointer to more of a topic or to a
column's next subject, a pointer to the original document, a subscription line and a postal
box, a service line with its number, a note of a picture in square brackets, a cricket innings
card, a wire's sign-off, a mail's signature under its delimiter, a list of coded items and a
heading in capitals with its qualifier in brackets. Each stays out of the rows; the story's
sentences around it stay in."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture


def _taken(text: str) -> set[str]:
    return {text[piece.start : piece.end] for piece in furniture(text)}


_STORY = (
    "Harbour board backs new quay\n\n"
    "The harbour board voted on Tuesday to build a new quay for the island's ferries.\n\n"
    "Work will start in March and last two years, the board's chairman said.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "More sailing: Regatta moved to the north bay",
        "More Business: Fish prices fall for a third week",
        "Next week in Quay Notes: the new pilotage fees explained",
        "Tomorrow: The Gazette visits the new dry dock at Tarrow.",
        "Next week: Ferry operators in the north brace for new fuel rules.",
        "Upcoming: Our spring harbour lunch returns on Friday 4 April. Seats close on 1 April.",
        "Counsel for the board: Mr P. Roe. Counsel for the pilots: Ms J. Ode, S.C.",
        "Anyone who saw the collision is asked to contact the harbour office on 021 455 0101.",
        "To report a broken buoy, call 1-800-555-0101 or 555-0102 (Tarrow).",
        "This information was submitted for publication at 07.45 CET.",
        'Original filing (Portuguese): "Fato Relevante — Venda de ativos", 3 pp.',
        "Original document (PDF, 12 pages): Harbour plan 2030",
        "Subscription $3 per annum, post free.",
        "Write to the Secretary, P.O. Box 214, Tarrow.",
        "Public information line: 555-0142 (8 a.m.–6 p.m.)",
        "Next update: Thursday, 10 a.m.",
        "[Photograph: The old quay before the storm, 1951.]",
        "[Picture: Ferry passengers at the north slip]",
    ],
)
def test_a_line_under_the_story_is_furniture(line: str) -> None:
    assert line in _taken(_STORY + "\n" + line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Next week: we sail to the outer islands to meet the ferry crews.",
        "Tomorrow: you can ride the new ferry free, the operator said.",
        "Counsel for the board, Mr P. Roe, told the court the quay was safe.",
        "The board said the information was submitted for publication too late.",
        "More ferries will call at the quay once it opens, the board said.",
        "Original plans for the quay were dropped in 2019 after a storm.",
        "Ballots in box 12 were never counted, the clerk told the board.",
        "The ferry line will run every hour from June, the operator said.",
    ],
)
def test_a_sentence_of_the_story_is_no_furniture(sentence: str) -> None:
    assert sentence not in _taken(_STORY + "\n" + sentence)


def test_an_innings_card_is_furniture_and_the_report_is_not() -> None:
    cards = (
        "Quay Rovers 233-8 (50 ov): J. Roe 91, T. Kim 40*; A. Lee 3-41, P. Ng 2-50",
        "Harbour Town 180 (41.4 ov): L. Abel 62; J. Tait 4-22",
    )
    report = "Quay Rovers beat Harbour Town by 53 runs at the Oval on Saturday."
    text = "Rovers go top\n\nSCORECARD\n" + "\n".join(cards) + "\n\n" + report
    taken = _taken(text)
    assert set(cards) <= taken
    assert report not in taken


def test_a_wires_sign_off_and_a_mails_signature_are_furniture() -> None:
    text = (
        "Fw: port strike ends\n\n"
        "TARROW, May 3 (Harbour Wire) - Dockers ended their strike on Friday after a pay deal.\n\n"
        "Harbour Wire 1805 GMT 03-05-96\n\n"
        "My comment: the deal is better than the last one.\n\n"
        "--\n"
        "Jo Lee            | 'Opinions are my own'"
    )
    taken = _taken(text)
    assert "Harbour Wire 1805 GMT 03-05-96" in taken
    assert "Jo Lee            | 'Opinions are my own'" in taken
    assert "My comment: the deal is better than the last one." not in taken


def test_a_list_of_coded_items_is_furniture_and_a_lone_code_is_not() -> None:
    items = ["R1 Raise attendance in the upper years", "R2 Improve the library's opening hours"]
    text = "Inspection summary\n\nAREAS FOR IMPROVEMENT\n" + "\n".join(items) + "\n\n" + _STORY
    assert set(items) <= _taken(text)
    lone = "A1 Holdings bought the old quay for $2m on Monday, the board said"
    assert lone not in _taken(_STORY + "\n" + lone + "\n\nThe board met again.")


@pytest.mark.parametrize("heading", ["ROAD CLOSURES (as of 6 p.m.)", "RESULTS BY DISTRICT (seats)"])
def test_a_heading_in_capitals_with_its_qualifier_is_furniture(heading: str) -> None:
    text = _STORY + "\n" + heading + "\nThe north road is closed at the bridge, police said.\n"
    assert heading in _taken(text)


@pytest.mark.parametrize(
    "line",
    [
        "Operator: This concludes today's conference. You may now disconnect.",
        "Verdict: a harbour festival that has found its feet.",
        "Scanned from the Town Library's collection of parish papers, item PP/1921/04.",
    ],
)
def test_a_calls_formula_a_reviews_verdict_and_a_copy_note_are_furniture(line: str) -> None:
    assert line in _taken(_STORY + "\n" + line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Operator: Our next question comes from Jo Lee of Harbour Bank.",
        # the welcome names the company its speakers' "we" is
        "Operator: Good morning, and welcome to the Quay Foods second-quarter results call.",
        "Scanned from the records, the letters were sent to Lima in 1902.",
    ],
)
def test_a_calls_question_and_a_sentence_about_scanning_stay(sentence: str) -> None:
    assert sentence not in _taken(_STORY + "\n" + sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Printed by Harbour Press, Tarrow",
        "Typed and duplicated by volunteers. Letters to the Editor may be left at the lodge.",
    ],
)
def test_a_production_credit_and_a_letters_line_are_furniture(line: str) -> None:
    assert line in _taken(_STORY + "\n" + line)


def test_a_sentence_opening_with_printed_by_stays() -> None:
    sentence = "Printed by hand, the leaflets were handed out at the quay on Monday."
    assert sentence not in _taken(_STORY + "\n" + sentence)


def test_an_issuing_unit_between_a_masthead_and_a_stamp_is_furniture() -> None:
    text = (
        "Boil-water notice for the north villages\n"
        "REPUBLIC OF TARROW — MINISTRY OF WATER\n"
        "Water Quality Monitoring Unit\n"
        "PRESS RELEASE No. 12/2021\n"
        "Issued: 10-Mar-2021, 09h15\n\n"
        "The ministry advises residents of the north villages to boil their water until Friday."
    )
    assert "Water Quality Monitoring Unit" in _taken(text)


def test_a_headline_naming_a_unit_stays() -> None:
    text = (
        "New Coastal Rescue Unit\n\nBy Jo Lee\n\n"
        "The coast guard opened a rescue unit at the quay on Monday, the harbour board said."
    )
    assert "New Coastal Rescue Unit" not in _taken(text)
