"""A print archive's furniture and a stamp inside a promo block (issue 13, stop 35): a print-era
dateline run into the first sentence ("TARROW, Wednesday.—Three men ...", "LEITH, June 20.—The
Board ...", "PORT VARGA, FEB. 4: ..."); a photo's caption with its credit after a dash ("... at
the quay.—Photo: Jo Lee", "... — File photo: Jo Lee"), by the paper's photographer ("(Courier
picture by Jo Lee)"), or placing its people ("Jo Lee (left) and Al Roy ..."); a paper's small
notices (an event's with its clock and its price of entry, a heading in capitals run into it; a
standing timetable under its label); a masthead's line whose fields commas part; and the page's
stamp right under a summary's bullets and byline ("KEY POINTS" ... "Published Thu, ..."), which
dates the page. The story's sentences in the same words keep their rows.

Every line here is invented (`tests/furniture_print_forms.py` draws more of each kind)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.column_notices import COLUMN_RULES, is_event_notice, is_timetable
from timeline.furniture.stamp_lines import MASTHEAD_RULE
from timeline.published.datelines import read_dateline

from .furniture_forms import FORMS, article, covered, sentence_days


@pytest.mark.parametrize("rule", [*COLUMN_RULES, MASTHEAD_RULE], ids=lambda rule: rule.name)
def test_every_example_of_a_rule_is_taken_by_it(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert rule.test(example), example


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("TARROW, Wednesday.—Three men", "TARROW, Wednesday.—"),
        ("LEITH, June 20.—The Board", "LEITH, June 20.—"),
        ("PORT VARGA, Sept. 3.— The Board", "PORT VARGA, Sept. 3.— "),
        ("KESTREL BAY, FEB. 4: Quay striker Jo Lee", "KESTREL BAY, FEB. 4: "),
        ("NEW QUAYSIDE, MARCH 14: The ferry", "NEW QUAYSIDE, MARCH 14: "),
    ],
)
def test_a_print_era_dateline_run_into_its_paragraph_is_furniture(
    opening: str, dateline: str
) -> None:
    text = f"Harbour news\n\n{opening} were sent to prison for the theft.\n\nIt ended.\n"
    pieces = [(f.kind.value, text[f.start : f.end]) for f in furniture(text)]
    assert ("dateline", dateline) in pieces


def test_a_dash_in_a_story_s_first_sentence_is_no_dateline() -> None:
    text = "Harbour news\n\nTARROW—The council voted on Monday.\n\nThe U.S.—Tarrow talks ended.\n"
    assert not any(f.kind.value == "dateline" for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz (centre) with her parents at their home in Tarrow.—Photo: Courier",
        "Jo Lee after the auction at a hotel in Leith. — Photo: Al Roy",
        "The council hall in Kestrel Bay. — File photo: Li Wei",
        "Jo Lee (left) and Al Roy leaving the court in a police van after sentence. "
        "(Courier picture by Ana Ruiz)",
        "Sione Tane (second from left) receiving the cup from the mayor.",
        "(Courier picture by Ana Ruiz)",
    ],
)
@pytest.mark.parametrize("place", ["head", "between", "foot"])
def test_a_caption_credited_after_a_dash_or_placing_its_people_is_furniture(
    line: str, place: str
) -> None:
    assert covered(line, place), (place, line)


@pytest.mark.parametrize(
    "line",
    [
        "THE TARROW SENTINEL, TARROW, TUESDAY, FEBRUARY 3, 1948.",
        "LEITH EVENING ECHO, FRIDAY, MARCH 14, 1958",
        "ST. ANNE'S GUILD. Whist Drive in the Drill Hall, Saturday next, 7.30 p.m. Admission 1s.",
        "Jumble Sale, Parish Hall, Saturday at 2.30 p.m. Tickets 6d.",
        "Masses: Sundays 8.30 and 11 a.m.; weekdays 9 a.m.",
        "Opening hours: Mondays to Fridays 9 a.m. to 5 p.m.; Saturdays 10 a.m. to 1 p.m.",
    ],
)
@pytest.mark.parametrize("place", ["head", "between", "foot"])
def test_a_masthead_or_a_small_notice_is_furniture(line: str, place: str) -> None:
    assert covered(line, place), (place, line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The whist drive at 8 p.m. on Monday raised £40 for the hospital.",
        "Admission was free from 10 a.m. on Monday, the museum said.",
        "Masses were said at 11 a.m. on Monday for the crew of the trawler.",
        "Ana Ruiz left the court on Monday, her lawyer said.",
        "Tickets for the concert went on sale at 9 a.m. on Monday, priced at £3.",
    ],
)
def test_a_story_sentence_in_their_words_is_no_notice_and_keeps_its_row(sentence: str) -> None:
    assert not is_event_notice(sentence) and not is_timetable(sentence)
    text, _ = article(sentence, "between")
    assert (sentence, "2025-03-03") in sentence_days(text)


_SUMMARY = (
    "Tarrow Tools swings to a loss\nKEY POINTS\n- Tarrow Tools booked a writedown.\n"
    "- Its shares fell 11%.\nAna Ruiz\n@anaruiz\n"
)


@pytest.mark.parametrize(
    "head",
    [
        _SUMMARY,  # the summary's bullets and the byline over the stamp, no blank line between
        "Tarrow Tools swings to a loss\nKEY POINTS\n",  # the stamp right under the heading
        "Tarrow Tools swings to a loss\nStory highlights\nIts shares fell 11%.\n",
    ],
)
def test_the_page_s_stamp_inside_a_summary_s_block_dates_the_page(head: str) -> None:
    text = (
        f"{head}Published Thu, Feb 26 2015 7:41 AM EST | Updated Thu, Feb 26 2015 10:05 AM EST\n\n"
        "Shares of Tarrow Tools fell more than 11% on Thursday after the loss.\n"
    )
    assert read_dateline(text)[0] == datetime.date(2015, 2, 26)
    stamp = text.index("Published")
    assert any(f.start == stamp and f.kind.value == "byline" for f in furniture(text))


def test_a_stamp_under_other_stories_is_theirs() -> None:
    text = (
        "Tarrow Tools swings to a loss\n\nShares of Tarrow Tools fell 11% on Thursday.\n\n"
        "Related stories\nLeith yard shuts\nPublished Thu, Feb 19 2015 7:41 AM EST\n"
    )
    assert read_dateline(text)[0] != datetime.date(2015, 2, 19)


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from(["print dateline", "placed caption", "masthead", "notice"]),
    data=st.data(),
)
def test_a_drawn_line_of_the_print_kinds_is_furniture(kind: str, data: st.DataObject) -> None:
    line = data.draw(FORMS[kind])
    place = data.draw(st.sampled_from(["lead"] if kind == "print dateline" else ["head", "foot"]))
    if place == "lead":
        text, start = article(line, place)
        assert any(f.start <= start and f.kind.value == "dateline" for f in furniture(text)), line
        return
    assert covered(line, place), (kind, line)
