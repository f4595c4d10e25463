"""Actors a sentence does not name (stop 47, helper `referents`): a company's noun far from
any name stands for the one company the story named; a bare false title ("Supermarket chain
Orlo") describes the name after it, so "the chain" stands for it; a central bank is a body,
which "the firm" passes over. Invented names and sentences only."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.anaphora import thing_anaphora
from timeline.actors.bare_descriptors import bare_noun_before
from timeline.actors.described import described_anaphora
from timeline.actors.organisation_anaphors import organisation_anaphora, sole_of_kind
from timeline.actors.referent_kinds import is_body

from .mentions import placer

#: Filler that puts the next sentence beyond the reach of a name (`TOPIC_REACH`).
_FAR = " ".join(["Orders for grinders held up well through the long winter months."] * 22)


def test_a_company_noun_far_from_names_is_the_one_company_named() -> None:
    """ "Varnholt Presswerk cut hours. ... the union said. ... [far] The Kelby-based company
    expects ...": a union named since is no company; the one company of the story is."""
    text = (
        "Varnholt Presswerk agreed on Tuesday to cut hours for 900 workers. "
        "The deal was signed by the Tarn Metal Union, the union said. "
        + _FAR
        + " The Kelby-based company expects sales to fall by a fifth."
    )
    at = placer(text)
    mentions = [
        at("Varnholt Presswerk", "organisation"),
        at("Tarn Metal Union", "organisation"),
    ]
    found = organisation_anaphora(text, mentions)
    named = {text[m.start : m.end]: m.name for m in found}
    assert named["The Kelby-based company"] == "Varnholt Presswerk"


def test_two_companies_named_give_a_far_noun_no_referent() -> None:
    """Two companies named long before: "the company" says not which (no guess)."""
    text = (
        "Varnholt Presswerk sold its foundry to Orlo Castings in March. "
        + _FAR
        + " The company expects sales to fall by a fifth."
    )
    at = placer(text)
    mentions = [at("Varnholt Presswerk", "organisation"), at("Orlo Castings", "organisation")]
    found = organisation_anaphora(text, mentions)
    assert not [m for m in found if m.text == "The company"]


def test_an_object_noun_far_from_names_takes_no_referent() -> None:
    """ "... would require the company to" far from any name: an object, no actor."""
    text = "Varnholt Presswerk cut hours. " + _FAR + " A new law would require the company to pay."
    at = placer(text)
    found = organisation_anaphora(text, [at("Varnholt Presswerk", "organisation")])
    assert not [m for m in found if m.text == "the company"]


@given(st.sampled_from(["company", "firm", "carmaker"]), st.integers(min_value=1, max_value=4))
def test_sole_of_kind_is_the_last_mention_of_the_one_company(noun: str, times: int) -> None:
    mentions = [
        ActorMention(at * 100, at * 100 + 4, "Orlo", "Orlo Ltd", "organisation")
        for at in range(times)
    ]
    union = ActorMention(900, 909, "Tex Union", "Tex Union", "organisation")
    found = sole_of_kind(noun, [*mentions, union])
    assert found is not None and found.start == mentions[-1].start


def test_a_bare_false_title_describes_the_name_after_it() -> None:
    """ "São Paulo independent label Vell Discos filed ... The label had hoped": the label is
    Vell Discos, whose noun no article introduced."""
    text = (
        "São Paulo independent label Vell Discos filed for court protection on Monday. "
        "Its catalogue holds 4,000 recordings. The label had hoped for better sales."
    )
    at = placer(text)
    found = described_anaphora(
        text, [at("São Paulo", "location"), at("Vell Discos", "organisation")]
    )
    assert [(m.text, m.name) for m in found] == [("The label", "Vell Discos")]


def _noun_before(text: str, name: str) -> str | None:
    return bare_noun_before(text, text.index(name))


def test_the_noun_of_a_bare_title_after_a_preposition_or_an_opening() -> None:
    assert _noun_before("Ana Roe, director of fruit importer Sun Kee Trading", "Sun") == "importer"
    assert _noun_before("Pharmacy chain MediKor will open", "MediKor") == "chain"
    assert _noun_before("Kelby-based software maker Orlo said", "Orlo") == "maker"


def test_no_bare_title_after_a_verb_an_article_or_a_relative() -> None:
    assert _noun_before("Health Tarn recalled Orlo strollers", "Orlo") is None
    assert _noun_before("the statistics agency Dane said", "Dane") is None  # noun_before's
    assert _noun_before("a deal in which rival Orlo joined", "Orlo") is None
    assert _noun_before("Kelby shops Orlo and Vell", "Orlo") is None  # a plural


