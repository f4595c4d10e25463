"""Tests for the stated publication date in forms the pub2 round widened the readers to: a
pointed day as a field of a line of fields with its weekday before it ("Wednesday 24.3.93") or
its month in Roman figures ("Tuesday 13.III.1979"), read at the top and at the foot; a
place-and-date line written "3rd of August of 1961"; a foot note telling when the facts were
correct ("Information correct at 14 October 1999.") or who drew the record up and when
("Prepared by the Clerk, January 14th, 1958."). Never a wrong day: a weekday that is not the
day's, a story sentence that names such a date, give none."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import resolve_published
from timeline.published.stamp_forms import pointed_field_day

_BODY = (
    "\n\nThe council closed the old ferry pier after inspectors found rot in its piles.\n\n"
    "Repairs are expected to take several months, officials said.\n"
)


def _page(head: str = "", foot: str = "") -> str:
    return "Pier shut\n" + head + _BODY + foot


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("HARBOUR GAZETTE · Sport · Friday 7.6.91\n", date(1991, 6, 7)),
        ("MIDLAND ECHO · Thursday 2.11.78 · Late Final\n", date(1978, 11, 2)),
        ("THE VALLEY NEWS · Saturday, 14.2.87\n", date(1987, 2, 14)),
        ("THE GRAIN JOURNAL · Monday 5.IV.1965 · Markets\n", date(1965, 4, 5)),
        ("LA GAZETTE DU PORT · 21.XI.1970 · Page 2\n", date(1970, 11, 21)),
        ("THE COAST TRADER · Wednesday 8.IX.1982\n", date(1982, 9, 8)),
        ("Lisbon, 12th of May of 1974\n", date(1974, 5, 12)),
        ("Bogotá, 2nd of March of 1988\n", date(1988, 3, 2)),
        ("Madrid, 21 of June of 1979\n", date(1979, 6, 21)),
    ],
)
def test_a_field_or_place_and_date_line_at_the_top_dates_the_page(
    head: str, expected: date
) -> None:
    assert resolve_published(_page(head=head)).date == expected


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        ("\nPrinted by the Parish Office · 14.3.86 · Keep this sheet\n", date(1986, 3, 14)),
        ("\nDelivered free to every house · 9.10.92 · Recycle me\n", date(1992, 10, 9)),
        ("\nInformation correct at 3 June 2004.\n", date(2004, 6, 3)),
        ("\nDetails correct as at 18 May 2011. Printed on recycled paper.\n", date(2011, 5, 18)),
        ("\nAll prices correct at time of going to press, 2 March 2015.\n", date(2015, 3, 2)),
        ("\nPrepared by the Secretary, March 3rd, 1962.\n", date(1962, 3, 3)),
        (
            "\nCompiled by the Town Clerk, 9 October 1971. Copies at the library.\n",
            date(1971, 10, 9),
        ),
        ("\nPrepared by the Clerk, 22nd April, 1955.\n", date(1955, 4, 22)),
    ],
)
def test_a_note_at_the_foot_dates_the_page(foot: str, expected: date) -> None:
    assert resolve_published(_page(foot=foot)).date == expected


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ("HARBOUR GAZETTE · Sport · Tuesday 7.6.91\n", ""),  # the weekday is not the day's
        ("", "\nThe figures were correct at 3 June 2004, the council said, but have changed.\n"),
        ("", "\nThe figures were correct at 3 June 2004.\n"),
        ("", "\nHe said the count was correct on 3 June 2004.\n"),
        ("", "\nThe treaty dated 5.IV.1965 was never ratified by the assembly.\n"),
        ("", "\nA report prepared by the clerk on 9 October 1971 found the pier unsafe.\n"),
        ("", "\nThe board was prepared by 9 October 1971 to sell the pier.\n"),
        ("Lisbon, in the spring of 1974, the revolution began\n", ""),
        ("", "\nVisit our office · 9.10 to 17.30 · Mondays to Fridays\n"),
    ],
)
def test_a_sentence_or_a_wrong_weekday_gives_no_day(head: str, foot: str) -> None:
    assert resolve_published(_page(head=head, foot=foot)).date is None


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(1999, 12, 31)))
def test_a_pointed_field_with_its_weekday_reads_only_the_days_weekday(day: date) -> None:
    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    pointed = f"{day.day}.{day.month}.{day.year % 100:02d}"
    right = f"ECHO · {weekdays[day.weekday()]} {pointed} · Page 2"
    wrong = f"ECHO · {weekdays[(day.weekday() + 1) % 7]} {pointed} · Page 2"
    assert pointed_field_day(right) == day
    assert pointed_field_day(wrong) is None
