"""The event table's rows without pandas (`timeline.rows`): the same rows, order, merging and
CSV bytes as the pandas table and its export, for any events, and through the command."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.documents import Document, read_documents
from timeline.events import Event
from timeline.export import to_csv, write_table
from timeline.parts import merge_across_articles
from timeline.pipeline import extract
from timeline.rows import csv_bytes, table_rows

DOCS = [
    Document(id="a", text="x", title="Harbour news", url="https://news.example/a"),
    Document(id="b", text="x", title="=Tarrow Courier", published=date(2021, 5, 3)),
    Document(id="c", text="x", published=date(912, 1, 9), published_source="metadata"),
]
#: Cells a spreadsheet would run, quotes, separators and line ends, accents, nothing.
TEXTS = ["Ana Lobo met Ben Ortiz.", '=SUM(A1) "quoted", said', "-4 %", "line\nbreak", "Zoë", ""]
NAMES = ["Ana Lobo", "Ben Ortiz", "Kelvale Harbour Board", "+Plus Ltd", "@handle"]


@st.composite
def events(draw: st.DrawFn) -> Event:
    day = draw(st.one_of(st.none(), st.dates(date(800, 1, 1), date(2030, 12, 31))))
    end = (
        None
        if day is None
        else draw(st.one_of(st.none(), st.just(day), st.just(day + timedelta(days=6))))
    )
    actors = tuple(draw(st.lists(st.sampled_from(NAMES), max_size=3, unique=True)))
    start = draw(st.integers(0, 40))
    sentence = draw(st.sampled_from(["Ana Lobo met Ben Ortiz on Monday.", *TEXTS]))
    offset = draw(st.one_of(st.none(), st.integers(0, 60)))
    return Event(
        event_id=f"{draw(st.sampled_from('abc'))}-{start}",
        doc_id=draw(st.sampled_from(["a", "b", "c", "missing"])),
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        paragraph=draw(st.integers(0, 3)),
        anchor="explicit" if day else "vague",
        date_start=day,
        date_end=end,
        granularity=draw(st.sampled_from([None, "day", "month"])) if day else None,
        date_text=draw(st.sampled_from(TEXTS)),
        date_value=draw(st.sampled_from(["2023-10-23", "PAST_REF", "-0044"])),
        date_text_start=offset,
        date_text_end=None if offset is None else offset + 9,
        actors=actors,
        actor_types=tuple(draw(st.sampled_from(["person", "organisation"])) for _ in actors),
        action=draw(st.sampled_from([None, "meet", "=say"])),
        actor_roles=draw(
            st.sampled_from(
                [(), tuple(draw(st.sampled_from(["", "mayor", "-chair"])) for _ in actors)]
            )
        ),
        date_reason=draw(st.sampled_from(TEXTS)),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(events(), max_size=14))
def test_the_rows_write_the_bytes_of_the_pandas_table(found: list[Event]) -> None:
    table = merge_across_articles(DOCS, found)
    rows = table_rows(DOCS, found)
    assert len(rows) == len(table)
    assert csv_bytes(rows) == to_csv(table)


def test_one_event_two_articles_report_is_one_row() -> None:
    def reported(doc: str, sentence: str) -> Event:
        day = date(2021, 5, 3)
        return Event(
            doc + "-0",
            doc,
            sentence,
            0,
            len(sentence),
            0,
            "explicit",
            day,
            day,
            "day",
            "on Monday",
            "2021-05-03",
            3,
            12,
            actors=("Ana Lobo",),
            actor_types=("person",),
        )

    found = [
        reported("a", "Ana Lobo opened the ferry terminal on Monday."),
        reported("b", "On Monday Ana Lobo opened the new ferry terminal."),
    ]
    (row,) = table_rows(DOCS, found)
    assert row[0] == "a-0" and row[-2:] == [2, ["a-0", "b-0"]]
    assert csv_bytes([row]) == to_csv(merge_across_articles(DOCS, found))


STORIES = [
    "Harbour board approves ferry terminal\n\nKELVALE, May 3, 2021 - The Kelvale Harbour Board "
    "said on Monday that it had approved a new ferry terminal.\n\nChairman Ben Ortiz said work "
    "would start in June.",
    "Tarrow Foods hires\n\nTarrow Foods Ltd said on Tuesday it would hire 40 workers by the end "
    "of the year. =Its chief executive, Mira Sand, said the plant in Kelvale would reopen.",
]


def test_the_command_writes_the_table_extract_gives(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    for number, text in enumerate(STORIES):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    written = tmp_path / "events.csv"
    assert (
        main(["extract", str(folder), "-o", str(written), "-q", "--published", "2021-05-05"]) == 0
    )
    expected = tmp_path / "expected.csv"
    read, _ = read_documents([folder])
    write_table(extract(read, published=date(2021, 5, 5)).table, expected)
    assert written.read_bytes() == expected.read_bytes()


def test_the_command_writing_csv_never_imports_pandas(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORIES[0], encoding="utf-8")
    code = (
        "import sys\nfrom timeline.cli import main\n"
        f"status = main(['extract', {str(story)!r}, '-o', {str(tmp_path / 'e.csv')!r}, '-q'])\n"
        "print(status, 'pandas' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"]
    assert (tmp_path / "e.csv").read_bytes().startswith(b"event_id,doc_id,title,url,published")
