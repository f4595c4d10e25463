"""An issue's furniture and its stated day (issue 13, stop 36): a company release's dateline
("TARROW--(WIRE SERVICE)--", "Frankfurt am Main – ", one under a heading of fields); a paper's
own picture from its files ("... (Courier file photo)", "Courier photo: ..."); an issue's own
lines (a greeting and its contents, a run-in summary, the next issue by its weekday, an
advertisement's label with a middle dot, a bulletin's round-up, a series' pointer, an archive
copy's note, a journal's running head, reference and citation, a contact under its company, an
update's note behind a footnote's mark, a jump's head); a bulletin's notices (a dance with its
day, a meeting with its room, a weather line with each place's top); a weekly's issue week with
its dateline's weekday, and a weekday's year no earlier than a year the story tells of in the
past. The story's sentences in the same words keep their rows.

Every line here is invented (`tests/furniture_issue_forms.py` draws more of each kind)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.issue_lines import ISSUE_RULES, RUNNING_HEAD_RULE, jump_heads
from timeline.published import resolve_published

from .furniture_forms import FORMS, article, covered, sentence_days


@pytest.mark.parametrize("rule", [*ISSUE_RULES, RUNNING_HEAD_RULE], ids=lambda rule: rule.name)
def test_every_example_of_a_rule_is_taken_by_it(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert rule.test(example), example


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("TARROW--(WIRE SERVICE)--Quay Holdings, Inc. today", "TARROW--(WIRE SERVICE)--"),
        ("Lima, Peru--(Release Wire)--The harbour trust today", "Lima, Peru--(Release Wire)--"),
        ("Frankfurt am Main – Quay Versicherung AG today", "Frankfurt am Main – "),
        ("Dar es Salaam — The harbour trust today", "Dar es Salaam — "),
    ],
)
def test_a_release_s_dateline_run_into_its_paragraph_is_furniture(
    opening: str, dateline: str
) -> None:
    text = (
        f"Harbour news\n\n{opening} reported a loss for the quarter ended in March.\n\nIt fell.\n"
    )
    pieces = [(f.kind.value, text[f.start : f.end]) for f in furniture(text)]
    assert ("dateline", dateline) in pieces


def test_a_dated_dateline_under_a_heading_of_fields_is_read() -> None:
    text = (
        "Banks to merge\nMEDIA RELEASE — 61 Quay Street, Tarrow\n"
        "Tarrow, 4 June 1991 – Quay Bank AG and Leith Bank AG today announced a merger.\n"
        "The boards signed on Friday.\n"
    )
    pieces = [(f.kind.value, text[f.start : f.end]) for f in furniture(text)]
    assert ("promo", "MEDIA RELEASE — 61 Quay Street, Tarrow") in pieces
    assert ("dateline", "Tarrow, 4 June 1991 – ") in pieces
    assert resolve_published(text).date == datetime.date(1991, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Fares – What the rise means for commuters\n\nThe council approved the plan on Monday.\n",
        "Harbour news\n\nIn Tarrow – as in Leith – the council approved the plan on Monday.\n",
        "Harbour news\n\nThe council – in a late vote – approved the plan on Monday.\n",
        "Harbour news\n\nMonday – The council approved the plan after a long and bitter debate.\n",
    ],
)
def test_a_headline_or_a_sentence_with_dashes_is_no_dateline(text: str) -> None:
    assert not any(f.kind.value == "dateline" for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "The old ferry terminal at Kestrel Bay in 1998. (Courier file photo)",
        "(Harbour Times file photo)",
        "Ledger photo: Crowds outside the town hall before the vote on Monday.",
        "Good morning from Tarrow.",
        "Good morning. Today in 4 minutes: bus fares, the quay inquest, and the weather.",
        "Summary: The harbour trust's income rose 24% in the quarter; its costs fell to 2.9%.",
        "Next Friday: what the new timetable means for the island's commuters.",
        "SPONSORED · Quay Dental is open 7 days a week, 8 a.m. to 8 p.m.",
        "In other news this hour: bus fares, the quay inquest, and rain on the coast.",
        "Read the previous one: Who pays for the Tarrow sea wall?",
        "Archive scan: Coast Press English service, reel 1966/12. Photo not available.",
        "1180     March 2014, Vol. 104, No. 3     HR",
        "Harbour Review 2014;104(3):1180-1183.",
        "Cite as: Lee J. Fares rise on the coast. Harbour Review 2014;104(3):1180-1183.",
        "Quay Holdings AG, Investor Relations: Ana Ruiz, tel. 01 261 19 08",
        "* This article was updated on Friday to correct the spelling of a name.",
        "DANCING at the Quay Pavilion, Sunday night, to Jo Lee and his Band. Admission 3/6.",
        "Choir practice: Thursdays, 7.30 p.m., Room 4, Quay Hall. Everyone welcome.",
        "WEATHER: Tarrow fine and mild, top 79. Leith showers clearing, top 74.",
    ],
)
def test_an_issue_s_own_line_is_furniture_and_gives_no_row(line: str) -> None:
    for place in ("between", "foot"):
        assert covered(line, place), (line, place)
    text, _ = article(line, "foot")
    assert not any(sentence.strip() == line for sentence, _ in sentence_days(text))


def test_a_jump_s_head_is_furniture_and_its_day_no_row() -> None:
    text = (
        "Harbour news\n\nThe council approved the plan on Monday.\n\n"
        "FLOOD: Quay may reopen by Sunday\n(Continued from Page 1-A)\n\n"
        "The harbour master said the quay would reopen on Sunday.\n"
    )
    assert [text[start:end] for start, end in jump_heads(text)] == [
        "FLOOD: Quay may reopen by Sunday"
    ]
    assert not any(sentence.startswith("FLOOD") for sentence, _ in sentence_days(text))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Good morning, the mayor told the crowd at the quay on Monday.", "2025-03-03"),
        ("In other news, the council approved the harbour budget on Monday.", "2025-03-03"),
        ("Archive staff found the missing reel of film on Monday, the library said.", "2025-03-03"),
        ("Dancing at the pavilion was cancelled on Friday, the club said.", "2025-02-28"),
        ("Summary figures released on Monday showed that exports had fallen.", "2025-03-03"),
        ("Sponsored events at the quay were cancelled on Friday.", "2025-02-28"),
        ("Tarrow – the council said on Monday – will close the pier.", "2025-03-03"),
    ],
)
def test_a_story_sentence_in_the_same_words_keeps_its_row(sentence: str, day: str) -> None:
    text, _ = article(sentence, "between")
    assert (sentence, day) in sentence_days(text)


def test_a_weekly_s_issue_week_and_its_dateline_s_weekday_date_the_page() -> None:
    text = (
        "HARBOUR LETTER\nIssue 19/94 | Week 41, 1994\n\nNETWORKS\n\n"
        "TARROW, Wednesday -- Quay Mobil switched on its network on Monday.\n\nIt covers 41%.\n"
    )
    assert resolve_published(text).date == datetime.date(1994, 10, 12)
    assert resolve_published(text.replace("TARROW, Wednesday -- ", "")).date is None


def test_a_weekday_s_year_is_no_earlier_than_a_year_the_story_tells_of_in_the_past() -> None:
    # "Saturday, Sept. 2" fits 1961 and 1967; the levee "was completed in 1962": not 1961
    text = (
        "Typhoon toll rises\n\nKAGOSHIMA, Sept. 4 (PPS) — The storm left 34 dead, police said "
        "today.\n\nIt crossed the coast at 10:40 p.m. Saturday, Sept. 2.\n\n"
        "A levee gave way early Sunday. The levee was completed in 1962 after floods.\n"
    )
    assert resolve_published(text).date != datetime.date(1961, 9, 4)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["release dateline", "file caption", "issue", "bulletin"]), st.data())
def test_every_drawn_line_of_the_new_kinds_is_furniture(kind: str, data: st.DataObject) -> None:
    from .furniture_forms import PLACES

    line = data.draw(FORMS[kind])
    place = data.draw(st.sampled_from(PLACES[kind]))
    assert covered(line, place), (kind, place, line)
