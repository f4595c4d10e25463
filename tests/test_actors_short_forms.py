"""Short forms of a name the article writes in full: acronyms, first, middle and last words,
organisation words, model numbers and conventional shortenings."""

from __future__ import annotations

import pytest

from timeline.actors import AliasTable, find_actors
from timeline.actors.names import canonical
from timeline.actors.spans import RawSpan

from .mentions import placer


def _names_of(text: str, surface: str) -> set[str]:
    return {m.name for m in find_actors([text])[0] if m.text == surface}


def test_an_acronym_of_a_name_opening_with_a_country_in_capitals() -> None:
    text = (
        "The UK Hydrographic Office charted the bay on Monday. The UKHO said the new maps "
        "would be published in May."
    )
    assert _names_of(text, "UKHO") == {"UK Hydrographic Office"}


def test_a_later_word_of_the_one_longer_name_is_that_name() -> None:
    club = "Riverside Falcons FC won 3-0 on Saturday. Falcons will play on Tuesday."
    found = [RawSpan(0, 20, "Riverside Falcons FC", "ORG"), RawSpan(42, 49, "Falcons", "ORG")]
    assert {m.name for m in canonical(club, found, AliasTable())} == {"Riverside Falcons FC"}
    board = (
        "The Oakdale County Board met on Tuesday. Board members approved the plan 4-1 after "
        "a long debate."
    )
    assert _names_of(board, "Board") <= {"Oakdale County Board"}
    text = "The Altavia KX-20 Condor was delivered. The KX-20 first flew in 2021."
    found = [  # as the model reads it: the full name an organisation, the model a person
        RawSpan(4, 24, "Altavia KX-20 Condor", "ORG"),
        RawSpan(44, 49, "KX-20", "PERSON"),
    ]
    assert [m.name for m in canonical(text, found, AliasTable())] == ["Altavia KX-20 Condor"] * 2
    # a word two names share stands for neither; a country is no short form of a bank
    two = "Lakeview Harbor Trust and Bayside Harbor Bank merged. Harbor shares rose on Friday."
    assert "Lakeview Harbor Trust" not in _names_of(two, "Harbor")
    assert "Bayside Harbor Bank" not in _names_of(two, "Harbor")
    bank = "The Bank of America cut rates. America imports less, officials said on Monday."
    assert _names_of(bank, "America") <= {"United States", "America"}


def test_a_club_named_with_its_organisation_word_is_an_organisation() -> None:
    text = "Eastvale Rangers FC beat Northbrook on Sunday. Rangers will host Dunmore on Friday."
    found = [RawSpan(0, 19, "Eastvale Rangers FC", "FAC"), RawSpan(47, 54, "Rangers", "ORG")]
    mentions = canonical(text, found, AliasTable())
    assert {(m.name, m.type) for m in mentions} == {("Eastvale Rangers FC", "organisation")}


def test_a_clipped_first_word_is_the_name_it_clips() -> None:
    text = "The Federal Aviation Board fined two airlines. The Fed gave no reason."
    found = [
        RawSpan(4, 26, "Federal Aviation Board", "ORG"),
        RawSpan(text.index("Fed "), text.index("Fed ") + 3, "Fed", "ORG"),
    ]
    mentions = canonical(text, found, AliasTable())
    assert {(m.text, m.name) for m in mentions} == {
        ("Federal Aviation Board", "Federal Aviation Board"),
        ("Fed", "Federal Aviation Board"),
    }
    # two names it could clip: neither
    two = "The Federal Aviation Board and the Federated Press met. The Fed left."
    found = [
        RawSpan(4, 26, "Federal Aviation Board", "ORG"),
        RawSpan(35, 50, "Federated Press", "ORG"),
        RawSpan(two.index("Fed "), two.index("Fed ") + 3, "Fed", "ORG"),
    ]
    assert {m.name for m in canonical(two, found, AliasTable()) if m.text == "Fed"} == {"Fed"}


