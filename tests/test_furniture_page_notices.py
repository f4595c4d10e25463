"""A page's notices are furniture: a court's press summary's note on itself ("This summary is
provided to help in understanding the Court's decision. ..."), a paper's almanac of the day
("Weather: Rain, clearing later. Lighting-up time 5.34 p.m."), a transcript's title line, a
labelled postal address, a printer's imprint ("Printed and published by Harbour Press Ltd., 22
Quay Street, Tarrow.") and a staff member's credit under their role ("Duty forecaster: K.
Marshall-Best"); the story's sentences with the same words are not.

The fixtures are written here."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture


def _furnished(line: str) -> bool:
    text = f"Headline\n\nThe council met on Monday and approved the plan.\n\n{line}\n"
    return any(text[f.start : f.end].strip() == line for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "This summary is provided to help in understanding the Tribunal's ruling. It does not "
        "form part of the reasons for the ruling.",
        "This note is provided to assist in understanding the judgment. The full judgment is "
        "the only authoritative document.",
        "Weather: Rain, clearing later. Lighting-up time 5.34 p.m.",
        "References in square brackets are to paragraphs in the judgment.\nThis summary is "
        "provided to help in understanding the Court's decision.",
        "Weather: Fair and mild. High water 3.41 p.m.",
        "Sunrise 7.02 a.m.; sunset 4.51 p.m.",
        "Lighting-up time: 6.12 p.m.",
    ],
)
def test_a_page_s_notice_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "High water at 3.41 p.m. flooded the quay, the harbour master said on Monday.",
        "The court's summary of the ruling, which the judges said was not binding, was read "
        "out in full to the crowd outside the building on Friday.",
        "Weather: the forecasters warned of gales along the coast from Friday.",
    ],
)
def test_a_sentence_of_the_story_is_not(line: str) -> None:
    assert not _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Q4 and full-year results conference call — edited transcript",
        "Budget speech to the Assembly: full transcript",
        "Transcript: Annual general meeting of shareholders",
        "Press conference with the harbour master | verbatim transcript",
    ],
)
def test_a_transcript_s_title_line_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "The company released an edited transcript of the call on Monday.",
        "A full transcript of the hearing will be published next week, the clerk said.",
    ],
)
def test_a_sentence_on_a_transcript_is_not(line: str) -> None:
    assert not _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Subscriptions and permits: Avenida San Martín 1140, Tarrow",
        "Offices: 22 Quay Street, Leith",
        "Editorial and advertising: 9 Dock Road, Tarrow, Westshire.",
        "Head office: Rua das Flores 12, Porto Velho",
    ],
)
def test_a_labelled_postal_address_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Police said: 22 Quay Street, Leith was searched on Monday.",
        "The raid: officers entered 22 Quay Street, Leith, at dawn on Monday.",
    ],
)
def test_a_sentence_naming_an_address_is_not(line: str) -> None:
    assert not _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Printed and published by Harbour Press Ltd., 22 Quay Street, Tarrow.",
        "Printed by Kestrel Print Co., 4 Mill Lane, Ashby, for the Ashby Society.",
        "Printed and published by the proprietors, Harbour News Ltd., 9 Dock Road, Tarrow.",
        "Typeset and printed by Lomond Printers Ltd., 118 High Street, Dunvale",
        "Printed by Harbour Press, Tarrow",
    ],
)
def test_a_printer_s_imprint_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Printed by hand. The leaflets were handed out on Monday, 3 May.",
        "Printed by the council, the leaflets were handed out on Monday.",
        "Printed by a firm in Leeds, 40,000 ballot papers were found to be faulty.",
    ],
)
def test_a_sentence_opened_by_the_same_words_is_not(line: str) -> None:
    assert not _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Duty forecaster: K. Marshall-Best",
        "Officer on duty: Jo Lee",
        "Sub-editor: Ana Ruiz",
        "Duty meteorologist: Dr. Tomas Reyes",
        "Night editor: J. P. Okafor",
        "Compiler: Ines Varga",
    ],
)
def test_a_role_credit_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Forecaster: rain will clear by the afternoon.",
        "Officer on duty: none was at the desk when the fire started, the report found.",
        "Sub-editor: a job that is disappearing from newsrooms across the country.",
    ],
)
def test_a_sentence_is_not(line: str) -> None:
    assert not _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "DramSoc meets every Wednesday at 7 in Room 4. All welcome.",
        "The Chess Club meets each Monday evening in the library. New members always welcome.",
        "Harbour Ramblers meet every second Sunday at the quay. Everyone welcome!",
        "The Film Society meets on Thursdays at 8 in the Old Hall. Admission free.",
    ],
)
def test_a_club_s_notice_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council meets every Tuesday in the town hall.",
        "The board meets every month, and its members said on Monday they would vote in May.",
    ],
)
def test_a_meeting_the_story_tells_of_is_not(line: str) -> None:
    assert not _furnished(line)
