"""Names of one word after "the" that English does not know and the model left
(`timeline.actors.unknown_names`): invented sentences in several outlets' shapes, the rule
alone and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.mention import ActorMention
from timeline.actors.unknown_names import unknown_names

#: A few English words, as the lemma index holds them, for the rule alone.
WORDS = frozenset(
    {"minister", "tell", "vote", "flood", "boat", "sink", "government", "fellowship", "lamb"}
    | {"bluff", "farm", "sheep", "ironman", "post", "war", "council", "hall", "say", "levy", "week"}
)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a parliamentary report: an assembly told, before a time
        (
            "The Minister told the Vardting on Tuesday that the levy would rise.",
            "Vardting",
            "organisation",
        ),
        # a wire's subject, opening the sentence
        ("The Skaldthing will vote on the bill next week.", "Skaldthing", "organisation"),
        # a regional paper's river, after a place's preposition
        ("Two boats sank in the Oruvee after the storm.", "Oruvee", "location"),
        # a possessive after it
        ("The Krestavyn's engines failed at sea.", "Krestavyn", "organisation"),
        # a hyphened name of a foreign orchestra, before a comma
        (
            "He led the Halde-Kammerorchester, which toured Japan.",
            "Halde-Kammerorchester",
            "organisation",
        ),
    ],
)
def test_a_name_after_the_that_english_does_not_know(text: str, name: str, kind: str) -> None:
    found = unknown_names(text, [], WORDS)
    assert [(m.name, m.type) for m in found] == [(name, kind)]
    assert text[found[0].start : found[0].end] == name


@pytest.mark.parametrize(
    "text",
    [
        "The Government said so.",  # an English word
        "The Fellowship opened a centre.",
        "the Ironmen drew a crowd.",  # a plural of one
        "The Post-War plan failed.",  # each piece English
        "Sheep from the Karoo farms sold well.",  # a noun it qualifies
        "The Vardting Council met.",  # a longer name runs on: the model's
        "The RTÉ crew left.",  # an acronym: the acronym rules'
        "The Kenyan said no.",  # a nationality
        "In the August heat it rained.",  # a month
        "The Varde voted. A varde is a cairn.",  # the text writes it in lower case
        "Storm Hits The Oruvee Valley Towns\nRain fell.",  # a headline's line
        "The Prefect of the Vardmark left.",  # a title's place after its "of"
        "Wool growers from the Vardmark and the Oskdal marched.",  # where people are from
    ],
)
def test_no_name(text: str) -> None:
    assert (
        unknown_names(
            text, [], WORDS | {"kenyan", "august", "rain", "prefect", "grower", "march", "wool"}
        )
        == []
    )


def test_a_mention_there_already_is_kept_as_it_is() -> None:
    text = "He told the Vardting so."
    held = ActorMention(12, 20, "Vardting", "Vardting Assembly", "organisation")
    assert unknown_names(text, [held], WORDS) == []


def test_off_without_the_lemma_index() -> None:
    assert unknown_names("He told the Vardting so.", [], frozenset()) == []


@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    for mention in unknown_names(text, [], WORDS):
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Minister, Mr Aodh Brannock, told the Dáil on Wednesday that bonds would be sold.",
            "Dáil",
        ),
        ("The Løgting is due to vote on a higher fishing levy next week.", "Løgting"),
    ],
)
def test_through_the_model(text: str, name: str) -> None:
    assert name in [m.name for m in find_actors([text])[0]]


def test_through_the_model_an_english_word_stays_out() -> None:
    text = "Mr Brannock said the Government had agreed on Tuesday to send more nurses."
    assert "Government" not in [m.name for m in find_actors([text])[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sports report: a surname opening a sentence, written inside another
        ("Brennick joined the club in 1955. The fans cheered Brennick loudly.", "Brennick"),
        # a weather bulletin's storm, before an auxiliary
        (
            "Hurricane warnings were lifted, and Velmora weakened. Velmora is moving north.",
            "Velmora",
        ),
        # a company's possessive at a line's start
        ("Shares of Tarnwick fell.\nTarnwick's board met on Monday.", "Tarnwick"),
    ],
)
def test_a_name_opening_a_sentence_the_article_writes_inside_one(text: str, name: str) -> None:
    found = unknown_names(text, [], WORDS | {"join", "club", "fan", "cheer", "share", "board"})
    assert name in [m.name for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 1981, it grew. Preparing the site took a year.",  # never inside a sentence
        "We met Orlack. Mr. Orlack left.",  # an abbreviation's stop opens nothing
        "We met Orlack. Orlack, the owner, left.",  # a comma after it: a dateline's shape
        "ORLACK, May 3 - We met Orlack there.",  # capitals: the acronym and caps rules'
    ],
)
def test_no_name_opening_a_sentence(text: str) -> None:
    found = unknown_names(text, [], WORDS | {"found", "prepare", "site", "owner"})
    assert [m for m in found if m.start == 0 or text[m.start - 2] in ".:"] == []


def test_a_storms_name_opening_a_sentence_is_no_actor() -> None:
    text = "Hurricane Velmora weakened overnight. Velmora is moving north."
    assert unknown_names(text, [], WORDS | {"hurricane", "weaken", "move"}) == []
