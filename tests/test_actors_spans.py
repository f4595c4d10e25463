"""Entity spans cleaned into names: possessives, "the", treaties, trailing dates."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors
from timeline.actors.spans import clean_span

from .mentions import actor_names as _names


def test_possessives_and_the_are_stripped() -> None:
    text = "The regime fell after Saddam Hussein's ouster, the State Department said."
    names = _names(text)
    assert "Saddam Hussein" in names
    assert "State Department" in names


@pytest.mark.parametrize("quote", ['"', "“", "'"])
def test_an_article_before_a_coined_name_in_quotes_is_no_word_of_it(quote: str) -> None:
    text = f"the merger would build a {quote}Greater Rivermouth Port{quote} by 2030"
    start = text.index("a ")
    span = clean_span(text, start, text.index("Port") + 4, "ORG")
    assert span is not None
    assert span.text == "Greater Rivermouth Port"


def test_agreements_are_not_organisations() -> None:
    text = "They renewed the Strategic Framework Agreement with Iraq."
    assert "Strategic Framework Agreement" not in _names(text)


def test_a_bill_is_a_law_not_an_actor_but_a_person_named_bill_is() -> None:
    text = "Lawmakers passed the Coastal Fisheries Bill late on Monday."
    start = text.index("Coastal")
    assert clean_span(text, start, start + len("Coastal Fisheries Bill"), "ORG") is None
    person = clean_span("Bill spoke first.", 0, 4, "PERSON")
    assert person is not None and person.text == "Bill"


def test_a_law_with_its_year_after_it_is_no_actor_but_a_fund_named_with_a_year_is() -> None:
    text = "The mill breached the Clean Rivers Act 1991 and the Coastal Waters Act, 2004."
    for law in ("Clean Rivers Act 1991", "Coastal Waters Act, 2004"):
        start = text.index(law)
        assert clean_span(text, start, start + len(law), "ORG") is None, law
    fund = clean_span("Lumen Partners 2020 raised money.", 0, 19, "ORG")
    assert fund is not None and fund.text == "Lumen Partners 2020"


def test_a_wire_services_dateline_is_no_word_of_the_first_name_after_it() -> None:
    text = "LIMA, Peru--(MARKETLINE)--Andes Copper Holdings Ltd said today it would grow."
    start, end = text.index("Peru"), text.index(" said")
    span = clean_span(text, start, end, "ORG")
    assert span is not None and span.text == "Andes Copper Holdings Ltd"
    text = "NAGOYA, Japan--(NEWSLINE)--Kurosawa Marine Insurance Company said today it would grow."
    assert "Kurosawa Marine Insurance Company" in _names(text)


def test_a_sum_in_rupees_is_no_actor() -> None:
    for text, sum_ in [
        ("Cotton gained Rs 4 to close at Rs 238 a bale.", "Rs 4"),
        ("The ruling will cost the operator Rs. 1.6 billion.", "Rs"),
    ]:
        start = text.index(sum_)
        assert clean_span(text, start, start + len(sum_), "ORG") is None, text
    person = clean_span("Rsaka Tembo said so.", 0, 11, "PERSON")
    assert person is not None and person.text == "Rsaka Tembo"


def test_a_named_list_is_a_document_not_an_actor() -> None:
    text = "The Orvane wetlands joined the Coastal Heritage List in 2019."
    start = text.index("Coastal")
    assert clean_span(text, start, start + len("Coastal Heritage List"), "ORG") is None
    assert "Coastal Heritage List" not in _names(text)


def test_a_date_after_a_name_is_not_part_of_it() -> None:
    raw = clean_span("the Union Army of the Potomac on July 26 was", 4, 40, "ORG")
    assert raw is not None and raw.text == "Union Army of the Potomac"


def test_a_score_after_a_team_is_no_word_of_its_name() -> None:
    span = clean_span("Ashdown 402-7 dec; Fenmoor 88-3", 0, 13, "ORG")
    assert span is not None and span.text == "Ashdown"


def test_a_game_score_the_model_took_for_a_model_number_leaves_a_team() -> None:
    text = "Their side beat Harrowgate 4-1 in March."
    span = clean_span(text, 16, 30, "PRODUCT")
    assert span is not None and (span.text, span.label) == ("Harrowgate", "ORG")
    model = clean_span("It flew the Boeing 737-800 in March.", 12, 26, "PRODUCT")
    assert model is not None and model.text == "Boeing 737-800"  # a model number stays
    span = clean_span("Ridgeway 3-1 on Saturday", 0, 12, "FAC")
    assert span is not None and span.text == "Ridgeway"
    span = clean_span("the Boeing 737-800 landed", 4, 18, "ORG")
    assert span is not None and span.text == "Boeing 737-800"


def test_a_common_noun_after_an_organisation_is_no_word_of_its_name() -> None:
    text = "the support of the United Auto Workers union, and of others"
    span = clean_span(text, 15, 44, "ORG")
    assert span is not None and span.text == "United Auto Workers"
    bank = clean_span("the Bank of England said", 4, 19, "ORG")
    assert bank is not None and bank.text == "Bank of England"  # kept whole


def test_a_corporate_suffix_alone_names_no_one_nor_makes_a_model() -> None:
    text = "the carmaker Kestrel LLC has said"
    assert clean_span(text, 21, 24, "ORG") is None  # "LLC", cut off by the model
    kestrel = clean_span(text, 13, 20, "ORG")
    assert kestrel is not None and (kestrel.text, kestrel.label) == ("Kestrel", "ORG")


def test_a_demonym_or_place_that_describes_a_thing_is_no_actor() -> None:
    """ "German carmakers", "the Norwegian system operator", "Chinese-made phones",
    "Houston-based Lunar Works": the demonym or place describes a thing; "the French
    government" is France acting; "French officials" and "the Germans objected" are people,
    whom the golds name without the country (stop 47)."""
    described = _names(
        "Regulators fined three German carmakers on Tuesday. Halden, the Norwegian grid "
        "operator, cut supplies. Imports of Chinese-made phones rose. Houston-based Lunar "
        "Works built the lander."
    )
    assert not {"Germany", "Norway", "China", "Houston"} & set(described), described
    acting = _names("The French government welcomed the fine, but the Germans objected.")
    assert "France" in acting
    assert not {"Germany", "Germans"} & set(acting)


def test_a_demonym_before_a_team_a_counterpart_or_its_people_is_no_actor() -> None:
    """ "Portuguese side", "her Peruvian counterpart", "the retreating Austrian army",
    "Chilean citizens": a team, a person, a unit and people described by a demonym, not the
    state acting (as "the Peruvian government" is)."""
    described = _names(
        "Ferreira joined Portuguese side Vila Nova FC on Monday. The minister met her Peruvian "
        "counterpart Ana Quispe in Lima. The retreating Austrian army blew up the bridge. Two "
        "Chilean citizens were hurt."
    )
    assert not {"Portugal", "Peru", "Austria", "Chile"} & set(described), described


def test_a_place_before_a_title_is_the_persons_role() -> None:
    """ "Nevada Attorney General Lucia Fernandez": the state is a word of her title, not an
    actor beside her; so is it after the name ("the governor of Ohio": actors/title_places);
    named elsewhere in the sentence, it is one."""
    text = "Nevada Attorney General Lucia Fernandez spoke on Tuesday."
    assert _names(text) == ["Lucia Fernandez"]
    names = _names("Daniel Whitcombe, the governor of Ohio, declared an emergency.")
    assert "Ohio" not in names
    names = _names("Daniel Whitcombe, the governor of Ohio, declared an emergency in Ohio.")
    assert "Ohio" in names


def test_a_storm_and_its_name_are_no_actors() -> None:
    """A named storm is an event ("Hurricane Delphine", then "Delphine"); the agency that
    names it stays ("the National Hurricane Center")."""
    names = _names(
        "Hurricane Delphine weakened over Georgia, the National Hurricane Center said. "
        "Delphine is expected to bring rain to the Carolinas on Monday."
    )
    assert "National Hurricane Center" in names
    assert not [name for name in names if "Delphine" in name], names
    # a storm's class with its strength written before it ("Severe Tropical Storm")
    names = _names(
        "Schools shut in Fiji as Severe Tropical Storm Keleni moved closer to the island. "
        "Keleni was centred 300 km north of Suva at 16h00."
    )
    assert not [name for name in names if "Keleni" in name], names


def test_a_storm_word_in_lower_case_names_the_storm_after_it() -> None:
    """ "windstorm Orla", "typhoon Kaito": the storm word in lower case names a storm too;
    a weekday after "the storm" stays a date."""
    names = _names(
        "Corrib Mutual expects claims from windstorm Orla, which crossed Galway on Friday. "
        "Orla also closed ports in Mayo, while typhoon Kaito neared Okinawa."
    )
    assert not [name for name in names if "Orla" in name or "Kaito" in name], names
    assert "Corrib Mutual" in names


def test_the_organisation_word_the_model_left_out_is_in_the_name() -> None:
    text = "Shares of Harvest Table Foods rose."
    span = clean_span(text, 10, 23, "ORG")  # the model read "Harvest Table"
    assert span is not None and span.text == "Harvest Table Foods"
    person = clean_span("Mara Quill Foods", 0, 10, "PERSON")  # only an organisation grows
    assert person is not None and person.text == "Mara Quill"


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        ("Norvik Marine, a Bergen owner of supply vessels, cut 90 jobs.", "Bergen", "GPE"),
        ("The chairs were sold by another Ontario firm in May.", "Ontario", "GPE"),
        ("A Quito grocery app backed by the fund shut down in March.", "Quito", "GPE"),
        ("Pedro Diaz, a Lima insolvency lawyer, was named administrator.", "Lima", "GPE"),
        ("Gallant, a former Halifax school principal, became premier.", "Halifax", "GPE"),
        # one word the model took for a building or a person, never in a longer name
        ("Veltra Tankers, a Tromsø owner of tankers, laid up two ships.", "Tromsø", "FAC"),
        ("A Tarbert fisherman, Ewan Moir, was fined on Monday.", "Tarbert", "PERSON"),
        ("It sold its share of a Kyushu copper refinery in May.", "Kyushu", "PERSON"),
    ],
)
def test_a_place_after_an_indefinite_article_describes_the_noun_after_it(
    text: str, place: str, label: str
) -> None:
    start = text.index(place)
    assert clean_span(text, start, start + len(place), label) is None


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Sam Dunne kicked two goals and a Dunne penalty won it.", "Dunne", "PERSON"),
        ("Korvex Foods shut a Korvex plant in May.", "Korvex", "PERSON"),
        ("The laptop has a Quorvex processor inside.", "Quorvex", "ORG"),  # a brand
        ("A Korvex spokesman said the plant would close.", "Korvex", "PERSON"),  # acting
    ],
)
def test_a_name_after_an_indefinite_article_that_names_someone_stays(
    text: str, name: str, label: str
) -> None:
    start = text.rindex(name)
    assert clean_span(text, start, start + len(name), label) is not None


@pytest.mark.parametrize(
    "text",
    [
        "A Bergen official said the port would close.",  # the place's state acting
        "The Bergen court ruled on Monday.",  # "the": often the first word of a name
        "Ships bound for Bergen waited.",
        "Fishermen in a Bergen on the coast waited.",  # no noun after it
    ],
)
def test_a_place_not_describing_a_noun_stays(text: str) -> None:
    start = text.index("Bergen")
    assert clean_span(text, start, start + len("Bergen"), "GPE") is not None


def test_a_region_or_a_demonym_before_a_noun_describes_a_thing() -> None:
    # a region after "the" before a noun: the noun's kind, not a place taking part
    text = "Forecasters said the Caribbean storm season would be mild."
    start = text.index("Caribbean")
    assert clean_span(text, start, start + len("Caribbean"), "LOC") is None
    text = "Ships waited in the Caribbean for two days."
    assert clean_span(text, start - 1, start - 1 + len("Caribbean"), "LOC") is not None
    # a capitalised word and a demonym the model took for a person: no one is named so
    text = "Benchmark Swedish power prices rose 4% on Monday."
    assert clean_span(text, 0, len("Benchmark Swedish"), "PERSON") is None
    text = "Anna Lind prices rose, analysts said."  # no demonym last: a person's name
    assert clean_span(text, 0, len("Anna Lind"), "PERSON") is not None


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Ore was found near Tarsk. About 300 people work at the Tarsk plant.", "Tarsk", "GPE"),
        ("Rents rose in Vellany. Two of the Vellany shops closed.", "Vellany", "GPE"),
        ("Ore is mined near Oskeby. Trading on the Oskeby exchange stopped.", "Oskeby", "ORG"),
        ("Voters in Marrow queued at the Marrow polling place.", "Marrow", "GPE"),
    ],
)
def test_a_town_after_the_that_only_places_a_thing_is_no_actor(
    text: str, name: str, label: str
) -> None:
    """ "the Tarsk plant", "the Oskeby exchange": the town says where the thing is, whatever
    the model took it for, when the text writes it alone after a preposition of place."""
    start = text.rindex(name)
    assert clean_span(text, start, start + len(name), label) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Snow fell in Tarsk. Roads in the Tarsk region closed.", "Tarsk"),  # a unit
        ("Floods hit Tarsk. The Tarsk high court sat late.", "Tarsk"),  # a body of the place
        ("Rain fell on Tarsk. The Tarsk provincial government met.", "Tarsk"),
        ("Miners reached the San Orlo shaft at noon.", "San Orlo"),  # its own name
        ("Flights to Tarsk resumed. The Tarsk and Vell ferries sailed.", "Tarsk"),
    ],
)
def test_a_place_after_the_naming_its_unit_or_body_or_itself_stays(text: str, name: str) -> None:
    start = text.rindex(name)
    assert clean_span(text, start, start + len(name), "GPE") is not None


@pytest.mark.parametrize(
    "text",
    [
        "About 300 people work at the Tarsk plant.",
        "Trucks queued at the Oskeby terminal on Monday.",
        "The hearing is set for May 4 at the Vellany courthouse.",
    ],
)
def test_a_town_after_the_before_a_works_only_places_it(text: str) -> None:
    """ "the Tarsk plant", "the Vellany courthouse": before a noun of a works or a place of
    business (`data/site_nouns.txt`), a town the model tagged as one only says where the thing
    is, even when the text never writes it alone."""
    name = text.split(" the ")[1].split(maxsplit=1)[0]
    start = text.index(name)
    assert clean_span(text, start, start + len(name), "GPE") is None


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # its owner's plant: the owner named on its own (a word written only before a works is a
        # town: `modifiers._names_nothing_else`)
        ("Workers at the Vella plant voted to strike, Vella said.", "Vella", "ORG"),
        ("The Tarsk plant of Tarsk Copper shut.", "Tarsk", "GPE"),  # a name's first word
        ("Miners reached the San Orlo shaft at noon.", "San Orlo", "GPE"),  # not a works
    ],
)
def test_a_name_before_a_works_that_may_own_it_stays(text: str, name: str, label: str) -> None:
    start = text.index(name)
    assert clean_span(text, start, start + len(name), label) is not None


def test_no_name_crosses_a_paragraph() -> None:
    text = "Harbour Dues Rise Again\n\nNorway's ports raised fees on Monday."
    cleaned = clean_span(text, 13, text.index("'s"), "ORG")  # "Rise Again ... Norway"
    assert cleaned is not None
    assert (cleaned.text, cleaned.label) == ("Norway", "GPE")


def test_a_place_inside_a_hyphenated_word_is_no_actor_unless_the_word_is_a_country() -> None:
    from timeline.actors import find_actors

    for text in (
        "A Saudi-Bangladeshi joint venture won the contract.",
        "Crews closed the Tignish-Palmer Road on Monday.",
    ):
        assert [m.type for m in find_actors([text])[0] if m.type == "country"] == [], text
    found = find_actors(["Officials in Guinea-Bissau said the vote was fair."])[0]
    assert [(m.name, m.type) for m in found] == [("Guinea-Bissau", "country")]


def test_abbreviated_titles_are_roles_not_words_of_the_name() -> None:
    texts = [
        "Cllr Declan Mulroy said the council would meet on Monday.",
        "Det Sgt Paul Quinn said the inquiry would continue.",
        "Prof Liam Boyle said the study began in 2019.",
        "Priya Ramaswamy spoke on Friday. Ms Ramaswamy said the loan was approved.",
    ]
    mulroy, quinn, boyle, ramaswamy = find_actors(texts)
    assert [(m.name, m.type, m.role) for m in mulroy] == [("Declan Mulroy", "person", "Cllr")]
    assert [(m.name, m.role) for m in quinn] == [("Paul Quinn", "Det Sgt")]
    assert [(m.name, m.role) for m in boyle] == [("Liam Boyle", "Prof")]
    assert {(m.text, m.name, m.type) for m in ramaswamy} == {
        ("Priya Ramaswamy", "Priya Ramaswamy", "person"),
        ("Ramaswamy", "Priya Ramaswamy", "person"),
    }
    # a full title before initials: a person, whatever the model took the span for
    text = "A bench of Justice R K Deshmukh said the order was void."
    span = clean_span(text, 11, 31, "ORG")
    assert span is not None and (span.text, span.label, span.role) == (
        "R K Deshmukh",
        "PERSON",
        "Justice",
    )


def test_a_person_span_keeps_the_full_name_after_a_line_break() -> None:
    text = "Minister of State for Rural Development\nPriya Ramaswamy said the fund would grow."
    start = text.index("Development")
    span = clean_span(text, start, text.index(" said"), "PERSON")
    assert span is not None and span.text == "Priya Ramaswamy"
    wrapped = "the minister, Priya\nRamaswamy, said"
    span = clean_span(wrapped, 14, 29, "PERSON")
    assert span is not None and span.text == "Priya\nRamaswamy"


def test_a_place_word_the_model_left_out_is_part_of_the_place() -> None:
    text = "Shoppers were evacuated from Monongahela Plaza on Friday."
    start = text.index("Monongahela")
    span = clean_span(text, start, start + len("Monongahela"), "GPE")
    assert span is not None and span.text == "Monongahela Plaza"


def test_a_name_with_a_plural_possessive_inside_is_one_organisation() -> None:
    text = "Members of the Lough Mask Anglers' Association voted on Tuesday to oppose it."
    names = {m.name for m in find_actors([text])[0]}
    assert names == {"Lough Mask Anglers' Association"}
