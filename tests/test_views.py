"""Views: filters, figures and the source paragraph, with article text treated as untrusted."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from timeline.documents import Document
from timeline.escaping import safe_text, source_paragraph
from timeline.events import Event, event_id
from timeline.table import event_table
from timeline.views import (
    Filters,
    actor_counts,
    counts_figure,
    filter_events,
    hover_texts,
    lanes,
    timeline_figure,
)

TEXT = (
    "Headline\n\n"
    "<script>alert(1)</script> Blinken met [Austin](javascript:evil) on Monday. He left.\n\n"
    "Later text."
)


def _event(
    start: int,
    end: int,
    day: date | None,
    granularity: str | None,
    actors: tuple[str, ...],
    doc: str = "a",
    date_text: str = "Monday",
) -> Event:
    date_start = TEXT.find(date_text) if date_text in TEXT else None
    return Event(
        event_id=event_id(doc, start, end, date_start),
        doc_id=doc,
        sentence=TEXT[start:end],
        sentence_start=start,
        sentence_end=end,
        paragraph=1,
        anchor="explicit" if day else "vague",
        date_start=day,
        date_end=day if granularity != "month" else date(2023, 10, 31),
        granularity=granularity,
        date_text=date_text,
        date_value="2023-10-23",
        date_text_start=date_start,
        date_text_end=date_start + len(date_text) if date_start is not None else None,
        actors=actors,
        actor_types=tuple("person" for _ in actors),
    )


@pytest.fixture()
def table() -> pd.DataFrame:
    sentence_end = TEXT.index("He left.") - 1
    docs = [
        Document(id="a", text=TEXT, title="<b>Title</b>"),
        Document(id="b", text="x", title="B"),
    ]
    events = [
        _event(10, sentence_end, date(2023, 10, 23), "day", ("Antony Blinken", "Lloyd Austin")),
        _event(10, sentence_end, date(2023, 10, 1), "month", ("Antony Blinken",), doc="b"),
        _event(10, sentence_end, None, None, ("Lloyd Austin",), doc="b", date_text="recently"),
    ]
    return event_table(docs, events)


def test_filters(table: pd.DataFrame) -> None:
    assert actor_counts(table) == {"Antony Blinken": 2, "Lloyd Austin": 2}
    assert len(filter_events(table, Filters())) == 3
    assert len(filter_events(table, Filters(actors=("Lloyd Austin",)))) == 2
    both = Filters(actors=("Antony Blinken", "Lloyd Austin"), match_all=True)
    assert len(filter_events(table, both)) == 1
    assert len(filter_events(table, Filters(start=date(2023, 10, 20)))) == 2  # month overlaps
    assert len(filter_events(table, Filters(end=date(2023, 10, 5)))) == 1
    assert len(filter_events(table, Filters(query="BLINKEN MET"))) == 3
    assert len(filter_events(table, Filters(granularities=("month",)))) == 1
    assert len(filter_events(table, Filters(documents=("a",)))) == 1
    assert len(filter_events(table, Filters(anchors=("vague",)))) == 1
    filter_events(table, Filters(actors=("Lloyd Austin",)))
    assert len(table) == 3  # the input frame is kept


def test_lanes_and_figure(table: pd.DataFrame) -> None:
    rows = lanes(table)
    assert sorted(rows["actor"]) == ["Antony Blinken", "Antony Blinken", "Lloyd Austin"]
    figure = timeline_figure(table)
    kinds = {trace.type for trace in figure.data}
    assert kinds == {"scatter", "bar"}  # a day as a marker, a month as a bar
    hover = " ".join(str(text) for trace in figure.data for text in trace.hovertext)
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert "&lt;b&gt;Title&lt;/b&gt;" in hover
    published = table.assign(date_text="")
    assert hover_texts(published).str.startswith("<b>the article&#x27;s day</b>").all()
    by_type = timeline_figure(table, colour_by="actor type")
    assert {trace.name for trace in by_type.data} == {"person"}
    ticks = dict(zip(figure.layout.yaxis.ticktext, figure.layout.yaxis.tickvals, strict=True))
    assert ticks == {"Antony Blinken": 1.0, "Lloyd Austin": 0.0}  # the busiest lane on top
    assert "&lt;b&gt;Title&lt;/b&gt;" in {trace.name for trace in figure.data}
    empty = timeline_figure(table.iloc[0:0])
    assert empty.layout.annotations[0].text == "No dated events match the filters"
    assert len(counts_figure(table, "M").data) == 1


def test_source_paragraph_is_escaped_and_highlighted(table: pd.DataFrame) -> None:
    html = source_paragraph(TEXT, table.iloc[0])
    assert "<script>" not in html
    assert "&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;" in html
    assert "](" not in html and "javascript:evil" in html  # no markdown link survives
    assert '<mark class="timeline-date">Monday</mark>' in html
    assert '<mark class="timeline-actor">Blinken</mark>' in html
    assert html.startswith("<strong>")
    assert "Later text" not in html  # only the event's paragraph
    assert html.endswith("He left.")


def test_safe_text_neutralises_markdown_and_html() -> None:
    dangerous = "[click](javascript:alert(1)) <img src=x onerror=alert(1)> $x$ **bold** `code`"
    safe = safe_text(dangerous)
    for character in "[]()<>$*`":
        assert character not in safe
    assert "click" in safe and "javascript" in safe


def test_events_on_one_day_are_spread_across_their_lane(table: pd.DataFrame) -> None:
    twice = pd.concat([table, table.assign(event_id=table["event_id"] + "-2")])
    figure = timeline_figure(twice)
    lanes_of_days = sorted(y for trace in figure.data if trace.type == "scatter" for y in trace.y)
    # Two events on 2023-10-23 in each of two lanes: four markers, none on top of another.
    assert lanes_of_days == pytest.approx([-0.2, 0.2, 0.8, 1.2])
    counts = counts_figure(table, "M")
    assert counts.layout.yaxis.dtick == 1


def test_past_eight_articles_the_marker_shape_tells_them_apart(table: pd.DataFrame) -> None:
    nine = pd.concat(
        [table.iloc[[0]].assign(title=f"Article {n}", event_id=f"e{n}") for n in range(9)]
    )
    points = [trace for trace in timeline_figure(nine).data if trace.type == "scatter"]
    assert [trace.marker.symbol for trace in points] == ["circle"] * 8 + ["diamond"]
    assert points[0].marker.color == points[8].marker.color  # Okabe-Ito has eight colours


def test_past_thirty_two_articles_the_rest_share_one_trace() -> None:
    """A trace per article was seconds for a thousand articles: the 31 busiest keep theirs."""
    documents = [
        Document(id=f"d{n}", text=TEXT, title=f"Article {n}", published=date(2023, 10, 23))
        for n in range(40)
    ]
    events = [
        _event(10, 60, date(2023, 10, 23), "day", ("Antony Blinken",), doc=d.id) for d in documents
    ]
    figure = timeline_figure(event_table(documents, events))
    names = [trace.name for trace in figure.data]
    assert len(names) == 32
    assert names.count("9 other articles") == 1
    assert sum(len(trace.x) for trace in figure.data) == 40  # every event still drawn
