"""Letters a story writes only before a thing's noun are no actor
(`timeline.actors.letters_of_things`, stop 43); invented stories, the rule alone, its examples,
and through the real model."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.letters_of_things
from timeline.actors import find_actors
from timeline.actors.letters_of_things import without_letters_of_things
from timeline.actors.mention import ActorMention


def _kept(text: str, letters: str, kind: str = "organisation", name: str = "") -> bool:
    start = text.index(letters)
    mention = ActorMention(start, start + len(letters), letters, name or letters, kind)
    return bool(without_letters_of_things(text, [mention]))


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Free KVR clinics open on Saturday. The KVR rate fell to 88%.", "KVR"),
        ("Enrolment doubled after the free JHS policy began.", "JHS"),
        ("Seismicity rose and RSQ values passed 1,800 units.", "RSQ"),
        ("The board cleared the film with a P/G certificate.", "P/G"),
        ("The ministry set the terms of the OFZ conversion.", "OFZ"),
    ],
)
def test_letters_only_before_a_things_noun_are_no_actor(text: str, letters: str) -> None:
    assert not _kept(text, letters)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("The KVR plan was approved, KVR said.", "KVR"),  # acting elsewhere in the story
        ("The Kestrel Valley Railway (KVR) set new KVR fares.", "KVR"),  # defined in brackets
        ("KVR officials said the KVR plan would cost more.", "KVR"),  # the body's people
        ("An KVR spokesman said the KVR plan was dead.", "KVR"),  # a person of it
        ("The KVR board met; KVR shares rose.", "KVR"),  # its organ, its shares
        ("The benchmark KVX index rose 1%.", "KVX"),  # an index is an actor
        ("It sold KVR bonds.", "KVR"),  # a market's word
    ],
)
def test_letters_of_a_body_stay(text: str, letters: str) -> None:
    assert _kept(text, letters)


def test_a_short_form_of_a_spelled_name_or_a_place_stays() -> None:
    text = "Free KVR clinics open on Saturday."
    assert _kept(text, "KVR", name="Kestrel Valley Railway")
    assert _kept(text, "KVR", kind="location")
    assert _kept("Free Kvr clinics open.", "Kvr")  # not letters


def test_the_examples_run() -> None:
    results = doctest.testmod(timeline.actors.letters_of_things)
    assert results.attempted > 0
    assert results.failed == 0


@given(st.text(max_size=80), st.sampled_from(["KVR", "P/G", "AB", "X1"]))
def test_never_raises(text: str, letters: str) -> None:
    story = f"{text} {letters}"
    start = len(text) + 1
    mention = ActorMention(start, start + len(letters), letters, letters, "organisation")
    assert len(without_letters_of_things(story, [mention])) in (0, 1)


def test_the_letters_are_no_actor_of_the_row() -> None:
    """End to end: the sentence keeps its board and loses the letters."""
    text = (
        "Health notes. The Varrow Health Board will run free KVR clinics at Ostby Hall on "
        "Saturday, and KVR kits will be posted."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "KVR" not in names, names
