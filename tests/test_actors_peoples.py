"""Names the model took for a people (spaCy's NORP) that can be no people's word: a town or a
firm before a noun ("the Govan yard"), kept, where a demonym there is an adjective and names
no actor (stop 34, helper `recall4`): `timeline.actors.peoples` and
`article_names.ArticleNames._named_not_a_people`. Invented names throughout."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.aliases import AliasTable
from timeline.actors.names import canonical
from timeline.actors.peoples import DEMONYM_ENDINGS, english_word_after, names_a_people
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import countries

NOUNS = frozenset(
    {"yard", "plant", "spokesperson", "province", "field", "division", "contractor", "worker"}
    | {"european", "herder", "federation", "business", "survey"}
)


def named(text: str, word: str, raw: list[RawSpan] | None = None) -> list[tuple[str, str]]:
    """(name, type) of every mention of `word`, the model having read it as a people there."""
    start = text.index(word)
    spans = [RawSpan(start, start + len(word), word, "NORP"), *(raw or [])]
    mentions = canonical(text, spans, AliasTable(), None, NOUNS)
    return [(m.name, m.type) for m in mentions if m.text == word]


def test_a_town_or_a_firm_before_a_noun_is_kept() -> None:
    assert named("Welders at the Varrowby yard of Keltic Ships voted on Monday.", "Varrowby")
    assert named("An Ostrela spokesperson said the company would meet the union.", "Ostrela")
    assert named("Cases rose, with Tallowin province alone reporting 200.", "Tallowin")
    assert named("Boxes from Penmarro and Kaluvai were counted.", "Penmarro")


def test_a_demonym_or_an_english_word_before_a_noun_stays_an_adjective() -> None:
    assert named("Its European division lost money.", "European") == []
    assert named("The Nivaclé federation said it was not consulted.", "Nivaclé") == []
    assert named("A Dravonian herder lost his flock.", "Dravonian") == []


def test_no_thing_after_a_and_no_latin_name() -> None:
    assert named("The court fined a Marsebbi contractor over a wall.", "Marsebbi") == []
    assert named("Tests confirmed Nexilla meningitidis in six samples.", "Nexilla") == []


def test_a_name_labelled_otherwise_elsewhere_is_named_its_own_way() -> None:
    # a word of a person's name is the person's, never a group's
    text = "Fans cheered the Holt goal. Tarvo Holt scored twice."
    person = RawSpan(text.index("Tarvo"), len(text) - len(" scored twice."), "Tarvo Holt", "PERSON")
    assert {kind for _, kind in named(text, "Holt", [person])} <= {"person"}
    # a place the model found elsewhere is that place
    text = "Rain fell on the Varrowby yard. Ships left Varrowby at noon."
    place = RawSpan(text.rindex("Varrowby"), text.rindex("Varrowby") + 8, "Varrowby", "GPE")
    assert ("Varrowby", "location") in named(text, "Varrowby", [place])


@given(st.sampled_from(sorted(countries())))
def test_every_demonym_the_lists_know_names_a_people(demonym: str) -> None:
    assert names_a_people(demonym.title(), NOUNS)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8))
def test_a_word_ending_as_demonyms_end_names_a_people(stem: str) -> None:
    for ending in DEMONYM_ENDINGS:
        assert names_a_people((stem + ending).title(), NOUNS)


@given(st.text(max_size=40), st.integers(min_value=0, max_value=45))
def test_the_word_after_never_raises(text: str, end: int) -> None:
    assert english_word_after(text, end, NOUNS) in (True, False)


def test_a_name_before_a_preposition_or_a_verb_is_no_adjective() -> None:
    # stop 46, helper `dropped`: a town or a body the model read as a people, written as the
    # noun of its clause, is kept
    assert named("The painter Ilse Varro died in Marvelle in 1761, aged 70.", "Marvelle")
    assert named("Ostrelabo sent a team of four surveyors to the site.", "Ostrelabo")
    assert named("Publisher Kandor and Penmarro signed a three-game deal.", "Penmarro")
