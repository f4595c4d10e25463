"""A statement's speaker on the rows of what it reports (`events.sharing.said_first`), when
the tagger finds no verb in what was said (stop 52, helper `referent`): "He told members the
co-operative expected to confirm the payout next September" is the speaker's row too."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.events.sharing import said_first, shared_actors
from timeline.sentences import Sentence
from timeline.syntax import Predicate

TEXT = "He told members the co-operative expected to confirm the payout next September."
CO_OP = ActorMention(20, 32, "co-operative", "Orlo Dairy Co-operative", "organisation")
TOLD = Predicate(3, 7, "tell", tense="past")


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text, 0)


def test_a_pronoun_speaker_with_one_verb_found_shares_the_rows() -> None:
    names = ["Ana Brenn", "Orlo Dairy Co-operative"]  # "He" stood for Ana Brenn
    assert said_first(TEXT, _sentence(TEXT), [TOLD], [CO_OP], names)
    shared = shared_actors(TEXT, _sentence(TEXT), [TOLD], names, [CO_OP])
    assert shared == set(names)


def test_a_named_speaker_with_one_verb_found_shares_the_rows() -> None:
    text = "Ana Brenn told members the co-operative expected a rise next September."
    brenn = ActorMention(0, 9, "Ana Brenn", "Ana Brenn", "person")
    co_op = ActorMention(27, 39, "co-operative", "Orlo Dairy Co-operative", "organisation")
    told = Predicate(10, 14, "tell", tense="past")
    assert said_first(text, _sentence(text), [told], [brenn, co_op])


def test_no_speaker_when_the_one_verb_reports_nothing() -> None:
    text = "Ana Brenn opened the plant next September."
    brenn = ActorMention(0, 9, "Ana Brenn", "Ana Brenn", "person")
    opened = Predicate(10, 16, "open", tense="past")
    assert not said_first(text, _sentence(text), [opened], [brenn])
    # a pronoun whose referent the sentence writes itself: nothing to share
    assert not said_first(TEXT, _sentence(TEXT), [TOLD], [CO_OP], ["Orlo Dairy Co-operative"])


@given(st.text(max_size=60))
def test_no_verb_no_speaker(text: str) -> None:
    assert not said_first(text, _sentence(text), [], [], ["Ana Brenn"])