def test_the_first_word_of_a_name_written_alone_is_that_name() -> None:
    text = (
        "Tamberlane Robotics reported higher sales on Tuesday. Tamberlane will open a plant "
        "in the spring, its chief executive said."
    )
    found = [RawSpan(0, 19, "Tamberlane Robotics", "ORG")]  # the model missed the short form
    mentions = canonical(text, found, AliasTable())
    assert [(m.text, m.name) for m in mentions] == [
        ("Tamberlane Robotics", "Tamberlane Robotics"),
        ("Tamberlane", "Tamberlane Robotics"),
    ]
    # a word the article also writes in lower case is a common word, not the name
    general = "General Dynamo Works cut jobs. General manager Ann Fry said the general mood held."
    found = [RawSpan(0, 20, "General Dynamo Works", "ORG")]
    mentions = canonical(general, found, AliasTable())
    assert [m.text for m in mentions if m.name == "General Dynamo Works"] == [
        "General Dynamo Works"
    ]


def test_a_name_the_model_cut_before_its_capitalised_rest_joins_it() -> None:
    text = "The Halcyon Composite Price Index fell 2%. The Halcyon rose 1% on Monday."
    short = text.index("Halcyon rose")
    found = [RawSpan(short, short + 7, "Halcyon", "ORG")]  # the full name missed
    mentions = canonical(text, found, AliasTable())
    assert {(m.text, m.name) for m in mentions} == {
        ("Halcyon Composite Price Index", "Halcyon Composite Price Index"),
        ("Halcyon", "Halcyon Composite Price Index"),
    }
    # a longer name the model found keeps its short form: "Halcyon Two" is another name
    text = "Halcyon Motor Company said so. The Halcyon Two Thousand will be built in May."
    found = [RawSpan(0, 21, "Halcyon Motor Company", "ORG"), RawSpan(35, 42, "Halcyon", "ORG")]
    names = {m.name for m in canonical(text, found, AliasTable()) if m.text.startswith("Halc")}
    assert names == {"Halcyon Motor Company"}
    # a company's name, never written after "the", is no short form of its product's name
    text = "Halcyon Core Duo chips are fast. Halcyon said it would hire."
    short = text.index("Halcyon said")
    found = [RawSpan(short, short + 7, "Halcyon", "ORG")]
    assert [m.name for m in canonical(text, found, AliasTable())] == ["Halcyon", "Halcyon"]


def test_a_company_is_named_with_the_suffix_the_article_writes() -> None:
    text = (
        "Brenntal AG said on Monday that it would cut 400 jobs. Shares of Brenntal fell 5% "
        "in Frankfurt."
    )
    found = [
        RawSpan(0, 11, "Brenntal AG", "ORG"),
        RawSpan(text.index("Brenntal fell"), text.index(" fell"), "Brenntal", "ORG"),
    ]
    mentions = canonical(text, found, AliasTable())
    assert {m.name for m in mentions} == {"Brenntal AG"}
    # two suffixes: neither is the name
    text = "Brenntal AG and Brenntal GmbH merged. Brenntal said so."
    found = [
        RawSpan(0, 11, "Brenntal AG", "ORG"),
        RawSpan(16, 29, "Brenntal GmbH", "ORG"),
        RawSpan(38, 46, "Brenntal", "ORG"),
    ]
    assert {m.name for m in canonical(text, found, AliasTable())} == {"Brenntal"}


def test_initials_written_where_the_model_missed_them_are_the_organisation() -> None:
    text = "The Northern Rail Board approved fares. NRB on Monday said fares would rise."
    found = [RawSpan(4, 23, "Northern Rail Board", "ORG")]
    mentions = canonical(text, found, AliasTable())
    assert [(m.text, m.name) for m in mentions] == [
        ("Northern Rail Board", "Northern Rail Board"),
        ("NRB", "Northern Rail Board"),
    ]
    # in a heading in capitals, or as the name's own definition in brackets: no new mention
    text = "The Northern Rail Board (NRB) met. WATCH NRB NOW."
    found = [RawSpan(4, 23, "Northern Rail Board", "ORG")]
    assert [m.text for m in canonical(text, found, AliasTable())] == ["Northern Rail Board"]


