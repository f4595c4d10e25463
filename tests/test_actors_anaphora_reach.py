"""Which organisation "the company", a head noun or "it" stands for when several are named: how far
back an anaphor reaches, what it passes over, and where it is only what is done to (no actor)."""

from __future__ import annotations

from timeline.actors.head_anaphors import head_anaphora
from timeline.actors.organisation_anaphors import organisation_anaphora

from .mentions import placer


def test_a_company_noun_passes_over_a_market_or_a_body_named_since() -> None:
    text = (
        "Tarwin Copper listed its shares on the Perth Stock Exchange in May. Last week the "
        "company said output rose. Ferrow Freight was fined by the Coastal Shipping Authority. "
        "The agency said the carrier had broken the rules."
    )
    at = placer(text)
    mentions = [
        at("Tarwin Copper", "organisation"),
        at("Perth Stock Exchange", "organisation"),
        at("Ferrow Freight", "organisation"),
        at("Coastal Shipping Authority", "organisation"),
    ]
    named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get("the company") == "Tarwin Copper"
    assert named.get("the carrier") == "Ferrow Freight"
    # a body's own noun still takes the body named last
    assert named.get("The agency") == "Coastal Shipping Authority"


def test_a_company_noun_passes_over_members_bodies_and_administrations() -> None:
    """Stop 31: a union without "Union" ("Consolidated Bakery Workers"), an association, a
    guild, a federation, an institute and an administration are no company."""
    bodies = (
        "Consolidated Bakery Workers",
        "Tarvo Hauliers' Association",
        "Cabin Crew Guild",
        "Tarvo Employers' Federation",
        "Tarvo Standards Institute",
        "Tarvo Road Safety Administration",
    )
    for body in bodies:
        text = (
            f"Pellory Ovens Ltd. recalled 900 mixers. The {body} wrote to it on Monday. "
            "Last week the company said no one was hurt."
        )
        at = placer(text)
        mentions = [at("Pellory Ovens Ltd.", "organisation"), at(body, "organisation")]
        named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
        assert named.get("the company") == "Pellory Ovens Ltd.", body


def test_a_company_noun_with_only_bodies_named_before_it_stands_for_none() -> None:
    text = "The Harbour Board met the Transport Ministry. Later the firm said it would appeal."
    at = placer(text)
    mentions = [at("Harbour Board", "organisation"), at("Transport Ministry", "organisation")]
    assert [m.text for m in organisation_anaphora(text, mentions)] == []


def test_the_port_authority_is_the_one_organisation_with_those_words_and_that_head() -> None:
    text = (
        "The Kelso Port Authority and the Kelso Water Authority met on Monday. "
        "The port authority said the berths would reopen. "
        "Later the local authority said nothing."
    )
    at = placer(text)
    mentions = [
        at("Kelso Port Authority", "organisation"),
        at("Kelso Water Authority", "organisation"),
    ]
    named = {m.text: m.name for m in head_anaphora(text, mentions)}
    assert named.get("The port authority") == "Kelso Port Authority"
    # "local" is no word of either name: no guess between the two
    assert "the local authority" not in named


def test_the_company_is_the_subject_of_the_sentence_before_not_the_one_it_bought() -> None:
    text = (
        "In March, Halvard Pumps completed its purchase of Orrin Valves, a maker of seals. "
        "The company expects sales to rise. Production of Seabrim Tools was halted. "
        "The firm said repairs would take a week."
    )
    at = placer(text)
    mentions = [
        at("Halvard Pumps", "organisation"),
        at("Orrin Valves", "organisation"),
        at("Seabrim Tools", "organisation"),
    ]
    named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get("The company") == "Halvard Pumps"
    # a name after a preposition is no subject: the firm is the one named last
    assert named.get("The firm") == "Seabrim Tools"


def test_a_passive_subject_or_a_name_in_the_anaphors_own_sentence_keeps_the_last_named() -> None:
    text = (
        "Quilla Lite was unveiled at a Marrow Labs event. Soon after, the company cut prices. "
        "Dovecote Bank sold its stake to Penwick Capital, the firm said."
    )
    at = placer(text)
    mentions = [
        at("Quilla Lite", "organisation"),
        at("Marrow Labs", "organisation"),
        at("Dovecote Bank", "organisation"),
        at("Penwick Capital", "organisation"),
    ]
    named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get("the company") == "Marrow Labs"
    assert named.get("the firm") == "Penwick Capital"


