""" "The satellite", "the museum", "the union": a definite description standing for the thing
the story named and described with that noun (`timeline.actors.described`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.described import described_anaphora, descriptions

from .mentions import placer


def _named(text: str, mentions: list[ActorMention]) -> dict[str, str]:
    return {m.text: m.name for m in described_anaphora(text, mentions)}


def test_an_apposition_gives_the_noun_a_later_description_repeats() -> None:
    text = (
        "The Lowland Space Office said Korra-3, the country's second weather "
        "nanosatellite, is ready. The satellite was shipped to the launch site on Monday."
    )
    at = placer(text)
    mentions = [at("Lowland Space Office", "organisation"), at("Korra-3", "product")]
    assert _named(text, mentions) == {"The satellite": "Korra-3"}


def test_the_noun_written_after_the_name_describes_it() -> None:
    text = (
        "Thieves broke into the Velde Castle museum in Arnhem at night. "
        "The museum, which opened in 1911, will stay shut until May."
    )
    at = placer(text)
    mentions = [at("Velde Castle", "organisation"), at("Arnhem", "location")]
    assert _named(text, mentions) == {"The museum": "Velde Castle"}


def test_an_organisations_noun_after_a_place_is_another_thing() -> None:
    """ "the Arnhem club" is a club of Arnhem, named before; "Arnhem's race" no Arnhem; but
    "the Orde reservoir dam" is the place Orde."""
    text = (
        "Velder signed a striker, the Arnhem club said. The club paid 2 million euros. "
        "Arnhem's race starts at 9am. The race was moved. The Orde reservoir dam burst in "
        "1961. The dam was rebuilt."
    )
    at = placer(text)
    mentions = [at("Velder", "organisation"), at("Arnhem", "location"), at("Orde", "location")]
    mentions.append(at("Arnhem", "location", 1))
    mentions.sort(key=lambda m: m.start)
    assert _named(text, mentions) == {"The dam": "Orde"}


def test_the_noun_before_the_name_describes_it() -> None:
    text = (
        "Dockers walked out on Tuesday, the union Kaaibond said. "
        "The union has called a second strike for next week."
    )
    at = placer(text)
    assert _named(text, [at("Kaaibond", "organisation")]) == {"The union": "Kaaibond"}


def test_an_organisations_board_is_the_organisation() -> None:
    text = (
        "The Marsh Valley Transit Authority's board voted 6-3 on Monday to raise fares. "
        "The board will hold a hearing on Sunday service next month."
    )
    at = placer(text)
    mentions = [at("Marsh Valley Transit Authority", "organisation")]
    assert _named(text, mentions) == {"The board": "Marsh Valley Transit Authority"}


def test_two_things_described_so_leave_it_open() -> None:
    """Two dams named before "The dam": it says not which (as two museums leave "the
    museum"); one named only after it does not count."""
    text = (
        "The Orde reservoir dam burst in 1961. Engineers then built the Tessel dam upstream. "
        "The dam, which holds 40 million cubic metres, was raised in 1990."
    )
    at = placer(text)
    mentions = [at("Orde", "location"), at("Tessel", "location")]
    assert _named(text, mentions) == {}
    assert _named(text, [at("Tessel", "location")]) == {"The dam": "Tessel"}


def test_a_subject_after_a_comma_or_a_verb_of_saying() -> None:
    text = (
        "Brokers follow the Varna Freight Index (VFI) closely. Since March, the index has "
        "gained 40 percent. Traders said the index would fall."
    )
    at = placer(text)
    found = described_anaphora(text, [at("Varna Freight Index", "organisation")])
    assert [m.text for m in found] == ["the index", "the index"]
    assert {m.name for m in found} == {"Varna Freight Index"}


def test_no_description_no_referent() -> None:
    """A noun that no name was described with stands for nothing: "The satellite" after a
    rocket's name alone is not a guess."""
    text = "The Halvard rocket lifted off on Friday. The satellite separated an hour later."
    at = placer(text)
    assert _named(text, [at("Halvard", "product")]) == {}


def test_not_inside_a_quotation() -> None:
    """A speaker's "the company" may be any company: "the company that pays least wins"."""
    text = (
        'Ostra Mills, the largest company in the valley, cut prices. "In this trade, the company '
        'that pays least wins," a broker said.'
    )
    at = placer(text)
    assert _named(text, [at("Ostra Mills", "organisation")]) == {}


def test_not_an_object_a_place_or_a_subordinate_clause() -> None:
    text = (
        "The Lenz bridge opened in 1994. Trucks avoid the bridge at night. Tolls rose "
        "two years after the bridge opened. Protesters gathered on the bridge."
    )
    at = placer(text)
    assert _named(text, [at("Lenz", "location")]) == {}


def test_not_before_a_name_or_a_noun_it_describes() -> None:
    text = "The Kessel Works union signed. The union Drava said no. The union members voted."
    at = placer(text)
    mentions = [at("Kessel Works", "organisation"), at("Drava", "organisation")]
    assert _named(text, mentions) == {}


def test_a_plural_a_person_and_a_headline_in_capitals_describe_nothing() -> None:
    text = (
        "COURT TRIAL OPENS\n\nThe Ward Mills plant closed. Judge Ana Ruiz, the trial judge, "
        "sat. The trial opened on Monday. The mills reopened."
    )
    at = placer(text)
    mentions = [
        at("COURT TRIAL", "organisation"),
        at("Ward Mills", "organisation"),
        at("Ana Ruiz", "person"),
    ]
    assert _named(text, mentions) == {}


def test_descriptions_of_a_name() -> None:
    text = "He praised the Port of Tarn Authority, the region's busiest harbour operator, again."
    at = placer(text)
    assert descriptions(text, at("Port of Tarn Authority", "organisation")) == {
        "authority",
        "port",
        "operator",
    }


def test_a_name_is_headed_by_its_last_word_before_a_corporate_suffix() -> None:
    text = "Tarn Provisions Group Ltd cut prices. The group opened its ninth store in May."
    at = placer(text)
    mentions = [at("Tarn Provisions Group Ltd", "organisation")]
    assert _named(text, mentions) == {"The group": "Tarn Provisions Group Ltd"}


@given(st.text(alphabet="abc ,.'Tthe", max_size=60))
def test_any_text_without_names_gives_nothing(text: str) -> None:
    assert described_anaphora(text, []) == []


def test_a_thing_the_text_describes_wins_over_a_name_that_holds_the_noun() -> None:
    """The text's own description ("the region's oldest savings bank") picks one bank over
    another whose name only holds the noun (the "Reserve Bank")."""
    text = (
        "Regulators seized Caja Norte, the region's oldest savings bank, on Monday. The Reserve "
        "Bank froze withdrawals. The bank, founded in 1911, has 300,000 depositors."
    )
    at = placer(text)
    mentions = [at("Caja Norte", "organisation"), at("Reserve Bank", "organisation")]
    assert _named(text, mentions) == {"The bank": "Caja Norte"}


def test_an_article_opening_the_sentence_before_the_noun() -> None:
    """ "An Indian-built sounding rocket, the X" describes X as "A" or "An" at a sentence's
    start does, as well as a lower-case one."""
    text = (
        "An Ostrian-built sounding rocket, the Veyra-2, was launched at dawn. "
        "The rocket carried a camera to 140 kilometres."
    )
    at = placer(text)
    assert _named(text, [at("Veyra-2", "product")]) == {"The rocket": "Veyra-2"}


def test_a_thing_the_model_took_for_a_person_has_a_things_noun() -> None:
    """An index or a castle the model read as a person is still what "the index" or "the
    castle" stands for; a person's noun ("the striker") is left to the title rules, and a
    name the text also writes by its last word alone is a person's ("Castle said")."""
    text = (
        "The Kovala, the benchmark index of the Tarn exchange, fell 2%. "
        "The index has lost 5% this month. Inês Varo, the club's striker, scored. "
        "The striker left. Work on Dunmore Castle stopped. The castle, which drew 6,000 "
        "visitors, will reopen in May."
    )
    at = placer(text)
    mentions = [
        at("Kovala", "person"),
        at("Inês Varo", "person"),
        at("Dunmore Castle", "person"),
    ]
    assert _named(text, mentions) == {"The index": "Kovala", "The castle": "Dunmore Castle"}
    text = "Maria Castle sang. Castle said she would retire. The castle, which is old, stood."
    at = placer(text)
    mentions = [at("Maria Castle", "person"), at("Castle", "person", 1, "Maria Castle")]
    assert _named(text, mentions) == {}


def test_the_city_as_a_subject_is_the_place_named_most() -> None:
    """ "the city said" is the town the story is set in: the place the text names most,
    twice or more; not an object ("schools in the city"), nor where two places tie."""
    text = (
        "Floods cut Dravik off from Holm on Monday. Dravik's mayor closed the bridge, "
        "and schools in the city shut. Schools in Dravik will reopen on Friday, the city said."
    )
    at = placer(text)
    mentions = [
        at("Dravik", "location"),
        at("Holm", "location"),
        at("Dravik", "organisation", 1),
        at("Dravik", "location", 2),
    ]
    mentions.sort(key=lambda m: m.start)
    assert {(m.text, m.name) for m in described_anaphora(text, mentions)} == {
        ("the city", "Dravik")
    }
    text = "Floods cut Dravik off from Holm. Schools will reopen on Friday, the city said."
    at = placer(text)
    mentions = [at("Dravik", "location"), at("Holm", "location")]
    assert _named(text, mentions) == {}


def test_a_reporting_clause_after_a_place_is_no_apposition() -> None:
    """Stop 31: "under central Tarka, the university announced today" tells who reported:
    Tarka is no university, and "the university" stays the one named before."""
    text = (
        "A team at Holm University has mapped a river under central Tarka, the university "
        "announced today. The university plans to open the cores to schools."
    )
    at = placer(text)
    tarka = at("Tarka", "location")
    assert "university" not in descriptions(text, tarka)
    mentions = [at("Holm University", "organisation"), tarka]
    assert set(_named(text, mentions).values()) <= {"Holm University"}


def test_a_noun_before_the_names_own_the_describes_it() -> None:
    """ "the weekly The Harbour Post", where the model left the name's "The" out (stop 32)."""
    text = (
        "Judge Ana Roe adjourned the libel suit against the weekly The Harbour Post. "
        "The weekly had alleged in May that the mayor lied."
    )
    at = placer(text)
    mentions = [at("Ana Roe", "person"), at("Harbour Post", "organisation")]
    assert _named(text, mentions) == {"The weekly": "Harbour Post"}


def test_a_capitalised_body_noun_is_the_body_named_before() -> None:
    """ "The Ministry" or "the Board" as a subject, capitalised as a short name, is the one
    body whose name holds the noun; a capitalised word that is no body's noun gives none."""
    text = (
        "The Ministry of Fisheries of Korvalia opened the season on Monday. "
        "The Ministry expects a larger catch. Pell said that the Ministry had promised "
        "a reply. The Ferryman sails at dawn."
    )
    at = placer(text)
    mentions = [at("Ministry of Fisheries of Korvalia", "organisation"), at("Pell", "person")]
    assert _named(text, mentions) == {
        "The Ministry": "Ministry of Fisheries of Korvalia",
        "the Ministry": "Ministry of Fisheries of Korvalia",
    }


def test_a_capitalised_body_noun_says_not_which_of_two() -> None:
    text = (
        "The Tarn Dock Board and the Vessy Harbour Board met on Friday. "
        "The Board said two ships were held."
    )
    at = placer(text)
    mentions = [at("Tarn Dock Board", "organisation"), at("Vessy Harbour Board", "organisation")]
    assert _named(text, mentions) == {}


@given(st.sampled_from(["Board", "Council", "Ministry", "Government", "Court"]))
def test_a_capitalised_noun_of_a_name_is_no_anaphor(noun: str) -> None:
    """ "The Board of Trade said": the noun opens a name, which the model reads itself."""
    text = f"The Wexmoor {noun} met. The {noun} of Trade said it would wait."
    at = placer(text)
    assert _named(text, [at(f"Wexmoor {noun}", "organisation")]) == {}


def test_a_noun_in_apposition_before_a_name_may_follow_a_plurals_possessive() -> None:
    """Stop 34: "the port employers' association, the Corvelle Federation," describes the
    federation: "The association" later is it."""
    text = (
        "Crews walked out after the port employers' association, the Corvelle Federation, "
        "refused to talk. The association had changed the rota in May, the crews say."
    )
    at = placer(text)
    mentions = [at("Corvelle Federation", "organisation")]
    assert _named(text, mentions) == {"The association": "Corvelle Federation"}


def test_a_feature_of_the_land_opening_a_name_describes_it() -> None:
    """Stop 34: "The river" is the "River Anvel" named before, also with an adverb of time
    before its verb ("last flooded"); "the council last year" is no subject acting."""
    text = (
        "Forty homes in Tallis were flooded when the River Anvel burst its banks. "
        "The river last flooded the town in 1931. The Tallis council owns the bank. "
        "Residents asked the council last year for a wall."
    )
    at = placer(text)
    mentions = [at("River Anvel", "location"), at("Tallis", "location")]
    mentions.append(at("Tallis council", "organisation", name="Tallis Council"))
    mentions.sort(key=lambda m: m.start)
    assert _named(text, mentions) == {"The river": "River Anvel"}


@given(st.sampled_from(["last", "first", "still", "never", "already", "once", "again"]))
def test_an_adverb_of_time_before_the_verb_keeps_the_subject_acting(adverb: str) -> None:
    from timeline.actors.anaphor_context import acting

    assert acting(f"The museum {adverb} opened in 1911.", 0, 10)
    assert not acting(f"The museum {adverb} year opened.", 0, 10)


def test_an_irregular_past_after_the_noun_is_its_verb() -> None:
    """Stop 35: "Last season the co-operative paid $3.90" is the co-operative named before
    acting, as "the co-operative announced" is; "the budget cut" is a noun's noun."""
    text = (
        "The Tarrow Valley Dairy Co-operative raised its forecast on Monday. "
        "Last season the co-operative paid $3.90 a kilo."
    )
    from timeline.actors.anaphora import thing_anaphora

    at = placer(text)
    mentions = [at("Tarrow Valley Dairy Co-operative", "organisation")]
    found = {m.text: m.name for m in thing_anaphora(text, mentions)}
    assert found == {"the co-operative": "Tarrow Valley Dairy Co-operative"}


@given(st.sampled_from(["paid", "sold", "told", "held", "kept", "sent", "met", "won"]))
def test_an_irregular_past_keeps_the_subject_acting(verb: str) -> None:
    from timeline.actors.anaphor_context import acting

    assert acting(f"The museum {verb} it in 1911.", 0, 10)


@given(st.sampled_from(["cut", "set", "hit", "put", "shut"]))
def test_a_past_that_is_its_verbs_base_may_be_a_noun(word: str) -> None:
    from timeline.actors.anaphor_context import acting

    assert not acting(f"The budget {word} was agreed.", 0, 10)


def test_a_works_noun_is_any_works_noun_of_the_one_work_described() -> None:
    """Stop 35: '"The Long Thaw," a new comedy by ...' is a work: "the comedy" and "The play"
    after it are the work; "The club" is no work."""
    text = (
        'The Civic Theatre opened on Monday with "The Long Thaw," a new comedy by the playwright '
        "Ada Venn. Set in a boarding house, the comedy follows a lodger. The play runs until "
        "Saturday. The club met on Tuesday."
    )
    at = placer(text)
    mentions = [
        at("Civic Theatre", "organisation"),
        at("The Long Thaw", "product"),
        at("Ada Venn", "person"),
    ]
    assert _named(text, mentions) == {"the comedy": "The Long Thaw", "The play": "The Long Thaw"}


def test_a_works_noun_says_not_which_of_two_works() -> None:
    text = (
        'The festival showed "Dry Wells," a drama by Ada Venn, and "Salt Roads," a documentary '
        "by Tom Kell. The film won the prize on Sunday."
    )
    at = placer(text)
    mentions = [at("Dry Wells", "product"), at("Salt Roads", "product")]
    assert _named(text, mentions) == {}
