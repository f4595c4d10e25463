""" "the Company" and "your company" in a company's own text (`actors/defined_terms.py`)."""

from __future__ import annotations

from timeline.actors.defined_terms import company_terms, with_company_terms

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
