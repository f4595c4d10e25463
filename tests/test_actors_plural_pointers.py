"""Two organisations or countries a plural noun stands for: "Both companies", "The two sides",
"the two countries", "The unions" after the pair the story named (stop 49, helper
`referents`). Invented names and sentences only: a merger's release, a wire's treaty, a
strike, a settlement, a match report."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.plural_pointers import plural_pointers
from timeline.documents import Document
from timeline.pipeline import extract

from .mentions import placer


def _row_actors(text: str, sentence_start: str) -> list[set[str]]:
    doc = Document("a", text, published=date(2024, 3, 8), published_source="user")
    table = extract([doc], workers=1).table
    return [
        set(row.actors) for row in table.itertuples() if row.sentence.startswith(sentence_start)
    ]


def test_a_merger_release_both_companies_and_the_two_companies() -> None:
    """A release: the pair named in the lead joined by "and" is every pointer's pair."""
    text = (
        "Harwick Foods Ltd. and Delmont Dairies Inc. said on Monday they would merge, creating "
        "the region's largest food group.\n\n"
        "Both companies will hold a call for analysts on Tuesday.\n\n"
        "The two companies expect the merger to close in March."
    )
    pair = {"Harwick Foods Ltd.", "Delmont Dairies Inc."}
    for opening in ("Both companies", "The two companies"):
        rows = _row_actors(text, opening)
        assert rows, opening
        assert all(pair <= actors for actors in rows), (opening, rows)


def test_a_strike_the_unions_opening_a_sentence() -> None:
    """A wire on a strike: "The unions want" after two unions joined by "and"."""
    text = (
        "The Harbour Workers' Union and the Crane Operators' Association called a strike at "
        "Port Tavel on Monday. The unions want a pay rise of 8 percent by June."
    )
    rows = _row_actors(text, "The unions want")
    assert rows
    assert all(
        {"Harbour Workers' Union", "Crane Operators' Association"} <= actors for actors in rows
    )


def test_a_settlement_the_two_sides_are_the_two_named_most() -> None:
    """A settlement not written as "A and B": the two organisations named most, twice each."""
    text = (
        "Veltmark Solar AG said on Monday it had settled its dispute with the Investors' "
        "Protection Society. Veltmark Solar will pay EUR 12 million. The Investors' Protection "
        "Society will drop its case. The two sides signed the agreement on Friday."
    )
    at = placer(text)
    mentions = [
        at("Veltmark Solar AG", "organisation", name="Veltmark Solar AG"),
        at("Investors' Protection Society", "organisation"),
        at("Veltmark Solar", "organisation", 1, name="Veltmark Solar AG"),
        at("Investors' Protection Society", "organisation", 1),
    ]
    found = plural_pointers(text, mentions)
    assert {m.name for m in found} == {"Veltmark Solar AG", "Investors' Protection Society"}
    assert {text[m.start : m.end] for m in found} == {"The two", "sides"}


def test_two_countries_and_a_treaty() -> None:
    """A wire on a treaty: "the two countries" are the two countries joined by "and"."""
    text = (
        "Norway and Iceland signed a fishing pact on Monday. The two countries last agreed in 2019."
    )
    at = placer(text)
    found = plural_pointers(text, [at("Norway", "country"), at("Iceland", "country")])
    assert [m.name for m in found] == ["Norway", "Iceland"]


def test_a_match_report_both_sides_opening() -> None:
    """A match report: "Both sides" opening a sentence, after the two clubs joined by "and"."""
    text = (
        "Carnby Rovers and Helston Athletic drew 1-1 at Mill Lane on Saturday. Both sides "
        "stood for a minute's silence before kick-off."
    )
    at = placer(text)
    found = plural_pointers(
        text, [at("Carnby Rovers", "organisation"), at("Helston Athletic", "organisation")]
    )
    assert [m.name for m in found] == ["Carnby Rovers", "Helston Athletic"]


@pytest.mark.parametrize(
    "after",
    [
        # "The" and a plural with no pair joined by "and": any banks
        "The banks will be closed on Monday.",
        # the pair is named right there
        "Both companies, Orlo and Vell, will report on Friday.",
        # a possessive: their things are the subject
        "Both companies' shares rose on Friday.",
        # inside a quotation: a speaker's words
        '"Both companies have done well," an analyst said.',
        # an object, or inside a sentence: the golds leave the pair
        "The regulator invited both companies to talks on Friday.",
        "Shareholders of both companies will vote in July.",
        "An analyst said the two companies would gain.",
        # a company's organs
        "The boards signed the agreement on Friday.",
    ],
)
def test_what_stays_unresolved(after: str) -> None:
    text = "Orlo Ltd bought a stake in Vell Inc in May. Orlo Ltd paid cash. Vell Inc rose. " + after
    at = placer(text)
    mentions = [
        at("Orlo Ltd", "organisation"),
        at("Vell Inc", "organisation"),
        at("Orlo Ltd", "organisation", 1),
        at("Vell Inc", "organisation", 1),
    ]
    if "Orlo and Vell" in after:
        mentions += [at("Orlo", "organisation", 2), at("Vell", "organisation", 2)]
        mentions.sort(key=lambda m: m.start)
    assert plural_pointers(text, mentions) == []


def test_a_company_noun_passes_over_a_regulator() -> None:
    """ "The two companies" after "Orlo and the regulator Tarvostat": no pair of companies."""
    text = "Orlo Ltd and the Tarvik Competition Authority met on Monday. The two companies agreed."
    at = placer(text)
    mentions = [at("Orlo Ltd", "organisation"), at("Tarvik Competition Authority", "organisation")]
    assert plural_pointers(text, mentions) == []


@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    """Any text after a pair: the pointers found lie in it, each a pair of the two names."""
    full = "Orlo Ltd and Vell Inc merged. " + text
    at = placer(full)
    found = plural_pointers(full, [at("Orlo Ltd", "organisation"), at("Vell Inc", "organisation")])
    assert len(found) % 2 == 0
    assert all(m.start >= 30 and m.name in {"Orlo Ltd", "Vell Inc"} for m in found)


def test_the_boards_are_no_pair() -> None:
    """ "The boards signed" after a joined pair: the companies' organs, which the golds leave."""
    text = "Orlo Ltd and Vell Inc agreed to merge. The boards signed the agreement on Friday."
    at = placer(text)
    mentions = [at("Orlo Ltd", "organisation"), at("Vell Inc", "organisation")]
    assert plural_pointers(text, mentions) == []
    more = text.replace("The boards", "The companies")
    assert [m.name for m in plural_pointers(more, mentions)] == ["Orlo Ltd", "Vell Inc"]
