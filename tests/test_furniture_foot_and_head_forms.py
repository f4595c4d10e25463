"""Tests for the furniture kinds the pub2 round widened to: a place-and-date line in any written
form of its day ("Rio de Janeiro, 3rd of August of 1961", "Kibuye, 18.11.2009 — 17h20 (local
time)"), a desk's line in small letters ("From our own correspondent"), a publication's note on
how it is published ("... is printed on recycled paper.", "... is sent by the Office to all
staff."), a note on when its facts were correct and a record's prepared line, a newsletter's
sign-off, a record's attendance line, a pointer to the full text, a postal address closed by its
postcode, an archive's note opened by a word or two, a results box with its race after its
label, a next-release line with a label in two languages, the paper's own photo credit with its
stop, and a heading of fields that a dash made read as a dateline. Story sentences of the same
words stay content."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture

_BODY = (
    "The council closed the old ferry pier after inspectors found rot in its piles.\n\n"
    "Repairs are expected to take several months, officials said.\n\n"
    "The ferry company will run from the north quay until then.\n"
)
_HEADLINE = "Council shuts the old pier after rot is found"


def _covered(text: str, line: str) -> bool:
    start = text.index(line)
    return any(f.start <= start and f.end >= start + len(line) for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Porto Alegre, 14th of June of 1966",
        "Gisenyi, 03.05.2011 — 09h15 (local time)",
        "Kibale, 03.05.2011 — 09h15 (heure locale / local time, UTC+3)",
        "Lyon, 12.04.2008",
        "Newcastle upon Tyne, 4th May, 1972",
        "Quito, March 3rd 1999",
        "Dakar, 21/02/2014, 10:30 GMT",
        "Rio de Janeiro, 3rd of August of 1961",
        "Santa Cruz de Tenerife, 9 of May of 1983",
        "From our own Correspondent",
        "From our own correspondent",
        "From Our Own Staff Reporter",
        "From our Lagos office",
        "From a Correspondent",
        "From our Special Correspondent",
        "From our City staff",
        "From our own Bureau",
        "HEARTH & HOME — the members' magazine of the Quay Building Society",
        "TARROW NOTES | the newsletter of the Parish of St Anne",
        "The Ledger — the staff journal of Harbour Mills",
    ],
)
def test_a_place_and_date_or_a_desk_over_the_story_is_furniture(line: str) -> None:
    assert _covered(f"{_HEADLINE}\n{line}\n\n{_BODY}", line)


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Bulletin is printed on recycled paper.",
        "Parish Notes is printed by volunteers at the church hall.",
        "The Quarterly Letter is sent by the Members' Office to all members of the club.",
        "The Weekly Round is emailed to all staff and students every Monday.",
        "Transcript issued by Northern Power. Check against delivery.",
        "This newsletter is distributed free to every household in the valley.",
        "Newsletter produced by the Friends of the Park.",
        "The Clarion is delivered by volunteers to 4,000 homes.",
        "Information correct at 3 June 2004.",
        "Details correct as at 18 May 2011.",
        "All prices correct at time of going to press, 2 March 2015.",
        "Facts correct as of 1 July 2019.",
        "Prepared by the Clerk, January 14th, 1958.",
        "Compiled by the Town Clerk, 9 October 1971.",
        "Prepared by the Committee Clerk, 22nd April, 1955.",
        "That's all for this week. See you next Wednesday.",
        "That's it for today. See you on Monday.",
        "Present: the Reeve (in the chair) and Councillors Abel, Moss and Ruiz.",
        "Apologies for absence: Councillor Ames and Mr. T. Holt.",
        "The full minutes may be read at the Town Hall during office hours.",
        "The complete report can be seen at the public library.",
        "Harbour Trust, 12 Quay Street, Leith EH6 6LX.",
        "Parish Office, Church Lane, Ambleside LA22 9DH.",
        "[End of transcription. Spelling as in the original.]",
        "[Full text follows the original page.]",
        "Results of heat 2 (Lake course, 2 km): 1. Gull (J. Lee) 7min 02sec; 2. Tern 7min 10sec.",
        "Prochain bulletin / Next bulletin: 04.05.2012, Kigali.",
        "Mr. Lee at the pier, June 1951. (Gazette photograph.)",
        "Wheat, No. 2, per tonne: $212 (-3.5)",
        "Cotton, spot, per maund (37.32 kg): Rs 1,410 (unchanged)",
        "Gold, per ounce: USD 1,204.50 (+6.20)",
        "Pier Notes is printed on recycled paper. Information correct at 3 June 2004. "
        "Harbour Trust, 12 Quay Street, Leith EH6 6LX.",
    ],
)
def test_a_line_under_the_story_is_furniture(line: str) -> None:
    assert _covered(f"{_HEADLINE}\n\n{_BODY}\n{line}\n", line)


@pytest.mark.parametrize(
    "heading",
    [
        "MINISTRY OF WORKS — ROADS BRANCH — Circular No. 12/64",
        "MINUTES OF PROCEEDINGS — SPECIAL MEETING OF COUNCIL, TUESDAY, MAY 5TH, 1959",
        "HARBOUR BOARD — NOTICE TO MARINERS No. 31",
    ],
)
def test_a_heading_of_fields_read_as_a_dateline_is_furniture_whole(heading: str) -> None:
    assert _covered(f"{_HEADLINE}\n{heading}\n\n{_BODY}", heading)


def test_a_dateline_over_the_storys_sentence_stays_one() -> None:
    text = f"{_HEADLINE}\n\nLEITH — The council closed the old ferry pier on Monday.\n\n{_BODY}"
    spans = [text[f.start : f.end] for f in furniture(text)]
    assert spans == ["LEITH — "]


@pytest.mark.parametrize(
    "sentence",
    [
        "Porto Alegre, the state capital, voted on the 14th of June of 1966 to close the pier.",
        "From our own experience, the council said, the pier was never safe.",
        "The report is printed in full on page four, the mayor said.",
        "The bulletin was sent by the ministry to all doctors on Monday.",
        "Leaflets are delivered by volunteers to every home before the vote.",
        "The figures were correct at 3 June 2004.",
        "He said the count was correct on 3 June 2004.",
        "The budget was prepared by the clerk, who resigned on 9 October 1971.",
        "Prepared by the clerk on Monday, the plan was approved by the council on Tuesday.",
        "Newsletters sent by the union urged members to strike.",
        "See you next Wednesday, the coach told the players after the loss.",
        "Present: the council voted to close the pier on Monday.",
        "The full council may be asked to vote at its meeting on Monday.",
        "Police closed Quay Street, Leith EH6 6LX, after the fire.",
        "Results of the vote: 1. the plan passed by a large margin.",
        "The mill said: Rs 238 (+4) was too low for a bundle of yarn.",
        "Jo Lee — the editor of the magazine — resigned on Monday.",
    ],
)
def test_a_sentence_of_the_story_stays_content(sentence: str) -> None:
    assert not _covered(f"{_HEADLINE}\n\n{_BODY}\n{sentence}\n", sentence)
