"""Names cut at the wrong place or taken for actors they are not (`timeline.actors.spans`,
`timeline.actors.acronyms`, `timeline.actors.names`): a given name's hyphenated syllable, a
section path, a rank, a code, lower-case words before a name, a budget, an olympiad, a
demonym before a person, a verb before a bracketed acronym, a country taken for a person."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import AliasTable, find_actors
from timeline.actors.acronyms import defined_acronyms
from timeline.actors.names import canonical
from timeline.actors.pieces import pieces
from timeline.actors.spans import RawSpan, clean_span

from .mentions import actor_names as _names


def test_a_given_name_cut_at_its_hyphen_is_whole_and_a_describing_suffix_is_not_taken() -> None:
    text = "union leader Park Ji-hoon said, and the Kim-led bloc agreed."
    span = clean_span(text, text.index("Park"), text.index("-hoon"), "PERSON")
    assert span is not None and span.text == "Park Ji-hoon"
    kim = clean_span(text, text.index("Kim"), text.index("-led"), "PERSON")
    assert kim is not None and kim.text == "Kim"


def test_a_section_path_is_no_name() -> None:
    text = "Velgrove Cloud Engineering / Networking\n\nVelgrove Cloud fixed the fault on Monday."
    assert clean_span(text, 0, 39, "ORG") is None
    assert "Velgrove Cloud Engineering / Networking" not in _names(text)
    kept = clean_span("Harwell/Pike Ltd said", 0, 16, "ORG")  # a slash inside a name stays
    assert kept is not None and kept.text == "Harwell/Pike Ltd"


def test_a_rank_a_code_and_lower_case_words_before_a_name_are_no_words_of_it() -> None:
    text = "The table put KTU 41st. She opened the second Pike & Sons in Leeds."
    rank = clean_span(text, text.index("KTU"), text.index("."), "ORG")
    assert rank is not None and rank.text == "KTU"
    start = text.index("the second")
    shop = clean_span(text, start, text.index(" in Leeds"), "ORG")
    assert shop is not None and shop.text == "Pike & Sons"
    text = "B2 costs fell, and the A4 exchange rose."
    assert clean_span(text, 0, 2, "ORG") is None
    exchange = clean_span(text, text.index("A4"), text.index("A4") + 2, "ORG")
    assert exchange is not None and exchange.text == "A4"
    person = clean_span("said Charles de Gaulle", 13, 22, "PERSON")  # a particle stays
    assert person is not None and person.text == "de Gaulle"


def test_a_budget_and_an_olympiad_are_no_actors() -> None:
    text = "The Government put $5 million in the State Budget to host the Winter Olympiad."
    budget = text.index("State Budget")
    assert clean_span(text, budget, budget + 12, "ORG") is None
    olympiad = text.index("Winter Olympiad")
    assert clean_span(text, olympiad, olympiad + 15, "EVENT") is None
    assert clean_span(text, olympiad, olympiad + 15, "ORG") is None


def test_a_demonym_right_before_a_person_s_name_is_his_nationality_no_actor() -> None:
    text = "The stage went to Danish Mads Holm, ahead of Kenyan Peter Kiprono Rotich."
    danish = text.index("Danish")
    assert clean_span(text, danish, danish + 6, "NORP") is None
    kenyan = text.index("Kenyan")
    person = clean_span(text, kenyan, text.index(".", kenyan), "PERSON")
    assert person is not None and person.text == "Peter Kiprono Rotich"
    # a name that only begins like a demonym stays whole
    name = clean_span("said Jordan Peter Smith", 5, 23, "PERSON")
    assert name is not None and name.text == "Jordan Peter Smith"


def test_a_verb_and_its_place_before_a_defined_acronym_are_no_words_of_the_name() -> None:
    text = "Trading on the Kharkiv Grain Exchange (BTX) was halted. Speaking at the Lviv "
    text += "Freight Board (ZFB) meeting, she said so."
    found = {acronym: text[start:end] for start, end, acronym in defined_acronyms(text)}
    assert found["BTX"] == "Kharkiv Grain Exchange"
    assert found["ZFB"] == "Lviv Freight Board"


def test_a_country_the_model_took_for_a_person_is_the_country_not_an_organisation() -> None:
    text = "Officers of the Ghana Army cleared the road. Heavy rain hit Ghana last week."
    army, country = text.index("Ghana Army"), text.rindex("Ghana")
    raw = [
        RawSpan(army, army + 10, "Ghana Army", "ORG"),
        RawSpan(country, country + 5, "Ghana", "PERSON"),  # the model's mistake
    ]
    mentions = canonical(text, raw, AliasTable())
    assert [(m.text, m.name, m.type) for m in mentions] == [
        ("Ghana Army", "Ghana Army", "organisation"),
        ("Ghana", "Ghana", "country"),
    ]


def test_an_organisation_cut_after_the_of_or_and_inside_its_name_is_whole_again() -> None:
    assert _names("The Port of Spain City Council approved the plan.") == [
        "Port of Spain City Council"
    ]
    assert "Bay of Plenty Regional Council" in _names(
        "The growers wrote to the Bay of Plenty Regional Council on Monday."
    )
    assert _names("On Friday the Trinidad and Tobago Vendors' Association met.") == [
        "Trinidad and Tobago Vendors' Association"
    ]
    # a title before "of" is no word of the name
    assert "Minister of Health Council" not in _names("The Minister of Health Council met.")


def test_an_organisation_named_by_two_fields_joined_by_and_is_one_name() -> None:
    assert _names("On Monday the Department of Fisheries and Oceans closed the bay.") == [
        "Department of Fisheries and Oceans"
    ]
    assert _names("The Commission for Roads and Transport said on Monday it would appeal.") == [
        "Commission for Roads and Transport"
    ]
    assert _names("The Superintendency of Electricity and Fuels closed its inquiry.") == [
        "Superintendency of Electricity and Fuels"
    ]
    # a name the text writes on its own elsewhere is a second actor
    names = _names("The Ministry of Defence and Boeing signed a deal. Boeing said so.")
    assert "Boeing" in names and "Ministry of Defence and Boeing" not in names


def test_a_person_after_two_stacked_titles_is_found() -> None:
    assert "George Pardoe" in _names("Detective Superintendent George Pardoe arrived in Leeds.")
    assert "Mary Kettle" in _names("Police Inspector Mary Kettle said the road was shut.")
    names = _names("Director General Dr. Clarisse Uwamahoro said it was shut.")
    assert "Clarisse Uwamahoro" in names and "General Dr" not in names


def test_a_law_cut_before_its_brackets_and_an_ordinance_or_decree_are_no_actors() -> None:
    assert _names("A case was filed under the Public Examinations (Offences) Act, 1980.") == []
    assert _names("Vendors have paid fees since the Street Trading Ordinance was amended.") == []
    assert _names("The Press Freedom Decree was signed in Lome.") == ["Lome"]
    assert set(_names("The Ministry of Health (MoH) said it would act.")) == {"Ministry of Health"}


def test_a_lone_place_the_model_missed_after_to_or_near_is_an_actor() -> None:
    assert "Sur" in _names("The ministry plans to extend the coast road to Sur in 2020.")
    assert "Thika" in _names("The estate farms 400 acres near Thika and ships to Europe.")
    assert "Whitehall" in _names("He said he would lead a deputation to Whitehall.")
    names = _names("Output rose to Stage 2 in March, and the fee falls to Sept. levels.")
    assert "Stage" not in names and "Sept" not in names
    assert "English" not in _names("The speech was translated to English by aides.")


def test_a_run_naming_an_organisation_by_its_kind_and_field_after_of_is_one() -> None:
    assert "Guayaquil Chamber of Commerce" in _names(
        "The Guayaquil Chamber of Commerce said the old rate had cost exporters dearly."
    )
    assert "Lagos Federation of Traders" in _names(
        "Stall holders in the Lagos Federation of Traders voted to strike."
    )


def test_a_police_rank_is_a_title_no_actor() -> None:
    assert _names("Inspector Kettle is to report to the Chief Constable by Friday.") == ["Kettle"]
    assert "Amy Roe" in _names("Constable Amy Roe gave evidence at the inquest.")
    names = _names("The Chief Superintendent, Mr. Owen Pask, said the case was closed.")
    assert "Chief Superintendent" not in names


def test_a_judicial_church_or_honorific_title_is_a_role_not_a_word_of_the_name() -> None:
    """Magistrate, Bishop and Atty. are titles like Judge or Dr: the person is the names after
    them, whatever the model took the span for ("Sri" is not: "Sri Lanka")."""
    for text, person, title in [
        (
            "A Birkirkara man was fined by Magistrate Clara Mifsud Venn on Wednesday.",
            "Clara Mifsud Venn",
            "Magistrate",
        ),
        (
            "Bishop Anselm Okorie will visit the parish on Sunday, 17 April.",
            "Anselm Okorie",
            "Bishop",
        ),
        (
            "Voting was slow, the election officer, Atty. Rosario Dimaculangan, said.",
            "Rosario Dimaculangan",
            "Atty",
        ),
    ]:
        mentions = find_actors([text])[0]
        assert person in {m.name for m in mentions}, text
        assert not any(m.name.startswith(title) for m in mentions), text
    text = "Two men were remanded by Magistrate Mifsud Venn yesterday, after Magistrate Clara "
    text += "Mifsud Venn had heard the case."
    assert {m.name for m in find_actors([text])[0]} == {"Clara Mifsud Venn"}
    assert "Sri Lanka" in _names("Sri Lanka recorded 412 cases, the ministry said on Monday.")


def test_a_firm_named_by_its_partners_the_model_cut_at_the_comma_is_one_name() -> None:
    from timeline.actors.joined_halves import joined_neighbours

    text = "The ship was slowed by fog, her agents, Kessel, Ruane and Company, said yesterday."
    first, second = text.index("Kessel"), text.index("Ruane")
    cut = [  # as the model cuts such a name: the first partner a person
        RawSpan(first, first + 6, "Kessel", "PERSON"),
        RawSpan(second, second + 17, "Ruane and Company", "ORG"),
    ]
    assert [(s.text, s.label) for s in joined_neighbours(text, cut)] == [
        ("Kessel, Ruane and Company", "ORG")
    ]
    # a list of a town and a firm, or a person and two companies, stays apart
    text = "offices in Tarvik, Ruane and Company said."
    town, firm = text.index("Tarvik"), text.index("Ruane")
    listed = [
        RawSpan(town, town + 6, "Tarvik", "GPE"),
        RawSpan(firm, firm + 17, "Ruane and Company", "ORG"),
    ]
    assert len(joined_neighbours(text, listed)) == 2
    text = "Ana Roe, Kessel and Harlow Mining Group met."
    two = [
        RawSpan(0, 7, "Ana Roe", "PERSON"),
        RawSpan(9, 39, "Kessel and Harlow Mining Group", "ORG"),
    ]
    assert len(joined_neighbours(text, two)) == 2


def test_an_organisation_s_name_without_its_last_word_written_alone_is_the_organisation() -> None:
    text = (
        "Kumasi label Ashanti Beats Records signed a deal. "
        "Ashanti Beats's founder said the label had refused two offers. "
        "Ashanti Beats said it would appeal."
    )
    # "the label" stands for it too since stop 47 (a bare title's noun: `bare_descriptors`)
    named = [m.name for m in find_actors([text])[0] if m.text.startswith("Ashanti")]
    assert named == ["Ashanti Beats Records"] * 3
    assert set(_names(text)) == {"Ashanti Beats Records"}
    # a longer name of its own is another organisation
    assert _names("Harbour Crest Shipping sailed. Harbour Crest Hotel opened.") == [
        "Harbour Crest Shipping",
        "Harbour Crest Hotel",
    ]


def test_a_sum_written_with_a_currency_letter_and_spaced_thousands_is_no_product() -> None:
    text = "The mine made a loss of R412 000, against a loss of R388 000 a year before."
    assert not any(name.startswith("R") for name in _names(text))
    assert "K9 000 000" not in _names("The Kasama Dairy raised K9 000 000 from the offer.")


def test_a_place_of_words_english_has_no_noun_for_after_in_or_at_is_an_actor() -> None:
    assert "Kelbrig" in _names("He was arrested at a lodging-house in Kelbrig on May 2.")
    assert "Slavno Brdo" in _names("The flood wave will reach the river at Slavno Brdo by Friday.")
    names = _names("She works in Politics at Christmas and shops on Saturdays.")
    assert not set(names) & {"Christmas", "Saturdays"}
    assert "Kyrenvale" not in _names("He leaves a son, Mr. Ivo Marr, an advocate in Kyrenvale.")


def test_a_titled_name_in_any_latin_alphabet_or_with_initials_is_a_person() -> None:
    assert "Riikka Hämäläinen" in _names("Chief Executive Riikka Hämäläinen told reporters so.")
    assert "D. K. Rowse" in _names("Sergeant D. K. Rowse said the driver had been drinking.")


def test_a_missed_name_before_an_age_is_a_person_and_a_sector_name_a_company() -> None:
    assert "Ewan Tarrick" in _names("Ewan Tarrick, 58, of Dunvale, faced a petition on Monday.")
    assert "Harrow Mining" in _names("Harrow Mining fixed the bulk carrier for April loading.")


def test_a_name_of_two_words_of_another_name_is_two_names() -> None:
    nouns = frozenset({"system", "bank", "state", "friend", "earth"})
    text = "when Olek Varga of Tarnlight Systems will talk"
    start = text.index("Olek")
    found = pieces(text, start, start + len("Olek Varga of Tarnlight Systems"), "ORG", nouns)
    assert [(text[s:e], label) for s, e, label in found] == [
        ("Olek Varga", "ORG"),
        ("Tarnlight Systems", "ORG"),
    ]
    text = "The largest house, Brüder Kessler-Hainz of Dornfeld, cut hours."
    start = text.index("Brüder")
    found = pieces(text, start, start + len("Brüder Kessler-Hainz of Dornfeld"), "ORG", nouns)
    assert [(text[s:e], label) for s, e, label in found] == [
        ("Brüder Kessler-Hainz", "ORG"),
        ("Dornfeld", "GPE"),
    ]
    # a body's own name with "of" stays whole
    for name in ("Royal Bank of Tarnland", "United States of Avalon", "Friends of Earth"):
        text = f"The {name} said so."
        assert pieces(text, 4, 4 + len(name), "ORG", nouns) == [(4, 4 + len(name), "ORG")]


def test_a_list_the_model_cut_after_its_and_is_one_name_an_item() -> None:
    text = (
        "Prices in Melbourne slipped, while Perth, Adelaide and Brisbane extended their gains. "
        "The premier asked for help for parts makers in Windsor and Oshawa."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert {"Perth", "Adelaide", "Windsor"} <= names
    assert not any(name.endswith(" and") or ", " in name for name in names)


def test_a_list_of_compass_points_names_one_place_with_the_name_after_it() -> None:
    text = (
        "The Crofters' Party has won a seat in North, West and Central Ardlish for the first time."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert "North, West and Central Ardlish" in names


def test_a_nationality_after_a_preposition_ending_a_span_describes_what_follows() -> None:
    text = (
        "Granite Vale agreed a fee with Union Lamego for Chilean midfielder Tomás Rivas on "
        "Monday. The Vancouver Stock Exchange-listed explorer lost half its value."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert "Tomás Rivas" in names
    assert not any("Chilean" in name or "listed" in name for name in names)
    assert "Vancouver Stock Exchange" not in names
    cleaned = clean_span(text, 31, 55, "ORG")
    assert cleaned is not None and cleaned.text == "Union Lamego"


def test_a_substitute_opening_a_sentence_is_the_players_role() -> None:
    text = "Substitute Diego Matos scored the winner in the 90th minute."
    mentions = find_actors([text])[0]
    assert [(m.name, m.type) for m in mentions] == [("Diego Matos", "person")]


_PLACE_NAME = st.from_regex(r"[BDFGKLMPRTV][aeiou][lnrst][aeiou][a-z]{1,5}", fullmatch=True)


@given(st.lists(_PLACE_NAME, min_size=1, max_size=4, unique=True))
def test_each_item_of_a_list_cut_after_its_and_is_a_name_of_its_own(items: list[str]) -> None:
    written = ", ".join(items) + " and"
    text = f"Prices in {written} Ostrava rose."
    start = text.index(written)
    found = pieces(text, start, start + len(written), "GPE")
    assert [text[s:e] for s, e, _ in found] == items
    assert all(label == "GPE" for _, _, label in found)


def test_a_name_the_model_cut_after_its_of_goes_on_with_the_name_after_it() -> None:
    text = (
        "The quiz night organised by Friends of Tarawera Park last week raised $2,100. "
        "The City of Mossgiel will repaint the crossing next Thursday."
    )
    spans = {"Friends of": "ORG", "The City of": "GPE"}
    for written, label in spans.items():
        start = text.index(written)
        cleaned = clean_span(text, start, start + len(written), label)
        assert cleaned is not None
        assert cleaned.text in ("Friends of Tarawera Park", "City of Mossgiel")
    person = clean_span("Ana Ruiz of Kelso said", 0, 11, "PERSON")
    assert person is not None and person.text == "Ana Ruiz"  # her home, no name of hers


def test_a_portfolio_or_an_office_before_its_holder_is_no_organisation() -> None:
    text = (
        "The levy is expected to rise by $30,000 next year, Finance Director Mark Olsen said. "
        "The Matron, Miss Alice Hebden, said the ward would open on Monday."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert {"Mark Olsen", "Alice Hebden"} <= names
    assert not names & {"Finance", "Matron"}


def test_a_company_before_its_spokesman_stays_an_actor() -> None:
    text = "Tarrow Mining rose on Monday. Tarrow spokesman Ed Kim said output would rise."
    names = {m.name for m in find_actors([text])[0]}
    assert "Tarrow Mining" in names and "Ed Kim" in names


def test_two_places_joined_by_and_are_two_even_with_a_possessive() -> None:
    text = "The railway closed the line between Tarnbury and Devil's Gate on Wednesday."
    start = text.index("Tarnbury")
    end = text.index(" on Wednesday")
    found = pieces(text, start, end, "ORG")
    assert [(text[s:e], label) for s, e, label in found] == [
        ("Tarnbury", "GPE"),
        ("Devil's Gate", "GPE"),
    ]
