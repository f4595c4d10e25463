"""Organisations the model missed, known by a run of capitalised words ending in an
organisation word (`timeline/actors/runs.py`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import AliasTable, find_actors
from timeline.actors.names import canonical
from timeline.actors.runs import index_names
from timeline.actors.spans import RawSpan


def test_a_run_ending_in_an_organisation_word_the_model_missed_is_an_organisation() -> None:
    text = (
        "REYKJAVIK, Jan 16 (Reuters) - The Icelandic Meteorological Office said on Tuesday "
        "that the eruption had slowed."
    )
    mentions = canonical(text, [RawSpan(19, 26, "Reuters", "ORG")], AliasTable())
    assert ("Icelandic Meteorological Office", "organisation") in {
        (m.name, m.type) for m in mentions
    }


def test_the_run_takes_in_the_demonym_the_model_found_before_it() -> None:
    text = "The Icelandic Meteorological Office said on Tuesday that the eruption had slowed."
    mentions = canonical(text, [RawSpan(4, 13, "Icelandic", "NORP")], AliasTable())
    assert [(m.text, m.type) for m in mentions] == [
        ("Icelandic Meteorological Office", "organisation")
    ]


def test_a_municipality_named_after_a_person_keeps_the_persons_words() -> None:
    text = "The Oliver Tambo Hill Municipality said on Monday that buses would run again."
    raw = [RawSpan(4, 16, "Oliver Tambo", "PERSON"), RawSpan(17, 34, "Hill Municipality", "GPE")]
    mentions = canonical(text, raw, AliasTable())
    assert [(m.name, m.type) for m in mentions] == [
        ("Oliver Tambo Hill Municipality", "organisation")
    ]


def test_a_company_of_common_words_the_model_took_for_a_title_is_an_organisation() -> None:
    text = (
        "Island Link Ferries cancelled all sailings to the Westman Islands on Monday. The "
        "operator said it would resume them on Thursday."
    )
    names = {m.text: m.name for m in find_actors([text])[0]}
    assert names.get("Island Link Ferries") == "Island Link Ferries"
    assert names.get("The operator") == "Island Link Ferries"


def test_no_run_in_a_headline_nor_two_words_opening_a_sentence() -> None:
    text = "Island Link Ferries Cancels Sailings Amid Storm\n\nLocal Government said no."
    assert canonical(text, [], AliasTable()) == []


def test_a_place_written_with_a_glottal_stop_after_a_preposition_is_a_place() -> None:
    text = (
        "Counting in Lifuka'ahi was delayed overnight. Observers who arrived in Pangai'ofa "
        "on Monday praised it. Tevita's team did not."
    )
    found = {(m.name, m.type) for m in find_actors([text])[0]}
    assert ("Lifuka'ahi", "location") in found
    assert ("Pangai'ofa", "location") in found
    assert not any(name.startswith("Tevita") and kind == "location" for name, kind in found)


def test_a_market_index_named_before_index_or_average_is_an_actor() -> None:
    text = (
        "The benchmark Tamarind average rose 0.4 percent, and the ZX/Lake 50 index fell.\n\n"
        "The Consumer Price index rose."
    )
    assert [(r.text, r.label) for r in index_names(text, [])] == [
        ("Tamarind", "ORG"),
        ("ZX/Lake 50", "ORG"),
    ]
    # a longer name of the model's is left as it is; one inside the index's is replaced
    longer = RawSpan(0, 22, "The benchmark Tamarind", "ORG")
    assert [r.text for r in index_names(text, [longer])] == ["ZX/Lake 50"]
    inside = RawSpan(60, 64, "Lake", "GPE")
    assert [r.text for r in index_names(text, [inside])] == ["Tamarind", "ZX/Lake 50"]


_WORD = st.sampled_from(["The", "the", "benchmark", "Nikkei", "ZX/Lake", "50", "index", "average"])


@given(st.lists(_WORD, max_size=12))
def test_an_index_name_is_written_where_it_is_found_and_ends_before_its_word(
    words: list[str],
) -> None:
    text = " ".join(words)
    for span in index_names(text, []):
        assert text[span.start : span.end] == span.text
        assert text[span.end :].startswith((" index", " average"))
        assert span.text[:1].isupper()


def test_an_institution_owning_the_run_after_the_is_an_organisation_of_its_own() -> None:
    text = (
        "Ria Dunne told the Senate's Public Works Committee on Monday that costs rose. "
        "Lloyd's Register Group said nothing."
    )
    mentions = canonical(text, [RawSpan(0, 8, "Ria Dunne", "PERSON")], AliasTable())
    names = {m.name for m in mentions if m.type == "organisation"}
    assert {"Senate", "Public Works Committee"} <= names
    assert "Senate's Public Works Committee" not in names
    # no "the" before it: a possessive may be a word of one name
    assert "Register Group" not in names


def test_a_name_ending_in_co_operative_is_an_organisation_it_goes_on_with() -> None:
    text = (
        "Mahoe Dairy Co-operative will pay farmers more from June, it said on Monday. "
        "It cut its forecast twice in 2015."
    )
    named = {(m.text, m.name, m.type) for m in find_actors([text])[0]}
    assert ("Mahoe Dairy Co-operative", "Mahoe Dairy Co-operative", "organisation") in named
    assert ("It", "Mahoe Dairy Co-operative", "organisation") in named


def test_the_portfolio_of_a_minister_is_no_organisation() -> None:
    # "Local Government" after "The Minister of" is the minister's portfolio, not a body
    text = (
        "The Minister of Local Government, Mrs. Odile Baptiste, said on Tuesday that she "
        "had asked for an audit. The Ministry of Rural Housing said it would help."
    )
    names = [m.name for m in find_actors([text])[0]]
    assert "Local Government" not in names, names
    assert "Odile Baptiste" in names
    assert "Ministry of Rural Housing" in names


def test_an_owner_before_a_possessive_in_a_run_is_its_own_actor() -> None:
    for text in [
        # a run the model missed, and a span the model read whole
        "Hegarty, chairman of the OPW, told the Tynwald's Public Accounts Committee yesterday "
        "that the work was late.",
        "The engineer told the Althing's Public Accounts Committee yesterday that the quay "
        "was unsafe.",
    ]:
        names = {m.name for m in find_actors([text])[0]}
        assert "Public Accounts Committee" in names, names
        assert not any("'s" in name for name in names), names
    text = "Analysts at Moody's Investors Service agreed on Monday."
    names = {m.name for m in find_actors([text])[0]}
    assert "Moody's Investors Service" in names, names  # no "the": a name with a possessive
