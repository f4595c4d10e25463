"""One name and one type per actor across articles (`timeline.events.merge`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.events import Event, merge_names

from .helpers import organisations_row


def test_an_acronym_is_the_one_organisation_of_its_initials_across_articles() -> None:
    def event(doc: str, *actors: str) -> Event:
        return organisations_row(doc, *actors, day=date(2009, 6, 1))

    merged = merge_names(
        [
            event("a", "General Motors"),
            event("b", "GM", "Toyota"),
            event("c", "GM", "General Motors"),
        ]
    )
    assert [e.actors for e in merged] == [
        ("General Motors",),
        ("General Motors", "Toyota"),
        ("General Motors",),
    ]
    # two organisations of the same initials: the acronym stays
    ambiguous = [event("a", "Bank of America"), event("b", "British Airways"), event("c", "BA")]
    assert [e.actors for e in merge_names(ambiguous)][-1] == ("BA",)
    # spellings that differ only in case are one actor, the one written most
    spelt = merge_names(
        [event("a", "iPod nano"), event("b", "iPod Nano"), event("c", "iPod nano", "Apple")]
    )
    assert [e.actors for e in spelt] == [("iPod nano",), ("iPod nano",), ("iPod nano", "Apple")]
    # one type per actor: the one most of its rows give
    typed = [
        event("a", "Cisco"),
        event("b", "Cisco"),
        replace(event("c", "Cisco"), actor_types=("location",)),
    ]
    assert {e.actor_types for e in merge_names(typed)} == {("organisation",)}


def test_spellings_that_differ_in_the_points_of_initials_are_one_name() -> None:
    from timeline.events import Event, merge_names

    def row(doc: str, name: str) -> Event:
        return Event(f"ev-{doc}", doc, "s", 0, 1, 0, "vague", None, None, None, "", "", None,
                     None, actors=(name,), actor_types=("organisation",))  # fmt: skip

    merged = merge_names(
        [
            row("a", "U.S. Geological Survey"),
            row("b", "US Geological Survey"),
            row("c", "U.S. Geological Survey"),
        ]
    )
    assert {event.actors for event in merged} == {("U.S. Geological Survey",)}


def test_a_row_no_name_of_which_changes_is_kept_as_it_is() -> None:
    def event(doc: str, *actors: str, roles: tuple[str, ...] = ()) -> Event:
        return organisations_row(doc, *actors, roles=roles)

    kept = event("a", "Toyota", "Ford")
    twice = event("b", "Ford", "Ford", roles=("", "maker"))  # one name twice: one actor
    renamed = event("c", "GM")
    spelt_out = event("d", "General Motors")
    merged = merge_names([kept, twice, renamed, spelt_out])
    assert merged[0] is kept  # nothing to rename: the very row, not a copy of it
    assert merged[1].actors == ("Ford",) and merged[1].actor_roles == ("maker",)
    assert merged[2].actors == ("General Motors",) and merged[2] is not renamed
    assert merged[3] is spelt_out
