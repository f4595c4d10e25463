"""A place a person's title governs is no actor (`timeline.actors.title_places`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.mention import ActorMention
from timeline.actors.title_places import outside_place_titles
from timeline.wordlists import word_list


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The assemblyman for Orvale, Datuk Amran Lisun, met farmers on Friday.", "Orvale"),
        ("The akim of Tersk Region, Nurlan Abenov, visited the mill.", "Tersk Region"),
        ("The public prosecutor of Vallena, Dr. Marco Pinti, opened an inquiry.", "Vallena"),
        ("Ana Ruiz, the mayor of Lyrre, said the bridge would reopen.", "Lyrre"),
        # stop 41: a voivode's, a constable's, a bishop's, a deputy's place (helper extras2)
        ("The voivode of Kalisz, Jan Nowak, appealed on television last night.", "Kalisz"),
        ("The Constable of St. Aubin, Mr. Peter Le Roux, said polling was brisk.", "St. Aubin"),
        ("The Rt Rev. Dr. John Hale, Bishop of Kilmore, will bless the hall.", "Kilmore"),
        ("Mr. Tom Renouf, the retiring Deputy for St. Ouen, told electors so.", "St. Ouen"),
    ],
)
def test_the_place_of_a_places_office_is_a_word_of_the_title(text: str, place: str) -> None:
    assert place not in _names(text), _names(text)


def test_an_organisation_after_a_title_stays() -> None:
    names = _names("Jo Kim, the prosecutor of the Tarsk Criminal Court, resigned on Monday.")
    assert "Tarsk Criminal Court" in names, names


def _last(text: str, name: str, kind: str) -> ActorMention:
    """The mention of the last writing of `name` in `text`."""
    start = text.rindex(name)
    return ActorMention(start, start + len(name), name, name, kind)


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "Floods cut roads in Orvale. Orvale Governor Ana Ruiz ordered the schools shut.",
            "Orvale",
            "organisation",
        ),
        ("Tersk was quiet on Sunday. Tersk MP Jo Kim wrote to the minister.", "Tersk", "person"),
        (
            "Rain fell on Vallena. Vallena mayor Mr. Ed Li said the bridge held.",
            "Vallena",
            "person",
        ),
    ],
)
def test_a_place_the_model_took_for_a_body_before_its_officer_is_a_word_of_the_title(
    text: str, place: str, kind: str
) -> None:
    """Stop 39 (`actors10x`): a place the model found as one elsewhere, before a place's
    title and its holder's name, whatever the model took it for there."""
    first = text.index(place)
    found = ActorMention(first, first + len(place), place, place, "location")
    assert outside_place_titles(text, [found, _last(text, place, kind)]) == [found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body the model never found as a place: its governor acts for it
        (
            "The Harwell board met. Harwell Governor Jo Kim said on Monday that rates rose.",
            "Harwell",
        ),
        # a body's name with an organisation's word
        ("Floods hit Orvale. Orvale Bank Governor Jo Kim said rates rose.", "Orvale Bank"),
        # no holder's name after the title
        ("Floods hit Orvale. Orvale governor races are close.", "Orvale"),
    ],
)
def test_a_body_before_a_governor_or_a_place_without_its_officer_stays(
    text: str, name: str
) -> None:
    mention = _last(text, name, "organisation")
    at = text.find("Orvale")
    found = [ActorMention(at, at + 6, "Orvale", "Orvale", "location")] if at >= 0 else []
    assert outside_place_titles(text, [*found, mention]) == [*found, mention]


@given(st.sampled_from(word_list("place_titles.txt")))
def test_every_places_title_before_a_holder_takes_the_place_in(title: str) -> None:
    text = f"Storms reached Orvale. Orvale {title.title()} Ana Ruiz said so."
    found = ActorMention(15, 21, "Orvale", "Orvale", "location")
    assert outside_place_titles(text, [found, _last(text, "Orvale", "organisation")]) == [found]


def test_the_governor_of_a_place_loses_the_place_end_to_end() -> None:
    text = (
        "Heavy rain flooded low-lying parts of Orvale on Saturday. Orvale Governor Ana Ruiz on "
        "Sunday night ordered all schools in the province closed until Thursday."
    )
    before_title = text.index(" Governor") - len("Orvale")
    mentions = find_actors([text])[0]
    assert not [m for m in mentions if m.start == before_title], mentions
    assert "Ana Ruiz" in {m.name for m in mentions}
