"""A sentence whose only date is "during the month" with a relative clause after it ("a
recall during the month that led to a stoppage") is a row of the month named before it, not
a description without a date of its own."""

from __future__ import annotations

from datetime import date

from timeline.documents import Document
from timeline.pipeline import extract


def test_the_month_before_a_relative_clause_dates_its_row() -> None:
    text = (
        "Deliveries by the tractor maker fell in every region in October. Brazil was the one "
        "exception, as the firm was hit by a parts shortage during the month that led to a "
        "halt at one plant."
    )
    table = extract([Document(id="t", text=text)], published=date(2031, 11, 4), workers=1).table
    rows = table[table["sentence"].str.startswith("Brazil")]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["date_text"] == "the month"
    assert str(row["date_start"].date()) == "2031-10-01"
    assert row["granularity"] == "month"
