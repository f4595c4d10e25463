""" "the Company" and "your company" in a company's own text (`actors/defined_terms.py`)."""

from __future__ import annotations

from timeline.actors.defined_terms import company_terms, defined_terms, with_company_terms

from .mentions import placer


def test_the_company_capitalised_and_your_company_are_the_organisation_named_most() -> None:
    text = (
        "Shareholders are advised that Orvane Gold expects lower earnings. Orvane Gold "
        "sold 90,000 ounces. Rain cut output, the Company said. In May your company "
        "bought the Tessel mine from Brack Resources."
    )
    at = placer(text)
    mentions = [
        at("Orvane Gold", "organisation"),
        at("Orvane Gold", "organisation", 1),
        at("Brack Resources", "organisation"),
    ]
    found = {m.text: m.name for m in company_terms(text, mentions)}
    assert found == {"the Company": "Orvane Gold", "your company": "Orvane Gold"}


def test_the_companys_named_thing_and_a_company_no_one_leads_stand_for_no_one() -> None:
    text = (
        "Orvane Gold sold ore. Orvane Gold cut jobs. The Company's Tessel West plant shut in May."
    )
    at = placer(text)
    mentions = [at("Orvane Gold", "organisation"), at("Orvane Gold", "organisation", 1)]
    assert company_terms(text, mentions) == []
    # two organisations named as often: none leads, and the model's "Company" goes
    text = "Orvane Gold and Brack Resources merged. Costs rose, the Company said."
    at = placer(text)
    word = at("Company", "organisation")
    kept = with_company_terms(
        text, [at("Orvane Gold", "organisation"), at("Brack Resources", "organisation"), word]
    )
    assert word not in kept and len(kept) == 2


def test_a_term_defined_after_a_name_is_that_organisation_wherever_written_after() -> None:
    text = (
        'Tessaly Foods Berhad ("Tessaly" or "the Group") opened a dairy in Ipoh. Tessaly '
        "sold milk. Marrow Dairies Sdn Bhd cut prices. The Group expects sales to rise, and "
        "the Group's profit rose. The Group Treasurer left."
    )
    at = placer(text)
    mentions = [
        at("Tessaly Foods Berhad", "organisation"),
        at("Tessaly", "organisation", 1, "Tessaly Foods Berhad"),
        at("Marrow Dairies Sdn Bhd", "organisation"),
        at("Group", "organisation", 3),  # the model's name in "the Group Treasurer"
    ]
    found = [(m.text, m.name) for m in defined_terms(text, mentions)]
    # from the definition on; not its possessive, nor the start of a longer name
    assert found == [("the Group", "Tessaly Foods Berhad"), ("The Group", "Tessaly Foods Berhad")]
    # the model's "Group" gives way where the term is resolved, and only there
    word, possessive = at("Group", "organisation", 1), at("Group", "organisation", 2)
    kept = with_company_terms(text, [*mentions, word, possessive])
    assert word not in kept and possessive in kept


def test_a_defined_term_of_any_shape_and_the_company_it_defines() -> None:
    for definition in ('(the "Trust")', '("the Trust")', "(the Trust)", "(“Kell” or “the Trust”)"):
        text = f"Kell Holdings plc {definition} met. Orvane Gold met too. The Trust said so."
        at = placer(text)
        kell = at("Kell Holdings plc", "organisation")
        found = defined_terms(text, [kell, at("Orvane Gold", "organisation")])
        assert [(m.text, m.name) for m in found][-1] == ("The Trust", "Kell Holdings plc")
    # a defined "the Company" is the organisation it defines, though another is named more
    text = (
        'Vell Mining Ltd ("the Company") sold ore to Brack Resources. Brack Resources paid. '
        "Brack Resources gained. Output rose, the Company said."
    )
    at = placer(text)
    mentions = [
        at("Vell Mining Ltd", "organisation"),
        *(at("Brack Resources", "organisation", n) for n in range(3)),
        at("Company", "organisation", 1),  # the model's name
    ]
    kept = with_company_terms(text, mentions)
    assert [(m.text, m.name) for m in kept if m.text.endswith("Company")] == [
        ("the Company", "Vell Mining Ltd"),  # the definition's own
        ("the Company", "Vell Mining Ltd"),
    ]


def test_no_definition_and_a_term_of_another_kind_define_nothing() -> None:
    text = "Kell Holdings plc (KHP) met in Ipoh (Perak). The Group said so."
    at = placer(text)
    assert defined_terms(text, [at("Kell Holdings plc", "organisation")]) == []
    text = 'Ana Roe (the "Seller") met. The Seller said so.'
    assert defined_terms(text, [placer(text)("Ana Roe", "person")]) == []
