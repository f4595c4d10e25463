"""Actors: the reference article in full, and each canonicalisation rule on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.actors import (
    ActorMention,
    AliasTable,
    find_actors,
    load_aliases,
    load_model,
)
from timeline.actors.spans import clean_span
from timeline.errors import ModelError

from .conftest import DATA

REFERENCE_ACTORS = {
    "Antony Blinken",
    "Mohammed Shia Al-Sudani",
    "Lloyd Austin",
    "Biden",
    "Saddam Hussein",
    "United States",
    "Iraq",
    "Israel",
    "Iran",
    "Hamas",
    "Hezbollah",
    "State Department",
}


def _names(text: str, aliases: AliasTable | None = None) -> list[str]:
    return [m.name for m in find_actors([text], aliases=aliases)[0]]


def test_reference_article_actors_in_full(reference_text: str) -> None:
    mentions = find_actors([reference_text])[0]
    names = {m.name for m in mentions}
    assert names >= REFERENCE_ACTORS
    assert not names & {"Blinken Pressures", "State", "Defense", "Copyright", "Blinken", "Austin"}
    for mention in mentions:
        assert reference_text[mention.start : mention.end] == mention.text


def test_reference_article_types_and_roles(reference_text: str) -> None:
    mentions = find_actors([reference_text])[0]
    kinds = {m.name: m.type for m in mentions}
    assert kinds["Antony Blinken"] == "person"
    assert kinds["Lloyd Austin"] == "person"
    assert kinds["Iraq"] == "country"
    assert kinds["United States"] == "country"
    assert kinds["Hezbollah"] == "organisation"
    roles = {m.name: m.role for m in mentions if m.role}
    assert roles["Antony Blinken"] == "U.S. Secretary of State"
    assert roles["Lloyd Austin"] == "Defense Secretary"
    assert roles["Mohammed Shia Al-Sudani"] == "Iraqi Prime Minister"


def test_shipped_alias_file_names_biden(reference_text: str) -> None:
    aliases = load_aliases(DATA / "actors.csv")
    names = set(_names(reference_text, aliases))
    assert "Joe Biden" in names
    assert "Biden" not in names


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


def test_possessives_and_the_are_stripped() -> None:
    text = "The regime fell after Saddam Hussein's ouster, the State Department said."
    names = _names(text)
    assert "Saddam Hussein" in names
    assert "State Department" in names


def test_demonyms_and_short_forms_map_to_the_country() -> None:
    text = (
        "Iraqi officials met American diplomats. The U.S. and the United States are one. "
        "Israeli troops moved."
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


def test_agreements_are_not_organisations() -> None:
    text = "They renewed the Strategic Framework Agreement with Iraq."
    assert "Strategic Framework Agreement" not in _names(text)


def test_alias_file_merges_and_renames(tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(
        "alias,canonical,type\nU.N.,United Nations,organisation\nTim Cook,Timothy Cook,person\n"
    )
    aliases = load_aliases(path)
    assert len(aliases) == 2
    mentions = find_actors(["Tim Cook spoke at the U.N. on Monday."], aliases=aliases)[0]
    assert {(m.name, m.type) for m in mentions} >= {
        ("Timothy Cook", "person"),
        ("United Nations", "organisation"),
    }


def test_bad_alias_rows_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text("alias,canonical,type\nfoo,Foo,planet\n")
    with pytest.raises(ValueError, match=r"actors.csv:2: type 'planet'"):
        load_aliases(path)
    assert len(load_aliases(tmp_path / "missing.csv")) == 0


def test_model_is_loaded_once_and_runs_only_ner() -> None:
    nlp = load_model()
    assert load_model() is nlp
    assert nlp.pipe_names == ["ner"]
    with pytest.raises(ModelError, match="install"):
        load_model("no_such_pipeline_xyz")


def test_same_name_across_documents() -> None:
    first, second = find_actors(
        ["U.S. Secretary of State Antony Blinken flew in. Blinken spoke.", "Antony Blinken left."]
    )
    assert {m.name for m in first if m.type == "person"} == {"Antony Blinken"}
    assert {m.name for m in second if m.type == "person"} == {"Antony Blinken"}


def test_mention_validation() -> None:
    with pytest.raises(ValueError, match="actor type"):
        ActorMention(0, 1, "x", "X", "planet")


def test_organisation_suffixes_and_short_forms_join() -> None:
    text = (
        "Shares of Apple Inc. rose after the NPD Group published its figures. "
        "Apple said NPD was wrong."
    )
    mentions = find_actors([text])[0]
    organisations = {m.text: m.name for m in mentions if m.type == "organisation"}
    assert organisations.get("Apple Inc.") == organisations.get("Apple") == "Apple"
    assert organisations.get("NPD") == "NPD Group"


def test_focused_reading_finds_the_same_names(reference_text: str) -> None:
    focused = {(m.start, m.name) for m in find_actors([reference_text])[0]}
    whole = {(m.start, m.name) for m in find_actors([reference_text], focus=False)[0]}
    assert focused == whole


def test_a_name_and_the_word_after_it_can_be_a_longer_name_of_the_text() -> None:
    text = (
        "Apple unveiled the iPod nano on Wednesday. The iPod Nano comes in two colours, "
        "and the iPod itself is cheaper."
    )
    names = [(m.text, m.name) for m in find_actors([text])[0] if m.text.startswith("iPod")]
    assert ("iPod nano", "iPod Nano") in names
    assert all(name == "iPod Nano" for surface, name in names if surface.lower() == "ipod nano")


def test_it_and_the_store_refer_to_the_thing_just_named() -> None:
    text = (
        "The Amazon Kindle Store opened on Monday. It sells e-books for 99 cents. "
        "It is expected that prices will fall. The store was renamed last year."
    )
    mentions = find_actors([text])[0]
    named = {m.text: m.name for m in mentions}
    assert named.get("It") == "Amazon Kindle Store"
    assert named.get("The store") == "Amazon Kindle Store"
    # the empty "it" of "It is expected that" refers to nothing
    second = text.index("It is expected")
    assert all(m.start != second for m in mentions)


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


def test_the_phone_and_the_new_iphone_are_the_model_just_named() -> None:
    text = (
        "Steve Jobs unveiled iPhone 4 on Monday. It connects with other iPhone 4s via Wi-Fi. "
        'He said, " Stop me if you have seen this. " The new iPhone was praised by Jobs. '
        "The phone has two cameras. The original iPhone was slower."
    )
    named = {(m.text, m.name) for m in find_actors([text])[0] if m.type == "product"}
    assert ("iPhone 4s", "iPhone 4") in named
    assert any(surface.endswith("iPhone") and name == "iPhone 4" for surface, name in named)
    assert ("The phone", "iPhone 4") in named
    original = text.index("The original iPhone")
    assert all(m.name != "iPhone 4" for m in find_actors([text])[0] if m.start >= original)


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


def test_a_title_after_a_company_is_no_model_number() -> None:
    mentions = find_actors(["Apple CEO Steve Jobs unveiled a phone on Monday."])[0]
    assert all(m.type != "product" for m in mentions)


def test_a_date_after_a_name_is_not_part_of_it() -> None:
    raw = clean_span("the Union Army of the Potomac on July 26 was", 4, 40, "ORG")
    assert raw is not None and raw.text == "Union Army of the Potomac"


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
    assert {m.text: m.name for m in find_actors([text])[0]}.get("GM") == "General Motors"
    text = (
        "The European Aeronautic Defence and Space Company (EADS) said on Monday that profit "
        "rose. EADS owns Airbus."
    )
    names = [m.name for m in find_actors([text])[0] if m.text == "EADS"]
    assert names and set(names) == {"European Aeronautic Defence and Space Company"}
    ambiguous = "Apple Computer and Apple Corps settled. AC was not mentioned."
    assert {m.text: m.name for m in find_actors([ambiguous])[0]}.get("AC") in (None, "AC")
