"""The rows of sentences that write no date, counted on both sides (`benchmarks/undated_causes.py`):
invented verdict rows over an invented set of one article, with a second annotation."""

from __future__ import annotations

import doctest
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import undated_causes
from benchmarks.bench_outlets import gold_event
from benchmarks.undated_causes import (
    article_rows,
    collect,
    product_reading,
    readings,
    shape_of,
    side,
    tally,
    tally_second,
)

SHAPES = {"statement", "quotation", "background", "forecast", "present", "past", "other"}
PUBLISHED = date(2031, 3, 7)  # a Friday
ARTICLE = (
    "Tarn Ferries cancelled its night crossing on Wednesday.\n\n"
    "The crew walked off the ship.\n\n"
    "The line has run the crossing since 1988, its manager said.\n\n"
    "Fares are the highest on the coast."
)


def _verdict(
    sentence: str, value: str | None, grain: str | None, reason: str, wrong: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "article": "01_invented.txt",
        "sentence": sentence,
        "date_value": value,
        "granularity": grain,
        "date_reason": reason,
        "actors": [],
        "actor_types": [],
        "gold_dates": [],
        "gold_actors": [],
        "kinds": [],
        "wrong": list(wrong),
    }


VERDICTS = [
    _verdict(
        "Tarn Ferries cancelled its night crossing on Wednesday.",
        "2031-03-05",
        "day",
        "'Wednesday', counted from the publication day ... -> Wednesday 5 March 2031",
    ),
    _verdict(
        "The crew walked off the ship.",
        "2031-03-05",
        "day",
        "inherited from 'Wednesday' the sentence before -> Wednesday 5 March 2031",
    ),
    _verdict(
        "The line has run the crossing since 1988, its manager said.",
        "2031-03-07",
        "day",
        "no date in the sentence: the publication day, Friday 7 March 2031 -> Friday 7 March 2031",
        wrong=("date",),
    ),
    _verdict(
        "Fares are the highest on the coast.",
        "PAST_REF",
        None,
        "no date in the sentence, and it tells of a time before the news: no day",
    ),
]
#: The first gold: the inherited day; no day; the publication day or no day; no day.
FIRST = [
    ("Tarn Ferries cancelled", "2031-03-05"),
    ("The crew walked off", "2031-03-05"),
    ("The line has run", None),
    ("Fares are the highest", [None, "2031-03-07"]),
]
#: The second annotator gives the crew's walk-out no day.
SECOND = [
    ("Tarn Ferries cancelled", "2031-03-05"),
    ("The crew walked off", None),
    ("The line has run", None),
]


def _gold(events: list[tuple[str, Any]]) -> dict[str, Any]:
    return {
        "article": "01_invented.txt",
        "style": "invented",
        "published": PUBLISHED.isoformat(),
        "published_stated": True,
        "furniture": [],
        "furniture_names": [],
        "events": [{"starts": starts, "date": value, "actors": []} for starts, value in events],
    }


@pytest.fixture
def invented(tmp_path: Path) -> tuple[Path, Path]:
    """(the verdicts' folder, the sets' folder) of one invented set, `outlets_fresh140`."""
    folder = tmp_path / "sets" / "outlets_fresh140"
    for part in ("articles", "gold", "second"):
        (folder / part).mkdir(parents=True)
    (folder / "articles" / "01_invented.txt").write_text(ARTICLE, encoding="utf-8")
    for part, events in (("gold", FIRST), ("second", SECOND)):
        (folder / part / "01_invented.json").write_text(json.dumps(_gold(events)), "utf-8")
    verdicts = tmp_path / "verdicts"
    verdicts.mkdir()
    for row, (starts, value) in zip(VERDICTS, FIRST, strict=True):
        row["gold_dates"] = [
            str(d) for d in gold_event({"starts": starts, "date": value, "actors": []}).dates
        ]
    lines = "\n".join(json.dumps(row) for row in VERDICTS)
    (verdicts / "outlets_fresh140.jsonl").write_text(lines + "\n", encoding="utf-8")
    return verdicts, tmp_path / "sets"


