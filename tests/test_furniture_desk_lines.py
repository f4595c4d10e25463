"""A desk's lines around a story it translated, rewrote or reviewed, and the captions' credits
some papers write, are furniture (issue 13, stop 34): a translation's or a rewrite's credit, a
translator's note and a bracketed note opening with the translation, the desk that signs the
page, a review's box line with its venue and its run, a caption's credit after a spaced slash
("Photo / Jo Lee") or thanking a family ("Photo courtesy of the Lee family"), a caption under
its credit's fields set apart by bars ("PHOTO | FILE: ..."), and a dateline run into its
paragraph with no dash ("Tarrow, Nov 16 (Wire) The police ..."). The story's sentences with the
same words are not.

The fixtures are written here: invented places, people, papers and desks."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture


def _furnished(line: str, head: str = "Headline") -> bool:
    text = f"{head}\n\nThe council met on Monday and approved the plan.\n\n{line}\n\nIt ended.\n"
    start = text.index(line, len(head))
    return any(f.start <= start and text[f.start : f.end].strip() == line for f in furniture(text))


def _touched(line: str) -> bool:
    """Whether any furniture falls inside `line` set between two paragraphs of a story."""
    text = f"Headline\n\nThe council met on Monday and approved the plan.\n\n{line}\n\nIt ended.\n"
    start = text.index(line, len("Headline"))
    end = start + len(line)
    return any(f.start < end and f.end > start for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        # a translation's or a rewrite's credit
        "Translation of a report by Dr. Ines Varga (Lisbon desk)",
        "Translation by the Quayside Press English service",
        "English translation: Piet Smeets",
        "Adapted from Dutch-language reports by the Tarrow Wire's Leiden bureau",
        "Rewritten in English from Polish copy by the Harbour Wire desk.",
        "This article was rewritten in English from Korean-language reports by the Quay "
        "Press English service. Editing by Mara Lind",
        "This story was translated from Portuguese by Ana Ruiz.",
        "This dispatch has been condensed from Spanish copy by the Tarrow desk.",
        # a translator's note, or a bracketed note opening with the translation
        '(Translator\'s note: "ward" renders the Dutch "wijk", a city district.)',
        'Translator\'s note: the minister used the word "plicht", duty.',
        "[Note from the translator: the union's name is kept in Polish.]",
        "(Trans. note: the paper prints sums in old francs.)",
        "(Translated from Dutch. Sums in guilders; 1 guilder = 0.45 US dollars today.)",
        "[Translated from the Portuguese by the desk; figures as in the original.]",
        # the desk that signs the page
        "Harbour Wire international news desk",
        "The Tarrow Post City Desk",
        "Quay Times newsroom",
        "Leith Courier foreign desk",
        # a review's box line
        "At the Quay Theatre, north Tarrow, until 14 September.",
        "At the Lantern Rooms, Leith, until Oct. 3. Box office: 0131 555 0100",
        "Until 3 June at the Old Ropeworks, Tarrow.",
        "At the Harbour Gallery, Tarrow, to Sept. 14, 2019; tickets £12.",
        "Through Nov. 12 at the Mill Street Playhouse, Leith.",
        # a caption and its credit on one line, as papers write them
        "Quay Rovers players before their jubilee match. Photo / Ana Ruiz",
        "Mill Street late on a Saturday night. Photo / Jo Lee",
        "Crowds at the hall on Monday. Picture / Jo Lee / The Courier",
        "The late Tom Varga at the club's centenary dinner. Photo courtesy of the Varga family",
        "Pickers at the Tarrow estate in 1962. Pictures courtesy of the Quay Museum",
        "PHOTO | FILE: Lorries queue at the Tarrow weighbridge.",
        "PICTURE | COURIER STAFF: Crowds at the town hall.",
    ],
)
def test_a_desk_s_line_or_a_caption_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo / Ana Ruiz",
        "Photo courtesy of the Varga family",
        "Photos / Supplied",
    ],
)
def test_a_credit_alone_takes_its_caption_above(line: str) -> None:
    text = (
        "Headline\n\nThe council met on Monday and approved the plan.\n"
        f"Quay Rovers players before their jubilee match.\n{line}\nIt ended.\n"
    )
    caption = text.index("Quay Rovers players")
    assert any(f.start == caption for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "The translation of the treaty was published on Monday, the ministry said.",
        "The translator noted on Monday that the deal had been signed.",
        "This bridge was adapted by the council for buses in 1990.",
        "The report was rewritten by the board in March after complaints.",
        "He cleared his desk at the Tarrow Post on Friday.",
        "At the meeting, the union said it would strike until 3 June.",
        "At the plant, production halted until March 3, the company said.",
        "Until May 3 at the latest, the bridge stays shut.",
        "At the Quay Theatre, the cast rehearsed until 14 September.",
        "The club said the photo / video ban would stay until June.",
        "Photographs of the quay were courtesy of the museum, the mayor said.",
    ],
)
def test_a_sentence_of_the_story_is_not(line: str) -> None:
    assert not _touched(line)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Tarrow, Nov 16 (Wire) The police said on Sunday", "Tarrow, Nov 16 (Wire) "),
        ("NEW LEITH, 3 May 2016 (QPA) Talks between the two sides", "NEW LEITH, 3 May 2016 (QPA) "),
        (
            "Port Varga, March 4 (Harbour Wire) The council voted",
            "Port Varga, March 4 (Harbour Wire) ",
        ),
    ],
)
def test_a_dateline_run_into_its_paragraph_with_no_dash_is_furniture(
    opening: str, dateline: str
) -> None:
    text = f"Police bust a ring\n\n{opening} to close the yard.\n\nIt ended.\n"
    pieces = [(f.kind.value, text[f.start : f.end]) for f in furniture(text)]
    assert ("dateline", dateline) in pieces


@pytest.mark.parametrize(
    "opening",
    [
        "Tarrow (Quay Shire) councillors voted on Monday to close the yard",
        "Tarrow, the port town, voted on Monday to close the yard",
    ],
)
def test_a_place_opening_a_sentence_is_no_such_dateline(opening: str) -> None:
    text = f"Police bust a ring\n\n{opening}.\n\nIt ended.\n"
    assert not any(f.kind.value == "dateline" for f in furniture(text))
