"""Entity spans that name no actor or another kind: places that only describe, events, sums of
money, indices, routes, reporting periods, portfolios, examinations; and words that belong to a
name or not (titles, honorifics, letters after a name)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.spans import LABEL_TYPES, clean_span

from .mentions import actor_names as _names


def test_a_place_describing_a_firm_or_a_person_is_no_actor() -> None:
    texts = [
        "The contract was won by a Townsville firm on Monday.",
        "The prize went to a senior from Toronto on Friday.",
        "Amy Chen, a senior from Toronto, won the prize on Friday.",
        "Brisbane childcare operator Ann Lee closed two centres on Monday.",
    ]
    firm, senior, chen, lee = (
        {m.name for m in mentions if m.type != "person"} for mentions in find_actors(texts)
    )
    assert firm == senior == chen == lee == set()
    # a place that acts, hosts or has the court stays
    texts = [
        "Townsville approved the plan on Monday.",
        "The fire broke out in Toronto.",
        "Apple was sued in a London court.",
    ]
    assert [{m.name for m in mentions} for mentions in find_actors(texts)] == [
        {"Townsville"},
        {"Toronto"},
        {"Apple", "London"},
    ]


def test_a_country_in_a_judges_title_is_her_role() -> None:
    text = "U.S. District Judge Jane Doe ruled on Tuesday that the law was void."
    mentions = find_actors([text])[0]
    assert [(m.name, m.role) for m in mentions] == [("Jane Doe", "U.S. District Judge")]


def test_an_honorific_the_model_took_for_a_body_is_the_persons_title() -> None:
    # "Adv" (an advocate) is a title: no organisation "Adv", the person keeps it as her role
    text = "The board chairperson Adv Grace Amukoto said on Friday that counting was over."
    mentions = find_actors([text])[0]
    assert [(m.name, m.type, m.role) for m in mentions] == [("Grace Amukoto", "person", "Adv")]
    # the model's "Adv" alone, before the name it took apart, is no body either
    text = "Turnout was 64 per cent, chairperson Adv Grace Amukoto said."
    start = text.index("Adv")
    assert clean_span(text, start, start + 3, "ORG") is None
    assert clean_span("Adv said on Friday.", 0, 3, "ORG") is not None  # no name after it


def test_an_event_is_no_actor() -> None:
    names = _names(
        "Lena Varga won the Ostrava Open on Sunday. Her club won the Moravia Cup, and her "
        "film took a prize at the Brno Film Festival. Lena Varga flies to Vienna next week."
    )
    assert not [n for n in names if n.endswith(("Open", "Cup", "Festival"))], names
    assert "Lena Varga" in names
    text = (
        "Growers will sell at the Tarsk Harbour Food Fair, then at the Vella Winter Carnival, "
        "and the results go to the Northern Kelp Research Symposium in Oslo in June."
    )
    ends = ("Fair", "Carnival", "Symposium")
    assert not [n for n in _names(text) if n.endswith(ends)], _names(text)


def test_a_family_name_with_a_glottal_stop_is_part_of_the_name() -> None:
    text = "Party leader Mele Vaha'akolo conceded on Friday. Vaha'akolo thanked her voters."
    names = {m.name for m in find_actors([text])[0]}
    assert "Mele" not in names
    span = clean_span(text, 13, 17, "PERSON")
    assert span is not None and span.text == "Mele Vaha'akolo"
    # a possessive or a contraction after a name is no word of it
    possessive = "Ana Smith's plan"
    assert clean_span(possessive, 0, 3, "PERSON").text == "Ana"  # type: ignore[union-attr]


def test_a_name_before_a_place_word_in_lower_case_is_a_place() -> None:
    text = (
        "Ilona Varga designed the Dravafok bridge. The Dravafok bridge opened in 2009. "
        "She said he had inspected it."
    )
    span = clean_span(text, text.index("Dravafok"), text.index("Dravafok") + 8, "PERSON")
    assert span is not None and span.label == "FAC"
    people = {m.name for m in find_actors([text])[0] if m.type == "person"}
    assert "Dravafok" not in people


def test_a_number_word_in_capitals_opening_a_report_is_no_name() -> None:
    text = "TWELVE fishermen were rescued off Kelby Point yesterday by the Harwick lifeboat."
    assert clean_span(text, 0, 6, "ORG") is None
    assert "TWELVE" not in _names(text)


def test_a_place_joined_to_based_is_no_actor_whatever_the_model_took_it_for() -> None:
    text = "Its owner, Larnaca-based Tessaly Shipping Management, confirmed the sale on Monday."
    names = set(_names(text))
    assert "Larnaca" not in names
    assert "Tessaly Shipping Management" in names
    assert clean_span(text, 11, 18, "ORG") is None


def test_letters_after_a_members_name_are_no_part_of_it() -> None:
    text = "Committee member Orla Tierney TD asked for the figures on Tuesday."
    start = text.index("Orla")
    span = clean_span(text, start, text.index(" asked"), "PERSON")
    assert span is not None and span.text == "Orla Tierney"


def test_a_portfolio_is_no_organisation() -> None:
    text = "Deputy Fisheries Minister Kalani Hoapili said the quota would be cut."
    start = text.index("Fisheries")
    assert clean_span(text, start, start + len("Fisheries"), "ORG") is None
    text = "She thanked the Minister of Rivers, Lakes and Wetlands, Dr Ewa Nowik, for her support."
    start = text.index("Lakes")
    assert clean_span(text, start, text.index(", Dr"), "ORG") is None
    # an organisation before another title acts: the firm and its president
    text = "Harwell President Jo Kim said the plant would close."
    span = clean_span(text, 0, 7, "ORG")
    assert span is not None and span.text == "Harwell"


def test_a_sum_of_money_is_no_actor() -> None:
    text = "Shares of Tessaly rose to NZ$4.15 on Monday."
    start = text.index("NZ$")
    assert clean_span(text, start, start + len("NZ$4.15"), "ORG") is None


@pytest.mark.parametrize(
    "sum_of_money",
    ["SEK 48", "CHF 7.25", "ZAR 12.80", "PLN 3"],
)
def test_a_currency_code_and_a_number_are_a_sum_not_a_product(sum_of_money: str) -> None:
    # a price or dividend written with the currency's code, the model's product or firm
    text = f"Pellam proposed a dividend of {sum_of_money} a share, and its shares closed at it."
    start = text.index(sum_of_money)
    for label in ("PRODUCT", "ORG"):
        assert clean_span(text, start, start + len(sum_of_money), label) is None
    assert sum_of_money not in {m.name for m in find_actors([text])[0]}


def test_an_index_and_its_number_are_no_sum_of_money() -> None:
    text = "The Tarsk Exchange's TSX 40 index rose 1.2 per cent on Monday."
    start = text.index("TSX 40")
    span = clean_span(text, start, start + len("TSX 40"), "ORG")
    assert span is not None and span.text == "TSX 40"


def test_two_places_joined_by_an_en_dash_describe_a_route() -> None:
    text = "The line runs a weekly Near East–Baltic service from Gdynia."
    start = text.index("Near East")
    assert clean_span(text, start, start + len("Near East"), "LOC") is None
    start = text.index("Baltic")
    assert clean_span(text, start, start + len("Baltic"), "LOC") is None
    start = text.index("Gdynia")
    span = clean_span(text, start, start + len("Gdynia"), "GPE")
    assert span is not None and span.text == "Gdynia"


def test_a_sea_south_of_somewhere_is_a_place_not_a_description() -> None:
    text = "The probe passed 900 km above the Tasman Sea north-east of Norfolk Island."
    start = text.index("Tasman Sea")
    span = clean_span(text, start - 4, start + len("Tasman Sea"), "LOC")
    assert span is not None and span.text == "Tasman Sea"
    text = "It was the worst storm of the Tasman Sea cyclone season."
    start = text.index("Tasman Sea")
    assert clean_span(text, start - 4, start + len("Tasman Sea"), "LOC") is None


def test_a_sea_followed_by_a_word_of_time_is_a_place() -> None:
    text = "Two tankers collided in the Strait of Sedna early on Sunday."
    start = text.index("the Strait")
    span = clean_span(text, start, start + len("the Strait of Sedna"), "LOC")
    assert span is not None and span.text == "Strait of Sedna"


@pytest.mark.parametrize("period", ["Q3", "H1", "FY24", "FY 2025", "4Q"])
def test_a_reporting_period_after_a_company_s_name_is_no_part_of_it(period: str) -> None:
    text = f"Tarrow Foods {period} profit rises on exports"
    span = clean_span(text, 0, len(f"Tarrow Foods {period}"), "ORG")
    assert span is not None
    assert span.text == "Tarrow Foods"


def test_a_title_written_in_initials_alone_is_no_organisation() -> None:
    """ "Tomo Aki — CFO" heads a turn of an earnings call: her title, no organisation that
    "we" could stand for; a name in capitals is still one."""
    text = "Tomo Aki — CFO\nWe bought back shares. Later the COO resigned. NASA said so."
    assert clean_span(text, 11, 14, "ORG") is None
    coo = text.index("COO")
    assert clean_span(text, coo, coo + 3, "ORG") is None
    nasa = text.index("NASA")
    found = clean_span(text, nasa, nasa + 4, "ORG")
    assert found is not None and found.text == "NASA"


def test_a_sum_after_a_currencys_code_is_no_actor() -> None:
    text = (
        "The ministry will pay grants of MWK 150,000 to each family. The agency is appealing "
        "for MWK 4.5 billion. The MASI 20 index rose."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert not any(name.startswith("MWK") for name in names), names
    assert "MASI 20" in names  # an index and its number


def test_a_title_in_the_name_of_a_place_or_body_is_a_word_of_it() -> None:
    # the model reads "the Sir" apart from the airport's other words
    text = "Flights from the Sir Amos Tutu International Airport were cancelled on Monday."
    start = text.index("Amos")
    airport = clean_span(text, start, start + len("Amos Tutu International Airport"), "ORG")
    assert airport is not None
    assert (airport.text, airport.label) == ("Sir Amos Tutu International Airport", "ORG")
    # a title before a person's name stays a role
    person = clean_span("Dr Ama Boateng said so.", 3, 14, "ORG")
    assert person is not None
    assert (person.text, person.label) == ("Ama Boateng", "PERSON")


def test_a_ministry_after_a_secretarys_of_is_a_body_not_a_portfolio() -> None:
    text = (
        "The Permanent Secretary of the Ministry of Inland Fisheries, Dr. Ruth Akello, said on "
        "Monday that the budget was spent."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert "Ministry of Inland Fisheries" in names, names
    assert "Inland Fisheries" not in names, names
    # the portfolio of a minister is still no body
    text = "The Minister of Inland Fisheries, Mrs. Ruth Akello, said on Monday it was spent."
    assert not any("Fisheries" in n for n in {m.name for m in find_actors([text])[0]})


def test_a_participle_opening_the_sentence_and_a_title_are_no_words_of_a_body() -> None:
    text = (
        "Addressing the Assembly before the vote, the Special Representative of the "
        "Secretary-General, Ana Lobo, said the talks had stalled."
    )
    start = text.index("Addressing")
    assembly = clean_span(text, start, text.index(" before"), "ORG")
    assert assembly is not None and assembly.text == "Assembly"
    title = text.index("Special")
    assert clean_span(text, title, title + len("Special Representative"), "ORG") is None


def test_an_opening_word_its_comma_and_the_are_no_words_of_a_body() -> None:
    """ "Meanwhile, the Ministry of Ports said": the model's span opened at the sentence's first
    word (stop 43); a firm's names joined by a comma, with no "the", stay one name."""
    for opener in ("Meanwhile", "However", "Separately", "Yesterday"):
        text = f"Exports fell. {opener}, the Ministry of Ports and Harbours said it would act."
        start = text.index(opener)
        body = clean_span(text, start, text.index(" said"), "ORG")
        assert body is not None and body.text == "Ministry of Ports and Harbours", body
    text = "The auditors, Tarrow, Venn and Company, were re-appointed."
    start = text.index("Tarrow")
    firm = clean_span(text, start, text.index(", were"), "ORG")
    assert firm is not None and firm.text == "Tarrow, Venn and Company"