def test_doctests() -> None:
    assert doctest.testmod(undated_causes).failed == 0


@pytest.mark.parametrize(
    ("sentence", "shape"),
    [
        ("The quay will be closed for a week, the harbour master said.", "statement"),
        ("According to the union, the crew were not paid.", "statement"),
        ('"We are not going back," one sailor shouted.', "quotation"),
        ("The line had sold its oldest ship two years before.", "background"),
        ("The crossing has been loss-making since the bridge opened.", "background"),
        ("The line plans to add a second ship.", "forecast"),
        ("The ferry is the only link to the island.", "present"),
        ("Passengers queued at the terminal.", "past"),
        ("Two ships, one crew.", "other"),
    ],
)
def test_shape_of_names_how_the_sentence_is_told(sentence: str, shape: str) -> None:
    assert shape_of(sentence) == shape


@given(st.text(max_size=120))
def test_shape_of_never_raises_and_names_a_known_shape(sentence: str) -> None:
    assert shape_of(sentence) in SHAPES


def test_product_reading_tells_the_fallbacks_apart() -> None:
    own, inherited, published, none = VERDICTS
    assert product_reading(own) is None
    assert product_reading(inherited) == "inherited"
    assert product_reading(published) == "published"
    assert product_reading(none) == "none"


def test_readings_name_every_reading_the_gold_accepts() -> None:
    inherited = date(2031, 3, 5)
    entry = gold_event({"starts": "x", "date": [None, "2031-03-05", "2031-03"], "actors": []})
    assert readings(entry, inherited, PUBLISHED) == {"none", "inh", "other"}
    on_the_news_day = gold_event({"starts": "x", "date": "2031-03-07", "actors": []})
    assert readings(on_the_news_day, inherited, PUBLISHED) == {"pub"}
    # an inherited day that is the news day is no rival of it: only `pub`
    assert readings(on_the_news_day, PUBLISHED, PUBLISHED) == {"pub"}
    assert side({"pub", "none"}) == "none+pub"


def test_article_rows_keep_the_undated_rows_with_both_golds(invented: tuple[Path, Path]) -> None:
    verdicts, sets = invented
    rows = article_rows("outlets_fresh140", sets / "outlets_fresh140", "01_invented.txt", VERDICTS)
    assert [row.product for row in rows] == ["inherited", "published", "none"]
    crew, line, fares = rows
    assert crew.gold == {"inh"} and crew.second == {"none"}
    assert line.gold == {"none"} and line.second == {"none"}
    assert fares.gold == {"none", "pub"} and fares.second is None  # the second left it out
    assert crew.keys["from"] == "1" and crew.keys["day"] == "2-7 days before"
    assert crew.keys["lead"] == "lead dated" and crew.keys["last"] == "day"
    assert crew.keys["paragraph"] == "opens paragraph"
    assert line.keys["shape"] == "statement" and line.keys["back"] == "2"
    assert {row.keys["group"] for row in rows} == {"nm"}
    assert {row.keys["era"] for row in rows} == {"fresh121-150"}
    assert len(collect(verdicts, sets)) == 3


def test_tally_counts_both_sides(
    invented: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = collect(*invented)
    tally(rows, lambda row: row.keys["group"])
    header, line = capsys.readouterr().out.splitlines()
    assert header.split()[:7] == [
        "rows",
        "right",
        "none>day",
        "day>none",
        "pub>inh",
        "inh>pub",
        "other",
    ]
    # three rows, two right: the line's day where the gold gives only no day; the crew's
    # inherited day and not the news day, the fares' news day (or none) and not the day before
    assert line.split() == ["3", "2", "1", "1", "1", "1", "0", "nm"]
    tally_second(rows)
    out = capsys.readouterr().out
    assert out.startswith("2 rows with a second annotation")
    assert "     1  day      none" in out and "     1  none     none" in out