def test_a_word_before_the_noun_picks_the_organisation_whose_name_has_it() -> None:
    text = (
        "Corrib Records has sued Corrib Computer over its logo. The suit claims that the "
        "young computer company broke a 1990 deal. The state news agency reported it."
    )
    at = placer(text)
    mentions = [at("Corrib Records", "organisation"), at("Corrib Computer", "organisation")]
    named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get("the young computer company") == "Corrib Computer"
    # two words naming one the story never named: no guess
    assert "The state news agency" not in named


def test_a_line_of_trade_is_no_organisation() -> None:
    text = "Corrib Records was fined in 1990. It agreed to stay out of the film business."
    at = placer(text)
    assert organisation_anaphora(text, [at("Corrib Records", "organisation")]) == []


def test_an_inspectorate_is_an_organisation_its_head_noun_stands_for() -> None:
    text = (
        "The Food Safety Inspectorate fined Harrow Dairies in 2023. "
        "The inspectorate said last month that it was checking two other plants."
    )
    at = placer(text)
    mentions = [
        at("Food Safety Inspectorate", "organisation"),
        at("Harrow Dairies", "organisation"),
    ]
    named = {m.text: m.name for m in head_anaphora(text, mentions)}
    assert named.get("The inspectorate") == "Food Safety Inspectorate"


def test_it_after_an_anaphor_whose_verb_comes_before_a_name_is_the_anaphors() -> None:
    """ "The committee has asked the Roads Office to ...": the office is the object; the "It"
    of the next sentence goes on with the committee."""
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Brenna Pike told the Harbour Budget Committee on Monday that costs rose. "
        "The committee has asked the Roads Office to list the contracts. "
        "It will hear from the auditors next week."
    )
    at = placer(text)
    mentions = [
        at("Brenna Pike", "person"),
        at("Harbour Budget Committee", "organisation"),
        at("Roads Office", "organisation"),
    ]
    found = {m.start: m.name for m in thing_anaphora(text, mentions)}
    assert found.get(text.index("The committee")) == "Harbour Budget Committee"
    assert found.get(text.index("It will")) == "Harbour Budget Committee"


def test_the_company_far_from_the_one_organisation_named_in_reach_is_that_organisation() -> None:
    filler = "Shoppers spent heavily in the last ten days before the holiday, she said. " * 6
    text = (
        "Tarrow Stores said on Thursday that sales rose 2%. " + filler + "The company kept its "
        "forecast. Later Brill Retail and Osk Foods said sales fell. " + filler + "The company "
        "said more."
    )
    at = placer(text)
    mentions = [
        at("Tarrow Stores", "organisation"),
        at("Brill Retail", "organisation"),
        at("Osk Foods", "organisation"),
    ]
    named = {m.start: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get(text.index("The company kept")) == "Tarrow Stores"
    # two organisations named within reach: no guess between them
    assert text.rindex("The company") not in named


def test_a_lone_word_after_a_preposition_of_place_is_no_organisation_for_the_bank() -> None:
    text = (
        "Policymakers at Banco del Sur were split. Governor Ana Ruiz said in Tarapoto on "
        "Saturday that the bank had room to act."
    )
    at = placer(text)
    mentions = [
        at("Banco del Sur", "organisation"),
        at("Ana Ruiz", "person"),
        at("Tarapoto", "person"),
    ]
    named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get("the bank") == "Banco del Sur"


def test_it_after_a_phrase_of_time_set_in_front_is_the_subject_it_would_be() -> None:
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Corvell Air lost a route in March. The airline's traffic fell 11 percent. "
        "In 2007 it carried 6.2 million. Marra Foods opened a plant on Monday. "
        "Last month it raised $6 million. At 7:15 a.m. it told the regulator. "
        "In May it was expected that prices would fall."
    )
    at = placer(text)
    mentions = [at("Corvell Air", "organisation"), at("Marra Foods", "organisation")]
    found = {m.start: (m.text, m.name) for m in thing_anaphora(text, mentions)}
    # after a sentence opened by an anaphor, and after one opened by a name
    assert found.get(text.index("it carried")) == ("it", "Corvell Air")
    assert found.get(text.index("it raised")) == ("it", "Marra Foods")
    # an "it" after one that stood in the middle of its sentence, and an empty "it": no one
    assert text.index("it told") not in found
    assert text.index("it was expected") not in found


