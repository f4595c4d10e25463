""" "It", "the store", "The new iPhone": words that point back to a thing just named."""

from __future__ import annotations

from dataclasses import replace

from timeline.actors import ActorMention, find_actors
from timeline.actors.head_anaphors import head_anaphora
from timeline.actors.organisation_anaphors import organisation_anaphora

from .mentions import placer


def test_it_and_the_store_refer_to_the_thing_just_named() -> None:
    text = (
        "The Amazon Kindle Store opened on Monday. It sells e-books for 99 cents. "
        "It is expected that prices will fall. The store was renamed last year."
    )
    mentions = find_actors([text])[0]
    named = {m.text: m.name for m in mentions}
    assert named.get("It") == "Amazon Kindle Store"
    assert named.get("The store") == "Amazon Kindle Store"
    # the empty "it" of "It is expected that" refers to nothing
    second = text.index("It is expected")
    assert all(m.start != second for m in mentions)


def test_the_phone_and_the_new_iphone_are_the_model_just_named() -> None:
    text = (
        "Steve Jobs unveiled iPhone 4 on Monday. It connects with other iPhone 4s via Wi-Fi. "
        'He said, " Stop me if you have seen this. " The new iPhone was praised by Jobs. '
        "The phone has two cameras. The original iPhone was slower."
    )
    named = {(m.text, m.name) for m in find_actors([text])[0] if m.type == "product"}
    assert ("iPhone 4s", "iPhone 4") in named
    assert any(surface.endswith("iPhone") and name == "iPhone 4" for surface, name in named)
    assert ("The phone", "iPhone 4") in named
    original = text.index("The original iPhone")
    assert all(m.name != "iPhone 4" for m in find_actors([text])[0] if m.start >= original)


def test_the_company_and_the_automaker_are_the_organisation_just_named() -> None:
    text = (
        "Nordwerk Motors will close two plants, it said on Monday. In a court filing, the "
        "automaker said its dealers were too many. Shares in the company fell 4%. "
        "Investors cheered the bank, Lindqvist Capital, which bought the plants."
    )
    mentions = find_actors([text])[0]
    named = {m.text: m.name for m in mentions}
    assert named.get("the automaker") == "Nordwerk Motors"
    assert named.get("the company") == "Nordwerk Motors"
    # "the bank, Lindqvist Capital": the name that follows says which; no guess from before
    assert "the bank" not in named


def test_no_organisation_anaphor_without_an_organisation_before_it() -> None:
    text = "The company said sales rose. Maria Lopez, its chief, was pleased."
    assert all(m.text != "The company" for m in find_actors([text])[0])


def test_the_agency_and_a_based_carrier_are_the_organisation_just_named() -> None:
    """ "the agency", "the carrier" are kinds of organisation like "the company"; a place
    joined by "-based" says where it is, not which of several ("the Denver-based carrier")."""
    text = (
        "Skyline Air said on Monday it would cut 300 jobs. The Denver-based carrier cut its "
        "forecast last week. The Space Safety Administration cleared the lander. The agency "
        "flew a capsule in 2022."
    )
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert named.get("The Denver-based carrier") == "Skyline Air"
    assert named.get("The agency") == "Space Safety Administration"


