"""End to end on the reference article: the acceptance criteria of the walking skeleton."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline.pipeline
from timeline.documents import Document, parse_bytes, read_documents
from timeline.errors import DocumentError
from timeline.pipeline import date_documents, extract

from .conftest import DATA, REFERENCE_ARTICLE


@pytest.fixture(scope="module")
def reference_table() -> pd.DataFrame:
    docs, errors = read_documents([REFERENCE_ARTICLE])
    assert errors == []
    return extract(docs, aliases=None, workers=1).table


def _on(table: pd.DataFrame, day: str) -> pd.DataFrame:
    return table.loc[table["date_start"] == pd.Timestamp(day)]


def test_published_is_inferred_from_the_text(reference_table: pd.DataFrame) -> None:
    assert set(reference_table["published"]) <= {
        pd.Timestamp("2023-10-23"),
        pd.Timestamp("2023-10-24"),
    }
    assert set(reference_table["published_source"]) == {"inferred"}


def test_the_call_on_monday(reference_table: pd.DataFrame) -> None:
    monday = _on(reference_table, "2023-10-23")
    assert any(
        {"Antony Blinken", "Mohammed Shia Al-Sudani"} <= set(actors) for actors in monday["actors"]
    )
    call = monday.loc[monday["sentence"].str.contains("spoke with")].iloc[0]
    assert call["granularity"] == "day"
    assert call["anchor"] == "explicit"
    assert "October 23rd" in call["date_text"]


def test_the_statements_on_sunday(reference_table: pd.DataFrame) -> None:
    sunday = _on(reference_table, "2023-10-22")
    assert len(sunday) >= 1
    assert any({"Antony Blinken", "Lloyd Austin"} <= set(actors) for actors in sunday["actors"])
    assert sunday["date_text"].iloc[0] == "Sunday"


def test_nothing_from_may_or_the_copyright_line(reference_table: pd.DataFrame) -> None:
    may = reference_table["date_start"].dt.month.eq(5) & reference_table["date_start"].dt.year.eq(
        2023
    )
    assert not may.any()
    assert not reference_table["date_text"].str.lower().eq("may").any()
    assert not reference_table["sentence"].str.contains("Copyright").any()


def test_event_ids_are_stable_and_the_order_deterministic() -> None:
    docs, _ = read_documents([DATA])
    first = extract(docs, workers=1).table
    second = extract(list(reversed(docs)), workers=1).table
    assert list(first["event_id"]) == list(second["event_id"])
    assert first["event_id"].is_unique


def test_published_option_overrides_every_document() -> None:
    docs, _ = read_documents([REFERENCE_ARTICLE])
    table = extract(docs, published=date(2024, 1, 10), workers=1).table
    assert set(table["published_source"]) == {"user"}
    assert set(table["published"]) == {pd.Timestamp("2024-01-10")}
    sunday = table.loc[(table["date_text"] == "Sunday") & (table["anchor"] == "explicit")]
    assert list(sunday["date_start"]) == [pd.Timestamp("2024-01-07")]


def test_parallel_workers_give_the_same_table() -> None:
    docs, _ = read_documents([DATA])
    docs = docs * 4  # enough documents for the worker pool; ids are made unique below
    from dataclasses import replace

    docs = [replace(doc, id=f"{doc.id}#{n}") for n, doc in enumerate(docs)]
    serial = extract(docs, workers=1).table
    parallel = extract(docs, workers=2).table
    pd.testing.assert_frame_equal(serial, parallel)


def _row(table: pd.DataFrame, text: str) -> list[pd.Series]:
    return [row for _, row in table.iterrows() if text in row["sentence"]]


def test_reference_article_event_table_row_by_row(reference_table: pd.DataFrame) -> None:
    table = reference_table
    (call,) = _row(table, "spoke with Iraqi Prime Minister")
    assert (call["date_start"], call["anchor"], call["action"]) == (
        pd.Timestamp("2023-10-23"),
        "explicit",
        "speak",
    )
    assert {"Antony Blinken", "Mohammed Shia Al-Sudani"} <= set(call["actors"])
    roles = dict(zip(call["actors"], call["actor_roles"], strict=True))
    assert roles["Antony Blinken"] == "U.S. Secretary of State"
    assert roles["Mohammed Shia Al-Sudani"] == "Iraqi Prime Minister"
    assert "Iraq" not in roles  # the "Iraqi" of his title is his role, not an actor

    ouster, renewal = sorted(_row(table, "The pair also renewed"), key=lambda r: r["action"])
    assert (renewal["action"], renewal["anchor"], renewal["date_start"]) == (
        "renew",
        "inherited",
        pd.Timestamp("2023-10-23"),
    )
    assert {"Antony Blinken", "Mohammed Shia Al-Sudani"} <= set(renewal["actors"])  # "the pair"
    assert (ouster["action"], ouster["date_text"], ouster["granularity"]) == (
        "ouster",
        "over a decade ago",
        "decade",
    )
    assert ouster["date_end"] < pd.Timestamp("2014-01-01")  # coarse and earlier
    assert ouster["actors"] == ["Saddam Hussein"]

    (sunday,) = _row(table, "confirmed on Sunday")
    assert (sunday["date_start"], sunday["action"]) == (pd.Timestamp("2023-10-22"), "confirm")
    assert {"Antony Blinken", "Lloyd Austin"} <= set(sunday["actors"])
    (austin,) = _row(table, "Paradoxically, Austin said")
    assert (austin["anchor"], austin["date_start"]) == ("inherited", pd.Timestamp("2023-10-22"))

    (tour,) = _row(table, "recently completed a tour")
    assert tour["anchor"] == "vague" and pd.isna(tour["date_start"])
    assert tour["date_text"] == "recently"

    (suggested,) = _row(table, "had previously suggested")
    assert suggested["anchor"] == "vague" and pd.isna(suggested["date_start"])
    assert not _row(table, "Copyright")
    assert table["event_id"].is_unique


_NEWSY = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:'\"“”()-\n")
    ),
    max_size=300,
)
_PHRASES = st.sampled_from(
    [
        "Apple CEO Steve Jobs said on Monday that",
        " It ",
        " The store ",
        "iPods ",
        "iPhone 4 and the iPhone 3GS ",
        " the 1991 agreement ",
        " in the past ",
        " last year.",
        "\n\n",
        'He said, "we will ship it next year to everyone."',
        "Copyright 2023",
        " in March and June, and in 2005 ",
        " Pixar, which was acquired by Disney in 2005, ",
        " the 3G iPhone and the iPod touch ",
        '" We think it is the future, " said Jobs. ',
        " was able to buy it now. ",
    ]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.one_of(_NEWSY, _PHRASES), max_size=8), dated=st.booleans())
def test_any_text_gives_rows_whose_evidence_slices_it(pieces: list[str], dated: bool) -> None:
    text = "".join(pieces)
    document = Document(id="any", text=text, title=text.split("\n", 1)[0].strip())
    table = extract([document], published=date(2010, 6, 8) if dated else None, workers=1).table
    for row in table.itertuples():
        assert text[row.sentence_start : row.sentence_end] == row.sentence
        if row.date_text:
            assert text[row.date_text_start : row.date_text_end] == row.date_text
        assert len(row.actors) == len(row.actor_types)


def _table_of(text: str, published: date) -> pd.DataFrame:
    document = Document(id="t", text=text, title="")
    return extract([document], published=published, workers=1).table


def test_a_sentence_with_a_vague_expression_is_read_whole_by_the_tagger() -> None:
    # The vague past sits in a subordinate clause far into the sentence: the tagger must read
    # past the opening words to see that the main clause is news of the day.
    text = (
        "Steve Jobs described the new update for the many loyal customers of the company "
        "around the world and in all of its markets as cheap, as Apple has done in the past."
    )
    table = _table_of(text, date(2008, 3, 6))
    assert list(table["anchor"]) == ["published"]
    assert list(table["date_start"]) == [pd.Timestamp("2008-03-06")]


def test_a_sentence_that_points_back_to_a_person_is_read_by_the_tagger() -> None:
    # "He" names no actor, but the events stage gives him Steve Jobs: both clauses need verbs.
    text = (
        "Steve Jobs spoke to staff on Monday.\n\n"
        "He fought cancer in 2004 and took six months off in early 2009."
    )
    table = _table_of(text, date(2011, 1, 18))
    rows = table[table["sentence"].str.startswith("He fought")]
    assert list(rows["action"]) == ["fight", "take"]
    assert list(rows["date_text"]) == ["2004", "early 2009"]
    assert all("Steve Jobs" in actors for actors in rows["actors"])


def _hangs_on_the_report(
    documents: Sequence[Document], published: date | None = None
) -> tuple[list[Document], list[str]]:
    """`date_documents`, but a document named "report" never ends (in the forked worker)."""
    if any(doc.id == "report" for doc in documents):
        time.sleep(3600)
    return date_documents(documents, published)


def test_a_document_over_its_time_budget_is_skipped_and_the_rest_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A report that never ends, beside an article that a fraction of the budget reads even
    on a loaded machine: the report is skipped, the article kept (how long a budget takes to
    act is measured in benchmarks/bench_budgets.py, not here)."""
    docs, _ = read_documents([DATA])
    article = next(doc for doc in docs if "Blinken" in doc.text)
    report = "\n\n".join(doc.text for doc in docs) * 20  # a chunk of its own (`CHUNK_CHARS`)
    slow = Document(id="report", text=report[:300_000], source="report.txt")
    monkeypatch.setattr(timeline.pipeline, "date_documents", _hangs_on_the_report)
    result = extract([article, slow], timeout=5, workers=2, start_method="fork")
    assert result.skipped == ("report.txt: took longer than the 5 s budget; skipped",)
    assert [doc.id for doc in result.documents] == [article.id]
    assert set(result.table["doc_id"]) == {article.id}
    pd.testing.assert_frame_equal(result.table, extract([article], workers=1).table)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.text(max_size=200).map(lambda text: text.encode("utf-16")),
    ),
    suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".csv"]),
)
def test_any_bytes_in_any_format_never_raise(data: bytes, suffix: str) -> None:
    docs, errors = parse_bytes(f"upload{suffix}", data)
    assert all(isinstance(error, DocumentError) and str(error) for error in errors)
    table = extract(docs, published=date(2010, 6, 8), workers=1).table
    texts = {doc.id: doc.text for doc in docs}
    for row in table.itertuples():
        text = texts[row.doc_id]
        assert text[row.sentence_start : row.sentence_end] == row.sentence
        if row.date_text:
            assert text[row.date_text_start : row.date_text_end] == row.date_text


