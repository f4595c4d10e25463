"""Furniture shapes first seen on unseen outlets (issue 13): a transcript's speaker cues in
capitals, a live page's timed entry headings, a digest's item headlines, a request to the reader,
a note on the material a service's stories hold, a masthead's languages and a newsletter's thanks.
Invented people, places and outlets; each shape with a story's sentence it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.furniture import furniture
from timeline.published import resolve_published


def _pieces(text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in furniture(text)]


def test_a_transcripts_speaker_cues_are_furniture_and_their_turns_the_storys() -> None:
    text = (
        "Quay closure: the minister and the ferrymen\n"
        "Transcript of broadcast, Sunday 4th May 1969\n"
        "PRESENTER (Ada Venn):\n"
        "Good evening. On Thursday the Harbour Board said the north quay would shut in June.\n"
        "MR. OSRIC TELL, M.P. (Minister of State, Ministry of Harbours):\n"
        "We decided on Tuesday that the quay cannot be repaired this year.\n"
        "MRS. NELL CARVER (Chairman, Tarrow Ferrymen's Association):\n"
        "Our members will meet at Tarrow on Friday night.\n"
        "Q (Harbour FM):\n"
        "Will the ferries run on Saturday?\n"
    )
    pieces = _pieces(text)
    for cue in (
        "PRESENTER (Ada Venn):",
        "MR. OSRIC TELL, M.P. (Minister of State, Ministry of Harbours):",
        "MRS. NELL CARVER (Chairman, Tarrow Ferrymen's Association):",
        "Q (Harbour FM):",
    ):
        assert cue in pieces
    for turn in (
        "We decided on Tuesday that the quay cannot be repaired this year.",
        "Our members will meet at Tarrow on Friday night.",
    ):
        assert not any(turn in piece for piece in pieces)


@pytest.mark.parametrize(
    "line",
    [
        "The council listed three reasons (see the table below):",
        "Mr. Tell gave the board (and the press) two answers:",
    ],
)
def test_a_storys_line_ending_in_a_colon_is_no_speaker_cue(line: str) -> None:
    text = f"Headline\n\nThe board met on Monday in Tarrow.\n{line}\nIt rained on Tuesday."
    assert line not in _pieces(text)


def test_a_live_pages_timed_entry_headings_are_furniture() -> None:
    text = (
        "Live: floods in the Tarrow valley\n\n"
        "4:52pm — Shelter at Kelby full\n"
        "The shelter at Kelby was full by 4pm, the council said.\n\n"
        "11.30am - Minister to visit the valley\n"
        "The minister will fly to Tarrow this afternoon.\n\n"
        "9:05 — Water rises overnight\n"
        "The river rose by a metre overnight.\n"
    )
    pieces = _pieces(text)
    assert "4:52pm — Shelter at Kelby full" in pieces
    assert "11.30am - Minister to visit the valley" in pieces
    assert "9:05 — Water rises overnight" in pieces
    assert not any("The minister will fly" in piece for piece in pieces)


def test_a_timed_entry_that_is_a_sentence_is_the_storys() -> None:
    text = "Incident log\n\n14:02 – The change is deployed to the Kelby cluster.\n"
    assert not any("The change is deployed" in piece for piece in _pieces(text))


def test_a_digests_item_headlines_under_the_items_source_are_furniture() -> None:
    text = (
        "Science in brief\n"
        "Quaynews › Science\n"
        "Marsh team names a new beetle\n"
        "Biologists at Kelby University described a new species of beetle on Monday.\n"
        "via Marsh Science Wire · 3h ago\n"
        "Tide gauge to be replaced next month\n"
        "The Harbour Board will replace the Tarrow tide gauge next month, its engineer said.\n"
        "via Coast Dispatch · 5h ago\n"
    )
    pieces = _pieces(text)
    assert "Tide gauge to be replaced next month" in pieces
    assert not any("The Harbour Board will replace" in piece for piece in pieces)


def test_a_short_line_between_two_sentences_stays_the_storys() -> None:
    text = (
        "Headline\n\n"
        "The board met on Monday and raised the ferry fares by a tenth, the clerk said.\n"
        "Fares rise again in June\n"
        "The new fares start on 3 June, the board said in its notice.\n"
    )
    assert "Fares rise again in June" not in _pieces(text)


@pytest.mark.parametrize(
    "line",
    [
        "Please phone the school office about any absence by 9am on the day.",
        "Please continue to monitor warnings issued by the Harbour Weather Office. To report "
        "flooding, send an email to floods@harbour.example.",
    ],
)
def test_a_request_to_the_reader_is_furniture(line: str) -> None:
    text = f"Headline\n\nThe river rose on Monday, the office said.\n\n{line}\n"
    assert line in _pieces(text)


def test_a_quoted_plea_is_the_storys() -> None:
    line = "Please bring him home, his sister told reporters in Tarrow on Monday."
    text = f"Headline\n\nThe search went on overnight.\n\n{line}\n"
    assert line not in _pieces(text)


@pytest.mark.parametrize(
    "line",
    [
        "Quay Post wire services include material from agency and member newspaper reports.",
        "This report contains material from news agencies.",
        "Kelby Lens News is published monthly in Malay and English by the Press Section, Tarrow.",
        "Thanks for reading Tide & Town! Subscribe for free to receive new posts.",
    ],
)
def test_a_pages_notes_on_itself_are_furniture(line: str) -> None:
    text = f"Headline\n\nThe ferry sailed on Monday from Tarrow, the master said.\n\n{line}\n"
    assert line in _pieces(text)


def test_a_sentence_on_material_is_the_storys() -> None:
    line = "The museum said its stores include material from the 1921 wreck, found in May."
    text = f"Headline\n\nThe divers returned on Monday.\n\n{line}\n"
    assert line not in _pieces(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kelby Fish plc: Final Results\n\nCompany Kelby Fish PLC\nHeadline Final Results\n"
            "Released 07:00 03-Sep-03\nNumber 4521P\n\nKelby Fish plc said its profit rose.\n",
            date(2003, 9, 3),
        ),
        (
            "Herders wait\n\nRADIO TARROW — ENGLISH SERVICE\n"
            'Transcript: "Quay Report", broadcast Monday 2 June 1986, 13.30 UTC\n'
            "PRESENTER (Ada Venn):\nFive weeks after the flood, the herders are still waiting.\n",
            date(1986, 6, 2),
        ),
    ],
)
def test_a_release_field_and_a_broadcast_line_give_the_publication_day(
    text: str, day: date
) -> None:
    assert resolve_published(text).date == day


@pytest.mark.parametrize(
    "text",
    [
        "Herders wait\n\nTranscript: Quay Report, next broadcast Monday 9 June 1986\n\nIt rained.",
        "Kelby Fish\n\nThe cargo of 03-Sep-03 was lost at sea off Tarrow, the owners said.\n",
    ],
)
def test_a_next_broadcast_or_a_storys_hyphened_day_is_no_publication_day(text: str) -> None:
    assert resolve_published(text).date is None


def test_a_digests_quoted_lines_and_topics_are_furniture() -> None:
    text = (
        "Quay Sans released\n\n"
        "Today's Topics: ANNOUNCE: Quay Sans / Re: ANNOUNCE: Quay Sans\n"
        "==== Message 1 of 2 ====\n\n"
        "Kelby Type released Quay Sans this morning in both formats.\n\n"
        "==== Message 2 of 2 ====\n\n"
        "> released Quay Sans this morning in both formats\n\n"
        "I saw the proofs at the Tarrow library last autumn.\n"
    )
    pieces = _pieces(text)
    assert "Today's Topics: ANNOUNCE: Quay Sans / Re: ANNOUNCE: Quay Sans" in pieces
    assert "> released Quay Sans this morning in both formats" in pieces
    assert not any("Kelby Type released" in piece for piece in pieces)
    assert not any("I saw the proofs" in piece for piece in pieces)


def test_a_comparison_sign_in_a_sentence_is_no_quoted_mail() -> None:
    line = "The ratio rose to > 3 on Monday, the Kelby board said."
    text = f"Headline\n\nThe board met.\n\n{line}\n"
    assert line not in _pieces(text)


def test_a_foot_stamp_with_its_year_cut_to_an_apostrophe_gives_the_publication_day() -> None:
    text = (
        "Fine wools lead Kelby sale\n\n"
        "The market rose by 14 cents a kilogram at Kelby yesterday, the brokers said.\n\n"
        "Tarrow Pastoral Co., Wool Department, Quay Street, Kelby. Compiled Tues. 10th Sept. '96\n"
    )
    assert resolve_published(text).date == date(1996, 9, 10)
    wrong_weekday = text.replace("Tues.", "Fri.")
    assert resolve_published(wrong_weekday).date is None


_STORY = (
    "The harbour board voted on Monday to raise berth fees by four per cent from next month, "
    "its chairman, Ana Ruiz, said after the meeting in Tarrow.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Tarrow Valley Community Health Trust",
        "Quay Voices: stories from the northern coast",
        "Ana Ruiz for Harbour Ward — Blog",
        "The Kestrel Evening Bulletin",
        "Institute of Coastal Studies News & Events",
    ],
)
def test_a_name_standing_in_the_headline_s_block_is_furniture(line: str) -> None:
    """An outlet's, an organisation's, a blog's or a show's name on a line of its own under the
    headline, right under it or under other furniture."""
    assert line in _pieces(f"Berth fees to rise\n{line}\nPosted in: Harbour news\n\n{_STORY}")
    assert line in _pieces(f"Berth fees to rise\nBy Li Wei\n{line}\n\n{_STORY}")


@pytest.mark.parametrize(
    "line",
    [
        "A decade of rising fees on the northern coast",  # a standfirst, in small letters
        "MONDAY",  # a digest's day heading: its items' day
        "Board raises fees: what it means",  # small letters before the colon
        "Ana Ruiz, chair of the Tarrow Harbour Board, said the fees would rise.",
    ],
)
def test_a_standfirst_a_day_heading_or_a_sentence_is_no_name_line(line: str) -> None:
    assert line not in _pieces(f"Berth fees to rise\n{line}\n\n{_STORY}")


@pytest.mark.parametrize(
    "line",
    [
        "ABOVE: THE NEW FOOTBRIDGE AT TARROW ON MONDAY.",
        "LEFT TO RIGHT: ANA RUIZ, LI WEI AND TOM OKORO.",
        "Left to right: Ana Ruiz, Li Wei and Tom Okoro at the quay on Monday.",
        "Sunrise 6.42 a.m., sunset 7.15 p.m.",
        "Arrived: Kestrel Star from Durban; sailed: Quay Queen for Lagos.",
        "Today: sunny spells; tonight: clear; tomorrow: showers",
    ],
)
def test_a_caption_by_its_place_an_almanac_and_a_box_of_labelled_items(line: str) -> None:
    for text in (f"Berth fees to rise\n\n{line}\n\n{_STORY}", f"Fees\n\n{_STORY}\n{line}\n"):
        assert line in _pieces(text)


@pytest.mark.parametrize(
    "line",
    [
        "Above all, the board said, fees must rise by June.",
        "Ana Ruiz said: the fees will rise; the board agreed on Monday.",
        "The sun rose at 6.42 a.m. as the ferry docked, the crew said.",
    ],
)
def test_story_sentences_in_the_words_of_captions_and_boxes_are_left_alone(line: str) -> None:
    assert not any(line in piece for piece in _pieces(f"Fees\n\n{_STORY}\n{line}\n"))