def test_a_possessive_opening_a_sentence_is_the_organisation_whose_thing_it_tells_of() -> None:
    from timeline.actors.anaphora import thing_anaphora

    def company(text: str, name: str) -> ActorMention:
        start = text.index(name)
        return ActorMention(start, start + len(name), name, name, "organisation")

    # "Its" before a thing of the organisation: the thing is the subject, no actor (stop 32)
    for opening in ("Its shares fell 6% on Monday.", "Its night ferry will not sail on Friday."):
        text = f"Brightwater Freight was founded in 1971. {opening}"
        assert thing_anaphora(text, [company(text, "Brightwater Freight")]) == [], opening
    # but the organisation still stands for an "It" after it
    text = "Brightwater Freight was founded in 1971. Its shares fell. It cut 90 jobs."
    found = thing_anaphora(text, [company(text, "Brightwater Freight")])
    assert [(m.text, m.name) for m in found] == [("It", "Brightwater Freight")]
    # a person of it after "Its" speaks for it
    text = "Brightwater Freight cut jobs. Its chief executive Lena Moss said the company grew."
    found = thing_anaphora(text, [company(text, "Brightwater Freight")])
    assert ("Its", "Brightwater Freight") in [(m.text, m.name) for m in found]
    text = "Analysts praised Brightwater Freight on Monday. The company's shares rose 2%."
    found = thing_anaphora(text, [company(text, "Brightwater Freight")])
    assert [(m.text, m.name) for m in found] == [("The company's", "Brightwater Freight")]
    text = "The Coastal Nurses Union met on Friday. The union's contract ends in May."
    found = thing_anaphora(text, [company(text, "Coastal Nurses Union")])
    assert [(m.text, m.name) for m in found] == [("The union's", "Coastal Nurses Union")]
    # a title after the possessive: the person's, not the organisation's
    text = "Brightwater Freight cut jobs. The company's chief executive resigned on Friday."
    assert thing_anaphora(text, [company(text, "Brightwater Freight")]) == []
    # "Its" before a noun set off by a name: the one so named acts, not the organisation
    for opening in (
        "Its chief executive, Lena Moss, resigned on Friday.",
        "Its founder, Oriel Banks, began trading in 1981.",
        "Its predecessor, Kite-1, was launched in 2019.",
        "Its largest shareholder, Tarsk's Vella Capital, sold none of its stake.",
    ):
        text = f"Brightwater Freight cut jobs. {opening}"
        assert thing_anaphora(text, [company(text, "Brightwater Freight")]) == [], opening
    # so is a noun set off by a description: the organisation's thing, no actor
    text = "Brightwater Freight cut jobs. Its latest outlook, published on Friday, is bleak."
    assert thing_anaphora(text, [company(text, "Brightwater Freight")]) == []
    # inside a sentence, a possessive stays a description
    text = "Brightwater Freight cut jobs. Analysts said the company's shares were cheap."
    assert thing_anaphora(text, [company(text, "Brightwater Freight")]) == []
    # "Its" before the organisation's people: they act, not the organisation
    text = "Brightwater Freight cut jobs. Its dockers will be paid until May."
    assert thing_anaphora(text, [company(text, "Brightwater Freight")]) == []
    text = "Brightwater Freight cut jobs. Its staff in Leeds will be paid until May."
    assert thing_anaphora(text, [company(text, "Brightwater Freight")]) == []
    # the organisation's people after the possessive act, not the organisation
    for people in ("directors", "works council", "acting director", "staff"):
        text = f"Brightwater Freight cut jobs. The company's {people} met on Friday."
        assert thing_anaphora(text, [company(text, "Brightwater Freight")]) == [], people


HEADS = (
    "The Holm Museum of World Cultures will return a carved canoe prow on Saturday.\n\n"
    "The prow was collected in 1894 by a missionary and sold to a dealer in Hamburg two "
    "decades later. After passing through several private collections it was bought at "
    "auction in 1928 by a shipping magnate, whose heirs gave it away after his death in a "
    "long dispute over the estate that went on for years and reached three courts in two "
    "countries. The museum first put it on view in 1931.\n\n"
    "Researchers at the Kaveri Research Centre in Mysuru traced its history. The Orbeta "
    "Trust paid for the work, said the centre, which was founded in 1987.\n\n"
    "The Queensland Government has offered to pay for the transport. A spokesman said the "
    "Government would also fund a new display."
)


def test_the_head_noun_of_one_organisations_name_after_the_is_that_organisation() -> None:
    mentions = find_actors([HEADS])[0]
    named = {(m.text, m.name) for m in mentions if m.type == "organisation"}
    assert ("museum", "Holm Museum of World Cultures") in {
        (text.split()[-1], name) for text, name in named
    }  # further back than the organisation named last
    assert ("the centre", "Kaveri Research Centre") in named  # inside a sentence
    government = HEADS.rindex("Government")
    assert {m.name for m in mentions if m.start <= government < m.end} == {"Queensland Government"}


def test_a_head_noun_two_organisations_share_or_a_described_one_is_no_anaphor() -> None:
    text = (
        "The Holm Museum of Art and the Vesey Museum of Science agreed a loan on Monday. "
        "A spokesman said the museum would lend six works. A new museum will open in 2026."
    )
    mentions = find_actors([text])[0]
    assert all(not m.text.casefold().endswith("museum") for m in mentions)


def test_a_teams_nickname_written_once_after_its_name_is_that_team() -> None:
    text = (
        "Calder State beat Ridgeway on Saturday to reach the conference final.\n\n"
        "The Calder State Kestrels trailed at half-time but scored three times after the "
        "break.\n\nThe Kestrels will play Brookfield in the final on Saturday, Nov. 18."
    )
    mentions = find_actors([text])[0]
    kestrels = text.rindex("Kestrels")
    assert {m.name for m in mentions if m.start <= kestrels < m.end} == {"Calder State"}


