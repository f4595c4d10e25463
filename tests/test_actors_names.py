"""One canonical name per actor within an article: full names, countries, headline names,
organisations and their acronyms."""

from __future__ import annotations

from timeline.actors import AliasTable, find_actors
from timeline.actors.acronyms import acronym_sweep, defined_acronyms
from timeline.actors.mention import ActorMention
from timeline.actors.names import canonical
from timeline.actors.persons import in_another_name
from timeline.actors.spans import RawSpan
from timeline.actors.sweeps import longer_names


def test_surnames_join_the_full_name() -> None:
    text = "Defense Secretary Lloyd Austin arrived in Brussels. Later, Austin met reporters."
    mentions = find_actors([text])[0]
    austin = [m for m in mentions if m.text in ("Lloyd Austin", "Austin")]
    assert [m.name for m in austin] == ["Lloyd Austin", "Lloyd Austin"]
    assert all(m.type == "person" for m in austin)


def test_a_lone_first_name_is_the_person_the_article_is_about() -> None:
    text = (
        "Steve Jobs died on Wednesday. Jobs founded Apple in 1976. Jobs returned in 1997. "
        "Microsoft CEO Steve Ballmer praised him. Apple said Steve leaves a great company."
    )
    steve = [m for m in find_actors([text])[0] if m.text == "Steve"]
    assert [m.name for m in steve] == ["Steve Jobs"]
    # Two Steves written as often as each other: a lone "Steve" stays unresolved.
    even = "Steve Jobs met Steve Ballmer. Jobs spoke. Ballmer spoke. Steve left."
    assert "Steve" in [m.name for m in find_actors([even])[0]]


def test_demonyms_and_short_forms_map_to_the_country() -> None:
    text = (
        "The Iraqi government met the American government. The U.S. and the United States are "
        "one. The Israeli government moved."
    )
    mentions = find_actors([text])[0]
    countries = {m.text: m.name for m in mentions if m.type == "country"}
    assert countries.get("Iraqi") == "Iraq"
    assert countries.get("American") == "United States"
    assert countries.get("U.S.") == "United States"
    assert countries.get("United States") == "United States"
    assert countries.get("Israeli") == "Israel"


def test_title_case_headline_keeps_only_confirmed_names() -> None:
    text = (
        "Blinken Pressures Iraqi Leader Over Attacks On US Military\n\n"
        "Antony Blinken spoke with the prime minister on Monday."
    )
    mentions = find_actors([text])[0]
    headline = [m for m in mentions if m.start < 60 and m.type == "person"]
    assert [(m.text, m.name) for m in headline] == [("Blinken", "Antony Blinken")]


def test_organisation_suffixes_and_short_forms_join() -> None:
    text = (
        "Shares of Apple Inc. rose after the NPD Group published its figures. "
        "Apple said NPD was wrong."
    )
    mentions = find_actors([text])[0]
    organisations = {m.text: m.name for m in mentions if m.type == "organisation"}
    # the name in full, as the article writes it, with its suffix
    assert organisations.get("Apple Inc.") == organisations.get("Apple") == "Apple Inc."
    assert organisations.get("NPD") == "NPD Group"


def test_a_country_initialism_before_a_known_surname_is_no_part_of_the_name() -> None:
    text = (
        "Steve Jobs spoke on Monday. Half of mobile users are in the U.S. Jobs also noted "
        "that apps sell. The U.S. Army came."
    )
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert "U.S. Jobs" not in named and named.get("Jobs") == "Steve Jobs"
    assert "U.S. Army" in named


def test_a_name_ending_in_an_organisation_word_is_an_organisation_and_units_are_no_names() -> None:
    text = "Apple opened the App Store on Monday. The 30 GB iPod sold well."
    found = {m.text: m.type for m in find_actors([text])[0]}
    assert found.get("App Store") == "organisation"
    assert "GB" not in found