def test_news_furniture_gives_no_event_no_actor_and_no_date_to_inherit() -> None:
    text = (
        "Floods spread along the coast\n\n"
        "By Jane Doe and Omar Haddad, Staff Writers\n\n"
        "FILE - Residents wade through a street on Tuesday, September 15, 2020. "
        "(Carlos Mendoza via Wire)\n\n"
        "LIMA, Peru (Wire) — Peru's government declared a state of emergency on Tuesday.\n\n"
        "President Martin Vizcarra visited the coast, officials said.\n\n"
        "Reporting by Ana Torres; Editing by Paul Grant"
    )
    table = _table_of(text, date(2019, 3, 12))
    sentences = " ".join(table["sentence"])
    for furniture in ("Jane Doe", "FILE", "Residents wade", "Reporting by", "LIMA,"):
        assert furniture not in sentences
    actors = {name for names in table["actors"] for name in names}
    assert not actors & {"LIMA", "Wire", "Jane Doe", "Omar Haddad", "Ana Torres", "Paul Grant"}
    emergency = table.loc[table["sentence"].str.startswith("Peru's government")].iloc[0]
    assert emergency["date_start"] == pd.Timestamp("2019-03-12")
    visit = table.loc[table["sentence"].str.startswith("President Martin Vizcarra")].iloc[0]
    assert visit["date_start"] != pd.Timestamp("2020-09-15")  # not the caption's day
    for row in table.itertuples():
        assert text[row.sentence_start : row.sentence_end] == row.sentence