def test_a_later_word_the_model_took_for_a_place_is_the_club() -> None:
    text = "Riverside Falcons FC won on Saturday. Ana Ruiz joined Falcons from Lisbon in 2021."
    at = text.index("Falcons from")
    found = [RawSpan(0, 20, "Riverside Falcons FC", "ORG"), RawSpan(at, at + 7, "Falcons", "GPE")]
    names = {m.name for m in canonical(text, found, AliasTable()) if m.text == "Falcons"}
    assert names == {"Riverside Falcons FC"}


def test_the_government_the_article_never_names_is_no_actor() -> None:
    text = (
        "Twelve miners died at the Dolna Colliery on Friday. Flags will fly at half-mast on "
        "Sunday, which the Government declared a day of mourning."
    )
    names = [m.name for m in find_actors([text])[0]]
    assert "Government" not in names
    text = (
        "The Tasman Government cut fuel duty on Monday. A spokesman said the Government "
        "would review it in May."
    )
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert named.get("Government", named.get("the Government")) == "Tasman Government"


def test_first_words_taken_for_a_person_are_the_organisation() -> None:
    from timeline.actors.first_words import typed_short_forms

    text = (
        "Marlow Ridge Freight lost money last year. Marlow Ridge said on Monday that it "
        "would cut routes. Ana Soto spoke for Kestel Vale Holdings in Kestel Vale."
    )

    at = placer(text)

    mentions = [
        at("Marlow Ridge Freight", "organisation"),
        at("Marlow Ridge", "person", nth=1),
        at("Ana Soto", "person"),
        at("Kestel Vale Holdings", "organisation"),
        at("Kestel Vale", "person", nth=1),  # a place: written after "in"
    ]
    found = [(m.text, m.name, m.type) for m in typed_short_forms(text, mentions)]
    assert found == [("Marlow Ridge", "Marlow Ridge Freight", "organisation")]


def test_first_words_after_shares_in_are_the_organisation_not_a_place() -> None:
    from timeline.actors.first_words import typed_short_forms

    text = (
        "Corrin Peak Minerals Ltd raised its forecast. Corrin Peak will pay a dividend. "
        "Shares in Corrin Peak rose 4 per cent, and a fund bought a stake in Corrin Peak."
    )
    at = placer(text)
    mentions = [
        at("Corrin Peak Minerals Ltd", "organisation"),
        at("Corrin Peak", "person", nth=1),
        at("Corrin Peak", "person", nth=2),
        at("Corrin Peak", "person", nth=3),
    ]
    found = {(m.name, m.type) for m in typed_short_forms(text, mentions)}
    assert found == {("Corrin Peak Minerals Ltd", "organisation")}
    # "Floods in Corrin Peak": the town the company is named after, left as it is
    placed = text.replace("Shares in", "Floods in")
    assert (
        typed_short_forms(
            placed,
            [
                placer(placed)(*m)
                for m in [
                    ("Corrin Peak Minerals Ltd", "organisation"),
                    ("Corrin Peak", "person", 1),
                ]
            ],
        )
        == []
    )


def test_first_words_of_two_organisations_stand_for_neither() -> None:
    from timeline.actors.first_words import typed_short_forms
    from timeline.actors.mention import ActorMention

    text = "Marlow Ridge Freight and Marlow Ridge Bank grew. Marlow Ridge said so."
    mentions = [
        ActorMention(0, 20, "Marlow Ridge Freight", "Marlow Ridge Freight", "organisation"),
        ActorMention(25, 42, "Marlow Ridge Bank", "Marlow Ridge Bank", "organisation"),
        ActorMention(49, 61, "Marlow Ridge", "Marlow Ridge", "person"),
    ]
    assert typed_short_forms(text, mentions) == []


