"""Which organisation "the company" or "The stock" stands for when two are near: a new
company that opens the sentence before, a word of a name that only describes its body
(stop 36, helper `referents6`)."""

from __future__ import annotations

from timeline.actors import find_actors
from timeline.actors.anaphor_chains import named_organisations
from timeline.actors.anaphora import thing_anaphora
from timeline.actors.organisation_anaphors import organisation_anaphora

from .mentions import placer

#: Sentences of market news that name no organisation: the story leaving its first company.
_MARKET_PARAGRAPH = (
    "Rates for the largest tankers rose again this week as winter buying began. "
    "Brokers said several cargoes for December loading were delayed by fog. "
    "Older ships were withdrawn from the spot market as fuel costs climbed. "
    "Freight for smaller ships slipped when refiners bought less crude than expected. "
    "Demand for heating oil usually rises in the northern winter. "
)


def test_a_new_company_opening_the_sentence_before_takes_the_company() -> None:
    """The story named one company, then a paragraph of the market, then a new company as a
    subject: "The company" right after it is the new one, not the one "the company" stood for
    a paragraph back."""
    text = (
        "Orvik Tankers ASA chartered out a tanker on Monday. The company listed in 1996. "
        + _MARKET_PARAGRAPH
        + "Skarvik Shipping said on Wednesday it had bought two vessels from a yard. "
        "The company will pay $70 million for each vessel."
    )
    at = placer(text)
    mentions = [
        at("Orvik Tankers ASA", "organisation"),
        at("Skarvik Shipping", "organisation"),
    ]
    named = {m.start: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get(text.index("The company listed")) == "Orvik Tankers ASA"
    assert named.get(text.index("The company will pay")) == "Skarvik Shipping"


def test_a_company_named_before_as_a_buyer_does_not_take_the_story_s_noun() -> None:
    """A company the story named before as another's buyer, opening the sentence before, is
    no new subject: "the company" goes on with the company it stood for."""
    text = (
        "Tirra Air S.p.A. asked a court for protection on Tuesday. The company said "
        "flights would continue. Three investors, among them Luftex Holding, have made offers. "
        + _MARKET_PARAGRAPH
        + "Luftex declined to comment. The company said salaries had been paid."
    )
    at = placer(text)
    mentions = [
        at("Tirra Air S.p.A.", "organisation"),
        at("Luftex Holding", "organisation"),
        at("Luftex", "organisation", 1, name="Luftex Holding"),
    ]
    named = {m.start: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get(text.index("The company said flights")) == "Tirra Air S.p.A."
    assert named.get(text.index("The company said salaries")) == "Tirra Air S.p.A."


def test_the_company_goes_on_with_the_new_company_through_the_model() -> None:
    text = (
        "Orvik Tankers ASA chartered out a tanker on Monday. "
        + _MARKET_PARAGRAPH
        + "Skarvik Shipping said on Wednesday it had bought two tankers. "
        "The company will pay $70 million for each vessel."
    )
    mentions = find_actors([text])[0]
    named = {m.text: m.name for m in mentions if m.start >= text.index("The company")}
    assert named.get("The company") == "Skarvik Shipping"


def test_a_word_describing_a_bodys_own_word_is_no_short_form_of_it() -> None:
    """ "The stock" after the "Tarvo Stock Exchange" is a company's shares, no exchange; "The
    exchange", the word its name ends in, is the exchange."""
    text = (
        "Kestrel Bank shares closed higher on the Tarvo Stock Exchange on Monday. "
        "The stock has gained 12% this year. The exchange said trading would resume."
    )
    at = placer(text)
    mentions = [at("Kestrel Bank", "organisation"), at("Tarvo Stock Exchange", "organisation")]
    named = {m.text: m.name for m in thing_anaphora(text, mentions)}
    assert "The stock" not in named
    assert named.get("The exchange") == "Tarvo Stock Exchange"


def test_a_word_of_a_name_before_of_or_at_its_end_still_stands_for_it() -> None:
    text = (
        "The Tarn Fire Service sent four crews on Monday. The fire service said two were hurt. "
        "The Bank of Orlo raised its rate. The bank said prices were rising. "
        "The Kelso Music Store opened on Friday. The store sells records."
    )
    at = placer(text)
    mentions = [
        at("Tarn Fire Service", "organisation"),
        at("Bank of Orlo", "organisation"),
        at("Kelso Music Store", "organisation"),
    ]
    named = {m.text: m.name for m in thing_anaphora(text, mentions)}
    assert named.get("The bank") == "Bank of Orlo"
    assert named.get("The store") == "Kelso Music Store"


def test_a_company_s_noun_passes_over_an_organisation_described_as_a_body() -> None:
    """ "Calvo Ratings, a Lima-based rating agency," is an agency, no company: "the company"
    after it is the company named before."""
    text = (
        "Orlo Tyres Ltd. said on Monday it would sell two plants. "
        "Calvo Ratings, a Lima-based rating agency, cut Orlo's bonds. "
        "The company said it would appeal."
    )
    at = placer(text)
    mentions = [
        at("Orlo Tyres Ltd.", "organisation"),
        at("Calvo Ratings", "organisation"),
        at("Orlo", "organisation", 1, name="Orlo Tyres Ltd."),
    ]
    named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get("The company") == "Orlo Tyres Ltd."
    text = (
        "Orlo Tyres Ltd. said on Monday it would sell two plants. "
        "The national statistics agency Tarvostat said prices rose. "
        "The company said it would appeal."
    )
    at = placer(text)
    mentions = [at("Orlo Tyres Ltd.", "organisation"), at("Tarvostat", "organisation")]
    named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get("The company") == "Orlo Tyres Ltd."


def test_a_body_s_noun_after_a_company_s_name_leaves_it_a_company() -> None:
    """ "the Vell board" is the company's board: "the company" still stands for Vell."""
    text = (
        "Orlo Tyres Ltd. said on Monday it would sell two plants. "
        "Shareholders of Vell Rubber met the Vell board on Tuesday. "
        "The company said it would appeal."
    )
    at = placer(text)
    mentions = [
        at("Orlo Tyres Ltd.", "organisation"),
        at("Vell Rubber", "organisation"),
        at("Vell", "organisation", 1, name="Vell Rubber"),
    ]
    named = {m.text: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get("The company") == "Vell Rubber"


def test_the_company_passes_over_an_agency_through_the_model() -> None:
    text = (
        "Harrow Steel Ltd. said on Monday it would close its Leeds mill. "
        "Hollin Ratings, a London credit rating agency, cut Harrow's debt on Tuesday. "
        "The company said it would appeal against the decision."
    )
    mentions = find_actors([text])[0]
    named = {m.text: m.name for m in mentions if m.start >= text.index("The company")}
    assert named.get("The company") != "Hollin Ratings"


def test_a_new_subject_speaking_of_the_kept_company_leaves_it_the_noun() -> None:
    """The sentence before, opened by a new company, still points to the first ("backed the
    bank's purchase"): "the lender" goes on with the bank, not the new subject."""
    text = (
        "Tarvo Mercantile Bank Ltd reported a higher profit on Saturday. The Ostby-based lender "
        "earned more from loans. "
        + _MARKET_PARAGRAPH
        + "Orvik Capital backed the bank's purchase of Kell Savings in May. "
        "Kell's branches will be renamed by June, the lender said."
    )
    at = placer(text)
    mentions = [
        at("Tarvo Mercantile Bank Ltd", "organisation"),
        at("Orvik Capital", "organisation"),
        at("Kell Savings", "organisation"),
    ]
    named = {m.start: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get(text.index("the lender said")) == "Tarvo Mercantile Bank Ltd"


def test_a_market_where_shares_trade_is_no_company_for_the_company() -> None:
    """Stop 37: "the Kessel Bourse" named where the shares traded is a market, which "The
    company" passes over for the company whose shares they are, however the market is
    called."""
    text = (
        "Shares in Orlo Software rose on their first day of trading on the Kessel Bourse. "
        "The company raised 184m euros in the flotation."
    )
    at = placer(text)
    mentions = [at("Orlo Software", "organisation"), at("Kessel Bourse", "organisation")]
    named = {m.start: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get(text.index("The company")) == "Orlo Software"


def test_a_name_whose_shares_the_text_tells_of_is_a_company() -> None:
    text = (
        "Shares in Munich-based Vellmar Systeme more than doubled on Monday. "
        "The company writes billing software."
    )
    at = placer(text)
    mentions = [at("Vellmar Systeme", "person")]
    assert [m.type for m in named_organisations(mentions, text)] == ["organisation"]
    person = "Vellmar Systeme said the shares of the fund had risen on Monday."
    assert named_organisations([placer(person)("Vellmar Systeme", "person")], person) == []
