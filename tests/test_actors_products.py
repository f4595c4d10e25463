"""Products and model numbers: brands like "iPod", brand + model number, model words, plurals."""

from __future__ import annotations

from timeline.actors import AliasTable, find_actors
from timeline.actors.names import canonical
from timeline.actors.products import model_number_at, model_span
from timeline.actors.spans import RawSpan, clean_span


def test_a_name_and_the_word_after_it_can_be_a_longer_name_of_the_text() -> None:
    text = (
        "Apple unveiled the iPod nano on Wednesday. The iPod Nano comes in two colours, "
        "and the iPod itself is cheaper."
    )
    names = [(m.text, m.name) for m in find_actors([text])[0] if m.text.startswith("iPod")]
    assert ("iPod nano", "iPod Nano") in names
    assert all(name == "iPod Nano" for surface, name in names if surface.lower() == "ipod nano")


def test_other_models_of_a_product_line_are_products_of_their_own() -> None:
    text = (
        "Apple unveiled iPhone 4, iOS 4 at its conference on Monday. Structure-wise, iPhone 4 "
        "has a new steel frame. The iPhone 3GS price falls, and the iPhone 3G will be "
        "discontinued."
    )
    names = {m.text: m.name for m in find_actors([text])[0] if m.text.startswith("iPhone")}
    assert names == {"iPhone 4": "iPhone 4", "iPhone 3GS": "iPhone 3GS", "iPhone 3G": "iPhone 3G"}


def test_a_brand_is_not_the_short_form_of_its_models_and_its_plural_is_itself() -> None:
    text = (
        "Apple released an update for the iPod on Monday. It works with the iPod Nano. "
        "iPods sold in France already limit the volume."
    )
    named = [(m.text, m.name) for m in find_actors([text])[0] if m.text.startswith("iPod")]
    assert ("iPod", "iPod") in named
    assert ("iPod Nano", "iPod Nano") in named
    assert all(name == "iPod" for surface, name in named if surface == "iPods")


def test_a_brand_with_a_model_number_or_model_word_is_a_product_the_model_missed() -> None:
    text = (
        "Pre-orders of the recently announced iPhone 4 began Tuesday. Apple sold the iPod "
        "in 2001. The iPod touch also features wi-fi. Users of the iPod nano like it."
    )
    named = {m.text: (m.name, m.type) for m in find_actors([text])[0] if m.text[:1] == "i"}
    assert named["iPhone 4"] == ("iPhone 4", "product")
    assert named["iPod touch"] == ("iPod touch", "product")
    assert named["iPod nano"] == ("iPod nano", "product")
    # a model word before a noun of the kind is a plain word
    screen = "Apple showed the iPad. The iPad touch screen is big."
    plain = {m.text for m in find_actors([screen])[0]}
    assert "iPad touch" not in plain


def test_a_model_number_before_or_after_the_brand_the_model_saw_is_the_model() -> None:
    text = (
        'Steve Jobs said, " we are launching the new iPhone 3G today. " Apple claims the 3G '
        "iPhone is twice as fast."
    )
    named = {(m.text, m.name) for m in find_actors([text])[0] if m.type == "product"}
    assert ("iPhone 3G", "iPhone 3G") in named
    assert ("3G iPhone", "iPhone 3G") in named
    # a number before a brand is no model unless the article names that model
    assert all("2" not in m.text for m in find_actors(["Apple sold 2 iPod units."])[0])


def test_a_title_after_a_company_is_no_model_number() -> None:
    mentions = find_actors(["Apple CEO Steve Jobs unveiled a phone on Monday."])[0]
    assert all(m.type != "product" for m in mentions)


def test_a_maker_and_model_the_model_took_for_a_person_are_a_company_and_its_product() -> None:
    text = (
        "Buyers of the Quorvex Pilot robot vacuum complained. "
        "Quorvex shipped a patch to Pilot units, and Quorvex said sales held up."
    )
    device = text.index("Quorvex Pilot")
    cleaned = clean_span(text, device, device + len("Quorvex Pilot"), "PERSON")
    assert cleaned is not None and cleaned.label == "PRODUCT"
    maker = text.index("Quorvex shipped")
    model = text.index("Pilot units")
    raw = [
        cleaned,
        RawSpan(maker, maker + 7, "Quorvex", "PERSON"),
        RawSpan(model, model + 5, "Pilot", "PERSON"),
    ]
    named = {(m.start, m.name, m.type) for m in canonical(text, raw, AliasTable())}
    assert (device, "Quorvex Pilot", "product") in named
    assert (maker, "Quorvex", "organisation") in named  # the maker, not "Quorvex Pilot"
    assert (model, "Quorvex Pilot", "product") in named  # the model, not a first name