def test_a_lone_surname_takes_the_full_name_written_where_the_model_did_not_read() -> None:
    whole = "General John Pope led the army. Lincoln then restored Pope's troops."
    part = " " * whole.index("Lincoln") + whole[whole.index("Lincoln") :]
    mentions = find_actors([part], contexts=[whole])[0]
    assert {m.text: m.name for m in mentions}.get("Pope") == "John Pope"


def test_a_short_name_joins_its_full_name_but_not_a_name_of_its_things() -> None:
    first = "NPD Group said on Monday that sales rose. NPD also said prices fell."
    assert {m.name for m in find_actors([first])[0]} >= {"NPD Group"}
    assert "NPD" not in {m.name for m in find_actors([first])[0]}
    shops = (
        "Apple said on Monday that sales rose. Apple had a record quarter. "
        "Representatives at several Apple Stores in the United States said buyers should wait."
    )
    names = {m.text: m.name for m in find_actors([shops])[0]}
    assert names.get("Apple") == "Apple"


def test_an_acronym_is_the_organisation_it_abbreviates_in_the_article() -> None:
    text = "General Motors Corp. said on Monday it will cut 5,000 jobs. GM shares fell 3%."
    assert {m.text: m.name for m in find_actors([text])[0]}.get("GM") == "General Motors Corp."
    text = (
        "The European Aeronautic Defence and Space Company (EADS) said on Monday that profit "
        "rose. EADS owns Airbus."
    )
    names = [m.name for m in find_actors([text])[0] if m.text == "EADS"]
    assert names and set(names) == {"European Aeronautic Defence and Space Company"}
    ambiguous = "Apple Computer and Apple Corps settled. AC was not mentioned."
    assert {m.text: m.name for m in find_actors([ambiguous])[0]}.get("AC") in (None, "AC")


def test_an_acronym_opening_a_sentence_after_a_number_is_found() -> None:
    """Stop 34 (helper `recall4`): the number or the capitals that end the sentence before
    are no clock time nor heading beside the acronym; one inside its sentence still is."""
    name = "Kelvor Harbour Authority"
    port = ActorMention(0, len(name), name, name, "organisation")
    text = f"{name} said so. The port last shut in 2008. KHA plans to dredge it in May."
    assert [m.text for m in acronym_sweep(text, [port])] == ["KHA"]
    text = f"{name} said so. Dredging began in 1998! KHA hopes to finish soon."
    assert [m.text for m in acronym_sweep(text, [port])] == ["KHA"]
    for text in (
        f"{name} said so. The tide turns at 3 KHA time.",  # a clock and its zone
        f"{name} said so.\nWATCH KHA NOW",  # a heading in capitals
        f"{name} said so. Berth 4 KHA was shut.",  # after a number inside the sentence
    ):
        assert acronym_sweep(text, [port]) == [], text


def test_a_name_with_commas_before_its_acronym_is_one_organisation() -> None:
    text = (
        "Talks between Hollis Buses and the Board for Conciliation, Mediation and Review "
        "(BCMR) stalled last week. The BCMR has called a meeting on Monday. The Vale "
        "Atmospheric, Marine and Weather Services Office (Vamwso) said the storm would pass. "
        "Vamwso lifted its warnings on Sunday."
    )
    mentions = find_actors([text])[0]
    board = "Board for Conciliation, Mediation and Review"
    office = "Vale Atmospheric, Marine and Weather Services Office"
    names = {m.name for m in mentions}
    assert {board, office} <= names
    assert not {"Mediation and Review", "Marine and Weather Services Office"} & names
    later = text.index("The BCMR") + 4
    assert any(m.start == later and m.name == board for m in mentions)
    later = text.index("Vamwso lifted")
    assert any(m.start == later and m.name == office for m in mentions)


