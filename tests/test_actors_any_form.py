"""Actors by generation: for every sentence form of tests/actor_forms.py, stories drawn with
invented people and companies get the row's actors right through the real pipeline; the forms
decided by a rule (a demonym or a place of a title is no actor, a "-based" place describes,
an acronym is its full name, countries act) hold for every drawn story, the forms that lean on
the NER model for most of them. `benchmarks/bench_actor_forms.py` prints the same per kind.
"""

from __future__ import annotations

import random
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.bench_actor_forms import verdicts
from tests.actor_forms import COMPANY_KINDS, COMPANY_STEMS, KINDS, Story, draw
from timeline.actors.coordinated import coordinated_apart
from timeline.actors.spans import RawSpan

PER_KIND = 30
#: the share of drawn stories each kind must get right: 1.0 where a rule decides alone; lower
#: where the model must first find the names (a company named once at a sentence's opening,
#: "Kestrel Shipping runs ...", is sometimes missed)
FLOOR = dict.fromkeys(KINDS, 1.0) | {
    "title-before-name": 0.85,
    "apposition-of-organisation": 0.9,
    "possessive-title": 0.9,
    "meeting-in-place": 0.85,
    "coordinated-organisations": 0.85,
    "the-company": 0.75,
    "pronoun-subject": 0.9,
    "surname-later": 0.75,
    "joined-organisation": 0.9,
    "passive-agent": 0.85,
    "three-persons": 0.85,
    "body-short-form": 0.9,
    "people-of-place": 0.9,
    "direction-of-place": 0.9,
    "apposition-based-maker": 0.9,
    "organiser-and-place": 0.85,
    # stop 36 (forms7): names the model must find first ("Ana de la Cruz was named ...")
    "name-with-particle": 0.8,
    "firm-of-partners": 0.9,
    "role-after-name": 0.9,
    # stop 42 (actorforms): names of unfamiliar themes the model must find first
    "honorific-of-country": 0.9,
    "particles-of-other-languages": 0.9,
    "agency": 0.55,  # "fined Sinaru Traders": a company's plural trade noun the model leaves
    "co-operative": 0.9,
    "shipping-line": 0.9,  # "Kivuli Shipping Line suspended ...": missed opening a sentence
    "treaty-not-actor": 0.9,
    "event-not-actor": 0.8,  # "the World Rice Congress": a congress is a body's word too
    "prize-not-actor": 0.85,
    "title-of-work": 0.9,
}
#: forms the pipeline does not read yet: a name broken across the lines of a pasted PDF
#: ("Miguel\nOlsen, the chairman of ..."): a line break ends a sentence (sentences.py), so the
#: checked sentence has no row. Held strictly, so that reading it is noticed.
#: Stop 42: a programme's or a campaign's name ("the Rural Broadband Plan", "the Blue Skies
#: Scheme") shares its last words with bodies the golds keep ("World Food Programme", "a
#: Pension Scheme"), and a product named by its kind in capitals ("its Solar Water Heater") is
#: a product's name to every rule: neither is told apart yet.
NOT_READ = frozenset({"line-broken-name", "programme-not-actor", "kind-of-product-not-actor"})


@cache
def _verdicts() -> dict[str, list[tuple[Story, str, list[str]]]]:
    rng = random.Random(20261204)
    stories = [draw(kind, rng) for kind in KINDS for _ in range(PER_KIND)]
    found: dict[str, list[tuple[Story, str, list[str]]]] = {}
    for story, verdict, actors in verdicts(stories):
        found.setdefault(story.kind, []).append((story, verdict, actors))
    return found


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(kind, marks=pytest.mark.xfail(strict=True)) if kind in NOT_READ else kind
        for kind in KINDS
    ],
)
def test_drawn_stories_of_each_form_name_their_actors(kind: str) -> None:
    drawn = _verdicts()[kind]
    wrong = [(s.target, found) for s, verdict, found in drawn if verdict != "right"]
    assert len(drawn) == PER_KIND
    assert 1 - len(wrong) / len(drawn) >= FLOOR[kind], wrong


def test_every_drawn_story_has_its_row() -> None:
    missing = [
        s.target
        for kind, drawn in _verdicts().items()
        if kind not in NOT_READ
        for s, verdict, _ in drawn
        if verdict == "no row"
    ]
    assert missing == []


_COMPANY = st.builds(
    lambda stem, kind: f"{stem} {kind}",
    st.sampled_from(COMPANY_STEMS),
    st.sampled_from(COMPANY_KINDS),
)


@given(_COMPANY, _COMPANY, st.sampled_from(["ORG", "PERSON", "PRODUCT"]))
def test_two_companies_joined_by_and_are_two(first: str, second: str, label: str) -> None:
    name = f"{first} and {second}"
    spans = coordinated_apart([RawSpan(10, 10 + len(name), name, label)])
    assert [(s.start, s.text, s.label) for s in spans] == [
        (10, first, "ORG"),
        (10 + len(first) + 5, second, "ORG"),
    ]


@given(
    st.sampled_from(
        [
            "Procter and Gamble",
            "Ministry of Transport and Communications",
            "Department of Fisheries and Oceans",
            "Harris Bank and Trust Company",
            "Fire and Rescue Service",
            "Arts and Sciences Faculty",
        ]
    ),
    st.sampled_from(["ORG", "PERSON"]),
)
def test_a_name_with_its_own_and_stays_whole(name: str, label: str) -> None:
    span = RawSpan(0, len(name), name, label)
    assert coordinated_apart([span]) == [span]


def test_places_are_not_cut() -> None:
    name = "Trinidad and Tobago Ports Authority"
    span = RawSpan(0, len(name), name, "GPE")
    assert coordinated_apart([span]) == [span]
