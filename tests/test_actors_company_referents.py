"""A company's noun ("the company", "the reinsurer") standing for the company named before,
not for a union, a market in a ticker's brackets or a town the model took for a person; and
a company's name the model took for a person, read as a company by its own results (stop 33,
helper `referents3`). Invented names only."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.anaphor_chains import named_organisations, reports_results
from timeline.actors.anaphora import thing_anaphora
from timeline.actors.organisation_anaphors import organisation_anaphora
from timeline.actors.tickers import lists_a_company

from .mentions import placer

#: Filler that puts the next sentence beyond `THING_REACH` of the last name.
_FAR = " ".join(["Orders for grinders held up well through the winter months."] * 8)


def test_a_union_anaphor_is_no_topic_for_a_company_noun() -> None:
    """ "... said the union would fight. Last year the company lost money": far from any name,
    a company's noun goes on with the last anaphor of its kind ("The company", the tool
    maker), not "the union" just before it (stop 33)."""
    text = (
        "Varden-Holt Tool Co. will close its works. The company said 90 jobs will go. "
        + _FAR
        + " Its president said the union would fight. Last year the company lost money."
    )
    at = placer(text)
    mentions = [at("Varden-Holt Tool Co.", "organisation")]
    union = text.index("the union")
    fitters = ActorMention(union, union + 9, "the union", "Tarn Fitters Union", "organisation")
    found = organisation_anaphora(text, mentions, [fitters])
    named = {m.start: m.name for m in found}
    assert named[text.index("the company lost")] == "Varden-Holt Tool Co."


def test_a_market_in_a_tickers_brackets_is_no_antecedent() -> None:
    """ "Orlo Outdoor Inc. (NYSE: ORLO) reported ...": far on, "The company" is Orlo, the one
    company named, not the market listing it (stop 33)."""
    text = (
        "Orlo Outdoor Inc. (NYSE: ORLO) today reported results for its fiscal year. "
        + _FAR
        + " The company opened 11 stores during the year."
    )
    at = placer(text)
    mentions = [at("Orlo Outdoor Inc.", "organisation"), at("NYSE", "organisation")]
    found = organisation_anaphora(text, mentions)
    assert [(m.text, m.name) for m in found] == [("The company", "Orlo Outdoor Inc.")]


@given(
    st.sampled_from(["NYSE", "Nasdaq", "TSX", "LSE"]), st.from_regex(r"[A-Z]{2,5}", fullmatch=True)
)
def test_lists_a_company_holds_for_any_market_and_symbol(market: str, symbol: str) -> None:
    text = f"Orlo Inc. ({market}: {symbol}) reported. {market} rose."
    inside = text.index(market)
    outside = text.index(market, inside + 1)
    assert lists_a_company(text, inside, inside + len(market))
    assert not lists_a_company(text, outside, outside + len(market))


def test_a_town_after_a_place_and_a_comma_is_no_company() -> None:
    """ "at Kelby Park, Dunmore," where the model took the town for a person: "the company"
    after it is the retailer named before (stop 33)."""
    text = (
        "Garden chain Tansy & Rowe opened a depot at Kelby Park, Dunmore, on Tuesday. The "
        "retailer will ship all web orders from it. Its founder, Ada Munro, said the depot "
        "was long overdue. Last week the company posted higher sales."
    )
    at = placer(text)
    mentions = [
        at("Tansy & Rowe", "organisation"),
        at("Kelby Park", "location"),
        at("Dunmore", "person"),
        at("Ada Munro", "person"),
    ]
    named = {m.text: m.name for m in thing_anaphora(text, mentions)}
    assert named.get("the company") == "Tansy & Rowe"


def test_a_compound_kind_of_company_stands_for_it() -> None:
    """ "The reinsurer" and "the shipper" are kinds of company, as "the insurer" is."""
    text = (
        "Tolvana Re said its portfolio moved to Luxembourg. The reinsurer had applied in April. "
        "Brava Vinhos cut prices. The shipper sells to Dutch importers."
    )
    at = placer(text)
    mentions = [at("Tolvana Re", "organisation"), at("Brava Vinhos", "organisation")]
    found = [(m.text, m.name) for m in organisation_anaphora(text, mentions)]
    assert found == [("The reinsurer", "Tolvana Re"), ("The shipper", "Brava Vinhos")]


def test_a_name_before_its_own_sales_is_a_company_the_company_stands_for() -> None:
    """ "Kestrel Seiko Kogyo's sales rose": a company's results, though the model took the
    name for a person; "The company" next is it (stop 33)."""
    text = (
        "Kestrel Seiko Kogyo's sales rose 18 percent in the first half. The company expects "
        "sales of 86 billion yen for the year, President Aki Mori said."
    )
    at = placer(text)
    mentions = [at("Kestrel Seiko Kogyo", "person"), at("Aki Mori", "person")]
    assert [m.name for m in named_organisations(mentions, text)] == ["Kestrel Seiko Kogyo"]
    named = {m.text: m.name for m in thing_anaphora(text, mentions)}
    assert named.get("The company") == "Kestrel Seiko Kogyo"


def test_a_persons_possessive_before_no_result_stays_a_person() -> None:
    text = "Ana Roe's goal won the cup. Tom Fry's first novel sold well."
    at = placer(text)
    for name in ("Ana Roe", "Tom Fry"):
        assert not reports_results(text, at(name, "person"))
    assert named_organisations([at("Ana Roe", "person"), at("Tom Fry", "person")], text) == []


@given(st.sampled_from(["sales", "net profit", "pre-tax profits", "turnover", "revenue"]))
def test_reports_results_holds_for_each_result_noun(result: str) -> None:
    text = f"Marro Kogyo's {result} rose."
    assert reports_results(text, ActorMention(0, 11, "Marro Kogyo", "Marro Kogyo", "person"))


def test_a_thing_named_after_called_is_described_by_the_noun_before() -> None:
    """ "The satellite, called Ozra, lifted off ... The satellite replaces ...": the noun
    before a participle of naming describes the name after it (stop 33)."""
    from timeline.actors.described import described_anaphora

    for naming in ("called", "named", "dubbed"):
        text = (
            f"The satellite, {naming} Ozra, lifted off on Wednesday for the Velland Space "
            "Office. Engineers will test it next week. The satellite replaces an older one."
        )
        at = placer(text)
        mentions = [at("Ozra", "organisation"), at("Velland Space Office", "organisation")]
        found = [(m.text, m.name) for m in described_anaphora(text, mentions)]
        assert ("The satellite", "Ozra") in found, naming


def test_the_company_after_a_bare_verb_is_its_object_no_actor() -> None:
    """ "the growers would urge the company to wait": the object of "urge", no anaphor; "the
    company" opening the next sentence still is one (stop 33)."""
    text = (
        "Velmar Foods Ltd cut its prices. The growers would urge the company to wait. "
        "The company said it would not."
    )
    at = placer(text)
    found = organisation_anaphora(text, [at("Velmar Foods Ltd", "organisation")])
    assert [(m.start, m.name) for m in found] == [
        (text.index("The company said"), "Velmar Foods Ltd")
    ]


