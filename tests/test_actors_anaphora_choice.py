"""Which organisation "the company" or "it" picks among those named: one that reported, one with
a corporate suffix, the one the story names most; and words that only look like one (a place's
lone word, a commodity, a dateline's place)."""

from __future__ import annotations

from dataclasses import replace

from timeline.actors import ActorMention
from timeline.actors.head_anaphors import head_anaphora
from timeline.actors.organisation_anaphors import organisation_anaphora

from .mentions import placer


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