def test_a_fronted_date_dates_the_main_clause_past_a_relative_clause() -> None:
    text = (
        "Carmaker outlines plan\n\nAt a press conference on Monday, June 1st, Jane Roe, the "
        "chief executive of Carco Motors, which filed for bankruptcy earlier today, outlined a "
        "plan for the company."
    )
    table = _table_of(text, date(2009, 6, 4))
    dated = {row.action: row.date_start for row in table.itertuples()}
    assert dated["outline"] == pd.Timestamp("2009-06-01")  # the main clause: the fronted date
    assert dated["file"] == pd.Timestamp("2009-06-04")  # the relative clause: its own date


def test_news_without_a_publication_date_guesses_no_day() -> None:
    """A story that counts from the day it was written, with no date known for that day: its
    relative expressions keep X's and give rows without a day; its absolute dates, and what
    counts from them, stay."""
    text = (
        "Minister resigns\n\nTransport minister Maria Keller resigned yesterday, officials said. "
        "She had met union leaders on Monday. The talks began on March 3, 2021, and Keller said "
        "the next day that they would fail."
    )
    table = extract([Document(id="x", text=text)], workers=1).table
    by_text = {row.date_text: row for row in table.itertuples()}
    for relative in ("yesterday", "Monday"):
        assert pd.isna(by_text[relative].date_start)
        assert by_text[relative].anchor == "vague"
        assert by_text[relative].date_value.startswith("XXXX")
    assert by_text["March 3, 2021"].date_start == pd.Timestamp("2021-03-03")
    assert by_text["the next day"].date_start == pd.Timestamp("2021-03-04")


