"""The rules `spans.clean_span` reads from the modules they were moved to (stop 38, helper
`split10`): a figure after a name (`timeline/actors/trailing_figures.py`), the rest of a word
cut at its hyphen or apostrophe (`mark_rests.person_word_rest`, `hyphenated_word_end`), a
place joined into a compound word (`timeline/actors/place_compounds.py`). Sentences invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.mark_rests import hyphenated_word_end, person_word_rest
from timeline.actors.place_compounds import compound_country, in_a_compound
from timeline.actors.spans import clean_span
from timeline.actors.trailing_figures import trailing_figure

_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)
_NAME = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)
_FIGURE = st.one_of(
    st.from_regex(r" on (?:[A-Z][a-z]{2,8} )?[1-9]\d?", fullmatch=True),
    st.from_regex(r" \d{1,2}(?:\.\d)? ?(?:%|percent|per cent|points)", fullmatch=True),
    st.from_regex(r" [1-9]\d?(?:st|nd|rd|th)", fullmatch=True),
    st.from_regex(r" \d{1,2}-\d{1,2}", fullmatch=True),
    st.from_regex(r" (?:Q[1-4]|H[12]|FY2\d)", fullmatch=True),
)


@given(_NAME, _FIGURE, st.sampled_from(["ORG", "PERSON", "GPE"]))
def test_a_figure_after_any_name_is_cut_where_the_name_ends(
    name: str, figure: str, label: str
) -> None:
    assert trailing_figure(name + figure, label) == (len(name), label)


@given(_NAME)
def test_a_name_with_no_figure_keeps_every_word(name: str) -> None:
    assert trailing_figure(name, "ORG") == (None, "ORG")


def test_the_figures_after_names_in_sentences_are_no_words_of_them() -> None:
    text = "Brackley Rovers 2-0 was the score when Dunmore Athletic 58th in the table left."
    assert clean_span(text, 0, 19, "ORG").text == "Brackley Rovers"
    text = "Turnout gave Odhiambo 48.2 per cent of the vote."
    assert clean_span(text, 13, 35, "PERSON").text == "Odhiambo"
    text = "Kelso Mills H1 profit fell."
    assert clean_span(text, 0, 14, "ORG").text == "Kelso Mills"
    span = clean_span("Pellham Town beat Ardley 4-1 on Saturday.", 18, 28, "PRODUCT")
    assert (span.text, span.label) == ("Ardley", "ORG")


def test_the_rest_of_a_word_cut_at_its_mark_joins_the_name() -> None:
    text = "Deputy mayor Lee Ha-eun and her aide Mele Fifita'ahu met on Monday."
    start = text.index("Lee")
    assert clean_span(text, start, start + len("Lee Ha"), "PERSON").text == "Lee Ha-eun"
    start = text.index("Mele")
    assert clean_span(text, start, start + len("Mele"), "PERSON").text == "Mele Fifita'ahu"
    text = "The Dunmore Co-operative Bank opened on Friday, a Dunmore-based firm said."
    assert clean_span(text, 4, 15, "ORG").text == "Dunmore Co-operative Bank"
    start = text.index("Dunmore-")
    assert clean_span(text, start, start + len("Dunmore-"), "ORG") is None


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_a_word_cut_at_its_mark_only_ever_grows_the_span(text: str, start: int, end: int) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    assert end <= person_word_rest(text, start, end) <= len(text)
    assert end <= hyphenated_word_end(text, start, end) <= len(text)


def test_a_place_in_a_compound_word_is_no_actor_unless_the_compound_is_a_country() -> None:
    text = "A Kenyan-Ugandan team crossed into Guinea-Bissau on Monday."
    assert in_a_compound(text, 2, 8)
    assert clean_span(text, 2, 8, "NORP") is None
    span = clean_span(text, 35, 41, "GPE")
    assert (span.text, span.label) == ("Guinea-Bissau", "GPE")
    assert not in_a_compound("Rain fell in Guinea on Monday.", 13, 19)


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_a_compounds_country_always_holds_the_span(text: str, start: int, end: int) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    country = compound_country(text, start, end)
    assert country is None or country[1] >= end
