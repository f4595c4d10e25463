"""The words before a noun, one definition (`timeline.determiners`, stop 36): each piece reads
exactly the words of its classes in the case forms it allows; and rules that read "its" read
"our", "my" and "your" too (invented sentences, through the real components)."""

from __future__ import annotations

import re
from datetime import date
from functools import reduce

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.craft import craft_names
from timeline.determiners import (
    ARTICLES,
    DEMONSTRATIVES,
    POSSESSIVES,
    THE,
    THIS_OR_THAT,
    Case,
    Determiner,
    determiner_words,
    determiners,
)
from timeline.temporal import tag

from .events.helpers import news_events

_CLASSES = [
    Determiner.DEFINITE,
    Determiner.INDEFINITE,
    Determiner.POSSESSIVE,
    Determiner.SINGULAR_DEMONSTRATIVE,
    Determiner.PLURAL_DEMONSTRATIVE,
]
_ALL_WORDS = determiner_words(reduce(lambda a, b: a | b, _CLASSES))
_CASES: list[Case] = ["lower", "capitalised", "any"]


def _allowed(written: str, word: str, case: Case) -> bool:
    """Whether a piece in `case` reads `written` as `word`."""
    if case == "any":
        return written.casefold() == word
    if case == "capitalised":
        return written in (word, word[0].upper() + word[1:])
    return written == word


def _forms(word: str) -> st.SearchStrategy[str]:
    """`word` in any case form: lower, capitalised, capitals, or each letter either way."""
    return st.one_of(
        st.sampled_from([word, word.capitalize(), word.upper()]),
        st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
            lambda upper: "".join(c.upper() if u else c for c, u in zip(word, upper, strict=True))
        ),
    )


@given(
    classes=st.lists(st.sampled_from(_CLASSES), min_size=1, max_size=5, unique=True),
    case=st.sampled_from(_CASES),
    written=st.one_of(
        st.sampled_from(_ALL_WORDS).flatmap(_forms),
        st.from_regex(r"[A-Za-z']{1,7}", fullmatch=True),
        st.sampled_from(_ALL_WORDS).map(lambda w: w + "s"),  # "hers", "theirs", "ans"
    ),
)
def test_a_piece_reads_exactly_its_words_in_its_case_forms(
    classes: list[Determiner], case: Case, written: str
) -> None:
    words = determiner_words(reduce(lambda a, b: a | b, classes))
    piece = determiners(*classes, case=case)
    expected = any(_allowed(written, word, case) for word in words)
    assert (re.fullmatch(piece, written) is not None) == expected


def test_the_classes_hold_their_words() -> None:
    assert set(determiner_words(Determiner.POSSESSIVE)) == {
        "its", "their", "his", "her", "our", "my", "your",
    }  # fmt: skip
    assert set(determiner_words(Determiner.ARTICLE)) == {"the", "a", "an"}
    assert set(determiner_words(Determiner.DEMONSTRATIVE)) == {"this", "that", "these", "those"}
    for piece, words in [
        (THE, {"the"}),
        (ARTICLES, {"the", "a", "an"}),
        (POSSESSIVES, set(determiner_words(Determiner.POSSESSIVE))),
        (THIS_OR_THAT, {"this", "that"}),
        (DEMONSTRATIVES, {"this", "that", "these", "those"}),
    ]:
        assert {w for w in _ALL_WORDS if re.fullmatch(piece, w)} == words


def test_a_piece_in_a_rule_reads_a_whole_word_only() -> None:
    rule = re.compile(rf"\b(?:{ARTICLES}|{POSSESSIVES})\s+report\b")
    assert rule.search("in an report") and rule.search("in my report")
    assert not rule.search("in army report") and not rule.search("in hers report")


# Rules that read "its" (and at times "their") read every possessive now.


def test_an_apposition_after_a_craft_s_name_reads_our() -> None:
    text = "Wadjet-1, our Earth observation microsatellite, was launched in March."
    start = text.index("Wadjet-1")
    assert (start, start + len("Wadjet-1")) in craft_names(text)


@pytest.mark.parametrize("owner", ["its", "your", "my"])
def test_a_holiday_describing_a_thing_after_any_possessive_is_the_thing_s(owner: str) -> None:
    """The thing's tense is its, not the clause's: the concert still to come this year."""
    found = tag(f"The mayor said {owner} Christmas concert was sold out.", date(2024, 12, 2))
    assert [(t.text, t.value) for t in found] == [("Christmas", "2024-12-25")]


@pytest.mark.parametrize("owner", ["its", "my", "your"])
def test_a_clock_describing_a_report_after_any_possessive_is_the_news_day_s(owner: str) -> None:
    text = f"A fire broke out on Saturday. Ana Roe said in {owner} 8 a.m. report that it spread."
    found = tag(text, date(2024, 6, 3))
    assert ("8 a.m.", "2024-06-03T08:00") in [(t.text, t.value) for t in found]


@pytest.mark.parametrize("owner", ["its", "our", "her"])
def test_an_elliptical_clause_after_and_any_possessive_keeps_its_own_date(owner: str) -> None:
    events = news_events(
        f"Harlow Fisheries opened a plant in Ostby in 2021, and {owner} second in the autumn "
        "of 2023.",
        date(2024, 5, 2),
    )
    assert "the autumn of 2023" in [e.date_text for e in events]


@pytest.mark.parametrize("owner", ["its", "our", "my"])
def test_a_split_year_after_any_possessive_labels_a_thing(owner: str) -> None:
    events = news_events(
        f"Ana Roe wrote {owner} 2023/24 season review for the Kelso Herald.", date(2024, 6, 2)
    )
    assert [e.date_text for e in events] == [""]  # the news day's, no date of its own


@pytest.mark.parametrize("owner", ["its", "our", "your"])
def test_until_any_possessive_s_dated_meeting_names_no_date_of_the_clause(owner: str) -> None:
    events = news_events(
        f"The vote was postponed until {owner} July 10 meeting, Ana Roe said.", date(2024, 5, 2)
    )
    assert "July 10" not in [e.date_text for e in events]


@pytest.mark.parametrize("owner", ["its", "our", "my"])
def test_any_possessive_s_quarter_ended_on_a_day_is_that_quarter(owner: str) -> None:
    events = news_events(
        f"Kessel Bank said profit rose 4% in {owner} first quarter, which ended on March 31.",
        date(2024, 5, 2),
    )
    rows = [(e.date_start, e.date_end) for e in events if e.anchor == "explicit"]
    assert rows == [(date(2024, 1, 1), date(2024, 3, 31))]