def test_a_person_after_the_is_still_a_person_without_a_noun_after_the_name() -> None:

    text = "Coach of the year went to the Dara Voss, who retired."
    start = text.index("Dara")
    cleaned = clean_span(text, start, start + len("Dara Voss"), "PERSON")
    assert cleaned is not None and cleaned.label == "PERSON"


def test_a_number_after_a_modifier_opening_a_sentence_is_no_model() -> None:
    text = (
        "The storm closed the harbour on Monday. About 70 boats stayed in port. "
        "Nearly 250 fishermen lost a day of work, and Roughly 12 ferries were cancelled."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert not any(name.split()[0] in ("About", "Nearly", "Roughly") for name in names)
    assert clean_span(text, 40, 48, "CARDINAL") is None


def test_a_makers_thing_written_after_the_is_no_longer_name_of_the_maker() -> None:
    from timeline.actors.products import makers_things

    text = (
        "Velmar asked the state for aid. Velmar plans to cut 900 jobs. "
        "It will also stop building the Velmar Osprey and the Kestrel."
    )
    assert makers_things(text, ["Velmar", "Velmar Osprey", "Kestrel"]) == {"Velmar Osprey"}
    # a maker named only after "the" is a "the"-name, not a maker: "the Dow" of "the Dow Jones"
    text = "The Quell Index rose. The Quell fell later."
    assert makers_things(text, ["Quell", "Quell Index"]) == frozenset()
    # a longer name written once without "the" is the organisation's own name
    text = "Velmar cut jobs. Velmar Osprey, its leasing arm, did not."
    assert makers_things(text, ["Velmar", "Velmar Osprey"]) == frozenset()


def test_a_name_joined_to_a_number_by_a_hyphen_is_a_product_unless_it_describes_a_noun() -> None:
    from timeline.actors.products import numbered_names

    text = (
        "Its predecessor, Tarsis-1, was deployed in 2019. Tarsis-2 separated from the rocket "
        "at 10:21. The Cal-25 contract fell, and Covid-19 restrictions ended in Sep-2022."
    )
    found = [(m.text, m.type) for m in numbered_names(text, [])]
    assert found == [("Tarsis-1", "product"), ("Tarsis-2", "product")]


def test_a_model_number_alone_after_the_is_the_product_with_that_number() -> None:
    from timeline.actors.mention import ActorMention
    from timeline.actors.sweeps import model_number_sweep

    text = (
        "The Tarrow 310 of the regional airline landed in fog on Monday. "
        "The 310 was delivered in 1991, and the 310 passengers were unhurt."
    )
    tarrow = ActorMention(4, 14, "Tarrow 310", "Tarrow 310", "product")
    found = [(m.start, m.name) for m in model_number_sweep(text, [tarrow])]
    assert found == [(text.index("310 was"), "Tarrow 310")]
    # two products with that number: neither
    other = ActorMention(200, 210, "Velin 310", "Velin 310", "product")
    assert model_number_sweep(text, [tarrow, other]) == []


def test_a_number_with_its_thousands_after_a_name_is_no_model_number() -> None:
    """Stop 47: "fined Kelso Rovers 5,000 pesos" fines the club; "5" is the sum's first
    figure, no model of a product named "Kelso Rovers 5"."""
    text = "The league fined Kelso Rovers 5,000 pesos on Tuesday."
    end = text.index(" 5,000")
    assert not model_number_at(text, end)
    assert model_span(text, text.index("Kelso"), end, "ORG") == (text.index("Kelso"), end, "ORG")
    # a model number stays one before a comma and a space
    text = "It sold the Tarvik 4, the Tarvik 5 and more."
    assert model_number_at(text, text.index(" 4,"))


def test_a_sum_in_a_currencys_letter_with_a_thousands_comma_is_no_name() -> None:
    text = "The market was built at a cost of K186,000 and opened in May."
    start = text.index("K186")
    assert model_span(text, start, start + len("K186,000"), "MONEY") is None


def test_a_currency_code_before_its_sum_in_thousands_is_no_name_end_to_end() -> None:
    """Stop 47: with "1,862m" no model number, "DKK" the model reads as a body elsewhere is
    not swept back before its sum."""
    text = (
        "Revenue for the six months fell 14% to DKK 1,862m, against DKK 2,101m a year "
        "earlier. Tarvik Wind expects revenue of DKK 3.6-3.9bn for the year."
    )
    names = {m.start: m.name for m in find_actors([text])[0]}
    assert text.index("DKK") not in names, names