def test_a_group_after_a_name_is_no_nickname() -> None:
    text = "The Senate Democrats blocked the bill on Monday. The Democrats said it was unfair."
    mentions = find_actors([text])[0]
    assert all(m.name != "Senate" for m in mentions if m.start > 20)


def test_the_company_keeps_the_organisation_it_stood_for_before() -> None:
    text = (
        "Kaveri Textiles Ltd said on Monday it would build a new mill in Tamil Nadu. The mill "
        "will open in 2026, the company said. Analysts at Motilal Oswal said the expansion "
        "would lift capacity. The brokerage raised its target. Iyengar said the company had "
        "signed two supply contracts."
    )
    mentions = find_actors([text])[0]
    second = text.rindex("the company")
    assert [m.name for m in mentions if m.start == second] == ["Kaveri Textiles Ltd"]


def test_a_unit_keeps_its_organisation_word_and_the_unit_stands_for_it() -> None:
    text = (
        "Kenya has recorded 3,210 measles cases since March, the Immunisation Unit said on "
        "Monday. Last year, the unit recorded 4,100 cases."
    )
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert named.get("Immunisation Unit") == "Immunisation Unit"
    assert named.get("the unit") == "Immunisation Unit"


def test_a_descriptor_before_an_acronym_is_no_anaphor() -> None:
    text = (
        "Shares of Velmar Oil rose 2%. Traders await jobless data from the statistics "
        "agency NSIB on Friday, and the company reports on Monday."
    )
    velmar = ActorMention(10, 20, "Velmar Oil", "Velmar Oil", "organisation")
    found = [(m.text, m.name) for m in organisation_anaphora(text, [velmar])]
    assert found == [("the company", "Velmar Oil")]


def test_a_head_noun_is_the_one_organisation_with_it_named_before() -> None:
    from timeline.actors.head_anaphors import head_anaphora

    def body(text: str, name: str) -> ActorMention:
        start = text.index(name)
        return ActorMention(start, start + len(name), name, name, "organisation")

    text = (
        "The Fisheries Ministry said on Monday that catches fell. The ministry will close two "
        "harbours from Friday. Transport Ministry officials said ferries would run."
    )
    found = head_anaphora(
        text, [body(text, "Fisheries Ministry"), body(text, "Transport Ministry")]
    )
    assert [(m.text, m.name) for m in found] == [("The ministry", "Fisheries Ministry")]


def test_the_company_goes_on_with_the_organisation_the_anaphor_before_stood_for() -> None:
    filler = "Freight rates on its routes fell back to the levels of two years ago. " * 6
    text = (
        "Tarnow Lines reported a loss on Monday. Revenue fell 30%, the company said. "
        + filler
        + "Its chairman said the company expected a better year."
    )
    tarnow = ActorMention(0, 12, "Tarnow Lines", "Tarnow Lines", "organisation")
    found = [(m.start, m.name) for m in organisation_anaphora(text, [tarnow])]
    assert found == [
        (text.index("the company"), "Tarnow Lines"),
        (text.rindex("the company"), "Tarnow Lines"),
    ]


def test_an_organisation_named_between_breaks_the_chain_of_anaphors() -> None:
    filler = "Freight rates on its routes fell back to the levels of two years ago. " * 6
    text = (
        "Tarnow Lines reported a loss on Monday. Revenue fell 30%, the company said. "
        "Analysts at Krol Securities kept their rating. "
        + filler
        + "Its chairman said the company expected a better year."
    )
    tarnow = ActorMention(0, 12, "Tarnow Lines", "Tarnow Lines", "organisation")
    start = text.index("Krol Securities")
    krol = ActorMention(start, start + 15, "Krol Securities", "Krol Securities", "organisation")
    found = [(m.start, m.name) for m in organisation_anaphora(text, [tarnow, krol])]
    assert found == [(text.index("the company"), "Tarnow Lines")]