def test_a_town_taken_for_a_person_before_a_site_noun_describes_the_site() -> None:
    """ "the Kaarst office": the model may take a town for a person there; written alone
    after "in" elsewhere, it is the town, and before "office" only says which office."""
    from timeline.actors.modifiers import describes_a_thing

    text = "It opened an office in Kaarst last year. The staff of the Kaarst office will move."
    end = text.rindex("Kaarst") + len("Kaarst")
    assert describes_a_thing(text, "Kaarst", end, "PERSON")
    # never written after a preposition of place: a person's name ("the Dunmore office")
    text = "Ella Dunmore spoke. The staff of the Dunmore office will move."
    end = text.rindex("Dunmore") + len("Dunmore")
    assert not describes_a_thing(text, "Dunmore", end, "PERSON")


def test_an_owners_possessive_in_lower_case_is_no_word_of_the_name() -> None:
    text = "Ivo Marsh of the university's Department of Soil Science led it."
    start = text.index("university")
    span = clean_span(text, start, text.index(" led"), "ORG")
    assert span is not None and span.text == "Department of Soil Science"


@pytest.mark.parametrize(
    "honorific",
    [
        *("Mme", "Mlle", "Herr", "Frau", "Señora", "Signor", "Doña", "Präses"),
        *("Haji", "Hajjah", "Hagg", "Nakhoda", "Tan Sri", "Puan Sri", "Toh Puan"),
    ],
)
def test_a_foreign_honorific_is_no_word_of_the_name(honorific: str) -> None:
    text = f"The director, {honorific} Odile Marchetti, said on Thursday that seats were sold."
    start = text.index(honorific)
    span = clean_span(text, start, text.index(", said"), "PERSON")
    assert span is not None and span.text == "Odile Marchetti"


