"""Names the model cut in two at an inner "'s" or "and" (`timeline/actors/split_names.py`),
and a town with its state before "-based" describing the company that is the subject
(`modifiers`, `organisation_anaphors`): invented sentences through the real model and the
rules alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.modifiers import describes_a_thing
from timeline.actors.spans import RawSpan
from timeline.actors.split_names import owners_apart, seats_apart, split_names

from .mentions import actor_names as _names

NOUNS = frozenset({"bay", "lodge", "house", "dock", "work", "ford", "france", "bush"})


def test_an_organisation_cut_at_the_and_before_its_plural_noun_is_one() -> None:
    text = "The Northern Canals and Docks administration said on Monday that work would begin."
    assert _names(text) == ["Northern Canals and Docks"]


def test_a_house_named_for_its_owner_is_one() -> None:
    assert _names("The minister drove to King's Lodge at 6 p.m.") == ["King's Lodge"]


def test_two_actors_joined_by_and_stay_two() -> None:
    assert _names("Britain and France signed the pact on Monday.") == ["United Kingdom", "France"]
    assert _names("Ford and GM cut prices on Monday.") == ["Ford", "GM"]


@given(
    owner=st.sampled_from(["Corran", "Hawkley", "Tamsin", "Queen"]),
    head=st.sampled_from(["Bay", "Lodge", "House"]),
    label=st.sampled_from(["LOC", "FAC", "ORG", "GPE"]),
)
def test_a_persons_word_and_a_common_noun_after_the_possessive_are_one_name(
    owner: str, head: str, label: str
) -> None:
    text = f"Roads into {owner}'s {head} were shut."
    start = text.index(owner)
    raw = [
        RawSpan(start, start + len(owner), owner, "PERSON"),
        RawSpan(text.index(head), text.index(head) + len(head), head, label),
    ]
    found = split_names(text, raw, NOUNS)
    assert [(r.text, r.label) for r in found] == [(f"{owner}'s {head}", label)]


def test_a_country_or_a_surname_before_the_possessive_stays_the_owner() -> None:
    text = "Tarsk's Bay was shut."
    raw = [RawSpan(0, 5, "Tarsk", "GPE"), RawSpan(8, 11, "Bay", "LOC")]
    assert split_names(text, raw, NOUNS) == raw
    text = "Ana Corran left. Corran's Bay was shut."
    raw = [RawSpan(17, 23, "Corran", "PERSON"), RawSpan(26, 29, "Bay", "LOC")]
    assert split_names(text, raw, NOUNS) == raw


def test_a_person_after_a_possessive_stays_a_person() -> None:
    text = "Tarsk's Abebe Tola won."
    raw = [RawSpan(0, 5, "Tarsk", "PERSON"), RawSpan(8, 18, "Abebe Tola", "PERSON")]
    assert split_names(text, raw, NOUNS) == raw


def test_a_noun_that_opens_a_longer_name_is_no_last_word() -> None:
    text = "Hawkley's House of Lords"
    raw = [RawSpan(0, 7, "Hawkley", "PERSON"), RawSpan(10, 15, "House", "ORG")]
    assert split_names(text, raw, NOUNS) == raw


@given(second=st.sampled_from(["France", "Bush", "Ford", "Docks"]))
def test_and_joins_only_a_plural_common_noun_taken_for_a_person(second: str) -> None:
    text = f"Kessel Lines and {second} said"
    start = text.index(second)
    label = "ORG" if second == "Ford" else "PERSON"
    raw = [
        RawSpan(0, 12, "Kessel Lines", "ORG"),
        RawSpan(start, start + len(second), second, label),
    ]
    found = [r.text for r in split_names(text, raw, NOUNS)]
    if second == "Docks":
        assert found == ["Kessel Lines and Docks"]
    else:
        assert found == ["Kessel Lines", second]


def test_a_plural_that_is_a_persons_surname_stays_a_person() -> None:
    text = "Mara Works left. Kessel Lines and Works said"
    raw = [RawSpan(17, 29, "Kessel Lines", "ORG"), RawSpan(34, 39, "Works", "PERSON")]
    assert split_names(text, raw, NOUNS) == raw


def test_a_town_and_its_state_before_based_describe_the_company() -> None:
    assert describes_a_thing("The Orley, Vermont-based firm", "Orley", 9, "GPE")
    assert describes_a_thing("the Cass Lake, New Mexico-based maker", "Cass Lake", 13, "GPE")
    assert not describes_a_thing("in Orley, Vermont, on Monday", "Orley", 8, "GPE")


def test_the_town_state_based_company_is_the_company_named_before() -> None:
    text = (
        "Brakka Systems Inc. said on Monday it would delay its new chip. "
        "The Orley, Vermont-based company had told customers in July that it would ship."
    )
    mentions = find_actors([text])[0]
    assert {m.name for m in mentions} == {"Brakka Systems Inc."}  # no Orley
    named = {m.text: m.name for m in mentions}
    assert named.get("The Orley, Vermont-based company") == "Brakka Systems Inc."


@given(
    owner=st.sampled_from(["Lumo Devices", "Tarvik Holdings", "Brennhall", "Oster Valley Foods"]),
    owned=st.sampled_from(["Slate Fold", "Ridgeway Plant", "Kettle Pro 3", "Nova"]),
    label=st.sampled_from(["ORG", "PRODUCT", "FAC", "WORK_OF_ART"]),
    mark=st.sampled_from(["'s", "’s", "'"]),
)
def test_an_owner_written_alone_elsewhere_is_cut_off_what_it_owns(
    owner: str, owned: str, label: str, mark: str
) -> None:
    if mark == "'" and not owner.endswith("s"):
        mark = "'s"
    glued = f"{owner}{mark} {owned}"
    text = f"Sales of {glued} rose. {owner} said so on Monday."
    start = text.index(glued)
    later = text.rindex(owner)
    raw = [
        RawSpan(start, start + len(glued), glued, label),
        RawSpan(later, later + len(owner), owner, "ORG"),
    ]
    found = owners_apart(text, raw)
    assert [(r.text, r.label) for r in found] == [
        (owner, "ORG"),
        (owned, label),
        (owner, "ORG"),
    ]
    assert all(text[r.start : r.end] == r.text for r in found)


def test_a_place_written_alone_elsewhere_owns_the_body_after_it() -> None:
    text = "Two were taken to Tarnholm's Mercy Centre. Tarnholm has one hospital."
    raw = [
        RawSpan(18, 41, "Tarnholm's Mercy Centre", "ORG"),
        RawSpan(43, 51, "Tarnholm", "GPE"),
    ]
    assert [r.text for r in owners_apart(text, raw)] == ["Tarnholm", "Mercy Centre", "Tarnholm"]


def test_a_possessive_stays_a_word_of_the_name_when_its_owner_is_never_alone() -> None:
    text = "Moody's Investors Service cut it. Kessel's Wharf was shut. Moody's said so."
    raw = [
        RawSpan(0, 25, "Moody's Investors Service", "ORG"),
        RawSpan(34, 48, "Kessel's Wharf", "FAC"),
        RawSpan(59, 66, "Moody's", "ORG"),
    ]
    assert owners_apart(text, raw) == raw


def test_a_title_after_the_owner_is_left_to_the_title_rules() -> None:
    text = "Tarvik Bank's Chief Executive left. Tarvik Bank said so."
    raw = [
        RawSpan(0, 29, "Tarvik Bank's Chief Executive", "ORG"),
        RawSpan(36, 47, "Tarvik Bank", "ORG"),
    ]
    assert owners_apart(text, raw) == raw


def test_an_owners_product_through_the_model() -> None:
    text = (
        "At 3.8mm, the Vela 2 is thinner than Lumo Devices' Slate Fold, which launched in May. "
        "Lumo Devices said on Tuesday that it would answer with a new phone."
    )
    names = _names(text)
    assert "Lumo Devices" in names
    assert not any("'" in name for name in names)


def _seat_split(text: str, name: str, nouns: frozenset[str] = NOUNS) -> list[str]:
    start = text.index(name)
    return [
        r.text for r in seats_apart(text, [RawSpan(start, start + len(name), name, "ORG")], nouns)
    ]


TRADE_NOUNS = NOUNS | {"processor", "product", "holiday", "technology", "son", "archive"}


def test_a_company_written_once_with_its_seat_is_the_company_and_the_town() -> None:
    """A trade weekly, a wire and a press release: the seat after a sector or a plural of
    goods or services, the company written only there (`seats_apart`, `_a_trading_name`)."""
    weekly = "Tarn Valley's rival, Bay Ridge Processors of Regina, said in May it would not bid."
    assert _seat_split(weekly, "Bay Ridge Processors of Regina", TRADE_NOUNS) == [
        "Bay Ridge Processors",
        "Regina",
    ]
    wire = "The mill was bought by Westfold Forest Products of Nanaimo in 1961."
    assert _seat_split(wire, "Westfold Forest Products of Nanaimo", TRADE_NOUNS) == [
        "Westfold Forest Products",
        "Nanaimo",
    ]
    release = "Orders came from Kelstone Engineering of Perth and two other firms."
    assert _seat_split(release, "Kelstone Engineering of Perth") == [
        "Kelstone Engineering",
        "Perth",
    ]
    contractors = "The contractors, Marr and Sons of Dunmore, started on Friday."
    assert _seat_split(contractors, "Marr and Sons of Dunmore", TRADE_NOUNS) == [
        "Marr and Sons",
        "Dunmore",
    ]


def test_an_institution_a_body_a_country_or_a_name_after_the_stays_whole() -> None:
    """A singular institution's word before a field, a public body's plural, a country's
    name, "the" before the name, one word before "of", and a plural with no noun known."""
    for text, name in (
        ("Norbury College of Technology opened a lab.", "Norbury College of Technology"),
        ("Halden Chamber of Commerce met on Monday.", "Halden Chamber of Commerce"),
        ("Vellmark Transport Workers of Ostby struck.", "Vellmark Transport Workers of Ostby"),
        ("Orland Forest Products of Canada cut jobs.", "Orland Forest Products of Canada"),
        ("Files went to the State Archives of Tarsk on Monday.", "State Archives of Tarsk"),
        ("Brothers of Mercy ran the hospital.", "Brothers of Mercy"),
        ("Kelvane Widgetries of Ostby grew.", "Kelvane Widgetries of Ostby"),
    ):
        assert _seat_split(text, name, TRADE_NOUNS) == [name], name


@given(st.text(max_size=60))
def test_seats_apart_never_raises_and_keeps_offsets(tail: str) -> None:
    text = f"Deals by Bay Ridge Processors of Regina {tail}"
    for span in seats_apart(text, [RawSpan(9, 39, text[9:39], "ORG")], TRADE_NOUNS):
        assert text[span.start : span.end] == span.text


def test_a_company_the_model_took_for_a_person_is_cut_from_its_seat_a_person_is_not() -> None:
    """A sector or an organisation's word ends a company's name, whatever the model took it
    for; a surname that is a plural ("Banks") is a person's, who may be "of" a town."""
    text = "The order went to Tarvik Automobiles of Lund in May."
    start = text.index("Tarvik")
    person = RawSpan(start, start + 26, "Tarvik Automobiles of Lund", "PERSON")
    assert [(r.text, r.label) for r in seats_apart(text, [person], TRADE_NOUNS)] == [
        ("Tarvik Automobiles", "ORG"),
        ("Lund", "GPE"),
    ]
    text = "The prize went to Ana Banks of Lund in May."
    start = text.index("Ana")
    banks = RawSpan(start, start + 17, "Ana Banks of Lund", "PERSON")
    assert seats_apart(text, [banks], TRADE_NOUNS | {"bank"}) == [banks]
