"""A page's boxes and notes: info boxes, local stamps, comments, sharing, notices, rates."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture
from timeline.furniture.box_lines import BOX_RULES, is_info_box, is_local_stamp


def _in_story(line: str) -> str:
    return f"Headline\n\nThe council met on Monday.\n\n{line}\n\nIt rained."


@pytest.mark.parametrize(
    "line",
    [
        "The museum opens Tue–Sun 10 a.m.–5 p.m., the director said.",  # a sentence, no label
        "NOTE: The council will meet again in May to vote on the plan · more soon.",
    ],
)
def test_a_sentence_is_no_info_box(line: str) -> None:
    assert not is_info_box(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("4. maí 2021 kl. 18:30", True),
        ("7 de junio de 2019, 09:15", True),
        ("He scored 3 goals in 2019 at 12:30", False),
        ("On 4 May 2021 at 18:30 the polls closed.", False),
    ],
)
def test_a_local_stamp_is_a_day_a_month_a_year_and_a_clock_alone(line: str, expected: bool) -> None:
    assert is_local_stamp(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "The comments of the minister were closed to debate, she said.",
        "Share prices fell on Monday.",
        "Data is scarce for the 1990s, the report said.",
        "This story is for general readers and was written in May.",
        "The dollar was worth 1.2 euros (a record).",
    ],
)
def test_the_story_s_sentences_are_no_notes(line: str) -> None:
    assert not any(rule.test(line) for rule in BOX_RULES)


def test_a_live_page_s_notes_are_furniture_sentence_by_sentence() -> None:
    text = (
        "Fires spread\n\nThis page refreshes automatically. All times are Greek time (EEST).\n\n"
        "The fire reached the village at dawn."
    )
    assert [text[f.start : f.end] for f in furniture(text)] == [
        "This page refreshes automatically. All times are Greek time (EEST)."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting: the council said the plan would go ahead.",
        "We'll send you to the camp, the officer told them.",
        "The page was updated by the council after the vote.",
    ],
)
def test_a_story_s_sentence_with_a_note_s_words_is_no_furniture(line: str) -> None:
    assert furniture(f"Headline\n\n{line}") == []


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE 3 — adds closing prices, quote from the union",
        "Update 09:12: corrects spelling of the minister's name",
        "(Adds the ministry's reply in paragraph 4)",
        "Download PDF (640 KB)",
        "Download the annual report (2.1 MB)",
    ],
)
def test_update_notes_and_download_links_are_furniture(line: str) -> None:
    assert [text[p.start : p.end] for text in [_in_story(line)] for p in furniture(text)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The update adds two new bus routes from Monday, the council said.",
        "(Adds to that the cost of fuel, which rose 4% in May.) The firm fell.",
        "Download speeds rose 40% in 2021, the regulator said.",
    ],
)
def test_story_sentences_are_no_update_note(line: str) -> None:
    assert furniture(_in_story(line)) == []


def test_a_disclaimer_that_it_is_no_advice() -> None:
    line = "Not financial advice. Our notes may leave out facts; read the prospectus."
    assert [_in_story(line)[p.start : p.end] for p in furniture(_in_story(line))] == [line]
    assert furniture(_in_story("Not advice but orders came from the ministry, he said.")) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Key points: fares rise 4% · new route to Tarrow · night buses return", True),
        ("Date of issue: 04/05/2021 · Bulletin No. 9 · Distribution: district teams", True),
        (
            "Key points: fares rise 4% · night buses return",
            False,
        ),  # two fields want a capital label
        ("Her view: the plan is late · the money is gone · the mayor must go, she said.", False),
    ],
)
def test_a_box_under_a_label_in_a_sentences_case(line: str, expected: bool) -> None:
    assert is_info_box(line) is expected


def test_a_heading_behind_a_marker() -> None:
    assert [
        _in_story("// FREIGHT")[p.start : p.end] for p in furniture(_in_story("// FREIGHT"))
    ] == ["// FREIGHT"]
    assert furniture(_in_story("// The port reopened on Monday.")) == []
