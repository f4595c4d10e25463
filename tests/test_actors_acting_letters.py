"""A body written only in capitals, never spelled out, is found where it acts
(`timeline.actors.acting_letters`, stop 34); invented sentences, the rule alone, for all its
listed things' letters, and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.acting_letters import acting_letters
from timeline.actors.mention import ActorMention
from timeline.wordlists import word_list


def _found(text: str) -> list[str]:
    return [m.text for m in acting_letters(text, [])]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("The mayor said she had asked KORVA to survey the dunes next week.", "KORVA"),
        ("Farmers' groups say TLMB plans to raise the levy in March.", "TLMB"),
        ("The club will send its appeal to the ZHFA by Friday.", "ZHFA"),
        ("The Pell Street stand was built with DERVO and the council.", "DERVO"),
        ("QAAT, which was founded in 1961, flies three turboprops.", "QAAT"),
        ("Shares in Marrow Kelp closed 2% lower on the OKSE on Monday.", "OKSE"),  # a venue
        ("DRP leader Ana Voss said the party would appeal.", "DRP"),
        ("The pilot had flown the route for years, a TQA spokesman said.", "TQA"),
        ("The rule was approved by NOPRA on Tuesday.", "NOPRA"),
        ("In a statement, VRNC said it would appeal.", "VRNC"),
        ("The BPTA approved the new fares on Monday.", "BPTA"),
    ],
)
def test_letters_acting_as_a_body_are_found(text: str, letters: str) -> None:
    assert _found(text) == [letters]


@pytest.mark.parametrize(
    "text",
    [
        "The GDP rose by 2 per cent in the quarter.",  # a thing's letters
        "The IPO raised $40 million on Tuesday.",
        "Its CEO said the plant would close.",
        "Prices in EUR fell on Monday.",  # a currency's code
        "The UK said it would send aid.",  # a country, named its own way
        "Henry VIII said so, the play goes.",  # a Roman numeral
        "Trading resumed at 9 GMT and ended at noon.",  # a time zone
        "STORM SHUTS PORT AS FERRIES WAIT",  # a shouted headline
        "WATCH NOW: KORVA said it would reopen.",  # a heading's line
        "The Quorva Board (QB) said it would appeal.",  # the name's definition
        "Lawyers for Tessel Pumps AG said it would appeal.",  # a suffix of a name
        "Turnout was 61 per cent, Elections KRV said.",  # a word of a longer name
        "Help was requested from EU partners.",  # letters describing a noun
        "Users were exempted from the FCA for July.",  # "from" leaves a thing as often
        "The talks went on the TV news at six.",  # "on the" without shares
        "Exports of the KPR range rose.",  # no head's noun after it
        "Shares rose to HK$7.12 on Monday.",  # a currency's sign
        "Turn to HARBOUR, Page 6.",  # a pointer to a page
    ],
)
def test_letters_that_are_no_acting_body_are_left(text: str) -> None:
    assert _found(text) == []


def test_letters_the_model_tagged_are_left_to_it() -> None:
    text = "Farmers' groups say TLMB plans to raise the levy."
    start = text.index("TLMB")
    tagged = ActorMention(start, start + 4, "TLMB", "Tarn Land Marketing Board", "organisation")
    assert acting_letters(text, [tagged]) == []


@given(
    st.sampled_from(word_list("thing_letters.txt")),
    st.sampled_from(["{} said", "The {} rose", "asked the {} to", "by {} on Monday", "{} plans"]),
)
def test_no_listed_things_letters_is_ever_a_body(letters: str, frame: str) -> None:
    text = "On Monday " + frame.format(letters) + " that."
    assert _found(text) == []


@given(st.sampled_from(word_list("currency_codes.txt")))
def test_no_currency_code_is_ever_a_body(code: str) -> None:
    assert _found(f"Later {code} fell against the dollar.") == []


def test_the_body_is_an_actor_of_the_row() -> None:
    """End to end: the sentence's body in capitals is an actor."""
    text = "Town notes. The mayor said she had asked KORVA to survey the dunes before the storm."
    names = {mention.name for mention in find_actors([text])[0]}
    assert "KORVA" in names, names


def _by_reading_each_line(text: str) -> list[tuple[int, str]]:
    """`acting_letters` as it was before stop 34's end: each word's line read again."""
    from timeline.actors.acting_letters import (
        _CAPITALS,
        _LETTERS,
        _WORD,
        _acts,
        _in_a_name,
        _no_body,
    )

    found = []
    for match in _LETTERS.finditer(text):
        start, end = match.span()
        if _no_body(match.group()) or text[start - 1 : start] == "(":
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        words = _WORD.findall(line)
        capitals = sum(1 for word in words if _CAPITALS.fullmatch(word))
        around = (
            text[max(line_start, start - 20) : start].split()[-1:]
            + text[end : end + 20].split()[:1]
        )
        shouted = (
            2 * capitals >= len(words)
            or any(_CAPITALS.match(word) for word in around)
            or line.rstrip().endswith(":")
        )
        if not shouted and not _in_a_name(text, start, end) and _acts(text, start, end):
            found.append((start, match.group()))
    return found


_PIECES = [
    "ORVA said so.",
    "The board asked TNPA to help.",
    "PORT SHUT AS STORM HITS",
    "WATCH NOW:",
    "The GDP rose.",
    "Fares rose.",
    " ",
    "\n",
    "BIG NEWS",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_each_line_read_once_finds_what_reading_each_words_line_found(
    pieces: list[str],
) -> None:
    """Lines read once per text find the letters each word's own reading of its line found
    (stop 34: a text of one long line is no longer read once per word in capitals)."""
    text = " ".join(pieces)
    got = [(m.start, m.text) for m in acting_letters(text, [])]
    assert got == _by_reading_each_line(text)