def test_no_actor_is_made_of_a_temporal_expression() -> None:
    text = (
        "Storm and history\n\nThe storm made landfall at 12:00 UTC on Tuesday, forecasters at "
        "the National Hurricane Center said.\n\nIn 218 BC Hannibal crossed the Alps with his army."
    )
    table = _table_of(text, date(2023, 10, 25))
    actors = {name for names in table["actors"] for name in names}
    assert "UTC" not in actors and not any(name.startswith("BC") for name in actors)
    assert "National Hurricane Center" in actors


def test_a_statement_after_its_quotation_is_made_on_the_day_of_the_story() -> None:
    text = (
        'Carco posts profit\n\nCarco Motors posted a profit on Tuesday. "While we still face '
        'challenges, 2009 was a pivotal year for Carco Motors," chief executive Jane Roe told '
        "the annual meeting."
    )
    table = _table_of(text, date(2010, 1, 28))
    quote = table.loc[table["sentence"].str.contains("pivotal")]
    by_day = {row.date_start: tuple(row.actors) for row in quote.itertuples()}
    # what was said: 2009, the speaker's word too, named after the quotation (`said_last`);
    # the telling, with no day of its own, only sources it (stop 37)
    assert list(by_day) == [pd.Timestamp("2009-01-01")]
    assert set(by_day[pd.Timestamp("2009-01-01")]) == {"Carco Motors", "Jane Roe"}
    # with nothing dated in what was said, the telling is the row, at the gathering the story
    # tells of, on its day (`events.statement_days`)
    table = _table_of(
        text.replace("2009 was a pivotal year", "it was a pivotal year"), date(2010, 1, 28)
    )
    quote = table.loc[table["sentence"].str.contains("pivotal")]
    assert [(row.date_start, tuple(row.actors)) for row in quote.itertuples()] == [
        (pd.Timestamp("2010-01-26"), ("Jane Roe",))
    ]


def test_a_time_of_day_does_not_leak_to_the_sentences_that_follow() -> None:
    text = (
        "Storm hits coast\n\nThe storm made landfall at 10:30 a.m. on Tuesday, forecasters at "
        "the National Hurricane Center said. Maria Keller, the governor, ordered evacuations."
    )
    table = _table_of(text, date(2023, 10, 25))
    landfall, orders = (
        table.loc[table["anchor"] == anchor].iloc[0] for anchor in ("explicit", "inherited")
    )
    assert (landfall["granularity"], landfall["date_value"]) == ("time", "2023-10-24T10:30")
    assert (orders["granularity"], orders["date_value"]) == ("day", "2023-10-24")


def test_the_reference_article_says_why_each_date(reference_table: pd.DataFrame) -> None:
    explicit = reference_table[reference_table["anchor"] == "explicit"]
    reasons = dict(zip(explicit["date_text"], explicit["date_reason"], strict=True))
    sunday = reasons["Sunday"]
    assert sunday.startswith("'Sunday', counted from the publication day")
    assert "Monday 23 October 2023" in sunday and "past tense" in sunday
    assert sunday.endswith("-> Sunday 22 October 2023")
    inherited = reference_table[reference_table["anchor"] == "inherited"]["date_reason"]
    assert inherited.str.startswith("inherited from '").all()
    assert inherited.str.contains("the sentence before|sentences earlier").all()
    assert reference_table["date_reason"].str.len().gt(0).all()


def test_workers_forked_from_a_server_give_the_table_of_one_process() -> None:
    # The command's way: while its workers start, this process dates documents and reads
    # them up to the models, the shortest chunk first; their warnings come back with them.
    docs, _ = read_documents([DATA])
    undated = [
        Document(id=f"undated-{n}", text="Blinken spoke on Monday.", published_given="n/a")
        for n in range(4)
    ]
    docs = [*undated, *docs]
    alone = extract(docs, workers=1)
    served = extract(docs, workers=2, timeout=60, start_method="forkserver")
    pd.testing.assert_frame_equal(served.table, alone.table)
    assert served.documents == alone.documents
    assert served.warnings == alone.warnings
    assert sum(warning.startswith("undated-") for warning in served.warnings) == 4
