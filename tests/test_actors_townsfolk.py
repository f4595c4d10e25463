"""A town before the noun of a person by trade names where the person is from, no actor
(`timeline.actors.townsfolk`, stop 34); invented sentences, the rule alone, for all names,
and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.townsfolk import describes_a_townsperson

from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The court ordered a retrial for Ivo Quane, the Tarvik taxi driver convicted in 1971.",
            "Tarvik",
        ),
        ("The 31-year-old Ostby bank clerk finished a point clear.", "Ostby"),
        (
            "The candidate, Mr. Ivo Quane, a Kelso creamery manager, led on the first count.",
            "Kelso",
        ),
        ("The band rehearsed last week with two Orrin musicians.", "Orrin"),
        ("A former Varrow schoolteacher who ran the choir died on Monday.", "Varrow"),
        ("Three Brannock farmers were fined on Tuesday.", "Brannock"),
    ],
)
def test_a_town_before_a_person_by_trade_is_no_actor(text: str, name: str) -> None:
    assert describes_a_townsperson(text, *_at(text, name), "GPE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body of the town, its state's people
        ("The Tarvik council clerk said the vote was void.", "Tarvik"),
        ("A Tarvik official said the road would reopen.", "Tarvik"),
        # a body's member ("player") is the body's
        ("The Orrin player said he was fit.", "Orrin"),
        # a title right after the town ("the Tarvik mayor")
        ("The Tarvik mayor said so on Monday.", "Tarvik"),
        # the noun phrase goes on
        ("The Tarvik taxi drivers union said so.", "Tarvik"),
        # no article nor count before it
        ("Tarvik farmers protested on Monday.", "Tarvik"),
        # a country
        ("Two Kenya runners were fined on Tuesday.", "Kenya"),
    ],
)
def test_a_body_a_title_or_a_country_is_kept(text: str, name: str) -> None:
    assert not describes_a_townsperson(text, *_at(text, name), "GPE")


def test_a_name_the_model_took_for_no_place_needs_to_be_written_as_one() -> None:
    text = "The band rehearsed with two Orrin musicians."
    assert not describes_a_townsperson(text, *_at(text, "Orrin"), "ORG")
    placed = "The festival opens in Orrin on Friday. The band rehearsed with two Orrin musicians."
    start = placed.rindex("Orrin")
    assert describes_a_townsperson(placed, start, start + len("Orrin"), "ORG")


_TOWN = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
_PERSON = st.sampled_from(["taxi driver", "bank clerk", "farmer", "musicians", "dealer"])
_OPENING = st.sampled_from(["the", "a", "two", "a former", "the 40-year-old"])


@given(_TOWN, _PERSON, _OPENING)
def test_a_town_tagged_as_one_before_a_persons_trade_is_never_an_actor(
    town: str, person: str, opening: str
) -> None:
    text = f"Police said {opening} {town} {person} was fined."
    start = text.index(f" {town} ") + 1
    assert describes_a_townsperson(text, start, start + len(town), "GPE")


@given(_TOWN, _PERSON)
def test_a_name_that_acts_elsewhere_is_never_taken_for_a_town(town: str, person: str) -> None:
    text = f"{town} said on Monday that the {town} {person} was fined."
    start = text.index(f"the {town}") + 4
    assert not describes_a_townsperson(text, start, start + len(town), "ORG")


def test_the_town_is_no_actor_of_the_row() -> None:
    """End to end: the sentence keeps its person and court and loses the town."""
    text = (
        "Court news. The Supreme Court today ordered a new trial for Ivo Quane, the Tarvik "
        "taxi driver convicted in 1971 of killing a bank messenger."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Tarvik" not in names, names
