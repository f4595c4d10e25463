"""Titles of works in quotation marks are products among the actors (`timeline.actors.works`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.spans import RawSpan
from timeline.actors.works import titles_of_works


def test_a_quoted_title_near_a_noun_of_a_work_is_a_product() -> None:
    text = (
        'Her debut album, "Copper Rain Over Tallis," was released in 1971. "The Ninth Pier", '
        "Ada Rusk's drama about a ferry crew, won on Friday."
    )
    products = {m.name for m in find_actors([text])[0] if m.type == "product"}
    assert {"Copper Rain Over Tallis", "The Ninth Pier"} <= products


def test_a_quoted_slogan_nickname_or_speech_is_no_work() -> None:
    text = (
        'Analysts called them the "Big Three" on Monday. "Hold Firm," she said of the film. '
        'The firm unveiled its "Way Forward" restructuring plan.'
    )
    assert titles_of_works(text, []) == []


def test_a_span_of_the_model_across_the_quotation_keeps_the_name() -> None:
    text = 'He expects a "New Dawnford" film studio to grow.'
    across = RawSpan(text.index("a "), text.index(" film"), 'a "New Dawnford', "ORG")
    assert titles_of_works(text, [across]) == []
    assert [r.text for r in titles_of_works(text, [])] == ["New Dawnford"]


def test_a_feature_a_collection_or_an_anthology_is_a_work() -> None:
    text = (
        'Her first feature, "Lantern Tide", was shown in 2011. His first collection, '
        '"Winter Orchard Songs," came out in 1958.'
    )
    assert [r.text for r in titles_of_works(text, [])] == ["Lantern Tide", "Winter Orchard Songs"]


def _products(text: str) -> dict[str, str]:
    """Each mention the pipeline takes for a product -> the name it stands for."""
    return {m.text: m.name for m in find_actors([text])[0] if m.type == "product"}


def test_a_quoted_title_in_sentence_case_beside_its_noun_is_a_work() -> None:
    """Titles many languages write in sentence case ("Rios de sal") are works when the noun of
    a work stands right beside them (stop 35, helper works5)."""
    text = (
        'The Portuguese drama "Rios de sal," opened in Porto on Friday. Her second collection, '
        '"Cartas del puerto," came out in 1962. "Vento norte", a film by Ana Ruiz, closed it.'
    )
    products = _products(text)
    assert {"Rios de sal", "Cartas del puerto", "Vento norte"} <= set(products)


def test_a_quoted_sentence_in_sentence_case_is_no_title() -> None:
    text = (
        'After the film, "It was a long night," a critic wrote. Of the play, "Tudo bem," said '
        'the director. A sign read "Keep off the grass" near the drama school.'
    )
    assert titles_of_works(text, []) == []


def test_a_title_in_title_case_after_its_noun_and_owner_is_a_work() -> None:
    text = (
        "Ana Roe's novel Winter on the Quays won the Dunmore Prize in Kells on Friday. "
        "This spring she will publish her first book, The Salted Shore."
    )
    kells = RawSpan(text.index("Kells"), text.index("Kells") + 5, "Kells", "GPE")
    found = [r.text for r in titles_of_works(text, [kells])]
    assert found == ["Winter on the Quays", "The Salted Shore"]


def test_no_title_after_a_verb_or_before_a_clause() -> None:
    """ "play" as a verb has no owner before it; a name after a comma that a verb follows is
    the sentence's subject, no apposition."""
    text = "They play Gujarat on Monday. It set a record, Page said. Her book Orla Dunne edited."
    dunne = RawSpan(text.index("Orla"), text.index(" edited"), "Orla Dunne", "PERSON")
    assert titles_of_works(text, [dunne]) == []


def test_the_film_or_the_play_stands_for_the_work_of_its_kind() -> None:
    """ "The film" stands for a work described as a feature, "the play" for one described as
    a comedy: a noun of the same kind of work (`data/work_nouns.csv`)."""
    text = (
        'Her first feature, "Lantern Tide," won the jury prize on Sunday. The film had been '
        'turned down by a larger festival. The company opened with "The Quiet Lodger," a new '
        "comedy by Ann Roe. The play runs until Saturday."
    )
    products = _products(text)
    assert products["The film"] == "Lantern Tide"
    assert products["The play"] == "The Quiet Lodger"


def test_the_play_is_not_a_feature() -> None:
    text = 'Her first feature, "Lantern Tide," won on Sunday. The play runs until Saturday.'
    assert "The play" not in _products(text)


@given(st.text(alphabet="abcAB \"“”,.'s novel film", max_size=80))
def test_titles_slice_the_text_and_never_raise(text: str) -> None:
    for title in titles_of_works(text, []):
        assert text[title.start : title.end] == title.text


def test_no_title_across_a_line() -> None:
    """A headline ending in a noun of a work and the byline under it are no title."""
    text = "Giant fills a gap in the region's fossil record\nBy Ana Roe, news editor\nIt rained."
    assert titles_of_works(text, []) == []