def test_an_anaphor_beyond_the_topic_reach_stands_for_no_one() -> None:
    from timeline.actors.anaphor_chains import TOPIC_REACH

    filler = "Freight rates on its routes fell back to the levels of two years ago. "
    text = (
        "Tarnow Lines reported a loss. Revenue fell, the company said. "
        + filler * (TOPIC_REACH // len(filler) + 1)
        + "Later the company said more."
    )
    tarnow = ActorMention(0, 12, "Tarnow Lines", "Tarnow Lines", "organisation")
    assert len(organisation_anaphora(text, [tarnow])) == 1


def test_it_after_first_words_taken_for_a_person_is_the_organisation() -> None:
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Marlow Ridge Freight lost money last year. Marlow Ridge, founded in 1968, runs 70 "
        "ships. It took delivery of two more in May."
    )
    full = ActorMention(0, 20, "Marlow Ridge Freight", "Marlow Ridge Freight", "organisation")
    start = text.index("Marlow Ridge,")
    short = ActorMention(start, start + 12, "Marlow Ridge", "Marlow Ridge", "person")
    found = {(m.text, m.name) for m in thing_anaphora(text, [full, short])}
    assert found == {("Marlow Ridge", "Marlow Ridge Freight"), ("It", "Marlow Ridge Freight")}


def test_the_agency_is_the_organisation_with_agency_in_its_name() -> None:
    text = (
        "The Andean Space Agency launched a satellite on a rocket of the Orbital Launch "
        "Corporation. The first images are due in April, and the agency plans to share them."
    )

    def body(name: str) -> ActorMention:
        start = text.index(name)
        return ActorMention(start, start + len(name), name, name, "organisation")

    mentions = [body("Andean Space Agency"), body("Orbital Launch Corporation")]
    found = [(m.text, m.name) for m in organisation_anaphora(text, mentions)]
    assert found == [("the agency", "Andean Space Agency")]


def test_it_goes_on_with_one_word_the_model_took_for_a_person() -> None:
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Orvane raised $9 million from Kestrel Fund. Orvane says it moved 2,000 loads. "
        "It plans to open in Lisbon. Ana Orvane Duarte founded it. Duarte left in May. "
        "It rained all week."
    )

    at = placer(text)

    mentions = [
        at("Orvane", "person"),
        at("Kestrel Fund", "organisation"),
        at("Orvane", "person", 1),
        at("Lisbon", "location"),
        at("Ana Orvane Duarte", "person"),
        at("Duarte", "person", 1, "Ana Orvane Duarte"),
    ]
    found = [(m.start, m.name) for m in thing_anaphora(text, mentions)]
    # "Orvane" is a word of a person's longer name: no lone word, "It" stands for no one
    assert found == []
    lone = [m for m in mentions if m.name != "Ana Orvane Duarte"]
    found = [(m.start, m.name) for m in thing_anaphora(text, lone) if m.text == "It"]
    assert found == [(text.index("It plans"), "Orvane")]


def test_the_company_may_be_one_word_the_model_took_for_a_person() -> None:
    text = "Orvane raised $9 million on Monday. Its founder said the company would hire."
    orvane = ActorMention(0, 6, "Orvane", "Orvane", "person")
    found = [(m.text, m.name) for m in organisation_anaphora(text, [orvane])]
    assert found == [("the company", "Orvane")]
    # a surname of a person named in full is no company
    full = ActorMention(0, 6, "Orvane", "Lea Orvane", "person")
    assert organisation_anaphora(text, [full]) == []


def test_the_company_as_the_object_of_a_past_verb_is_no_actor() -> None:
    text = (
        "Orvane Freight lost a contract. Regulators fined the company 2 million euros in May. "
        "Its chief announced the company would close a depot. Lea Roe started the company in "
        "2019."
    )
    orvane = ActorMention(0, 14, "Orvane Freight", "Orvane Freight", "organisation")
    found = [m.start for m in organisation_anaphora(text, [orvane])]
    assert found == [text.index("the company would")]


def test_the_museum_as_the_object_of_a_present_verb_is_no_actor() -> None:
    from timeline.actors.head_anaphors import head_anaphora

    text = (
        "The Holm Museum opened in 1931. The city owns the museum and pays its staff. "
        "Last year the museum showed 40 works."
    )
    museum = ActorMention(4, 15, "Holm Museum", "Holm Museum", "organisation")
    found = [m.start for m in head_anaphora(text, [museum])]
    assert found == [text.rindex("the museum")]


def test_the_head_noun_before_a_person_noun_is_a_description_no_actor() -> None:
    from timeline.actors.anaphora import thing_anaphora
    from timeline.actors.head_anaphors import head_anaphora

    text = "Thieves broke into the Glynmawr Museum at dawn. The museum manager said two were lost."
    museum = ActorMention(23, 38, "Glynmawr Museum", "Glynmawr Museum", "organisation")
    assert head_anaphora(text, [museum]) == []
    assert thing_anaphora(text, [museum]) == []
    text = "Thieves broke into the Glynmawr Museum at dawn. The museum said two were lost."
    assert [m.name for m in head_anaphora(text, [museum])] == ["Glynmawr Museum"]


