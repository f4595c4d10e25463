"""Lines of a page's furniture of kinds met in newsletters, calls, letters and broadcasters'
pages: a pointer in another language, a dated correction, a graphic's title, a call to listen, a
speaker's label, a letter's place and date, a newsletter's next issue and its writers'
disclosure. Each is found by its shape; the story's sentences of the same words are not."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.furniture import furniture


def _kinds(line: str) -> list[tuple[str, str]]:
    text = f"Headline\n\nThe council met on Monday.\n\n{line}"
    return [(f.kind.value, text[f.start : f.end]) for f in furniture(text)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Lire en anglais : Le conseil relève les tarifs du ferry", "promo"),
        ("Read this in Spanish: Suben las tarifas del ferry", "promo"),
        ("Correction (May 3): An earlier version of this story gave the fare as $4.", "promo"),
        ("Clarification (3 May): The board's vote was 5-2.", "promo"),
        ("More explainers: Why the ferry fares went up", "promo"),
        ("Graphic: Ferry fares against wages since 1990", "caption"),
        ("Fares since 1990 (tap to expand)", "caption"),
        ("Listen to Tarrow FM's count special from 20:00 on 98.1 FM.", "promo"),
        ("Jo Lee — Head of Investor Relations", "credit"),
        ("Ana Ruiz - Analyst, Harbour Securities", "credit"),
        ("Leith, 4 March 2020", "dateline"),
        ("Next issue: 3 June 2022.", "promo"),
        ("Nothing in this bulletin is financial advice.", "promo"),
        ("Our writers may hold shares in companies mentioned.", "promo"),
        ("— Compiled by Jo Lee in Leith", "credit"),
    ],
)
def test_a_line_of_furniture(line: str, kind: str) -> None:
    assert _kinds(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Read in full, the ruling runs to 40 pages, the court said on Monday.",
        "The correction in share prices began on Monday.",
        "Listen to the minister's speech, she told reporters on Monday.",
        "Ana Ruiz — who ran the port for ten years — resigned on Monday.",
        "Leith, 4 March 2020 was the day the mill closed.",
        "The next issue of bonds will be sold on Monday, the Treasury said.",
        "The fund may hold positions in Harbour Ferries, its filing showed.",
        "Written by a minister in 1990, the letter was read out on Monday.",
        "The chart showed fares rising on Monday.",
    ],
)
def test_a_story_sentence_of_the_same_words_is_the_storys(line: str) -> None:
    assert _kinds(line) == []


def test_a_letter_s_closing_place_and_date_is_its_publication_day() -> None:
    from datetime import date

    from timeline.published import resolve_published

    text = (
        "Letter to members\n\nDear members,\n\nThe club raised its fees in March.\n\n"
        "Yours sincerely,\n\nJo Lee\nChair\n\nLeith, 4 December 2019\n"
    )
    assert resolve_published(text).date == date(2019, 12, 4)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ('CLAIM: "Every bus pass will be cancelled on 1 June."', "promo"),
        ("Our verdict: Mostly false", "promo"),
        (
            "Sources: Harbour Board minutes of 3 May 2021; port statistics; our interviews.",
            "credit",
        ),
        ("Rights: Scanned with permission of the paper. For personal use only.", "credit"),
    ],
)
def test_a_fact_check_s_box_its_sources_and_a_rights_line(line: str, kind: str) -> None:
    assert _kinds(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Claim: the mayor said on Monday that fares would rise.",
        "Sources: officials said the port would close; it did not say when.",
        "Rights: The union won the vote on Monday.",
    ],
)
def test_story_lines_under_the_same_labels_are_the_storys(line: str) -> None:
    assert _kinds(line) == []


def test_each_section_s_dateline_with_the_wire_s_source_is_furniture() -> None:
    text = (
        "Truce agreed\n\nLIMA, May 3 (Harbour Wire) - The two sides agreed a truce on Monday.\n\n"
        "QUITO, May 3 (Harbour Wire) - Ecuador's ministry said talks would resume on Friday.\n\n"
        "QUITO, the capital, was calm on Monday."
    )
    found = [(f.kind.value, text[f.start : f.end]) for f in furniture(text)]
    assert found == [
        ("dateline", "LIMA, May 3 (Harbour Wire) - "),
        ("dateline", "QUITO, May 3 (Harbour Wire) - "),
    ]


def test_a_later_dateline_without_the_first_s_source_is_left() -> None:
    text = "Headline\n\nLIMA — The talks ended.\n\nQUITO — The ministry said talks would resume."
    found = [text[f.start : f.end] for f in furniture(text)]
    assert found == ["LIMA — "]


def test_an_update_label_is_furniture_and_its_clock_dates_the_update() -> None:
    from timeline.furniture import without_furniture

    text = "Storm hits coast\n\nUPDATE 14:05 — The coastguard closed the harbour.\n\nWinds rose."
    assert (
        without_furniture(text).split("\n")[2]
        == "       14:05   The coastguard closed the harbour."
    )


def test_a_record_s_fields_over_the_story_are_furniture() -> None:
    text = (
        "Headline\n\nCollection: Harbour Archive\nTitle: The Courier (Leith)\n"
        "Issue: Monday, May 3, 1971 — p. 2\n\nThe council met on Monday."
    )
    found = [text[f.start : f.end] for f in furniture(text)]
    assert found == [
        "Collection: Harbour Archive",
        "Title: The Courier (Leith)",
        "Issue: Monday, May 3, 1971 — p. 2",
    ]


def test_lines_of_the_story_with_a_colon_are_no_block_of_fields() -> None:
    text = (
        "Headline\n\nThe mayor: We raised fares.\nThe council: We did not.\n"
        "The board: We will meet on Monday.\n"
    )
    assert furniture(text) == []


def test_a_newsletter_s_first_other_item_under_its_heading_is_furniture() -> None:
    text = (
        "Summit ends\n\nTOP STORY\n\nThe leaders signed a pact on Wednesday.\n\n"
        "ALSO THIS WEEK\n\nPort talks resume in Leith on 3 June after a pause.\n\n"
        "The pact takes effect in July, officials said."
    )
    found = [text[f.start : f.end] for f in furniture(text)]
    assert found == [
        "TOP STORY",
        "ALSO THIS WEEK",
        "Port talks resume in Leith on 3 June after a pause.",
    ]


def test_a_summary_heading_s_block_still_ends_at_a_blank_line() -> None:
    text = "Summit ends\n\nKEY POINTS\n\nThe leaders signed a pact on Wednesday.\n"
    assert [text[f.start : f.end] for f in furniture(text)] == ["KEY POINTS"]


def test_a_chronology_s_place_and_date_over_its_entry_is_no_publication_day() -> None:
    from timeline.published import resolve_published

    story = "".join(f"The union's branch {n} voted to join the strike.\n\n" for n in range(12))
    text = (
        f"How the strike unfolded\n\n{story}"
        "Leith, 4 December 2019\nDockers walked out at dawn and the port closed.\n"
    )
    assert resolve_published(text).date != date(2019, 12, 4)
