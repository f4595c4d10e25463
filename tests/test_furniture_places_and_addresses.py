"""Stop 50 (helper `furniture`): a colon's dateline in ordinary case whose word the story writes
as a place, a postal address after whom it is of or who made the page, a shared-cost number, a
writer's bio with the bureau they write from. Every line is invented."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture

LEAD = "The state government on Monday approved a new water tariff for {place} and its suburbs."
STORY = "Officials said the new rates would take effect in {where}, and the opposition objected."


def _spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in furniture(text)]


@pytest.mark.parametrize(
    ("place", "where"),
    [
        ("Pune", "Pune"),  # "in Pune"
        ("Kochi", "the Kochi district"),  # before an administrative unit's noun
        ("Mysuru", "the hills"),  # "-based" in the next sentence
    ],
)
def test_colon_dateline_of_a_place_the_story_names(place: str, where: str) -> None:
    based = f" A {place}-based firm will build the pipes." if where == "the hills" else ""
    text = (
        "Water tariff approved\n\nStaff Reporter | Updated: Monday\n\n"
        f"{place}: {LEAD.format(place='the city')}\n\n{STORY.format(where=where)}{based}\n"
    )
    assert f"{place}: " in _spans(text)


@pytest.mark.parametrize("label", ["Update", "Analysis", "Operator", "Exclusive"])
def test_a_label_the_story_never_writes_as_a_place_stays(label: str) -> None:
    text = (
        f"Water tariff approved\n\n{label}: {LEAD.format(place='the city')}\n\n"
        f"{STORY.format(where='the city')} An {label.lower()} followed in May.\n"
    )
    assert f"{label}: " not in _spans(text)


@pytest.mark.parametrize(
    "line",
    [
        "Subscriptions: Quay Publishing Ltd, 14 Harbour Lane, Tarrow QT4.",
        "Subscriptions: R&B Weekly, 9 Mill Gardens, Tarrow EC2. Telephone 01-555 0100.",
        "Prepared by the Clerk's Office, 221 Mill Street, Tarrow.",
        "Printed by the Harbour Press, 4 Quay Road, Leith. Not an official record.",
        "Further gifts may be sent to the Hon. Secretary, Tarrow Relief Fund, 12 North Mall, "
        "Tarrow.",
        "Quay Wildlife Trust · P.O. Box 418, Tarrow, Westland",
        "Anyone who sees a spill can contact the river trust's 24-hour hotline on 1890 34 74 24.",
        "Li Wei covers farm prices from the Ledger's Valley bureau.",
    ],
)
@pytest.mark.parametrize("place", ["head", "foot"])
def test_address_and_bio_lines_are_furniture(line: str, place: str) -> None:
    story = (
        "The harbour board approved a new ferry contract on Monday, the chairman said.\n\n"
        "Quayline Ferries will start the service on June 3, the company said on Tuesday.\n"
    )
    text = (
        f"Ferry contract approved\n\n{line}\n\n{story}"
        if place == "head"
        else f"Ferry contract approved\n\n{story}\n{line}\n"
    )
    start = text.index(line)
    assert any(f.start <= start and f.end >= start + len(line) for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Letters were sent to the Mayor, 12 Mill Lane, by the union on Monday.",
        "Offices: 22 Quay Street, Leith. The offices were sold in May.",
        "Li Wei covers the cost of repairs at the Tarrow office.",
        "Police closed Mill Street, Tarrow, after the crash on Monday.",
    ],
)
def test_story_sentences_in_those_words_stay(line: str) -> None:
    text = f"Ferry contract approved\n\nThe harbour board met on Monday.\n\n{line}\n"
    start = text.index(line)
    assert not any(f.start <= start and f.end >= start + len(line) for f in furniture(text))
