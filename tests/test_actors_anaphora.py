""" "It", "the store", "The new iPhone": words that point back to a thing just named."""

from __future__ import annotations

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

    text = (
        "The Holm Museum opened in 1931. The city owns the museum and pays its staff. "
        "Last year the museum showed 40 works."
    )
    museum = ActorMention(4, 15, "Holm Museum", "Holm Museum", "organisation")
    found = [m.start for m in head_anaphora(text, [museum])]
    assert found == [text.rindex("the museum")]


def test_the_head_noun_before_a_person_noun_is_a_description_no_actor() -> None:
    from timeline.actors.anaphora import thing_anaphora

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