def test_it_counting_the_event_just_told_stands_for_nothing() -> None:
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Tessen Pharma recalled a cough syrup on Monday. It is the second recall by a drugmaker "
        "this month. Orvo Bank lost a case in May. It was the worst defeat since 1989. "
        "Kelda Bank grew in 2020. It is the second-largest lender in the country."
    )
    at = placer(text)
    mentions = [at(name, "organisation") for name in ("Tessen Pharma", "Orvo Bank", "Kelda Bank")]
    found = {m.start: m.name for m in thing_anaphora(text, mentions)}
    assert text.index("It is the second recall") not in found
    assert text.index("It was the worst") not in found
    # an ordinal of a compound describes the organisation
    assert found.get(text.index("It is the second-largest")) == "Kelda Bank"


def test_a_name_of_an_of_phrase_is_headed_by_its_last_organisation_word() -> None:
    """ "the port authority" is the "Port of Tarn Authority": "Port", the word before "of",
    is no organisation word, so the name's last word heads it."""
    text = (
        "Ships queued off Tarn, according to the Port of Tarn Authority. Tarn handled 9 million "
        "containers in 2023, the port authority said."
    )
    at = placer(text)
    found = head_anaphora(
        text, [at("Tarn", "location"), at("Port of Tarn Authority", "organisation")]
    )
    assert [(m.text, m.name) for m in found] == [("the port authority", "Port of Tarn Authority")]


def test_a_company_noun_after_a_preposition_is_what_is_done_to_no_actor() -> None:
    """ "a stake in the company", "after 11 years with the firm": the thing a verb is done to
    or with; but "by the company", "according to the company", a clause's subject after
    "since" and a relative clause's ("to the company, which will pay") still act."""
    text = (
        "Orlo Mining cut its forecast. The minister ruled out taking a stake in the company. "
        "Ana Lind retires after 11 years with the firm. The mine was sold by the company. "
        "Output fell, according to the company. Shares doubled since the company listed. "
        "Send them to the company, which will pay a refund."
    )
    at = placer(text)
    found = organisation_anaphora(text, [at("Orlo Mining", "organisation")])
    assert [m.text for m in found] == ["the company"] * 4
    assert {m.name for m in found} == {"Orlo Mining"}
    assert all(m.start > text.index("sold by") for m in found)


def test_a_company_a_restrictive_clause_picks_is_no_anaphor() -> None:
    """ "the company that pays least" is any company (or one the clause picks), not the one
    the story named: the opposite error of a description resolved where it must not be."""
    text = (
        'Orlo Mining cut prices on Monday. "In this trade the company that moves first wins," '
        "a broker said. Analysts said the company would gain share."
    )
    at = placer(text)
    found = organisation_anaphora(text, [at("Orlo Mining", "organisation")])
    assert [(m.start, m.name) for m in found] == [(text.index("the company would"), "Orlo Mining")]


def test_a_head_noun_after_a_preposition_is_what_is_done_to_no_actor() -> None:
    """ "presented the plan to the council on Monday", "cooperating with the board.": the
    body a verb is done to; "the council voted" acts."""
    text = (
        "The Tarn City Council met on Monday. The mayor presented the plan to the council on "
        "Monday. Later the council voted 5-2 for it."
    )
    at = placer(text)
    found = head_anaphora(text, [at("Tarn City Council", "organisation")])
    assert [(m.start, m.name) for m in found] == [
        (text.index("the council voted"), "Tarn City Council")
    ]


def test_the_object_of_an_irregular_past_is_what_is_done_to_no_actor() -> None:
    """ "told the court that ...", "sold the company in 2019": the object of an irregular past
    (`data/finite_verbs.txt`), as of one in -ed; "said the court would" is a clause's subject."""
    text = (
        "The Tarn High Court sat on Monday. Counsel told the court that the deal was void. "
        "Ana Lind said the court would rule in May."
    )
    at = placer(text)
    found = head_anaphora(text, [at("Tarn High Court", "organisation")])
    assert [(m.start, m.name) for m in found] == [
        (text.index("the court would"), "Tarn High Court")
    ]
