"""Why a gold name the sentence writes is missing from its row (`benchmarks/missing_names.py`):
the finder of a spelling, the shapes of the final mentions over it, the families of causes and
the tally, on invented sentences and records."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

from benchmarks import missing_names
from benchmarks.missing_names import _shape, family, occurrence, shape
from timeline.actors.mention import ActorMention


def test_a_spelling_is_found_whatever_its_points_case_and_leading_the() -> None:
    sentence = "Sales at the Acme Corp. plant in the U.K. fell."
    assert occurrence(sentence, ["the Acme Corp"]) == (13, 23)
    assert occurrence(sentence, ["UK"]) == (37, 41)
    assert occurrence(sentence, ["Acme Corporation"]) is None


def test_the_longest_spelling_is_tried_first() -> None:
    assert occurrence("Tarvik Mills said.", ["Tarvik", "Tarvik Mills"]) == (0, 12)


def test_no_piece_of_a_word_is_a_spelling() -> None:
    assert occurrence("Tarviks sold out.", ["Tarvik"]) is None


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        (
            ActorMention(0, 20, "Tarvik Mills Council", "Tarvik Mills Council", "organisation"),
            "under a longer mention",
        ),
        (ActorMention(0, 12, "Tarvik Mills", "Tarvik Group", "organisation"), "renamed"),
        (ActorMention(0, 6, "Tarvik", "Tarvik", "location"), "a piece found"),
        (ActorMention(7, 15, "Mills Co", "Mills Co", "organisation"), "overlapped"),
    ],
)
def test_the_final_mentions_over_a_name_give_its_shape(
    mention: ActorMention, expected: str
) -> None:
    found = _shape([mention], 0, 12)
    assert found is not None and found[0] == expected


def test_a_mention_elsewhere_gives_no_shape() -> None:
    assert _shape([ActorMention(30, 36, "Ostrev", "Ostrev", "location")], 0, 12) is None


def test_every_cause_has_a_family() -> None:
    causes = [
        "never found",
        "other row",
        "rows: veto_actors",
        "labelled: canonical: renamed",
        "labelled: loop: clean_span: label",
        "labelled: canonical: dropped",
        "renamed",
        "a piece found",
        "model's span dropped",
        "never found, lower case",
        "kept",
    ]
    assert family("rows: veto_actors") == "dropped: the learned veto"
    assert family("labelled: canonical: dropped") == "dropped: a list step of find_actors"
    assert all(family(cause) for cause in causes)


def test_shapes_of_names_never_found() -> None:
    assert shape("JB-114 flew.", "JB-114") == "with a figure or &"
    assert shape("Tarvik rose.", "Tarvik") == "opening the sentence"
    assert shape("He met Ana Roe.", "Ana Roe") == "several words"
    assert shape("He met Tarvik.", "Tarvik") == "one word elsewhere"


def test_the_tally_counts_by_family(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {
            "set": "s",
            "article": "a",
            "name": n,
            "cause": c,
            "detail": d,
            "sentence": "x",
            "actors": [],
            "gold": [n],
        }
        for n, c, d in [
            ("tarvik", "never found", "Tarvik"),
            ("ostrev", "rows: veto_actors", ""),
            ("vell", "rows: judged_rows", ""),
        ]
    ]
    lines = "".join(json.dumps(r) + "\n" for r in records)
    (tmp_path / "s.jsonl").write_text(lines, encoding="utf-8")
    missing_names.tally(tmp_path, None, 5, detail=False)
    out = capsys.readouterr().out
    assert out.startswith("3 missing names")
    assert "1 dropped: the learned veto" in out and "1 rows: judged_rows" in out


def test_doctests() -> None:
    assert doctest.testmod(missing_names).failed == 0