def test_an_and_may_give_its_letter_to_an_acronym() -> None:
    text = (
        "Growers sold their crop at the auction run by the Lindi and Ruvu Farmers' Marketing "
        "Union (LARFMU) on Friday. LARFMU paid them within a week."
    )
    name = "Lindi and Ruvu Farmers' Marketing Union"
    spans = [(text[start:end], acronym) for start, end, acronym in defined_acronyms(text)]
    assert spans == [(name, "LARFMU")]
    mentions = find_actors([text])[0]
    assert name in {m.name for m in mentions}
    later = text.index("LARFMU paid")
    assert any(m.start == later and m.name == name for m in mentions)
    # without the "and"'s letter the old reading holds: "Food and Farming Office (FFO)"
    text = "the Food and Farming Office (FFO) said"
    assert [text[s:e] for s, e, _ in defined_acronyms(text)] == ["Food and Farming Office"]


def test_each_capitalised_part_of_a_hyphenated_word_gives_its_letter() -> None:
    text = (
        "The state sold Fabrica de Tarvel-Norte (FTN) to a Lisbon group on Monday. FTN will "
        "restart its second kiln next year."
    )
    name = "Fabrica de Tarvel-Norte"
    assert [(text[s:e], a) for s, e, a in defined_acronyms(text)] == [(name, "FTN")]
    later = text.index("FTN will")
    assert any(m.start == later and m.name == name for m in find_actors([text])[0])
    # a hyphen before a part in lower case gives one letter, as before
    text = "the Tarn Kessel-based Growers Union (TKGU) met"
    spans = [(text[s:e], a) for s, e, a in defined_acronyms(text)]
    assert spans == [("Tarn Kessel-based Growers Union", "TKGU")]


def test_a_name_before_an_acronym_of_another_language_is_one_organisation() -> None:
    text = (
        "The Regulatory Office for Water Supply in Rural Areas (ORAHAR) said on Monday that "
        "it would fine the utility. ORAHAR fined it last year too."
    )
    mentions = find_actors([text])[0]
    office = "Regulatory Office for Water Supply in Rural Areas"
    assert {m.name for m in mentions} == {office}
    later = text.index("ORAHAR fined")
    assert any(m.start == later and m.name == office for m in mentions)
    # the owner before a possessive is no word of the name
    owned = "Officers of Vastland's State Crime Police Office (LKP) searched the site."
    owned_names = {m.name for m in find_actors([owned])[0]}
    assert "Vastland's State Crime Police Office" not in owned_names
    assert "State Crime Police Office" in owned_names
    # "and" may join two names: no name is made across it
    two = "Shares of Corvane and Delta Hill Shipping Group (TRX) fell on Monday."
    assert "Corvane and Delta Hill Shipping Group" not in {m.name for m in find_actors([two])[0]}


def test_an_acronym_spelling_the_end_of_a_name_is_the_whole_name() -> None:
    # its letters spell only the last words; the name the article knows is the whole one,
    # with its country or city before them, and one name per actor in the sentence
    cases = [
        ("the US Food and Drug Administration (FDA)", "US Food and Drug Administration"),
        ("the Tasman Volcanic Ash Advisory Centre (VAAC)", "Tasman Volcanic Ash Advisory Centre"),
        (
            "the United Nations Office for Refugee Resettlement (ORR)",
            "United Nations Office for Refugee Resettlement",
        ),
    ]
    for written, whole in cases:
        acronym = written[written.index("(") + 1 : -1]
        text = f"Korvel said it met {written} on Monday. The {acronym} wants more data."
        mentions = find_actors([text])[0]
        assert {m.name for m in mentions if m.text == acronym} == {whole}, written
        assert whole.split(" ", 1)[1] not in {m.name for m in mentions}, written
    # without a longer name the model found, the spelled words are the name
    text = "the Tarn Food Board (TFB) met"
    assert [text[s:e] for s, e, _ in defined_acronyms(text)] == ["Tarn Food Board"]


