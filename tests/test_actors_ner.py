"""spaCy's NER over the focused text: the model, and what reading only the focused text finds."""

from __future__ import annotations

import pytest

from timeline.actors import AliasTable, find_actors, load_model
from timeline.actors.literals import lower_case_words as _lower_case_words
from timeline.actors.ner import suffixed_as_companies
from timeline.actors.opening_nouns import common_word_opening
from timeline.actors.spans import RawSpan
from timeline.errors import ModelError


def _names(text: str, aliases: AliasTable | None = None) -> list[str]:
    return [m.name for m in find_actors([text], aliases=aliases)[0]]


def test_model_is_loaded_once_and_runs_only_ner() -> None:
    nlp = load_model()
    assert load_model() is nlp
    assert nlp.pipe_names == ["ner"]
    with pytest.raises(ModelError, match="install"):
        load_model("no_such_pipeline_xyz")


def test_focused_reading_finds_the_same_names(reference_text: str) -> None:
    focused = {(m.start, m.name) for m in find_actors([reference_text])[0]}
    whole = {(m.start, m.name) for m in find_actors([reference_text], focus=False)[0]}
    assert focused == whole


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    text = (
        "Harvest fell by a third on Monday, growers said. The harvest began in March.\n\n"
        "Tessaro Foods said its profit rose. Tessaro employs 90 people."
    )
    lower = _lower_case_words(text)
    assert common_word_opening(text, 0, 7, lower)  # "harvest" is written in lower case too
    tessaro = text.index("Tessaro employs")
    assert not common_word_opening(text, tessaro, tessaro + 7, lower)
    inside = text.index("Foods")  # not a sentence's first word
    assert not common_word_opening(text, inside, inside + 5, lower)


def test_an_organisation_word_opening_a_sentence_is_left_to_the_short_forms() -> None:
    text = "The Dunmore District Council met. Council voted 6-1 for it. The council adjourned."
    start = text.index("Council voted")
    assert not common_word_opening(text, start, start + 7, _lower_case_words(text))


def test_words_of_an_address_are_not_written_in_lower_case() -> None:
    assert "vantor" not in _lower_case_words("Vantor opened vantor.io and a@vantor.org today.")


def test_a_name_ending_in_a_corporate_suffix_is_a_company() -> None:
    raw = [
        RawSpan(0, 22, "Wandoo Ridge Gold Ltd", "PERSON"),
        RawSpan(30, 45, "Brannock & Co.", "GPE"),
        RawSpan(50, 62, "Orla Tierney", "PERSON"),
        RawSpan(70, 79, "Ltd Clare", "PERSON"),  # a suffix must end the name
    ]
    assert [span.label for span in suffixed_as_companies(raw)] == ["ORG", "ORG", "PERSON", "PERSON"]


@pytest.mark.parametrize(
    "name",
    [
        "Korvanger Shipping ASA",
        "Tindra Frakt A/S",
        "Ulvsund Pharma AB",
        "Kuusila Metsä Oyj",
        "Delta Frost Chain JSC",
        "Volga Rail PJSC",
        "Ferrara Cavi SpA",
        "Lumen Biologics NV",
        "Hartley Pike LLP",
        "Serra Azul Ltda.",
        "Nusa Kencana Tbk",
    ],
)
def test_a_name_ending_in_a_national_corporate_suffix_is_a_company(name: str) -> None:
    """Suffixes of companies outside the English-speaking world end a company's name too."""
    assert [s.label for s in suffixed_as_companies([RawSpan(0, len(name), name, "PERSON")])] == [
        "ORG"
    ]


def test_the_company_after_a_name_with_a_national_suffix_taken_for_a_person() -> None:
    text = (
        "Korvanger Shipping ASA, a Bergen owner of supply vessels, said on Tuesday it would "
        "lay up four ships. The company will ask shareholders on 21 April to approve a loan."
    )
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert named.get("The company") == "Korvanger Shipping ASA"


def test_a_name_the_model_cut_at_its_hyphen_is_whole() -> None:
    # "Co-operative": the model ends one entity inside the word and opens another after it
    text = (
        "The Harwick Co-operative Credit Society paid members on Monday. "
        "The Society said deposits rose."
    )
    names = {m.text: m.name for m in find_actors([text])[0]}
    assert names.get("Society") == "Harwick Co-operative Credit Society", names
    text = "The Federation of Dairy Co-operatives will buy milk from Tuesday."
    assert "Federation of Dairy Co-operatives" in _names(text)
    # a word that makes the name describe is not part of it
    assert "Tarn-based" not in " ".join(_names("The Tarn-based Velcor Group said so."))


def test_the_governing_body_of_an_organisation_is_the_organisation() -> None:
    text = "The Committee of the Harwick Co-operative Credit Society met on Monday."
    assert _names(text) == ["Harwick Co-operative Credit Society"]
    text = "The Board of Management of the Lusk Farmers' Co-operative Society met on Monday."
    # its board named by its members' nouns alone is no name of its own (stop 47, `orgs`)
    assert _names(text) == ["Lusk Farmers' Co-operative Society"]
    # a body whose name ends in no organisation word keeps its whole name
    text = "The Committee of the Red Cross said so."
    assert "Committee of the Red Cross" in " ".join(_names(text))
