"""The names rows carry, by kind and by whether the gold lists them
(`benchmarks/extra_kinds.py`): invented verdicts of one invented set."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import extra_kinds

from .verdicts import verdict, verdict_folder

VERDICTS = [
    verdict(
        "Tarn Mills opened a plant in Oskeby on Monday.",
        [("Tarn Mills", "organisation"), ("Oskeby", "location")],
        [["tarn mills"], ["oskeby"]],
    ),
    verdict(
        "Workers at the Oskeby plant struck on Tuesday.",
        [("Oskeby", "location")],
        [],
    ),
    verdict(
        "The company said it would hire 40 people.",
        [("Tarn Mills", "organisation")],
        [],
    ),
    verdict(
        "Prices are quoted FOB on Friday, the Vell Grain Board said.",
        [("FOB", "organisation"), ("Vell Grain", "organisation")],
        [["vell grain board"]],
    ),
    verdict(
        "The Jarrow Ad Summit takes place in Oskeby on 4 May.",
        [("Jarrow Ad Summit", "organisation"), ("Oskeby", "location")],
        [["oskeby"]],
    ),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return verdict_folder(tmp_path, VERDICTS)


@pytest.mark.parametrize(
    ("index", "name", "kind"),
    [
        (0, "Oskeby", "indefinite-description"),
        (4, "Oskeby", "other"),
        (1, "Oskeby", "before-lower-noun"),
        (2, "Tarn Mills", "not-written"),
        (3, "FOB", "capitals"),
        (3, "Vell Grain", "cut-or-joined"),
        (4, "Jarrow Ad Summit", "event-or-document"),
    ],
)
def test_each_name_takes_the_first_kind_that_fits(index: int, name: str, kind: str) -> None:
    verdict = VERDICTS[index]
    actor_type = verdict["actor_types"][verdict["actors"].index(name)]
    assert extra_kinds.kind_of(name, actor_type, verdict) == kind


def test_a_kind_counts_its_listed_and_its_extra_names(folder: Path) -> None:
    counts, shown = extra_kinds.tally(folder)
    assert counts["other", "listed"] == 2  # Tarn Mills, and Oskeby where the summit is
    assert counts["indefinite-description", "listed"] == 1  # "a plant in Oskeby"
    assert counts["before-lower-noun", "extra"] == 1
    assert counts["not-written", "extra"] == 1
    assert counts["capitals", "extra"] == 1 and counts["capitals", "listed"] == 0
    assert sum(counts.values()) == 8  # every name of the five rows
    assert shown["capitals"][0].startswith("[FOB] organisation capitals outlets_invented")


def test_a_sample_draws_only_extra_names(folder: Path) -> None:
    lines = extra_kinds.sample(folder, 10, seed=1)
    names = sorted(line.split("\t")[2] for line in lines)
    assert names == ["FOB", "Jarrow Ad Summit", "Oskeby", "Tarn Mills", "Vell Grain"]
    assert all(len(line.split("\t")) == 7 for line in lines)


def test_the_hand_classified_sample_holds_only_known_classes() -> None:
    path = Path(extra_kinds.__file__).with_name("extra_sample.tsv")
    counted = extra_kinds.labels(path)
    assert sum(counted.values()) == 300
    assert set(counted) <= set(extra_kinds.CLASSES)