@given(st.sampled_from(["Central Bank of Tarn", "Reserve Bank of Kelby", "Tarn Central Bank"]))
def test_a_central_bank_is_a_body(name: str) -> None:
    assert is_body(ActorMention(0, len(name), name, name, "organisation"))


def test_the_firm_passes_over_a_central_bank_named_since() -> None:
    """ "Orlo Pay raised $4m. ... The Central Bank of Tarn published rules. ... He said the
    firm expected": Orlo Pay, not the central bank named last."""
    text = (
        "Orlo Pay raised $4 million on Tuesday. "
        "The Central Bank of Tarn last month published draft rules for payment companies. "
        "He said the firm expected payments to peak in May."
    )
    at = placer(text)
    mentions = [at("Orlo Pay", "organisation"), at("Central Bank of Tarn", "organisation")]
    found = organisation_anaphora(text, mentions)
    assert [(m.text, m.name) for m in found] == [("the firm", "Orlo Pay")]


def test_the_buyer_not_the_company_bought_when_a_sentence_stands_between() -> None:
    """ "Tarvik Games agreed to buy studio Orlo Reels. The deal closes in June. Its chief said
    the company ...": the buyer, the subject of the sentence naming Orlo Reels last."""
    text = (
        "Tarvik Games agreed last week to buy Kelby game studio Orlo Reels for $38 million. "
        "The deal is expected to close by the end of June. "
        "Chief executive Ana Roe said the company wants to make its own games."
    )
    at = placer(text)
    mentions = [
        at("Tarvik Games", "organisation"),
        at("Kelby", "location"),
        at("Orlo Reels", "organisation"),
        at("Ana Roe", "person"),
    ]
    found = organisation_anaphora(text, mentions)
    assert [(m.text, m.name) for m in found] == [("the company", "Tarvik Games")]


def test_a_company_named_in_the_anaphors_own_sentence_stays() -> None:
    """ "Tarvik Games sold Orlo Reels to Vell, the company said": its own sentence's last."""
    text = "Tarvik Games cut jobs. Tarvik Games sold its studio to Vell Media, the company said."
    at = placer(text)
    mentions = [
        at("Tarvik Games", "organisation"),
        at("Tarvik Games", "organisation", 1),
        at("Vell Media", "organisation"),
    ]
    found = organisation_anaphora(text, mentions)
    assert [m.name for m in found] == ["Vell Media"]


def test_a_company_noun_makes_a_one_word_person_an_organisation_for_it() -> None:
    """ "Hanvel will hold its meeting. The company opened a store. It plans ten more":
    "Hanvel" the model took for a person; "The company" says it is one, and "It" goes on."""
    text = (
        "Tarn Securities keeps its rating. Hanvel will hold its annual meeting on 22 March. "
        "The company opened its first store in Hanoi in December. "
        "It plans ten more by the end of next year."
    )
    at = placer(text)
    mentions = [
        at("Tarn Securities", "organisation"),
        at("Hanvel", "person"),
        at("Hanoi", "location"),
    ]
    found = thing_anaphora(text, mentions)
    assert [(m.text, m.name, m.type) for m in found if m.name == "Hanvel"] == [
        ("The company", "Hanvel", "organisation"),
        ("It", "Hanvel", "organisation"),
    ]


def test_a_reported_clauses_company_noun_far_from_names_takes_no_lone_company() -> None:
    """ "... He said that the company had dropped its demand": a reported clause's subject,
    which the golds part on, is left to the nearer rules."""
    text = "Varnholt Presswerk cut hours. " + _FAR + " He said that the company had dropped it."
    at = placer(text)
    found = organisation_anaphora(text, [at("Varnholt Presswerk", "organisation")])
    assert not [m for m in found if m.text == "the company"]


def test_no_bare_title_from_an_infinitive_or_a_gerund() -> None:
    """ "resolved to grant Orlo Rovers a lease ... the grant would be lost", "pleaded guilty
    to killing Ana Roe ... The killing was one of 31": verbs, no nouns describing the name."""
    assert _noun_before("The council resolved to grant Orlo Rovers a lease.", "Orlo") is None
    assert _noun_before("He pleaded guilty to killing Ana Roe in May.", "Ana") is None
    assert _noun_before("Kelby sold its stake to investment firm Orlo.", "Orlo") == "firm"