def test_a_short_name_in_brackets_in_mixed_case_is_the_name_before_it() -> None:
    # a short name in mixed case or blended from the name's first letters, defined in
    # brackets, stands for the name wherever it is written: one actor
    for name, short in [
        ("Tarsk Space Agency", "TaSA"),
        ("Velora Nusa Telekom", "VeNusa"),
        ("Compania Tarvel Norte", "Cotanor"),
    ]:
        text = (
            f"The regulator named {name} ({short}) the winner on Tuesday. "
            f"{short} will pay the fee in March."
        )
        mentions = find_actors([text])[0]
        assert {m.name for m in mentions if m.text == short} == {name}, short
        assert short not in {m.name for m in mentions}, short
    # a town in brackets after a newspaper is no short name of it
    text = "The Harlow Herald (Ramsey) said on Monday that Ramsey had voted."
    assert "The Harlow Herald" not in {m.name for m in find_actors([text])[0] if m.text == "Ramsey"}


def test_an_acronym_after_two_corporate_suffixes_is_the_company() -> None:
    text = (
        "Lanna Delta Pump Co., Ltd. (LDP) is recalling 3,100 pumps. LDP said on Tuesday it "
        "had received six reports of leaks."
    )
    mentions = find_actors([text])[0]
    acronym = [m for m in mentions if m.text == "LDP"]
    assert acronym
    assert all(m.name.startswith("Lanna Delta Pump") for m in acronym)
    # the model cut the first word off: the name its acronym spells is the whole name
    cut = [RawSpan(6, 26, "Delta Pump Co., Ltd.", "ORG"), RawSpan(59, 62, "LDP", "ORG")]
    names = {m.name for m in canonical(text, cut, AliasTable())}
    assert len(names) == 1
    assert next(iter(names)).startswith("Lanna Delta Pump")


def test_short_forms_join_the_name_written_in_full() -> None:
    texts = [
        "Forecasters at the National Hurricane Center (NHC) said the storm would weaken. "
        "The NHC said on Monday that winds had dropped.",
        "The U.S. Air Force said on Monday it had grounded its fleet. The Air Force gave no "
        "reason for the decision.",
        "The Baku Red Army held the city. Later the Red Army crossed the river.",
    ]
    hurricane, air_force, armies = (
        {mention.text: mention.name for mention in mentions} for mentions in find_actors(texts)
    )
    assert hurricane == {
        "National Hurricane Center": "National Hurricane Center",
        "NHC": "National Hurricane Center",
    }
    assert air_force["Air Force"] == "U.S. Air Force"  # the national qualifier dropped
    assert armies.get("Red Army", "Red Army") == "Red Army"  # a place before it: another body


def test_acronyms_of_names_with_initials_or_an_ampersand() -> None:
    texts = [
        "The U.K. Hydrographic Office charted the bay. The UKHO said the maps were late.",
        "Marlow & Finch cut the city's rating. M&F said the outlook was negative.",
    ]
    first, second = find_actors(texts)
    assert {m.name for m in first if m.text == "UKHO"} == {"U.K. Hydrographic Office"}
    assert {m.name for m in second if m.text == "M&F"} == {"Marlow & Finch"}


def test_an_acronym_finds_its_full_name_the_model_missed() -> None:
    text = "The Standard & Poor's 500 index rose on Monday. The S&P gained again on Tuesday."
    mentions = find_actors([text])[0]
    assert {(m.text, m.name) for m in mentions} >= {
        ("Standard & Poor's 500", "Standard & Poor's 500"),
        ("S&P", "Standard & Poor's 500"),
    }
    # two spelled-out names the acronym could stand for: it stands for neither
    text = "Sable & Pike and Stone & Pratt bid. S&P won the contract."
    assert {m.name for m in find_actors([text])[0] if m.text == "S&P"} <= {"S&P"}


def test_an_acronym_the_text_spells_out_wins_over_a_longer_name_it_begins() -> None:
    text = (
        "Northwind Airlines (NWA) will receive loans. NWA recently launched the NWA Total Care "
        "programme. NWA shares rose."
    )
    names = {m.name for m in find_actors([text])[0] if m.text == "NWA"}
    assert names == {"Northwind Airlines"}


def test_an_acronym_of_a_name_and_its_slip_stands_for_the_name() -> None:
    text = (
        "Northwind Motors (NM) cut prices. Northwind Motor's chief executive left on Monday. "
        "NM shares fell, and NM said it would hire."
    )
    assert {m.name for m in find_actors([text])[0] if m.text == "NM"} == {"Northwind Motors"}