def test_it_goes_on_with_the_organisation_an_anaphor_opening_the_sentence_before_stood_for() -> (
    None
):
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Pellworth Insurance Ltd. lost $90 million in the storm. Brokers expect more claims. "
        "The company was formed in 1994 by three banks. It will report results in March. "
        "It also plans a share sale."
    )
    insurer = ActorMention(
        0, 24, "Pellworth Insurance Ltd.", "Pellworth Insurance Ltd.", "organisation"
    )
    found = [(m.text, m.name) for m in thing_anaphora(text, [insurer])]
    assert found == [
        ("The company", "Pellworth Insurance Ltd."),
        ("It", "Pellworth Insurance Ltd."),
        ("It", "Pellworth Insurance Ltd."),
    ]


def test_its_and_it_was_after_an_anaphor_are_no_actor() -> None:
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Pellworth Insurance Ltd. lost $90 million in the storm. Brokers expect more claims. "
        "The company was formed in 1994. Its financial year ends in June. "
        "The company sold bonds on Monday. It was its third sale this year."
    )
    insurer = ActorMention(
        0, 24, "Pellworth Insurance Ltd.", "Pellworth Insurance Ltd.", "organisation"
    )
    found = [m.text for m in thing_anaphora(text, [insurer])]
    assert found == ["The company", "The company"]


def test_it_after_a_person_opening_the_sentence_before_is_left() -> None:
    from timeline.actors.anaphor_chains import it_after_anaphor

    text = "Orlo Ltd grew. Ana Ruiz left the company. It will report in May."
    ana = ActorMention(15, 23, "Ana Ruiz", "Ana Ruiz", "person")
    start = text.index("the company")
    company = ActorMention(start, start + 11, "the company", "Orlo Ltd", "organisation")
    assert it_after_anaphor(text, [ana], [company]) == []


def test_the_airline_stands_for_a_name_taken_for_a_product_here_and_an_organisation_there() -> None:
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Vento Azul passengers up 5%\n\nNews › Figures\n\n"
        "Vento Azul carried 90,000 passengers in May. The airline will add flights in June. "
        "Vento Azul is based in Faro."
    )
    at = placer(text)
    mentions = [
        at("Vento Azul", "organisation"),
        at("› Figures", "organisation"),
        at("Vento Azul", "product", 1),
        at("Vento Azul", "organisation", 2),
    ]
    found = {(m.text, m.name, m.type) for m in thing_anaphora(text, mentions)}
    assert ("The airline", "Vento Azul", "organisation") in found
    assert ("Vento Azul", "Vento Azul", "organisation") in found  # the product, retyped


def test_a_person_whose_name_no_organisation_has_keeps_its_type() -> None:
    from timeline.actors.anaphor_chains import named_organisations

    text = "Vento Azul hired Ana Vento. Ana Vento said so."
    at = placer(text)
    mentions = [
        at("Vento Azul", "organisation"),
        at("Ana Vento", "person"),
        at("Ana Vento", "person", 1),
    ]
    assert named_organisations(mentions) == []


def test_an_it_after_a_sentence_opened_by_it_goes_on_with_the_same_thing() -> None:
    text = (
        "Velmar Motors recovered from bankruptcy in 2010. It remains the largest carmaker in the "
        "region, with sales of $2 billion in 2019. It now builds vans in six countries. "
        "It is expected that it will hire workers."
    )
    its = [m for m in find_actors([text])[0] if m.text == "It"]
    assert [m.name for m in its] == ["Velmar Motors", "Velmar Motors"]
    # the empty "It is expected that" still stands for nothing
    assert all(m.start < text.index("It is expected") for m in its)


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


def test_a_based_place_of_several_words_describes_the_organisation_just_named() -> None:
    text = (
        "Delta Cold Chain JSC listed its shares on Tuesday. The Can Tho-based operator of "
        "warehouses raised 900 billion dong in August."
    )
    at = placer(text)
    found = organisation_anaphora(text, [at("Delta Cold Chain JSC", "organisation")])
    assert [(m.text, m.name) for m in found] == [
        ("The Can Tho-based operator", "Delta Cold Chain JSC")
    ]


