"""Names that measure rather than act (stop 33): sums written in a currency's letters, stages
and grades with their numerals, a market's sector alone, a ship's size class."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.measures import (
    names_a_lower_case_term,
    names_a_sector,
    names_a_stage,
    names_a_sum,
    names_a_vessel_class,
)
from timeline.wordlists import word_list

from .mentions import actor_names as _names
from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "sum_"),
    [
        ("The rand weakened to R8.14 against the dollar, dealers at Kopje Bank said.", "R8.14"),
        ("Pelangi Estates slipped 5 sen to RM4.15 on Tuesday.", "RM4.15"),
        ("Veldtkop shares traded as low as R41 before the results.", "R41"),
        ("Its profit was £C218,000 in the year, Harrow Mills said.", "C218,000"),
    ],
)
def test_a_sum_in_a_currency_s_letters_is_no_actor(text: str, sum_: str) -> None:
    assert names_a_sum(text, *_at(text, sum_))
    assert sum_ not in _names(text)


@given(
    letters=st.sampled_from(word_list("currency_letters.txt")),
    whole=st.integers(min_value=1, max_value=99_999),
    cents=st.integers(min_value=0, max_value=99),
)
def test_any_number_after_a_currency_s_letters_is_a_sum(
    letters: str, whole: int, cents: int
) -> None:
    text = f"The shares closed at {letters}{whole}.{cents:02d} on Friday."
    start = text.index(letters + str(whole))
    assert names_a_sum(text, start, start + len(f"{letters}{whole}.{cents:02d}"))


def test_a_code_of_other_letters_and_a_number_is_no_sum() -> None:
    text = "Flight KT218 to Varna left late, and the B52 crew slept."
    assert not names_a_sum(text, *_at(text, "KT218"))
    assert not names_a_sum(text, *_at(text, "B52"))


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Orvana Bio halted its drug after a Phase III study failed in May.", "Phase III"),
        ("Prices for washed Kaffa Grade 3 rose to $4.20 a pound on Monday.", "Kaffa Grade 3"),
        ("The sheriff raised the Dunmore area to Level 2 on Sunday.", "Level 2"),
    ],
)
def test_a_stage_or_grade_and_its_numeral_is_no_actor(text: str, stage: str) -> None:
    assert names_a_stage(text, *_at(text, stage))


@given(
    noun=st.sampled_from(word_list("stage_nouns.txt")),
    numeral=st.sampled_from(["1", "2b", "II", "IIIa", "IV", "B"]),
)
def test_every_stage_noun_and_numeral_is_a_stage(noun: str, numeral: str) -> None:
    name = f"{noun.capitalize()} {numeral}"
    text = f"The trial reached {name} on Monday."
    assert names_a_stage(text, *_at(text, name))


def test_a_name_with_a_number_that_is_no_stage_stays() -> None:
    text = "The Kestrel 9 rocket and Class officials met at Level Group."
    assert not names_a_stage(text, *_at(text, "Kestrel 9"))
    assert not names_a_stage(text, *_at(text, "Level Group"))


def test_a_sector_alone_is_no_actor_but_a_company_ending_in_one_stays() -> None:
    text = "Utilities were firm, and Harwick Shipping rose 2 cents."
    assert names_a_sector(text, *_at(text, "Utilities"))
    assert not names_a_sector(text, *_at(text, "Harwick Shipping"))
    assert "Utilities" not in _names(text)


def test_a_ship_s_size_class_is_no_actor_nor_a_place() -> None:
    text = "The Capesize market firmed on Thursday as Supramax rates in the Baltic fell."
    assert names_a_vessel_class(text, *_at(text, "Capesize"))
    names = _names(text)
    assert not any("Capesize" in name or "Supramax" in name for name in names)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Net interest income (NII) rose 24% in the quarter.", "NII"),
        ("Gross non-performing assets (NPAs) fell to 2.9% of loans.", "NPAs"),
        ("It counts its very large crude carriers (VLCCs) apart.", "VLCCs"),
        ("The cut lifted gross domestic product (GDP) by a point.", "GDP"),
    ],
)
def test_the_initials_of_lower_case_words_name_a_term(text: str, letters: str) -> None:
    """Stop 36: a term's short name in brackets after its words, which a body's would write
    capitalised."""
    assert names_a_lower_case_term(text, *_at(text, letters))


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("The Kelso Water Board (KWB) met.", "KWB"),  # a body's capitalised words
        ("Officials of the board (KWB) met.", "KWB"),  # letters no words before spell
        ("It told the regulator (Orrin) on Friday.", "Orrin"),  # no initials
    ],
)
def test_initials_of_a_body_or_of_no_words_before_are_kept(text: str, letters: str) -> None:
    assert not names_a_lower_case_term(text, *_at(text, letters))


@given(st.sampled_from(["bn", "m", "mn", "k"]), st.integers(1, 999))
def test_a_sum_in_a_currencys_letters_with_its_magnitude_is_no_actor(unit: str, n: int) -> None:
    text = f"The sale valued the group at about R{n}.5{unit}, dealers said."
    name = f"R{n}.5{unit}"
    assert names_a_sum(text, *_at(text, name))


def test_terms_and_sums_are_no_actors_of_the_row() -> None:
    """End to end (stop 36)."""
    text = (
        "Net interest income (NII) rose 24% to 1,186 crore, and gross non-performing assets "
        "(NPAs) fell. The listing would raise R1.6bn, valuing the group at about R5.9bn."
    )
    names = _names(text)
    assert not {"NII", "NPAs", "R1.6bn", "R5.9bn"} & set(names), names