def test_short_forms_of_an_organisation_written_in_full() -> None:
    texts = [
        "Harvest Table Foods reported results on Tuesday. Sales at Harvest Table rose 4%.",
        "Skyward Regional Airlines cut flights on Monday. Skyward was founded in 1989.",
        "The European Commission fined Veldmann on Monday. The Commission opened its "
        "investigation in 2017.",
        "The White House backed the bill. The House passed it on Friday.",
    ]
    foods, airline, commission, house = (
        {m.text: m.name for m in mentions} for mentions in find_actors(texts)
    )
    assert foods["Harvest Table"] == "Harvest Table Foods"  # the first words of the name
    assert airline["Skyward"] == "Skyward Regional Airlines"  # taken for a person by the model
    assert commission["Commission"] == "European Commission"  # "the" and its organisation word
    assert house.get("House", "House") != "White House"  # "House" is no organisation word


def test_a_name_the_model_cut_before_its_organisation_word_joins_it_written_in_full() -> None:
    text = "Harvest Table Foods shares rose. Sales at Harvest Table rose 4%."
    found = [RawSpan(42, 55, "Harvest Table", "ORG")]  # the model missed the full name
    mentions = canonical(text, found, AliasTable())
    assert {(m.text, m.name) for m in mentions} == {
        ("Harvest Table Foods", "Harvest Table Foods"),
        ("Harvest Table", "Harvest Table Foods"),
    }


def test_a_demonym_written_as_an_adjective_is_no_actor() -> None:
    texts = [
        "Nordwerk cut 900 jobs at its European division and at North American plants.",
        "The Europeans objected. Democrats in Congress voted against it.",
    ]
    adjectives, groups = find_actors(texts)
    assert all(m.type != "group" for m in adjectives)
    assert {"Europeans", "Democrats"} <= {m.name for m in groups if m.type == "group"}


def test_demonyms_of_smaller_countries_are_their_countries() -> None:
    text = (
        "The Estonian government said on Monday that the ferry would run. Latvian carmakers "
        "disagreed. Namibian President Hage Moyo met the Uruguayan government in Montevideo."
    )
    mentions = find_actors([text])[0]
    names = {m.text: m.name for m in mentions}
    assert names.get("Estonian") == "Estonia" and names.get("Uruguayan") == "Uruguay"
    assert "Latvian" not in names  # before a noun of a thing it describes
    roles = {m.name: m.role for m in mentions if m.type == "person"}
    assert roles.get("Hage Moyo") == "Namibian President"


def test_an_organisation_word_after_the_acronym_ends_the_name() -> None:
    text = (
        "Fishers asked the Rivers and Wetlands Trust (RWT) Board to review the ban on Monday. "
        "The RWT said it would reply within a month."
    )
    name = "Rivers and Wetlands Trust (RWT) Board"
    assert [(text[s:e], a) for s, e, a in defined_acronyms(text)] == [(name, "RWT")]
    mentions = find_actors([text])[0]
    assert name in {m.name for m in mentions}
    assert "Rivers and Wetlands Trust" not in {m.name for m in mentions}


def test_a_company_in_a_headline_with_its_quarter_is_the_company() -> None:
    # "Q2" is no part of the name, and the model's person "Brindle Optics" is the company the
    # body names: its short form "Brindle" is the company's
    text = (
        "Brindle Optics Q2 profit climbs 12% on hospital orders, keeps outlook\n\n"
        "Lyon-based lens maker Brindle Optics SA on Tuesday reported a 12 per cent rise in net "
        "profit for the April-June quarter.\n\nBrindle had warned in March that demand in Asia "
        "was slowing.\n\nShares of Brindle Optics closed 2 per cent higher on Tuesday."
    )
    brindle = [m for m in find_actors([text])[0] if m.text.startswith("Brindle")]
    assert [(m.text, m.name, m.type) for m in brindle] == [
        ("Brindle Optics", "Brindle Optics SA", "organisation"),
        ("Brindle Optics SA", "Brindle Optics SA", "organisation"),
        ("Brindle", "Brindle Optics SA", "organisation"),
        ("Brindle Optics", "Brindle Optics SA", "organisation"),
    ]


