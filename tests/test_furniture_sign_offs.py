"""A letter's and a live page's lines on themselves (issue 13, stop 46, helper `furniture`):
the close of a live page and its thanks ("That is where we will leave our live coverage for
today. Thanks for following."), its welcome before the first entry, a letter's writers ("The
Quay Brief is written by Jo Lee and edited by Ana Ruiz.", "Written and sent from Tarrow."), how
often it is published and by whom, its call for tips, when its next issue lands. None is an
event, and none of their names an actor. The story's sentences in the same words keep their
rows. Stop 49 (helper `pubdate`) adds a sign-off with the letter's return or the live page's full
report beside it, signed by its writer; a live page's plan and its desk; a greeting before the
week's contents; a contribution to a live page; a stamp's or a masthead's yearless day with its
weekday. Every line here is invented; `tests/furniture_mailing_forms.py` and `stamp` in
`tests/furniture_forms.py` draw more of them."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture

from .furniture_forms import article, covered, sentence_days


@pytest.mark.parametrize(
    "line",
    [
        "That is where we will leave our live coverage for tonight. Thanks for following.",
        "That's where we'll end our live updates for now. Thank you so much for reading.",
        "That is all from us today. Thank you for following along.",
        "Our live page has now closed. Thanks for being with us.",
        "That's it for this week. Next issue lands Tuesday, Jan. 6, after the New Year break.",
        "That's all for this week. Write to us with tips and gripes; we answer every one.",
        "Our next issue goes out on Thursday.",
        "The Tarrow Ledger is written by Mira Okafor and edited by Tomas Berg.",
        "This digest is compiled by Ana Ruiz. Reply to this email with tips.",
        "Written and sent from Leith. Nothing here is financial advice.",
        "Written by Mira Okafor. Questions? Reply to this email.",
        "This newsletter is published every Friday by Quay Freight Research Ltd.",
        "Transcribed by the Harbour FM newsroom. Check against delivery.",
        "That's all for this week. The Harbour Letter returns next Friday.",
        "That's where we'll leave our live coverage for today. Our reporters will be back from "
        "7am tomorrow.",
        "That's all for this week. We will be back on Friday, 4 December.",
        "That's all from us today. Thank you for following along. Our full report on the vote "
        "is here.",
        "That's it for this issue. Our full report will be on the site this evening.",
        "Until next week, Mira O.",
        "See you on Monday, Tomas Berg.",
        "Hi all — this week: a ferry merger, a fare row, and the fair calendar.",
        "Our markets team in Leith follows the day's developments. This live blog has now closed.",
        "Good morning and welcome to our live coverage. We will be bringing you updates "
        "throughout the day from our reporters across the harbour.",
        "Mira Okafor in Tarrow and Tomas Berg in Leith contributed to this live coverage.",
    ],
)
def test_a_letter_s_or_a_live_page_s_own_line_is_furniture_and_gives_no_row(line: str) -> None:
    for place in ("head", "foot"):
        text, _ = article(line, place)
        assert covered(line, place), (line, place)
        assert not any(line[:30] in sentence for sentence, _ in sentence_days(text))


@pytest.mark.parametrize(
    ("line", "welcome"),
    [
        (
            "Good afternoon and welcome to our live coverage of the council's budget session. "
            "The debate opens at 15:00.",
            "Good afternoon and welcome to our live coverage of the council's budget session.",
        ),
        (
            "Good morning, and welcome to this week's edition. Here is what moved the ports.",
            "Good morning, and welcome to this week's edition.",
        ),
    ],
)
def test_a_live_page_s_welcome_is_furniture_and_its_entry_stays(line: str, welcome: str) -> None:
    text = f"Harbour strike: live\n\n{line}\n\nDockers walked out at Tarrow on Monday.\n"
    pieces = [text[f.start : f.end] for f in furniture(text)]
    assert welcome in pieces
    assert not any(line[len(welcome) :].strip() in piece for piece in pieces)


@pytest.mark.parametrize(
    "sentence",
    [
        "The report is written by Mira Okafor, the union said on Monday.",
        "We will leave the harbour on Monday, the crew said.",
        "The next issue of notes goes out on Monday, the Treasury said.",
        "Thanks to the pilots, the ferry reached Leith on Monday.",
        "Write to the council before Monday, the mayor urged residents.",
        "Welcome to the new harbour, the mayor told the crowd on Monday.",
        "Parliament returns next Tuesday after the recess, the clerk said.",
        "Our team in Tarrow follows the rules the board set, the skipper said on Monday.",
        "Until next week, the quay stays shut to ferries, the harbour master said.",
        "The strike ends on Thursday, Feb. 25, the union said on Monday.",
        "We will be back on Friday to finish the repairs, the crew said on Monday.",
    ],
)
def test_a_story_sentence_in_those_words_keeps_its_row(sentence: str) -> None:
    text, _ = article(sentence, "between")
    assert sentence in {said for said, _ in sentence_days(text)}


def test_a_results_call_s_welcome_stays_the_story_s() -> None:
    line = "Good afternoon and welcome to the third-quarter results call of Quay Freight Ltd."
    text = f"Quay Freight Ltd. Q3 2025 earnings call\n\n{line}\n\nSales rose 4% on Monday.\n"
    assert not any(text[f.start : f.end] == line for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Wednesday 21 January, 18:20 CET",
        "Tue 14 May, 11:42 GMT",
        "The Quay Ledger -- Thursday, Feb. 25 -- Page 3",
        "THE HARBOUR POST | Friday, March 3 | Business",
    ],
)
def test_a_yearless_stamp_or_masthead_with_its_weekday_is_furniture(line: str) -> None:
    text = f"{line}\n\nFerry fares to rise\n\nThe harbour board raised fares on Monday.\n"
    assert any(text[f.start : f.end] == line for f in furniture(text)), line