def test_a_name_that_said_it_is_an_organisation_the_company_can_stand_for() -> None:
    """ "Orvane Chrome Mines said on Thursday it had halted": a thing speaks of itself as
    "it", whatever type the model gave the name; "the company" then stands for it."""
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Orvane Chrome Mines said on Thursday it had halted two shafts. The shafts were "
        "stopped on Wednesday, the company said. Its shares fell on the JSE."
    )
    at = placer(text)
    mentions = [at("Orvane Chrome Mines", "person"), at("JSE", "organisation")]
    named = {(m.text, m.name, m.type) for m in thing_anaphora(text, mentions)}
    assert ("Orvane Chrome Mines", "Orvane Chrome Mines", "organisation") in named
    assert ("the company", "Orvane Chrome Mines", "organisation") in named
    # a person who said "it was" spoke of a thing
    judged = "Judge Ana Roe said it was a grave breach. The firm appealed."
    judge = placer(judged)("Ana Roe", "person")
    assert all(m.type == "person" for m in thing_anaphora(judged, [judge]) if m.text == "Ana Roe")


def test_a_one_word_organisation_only_written_where_a_place_stands_is_no_company() -> None:
    """ "met in Tarvan": the model's organisation is a place, which "the company" passes
    over; a name also written as a subject stays an organisation ("Workers in Ondra")."""
    text = (
        "Orlo Tyres Ltd. raised its dividend. The board, which met in Tarvan on Wednesday, "
        "approved it. The company will spend Rs 180 crore. Ondra grew. Workers in Ondra "
        "struck. The firm said it would hire."
    )
    at = placer(text)
    mentions = [
        at("Orlo Tyres Ltd.", "organisation"),
        at("Tarvan", "organisation"),
        at("Ondra", "organisation"),
        at("Ondra", "organisation", 1),
    ]
    found = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert found == {"The company": "Orlo Tyres Ltd.", "The firm": "Ondra"}


def test_it_after_a_participle_or_an_adverb_set_in_front_is_the_subject_before() -> None:
    """ "Founded in 2009 and based in Graz, it has 40 staff", "Now it is fighting": the "it"
    is the sentence's subject, the organisation opening the sentence before (whose "Inc."
    ends no sentence); a place in the phrase in front is no antecedent of its own."""
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Veltra Systems AG is a maker of valves. Founded in 2009 and based in Graz, it has 40 "
        "staff. Three years ago, Orlo Data Inc. could sell every drive it built. Now it is "
        "fighting to stay in business."
    )
    at = placer(text)
    mentions = [
        at("Veltra Systems AG", "organisation"),
        at("Graz", "location"),
        at("Orlo Data Inc.", "organisation"),
    ]
    found = [(m.text, m.name) for m in thing_anaphora(text, mentions)]
    assert found == [("it", "Veltra Systems AG"), ("it", "Orlo Data Inc.")]


def test_a_name_with_an_apposition_of_a_kind_of_organisation_is_one() -> None:
    """ "Kredo Vilna, a consumer lender, closed a round. It plans ...": the apposition says
    the name the model took for a person is a company, which "It" goes on with; a person's
    trade ("a veteran broadcaster") says nothing of the kind."""
    from timeline.actors.anaphora import thing_anaphora

    text = (
        "Kredo Vilna, a consumer lender, closed a round last week. It plans to enter Poland. "
        "Ana Roe, a veteran broadcaster, left. It was sold."
    )
    at = placer(text)
    mentions = [at("Kredo Vilna", "person"), at("Poland", "country"), at("Ana Roe", "person")]
    found = {(m.text, m.name, m.type) for m in thing_anaphora(text, mentions)}
    assert ("It", "Kredo Vilna", "organisation") in found
    assert all(m.name != "Ana Roe" for m in thing_anaphora(text, mentions))


def test_the_company_passes_over_a_lone_word_only_written_where_a_place_stands() -> None:
    """ "in the forest above Tarnby": a place the model took for a person, no company."""
    text = (
        "Huon Timber Pty Ltd began logging in the forest above Tarnby in 1921. "
        "The company employs 340 people at its mill."
    )
    at = placer(text)
    mentions = [at("Huon Timber Pty Ltd", "organisation"), at("Tarnby", "person")]
    found = [(m.text, m.name) for m in organisation_anaphora(text, mentions)]
    assert found == [("The company", "Huon Timber Pty Ltd")]


