"""Names opening a sentence right before its verb that the model missed (stop 33, helper
`recall3`): `timeline.actors.opening_names`. Invented names throughout."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.opening_names import _Places, opening_names
from timeline.actors.spans import RawSpan

NOUNS = frozenset(
    {"official", "analyst", "water", "lagoon", "share", "resident", "class", "output", "trade"}
    | {"price", "ship", "dam", "stock", "turnout"}
)


def names(text: str, raw: list[RawSpan] | None = None, context: str | None = None) -> list[str]:
    return [r.text for r in opening_names(text, raw or [], NOUNS, context)]


def test_a_name_of_one_word_before_its_verb_is_an_organisation() -> None:
    text = "Output fell. Varnok had cut the estimate in May. Ships left."
    found = opening_names(text, [], NOUNS)
    assert [(r.text, r.label) for r in found] == [("Varnok", "ORG")]


def test_a_run_of_capitalised_words_before_its_verb_is_one_name() -> None:
    text = "Dams were low. Tessel Water said last week that the dam stood at 68 percent."
    assert names(text) == ["Tessel Water"]
    text = "Stocks were mixed. Marlo Canyon also said its president will leave."
    assert names(text) == ["Marlo Canyon"]
    assert names("It rained. The Brisk Lagoon has been closed since Monday.") == ["Brisk Lagoon"]


def test_the_label_is_the_models_own_for_the_same_words_elsewhere() -> None:
    text = "Trade grew in Ostrava. Quendale expects a rise. Quendale's port is busy."
    raw = [RawSpan(47, 55, "Quendale", "GPE")]
    assert [(r.text, r.label) for r in opening_names(text, raw, NOUNS)] == [("Quendale", "GPE")]


def test_common_nouns_small_words_titles_and_bodies_are_no_names() -> None:
    for text in (
        "Officials said the road was shut.",  # a noun capitalised by its place
        "Analysts expected a cut.",
        "Classes will start in August.",
        "Many said so.",  # a small word
        "Mayor reported a surplus.",  # a title
        "Council agreed to raise the fee.",  # a body's word alone
        "Referee Ana Velk waved the fight off.",  # a role before a person
        "Chief Executive Tomas Rell told reporters so.",
        "Shares of Lanka Mobile fell 3%.",  # a noun and its owner
        "March saw heavy rain.",  # a month
    ):
        assert names(text) == [], text


def test_a_word_the_text_writes_in_lower_case_is_no_name() -> None:
    assert names("Turnout rose sharply. The turnout was high.") == []
    assert names("Blue Pond has dried. The blue pond is small.") == []


def test_a_word_of_a_longer_name_is_left_to_that_name() -> None:
    # "Macrae" of "Iain Macrae": the surname sweep's; "Orlen" of "Orlen Bank"
    assert names("Iain Velkar, 58, was fined. Velkar said nothing.") == []
    assert "Orlen" not in names("Orlen Bank rose. Orlen said profits fell.")


def test_no_name_is_taken_where_the_model_found_one_nor_on_a_headline() -> None:
    text = "Varnok had cut the estimate."
    assert names(text, [RawSpan(0, 6, "Varnok", "ORG")]) == []
    assert names("Varnok cuts estimate as rain falls\n\nOutput fell.") == []  # no full stop
    assert names("Hurricane Ilsa hit. Ilsa is expected to weaken.") == []  # a storm


def test_a_noun_the_text_capitalises_alone_inside_a_sentence_is_a_name() -> None:
    # WordNet knows some places as nouns: "Mysore had resumed" after "against Mysore"
    nouns = NOUNS | {"tessaly"}
    text = "Karda had lost to Tessaly. Tessaly had resumed at 92."
    assert [r.text for r in opening_names(text, [], nouns)] == ["Karda", "Tessaly"]


def test_the_whole_text_tells_the_lower_case_words_of_a_part() -> None:
    context = "The quorn rose. Quorn had cut the estimate."
    part = " " * 16 + context[16:]
    assert names(part, context=context) == []


_INVENTED = st.from_regex(
    r"[BDFGKLMNPRTVZ][aeiou][rnlk][aeiou][bdgkmntvz]{1,2}[aeiou]", fullmatch=True
)


@given(_INVENTED, st.sampled_from(["said", "had", "will", "expects", "announced"]))
def test_any_invented_name_before_a_verb_is_found(word: str, verb: str) -> None:
    text = f"Prices rose. {word} {verb} so on Monday."
    assert names(text) == [word]


@given(_INVENTED)
def test_no_invented_word_the_text_writes_in_lower_case_is_found(word: str) -> None:
    text = f"{word} said so. The {word.lower()} was late."
    assert names(text) == []


def test_an_office_is_no_name() -> None:
    assert names("It rained. The Deputy Warden said the hall would reopen.") == []
    assert names("It rained. Vice-Chancellor was away and could not be reached.") == []


def test_name_words_english_has_no_noun_for_are_a_person() -> None:
    text = "It snowed. Tomek Wierzbal has led the volunteers since 2016."
    assert [(r.text, r.label) for r in opening_names(text, [], NOUNS)] == [
        ("Tomek Wierzbal", "PERSON")
    ]
    text = "Dams were low. Tessel Water said so."
    assert [r.label for r in opening_names(text, [], NOUNS)] == ["ORG"]


def test_a_feast_and_a_known_name_with_its_nickname_are_left_alone() -> None:
    assert names("It rained. Hari Raya falls on Friday this year.") == []
    text = "Calder Tech won. The Calder Tech Herons trailed at half-time."
    assert names(text, [RawSpan(0, 11, "Calder Tech", "ORG")]) == []


def test_an_events_name_is_no_name() -> None:
    """An event's last word (`data/event_words.txt`) ends no name here, as `spans` reads it
    (stop 43): the contest was played, no one acted."""
    assert names("It rained. The Tarvik Masters was first played in 2017.") == []
    assert names("It rained. The Ostby Trophy has been cancelled.") == []
    assert names("It rained. The Ostby Trust has been wound up.") == ["Ostby Trust"]


@given(
    st.lists(
        st.sampled_from(["Conab", "Conab-Sul", "Conabs", "O'Neill", "the", "Ana"]), max_size=12
    ),
    st.lists(st.sampled_from([" ", ", ", ". ", "-", "\n", "'", "’s "]), max_size=12),
    st.sampled_from(["Conab", "O'Neill", "Ana"]),
)
def test_the_index_of_words_finds_what_a_search_for_the_whole_word_finds(
    words: list[str], joins: list[str], word: str
) -> None:
    text = "".join(w + j for w, j in zip(words, joins + [" "] * len(words), strict=False))
    searched = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    assert _Places(text).of(word) == searched


def test_a_relative_clause_on_the_subject_stands_for_its_verb() -> None:
    """Stop 34 (helper `recall4`): "Prairie Air, which has its hub here, said ...": a comma and
    "which" or "who" after the opening words make them the subject, as a verb does."""
    text = "Stocks fell. Tessel Air, which has its hub at Ostrava, said it would fly on Friday."
    assert [(r.text, r.label) for r in opening_names(text, [], NOUNS)] == [("Tessel Air", "ORG")]
    text = "Prices rose. Brannock Wool Traders, which held the largest sale, said so."
    assert names(text) == ["Brannock Wool Traders"]
    text = "Ships left. Marisol, who runs the dock, said it was calm."
    assert [(r.text, r.label) for r in opening_names(text, [], NOUNS)] == [("Marisol", "PERSON")]
    for text in (
        "Officials, who met on Monday, agreed.",  # a noun capitalised by its place
        "Analysts, which were few, said so.",
        "Council, which met on Monday, agreed.",  # a body's word alone
    ):
        assert names(text) == [], text


def test_an_organisations_word_may_end_the_opening_name() -> None:
    """Stop 34 (helper `recall4`): "Bradford Corporation has asked ...": an organisation's
    word last in the run is the body's name; first or alone it is no name."""
    text = "Rates rose. Tarnley Corporation has asked to hire the hall on Mondays."
    assert names(text) == ["Tarnley Corporation"]
    for text in (
        "Council agreed to raise the fee.",
        "Corporation Tarnley has asked for it.",
        "Local Government said no.",
    ):
        assert names(text) == [], text
