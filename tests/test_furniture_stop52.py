"""The furniture kinds of stop 52 (helper `furn`), each in several outlets' forms, with story
lines of the same words it leaves: a court report's or a tribunal's caption, its counsel under
their label and its note on its own summary (`timeline/furniture/court_lines.py`), the day the
judgment was given under its label (`data/case_fields.txt`), a notice's line on where to ask
(`contact_lines.py`), a source line with the paper's town and edition in brackets
(`record_lines.py`), a live page's team at work and its pointer to its own pieces
(`service_notes.py`). And the counting script (`benchmarks/furniture_kinds.py`).

The fixtures are written here, for no benchmark article."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import furniture_kinds
from timeline.furniture import court_lines, furniture
from timeline.furniture.line_rule import line_rule

_STORY = (
    "The tribunal ordered the ferry company on Monday to refund 2,400 passengers, its clerk "
    "said.\n\nThe company said it would appeal the order before the end of May.\n\n"
)


def _taken(line: str, place: str) -> bool:
    """Whether the furniture readers cover all of `line` set at the head, between the story's
    paragraphs or at its foot."""
    if place == "head":
        text = "Ferry refunds ordered\n\n" + line + "\n\n" + _STORY
    elif place == "between":
        text = "Ferry refunds ordered\n\n" + _STORY + line + "\n\n" + _STORY
    else:
        text = "Ferry refunds ordered\n\n" + _STORY + line + "\n"
    start = text.index(line)
    return any(f.start <= start and f.end >= start + len(line) for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        # a high court's media summary, a magistrates' list, a labour tribunal's digest
        "Civil Suit No. 412 of 2019",
        "Criminal Appeal Nos. 17 and 18 of 1986",
        "(Claim No. QB-2021-000114)",
        "Docket No. 19-cv-0231",
        "Harbour Ferries Ltd v. Tarrow Passengers' Association",
        "R v. Jonas Vell (marine engineer)",
        "Ama Roe v.",
        "Kestrel Shipping & Anor (Suit No. HC/123/2019)",
        "THE STATE v. PIETER QUAYLE AND KESTREL MARINE LTD",
    ],
)
def test_a_case_s_caption_is_furniture_at_the_head(line: str) -> None:
    assert _taken(line, "head"), line


@pytest.mark.parametrize(
    "line",
    [
        "Appearances: Crown — Ms. A. Roe; Accused — Mr. B. Lee (instructed by Quay & Co.)",
        "Advocates: Mr J. Kamau for the applicant; Ms W. Njeri for the respondents.",
        "Counsel: For the State - Ms T. Ode; for the defence - Mr L. Roe SC.",
        "Representation: Ms H. Vale for the claimant; Mr D. Orr for the employer.",
    ],
)
def test_who_appeared_for_whom_under_its_label_is_furniture(line: str) -> None:
    assert _taken(line, "head") and _taken(line, "foot"), line


@pytest.mark.parametrize(
    "line",
    [
        "This summary is provided to assist in the understanding of the Tribunal's decision. "
        "It does not form part of the reasons for the decision.",
        "This note is issued for the assistance of the media. The full judgment is the only "
        "authoritative document.",
        "This summary is not part of the Court's reasons.",
    ],
)
def test_a_court_s_note_on_its_own_summary_is_furniture(line: str) -> None:
    assert _taken(line, "head") and _taken(line, "foot"), line


@pytest.mark.parametrize(
    "line",
    [
        "Delivered: Tuesday 14 May 2019",
        "Judgment handed down: 3 March 2021",
        "Hearing date: 2 June",
    ],
)
def test_the_judgment_s_day_under_its_label_is_a_case_field(line: str) -> None:
    rule = line_rule(line)
    assert rule is not None and rule.name == "case field", line


@pytest.mark.parametrize(
    "line",
    [
        # a council's bulletin, a court's list, a regulator's notice, a club's newsletter
        "Enquiries to the Harbour Master, Quay House, Tarrow 2. Telephone 40771.",
        "Jury service questions: call the Jury Office, 555-0172.",
        "Licence queries to the Registrar, Box 40, Leith.",
        "Inquiries: Public Affairs Office, Ministry of Works, Tarrow.",
    ],
)
def test_a_notice_s_line_on_where_to_ask_is_furniture(line: str) -> None:
    assert _taken(line, "foot"), line


def test_a_source_line_with_the_paper_s_town_and_edition_in_brackets_is_furniture() -> None:
    line = (
        "Source: Vecherny Kestrel (Tarrow, evening), 9 March 1994, p. 3. Translated by A. Roe. "
        "Abridged."
    )
    assert _taken(line, "head")


@pytest.mark.parametrize(
    "line",
    [
        "Our reporters are following the strike throughout the day. Refresh for the latest.",
        "Our correspondents are covering the count all day.",
        "Our film critic's guide to the week's openings is here.",
        "Our full report on the vote can be found here.",
    ],
)
def test_a_live_page_s_team_and_pointers_are_furniture(line: str) -> None:
    assert _taken(line, "between"), line


@pytest.mark.parametrize(
    "line",
    [
        "In Roe v. Quay Ltd, the court held that the lease was void.",
        "Roe v. Quay was decided on Monday.",
        "The appeal, Civil Appeal No. 4 of 2019, was heard on 3 May.",
        "Counsel for the company, Ms A. Roe, told the court the refunds would cost $1 million.",
        "Residents who have questions may call the Clerk, Town Hall, Tarrow.",
        "Questions to the minister, Mr Roe, went unanswered on Monday.",
        "It is not part of the plan, the mayor said.",
        "Our team is following the case.",
        "Our moment is here.",
        "This report is provided for the public and does not replace the court order.",
    ],
)
def test_a_story_s_sentences_in_the_same_words_are_no_furniture(line: str) -> None:
    assert not _taken(line, "between"), line


_NAME = st.from_regex(r"[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9}){0,2}", fullmatch=True)


@given(first=_NAME, second=_NAME, verb=st.sampled_from(["held", "ruled", "was settled", "found"]))
def test_a_sentence_naming_a_case_with_its_verb_is_never_a_caption(
    first: str, second: str, verb: str
) -> None:
    caption = next(rule for rule in court_lines.COURT_RULES if rule.name == "case caption")
    assert caption.test(f"{first} v. {second}")
    assert not caption.test(f"In {first} v. {second}, the court {verb} on Monday.")
    assert not caption.test(f"{first} v. {second} {verb} on Monday.")


def test_every_court_rule_takes_its_examples() -> None:
    for rule in court_lines.COURT_RULES:
        for example in rule.examples:
            assert rule.test(example), (rule.name, example)


def test_the_counting_script_s_doctests_pass() -> None:
    assert doctest.testmod(furniture_kinds).failed == 0


def test_the_counting_script_tallies_an_output_by_kind(tmp_path: Path) -> None:
    gold = tmp_path / "gold" / "SET" / "gold"
    gold.mkdir(parents=True)
    (gold / "01_a.json").write_text(
        '{"furniture": ["Enquiries to the Clerk, Town Hall, Tarrow.", '
        '"TARROW, Nov. 18 (Quay Wire) -"]}'
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / "SET.txt").write_text(
        "== publication date given ==\n"
        "  01_a.txt: «Enquiries to the Clerk, Town Hall, Tarrow.» row from furniture [2020] []\n"
        "== publication date not given ==\n"
        "  01_a.txt: publication date not found (text states 2019-11-18)\n"
    )
    rows, dates = furniture_kinds.tally(out, ["SET"], tmp_path / "gold")
    assert list(rows) == ["a contact, enquiry or subscription line"]
    assert list(dates) == ["a wire's yearless dateline"]