def test_a_name_with_lower_case_words_after_it_shortens_the_longer_name() -> None:
    from timeline.actors.name_rests import with_lower_case_rest

    text = (
        "The Orlo World Cycling Rankings came out. Orlo Analytics compiles them. "
        "The Orlo rankings put her first; the Orlo world rankings agree. Orlo staff said so."
    )

    at = placer(text)

    mentions = [
        at("Orlo World Cycling Rankings", "organisation"),
        at("Orlo Analytics", "organisation"),
        at("Orlo", "location", 2),
        at("Orlo", "location", 3),
        at("Orlo", "location", 4),  # "Orlo staff": no name ends in "staff"
    ]
    found = [(m.start, m.name) for m in with_lower_case_rest(text, mentions)]
    assert found == [
        (text.index("Orlo rankings"), "Orlo World Cycling Rankings"),
        (text.index("Orlo world"), "Orlo World Cycling Rankings"),
    ]


def test_the_first_words_of_a_union_are_the_employer_not_the_union() -> None:
    text = (
        "The Corvel Rail Drivers Union called a strike on Monday. Corvel Rail said 40 trains "
        "were cancelled."
    )
    union = text.index("Corvel Rail Drivers Union")
    employer = text.index("Corvel Rail said")
    found = [
        RawSpan(union, union + 25, "Corvel Rail Drivers Union", "ORG"),
        RawSpan(employer, employer + 11, "Corvel Rail", "ORG"),
    ]
    named = {m.text: m.name for m in canonical(text, found, AliasTable())}
    assert named["Corvel Rail Drivers Union"] == "Corvel Rail Drivers Union"
    assert named["Corvel Rail"] == "Corvel Rail"


def test_the_board_the_article_never_names_is_no_actor() -> None:
    """ "The Board has declared a dividend" in a company's letter: the company's own board, no
    actor of its own; "the Board" after a "Harbour Board" is that board."""
    text = "Dear shareholders, the Board has declared a final dividend of 12 cents a share."
    mentions = canonical(text, [RawSpan(23, 28, "Board", "ORG")], AliasTable())
    assert all(m.name != "Board" for m in mentions)
    text = "The Kelso Harbour Board met on Monday. The Board raised berth fees by 4%."
    found = [RawSpan(4, 22, "Kelso Harbour Board", "ORG"), RawSpan(43, 48, "Board", "ORG")]
    named = {m.text: m.name for m in canonical(text, found, AliasTable())}
    assert named.get("Board", named.get("the Board")) == "Kelso Harbour Board"


def test_a_cabinet_and_an_opposition_written_alone_are_no_actors() -> None:
    """ "Cabinet approved the plan", "the Opposition will press it": a state's cabinet and its
    opposition named by their nouns alone, no actor (stop 43); a cabinet with a name stays."""
    text = "The minister said Cabinet had approved the plan, and the Opposition will fight it."
    found = [RawSpan(18, 25, "Cabinet", "ORG"), RawSpan(56, 66, "Opposition", "ORG")]
    assert [m.name for m in canonical(text, found, AliasTable())] == []
    text = "The Tarvik Cabinet Office said so."
    found = [RawSpan(4, 25, "Tarvik Cabinet Office", "ORG")]
    assert [m.name for m in canonical(text, found, AliasTable())] == ["Tarvik Cabinet Office"]


@pytest.mark.parametrize(
    ("text", "board"),
    [
        ("The Board of Directors on Monday approved a buyback of shares.", "Board of Directors"),
        ("said Mr. Ivo Tarn, chairman of the Board of Management.", "Board of Management"),
        ("Chairman of the Management Board Ana Roe said it would reopen.", "Management Board"),
    ],
)
def test_a_companys_board_by_its_members_nouns_is_no_actor(text: str, board: str) -> None:
    """ "The Board of Directors declared a dividend": a company's board by the nouns of its
    members, no name of its own (stop 47); a board with its company's name stays."""
    start = text.index(board)
    found = [RawSpan(start, start + len(board), board, "ORG")]
    assert board not in {m.name for m in canonical(text, found, AliasTable())}


def test_a_named_board_of_directors_stays() -> None:
    text = "The Tarvik Board of Directors met on Monday."
    found = [RawSpan(4, 29, "Tarvik Board of Directors", "ORG")]
    assert [m.name for m in canonical(text, found, AliasTable())] == ["Tarvik Board of Directors"]
