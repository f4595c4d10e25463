"""The cheap tests the not-actor rules make before they search the window before a name (stop
51, helper `speed`): on any text, wherever the window's pattern matches, the cheap test holds,
so testing it first changes no answer. Invented pieces of text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.member_letters import (
    _WORD_AND_COMMA,
    _after_comma_and_blanks,
    qualifies_a_name,
)
from timeline.actors.not_actors import _festival_names, _festival_rests, names_a_festival
from timeline.actors.origins import _FROM_BEFORE, names_where_people_are_from
from timeline.actors.prizes import _WON_BEFORE, names_a_prize_won
from timeline.actors.seats import _SEAT_BEFORE, _SEAT_TESTED, locates_an_organisation

_PIECES = st.sampled_from(
    [
        "Lumo",
        "Oy",
        "Tarvik",
        "La.",
        "Ky.",
        "T.D.",
        "SAN",
        "crew",
        "engineers",
        "22-year-olds",
        "the",
        "an",
        "boot maker",
        "based",
        "headquartered",
        "registered",
        "listed",
        "which",
        "is",
        "in",
        "and",
        "won",
        "wins",
        "winners of",
        "this year's",
        "from",
        "al-Fitr",
        "Eid",
        ",",
        ".",
        ")",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
    ]
)
_TEXT = st.lists(_PIECES, min_size=1, max_size=24).map(" ".join) | st.lists(
    _PIECES, min_size=1, max_size=24
).map("".join)


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.integers(0, 200))
def test_a_seat_before_a_name_holds_one_of_the_words_looked_for(text: str, start: int) -> None:
    start = min(start, len(text))
    window = max(0, start - 90)
    if _SEAT_BEFORE.search(text, window, start) is not None:
        assert any(word in text[window:start] for word in _SEAT_TESTED)


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.integers(0, 200))
def test_a_win_before_a_name_holds_won_or_win(text: str, at: int) -> None:
    at = min(at, len(text))
    window = max(0, at - 40)
    if _WON_BEFORE.search(text, window, at) is not None:
        before = text[window:at]
        assert "won" in before or "win" in before


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.integers(0, 200))
def test_people_from_before_a_name_hold_from(text: str, start: int) -> None:
    start = min(start, len(text))
    window = max(0, start - 120)
    if _FROM_BEFORE.search(text, window, start) is not None:
        assert "from" in text[window:start]


@settings(max_examples=800, deadline=None)
@given(_TEXT, st.integers(0, 200))
def test_a_word_and_comma_before_a_name_ends_in_a_comma_and_blanks(text: str, start: int) -> None:
    start = min(start, len(text))
    if _WORD_AND_COMMA.search(text, max(0, start - 40), start) is not None:
        assert _after_comma_and_blanks(text, start)


def test_every_feast_of_two_words_or_more_gives_its_rest() -> None:
    for name in _festival_names():
        if " " in name:
            assert name.split(" ", 1)[1] in _festival_rests()


def test_the_rules_keep_their_answers() -> None:
    text = "Lumo Oy, the boot maker based in Tampere, said"
    assert locates_an_organisation(text, 33, 40, "GPE")
    assert not locates_an_organisation("Lumo is based in Tampere.", 17, 24, "GPE")
    assert names_a_festival("kaftans for Eid al-Fitr will follow", 16, 23)
    assert not names_a_festival("kaftans for Ana al-Fitr will follow", 16, 23)
    assert qualifies_a_name("Ann Lee, T.D., met", 9, 13)
    assert qualifies_a_name("Ann Lee, \nT.D., met", 10, 14)
    assert not qualifies_a_name("Ann Lee T.D. met", 8, 12)
    assert names_a_prize_won("She won the Golden Pier at the show.", 12, 23)
    assert not names_a_prize_won("She saw the Golden Pier at the show.", 12, 23)
    assert not names_where_people_are_from("Troops from Tarnland landed.", 12, 20, "GPE")