def test_it_goes_on_with_the_organisation_that_reported_the_sentence_before() -> None:
    from timeline.actors.anaphor_chains import it_after_anaphor

    text = (
        "Tarlow Biscuits Ltd. recalled 40,000 packets. Brokers cut their targets. "
        "The recall will cost about $3 million, the company estimated. "
        "It will lower its profit forecast in May."
    )
    start = text.index("the company")
    company = ActorMention(start, start + 11, "the company", "Tarlow Biscuits Ltd.", "organisation")
    found = it_after_anaphor(text, [], [company])
    assert [(m.text, m.name) for m in found] == [("It", "Tarlow Biscuits Ltd.")]


def test_it_goes_on_with_an_organisation_that_reports_after_a_phrase_in_front() -> None:
    from timeline.actors.anaphor_chains import it_after_anaphor

    text = (
        "Quenby Outfitters sold more coats. For the fourth quarter, which includes "
        "November, December and January, Quenby said it expects lower sales. "
        "It will report its results in March."
    )
    first = ActorMention(0, 17, "Quenby Outfitters", "Quenby Outfitters", "organisation")
    start = text.index("Quenby said")
    again = ActorMention(start, start + 6, "Quenby", "Quenby Outfitters", "organisation")
    found = it_after_anaphor(text, [first, again], [])
    assert [(m.text, m.name) for m in found] == [("It", "Quenby Outfitters")]


def test_it_after_two_reporting_organisations_or_a_person_first_is_left() -> None:
    from timeline.actors.anaphor_chains import it_after_anaphor

    two = "Orlo Ltd said sales fell, and Venna Corp said they rose. It will report in May."
    orlo = ActorMention(0, 8, "Orlo Ltd", "Orlo Ltd", "organisation")
    venna = ActorMention(30, 40, "Venna Corp", "Venna Corp", "organisation")
    assert it_after_anaphor(two, [orlo, venna], []) == []
    person = "Ana Roe left in May, Orlo Ltd said. It will hire in June."
    ana = ActorMention(0, 7, "Ana Roe", "Ana Roe", "person")
    orlo = ActorMention(21, 29, "Orlo Ltd", "Orlo Ltd", "organisation")
    assert it_after_anaphor(person, [ana, orlo], []) == []


def test_the_company_is_the_one_named_with_a_corporate_suffix_not_the_last_fund() -> None:
    text = (
        "Veltrano Energy Ltd. shareholders voted on Tuesday on a slate that Brisk Hollow "
        "Partners opposed. Most votes backed the slate, the company said."
    )
    at = placer(text)
    mentions = [
        at("Veltrano Energy Ltd.", "organisation"),
        at("Brisk Hollow Partners", "organisation"),
    ]
    found = organisation_anaphora(text, mentions)
    assert [(m.text, m.name) for m in found] == [("the company", "Veltrano Energy Ltd.")]


def test_the_company_stays_the_last_one_named_unless_one_suffixed_name_leads() -> None:
    from timeline.actors.organisation_anaphors import _suffixed_company

    text = "Orlo Ltd. met Venna Corp. and Tarn Partners. Most claims failed, the company said."
    at = placer(text)
    orlo, venna, tarn = (
        at(name, "organisation") for name in ("Orlo Ltd.", "Venna Corp.", "Tarn Partners")
    )
    again = replace(orlo, start=orlo.start + 200, end=orlo.end + 200)
    start = text.index("the company") + 300
    # two names with a suffix: no telling which the story is about
    assert _suffixed_company("company", tarn, [orlo, again, venna, tarn], start) == tarn
    # one, named no more often than the last one
    assert _suffixed_company("company", tarn, [orlo, tarn], start) == tarn
    # one, named more often
    assert _suffixed_company("company", tarn, [orlo, again, tarn], start).name == "Orlo Ltd."


def test_a_company_noun_right_before_a_name_describes_that_name() -> None:
    text = "Tessaly Stores cut prices. Last week the rival chain Marbeck Foods cut its own."
    at = placer(text)
    mentions = [at("Tessaly Stores", "organisation"), at("Marbeck Foods", "organisation")]
    assert organisation_anaphora(text, mentions) == []


def test_the_group_the_chain_and_the_developer_stand_for_the_company_named_before() -> None:
    for noun in ("group", "chain", "developer"):
        text = f"Harwick Homes Ltd bought the site in 2019. The {noun} said it would appeal."
        mentions = [placer(text)("Harwick Homes Ltd", "organisation")]
        found = organisation_anaphora(text, mentions)
        assert [(m.text, m.name) for m in found] == [(f"The {noun}", "Harwick Homes Ltd")]