def test_a_company_whose_name_ends_in_a_point_opens_the_sentence_before() -> None:
    """ "The KEX said ... Orlo Inc. (NYSE: ORL) said ... The company said": the subject
    of the sentence before is Orlo, whose "Inc." ends no sentence; not the market the
    sentence before that opened with (stop 34)."""
    text = (
        "The KEX said on Friday it would extend its hours.\n"
        "Orlo Inc. (NYSE: ORL) said on Monday it would cut 300 jobs.\n"
        "The company said the cuts would save $20 million a year."
    )
    at = placer(text)
    mentions = [at("KEX", "organisation"), at("Orlo Inc.", "organisation")]
    found = organisation_anaphora(text, mentions)
    assert [(m.text, m.name) for m in found] == [("The company", "Orlo Inc.")]


@given(st.sampled_from(["Inc.", "Co.", "Corp.", "Ltd."]), st.sampled_from([" ", "\n"]))
def test_the_sentence_a_suffixed_name_opens_is_the_one_before_the_anaphor(
    suffix: str, gap: str
) -> None:
    text = (
        f"The BXM said it would expand.{gap}Tarrow {suffix} said it would close a plant."
        f"{gap}The company said 90 jobs would go."
    )
    at = placer(text)
    mentions = [at("BXM", "organisation"), at(f"Tarrow {suffix}", "organisation")]
    found = organisation_anaphora(text, mentions)
    assert [m.name for m in found] == [f"Tarrow {suffix}"]
