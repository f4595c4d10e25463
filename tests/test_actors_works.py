"""Titles of works in quotation marks are products among the actors (`timeline.actors.works`)."""

from __future__ import annotations

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
