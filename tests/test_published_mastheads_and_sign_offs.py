"""The publication date where the text states it in the shapes issue 13 found in unseen outlets:
a masthead's field in the paper's own language, a stamp's label in it, a report's dated field
after a period's, a page's note on its own version, an owner's name before a copyright year, a
wire's sign-off at the foot, a teleprinter's bracketed stamp; and no date from a headline in
capitals. Every name and line here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.published import resolve_published

_BODY = (
    "The harbour board voted on Tuesday to raise the ferry fares by a tenth from the first of "
    "next month, after a year of losses on the island route.\n\n"
    "The board's chairman said the increase was the first in six years.\n"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("LA GAZETTE DU LAC · Annecy, mardi 14 mars 2017 · No. 41", date(2017, 3, 14)),
        ("IL FOGLIO DEL LAGO — Martedì 14 marzo 2017 — Anno XII, n. 61", date(2017, 3, 14)),
        ("EL CORREO · Tarija, martes 14 de marzo de 2017 · Año IX", date(2017, 3, 14)),
        ("Publicado em 23/08/2016 - 18h42 | Atualizado 23/08/2016 - 19h05", date(2016, 8, 23)),
        ("Report ref.: HB/2020/011 | Date of report: 21 August 2020", date(2020, 8, 21)),
        (
            "Reporting period: 03/06/2019 – 16/06/2019 | Date of issue: 17/06/2019",
            date(2019, 6, 17),
        ),
        ("Latest update: Friday 4 June 2021 — updated 'Entry requirements'", date(2021, 6, 4)),
    ],
)
def test_a_day_stated_at_the_top_is_the_publication_date(head: str, expected: date) -> None:
    text = f"Ferry fares to rise\n{head}\n\n{_BODY}"
    assert resolve_published(text).date == expected


def test_a_headline_in_capitals_naming_a_day_is_no_dateline() -> None:
    text = f"FARE RISE IS DUE BY MAY 1\nTarrow, 24 April 1987\n\n{_BODY}"
    assert resolve_published(text).date == date(1987, 4, 24)


def test_an_owner_before_the_copyright_year_completes_a_yearless_dateline() -> None:
    text = f"Fares rise\nTarrow, 14 October /HNA/. {_BODY}\n© HNA 2011. Reproduction with credit."
    assert resolve_published(text).date == date(2011, 10, 14)


@pytest.mark.parametrize(
    ("dateline", "sign_off", "expected"),
    [
        ("TARROW, Oct. 12 (HW) — ", "HW 12-10-77 1840 GMT ok/rs", date(1977, 10, 12)),
        ("TARROW, Feb. 9 (HW) — ", "HW 1121A CET 2/9/67", date(1967, 2, 9)),
    ],
)
def test_a_wire_sign_off_gives_a_yearless_dateline_its_year(
    dateline: str, sign_off: str, expected: date
) -> None:
    text = f"Fares rise\n\n{dateline}{_BODY}\n{sign_off}\n"
    assert resolve_published(text).date == expected


def test_a_sign_off_naming_another_day_gives_no_year() -> None:
    text = f"Fares rise\n\nTARROW, Oct. 12 (HW) — {_BODY}\nHW 13-10-77 1840 GMT ok/rs\n"
    assert resolve_published(text).date != date(1977, 10, 12)


def test_a_teleprinter_stamp_in_double_brackets_at_the_foot_dates_the_story() -> None:
    text = f"Fares rise\n\nTARROW (HW) - {_BODY}\n((21-MAR-12 14:06 EAT))\n"
    assert resolve_published(text).date == date(2012, 3, 21)