_PIECES = ["Ann", "Lee", "TD", "Co.", "Ltd", "the", "said", "of", "’s", "'", "-", "–", "(", ")"]
_PIECES += ["\n", "\n\n", " ", ",", ".", ":", "2020", "July 26", "3-0", "Q3", "per cent", "Ó", "x"]


@given(
    pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10),
    cut=st.tuples(st.floats(0, 1), st.floats(0, 1)),
    label=st.sampled_from(sorted(LABEL_TYPES)),
)
def test_any_span_of_any_text_is_a_name_or_none(
    pieces: list[str], cut: tuple[float, float], label: str
) -> None:
    """No span breaks the cleaning, blank ones included ("TD(\\n" cut at its line break): a
    name it keeps holds a word."""
    text = "".join(pieces)
    start, end = sorted(round(c * len(text)) for c in cut)
    span = clean_span(text, start, end, label)
    assert span is None or span.text.strip()


@pytest.mark.parametrize(
    ("text", "exam"),
    [
        (
            "The Leaving Certificate began this morning with the first English paper.",
            "Leaving Certificate",
        ),
        (
            "About 90,000 pupils sat the Tarvik Scholastic Aptitude Test today.",
            "Tarvik Scholastic Aptitude Test",
        ),
        (
            "The Junior Secondary Examination will be written from 3 May.",
            "Junior Secondary Examination",
        ),
    ],
)
def test_an_examination_by_its_name_is_no_actor(text: str, exam: str) -> None:
    """An examination pupils sit, by its own name or its certificate's, is an event, no body
    (stop 47; `data/event_words.txt`)."""
    start = text.index(exam)
    assert clean_span(text, start, start + len(exam), "ORG") is None


def test_a_body_that_sets_examinations_stays() -> None:
    text = "The Tarvik Examinations Council said the papers were safe."
    start = text.index("Tarvik")
    span = clean_span(text, start, start + len("Tarvik Examinations Council"), "ORG")
    assert span is not None and span.text == "Tarvik Examinations Council"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Haji Rahmat Sulaiman Khoso, who owns the netting works, said prices doubled.",
            "Rahmat Sulaiman Khoso",
        ),
        ("The chairman, Tan Sri Wong Kar Seng, said the plant would open in May.", "Wong Kar Seng"),
        ("Hagg Sayed Abdel-Latif, head of the traders, said prices rose.", "Sayed Abdel-Latif"),
        ("Nakhoda Yusuf Ba-Salim, master of the dhow, said the cargo was safe.", "Yusuf Ba-Salim"),
        ("Präses Johannes Wittrock said the synod would meet in June.", "Johannes Wittrock"),
    ],
)
def test_an_honorific_of_another_language_opening_a_sentence_is_no_word_of_the_name(
    text: str, person: str
) -> None:
    """Stop 54, helper `found`: the model reads the honorific into the person's name."""
    names = {(m.name, m.type) for m in find_actors([text])[0]}
    assert (person, "person") in names