def test_the_company_far_from_any_name_is_the_one_the_story_names_most() -> None:
    """With no organisation named near it, "The company" opening a sentence is the one the
    story before names most (twice or more, more than any other); not an object, and not
    where two are named as often."""
    filler = "Output rose at the Kell pit, and costs fell per tonne. " * 8
    text = (
        "Orvane Gold Ltd sold more ore to Tarvo Smelting. Orvane Gold Ltd said costs fell. Its "
        f"shares trade on the TSX. {filler}The company repaid its last loan in May."
    )
    at = placer(text)
    mentions = [
        at("Orvane Gold Ltd", "organisation"),
        at("Tarvo Smelting", "organisation"),
        at("Orvane Gold Ltd", "organisation", 1),
        at("TSX", "organisation"),
    ]
    found = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert found == {"The company": "Orvane Gold Ltd"}
    # two companies named as often: it says not which (the market is no company: stop 47)
    assert organisation_anaphora(text, mentions[1:]) == []
    # an object: "would require the company to"
    objected = text.replace("The company repaid", "Rules would require the company to repay")
    assert (
        organisation_anaphora(
            objected,
            [
                placer(objected)(*m)
                for m in (
                    ("Orvane Gold Ltd", "organisation"),
                    ("Orvane Gold Ltd", "organisation", 1),
                    ("TSX", "organisation"),
                )
            ],
        )
        == []
    )


def test_a_commodity_opening_a_sentence_is_no_company_named_with_it() -> None:
    """ "The gold price" is the metal's, not the "Orvane Gold Ltd" named just before."""
    from timeline.actors.anaphora import thing_anaphora

    text = "Orvane Gold Ltd sold more ore. The gold price hit a record in May."
    at = placer(text)
    found = thing_anaphora(text, [at("Orvane Gold Ltd", "organisation")])
    assert all(m.text != "The gold" for m in found)


def test_a_count_of_members_before_a_bodys_head_word_is_still_that_body() -> None:
    """ "The 9-member council" is the council named before."""
    text = (
        "Tarnland's Monetary Policy Council left rates unchanged on Wednesday. "
        "The 9-member council normally meets monthly."
    )
    at = placer(text)
    found = head_anaphora(text, [at("Monetary Policy Council", "organisation")])
    assert [(m.text, m.name) for m in found] == [
        ("The 9-member council", "Monetary Policy Council")
    ]


def test_a_lone_word_before_an_administrative_unit_is_a_place_not_the_agency() -> None:
    """One word the model took for a person, written before "rural municipality" or
    "districts", is a place: "the agency" passes over it to the body named before."""
    text = (
        "Kestra Relief delivered kits to families in Orvo and Tarka districts, and will go on "
        "to the villages of Dhaula rural municipality from Monday, the agency said."
    )
    at = placer(text)
    mentions = [
        at("Kestra Relief", "organisation"),
        at("Orvo", "location"),
        at("Tarka", "person"),
        at("Dhaula", "person"),
    ]
    found = organisation_anaphora(text, mentions)
    assert [(m.text, m.name) for m in found] == [("the agency", "Kestra Relief")]


def test_a_datelines_place_is_no_subject_for_the_company_after_it() -> None:
    """ "Tarsk: Orvane Softworks Ltd reported ...": the company the next sentence's "the
    company" goes on with is Orvane, not the dateline's town the model took for a person
    (stop 32)."""
    from timeline.actors.anaphora import thing_anaphora

    for dateline in ("Tarsk: ", "TARSK, Velland (CPS) -- "):
        text = (
            f"Orvane results\n{dateline}Orvane Softworks Ltd, the Tarsk-based maker of games, "
            "reported a profit on Monday.\nRevenue rose 9 per cent, the company said."
        )
        town = text.index(dateline.split(":")[0].split(",")[0])
        place = dateline.split(":")[0].split(",")[0]
        orvane = text.index("Orvane Softworks Ltd")
        found = [
            ActorMention(0, 6, "Orvane", "Orvane Softworks Ltd", "organisation"),
            ActorMention(town, town + len(place), place, place, "person"),
            ActorMention(
                orvane, orvane + 20, "Orvane Softworks Ltd", "Orvane Softworks Ltd", "organisation"
            ),
        ]
        named = {m.text: m.name for m in thing_anaphora(text, found)}
        assert named.get("the company") == "Orvane Softworks Ltd", dateline