def test_the_nations_of_the_united_kingdom_keep_their_names() -> None:
    mentions = find_actors(
        ["The chain has 30 stores in Scotland, four in Wales and none in Britain."]
    )[0]
    assert {"Scotland", "Wales", "United Kingdom"} <= {m.name for m in mentions}


def test_a_word_before_a_name_that_makes_a_longer_name_found_elsewhere_joins_it() -> None:
    # the model read "Police Tarvel" as the place "Tarvel" at the sentence's start; the text
    # names the force in full elsewhere, so that mention is the force too
    text = (
        "The theft was reported to Police Tarvel in October. A Police Tarvel spokesman said a "
        "file had gone to the prosecutor. Police Tarvel also confirmed that a man was charged."
    )
    found = [
        ActorMention(26, 39, "Police Tarvel", "Police Tarvel", "organisation"),
        ActorMention(54, 67, "Police Tarvel", "Police Tarvel", "organisation"),
    ]
    last = text.index("Police Tarvel also")
    cut = ActorMention(last + 7, last + 13, "Tarvel", "Tarvel", "location")
    joined = longer_names(text, [*found, cut], [])
    assert (joined[-1].start, joined[-1].text, joined[-1].name) == (
        last,
        "Police Tarvel",
        "Police Tarvel",
    )
    # a person's name is left to the person rules; a word that makes no known name stays out
    person = ActorMention(0, 10, "Ana Tarvel", "Ana Tarvel", "person")
    text = "Ana Tarvel spoke. Then Ana Tarvel left. Monday Tarvel voted."
    alone = ActorMention(27, 33, "Tarvel", "Tarvel", "person")
    assert longer_names(text, [person, alone], [])[-1].text == "Tarvel"


def test_a_surname_opening_a_sentence_after_a_name_ending_the_last_is_the_person() -> None:
    # the last sentence ends with a capitalised word: no word of the surname's name
    text = (
        "First-time candidate Marta Keverne won the seat, the count showed on Sunday, the "
        "result was sent to the Electoral Office.\n\nKeverne, a 39-year-old teacher, polled "
        "2,104 votes. Turnout rose in Desmoulins Park. Keverne is expected to be sworn in."
    )
    mentions = find_actors([text])[0]
    for opening in ("Keverne, a", "Keverne is"):
        at = text.index(opening)
        assert any(m.start == at and m.name == "Marta Keverne" for m in mentions), opening
    # the rule itself: a capitalised word ending the last sentence or line is no word of it
    text = "It told the Vale Council.\n\nSoto spoke. It told the Vale Council. Soto left."
    assert not in_another_name(text, text.index("Soto spoke"))
    assert not in_another_name(text, text.index("Soto left"))
    # a word of another person's name on the same line stays one, and an initial too
    assert in_another_name("Ana Ruiz Soto spoke.", 9)
    assert in_another_name("Ana J. Soto spoke.", 7)


def test_a_surname_the_model_took_for_a_product_is_the_person() -> None:
    text = "Voters chose Marta Keverne on Sunday. Speaking outside the hall, Keverne thanked them."
    raw = [
        RawSpan(13, 26, "Marta Keverne", "PERSON"),
        RawSpan(text.index("Keverne thanked"), text.index(" thanked"), "Keverne", "PRODUCT"),
    ]
    names = [(m.text, m.name, m.type) for m in canonical(text, raw, AliasTable())]
    assert ("Keverne", "Marta Keverne", "person") in names
    # a brand written like "iPod" stays a product
    text = "Lena Ipsa spoke. The new iPsa sold out."
    raw = [RawSpan(0, 9, "Lena Ipsa", "PERSON"), RawSpan(25, 29, "iPsa", "PRODUCT")]
    assert ("iPsa", "person") not in {(m.text, m.type) for m in canonical(text, raw, AliasTable())}
